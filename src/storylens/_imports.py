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
import types
from typing import Any

__all__ = ["LazyPattern", "import_scipy_sparse", "import_spacy", "lazy_module", "lazy_pattern", "quicker_registries"]


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
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
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
    return spacy


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: imports the real ``spacy.cli`` when someone asks for it."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def quicker_registries() -> None:
    """catalogue's registries (spaCy's, thinc's, srsly's functions by name) answered from what they answered
    before, the same answers: once per process, before a spaCy model loads.

    ``Registry.get_all`` copies and scans the whole registry (~220 entries) on every call, and each of its entry-point
    look-ups scans every installed distribution's entry points (``EntryPoints.select``); srsly calls ``get_all`` for
    every msgpack blob it reads. Loading the English model made 123 such calls and 69 ``get_entry_point`` calls:
    ~0.07 of its ~0.45 CPU-s (warm73, load ~10). Here a namespace's names are kept until the registry changes
    (catalogue's ``_set`` and ``_remove``, the only writers of ``catalogue.REGISTRY``, count the changes, and its size
    is checked too), and a group's entry points are selected once from the snapshot catalogue itself took at import
    (``AVAILABLE_ENTRY_POINTS``, never read again by catalogue either). A catalogue without those names is left as
    it is."""
    catalogue = sys.modules.get("catalogue")
    if catalogue is None or getattr(catalogue, "_storylens_quicker", False):
        return
    registry = getattr(catalogue, "Registry", None)
    if not (isinstance(getattr(catalogue, "REGISTRY", None), dict) and callable(getattr(catalogue, "_set", None))
            and callable(getattr(catalogue, "_remove", None)) and registry is not None
            and callable(getattr(registry, "get_all", None)) and callable(getattr(registry, "_get_entry_points", None))
            and hasattr(catalogue, "AVAILABLE_ENTRY_POINTS")):
        return
    changes = [0]
    names: dict[tuple[str, ...], tuple[int, int, dict[str, Any]]] = {}
    groups: dict[tuple[int, str], Any] = {}
    original_set, original_remove, original_groups = catalogue._set, catalogue._remove, registry._get_entry_points

    def counted_set(namespace: Any, func: Any) -> None:
        changes[0] += 1
        original_set(namespace, func)

    def counted_remove(namespace: Any) -> Any:
        changes[0] += 1
        return original_remove(namespace)

    def in_namespace(namespace: tuple[str, ...]) -> dict[str, Any]:
        table = catalogue.REGISTRY
        kept = names.get(namespace)
        if kept is None or kept[0] != changes[0] or kept[1] != len(table):
            found = {keys[-1]: value for keys, value in table.copy().items()
                     if len(keys) == len(namespace) + 1 and keys[: len(namespace)] == namespace}
            kept = names[namespace] = (changes[0], len(table), found)
        return kept[2]

    def get_all(self: Any) -> dict[str, Any]:
        result: dict[str, Any] = {}
        if self.entry_points:
            result.update(self.get_entry_points())
        result.update(in_namespace(tuple(self.namespace)))  # the registry's value wins, in the registry's order
        return result

    def entry_points_of(self: Any) -> Any:
        key = (id(catalogue.AVAILABLE_ENTRY_POINTS), self.entry_point_namespace)
        if key not in groups:
            groups[key] = original_groups(self)
        return groups[key]

    for owner, name, value in ((catalogue, "_set", counted_set), (catalogue, "_remove", counted_remove),
                               (registry, "get_all", get_all), (registry, "_get_entry_points", entry_points_of),
                               (catalogue, "_storylens_quicker", True)):
        setattr(owner, name, value)  # (names typeshed does not declare for these modules)


def import_scipy_sparse() -> Any:
    """``scipy.sparse``, imported without numpy's f2py and testing packages when it is not loaded yet.

    Raises ImportError as ``import scipy.sparse`` does.
    """
    if "scipy.sparse" in sys.modules:
        return sys.modules["scipy.sparse"]
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
