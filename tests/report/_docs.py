"""A document made of given sentences, for tests of the report's per-sentence checks."""

from __future__ import annotations

from storylens.models import Claim, Document, Evidence, Sentence

DAY = "2026-12-02"


def sentence_doc(doc_id: str, language: str, sentences: list[str]) -> Document:
    """A document of ``sentences`` joined by one space, each a :class:`Sentence` with its offsets, published ``DAY``."""
    text, sents, pos = "", [], 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(f"{doc_id}:s{i}", s, pos, pos + len(s), language=language))
        text += s + " "
        pos += len(s) + 1
    return Document(doc_id, f"<{doc_id}>", text.strip(), tuple(sents), published=DAY, language=language)


def titled_doc(doc_id: str, language: str, sentences: list[str], published: str | None) -> Document:
    """A document of ``sentences`` as paragraphs (one blank line apart), its first sentence the title."""
    rows, at = [], 0
    for i, text in enumerate(sentences):
        rows.append(Sentence(f"{doc_id}:s{i}", text, at, at + len(text), language=language))
        at += len(text) + 2
    return Document(doc_id, f"{doc_id}.txt", "\n\n".join(sentences), tuple(rows), title=sentences[0],
                    published=published, language=language)


def claim_of(cid: str, *evidence: tuple[Document, int]) -> Claim:
    """A claim whose evidence is each (document, sentence number): shared when two documents give it."""
    ev = tuple(Evidence(d.id, d.sentences[i].id, d.sentences[i].text) for d, i in evidence)
    return Claim(cid, "shared" if len({d.id for d, _ in evidence}) > 1 else "unique", ev[0].text, ev,
                 docs=tuple(dict.fromkeys(d.id for d, _ in evidence)))


def date_conflicts(first: tuple[str, str], second: tuple[str, str], published: tuple[str, str]) -> list[str]:
    """The date and weekday conflicts of two aligned sentences (text, language) of reports published on
    ``published`` days (each sentence its document's only one)."""
    from storylens.analysis.claims import Unit
    from storylens.report.pipeline import _Measures

    units, sentences = [], {}
    for doc, (text, language) in (("d1", first), ("d2", second)):
        units.append(Unit(doc, f"{doc}:s1", text, 0, len(text), language))
        sentences[doc] = ((f"{doc}:s1", text, language),)
    measures = _Measures(dict(zip(("d1", "d2"), published)), sentences=sentences)
    return [c for c in measures.measure_conflicts(*units) if c.startswith(("date:", "weekday:"))]
