"""newuser67 LOW: ``ingest_paths(..., workers="2")`` raised a bare TypeError from deep in the worker pool and
``storylens.stream.list_stories(None)`` (and the other read views) an AttributeError. Each is now one
WrongTypeError (an InputError and a TypeError) naming the argument, before anything is read or written."""

from __future__ import annotations

import numpy as np
import pytest

from storylens import stream
from storylens.errors import InputError, WrongTypeError
from storylens.store import open_store
from storylens.stream import queries

TEXT = "Floods hit the north of Italy on Tuesday, killing 12 people, officials said after the storm. " * 3


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "s.db") as st:
        yield st


@pytest.mark.parametrize(("option", "value", "named"), [
    ("workers", "2", "str"), ("workers", 2.0, "float"), ("workers", True, "bool"), ("batch_size", "32", "str"),
])
def test_a_count_of_another_type_is_named(tmp_path, store, option, value, named):
    path = tmp_path / "a.txt"
    path.write_text(TEXT)
    with pytest.raises(WrongTypeError) as caught:
        stream.ingest_paths([path], store, **{option: value})
    error = caught.value
    assert isinstance(error, InputError) and isinstance(error, TypeError)
    assert error.source == option
    assert str(error).startswith(f"{option}: ingest() takes {option} as a number of ")
    assert str(error).endswith(f", not {named}")
    assert store.articles() == []


def test_a_numpy_integer_is_a_count_and_a_store_is_read(tmp_path, store):
    path = tmp_path / "a.txt"
    path.write_text(TEXT)
    with pytest.raises(WrongTypeError):
        stream.ingest_paths([path], store, workers="1")
    report = stream.ingest_paths([path], store, workers=np.int64(1), batch_size=np.int32(8))
    assert len(report.added) == 1
    assert len(queries.list_stories(store).stories) == 1
    with pytest.raises(WrongTypeError):
        queries.list_stories(None)


@pytest.mark.parametrize("call", [
    lambda st: stream.list_stories(st),
    lambda st: queries.list_stories(st, 5),
    lambda st: stream.get_story(st, "S-1"),
    lambda st: queries.search(st, "floods"),
    lambda st: queries.stories_coverage(st, ["S-1"]),
    lambda st: queries.resolve_story(st, "S-1"),
    lambda st: queries.story_blindspots(st, "S-1"),
])
@pytest.mark.parametrize(("given", "named"), [(None, "None"), ("stories.db", "str")])
def test_a_read_view_given_no_store_names_the_store(call, given, named):
    with pytest.raises(WrongTypeError) as caught:
        call(given)
    assert caught.value.source == "store"
    assert "() takes a Store, e.g. storylens.store.open_store('stories.db')" in str(caught.value)
    assert str(caught.value).endswith(f", not {named}")

