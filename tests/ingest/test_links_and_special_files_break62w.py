"""Trial break62w: links and files that are not articles' files inside an input tree.

H1: a link to ``/`` inside an input tree walked the whole filesystem and hung reading /dev/console. M1: links that
lead out of the tree were followed (``up -> ..`` read the parent; ``docs -> /usr/share/doc`` stored 1397 files
that are no articles); ripgrep, fd, find and git do not follow links by default. M3: a FIFO in an input folder
blocked ingest for ever (on main too). A link to a directory outside the tree is one skipped input naming the fix;
one into another input is read there, under its own paths; only regular files are opened.

What can block on the code before the fix (a walk of /, opening a FIFO) runs in a child process with a bound."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import storylens
from storylens.ingest.walk import Skipped, expand_paths, iter_records
from storylens.models import Failure, RawDocument

_BOUND = 120  # seconds: the child reads a few small files; the walk of / it guards against does not end

_CHILD = """
import json, sys
from storylens.ingest.walk import Skipped, iter_records
from storylens.models import Failure, RawDocument
out = []
for r in iter_records(sys.argv[1:]):
    kind = "read" if isinstance(r, RawDocument) else "skipped" if isinstance(r, Skipped) else "failed"
    out.append([kind, r.source, getattr(r, "reason", "")])
