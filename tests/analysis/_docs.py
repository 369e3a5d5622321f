"""Documents built from sentences, as the claim and entity tests need them."""

from storylens.models import Document, Sentence


def doc_of(doc_id: str, sentences: list[str], language: str = "en") -> Document:
    """Sentences joined by one space, each with its offsets, id ``<doc_id>:s<i>`` and ``language``."""
    text, sents, pos = "", [], 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(f"{doc_id}:s{i}", s, pos, pos + len(s), language=language))
        text += s + " "
        pos += len(s) + 1
    return Document(doc_id, f"<{doc_id}>", text.strip(), tuple(sents), language=language)


def doc_of_lines(doc_id: str, text: str, language: str) -> Document:
    """``text`` as it stands, one sentence per non-empty line, each with its offsets and ``language``."""
    sentences, start = [], 0
    for i, chunk in enumerate(p for p in text.split("\n") if p.strip()):
        start = text.index(chunk, start)
        sentences.append(Sentence(f"{doc_id}:s{i}", chunk, start, start + len(chunk), language=language))
        start += len(chunk)
    return Document(doc_id, doc_id, text, tuple(sentences), language=language)


def segmented_doc(text: str, language: str, doc_id: str = "d1") -> Document:
    """``text`` cut by the one segmenter (text.segment), as the pipeline cuts it."""
    from storylens.text.segment import Segmenter

    spans = Segmenter().split(text, language)
    sents = tuple(Sentence(f"{doc_id}:s{i}", s.text, s.start, s.end, s.paragraph, language=language)
                  for i, s in enumerate(spans))
    return Document(id=doc_id, source=doc_id, text=text, sentences=sents, language=language)


def speakers_of(text: str, language: str) -> list[str | None]:
    """The speaker of each quotation ``analysis.quotes`` finds in ``text``, in order."""
    from storylens.analysis.quotes import extract_quote_spans

    return [q.speaker for q in extract_quote_spans([segmented_doc(text, language)])]


def speakers_match(got: list[str | None], want: list) -> bool:
    """One speaker per wanted entry; a tuple in ``want`` lists the speakers accepted for that quotation."""
    return len(got) == len(want) and all(g in w if isinstance(w, tuple) else g == w for g, w in zip(got, want))


def one_sentence_doc(doc_id: str, text: str, lang: str) -> Document:
    """``text`` as one sentence of one document in ``lang`` (the entity tests' unit)."""
    return Document(doc_id, doc_id, text, (Sentence(f"{doc_id}:s0", text, 0, len(text), language=lang),), language=lang)


def group_of(entities, form: str):
    """The entity whose variants hold ``form`` (StopIteration when none does)."""
    return next(e for e in entities if form in e.variants)


def entities_of(docs):
    """Entities of documents given as (language, sentences) pairs, ids d1, d2, …"""
    from storylens.analysis.entities import EntityExtractor

    return EntityExtractor().extract([doc_of(f"d{i + 1}", s, lang) for i, (lang, s) in enumerate(docs)])


def joined(entities, a: str, b: str) -> bool:
    """Whether one entity holds both forms ``a`` and ``b``."""
    return any(a in e.variants and b in e.variants for e in entities)


def variants_of(entities):
    return [e.variants for e in entities]
