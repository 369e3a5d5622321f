"""Trial M4: ``ingest 't/*'`` called a visible link to a hidden sibling (``t/vis -> .hidden``) "a link to …,
outside the input", though ``ingest t`` follows it (the hidden rule is about the name met: trial robust63). A
link a pattern matches is followed into a hidden directory of its own directory, as the walk of that directory
does; if that hidden directory is an input too, it is read there, once."""

from __future__ import annotations

import os
from pathlib import Path

from storylens.ingest.walk import Skipped, iter_records
from storylens.models import RawDocument


def _tree(tmp_path: Path) -> Path:
    tree = tmp_path / "t"
    (tree / ".hidden").mkdir(parents=True)
    (tree / ".hidden" / "a.txt").write_text("Ankara, Tuesday. The council met in the capital.", encoding="utf-8")
    (tree / "b.txt").write_text("Lyon, mardi. Le conseil s'est réuni à la mairie.", encoding="utf-8")
    os.symlink(".hidden", tree / "vis")
    return tree


def test_a_pattern_s_link_to_a_hidden_sibling_is_read_as_the_directory_s_walk_reads_it(tmp_path):
    tree = _tree(tmp_path)
    by_pattern = list(iter_records([str(tree / "*")]))
    assert [r.source for r in by_pattern if isinstance(r, RawDocument)] == [str(tree / "b.txt"),
                                                                            str(tree / "vis" / "a.txt")]
    assert not [r for r in by_pattern if not isinstance(r, RawDocument)]
    assert [r.source for r in iter_records([str(tree)])] == [str(tree / "b.txt"), str(tree / "vis" / "a.txt")]
    # the hidden directory given too: read under its own paths, once
    both = list(iter_records([str(tree / "*"), str(tree / ".hidden")]))
    assert [r.source for r in both if isinstance(r, RawDocument)] == [str(tree / "b.txt"),
                                                                      str(tree / ".hidden" / "a.txt")]
    assert [(r.source, r.kind) for r in both if isinstance(r, Skipped)] == [(str(tree / "vis"),
                                                                            "links to another input")]


def test_a_link_double_star_meets_but_does_not_descend_into_is_named(tmp_path):
    """Trial break63r2 M2: ``'t/**/*.txt'`` passed over a visible link to a directory without a line (``**``
    follows no link), so what lay behind it was lost unsaid, while ``ingest t`` names or reads it. A link out of
    the pattern's tree, or into a hidden directory of it, is now one skipped line with the fix; one to a visible
    directory of the tree says nothing, since the pattern lists that directory under its own paths."""
    tree = tmp_path / "t"
    (tree / "real").mkdir(parents=True)
    (tree / ".hid").mkdir()
    (tmp_path / "out").mkdir()
    (tree / "real" / "a.txt").write_text("Ankara, Tuesday. The council met in the capital.", encoding="utf-8")
    (tree / ".hid" / "c.txt").write_text("Oslo, tirsdag. Rådet møtte i rådhuset.", encoding="utf-8")
    (tmp_path / "out" / "b.txt").write_text("Lyon, mardi. Le conseil s'est réuni à la mairie.", encoding="utf-8")
    os.symlink("../out", tree / "outlink")
    os.symlink("real", tree / "inlink")
    os.symlink(".hid", tree / "hidlink")
    records = list(iter_records([str(tree / "**" / "*.txt")]))
    assert [r.source for r in records if isinstance(r, RawDocument)] == [str(tree / "real" / "a.txt")]
    out, hid = str(tmp_path / "out"), str(tree / ".hid")
    not_followed = f"a link to {hid}, which the pattern's ** does not follow; pass {hid} as an input to read it"
    assert [(r.source, r.reason) for r in records if isinstance(r, Skipped)] == [
        (str(tree / "hidlink"), not_followed),
        (str(tree / "outlink"), f"a link to {out}, outside the input; pass {out} as an input to read it")]
