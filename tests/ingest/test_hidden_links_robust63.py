"""Trial robust63, item 3, and the lead's rule on it: the hidden rule is about the NAME met at each place of the
walk. A dot-name is left out (a hidden directory, a hidden file, a link named ``.old``); a link with a visible name
is something the user made to be read, so it is followed as any link inside the tree is, whatever its target's
name (trial break61u2 M1: ``archive -> .archive/2025`` is read under ``archive/``). A link into ANOTHER input's
hidden directory was called "inside the input ..., read there under its own paths", though that input's walk
leaves hidden directories out, so its articles were read nowhere: it is followed too, and read once. No file is
read twice when its directory is reachable another way (a second link, another input's link, the hidden
directory given as an input)."""

from __future__ import annotations

import os
from pathlib import Path

from storylens.ingest.walk import Skipped, iter_records
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


def _other(tmp_path: Path) -> Path:
    other = tmp_path / "other"
    (other / ".cache").mkdir(parents=True)
    (other / ".cache" / "x.txt").write_text("Madrid, martes. El consejo se reunió.", encoding="utf-8")
    (other / "b.txt").write_text("Roma, martedì. Il consiglio si è riunito.", encoding="utf-8")
    return other


def _read(records: list) -> list[str]:
    return [r.source for r in records if isinstance(r, RawDocument)]


def _skipped(records: list) -> dict[str, str]:
    return {r.source: r.reason for r in records if isinstance(r, Skipped)}


def _names(records: list) -> list[str]:
    """The file names read (each article's file), to count each file once whatever path it is read under."""
    return sorted(Path(source).name for source in _read(records))


def test_a_link_with_a_visible_name_to_or_into_a_hidden_directory_is_read_once(tmp_path):
    tree = _tree(tmp_path)
    os.symlink(".drafts", tree / "drafts")  # to a hidden directory
    os.symlink("../.drafts/jan", tree / "sub" / "jan")  # into one: a second way to .drafts/jan
    records = list(iter_records([tree]))
    # the tree's own directories first, then each link's, in the order they were met
    assert _read(records) == [str(tree / "a.txt"), str(tree / "sub" / "c.txt"), str(tree / "drafts" / "d.txt"),
                              str(tree / "drafts" / "jan" / "e.txt")]
    assert _skipped(records) == {
        str(tree / ".note.txt"): "hidden file",  # a hidden name itself: left out, as before
        str(tree / "sub" / "jan"): f"a link to {tree / '.drafts' / 'jan'}, a directory this ingest reads already"}
    assert not [r for r in records if isinstance(r, Failure)]


def test_a_link_with_a_hidden_name_is_left_out_as_any_hidden_name(tmp_path):
    tree = _tree(tmp_path)
    (tree / "2024").mkdir()
    (tree / "2024" / "f.txt").write_text("Praha, úterý. Rada zasedala na radnici.", encoding="utf-8")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "g.txt").write_text("Wien, Dienstag. Der Rat tagte.", encoding="utf-8")
    os.symlink("2024", tree / ".old")  # a hidden name: left out, as the hidden .drafts is
    os.symlink("../outside", tree / ".elsewhere")  # left out before its target is looked at: no "outside" line
    os.symlink("a.txt", tree / ".a_again.txt")  # a link to a file, with a hidden name
    records = list(iter_records([tree]))
    assert _read(records) == [str(tree / "a.txt"), str(tree / "2024" / "f.txt"), str(tree / "sub" / "c.txt")]
    assert _skipped(records) == {str(tree / ".a_again.txt"): "hidden file", str(tree / ".note.txt"): "hidden file"}
    assert not [r for r in records if isinstance(r, Failure)]


def test_a_link_with_a_visible_name_to_a_hidden_file_is_read(tmp_path):
    tree = _tree(tmp_path)
    os.symlink(".drafts/d.txt", tree / "d.txt")  # a file in a hidden directory
    os.symlink(".note.txt", tree / "note.txt")  # a hidden file
    os.symlink(".gone.txt", tree / "gone.txt")  # to nothing: a failed input, as before
    records = list(iter_records([tree]))
    assert _read(records) == [str(tree / "a.txt"), str(tree / "d.txt"), str(tree / "note.txt"),
                              str(tree / "sub" / "c.txt")]
    assert _skipped(records) == {str(tree / ".note.txt"): "hidden file"}
    assert [(r.source, r.reason) for r in records if isinstance(r, Failure)] == [
        (str(tree / "gone.txt"), "a symbolic link to nothing (dangling or a loop); point it at the article file")]


