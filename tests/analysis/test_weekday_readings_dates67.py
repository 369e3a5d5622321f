"""Two weekday readings of issue #12's open list (stop 67, dates67).

Publication Wednesday 2 December 2026: the last Monday is 30 November, the coming one 7 December; the coming Friday
is 4 December, the last one 27 November. 1: a German or Dutch participle set before its noun with the weekday between
its determiner and it ("die am Montag geäußerte Kritik", "de op maandag geuite kritiek") dates the participle's act,
a past, whatever future the clause holds (main read "Die am Montag geäußerte Kritik wird der Minister beantworten" as
the coming Monday); a participle of a plan ("geplante", "verwachte") is left to the clause. 2: "until" a weekday
after a pluperfect act that sets a limit ("Trains had been halted until Friday", «avaient été suspendus jusqu'à
vendredi», «habían sido suspendidas hasta el viernes») is a limit set before another past: run out on the last Friday
or still ahead, unsure, so no date (main read the coming Friday); a simple past or a present perfect keeps its
reading (dates66)."""

from __future__ import annotations

import pytest

from ._weekdays import COMING_MONDAY, LAST_MONDAY
from ._weekdays import reading as _reading

COMING_FRIDAY = "2026-12-04"


@pytest.mark.parametrize(("text", "lang", "target"), [
    ("Die am Montag geäußerte Kritik wird der Minister beantworten.", "de", "Montag"),
    ("Der am Montag gewählte Präsident wird am Freitag vereidigt.", "de", "Montag"),
    ("Den am Montag vorgelegten Bericht wird der Ausschuss prüfen.", "de", "Montag"),
    ("De op maandag geuite kritiek zal de minister beantwoorden.", "nl", "maandag"),
    ("Het op maandag gepubliceerde rapport zal de commissie bespreken.", "nl", "maandag"),
])
def test_a_participle_before_its_noun_dates_a_past(text, lang, target):
    assert _reading(text, lang, target) == LAST_MONDAY


@pytest.mark.parametrize(("text", "lang", "target"), [
    # a participle of a plan may date what is to come: the clause's future, as on main
    ("Die am Montag geplante Sitzung wird in Brüssel stattfinden.", "de", "Montag"),
    ("De op maandag verwachte beslissing zal veel veranderen.", "nl", "maandag"),
    # a plan participle with a particle, a present participle: no past (break67d R10, R13)
    ("Die am Montag eingeplante Sitzung wird in Brüssel stattfinden.", "de", "Montag"),
    ("Die am Montag angesetzte Sitzung wird in Brüssel stattfinden.", "de", "Montag"),
    ("De op maandag beginnende staking zal drie dagen duren.", "nl", "maandag"),
    # no participle before a noun: the clause's tense, as on main
    ("Die Sitzung wird am Montag stattfinden.", "de", "Montag"),
    ("Der Minister wird die Kritik am Montag beantworten.", "de", "Montag"),
])
def test_a_plan_or_a_clause_of_the_future_stays_ahead(text, lang, target):
    assert _reading(text, lang, target) == COMING_MONDAY


@pytest.mark.parametrize(("text", "lang", "target"), [
    ("Trains had been halted until Friday.", "en", "Friday"),
    ("The government had extended the curfew until Friday.", "en", "Friday"),
    ("Les cours avaient été suspendus jusqu'à vendredi.", "fr", "vendredi"),
    ("Le gouvernement avait prolongé le couvre-feu jusqu'à vendredi.", "fr", "vendredi"),
    ("Las clases habían sido suspendidas hasta el viernes.", "es", "viernes"),
    ("El Gobierno había prorrogado el toque de queda hasta el viernes.", "es", "viernes"),
])
def test_a_limit_set_by_a_pluperfect_is_unresolved(text, lang, target):
    assert _reading(text, lang, target) is None


@pytest.mark.parametrize(("text", "lang", "target"), [
    ("Trains were halted until Friday.", "en", "Friday"),
    ("Trains have been halted until Friday.", "en", "Friday"),
    ("Les cours ont été suspendus jusqu'à vendredi.", "fr", "vendredi"),
    ("El Gobierno prorrogó el toque de queda hasta el viernes.", "es", "viernes"),
    # a pluperfect in reported speech: the telling's backshift of a limit that holds (break67d U01, R15, R24)
    ("The operator said trains had been halted until Friday.", "en", "Friday"),
    ("Las clases habían sido suspendidas hasta el viernes, dijo el ministerio.", "es", "viernes"),
])
def test_a_limit_set_by_a_past_or_a_perfect_stays_the_coming_day(text, lang, target):
    assert _reading(text, lang, target) == COMING_FRIDAY


@pytest.mark.parametrize(("text", "lang", "target", "date"), [
    ("The train derailed on the 30th.", "en", "30th", "2026-11-30"),  # after Wednesday 2 December: last month's
    ("On the 1st, the train derailed.", "en", "1st", "2026-12-01"),
    ("The talks will resume on the 8th.", "en", "8th", "2026-12-08"),  # a future: the next one
    ("On the 8th, talks will resume in Geneva.", "en", "8th", "2026-12-08"),  # the tense after a day that opens
    ("The vote is scheduled on the 5th at 10 a.m.", "en", "5th", "2026-12-05"),
    ("El tren descarriló el día 1 por la mañana.", "es", "día 1", "2026-12-01"),
])
def test_a_bare_day_of_the_month_is_counted_from_publication(text, lang, target, date):
    assert _reading(text, lang, target) == date


@pytest.mark.parametrize(("text", "lang", "target"), [
    ("The fire started on the 5th floor.", "en", "5th"),
    ("He won on the 3rd attempt.", "en", "3rd"),
    ("The train derailed on the 31st.", "en", "31st"),  # November has no 31st: no day invented
    ("El día 5 de cada mes se paga la cuota.", "es", "día 5"),
    # ordinals of a count, a month in the sentence (break67d R04, R05, R08, R09, V01, Y04)
    ("The strike will take place on the 5th and 6th of March.", "en", "on the 5th"),
    ("In October, the council voted on the 5th.", "en", "5th"),
    ("Fire crews fought the blaze on the 5th, 6th and 7th floors.", "en", "5th"),
    ("Woods made a bogey on the 5th and a birdie on the 7th.", "en", "5th"),
    ("Leaders signed the deal on the 3rd and final day of the summit.", "en", "3rd"),
    ("Shares fell on the 3rd in a row of losing sessions.", "en", "3rd"),
    ("La huelga se celebrará el día 5 y el día 6 de marzo.", "es", "día 5"),
])
def test_no_bare_day_without_a_day_of_the_month(text, lang, target):
    from storylens.analysis.quantities import extract_dates

    assert [d for d in extract_dates(text, published="2026-12-02",
                                     language=lang) if d.date and target.lower() in d.text.lower()] == []
