"""Review of trial 14's "dash between names" rule: any capitalised word before a spaced dash and any
capital after it counted as names, so two clauses were one unit ("late on Monday – Russia blamed
Ukraine …"). Only short name runs after a content word, or a second run that ends its clause, are
joined. Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import split_units

from ._docs import doc_of


def _units(sentence: str, lang: str) -> list[str]:
    return [u.text for u in split_units(doc_of("d1", [sentence], lang), by_language=True)]


@pytest.mark.parametrize(("lang", "sentence", "first"), [
    ("en", "The talks collapsed late on Monday – Russia blamed Ukraine for the failure.",
     "The talks collapsed late on Monday"),
    ("de", "Es gab zwei Tote bei dem Unfall in Berlin – Polizisten ermitteln gegen den Fahrer.",
     "Es gab zwei Tote bei dem Unfall in Berlin"),
    ("fr", "Les pourparlers ont échoué mardi à Genève – Moscou accuse Kiev de sabotage.",
     "Les pourparlers ont échoué mardi à Genève"),
    ("es", "La cumbre terminó sin acuerdo en Madrid – Bruselas exige nuevas garantías al Gobierno.",
     "La cumbre terminó sin acuerdo en Madrid"),
    ("pl", "Pociąg nie dojechał do Werony – Policja zamknęła tory na całą noc.",
     "Pociąg nie dojechał do Werony"),
])
def test_a_dash_between_clauses_that_start_with_names_cuts(lang, sentence, first):
    assert _units(sentence, lang)[0] == first


@pytest.mark.parametrize(("lang", "sentence"), [
    ("ru", "Движение на линии Милан — Верона будет закрыто до воскресенья."),
    ("pl", "Linia kolejowa Mediolan – Werona pozostanie zamknięta do niedzieli."),
    ("en", "Trains between the two cities run again on the route from Milan – Verona, the operator said."),
])
def test_names_joined_by_a_dash_stay_one_unit(lang, sentence):
    assert _units(sentence, lang) == [sentence]


def test_without_a_language_the_dash_after_a_preposition_cuts():
    sentence = "The talks collapsed late on Monday – Russia blamed Ukraine for the failure."
    units = [u.text for u in split_units(doc_of("d1", [sentence], "en"), by_language=False)]
    assert units[0] == "The talks collapsed late on Monday"


@pytest.mark.parametrize("sentence", [
    # the final check of stop 26's sentence
    ("Der Zug war mit etwa 118 Stundenkilometern unterwegs, als er bei Kilometer 112 der Strecke Mailand – Verona "
     "aus den Gleisen sprang."),
    "Nach dem schweren Unglück vom Dienstag bleibt die Strecke Mailand – Verona bis Sonntag gesperrt.",
    "Wegen des Unglücks ist die Bahnstrecke Mailand – Verona bis Sonntag gesperrt.",
])
def test_a_german_route_noun_before_names_joined_by_a_dash_keeps_one_unit(sentence):
    # mend1's stated risk: German capitalises the route's noun ("Strecke"), so it was read as part of the
    # name run and the route was cut into "Die Strecke Mailand" and "Verona bleibt …".
    assert _units(sentence, "de") == [sentence]
