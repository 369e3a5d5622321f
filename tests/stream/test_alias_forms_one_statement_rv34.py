"""rv34 (review33a #12): the other forms of a query's alias group (17-60 of them) were searched one full-text
query each; they are asked in one statement (``store.search_texts``), each form ranked and cut as alone,
so the hits are those of one ``search_text`` per form. Both backends."""

from __future__ import annotations

import pytest

from storylens.stream import _across

from .test_search_names import _unit
from .test_search_scripts import _IMF, _write

# Latin, Cyrillic, Chinese, Arabic, a decimal number, a many-part word, stop words and no word at all
_QUERIES = ["IMF", "IWF Kreditprogramm", "МВФ", "国际货币基金组织", "صندوق النقد الدولي", "3 Milliarden", "1,75",
            "3:17", "Fund", "", "  ", "the of", "EZB", "欧洲央行", "Mezinárodní měnový fond"]


@pytest.fixture
def imf_store(any_store):
    return _write(any_store, [(*row, _unit(1, 0, 0)) for row in _IMF])


@pytest.mark.parametrize("limit", [1, 3, 20])
def test_one_statement_gives_each_query_its_own_hits(imf_store, limit):
    """Each query's hits, ranks and snippets are those of its own search_text."""
    assert imf_store.search_texts(_QUERIES, limit=limit) == [imf_store.search_text(q, limit=limit) for q in _QUERIES]
    assert imf_store.search_texts([], limit=limit) == []


class _Counting:
    """A store that counts its full-text statements."""

    def __init__(self, store):
        self.store, self.calls = store, 0

    def search_text(self, query, limit=20):
        self.calls += 1
        return self.store.search_text(query, limit)

    def search_texts(self, queries, limit=20):
        self.calls += 1
        return self.store.search_texts(queries, limit)


@pytest.mark.parametrize("query", ["IMF", "МВФ", "صندوق النقد الدولي", "国际货币基金组织", "EZB"])
def test_an_alias_groups_forms_are_one_search(imf_store, query):
    """The other forms of the group (IMF: IWF, FMI, MMF, МВФ, ...) are one search, and its hits are the
    forms' hits fused by their ranks as before (one search per form: the same list)."""
    from storylens.cluster import alias_forms, alias_keys
    from storylens.stream.queries import keyword_query

    groups = alias_keys(query)[0]
    counting = _Counting(imf_store)
    hits = _across._alias_hits(counting, query, groups, 10)
    assert counting.calls == 1
    scores: dict[str, float] = {}
    first: dict[str, str | None] = {}
    for key in sorted(groups):
        for form in alias_forms(key):
            if form.casefold() not in query.casefold():
                for rank, (aid, snip) in enumerate(imf_store.search_text(keyword_query(form), limit=10), start=1):
                    scores[aid] = scores.get(aid, 0.0) + 1.0 / (60 + rank)
                    first.setdefault(aid, snip)
    assert hits and hits == [(aid, first[aid]) for aid in sorted(scores, key=lambda a: (-scores[a], a))]
