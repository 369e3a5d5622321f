"""dedates79 (issue #12, field-case kind de-dates): a day and month written with dots and no year was a date only with
a month of two digits ("(13.01.)"): "Donnerstag (13.1.)", "am 10.1." were the numbers 13.1 and 10.1, "vom 06.01.22"
(a year of two digits) no date, and "am Donnerstag (6.1.2022)" took the Thursday before publication (2022-01-13)
beside the day it names. A "d.m." is read now on evidence that it is a date: a weekday right before it, a word of the
language that stands before such days (text data "day_month_prepositions") with the trailing dot, a day range
("10.-14.1."). Decimals, section and version numbers stay numbers (stop 78's reading after any bracket or "bei"/"in"
was reverted for them)."""

import pytest

from storylens.analysis.quantities import extract_dates, extract_numbers

PUB = "2022-01-14"


def _days(text: str, lang: str, published: str | None = PUB) -> list[str]:
    return sorted({d.date for d in extract_dates(text, published=published, language=lang)
                   if d.date and len(d.date) == 10 and any(c.isdigit() for c in d.text)})


def _numbers(text: str, lang: str) -> list[float]:
    return [q.value for q in extract_numbers(text, lang) if q.value is not None]


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("de", "Am Donnerstag (13.1.) hat der Landtag in Graz das neue Baugesetz beschlossen.", "2022-01-13"),
    ("de", "Die Regierung hat am Freitag (14.1.) ein neues Wahlgesetz beschlossen.", "2022-01-14"),
    ("de", "Die Opposition hatte am 10.1. dagegen protestiert.", "2022-01-10"),
    ("de", "Der Bundestag hatte das Gesetz am 6.1. beschlossen.", "2022-01-06"),
    ("de", "Am Donnerstag, 13.1., tagte der Rat.", "2022-01-13"),
    ("de", "Die Straße ist seit 3.1. gesperrt.", "2022-01-03"),
    ("de", "Die Frist läuft bis 31.1. weiter.", "2022-01-31"),
    ("de", "Das Treffen am 6.1. in Berlin war kurz.", "2022-01-06"),
    ("de", "Die Messe läuft vom 10.-14.1. in Wien.", "2022-01-10"),
    ("de", "Laut Protokoll vom 06.01.22 hatte der Finanzausschuss den Entwurf gebilligt.", "2022-01-06"),
    ("pl", "W czwartek (13.1.) Sejm przyjął ustawę.", "2022-01-13"),
    ("pl", "Ustawę przyjęto dnia 13.1. w Sejmie.", "2022-01-13"),
    ("ru", "В четверг (13.01) Госдума приняла закон.", "2022-01-13"),
    ("cs", "Ve čtvrtek (13.1.) schválila vláda zákon.", "2022-01-13"),
    ("tr", "Meclis Perşembe (13.1.) günü yasayı kabul etti.", "2022-01-13"),
])
def test_day_month_with_evidence_is_a_date_not_a_number(lang, text, day):
    assert day in _days(text, lang)
    assert not [v for v in _numbers(text, lang) if v != int(v)]  # no 13.1, 10.1, 6.1 left as a figure


def test_day_range_spans_its_days():
    (d,) = [d for d in extract_dates("Die Messe läuft vom 10.-14.1. in Wien.", published=PUB, language="de")]
    assert (d.date, d.until) == ("2022-01-10", "2022-01-14")


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Inflation lag am 6.1 Prozent höher."),  # no trailing dot
    ("de", "Siehe Abschnitt in 3.5 des Berichts."),
    ("de", "Bei 2.4 Prozent Wachstum bleibt es."),
    ("de", "Die Version 2.1.3 wurde veröffentlicht."),
    ("de", "Nach § 3.1. des Vertrags ist das verboten."),
    ("de", "Der Umsatz stieg auf 13.1 Mio Euro."),
    ("de", "Die Quote lag bei 13.1."),
    ("de", "Kapitel 4.2. beschreibt die Methode."),
    ("de", "Das Update 10.1.22 behebt Fehler."),  # a version: day and month not of two digits
    ("de", "Das Archiv vom 06.01.15 wurde gelöscht."),  # a year of two digits far from publication
    ("ko", "정부는 22.01.06 발표했다."),  # Korean writes the year first
    ("pl", "Wzrost wyniósł w czwartek 3.1 proc."),  # a decimal after a weekday, no dot, no bracket
    ("de", "Die Werte stiegen von 2.8 bis 3.1."),  # a range of figures
    ("de", "Am Freitag (2.5%) stieg der Kurs."),
    ("cs", "Podle bodu 3.1. smlouvy."),
])
def test_numbers_without_evidence_stay_no_dates(lang, text):
    assert _days(text, lang) == []


def test_no_year_without_a_publication_date():
    dates = extract_dates("Die Opposition hatte am 10.1. dagegen protestiert.", published=None, language="de")
    assert [d.date for d in dates] == [None]  # a date, but not the clock's year
    assert _numbers("Die Opposition hatte am 10.1. dagegen protestiert.", "de") == []


@pytest.mark.parametrize(("text", "day"), [
    ("Der Entwurf war am Donnerstag (6.1.2022) vorgestellt worden.", "2022-01-06"),
    ("Am Mittwoch (5.1.) kam es zu Protesten.", "2022-01-05"),
    ("Der Entwurf war am Donnerstag (7.1.2022) vorgestellt worden.", "2022-01-07"),  # the written date wins
])
def test_weekday_takes_the_date_written_beside_it(text, day):
    assert {d.date for d in extract_dates(text, published=PUB, language="de")} == {day}
