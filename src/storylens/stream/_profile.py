"""Per-stage timings of one ingest run (``storylens ingest --profile``).

Two kinds of stage: the map step (clean, language, lead, embed, entity keys) runs
in worker processes or here; the ordered commit (read, ids, nearest stored, near-duplicates,
clustering, store write) always runs here. ``nearest stored`` is the batch's one index query,
which the near-duplicate check and the clustering share (a writer's first batch reads its
candidate window there). Each stage keeps wall seconds and CPU seconds: ``time.thread_time`` of the ingesting thread here (the progress bar's
thread is not counted), ``time.process_time`` inside a worker. ``wait`` is the wall
time this process spent blocked on workers: when it is large the workers are the
bottleneck, when it is near zero this process is.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

__all__ = ["StageTimes"]

# The order stages are printed in (stages not listed follow in the order first seen).
_ORDER = ("read", "content ids", "prepare (clean, language, lead)", "embed", "entity keys", "opening events",
          "wait for workers",
          "nearest stored", "near-duplicates", "cluster", "store write", "metadata merge")


@dataclass
class StageTimes:
    """Wall and CPU seconds per stage, and where each ran ("main", "workers" or "both")."""

    wall: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)
    where: dict[str, str] = field(default_factory=dict)
    worker_processes: int = 0  # how many processes the "workers" figures were summed over

    @contextmanager
    def stage(self, name: str, where: str = "main") -> Iterator[None]:
        wall, cpu = time.perf_counter(), time.thread_time() if where == "main" else time.process_time()
        try:
            yield
        finally:
            now_cpu = time.thread_time() if where == "main" else time.process_time()
            self.add(name, time.perf_counter() - wall, now_cpu - cpu, where)

    def add(self, name: str, wall: float, cpu: float, where: str = "main") -> None:
        self.wall[name] = self.wall.get(name, 0.0) + wall
        self.cpu[name] = self.cpu.get(name, 0.0) + cpu
        if self.where.setdefault(name, where) != where:
            self.where[name] = "both"  # e.g. a batch too small to split ran here, the others in the workers

    def merge(self, other: Mapping[str, tuple[float, float]], where: str = "workers") -> None:
        """Add ``{stage: (wall, cpu)}`` measured elsewhere (a worker's share of one batch)."""
        for name, (wall, cpu) in other.items():
            self.add(name, wall, cpu, where)

    def as_dict(self) -> dict[str, tuple[float, float]]:
        return {name: (self.wall[name], self.cpu[name]) for name in self.wall}

    def rows(self) -> list[str]:
        return sorted(self.wall, key=lambda n: (_ORDER.index(n) if n in _ORDER else len(_ORDER), n))

    def table(self, articles: int, seconds: float) -> str:
        """A plain-text table: per stage, where it ran, CPU ms per article, wall seconds, share of the run's wall."""
        n = max(articles, 1)
        lines = [f"{'stage':34} {'where':8} {'CPU ms/article':>14} {'wall s':>8} {'% of wall':>9}"]
        for name in self.rows():
            lines.append(f"{name:34} {self.where[name]:8} {1000 * self.cpu[name] / n:>14.2f} {self.wall[name]:>8.2f} "
                         f"{100 * self.wall[name] / seconds if seconds > 0 else 0:>8.1f}%")
        main = sum(c for k, c in self.cpu.items() if self.where[k] == "main")
        workers = sum(c for k, c in self.cpu.items() if self.where[k] != "main")  # "both": mostly the workers
        lines.append(f"{'all stages':34} {'':8} {1000 * (main + workers) / n:>14.2f}")
        busy = (main + workers) / seconds if seconds > 0 else 0.0
        lines.append(f"{articles} articles in {seconds:.2f} s: {articles / seconds if seconds > 0 else 0:.1f} articles/s; "
                     f"CPU this process {main:.2f} s, workers {workers:.2f} s "
                     f"({self.worker_processes or 'no'} worker processes); {busy:.2f} cores busy in the stages")
        return "\n".join(lines)
