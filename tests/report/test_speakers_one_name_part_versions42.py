"""Trial52 F19 and trial51 F17: two people who share one part of their names are still two people.

A quote given to "Luis Fernández" (Audasa's spokesman) by EFE and to "Ana Fernández" (the Xunta's spokeswoman) by
AFP was one speaker (shared claim, no note): the rule of trial49 F21 flagged two speakers only when their names
shared no word. A shared surname with given names of two genders, or a shared given name with two surnames
("Manuel Soto" / "José Manuel Carpinteira"), names two people. One person's name written twice (accents, German
vowels, a longer or shorter form, a nickname of one gender) is still no flag: a false "different speakers" is worse
than a miss."""

from __future__ import annotations

import pytest

from storylens.models import Claim, Evidence, Quote, QuoteMatch
from storylens.report.pipeline import _speaker_conflicts, _with_other_speakers


def _quotes(speaker_a: str, speaker_b: str) -> list[Quote]:
    return [Quote("q1", "d1", "d1:s4", "Los trabajos avanzan según lo previsto", speaker_a, (QuoteMatch("q2", 0.58),)),
            Quote("q2", "d2", "d2:s4", "Les travaux avancent comme prévu", speaker_b, (QuoteMatch("q1", 0.58),))]


def _claim() -> Claim:
    return Claim("c4", "shared", "…", (Evidence("d1", "d1:s4", "…"), Evidence("d2", "d2:s4", "…")),
                 confidence=1.0, docs=("d1", "d2"))


@pytest.mark.parametrize(("a", "b"), [
    ("Luis Fernández", "Ana Fernández"),  # trial52 F19 (es/fr)
    ("Anna Nowak", "Jan Nowak"),  # pl
    ("Marco Rossi", "Maria Rossi"),  # it
    ("Thomas Müller", "Katrin Müller"),  # de
    ("Olena Kovalenko", "Ivan Kovalenko"),  # uk, romanised
    ("Manuel Soto", "José Manuel Carpinteira"),  # trial51 F17 (es/pt): a shared given name
    ("Ana Pérez", "Ana Gómez"),
    ("Jean Martin", "Jean Dubois"),
])
def test_a_shared_part_of_two_names_is_no_identity(a, b):
    quotes = _with_other_speakers(_quotes(a, b))
    assert quotes[0].matches[0].other_speaker == b and quotes[1].matches[0].other_speaker == a
    [claim] = _speaker_conflicts([_claim()], quotes)
    assert claim.status == "conflicting"
    assert claim.conflict == f"same words, different speakers: {a} (d1) / {b} (d2)"


@pytest.mark.parametrize(("a", "b"), [
    ("María López", "Maria Lopez"),  # accents
    ("Hans Müller", "Hans Mueller"),  # German vowels
    ("Anna Schmidt", "Anna Schmitt"),  # one surname misspelt
    ("Manuel Soto", "Manuel Soto García"),  # a longer form of one name
    ("José Luis Rodríguez Zapatero", "José Luis Rodríguez"),
    ("Bob Smith", "Robert Smith"),  # a nickname: one gender
    ("Ivan Petrov", "Ivan Petrova"),  # a surname's other ending
    ("J. Fernández", "Luis Fernández"),  # an initial
    ("Emmanuel Macron", "Macron"),  # one word
    ("Jean Dupont", "Jean-Marc Dupont"),  # "Jean" names no gender
])
def test_one_name_written_two_ways_is_no_flag(a, b):
    quotes = _with_other_speakers(_quotes(a, b))
    assert quotes[0].matches[0].other_speaker is None and quotes[1].matches[0].other_speaker is None
    [claim] = _speaker_conflicts([_claim()], quotes)
    assert claim.status == "shared"
