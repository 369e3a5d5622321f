"""break51 N4: "60 πυροσβέστες με 20 οχήματα" and "60 firefighters and 20 vehicles" were no figures in common: Greek had
no measure of rescuers or vehicles, and a noun no measure knows never goes with one a measure knows, so the pair
verdict of a Greek report (unread by the sentence encoder) had no figure to stand against the other-days rule. Greek,
Czech and Hebrew text data now name them. Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers, same_measure

_EN = extract_numbers("Some 60 firefighters and 20 vehicles battled the fire.", "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("Στο σημείο επιχειρούν 60 πυροσβέστες με 20 οχήματα.", "el"),
    ("Na místě zasahuje 60 hasičů s 20 vozidly.", "cs"),
    ("במקום פועלים 60 כבאים עם 20 רכבים.", "he"),
])
def test_firefighters_and_vehicles_are_one_measure_across_languages(text, lang):
    found = extract_numbers(text, lang)
    assert [q.value for q in found] == [60.0, 20.0]
    assert all(same_measure(x, y) for x, y in zip(found, _EN, strict=True))
    assert not same_measure(found[0], _EN[1])  # firefighters are no vehicles
