"""newuser64 LOW: `storylens.compare([b"bytes"])` raised a bare TypeError from deep in the reading ("cannot use a
string pattern on a bytes-like object"), `score_pair(b"...", ...)` said "no text to compare: give a non-empty
article" and `prepare_document(b"...", "d1")` an AttributeError. Each public entry point now raises the project's
WrongTypeError (an InputError, and a TypeError as Python's own type errors are) naming the argument, what it takes
and, for bytes, the fix; before anything is read."""

from __future__ import annotations

from typing import Any, cast

import pytest

import storylens
from storylens import similarity as sim
from storylens.errors import InputError, StoryLensError, WrongTypeError

TEXT = "Storm hits Berlin. Trees fell on cars and two people were hurt, the fire brigade said on Monday."


@pytest.mark.parametrize(("inputs", "at", "named"), [
    ([b"Storm hits Berlin."], 0, "bytes"),
    ([TEXT, bytearray(b"Storm")], 1, "bytearray"),
    ([TEXT, 7], 1, "int"),
    ([None, TEXT], 0, "None"),
])
def test_compare_names_an_input_of_a_wrong_type(inputs, at, named):
    for call in (storylens.compare, storylens.load_documents):
        with pytest.raises(WrongTypeError) as caught:
            call(inputs)
        error = caught.value
        assert isinstance(error, InputError) and isinstance(error, StoryLensError) and isinstance(error, TypeError)
        assert error.source == f"inputs[{at}]"
        assert str(error).startswith(f"inputs[{at}]: compare() takes article texts (str), file paths or URLs (str "
                                     f"or pathlib.Path), or RawDocument / Document objects, not {named}")
        assert str(error).endswith("; decode bytes first (data.decode('utf-8'))") == ("byte" in named)


@pytest.mark.parametrize(("inputs", "named"), [
    (b"a.txt", "bytes"), (bytearray(b"a.txt"), "bytearray"), (memoryview(b"a.txt"), "memoryview"),
    ("a.txt", "str"), (None, "None"), (5, "int"),
])
def test_compare_given_no_list_names_its_type(inputs, named):
    """break65r LOW: a bytearray or memoryview was read number by number ('inputs[0]: ... not int'), None and 5 gave
    a bare TypeError ('object is not iterable')."""
    for call in (storylens.compare, storylens.load_documents):
        with pytest.raises(WrongTypeError) as caught:
            call(inputs)
        assert str(caught.value) == f"inputs: compare() takes a list of inputs, e.g. compare(['a.txt', 'b.txt']), not {named}"


@pytest.mark.parametrize(("call", "message"), [
    (lambda: sim.score_pairs(cast(Any, b"ab"), fast=True),
     "pairs: score_pairs() takes a list of pairs (text1, text2[, lang1, lang2]), not bytes"),
    (lambda: sim.score_pairs([b"ab"], fast=True),
     "pair 1: a pair is a tuple (text1, text2[, lang1, lang2]), not bytes"),
    (lambda: sim.score_pair(TEXT, TEXT, lang1=cast(Any, b"en"), fast=True),
     "pair 1 lang1: a language is a code such as 'en' (str), not bytes; decode bytes first (data.decode('utf-8'))"),
    (lambda: sim.score_pairs([(TEXT, TEXT, "en", 7)], fast=True),
     "pair 1 lang2: a language is a code such as 'en' (str), not int"),
])
def test_score_pairs_names_a_wrong_type_in_the_one_form(call, message):
    """break65r LOW: these raised a bare TypeError ('int' object is not iterable, 'a bytes-like object is
    required') or named the wrong type ('pair 1 text1: ... not int' for a pair given as bytes)."""
    with pytest.raises(WrongTypeError) as caught:
        call()
    assert str(caught.value) == message


@pytest.mark.parametrize("pair", [(b"Storm hits Berlin.", TEXT), (TEXT, memoryview(b"Storm"))])
def test_score_pair_names_a_text_given_as_bytes(pair):
    side = "text1" if isinstance(pair[0], bytes) else "text2"
    kind = "bytes" if side == "text1" else "memoryview"
    for call in (lambda: sim.score_pair(*pair, fast=True), lambda: sim.score_pairs([pair], fast=True)):
        with pytest.raises(WrongTypeError) as caught:
            call()
        assert str(caught.value) == (f"pair 1 {side}: a text to score is a str, not {kind}; decode bytes first "
                                     "(data.decode('utf-8'))")


def test_prepare_document_names_what_it_takes():
    with pytest.raises(WrongTypeError) as caught:
        storylens.prepare_document(b"Storm hits Berlin.", "d1")
    # read_string takes a str: named after the decode (break65r LOW: it was suggested for the bytes themselves)
    assert str(caught.value) == ("raw: prepare_document() takes a RawDocument, not bytes; decode bytes first "
                                 "(data.decode('utf-8')), then make a RawDocument of the text with "
                                 "storylens.ingest.read_string")
    with pytest.raises(WrongTypeError) as caught:
        storylens.prepare_document("Storm hits Berlin.", "d1")
    assert str(caught.value) == ("raw: prepare_document() takes a RawDocument, not str; read a file with "
                                 "storylens.ingest.read_path, a text with storylens.ingest.read_string")
