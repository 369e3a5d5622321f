"""What only the SQLite backend has: WAL, FTS5 folding, the vector index file and its journal, file errors, the lock file.

The behaviour every backend shares is in ``test_contract.py``."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import date
from typing import Any

import numpy as np
import pytest

from storylens.errors import StoreError
from storylens.store import (
    SCHEMA_VERSION,
    ArticleRecord,
    ArticleStore,
    AssignmentRecord,
    SQLiteStore,
    StoreBatch,
    decode_state,
    encode_state,
)


def _vec(seed: int, dim: int = 512) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal(dim).astype(np.float32)
    return v / np.linalg.norm(v)


def _article(i: int, **kw) -> ArticleRecord:
    base: dict[str, Any] = {
        "id": f"{i:016x}", "source": f"feed.xml#{i}", "text": f"Article number {i} about the harbour ferry {i}.",
        "title": f"Title {i}", "outlet": "Gazette", "language": "en", "published": f"2024-06-0{1 + i % 9}"}
    base.update(kw)
    return ArticleRecord(**base)


def _batch(ids, story="S-1", **kw) -> StoreBatch:
    return StoreBatch(
        articles=[_article(i) for i in ids],
        vectors={f"{i:016x}": _vec(i) for i in ids},
        entities={f"{i:016x}": ["ferry", f"key{i}"] for i in ids},
        assignments=[AssignmentRecord(f"{i:016x}", story, 0.9, i == ids[0], None, ("ferry",), "test") for i in ids],
        **kw,
    )


@pytest.fixture
def store(tmp_path):
    s = SQLiteStore(tmp_path / "s.db")
    yield s
    s.close()


def test_new_store_is_migrated_and_in_wal_mode(store):
    assert isinstance(store, ArticleStore)
    assert store.schema_version() == SCHEMA_VERSION
    assert store.pending_migrations() == []
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    rows = store.db.execute("SELECT version, name FROM migrations").fetchall()
    assert rows[0][0] == 1


def test_reopen_does_not_migrate_again(tmp_path):
    SQLiteStore(tmp_path / "s.db").close()
    s = SQLiteStore(tmp_path / "s.db")
    assert s.db.execute("SELECT count(*) FROM migrations").fetchone()[0] == SCHEMA_VERSION
    s.close()


def test_fts_index_keeps_no_positions_and_a_schema_6_store_is_moved_to_it(tmp_path):
    path = tmp_path / "s.db"
    s = SQLiteStore(path)
    s.write_batch(_batch([1, 2, 3]))
    s.write_batch(StoreBatch(articles=[_article(4, text="The harbour_master closed the port.", title="Port")]))
    want = s.search_text("harbour ferry 2")
    s.close()
    # The store as schema 6 wrote it: positions kept, migration 7 not applied.
    con = sqlite3.connect(path)
    con.execute("DROP TABLE article_fts")
    con.execute("CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='articles', content_rowid='num',"
                " tokenize='unicode61 remove_diacritics 2')")
    con.execute("INSERT INTO article_fts(article_fts) VALUES ('rebuild')")
    con.execute("DELETE FROM migrations WHERE version = 7")
    con.commit()
    con.close()
    old = SQLiteStore(path)
    assert old.schema_version() == SCHEMA_VERSION
    sql = old.db.execute("SELECT sql FROM sqlite_master WHERE name = 'article_fts'").fetchone()[0]
    assert "detail=none" in sql
    assert old.search_text("harbour ferry 2") == want and len(want) == 4
    # A word the tokenizer splits is searched as its parts (a phrase needs positions).
    assert old.search_text("harbour_master")[0][0] == f"{4:016x}"
    old.close()


def test_fts_search_any_language(store):
    store.write_batch(StoreBatch(articles=[
        _article(1, text="Die Fähre zu den Inseln fährt wieder.", title="Fähre fährt"),
        _article(2, text="Le ferry reprend son service.", title="Ferry"),
    ]))
    assert [a for a, _ in store.search_text("Fahre")] == [f"{1:016x}"]  # diacritics folded
    assert store.search_text('ferry" OR 1=1 --')[0][0] == f"{2:016x}"  # quotes cannot break the query
    assert store.search_text("   ") == []


def test_nearest_uses_the_vector_index(store):
    store.write_batch(_batch(list(range(1, 21))))
    hits = store.nearest(_vec(7), k=3)
    assert hits[0][0] == f"{7:016x}" and hits[0][1] == pytest.approx(1.0, abs=1e-4)
    assert os.path.exists(store.index_path) is False  # saved on close / after ingest, not per batch
    store.flush()
    assert os.path.exists(store.index_path)


def _exact_nearest(ids, queries, k):
    """The ``k`` nearest of ``_vec(i)`` (as stored, float16) for each query, by cosine, ties by number."""
    held = np.stack([_vec(i).astype(np.float16).astype(np.float32) for i in ids])
    held /= np.linalg.norm(held, axis=1, keepdims=True)
    sims = (queries / np.linalg.norm(queries, axis=1, keepdims=True)) @ held.T
    return [[f"{ids[j]:016x}" for j in sorted(range(len(ids)), key=lambda j: (-row[j], ids[j]))[:k]] for row in sims]


def test_below_the_exact_scan_bound_the_graph_is_sparse_and_searches_are_exact(tmp_path):
    """No search walks the graph below EXACT_BELOW vectors (the writer scans its copy, a reader asks
    usearch to scan), so a new store's graph is the cheapest (two links a vector)."""
    from storylens.store import _sqlite

    path = tmp_path / "s.db"
    s = SQLiteStore(path)
    ids = list(range(1, 401))
    for start in range(0, len(ids), 50):
        s.write_batch(_batch(ids[start : start + 50]))
    s.close()
    s = SQLiteStore(path)  # a reader, from the saved file
    assert s._ensure_index().connectivity == _sqlite._SPARSE[0]
    rng = np.random.default_rng(3)
    queries = np.stack([_vec(i) + 0.9 * _vec(1000 + i) for i in rng.choice(ids, 20)]) + 0.05 * rng.standard_normal((20, 512))
    got = [[aid for aid, _ in row] for row in s.nearest_many(queries.astype(np.float32), k=10)]
    assert got == _exact_nearest(ids, queries.astype(np.float32), 10)
    s.close()


