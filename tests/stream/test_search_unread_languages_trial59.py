"""trial59 F13: the vector of an article in a language the sentence encoder does not read (text.use_covers:
Ukrainian, Czech, Greek, Hebrew) sits near everything, and the Ukrainian strike report was a semantic hit of
every query ("李国强" #1 at cosine 0.28, "Li Guoqiang", "earthquake Heraklion"), while the Greek and Hebrew quake
reports, as far by their vectors, were never found beside the English one. Such an article is no meaning hit
(nor anything one of a query in such a language); it is found by its words, and as a member of a text hit's
story. Both backends; the texts are written for these tests."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.store.base import ArticleRecord, AssignmentRecord, StoreBatch
from storylens.stream.queries import search
from storylens.stream.render import render_search

from .test_search_names import _id, _unit
from .test_search_scripts import _FarQuery

_CORPUS = [  # title, text, language, vector, story
    ("Dockers strike at the port of Gdańsk", "About 800 dockers stopped work over pay.", "en", _unit(1, 0, 0), "S-1"),
    ("Strajk dokerów w Porcie Gdańsk", "Około 800 dokerów przerwało pracę.", "pl", _unit(1, 0.1, 0), "S-1"),
    ("У порту Гданська страйкують докери", "Близько 800 докерів припинили роботу через зарплати.", "uk",
     _unit(0, 0, 1), "S-1"),
    ("Explosion at a chemical plant in Jiangsu", "Five people died in the explosion.", "en", _unit(0, 1, 0), "S-2"),
    # another story whose (read) vector is the Ukrainian report's: near it is no evidence of the strike
    ("Выборы мэра в Казани", "Избиратели выбрали нового мэра города.", "ru", _unit(0, 0.05, 1), "S-3"),
]
STRIKE = {1, 2, 3}


class _Toward:
    """An embedder whose every query is the given vector."""

    def __init__(self, vector: np.ndarray) -> None:
        self.vector = vector

    def embed(self, texts):
        return np.stack([self.vector for _ in texts])


def _write(store, corpus=_CORPUS):
    articles = [ArticleRecord(id=_id(i), source=f"x#{i}", text=row[1], title=row[0], outlet=f"O{i}", language=row[2],
                              published="2026-12-01", metadata={}) for i, row in enumerate(corpus, 1)]
    seen: set[str] = set()
    assignments = []
    for i, row in enumerate(corpus, 1):
        assignments.append(AssignmentRecord(_id(i), row[4], 1.0, row[4] not in seen, None, (), "test", pos=i - 1))
        seen.add(row[4])
    store.write_batch(StoreBatch(articles=articles, vectors={_id(i): row[3] for i, row in enumerate(corpus, 1)},
                                 assignments=assignments))
    return store


def _found(store, query: str, **kw) -> set[int]:
    return {int(r.article.id, 16) for r in search(store, query, **kw).results}


@pytest.mark.parametrize(("language", "found"), [("uk", False), ("ru", True), ("cs", False), ("he", False)])
def test_a_vector_the_encoder_does_not_read_is_no_meaning_hit(any_store, language, found):
    """The query's vector is the third report's: a meaning hit when its language is read, none otherwise."""
    corpus = [row if i != 2 else (*row[:2], language, *row[3:]) for i, row in enumerate(_CORPUS)]
    results = search(_write(any_store, corpus), "Jiangsu explosion", embedder=_Toward(_unit(0, 0, 1))).results
    ids = {int(r.article.id, 16): r for r in results}
    assert 4 in ids
    assert (3 in ids) is found
    assert all(r.vector_rank is None for i, r in ids.items() if corpus[i - 1][2] in {"uk", "cs", "he"})


@pytest.mark.parametrize("query", ["strike", "dockers strike", "dockers strike port"])
def test_a_text_hits_story_members_the_encoder_does_not_read_are_near_hits(any_store, query):
    """The Ukrainian report is in the English one's story and its vector (far from it) says nothing: it is
    listed as near the text hits, by their story; a read report with its vector in another story is not.
    A longer query (three words) lists those members too, not its text hits' vector neighbours."""
    store = _write(any_store)
    want = STRIKE if len(query.split()) <= 2 else {1, 3}
    assert _found(store, query, embedder=_FarQuery()) == want
    by_story = {int(r.article.id, 16): r for r in search(store, query, embedder=_FarQuery()).results}[3]
    assert by_story.near_rank and by_story.near_cosine is None and by_story.text_rank is None
    payload = search(store, query, embedder=_FarQuery()).to_dict()
    assert "(same story)" in render_search(payload)


def test_a_query_in_a_language_the_encoder_does_not_read_has_no_meaning_hits(any_store):
    """A Ukrainian query's vector (here the Kazan report's) is no evidence: its words find the Ukrainian
    report, and that report's story the others."""
    assert _found(_write(any_store), "страйк докерів у порту", embedder=_Toward(_unit(0, 0.05, 1))) == STRIKE


def test_keyword_only_search_lists_no_story_members(any_store):
    assert _found(_write(any_store), "dockers") == {1}
