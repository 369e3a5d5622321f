"""The writer's candidate search reads its answers' cluster rows with their ids, in one query by article number
(SQLStoreBase._candidate_ids), and the clusterer's read of those rows that follows (cluster_articles) asks the store
nothing more (stop 48, issue #13): the same rows as read by id, an unclustered article (a near-duplicate) still
absent, and nothing kept past a write."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.store import open_store
from storylens.store.base import ArticleRecord, AssignmentRecord, StoreBatch


def _vec(seed: int, dim: int = 512) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal(dim).astype(np.float32)
    return v / np.linalg.norm(v)


def _id(i: int) -> str:
    return f"{i:016x}"


def _batch(ids, duplicates=()) -> StoreBatch:
    return StoreBatch(
        articles=[ArticleRecord(_id(i), f"feed#{i}", f"Article {i} about the ferry.", language="en",
                                published=f"2026-11-{10 + i % 9:02d}",
                                duplicate_of=_id(1) if i in duplicates else None,
                                duplicate_reason="text" if i in duplicates else None) for i in ids],
        vectors={_id(i): _vec(i) for i in ids},
        assignments=[AssignmentRecord(_id(i), f"S-{i % 3}", 0.9, True, None, (), "test", pos=i)
                     for i in ids if i not in duplicates])


def _count_reads(store, monkeypatch) -> list[str]:
    asked: list[str] = []
    real = store._rows_in

    def rows_in(sql, values, extra=()):
        asked.append(sql)
        return real(sql, values, extra)

    monkeypatch.setattr(store, "_rows_in", rows_in)
    return asked


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_writers_candidates_come_with_their_cluster_rows(backend, tmp_path, request, monkeypatch):
    url = str(tmp_path / "s.db") if backend == "sqlite" else request.getfixturevalue("pg_url")
    first = open_store(url)
    with first.writer():
        first.write_batch(_batch(range(1, 13), duplicates={7}))
    first.close()
    store = open_store(url)  # a new writer: no id of the store's known yet
    try:
        with store.writer():
            expected = store.cluster_articles([_id(i) for i in range(1, 13)])
            assert set(expected) == {_id(i) for i in range(1, 13) if i != 7}
            queries = np.stack([_vec(i) for i in (2, 7, 11)])
            found = store.cluster_candidates(queries, 12)
            ids = list(dict.fromkeys(aid for row in found for aid, _ in row))
            assert _id(7) in ids
            asked = _count_reads(store, monkeypatch)
            got = store.cluster_articles(ids)
            assert asked == []  # read with the ids, by number
            assert got == {a: expected[a] for a in ids if a in expected} and _id(7) not in got
            # the next read asks the store again (the kept rows served one read)
            assert store.cluster_articles(ids) == got and len(asked) == 1
            # a write between the search and the read: the rows are read again
            store.cluster_candidates(queries, 12)
            store.write_batch(_batch(range(13, 15)))
            asked.clear()
            assert store.cluster_articles(ids) == got and len(asked) == 1
    finally:
        store.close()


def test_a_reader_reads_its_candidates_rows_by_id(tmp_path, monkeypatch):
    path = str(tmp_path / "s.db")
    store = open_store(path)
    with store.writer():
        store.write_batch(_batch(range(1, 9)))
    store.close()
    reader = open_store(path)
    try:
        found = reader.cluster_candidates(np.stack([_vec(3)]), 5)
        ids = [aid for aid, _ in found[0]]
        asked = _count_reads(reader, monkeypatch)
        assert set(reader.cluster_articles(ids)) == set(ids) and len(asked) == 1
    finally:
        reader.close()
