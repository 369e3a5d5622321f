"""fielddates78 (tester fieldcases78, zh-quote-segment z6/z7): Chinese in Traditional script. "預計未來三天" read as a
negation (zh.json "not_negation" held only "未来": a false "polarity d1 denies" conflict with the English), "週四" got
no date, "首席預報員王麗說" gave the name "王麗說" and 王麗 was not linked to Wang Li. Every word list of zh.json now
holds its Traditional forms (scripts/build_zh_traditional.py, OpenCC's tables); the weekday and name rules in code
read both scripts."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import negated
from storylens.analysis.entities import EntityExtractor
from storylens.analysis.quantities import extract_dates

from ._docs import doc_of


@pytest.mark.parametrize(("simplified", "traditional"), [
    ("她表示，预计未来三天降雨量将达到150毫米。", "她表示，預計未來三天降雨量將達到150毫米。"),
    ("目前仍有多人下落不明。", "目前仍有多人下落不明。"),
    ("警方不断加强巡逻。", "警方不斷加強巡邏。"),
])
def test_traditional_words_that_negate_nothing(simplified, traditional):
    assert not negated(simplified, "zh")
    assert not negated(traditional, "zh")


@pytest.mark.parametrize(("simplified", "traditional"), [
    ("事故没有造成人员伤亡。", "事故沒有造成人員傷亡。"),
    ("警方否认了这一说法。", "警方否認了這一說法。"),
    ("现场无法通行。", "現場無法通行。"),
])
def test_traditional_negations_still_negate(simplified, traditional):
    assert negated(simplified, "zh")
    assert negated(traditional, "zh")


@pytest.mark.parametrize(("text", "date"), [
    ("氣象部門週四發布暴雨橙色預警。", "2021-05-06"),
    ("交通部門禮拜三宣布地鐵停運。", "2021-05-05"),
    ("气象部门周四发布暴雨橙色预警。", "2021-05-06"),
])
def test_traditional_weekdays_are_dated(text, date):
    assert [d.date for d in extract_dates(text, published="2021-05-06", language="zh")] == [date]


def test_traditional_name_after_title_before_speech_is_linked():
    zh = ["「這次降雨範圍很廣。」市氣象台首席預報員王麗說。", "「請大家立即撤離！」區長黃偉說。"]
    en = ['"The rain will cover a very wide area," chief forecaster Wang Li said.',
          '"Everyone please evacuate immediately!" district chief Huang Wei said.']
    entities = EntityExtractor().extract([doc_of("d1", zh, "zh"), doc_of("d2", en, "en")])
    variants = [e.variants for e in entities]
    assert any({"王麗", "Wang Li"} <= set(v) for v in variants), variants
    assert any({"黃偉", "Huang Wei"} <= set(v) for v in variants), variants
    assert not any(f.endswith("說") for v in variants for f in v), variants
