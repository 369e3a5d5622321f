"""robust66 MEDIUM: the public entry points given a wrong-typed argument raised Python's own errors from deep inside
(`StoryClusterer().fit([b"..."])`: "'bytes' object has no attribute 'id'"; `storylens.render(None)`: "'NoneType'
object has no attribute 'documents'"; `compare_documents(None)`: "object of type 'NoneType' has no len()";
`Comparer().compare("a text")` compared the text letter by letter). Each now raises the project's WrongTypeError
(also a TypeError) naming the argument, what it takes and the type given, before any work is done."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import storylens
from storylens.cluster import StoryClusterer
from storylens.errors import WrongTypeError
from storylens.models import RawDocument

RAW = RawDocument(source="a.txt", text="Storm hits Berlin. Trees fell on cars, the fire brigade said.")
WRONG = [None, b"bytes", 7, "a text"]

COMPARE_DOCS = ("compare_documents() takes a list of Document objects (from load_documents or the store; compare() "
                "takes texts, paths or RawDocuments)")
CLUSTER = "StoryClusterer takes a list of ArticleFeatures (from storylens.stream or features of your own)"
RENDER = "render() takes a Comparison (what storylens.compare() returns)"

# (name, call with the wrong value, the source named, what it takes)
CALLS: list[tuple[str, Callable[[Any], Any], str, str]] = [
    ("StoryClusterer.fit", lambda v: StoryClusterer().fit(v), "articles", CLUSTER),
    ("StoryClusterer.fit item", lambda v: StoryClusterer().fit([v]), "articles[0]", CLUSTER),
    ("StoryClusterer.partial_fit", lambda v: StoryClusterer().partial_fit(v), "articles", CLUSTER),
    ("StoryClusterer.fit_predict item", lambda v: StoryClusterer().fit_predict([v]), "articles[0]", CLUSTER),
    ("render", lambda v: storylens.render(v), "comparison", RENDER),
    ("compare_documents", lambda v: storylens.compare_documents(v), "documents", COMPARE_DOCS),
    ("compare_documents item", lambda v: storylens.compare_documents([v, v]), "documents[0]", COMPARE_DOCS),
    ("Comparer.compare_documents", lambda v: storylens.Comparer(cache=False).compare_documents(v), "documents",
     COMPARE_DOCS),
    ("Comparer.compare", lambda v: storylens.Comparer(cache=False).compare(v), "inputs",
     "compare() takes a list of inputs, e.g. compare(['a.txt', 'b.txt'])"),
    ("prepare_document doc_id", lambda v: storylens.prepare_document(RAW, v), "doc_id",
     "prepare_document() takes a document id (str, e.g. 'd1')"),
    ("Comparer embedder", lambda v: storylens.Comparer(embedder=v), "embedder",
     "Comparer takes an Embedder (an object with .embed(texts)) or None"),
    ("compare embedder", lambda v: storylens.compare(["a.txt", "b.txt"], embedder=v), "embedder",
     "Comparer takes an Embedder (an object with .embed(texts)) or None"),
    ("Comparer similarity_model", lambda v: storylens.Comparer(similarity_model=v), "similarity_model",
     "Comparer takes a similarity model name ('full' or 'fast') or None"),
]


def _cases():
    for name, call, source, takes in CALLS:
        for value in WRONG:
            if value is None and source in ("embedder", "similarity_model"):
                continue  # None is the default there
            if isinstance(value, str) and source in ("doc_id", "similarity_model"):
                continue  # a str is what these take
            if isinstance(value, str) and name == "Comparer embedder":
                continue  # covered by the str case of compare embedder
            yield pytest.param(call, value, source, takes, id=f"{name}-{type(value).__name__}")


@pytest.mark.parametrize(("call", "value", "source", "takes"), list(_cases()))
def test_a_wrong_type_is_one_wrong_type_error(call, value, source, takes):
    with pytest.raises(WrongTypeError) as caught:
        call(value)
    error = caught.value
    assert isinstance(error, TypeError) and error.source == source
    named = "None" if value is None else type(value).__name__
    message = str(error)
    assert message.startswith(f"{source}: {takes}, not {named}")
    assert "\n" not in message
    # bytes get the decode fix where a text would be the fix, never where a list or a Comparison is wanted
    assert message.endswith("; decode bytes first (data.decode('utf-8'))") == (
        isinstance(value, bytes) and source in ("doc_id", "similarity_model"))


@pytest.mark.parametrize("fmt", [None, b"json", 3])
def test_render_names_a_format_of_another_type(fmt):
    from storylens.models import Comparison

    with pytest.raises(WrongTypeError) as caught:
        storylens.render(Comparison(documents=(), similarity=None), fmt)
    assert str(caught.value).startswith("fmt: render() takes a format name (terminal, markdown, html, json), not ")
