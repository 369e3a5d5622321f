"""A Japanese weekday with no particle is a date (new-user trial49 F24): "セトゥーバル港で火曜日、…焼失した" was no
date at all, so Tuesday against "on Monday" was shared; the Chinese and Korean weekdays were read already."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_dates


@pytest.mark.parametrize(
    "text, lang, date",
    [
        ("ポルトガルのセトゥーバル港で火曜日、化学品倉庫が火災で焼失したと市民保護当局が発表した。", "ja", "2026-08-11"),
        ("火曜日に倉庫が焼失した。", "ja", "2026-08-11"),
        ("月曜の火災で倉庫が焼失した。", "ja", "2026-08-10"),
        ("日曜日の夜、倉庫で火災が起きた。", "ja", "2026-08-09"),
        ("포르투갈 세투발 항구의 화학물질 창고가 화요일 화재로 전소됐다.", "ko", "2026-08-11"),
        ("葡萄牙塞图巴尔港一座化学品仓库周二发生火灾。", "zh", "2026-08-11"),
    ],
)
def test_weekdays_of_chinese_japanese_and_korean(text, lang, date):
    assert [d.date for d in extract_dates(text, published="2026-08-14", language=lang)] == [date]


def test_a_japanese_day_of_the_week_word_alone_is_no_weekday():
    assert extract_dates("曜日を決めて会議を開く。", published="2026-08-14", language="ja") == ()
