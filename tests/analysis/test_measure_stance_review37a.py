"""review37a M2: a measure's stance needs the measure, and two stances conflict only on one measure.

Before: "Die Polizei hob den Verletzten auf eine Trage" (lifted the injured man onto a stretcher) and
"Rescuers reopened the search" were a measure "lifted", "the case remains closed" one "kept", and
report.pipeline._measure_stance_conflict compared the two stances of any aligned pair, whatever each named
("the airport reopened" against "the railway will stay closed" was a conflict)."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.conflicts import measure_keys, measure_stance, same_measure
from storylens.report.pipeline import _measure_stance_conflict


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Polizei hob den Verletzten auf eine Trage.", "de"),
    ("Die Sanitäter hoben das Kind auf die Liege.", "de"),
    ("Rescuers reopened the search on Tuesday.", "en"),
    ("Officials said the case remains closed.", "en"),
    ("The market stayed closed on Monday for the holiday.", "en"),
    ("Police lifted the body from the river.", "en"),
    ("Les secouristes ont rouvert l'enquête mardi.", "fr"),
    ("Le dossier reste fermé, selon le parquet.", "fr"),
    ("Los rescatistas reabrieron la búsqueda el martes.", "es"),
    ("Спасатели снова открыли дело.", "ru"),
])
def test_no_measure_no_stance(text, lang):
    assert measure_stance(text, lang) is None


@pytest.mark.parametrize(("text", "lang", "stance"), [
    ("Die Behörden hoben die Ausgangssperre am Sonntag auf.", "de", "lifted"),
    ("Der Flughafen wurde am Montag wieder geöffnet.", "de", "lifted"),
    ("The airport reopened on Monday.", "en", "lifted"),
    ("Runway two will stay closed.", "en", "kept"),
    ("L'aéroport a rouvert lundi.", "fr", "lifted"),
    ("La frontière restera fermée jusqu'à lundi.", "fr", "kept"),
    ("Piste zwei bleibt gesperrt.", "de", "kept"),
])
def test_a_measure_named_keeps_its_stance(text, lang, stance):
    assert measure_stance(text, lang) == stance


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}-s1", text, 0, len(text), lang)


@pytest.mark.parametrize(("a", "b"), [
    (("The airport reopened on Monday.", "en"), ("Die Bahnstrecke bleibt bis Freitag gesperrt.", "de")),
    (("The authorities lifted the curfew on Sunday.", "en"), ("La frontière restera fermée jusqu'à lundi.", "fr")),
    (("Les autorités ont levé le couvre-feu dimanche.", "fr"), ("Die Straße bleibt bis Montag gesperrt.", "de")),
    (("The border crossing reopened on Monday.", "en"), ("Die Schulen bleiben geschlossen.", "de")),
])
def test_two_measures_are_no_conflict(a, b):
    assert measure_stance(*a) and measure_stance(*b) and measure_stance(*a) != measure_stance(*b)
    assert _measure_stance_conflict(_unit("d1", *a), _unit("d2", *b)) == []


@pytest.mark.parametrize(("a", "b", "expected"), [
    (("The motorway operator Asfinag said the road would stay closed until Monday.", "en"),
     ("Der Autobahnbetreiber Asfinag hob die Sperre der Straße am Sonntagabend auf.", "de"), "measure: d1 kept, d2 lifted"),
    (("The airport reopened on Monday.", "en"), ("L'aéroport restera fermé jusqu'à lundi.", "fr"), "measure: d1 lifted, d2 kept"),
    (("Asfinag lifted the closure on Sunday evening.", "en"), ("La route restera fermée jusqu'à lundi.", "fr"),
     "measure: d1 lifted, d2 kept"),
    (("The ban remains in force.", "en"), ("Władze odwołały we wtorek zakaz.", "pl"), "measure: d1 kept, d2 lifted"),
])
def test_one_measure_lifted_and_kept_conflicts(a, b, expected):
    assert _measure_stance_conflict(_unit("d1", *a), _unit("d2", *b)) == [expected]


def test_a_closure_is_any_places_but_no_other_measures():
    assert same_measure(measure_keys("Asfinag hob die Sperre auf.", "de"), measure_keys("The road stays closed.", "en"))
    assert not same_measure(measure_keys("Die Ausgangssperre wurde aufgehoben.", "de"),
                            measure_keys("The road stays closed.", "en"))
    assert not same_measure(measure_keys("The curfew was lifted.", "en"), measure_keys("The closure remains in place.", "en"))
