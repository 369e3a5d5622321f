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
