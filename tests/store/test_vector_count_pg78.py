"""The PostgreSQL writer counts its stored vectors from ``vector_blocks`` (a row a batch) to know when to build
its index (``index_from``), not from ``vectors``' rows (stop 78): the two counts must agree after every kind of
write: a batch, a batch re-sending stored articles (nothing written), a batch with an article and no vector, a
single article."""

from __future__ import annotations

import numpy as np

from storylens.store.base import ArticleRecord, StoreBatch


def _vec(seed: int, dim: int = 512) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal(dim).astype(np.float32)
    return v / np.linalg.norm(v)


def _batch(ids: list[int], vectors: list[int] | None = None) -> StoreBatch:
    with_vec = ids if vectors is None else vectors
    return StoreBatch(articles=[ArticleRecord(f"{i:016x}", f"feed#{i}", f"Article {i} on the ferry.", language="en",
                                              published="2026-11-10") for i in ids],
                      vectors={f"{i:016x}": _vec(i) for i in with_vec})


def test_the_blocks_count_what_the_vectors_table_holds(pg_url):
    from storylens.store import PostgresStore

    s = PostgresStore(pg_url, index_from=12)
    counts = lambda: s._query("SELECT (SELECT count(*) FROM vectors), (SELECT coalesce(sum(n), 0) FROM vector_blocks)")[0]
    indexed = lambda: s._query("SELECT to_regclass('vectors_hnsw') IS NOT NULL")[0][0]
    s.write_batch(_batch([1, 2, 3, 4]))
    assert tuple(counts()) == (4, 4)
    s.write_batch(_batch([3, 4, 5]))  # two stored already: only 5 is written
    assert tuple(counts()) == (5, 5)
    s.write_batch(_batch([6, 7, 8], vectors=[6, 8]))  # 7 has no vector
    assert tuple(counts()) == (7, 7)
    s.write_batch(_batch([9]))
    assert tuple(counts()) == (8, 8) and not indexed()
    s.write_batch(_batch([10, 11, 12, 13]))  # 12 vectors: the index is built at index_from
    assert tuple(counts()) == (12, 12) and indexed()
    s.close()