def test_the_writer_builds_the_full_graph_once_the_store_reaches_the_bound(tmp_path, monkeypatch):
    from storylens.store import _sqlite

    monkeypatch.setattr(_sqlite, "EXACT_BELOW", 120)
    path = tmp_path / "s.db"
    s = SQLiteStore(path)
    s.candidate_window = 0  # the whole store searched: the graph from EXACT_BELOW on
    with s.writer():
        s.write_batch(_batch(list(range(1, 101))))
        s.cluster_candidates(np.stack([_vec(5)]), 3)
        assert s._ensure_index().connectivity == _sqlite._SPARSE[0] and s._exact is not None
        s.write_batch(_batch(list(range(101, 131)), story="S-2"))  # 130: past the bound
        got = s.cluster_candidates(np.stack([_vec(7), _vec(111)]), 3)
        assert s._ensure_index().connectivity == _sqlite._FULL[0] and s._exact is None
        assert [row[0][0] for row in got] == [f"{7:016x}", f"{111:016x}"]
    s.close()
    s = SQLiteStore(path)  # the full graph was saved, with every vector
    index = s._ensure_index()
    assert index.connectivity == _sqlite._FULL[0] and index.expansion_add == _sqlite._FULL[1] and len(index) == 130
    assert _journal(path) == 0 and s.nearest(_vec(42), k=1)[0][0] == f"{42:016x}"
    s.close()


