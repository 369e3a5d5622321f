"""A quake's magnitude stated by two units of one claim is compared on every aligned pair (trial19 #3): the
Polish "o magnitudzie 6,9" against the Ukrainian "магнітудою 6,4" and the Dutch "met een kracht van 6,4",
each in a sentence that is no translation of the Polish one, was "figures differ (not judged)". An
aftershock's magnitude is another quake's, and a unit with no magnitude is not compared."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.report.pipeline import _EventMagnitudes, _Measures

_PL = "Trzęsienie ziemi o magnitudzie 6,9 nawiedziło w poniedziałek o godz. 2:47 góry Zerwan na północy Kestrii."


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s1", text, 0, len(text), lang)


def _check(a: tuple[str, str], b: tuple[str, str]) -> list[str]:
    measures = _Measures({"d1": "2026-11-23", "d2": "2026-11-24"})
    return _EventMagnitudes(measures)(_unit("d1", *a), _unit("d2", *b))


@pytest.mark.parametrize("other", [
    (("Кількість загиблих унаслідок землетрусу магнітудою 6,4 в Зерванських горах зросла до 71, "
     "ще 452 людини поранені, повідомила у вівторок цивільна оборона."), "uk"),
    (("Bij de aardbeving met een kracht van 6,4 in het Zervangebergte zijn ongeveer 70 doden gevallen, "
     "meldt de civiele bescherming dinsdag."), "nl"),
    ("A magnitude 6.4 earthquake struck the Zervan Mountains on Monday.", "en"),
])
def test_two_magnitudes_of_one_quake_conflict(other):
    assert _check((_PL, "pl"), other) == [f"magnitude: 6,9 vs {'6.4' if other[1] == 'en' else '6,4'}"]


@pytest.mark.parametrize("other", [
    ("The strongest aftershock so far, of magnitude 5.0, hit on Monday evening.", "en"),  # another quake
    ("The quake killed 38 people in the Zervan Mountains.", "en"),  # no magnitude
    ("Trzęsienie ziemi o magnitudzie 6,9 zabiło 38 osób.", "pl"),  # the same magnitude
])
def test_no_magnitude_conflict(other):
    assert _check((_PL, "pl"), other) == []
