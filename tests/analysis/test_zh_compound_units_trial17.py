"""A Chinese count's unit is the head of the noun compound after it (new-user trial 17 #4): in
"198个众议院席位" ("198 House seats") the unit was read as "众议", so the planted 198 was compared with
no other report's 194 seats."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import filter_numbers
from storylens.analysis.quantities import compare_numbers, extract_numbers

_ZH = ("执政的法律与公正党获得35.38%的选票和198个众议院席位，图斯克领导的公民联盟获得30.70%的选票和157个席位。", "zh")


def _counts(text: str, lang: str):
    return filter_numbers(text, extract_numbers(text, lang)).get("count", [])


@pytest.mark.parametrize(
    "other",
    [
        ("PiS won 35.38% of the vote and 194 seats, while Donald Tusk's Civic Coalition (KO) took 30.70% and 157 seats.", "en"),
        ("ПиС получила 35,38% голосов и 194 мандата, «Гражданская коалиция» — 30,70% и 157 мандатов.", "ru"),
        ("Die PiS kam auf 35,38 Prozent und 194 Sitze, die KO auf 30,70 Prozent und 157 Sitze.", "de"),
    ],
)
def test_a_compound_ending_in_seats_counts_seats(other):
    assert compare_numbers(_counts(*_ZH), _counts(*other)) == ["seat: 198 vs 194"]


@pytest.mark.parametrize("text", ["执政党获得194个议会席位。", "该党在众议院获得194个席位。", "法律与公正党获得194个众议院席位。"])
def test_the_head_noun_is_the_unit(text):
    assert [q.unit for q in extract_numbers(text, "zh")] == ["seat"]