def test_a_link_into_another_input_s_hidden_directory_is_read_once_never_said_read_there(tmp_path):
    """That input's walk leaves its hidden .cache out: the link is followed (it was "read there", read nowhere)."""
    tree, other = _tree(tmp_path), _other(tmp_path)
    os.symlink(str(other / ".cache"), tree / "cache")
    for inputs in ([tree, other], [other, tree]):
        records = list(iter_records(inputs))
        assert str(tree / "cache" / "x.txt") in _read(records), inputs
        assert _names(records) == ["a.txt", "b.txt", "c.txt", "x.txt"], inputs
        assert not [reason for reason in _skipped(records).values() if "read there" in reason], inputs


def test_another_input_s_own_link_to_its_hidden_directory_and_ours_read_it_once(tmp_path):
    tree, other = _tree(tmp_path), _other(tmp_path)
    os.symlink(str(other / ".cache"), tree / "cache")
    os.symlink(".cache", other / "cache")  # the other input reads .cache too, through its own link
    records = list(iter_records([tree, other]))
    assert _names(records) == ["a.txt", "b.txt", "c.txt", "x.txt"]
    assert _skipped(records)[str(other / "cache")] == (f"a link to {other / '.cache'}, a directory this ingest "
                                                       "reads already")
    records = list(iter_records([other, tree]))
    assert _read(records)[:2] == [str(other / "b.txt"), str(other / "cache" / "x.txt")]
    assert _names(records) == ["a.txt", "b.txt", "c.txt", "x.txt"]
    assert _skipped(records)[str(tree / "cache")] == (f"a link to {other / '.cache'}, a directory this ingest "
                                                      "reads already")


def test_a_hidden_directory_given_as_an_input_too_is_read_there_once(tmp_path):
    """Given as an input, a hidden directory is read under its own paths: a link to it is "read there", and true."""
    tree, other = _tree(tmp_path), _other(tmp_path)
    os.symlink(str(other / ".cache"), tree / "cache")  # into another input's hidden directory
    os.symlink(".drafts", tree / "drafts")  # to the tree's own
    records = list(iter_records([tree, other, other / ".cache", tree / ".drafts"]))
    assert _names(records) == ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "x.txt"]
    assert str(other / ".cache" / "x.txt") in _read(records) and str(tree / ".drafts" / "d.txt") in _read(records)
    assert {source: reason for source, reason in _skipped(records).items() if source != str(tree / ".note.txt")} == {
        str(tree / "cache"): (f"a link to {other / '.cache'}, inside the input {other / '.cache'}, read there "
                              "under its own paths"),
        str(tree / "drafts"): (f"a link to {tree / '.drafts'}, inside the input {tree / '.drafts'}, read there "
                               "under its own paths")}
    # given first, the directory is read first: the link then leads to a directory this ingest reads already
    records = list(iter_records([tree / ".drafts", tree]))
    assert _names(records) == ["a.txt", "c.txt", "d.txt", "e.txt"]
    assert _skipped(records)[str(tree / "drafts")] == (f"a link to {tree / '.drafts'}, a directory this ingest "
                                                       "reads already")


def test_a_pattern_s_link_into_another_input_s_hidden_directory_is_read_once(tmp_path):
    tree, other = _tree(tmp_path), _other(tmp_path)
    os.symlink(str(other / ".cache"), tree / "cache")
    os.symlink(".cache", other / "cache")
    records = list(iter_records([str(tree / "*"), other]))
    assert _read(records) == [str(tree / "a.txt"), str(tree / "cache" / "x.txt"), str(tree / "sub" / "c.txt"),
                              str(other / "b.txt")]
    assert _skipped(records) == {str(other / "cache"): (f"a link to {other / '.cache'}, a directory this ingest "
                                                        "reads already")}


def test_ingest_reads_through_a_visible_link_to_a_hidden_directory(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from storylens.cli import app
    from storylens.embed import HashingEmbedder

    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: HashingEmbedder())
    tree = _tree(tmp_path)
    os.symlink(".drafts", tree / "drafts")
    result = CliRunner().invoke(app, ["ingest", str(tree), "--db", str(tmp_path / "s.db"), "--silent"])
    assert result.exit_code == 0, result.output
    assert "added 4 articles" in result.output
    assert f"skipped {tree / 'drafts'}" not in result.output
