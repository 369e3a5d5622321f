"""Reading the JSON data files StoryLens ships (text/data/*.json, data/*.json), with one error for a damaged one.

A file cut short, emptied, edited into invalid JSON or another shape, or unreadable (its permissions) raised a raw
``JSONDecodeError``/``KeyError``/``PermissionError`` traceback from deep in a comparison (robust75 R1). Read
through :func:`read_json` it is a :class:`~storylens.errors.DataFileError`: one line naming the file, what is
wrong and the fix, through the CLI's one error path. Nothing is guessed in its place: a language profile or a
model read as empty would give other results with no error.

The tables ``storylens setup`` derives (``derived/*.pickle``, the compiled patterns, USE's probe outcome, the
lexicons) are not read here: each is written with the SHA-256 of its bytes and a damaged one is built again from
the shipped data (storylens._cache.derived, storylens._patterns, storylens._lexicon), the same table as before.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .errors import DataFileError

__all__ = ["REINSTALL", "SHIPPED_DATA", "read_json", "read_json_bytes"]

T = TypeVar("T")

# The fix for a damaged file StoryLens ships: its package files are all rewritten
REINSTALL = "reinstall storylens (pip install --force-reinstall --no-deps storylens)"
_PACKAGE = Path(__file__).resolve().parent
# The package's own data folder (storylens/data: outlets, places, eponyms, the models' arrays)
SHIPPED_DATA = _PACKAGE / "data"


def _work_tree(folder: Path) -> Path | None:
    """The git work tree holding ``folder`` (an editable install, ``make setup``), None for an installed package
    (also one in a virtual environment kept inside a checkout: its site-packages are no files of the tree)."""
    if {"site-packages", "dist-packages"} & set(folder.parts):
        return None
    return next((p for p in (folder, *folder.parents) if (p / ".git").exists()), None)


_TREE = _work_tree(_PACKAGE)


def _fix_for(path: str | Path, fix: str) -> str:
    """``fix``, for a package file of an editable checkout the git command that restores it (robust76fix #3: a
    reinstall from the index does not mend a checkout's file)."""
    if fix != REINSTALL or _TREE is None:
        return fix
    try:
        inside = Path(path).resolve().relative_to(_TREE)
    except ValueError:
        return fix
    return f"restore it with git (git -C {_TREE} checkout -- {inside})"

# What building a table from a file of another shape raises (a list where an object was, a missing key, a number
# where a word list was)
_SHAPE_ERRORS = (TypeError, AttributeError, KeyError, IndexError, ValueError)


def _json_kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "true or false", type(None): "null"}.get(
        type(value), "a number")


def _problem(exc: BaseException, data: bytes | None) -> str:
    """What is wrong with the file, in words."""
    if isinstance(exc, OSError):
        return f"cannot be read ({exc.strerror or exc})"
    if data is not None and not data.strip():
        return "is empty"
    if isinstance(exc, UnicodeDecodeError):
        return "is not UTF-8 text"
    if isinstance(exc, json.JSONDecodeError):
        return f"is not valid JSON at line {exc.lineno} column {exc.colno} ({exc.msg}): cut short or edited"
    return f"does not hold what StoryLens reads there ({type(exc).__name__}: {exc})"


def read_json_bytes(data: bytes, where: str | Path, build: Callable[[Any], T] = lambda raw: raw, *,
                    shape: type = dict, fix: str = REINSTALL) -> T:
    """``build`` of the JSON document ``data`` (read from ``where``), which must be a ``shape`` (a JSON object by
    default); :class:`DataFileError` naming ``where`` and ``fix`` when it is empty, not JSON, of another shape,
    or ``build`` finds it so."""
    try:
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, shape):
            raise TypeError(f"{_json_kind(raw)} at the top, not {_json_kind(shape())}")
        return build(raw)
    except DataFileError:
        raise
    except _SHAPE_ERRORS as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise DataFileError(str(where), _problem(exc, data), _fix_for(where, fix)) from exc


def read_json(path: str | Path, build: Callable[[Any], T] = lambda raw: raw, *, shape: type = dict,
              fix: str = REINSTALL) -> T:
    """:func:`read_json_bytes` of the file at ``path``; :class:`DataFileError` too when it cannot be read (a
    missing file included: callers that read a missing file as empty test for it first)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise DataFileError(str(path), _problem(exc, None), _fix_for(path, fix)) from exc
    return read_json_bytes(data, path, build, shape=shape, fix=fix)
