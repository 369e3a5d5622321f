"""Tester break66d's findings on dates66's readings (stop 66, dates66b).

Publication Wednesday 2 December 2026 (last Monday 30 November, coming one 7 December). Each case read a wrong date on
dates66 before this round. H1: "through" after a past verb is main's reading ("Rescuers worked through Sunday night"
is the last Sunday). H2: a passive auxiliary keeps its participle across adverbs, conjunctions, other participles and
an aside between commas ("will be debated and passed on Monday"). M1: a participle in an absolute phrase ("with the
treaty signed on Monday") is the future's; one before the future verb it is the subject of is unsure: no date. M3: a
limit set in the present perfect holds now: the coming day however far. M2: Dutch pasts spelled as a present
("staken", "braken") read as main read them. L1: only the sure indefinite weekdays have no date."""

from __future__ import annotations

import pytest

from ._weekdays import COMING_MONDAY, LAST_MONDAY
from ._weekdays import reading as _reading

LAST_SUNDAY, COMING_SUNDAY, COMING_TUESDAY = "2026-11-29", "2026-12-06", "2026-12-08"


@pytest.mark.parametrize(("text", "target", "day"), [
    ("Rescuers worked through Sunday night to reach survivors.", "Sunday", LAST_SUNDAY),
    ("The storm raged through Sunday, leaving thousands without power.", "Sunday", LAST_SUNDAY),
    ("Fighting continued through Sunday, residents said.", "Sunday", LAST_SUNDAY),
    ("Crews battled the blaze through Monday night.", "Monday", LAST_MONDAY),
    ("Negotiators talked through Monday without a deal.", "Monday", LAST_MONDAY),
])
def test_through_after_a_past_verb_is_the_last_day(text, target, day):
    assert _reading(text, "en", target) == day


def test_through_in_a_present_clause_is_ahead():
    assert _reading("The bridge is closed through Sunday.", "en", "Sunday") == COMING_SUNDAY


@pytest.mark.parametrize(("text", "lang", "target"), [
    ("The plan will be formally and publicly presented on Monday.", "en", "Monday"),
    ("The plan will be unveiled and formally presented on Monday.", "en", "Monday"),
    ("The bill will be debated and passed on Monday.", "en", "Monday"),
    ("Le rapport sera, selon toute vraisemblance, publié lundi.", "fr", "lundi"),
    ("Les conclusions seront officiellement et publiquement présentées lundi.", "fr", "lundi"),
    ("Le texte sera examiné puis voté lundi.", "fr", "lundi"),
    ("Les résultats seront très probablement publiés lundi.", "fr", "lundi"),
    ("Le verdict sera sans doute rendu lundi.", "fr", "lundi"),
    ("El plan será muy probablemente aprobado el lunes.", "es", "lunes"),
    ("I risultati saranno con ogni probabilità pubblicati lunedì.", "it", "lunedì"),
    ("Il decreto sarà molto probabilmente approvato lunedì.", "it", "lunedì"),
])
def test_a_passive_across_adverbs_and_joined_participles_stays_ahead(text, lang, target):
    assert _reading(text, lang, target) == COMING_MONDAY


@pytest.mark.parametrize("text", [
    "The deal will be finalised this week, with the treaty signed on Monday.",
    "The minister will have the final say, with a decision taken on Monday at the earliest.",
    "Workers will be paid the wages owed, with the first payments made on Monday.",
])
def test_a_participle_in_an_absolute_phrase_beside_a_future_is_ahead(text):
    assert _reading(text, "en", "Monday") == COMING_MONDAY


def test_a_dated_participle_before_its_future_verb_is_unresolved():
    assert _reading("Los votos emitidos el lunes se contarán el martes.", "es", "lunes") is None


@pytest.mark.parametrize(("text", "lang", "target"), [
    # the object of a future verb before it: a past still (dates66)
    ("The president will sign the bill passed on Monday by the Senate.", "en", "Monday"),
    ("Il governo valuterà le proposte presentate lunedì dai sindacati.", "it", "lunedì"),
])
def test_a_dated_participle_object_of_a_future_is_the_last_monday(text, lang, target):
    assert _reading(text, lang, target) == LAST_MONDAY


@pytest.mark.parametrize(("text", "lang", "target", "day"), [
    ("Schools have been suspended until Monday.", "en", "Monday", COMING_MONDAY),
    ("The hearing has been postponed until Tuesday.", "en", "Tuesday", COMING_TUESDAY),
    ("The government has extended the curfew until Sunday.", "en", "Sunday", COMING_SUNDAY),
    ("Le gouvernement a prolongé le couvre-feu jusqu'à dimanche.", "fr", "dimanche", COMING_SUNDAY),
    ("El Gobierno ha prorrogado el estado de alarma hasta el domingo.", "es", "domingo", COMING_SUNDAY),
    ("Il governo ha prorogato il coprifuoco fino a lunedì.", "it", "lunedì", COMING_MONDAY),
])
def test_a_limit_set_in_the_present_perfect_is_the_coming_day(text, lang, target, day):
    assert _reading(text, lang, target) == day


@pytest.mark.parametrize("text", [
    "Zij staken maandag de kaarsen aan voor de slachtoffers.",
    "De inbrekers staken maandag een auto in brand.",
    "De agenten braken maandag de deur open.",
])
def test_a_dutch_past_spelled_as_a_present_is_the_last_monday(text):
    assert _reading(text, "nl", "maandag") == LAST_MONDAY


@pytest.mark.parametrize(("text", "lang", "target", "day"), [
    ("Nach einem Montag voller Chaos erholten sich die Kurse am Dienstag.", "de", "Montag", LAST_MONDAY),
    ("Na een maandag vol onrust herstelden de beurzen zich dinsdag.", "nl", "maandag", LAST_MONDAY),
    ("The series opens with Game One Monday night in Boston.", "en", "Monday", COMING_MONDAY),
    ("Sarà un lunedì nero per i pendolari, con lo sciopero dei treni.", "it", "lunedì", COMING_MONDAY),
    ("Será un lunes complicado en las carreteras.", "es", "lunes", COMING_MONDAY),
])
def test_an_article_before_a_weekday_names_one_day(text, lang, target, day):
    assert _reading(text, lang, target) == day


def test_a_german_participle_after_the_weekday_is_no_plan():
    text = "Der Minister möchte die am Montag gefallene Entscheidung nicht kommentieren."
    assert _reading(text, "de", "Montag") == LAST_MONDAY
