"""The words of a date that tell which dates to compare (issue #12, quantities._date_compare): a date that names
another event (:func:`date_is_name`) and the same relative words on two sides (:func:`same_expressions`)."""
from __future__ import annotations

import pytest

from storylens.analysis.quantities import date_is_name, extract_dates, same_expressions

PUB = "2026-12-02"


def _dates(text: str, lang: str = "en"):
    return extract_dates(text, published=PUB, language=lang)


@pytest.mark.parametrize("text", [
    "Families of those killed in the 2001 attacks may sue.",
    "He urged the party to focus on the November election.",
    "Trump placed second in a poll of the 2012 GOP primary field.",
    "Unlike last year's keynote speech, it was short.",
])
def test_a_date_that_names_another_event(text):
    assert any(date_is_name(text, d, "en") for d in _dates(text))


@pytest.mark.parametrize("text", [
    "The minister resigned on Friday.",
    "The bridge collapsed in March 2019, the report said.",
    "The election took place in November.",
    "The vote, held on the 30th, was close.",
    "Monday's earthquake destroyed the old town.",  # a day: often the story's own
    "Families of those killed in the Sept. 11 attacks may sue.",
])
def test_a_date_of_the_act_is_no_name(text):
    assert not any(date_is_name(text, d, "en") for d in _dates(text))


def test_same_relative_words_are_one_expression():
    a = extract_dates("He signed the law last week.", published="2015-03-29", language="en")
    b = extract_dates("The law he signed last week.", published="2015-03-30", language="en")
    assert same_expressions(a, b) == {"last week"}
    assert not same_expressions(a, extract_dates("He signed it two weeks ago.", published="2015-03-30", language="en"))

