"""A toll its sentence denies is no toll (break59c F7): "The driver and two passengers were not injured" read
"injured 3" (main: 2), and "Two passengers were not injured" "injured 2" in every language, a false toll that a
report of two injured would have agreed with and one of three contradicted. A negation of the language (text data
"negation") between the count and its toll word denies it; French "plus" ("deux enfants de plus", two more) and a
bound's negation ("nicht weniger als 20") deny nothing."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers

TOLLS = {"killed", "injured"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Two passengers were not injured."),
    ("en", "The driver and two passengers were not injured."),
    ("de", "Zwei Passagiere wurden nicht verletzt."),
    ("fr", "Deux passagers n'ont pas été blessés."),
    ("es", "Dos pasajeros no resultaron heridos."),
    ("it", "Due passeggeri non sono rimasti feriti."),
    ("ru", "Двое пассажиров не пострадали."),
    ("pl", "Dwóch pasażerów nie zostało rannych."),
])
def test_a_denied_toll_is_no_toll(lang, text):
    assert not [m for m in extract_numbers(text, lang) if m.unit in TOLLS]


@pytest.mark.parametrize(("lang", "text", "value", "unit"), [
    ("en", "Two passengers were injured.", 2, "injured"),
    ("de", "Zwei Passagiere wurden verletzt.", 2, "injured"),
    ("ru", "Двое пассажиров пострадали.", 2, "injured"),
    ("fr", "Deux enfants de plus ont été tués.", 2, "killed"),
    ("de", "Nicht weniger als 20 Menschen starben.", 20, "killed"),
    ("ru", "Не менее 20 человек погибли.", 20, "killed"),
    # French "personne" right after its count is the counted noun, not "personne n'a" (text data "negation_nouns")
    ("fr", "Une personne âgée a été tuée.", 1, "killed"),
    ("fr", "Deux hommes et une personne âgée ont été tués.", 3, "killed"),
    ("fr", "Personne n'a été blessé.", 0, "injured"),
])
def test_a_toll_no_negation_denies_stays(lang, text, value, unit):
    assert [(m.value, m.unit) for m in extract_numbers(text, lang) if m.unit in TOLLS] == [(value, unit)]


def test_negations_that_are_amounts_are_text_data(monkeypatch):
    # French "plus" keeps its toll through the language's text data ("negation_amounts"), not a literal in code:
    # with the data emptied "de plus" reads as "ne ... plus" and denies the two killed
    import dataclasses

    from storylens.analysis.quantities import _units
    from storylens.text import profile

    # (a sentence no other test reads: extract_numbers keeps its readings)
    assert "plus" in profile("fr").negation_amounts
    monkeypatch.setattr(_units, "profile", lambda lang: dataclasses.replace(profile(lang), negation_amounts=frozenset()))
    assert not [m for m in extract_numbers("Quatre soldats de plus ont été tués.", "fr") if m.unit in TOLLS]
    monkeypatch.undo()
    assert [(m.value, m.unit) for m in extract_numbers("Cinq soldats de plus ont été tués.", "fr")
            if m.unit in TOLLS] == [(5, "killed")]
