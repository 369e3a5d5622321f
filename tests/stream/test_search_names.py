"""Search by a person's name (trial 15 #11): the name is found across scripts by text, and a match by
meaning that holds no query word needs a higher bar (settings.search_name_min_score) when the query is
only a name: "Лагард" listed a football report first at cosine 0.199. Both backends."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.settings import DEFAULT
from storylens.store import ArticleRecord, StoreBatch
from storylens.stream.queries import name_query, search

DIM = 512


def _id(i: int) -> str:
    return f"{i:016x}"


def _unit(*weights: float) -> np.ndarray:
    v = np.zeros(DIM, dtype=np.float32)
    v[: len(weights)] = weights
    return v / np.linalg.norm(v)


_CORPUS = [
    ("ECB cuts rates", "ECB President Christine Lagarde said the bank was in a good place.", "en", _unit(1, 0, 0)),
    ("ЕЦБ снизил ставки", "Глава ЕЦБ Кристин Лагард заявила, что банк в хорошем положении.", "ru", _unit(0, 1, 0)),
    ("Il Milan ha scelto Allegri", "Il Milan ha scelto Massimiliano Allegri come allenatore.", "it", _unit(0, 0, 1)),
]


class _Query:
    """An embedder whose every query sits at cosine 0.3 from the football report (and 0 from the others)."""

    def embed(self, texts):
        return np.stack([_unit(0, 0, 0.3, 0.954) for _ in texts])


@pytest.fixture
def store(any_store):
    articles = [ArticleRecord(id=_id(i), source=f"x#{i}", text=text, title=title, outlet=f"O{i}", language=lang,
                              published="2025-06-05", metadata={}) for i, (title, text, lang, _) in enumerate(_CORPUS, 1)]
    vectors = {_id(i): v for i, (*_, v) in enumerate(_CORPUS, 1)}
    any_store.write_batch(StoreBatch(articles=articles, vectors=vectors))
    return any_store


def _found(store, query: str, **kw) -> set[str]:
    return {r.article.id for r in search(store, query, embedder=_Query(), **kw).results}


@pytest.mark.parametrize("query", ["Lagarde", "Лагард"])
def test_a_name_finds_its_person_in_both_scripts_and_no_unrelated_report_by_meaning(store, query):
    assert DEFAULT.search_min_score < 0.3 < DEFAULT.search_name_min_score
    assert _found(store, query) == {_id(1), _id(2)}


def test_a_given_min_score_and_a_query_that_is_no_name_keep_the_meaning_hits(store):
    assert _id(3) in _found(store, "Lagarde", min_score=0.18)
    assert _id(3) in _found(store, "central bank rates")


@pytest.mark.parametrize("query, expected", [
    ("Lagarde", True), ("Лагард", True), ("Glapiński", True), ("Massimiliano Allegri", True),
    ("ECB", False), ("Zentralbank", False), ("Ukraine", False), ("the Fed", False), ("rate cut", False),
    ("Lagarde 2025", False),
])
def test_which_queries_are_names(query, expected):
    assert name_query(query) is expected
