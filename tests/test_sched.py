"""tests/_sched.py's loadgroup scheduler hands out the same work as xdist's, in the same order."""

from __future__ import annotations

import random

import pytest

pytest.importorskip("xdist")

from xdist.scheduler import LoadGroupScheduling

from ._sched import GroupScheduling


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
        self.queue += indexes

    def shutdown(self):
        self.shutting_down = True


def _run(cls, ids: list[str], crash_at: int | None = None) -> list:
    """Every test dispatched and completed, the two workers taking turns; what the scheduler did, in order."""
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


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_same_tests_go_to_the_same_workers_in_the_same_order(seed):
    ids = _collection(seed)
    ours = _run(GroupScheduling, ids)
    assert ours == _run(LoadGroupScheduling, ids)
    assert sorted(i for _, i, *_ in ours) == list(range(len(ids)))  # each test once


def test_a_crashed_workers_unfinished_tests_are_handed_on_alike():
    # The same crashed test named and the same tests run, in the same order, on the same worker. xdist put the
    # crashed worker's finished scopes back in the queue too (they hand out no test), so it told the last
    # worker to shut down later than this scheduler does: after the same last test either way.
    ids = _collection(4)
    ours, theirs = (_run(cls, ids, crash_at=len(ids) // 3) for cls in (GroupScheduling, LoadGroupScheduling))
    assert [step[:3] if step[0] == "crash" else step[:2] for step in ours] == [
        step[:3] if step[0] == "crash" else step[:2] for step in theirs]
    assert ours[-1] == theirs[-1] and ours[-1][2:] == (True, False, True)  # all done, the worker told to stop
