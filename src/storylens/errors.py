"""The StoryLens exception tree.

Every error StoryLens raises on purpose derives from :class:`StoryLensError`,
so callers (and the CLI) can catch one class::

    StoryLensError
    ├── InputError          an input cannot be read or used (names the source)
    │   ├── EmptyInputError     nothing but whitespace / no article text
    │   ├── BinaryInputError    the bytes are not text
    │   ├── EncodingError       no encoding decodes the bytes sensibly
    │   ├── NotAnArticleError   another kind of file or data (PDF, feed, archive, JSON)
    │   │   └── NotRegularFileError a named pipe (FIFO), socket or device: not read
    │   ├── TooLargeError       over the size limit
    │   └── WrongTypeError      a Python caller's argument of a type it does not take (bytes); a TypeError too
    ├── NotEnoughDocumentsError fewer than two usable documents to compare
    ├── ConfigError         a setting or option is invalid
    ├── ModelError          a model or an optional extra is missing
    │   └── DataFileError       a shipped or derived data file is damaged or unreadable (names it and the fix)
    ├── StoreError          the database cannot be opened, migrated or written
    │   └── StoreBusyError      another writer holds the store (retry later)
    ├── NotFoundError       an id names no story or article in the store
    └── ReadOnlyError       a write was asked of a store opened read-only

Messages are one line that names the input and the fix.
"""

from __future__ import annotations

import numbers
import os
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeGuard, TypeVar

from ._paths import escaped_surrogates, shown_text

T = TypeVar("T")

__all__ = [
    "BinaryInputError",
    "ConfigError",
    "DataFileError",
    "EmptyInputError",
    "EncodingError",
    "InputError",
    "ModelError",
    "NotAnArticleError",
    "NotEnoughDocumentsError",
    "NotFoundError",
    "NotRegularFileError",
    "ReadOnlyError",
    "StoreBusyError",
    "StoreError",
    "StoryLensError",
    "TooLargeError",
    "WrongTypeError",
]


class StoryLensError(Exception):
    """Root of every error StoryLens raises on purpose."""

    exit_code = 2


class InputError(StoryLensError):
    """An input cannot be read or used; ``source`` names it, ``record`` locates it."""

    def __init__(self, message: str, source: str | None = None, record: str | None = None):
        # a file name that is not UTF-8 in its escaped form (storylens._paths): the message is printed and stored
        source = None if source is None else escaped_surrogates(source)
        message = shown_text(message)
        self.source = source
        self.record = record
        where = source or ""
        if record:
            where = f"{where}#{record}" if where else record
        super().__init__(f"{where}: {message}" if where else message)
        self.reason = message


class EmptyInputError(InputError):
    """The input holds no text (empty or whitespace only)."""


class NotAnArticleError(InputError):
    """The input is another kind of file or data (a PDF, a feed, an archive, a JSON document), not one article."""


class NotRegularFileError(NotAnArticleError):
    """The path names a named pipe (FIFO), a socket or a device, not a regular file: never read (a FIFO no process
    writes to blocks a reader for ever, a device may never end). ``what`` names it ("a named pipe (FIFO)");
    ``opened``: whether it was opened (without blocking, then closed unread) before it was found out."""

    def __init__(self, what: str, source: str, *, opened: bool = False,
                 fix: str = "save what it gives to a file and pass that"):
        self.what = what
        self.opened = opened
        super().__init__(f"not a regular file ({what}), not {'read' if opened else 'opened'}; {fix}", source)


class BinaryInputError(InputError):
    """The input is binary data, not text or HTML."""


class EncodingError(InputError):
    """No supported encoding decodes the input to sensible text."""


class TooLargeError(InputError):
    """The input is larger than the configured limit."""


class WrongTypeError(InputError, TypeError):
    """A public function's argument (``source`` names it: ``inputs[0]``, ``pair 1 text1``) is of a type the function
    does not take, such as bytes where text is needed. Also a ``TypeError``, as Python's own errors for a wrong type
    are, so ``except TypeError`` still catches it."""


class OutOfRangeError(InputError, ValueError):
    """A public function's argument (``source`` names it) is of the type it takes but outside its range, such as
    ``workers=0`` or a negative ``limit``. Also a ``ValueError``, as Python's own errors for such a value are."""


def type_name(value: object) -> str:
    """How a wrong argument is named in a :class:`WrongTypeError`: ``bytes``, ``int``, ``None``; numpy's types by
    their module too (``numpy.int64``; numpy 2 names its bool ``bool``: "not bool" of a bool was no answer)."""
    if value is None:
        return "None"
    kind = type(value)
    return f"numpy.{kind.__name__}" if kind.__module__ == "numpy" else kind.__name__


# the fix for text given as bytes (what a file read in binary or an HTTP body gives)
DECODE_BYTES = "decode bytes first (data.decode('utf-8'))"

BYTES_LIKE = (bytes, bytearray, memoryview)


def a_list(value: object) -> TypeGuard[Iterable[Any]]:
    """Whether ``value`` can be a list of things: an iterable that is not one str, bytes or path (read item by item, a
    text gives its letters, bytes their numbers, "." among a path's letters the working directory) nor a mapping (a
    dict gives its keys: compare({'a': text, 'b': text}) compared the letters 'a' and 'b', break66r M3); None and
    numbers are none."""
    return isinstance(value, Iterable) and not isinstance(value, (str, os.PathLike, Mapping, *BYTES_LIKE))


