"""The words of a date that tell which event it dates (issue #12, quantities._date_compare): a date that names
another event (:func:`date_is_name`), the same relative words on two sides (:func:`same_expressions`) and the words a
date attaches to (:func:`date_anchors`, :func:`one_event`)."""
from __future__ import annotations

import pytest

from storylens.analysis.quantities import date_anchors, date_is_name, extract_dates, one_event, same_expressions

PUB = "2026-12-02"


def _dates(text: str, lang: str = "en"):
    return extract_dates(text, PUB, lang)


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
    "Monday's earthquake destroyed the old town.",  # a day: often the story's own (one_event weighs its words)
    "Families of those killed in the Sept. 11 attacks may sue.",
])
def test_a_date_of_the_act_is_no_name(text):
    assert not any(date_is_name(text, d, "en") for d in _dates(text))


def test_same_relative_words_are_one_expression():
    a = extract_dates("He signed the law last week.", "2015-03-29", "en")
    b = extract_dates("The law he signed last week.", "2015-03-30", "en")
    assert same_expressions(a, b) == {"last week"}
    assert not same_expressions(a, extract_dates("He signed it two weeks ago.", "2015-03-30", "en"))


@pytest.mark.parametrize(("a", "b", "lang"), [
    ("The minister resigned on Friday.", "The minister resigned on Saturday.", "en"),
    ("Der Minister trat am Freitag zurück.", "Der Minister trat am Samstag zurück.", "de"),
    ("Le ministre a démissionné vendredi.", "Le ministre a démissionné samedi.", "fr"),
    ("El ministro dimitió el viernes.", "El ministro dimitió el sábado.", "es"),
    ("Министр ушёл в отставку в пятницу.", "Министр ушёл в отставку в субботу.", "ru"),
    ("地震发生在11月3日。", "地震发生在11月4日。", "zh"),
])
def test_one_act_dated_twice_is_one_event(a, b, lang):
    da, db = extract_dates(a, PUB, lang), extract_dates(b, PUB, lang)
    assert date_anchors(a, da, lang) & date_anchors(b, db, lang)
    assert one_event((a, da, lang), (b, db, lang))


def test_two_acts_of_one_story_are_two_events():
    a = "Strzok's attorney blasted the bureau on Monday, saying the decision was political."
    b = "Strzok was fired late Friday afternoon on the orders of the deputy director."
    assert not one_event((a, _dates(a), "en"), (b, _dates(b), "en"))
    # two languages: not judged by words, left as the aligner paired them
    c = "Strzok wurde am Freitag entlassen."
    assert one_event((a, _dates(a), "en"), (c, _dates(c, "de"), "de"))
