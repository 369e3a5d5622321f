"""A place's name written as a river's ("Guadalupe River", "río Paraná") is no place of the text (break55
c/s13: two Texas flood reports along the Guadalupe River gave "same places: Guadeloupe")."""

from __future__ import annotations

import pytest

from storylens import similarity as sim


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Rescuers searched for missing girls from a camp along the Guadalupe River on Friday.", "guadalupe"),
    ("es", "La crecida del río Guadalupe dejó 50 muertos en el condado de Kerr.", "guadalupe"),
    ("en", "Heavy rains swelled the Paraná River, forcing 2,000 families from their homes.", "parana"),
    ("de", "Das Hochwasser am Fluss Sacramento zwang 3.000 Menschen, ihre Häuser zu verlassen.", "sacramento"),
    ("pl", "Poziom wody w rzece Paraná przekroczył stan alarmowy.", "parana"),
])
def test_a_river_named_for_a_place_is_no_place(lang, text, key):
    gazetteer = sim.Gazetteer.load()
    assert gazetteer.names[key] in sim._sides._name_places(text, gazetteer, lang)


def test_the_place_alone_stays_a_place():
    gazetteer = sim.Gazetteer.load()
    jordan = gazetteer.names["jordan"]
    # the text also names the country alone: it stays a place of the text
    assert jordan not in sim._sides._name_places("Troops crossed the Jordan River on Sunday, and Jordan protested.",
                                          gazetteer, "en")
    assert gazetteer.names["sacramento"] not in sim._sides._name_places("Flooding hit Sacramento on Sunday.", gazetteer, "en")