def _journal(path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM vectors").fetchone()[0]
    finally:
        con.close()


def test_a_crash_before_the_index_save_keeps_the_vectors_in_the_journal(tmp_path):
    path = tmp_path / "s.db"
    s = SQLiteStore(path)
    s.write_batch(_batch([1, 2, 3]))
    s.close()
    assert os.path.exists(s.index_path) and _journal(path) == 0  # saved: the vectors left the table
    s = SQLiteStore(path)
    s.write_batch(_batch([4, 5], story="S-2"))
    s.db.close()  # no save: simulates SIGKILL
    assert _journal(path) == 2
    s = SQLiteStore(path)
    assert s.nearest(_vec(5), k=1)[0][0] == f"{5:016x}" and s.stats()["vectors"] == 5
    assert np.array_equal(s.vectors([f"{4:016x}"])[f"{4:016x}"], _vec(4).astype(np.float16).astype(np.float32))
    assert s.rebuild_index() == 5 and _journal(path) == 0
    s.close()


def test_a_crash_between_the_file_and_the_journal_delete_duplicates_nothing(tmp_path):
    path = tmp_path / "s.db"
    s = SQLiteStore(path)
    s.write_batch(_batch([1, 2, 3]))
    before = sqlite3.connect(tmp_path / "before.db")
    s.db.backup(before)  # the database as it was before the save: journal full, no file recorded
    before.close()
    s.close()
    os.replace(tmp_path / "before.db", path)  # the file is in place, its journal rows not yet deleted
    s = SQLiteStore(path)
    assert s.stats()["vectors"] == 3 and len(s._ensure_index()) == 3
    assert s.nearest(_vec(2), k=3)[0][0] == f"{2:016x}"
    s.write_batch(_batch(list(range(4, 40)), story="S-2"))  # enough to save again
    s.close()
    s = SQLiteStore(path)
    assert _journal(path) == 0 and s.stats()["vectors"] == 39 and len(s._ensure_index()) == 39
    s.close()


def test_a_lost_index_file_is_an_error_naming_it_unless_the_journal_holds_everything(tmp_path):
    path = tmp_path / "s.db"
    s = SQLiteStore(path)
    s.write_batch(_batch([1, 2, 3]))
    s.db.close()  # never saved: the journal has every vector
    with open(s.index_path, "wb") as fh:
        fh.write(b"garbage")
    s = SQLiteStore(path)
    assert s.nearest(_vec(2), k=1)[0][0] == f"{2:016x}"
    s.close()  # a reader saves nothing
    assert _journal(path) == 3
    s = SQLiteStore(path)
    s.write_batch(_batch([4], story="S-2"))
    s.close()  # a writer does: now the file holds the only copy
    assert _journal(path) == 0
    with open(s.index_path, "wb") as fh:
        fh.write(b"garbage")
    s = SQLiteStore(path)
    with pytest.raises(StoreError, match=r"s\.db\.usearch.*only copy of 4 article vectors.*backup"):
        s.nearest(_vec(2), k=1)
    s.db.close()


def test_another_stores_index_file_beside_a_database_that_saved_none_is_named_as_stray(tmp_path):
    other = SQLiteStore(tmp_path / "other.db")
    other.write_batch(_batch([10, 11, 12]))
    other.close()  # saved: its vectors live in other.db.usearch
    path = tmp_path / "s.db"
    s = SQLiteStore(path)
    s.write_batch(_batch([1, 2, 3]))
    s.db.close()  # killed before any save: the journal holds every vector
    shutil.copyfile(other.index_path, s.index_path)  # a copied store's file, put beside the wrong database
    s = SQLiteStore(path)
    with pytest.raises(StoreError, match=r"s\.db\.usearch.*does not belong to s\.db.*all its 3 vectors.*move the file"):
        s.nearest(_vec(2), k=1)
    s.db.close()
    os.remove(s.index_path)  # the fix the message names
    s = SQLiteStore(path)
    assert s.nearest(_vec(2), k=1)[0][0] == f"{2:016x}"
    s.write_batch(_batch([4], story="S-2"))
    s.close()  # saved: its file now holds the only copy of its 4 vectors
    other = SQLiteStore(tmp_path / "other.db")
    other.write_batch(_batch([13], story="S-3"))
    other.close()  # also 4 vectors, numbered as s.db's: without a check its vectors would answer for s.db's
    shutil.copyfile(other.index_path, s.index_path)
    s = SQLiteStore(path)
    with pytest.raises(StoreError, match=r"does not belong to s\.db.*saved its 4 vectors to a different file.*backup"):
        s.nearest(_vec(2), k=1)
    s.db.close()


def test_a_reader_sees_vectors_another_process_saved_and_never_overwrites_the_file(tmp_path):
    path = tmp_path / "s.db"
    w = SQLiteStore(path)
    w.write_batch(_batch([1, 2]))
    w.close()
    reader = SQLiteStore(path)
    assert len(reader.vectors([f"{1:016x}"])) == 1  # the reader has read the index
    w = SQLiteStore(path)
    with w.writer():
        w.write_batch(_batch(list(range(3, 50)), story="S-2"))
        w.flush()  # saved: rows 3-49 left the journal
    assert _journal(path) == 0
    assert set(reader.vectors([f"{30:016x}", f"{1:016x}"])) == {f"{30:016x}", f"{1:016x}"}
    assert reader.nearest(_vec(49), k=1)[0][0] == f"{49:016x}"
    with w.writer():
        w.write_batch(_batch([50, 51], story="S-3"))  # a tail left in the journal
        reader.close()  # a reader saves nothing (and never waits for the writer's lock)
        assert _journal(path) == 2
    w.close()
    s = SQLiteStore(path)
    assert s.stats()["vectors"] == 51 and len(s._ensure_index()) == 51
    s.close()


def test_a_store_of_schema_7_moves_its_vectors_into_the_index_file(tmp_path):
    path = tmp_path / "s.db"
    s = SQLiteStore(path)
    s.write_batch(_batch([1, 2, 3]))
    s.db.close()
    con = sqlite3.connect(path)  # as schema 7 left it: every vector in the table, an hnswlib file beside
    con.execute("DELETE FROM migrations WHERE version = 8")
    con.commit()
    con.close()
    (tmp_path / "s.db.hnsw").write_bytes(b"old index")
    os.unlink(s.index_path) if os.path.exists(s.index_path) else None
    s = SQLiteStore(path)
    assert s.schema_version() == SCHEMA_VERSION and not (tmp_path / "s.db.hnsw").exists()
    assert s.nearest(_vec(3), k=1)[0][0] == f"{3:016x}"
    s.close()
    assert _journal(path) == 3  # a reader leaves them; the next writer moves them
    s = SQLiteStore(path)
    s.write_batch(_batch([4], story="S-2"))
    s.close()
    assert _journal(path) == 0 and os.path.exists(s.index_path)


def test_state_encoding_round_trips_numpy_sets_and_dates():
    state = {"a": np.arange(6, dtype=np.float32).reshape(2, 3), "s": frozenset({"x", "y"}), "t": (1, 2),
             "d": date(2024, 6, 3), "m": {1: "one"}}
    back = decode_state(encode_state(state))
    assert np.array_equal(back["a"], state["a"]) and back["a"].dtype == np.float32
    assert back["s"] == state["s"] and back["t"] == (1, 2) and back["d"] == date(2024, 6, 3)
    assert back["m"] == {1: "one"}


def test_not_a_database_gives_a_store_error_naming_the_path(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError) as err:
        SQLiteStore(path)
    assert str(path) in str(err.value) and "--db" in str(err.value)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "s.db"
    SQLiteStore(path).close()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO migrations VALUES (999, 'future', 'now')")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="upgrade StoryLens"):
        SQLiteStore(path)


def test_unwritable_location_is_a_store_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="--db"):
        SQLiteStore(blocker / "sub" / "s.db")


