"""final43 W4: a weekday or a day of the month alone ("on Wednesday", "11日", "mercoledì", "am Mittwoch") is
counted back from its reference; when the two references differ or either was assumed (an undated text dated
by another document), two mentions of one day land a week or a month apart, so they are not judged a date
conflict. On one own publication date such days are still compared."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.report.pipeline import _Measures

REF = "2026-11-10"  # a Tuesday; the visit was on Wednesday the 11th

_ZH = ("捷克总理彼得·菲亚拉11日视察了事故现场。", "zh")
_VISITS = [
    ("Prime Minister Petr Fiala visited the site on Wednesday.", "en"),
    ("Il primo ministro Petr Fiala ha visitato il luogo mercoledì.", "it"),
    ("Ministerpräsident Petr Fiala besuchte am Mittwoch die Unglücksstelle.", "de"),
]


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s1", text, 0, len(text), lang)


@pytest.mark.parametrize("other", _VISITS)
def test_a_relative_day_against_an_assumed_reference_is_not_judged(other):
    # the zh text has its dateline's date, the other is undated and was assumed of the same day
    measures = _Measures({"d1": REF, "d2": REF}, assumed=frozenset({"d2"}))
    assert measures.date_conflicts(_unit("d1", *_ZH), _unit("d2", *other)) == []
    assert measures.date_conflicts(_unit("d2", *other), _unit("d1", *_ZH)) == []


@pytest.mark.parametrize("other", _VISITS)
def test_a_relative_day_against_another_reference_is_not_judged(other):
    measures = _Measures({"d1": REF, "d2": "2026-11-12"})
    assert measures.date_conflicts(_unit("d1", *_ZH), _unit("d2", *other)) == []


@pytest.mark.parametrize("other", _VISITS)
def test_on_one_own_date_the_days_are_still_compared(other):
    # both published on 2026-11-10: "11日" read back is 2026-10-11, "Wednesday" 2026-11-04; the same reading
    # on one own date is the texts' disagreement, still reported
    measures = _Measures({"d1": REF, "d2": REF})
    assert measures.date_conflicts(_unit("d1", *_ZH), _unit("d2", *other))


@pytest.mark.parametrize("a, b", [
    (("The train derailed on 10 November.", "en"), ("Il treno è deragliato il 3 novembre.", "it")),
    (("Der Zug entgleiste am 10. November.", "de"), ("列车于11月3日脱轨。", "zh")),
])
def test_two_written_dates_still_conflict_on_an_assumed_reference(a, b):
    measures = _Measures({"d1": REF, "d2": REF}, assumed=frozenset({"d2"}))
    assert measures.date_conflicts(_unit("d1", *a), _unit("d2", *b))
