"""Trial newuser63 H2: an input path ``ingest`` cannot even check (a directory on its way without search
permission, a name too long for the file system) raised out of the walk (``Path.is_dir`` raises for those) and
ended the run with nothing stored, the good inputs beside it lost. Now that input is one failed line and the
others are read, as ``compare`` did already ("compared 2 of 3")."""

from __future__ import annotations

import errno
from pathlib import Path

from storylens.ingest import walk
from storylens.models import Failure, RawDocument


def _article(tmp_path: Path) -> Path:
    good = tmp_path / "a.txt"
    good.write_text("Flood title\n\nHeavy rain flooded Valencia on Tuesday, and 12 people died, officials said.\n",
                    encoding="utf-8")
    return good


def test_a_name_too_long_fails_alone(tmp_path):
    good = _article(tmp_path)
    long_name = str(tmp_path / ("a" * 300 + ".txt"))
    records = list(walk.iter_records([long_name, str(good)]))
    assert [r.source for r in records if isinstance(r, RawDocument)] == [str(good)]
    assert [(r.source, r.reason) for r in records if isinstance(r, Failure)] == [
        (long_name, "cannot use this path (File name too long); check the path")]


def test_a_path_under_a_directory_without_search_permission_fails_alone(tmp_path, monkeypatch):
    """The suite runs as root, which may search any directory: Path.is_dir fails for the locked path as it does
    for a user (EACCES from stat)."""
    good = _article(tmp_path)
    locked = tmp_path / "locked" / "deep" / "c.txt"
    real_is_dir = Path.is_dir

    def is_dir(self, *args, **kwargs):
        if str(self) == str(locked):
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_is_dir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "is_dir", is_dir)
    records = list(walk.iter_records([str(locked), str(good)]))
    assert [r.source for r in records if isinstance(r, RawDocument)] == [str(good)]
    assert [(r.source, r.reason) for r in records if isinstance(r, Failure)] == [
        (str(locked), ("permission denied on a directory of this path; make its directories readable and searchable "
                      "(chmod +x)"))]
