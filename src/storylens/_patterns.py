"""A larger cache of compiled patterns for a whole command's run (issue 16, ingest69).

``re.sub(pattern_string, ...)`` and the other module-level functions look ``pattern_string`` up in
``re``'s own cache of compiled patterns, and ``re.compile`` inserts into that cache too. CPython 3.11
keeps 512 and drops the oldest inserted when full. StoryLens compiles ~1,900 distinct patterns in one
ingesting process (per-language word lists, the verdict's rules), most through ``re.compile`` behind
``functools.cache``, so each new language's patterns pushed out the small hot ones the module-level calls
use ('\\d', '[.,]', '\\s'), which were then compiled again: counted on 1,000 dev texts in one process
(``ingest --workers 1``), 438 of 2,980 compiles were repeats and compiles went on at 60-78 per 100
articles after the 400th (the figures of the commit that added this module).
"""

from __future__ import annotations

import hashlib
import pickle
import re
import sys
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["PATTERN_CACHE", "compiled_from_table", "more_patterns_cached", "table_name", "write_table"]

# Compiled patterns ``re`` keeps (its own default: 512). Above the ~1,900 distinct patterns an ingest of the
# 2,500 dev texts compiles in one process; each costs a few KB.
PATTERN_CACHE = 4096


def more_patterns_cached() -> None:
    """Let ``re`` keep at least :data:`PATTERN_CACHE` compiled patterns in this process (its private
    ``_MAXCACHE``; an interpreter without one, or with a larger one, is left as it is). Only how often a
    pattern is compiled changes, never what it matches."""
    current = getattr(re, "_MAXCACHE", None)
    if isinstance(current, int) and current < PATTERN_CACHE:
        setattr(re, "_MAXCACHE", PATTERN_CACHE)  # noqa: B010 - a private name typeshed does not declare


# --- compiled code kept on disk (issue 16, cold71) -------------------------------------------------------------
#
# Compiling is parsing the pattern and generating its code in Python (``re._parser.parse``,
# ``re._compiler._code``); ``_sre.compile`` then builds the object from that code in C, cheaply. A process of
# ``storylens compare`` compiled 2,402 patterns (0.87 of its CPU-s at load 16), 610 of them while importing. The
# table below keeps each pattern's code, so a pattern met before is built by ``_sre.compile`` alone. Its file name
# holds StoryLens's version, Python's version and the ``_sre`` module's MAGIC and code size: a table of another
# StoryLens or Python is another file, never read. A pattern missing from it, or whose entry fails to build, is
# compiled as ``re`` does, so a table is only a speed-up, never a cause of a wrong match. Only ``storylens setup``
# writes it (a fresh child process that imports the command modules and compares two short made-up English
# reports, storylens.report.install); every other process only reads it, and keeps nothing it compiled itself
# (patterns built from a text's own words would otherwise grow memory and the table without end).

_FORMAT = 2
_Key = tuple[type, Any, int]
_Entry = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]  # final flags, code, groups, groupindex, indexgroup

_known: dict[_Key, _Entry] = {}  # read from the tables
_recorded: dict[_Key, _Entry] | None = None  # setup's child only: what it compiled, for write_table
_original: Callable[..., Any] | None = None  # re._compiler.compile before the hook
_read_tables: list[bool] = []  # not empty once the tables were read (on the first compile)


def _code_type() -> str | None:
    """The array type code of ``_sre``'s code words, None when no array type has their size."""
    import _sre

    return next((t for t in "ILQ" if array(t).itemsize == _sre.CODESIZE), None)


def table_name() -> str:
    """The file name of this StoryLens's and this Python's table (StoryLens's version, Python's version, ``_sre``'s
    MAGIC and code size, the table's format)."""
    import _sre

    from . import __version__

    key = f"{__version__}\0{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}\0{_FORMAT}"
    return f"patterns-{hashlib.sha256(key.encode()).hexdigest()[:16]}.pickle"


