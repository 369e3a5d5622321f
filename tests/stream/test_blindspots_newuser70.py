"""newuser70 M7: blindspots from a few shared keys and from years apart. The 2011 "'America's Toughest Sheriff'
Endorses Rick Perry" got a "zh" blindspot from an undated Chinese op-ed on the Trump impeachment by the keys
"arizona, mitt, romney" (3 of its 15 distinctive keys here, 19 there); Dnipro's 2024 strike a "dpa" blindspot
from its 2023 strike by "dnipro, selenskyj, wolodymyr". A related story must share a part of the smaller
story's distinctive keys (settings.blindspot_min_key_share) and, both dated, lie within
settings.blindspot_max_gap_days of it; a developing story months on stays a blindspot. Both backends."""

from __future__ import annotations

from storylens.store import ArticleRecord, AssignmentRecord, StoreBatch
from storylens.stream import story_blindspots

_SHERIFF = ("arpaio", "perry", "arizona", "mitt", "romney", "maricopa", "iowa", "texas", "gingrich", "bachmann",
            "cain", "huntsman", "santorum", "paul", "phoenix")
_IMPEACHMENT = ("arizona", "mitt", "romney", "trump", "pelosi", "mcconnell", "schiff", "nadler", "ukraine", "biden",
                "giuliani", "zelensky", "schumer", "graham", "collins", "murkowski", "roberts", "bolton", "mulvaney")
_STORIES = [  # (story, outlet, language, published, keys)
    ("S-a", "HuffPost", "en", "2011-11-29", _SHERIFF),
    ("S-b", "Xinhua", "zh", None, _IMPEACHMENT),
    ("S-c", "Tagesspiegel", "de", "2024-04-19", ("dnipro", "selenskyj", "wolodymyr", "charkiw", "raketen", "odessa")),
    ("S-d", "dpa", "de", "2023-01-15", ("dnipro", "selenskyj", "wolodymyr", "resnitschenko", "kiew", "wohnhaus")),
    ("S-e", "North Post", "en", "2024-05-01", ("zelmora", "varnek", "oskel", "council", "approval")),
    ("S-f", "South Herald", "de", "2024-09-20", ("zelmora", "varnek", "oskel", "protest", "reservoir")),
    # break70s: a dam's destruction and its first anniversary a leap year's 366 days later stay related
    ("S-g", "Reuters", "en", "2023-06-06", ("kakhovka", "nova", "kakhovka", "grossi", "iaea", "prokudin", "breach")),
    ("S-h", "Tagesschau", "de", "2024-06-06", ("kakhovka", "nova", "grossi", "iaea", "prokudin", "jahrestag")),
]


def _write(store):
    ids = [f"{i:016x}" for i in range(1, len(_STORIES) + 1)]
    articles = [ArticleRecord(id=aid, source=f"x#{aid}", text=" ".join(keys), title=story, outlet=outlet,
                              language=language, published=published, metadata={})
                for aid, (story, outlet, language, published, keys) in zip(ids, _STORIES, strict=True)]
    assignments = [AssignmentRecord(aid, row[0], 1.0, True, None, (), "test", pos=i)
                   for i, (aid, row) in enumerate(zip(ids, _STORIES, strict=True))]
    store.write_batch(StoreBatch(articles=articles, entities={aid: row[4] for aid, row in zip(ids, _STORIES, strict=True)},
                                 assignments=assignments))
    return store


def _spots(store, story):
    return {(b.kind, b.value) for b in story_blindspots(store, story)}


def test_a_few_keys_of_many_are_no_blindspot(any_store):
    store = _write(any_store)
    assert _spots(store, "S-a") == set()
    assert _spots(store, "S-b") == set()


def test_stories_years_apart_are_no_blindspot(any_store):
    store = _write(any_store)
    assert _spots(store, "S-c") == set()
    assert _spots(store, "S-d") == set()


def test_the_same_story_months_on_is_a_blindspot(any_store):
    store = _write(any_store)
    assert _spots(store, "S-e") == {("outlet", "South Herald"), ("language", "de")}
    assert _spots(store, "S-f") == {("outlet", "North Post"), ("language", "en")}


def test_a_first_anniversary_is_a_blindspot(any_store):
    store = _write(any_store)
    assert _spots(store, "S-g") == {("outlet", "Tagesschau"), ("language", "de")}
