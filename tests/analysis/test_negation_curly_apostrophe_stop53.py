"""Negations written with the typographic apostrophe (U+2019, what most news pages print) read as the straight
ones do: "didn’t" and "n’a pas" were affirmations, so a denial against its affirmation gave no polarity conflict
(stop 53, found by fix56: `compare` of "The minister didn’t sign the trade deal" and "The minister signed the
trade deal" called the claim shared)."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import affirmed, negated

SENTENCES = [
    ("The minister didn’t sign the trade deal on Monday.", "en", True),
    ("Officials said the dam couldn’t hold much longer.", "en", True),
    ("It wasn’t clear who fired first.", "en", True),
    ("Le ministre n’a pas signé l’accord lundi.", "fr", True),
    ("Personne n’a été blessé dans l’incendie.", "fr", True),
    ("Le gouvernement n’exclut aucune option.", "fr", True),
    ("L’accord a été signé lundi à Ottawa.", "fr", False),
    ("Non c’è dubbio che l’accordo sarà firmato.", "it", False),
]


@pytest.mark.parametrize(("text", "lang", "denies"), SENTENCES)
def test_a_curly_apostrophe_reads_as_a_straight_one(text, lang, denies):
    assert negated(text, lang) is denies
    assert negated(text.replace("’", "'"), lang) is denies


def test_affirmed_keeps_the_texts_own_apostrophes():
    assert affirmed("Le ministre n’a pas signé l’accord.", "fr") == "Le ministre a signé l’accord."
    assert affirmed("He didn’t sign the deal.", "en") == "He did sign the deal."
