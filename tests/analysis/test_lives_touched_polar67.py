"""A count of lives a verb touches without taking them is no death toll (issue #12, BASIL tune).

"… which shattered more than 100 lives during a three-hour nightmare early Sunday, with 50 people killed and 53
wounded" was read "killed: 100" and set against another report's 50 dead ("killed: 50 vs 100", a false figure
conflict); "touched millions of lives" was a toll of three million. A verb of text data "lives_touched" right before
the count ("shattered", "changed", "touched", "transformed") makes it a count of lives affected, compared only with
another; "claimed", "took", "cost" and "lost" keep the toll.
"""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers


def _units(text: str) -> list[tuple[float | None, str | None]]:
    return [(n.value, n.unit) for n in extract_numbers(text, "en")]


@pytest.mark.parametrize("text", [
    "The attack shattered more than 100 lives in three hours, with 50 people killed and 53 wounded.",
    "The charity has touched millions of lives since 1990.",
    "The new vaccine changed 200 lives in the first year.",
    "The program transformed 40 lives, its director said.",
])
def test_lives_touched_are_no_toll(text):
    assert all(unit != "killed" for _, unit in _units(text)[:1])


@pytest.mark.parametrize("text", [
    "The storm claimed 12 lives.", "The crash cost 12 lives.", "The flood took 12 lives.", "12 lives were lost.",
])
def test_lives_taken_stay_a_toll(text):
    assert _units(text)[0] == (12.0, "killed")


def test_the_dead_beside_lives_touched_stay_a_toll():
    units = _units("The attack shattered more than 100 lives in three hours, with 50 people killed and 53 wounded.")
    assert (50.0, "killed") in units and (53.0, "injured") in units
