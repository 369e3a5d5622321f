"""newuser65 H3, M1: the stream's Python entry points given one path, bytes or a number name the argument
(errors.WrongTypeError, an InputError and a TypeError) before anything is read or written."""

from __future__ import annotations

import os

import pytest

from storylens import stream
from storylens.errors import InputError, WrongTypeError
from storylens.store import open_store


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "s.db") as st:
        yield st


def test_one_path_as_a_str_is_refused_not_walked_letter_by_letter(tmp_path, store, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "other.txt").write_text("Floods hit the north of Italy on Tuesday, killing 12 people. " * 5)
    with pytest.raises(WrongTypeError, match=r"paths: ingest_paths\(\) takes a list of paths or URLs.*not str"):
        stream.ingest_paths("en_flood.txt", store)
    assert store.articles() == []  # "." among the letters walked the working directory: 1 article stored


@pytest.mark.parametrize("item", [b"a.txt", 5, None])
def test_an_item_that_is_no_path_is_named(store, item):
    with pytest.raises(WrongTypeError, match=r"paths\[1\]: a path or URL is a str or pathlib.Path, not"):
        stream.ingest_paths(["a.txt", item], store)


@pytest.mark.parametrize("url", [5, b"/tmp/x.db", 2.5])
def test_open_store_names_a_url_of_another_type(tmp_path, monkeypatch, url):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(WrongTypeError, match=r"url: open_store\(\) takes a file path or URL") as err:
        open_store(url)
    assert isinstance(err.value, InputError) and isinstance(err.value, TypeError)
    assert os.listdir(tmp_path) == []  # no store file "5", no folder "b'/tmp/x.db'"


@pytest.mark.parametrize("record", [b"Floods hit the north.", "Floods hit the north.", {"text": "x"}])
def test_ingest_names_a_record_of_another_type(store, record, hashing_embedder):
    with pytest.raises(WrongTypeError, match=r"records: ingest\(\) takes RawDocument, Failure or Skipped records"):
        stream.ingest([record], store, embedder=hashing_embedder)
    assert store.articles() == []


def test_a_path_like_is_read_by_its_own_path(tmp_path, monkeypatch):
    """final65 M2: str() of an os.DirEntry is "<DirEntry 'z.db'>": a store file of that name was made, and each file
    given so failed as "file not found"."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "z.db").touch()
    (entry,) = os.scandir(folder)
    with open_store(entry) as st:
        assert st is not None
    assert sorted(os.listdir(tmp_path)) == ["d"]  # no "<DirEntry 'z.db'>" beside it


def test_ingest_paths_reads_path_likes(tmp_path, hashing_embedder):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Heavy rain flooded Valencia on Tuesday, and 12 people died, officials said. " * 4)
    with open_store(tmp_path / "s.db") as st:
        report = stream.ingest_paths(list(os.scandir(folder)), st, embedder=hashing_embedder)
        assert not report.failed and len(st.articles()) == 1


@pytest.mark.parametrize("paths", [None, 5])
def test_no_list_at_all_is_named(store, paths):
    with pytest.raises(WrongTypeError, match=r"paths: ingest_paths\(\) takes a list of paths or URLs"):
        stream.ingest_paths(paths, store)


@pytest.mark.parametrize("query", [b"flood", None, 5])
def test_search_names_a_query_of_another_type(store, query):
    from storylens.stream import queries

    with pytest.raises(WrongTypeError, match=r"query: search\(\) takes words or a sentence \(str\)"):
        queries.search(store, query)


@pytest.mark.parametrize("story", [None, b"S-3f2a", 3])
def test_get_story_names_an_id_of_another_type(store, story):
    from storylens.stream import queries

    with pytest.raises(WrongTypeError, match=r"story: a story id is a str"):
        queries.get_story(store, story)
