"""A dash that stands for a verb said before it (gapping) cuts no clause (trial 15 #14: the Russian
rates sentence "… снижена до 2%, ставка рефинансирования — до 2,15%, …" became two units, each
matched with another rate's claim). A dash between two clauses still cuts."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import split_units

from ._docs import doc_of


@pytest.mark.parametrize(
    "text, lang",
    [
        (("Ставка по депозитам снижена до 2%, ставка рефинансирования — до 2,15%, "
          "ставка по маржинальным кредитам — до 2,4%."), "ru"),
        ("Инфляция в 2025 году составит 2%, в 2026 году — 1,6%, рост экономики в 2025 году — 0,9%.", "ru"),
        (("Der Einlagensatz sinkt auf 2,0 Prozent, der Hauptrefinanzierungssatz – auf 2,15 Prozent, "
          "der Spitzenrefinanzierungssatz – auf 2,40 Prozent."), "de"),
        ("The deposit rate was cut to 2.00%, the refinancing rate — to 2.15%, the lending rate — to 2.40%.", "en"),
    ],
)
def test_a_dash_for_a_repeated_verb_cuts_nothing(text, lang):
    units = split_units(doc_of("d1", [text], lang), by_language=True)
    for unit in units:  # the piece after each dash stays with the words before the dash
        assert not unit.text.lstrip().startswith(("—", "–")) and not unit.text.rstrip().endswith(("—", "–"))
        assert not unit.text[:1].isdigit() and not unit.text.startswith(("до ", "auf ", "to "))


def test_a_dash_between_two_clauses_still_cuts():
    text = "Das Gebäude wurde am Montag evakuiert – die Polizei ermittelt wegen Brandstiftung gegen mehrere Verdächtige."
    assert len(split_units(doc_of("d1", [text], "de"), by_language=True)) == 2
