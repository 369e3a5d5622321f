"""Trial break61u2 M1: a link to a directory inside an input tree was skipped with no line and exit 0 (os.walk
without followlinks), so its articles were lost silently, while the same directory given through a link as the
input itself was read. A link to a directory is now followed; one that leads to a directory the walk reads already
(a loop, a directory of the tree, a second link to one) is one skipped input naming where it leads."""

from __future__ import annotations

import os
from pathlib import Path

from storylens.ingest.walk import Skipped, expand_paths, iter_records
from storylens.models import Failure, RawDocument


def _tree(tmp_path: Path) -> Path:
    tree, other = tmp_path / "tree", tmp_path / "other"
    (tree / "sub").mkdir(parents=True)
    other.mkdir()
    (tree / "a.txt").write_text("Ankara, Tuesday. The council met.", encoding="utf-8")
    (tree / "sub" / "c.txt").write_text("Lyon, mardi. Le conseil s'est réuni.", encoding="utf-8")
    (other / "b.txt").write_text("Bonn, Dienstag. Der Rat tagte.", encoding="utf-8")
    os.symlink("../other", tree / "linked")  # outside the tree: followed
    return tree


def _files(items: list) -> list[Path]:
    return [i[0] for i in items if isinstance(i, tuple)]


def test_a_link_to_a_directory_inside_the_tree_is_followed(tmp_path):
    tree = _tree(tmp_path)
    items = list(expand_paths([tree]))
    assert _files(items) == [tree / "a.txt", tree / "sub" / "c.txt", tree / "linked" / "b.txt"]
    assert not [i for i in items if not isinstance(i, tuple)]
    read = [r.source for r in iter_records([tree]) if isinstance(r, RawDocument)]
    assert read == [str(tree / "a.txt"), str(tree / "sub" / "c.txt"), str(tree / "linked" / "b.txt")]


def test_a_loop_and_a_second_way_to_one_directory_are_named_and_read_once(tmp_path):
    tree = _tree(tmp_path)
    os.symlink("..", tree / "sub" / "up")  # a loop: the tree's own root
    os.symlink("sub", tree / "again")  # a directory of the tree, by another name (sorted before "sub")
    os.symlink("../../other", tree / "sub" / "other_again")  # a second link to the linked directory
    items = list(expand_paths([tree]))
    assert _files(items) == [tree / "a.txt", tree / "sub" / "c.txt", tree / "linked" / "b.txt"]  # each once
    skipped = {i.source: i.reason for i in items if isinstance(i, Skipped)}
    assert skipped == {
        str(tree / "again"): f"a link leads to {tree / 'sub'}, a directory this ingest reads already",
        str(tree / "sub" / "up"): f"a link leads to {tree}, a directory this ingest reads already",
        str(tree / "sub" / "other_again"): f"a link leads to {tmp_path / 'other'}, a directory this ingest reads already",
    }
    assert not [i for i in items if isinstance(i, Failure)]


def test_a_link_to_a_directory_holding_the_tree_ends(tmp_path):
    """A link up to a directory above the input is followed (its other files are read) and meets the tree again."""
    tree = _tree(tmp_path)
    os.symlink(str(tmp_path), tree / "home")
    items = list(expand_paths([tree]))
    read = [os.path.realpath(p) for p in _files(items)]
    assert sorted(read) == sorted({os.path.realpath(p) for p in (tree / "a.txt", tree / "sub" / "c.txt",
                                                                 tmp_path / "other" / "b.txt")})  # each once
    # "home" sorts before "linked": the other directory is read through it, and "linked" is the second way there
    assert {i.source for i in items if isinstance(i, Skipped)} == {str(tree / "home" / "tree"), str(tree / "linked")}


def test_a_dangling_link_in_a_tree_is_a_failed_input(tmp_path):
    tree = _tree(tmp_path)
    os.symlink(str(tmp_path / "gone"), tree / "gone")
    failed = [(r.source, r.reason) for r in iter_records([tree]) if isinstance(r, Failure)]
    assert failed == [(str(tree / "gone"), "a symbolic link to nothing (dangling or a loop); point it at the article file")]
