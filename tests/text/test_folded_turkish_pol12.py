"""Turkish dotted İ and dotless ı in the text fold (review of stop 34): "İstanbul", "Istanbul" and "istanbul"
fold alike (casefold gives "i̇" with a combining dot, dropped), and so do "Kılıçdaroğlu" and "Kilicdaroglu"
(dotless ı has no decomposition: it is mapped to its base letter, as the search indexes do). Other
languages' folds stay as they were."""

from __future__ import annotations

import pytest

from storylens.analysis.entities._names import _exact_key
from storylens.cluster._aliases import alias_keys
from storylens.text import folded


@pytest.mark.parametrize("forms", [
    ("İstanbul", "Istanbul", "istanbul", "ISTANBUL", "İSTANBUL"),
    ("Kılıçdaroğlu", "Kilicdaroglu", "KILIÇDAROĞLU", "kılıçdaroğlu"),
    ("Diyarbakır", "DİYARBAKIR", "Diyarbakir"),
    ("Iğdır", "IĞDIR", "Igdir"),
    ("Łódź", "Lodz", "ŁÓDŹ"),
    ("Đorđević", "Dordevic"),
])
def test_forms_fold_alike(forms):
    assert len({folded(f) for f in forms}) == 1
    assert len({_exact_key(f) for f in forms}) == 1


@pytest.mark.parametrize(("word", "fold"), [
    ("Straße", "strasse"),
    ("Europäische", "europaische"),
    ("Grèce", "grece"),
    ("Ελλάδα", "ελλαδα"),
    ("Москва", "москва"),
    ("Ёлка", "елка"),
    ("北京", "北京"),
    ("İzmir'de", "izmir'de"),
])
def test_other_folds_are_unchanged(word, fold):
    assert folded(word) == fold
    assert len(folded(word)) == len(fold)  # no combining dot left behind


def test_a_turkish_place_gets_one_alias_key_in_either_spelling():
    # the stream's alias keys fold with text.folded: "Türk Kızılay" and "Turk Kizilay" are one group
    assert alias_keys("Türk Kızılay ekipleri çadır kurdu")[0] == alias_keys("Turk Kizilay set up tents")[0] != frozenset()