def test_second_writer_through_a_symlink_is_refused(tmp_path):
    real = tmp_path / "data" / "s.db"
    SQLiteStore(real).close()
    (tmp_path / "link.db").symlink_to(real)
    a, b = SQLiteStore(real), SQLiteStore(tmp_path / "link.db")
    with a.writer(), pytest.raises(StoreError, match="another storylens process"), b.writer():
        pass
    a.close()
    b.close()


def test_float32_vectors_of_an_older_store_are_migrated_to_float16(tmp_path):
    path = tmp_path / "old.db"
    s = SQLiteStore(path)
    s.write_batch(_batch([1]))
    s.close()
    db = sqlite3.connect(path)  # turn it back into a version-2 store holding float32 blobs
    db.execute("UPDATE vectors SET vec = ?", (_vec(1).tobytes(),))
    db.execute("DELETE FROM migrations WHERE version = 3")  # just the float16 step
    db.commit()
    db.close()
    s = SQLiteStore(path)
    assert np.allclose(s.vectors([f"{1:016x}"])[f"{1:016x}"], _vec(1), atol=1e-3)
    s.close()


def test_a_small_tail_is_added_at_open_instead_of_rewriting_the_index(tmp_path):
    """Writing the index file costs O(store): a writer that added a few vectors leaves them to the
    next open (added from the table, no rebuild), and search finds them either way."""
    path = tmp_path / "s.db"
    s = SQLiteStore(path)
    s.write_batch(_batch(list(range(1, 41))))
    s.close()
    saved = os.path.getmtime(s.index_path), os.path.getsize(s.index_path)
    s = SQLiteStore(path)
    s.write_batch(_batch([41, 42], story="S-2"))
    assert s.nearest(_vec(42), k=1)[0][0] == f"{42:016x}"
    s.close()
    assert (os.path.getmtime(s.index_path), os.path.getsize(s.index_path)) == saved  # not rewritten for 2
    s = SQLiteStore(path)
    assert s.nearest(_vec(41), k=1)[0][0] == f"{41:016x}" and len(s._index) == 42 and _journal(path) == 2
    s.close()


