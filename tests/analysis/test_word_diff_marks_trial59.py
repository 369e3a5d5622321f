"""trial59 F18: a combining mark inside a word (Arabic harakat, Hebrew points, a Latin accent written apart) does
not split the word in the quote word diff."""

import unicodedata

import pytest

from storylens.analysis.quotes._match import word_diff


@pytest.mark.parametrize("word", ["مواطنَين", "שָׁלוֹם", unicodedata.normalize("NFD", "crème")])
def test_a_marked_word_stays_one_word(word):
    diff = word_diff(f"alpha {word} beta", "alpha beta")
    assert f"[-{word}-]" in diff


def test_an_apostrophe_name_stays_one_word():
    assert word_diff("l'État a dit", "l'État a dit non") == "l'État a dit {+non+}"
