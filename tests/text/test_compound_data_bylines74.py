"""bylines74 (issue #12, "adding a language is data, not code"): text.compound_noun's abstract endings and event heads
and the unmarked byline's place last words are read from the languages' text data ("compound_abstract_endings",
"compound_event_heads", "place_last_words"), no longer from German/Romance lists in code. A language whose data has
none reads as before (no compound, no place word)."""

from __future__ import annotations

import dataclasses

import pytest

from storylens.text import _lang, compound_noun


@pytest.mark.parametrize(("word", "compound"), [
    ("Hafenstreik", True),  # "streik": an event head of the data
    ("Olympiaverschiebung", True),  # "-ung": an abstract ending of the data
    ("Werksexplosion", True),  # "Explosion": an event noun
    ("Wagenknecht", False), ("Goldschmidt", False),  # a surname's head is a thing or a trade
])
def test_german_compounds_read_from_the_data(word, compound):
    assert compound_noun(word, "de") is compound


def test_without_the_data_only_event_nouns_make_a_compound(monkeypatch):
    de = _lang.profile("de")
    bare = dataclasses.replace(de, compound_abstract_endings=(), compound_event_heads=frozenset())
    monkeypatch.setattr(_lang, "profile", lambda language: bare if language == "de" else de)
    assert not compound_noun("Hafenstreik", "de") and not compound_noun("Olympiaverschiebung", "de")
    assert compound_noun("Werksexplosion", "de")


def test_place_last_words_are_each_languages():
    from storylens.prepare.clean import _place_last_words

    assert {"springs", "city", "playa", "praia", "lido", "plage", "stadt"} <= _place_last_words()
    assert _lang.profile("de").place_last_words == {"stadt", "dorf", "hafen", "tal"}
    assert _lang.profile("ru").place_last_words == frozenset()
