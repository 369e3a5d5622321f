"""A town written before its department or state in brackets is that town, no homonym of another country (names72:
"VIENNE (Isère)" read as Vienna, Austria, the city and the state). A bracket of no region ("Paris (AFP)",
"Frankfurt (Oder)") or of the place's own country changes nothing. Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens import similarity as sim
from storylens.similarity._sides import _bracketed_homonyms


@pytest.fixture(scope="module")
def gazetteer():
    return sim.Gazetteer.load()


def test_a_french_town_before_its_department_is_no_vienna(gazetteer):
    ids, regions = _bracketed_homonyms("Un incendie a détruit une usine à Vienne (Isère) lundi.", "fr", gazetteer)
    assert ids and all("AT" in sim._places._place_countries_of({p}) for p in ids)
    assert regions == {"AT"}


def test_a_town_before_a_state_of_another_country(gazetteer):
    ids, _ = _bracketed_homonyms("A tornado hit Paris (Texas) on Monday.", "en", gazetteer)
    assert ids == {gazetteer.names["paris"]}


@pytest.mark.parametrize(("text", "lang"), [
    ("Des milliers de personnes ont manifesté à Paris (AFP) lundi.", "fr"),
    ("In Frankfurt (Oder) demonstrierten am Montag Tausende.", "de"),
    ("The chancellor spoke in Vienna on Monday (local time).", "en"),
    ("Un homme a été arrêté à Lyon (Rhône) lundi soir.", "fr"),  # the department of the town's own country
])
def test_a_bracket_of_no_other_countrys_region_changes_nothing(gazetteer, text, lang):
    assert _bracketed_homonyms(text, lang, gazetteer) == (frozenset(), frozenset())


@pytest.mark.parametrize(("text", "lang"), [
    ("1961 lebten in Berlin (West) mehr als zwei Millionen Menschen.", "de"),  # a compass region (Cameroon's West)
    ("Fighting continued near Kharkiv (east) and Kherson (south) on Monday.", "en"),
    ("Cali (Valle) registró fuertes lluvias el lunes.", "es"),  # Honduras's Valle, Colombia's Valle del Cauca
    ("Lviv (Galicia) was part of Poland before 1939, the historian said.", "en"),  # no Spanish region here
])
def test_a_region_name_of_several_countries_changes_nothing(gazetteer, text, lang):
    assert _bracketed_homonyms(text, lang, gazetteer) == (frozenset(), frozenset())


def test_a_homonym_only_at_the_bracket(gazetteer):
    text = "A man from Paris (Texas) was arrested in Paris on Monday, French police said."
    assert gazetteer.names["paris"] not in _bracketed_homonyms(text, "en", gazetteer)[0]
