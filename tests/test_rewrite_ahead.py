"""tests/_rewrite.py: the controller writes the rewritten test modules pytest then reads, once."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ._rewrite import rewrite_ahead


class _Controller:
    """The controller's config of a two-worker run over ``root`` (the session's for everything else)."""

    def __init__(self, config, root: Path):
        self._config = config
        self.args = [str(root)]
        self.invocation_params = config.invocation_params
        self.rootpath = root
        self.stash = config.stash

    def getoption(self, name, default=None):
        return {"numprocesses": 2, "assertmode": "rewrite"}.get(name, default)

    def getini(self, name):
        return self._config.getini(name)


def test_the_controller_writes_what_pytest_reads_and_only_what_is_missing(pytestconfig, tmp_path, monkeypatch):
    from multiprocessing.pool import ThreadPool

    from _pytest.assertion import rewrite

    from . import _rewrite

    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    # threads, not forks: this worker may run other threads, and a fork beside them can hang (see _rewrite._pool)
    monkeypatch.setattr(_rewrite, "_pool", ThreadPool)
    (tmp_path / "sub").mkdir()
    modules = [tmp_path / f"test_m{i}.py" for i in range(4)] + [tmp_path / "sub" / "test_s.py", tmp_path / "conftest.py"]
    for i, path in enumerate(modules):
        path.write_text(f"def test_{i}():\n    x = {i}\n    assert x + 1 == {i + 2}, 'no'\n")
    (tmp_path / "helper.py").write_text("X = 1\n")  # not a test module: pytest does not rewrite it
    controller = _Controller(pytestconfig, tmp_path)
    assert rewrite_ahead(controller) == len(modules)
    for path in modules:
        pyc = rewrite.get_cache_dir(path) / (path.name[:-3] + rewrite.PYC_TAIL)
        kept = rewrite._read_pyc(path, pyc)
        assert kept is not None, path  # pytest reads it instead of rewriting
        assert kept == rewrite._rewrite_test(path, pytestconfig)[1]  # the code pytest makes of it
    assert not list((tmp_path / "__pycache__").glob("helper*"))
    assert rewrite_ahead(controller) == 0  # everything kept: nothing rewritten
    for path in modules[:4]:  # changed sources are rewritten again, the others not
        path.write_text(path.read_text() + "\n")
    assert rewrite_ahead(controller) == 4


@pytest.mark.parametrize("option", [{"numprocesses": None}, {"numprocesses": 1}, {"assertmode": "plain"}])
def test_nothing_is_rewritten_ahead_without_workers_or_rewriting(pytestconfig, tmp_path, monkeypatch, option):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    for i in range(6):
        (tmp_path / f"test_m{i}.py").write_text("def test_a():\n    assert 1\n")
    controller = _Controller(pytestconfig, tmp_path)
    monkeypatch.setattr(controller, "getoption", lambda name, default=None: {"numprocesses": 2, "assertmode": "rewrite",
                                                                               **option}.get(name, default))
    assert rewrite_ahead(controller) == 0
    assert not (tmp_path / "__pycache__").exists()


def test_no_fork_while_other_threads_run():
    import threading

    from ._rewrite import _pool

    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert _pool(2) is None
    finally:
        stop.set()
        other.join()
