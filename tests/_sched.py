"""xdist's ``--dist loadgroup`` scheduler with its bookkeeping linear in the number of tests (``make test``).

xdist 3.8's LoadScopeScheduling keeps every scope it ever gave a worker in ``assigned_work`` and, on each
finished test, counts the pending tests of all of them (``_pending_of``, on every report and again for
``tests_finished``); under loadgroup an ungrouped test is a scope of its own, so a run of N tests made ~N²/4
dict walks. It also found each test's index in a worker's collection by ``list.index``. Replaying the suite's
7,585 ids through both schedulers: 2.39 CPU-s of bookkeeping there, 0.10 here (stop 36, suite36; the controller
process spent ~20 CPU-s in a whole run, the rest is reading the workers' reports). Here a scope leaves
``assigned_work`` once all its tests are done and the indexes come from a dict: the same counts, so the same
scheduling decisions, work units and order (tests/test_sched.py).

Past xdist: a test in no group is a unit of its own, and xdist sent each in a message of its own when its worker
had two left, so every such test cost a message each way (3,000 trivial tests on two workers, controller +
workers, two runs each at load ~13: 7.4 and 8.4 CPU-s one message a test, 6.9 and 6.9 with runs sent together;
stop 57, suite57). A run of such units now goes to a worker in one message of up to :data:`CHUNK` tests, in the
queue's order, while :data:`TAIL` units per worker or more wait; the last ones go one by one, so the tail still
balances.
"""

from __future__ import annotations

from typing import Any

from xdist.scheduler import LoadGroupScheduling

CHUNK = 8  # one-test units sent in one message
TAIL = 64  # units per worker below which each unit goes alone (as xdist sends them)


class GroupScheduling(LoadGroupScheduling):
    """LoadGroupScheduling whose per-report work does not grow with the tests already run."""

    def __init__(self, config: Any, log: Any = None):
        super().__init__(config, log)
        self._indexes: dict[Any, dict[str, int]] = {}

    def mark_test_complete(self, node: Any, item_index: int, duration: float = 0) -> None:
        nodeid = self.registered_collections[node][item_index]
        scope = self._split_scope(nodeid)
        workload = self.assigned_work[node]
        workload[scope][nodeid] = True
        if all(workload[scope].values()):  # done: it counts no pending test, and a crash requeues none of it
            del workload[scope]
        self._reschedule(node)

    def _assign_work_unit(self, node: Any) -> None:
        assert self.workqueue
        index = self._indexes.get(node)
        if index is None:
            index = self._indexes[node] = {}
            for i, nodeid in enumerate(self.registered_collections[node]):
                index.setdefault(nodeid, i)  # list.index's answer: the first
        assigned = self.assigned_work.setdefault(node, {})
        send: list[int] = []
        while True:
            scope, work_unit = self.workqueue.popitem(last=False)
            assigned[scope] = work_unit
            send += [index[nodeid] for nodeid, completed in work_unit.items() if not completed]
            if (len(send) >= CHUNK or len(work_unit) != 1 or not self.workqueue
                    or len(self.workqueue) < TAIL * len(self.nodes)):
                break
            head = next(iter(self.workqueue.values()))
            if len(head) != 1:
                break
        node.send_runtest_some(send)