def test_the_writers_exact_scan_reads_the_index_keys_in_one_slice(tmp_path, monkeypatch):
    """A writer's first candidate search copies the saved index's vectors for its exact scan. It
    iterated the index's keys one call each (0.35 CPU-s at 12k vectors: most of a 32-article
    ingest's open); the keys come in one slice, ascending, removed ones left out."""
    from usearch.index import IndexedKeys

    path = tmp_path / "s.db"
    s = SQLiteStore(path)
    s.write_batch(_batch(list(range(1, 81))))
    s._index.remove(5)  # a key the index no longer holds is not copied
    s.close()

    def one_by_one(self):
        raise AssertionError("the index keys were iterated one at a time")

    monkeypatch.setattr(IndexedKeys, "__iter__", one_by_one)
    s = SQLiteStore(path)
    with s.writer():
        (found,) = s.cluster_candidates(np.stack([_vec(7)]), 3)
        assert found[0][0] == f"{7:016x}"
        assert s._exact is not None and s._exact.nums.tolist() == [n for n in range(1, 81) if n != 5]
    s.close()


def test_a_writers_candidate_searches_look_up_each_article_number_once(tmp_path):
    """A stream's batches share most of their neighbours: the ids of the article numbers a search
    returns are kept (and those of the articles this store object wrote), not looked up again."""
    s = SQLiteStore(tmp_path / "s.db")
    s.write_batch(_batch(list(range(1, 41))))
    statements: list[str] = []
    s.db.set_trace_callback(statements.append)
    with s.writer():
        first = s.cluster_candidates(np.stack([_vec(3), _vec(9)]), 5)
        again = s.cluster_candidates(np.stack([_vec(3), _vec(9)]), 5)
    assert [a for a, _v in first[0]][:1] == [f"{3:016x}"] and [[a for a, _ in r] for r in first] == [
        [a for a, _ in r] for r in again]
    # (a writer reads the ids by number with the articles' cluster rows: SQLStoreBase._candidate_ids, stop 48)
    lookups = ("SELECT num, id FROM articles", "SELECT a.num, a.id,")
    assert not [q for q in statements if q.startswith(lookups)]  # written here: known
    s.close()
    s = SQLiteStore(tmp_path / "s.db")
    s.db.set_trace_callback(statements.append)
    with s.writer():
        s.cluster_candidates(np.stack([_vec(3)]), 5)
        s.cluster_candidates(np.stack([_vec(3)]), 5)
    assert len([q for q in statements if q.startswith(lookups)]) == 1
    s.close()


