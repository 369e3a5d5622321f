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
