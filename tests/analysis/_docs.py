"""A Document built from a list of sentences, as the claim tests need them."""

from storylens.models import Document, Sentence


def doc_of(doc_id: str, sentences: list[str], language: str = "en") -> Document:
    """Sentences joined by one space, each with its offsets, id ``<doc_id>:s<i>`` and ``language``."""
    text, sents, pos = "", [], 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(f"{doc_id}:s{i}", s, pos, pos + len(s), language=language))
        text += s + " "
        pos += len(s) + 1
    return Document(doc_id, f"<{doc_id}>", text.strip(), tuple(sents), language=language)