def test_the_exact_scan_gives_a_row_without_neighbours_none_of_the_next_rows():
    # Review: ranking a batch in one pass handed a zero query (NaN distances, no hits) the next
    # query's neighbours; the row-by-row scan before gave it none.
    import numpy as np

    from storylens.store._exact import ExactScan

    rng = np.random.default_rng(3)
    scan = ExactScan(8)
    scan.add(np.arange(300), rng.normal(size=(300, 8)).astype(np.float32))
    queries = rng.normal(size=(6, 8)).astype(np.float32)
    queries[3] = 0.0
    found = scan.nearest(queries, 7)
    assert found[3] == [] and len(found[4]) == 7
    assert [n for n, _ in found[4]] == [n for n, _ in scan.nearest(queries[4:5], 7)[0]]


def test_the_exact_scan_ranks_ties_at_the_edge_by_article_number():
    # The scan takes each row's k nearest without ranking the row when nothing left out ties the
    # k-th; a row with copies of one vector across its edge must still keep the lowest numbers.
    import numpy as np

    from storylens.store._common import unit_rows
    from storylens.store._exact import ExactScan

    rng = np.random.default_rng(5)
    vectors = rng.normal(size=(200, 8)).astype(np.float16)
    vectors[100:140] = vectors[7]  # 41 copies: any k below that cuts through them
    nums = rng.permutation(1000)[:200] + 1
    scan = ExactScan(8)
    scan.add(nums, vectors)
    queries = np.vstack([vectors[7:8], rng.normal(size=(3, 8)).astype(np.float16)])
    dist = 1.0 - unit_rows(queries) @ unit_rows(vectors).T
    for k in (1, 5, 41, 60):
        found = scan.nearest(queries, k)
        for row, d in zip(found, dist):
            best = sorted(zip(d.tolist(), nums.tolist()))[:k]
            assert [n for n, _ in row] == [n for _, n in best]
    assert {n for n, _ in scan.nearest(queries[:1], 5)[0]} <= set(nums[[7, *range(100, 140)]].tolist())


@pytest.mark.parametrize("dim", [8, 64])
def test_the_exact_scan_by_slices_gives_the_whole_products_bits(dim):
    # The scan multiplies the held vectors a slice at a time (store._exact._SLICE): each distance
    # must be the one product of all of them gives (a 136-row slice gave another last bit in one of
    # 37,000 x 5: the candidates' order, and so the stories, would differ). Bit for bit where BLAS
    # sums in one order for every shape; OpenBLAS's AVX-512 kernels (an AMD EPYC, stop 35) sum a
    # slice and the whole in different orders (up to 8 float32 ulps of a distance, seen), so the order
    # of the nearest must be the whole product's and each distance within 2e-6 of it.
    import numpy as np

    from storylens.store._common import unit_rows
    from storylens.store._exact import _SLICE, ExactScan

    rng = np.random.default_rng(11)
    n = 2 * _SLICE + 137
    vectors = rng.normal(size=(n, dim)).astype(np.float16)
    scan = ExactScan(dim)
    scan.add(np.arange(_SLICE + 5), vectors[: _SLICE + 5])  # grown after a first scan: its buffer too
    scan.nearest(rng.normal(size=(40, dim)).astype(np.float32), 3)
    scan.add(np.arange(_SLICE + 5, n), vectors[_SLICE + 5 :])
    units = unit_rows(vectors)
    for m in (1, 5, 32):
        queries = rng.normal(size=(m, dim)).astype(np.float32)
        whole = np.subtract(np.float32(1.0), (units @ unit_rows(queries.astype(np.float16)).T).T)
        for row, d in zip(scan.nearest(queries, 10), whole):
            best = sorted(zip(d.tolist(), range(n)))[:10]
            assert [num for num, _ in row] == [num for _, num in best]
            np.testing.assert_allclose([dist for _, dist in row], [dist for dist, _ in best], rtol=0, atol=2e-6)


