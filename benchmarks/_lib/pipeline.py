"""What the structure of ``storylens ingest --workers N`` allows on an idle machine, from its measured CPU.

A fluid model of the pipeline (:class:`storylens.stream.prepare.Preparer`): the ingesting process commits batches
of ``batch`` articles in order (``main_ms`` CPU-ms an article: read, ids, near-duplicates, clustering, the store
write), each batch prepared and embedded in ``workers`` parts by the worker processes (``worker_ms`` CPU-ms an
article in all of them together), at most ``depth`` batches ahead of the commits. Between two events (a part
prepared, a batch committed) the runnable processes share ``cores`` cores:

* ``fair``: equally (what the scheduler gives processes of one priority: ``cores / runnable`` each, at most one
  core). With 2 workers, 3 runnable processes on 2 cores give the ingesting process 2/3 of a core; it falls
  behind, the batches ahead fill, and the workers then wait for it with a core idle (ingest68's timeline, ingest78);
* ``main``: the ingesting process first (a core whenever it is runnable), the workers the rest.

No start-up, no load, no waiting on the store: the steady state's rate, to compare with a run's measured one.
ingest78: with stop 76's split (main 7.8, workers 13.2 CPU-ms an article, 2 workers) ``fair`` gives 89.7
articles/s and 1.88 cores busy (measured on that machine: 93/s, 1.85), ``main`` 94.8/s and 1.99.
"""

from __future__ import annotations


def pipeline_rate(main_ms: float, worker_ms: float, *, workers: int = 2, cores: int = 2, articles: int = 2500,
                  batch: int = 32, depth: int | None = None, share: str = "fair") -> tuple[float, float]:
    """(articles a second, cores busy on average) of the model above; ``depth`` defaults to ingest's
    (4 batches a worker)."""
    depth = 4 * workers if depth is None else depth
    n_batches = -(-articles // batch)
    queue: list[list[float]] = []  # parts submitted and not prepared yet, oldest first: [batch number, CPU-ms left]
    back = [0] * n_batches  # parts of each batch prepared
    parts = [0] * n_batches  # parts each batch was split into
    submitted = committed = 0
    main_left: float | None = None  # CPU-ms left of the batch being committed
    now = busy = 0.0

    def submit() -> None:
        nonlocal submitted
        size = min(batch, articles - submitted * batch)
        part = -(-size // workers)
        for start in range(0, size, part):
            queue.append([submitted, min(part, size - start) * worker_ms])
            parts[submitted] += 1
        submitted += 1

    while submitted < min(n_batches, depth + 1):
        submit()
    while committed < n_batches:
        if main_left is None and back[committed] == parts[committed]:
            main_left = min(batch, articles - committed * batch) * main_ms
        running = queue[:workers]  # each worker on the oldest part no other worker holds
        main_on = main_left is not None
        if share == "fair":
            each = min(1.0, cores / max(1, len(running) + main_on))
            main_rate, worker_rate = each, each
        else:
            main_rate = 1.0
            worker_rate = min(1.0, (cores - main_on) / max(1, len(running)))
        steps = [p[1] / worker_rate for p in running] + ([main_left / main_rate] if main_on and main_left else [])
        if not steps:  # nothing runnable: cannot happen while batches are left
            raise RuntimeError("the pipeline model stalled")
        dt = min(steps)
        now += dt
        busy += dt * (main_rate * main_on + worker_rate * len(running))
        for p in running:
            p[1] -= dt * worker_rate
        for p in [p for p in running if p[1] <= 1e-9]:
            back[int(p[0])] += 1
            queue.remove(p)
        if main_on:
            assert main_left is not None
            main_left -= dt * main_rate
            if main_left <= 1e-9:
                main_left = None
                committed += 1
                if submitted < n_batches:
                    submit()
    return 1000 * articles / now, busy / now


if __name__ == "__main__":
    for split in ((7.8, 13.2), (7.0, 13.0)):
        for share in ("fair", "main"):
            rate, cores = pipeline_rate(*split, share=share)
            print(f"main {split[0]}, workers {split[1]} CPU-ms an article, {share}: {rate:.1f} articles/s, "
                  f"{cores:.2f} cores busy")
