"""The parts of one query word holding a digit are all required, on both backends (srch, stop 30): "3:17" is split
by the indexes into "3" and "17", and as alternatives it found every text with a 17 ("15.17")."""

from __future__ import annotations

import pytest

from storylens.stream.queries import keyword_query, search

from ._search_corpus import article_id as _id
from ._search_corpus import found as _found
from ._search_corpus import write_corpus

_CORPUS = [
    ("Night train derails", "The train left the station at 3:17 a.m. and derailed near the bridge.", "en"),
    ("Markets close higher", "The index closed at 15.17 points after a calm session.", "en"),
    ("Bus crash", "Police said 17 people were hurt when the bus overturned.", "en"),
    ("Guinea-Bissau votes", "Guinea-Bissau held a presidential election on Sunday.", "en"),
    ("Equatorial Guinea", "Equatorial Guinea closed its land border.", "en"),
]


@pytest.fixture
def store(any_store):
    return write_corpus(any_store, _CORPUS)


@pytest.mark.parametrize("query", ["3:17", "at 3:17"])
def test_a_time_finds_only_the_text_that_writes_it(store, query):
    assert _found(store, query) == {_id(1)}


def test_a_hyphenated_name_finds_itself_first_and_its_parts_stay_words(store):
    # a name's parts are alternatives: a translation may write one of them ("8-latki" needs both: digits)
    ranked = [r.article.id for r in search(store, "Guinea-Bissau").results]
    assert ranked[0] == _id(4) and set(ranked) == {_id(4), _id(5)}
    assert _found(store, "Guinea") == {_id(4), _id(5)}


def test_words_of_a_query_are_still_any_of_them(store):
    assert _found(store, "3:17 overturned") == {_id(1), _id(3)}


def test_the_stop_word_filter_keeps_a_words_parts_together():
    assert keyword_query("3:17") == "3-17"
    assert keyword_query("the train at 3:17") == "train 3-17"
    assert keyword_query("the rate of 1,75") == "rate 1,75"
    assert keyword_query("Judge denies Kelly’s attempt") == "Judge denies Kelly s attempt"  # an apostrophe ends a word
