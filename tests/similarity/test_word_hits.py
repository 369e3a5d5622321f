"""``_word_hits`` finds what the per-word patterns it replaced found (perf48, issue 16): the same starts, in order,
on texts and words built to hit the edges (joined words, digits, "_", non-Latin letters, overlapping copies,
the ends of the text, a ``not_after`` prefix)."""

from __future__ import annotations

import random
import re

import pytest

from storylens.similarity._common import _word_hits

ALPHABET = list("ab-_ 1'’.") + ["é", "Я", "中", "٣", "\u0301", "ß", "\n"]


def _pattern_starts(word: str, text: str, joiners: str, not_after: str) -> list[int]:
    behind = rf"(?<!{re.escape(not_after)})" if not_after else ""
    return [m.start() for m in re.finditer(rf"{behind}(?<![\w{joiners}]){re.escape(word)}(?![\w{joiners}])", text)]


@pytest.mark.parametrize("joiners", ["-", ""])
def test_word_hits_are_the_patterns_matches(joiners):
    rng = random.Random(48)
    for k in range(6000):
        # every third text of few letters, where copies of a word overlap ("--" in "---")
        letters = ALPHABET if k % 3 else ["a", "-", " "]
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 30)))
        word = "".join(rng.choice(ALPHABET[:3] + ["é", "Я"] if k % 3 else letters) for _ in range(rng.randint(1, 3)))
        not_after = rng.choice(["", "a ", "b", "Я "])
        want = _pattern_starts(word, text, joiners, not_after)
        assert _word_hits(word, text, joiners, not_after=not_after) == want, (word, text, not_after)
        assert _word_hits(word, text, joiners, limit=1, not_after=not_after) == want[:1]


def test_word_hits_on_names():
    text = "Paros: the ferry left Paros-Naxos and Paros, then Parosa; Viktor Halden met Halden. _Paros Paros2"
    assert _word_hits("Paros", text) == _pattern_starts("Paros", text, "-", "")
    assert len(_word_hits("Paros", text)) == 2  # not in "Paros-Naxos", "Parosa", "_Paros", "Paros2"
    assert _word_hits("Halden", text, not_after="Viktor ") == [text.rindex("Halden")]
    assert _word_hits("abab", "ababab abab") == [7]
    assert _word_hits("--", "---", "") == [0] and _word_hits("a a", "a a a", "") == [0]
    assert _word_hits("", "a b") == _pattern_starts("", "a b", "-", "")
