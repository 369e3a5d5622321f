"""review37a H1/H2: Chinese approximate numerals ("数百", "几千", "上百", "七八十", "三四百", "两三千") were read
as exact figures (100, 1000, 100, 80, 400, 3000), so "数百人受伤" against "Hundreds of people were injured"
was a conflict "100 vs hundreds"; and a digit after 万/亿 was read as ones ("一万二" 10,002, not 12,000)."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers
from storylens.analysis.quantities._numbers import cjk_numeral_range, cjk_numeral_value


@pytest.mark.parametrize(("run", "value"), [
    ("一万二", 12_000), ("两万五", 25_000), ("三亿五", 350_000_000), ("五万五", 55_000), ("一千零五", 1005),
    ("二百五十万", 2_500_000), ("一万零二", 10_002), ("一亿二千万", 120_000_000), ("一千二", 1200), ("三百五", 350),
    ("两万五千", 25_000),
])
def test_tail_after_a_section_is_the_next_unit_down(run, value):
    assert cjk_numeral_value(run) == value


@pytest.mark.parametrize(("run", "span"), [
    ("七八十", (70, 80)), ("三四百", (300, 400)), ("两三千", (2000, 3000)), ("十七八", (17, 18)), ("三五", (3, 5)),
    ("三四百万", (3_000_000, 4_000_000)),
])
def test_two_digits_side_by_side_are_a_range(run, span):
    assert cjk_numeral_range(run) == span
    assert cjk_numeral_value(run) is None


@pytest.mark.parametrize("run", ["一千二百", "九一八", "二〇一九", "一二", "五一"])
def test_no_range(run):
    assert cjk_numeral_range(run) is None


@pytest.mark.parametrize(("text", "low", "high"), [
    ("数百人受伤。", 200, 999), ("几千人撤离。", 2000, 9999), ("数十人死亡。", 20, 99),
    # "上百" is "a hundred or more" (trial47 F6): at least 100, no upper end
    ("上百人受伤。", 100, None),
    ("七八十人受伤。", 70, 80), ("三四百人受伤。", 300, 400), ("两三千人撤离。", 2000, 3000), ("十几人死亡。", 11, 19),
    ("数万人撤离。", 20_000, 99_999), ("数十万人撤离。", 200_000, 999_999),
])
def test_approximate_numerals_are_vague_ranges(text, low, high):
    [q] = extract_numbers(text, "zh")
    assert (q.low, q.high, q.vague) == (low, high, True)


def test_units_alone_are_no_count_without_a_digit_or_an_approximator():
    assert extract_numbers("千人计划的专家到场。", "zh") == ()
    assert [q.value for q in extract_numbers("近千人撤离。", "zh")] == [1000]


def test_colloquial_ten_thousands():
    assert [(q.value, q.unit) for q in extract_numbers("约一万二人撤离。", "zh")] == [(12_000, "evacuated")]
    assert not compare_numbers(extract_numbers("约一万二人撤离。", "zh"),
                               extract_numbers("About 12,000 people were evacuated.", "en"))


@pytest.mark.parametrize(("zh", "en"), [
    ("数百人受伤。", "Hundreds of people were injured."),
    ("数百人受伤。", "About 300 people were injured."),
    ("七八十人受伤。", "Seventy people were injured."),
    ("几千人撤离。", "About 3,000 people were evacuated."),
])
def test_vague_numerals_conflict_with_no_figure_inside_them(zh, en):
    assert compare_numbers(extract_numbers(zh, "zh"), extract_numbers(en, "en")) == []


def test_an_exact_figure_outside_the_range_still_conflicts():
    assert compare_numbers(extract_numbers("三四百人受伤。", "zh"), extract_numbers("About 2,000 people were injured.", "en"))


@pytest.mark.parametrize(("text", "value"), [
    ("事故造成十一人死亡。", 11), ("事故造成十人死亡。", 10), ("完成三百人的登记。", 300),
])
def test_a_verb_ending_in_a_vague_word_leaves_the_numeral_exact(text, value):
    [q] = extract_numbers(text, "zh")
    assert (q.value, q.vague) == (value, False)


def test_a_verb_ending_in_a_vague_word_before_ten_odd():
    [q] = extract_numbers("事故造成十几人死亡。", "zh")
    assert (q.low, q.high) == (11, 19)
