"""A Korean date alone under the headline is the article's date (new-user trial49 F24): "2026년 8월 14일" was
left in the text, the article undated, and its weekday "화요일" never judged against "on Monday"; the Japanese
"2026年8月14日" was read."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text


@pytest.mark.parametrize(
    "date_line",
    ["2026년 8월 14일", "2026년8월14일", "2026年8月14日"],
)
def test_a_date_alone_under_the_headline(date_line):
    cleaned = clean_text(f"세투발 창고 화재\n\n{date_line}\n\n포르투갈 세투발 항구의 화학물질 창고가 화요일 화재로 전소됐다.")
    assert cleaned.published == "2026-08-14"
    assert date_line not in cleaned.text
