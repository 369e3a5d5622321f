"""Trial break61u2 M1: a link to a directory inside an input tree was skipped with no line and exit 0 (os.walk
without followlinks), so its articles were lost silently, while the same directory given through a link as the
input itself was read. Every link to a directory is now accounted for: one that stays inside the tree is
followed unless it leads to a directory the walk reads already (a loop, a directory of the tree, a second link to
one: one skipped input naming where it leads); one that leads out of the tree is a skipped input with the fix
(trial break62w, tests/ingest/test_links_and_special_files_break62w.py)."""

from __future__ import annotations

import os
from pathlib import Path

from storylens.ingest.walk import Skipped, expand_paths, iter_records
from storylens.models import Failure, RawDocument


def _tree(tmp_path: Path) -> Path:
    tree, other = tmp_path / "tree", tmp_path / "other"
    (tree / "sub").mkdir(parents=True)
    (tree / ".archive" / "2025").mkdir(parents=True)
    other.mkdir()
    (tree / "a.txt").write_text("Ankara, Tuesday. The council met.", encoding="utf-8")
    (tree / "sub" / "c.txt").write_text("Lyon, mardi. Le conseil s'est réuni.", encoding="utf-8")
    (tree / ".archive" / "2025" / "d.txt").write_text("Gdańsk, wtorek. Rada obradowała.", encoding="utf-8")
    (other / "b.txt").write_text("Bonn, Dienstag. Der Rat tagte.", encoding="utf-8")
    os.symlink(".archive/2025", tree / "archive")  # inside the tree, a hidden directory the walk leaves out
    return tree


def _files(items: list) -> list[Path]:
    return [i[0] for i in items if isinstance(i, tuple)]


def test_a_link_to_a_directory_inside_the_tree_is_followed(tmp_path):
    tree = _tree(tmp_path)
    items = list(expand_paths([tree]))
    assert _files(items) == [tree / "a.txt", tree / "sub" / "c.txt", tree / "archive" / "d.txt"]
    assert not [i for i in items if not isinstance(i, tuple)]
    read = [r.source for r in iter_records([tree]) if isinstance(r, RawDocument)]
    assert read == [str(tree / "a.txt"), str(tree / "sub" / "c.txt"), str(tree / "archive" / "d.txt")]


def test_a_loop_and_a_second_way_to_one_directory_are_named_and_read_once(tmp_path):
    tree = _tree(tmp_path)
    os.symlink("..", tree / "sub" / "up")  # a loop: the tree's own root
    os.symlink("sub", tree / "again")  # a directory of the tree, by another name (sorted before "sub")
    os.symlink("../.archive/2025", tree / "sub" / "archive_again")  # a second link to the linked directory
    items = list(expand_paths([tree]))
    assert _files(items) == [tree / "a.txt", tree / "sub" / "c.txt", tree / "archive" / "d.txt"]  # each once
    skipped = {i.source: i.reason for i in items if isinstance(i, Skipped)}
    assert skipped == {
        str(tree / "again"): f"a link to {tree / 'sub'}, a directory this ingest reads already",
        str(tree / "sub" / "up"): f"a link to {tree}, a directory this ingest reads already",
        str(tree / "sub" / "archive_again"): f"a link to {tree / '.archive' / '2025'}, a directory this ingest reads already",
    }
    assert not [i for i in items if isinstance(i, Failure)]


def test_a_directory_reached_again_through_a_link_names_the_link(tmp_path):
    """Trial break62w L2: a plain directory met again inside a followed link was called 'a link'."""
    tree = _tree(tmp_path)
    (tree / ".archive" / "2025" / "jan").mkdir()
    (tree / ".archive" / "2025" / "jan" / "e.txt").write_text("Oslo, tirsdag. Rådet møtte.", encoding="utf-8")
    os.symlink(".archive/2025/jan", tree / "_jan")  # sorted before "archive": jan is read through it first
    items = list(expand_paths([tree]))
    assert _files(items) == [tree / "a.txt", tree / "sub" / "c.txt", tree / "_jan" / "e.txt",
                             tree / "archive" / "d.txt"]
    skipped = {i.source: i.reason for i in items if isinstance(i, Skipped)}
    assert skipped == {str(tree / "archive" / "jan"): f"{tree / '.archive' / '2025' / 'jan'}, a directory this "
                                                      f"ingest reads already, reached again through the link "
                                                      f"{tree / 'archive'}"}


def test_a_link_up_to_a_directory_holding_the_tree_is_not_walked(tmp_path):
    """A link up to a directory above the input leads out of it: named with the fix, nothing above is read."""
    tree = _tree(tmp_path)
    os.symlink(str(tmp_path), tree / "home")
    items = list(expand_paths([tree]))
    assert _files(items) == [tree / "a.txt", tree / "sub" / "c.txt", tree / "archive" / "d.txt"]
    assert {i.source: i.reason for i in items if isinstance(i, Skipped)} == {
        str(tree / "home"): f"a link to {tmp_path}, outside the input; pass {tmp_path} as an input to read it"}


def test_a_dangling_link_in_a_tree_is_a_failed_input(tmp_path):
    tree = _tree(tmp_path)
    os.symlink(str(tmp_path / "gone"), tree / "gone")
    failed = [(r.source, r.reason) for r in iter_records([tree]) if isinstance(r, Failure)]
    assert failed == [(str(tree / "gone"), "a symbolic link to nothing (dangling or a loop); point it at the article file")]
