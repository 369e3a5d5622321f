"""review34b #3: with kana allowed in a CJK outlet's name, section labels and phrases ended as outlets do
("トップニュース", "主要ニュース", "最新の情報", "東京の会社"), so a feed title of a section and an outlet had two
"known" parts and site_name kept the whole title. "ニュース" is no outlet ending, and a one-character ending
("社", "台", "報", "网") ends a name of Han characters only."""

from __future__ import annotations

import pytest

from storylens.ingest.feeds import cjk_outlet_name, site_name


@pytest.mark.parametrize(("title", "outlet"), [
    ("主要ニュース - 朝日新聞", "朝日新聞"),
    ("トップニュース - 山岳新報", "山岳新報"),
    ("国際ニュース - 北洋タイムス", "北洋タイムス"),
    ("最新の情報 - みなと新報", "みなと新報"),
    ("東京の会社 - 人民日报", "人民日报"),
    ("あの舞台 - 中央电视台", "中央电视台"),
])
def test_a_section_with_kana_is_no_outlet_in_a_feed_title(title, outlet):
    assert site_name(title) == outlet


@pytest.mark.parametrize("text", ["ニュース", "トップニュース", "国際ニュース", "テレビ局のニュース", "最新の情報",
                                  "東京の会社", "あの舞台", "きょうの話題の報"])
def test_a_kana_phrase_is_no_outlet_name(text):
    assert not cjk_outlet_name(text)


@pytest.mark.parametrize("text", ["朝日新聞", "朝日新聞社", "共同通信", "みなと新報", "北洋タイムス", "环球新闻社",
                                  "新华网", "中央电视台", "山岳新報", "산악일보", "연합뉴스"])
def test_outlet_names_stay_outlets(text):
    assert cjk_outlet_name(text)


def test_a_section_word_inside_a_name_keeps_the_outlet():
    assert cjk_outlet_name("湾岸ニュース") and cjk_outlet_name("日本経済新聞")
    assert site_name("経済 - 日本経済新聞") == "日本経済新聞"
