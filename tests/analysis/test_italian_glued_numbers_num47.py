"""Italian writes a number's words glued into one ("duecentomila" 200,000): try46 F12 read "un milione e
duecentomila euro" as 1,000,000 and set it beside "1.2 million euros" as the same figure."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers

IT = "Un danno di un milione e duecentomila euro."


def test_a_million_and_two_hundred_thousand_is_one_figure():
    [ours] = extract_numbers(IT, "it")
    assert ours.value == 1_200_000 and ours.unit == "EUR"
    assert compare_numbers([ours], extract_numbers("Damage of 1.2 million euros.", "en")) == []
    assert compare_numbers([ours], extract_numbers("Damage of 1 million euros.", "en"))


@pytest.mark.parametrize(("text", "value"), [
    ("duecentomila euro", 200_000), ("trecentocinquantamila persone", 350_000), ("milleduecento feriti", 1_200),
    ("ventitremila persone", 23_000), ("cinquecento morti", 500),
])
def test_italian_glued_number_words(text, value):
    assert [q.value for q in extract_numbers(text, "it")] == [value]


def test_italian_words_that_only_look_like_numbers_stay_words():
    assert [q.value for q in extract_numbers("due e tre", "it")] == [2, 3]  # two and three: no sum
    assert extract_numbers("il treno è partito", "it") == ()
