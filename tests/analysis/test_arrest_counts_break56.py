"""An arrest's count by its verb and by its noun are one count (break56 F5).

"Police in Madrid arrested 12 people" (key "arrested") and "La policía detuvo … a 15 sospechosos" (key "suspect")
were never set side by side: one shared claim, no conflict. A side that gives both keys (a part of the arrested
named as suspects) keeps them apart.
"""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers

ARRESTED = ("en", "Police in Madrid arrested 12 people on Monday in a raid against a drug trafficking network.")


def _conflicts(a: tuple[str, str], b: tuple[str, str]) -> list[str]:
    return compare_numbers(extract_numbers(a[1], a[0]), extract_numbers(b[1], b[0]))


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "La policía detuvo el lunes en Madrid a 15 sospechosos en una operación contra una red de narcotráfico."),
    ("de", "Die Polizei nahm am Montag in Madrid 15 Verdächtige fest."),
    ("fr", "La police a arrêté lundi à Madrid 15 suspects."),
    ("it", "La polizia ha arrestato lunedì a Madrid 15 sospetti."),
    ("ru", "Полиция задержала в понедельник в Мадриде 15 подозреваемых."),
    ("pl", "Policja zatrzymała w poniedziałek w Madrycie 15 podejrzanych."),
])
def test_an_arrest_count_meets_a_count_of_suspects(lang: str, text: str) -> None:
    assert _conflicts(ARRESTED, (lang, text)) == ["arrested: 12 vs 15"]
    assert _conflicts((lang, text), ARRESTED) == ["suspect: 15 vs 12"]
    assert _conflicts(ARRESTED, (lang, text.replace("15", "12"))) == []


def test_a_side_giving_both_keys_keeps_them_apart() -> None:
    both = ("en", "Police arrested 12 people, among them 3 suspects in the killing.")
    assert _conflicts(both, ("en", "Police arrested 12 people on Monday.")) == []