def _paths() -> list[Path]:
    from ._cache import default_cache_dir, install_dir

    installed = install_dir()
    return ([installed / "derived" / table_name()] if installed is not None else []) + [
        default_cache_dir() / "derived" / table_name()]


def _read(path: Path) -> dict[_Key, _Entry]:
    """The table at ``path``; empty when it is missing, damaged or not a table (read as no table)."""
    from ._cache import _checked

    try:
        with open(path, "rb") as fh:
            table = pickle.loads(_checked(fh.read()))  # our own file, its bytes checked against their digest
    except Exception:  # noqa: BLE001 - missing or damaged: the patterns compile as without a table
        return {}
    return table if isinstance(table, dict) else {}


def _compile(pattern: Any, flags: int = 0) -> Any:
    """``re._compiler.compile(pattern, flags)``: from the table's code when it holds the pattern, else (or when its
    entry fails to build, whatever the error) compiled as ``re`` does."""
    assert _original is not None
    if flags & re.DEBUG or type(pattern) not in (str, bytes):  # exact types: a subclass may hash or compare apart
        return _original(pattern, flags)
    if not _read_tables:
        _read_tables.append(True)
        for path in _paths():  # on the first compile, not at start: a command that compiles nothing reads nothing
            _known.update(_read(path))
    key = (type(pattern), pattern, flags)
    entry = _known.get(key)
    if entry is not None:
        try:
            return _built(pattern, entry)
        except Exception:  # noqa: BLE001 - a bad entry ("invalid SRE code", wrong shape): compiled as re does
            _known.pop(key, None)
    if _recorded is None:
        return _original(pattern, flags)
    entry = _entry(pattern, flags)
    _recorded[key] = entry
    return _built(pattern, entry)


def _built(pattern: Any, entry: _Entry) -> Any:
    import _sre

    final, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, final, array(_CODE_TYPE, code).tolist(), groups - 1, dict(groupindex), indexgroup)


def _entry(pattern: Any, flags: int) -> _Entry:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for ``pattern`` (the same steps), code as plain bytes."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    indexgroup: list[Any] = [None] * parsed.state.groups
    for name, i in parsed.state.groupdict.items():
        indexgroup[i] = name
    return (flags | parsed.state.flags, array(_CODE_TYPE, [int(c) for c in code]).tobytes(), parsed.state.groups,
            dict(parsed.state.groupdict), tuple(indexgroup))


_CODE_TYPE = _code_type() or "I"


def _hookable() -> bool:
    """Whether this interpreter's ``re`` compiles as :func:`_entry` assumes (CPython 3.11's layout)."""
    compiler = getattr(re, "_compiler", None)
    parser = getattr(re, "_parser", None)
    return (_code_type() is not None and compiler is not None and parser is not None
            and callable(getattr(compiler, "compile", None)) and callable(getattr(compiler, "_code", None))
            and callable(getattr(parser, "parse", None)))


def compiled_from_table(*, record: bool = False) -> None:
    """Build patterns from the tables' code in this process (``re._compiler.compile`` looks them up first; once
    per process). ``record``: keep the code of every pattern compiled, for :func:`write_table` (setup's child
    only: its patterns are a fixed set)."""
    global _original, _recorded
    if _original is not None or not _hookable():
        return
    if record:
        _recorded = {}
    compiler = re._compiler  # type: ignore[attr-defined]
    # re's own compile, kept on its module the first time: installed again (a test that reset _original, a reloaded
    # module), the hook must not take itself for re's compile (CI71: RecursionError in a worker where the CLI had
    # installed it first)
    if not hasattr(compiler, "_storylens_original"):
        compiler._storylens_original = compiler.compile
    _original = compiler._storylens_original
    compiler.compile = _compile


def write_table(path: Path | None = None) -> None:
    """Write the tables' patterns and those this recording process compiled into ``path`` (default: the cache
    directory's table). Called by setup's child only."""
    from ._cache import _write

    _write(path if path is not None else _paths()[-1], {**_known, **(_recorded or {})})