def test_row_dots_are_each_rows_own_dot_bit_for_bit():
    # unit_rows' norms come from one vecdot over the rows (numpy >= 2.0), not a row.dot(row) per row: the clusterer
    # normalises one vector by sqrt(row.dot(row)), so every width and scale must give the same bits.
    import numpy as np

    from storylens.store._common import _row_dots

    rng = np.random.default_rng(11)
    for dim in (1, 3, 31, 256, 513):
        rows = (rng.standard_normal((97, dim)) * rng.uniform(1e-3, 1e3, (97, 1))).astype(np.float16).astype(np.float32)
        want = np.array([r.dot(r) for r in rows], dtype=np.float32)
        got = _row_dots(rows)
        assert got.dtype == np.float32 and np.array_equal(got.view(np.uint32), want.view(np.uint32))


@pytest.mark.parametrize("order", ["<", ">"])
def test_unit_rows_of_halves_are_numpys_cast_bit_for_bit(order):
    # unit_rows casts float16 rows by bits (store._common._halves_into) and by slices of _UNIT_SLICE rows: every
    # half (subnormals, zeros of both signs, the largest) must come out as numpy's cast of it gives it, of
    # either byte order (a COPY's rows are big-endian), strided too, and a row holding an infinity or NaN as
    # numpy's cast and division make it (the bits cannot cast those: the cast is numpy's then).
    import numpy as np

    from storylens.store._common import _UNIT_SLICE, unit_rows

    def numpys(rows):
        out = np.array(rows, dtype=np.float32)
        norms = np.sqrt(np.fromiter((r.dot(r) for r in out), dtype=np.float32, count=len(out)))
        with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
            out /= norms[:, None]
        return out

    every = np.arange(1 << 16, dtype=np.uint32).astype(np.uint16).view(np.float16)
    finite = every[np.isfinite(every)]
    rng = np.random.default_rng(3)
    rows = rng.permutation(np.resize(finite, (_UNIT_SLICE + 37) * 256)).reshape(-1, 256)
    rows[5] = 0.0  # a text with no vector: NaN units
    for matrix in (rows, rows[:, ::3], rows[:1]):
        matrix = matrix.astype(np.dtype(np.float16).newbyteorder(order))
        with np.errstate(invalid="ignore", over="ignore"):
            got, want = unit_rows(matrix), numpys(matrix)
        assert got.dtype == np.float32 and np.array_equal(got.view(np.uint32), want.view(np.uint32))
        out = np.full((len(matrix) + 9, matrix.shape[1]), 7.0, dtype=np.float32)
        with np.errstate(invalid="ignore", over="ignore"):
            unit_rows(matrix, out=out[: len(matrix)])
        assert np.array_equal(out[: len(matrix)].view(np.uint32), want.view(np.uint32)) and np.all(out[len(matrix):] == 7)
    for bad in (np.inf, -np.inf, np.nan):
        matrix = rows[: _UNIT_SLICE + 3].copy()
        matrix[_UNIT_SLICE + 1, 4] = bad  # in the second slice: the first is cast by bits
        matrix = matrix.astype(np.dtype(np.float16).newbyteorder(order))
        with np.errstate(invalid="ignore", over="ignore"):
            got, want = unit_rows(matrix), numpys(matrix)
        assert np.array_equal(got.view(np.uint32), want.view(np.uint32))
        assert np.isnan(got[_UNIT_SLICE + 1, 4])  # not a finite 2**16 and more, as the bits would make it


