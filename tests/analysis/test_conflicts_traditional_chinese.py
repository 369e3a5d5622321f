"""Traditional Chinese is read with the Chinese word lists, which are written in Simplified characters: each
Traditional character is looked up as its Simplified one (text.han_lookup_form), the text itself stays as written.
fieldcases78 z6: "預計未來三天…" (expected over the next three days) against its English report was "conflicting:
polarity d1 denies", "未來" (future) being listed only as "未来". Japanese keeps its own forms."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import affirmed, negated, polarity
from storylens.text._hanzi import han_lookup_form

EN = "She said up to 150 millimetres of rain were expected over the next three days."


@pytest.mark.parametrize("text", ["她表示，預計未來三天降雨量將達到150毫米。", "警方沒收了兩輛汽車。", "警方没收了两辆汽车。"])
def test_a_traditional_phrase_that_negates_nothing_is_no_denial(text):
    assert not negated(text, "zh")
    assert polarity(EN, "en", text, "zh") is None


@pytest.mark.parametrize("text", ["歐洲央行沒有降息。", "事故中無人受傷。", "官員否認了這份報告。"])
def test_a_traditional_denial_still_denies(text):
    assert negated(text, "zh")
    assert negated(han_lookup_form(text, "zh"), "zh")


def test_affirmed_keeps_the_traditional_text_as_written():
    assert affirmed("歐洲央行沒有降息。", "zh") == "歐洲央行降息。"


def test_the_lookup_form_is_one_character_for_one_and_chinese_only():
    text = "氣象部門週四發布暴雨橙色預警。王麗說。"
    assert han_lookup_form(text, "zh") == "气象部门周四发布暴雨橙色预警。王丽说。"
    assert han_lookup_form(text, "zh-Hant") == han_lookup_form(text, "zh-TW") == han_lookup_form(text, "zh")
    assert len(han_lookup_form(text, "zh")) == len(text)
    # Japanese "週一回" (once a week), "無" (none) keep their forms: the zh lists never read them
    assert han_lookup_form("週一回、無料で開く。", "ja") == "週一回、無料で開く。"
    assert han_lookup_form("预计未来三天", "zh") == "预计未来三天"


# ---------------------------------------------------------------- dates (fieldcases78 z6: "週四" gave no date)


@pytest.mark.parametrize(("text", "phrase"), [("氣象部門週四發布暴雨橙色預警。", "週四"), ("氣象部門星期四發布暴雨橙色預警。", "星期四"),
                                              ("气象部门周四发布暴雨橙色预警。", "周四")])
def test_a_traditional_weekday_is_read_and_kept_as_written(text, phrase):
    from storylens.analysis.quantities import extract_dates

    got = [(d.text, d.date, text[d.start:d.end]) for d in extract_dates(text, published="2021-05-06", language="zh")]
    assert got == [(phrase, "2021-05-06", phrase)]


@pytest.mark.parametrize("text", ["ジムには週一回通っている。", "週一回の会議が開かれた。"])
def test_japanese_once_a_week_is_no_monday(text):
    from storylens.analysis.quantities import extract_dates

    assert extract_dates(text, published="2021-05-06", language="ja") == ()


# ---------------------------------------------------------------- names (fieldcases78 z6: 王麗 not linked to Wang Li)


def test_a_traditional_chinese_name_is_found_as_written():
    from storylens.analysis.entities._rules import _script_mentions

    found = {f for f, *_ in _script_mentions("氣象部門週四發布暴雨橙色預警。市氣象台首席預報員王麗說。", "zh")}
    assert "王麗" in found
    assert not any(f.startswith(("週", "周")) for f in found)
    # a country is no person in either script (stop 78's tester: "韓國" made a person)
    for text in ("韓國總統週四表示，將加強合作。", "韩国总统周四表示，将加强合作。"):
        assert not [f for f, etype, *_ in _script_mentions(text, "zh") if etype == "PERSON"], text
