"""An Arabic toll verb written with its vowels before a count is the toll (newuser72 LOW-9; stop 73).

"قُتل أربعة عمال وأصيب 27 شخصا" (four workers were killed and 27 people injured): "قُتل" with its damma was no toll
word, so the four fell to the injured after them and a report of 37 injured read "injured: 37 vs 4 / 27". Inputs
written for these tests (newuser72's x/ar.txt)."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers


@pytest.mark.parametrize("text", [
    "قُتل أربعة عمال وأصيب 27 شخصا في انفجار بمصنع كيميائي.",
    "قتل أربعة عمال وأصيب 27 شخصا في انفجار بمصنع كيميائي.",
], ids=["vowelled", "plain"])
def test_the_dead_before_the_injured_are_killed(text: str) -> None:
    assert [(q.value, q.unit) for q in extract_numbers(text, "ar")] == [(4.0, "killed"), (27.0, "injured")]


def test_a_vowelled_toll_alone_counts_the_dead() -> None:
    assert [q.unit for q in extract_numbers("قُتل أربعة عمال في الانفجار.", "ar")] == ["killed"]


def test_the_injured_are_compared_with_the_injured_only() -> None:
    en = extract_numbers("An explosion killed four workers and injured 37 people on Thursday.", "en")
    ar = extract_numbers("قُتل أربعة عمال وأصيب 27 شخصا في انفجار يوم الخميس.", "ar")
    assert compare_numbers(en, ar) == ["injured: 37 vs 27"]
