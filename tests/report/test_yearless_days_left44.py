"""Dates written without a year in two undated reports are compared by their day and month only, and a deadline
("by", "d'ici le", "entro il", "بحلول") is compared with another language's limit («до», "bis zum").

trial56 n3: uk «Рух трамваїв … відновлять до 8 листопада.» / de "… soll bis zum 8. November wieder aufgenommen
werden." was a false "date: 8 листопада. vs 8. November": read against the placeholder day, one reading took the 8
November before it and the other the one after (a year apart). trial55 p7: "demolition should be finished by Sept.
25" / "Die Abrissarbeiten sollen … bis zum 20. September dauern" was no date conflict ("by" dated an event, "bis
zum" a limit). No year is ever shown or taken from the clock."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.quantities import extract_dates
from storylens.analysis.quantities._date_compare import date_role
from storylens.report.pipeline import _in_year, _Measures


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s5", text, 0, len(text), lang)


def _undated() -> _Measures:
    return _Measures({})  # neither report carries a date: the yearless comparison


# (text, language) pairs saying the trams resume by 8 November
SAME_DAY = [
    ("Рух трамваїв на Городоцькій відновлять до 8 листопада.", "uk",
     "Der Straßenbahnverkehr auf der Horodozka-Straße soll bis zum 8. November wieder aufgenommen werden.", "de"),
    ("Рух трамваїв на Городоцькій відновлять до 8 листопада", "uk",  # without the sentence's full stop
     "Der Straßenbahnverkehr auf der Horodozka-Straße soll bis zum 8. November wieder aufgenommen werden.", "de"),
    ("ستستأنف حركة الترام بحلول 8 نوفمبر.", "ar", "Tram services will resume by 8 November.", "en"),
    ("Движение трамваев возобновят до 8 ноября.", "ru", "Tram services will resume by 8 November.", "en"),
    ("Ruch tramwajów zostanie wznowiony do 8 listopada.", "pl", "Le trafic des tramways reprendra d'ici le 8 novembre.", "fr"),
    ("Il traffico dei tram riprenderà entro il 8 novembre.", "it", "Der Straßenbahnverkehr soll bis zum 8. November wieder aufgenommen werden.", "de"),
]


@pytest.mark.parametrize(("a", "la", "b", "lb"), SAME_DAY)
def test_one_day_without_a_year_is_no_date_conflict(a, la, b, lb):
    measures = _undated()
    assert measures.days_differ(_unit("d1", a, la), _unit("d2", b, lb)) == []
    assert measures.days_differ(_unit("d1", b, lb), _unit("d2", a, la)) == []


@pytest.mark.parametrize(("a", "la", "b", "lb", "line"), [
    ("Рух трамваїв відновлять до 9 листопада.", "uk",
     "Der Straßenbahnverkehr soll bis zum 8. November wieder aufgenommen werden.", "de",
     "date: 9 листопада. vs 8. November"),
    ("Tram services will resume by 9 November.", "en", "Движение трамваев возобновят до 8 ноября.", "ru",
     "date: 9 November. vs 8 ноября."),
    ("ستستأنف حركة الترام بحلول 9 نوفمبر.", "ar", "Tram services will resume by 8 November.", "en",
     "date: 9 نوفمبر. vs 8 November."),
    ("The bus overturned on 16 November near Innsbruck, police said.", "en",
     "Der Bus stürzte am 17. November bei Innsbruck um, teilte die Polizei mit.", "de",
     "date: 16 November vs 17. November"),
])
def test_two_days_without_a_year_still_conflict_with_no_year_shown(a, la, b, lb, line):
    assert _undated().days_differ(_unit("d1", a, la), _unit("d2", b, lb)) == [line]


def test_a_yearless_date_keeps_its_month_and_day_and_its_range():
    (until,) = extract_dates("Рух відновлять до 8 листопада.", published="2000-07-01", language="uk")
    moved = _in_year(until, "2000")
    assert moved.date == "2000-11-08" and moved.text == until.text
    ranged = type(until)(text="28 December to 2 January", date="1999-12-28", until="2000-01-02", precision="day")
    assert (_in_year(ranged, "2000").date, _in_year(ranged, "2000").until) == ("2000-12-28", "2001-01-02")


@pytest.mark.parametrize(("text", "lang"), [
    ("The city said demolition should be finished by Sept. 25.", "en"),
    ("La ville a indiqué que la démolition serait achevée d'ici le 25 septembre.", "fr"),
    ("Il comune ha detto che la demolizione sarà completata entro il 25 settembre.", "it"),
    ("Die Abrissarbeiten sollen nach Angaben der Stadt bis zum 25. September dauern.", "de"),
    ("قالت المدينة إن الهدم سينتهي بحلول 25 سبتمبر.", "ar"),
])
def test_a_deadline_is_a_limit_in_every_language(text, lang):
    (date,) = [d for d in extract_dates(text, published="2024-09-12", language=lang) if d.date]
    assert date_role(text, date, lang) == "limit"


@pytest.mark.parametrize(("text", "lang"), [
    ("The bridge was hit by a ship on 25 September.", "en"),  # "by" that is no deadline's
    ("La ville a été touchée le 25 septembre.", "fr"),
])
def test_a_day_without_a_deadline_word_stays_the_events(text, lang):
    (date,) = [d for d in extract_dates(text, published="2024-09-30", language=lang) if d.date]
    assert date_role(text, date, lang) == "event"


def test_a_deadline_against_another_languages_limit_is_compared():
    measures = _Measures({"d1": "2024-09-12", "d2": "2024-09-12"})
    de = _unit("d1", "Die Abrissarbeiten sollen nach Angaben der Stadt bis zum 20. September dauern.", "de")
    en = _unit("d2", "The city said demolition should be finished by Sept. 25.", "en")
    assert measures.days_differ(de, en) == ["date: 20. September (2024-09-20) vs Sept. 25 (2024-09-25)"]
    same = _unit("d2", "The city said demolition should be finished by Sept. 20.", "en")
    assert measures.days_differ(de, same) == []
