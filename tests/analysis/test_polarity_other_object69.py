"""Issue #12, stop 69: a denial and an affirmation of one predicate on two objects ("did not call a strike" /
"called a meeting") are two acts, no polarity conflict (analysis.conflicts._other_object); the same object, a
predicate told in other words, a denial with nothing after its predicate and a noun's negation ("No suspects
have been arrested") keep main's reading."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import polarity_conflict

TWO_OBJECTS = [
    ("en", "The union did not call a strike on Thursday.", "The union called a meeting on Thursday."),
    ("de", "Die Gewerkschaft hat am Donnerstag keinen Streik angekündigt.",
     "Die Gewerkschaft hat am Donnerstag eine Versammlung angekündigt."),
    ("fr", "Le syndicat n'a pas appelé à la grève jeudi.", "Le syndicat a appelé à une manifestation jeudi."),
    ("es", "El sindicato no convocó una huelga el jueves.", "El sindicato convocó una reunión el jueves."),
]

ONE_ACT = [
    ("en", "The bridge was not closed after the storm.", "The bridge was closed after the storm."),
    ("en", "The minister did not step down.", "The minister resigned."),
    ("en", "The company did not close the plant.", "The company closed the car plant."),
    ("en", "The company did not cut 500 jobs.", "The company cut 500 jobs."),
    ("en", "The health minister did not resign, his office said.", "The health minister resigned on Tuesday."),
    ("en", "No suspects have been arrested, officials said.",
     "Arrested suspects were taken to the central police station, officials said."),
    ("de", "Das Werk in Halle wird nicht geschlossen.", "Das Werk in Halle wird geschlossen."),
    ("fr", "Le pont n'a pas été fermé après la tempête.", "Le pont a été fermé après la tempête."),
    ("es", "El puente no fue cerrado tras la tormenta.", "El puente fue cerrado tras la tormenta."),
]


@pytest.mark.parametrize("lang, denial, plain", TWO_OBJECTS)
def test_one_predicate_on_two_objects_is_no_polarity_conflict(lang, denial, plain):
    assert polarity_conflict(denial, lang, plain, lang) is None
    assert polarity_conflict(plain, lang, denial, lang) is None


@pytest.mark.parametrize("lang, denial, plain", ONE_ACT)
def test_one_act_denied_and_affirmed_stays_a_conflict(lang, denial, plain):
    assert polarity_conflict(denial, lang, plain, lang) is not None
    assert polarity_conflict(plain, lang, denial, lang) is not None
