"""final37 §3: ru "цены с октября выросли на 0,4%" (prices rose 0.4% from/since October) had no period, so it
was set against en "5.2% year on year in October" as a conflict. It is led20's "from <month>" kind
(final35 F3a): the spaced from-words of ru/uk ("с", "со"; "з", "із", "від") and de "seit" before a month
mark a month-on-month change; a month with a year or a day stays a date."""
from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers


def _percent_measures(text: str, lang: str) -> list[str | None]:
    return [q.measure for q in extract_numbers(text, lang) if q.unit == "%"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Потребительские цены с октября выросли на 0,4%.", "ru"),
    ("Цены выросли на 0,4% с октября.", "ru"),
    ("Цены на жильё со сентября подорожали на 1,2%.", "ru"),
    ("Ціни з жовтня зросли на 0,4%.", "uk"),
    ("Ціни від березня зросли на 0,7%.", "uk"),
    ("Die Preise sind seit Oktober um 0,4 Prozent gestiegen.", "de"),
])
def test_a_percentage_from_a_month_is_month_on_month(text, lang):
    measures = _percent_measures(text, lang)
    assert measures and all(m is not None and "month on month" in m for m in measures)


@pytest.mark.parametrize(("text", "lang"), [
    ("Цены выросли на 0,4% с октября 2023 года.", "ru"),
    ("Цены выросли на 3,1% с 1 октября.", "ru"),
    ("Цены выросли на 3,1% с октября прошлого года.", "ru"),
    ("Ціни зросли на 3,1% з жовтня минулого року.", "uk"),
    ("Die Preise sind seit Oktober 2023 um 3,1 Prozent gestiegen.", "de"),
])
def test_a_month_with_its_year_or_day_is_no_month_on_month(text, lang):
    assert not any(m and "month on month" in m for m in _percent_measures(text, lang))
