"""rv34 (review33a #10): a story with both kinds of cut copy (a member read in its fuller near-duplicate, and a
member cut short beside a fuller member) said "Cut copies:" twice in the ledger's note; one label now lists both.
And versions' docstring names both rules beside the version rule."""

from __future__ import annotations

from storylens.stream import versions
from storylens.stream.queries import ArticleView, ledger_scope


def _view(n_fuller: int, n_cut: int):
    arts = tuple(ArticleView(f"{i:02d}" + "ef" * 7, None, f"{i}.txt", None, f"O{i}", f"t{i}", "en", None)
                 for i in range(2 + 2 * n_cut))
    ids = [a.id for a in arts]
    fuller = tuple((ids[i], "f" * 12 + f"{i:02d}") for i in range(n_fuller))  # member -> its fuller near-duplicate
    cut = tuple((ids[2 + 2 * k], ids[3 + 2 * k]) for k in range(n_cut))  # member cut short -> the fuller member
    return type("View", (), {"articles": arts, "fuller": fuller, "cut": cut})()


def test_both_kinds_of_cut_copy_are_one_note():
    note = ledger_scope(_view(1, 1))["note"]
    assert note.count("Cut copies:") == 1
    assert "is read in its fuller text ffffffffffff" in note and "is a cut copy of 03efefefefef, read in it" in note


def test_one_kind_alone_is_one_note_too():
    for fuller, cut in ((2, 0), (0, 2)):
        note = ledger_scope(_view(fuller, cut))["note"]
        assert note.count("Cut copies:") == 1 and note.count(";") == 1


def test_the_rules_of_versions_name_the_fuller_text_and_the_cut_member():
    doc = versions.__doc__ or ""
    assert "fuller_of" in doc and ":func:`cut_members`" in doc
