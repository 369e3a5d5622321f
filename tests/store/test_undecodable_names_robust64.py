"""Trial newuser63 H1: ``storylens ingest`` of a folder holding a file whose name is not UTF-8 crashed as the
store wrote its source (a lone surrogate cannot be encoded), and the batch it was in was lost. Each backend
stores it under its escaped name (storylens._paths), and a second ingest knows it as stored."""

from __future__ import annotations

import os

import pytest

from storylens import stream

TEXT = ("Flood in Valencia\n\nHeavy rain flooded Valencia on Tuesday, and {n} people died, officials said. "
        "The regional government declared an emergency and asked residents to stay at home.\n")


def _write(directory, name: bytes, text: str) -> None:
    with open(os.path.join(os.fsencode(directory), name), "wb") as fh:
        fh.write(text.encode("utf-8"))


def test_an_article_and_a_failure_named_in_bytes_that_are_not_utf8_are_stored_once(any_store, hashing_embedder,
                                                                                   tmp_path):
    tmp_path = tmp_path / "news"  # beside the SQLite store's files
    tmp_path.mkdir()
    _write(tmp_path, b"a.txt", TEXT.format(n=12))
    _write(tmp_path, b"caf\xe9.txt", TEXT.format(n=13))
    _write(tmp_path, b"vide\xff.txt", "")
    first = stream.ingest_paths([str(tmp_path)], any_store, embedder=hashing_embedder)
    assert first.stored == 2
    sources = {a.source for a in any_store.articles()}
    assert sources == {f"{tmp_path}/a.txt", f"{tmp_path}/caf\\xe9.txt"}
    assert [(f.source, f.reason) for f in any_store.failures()] == [
        (f"{tmp_path}/vide\\xff.txt", "input is empty; pass a file with article text")]
    again = stream.ingest_paths([str(tmp_path)], any_store, embedder=hashing_embedder)
    assert again.stored == 0
    assert any_store.known_sources([f"{tmp_path}/caf\\xe9.txt"]) == {f"{tmp_path}/caf\\xe9.txt"}


def test_a_sqlite_store_whose_path_is_not_utf8_is_refused_before_anything_is_written(tmp_path):
    """usearch takes UTF-8 paths only: a store at ``caf\\xe9.db`` committed its first batch, then raised a
    TypeError at the index's save, leaving a store whose vectors no later run could save. Refused in one line."""
    from storylens.errors import StoreError
    from storylens.store import open_store

    path = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"caf\xe9.db"))
    with pytest.raises(StoreError) as caught:
        open_store(path)
    assert str(caught.value) == (f"{tmp_path}/caf\\xe9.db: the store's path is not UTF-8, which its vector index "
                                 "file cannot have; pass a --db whose path is UTF-8")
    assert os.listdir(tmp_path) == []
