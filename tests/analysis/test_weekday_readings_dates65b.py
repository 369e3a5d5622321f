"""break65d: weekday readings the present-as-future and week-form rules of dates65 got wrong (stop 65, dates65b).

Publication Wednesday 2 December 2026: the last Monday is 30 November, the coming one 7 December, a week on 14.
H1: a recurring weekday ("every Monday", "jeden Montag", "Montags", "chaque lundi") is no single day: no date (main
read it as the last such day, dates65 as the coming one). H2: "Black Friday week", "Cyber Monday week" are no "Monday
week". H3, M7: a participle right before the weekday ("debris found on Monday", "votes cast on Monday", "les critiques
formulées lundi") dates a past, whatever present or "doit" the clause holds. M4: week words another word continues
("lundi en huit heures", "on Monday week on week", "a week on Monday since") or that follow a telling's day ("De
minister zei maandag volgende week …") name no weekday's week. M5: a German plural present beside a past ("…, wie die
Börse am Dienstag mitteilte") narrates it; a clause-final infinitive form is a headline's participle ("200 Arbeiter am
Montag entlassen"). Every case but the recurring ones is main's reading, which dates65 (faeb5641) lost."""

from __future__ import annotations

import pytest

from ._weekdays import A_WEEK_ON, COMING_MONDAY, LAST_MONDAY
from ._weekdays import reading as _reading


# break65d G19, G20, D24, E37, B07 (main: the last Monday; faeb5641: the coming one)
@pytest.mark.parametrize(("text", "lang", "target"), [
    ("Montags treffen sich die Minister immer in Brüssel.", "de", "Montags"),
    ("Die Minister treffen sich jeden Montag in Brüssel.", "de", "Montag"),
    ("Wie jeden Montag treffen sich die Minister in Brüssel.", "de", "Montag"),
    ("The market opens every Monday.", "en", "Monday"),
    ("Les ministres doivent se réunir chaque lundi.", "fr", "lundi"),
    ("Los ministros se reúnen todos los lunes en Bruselas.", "es", "lunes"),
    ("I ministri si riuniscono ogni lunedì a Bruxelles.", "it", "lunedì"),
    ("Ministrowie spotykają się w każdy poniedziałek w Brukseli.", "pl", "poniedziałek"),
])
def test_a_recurring_weekday_has_no_date(text, lang, target):
    assert _reading(text, lang, target) is None


@pytest.mark.parametrize(("text", "lang", "target", "day"), [
    # H2: break65d B01, B02
    ("Sales during Black Friday week rose 5 percent, the retail federation said.", "en", "Friday", "2026-11-27"),
    ("Retailers reported record sales in Cyber Monday week.", "en", "Monday", LAST_MONDAY),
    # H3: break65d E05, E18, E31, E48, E49, E52-E55
    ("Crews are restoring power cut on Monday across the region.", "en", "Monday", LAST_MONDAY),
    ("Officials are counting postal votes cast on Monday.", "en", "Monday", LAST_MONDAY),
    ("She is visiting victims hurt on Monday in the attack.", "en", "Monday", LAST_MONDAY),
    ("Fans are still celebrating victory on Monday.", "en", "Monday", LAST_MONDAY),
    ("Residents are cleaning up damage done on Monday.", "en", "Monday", LAST_MONDAY),
    ("Officials are assessing buildings shaken on Monday by the quake.", "en", "Monday", LAST_MONDAY),
    ("Investigators are examining debris found on Monday.", "en", "Monday", LAST_MONDAY),
    ("Police are seeking witnesses seen on Monday near the bank.", "en", "Monday", LAST_MONDAY),
    ("Voters are reacting to results given on Monday.", "en", "Monday", LAST_MONDAY),
    # M7: break65d F05, F07, F08
    ("La police doit encore identifier la victime de l'accident survenu lundi.", "fr", "lundi", LAST_MONDAY),
    ("Le gouvernement doit répondre aux critiques formulées lundi par l'opposition.", "fr", "lundi", LAST_MONDAY),
    ("Le ministre doit s'expliquer sur les propos tenus lundi.", "fr", "lundi", LAST_MONDAY),
    # M4: break65d W05, W06, W19, W22, B06, W28, W31, W34
    ("It will be a week on Monday since the flood hit the town.", "en", "Monday", COMING_MONDAY),
    ("Retail sales fell 3% on Monday week on week.", "en", "Monday", LAST_MONDAY),
    ("Le Parlement a adopté le texte lundi en huit heures de débat.", "fr", "lundi", LAST_MONDAY),
    ("L'équipe s'est imposée lundi en huit manches.", "fr", "lundi", LAST_MONDAY),
    ("Il est revenu lundi en huit jours de voyage.", "fr", "lundi", LAST_MONDAY),
    ("De minister zei maandag volgende week met een voorstel te komen.", "nl", "maandag", LAST_MONDAY),
    ("Minister zapowiedział w poniedziałek w przyszłym tygodniu nowe przepisy.", "pl", "poniedziałek", LAST_MONDAY),
    ("Министр заявил в понедельник на следующей неделе представить законопроект.", "ru", "понедельник",
     LAST_MONDAY),
    # M5: break65d D11, D18, D22, G01, G02, D25
    ("Am Montag treffen sich die Außenminister zum letzten Mal in diesem Jahr. Sie beschlossen neue Sanktionen.",
     "de", "Montag", LAST_MONDAY),
    ("Am Montag demonstrieren in Berlin Tausende gegen die Reform; die Polizei zählte 20.000 Teilnehmer.", "de",
     "Montag", LAST_MONDAY),
    ("Die Kurse fallen am Montag um drei Prozent, wie die Börse am Dienstag mitteilte.", "de", "Montag",
     LAST_MONDAY),
    ("200 Arbeiter am Montag entlassen.", "de", "Montag", LAST_MONDAY),
    ("Botschafter am Montag im Kanzleramt empfangen.", "de", "Montag", LAST_MONDAY),
    ("Die Zahlen, die wir am Montag erhalten haben, zeigen einen Anstieg.", "de", "Montag", LAST_MONDAY),
])
def test_main_reading_kept(text, lang, target, day):
    assert _reading(text, lang, target) == day


# what dates65 reads ahead and these rules keep (break65d better rows; a participle after a verb is its predicate)
@pytest.mark.parametrize(("text", "lang", "target", "day"), [
    ("Die Minister treffen sich am Montag in Brüssel.", "de", "Montag", COMING_MONDAY),
    ("The ministers are holding talks on Monday.", "en", "Monday", COMING_MONDAY),
    ("Le texte doit être examiné lundi.", "fr", "lundi", COMING_MONDAY),
    ("Les écoles resteront fermées lundi.", "fr", "lundi", COMING_MONDAY),
    ("Le scuole restano chiuse lunedì.", "it", "lunedì", COMING_MONDAY),
    ("The vote is on Monday week.", "en", "Monday", A_WEEK_ON),
    ("Le vote aura lieu lundi en huit à Paris.", "fr", "lundi", A_WEEK_ON),
])
def test_readings_ahead_kept(text, lang, target, day):
    assert _reading(text, lang, target) == day


# a participle of scheduling names the day the thing is set for, not a past (main reads these ahead too)
@pytest.mark.parametrize(("text", "lang", "target"), [
    ("Los ministros van a asistir a la reunión convocada el lunes.", "es", "lunes"),
    ("The ministers are attending talks scheduled on Monday.", "en", "Monday"),
])
def test_a_participle_of_scheduling_keeps_the_day_ahead(text, lang, target):
    assert _reading(text, lang, target) == COMING_MONDAY
