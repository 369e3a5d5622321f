"""xdist's ``--dist loadgroup`` scheduler with its bookkeeping linear in the number of tests (``make test``).

xdist 3.8's LoadScopeScheduling keeps every scope it ever gave a worker in ``assigned_work`` and, on each
finished test, counts the pending tests of all of them (``_pending_of``, on every report and again for
``tests_finished``); under loadgroup an ungrouped test is a scope of its own, so a run of N tests made ~N²/4
dict walks. It also found each test's index in a worker's collection by ``list.index``. Replaying the suite's
7,585 ids through both schedulers: 2.39 CPU-s of bookkeeping there, 0.10 here (stop 36, suite36; the controller
process spent ~20 CPU-s in a whole run, the rest is reading the workers' reports). Here a scope leaves
``assigned_work`` once all its tests are done and the indexes come from a dict: the same counts, so the same
scheduling decisions, work units and order (tests/test_sched.py).
"""

from __future__ import annotations

from typing import Any

from xdist.scheduler import LoadGroupScheduling


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
        scope, work_unit = self.workqueue.popitem(last=False)
        self.assigned_work.setdefault(node, {})[scope] = work_unit
        index = self._indexes.get(node)
        if index is None:
            index = self._indexes[node] = {}
            for i, nodeid in enumerate(self.registered_collections[node]):
                index.setdefault(nodeid, i)  # list.index's answer: the first
        node.send_runtest_some([index[nodeid] for nodeid, completed in work_unit.items() if not completed])
