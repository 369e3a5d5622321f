"""The test modules' assertion rewriting done once, before the xdist workers start (``make test`` in a fresh clone).

pytest rewrites each test module's asserts and keeps the result in ``__pycache__`` (``*-pytest-<version>.pyc``).
Where none is kept yet (a fresh clone, a test module changed by a pull), both workers of ``-n 2`` rewrote every
test module at once, each ~11 CPU-s for the ~700 modules (stop 47, suite48: collection 19.2 CPU-s a process
with nothing kept, 7.2 with everything kept; compiling src/ is 0.8 of it). The controller therefore rewrites the
modules that have none kept, in as many forked processes as there are workers, with pytest's own functions, and
the workers read what it wrote. With everything kept it only reads each module's 16-byte header and hashes its
source. Anything unexpected (another pytest's internals, no fork) leaves the rewriting to the workers, as before.
"""

from __future__ import annotations

import fnmatch
import importlib.util
import sys
from pathlib import Path
from typing import Any

_CONFIG: list[Any] = []  # the controller's config, for the forked processes


def _cached(rewrite: Any, source: Path) -> Path:
    return rewrite.get_cache_dir(source) / (source.name[:-3] + rewrite.PYC_TAIL)


def _kept(rewrite: Any, source: Path) -> bool:
    """Whether pytest keeps a rewritten copy of ``source`` that it will read: for a hash-checked copy (pytest 9),
    the source's hash in its header; any other kind counts as kept when it is there (pytest checks it)."""
    try:
        with open(_cached(rewrite, source), "rb") as f:
            head = f.read(16)
    except OSError:
        return False
    if len(head) != 16 or head[:4] != importlib.util.MAGIC_NUMBER:
        return False
    if head[4:8] != b"\x03\x00\x00\x00":
        return True
    return importlib.util.source_hash(source.read_bytes())[:8] == head[8:16]


def _rewrite_one(source: str) -> None:
    from _pytest.assertion import rewrite

    config = _CONFIG[0]
    path = Path(source)
    if not rewrite.try_makedirs(rewrite.get_cache_dir(path)):
        return
    try:
        stamp, code = rewrite._rewrite_test(path, config)
    except (SyntaxError, ValueError, OSError):  # the worker that imports it reports it
        return
    rewrite._write_pyc(config.stash[rewrite.assertstate_key], code, stamp, _cached(rewrite, path))


def test_modules(config: Any) -> list[Path]:
    """The files under the run's arguments that pytest rewrites: its test-file patterns and conftest.py."""
    patterns = [*config.getini("python_files"), "conftest.py"]
    found = []
    for arg in config.args:
        root = Path(str(arg).partition("::")[0])
        if not root.is_absolute():
            root = next((d / root for d in (config.invocation_params.dir, config.rootpath) if (d / root).exists()), root)
        root = root.absolute()
        files = [root] if root.is_file() else sorted(root.rglob("*.py")) if root.is_dir() else []
        found += [f for f in files if "__pycache__" not in f.parts and any(fnmatch.fnmatch(f.name, p) for p in patterns)]
    return found


def _pool(workers: int) -> Any:
    """``workers`` forked processes that share the controller's config, or None while other threads run: a fork
    copies a lock another thread holds as held, and the child can wait on it for ever (stop 56: a test of this
    module, in an xdist worker with an asyncio portal thread, hung the suite in ``Pool.__exit__``)."""
    import multiprocessing
    import threading

    if threading.active_count() > 1:
        return None
    return multiprocessing.get_context("fork").Pool(workers)


def rewrite_ahead(config: Any) -> int:
    """In the controller of an xdist run, rewrite the test modules pytest keeps no rewritten copy of; how many."""
    workers = config.getoption("numprocesses", None)
    if (hasattr(config, "workerinput") or not isinstance(workers, int) or workers < 2 or sys.dont_write_bytecode
            or config.getoption("assertmode", "rewrite") != "rewrite"):
        return 0
    try:
        from _pytest.assertion import rewrite

        stale = [str(f) for f in test_modules(config) if not _kept(rewrite, f)]
        if len(stale) < 2 * workers:  # a few changed modules: rewriting them twice costs less than forking
            return 0
        _CONFIG[:] = [config]  # before the fork: the children read it
        pool = _pool(workers)
        if pool is None:
            return 0
        with pool:
            pool.map(_rewrite_one, stale, chunksize=8)
        return len(stale)
    except (ImportError, AttributeError, KeyError, TypeError, ValueError, OSError):
        # pytest's internals moved, or no fork here: the workers rewrite, as they did
        return 0
    finally:
        _CONFIG.clear()
