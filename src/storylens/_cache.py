"""Where StoryLens keeps what it computes once per machine, and tables derived from shipped data.

:func:`default_cache_dir` is the one cache directory (the embedding and spaCy caches
live there). :func:`derived` keeps a table built from shipped data (the alias table
with babel's territory names and their phonetic keys: ~0.25 CPU-s to build on this
2-core machine, 5 ms to read back) as a pickle named after a SHA-256 of everything the
table is built from: the source and data files and the library versions named. A
change to any of them is a new name, so a stale table is never read; a file that
cannot be read or written only costs the build.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["default_cache_dir", "derived"]

T = TypeVar("T")


def default_cache_dir() -> Path:
    """``$STORYLENS_CACHE_DIR``, else ``$XDG_CACHE_HOME/storylens``, else ``~/.cache/storylens``."""
    if os.environ.get("STORYLENS_CACHE_DIR"):
        return Path(os.environ["STORYLENS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "storylens"


def derived(name: str, build: Callable[[], T], *, files: Iterable[Path], libraries: Iterable[str] = ()) -> T:
    """``build()``, kept on disk under a key of ``files``' bytes and ``libraries``' versions
    (and Python's). ``STORYLENS_NO_DERIVED_CACHE=1`` always builds (tests compare both ways).
    """
    if os.environ.get("STORYLENS_NO_DERIVED_CACHE"):
        return build()
    from importlib import metadata

    digest = hashlib.sha256(f"{sys.version}\0{name}".encode())
    for path in sorted(Path(p) for p in files):
        try:
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        except OSError:
            return build()
    for lib in libraries:
        try:
            digest.update(f"{lib}={metadata.version(lib)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{lib}=none".encode())
    target = default_cache_dir() / "derived" / f"{name}-{digest.hexdigest()[:24]}.pickle"
    try:
        with open(target, "rb") as fh:
            return pickle.load(fh)  # our own file, named by its inputs' hash
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        pass
    value = build()
    _write(target, value)
    return value


def _write(target: Path, value: Any) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        for old in target.parent.glob(target.name.rsplit("-", 1)[0] + "-*.pickle"):
            old.unlink(missing_ok=True)  # tables of older inputs are never read again
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, target)
    except OSError:
        pass
