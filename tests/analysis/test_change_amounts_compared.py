"""The amount of one tally's change is compared with another report's amount of that change (break53 F11: "has risen
by three to 12" / "has risen by two to 12" gave no conflict; the amount has no unit of its own, so it was no figure of
any measure). It is never a count of the tally, nor of anything else its text counts. Inputs written for these tests."""

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers

EN3 = "The death toll has risen by three to 12, and three people are still missing."


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The death toll has risen by two to 12, and three people are still missing."),
    ("de", "Die Zahl der Toten ist um zwei auf zwölf gestiegen."),
    ("es", "El número de muertos subió en dos hasta 12."),
])
def test_two_amounts_of_one_change_conflict(language, text):
    assert compare_numbers(extract_numbers(EN3, "en"), extract_numbers(text, language)) == ["killed (change): 3 vs 2"]


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The death toll has risen by three to 12, and three people are still missing."),
    ("en", "The death toll has risen to 12, and three people are still missing."),  # no amount to set against
    ("de", "Die Zahl der Toten ist um drei auf zwölf gestiegen."),
])
def test_the_same_amount_or_none_is_no_conflict(language, text):
    assert compare_numbers(extract_numbers(EN3, "en"), extract_numbers(text, language)) == []


def test_an_amount_is_no_count_of_the_tally():
    # 3 is the rise, not a toll of 3 against another report's 12 killed
    assert compare_numbers(extract_numbers("The death toll has risen by three to 12.", "en"),
                           extract_numbers("Twelve people were killed.", "en")) == []
