"""review34a #6: full-text hits of equal rank came in whatever order SQLite's sorter and compound select left
them (search_texts had no ORDER BY of its own), while PostgreSQL orders them by rank, then article number.
Both backends now break a tie by the earlier article, in search_text and in search_texts alike."""

from __future__ import annotations

import pytest

from storylens.store import ArticleRecord, StoreBatch

from ..stream.test_search_names import _unit

_SAME = "The harbour of Brindle was closed on Monday after the storm."


def _tied(store, n: int = 12, best: bool = True):
    """``n`` articles of one text (equal ranks), ids written in descending order (id order is not num order),
    the 5th (when ``best``) with one more mention of the harbour; -> the ids in the order written."""
    ids = [f"{0xF0 - i:032x}" for i in range(n)]
    texts = [_SAME + (" Brindle harbour." if best and i == 4 else "") for i in range(n)]
    vec = _unit(1)
    store.write_batch(StoreBatch(articles=[
        ArticleRecord(id=aid, source=f"x#{i}", text=text, title="Harbour closed", outlet=f"O{i}", language="en",
                      published="2025-06-05", metadata={}) for i, (aid, text) in enumerate(zip(ids, texts))],
        vectors={aid: vec for aid in ids}))
    return ids


@pytest.mark.parametrize("limit", [3, 7, 20])
def test_tied_ranks_go_to_the_earlier_article(any_store, limit):
    ids = _tied(any_store)
    best = [ids[4], *(a for a in ids if a != ids[4])]
    assert [a for a, _ in any_store.search_text("Brindle harbour", limit)] == best[:limit]
    first, _ = any_store.search_texts(["Brindle harbour", "closed"], limit)
    assert [a for a, _ in first] == best[:limit]


@pytest.mark.parametrize("limit", [3, 7, 20])
def test_a_batch_of_tied_queries_keeps_each_querys_order(any_store, limit):
    ids = _tied(any_store, best=False)
    queries = ["storm", "Brindle harbour", "Monday closed", "zebra quartz", "storm"]
    want = [ids[:limit], ids[:limit], ids[:limit], [], ids[:limit]]
    assert [[a for a, _ in hits] for hits in any_store.search_texts(queries, limit)] == want
    assert [[a for a, _ in any_store.search_text(q, limit)] for q in queries] == want
