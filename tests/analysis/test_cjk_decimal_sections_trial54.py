"""trial54 F3: a decimal before a compound section ("21.9万亿日元", 21.9 trillion yen) was read as 100,219,000: the
decimal point passed for a scale between digits, so the run went to the scale-chain reader, which added the second
section (10⁸) instead of multiplying by it. The Japanese and Chinese reports of one ¥21.9 trillion package were a
false conflict, twice. A decimal is read as written; a section right after a section multiplies it."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers


@pytest.mark.parametrize("text, lang, value", [
    ("政府宣布21.9万亿日元的经济刺激计划。", "zh", 21.9e12),
    ("规模为2.5万亿韩元。", "zh", 2.5e12),
    ("全年投资1.5万亿元。", "zh", 1.5e12),
    ("全年投资25万亿元。", "zh", 25e12),
    ("总额1.5亿元。", "zh", 1.5e8),
    ("政府は21.9兆円の経済対策を決めた。", "ja", 21.9e12),
    ("予算は1億2000万円だった。", "ja", 1.2e8),
    ("사업비 3억5천만 원이 들었다.", "ko", 3.5e8),
    ("관중 5만 8천 명이 모였다.", "ko", 58_000),
])
def test_a_decimal_before_sections_is_read_as_written(text, lang, value):
    assert [n.value for n in extract_numbers(text, lang)] == [pytest.approx(value)]
