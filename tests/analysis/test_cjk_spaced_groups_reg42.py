"""Korean numbers written with the standard space between their units, «5만 8천 명» (58,000), «3억 5천만 원», «1천
2백 채», and the Japanese «1万 2000人», are one figure (trial53 F7: «5만 8천» read as 50,000 and 8,000, and the 8,000
was set against another count). A group after a space joins only when it is smaller than the unit before the space
and is no date: «5만 12만» are two figures, «5만 2026년» a figure and a year."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers


@pytest.mark.parametrize("text, lang, value, written", [
    ("이날 경기장에는 약 5만 8천 명의 관중이 입장했다.", "ko", 58_000, "5만 8천"),
    ("관중 5만 8000명이 입장했다.", "ko", 58_000, "5만 8000"),
    ("주민 1만 2천 명이 대피했다.", "ko", 12_000, "1만 2천"),
    ("피해액이 3억 5천만 원에 달했다.", "ko", 350_000_000, "3억 5천만"),
    ("주택 1천 2백 채가 침수됐다.", "ko", 1_200, "1천 2백"),
    ("이재민 2만 5천여 명이 발생했다.", "ko", 25_000, "2만 5천"),
    ("주택 3백 채가 침수됐다.", "ko", 300, "3백"),
    ("피해액이 3천 4백만 달러로 집계됐다.", "ko", 34_000_000, "3천 4백만"),  # the section after a small unit multiplies both
    ("住民1万 2000人が避難した。", "ja", 12_000, "1万 2000"),
    # the unspaced forms as before
    ("주민 1만2천 명이 대피했다.", "ko", 12_000, "1만2천"),
    ("住民1万2000人が避難した。", "ja", 12_000, "1万2000"),
    ("约5万8千名观众入场。", "zh", 58_000, "5万8千"),
])
def test_spaced_unit_groups_are_one_figure(text, lang, value, written):
    found = extract_numbers(text, lang)
    assert [(q.value, q.text) for q in found] == [(value, written)]


@pytest.mark.parametrize("text, lang, values", [
    ("5만 명과 8천 명이 각각 모였다.", "ko", [50_000, 8_000]),  # two counts, each with its noun
    ("관중 5만 12만 명", "ko", [50_000, 120_000]),  # a larger group after the space is another figure
    ("2026년 12월 1일 5만 명이 모였다.", "ko", [50_000]),
])
def test_groups_that_are_not_one_figure_stay_apart(text, lang, values):
    assert [q.value for q in extract_numbers(text, lang)] == values


def test_a_group_before_a_year_is_not_joined():
    found = extract_numbers("관중 5만 2026년 기록", "ko")
    assert 52_026 not in [q.value for q in found]
