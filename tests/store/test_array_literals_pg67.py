"""The PostgreSQL store sends an ``= ANY(...)`` list of ints or strs as one array literal (``_postgres._any_of``:
psycopg's per-element dump of the ~2,300 candidate numbers cost ~0.9 CPU-ms a batch into the 12k store; issue 13,
stop 67). Every element must come back as itself: quotes, backslashes, commas, braces, spaces, the word NULL, empty
strings and non-Latin text in ids, story ids and keys; big and negative numbers; an empty list still compares with a
text column."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.store import open_store
from storylens.store._postgres import _any_of
from storylens.store.base import ArticleRecord, AssignmentRecord, StoreBatch

# ids array_in would read otherwise if they were not quoted and escaped
_AWKWARD = ['a"b', "c\\d", "e,f", "{g}", " h ", "NULL", "null", "", "Ωμέγα-字", "x\\\"y", "a'b", "tab\there"]


def _vec(seed: int, dim: int = 512) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal(dim).astype(np.float32)
    return v / np.linalg.norm(v)


def test_the_literal_is_array_ins_syntax():
    assert _any_of([3, 5, -8, 2**62]) == ("= ANY(?::bigint[])", "{3,5,-8,4611686018427387904}")
    assert _any_of(['a"b', "c\\d", "e,f"]) == ("= ANY(?::text[])", '{"a\\"b","c\\\\d","e,f"}')
    # an empty list, a mixed one, a bool and numpy's ints stay psycopg's own arrays
    assert _any_of([]) == ("= ANY(?)", [])
    assert _any_of([1, "a"])[0] == "= ANY(?)"
    assert _any_of([True])[0] == "= ANY(?)"
    assert _any_of([np.int64(3)])[0] == "= ANY(?)"


def test_awkward_ids_and_keys_come_back_as_themselves(pg_url):
    ids = [f"id{i}{s}" for i, s in enumerate(_AWKWARD)] + [""]
    batch = StoreBatch(
        articles=[ArticleRecord(a, f"feed#{i}", f"Text {i}.", language="en", published="2026-11-10")
                  for i, a in enumerate(ids)],
        vectors={a: _vec(i) for i, a in enumerate(ids)},
        entities={a: [f"k{i}{s}" for s in _AWKWARD] for i, a in enumerate(ids)},
        events={a: f"event {i}" for i, a in enumerate(ids)},
        assignments=[AssignmentRecord(a, f"S{s}", 0.9, True, None, (), "test", pos=i)
                     for i, (a, s) in enumerate(zip(ids, [*_AWKWARD, "last"], strict=True))])
    with open_store(pg_url) as store:
        with store.writer():
            store.write_batch(batch)
        asked = [*ids, "not stored", 'not "stored"']
        assert store.known_ids(asked) == set(ids)
        assert [a.id for a in store.articles(asked)] == ids
        assert set(store.opening_events(asked)) == set(ids)
        assert set(store.cluster_articles(asked)) == set(ids)
        assert store.story_members([f"S{s}" for s in _AWKWARD]) == {
            f"S{s}": [(a, i)] for i, (a, s) in enumerate(zip(ids, _AWKWARD, strict=False))}
        keys = [f"k0{s}" for s in _AWKWARD]
        assert set(store.entities(ids[:1])[ids[0]]) == set(keys)
        nums = store._query("SELECT num FROM articles ORDER BY num")
        found = store._ids_of([int(r[0]) for r in nums] + [10**15])
        assert sorted(found.values()) == sorted(ids)
        assert store.known_ids([]) == set()


@pytest.mark.parametrize(("column", "values"), [("num", [2**63 - 1, -(2**63)]), ("id", ["", "NULL"])])
def test_extreme_values_compare(pg_url, column, values):
    with open_store(pg_url) as store:
        assert store._rows_in(f"SELECT 1 FROM articles WHERE {column} {{in}}", values) == []
