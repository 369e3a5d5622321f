"""trial45 W7: Chinese numerals above ninety-nine written in characters ("一千三百名矿工") were no figure, so
"About 1,200 miners" against them was no conflict; and 坚戈 (tenge) was no currency, so "350万坚戈" against
"2.5 million tenge" was none either. The numerals are read as digits are; the currency words come from
babel's (CLDR) names of every language (text/data/cldr.json), not from a list."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers
from storylens.analysis.quantities._numbers import cjk_numeral_value


@pytest.mark.parametrize(("run", "value"), [
    ("三十二", 32), ("一千三百", 1300), ("两千", 2000), ("一千二", 1200), ("三百五", 350), ("一千零五", 1005),
    ("一万五千", 15000), ("二百五十万", 2_500_000), ("三亿五千万", 350_000_000), ("十一", 11), ("九", 9),
])
def test_numeral_values(run, value):
    assert cjk_numeral_value(run) == value


@pytest.mark.parametrize("run", ["一", "二〇一九", "万一", "十百"])
def test_no_numeral(run):
    assert cjk_numeral_value(run) is None


@pytest.mark.parametrize(("text", "digits"), [
    ("当时约一千三百名矿工在井下作业。", "当时约1300名矿工在井下作业。"),
    ("当时约一千三百人在井下。", "当时约1300人在井下。"),
    ("约两千人撤离。", "约2000人撤离。"),
    ("共有三十二名矿工死亡。", "共有32名矿工死亡。"),
    ("约一万五千人受伤。", "约15000人受伤。"),
])
def test_written_numerals_read_as_their_digits(text, digits):
    assert [(q.value, q.unit) for q in extract_numbers(text, "zh")] == [(q.value, q.unit) for q in extract_numbers(digits, "zh")]


@pytest.mark.parametrize("text", ["2019年8月，二〇一九年", "第三十二届会议开幕", "他们十分重要", "千万不要忘记", "百姓生活"])
def test_words_made_of_numeral_characters_are_no_figure(text):
    assert extract_numbers(text, "zh") == ()


def test_written_miners_conflict_with_english_digits():
    zh = extract_numbers("当时约一千三百名矿工在井下作业。", "zh")
    en = extract_numbers("About 1,200 miners were underground at the time.", "en")
    assert len(compare_numbers(zh, en)) == 1
    assert not compare_numbers(extract_numbers("爆炸发生时，约一千二百名矿工在井下作业。", "zh"), en)


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "须向每名遇难矿工的家属支付250万坚戈。"), ("en", "must pay 2.5 million tenge to each family"),
    ("de", "muss jeder Familie 2,5 Millionen Tenge zahlen"), ("ru", "выплатит каждой семье 2,5 млн тенге"),
    ("fr", "versera 2,5 millions de tenges à chaque famille"), ("es", "pagará 2,5 millones de tengues a cada familia"),
])
def test_tenge_is_a_currency_in_every_language(lang, text):
    assert [(q.value, q.unit, q.kind) for q in extract_numbers(text, lang)] == [(2_500_000, "KZT", "money")]


def test_tenge_amounts_conflict_across_languages():
    zh = extract_numbers("须支付三百五十万坚戈。", "zh")
    en = extract_numbers("The owner must pay 2.5 million tenge.", "en")
    assert [(q.value, q.unit) for q in zh] == [(3_500_000, "KZT")]
    assert len(compare_numbers(zh, en)) == 1


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("zh", "支付300万兹罗提。", "PLN"), ("en", "paid 300 hryvnias", "UAH"), ("ja", "300万テンゲを支払う。", "KZT"),
])
def test_other_babel_currencies(lang, text, code):
    assert [q.unit for q in extract_numbers(text, lang)] == [code]
