"""The writer's candidate window (settings.candidate_window): its searches by vector see only the last
N stored vectors, on both backends alike; older articles are found only through their copy keys."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.store import open_store
from storylens.store._exact import ExactScan
from storylens.store.base import ArticleRecord, AssignmentRecord, StoreBatch


def _vec(seed: int, dim: int = 512) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal(dim).astype(np.float32)
    return v / np.linalg.norm(v)


def _id(i: int) -> str:
    return f"{i:016x}"


def _batch(ids, keys=None) -> StoreBatch:
    return StoreBatch(
        articles=[ArticleRecord(_id(i), f"feed#{i}", f"Article {i} about the ferry.", language="en") for i in ids],
        vectors={_id(i): _vec(i) for i in ids},
        assignments=[AssignmentRecord(_id(i), f"S-{i}", 0.9, True, None, (), "test") for i in ids],
        copy_keys=keys or {})


def test_the_exact_scan_never_answers_a_row_outside_its_window():
    scan = ExactScan(512)
    scan.add(list(range(1, 21)), np.stack([_vec(i) for i in range(1, 21)]))
    queries = np.stack([_vec(i) for i in (2, 9, 15, 20)] + [_vec(3) + _vec(18)])
    got = scan.nearest(queries, 4, window=6)
    assert all(num >= 15 for row in got for num, _d in row) and all(len(row) == 4 for row in got)
    assert [row[0][0] for row in got[2:4]] == [15, 20] and got[4][0][0] == 18
    assert scan.nearest(queries, 30, window=6)[0] != scan.nearest(queries, 30)[0][:6]  # 2 is found without it
    assert scan.window_start(6) == 15 and scan.window_start(20) is None and scan.window_start(None) is None
    scan.trim(10)  # nothing dropped up to twice the window
    assert len(scan) == 20
    scan.trim(3)  # the last 3 kept: answers inside them unchanged, and the window still starts after 17
    assert len(scan) == 3 and scan.window_start(3) == 18
    assert scan.nearest(queries, 2, window=3) == _scan_of(range(18, 21)).nearest(queries, 2)


def _scan_of(nums) -> ExactScan:
    scan = ExactScan(512)
    nums = list(nums)
    scan.add(nums, np.stack([_vec(i) for i in nums]))
    return scan


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_rows_outside_the_window_never_become_candidates(backend, tmp_path, request):
    url = str(tmp_path / "s.db") if backend == "sqlite" else request.getfixturevalue("pg_url")
    store = open_store(url)
    store.candidate_window = 5
    with store.writer():
        store.write_batch(_batch(range(1, 9)))
        store.write_batch(_batch(range(9, 13)))  # 12 stored: the window holds 8..12
        queries = np.stack([_vec(i) for i in range(1, 13)])
        found = store.cluster_candidates(queries, 12)
        inside = {_id(i) for i in range(8, 13)}
        assert all({aid for aid, _v in row} <= inside and len(row) == 5 for row in found)
        # each answer is the window's exact ranking (the same on both backends)
        units = np.stack([_vec(i) for i in range(8, 13)])
        for q, row in zip(queries, found):
            order = sorted(range(8, 13), key=lambda i: (-float(units[i - 8] @ q), i))
            assert [aid for aid, _v in row] == [_id(i) for i in order]
        assert found[10][0][0] == _id(11) and _id(2) not in {aid for aid, _v in found[1]}
    store.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_copy_keys_find_a_stored_article_outside_the_window_only(backend, tmp_path, request):
    url = str(tmp_path / "s.db") if backend == "sqlite" else request.getfixturevalue("pg_url")
    store = open_store(url)
    store.candidate_window = 4
    # key 7: every article has it (boilerplate: more holders than COPY_KEY_HOT); 8: articles 1-5
    keys = {_id(i): (1000 + i, 2000 + i, 7, *((8,) if i <= 5 else ())) for i in range(1, 71)}
    with store.writer():
        store.write_batch(_batch(range(1, 71), keys))  # the window holds 67..70
        assert store.copy_candidates([(1002, 2002), (1068, 2068), (2005,), (7, 1003), (8, 1004), (8, 2001, 1005)]) == [
            [_id(2)],  # two keys shared
            [],  # inside the window: its vector scan answers
            [],  # one key shared: no copy
            [],  # the boilerplate key is not read, so one key left
            [_id(4)],  # a rare key and its own
            [_id(1), _id(5)],  # two keys each, by number
        ]
    store.close()
    store = open_store(url)
    store.candidate_window = 80  # the window holds every stored vector: nothing is outside it
    with store.writer():
        assert store.copy_candidates([(1002, 2002)]) == [[]]
    store.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_copy_key_holders_of_a_large_batch_are_each_keys_own(backend, tmp_path, request):
    # More distinct keys than one statement's chunk (500): SQLite reads a batch's holders a chunk per
    # statement, each key's range apart; every key still gives its own holders, in order.
    url = str(tmp_path / "s.db") if backend == "sqlite" else request.getfixturevalue("pg_url")
    store = open_store(url)
    store.candidate_window = 10
    keys = {_id(i): (100_000 + i, 200_000 + i, -(i % 3) - 1) for i in range(1, 351)}
    with store.writer():
        store.write_batch(_batch(range(1, 351), keys))  # the window holds 341..350
        asked = [(100_000 + i, 200_000 + i) for i in range(1, 341)] + [(100_000 + 345, 200_000 + 345), (-1, -2)]
        got = store.copy_candidates(asked)
        assert len({k for ks in asked for k in ks}) > 500
        assert got[:340] == [[_id(i)] for i in range(1, 341)]
        assert got[340] == [] and got[341] == []  # inside the window; two boilerplate keys (113+ holders each)
    store.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_copy_keys_added_to_old_rows_move_the_stores_mark(backend, tmp_path, request):
    url = str(tmp_path / "s.db") if backend == "sqlite" else request.getfixturevalue("pg_url")
    store = open_store(url)
    assert store.copy_keys_from() == 0  # an empty store
    with store.writer():
        store.write_batch(_batch(range(1, 7)))  # stored with no keys: as before copy keys existed
        assert store.copy_keys_from() == 7  # one past the last article
        store.write_batch(_batch(range(7, 9), {_id(7): (70, 71), _id(8): (80,)}))
        nums = {a.id: n for n, a in store.articles_before(10**6, 100)}
        assert store.copy_keys_from() == nums[_id(7)]  # the first keyed article
        older = store.articles_before(nums[_id(7)], 4)
        assert [a.id for _n, a in older] == [_id(6), _id(5), _id(4), _id(3)]
        assert [n for n, _a in older] == sorted((n for n, _a in older), reverse=True)
        assert older[0][1].text == "Article 6 about the ferry." and store.articles_before(nums[_id(1)], 4) == []
        store.add_copy_keys({n: (1000 + n, 71) for n, _a in older}, older[-1][0])
        store.add_copy_keys({older[0][0]: (1000 + older[0][0],)}, older[-1][0])  # stored already: kept once
        assert store.copy_keys_from() == nums[_id(3)]
        store.candidate_window = 2  # 7 and 8 inside: the keyed old rows are found by their keys
        assert store.copy_candidates([(1000 + nums[_id(5)], 71), (70, 71), (1000 + nums[_id(2)], 71)]) == [
            [_id(5)], [], []]  # two keys shared; one (70 is 7's, inside); 2 was not keyed
    store.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_wider_window_asked_of_the_same_writer_is_read_whole(backend, tmp_path, request):
    # The writer's copy holds its window's rows only (read as the last N, trimmed to them): a wider window
    # asked later of the same writer answered from the rows held, without the older ones it now holds.
    url = str(tmp_path / "s.db") if backend == "sqlite" else request.getfixturevalue("pg_url")
    store = open_store(url)
    queries = np.stack([_vec(i) for i in range(1, 13)])
    with store.writer():
        store.write_batch(_batch(range(1, 13)))
        for window in (3, 8, 2, 0, 5):
            store.candidate_window = window
            found = store.cluster_candidates(queries, 12)
            inside = list(range(13 - window, 13)) if window else list(range(1, 13))
            units = np.stack([_vec(i) for i in inside])
            for q, row in zip(queries, found):
                order = sorted(inside, key=lambda i: (-float(units[inside.index(i)] @ q), i))
                assert [aid for aid, _v in row] == [_id(i) for i in order], window
            if window:
                assert store._window_start() == inside[0]
    store.close()
