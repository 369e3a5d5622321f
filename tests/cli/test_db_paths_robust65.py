"""newuser64 LOW: `--db /tmp` (a directory) said "cannot open the article store (unable to open database file);
check that the directory exists and is writable", wrong for a directory that exists and is writable; a --db whose
path is not UTF-8 was told by the read commands "no article store here; run 'storylens ingest PATH --db
caf\\xe9.db' first" and by ingest, in a directory that is not UTF-8 either, "the directory ... does not exist;
create it": each sent the user to what the store then refused. Each now names the path and the right fix."""

from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from storylens.cli import app

NOT_UTF8 = "the store's path is not UTF-8, which its vector index file cannot have; pass a --db whose path is UTF-8"


def _run(*args: str):
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize("command", [["ingest", "ARTICLE"], ["stories"], ["search", "flood"]])
def test_a_directory_as_db_is_named_as_one(tmp_path, command):
    article = tmp_path / "a.txt"
    article.write_text("Heavy rain flooded Valencia on Tuesday, officials said.", encoding="utf-8")
    args = [str(article) if a == "ARTICLE" else a for a in command]
    result = _run(*args, "--db", str(tmp_path))
    assert result.exit_code == 2
    assert result.output == (f"storylens: error: {tmp_path}: is a directory, not a store file; pass a file path, "
                             f"such as --db {tmp_path}/storylens.db\n")


def test_open_store_names_a_directory_too(tmp_path):
    from storylens.errors import StoreError
    from storylens.store import open_store

    with pytest.raises(StoreError, match=r": is a directory, not a store file; pass a file path, such as --db "):
        open_store(str(tmp_path))


@pytest.mark.parametrize(("command", "where"), [
    (["stories"], b"caf\xe9.db"), (["search", "flood"], b"caf\xe9.db"),
    (["ingest", "ARTICLE"], os.path.join(b"d\xe9", b"x.db")),  # "the directory ... does not exist; create it"
])
def test_a_db_path_that_is_not_utf8_is_named_with_the_fix(tmp_path, command, where):
    article = tmp_path / "a.txt"
    article.write_text("Heavy rain flooded Valencia on Tuesday, officials said.", encoding="utf-8")
    db = os.fsdecode(os.path.join(os.fsencode(tmp_path), where))
    args = [str(article) if a == "ARTICLE" else a for a in command]
    result = _run(*args, "--db", db)
    assert result.exit_code == 2
    shown = os.fsencode(db).decode("utf-8", "backslashreplace")
    assert result.output == f"storylens: error: {shown}: {NOT_UTF8}\n"
    assert sorted(os.listdir(tmp_path)) == ["a.txt"]
