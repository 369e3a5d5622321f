"""storylens.text's reading of a figure's scale and digit groups (issues #11/#12): one for the claim ledger and
the stream's keys."""

from __future__ import annotations

import re

import pytest

from storylens.text import grouped_digits, scale_after, scale_factor, short_month_names


def after(text: str, lang: str | None) -> tuple[float, int] | None:
    m = re.search(r"\d+(?:[.,]\d+)?", text)
    assert m is not None
    return scale_after(text, m.end(), lang)


@pytest.mark.parametrize(("text", "lang", "factor"), [
    ("4万人", "zh", 1e4), ("約4万世帯", "ja", 1e4), ("約4千人", "ja", 1e3), ("4만 가구", "ko", 1e4), ("5천 명", "ko", 1e3),
    ("12万亿元", "zh", 1e12), ("40k homes", "en", 1e3), ("4.5bn euros", "en", 1e9), ("375mila euro", "it", 1e3),
    ("40 тисяч", "uk", 1e3), ("1,5 εκατ. ευρώ", "el", 1e6), ("40 אלף", "he", 1e3), ("2 mil millones", "es", 1e9),
    ("5 mil. Kč", "cs", 1e6), ("5 mil euros", "es", 1e3),
])
def test_scale_after_a_figure(text, lang, factor):
    found = after(text, lang)
    assert found is not None and found[0] == factor


@pytest.mark.parametrize(("text", "lang"), [
    ("3千米", "zh"),  # 3 km: Chinese writes 千 for a measure
    ("水深60m", "ja"),  # metres (text data glued_unit_letters)
    ("12명이", "ko"),  # a counter
    ("2 mil", "en"),  # "mil": 10³ in Spanish, 10⁶ in Czech; English lists neither: unread, not misread
    ("10 km", "en"),
])
def test_no_scale(text, lang):
    assert after(text, lang) is None


def test_a_scale_word_keeps_its_language_factor():
    assert scale_factor("mil", "es") == 1e3 and scale_factor("mil.", "cs") == 1e6
    assert scale_factor("mil", "en") is None and scale_factor("mil", None) is None
    assert scale_factor("εκατ.", "el") == scale_factor("εκατ", "el") == 1e6
    assert scale_factor("BİN", "tr") == 1e3


@pytest.mark.parametrize(("lang", "joined"), [("fr", True), ("pl", True), ("de", True), ("en", False), (None, False)])
def test_space_grouped_thousands_where_the_press_writes_them(lang, joined):
    rx = re.compile(grouped_digits(lang))
    assert bool(rx.fullmatch("40 000")) is joined
    assert rx.fullmatch("40\u00a0000") and rx.fullmatch("1\u202f250\u202f000")  # a no-break space groups anywhere
    assert not rx.search("2022 40") and not rx.search("3 4 5") and not rx.search("12 3456")


def test_short_month_names_are_abbreviations_and_stop_words():
    assert {"pro", "lis", "led"} <= short_month_names("cs")
    assert "may" in short_month_names("en") and "mar" in short_month_names("es")
    assert "prosinec" not in short_month_names("cs") and "december" not in short_month_names("en")
