"""break66r M3, M4, M5, L5: more wrong-typed arguments of the public API, each now one WrongTypeError naming it before
any work. M3: a dict of inputs was compared by its keys ('a' and 'b' as two texts; load_documents read them).
M4: ``Comparer.compare_documents(docs, failures)`` with a str listed its letters, a number raised a bare TypeError.
M5: ``Comparer(nlp=object())`` was accepted and failed at the first comparison with an AttributeError. L5: a numpy
array or a str as ``align_anyway`` / ``color`` raised numpy's 'ambiguous truth value' or was taken as True."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest

import storylens
from storylens.errors import WrongTypeError
from storylens.models import Comparison, Failure
from storylens.stream import ingest_paths

TEXTS = {"a": "Storm hits Berlin. Trees fell on cars, the fire brigade said.",
         "b": "A storm hit Berlin on Monday. Trees fell on parked cars, firefighters said."}
VALUES = "; pass a list of its values: list(d.values())"
# made in the test: the suite's conftest reads the parameters' values (an array's truth value is ambiguous)
FLAG = {"ndarray": lambda: np.array([True, False]), "str": lambda: "no", "int": lambda: 1, "bytes": lambda: b"yes"}


def _any(value: object) -> Any:
    """``value`` as the type checker lets pass: these tests give the wrong types on purpose."""
    return value


@pytest.mark.parametrize(("call", "source", "takes"), [
    (lambda: storylens.compare(_any(TEXTS)), "inputs", "compare() takes a list of inputs"),
    (lambda: storylens.Comparer(cache=False).compare(_any(TEXTS)), "inputs", "compare() takes a list of inputs"),
    (lambda: storylens.load_documents(_any(TEXTS)), "inputs", "compare() takes a list of inputs"),
    (lambda: storylens.compare_documents(_any(dict.fromkeys(TEXTS))), "documents", "compare_documents() takes a list"),
    (lambda: ingest_paths(_any({"a.txt": 1}), _any(None)), "paths", "ingest_paths() takes a list of paths"),
], ids=["compare", "Comparer.compare", "load_documents", "compare_documents", "ingest_paths"])
def test_a_mapping_is_refused_with_the_fix(call: Callable[[], Any], source: str, takes: str):
    with pytest.raises(WrongTypeError) as caught:
        call()
    assert caught.value.source == source
    assert str(caught.value).startswith(f"{source}: {takes}") and str(caught.value).endswith(f", not dict{VALUES}")


def _documents():
    docs, failures = storylens.load_documents(list(TEXTS.values()))
    assert len(docs) == 2 and not failures
    return docs


@pytest.mark.parametrize(("failures", "source", "named"), [
    ("a failure", "failures", "str"), (7, "failures", "int"), (b"x", "failures", "bytes"), ({"a": 1}, "failures", "dict"),
    (["a failure"], "failures[0]", "str"), ([Failure("a.txt", "read", "gone"), None], "failures[1]", "None"),
])
def test_compare_documents_checks_its_failures(failures: Any, source: str, named: str):
    with pytest.raises(WrongTypeError) as caught:
        storylens.Comparer(cache=False).compare_documents(_documents(), failures)
    assert caught.value.source == source
    assert str(caught.value).startswith(f"{source}: compare_documents() takes failures as a list of Failure objects "
                                        f"(from load_documents) or None, not {named}")


@pytest.mark.parametrize("nlp", [object(), "en_core_web_sm", 3])
def test_comparer_refuses_an_nlp_without_pipe(nlp: Any):
    with pytest.raises(WrongTypeError) as caught:
        storylens.Comparer(nlp=nlp)
    assert caught.value.source == "nlp"
    assert "Comparer takes a spaCy pipeline (an object with .pipe(texts)) or None, not " in str(caught.value)


@pytest.mark.parametrize("value", FLAG)
@pytest.mark.parametrize("call", [
    lambda v: storylens.Comparer(align_anyway=v),
    lambda v: storylens.compare(list(TEXTS.values()), align_anyway=v),
    lambda v: storylens.Comparer(cache=False).compare(list(TEXTS.values()), align_anyway=v),
    lambda v: storylens.Comparer(cache=False).compare_documents(_documents(), align_anyway=v),
], ids=["Comparer", "compare", "Comparer.compare", "Comparer.compare_documents"])
def test_align_anyway_is_a_bool(call: Callable[[Any], Any], value: Any):
    with pytest.raises(WrongTypeError) as caught:
        call(FLAG[value]())
    assert caught.value.source == "align_anyway" and "takes align_anyway=True" in str(caught.value)


@pytest.mark.parametrize("value", FLAG)
@pytest.mark.parametrize("fmt", ["terminal", "json"])
def test_render_color_is_a_bool_or_none(value: Any, fmt: str):
    with pytest.raises(WrongTypeError) as caught:
        storylens.render(Comparison(documents=(), similarity=_any(None)), fmt, color=_any(FLAG[value]()))
    assert caught.value.source == "color"
    assert str(caught.value).startswith("color: render() takes color=True, False or None")
