"""fielddates78 (tester fieldcases78, de-dates t1-t4): a day and a one-digit month with dots and no year ("(13.1.)",
"am 6.1.") is a date in brackets or after a preposition of time, a date beside its weekday ("am Donnerstag
(6.1.2022)") dates the weekday, and "06.01.22" (a two-digit year) is read, in every language that writes d.m."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_dates, extract_numbers

PUB = "2022-01-14"


def _dates(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.date) for d in extract_dates(text, published=PUB, language=lang)]


@pytest.mark.parametrize(("lang", "text", "written", "date"), [
    ("de", "Am Donnerstag (13.1.) hat der Landtag in Graz das neue Baugesetz beschlossen.", "13.1.", "2022-01-13"),
    ("de", "Die Regierung hat am Freitag (14.1.) ein neues Wahlgesetz beschlossen.", "14.1.", "2022-01-14"),
    ("de", "Die Opposition hatte am 10.1. dagegen protestiert.", "10.1.", "2022-01-10"),
    ("de", "Der Bundestag hatte das Gesetz am 6.1. beschlossen.", "6.1.", "2022-01-06"),
    ("pl", "Sejm przyjął w czwartek (13.1.) nową ustawę o szkołach.", "13.1.", "2022-01-13"),
    ("cs", "Zastupitelstvo v Brně schválilo ve čtvrtek (13.1.) nový rozpočet.", "13.1.", "2022-01-13"),
    ("nl", "De gemeenteraad van Utrecht heeft op 13.1. de nieuwe begroting aangenomen.", "13.1.", "2022-01-13"),
    ("de", "Laut Protokoll vom 06.01.22 hatte der Finanzausschuss den Entwurf gebilligt.", "06.01.22", "2022-01-06"),
    ("pl", "Według protokołu z 06.01.22 komisja poparła projekt.", "06.01.22", "2022-01-06"),
    ("ru", "Проект был представлен 06.01.22 в Москве.", "06.01.22", "2022-01-06"),
    ("tr", "Toplantı 06.01.22 tarihinde yapıldı.", "06.01.22", "2022-01-06"),
])
def test_short_day_month_and_two_digit_year_are_dates(lang, text, written, date):
    assert (written, date) in _dates(text, lang)
    assert not [n for n in extract_numbers(text, language=lang) if n.text.rstrip(".") in written]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Der Entwurf war am Donnerstag (6.1.2022) vorgestellt worden."),
    ("cs", "Návrh byl představen ve čtvrtek (6.1.2022) na radnici."),
    ("nl", "Het ontwerp was op donderdag (6.1.2022) gepresenteerd."),
])
def test_the_date_in_brackets_dates_its_weekday(lang, text):
    # published on a Friday: alone, the weekday was the Thursday before (13 January), a second timeline row
    assert {d for _, d in _dates(text, lang)} == {"2022-01-06"}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Siehe Abschnitt 3.1. des Berichts."),
    ("de", "Die Software 1.2.34 ist da."),
    ("en", "Version 2.1.10 was released."),
])
def test_section_and_version_numbers_stay_undated(lang, text):
    assert _dates(text, lang) == []
