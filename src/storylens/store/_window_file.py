"""The PostgreSQL writer's copy of its candidate window, kept on this machine from one writer to the next.

A PostgreSQL store's writer scans its candidate window (the last ``candidate_window`` stored vectors,
:mod:`storylens.store._exact`) on a copy of it read at its first search: for a small ingest into an 8k
store that copy was the largest cost that grows with the store (~45 client CPU-ms: the COPY and the
float16 rows turned into float32 unit rows, and ~26 ms of the server's; stop 42). A stored vector never
changes and is never deleted, so the copy an earlier writer held is still right for the rows it held:
the writer keeps it in the cache directory (:func:`storylens._cache.default_cache_dir`, ``pg_windows/``)
when it lets the writer lock go, and the next writer on this machine reads it back, checks it against the
database in one query and reads only the rows stored since (another machine's writers' batches).

A kept copy is named by the server's system identifier and the database's oid (a copy of a database,
``CREATE DATABASE ... TEMPLATE``, is another database), and it is used only when the database still holds
exactly its rows: as many stored vectors between its first and last article numbers as it holds, older ones
exactly when it says it left older ones out, and its last row inserted by the same transaction (``xmin``)
as the same article. A database restored from a dump, or emptied and written again, fails that check, and
the writer reads its window from the server as without a kept copy. Two files: ``<key>.nums`` (int64) and
``<key>.halves`` (the float16 vectors as stored, native byte order: the next writer makes its unit rows from them
as from the server's, bit for bit), a batch's rows appended to them, and ``<key>.json`` saying how many of their
rows are the copy (written last, by rename: a writer stopped mid-write leaves the copy as it was). Version 1 kept
the float32 unit rows: twice the bytes, and a first writer's close wrote 20 MiB of new page cache for a
10,000-vector window (46-132 system CPU-ms on this machine, stop 51); the next writer's conversion costs ~6 CPU-ms.

Rows are appended only behind a copy the writer *holds* (:meth:`WindowFile.held`: read back and checked against
the database) or wrote itself, and only while the header on disk is still that copy's. A copy read back and
not used (its database emptied and written again, as a reused test database or a restore is) says nothing
about the rows of the files: extending it kept the new rows behind the old copy's vectors under the same
article numbers, and the next writer, whose check reads the header's numbers and last row only, used them
(stop 44: a window of 16 answered without article 5). Such a copy is written anew.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._imports import lazy_module

if TYPE_CHECKING:
    import numpy as np
else:
    np = lazy_module("numpy")

__all__ = ["KeptWindow", "WindowFile"]

_VERSION = 2

@dataclass(frozen=True)
class KeptWindow:
    """A copy read back: its ``n`` rows (``nums``: int64; ``halves``: float16 ``n x dim``, a read-only map of the
    file), whether older vectors than its first are stored (``dropped``), and what its last row must be: (number,
    xmin, article)."""

    nums: np.ndarray
    halves: np.ndarray
    n: int
    dropped: bool
    last: tuple[int, str, str]


class WindowFile:
    """The kept copy of one database's window (see the module's docstring)."""

    def __init__(self, folder: Path, system_id: str, database_oid: int, dim: int):
        key = hashlib.sha256(f"{system_id}/{database_oid}".encode()).hexdigest()[:24]
        self.folder = folder
        self.dim = int(dim)
        self._head, self._nums, self._halves = (folder / f"{key}.{ext}" for ext in ("json", "nums", "halves"))
        # The copy this writer holds (held() or written by it): the files' rows it starts with, its first number
        # and its header's last row; nothing held: a write replaces the files.
        self._kept = 0
        self._first: int | None = None
        self._last: list[Any] | None = None

    def read(self) -> KeptWindow | None:
        """The kept copy, or None (none, another format, unreadable files). Not held until :meth:`held` says so."""
        self.forget()
        try:
            head = json.loads(self._head.read_text())
            if head.get("version") != _VERSION or int(head["dim"]) != self.dim:
                return None
            n = int(head["rows"])
            nums = np.empty(n, dtype=np.int64)
            with self._nums.open("rb") as fh:
                if fh.readinto(nums.view(np.uint8)) != 8 * n:  # type: ignore[arg-type]
                    return None
            if n == 0 or self._halves.stat().st_size < 2 * self.dim * n:
                return None
            # mapped, not read: the file's pages are in the page cache already, and the writer converts them once
            halves = np.memmap(self._halves, dtype=np.float16, mode="r", shape=(n, self.dim))
            last = head["last"]
            kept = KeptWindow(nums, halves, n, bool(head["dropped"]), (int(last[0]), str(last[1]), str(last[2])))
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return None
        if n == 0 or int(nums[n - 1]) != kept.last[0]:
            return None
        return kept

    def held(self, kept: KeptWindow) -> None:
        """Say that the writer holds ``kept`` (read back by :meth:`read`, the database holds its rows): its next
        :meth:`write` appends the rows past it."""
        self._kept, self._first, self._last = kept.n, int(kept.nums[0]), list(kept.last)

    def forget(self) -> None:
        """Hold no copy (the writer let its lock go): the next :meth:`write` without :meth:`held` replaces the files."""
        self._kept, self._first, self._last = 0, None, None

    def _still_held(self) -> bool:
        """Whether the header on disk is still the held copy's (no other writer replaced it meanwhile)."""
        try:
            head = json.loads(self._head.read_text())
            return (head.get("version") == _VERSION and int(head["rows"]) == self._kept
                    and list(head["last"]) == self._last)
        except (OSError, ValueError, KeyError, TypeError):
            return False

    def write(self, nums: np.ndarray, halves: np.ndarray, dropped: bool, last: tuple[int, str, str]) -> None:
        """Keep the copy ``nums`` / ``halves`` (held rows, ascending numbers; their float16 vectors as stored) whose
        last row is ``last``: its
        rows past the files' appended when the files hold its beginning, else both files written anew."""
        n = len(nums)
        if n == 0:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        start = self._kept if (self._first is not None and int(nums[0]) == self._first and n >= self._kept
                               and self._still_held()) else 0
        try:
            if start:
                for path, rows in ((self._nums, nums), (self._halves, _native(halves))):
                    with path.open("r+b") as fh:
                        fh.seek(rows[:start].nbytes)
                        fh.truncate()  # rows a stopped writer appended past the copy
                        fh.write(np.ascontiguousarray(rows[start:]).tobytes())
            else:
                self._head.unlink(missing_ok=True)  # no header over files being replaced
                self._head.with_suffix(".units").unlink(missing_ok=True)  # a version-1 copy's rows (20 MiB at 10k)
                for path, rows in ((self._nums, nums), (self._halves, _native(halves))):
                    tmp = path.with_name(path.name + f".{os.getpid()}")
                    np.ascontiguousarray(rows).tofile(tmp)
                    os.replace(tmp, path)
            last_row = [int(last[0]), str(last[1]), str(last[2])]
            head = {"version": _VERSION, "dim": self.dim, "rows": n, "dropped": bool(dropped), "last": last_row}
            tmp = self._head.with_name(self._head.name + f".{os.getpid()}")
            tmp.write_text(json.dumps(head))
            os.replace(tmp, self._head)
        except OSError:
            self.forget()  # the files may hold part of this copy: the next write replaces them
            return  # a copy not kept is read from the server next time
        self._kept, self._first, self._last = n, int(nums[0]), last_row


def _native(halves: np.ndarray) -> np.ndarray:
    """float16 rows in native byte order (the same values)."""
    return halves if halves.dtype == np.dtype(np.float16) else halves.astype(np.float16)