print(json.dumps(out))
"""


def _records_in_a_child(*paths: Path) -> list[list[str]]:
    """iter_records(paths) run in a child process bounded by _BOUND s (killed and failed past it):
    [kind, source, reason] per record."""
    env = {**os.environ, "PYTHONPATH": str(Path(storylens.__file__).resolve().parents[1])}
    try:
        done = subprocess.run([sys.executable, "-c", _CHILD, *map(str, paths)], capture_output=True, text=True,
                              timeout=_BOUND, env=env, check=False)
    except subprocess.TimeoutExpired:
        pytest.fail(f"ingest of {paths} did not end within {_BOUND} s")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _tree(tmp_path: Path) -> Path:
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "a.txt").write_text("Ankara, Tuesday. The council met in the capital.", encoding="utf-8")
    return tree


def test_a_link_to_a_directory_outside_the_input_is_one_skipped_line(tmp_path):
    tree, outside = _tree(tmp_path), tmp_path / "docs"
    outside.mkdir()
    (outside / "manual.txt").write_text("Bonn, Dienstag. Der Rat tagte.", encoding="utf-8")
    os.symlink(str(outside), tree / "docs")
    os.symlink("..", tree / "up")  # the parent: outside too
    records = list(iter_records([tree]))
    assert [r.source for r in records if isinstance(r, RawDocument)] == [str(tree / "a.txt")]
    assert {r.source: (r.reason, r.kind) for r in records if isinstance(r, Skipped)} == {
        str(tree / "docs"): (f"a link to {outside}, outside the input; pass {outside} as an input to read it",
                             "links outside the input"),
        str(tree / "up"): (f"a link to {tmp_path}, outside the input; pass {tmp_path} as an input to read it",
                           "links outside the input"),
    }
    assert not [r for r in records if isinstance(r, Failure)]


def test_a_link_to_the_root_directory_is_skipped_not_walked(tmp_path):
    tree = _tree(tmp_path)
    os.symlink("/", tree / "rootl")
    assert _records_in_a_child(tree) == [
        ["read", str(tree / "a.txt"), ""],
        ["skipped", str(tree / "rootl"), "a link to /, outside the input; pass / as an input to read it"]]


def test_a_link_into_another_input_is_read_there_once(tmp_path):
    tree, other = _tree(tmp_path), tmp_path / "other"
    (other / "sub").mkdir(parents=True)
    (other / "sub" / "b.txt").write_text("Lyon, mardi. Le conseil s'est réuni.", encoding="utf-8")
    os.symlink("../other/sub", tree / "linked")
    for order in ([tree, other], [other, tree]):
        records = list(iter_records(order))
        assert sorted(r.source for r in records if isinstance(r, RawDocument)) == [
            str(other / "sub" / "b.txt"), str(tree / "a.txt")]  # each file once, under its own path
        assert [(r.source, r.reason) for r in records if isinstance(r, Skipped)] == [
            (str(tree / "linked"), f"a link to {other / 'sub'}, inside the input {other}, read there under its own paths")]
    # given alone, the tree's link leads outside it
    [alone] = [r for r in iter_records([tree]) if isinstance(r, Skipped)]
    assert alone.reason.startswith(f"a link to {other / 'sub'}, outside the input; pass {other / 'sub'} as an input")


def test_a_fifo_a_device_and_links_to_them_are_skipped_never_opened(tmp_path):
    tree = _tree(tmp_path)
    os.mkfifo(tree / "pipe.txt")  # no process writes to it: opening it waits for ever
    os.symlink("pipe.txt", tree / "pipe_link")
    os.symlink("/dev/zero", tree / "zero.txt")  # a device that never ends
    fifo = "not a regular file (a named pipe (FIFO)), not opened; save what it gives to a file and ingest that"
    device = "not a regular file (a device), not opened; save what it gives to a file and ingest that"
    assert _records_in_a_child(tree) == [
        ["read", str(tree / "a.txt"), ""],
        ["skipped", str(tree / "pipe.txt"), fifo],
        ["skipped", str(tree / "pipe_link"), fifo],
        ["skipped", str(tree / "zero.txt"), device]]
    # named on the command line, never opened either: an input asked for and not read, so a failed one (robust64)
    assert _records_in_a_child(tree / "pipe.txt") == [["failed", str(tree / "pipe.txt"), fifo]]


def test_the_kinds_count_in_the_summary(tmp_path):
    from storylens.ingest.walk import skip_summary

    tree = _tree(tmp_path)
    os.symlink("/dev", tree / "devices")
    os.symlink("/dev/null", tree / "null.txt")  # empty at once: opening it does not block before the fix either
    skipped = [i for i in expand_paths([tree]) if isinstance(i, Skipped)]
    assert [s.source for s in skipped] == [str(tree / "devices")]  # the walk itself never reads a file
    records = [r for r in iter_records([tree]) if isinstance(r, Skipped)]
    assert skip_summary(records) == "1 links outside the input, 1 not regular files"


def test_ingest_prints_the_skipped_link_and_reads_the_rest(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from storylens.cli import app
    from storylens.embed import HashingEmbedder

    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: HashingEmbedder())
    tree, outside = _tree(tmp_path), tmp_path / "docs"
    outside.mkdir()
    (outside / "manual.txt").write_text("Bonn, Dienstag. Der Rat tagte im Rathaus.", encoding="utf-8")
    os.symlink(str(outside), tree / "docs")
    result = CliRunner().invoke(app, ["ingest", str(tree), "--db", str(tmp_path / "s.db"), "--silent"])
    assert result.exit_code == 0, result.output
    assert "added 1 article" in result.output and "1 links outside the input" in result.output
    assert f"skipped {tree / 'docs'}: a link to {outside}, outside the input; pass {outside} as an input to read it" \
        in result.output


def test_a_tree_holding_only_a_link_out_names_it_in_the_error(tmp_path):
    from typer.testing import CliRunner

    from storylens.cli import app

    tree, outside = tmp_path / "only", tmp_path / "elsewhere"
    tree.mkdir()
    outside.mkdir()
    (outside / "a.txt").write_text("Ankara, Tuesday. The council met in the capital.", encoding="utf-8")
    os.symlink(str(outside), tree / "linked")
    result = CliRunner().invoke(app, ["ingest", str(tree), "--db", str(tmp_path / "s.db"), "--silent"])
    assert result.exit_code == 1 and not (tmp_path / "s.db").exists(), result.output
    assert f"no articles found in {tree}" in result.output
    assert f"skipped {tree / 'linked'}: a link to {outside}, outside the input; pass {outside} as an input" \
        in result.output


def test_a_recursive_glob_descends_into_no_link(tmp_path):
    # trial break62w2 H1 (stop 61's main too): Python 3.11's glob follows links, so 'tree/**' over a link to / walked
    # the filesystem and a link to . looped for ever; M2: the link's outside directory was read and called "inside"
    tree, outside = _tree(tmp_path), tmp_path / "docs"
    (tree / "sub").mkdir()
    (tree / "sub" / "b.txt").write_text("Izmir, Tuesday. The mayor opened the new port.", encoding="utf-8")
    outside.mkdir()
    (outside / "manual.txt").write_text("Bonn, Dienstag. Der Rat tagte.", encoding="utf-8")
    os.symlink("/", tree / "rootl")
    os.symlink(".", tree / "sub" / "self")
    os.symlink(str(outside), tree / "docs")
    records = _records_in_a_child(tree / "**" / "*.txt")
    assert [r[1] for r in records if r[0] == "read"] == [str(tree / "a.txt"), str(tree / "sub" / "b.txt")]
    records = _records_in_a_child(tree / "**")
    assert {r[1] for r in records if r[0] == "read"} == {str(tree / "a.txt"), str(tree / "sub" / "b.txt")}
    skipped = {r[1]: r[2] for r in records if r[0] == "skipped"}
    assert skipped[str(tree / "rootl")].startswith("a link to /, outside the input")  # "inputs": each directory
    assert skipped[str(tree / "rootl")].endswith("; pass / as an input to read it")
    assert skipped[str(tree / "docs")].startswith(f"a link to {outside}, outside the input")
    assert not [r for r in records if r[0] == "failed"]
