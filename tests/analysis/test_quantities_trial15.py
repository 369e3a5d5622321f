"""Numbers and dates of an ECB rate cut told in eight languages (new-user trial 15 #8): a Turkish case
ending is no number word, a Chinese month is no count, a level is no unit, percentage points are
basis points, a bracketed second month name keeps the year, and two days of one month are one span."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_dates, extract_numbers

PUB = "2025-06-05"


def _numbers(text, lang):
    return [(q.value, q.unit) for q in extract_numbers(text, lang)]


def _dates(text, lang):
    return [(d.date, d.until) for d in extract_dates(text, published=PUB, language=lang)]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Bu, Haziran 2024'ten bu yana sekizinci indirim oldu.", "tr"),
        ("Enflasyon 2023'ten beri düşüyor.", "tr"),
    ],
)
def test_a_case_ending_after_a_figure_is_no_number_word(text, lang):
    assert 10.0 not in [v for v, _ in _numbers(text, lang)]


@pytest.mark.parametrize(
    "text, month",
    [("欧元区5月通胀率降至1.9%。", "2025-05"), ("去年5月，利率为4%。", "2024-05"), ("欧洲央行3月份降息。", "2025-03")],
)
def test_a_chinese_month_is_a_month_not_a_count(text, month):
    assert month in [d for d, _ in _dates(text, "zh")]
    assert all(u is None or "月" not in u for _, u in _numbers(text, "zh"))
    assert 5.0 not in [v for v, u in _numbers(text, "zh") if u != "%"]


def test_a_chinese_span_of_months_is_no_month():
    assert _dates("利率在5个月内下降。", "zh") == []


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Avro/dolar paritesi 1,1450 seviyesine yükseldi.", "tr"),
        ("The euro rose to the 1.1450 level.", "en"),
        ("Курс евро поднялся до отметки 1,1450.", "ru"),
    ],
)
def test_a_level_is_no_unit(text, lang):
    units = [u for v, u in _numbers(text, lang) if v == pytest.approx(1.145)]
    assert units and all(u is None or not u.startswith(("seviye", "level", "отметк")) for u in units)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Die EZB senkt den Einlagensatz um 0,25 Prozentpunkte auf 2,0 Prozent.", "de"),
        ("The ECB cut rates by 0.25 percentage points to 2%.", "en"),
        ("La BCE a baissé ses taux de 0,25 point de pourcentage.", "fr"),
        ("El BCE rebajó los tipos 0,25 puntos porcentuales.", "es"),
        ("ЕЦБ снизил ставку на 0,25 процентного пункта.", "ru"),
        ("欧洲央行将利率下调0.25个百分点。", "zh"),
    ],
)
def test_percentage_points_are_basis_points(text, lang):
    assert (25.0, "bp") in _numbers(text, lang)
    assert (25.0, "bp") in _numbers("The ECB cut its deposit rate by 25 basis points.", "en")


def test_a_bracketed_second_month_name_keeps_the_year():
    dates = _dates("وهو الخفض الثامن منذ يونيو (حزيران) 2024.", "ar")
    assert ("2024-06", None) in dates
    assert all(d != "2025-06" for d, _ in dates)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Kolejne posiedzenie RPP zaplanowano na 1 i 2 lipca.", "pl"),
        ("Kolejne posiedzenie zaplanowano na 1-2 lipca.", "pl"),
        ("Die nächste Sitzung ist am 1. und 2. Juli.", "de"),
        ("The next meeting is on July 1-2.", "en"),
        ("Следующее заседание пройдет 1 и 2 июля.", "ru"),
    ],
)
def test_two_days_of_one_month_are_one_span(text, lang):
    assert ("2025-07-01", "2025-07-02") in _dates(text, lang)
    assert 1.0 not in [v for v, _ in _numbers(text, lang)]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("La tasa de depósito queda en el 1,75%, tras un recorte de un cuarto de punto.", "es"),
        ("The ECB cut rates by a quarter point.", "en"),
        ("Die EZB senkt den Leitzins um einen Viertelprozentpunkt.", "de"),
        ("La BCE a baissé ses taux d'un quart de point.", "fr"),
    ],
)
def test_a_quarter_point_in_words_is_25_basis_points(text, lang):
    assert (25.0, "bp") in _numbers(text, lang)
