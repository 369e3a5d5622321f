"""Ingest's worker processes fork from a fork server that warmed the prepare path once (issue 16)."""

from __future__ import annotations

import os
import time

import pytest


def _worker_state() -> tuple[int, bool, bool, bool, bool]:
    """Run inside a worker: its parent, and whether it took the warm server's tools and loaded model."""
    import sys

    from storylens.stream import prepare

    state = getattr(sys.modules.get("storylens.stream._forkserver"), "STATE", {})
    use = state.get("use")
    return (os.getppid(), bool(state), prepare._WORKER["tools"] is state.get("tools"),
            prepare._WORKER["embedder"].embedder is use, use is not None and use._model is not None)


@pytest.mark.slow  # the fork server loads USE
def test_workers_are_forked_from_a_warm_server_and_take_its_model(embedder):
    from storylens.stream import prepare

    pool = prepare._worker_pool(embedder, 2)
    try:
        seen = [pool.submit(_worker_state).result(timeout=300) for _ in range(4)]
    finally:
        _shut_down(pool)
    assert {s[1:] for s in seen} == {(True, True, True, True)}
    # children of the fork server, not of this process (so _watch_parent watches both)
    assert {s[0] for s in seen} != {os.getpid()}


@pytest.mark.slow  # importing the module loads USE, as the fork server does
def test_the_warm_samples_prepare_and_key_without_the_encoder():
    """The fork server's warm-up runs the per-article path except the encoder (no BLAS call before a
    fork): each sample is a real article with a lead, a language and entity keys."""
    from storylens.models import RawDocument
    from storylens.report.compare import prepare_document
    from storylens.stream import _forkserver  # noqa: F401 - imported here it warms this process (the check)
    from storylens.stream._forkserver import _SAMPLES, STATE
    from storylens.stream.prepare import ANALYSED_CHARS, LEAD_CHARS, document_keys, stream_tools

    assert set(STATE) == {"tools", "use"}
    tools = stream_tools()
    seen = set()
    for text in _SAMPLES:
        doc = prepare_document(RawDocument(source="s", text=text), "s", language=tools[0], segmenter=tools[1],
                               segment_chars=LEAD_CHARS, max_chars=ANALYSED_CHARS, headline=False)
        # "%" marks an everyday word the lexicon knows (stop 37: Koblenz, a town the gazetteer lacks, in German)
        keys = {key.removeprefix("%") for key in document_keys(doc)}
        assert len(doc.sentences) == 3 and {"koblenz", "lahnstein", "langner"} <= keys
        seen.add((doc.language, doc.published))  # dates read by dateparser: its locales loaded
    assert seen == {("en", "2020-05-25"), ("de", "2020-02-10")}


def _shut_down(pool, seconds: float = 60) -> None:
    """The pool's end with a bound: ``pool.shutdown()`` waits for every worker to leave, without one, so a worker
    that never starts its loop would hang the test run; one still there after ``seconds`` is killed."""
    workers = list((getattr(pool, "_processes", None) or {}).values())  # (ProcessPoolExecutor's own map)
    pool.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + seconds
    for worker in workers:
        worker.join(max(0.0, deadline - time.monotonic()))
        if worker.is_alive():
            worker.kill()
