"""A day after an abbreviated month is no count ("the 19 Sept. 11 hijackers": BASIL tune, issue #12, "hijacker: 11
vs 19"), in English only, where the month stands before its day; a month's full name ("May", "June", "July") may end a
sentence, so the number after it still counts (break63p L1, k07: "Rescuers said 12 May. 40 people…")."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import filter_numbers
from storylens.analysis.quantities import extract_numbers


def _kinds(text: str, lang: str = "en") -> dict[str, list[float | None]]:
    return {k: [n.value for n in v] for k, v in filter_numbers(text, extract_numbers(text, lang), lang).items()}


@pytest.mark.parametrize("text, day, counts", [
    ("Fifteen of the 19 Sept. 11 hijackers were Saudi nationals.", [11.0], [15.0]),
    ("Fifteen of the 19 Sep. 11 hijackers were Saudi nationals.", [11.0], [15.0]),
    ("The 3 Oct. 7 attackers crossed the border at dawn.", [7.0], []),
    ("All 7 July 4 bombers were British.", [], [4.0]),  # day-month order: the 4 counts (a tester's case)
    ("Seven people were killed on Jan. 5 in the attack.", [], [7.0]),
])
def test_a_day_after_an_abbreviated_month_is_no_count(text, day, counts):
    kinds = _kinds(text)
    assert kinds.get("day", []) == day
    assert kinds.get("count", []) == counts


@pytest.mark.parametrize("text", [
    "Rescuers said 12 May. 40 people were still missing.",  # break63p k07
    "Rescuers said 12 May. 40 people were rescued.",
    "The talks ended on 30 June. 40 people were arrested.",
    "Protests began on 12 July. 40 people were arrested.",
])
def test_a_count_after_a_full_month_name_at_a_sentence_end_stays_a_count(text):
    kinds = _kinds(text)
    assert 40.0 in kinds.get("count", [])
    assert 40.0 not in kinds.get("day", [])


@pytest.mark.parametrize("text, lang", [
    ("Le 3 oct. 5 personnes ont été tuées.", "fr"),
    ("El 3 oct. 5 personas murieron.", "es"),
])
def test_a_day_first_language_keeps_the_count_after_an_abbreviated_month(text, lang):
    kinds = _kinds(text, lang)
    assert not kinds.get("day")
    assert 5.0 in kinds.get("count", [])
