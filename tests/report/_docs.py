"""A document made of given sentences, for tests of the report's per-sentence checks."""

from __future__ import annotations

from storylens.models import Document, Sentence

DAY = "2026-12-02"


def sentence_doc(doc_id: str, language: str, sentences: list[str]) -> Document:
    """A document of ``sentences`` joined by one space, each a :class:`Sentence` with its offsets, published ``DAY``."""
    text, sents, pos = "", [], 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(f"{doc_id}:s{i}", s, pos, pos + len(s), language=language))
        text += s + " "
        pos += len(s) + 1
    return Document(doc_id, f"<{doc_id}>", text.strip(), tuple(sents), published=DAY, language=language)
