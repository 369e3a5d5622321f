"""Heavy third-party imports, done the cheap way.

:func:`import_scipy_sparse`: scipy's array-API layer copies every public name of
numpy (``clone_module``), which imports ``numpy.f2py`` (Fortran wrapper generator)
and ``numpy.testing`` for nothing: 0.15 of scipy.sparse's 0.31 CPU-s import
(measured on this 2-core machine). Placeholders stand in for those two during
the import and are removed afterwards, so ``import numpy.testing`` still works.

``import spacy`` runs ``from .cli.info import info``, and ``spacy.cli`` imports
every spaCy command: weasel, httpx, typer's adapters, the model downloader. On
this 2-core machine that was 0.4-1.0 of spaCy's 1.1-2.1 CPU-s import (measured
with ``python -X importtime``), and StoryLens only ever loads an installed
model. :func:`import_spacy` imports spaCy with a placeholder for ``spacy.cli``
during the import and removes it afterwards, so a later ``import spacy.cli``
(by anyone in the process) still gets the real package; ``spacy.info`` then
imports the real one on first call.
"""

from __future__ import annotations

import sys
import threading
import types
from typing import Any

__all__ = ["LazyPattern", "import_scipy_sparse", "import_spacy", "lazy_module", "lazy_pattern"]

# One cheap import at a time: a second thread that found the module in sys.modules while the first was still
# importing it got the half-built module ("partially initialized module 'spacy' has no attribute 'load'", 2-3 of 4
# web-server threads in a fresh process: tester break_warm73). Under the lock an import under way has finished.
_IMPORT_LOCK = threading.RLock()


class _LazyModule(types.ModuleType):
    """Stands for a module until one of its attributes is read, then imports it (once)."""

    def __getattr__(self, name: str) -> Any:
        import importlib

        value = getattr(importlib.import_module(self.__name__), name)
        setattr(self, name, value)  # read from this module's own dict from now on
        return value


def lazy_module(name: str) -> Any:
    """``name`` imported on first attribute access.

    ``storylens stories`` and ``search`` read rows and never touch a vector: numpy's
    import was 0.12 of their ~0.55 CPU-s (measured on this 2-core machine, load 8), and
    the store modules were all that imported it. ``sys.modules`` is not touched, so an
    ``import numpy`` anywhere else still gets the real module at once.
    """
    return _LazyModule(name)


class LazyPattern:
    """A regex compiled on first use (``build()``), then used as the compiled pattern (its methods
    and attributes: ``search``, ``finditer``, ``pattern`` ...; not ``re.search(pattern, ...)``).

    Compiling is a large part of a short command's start-up: ~0.23 CPU-s of a warm 1.3 CPU-s
    ``storylens compare`` of the seeds (2-core machine). A pattern only some texts need (the
    Chinese-name and other CJK rules for an English comparison: ~0.035 CPU-s) or a costly one an
    import should not pay (``storylens --help``) waits for its first use."""

    def __init__(self, build: Any):
        self._build = build
        self._rx: Any = None

    def __getattr__(self, name: str) -> Any:
        if self._rx is None:
            self._rx = self._build()
        value = getattr(self._rx, name)
        # kept on the instance: the next ``.search`` is found there, not through this method (~1 % of a warm library
        # comparison of the seeds went to this lookup: warm73); a compiled pattern's attributes never change
        setattr(self, name, value)
        return value


def lazy_pattern(pattern: str, flags: int = 0) -> Any:
    """``re.compile(pattern, flags)`` on first use (:class:`LazyPattern`)."""
    import re

    return LazyPattern(lambda: re.compile(pattern, flags))


def import_spacy() -> Any:
    """The ``spacy`` module, imported without ``spacy.cli`` when it is not loaded yet.

    Raises ImportError as ``import spacy`` does.
    """
    with _IMPORT_LOCK:
        return _import_spacy()


def _import_spacy() -> Any:
    if "spacy" in sys.modules:
        import spacy  # waits for an import under way in a thread that called ``import spacy`` itself

        return spacy
    placeholders = {"spacy.cli": types.ModuleType("spacy.cli"), "spacy.cli.info": types.ModuleType("spacy.cli.info")}
    placeholders["spacy.cli"].__path__ = []  # a package, so "spacy.cli.info" can sit below it
    placeholders["spacy.cli.info"].info = _info  # type: ignore[attr-defined]
    for name, module in placeholders.items():
        sys.modules.setdefault(name, module)
    try:
        import spacy
    finally:
        for name, module in placeholders.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is placeholders["spacy.cli"]:
        del spacy.cli  # type: ignore[attr-defined]
    _index_entry_points(sys.modules.get("catalogue"))
    return spacy


def _index_entry_points(catalogue: Any) -> None:
    """Let catalogue find a registry's entry points by a look-up, not a scan.

    catalogue reads the installed packages' entry points once, at import (``AVAILABLE_ENTRY_POINTS``), then
    selects a group's from all of them (~150 here) at every registry look-up: 161 scans while spaCy loads
    the English model, ~0.05-0.07 of its ~0.3-0.45 CPU-s (cold74). The snapshot never changes after import, so
    each group's selection is kept the first time it is made: the same entry points, in the same order. Only
    Python 3.10-3.11's ``SelectableGroups`` (what ``entry_points()`` returns there) is indexed; any other
    value is left as it is."""
    from importlib import metadata

    groups: Any = getattr(metadata, "SelectableGroups", None)
    found: Any = getattr(catalogue, "AVAILABLE_ENTRY_POINTS", None)
    if groups is None or found is None or type(found) is not groups:
        return
    # built from the entry points as entry_points() builds its value (not copied as a dict: that interface warns)
    catalogue.AVAILABLE_ENTRY_POINTS = _indexed_groups(groups).load(found._all)


def _indexed_groups(groups: Any) -> Any:
    class IndexedGroups(groups):
        """``SelectableGroups`` whose ``select(group=...)`` is made once per group (see :func:`_index_entry_points`)."""

        _selected: dict[str, Any]

        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            self._selected = {}

        def select(self, **params: Any) -> Any:
            if list(params) != ["group"] or not isinstance(params["group"], str):
                return super().select(**params)
            group = params["group"]
            selected = self._selected.get(group)
            if selected is None:  # two threads may both select a group once: the same entry points
                selected = self._selected[group] = super().select(group=group)
            return selected

    return IndexedGroups


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: imports the real ``spacy.cli`` when someone asks for it."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_scipy_sparse() -> Any:
    """``scipy.sparse``, imported without numpy's f2py and testing packages when it is not loaded yet.

    Raises ImportError as ``import scipy.sparse`` does.
    """
    with _IMPORT_LOCK:
        return _import_scipy_sparse()


def _import_scipy_sparse() -> Any:
    if "scipy.sparse" in sys.modules:
        import scipy.sparse  # as in _import_spacy

        return scipy.sparse
    import numpy

    added = []
    for name in ("f2py", "testing"):
        full = f"numpy.{name}"
        if full not in sys.modules:
            placeholder = types.ModuleType(full)
            sys.modules[full] = placeholder
            setattr(numpy, name, placeholder)
            added.append((name, placeholder))
    try:
        import scipy.sparse
    finally:
        for name, placeholder in added:
            if sys.modules.get(f"numpy.{name}") is placeholder:
                del sys.modules[f"numpy.{name}"]
            if numpy.__dict__.get(name) is placeholder:
                delattr(numpy, name)
    return scipy.sparse
