"""A header of the outlet's name then its date, where the name is written in kana and Han characters or opens
with an Arabic outlet word before the Arabic comma (final37 §5).

"みなと新報 2026年3月14日" and "صحيفة النهار الجديد، 20 مارس 2026" above a headline gave no outlet (the Japanese
one no date and no title either, the line a claim): a Japanese outlet's name mixes kana with its ending
("新報", "タイムス": text data outlets.json ``outlet_ends``), an Arabic paper's name opens with the word for
paper ("صحيفة", "جريدة", "مجلة": ``outlet_words``), and the Arabic comma parts a header as the Latin one does.
A place before a date stays a dateline's ("東京 2026年12月9日", "القاهرة، 14 مارس 2026")."""

from __future__ import annotations

import pytest

from storylens.ingest.feeds import cjk_outlet_name
from storylens.prepare.clean import clean_text

JA_HEADLINE = "ヴェルマール港でクレーン倒壊"
JA_LEAD = "ヴェルマール港で9日午後7時40分ごろ、コンテナ用の大型クレーンが倒壊し、港湾作業員4人が死亡した。"
ZH_HEADLINE = "韦尔马尔港起重机倒塌"
ZH_LEAD = "9日晚7时40分左右，韦尔马尔港一台大型集装箱起重机倒塌，造成4名码头工人死亡。"
AR_HEADLINE = "منظمة الصحة العالمية تعلن حالة طوارئ صحية بسبب الكوليرا"
AR_LEAD = ("أعلنت منظمة الصحة العالمية يوم الخميس حالة طوارئ صحية عامة بسبب تفشي الكوليرا في ملاوي، "
           "وفق ما قاله مديرها العام في جنيف.")


@pytest.mark.parametrize("space", [" ", "\u3000"])
@pytest.mark.parametrize(("outlet", "date", "iso"), [
    ("みなと新報", "2026年3月14日", "2026-03-14"),
    ("北洋タイムス", "2026年12月1日", "2026-12-01"),
    ("さくら日報", "2026年12月1日", "2026-12-01"),
    ("しおかぜ新聞", "2026年11月5日", "2026-11-05"),
    ("湾岸ニュース", "2026年3月14日", "2026-03-14"),
])
def test_a_japanese_outlet_in_kana_then_its_date(space, outlet, date, iso):
    line = f"{outlet}{space}{date}"
    out = clean_text(f"{line}\n{JA_HEADLINE}\n\n{JA_LEAD}\n\n{JA_LEAD}")
    assert (out.outlet, out.published, out.title) == (outlet, iso, JA_HEADLINE)
    assert line not in out.text


@pytest.mark.parametrize(("outlet", "date", "iso"), [
    ("صحيفة النهار الجديد", "20 مارس 2026", "2026-03-20"),
    ("صحيفة الأهرام", "14 مارس 2026", "2026-03-14"),
    ("جريدة الصباح", "1 ديسمبر 2026", "2026-12-01"),
    ("مجلة الأسبوع العربي", "5 نوفمبر 2026", "2026-11-05"),
])
@pytest.mark.parametrize("comma", ["، ", "،", " ، "])
def test_an_arabic_paper_before_the_arabic_comma_then_its_date(outlet, date, iso, comma):
    line = f"{outlet}{comma}{date}"
    out = clean_text(f"{line}\n{AR_HEADLINE}\n\n{AR_LEAD}\n\n{AR_LEAD}")
    assert (out.outlet, out.published, out.title) == (outlet, iso, AR_HEADLINE)
    assert line not in out.text


@pytest.mark.parametrize("name", ["みなと新報", "北洋タイムス", "しおかぜ新聞", "東洋新報", "环球新闻社"])
def test_a_name_of_kana_and_han_ending_as_an_outlet_is_one(name):
    assert cjk_outlet_name(name)


@pytest.mark.parametrize("name", ["ヴェルマール港", "東京", "港でクレーン倒壊", "みなとまつり", "国际"])
def test_a_place_or_a_phrase_is_no_outlet(name):
    assert not cjk_outlet_name(name)


def test_a_place_before_a_cjk_date_stays_no_outlet():
    out = clean_text(f"{ZH_HEADLINE}\n东京 2026年12月9日\n\n{ZH_LEAD}")
    assert out.outlet is None


def test_an_arabic_place_before_the_comma_stays_no_outlet():
    out = clean_text(f"{AR_HEADLINE}\nالقاهرة، 14 مارس 2026\n\n{AR_LEAD}")
    assert out.outlet is None
