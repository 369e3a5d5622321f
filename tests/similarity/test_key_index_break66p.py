"""similarity._events._KeyIndex: what _named_in asks of a text's name keys, in memory linear in their letters
(break66p: a table of every start of every key grew with the square of a key's length; one 95,000-letter word in an
article was a MemoryError)."""

from __future__ import annotations

import random

from storylens.similarity._events import _KeyIndex, _named_in


def _longest_by_starts(keys: set[str], start: str, length: int) -> bool:
    return any(k.startswith(start) and len(k) > length for k in keys)


def test_longer_than_answers_as_a_walk_over_every_key():
    rng = random.Random(66)
    keys = {"".join(rng.choice("abcde") for _ in range(rng.randint(3, 9))) for _ in range(300)}
    index = _KeyIndex(frozenset(keys))
    for _ in range(3000):
        word = "".join(rng.choice("abcde") for _ in range(rng.randint(4, 9)))
        assert index.longer_than(word, len(word) + 1) == _longest_by_starts(keys, word, len(word) + 1)
        assert index.longer_than(word[:-1], len(word)) == _longest_by_starts(keys, word[:-1], len(word))


def test_a_very_long_key_costs_its_letters_not_their_square():
    long_key = "q" + "abcdefghij" * 5000  # 50,001 letters: its starts' table was ~1.25e9 characters
    index = _KeyIndex(frozenset({long_key, "seitkali"}))
    assert index.longer_than("qabcd", 6) and not index.longer_than("seitkal", 8)
    assert _named_in("Daniyar Seitkalego", frozenset({long_key, "seitkali"}))


def test_an_empty_name_is_no_evidence_of_two_people():
    assert _named_in("", frozenset({"seitkali"})) and _named_in("  ", frozenset({"seitkali"}))
