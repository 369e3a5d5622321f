"""Robust75 R5: ``prepare.clean._unaccented`` (NFKD) and ``text._stems._unmarked`` (NFD) both dropped combining
marks; they differed only on compatibility characters (ligatures "ﬁ", fullwidth letters, "ſ", "²"), none in a
letter word of dev.csv but "½" and one fraktur word. One public helper, :func:`storylens.text.unmarked`, serves
both, after NFKD: a ligature typeset word is its letters ("ﬁnance" matches "finance")."""

import pytest

from storylens.text import unmarked


@pytest.mark.parametrize(
    "word, bare",
    [
        ("Ayşe", "Ayse"),
        ("İbrahim", "Ibrahim"),
        ("ё", "е"),
        ("ئ", "ي"),
        ("Nguyễn Tấn Dũng", "Nguyen Tan Dung"),
        ("Ελλάδα", "Ελλαδα"),
        ("ΐ", "ι"),
        ("ﬁnance", "finance"),
        ("ﬂood", "flood"),
        ("ｆｕｌｌ", "full"),
        ("ſ", "s"),
        # no decomposition: kept as written (text.folded maps these to a base letter for searching)
        ("Straße", "Straße"),
        ("Søren", "Søren"),
        ("Đà Nẵng", "Đa Nang"),
        ("Łódź", "Łodz"),
    ],
)
def test_unmarked(word, bare):
    assert unmarked(word) == bare


def test_given_name_after_a_ligature_or_marks():
    """prepare.clean reads a header's people by their first names' genders through the one helper."""
    from storylens.text import given_name_gender

    assert given_name_gender(unmarked("Ayşe")) == "f"
