"""A present read as the coming weekday against the same weekday of another report of that day (stop 65, dates65).

newuser64 M2: "Die Minister treffen sich am Montag in Brüssel" of Tuesday 1 December was read as Monday 30 November
and "The ministers will meet on Monday" as 7 December: one meeting a week apart, a date conflict. The present is now
read as the coming Monday (tests/analysis/test_weekday_present_future_dates65.py). A reading no tense word chose (a
present read ahead, a weekday read back by default: "Le Conseil se réunit lundi") is the reader's guess: two guesses
pointing opposite ways are one weekday (quantities.same_weekdays); against a reading its tense chose ("s'est réuni
lundi", "will meet on Monday") a guess still points its way, so a past and a present of the future still conflict.
"""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.report.pipeline import _Measures

TUESDAY = "2026-12-01"


def _date_conflicts(first: tuple[str, str], second: tuple[str, str], published: str = TUESDAY) -> list[str]:
    """The date conflicts of two aligned sentences (text, language) of reports of one publication day."""
    units, sentences = [], {}
    for doc, (text, language) in (("d1", first), ("d2", second)):
        units.append(Unit(doc, f"{doc}:s1", text, 0, len(text), language))
        sentences[doc] = ((f"{doc}:s1", text, language),)
    measures = _Measures({"d1": published, "d2": published}, sentences=sentences)
    return [c for c in measures.measure_conflicts(*units) if c.startswith(("date:", "weekday:"))]


def _both_orders(first, second) -> list[list[str]]:
    return [_date_conflicts(first, second), _date_conflicts(second, first)]


_WILL_MEET = ("The ministers, who agreed the plan on 20 November, will meet on Monday in Brussels.", "en")


# main: "date: am Montag (2026-11-30) vs 20 November (2026-11-20) / on Monday (2026-12-07)" and the like, both orders
# (the other date keeps the two from being read as one done act and one to come: _Measures._past_against_future)
@pytest.mark.parametrize("present", [
    ("Die Minister treffen sich am Montag in Brüssel.", "de"),
    ("Die Minister treffen am Montag in Brüssel zusammen.", "de"),
    ("Les ministres doivent se réunir ce lundi à Bruxelles.", "fr"),
    ("Los ministros van a reunirse el lunes en Bruselas.", "es"),
    ("I ministri devono riunirsi lunedì a Bruxelles.", "it"),
])
def test_a_present_of_the_future_is_the_future_weekday(present):
    assert _both_orders(present, _WILL_MEET) == [[], []]


_BERAT = ("Der Rat berät am Montag in Brüssel über den Haushalt, den die Kommission am 20. November vorgelegt hat.", "de")


# main: "date: am Montag (2026-12-07) / 20. November (2026-11-20) vs lundi (2026-11-30)": the German present read
# ahead, the French one (no present reader) back; against the French past the conflict stays, on main too
def test_two_presents_read_two_ways_are_one_weekday_but_a_past_still_conflicts():
    assert _both_orders(_BERAT, ("Le Conseil examine lundi à Bruxelles le budget de la Commission.", "fr")) == [[], []]
    assert all(_both_orders(_BERAT, ("Le Conseil a examiné lundi à Bruxelles le budget de la Commission.", "fr")))
