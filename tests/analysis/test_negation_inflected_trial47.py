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
