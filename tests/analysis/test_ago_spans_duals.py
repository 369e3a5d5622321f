"""fixx left three kinds of year figures: "N years ago" read as an N-year figure outside en/de/fr/ru ("hace 9
años" beside "nueve años de prisión"); the Turkish span "2017 ile 2021 arasında" two years, not one span; the
Arabic dual "سنتين" (two years) no figure at all."""

from __future__ import annotations

import pytest

from storylens.analysis import conflicts
from storylens.analysis.quantities import compare_numbers, extract_dates, extract_numbers

AGO = [
    ("es", "Fue elegido hace 9 años."), ("es", "Dimitió hace nueve años."),
    ("it", "È stato eletto 9 anni fa."), ("pt", "Foi eleito há 9 anos."), ("pt", "Foi eleito 9 anos atrás."),
    ("pl", "Został wybrany 9 lat temu."), ("tr", "9 yıl önce seçildi."), ("ar", "انتخب قبل 9 سنوات."),
    ("ar", "انتخب قبل تسع سنوات."), ("ar", "انتخب قبل عامين."), ("zh", "他9年前当选。"), ("cs", "Byl zvolen před 9 lety."),
    # the languages that had it already
    ("en", "He was elected 9 years ago."), ("de", "Er wurde vor 9 Jahren gewählt."), ("fr", "Il a été élu il y a 9 ans."),
    ("ru", "Он был избран 9 лет назад."),
    # final34 #6 (ja, ko, uk, nl)
    ("ja", "彼は9年前に当選した。"), ("ja", "３年前に当選した。"), ("ko", "그는 9년 전 선출됐다."), ("ko", "그는 9년전에 선출됐다."), ("ko", "9년 전에도 같은 곳에서 눈사태가 났다."),
    ("uk", "Він був обраний 9 років тому."), ("uk", "Його обрали дев’ять років тому."),
    ("nl", "Hij werd 9 jaar geleden gekozen."),
]


@pytest.mark.parametrize(("lang", "text"), AGO)
def test_years_ago_is_a_moment_not_a_figure(lang, text):
    assert not conflicts.filter_numbers(text, extract_numbers(text, lang)).get("count")
    dates = extract_dates(text, published="2026-11-24", language=lang)
    assert len(dates) == 1 and dates[0].date is not None and dates[0].date < "2026-01-01"


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("es", "Fue condenado a nueve años de prisión.", 9), ("tr", "9 yıl hapis cezasına çarptırıldı.", 9),
    ("pl", "Skazano go na 9 lat więzienia.", 9),
])
def test_a_term_in_years_stays_a_figure(lang, text, value):
    # a figure of the kind "term" in every language (trial45 W1), no moment
    counts = conflicts.filter_numbers(text, extract_numbers(text, lang)).get("term", [])
    assert [q.value for q in counts] == [value]


@pytest.mark.parametrize("text", ["Halden 2017 ile 2021 arasında bakanlık yaptı.",
                                  "Halden 2017 ve 2021 yılları arasında bakanlık yaptı."])
def test_a_turkish_span_between_two_years_is_one_span(text):
    dates = extract_dates(text, published="2026-11-24", language="tr")
    assert [(d.date, d.until) for d in dates] == [("2017", "2021")]


def test_two_turkish_years_without_between_stay_two():
    dates = extract_dates("2017 ile 2021 yıllarında seçim kazandı.", published="2026-11-24", language="tr")
    assert [(d.date, d.until) for d in dates] == [("2017", None), ("2021", None)]


@pytest.mark.parametrize(("text", "unit"), [("حكم عليه بالسجن سنتين.", "سنة"), ("حكم عليه بالسجن عامين.", "عام"),
                                            ("حكم عليه لسنتين مع وقف التنفيذ.", "سنة")])
def test_an_arabic_dual_counts_two(text, unit):
    counts = conflicts.filter_numbers(text, extract_numbers(text, "ar")).get("term", [])  # a prison term (trial45 W1)
    assert [(q.value, q.unit) for q in counts] == [(2.0, unit)]


def test_an_arabic_dual_term_conflicts_with_another_term():
    a = extract_numbers("حكم عليه بالسجن سنتين.", "ar")
    b = extract_numbers("He was sentenced to three years in prison.", "en")
    assert compare_numbers(a, b)
    assert not compare_numbers(a, extract_numbers("He was sentenced to two years in prison.", "en"))
