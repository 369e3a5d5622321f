"""Chinese header, dateline and feed metadata (trial 18 #8): "By 李明，环球新闻社" gave the outlet
"李明，环球新闻社" and no author; the dispatch "环球新闻社德罗夫尼克11月24日电" gave the place
"环球新闻社德罗夫尼克"; the RSS channel "环球新闻社 - 国际" kept its section in the outlet."""

from __future__ import annotations

import pytest

from storylens.ingest.feeds import site_name
from storylens.prepare.clean import clean_text, parse_byline


@pytest.mark.parametrize(("byline", "parsed"), [
    ("李明，环球新闻社", (["李明"], "环球新闻社")),
    ("李明、王丽，新华社", (["李明", "王丽"], "新华社")),
    ("环球新闻社", ([], "环球新闻社")),
])
def test_a_chinese_byline_parts_author_and_outlet(byline, parsed):
    assert parse_byline(byline) == parsed


def test_the_header_gives_author_outlet_and_the_dispatch_its_place():
    text = ("date 2026-11-24 By 李明，环球新闻社\n\n凯尔瓦里亚前交通部长维克托·哈尔登因受贿被判入狱九年\n\n"
            "环球新闻社德罗夫尼克11月24日电 德罗夫尼克一家法院24日以受贿罪判处前交通部长维克托·哈尔登九年有期徒刑。")
    cleaned = clean_text(text)
    assert tuple(cleaned.authors) == ("李明",)
    assert cleaned.outlet == "环球新闻社"
    assert cleaned.place == "德罗夫尼克"
    assert "环球新闻社德罗夫尼克" not in cleaned.text


def test_an_unlisted_agency_before_the_place_of_a_dispatch():
    cleaned = clean_text("环球新闻社德罗夫尼克11月24日电 德罗夫尼克一家法院周二判处前部长九年有期徒刑。")
    assert cleaned.place == "德罗夫尼克"


def test_a_chinese_channel_title_without_its_section():
    assert site_name("环球新闻社 - 国际", "https://huanqiu-news.example/world") == "环球新闻社"
    assert site_name("国际 - 新闻", None) == "国际 - 新闻"  # no part named as an outlet: kept whole
