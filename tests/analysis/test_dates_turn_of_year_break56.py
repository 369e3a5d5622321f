"""A bare year against a day at its turn is no date conflict (break56 F6).

The night of a year's turn is named by either year and its hours fall on both days: de "in der Silvesternacht 2024"
against en "in the early hours of January 1" (2025-01-01) was "date: January 1 (2025-01-01) vs 2024". A day further
from the turn, or another year, still conflicts.
"""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_dated, extract_dates

PUBLISHED = "2025-01-02"
EN_DAY = "The man drove a truck into a crowd in New Orleans in the early hours of January 1, killing 14 people."


def _conflicts(lang_a: str, a: str, lang_b: str, b: str) -> list[str]:
    return compare_dated((a, extract_dates(a, published=PUBLISHED, language=lang_a), lang_a),
                         (b, extract_dates(b, published=PUBLISHED, language=lang_b), lang_b))


@pytest.mark.parametrize(("lang_a", "a", "lang_b", "b"), [
    ("en", EN_DAY, "de", "Der Mann fuhr in der Silvesternacht 2024 in New Orleans in eine Menschenmenge und tötete 14 Menschen."),
    ("en", EN_DAY, "fr", "L'homme a foncé sur la foule à La Nouvelle-Orléans la nuit du réveillon 2024, tuant 14 personnes."),
    ("en", EN_DAY, "es", "El hombre atropelló a una multitud en Nueva Orleans en la Nochevieja de 2024 y mató a 14 personas."),
    ("en", EN_DAY, "it", "L'uomo ha investito la folla a New Orleans nella notte di Capodanno 2025, uccidendo 14 persone."),
    ("en", "The man drove a truck into a crowd in New Orleans on New Year's Eve 2024, killing 14 people.",
     "de", "Der Mann fuhr am 1. Januar in New Orleans in eine Menschenmenge und tötete 14 Menschen."),
])
def test_a_year_named_with_its_turn_agrees_with_the_day_of_the_turn(lang_a: str, a: str, lang_b: str, b: str) -> None:
    assert _conflicts(lang_a, a, lang_b, b) == []
    assert _conflicts(lang_b, b, lang_a, a) == []


@pytest.mark.parametrize(("lang_a", "a", "lang_b", "b"), [
    ("en", "The man drove a truck into a crowd in New Orleans on January 2, killing 14 people.",
     "de", "Der Mann fuhr in der Silvesternacht 2024 in New Orleans in eine Menschenmenge und tötete 14 Menschen."),
    ("en", "The man drove a truck into a crowd in New Orleans in 2023, killing 14 people.",
     "de", "Der Mann fuhr am 1. Januar in New Orleans in eine Menschenmenge und tötete 14 Menschen."),
])
def test_a_day_off_the_turn_still_conflicts(lang_a: str, a: str, lang_b: str, b: str) -> None:
    assert _conflicts(lang_a, a, lang_b, b)
