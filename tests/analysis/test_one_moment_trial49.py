"""Two exact tolls beside one bounded toll both give alike are read at one moment (new-user trial49 F5):
"3人が死亡し、少なくとも42人がけがをした" / "killing five people and injuring at least 42" was "figures differ (not a
contradiction)": each toll beside a bound was marked as a reading of a rising tally. The same "at least 42" injured
on both sides says both read the tallies at one moment, so 3 vs 5 dead is a contradiction; injured tallies that
differ too stay two readings (trial 16's rule)."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, differing_numbers, extract_numbers

_JA = ("石川県によると、倒壊した家屋の下敷きになるなどして3人が死亡し、少なくとも42人がけがをした。", "ja")
_EN = ("A strong earthquake struck the Noto region early on Monday, killing five people and injuring at least 42.", "en")


@pytest.mark.parametrize(
    "other",
    [
        _JA,
        ("据石川县通报，地震造成3人死亡，至少42人受伤。", "zh"),
        ("이시카와현에 따르면 3명이 숨지고 최소 42명이 다쳤다.", "ko"),
        ("Según las autoridades, tres personas murieron y al menos 42 resultaron heridas.", "es"),
    ],
)
def test_two_tolls_beside_one_bound_both_give_alike_conflict(other):
    a, b = extract_numbers(*other), extract_numbers(*_EN)
    assert compare_numbers(a, b) == ["killed: 3 vs 5"]
    assert differing_numbers(a, b) == []


def test_two_tolls_beside_two_bounds_are_two_readings():
    # the injured differ too: two moments of a rising tally, figures that differ (trial 16's rule stands)
    a = extract_numbers("石川県によると、3人が死亡し、少なくとも42人がけがをした。", "ja")
    b = extract_numbers("A strong earthquake killed five people and injured at least 57, officials said.", "en")
    assert compare_numbers(a, b) == []
    assert ("killed", "3", "5") in differing_numbers(a, b)
