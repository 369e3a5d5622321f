"""The claim ledger's figures with a scale, in the languages whose scale words try46 F3 found misread or the stream
keys missed: a Hebrew, Greek, Chinese, Japanese, Korean or French figure compares with the same figure in English
digits, and only a different figure is a conflict."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers

EN_40K = "40,000 people were evacuated."


@pytest.mark.parametrize(("text", "lang", "english"), [
    ("12 אלף בני אדם פונו.", "he", "12,000 people were evacuated."),
    ("4万人が避難した。", "ja", EN_40K),
    ("约4万人被疏散。", "zh", EN_40K),
    ("4만 명이 대피했다.", "ko", EN_40K),
    ("Près de 40 000 personnes ont été évacuées.", "fr", EN_40K),
    ("Ζημιές 1,5 εκατ. ευρώ.", "el", "Damage of 1.5 million euros."),
])
def test_the_same_figure_agrees(text, lang, english):
    ours, theirs = extract_numbers(text, lang), extract_numbers(english, "en")
    assert [q.value for q in ours] == [q.value for q in theirs]
    assert [q.unit for q in ours] == [q.unit for q in theirs]  # compared as the same measure
    assert compare_numbers(ours, theirs) == []


@pytest.mark.parametrize(("text", "lang", "english"), [
    ("5만 명이 대피했다.", "ko", EN_40K),
    ("Ζημιές 2 εκατ. ευρώ.", "el", "Damage of 1.5 million euros."),
])
def test_a_different_figure_conflicts(text, lang, english):
    assert compare_numbers(extract_numbers(text, lang), extract_numbers(english, "en"))


def test_spaced_thousands_only_where_the_press_writes_them():
    assert [q.value for q in extract_numbers("Près de 40 000 foyers.", "fr")] == [40_000]
    assert [q.value for q in extract_numbers("Teams 12 345 won.", "en")] == [12, 345]
    assert [q.value for q in extract_numbers("Some 12\u00a0345 fans.", "en")] == [12_345]
