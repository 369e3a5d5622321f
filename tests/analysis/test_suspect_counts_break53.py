"""Suspects are one measure across languages (text data "measures": "Verdächtige" / "suspects" / "sospechosos"), so
two reports' counts of them are compared (break53 F11: de "Die Polizei nahm später 3 Verdächtige fest." against en
"Police later arrested 12 suspects." gave only "verdächtige: 3 vs 12 (not judged: two languages' nouns …)"). A count
of people or of those arrested may be theirs; a toll's dead are not."""

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers, may_count_one, same_measure

EN = "Police later arrested 12 suspects."


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Die Polizei nahm später 3 Verdächtige fest."),
    ("fr", "La police a ensuite interpellé 3 suspects."),
    ("es", "La policía detuvo después a 3 sospechosos."),
    ("it", "La polizia ha poi fermato 3 sospettati."),
    ("pl", "Policja zatrzymała później 3 podejrzanych."),
    ("pt", "A polícia prendeu depois 3 suspeitos."),
    # fix55: a Russian or Ukrainian participle used as the noun was no unit, so the verb's "arrested" counted them
    ("ru", "Полиция позже задержала 3 подозреваемых."),
    ("ru", "Позже были задержаны 3 подозреваемых."),
    ("uk", "Поліція пізніше затримала 3 підозрюваних."),
    ("cs", "Policie později zadržela 3 podezřelé."),
])
def test_two_counts_of_suspects_conflict(language: str, text: str):
    assert compare_numbers(extract_numbers(text, language), extract_numbers(EN, "en")) == ["suspect: 3 vs 12"]


@pytest.mark.parametrize(("language", "text", "one"), [
    ("de", "Die Polizei nahm 12 Menschen fest.", True),
    ("fr", "La police a arrêté 12 personnes.", True),
    ("es", "Doce sospechosos fueron detenidos.", True),
    ("fr", "Le bilan est de 12 morts.", False),
])
def test_suspects_are_people_or_those_arrested_not_a_toll(language: str, text: str, one: bool):
    a, b = extract_numbers(text, language)[0], extract_numbers(EN, "en")[0]
    assert same_measure(a, b) is one
    assert may_count_one(a, b) is one
