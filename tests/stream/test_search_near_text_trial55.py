"""trial55 F8: a one-word query in one language found the reports of its story in others only by its own
vector, and a word's vector carries little meaning: "наводнение" (flood) was 0.06-0.19 from the flood reports,
below the 0.18 cut, and nearer the Suez ship reports; "Hochwasser" found 1 of 9 flood reports. A query of one
or two words (none capitalised: not a name) also lists the articles near by meaning to its first text hits (stored vector to
stored vector, from settings.search_near_min_score). Both backends; the query's own vector is far from every
article. The texts are written for these tests."""

from __future__ import annotations

import pytest

from storylens.stream.queries import search

from .test_search_names import _unit
from .test_search_scripts import _FarQuery, _found, _write

_CORPUS = [
    ("Hochwasser in der Emilia-Romagna", "Nach heftigen Regenfällen wurden tausend Menschen evakuiert.", "de",
     _unit(1, 0, 0)),
    ("Floods hit Emilia-Romagna", "Heavy rain forced the evacuation of 1,000 people.", "en", _unit(1, 0.1, 0)),
    ("Powódź we Włoszech", "Ewakuowano tysiąc osób po ulewnych deszczach.", "pl", _unit(1, 0, 0.1)),
    # the same region in the news, by meaning at cosine 0.32 from the German report: another story
    ("Regionalwahl in der Emilia-Romagna", "Die Wähler stimmten über einen neuen Präsidenten ab.", "de",
     _unit(1, 0, 3)),
    ("Ship refloated in Suez", "Tugboats refloated the container ship after five hours.", "en", _unit(0, 1, 0)),
]
FLOOD = {1, 2, 3}


@pytest.mark.parametrize(("query", "want"), [
    ("hochwasser", FLOOD),  # one word
    ("hochwasser evakuiert", FLOOD),  # two
    ("regionalwahl", {4}),  # its neighbours by meaning are too far (0.32, 0.41)
    ("hochwasser menschen evakuiert", {1}),  # three: a sentence's query, whose own vector means something
    ("Hochwasser", {1}),  # capitalised: it may be a name, and a report near a person's is another's as often
])
def test_a_short_query_finds_its_text_hits_neighbours_in_other_languages(any_store, query, want):
    assert _found(_write(any_store, _CORPUS), query, embedder=_FarQuery()) == want


def test_the_near_articles_come_after_the_text_hits_and_say_why(any_store):
    results = search(_write(any_store, _CORPUS), "hochwasser", embedder=_FarQuery()).results
    assert [int(r.article.id, 16) for r in results][:1] == [1] and results[0].near_rank is None
    near = {int(r.article.id, 16): r for r in results[1:]}
    assert set(near) == {2, 3} and all(r.text_rank is None and r.near_rank and r.near_cosine > 0.9
                                       for r in near.values())
    assert {"near_rank", "near_cosine"} <= set(results[1].to_dict())


def test_keyword_only_search_does_not_read_neighbours(any_store):
    assert _found(_write(any_store, _CORPUS), "hochwasser") == {1}  # --no-semantic: the words alone
