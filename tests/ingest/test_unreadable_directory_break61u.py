"""Trial break61u M4: a directory among the inputs that cannot be listed (chmod 000) was skipped with no line and
exit 0 (os.walk without onerror), so its articles were lost silently. It is now one failed input, named as a file
that cannot be read is. The machine's tests run as root, where chmod 000 reads anyway: the directory's listing is
made to fail through os.scandir, which os.walk calls."""

from __future__ import annotations

import errno
import os

from typer.testing import CliRunner

from storylens.cli import app
from storylens.ingest.walk import expand_paths
from storylens.models import Failure


def _unlistable(monkeypatch, *blocked, error=errno.EACCES):
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path) in {str(b) for b in blocked}:
            raise (PermissionError if error == errno.EACCES else OSError)(error, os.strerror(error), os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_an_unlistable_directory_is_a_failure_beside_the_files_read(tmp_path, monkeypatch):
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "a.txt").write_text("text", encoding="utf-8")
    (tree / "sub" / "b.txt").write_text("text", encoding="utf-8")
    (tree / "zz").mkdir()
    (tree / "zz" / "c.txt").write_text("text", encoding="utf-8")
    _unlistable(monkeypatch, tree / "sub")
    items = list(expand_paths([tree]))
    files = [p for p, _ in (i for i in items if not isinstance(i, Failure))]
    failures = [i for i in items if isinstance(i, Failure)]
    assert files == [tree / "a.txt", tree / "zz" / "c.txt"]  # the others are still read
    assert [(f.source, f.reason) for f in failures] == [
        (str(tree / "sub"), "permission denied; make the directory readable")]


def test_an_ingest_of_only_unlistable_directories_names_each_and_exits_1(tmp_path, monkeypatch):
    noperm, gone = tmp_path / "noperm", tmp_path / "gone"
    noperm.mkdir()
    gone.mkdir()
    _unlistable(monkeypatch, noperm)
    _unlistable(monkeypatch, gone, error=errno.EIO)
    db = tmp_path / "np.db"
    result = CliRunner().invoke(app, ["ingest", str(noperm), "--db", str(db), "--silent"])
    assert result.exit_code == 1, result.output
    assert f"{noperm}: permission denied; make the directory readable" in result.output
    assert not db.exists()  # refused before the store is opened, as for a missing path
    result = CliRunner().invoke(app, ["ingest", str(gone), "--db", str(db), "--silent"])
    assert result.exit_code == 1 and f"{gone}: cannot list the directory (" in result.output, result.output
