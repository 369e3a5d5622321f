"""A CJK date, a plain space, then the outlet's name (final37 §5).

"2026年3月14日 みなと新報" (an ASCII space) gave no outlet, no date and no title, while the same line with
the ideographic space was read: after a date closed by 日/일 a plain space parts the name as well. A CJK
sentence after the date stays text, whichever space parts it."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

HEADLINE = {"ja": "ヴェルマール港でクレーン倒壊", "zh": "韦尔马尔港起重机倒塌", "ko": "벨마르항 크레인 붕괴"}
LEAD = {
    "ja": "ヴェルマール港で9日午後7時40分ごろ、コンテナ用の大型クレーンが倒壊し、港湾作業員4人が死亡した。",
    "zh": "9日晚7时40分左右，韦尔马尔港一台大型集装箱起重机倒塌，造成4名码头工人死亡。",
    "ko": "벨마르항에서 9일 오후 7시 40분께 대형 컨테이너 크레인이 무너져 항만 노동자 4명이 숨졌다.",
}


@pytest.mark.parametrize("space", [" ", "\u3000"])
@pytest.mark.parametrize(("lang", "date", "outlet", "iso"), [
    ("ja", "2026年3月14日", "みなと新報", "2026-03-14"),
    ("ja", "2026年3月14日", "北洋タイムス", "2026-03-14"),
    ("ja", "2026年12月1日", "さくら日報", "2026-12-01"),
    ("ja", "2026年3月14日", "東洋新報", "2026-03-14"),
    ("zh", "2026年3月14日", "东岸时报", "2026-03-14"),
])
def test_a_date_a_space_and_an_outlet_are_read(space, lang, date, outlet, iso):
    line = f"{date}{space}{outlet}"
    out = clean_text("\n".join([HEADLINE[lang], line, "", LEAD[lang], "", LEAD[lang]]))
    assert (out.outlet, out.published, out.title) == (outlet, iso, HEADLINE[lang])
    assert line not in out.text


@pytest.mark.parametrize("space", [" ", "\u3000"])
@pytest.mark.parametrize("sentence", ["東京で大規模な火災が発生した。", "港で火災、3人が死亡"])
def test_a_sentence_after_a_date_is_no_outlet(space, sentence):
    out = clean_text("\n".join([HEADLINE["ja"], f"2026年3月14日{space}{sentence}", "", LEAD["ja"]]))
    assert out.outlet is None
