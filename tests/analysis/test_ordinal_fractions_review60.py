"""English "a third" / "a fifth" before a noun is an ordinal, not a fraction (break59c F8: "a third passenger was
injured" read "injured: 1/3", and against "Three people were killed and one injured" gave the false conflict
"injured: a third vs 1"; "A fifth victim died" against "Five people died" gave "killed: a fifth vs 5")."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers


@pytest.mark.parametrize("text", [
    "A third passenger was injured.",
    "A fifth victim died in hospital.",
    "Police arrested a third suspect on Monday.",
    "He won a third term.",
    "A third explosion killed two people.",  # break60r2 low
    # newuser60 M2: "a third goal" read as a fraction 0.333 goal; sport's ordinals (score61's data, break61s2 checked)
    "Sané scored a third goal in the 78th minute.",
    "They led after a third quarter of scrappy play.",
    "A third period goal sealed it.",
    "She is a third seed at Wimbledon.",
    "It was founded in a third century settlement.",
])
def test_an_ordinal_is_no_fraction(text):
    assert not [q for q in extract_numbers(text, "en") if q.kind == "fraction"]


@pytest.mark.parametrize(("text", "value"), [
    ("A third of the passengers were injured.", 1 / 3),
    ("Prices rose by a third.", 1 / 3),
    ("Prices rose by a third in 2023.", 1 / 3),
    ("Sales were a third higher than last year.", 1 / 3),
    ("A tenth of the budget was spent.", 0.1),
    ("One third of the town was flooded.", 1 / 3),
    # break60r M4: before a verb, an adverb or after an approximator, a fraction
    ("A third suffered injuries.", 1 / 3),
    ("Nearly a third reported symptoms.", 1 / 3),
    ("One third voted against.", 1 / 3),
    ("Prices fell by a third overall.", 1 / 3),
    ("Sales fell by a third year on year.", 1 / 3),  # break60r2 M5
    ("A third of the goals came from set pieces.", 1 / 3),
    ("Profits fell by a third in the second quarter.", 1 / 3),
])
def test_a_fraction_stays(text, value):
    assert [round(q.value, 6) for q in extract_numbers(text, "en") if q.kind == "fraction"] == [round(value, 6)]


@pytest.mark.parametrize(("a", "b"), [
    ("The driver and two passengers were killed, and a third passenger was injured.",
     "Three people were killed and one injured."),
    ("A fifth victim died in hospital on Sunday.", "Five people died."),
])
def test_an_ordinal_gives_no_false_conflict(a, b):
    assert compare_numbers(extract_numbers(a, "en"), extract_numbers(b, "en")) == []


def test_two_fractions_still_conflict():
    # break60r M4: "A fifth died" is a fraction, so it still conflicts with "A quarter died"
    assert compare_numbers(extract_numbers("A fifth died.", "en"), extract_numbers("A quarter died.", "en")) == [
        "killed: a fifth vs a quarter"]
