"""newuser64 LOW: `storylens.compare([b"bytes"])` raised a bare TypeError from deep in the reading ("cannot use a
string pattern on a bytes-like object"), `score_pair(b"...", ...)` said "no text to compare: give a non-empty
article" and `prepare_document(b"...", "d1")` an AttributeError. Each public entry point now raises the project's
WrongTypeError (an InputError, and a TypeError as Python's own type errors are) naming the argument, what it takes
and, for bytes, the fix; before anything is read."""

from __future__ import annotations

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


def test_compare_given_one_bytes_object_says_so():
    with pytest.raises(WrongTypeError, match=r"^inputs: compare\(\) takes a list of inputs, .* not one bytes object$"):
        storylens.compare(b"a.txt")


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
    assert str(caught.value) == ("raw: prepare_document() takes a RawDocument, not bytes; read a file with "
                                 "storylens.ingest.read_path, a text with storylens.ingest.read_string")
