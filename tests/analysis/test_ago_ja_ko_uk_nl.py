"""final34 #6: "N years ago" was an N-year figure in ja (the documented "9年前"), ko, uk and nl (fixz made it a
moment in eight other languages): "9年前" beside "sentenced to 9 years in prison" joined them on the figure 9."""

from __future__ import annotations

import pytest

from storylens.analysis import conflicts
from storylens.analysis.quantities import extract_dates, extract_numbers

AGO = [
    ("ja", "彼は9年前に当選した。"), ("ja", "３年前に当選した。"), ("ko", "그는 9년 전 선출됐다."), ("ko", "그는 9년전에 선출됐다."), ("ko", "9년 전에도 같은 곳에서 눈사태가 났다."),
    ("uk", "Він був обраний 9 років тому."), ("uk", "Його обрали дев’ять років тому."),
    ("nl", "Hij werd 9 jaar geleden gekozen."),
]


@pytest.mark.parametrize(("lang", "text"), AGO)
def test_years_ago_is_a_moment_not_a_figure(lang, text):
    assert not conflicts.filter_numbers(text, extract_numbers(text, lang)).get("count")
    dates = extract_dates(text, "2026-11-24", lang)
    assert len(dates) == 1 and dates[0].date is not None and dates[0].date < "2026-01-01"


@pytest.mark.parametrize(("lang", "text"), [
    ("ja", "懲役9年の判決を受けた。"), ("ko", "징역 9년을 선고받았다."), ("ko", "9년 전쟁이 끝났다."),
    ("uk", "Його засудили до 9 років ув'язнення."), ("nl", "Hij werd veroordeeld tot 9 jaar cel."),
])
def test_a_term_in_years_stays_a_figure(lang, text):
    counts = conflicts.filter_numbers(text, extract_numbers(text, lang)).get("count", [])
    assert [q.value for q in counts] == [9]
