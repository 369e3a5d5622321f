"""German "niemand" in its accusative / dative / genitive is a denial too (trial47 #3: "Die Polizei hat niemanden
festgenommen" was no negation, so "Nobody was arrested" read as a polarity conflict and "40 protesters were
arrested" as shared). German has no negative concord, so the form never stands beside a second negation."""

import pytest

from storylens.analysis.conflicts import negated


@pytest.mark.parametrize("text", [
    "Die Polizei hat niemanden festgenommen.",
    "Die Behörden haben niemandem die Einreise erlaubt.",
    "Das Gericht gab niemandes Antrag statt.",
    "Niemand wurde verletzt.",
])
def test_every_case_of_niemand_denies(text):
    assert negated(text, "de")


@pytest.mark.parametrize("text", [
    "Die Polizei hat 40 Demonstranten festgenommen.",
    "Die Behörden haben den Niemandsland-Streifen geräumt.",
])
def test_no_denial_without_it(text):
    assert not negated(text, "de")


@pytest.mark.parametrize(("text", "language"), [
    ("Dockworkers would not return to the container terminals until Thursday.", "en"),
    ("Los estibadores no volverán a las terminales de contenedores hasta el jueves.", "es"),
])
def test_not_until_over_a_longer_verb_phrase_is_no_denial(text, language):
    # trial47 #4: five words between "not" and "until" kept the negation (a false polarity conflict against
    # "nicht vor Donnerstag"); the clause still ends at punctuation, so a denial before a comma stands
    assert not negated(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("The minister did not resign, and she stayed in office until Friday.", "en"),
    ("El ministro no dimitió, y siguió en el cargo hasta el viernes.", "es"),
])
def test_a_denial_before_the_comma_still_denies(text, language):
    assert negated(text, language)
