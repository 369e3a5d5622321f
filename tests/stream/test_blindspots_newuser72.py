"""newuser72 MED-6: blindspots vanished in a small store. A story's distinctive keys were those named in at most
max(5, 5 %) of the stored articles, its own included, so once 6 of its reports named a person ("steinruck") the
key was "common" and an 18-article store (a 12-report explosion story and Handelsblatt's follow-up naming the
same people) gave no blindspot, while the same articles in a 316-article store gave "Handelsblatt". The frequency
now counts the story as one article; keys named by many other stories' articles are still no evidence, and a
one-article story's keys are read as before (the rule as benchmarks/blindspot_evidence.py tuned it). Both backends."""

from __future__ import annotations

from storylens.store import ArticleRecord, AssignmentRecord, StoreBatch
from storylens.stream import story_blindspots

_PEOPLE = ("steinruck", "keller", "jutta", "anna")
_COMMON = ("berlin", "bundestag", "kanzler")  # named by seven other stories: no evidence of one story
_LANGS = ("en", "de", "fr", "es", "it", "pl", "ru", "tr", "pt", "ar", "zh", "en")
_ROWS = [  # (story, outlet, language, keys)
    *((("S-big", f"Outlet {i}", lang, (*_PEOPLE, "ludwigshafen", "explosion", *_COMMON))
       for i, lang in enumerate(_LANGS, 1))),
    ("S-follow", "Handelsblatt", "de", (*_PEOPLE, "anklage", "staatsanwaltschaft")),
    *((f"S-n{i}", f"Paper {i}", "de", (*_COMMON, f"topic{i}", f"place{i}")) for i in range(1, 7)),
    ("S-common", "Bild", "de", (*_COMMON, "hamburg", "hafen")),
    # six one-article stories naming three keys: each key is in 6 articles, one more than max(5, 5 %) of 26
    *((f"S-m{i}", f"Blog {i}", "en", ("alpha", "beta", "gamma", f"only{i}")) for i in range(1, 7)),
]


def _write(store, rows=tuple(_ROWS)):
    ids = [f"{i:016x}" for i in range(1, len(rows) + 1)]
    articles = [ArticleRecord(id=aid, source=f"x#{aid}", text=" ".join(keys), title=story, outlet=outlet,
                              language=language, published="2026-03-12", metadata={})
                for aid, (story, outlet, language, keys) in zip(ids, rows, strict=True)]
    seen: set[str] = set()
    assignments = []
    for i, (aid, row) in enumerate(zip(ids, rows, strict=True)):
        assignments.append(AssignmentRecord(aid, row[0], 1.0, row[0] not in seen, None, (), "test", pos=i))
        seen.add(row[0])
    store.write_batch(StoreBatch(articles=articles, entities={aid: row[3] for aid, row in zip(ids, rows, strict=True)},
                                 assignments=assignments))
    return store


def _spots(store, story):
    return {(b.kind, b.value) for b in story_blindspots(store, story)}


def test_a_storys_own_names_stay_distinctive_in_a_small_store(any_store):
    """The 12 reports name the four people; 20 articles are stored, so max(5, 5 %) is 5 and the people (13 articles)
    counted as common before: the follow-up's outlet is the big story's blindspot."""
    store = _write(any_store)
    spots = story_blindspots(store, "S-big")
    assert {(b.kind, b.value) for b in spots} == {("outlet", "Handelsblatt")}
    assert set(spots[0].shared_entities) == set(_PEOPLE)


def test_keys_many_other_stories_name_are_no_evidence(any_store):
    """The three keys seven other stories' articles name relate neither the big story nor the Bild report to
    anything (Bild is no blindspot of the big story, nor are the big story's outlets Bild's)."""
    store = _write(any_store)
    assert ("outlet", "Bild") not in _spots(store, "S-big")
    assert _spots(store, "S-common") == set()


def test_a_one_article_storys_keys_are_read_as_before(any_store):
    """Six one-article stories name the same three keys: each key is in six of the 26 articles, more than 5, so
    none is distinctive and none of the six is another's blindspot (counting the story out, 5 of 5, made them so)."""
    store = _write(any_store)
    assert all(_spots(store, f"S-m{i}") == set() for i in range(1, 7))


_SMALL = [  # the big story and three other articles naming its generic keys, no follow-up (queries73 tester P2)
    *_ROWS[:12],
    *((f"S-u{i}", outlet, "de", (*_COMMON, f"topic{i}", f"place{i}")) for i, outlet in enumerate(("Bild", "Welt", "Taz"), 1)),
]


def test_keys_most_articles_outside_a_story_name_are_no_evidence_in_a_small_store(any_store):
    """15 articles: the three keys are in all 3 articles outside the big story; counting the story as one, 4 of
    the 5 the floor allowed, they related all three. The floor is at most half the articles outside the story."""
    store = _write(any_store, _SMALL)
    assert _spots(store, "S-big") == set()
    assert _spots(store, "S-u1") == set()
