"""break50b 3 in the ledger's entities: spaCy's one-word place read by the writing around it, as the pair verdict
reads a city that is a common word or a given name (text data "word_city"). "The car struck Regina as she crossed the
road" and "The news hit Regina hard, her husband said" gave the place Regina; "results from Mobile, the carrier's
unit" the place Mobile. Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.entities import extract_entities

from ._docs import doc_of


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in extract_entities([doc_of("d1", [text], "en")])}


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("The car struck Regina as she crossed the road.", "Regina", "PERSON"),
    ("The news hit Regina hard, her husband said.", "Regina", "PERSON"),
    ("Layoffs hit results from Mobile, the carrier's unit, on Monday.", "Mobile", "ORG"),
    # a place preposition before it, or no pronoun after it: still the place
    ("In Regina, she said, the storm closed schools.", "Regina", "PLACE"),
    ("A tornado struck Mobile, Alabama, killing 2 people, its mayor said.", "Mobile", "PLACE"),
    ("Floods hit Nice on Monday, and she said the damage was severe.", "Nice", "PLACE"),
    # break51 N8: the pronoun of a person named in another clause
    ("A blizzard hit Regina on Tuesday, and Mayor Sandra Masters said she had declared a state of emergency.",
     "Regina", "PLACE"),
])
def test_a_one_word_place_is_read_by_the_writing_around_it(text, name, kind):
    assert _types(text).get(name) == kind
