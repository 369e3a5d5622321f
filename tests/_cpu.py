"""``pytest --cpu-report=N``: the CPU seconds each test file cost, summed over the xdist workers, and the N
dearest tests, printed at the end of the run (stop 37, suite37: where the suite's ~400 CPU-s go).

A test's CPU is its process's (``time.process_time()``: user + system, all threads) plus the children it
waited for (``RUSAGE_CHILDREN``: a CLI run in a subprocess, an ingest's worker processes) from the start of
its setup to the end of its teardown, so a fixture is charged to the test that built it (a session
fixture to the first test that takes it, on each worker). Not counted: collection, the controller, and a
server that detached itself (the PostgreSQL server: ``pg_server`` adds its own CPU under ``<postgresql>``
when it stops, from /proc). Wall time beside it shows the waits (a server, a lock, a busy machine).
"""

from __future__ import annotations

import resource
import time
from collections import defaultdict
from typing import Any

import pytest

KEY = "storylens_cpu"


def _cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


class CpuReport:
    """Per-file and per-test CPU and wall seconds of this process (a worker, or a run without xdist)."""

    def __init__(self) -> None:
        self.files: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
        self.tests: dict[str, list[float]] = {}
        self.extra: dict[str, float] = {}
        self.encoded: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))  # file -> encoder -> texts
        self._file = "<outside tests>"
        self.start = time.perf_counter()
        self._seen: set[tuple[str, int]] = set()
        self._count_encodings()

    def _count_encodings(self) -> None:
        """Count the texts each real encoder (USE, e5) encodes for each file: the same texts encoded by
        two files of one worker, or by both workers, show here (a vector cache hit encodes nothing)."""
        from storylens.embed import E5Embedder, UseEmbedder

        for cls, name in ((UseEmbedder, "USE"), (E5Embedder, "e5")):
            encode = cls._encode

            def counted(enc, model, texts, _encode=encode, _name=name):
                self.encoded[self._file][_name] += len(texts)
                for text in texts:  # encoded before in this process (by another test, another cache)
                    key = (_name, hash(text))
                    if key in self._seen:
                        self.encoded[self._file][_name + " again"] += 1
                    self._seen.add(key)
                return _encode(enc, model, texts)

            cls._encode = counted  # type: ignore[method-assign]

    @pytest.hookimpl(hookwrapper=True)
    def pytest_runtest_protocol(self, item: Any, nextitem: Any):
        cpu, wall = _cpu(), time.perf_counter()
        self._file = item.nodeid.partition("::")[0]
        yield
        cpu, wall = _cpu() - cpu, time.perf_counter() - wall
        entry = self.files[item.nodeid.partition("::")[0]]
        entry[0] += cpu
        entry[1] += wall
        entry[2] += 1
        self.tests[item.nodeid] = [cpu, wall, time.perf_counter() - self.start]

    def add(self, name: str, cpu: float) -> None:
        """CPU spent outside this process's tests and children (a detached server's)."""
        self.extra[name] = self.extra.get(name, 0.0) + cpu

    def as_dict(self) -> dict:
        return {"files": dict(self.files), "tests": self.tests, "extra": self.extra, "process": _cpu(),
                "encoded": {f: dict(c) for f, c in self.encoded.items()}}


class CpuSummary:
    """The controller's side: the workers' reports merged and printed."""

    def __init__(self, config: Any, local: CpuReport | None) -> None:
        self.config = config
        self.local = local
        self.reports: list[dict] = []
        self.start = time.perf_counter()
        self.ends: list[float] = []  # when each worker finished, seconds after the start (the tail's imbalance)

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: Any, error: Any) -> None:
        self.ends.append(time.perf_counter() - self.start)
        report = getattr(node, "workeroutput", {}).get(KEY)
        if report:
            self.reports.append(report)

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        reports = list(self.reports)
        if self.local is not None and self.local.tests:
            reports.append(self.local.as_dict())
        files: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
        tests: dict[str, list[float]] = {}
        extra: dict[str, float] = defaultdict(float)
        encoded: dict[str, list[dict]] = defaultdict(list)
        for report in reports:
            for name, counts in report.get("encoded", {}).items():
                encoded[name].append(counts)
            for name, (cpu, wall, n) in report["files"].items():
                files[name][0] += cpu
                files[name][1] += wall
                files[name][2] += n
            tests.update(report["tests"])
            for name, cpu in report["extra"].items():
                extra[name] += cpu
        top = self.config.getoption("cpu_report")
        processes = [r["process"] for r in self.reports]
        write = terminalreporter.write_line
        total = sum(v[0] for v in files.values())
        terminalreporter.section(f"CPU per file (top {top}; tests' own CPU {total:.1f} s in {len(reports)} "
                                 f"process(es), + detached {sum(extra.values()):.1f} s)")
        if processes:
            write(f"workers' whole processes (start-up, collection, tests, their children): "
                  f"{' + '.join(f'{p:.1f}' for p in processes)} CPU-s; the controller {time.process_time():.1f}; "
                  f"workers done at {', '.join(f'{e:.0f}' for e in sorted(self.ends))} s")
        write(f"{'CPU-s':>8} {'wall-s':>8} {'tests':>6}  file")
        for name, (cpu, wall, n) in sorted(files.items(), key=lambda kv: -kv[1][0])[:top]:
            write(f"{cpu:8.2f} {wall:8.2f} {int(n):6d}  {name}")
        for name, cpu in sorted(extra.items()):
            write(f"{cpu:8.2f} {'':>8} {'':>6}  {name}")
        terminalreporter.section("texts encoded by the real encoders, per file and process")
        for name, counts in sorted(encoded.items(), key=lambda kv: -sum(sum(c.values()) for c in kv[1])):
            write(f"{' | '.join(', '.join(f'{k} {v}' for k, v in sorted(c.items())) for c in counts):>40}  {name}")
        terminalreporter.section(f"CPU per test (top {top})")
        for name, (cpu, wall, _end) in sorted(tests.items(), key=lambda kv: -kv[1][0])[:top]:
            write(f"{cpu:8.2f} {wall:8.2f}  {name}")
        for k, report in enumerate(self.reports):
            last = sorted(report["tests"].items(), key=lambda kv: kv[1][2])[-8:]
            terminalreporter.section(f"the last tests of worker {k} (CPU-s, wall-s, ended at s)")
            for name, (cpu, wall, end) in last:
                write(f"{cpu:8.2f} {wall:8.2f} {end:8.1f}  {name}")


def configure(config: Any) -> None:
    """Register the report's parts for ``--cpu-report``: the recorder where tests run, the summary on the
    controller (or in a run without workers)."""
    if not config.getoption("cpu_report", 0):
        return
    worker = hasattr(config, "workerinput")
    distributed = not worker and config.getoption("numprocesses", None) not in (None, 0)
    local = None if distributed else CpuReport()
    if local is not None:
        config.pluginmanager.register(local, "storylens-cpu")
    if not worker:
        config.pluginmanager.register(CpuSummary(config, local), "storylens-cpu-summary")


def recorder(config: Any) -> CpuReport | None:
    plugin = config.pluginmanager.get_plugin("storylens-cpu")
    return plugin if isinstance(plugin, CpuReport) else None


def finish(config: Any) -> None:
    """A worker hands its figures to the controller (xdist's ``workeroutput``)."""
    plugin = recorder(config)
    if plugin is not None and hasattr(config, "workeroutput"):
        config.workeroutput[KEY] = plugin.as_dict()
