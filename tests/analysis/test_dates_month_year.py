"""Trial 14: "en enero de 2018" (es) was read as January of the year after publication (2027-01,
relative) plus a bare year; "w styczniu 2018 roku" (pl) lost its month. A month with its year is that
month of that year in every language the text layer knows. Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_dates

PUB = "2026-11-18"


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Es el peor accidente ferroviario desde el descarrilamiento de Pioltello en enero de 2018."),
    ("pl", "To najtragiczniejszy wypadek kolejowy od katastrofy pod Pioltello w styczniu 2018 roku."),
    ("it", "Il deragliamento di Pioltello avvenne nel gennaio del 2018."),
    ("fr", "Le déraillement de Pioltello, en janvier 2018, avait fait trois morts."),
    ("en", "The Pioltello derailment in January of 2018 killed three people."),
    ("ru", "Крушение под Пьольтелло произошло в январе 2018 года."),
    ("de", "Das Unglück von Pioltello im Januar 2018 forderte drei Tote."),
    ("zh", "这是自2018年1月皮奥尔泰洛脱轨事故以来意大利最严重的铁路事故。"),
])
def test_a_month_with_its_year_is_that_month(lang, text):
    dates = extract_dates(text, published=PUB, language=lang)
    assert [(d.date, d.relative) for d in dates] == [("2018-01", False)], dates


@pytest.mark.parametrize(("lang", "text", "month"), [
    ("pl", "Wypadek wydarzył się w listopadzie na linii Mediolan–Werona.", "2026-11"),
    ("pl", "Semafor był zgłaszany jako niesprawny we wrześniu.", "2026-09"),
])
def test_a_polish_month_in_the_locative_is_a_month(lang, text, month):
    assert [d.date for d in extract_dates(text, published=PUB, language=lang)] == [month]


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("es", "El accidente ocurrió el 16 de noviembre del 2025 cerca de Lima.", "2025-11-16"),
    ("it", "Il 3 gennaio del 2018 un treno deragliò a Pioltello.", "2018-01-03"),
])
def test_a_day_with_its_month_and_linked_year_keeps_the_day(lang, text, day):
    assert [(d.date, d.relative) for d in extract_dates(text, published=PUB, language=lang)] == [(day, False)]


def test_a_count_after_de_is_no_year():
    dates = extract_dates("La manifestación de marzo de 1500 personas recorrió el centro.", published=PUB,
                          language="es")
    assert all(not d.date.startswith("1500") for d in dates if d.date), dates
