"""robust68 (open LOW): the Python API took ``workers=0`` (ran on one process), ``batch_size=0``,
``list_stories(limit='5')`` (the text went to the database) and negative limits (SQL's LIMIT -1: every story).
Each is now refused before anything is read or written: a WrongTypeError for another type, an OutOfRangeError (an
InputError and a ValueError) for a value out of range, naming the argument; the command line and the web API
refuse the same values (typer's and FastAPI's min=1)."""

from __future__ import annotations

import pytest

from storylens import stream
from storylens.errors import InputError, OutOfRangeError, WrongTypeError
from storylens.store import open_store
from storylens.stream import queries

TEXT = "Floods hit the north of Italy on Tuesday, killing 12 people, officials said after the storm. " * 3


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "s.db") as st:
        yield st


@pytest.mark.parametrize(("option", "value"), [("workers", 0), ("workers", -2), ("batch_size", 0),
                                               ("batch_size", -1)])
def test_ingest_refuses_a_count_below_one(tmp_path, store, option, value):
    path = tmp_path / "a.txt"
    path.write_text(TEXT)
    with pytest.raises(OutOfRangeError) as caught:
        stream.ingest_paths([path], store, **{option: value})
    error = caught.value
    assert isinstance(error, InputError) and isinstance(error, ValueError) and error.source == option
    assert str(error).startswith(f"{option}: ingest() takes {option} as a number of ")
    assert str(error).endswith(f", 1 or more, not {value}")
    assert store.articles() == []


@pytest.mark.parametrize(("call", "argument", "kind", "end"), [
    (lambda st: queries.list_stories(st, limit="5"), "limit", WrongTypeError, "not str"),  # type: ignore[arg-type]
    (lambda st: queries.list_stories(st, limit=-1), "limit", OutOfRangeError, "1 or more, not -1"),
    (lambda st: queries.list_stories(st, limit=0), "limit", OutOfRangeError, "1 or more, not 0"),
    (lambda st: queries.list_stories(st, offset=-3), "offset", OutOfRangeError, "0 or more, not -3"),
    (lambda st: queries.list_stories(st, offset=1.5), "offset", WrongTypeError, "not float"),  # type: ignore[arg-type]
    (lambda st: queries.search(st, "floods", limit=0), "limit", OutOfRangeError, "1 or more, not 0"),
    (lambda st: queries.search(st, "floods", limit="10"), "limit", WrongTypeError, "not str"),  # type: ignore[arg-type]
    # past a store's integer column: a bare OverflowError (newuser68, `stories -n 9223372036854775808` too)
    (lambda st: queries.list_stories(st, limit=2**63), "limit", OutOfRangeError, f"at most {2**63 - 1}, not {2**63}"),
    (lambda st: queries.list_stories(st, offset=10**30), "offset", OutOfRangeError, f"not {10**30}"),
    (lambda st: queries.search(st, "floods", limit=2**70), "limit", OutOfRangeError, f"not {2**70}"),
])
def test_a_read_view_refuses_a_limit_out_of_range(store, call, argument, kind, end):
    with pytest.raises(kind) as caught:
        call(store)
    assert caught.value.source == argument and str(caught.value).endswith(end)


def test_limits_in_range_are_read(store):
    assert queries.list_stories(store, limit=1, offset=0).stories == ()
    assert queries.list_stories(store, limit=None).stories == ()
    assert queries.search(store, "floods", limit=1).results == ()


@pytest.mark.parametrize(("option", "value"), [("batch_size", 0), ("actors", 0), ("num_cpus", -1)])
def test_ingest_ray_refuses_a_count_below_one_before_ray_starts(tmp_path, store, option, value):
    # before Ray is imported: the check needs no Ray installed (batch_size=0 divided by zero in the walk)
    from storylens.batch import ingest_ray
    from storylens.embed import HashingEmbedder

    with pytest.raises(OutOfRangeError) as caught:
        ingest_ray([str(tmp_path)], store, embedder_factory=HashingEmbedder, **{option: value})
    assert caught.value.source == option and str(caught.value).endswith(f", 1 or more, not {value}")
