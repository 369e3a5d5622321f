"""A one-word region's name between a role noun and a surname is a given name (newuser72 LOW-8: "Мэр Юта Штайнрук",
Mayor Jutta Steinruck, read as Utah: "different datelines: Germany vs United States"), and a town's bracketed region
carries to its later bare mentions in other sentences (final72: "Paris (Texas)" named again as "Paris" kept "same
place: Paris" against a report from Paris, France). Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens import similarity as sim
from storylens.similarity._openings import _region_countries_of
from storylens.similarity._sides import _bracketed_homonyms


@pytest.mark.parametrize("text", ["Мэр Юта Штайнрук заявила: «Это черный день».", "Губернатор Юта Смит прибыл.",
                                  "The mayor said Senator Nevada Kowalczyk would come."])
def test_a_region_between_a_role_and_a_surname_is_a_given_name(text):
    assert _region_countries_of(text) == frozenset()


@pytest.mark.parametrize("text", ["Взрыв произошел в штате Юта вчера.", "The governor of Utah said on Monday.",
                                  "Der Gouverneur von Utah, Spencer Cox, sagte.", "Officials in Texas Monday said.",
                                  "Mayor Texas Police said."])  # a body's word after it, no surname
def test_a_region_written_as_a_place_stays(text):
    assert _region_countries_of(text) == {"US"}


@pytest.fixture(scope="module")
def gazetteer():
    return sim.Gazetteer.load()


@pytest.mark.parametrize("text", [
    "A tornado hit Paris (Texas) on Monday. The mayor of Paris said three homes were destroyed.",
    "PARIS (Texas) - A tornado struck the town on Monday.\n\nResidents of Paris said the storm came at night.",
])
def test_a_bracketed_homonym_carries_to_later_sentences(gazetteer, text):
    assert gazetteer.names["paris"] in _bracketed_homonyms(text, "en", gazetteer)[0]


@pytest.mark.parametrize("text", [
    "A man from Paris (Texas) was arrested in Paris on Monday, French police said.",  # the bracket's own sentence
    "A tornado hit Paris (Texas) on Monday. The storm later moved on to Paris in France, where two died.",
    "A tornado hit Paris (Texas) on Monday. Paris, France, sent condolences.",
])
def test_the_other_place_named_beside_the_bracket_or_with_its_country(gazetteer, text):
    assert gazetteer.names["paris"] not in _bracketed_homonyms(text, "en", gazetteer)[0]
