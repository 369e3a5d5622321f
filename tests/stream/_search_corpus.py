"""A small corpus of (title, text, language) written into a store, and the ids a search finds: the
search tests' common fixture body on both backends."""

from __future__ import annotations

from collections.abc import Sequence

from storylens.store import ArticleRecord, StoreBatch
from storylens.stream.queries import search


def article_id(i: int) -> str:
    return f"{i:016x}"


def write_corpus(store, corpus: Sequence[tuple[str, str, str]]):
    """``store`` with the corpus written as articles 1..n (one outlet each, one day); returned."""
    articles = [ArticleRecord(id=article_id(i), source=f"x#{i}", text=text, title=title, outlet=f"O{i}",
                              language=lang, published="2025-06-05", metadata={})
                for i, (title, text, lang) in enumerate(corpus, 1)]
    store.write_batch(StoreBatch(articles=articles))
    return store


def found(store, query: str) -> set[str]:
    return {r.article.id for r in search(store, query).results}