def wrong_type(value: object, source: str, takes: str, then: str = "", decode: bool = True) -> WrongTypeError:
    """The one form of a :class:`WrongTypeError`: ``<source>: <takes>, not <type>``, and for bytes, bytearray or
    memoryview ``; decode bytes first (...)`` and ``then`` (what to do with the text: ``, then ...``), unless
    ``decode`` is False (a list was wanted: a decoded text is no fix); for a mapping (a dict), ``; pass a list of its
    values: list(d.values())``."""
    fix = f"; {DECODE_BYTES}{then}" if decode and isinstance(value, BYTES_LIKE) else ""
    if isinstance(value, Mapping):
        fix = "; pass a list of its values: list(d.values())"
    return WrongTypeError(f"{takes}, not {type_name(value)}{fix}", source=source)


def list_of(value: object, kind: type[T], source: str, takes: str, none: bool = False) -> list[T]:
    """``value`` as a list when it is a list (:func:`a_list`) of ``kind`` (or None, when ``none``: an empty list),
    else WrongTypeError naming ``source``, or the first item of another type as ``source[n]`` (robust66: a list of the
    wrong things failed deep inside, "'bytes' object has no attribute 'id'")."""
    if none and value is None:
        return []
    if not a_list(value):
        raise wrong_type(value, source, takes, decode=False)
    listed = list(value)
    for n, item in enumerate(listed):
        if not isinstance(item, kind):
            raise wrong_type(item, f"{source}[{n}]", takes, decode=False)
    return listed


def a_flag(value: object, source: str, takes: str, none: bool = False) -> bool | None:
    """``value`` when it is a bool (or None, when ``none``), else WrongTypeError ``<source>: <takes>, not <type>``:
    a truth test of another value (a numpy array: 'The truth value of an array ... is ambiguous', a str 'no') is no
    answer of the caller's (break66r L5)."""
    if isinstance(value, bool) or (none and value is None):
        return value
    if _numpy_bool(value):  # numpy.True_ (a comparison of arrays' items): a bool of numpy's, read as one (robust67)
        return bool(value)
    raise wrong_type(value, source, takes, decode=False)


def a_whole_number(value: object, source: str, takes: str) -> int:
    """``value`` as an int when it is one (a numpy integer too; not a bool, Python's or numpy's), else WrongTypeError
    ``<source>: <takes>, not <type>``: ``ingest(workers="2")`` failed deep in the pool with a bare "'>' not supported
    between instances of 'str' and 'int'" (newuser67)."""
    if isinstance(value, numbers.Integral) and not isinstance(value, bool) and not _numpy_bool(value):
        return int(value)
    raise wrong_type(value, source, takes, decode=False)


def a_count(value: object, source: str, takes: str, *, least: int = 0) -> int:
    """:func:`a_whole_number` of at least ``least``, else OutOfRangeError ``<source>: <takes>, <least> or more, not
    <value>``: ``ingest(workers=0)`` ran on one process, ``batch_size=0`` looped, ``list_stories(limit=-1)`` listed
    every story (SQL's LIMIT -1) and ``limit='5'`` went to the database as text (robust68)."""
    number = a_whole_number(value, source, takes)
    if number < least:
        raise OutOfRangeError(f"{takes}, {least} or more, not {number}", source=source)
    if number > _LARGEST_COUNT:  # a store's integer column: 2**63 raised a bare OverflowError (newuser68)
        raise OutOfRangeError(f"{takes}, at most {_LARGEST_COUNT}, not {number}", source=source)
    return number


_LARGEST_COUNT = 2**63 - 1  # SQLite's and PostgreSQL's bigint


def _numpy_bool(value: object) -> bool:
    """Whether ``value`` is numpy's bool (``numpy.bool_``, named ``bool`` in numpy 2: "True or False, not bool"
    named it as Python's own); numpy is not imported for it."""
    kind = type(value)
    return kind.__module__ == "numpy" and kind.__name__ in ("bool", "bool_")


class NotEnoughDocumentsError(StoryLensError):
    """A comparison needs at least two usable documents. ``failures``: the inputs that could not be read (each an
    :class:`InputError`), ``summary``: the message without them, for a caller that names each on its own line."""

    def __init__(self, message: str, failures: Sequence[InputError] = (), summary: str | None = None):
        super().__init__(message)
        self.failures = list(failures)
        self.summary = summary or message


class ConfigError(StoryLensError):
    """A setting or command-line option is invalid."""


class ModelError(StoryLensError):
    """A model or an optional dependency is missing or failed to load."""


class DataFileError(ModelError):
    """A data file StoryLens reads, not an input (shipped text data, a similarity model file, a table
    ``storylens setup`` wrote), is damaged or cannot be read: cut short, empty, not JSON, of another shape,
    unreadable. ``path`` names it, the message says what is wrong and the fix (reinstall for shipped data).
    A whole-run fault, not one input's: readers that turn one input's error into its failure let it through."""

    def __init__(self, path: str, problem: str, fix: str):
        self.path = path
        super().__init__(f"{escaped_surrogates(path)}: {problem}; {fix}")


class StoreError(StoryLensError):
    """The article store cannot be opened, migrated or written."""


class StoreBusyError(StoreError):
    """Another process or request is writing to the store; retry when it is done."""


class NotFoundError(StoryLensError):
    """An id (story, article) names nothing in the store."""


class ReadOnlyError(StoryLensError):
    """A write (a story correction) was asked of a store opened read-only."""
