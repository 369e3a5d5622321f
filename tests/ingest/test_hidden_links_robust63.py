"""Trial robust63, item 3: a link to a hidden directory inside an input tree (``visible -> .drafts``) was followed,
though the walk leaves hidden directories out, so a tree's hidden drafts, caches or ``.git`` were ingested through
any link to them. A link now obeys the hidden rule of what it leads to: a link to a hidden directory or into one,
or to a file there or a hidden file, is one skipped line naming where it leads and the fix; nothing is lost
without a line, and the rest of the tree is read."""

from __future__ import annotations

import os
from pathlib import Path

from storylens.ingest.walk import Skipped, expand_paths, iter_records, skip_summary
from storylens.models import Failure, RawDocument


def _tree(tmp_path: Path) -> Path:
    tree = tmp_path / "tree"
    (tree / ".drafts" / "jan").mkdir(parents=True)
    (tree / "sub").mkdir()
    (tree / "a.txt").write_text("Ankara, Tuesday. The council met in the capital.", encoding="utf-8")
    (tree / "sub" / "c.txt").write_text("Lyon, mardi. Le conseil s'est réuni à la mairie.", encoding="utf-8")
    (tree / ".drafts" / "d.txt").write_text("Gdańsk, wtorek. Rada obradowała w ratuszu.", encoding="utf-8")
    (tree / ".drafts" / "jan" / "e.txt").write_text("Oslo, tirsdag. Rådet møtte i rådhuset.", encoding="utf-8")
    (tree / ".note.txt").write_text("Bonn, Dienstag. Der Rat tagte im Rathaus.", encoding="utf-8")
    return tree


def _read(records: list) -> list[str]:
    return [r.source for r in records if isinstance(r, RawDocument)]


def test_links_to_and_into_a_hidden_directory_are_skipped_with_the_fix(tmp_path):
    tree = _tree(tmp_path)
    os.symlink(".drafts", tree / "drafts")  # to a hidden directory
    os.symlink("../.drafts/jan", tree / "sub" / "jan")  # into one
    records = list(iter_records([tree]))
    assert _read(records) == [str(tree / "a.txt"), str(tree / "sub" / "c.txt")]
    drafts = tree / ".drafts"
    assert [(r.source, r.reason, r.kind) for r in records if isinstance(r, Skipped)] == [
        (str(tree / ".note.txt"), "hidden file", "not articles"),  # a hidden file itself: as before
        (str(tree / "drafts"), (f"a link to {drafts}, a hidden directory, which the walk leaves out; pass {drafts} "
                                "as an input to read it"), "links to hidden directories"),
        (str(tree / "sub" / "jan"), (f"a link to {drafts / 'jan'}, inside the hidden directory {drafts}, which the "
                                     f"walk leaves out; pass {drafts / 'jan'} as an input to read it"),
         "links to hidden directories")]
    assert not [r for r in records if isinstance(r, Failure)]
    # the fix each line gives reads the directory, as a hidden directory named as an input is
    assert _read(list(iter_records([drafts / "jan"]))) == [str(drafts / "jan" / "e.txt")]


def test_links_to_hidden_files_are_skipped_and_a_link_to_a_plain_file_is_read(tmp_path):
    tree = _tree(tmp_path)
    os.symlink(".drafts/d.txt", tree / "d.txt")  # a file in a hidden directory
    os.symlink(".note.txt", tree / "note.txt")  # a hidden file
    os.symlink("sub/c.txt", tree / "c_again.txt")  # a plain file: read, as before
    os.symlink(".gone.txt", tree / "gone.txt")  # to nothing: a failed input, as before
    records = list(iter_records([tree]))
    assert _read(records) == [str(tree / "a.txt"), str(tree / "c_again.txt"), str(tree / "sub" / "c.txt")]
    skipped = {r.source: (r.reason, r.kind) for r in records if isinstance(r, Skipped)}
    assert skipped == {
        str(tree / ".note.txt"): ("hidden file", "not articles"),
        str(tree / "d.txt"): ((f"a link to {tree / '.drafts' / 'd.txt'}, inside the hidden directory "
                               f"{tree / '.drafts'}, which the walk leaves out; pass {tree / '.drafts' / 'd.txt'} as "
                               "an input to read it"), "links to hidden files"),
        str(tree / "note.txt"): ((f"a link to {tree / '.note.txt'}, a hidden file, which the walk leaves out; rename "
                                  "it without the leading dot to read it"), "links to hidden files")}
    assert skip_summary(s for s in records if isinstance(s, Skipped)) == (
        "2 links to hidden files, 1 not articles")
    assert [(r.source, r.reason) for r in records if isinstance(r, Failure)] == [
        (str(tree / "gone.txt"), "a symbolic link to nothing (dangling or a loop); point it at the article file")]


def test_a_link_into_another_input_s_hidden_directory_is_not_said_to_be_read_there(tmp_path):
    tree, other = _tree(tmp_path), tmp_path / "other"
    (other / ".cache").mkdir(parents=True)
    (other / ".cache" / "x.txt").write_text("Madrid, martes. El consejo se reunió.", encoding="utf-8")
    (other / "b.txt").write_text("Roma, martedì. Il consiglio si è riunito.", encoding="utf-8")
    os.symlink(str(other / ".cache"), tree / "cache")
    records = list(iter_records([tree, other]))
    assert _read(records) == [str(tree / "a.txt"), str(tree / "sub" / "c.txt"), str(other / "b.txt")]
    assert [(r.source, r.reason) for r in records if isinstance(r, Skipped) and r.kind != "not articles"] == [
        (str(tree / "cache"), (f"a link to {other / '.cache'}, a hidden directory, which the walk leaves out; pass "
                               f"{other / '.cache'} as an input to read it"))]
    # given as an input itself, the hidden directory is read there, once, under its own paths
    records = list(iter_records([tree, other / ".cache"]))
    assert _read(records) == [str(tree / "a.txt"), str(tree / "sub" / "c.txt"), str(other / ".cache" / "x.txt")]
    assert [(r.source, r.reason) for r in records if isinstance(r, Skipped) and r.kind != "not articles"] == [
        (str(tree / "cache"), (f"a link to {other / '.cache'}, inside the input {other / '.cache'}, read there "
                               "under its own paths"))]


def test_a_link_given_as_the_input_is_read_whatever_it_leads_to(tmp_path):
    """Named on the command line, a hidden directory is read; so is one named through a link (unchanged)."""
    tree = _tree(tmp_path)
    os.symlink(str(tree / ".drafts"), tmp_path / "drafts")
    items = list(expand_paths([tmp_path / "drafts"]))
    assert [i[0] for i in items if isinstance(i, tuple)] == [tmp_path / "drafts" / "d.txt",
                                                            tmp_path / "drafts" / "jan" / "e.txt"]


def test_ingest_prints_the_hidden_link_and_adds_the_rest(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from storylens.cli import app
    from storylens.embed import HashingEmbedder

    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: HashingEmbedder())
    tree = _tree(tmp_path)
    os.symlink(".drafts", tree / "drafts")
    result = CliRunner().invoke(app, ["ingest", str(tree), "--db", str(tmp_path / "s.db"), "--silent"])
    assert result.exit_code == 0, result.output
    assert "added 2 articles" in result.output and "1 links to hidden directories" in result.output
    assert (f"skipped {tree / 'drafts'}: a link to {tree / '.drafts'}, a hidden directory, which the walk leaves "
            f"out; pass {tree / '.drafts'} as an input to read it") in result.output
