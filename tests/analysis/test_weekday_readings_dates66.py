"""Issue #12's open date-reading findings (stop 66, dates66).

Publication Wednesday 2 December 2026: the last Monday is 30 November, the coming one 7 December; the coming Saturday
is 5 December (3 days on), the last one 28 November. 1: a participle that dates a thing made or said, or an event
("les critiques formulées lundi", "el informe publicado el lunes", "criticism voiced on Monday") keeps its weekday the
past one beside an inflected future or "will". 2: "until" a weekday after a past act that sets a limit ("were
suspended", "a prolongé", "fueron suspendidas") is the limit it set, ahead when the coming day is near (a state, "stayed
open until Saturday", still looks back; a far one is left unresolved). 3: a German plan (wollen, möchten +
infinitive) is ahead whatever the tense of the telling beside it. 4: a Dutch plural present is a future, as the German
one. 5: an indefinite weekday ("eines Montags", "one Monday", "un lundi") names no day."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_dates

from ._weekdays import COMING_MONDAY, LAST_MONDAY, WEDNESDAY
from ._weekdays import reading as _reading

COMING_SATURDAY, LAST_SATURDAY = "2026-12-05", "2026-11-28"


@pytest.mark.parametrize(("text", "lang", "target"), [
    ("Il ministro risponderà alle critiche formulate lunedì.", "it", "lunedì"),
    ("El ministro responderá a las críticas formuladas el lunes.", "es", "lunes"),
    ("Le gouvernement examinera les mesures prises lundi par Bruxelles.", "fr", "lundi"),
    ("Il governo esaminerà il rapporto pubblicato lunedì.", "it", "lunedì"),
    ("The minister will respond to criticism voiced on Monday.", "en", "Monday"),
    ("The committee will examine the report published on Monday.", "en", "Monday"),
])
def test_a_dated_participle_beside_a_future_is_the_last_monday(text, lang, target):
    assert _reading(text, lang, target) == LAST_MONDAY


@pytest.mark.parametrize(("text", "lang", "target"), [
    ("Le rapport sera publié lundi.", "fr", "lundi"),
    ("The report will be published on Monday.", "en", "Monday"),
    ("El informe será publicado el lunes.", "es", "lunes"),
    ("Le ministre recevra les blessés lundi.", "fr", "lundi"),
    # a passive with an adverb before its participle is the clause's future still
    ("The plan will be formally presented on Monday.", "en", "Monday"),
    ("Le rapport sera officiellement publié lundi.", "fr", "lundi"),
    ("Il rapporto sarà ufficialmente pubblicato lunedì.", "it", "lunedì"),
])
def test_a_passive_or_a_noun_beside_a_future_stays_ahead(text, lang, target):
    assert _reading(text, lang, target) == COMING_MONDAY


@pytest.mark.parametrize(("text", "lang", "target"), [
    ("Schools were suspended until Saturday.", "en", "Saturday"),
    ("Flights were suspended through Saturday.", "en", "Saturday"),
    ("The trial was adjourned until Saturday.", "en", "Saturday"),
    ("Les cours ont été suspendus jusqu'à samedi.", "fr", "samedi"),
    ("Las clases fueron suspendidas hasta el sábado.", "es", "sábado"),
    ("Le lezioni sono state sospese fino a sabato.", "it", "sabato"),
    ("The road is closed through Saturday.", "en", "Saturday"),
])
def test_a_limit_set_by_a_past_act_is_the_coming_day(text, lang, target):
    assert _reading(text, lang, target) == COMING_SATURDAY


@pytest.mark.parametrize(("text", "lang", "target"), [
    ("The shop stayed open until Saturday.", "en", "Saturday"),
    ("The market stayed open through Saturday.", "en", "Saturday"),
    ("Schools remained suspended until Saturday.", "en", "Saturday"),
    ("Le magasin est resté ouvert jusqu'à samedi.", "fr", "samedi"),
    ("La tienda permaneció abierta hasta el sábado.", "es", "sábado"),
    ("Il negozio è rimasto aperto fino a sabato.", "it", "sabato"),
])
def test_a_past_state_until_a_weekday_is_the_last_one(text, lang, target):
    assert _reading(text, lang, target) == LAST_SATURDAY


@pytest.mark.parametrize(("text", "lang", "target"), [
    # of a Wednesday, the coming Monday is 5 days on and the last one 2 days back: the limit may have run out
    ("Schools were suspended until Monday.", "en", "Monday"),
    ("The government extended the curfew until Monday.", "en", "Monday"),
    ("El Gobierno prorrogó el toque de queda hasta el lunes.", "es", "lunes"),
    ("Il governo prorogò il coprifuoco fino a lunedì.", "it", "lunedì"),
    # of its own weekday: today or a week on
    ("Schools were suspended until Wednesday.", "en", "Wednesday"),
])
def test_a_limit_set_by_a_past_act_far_ahead_is_unresolved(text, lang, target):
    assert _reading(text, lang, target) is None


def test_a_present_limit_far_ahead_stays_ahead():
    assert _reading("Schools are suspended until Monday.", "en", "Monday") == COMING_MONDAY


@pytest.mark.parametrize("text", [
    "Die Minister wollen am Montag entscheiden, sagt ein Sprecher.",
    "Die Regierung möchte am Montag entscheiden, sagt ein Sprecher.",
    "Ein Sprecher sagt, die Regierung wolle am Montag entscheiden.",
    "Die Minister wollen am Montag entscheiden, sagte ein Sprecher.",
])
def test_a_german_plan_beside_a_telling_is_ahead(text):
    assert _reading(text, "de", "Montag") == COMING_MONDAY


def test_a_german_past_plan_stays_the_last_monday():
    assert _reading("Die Minister wollten am Montag entscheiden, sagt ein Sprecher.", "de", "Montag") == LAST_MONDAY


@pytest.mark.parametrize("text", [
    "De ministers vergaderen maandag.",
    "De ministers vergaderen maandag in Brussel over de begroting.",
])
def test_a_dutch_plural_present_is_ahead(text):
    assert _reading(text, "nl", "maandag") == COMING_MONDAY


@pytest.mark.parametrize("text", [
    "De ministers vergaderden maandag.",
    "De ministers hebben maandag vergaderd.",
    "De koersen dalen maandag fors, zo meldde de beurs.",
    "De koersen dalen maandag fors. Handelaren spraken van paniek.",
])
def test_a_dutch_past_or_a_told_present_is_the_last_monday(text):
    assert _reading(text, "nl", "maandag") == LAST_MONDAY


@pytest.mark.parametrize(("text", "lang", "target"), [
    ("Eines Montags im Herbst kam er zurück.", "de", "Montags"),
    ("An einem Montag im März begann der Streik.", "de", "Montag"),
    ("One Monday in autumn he came back.", "en", "Monday"),
    ("The attack happened on a Monday.", "en", "Monday"),
    ("Un lundi d'automne, il est revenu.", "fr", "lundi"),
    ("Un lunes de octubre llegó la carta.", "es", "lunes"),
    ("Un lunedì di ottobre arrivò la lettera.", "it", "lunedì"),
    ("Op een maandag in oktober kwam de brief.", "nl", "maandag"),
    ("Numa segunda-feira de outubro chegou a carta.", "pt", "segunda-feira"),
])
def test_an_indefinite_weekday_has_no_date(text, lang, target):
    assert _reading(text, lang, target) is None


def test_a_genitive_of_one_day_keeps_its_date():
    # "des Montags" is one day's genitive (break65d2 H08), no indefinite one
    assert _reading("Die Polizei war im Verlauf des gesamten Montags im Einsatz.", "de", "Montags") == LAST_MONDAY
    assert [d.date for d in extract_dates("Le ministre est arrivé lundi.", published=WEDNESDAY,
                                          language="fr")] == [LAST_MONDAY]
