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
    from storylens.stream._forkserver import STATE
    from storylens.stream.prepare import ANALYSED_CHARS, LEAD_CHARS, WARM_SAMPLES, document_keys, stream_tools

    assert set(STATE) == {"tools", "use"}
    tools = stream_tools()
    seen = set()
    for text in WARM_SAMPLES:
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


# Run in a fresh interpreter (its own fork server): the fork server's preload is a module that waits for a
# file, as the real one is still importing and warming; start_workers must return meanwhile.
_START_WITHOUT_WAITING = """
import os, sys, threading
from storylens.embed import UseEmbedder
from storylens.stream import prepare
prepare._FORKSERVER_PRELOAD = "slow_preload"
flag = os.path.join(sys.argv[1], "ready")
threading.Timer(20, lambda: open(flag, "w").close()).start()  # a start_workers that waits returns only then
pool = prepare.start_workers(UseEmbedder(), 2)
open(os.path.join(sys.argv[1], "result"), "w").write("waited" if os.path.exists(flag) else "returned")
open(flag, "w").close()
os._exit(0)  # the workers (loading USE) are not waited for
"""


@pytest.mark.slow  # the workers it starts load USE; on a tree that waits, 20 s
def test_start_workers_returns_while_the_fork_server_still_warms(tmp_path):
    """ingest68: a submit that starts a worker waits until the fork server has imported and warmed the prepare
    path (~1.2 s): start_workers held `storylens ingest --workers 2` that long with one core idle, instead of
    letting it load its own stack and warm its commit path meanwhile."""
    assert _run_with_slow_preload(tmp_path, _START_WITHOUT_WAITING, timeout=120) == "returned"


def _run_with_slow_preload(tmp_path, script: str, *, timeout: int) -> str:
    """Run ``script`` in a fresh interpreter whose fork server preloads a module that waits for the file
    ``tmp_path/ready``; what the script wrote to ``tmp_path/result``."""
    import subprocess
    import sys

    (tmp_path / "slow_preload.py").write_text(
        "import os, time\nflag = os.path.join(os.path.dirname(__file__), 'ready')\n"
        "while not os.path.exists(flag):\n    time.sleep(0.05)\n")
    # on PYTHONPATH: the fork server, an interpreter of its own, imports its preload from there
    path = os.pathsep.join(p for p in (str(tmp_path), os.environ.get("PYTHONPATH")) if p)
    # no pipes: the fork server and its workers would hold them open after this process has gone
    subprocess.run([sys.executable, "-c", script, str(tmp_path)], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=timeout, check=False, env=dict(os.environ, PYTHONPATH=path))
    return (tmp_path / "result").read_text()


def test_warm_commit_reads_the_samples_through_the_join():
    """The commit path's warm-up (the main process of `ingest --workers N`, while its workers start) clusters the
    samples as one story, so the join's rules (verdict, opening events, dates) have run once; nothing of it stays
    in a store."""
    from contextlib import closing

    from storylens.models import RawDocument
    from storylens.store import open_store
    from storylens.stream.ingest import _SampleVectors, ingest, warm_commit
    from storylens.stream.prepare import WARM_SAMPLES

    warm_commit()
    with closing(open_store(":memory:")) as store:
        report = ingest([RawDocument(source=f"s{i}", text=t) for i, t in enumerate(WARM_SAMPLES)], store,
                        embedder=_SampleVectors())
        assert len(report.added) == 2 and report.new_stories == 1 and not report.failed
        assert len({a.story for a in store.assignments().values()}) == 1


# ingest(workers=2) without a pool, in a fresh interpreter whose fork server's preload waits for a file (the real one
# still importing and warming): the commit path's warm-up must run meanwhile, before that file exists.
_API_WITHOUT_WAITING = """
import os, sys, threading
from storylens.embed import UseEmbedder
from storylens.models import RawDocument
from storylens.store import open_store
import storylens.stream.ingest
from storylens.stream import prepare
ingest_module = sys.modules["storylens.stream.ingest"]  # (storylens.stream.ingest is also the function's name)
prepare._FORKSERVER_PRELOAD = "slow_preload"
flag = os.path.join(sys.argv[1], "ready")
# an ingest that waits goes on only then; 150 s, not 20: at load ~25 on 2 cores warm_commit alone took 69 s wall
# (8.5 CPU-s) and the test said "waited" of a tree that does not wait (far69b)
threading.Timer(150, lambda: open(flag, "w").close()).start()
warm = ingest_module.warm_commit

def warmed():
    warm()
    open(os.path.join(sys.argv[1], "result"), "w").write("waited" if os.path.exists(flag) else "warmed meanwhile")
    open(flag, "w").close()
    os._exit(0)  # the workers (loading USE) are not waited for

ingest_module.warm_commit = warmed
ingest_module.ingest([RawDocument(source=f"s{i}", text=t) for i, t in enumerate(prepare.WARM_SAMPLES)],
                     open_store(":memory:"), embedder=UseEmbedder(), workers=2)
"""


@pytest.mark.slow  # on a tree that waits, 150 s and the workers load USE
def test_ingest_with_workers_warms_its_commit_path_while_the_fork_server_still_warms(tmp_path):
    """ingest68b: the Python API's ingest(workers=2) without a pool sat in its first submit until the fork server
    had warmed (~1.2 s, one core idle); it starts its workers as the command line does and warms its commit
    path meanwhile."""
    assert _run_with_slow_preload(tmp_path, _API_WITHOUT_WAITING, timeout=240) == "warmed meanwhile"
