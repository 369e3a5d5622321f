"""tests/_sched.py's loadgroup scheduler hands out the same work as xdist's, in the same order; past xdist, it sends
runs of one-test units (tests in no group) to a worker in one message."""

from __future__ import annotations

import random

import pytest

pytest.importorskip("xdist")

from xdist.scheduler import LoadGroupScheduling

from . import _sched
from ._sched import GroupScheduling

SENT: list[tuple[str, list[int]]] = []  # every message a scheduler sent: (worker, test indexes)


class _Config:
    """What the schedulers read of pytest's config: two workers, loadscope's reordering on."""

    class option:
        loadscopereorder = True

    def getvalue(self, name):
        return {"tx": ["2*popen"], "dist": "loadgroup"}.get(name)


class _Gateway:
    def __init__(self, name: str):
        self.id = name


class _Node:
    def __init__(self, name: str):
        self.gateway = _Gateway(name)
        self.queue: list[int] = []
        self.shutting_down = False

    def send_runtest_some(self, indexes):
        SENT.append((self.gateway.id, list(indexes)))
        self.queue += indexes

    def shutdown(self):
        self.shutting_down = True


def _run(cls, ids: list[str], crash_at: int | None = None) -> list:
    """Every test dispatched and completed, the two workers taking turns; what the scheduler did, in order."""
    SENT.clear()
    sched = cls(_Config(), log=type("Log", (), {"__getattr__": lambda self, name: self, "__call__": lambda *a: None})())
    nodes = [_Node("gw0"), _Node("gw1")]
    for node in nodes:
        sched.add_node(node)
    for node in nodes:
        sched.add_node_collection(node, ids)
    sched.schedule()
    done: list[tuple] = []
    turn = 0
    while any(n.queue for n in nodes):
        node = [n for n in nodes if n.queue][turn % len([n for n in nodes if n.queue])]
        turn += 1
        if crash_at is not None and len(done) == crash_at:  # a worker dies: its unfinished tests go back
            node.queue.clear()
            done.append(("crash", node.gateway.id, sched.remove_node(node)))
            nodes.remove(node)
            sched.schedule()
            continue
        index = node.queue.pop(0)
        sched.mark_test_complete(node, index)
        done.append((node.gateway.id, index, sched.tests_finished, sched.has_pending, node.shutting_down))
    return done


def _collection(seed: int) -> list[str]:
    rnd = random.Random(seed)
    ids = []
    for m in range(30):
        group = rnd.choice([None, None, None, "web", "models", f"tests/m{m}.py"])
        for t in range(rnd.randint(1, 40)):
            ids.append(f"tests/m{m}.py::test_{t}" + (f"@{group}" if group else ""))
    return ids


@pytest.fixture
def one_by_one(monkeypatch):
    """The scheduler sending one unit a message, as xdist does."""
    monkeypatch.setattr(_sched, "CHUNK", 1)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_same_tests_go_to_the_same_workers_in_the_same_order(seed, one_by_one):
    ids = _collection(seed)
    ours = _run(GroupScheduling, ids)
    assert ours == _run(LoadGroupScheduling, ids)
    assert sorted(i for _, i, *_ in ours) == list(range(len(ids)))  # each test once


def test_a_crashed_workers_unfinished_tests_are_handed_on_alike(one_by_one):
    # The same crashed test named and the same tests run, in the same order, on the same worker. xdist put the
    # crashed worker's finished scopes back in the queue too (they hand out no test), so it told the last
    # worker to shut down later than this scheduler does: after the same last test either way.
    ids = _collection(4)
    ours, theirs = (_run(cls, ids, crash_at=len(ids) // 3) for cls in (GroupScheduling, LoadGroupScheduling))
    assert [step[:3] if step[0] == "crash" else step[:2] for step in ours] == [
        step[:3] if step[0] == "crash" else step[:2] for step in theirs]
    assert ours[-1] == theirs[-1] and ours[-1][2:] == (True, False, True)  # all done, the worker told to stop


def _sent() -> list[tuple[str, list[int]]]:
    return list(SENT)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_runs_of_ungrouped_tests_go_out_together_in_the_queues_order(seed):
    """Each ungrouped test was a message to a worker and a reply (~1 CPU-ms a test over both sides: 3,000 trivial
    tests, controller + workers 7.4-8.4 -> 6.9 CPU-s; stop 57, suite57). Runs of them now go in one message of up to
    CHUNK tests while TAIL units a worker remain (then one by one, as xdist, so the last tests still balance); the
    tests go out in xdist's order, each once, every group's tests on one worker."""
    ids = _collection(seed) + [f"tests/solo{k}.py::test_{t}" for k in range(40) for t in range(6)]  # many ungrouped
    ours = _run(GroupScheduling, ids)
    ours_sent = _sent()
    _run(LoadGroupScheduling, ids)
    theirs_sent = _sent()
    assert [i for _, sent in ours_sent for i in sent] == [i for _, sent in theirs_sent for i in sent]
    assert sorted(i for _, i, *_ in ours) == list(range(len(ids)))  # each test run once
    assert ours[-1][2:] == (True, False, True)  # all done, the last worker told to stop
    worker_of: dict[str, set[str]] = {}
    for worker, i, *_ in ours:
        if "@" in ids[i]:
            worker_of.setdefault(ids[i].rpartition("@")[2], set()).add(worker)
    assert worker_of and all(len(workers) == 1 for workers in worker_of.values())
    assert max(len(sent) for _, sent in ours_sent if all("@" not in ids[i] for i in sent)) == _sched.CHUNK > 1
    assert len(ours_sent) < len(theirs_sent)
    tail = [sent for _, sent in ours_sent][-_sched.TAIL:]  # the last units go one by one
    assert all(len(sent) == 1 or any("@" in ids[i] for i in sent) for sent in tail)


def test_a_crashed_workers_unfinished_tests_are_handed_on_when_sent_together():
    # A worker dies holding a message's tests: the first it had not finished is named, and every test it had
    # not finished runs on the other worker.
    ids = _collection(4) + [f"tests/solo{k}.py::test_{t}" for k in range(40) for t in range(6)]
    steps = _run(GroupScheduling, ids, crash_at=len(ids) // 3)
    at = next(k for k, step in enumerate(steps) if step[0] == "crash")
    _, crashed, named = steps[at]
    finished_there = {i for step in steps[:at] if step[0] == crashed for i in [step[1]]}
    after = [step[1] for step in steps[at + 1:]]
    assert any(len(sent) > 1 for worker, sent in SENT if worker == crashed)  # it held more than one
    assert named in ids and ids.index(named) in after
    assert set(range(len(ids))) == finished_there | {i for step in steps[:at] for i in [step[1]]} | set(after)
    assert all(step[0] != crashed for step in steps[at + 1:])
    assert steps[-1][2:] == (True, False, True)
