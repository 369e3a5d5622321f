"""Issue #12, stop 69: a date in a relative clause set off by commas (", who was elected mayor in 2019,") dates a
background fact, not the sentence's event, so against the news's own day it is no date conflict; one act told in
the relative clause, or two relative clauses of one fact, stay conflicts (report.pipeline._Measures.
_background_against_act)."""

from __future__ import annotations

import pytest

from tests.report._docs import date_conflicts

DAYS = ("2026-03-12", "2026-03-12")

CLEARED = [
    (("Mayor Dana Kirk resigned on Monday after a bribery inquiry.", "en"),
     ("Dana Kirk, who was elected mayor in 2019, has resigned after a bribery inquiry.", "en")),
    # a background fact of a few weeks back: no recap by its age (settings.conflict_recap_days)
    (("Mayor Dana Kirk resigned on Monday.", "en"), ("Dana Kirk, who took office last month, has resigned.", "en")),
    (("Mayor Dana Kirk resigned on Monday.", "en"),
     ("Dana Kirk, who was sworn in on February 2, has resigned.", "en")),
    (("Le maire Paul Martin a démissionné lundi.", "fr"),
     ("Paul Martin, qui a été nommé le 2 février, a démissionné.", "fr")),
]

KEPT = [
    # the act itself told in the relative clause: one predicate, two days
    (("The minister, who resigned on Monday, thanked his staff.", "en"),
     ("The minister resigned on Wednesday and thanked his staff.", "en")),
    # two relative clauses of one fact
    (("Dana Kirk, who was elected mayor in 2019, has resigned.", "en"),
     ("Dana Kirk, who was elected mayor in 2017, has resigned.", "en")),
    # main clauses: as before
    (("Transport minister Anna Berg resigned on Monday.", "en"),
     ("Transport minister Anna Berg resigned on Wednesday.", "en")),
]


@pytest.mark.parametrize("first, second", CLEARED)
def test_a_background_relative_clause_date_is_no_conflict_with_the_news(first, second):
    assert date_conflicts(first, second, DAYS) == []
    assert date_conflicts(second, first, DAYS) == []


@pytest.mark.parametrize("first, second", KEPT)
def test_one_act_or_two_background_clauses_stay_conflicts(first, second):
    assert date_conflicts(first, second, DAYS)
    assert date_conflicts(second, first, DAYS)
