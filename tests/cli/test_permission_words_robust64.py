"""Trial M6: a file under a directory that may not be searched was named in three wordings: ``ingest``
"permission denied on a directory of this path; make its directories readable and searchable (chmod +x)",
``compare`` "cannot use this path (Permission denied); check the path", ``similarity --pairs`` and ``watch``'s
feed list "permission denied; make the file readable" (the file itself may be readable). One wording now. The
tests run as root, who may search any directory: os.stat and os.lstat fail for the paths as for a user."""

from __future__ import annotations

import errno
import os

import pytest
from typer.testing import CliRunner

from storylens.cli import app
from storylens.errors import InputError
from storylens.ingest import walk
from storylens.ingest.files import read_path
from storylens.models import Failure

WORDS = "permission denied on a directory of this path; make its directories readable and searchable (chmod +x)"


@pytest.fixture
def locked(tmp_path, monkeypatch):
    """Three files in ``locked``, a directory whose search permission is taken away."""
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.txt").write_text("Heavy rain flooded Valencia on Tuesday, officials said.", encoding="utf-8")
    (folder / "pairs.csv").write_text("text1,text2\na,b\n", encoding="utf-8")
    (folder / "feeds.txt").write_text("https://example.org/feed\n", encoding="utf-8")
    for name in ("stat", "lstat"):
        real = getattr(os, name)

        def refused(path, *args, real=real, **kwargs):
            if os.fspath(path).startswith(str(folder) + os.sep):
                raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
            return real(path, *args, **kwargs)

        monkeypatch.setattr(os, name, refused)
    return folder


def test_every_command_names_a_path_under_a_directory_it_cannot_search_in_one_wording(locked, tmp_path):
    article = str(locked / "a.txt")
    assert [(r.source, r.reason) for r in walk.iter_records([article]) if isinstance(r, Failure)] == [
        (article, WORDS)]
    with pytest.raises(InputError) as caught:  # compare's and similarity's reader
        read_path(article)
    assert caught.value.reason == WORDS
    for args, path in ((("similarity", "--pairs", str(locked / "pairs.csv")), locked / "pairs.csv"),
                       (("watch", str(locked / "feeds.txt"), "--db", str(tmp_path / "w.db"), "--times", "1"),
                        locked / "feeds.txt")):
        result = CliRunner().invoke(app, list(args))
        assert result.exit_code == 2, result.output
        assert result.output.splitlines() == [f"storylens: error: {path}: {WORDS}"]
