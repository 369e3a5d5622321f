"""New-user trial 60 (L3, L4, L5): one error form for a bad input among several, no empty store left by an ingest
that stored nothing, and a word when a store's vector file is missing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storylens.cli import app
from storylens.store import SQLiteStore

from ..store.test_sqlite import _batch

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def _store_files(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.iterdir() if p.name.startswith(db.name))


def test_an_ingest_that_stores_nothing_leaves_no_new_store_and_names_the_input_in_the_error_form(tmp_path):
    # trial 60 L4: `ingest empty.txt --db bad1.db` left bad1.db and bad1.db.lock; L3: "  failed  empty.txt: ..."
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    notes = tmp_path / "notes.md"  # skipped (not an article), not failed: the store is still not kept
    notes.write_text("# README\n", encoding="utf-8")
    for db, inputs in ((tmp_path / "bad1.db", [empty]), (tmp_path / "sub" / "bad2.db", [empty, tmp_path])):
        db.parent.mkdir(exist_ok=True)
        result = run("ingest", *map(str, inputs), "--db", str(db), "--silent")
        assert result.exit_code == 1, result.output
        assert f"storylens: error: {empty}: input is only whitespace" in result.output
        assert "  failed  " not in result.output
        assert _store_files(db) == [], result.output
        assert "not kept" in result.output


def test_an_ingest_that_stores_nothing_keeps_a_store_that_was_there(tmp_path):
    # never delete what the command did not create: a whole store, or a part of one left beside a lost database
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    db = tmp_path / "kept.db"
    store = SQLiteStore(db)
    store.write_batch(_batch([1, 2]))
    store.close()
    before = _store_files(db)
    assert f"{db.name}.usearch" in before
    result = run("ingest", str(empty), "--db", str(db), "--silent")
    assert result.exit_code == 1 and "not kept" not in result.output
    assert set(before) <= set(_store_files(db))
    with SQLiteStore(db) as again:
        assert again.stats()["articles"] == 2
    lost = tmp_path / "lost.db"  # its .usearch survived; the database did not
    (tmp_path / "lost.db.usearch").write_bytes(b"vectors")
    result = run("ingest", str(empty), "--db", str(lost), "--silent")
    assert result.exit_code == 1
    assert (tmp_path / "lost.db.usearch").read_bytes() == b"vectors"


def test_stories_from_a_store_without_its_vector_file_say_which_commands_need_it(tmp_path):
    # trial 60 L5: a copy of <db> alone listed its stories, exit 0, with no word that the copy was incomplete
    db = tmp_path / "copy.db"
    store = SQLiteStore(db)
    store.write_batch(_batch([1, 2, 3]))
    store.close()  # a writer saves the index file: it now holds the only copy of the vectors
    whole = run("stories", "--db", str(db))
    assert whole.exit_code == 0 and "warning" not in whole.output
    os.unlink(f"{db}.usearch")
    listed = run("stories", "--db", str(db))
    assert listed.exit_code == 0 and "S-1" in listed.output
    assert f"storylens: warning: {db}.usearch is missing (it held 3 article vectors)" in listed.output
    assert "search" in listed.output and "--refine" in listed.output
    shown = run("story", "S-1", "--db", str(db), "--no-claims")
    assert shown.exit_code == 0 and f"{db}.usearch is missing" in shown.output
    refused = run("search", "ferry", "--db", str(db))
    assert refused.exit_code == 2 and "storylens: error:" in refused.output and ".usearch" in refused.output


@pytest.mark.parametrize(("content", "says"), [
    (None, "file not found; check the path"),  # was "cannot read the file (No such file or directory): check the path"
    ("", "input is empty"),  # was "missing column(s) text1, text2"
    ("\n \n\t\n", "input is empty"),
    ("a,b\nx,y\n", "missing column(s) text1, text2"),
])
def test_a_pairs_file_missing_or_empty_is_named_as_every_input_is(tmp_path, content, says):
    pairs = tmp_path / "pairs.csv"
    if content is not None:
        pairs.write_text(content, encoding="utf-8")
    result = run("similarity", "--pairs", str(pairs))
    assert result.exit_code == 2
    assert result.output.startswith(f"storylens: error: {pairs}: {says}"), result.output


@pytest.mark.slow
def test_compare_names_a_bad_third_input_in_the_error_form_and_exits_1(tmp_path):
    # trial 60 L3: "storylens: skipped missing.txt: file not found; check the path"
    from ..conftest import SEEDS

    seeds = sorted(str(p) for p in Path(SEEDS).glob("*.txt"))
    missing = tmp_path / "missing.txt"
    result = run("compare", *seeds, str(missing), "-f", "json")
    assert result.exit_code == 1
    assert f"storylens: error: {missing}: file not found; check the path" in result.output
    assert "storylens: compared 2 of 3 inputs; 1 failed" in result.output
    assert "storylens: skipped" not in result.output
