"""final34 #3: Japanese "約4千人" was 4 (a false `person: 4 vs 4천` against the Korean 4,000), Korean "3억5천만"
300,005,000 "만" (two scales in a row), and an ASCII "m" after a figure in a Japanese or Korean text millions
("수심 80m" 80,000,000), so the planted ja 60メートル vs ko 80m depth was missed."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("ja", "約4千人の住民が追悼式に参列した。", 4000), ("ja", "3百人が避難した。", 300),
    ("ja", "約1万2千人が避難した。", 12000), ("ja", "3千万円を寄付した。", 30_000_000),
    ("ja", "3億5千万円の支援を決めた。", 350_000_000), ("ko", "3억5천만 엔 규모의 긴급 지원을 결정했다.", 350_000_000),
    ("ko", "5천만 원을 기부했다.", 50_000_000), ("ko", "1천500만 원을 기부했다.", 15_000_000),
    ("ja", "100万人が避難した。", 1_000_000), ("zh", "12万元", 120_000),
])
def test_glued_scales_read_whole(lang, text, value):
    assert [q.value for q in extract_numbers(text, lang)] == [value]


def test_a_chinese_thousand_metres_stays_kilometres():
    assert [(q.value, q.unit) for q in extract_numbers("3千米", "zh")] == [(3, "千米")]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("ko", "수심은 약 80m다.", 80), ("ko", "사고 당시 파고는 약 3m였다.", 3), ("ja", "水深60mの地点で発見された。", 60),
])
def test_an_ascii_m_in_cjk_text_is_metres(lang, text, value):
    assert [(q.value, q.unit) for q in extract_numbers(text, lang)] == [(value, "m")]


def test_an_ascii_m_in_english_stays_millions():
    assert [q.value for q in extract_numbers("The club paid $80m for him.", "en")] == [80_000_000]


def test_the_planted_depth_conflict_across_ja_and_ko():
    ja = extract_numbers("現場は港から北へ約4キロの地点で、水深は約60メートル。", "ja")
    ko = extract_numbers("사고 지점은 항구에서 북쪽으로 약 4㎞ 떨어진 곳으로, 수심은 약 80m다.", "ko")
    assert len(compare_numbers(ja, ko)) == 1 and "60" in compare_numbers(ja, ko)[0]


def test_four_thousand_people_agree_across_ja_and_ko():
    ja = extract_numbers("約4千人の住民が追悼式に参列した。", "ja")
    ko = extract_numbers("약 4천 명의 주민이 추모식에 참석했다.", "ko")
    assert [q.value for q in ja] == [4000] and not compare_numbers(ja, ko)
