"""robust67 LOW: more of the public API's arguments, each one WrongTypeError naming it, or one usage line.
``align_anyway=numpy.bool_(True)`` said "True or False, not bool" (numpy 2 names its bool "bool"): now taken as the
bool it is, and numpy's other types named as numpy's; ``Comparer(cache=1)`` was accepted silently; ``on_failure=1``
raised "'int' object is not callable" at the first unreadable input; ``ingest_paths([p], None)`` an AttributeError
after the models loaded; ``storylens compare --align-anyway 1 a b`` read "1" as an input file."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

import storylens
from storylens.cli import app
from storylens.errors import WrongTypeError
from storylens.stream import ingest, ingest_paths


def _any(value: object) -> Any:
    """``value`` as the type checker lets pass: these tests give the wrong types on purpose."""
    return value


def test_a_numpy_bool_is_a_bool():
    assert storylens.Comparer(cache=False, align_anyway=_any(np.bool_(True))).align_anyway is True
    assert storylens.Comparer(cache=False, align_anyway=_any(np.bool_(False))).align_anyway is False


@pytest.mark.parametrize(("call", "source", "message"), [
    (lambda: storylens.Comparer(align_anyway=_any(np.int64(1))), "align_anyway",
     "Comparer takes align_anyway=True or False, not numpy.int64"),
    (lambda: storylens.Comparer(cache=_any(1)), "cache", "Comparer takes cache=True or False, not int"),
    (lambda: storylens.Comparer(cache=_any("no")), "cache", "Comparer takes cache=True or False, not str"),
    (lambda: storylens.compare(["Storm hits Berlin.", "/no/such/file.txt"], cache=False, on_failure=_any(1)),
     "on_failure", "on_failure takes a function of one Failure"),
    (lambda: storylens.load_documents(["Storm hits Berlin."], on_failure=_any("print")), "on_failure",
     "on_failure takes a function of one Failure"),
    (lambda: ingest_paths(["a.txt"], _any(None)), "store",
     "ingest_paths() takes a Store, e.g. storylens.store.open_store('stories.db'), not None"),
    (lambda: ingest([], _any("stories.db")), "store", "ingest() takes a Store"),
], ids=["numpy-int", "cache-int", "cache-str", "on_failure-int", "on_failure-str", "ingest_paths-None",
        "ingest-str"])
def test_a_wrong_argument_is_one_wrong_type_error(call: Callable[[], Any], source: str, message: str):
    with pytest.raises(WrongTypeError) as caught:
        call()
    assert caught.value.source == source and message in caught.value.reason


@pytest.mark.parametrize("args", [["compare", "--align-anyway", "1", "a.txt", "b.txt"],
                                  ["compare", "a.txt", "--no-cache", "true", "b.txt"]])
def test_a_value_after_a_flag_is_one_usage_line(args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    (line,) = result.output.strip().splitlines()
    flag, value = args[args.index("--align-anyway" if "--align-anyway" in args else "--no-cache"):][:2]
    assert line.startswith("storylens compare: error: ") and f"{flag} takes no value: write {flag} alone" in line
    assert f"'{value}' would be read as an input file" in line