def test_the_exact_scans_first_read_leaves_room_for_the_writers_batches():
    # A writer's first read of the stored vectors (room=ROOM): its batches go into that room, the rows held
    # are not copied into an array twice the size at the first batch; the rows read back are the same.
    import numpy as np

    from storylens.store._exact import ROOM, ExactScan

    rng = np.random.default_rng(5)
    first, batch = rng.normal(size=(3000, 8)).astype(np.float16), rng.normal(size=(32, 8)).astype(np.float16)
    roomy, plain = ExactScan(8), ExactScan(8)
    roomy.add(np.arange(3000), first, room=ROOM)
    plain.add(np.arange(3000), first)
    held = roomy._units
    for scan in (roomy, plain):
        scan.add(np.arange(3000, 3032), batch)
    assert roomy._units is held and len(held) == 3000 + ROOM
    assert len(plain._units) == 6000  # without room: grown to twice its rows
    assert np.array_equal(roomy.units, plain.units) and np.array_equal(roomy.nums, plain.nums)
    queries = rng.normal(size=(4, 8)).astype(np.float32)
    assert roomy.nearest(queries, 5) == plain.nearest(queries, 5)


def test_a_writer_views_the_saved_index_file_and_loads_it_only_to_save_it(tmp_path, monkeypatch):
    """A writer reads its candidate window's vectors from a view of the saved index file (a memory map) and
    the journal's vectors the file lacks, and loads the index only to save it (issue 13: loading a 12k store's
    file was ~10 CPU-ms of a 32-article ingest, in page faults). Its answers are the loaded index's, bit for bit."""
    path = tmp_path / "s.db"
    s = SQLiteStore(path)
    s.write_batch(_batch(list(range(1, 61))))
    s.close()  # saved: the file holds 60 vectors
    s = SQLiteStore(path)
    s.write_batch(_batch(list(range(61, 71)), story="S-2"))
    s.db.close()  # 10 vectors left in the journal (no save: below the tail of 32)
    assert _journal(path) == 10
    queries = np.stack([_vec(3), _vec(65), _vec(200)])
    nums = list(range(1, 75))

    def answers(store):
        found = store.cluster_candidates(queries, 12)
        ids = [f"{i:016x}" for i in nums]
        return ([[(a, None if u is None else u.tobytes()) for a, u in row] for row in found],
                {k: v.tobytes() for k, v in store.vectors(ids).items()}, store._exact.nums.tolist(),
                store._exact.units.tobytes())

    for name in ("s.db", "s.db.usearch"):  # the same store twice: one loads its index, the other views it
        shutil.copy(tmp_path / name, tmp_path / name.replace("s.db", "t.db"))
    loaded = SQLiteStore(tmp_path / "t.db")
    with loaded.writer():
        loaded._ensure_index()  # the index itself, as before the view
        loaded.write_batch(_batch([71, 72, 73], story="S-3"))
        want = answers(loaded)
    loaded.close()

    calls: list[int] = []
    real = SQLiteStore._load_index
    monkeypatch.setattr(SQLiteStore, "_load_index", lambda self: calls.append(1) or real(self))
    s = SQLiteStore(path)
    with s.writer():
        s.write_batch(_batch([71, 72, 73], story="S-3"))
        got = answers(s)
        s.flush()
    assert got == want and calls == [] and s._index is None  # 13 in the journal: still below the tail
    s.close()
    assert _journal(path) == 13
    s = SQLiteStore(path)
    with s.writer():
        s.cluster_candidates(queries, 5)
        s.write_batch(_batch(list(range(74, 100)), story="S-4"))  # 39 in the journal: the tail of 32 reached
        s.flush()
    s.close()
    assert calls == [1] and _journal(path) == 0  # loaded once, to save
    s = SQLiteStore(path)
    assert len(s._ensure_index()) == 99 and s.nearest(_vec(99), k=1)[0][0] == f"{99:016x}"
    s.close()


def test_the_refusal_names_every_command_that_holds_the_writer_lock(tmp_path):
    # trial break61u2 LOW: a `watch` held the lock and the refusal said "(ingest or story correction)"
    a, b = SQLiteStore(tmp_path / "s.db"), SQLiteStore(tmp_path / "s.db")
    with a.writer(), pytest.raises(StoreError) as refused, b.writer():
        pass
    assert "(an ingest, watch, stories --refine or story correction)" in str(refused.value)
    a.close()
    b.close()
