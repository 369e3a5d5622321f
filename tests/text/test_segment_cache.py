"""A paragraph's sentence spans are read from a bounded cache the second time (pysbd is the dearest step of a
comparison, and a server or a test suite segments the same paragraphs again): same spans, any Segmenter, bounded."""

from __future__ import annotations

from storylens.text import segment
from storylens.text.segment import Segmenter

TEXT = ("Ein Erdbeben der Stärke 5,8 hat am Mittwoch die Insel Kreta erschüttert. Eine Frau kam ums Leben, "
        "sagte der Bürgermeister Dr. Nikos Karalis.\n\nDie Behörden schlossen die Schulen in Heraklion.")


def test_the_second_split_is_the_first():
    first = Segmenter().split(TEXT, "de")
    assert Segmenter().split(TEXT, "de") == first
    segment._SPANS.clear()
    assert Segmenter().split(TEXT, "de") == first  # computed again, the same


def test_the_language_is_part_of_the_key():
    segment._SPANS.clear()
    Segmenter().split(TEXT, "de")
    size = len(segment._SPANS)
    Segmenter().split(TEXT, "en")
    assert len(segment._SPANS) == 2 * size


def test_the_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(segment, "_SPANS_MAX", 3)
    segment._SPANS.clear()
    seg = Segmenter()
    for i in range(10):
        seg.split(f"Sentence number {i} is here. And another one follows.", "en")
    assert len(segment._SPANS) == 3
