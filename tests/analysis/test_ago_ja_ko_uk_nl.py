"""final34 #6: "N years ago" was an N-year figure in ja (the documented "9年前"), ko, uk and nl (fixz made it a
moment in eight other languages): "9年前" beside "sentenced to 9 years in prison" joined them on the figure 9.
The ja/ko/uk/nl "ago" cases are in test_ago_spans_duals.AGO (one test of the kind for every language)."""

from __future__ import annotations

import pytest

from storylens.analysis import conflicts
from storylens.analysis.quantities import extract_numbers


@pytest.mark.parametrize(("lang", "text", "kind"), [
    ("ja", "懲役9年の判決を受けた。", "term"), ("ko", "징역 9년을 선고받았다.", "term"), ("ko", "9년 전쟁이 끝났다.", "count"),
    ("uk", "Його засудили до 9 років ув'язнення.", "term"), ("nl", "Hij werd veroordeeld tot 9 jaar cel.", "term"),
])
def test_a_term_in_years_stays_a_figure(lang, text, kind):
    # a prison term is the kind "term" in every language (trial45 W1), a period of no penalty a count
    counts = conflicts.filter_numbers(text, extract_numbers(text, lang)).get(kind, [])
    assert [q.value for q in counts] == [9]
