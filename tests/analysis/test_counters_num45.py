"""Counters after a figure (issue #12): Korean "830명" / "380명" read the unit "명" (the counter of people), so a
planted ko–en toll or count of tourists, ships or vehicles was never set against the other language's figure. A
counter says what kind of thing is counted; the noun says what it is (text data "counters" of ko, ja, zh): the
noun joined by a modifier particle after it ("830명의 승객", "830人の乗客"), a noun a measure knows right after it
("3艘拖船", "4개 학교") or the bare noun before the figure ("관광객 380명", "観光客830人"), else the counter's own
measure (명/人: person, 척/隻/艘: ship, 대/台/辆: vehicle, 架: aircraft)."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers, unit_key
from storylens.text import profile


def _keys(text: str, lang: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, unit_key(q.unit)) for q in extract_numbers(text, lang)]


@pytest.mark.parametrize(("lang", "text", "want"), [
    ("ko", "공항에 관광객 380명이 발이 묶였다.", [(380, "tourist")]),
    ("ko", "여객선에는 830명의 승객이 타고 있었다.", [(830, "passenger")]),
    ("ko", "어선 15척이 침몰했다.", [(15, "ship")]),
    ("ko", "15척이 침몰했다.", [(15, "ship")]),
    ("ko", "차량 12대가 불탔다.", [(12, "vehicle")]),
    ("ko", "항공기 5대가 투입됐다.", [(5, "aircraft")]),
    ("ko", "헬기 3대가 투입됐다.", [(3, "helicopter")]),
    ("ko", "4개 학교가 문을 닫았다.", [(4, "school")]),
    ("ko", "380명이 대피했다.", [(380, "evacuated")]),
    ("ko", "주민 830명이 숨졌다.", [(830, "killed")]),  # a toll's verb still says what befell the people counted
    ("ko", "관광객 380명이 숨졌다.", [(380, "killed")]),
    ("ko", "830명이 숨지고 20명이 다쳤다.", [(830, "killed"), (20, "injured")]),
    ("ko", "2개월 동안 비가 내렸다.", [(2, "month")]),  # 개월 opens with the counter 개: a word of its own
    ("ja", "観光客830人が足止めされた。", [(830, "tourist")]),
    ("ja", "830人の乗客が乗っていた。", [(830, "passenger")]),
    ("ja", "船15隻が沈没した。", [(15, "ship")]),
    ("ja", "車両12台が燃えた。", [(12, "vehicle")]),
    ("ja", "火災で830人が死亡した。", [(830, "killed")]),
    ("zh", "12艘船沉没。", [(12, "ship")]),
    ("zh", "3艘拖船赶到。", [(3, "tugboat")]),
    ("zh", "15架飞机参与灭火。", [(15, "aircraft")]),
    ("zh", "10辆车被烧毁。", [(10, "vehicle")]),
    ("zh", "830名游客滞留。", [(830, "tourist")]),
    ("zh", "2艘渔船遇难。", [(2, "killed")]),
])
def test_a_counter_is_read_as_what_it_counts(lang: str, text: str, want: list[tuple[float | None, str]]) -> None:
    assert _keys(text, lang) == want


@pytest.mark.parametrize(("a", "lang_a", "b", "lang_b", "what"), [
    ("830 tourists were stranded at the airport.", "en", "공항에 관광객 380명이 발이 묶였다.", "ko", "tourist"),
    ("Authorities evacuated 830 people.", "en", "당국이 주민 380명을 대피시켰다.", "ko", "evacuated"),
    ("The ferry was carrying 830 passengers.", "en", "여객선에는 승객 380명이 타고 있었다.", "ko", "passenger"),
    ("12 ships sank.", "en", "어선 15척이 침몰했다.", "ko", "ship"),
    ("15 vehicles burned.", "en", "차량 12대가 불탔다.", "ko", "vehicle"),
    ("380 people were killed.", "en", "주민 830명이 숨졌다.", "ko", "killed"),
    ("観光客830人が足止めされた。", "ja", "관광객 380명이 발이 묶였다.", "ko", "tourist"),
    ("12 ships sank.", "en", "船15隻が沈没した。", "ja", "ship"),
    ("830名游客滞留。", "zh", "380 tourists were stranded.", "en", "tourist"),
    ("12艘船沉没。", "zh", "15 ships sank.", "en", "ship"),
])
def test_counted_figures_of_two_languages_conflict(a: str, lang_a: str, b: str, lang_b: str, what: str) -> None:
    found = compare_numbers(extract_numbers(a, lang_a), extract_numbers(b, lang_b))
    assert [line.split(":")[0] for line in found] == [what]


def test_the_counters_are_text_data() -> None:
    assert ("명", "person") in profile("ko").counters and ("隻", "ship") in profile("ja").counters
    assert ("艘", "ship") in profile("zh").counters
    for lang in ("ko", "ja", "zh"):
        counters = [c for c, _ in profile(lang).counters]
        assert counters == sorted(counters, key=len, reverse=True)  # longest first: "마리" before a one-letter counter
