"""The stream with a small candidate window (settings.candidate_window): an article older than the window
is never a neighbour, and a copy of it still links to it (copy keys), the same on both backends."""

from __future__ import annotations

import random

import pytest

from storylens import stream
from storylens.errors import InputError
from storylens.models import RawDocument
from storylens.store import open_store
from storylens.stream.dedup import NEAR_DUP_JACCARD, copy_keys, jaccard, shingles

_TOPICS = {
    "ferry": "ferry harbour captain passengers storm coast guard rescue boat crew sank island port waves",
    "budget": "budget minister parliament taxes deficit spending vote coalition finance treasury debt reform",
    "quake": "earthquake magnitude tremor buildings collapsed rescuers rubble epicentre aftershock province",
    "match": "football match striker goal stadium league coach penalty referee season champions fans",
    "vaccine": "vaccine trial doses health agency approval patients virus laboratory study results clinic",
    "election": "election candidates ballots turnout polling stations results campaign opposition president",
    "wildfire": "wildfire firefighters hectares evacuation flames wind drought county homes burned smoke",
    "rates": "central bank interest rates inflation governor markets currency bond yields economy lending",
    "strike": "workers strike union wages factory negotiations management pickets shifts contract talks",
}


_NAMES = {"ferry": "The Aegean Star ferry of Blue Line sank near Piraeus, said Captain Nikos Papadakis of Greece."}


def _text(topic: str, seed: int, words: int = 90) -> str:
    rng = random.Random(seed)
    vocab = _TOPICS[topic].split()
    sentences = [_NAMES.get(topic, "")]
    while sum(len(s.split()) for s in sentences) < words:
        sentences.append(" ".join(rng.choice(vocab) for _ in range(12)).capitalize() + ".")
    return " ".join(sentences)


def _doc(name: str, text: str) -> RawDocument:
    return RawDocument(source=f"{name}.txt", text=text, metadata={"title": name.replace("-", " ").title()})


def _store(backend, tmp_path, request, window):
    url = str(tmp_path / "s.db") if backend == "sqlite" else request.getfixturevalue("pg_url")
    store = open_store(url)
    store.candidate_window = window
    return store


def _others():
    return [_doc(f"{t}-report", _text(t, i)) for i, t in enumerate(_TOPICS) if t != "ferry"]


def test_copy_keys_share_a_key_for_near_duplicates_and_are_stable():
    original = _text("ferry", 1, 300)
    copy = original.rsplit(".", 3)[0] + ". A sentence the carrier added at the end of its copy."
    assert jaccard(shingles(original), shingles(copy)) >= NEAR_DUP_JACCARD
    assert set(copy_keys(original)) & set(copy_keys(copy))
    assert not set(copy_keys(original)) & set(copy_keys(_text("budget", 1, 300)))
    assert copy_keys("Ferry sank off the island.") == copy_keys("FERRY  sank off the island")  # normalised words
    assert len(copy_keys(original)) == 12 and copy_keys("") == ()
    # stored, so fixed across processes and machines (a process-salted hash would differ between runs)
    assert copy_keys("one two three four five six") == copy_keys("one two three four five six")
    assert copy_keys("one two three") == (-6_974_577_907_233_841_204,)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_copy_of_an_article_outside_the_window_still_links(backend, tmp_path, request, hashing_embedder):
    store = _store(backend, tmp_path, request, window=3)
    original = _text("ferry", 1, 300)
    stream.ingest([_doc("ferry-original", original)], store, embedder=hashing_embedder, batch_size=4)
    stream.ingest(_others(), store, embedder=hashing_embedder, batch_size=4)  # 8 later articles: ferry is out
    copy = original.rsplit(".", 3)[0] + ". A sentence the carrier added at the end of its copy."
    report = stream.ingest([_doc("ferry-copy", copy)], store, embedder=hashing_embedder, batch_size=4)
    first = store.articles()[0]
    assert [(store.article(c).source, o) for c, o in report.near_duplicates] == [("ferry-copy.txt", first.id)]
    store.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
@pytest.mark.parametrize(("window", "joined"), [(0, True), (20, True), (3, False)])
def test_a_same_story_report_outside_the_window_is_no_neighbour(backend, window, joined, tmp_path, request,
                                                                hashing_embedder):
    # The same story's second report joins the first while the first is inside the window (or with no
    # window), and starts a story of its own once the window has moved past it (news stories are
    # bounded in time).
    store = _store(backend, tmp_path, request, window)
    stream.ingest([_doc("ferry-first", _text("ferry", 1))], store, embedder=hashing_embedder, batch_size=4)
    stream.ingest(_others(), store, embedder=hashing_embedder, batch_size=4)
    stream.ingest([_doc("ferry-second", _text("ferry", 2))], store, embedder=hashing_embedder, batch_size=4)
    by_source = {a.source: a.id for a in store.articles()}
    assigned = store.assignments()
    assert (assigned[by_source["ferry-first.txt"]].story == assigned[by_source["ferry-second.txt"]].story) is joined
    store.close()


def test_sqlite_and_postgresql_give_identical_stories_through_a_small_window(tmp_path, pg_url, hashing_embedder):
    # The window is rows by ingest order, not an index's approximation: both backends see the same
    # candidates and so give the same stories, with most of the stream outside the window.
    from pathlib import Path

    data = Path(__file__).parents[1] / "data"
    inputs = [str(data / "stream"), str(data / "streams" / "multilingual.jsonl")]
    out = []
    for url in (str(tmp_path / "s.db"), pg_url):
        store = open_store(url)
        store.candidate_window = 6
        stream.ingest_paths(inputs[:1], store, embedder=hashing_embedder, batch_size=4)
        report = stream.ingest_paths(inputs, store, embedder=hashing_embedder, batch_size=4)
        out.append(({k: (v.story, v.reason, round(v.score, 6)) for k, v in store.assignments().items()},
                    [(a.id, a.duplicate_of) for a in store.articles()], len(report.added)))
        store.close()
    assert out[0] == out[1] and len(out[0][1]) > 3 * 6


# --- the window as the store's parameter (sc21): set by a run, stored, used by later runs


def _open(backend, tmp_path, request):
    return open_store(str(tmp_path / "s.db") if backend == "sqlite" else request.getfixturevalue("pg_url"))


def _dated(name: str, topic: str, seed: int, day: str) -> RawDocument:
    return RawDocument(source=f"{name}.txt", text=_text(topic, seed),
                       metadata={"title": name.replace("-", " ").title(), "published": day})


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_window_asked_once_is_the_stores_for_later_runs(backend, tmp_path, request, hashing_embedder):
    # A run's window is stored with the store: a later writer, whatever its settings, uses it (the
    # second report is 8 articles after the first, outside a window of 3: a story of its own) until a
    # run asks for another value, which replaces it and says what it replaced.
    store = _open(backend, tmp_path, request)
    first = stream.ingest([_doc("ferry-first", _text("ferry", 1))], store, embedder=hashing_embedder,
                          batch_size=4, candidate_window=3)
    assert (first.candidate_window, first.window_was) == (3, None)
    store.close()
    store = _open(backend, tmp_path, request)  # another writer: settings.candidate_window (10,000) by default
    assert store.candidate_window == 10_000
    later = stream.ingest([*_others(), _doc("ferry-second", _text("ferry", 2))], store, embedder=hashing_embedder,
                          batch_size=4)
    assert (later.candidate_window, later.window_was, store.candidate_window) == (3, None, 3)
    assigned, by_source = store.assignments(), {a.source: a.id for a in store.articles()}
    assert assigned[by_source["ferry-first.txt"]].story != assigned[by_source["ferry-second.txt"]].story
    whole = stream.ingest([_doc("ferry-third", _text("ferry", 3))], store, embedder=hashing_embedder,
                          candidate_window=0)
    assert (whole.candidate_window, whole.window_was) == (0, 3)
    same = stream.ingest([_doc("ferry-fourth", _text("ferry", 4))], store, embedder=hashing_embedder,
                         candidate_window=0)
    assert (same.candidate_window, same.window_was) == (0, None)  # the stored value asked again: no change
    assigned, by_source = store.assignments(), {a.source: a.id for a in store.articles()}
    assert assigned[by_source["ferry-third.txt"]].story in {assigned[by_source[f"ferry-{n}.txt"]].story
                                                             for n in ("first", "second")}
    store.close()
    store = _open(backend, tmp_path, request)
    assert stream.ingest([], store, embedder=hashing_embedder).candidate_window == 0
    with pytest.raises(InputError, match="candidate window"):
        stream.ingest([], store, embedder=hashing_embedder, candidate_window=-1)
    store.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
@pytest.mark.parametrize(("order", "late"), [("date", None), ("newest first", 5), ("one day back", None),
                                             ("no window", None)])
def test_a_run_whose_dates_go_back_past_the_window_is_reported(backend, order, late, tmp_path, request,
                                                               hashing_embedder):
    # 9 articles a day apart through a window of 3: in date order nothing is reported; newest first,
    # each article from the 5th on is dated before one already outside its window (a backfill out of
    # order: its story mates may be outside too); a step back of one day (two time zones) is no order
    # broken; with no window nothing can be outside it.
    days = [f"2024-03-{d:02d}" for d in range(1, 10)]
    if order == "newest first":
        days = days[::-1]
    elif order == "one day back":
        days = [days[i + 1] if i % 2 == 0 and i + 1 < len(days) else days[i - 1] if i % 2 else days[i]
                for i in range(len(days))]
    docs = [_dated(f"{t}-report", t, i, day) for i, (t, day) in enumerate(zip(_TOPICS, days))]
    store = _open(backend, tmp_path, request)
    report = stream.ingest(docs, store, embedder=hashing_embedder, batch_size=4,
                           candidate_window=0 if order == "no window" else 3)
    if late is None:
        assert report.out_of_order is None
    else:
        assert report.out_of_order is not None
        assert (report.out_of_order.count, report.out_of_order.source) == (late, docs[4].source)
        assert (str(report.out_of_order.published), str(report.out_of_order.later)) == ("2024-03-05", "2024-03-09")
    store.close()


@pytest.mark.parametrize("seed", range(6))
def test_the_date_order_check_is_the_definition_on_any_stream(seed):
    # An article is out of order iff an article stored more than `window` places before it in the run
    # is dated more than a day later (undated articles take places, are never late nor later): the
    # ring's answer against the definition's, on random streams and windows.
    from datetime import date, timedelta

    from storylens.stream._window import DateOrder

    rng = random.Random(seed)
    window = rng.choice([1, 2, 5, 17])
    days = [None if rng.random() < 0.2 else date(2024, 1, 1) + timedelta(days=rng.randrange(12)) for _ in range(80)]
    check = DateOrder(window)
    for i, d in enumerate(days):
        check.see(f"a{i}", d)
    late = [i for i, d in enumerate(days) if d is not None
            and any(e is not None and (e - d).days > 1 for e in days[: max(0, i - window)])]
    got = check.result()
    assert (got.count, got.source) == (len(late), f"a{late[0]}") if late else got is None
    assert DateOrder(0).result() is None


# --- a rebuild clusters within the store's window, as the stream did (sc22)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_rebuild_gives_the_stories_the_stream_gave_through_its_window(backend, tmp_path, request, hashing_embedder):
    from pathlib import Path

    data = Path(__file__).parents[1] / "data"
    inputs = [str(data / "stream"), str(data / "streams" / "multilingual.jsonl")]
    store = _open(backend, tmp_path, request)
    stream.ingest_paths(inputs, store, embedder=hashing_embedder, batch_size=4, candidate_window=6)

    def groups():
        out: dict[str, set[str]] = {}
        for aid, rec in store.assignments().items():
            out.setdefault(rec.story, set()).add(aid)
        return sorted(sorted(g) for g in out.values())

    streamed = groups()
    assert stream.rebuild_stories(store, batch_size=4) == len(streamed)  # the store's window: 6
    assert groups() == streamed
    stream.rebuild_stories(store, candidate_window=0)  # every article a candidate: stories join across it
    assert len(groups()) < len(streamed)
    with pytest.raises(InputError):
        stream.rebuild_stories(store, candidate_window=-1)
    store.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
@pytest.mark.parametrize(("window", "joined"), [(None, False), (0, True), (20, True)])
def test_a_rebuild_keeps_a_report_outside_the_window_apart(backend, window, joined, tmp_path, request,
                                                           hashing_embedder):
    store = _store(backend, tmp_path, request, 3)
    stream.ingest([_doc("ferry-first", _text("ferry", 1))], store, embedder=hashing_embedder, batch_size=4)
    stream.ingest(_others(), store, embedder=hashing_embedder, batch_size=4)
    stream.ingest([_doc("ferry-second", _text("ferry", 2))], store, embedder=hashing_embedder, batch_size=4)
    stream.rebuild_stories(store, candidate_window=window, batch_size=4)  # None: the store's, 3
    by_source = {a.source: a.id for a in store.articles()}
    assigned = store.assignments()
    assert (assigned[by_source["ferry-first.txt"]].story == assigned[by_source["ferry-second.txt"]].story) is joined
    store.close()


def test_window_floors_count_stored_articles_before_each_batch():
    from types import SimpleNamespace

    from storylens.stream.corrections import window_floors

    stored = [SimpleNamespace(id=str(i)) for i in range(10)]
    clustered = {str(i) for i in range(10) if i not in (2, 5)}  # 2 and 5: near-duplicates (stored, not clustered)
    # batches of 4 stored: [0-3] see nothing before them, [4-7] the 3 stored before 4 (1, 2, 3: from
    # clustered position 1), [8, 9] 5, 6, 7 (5 is no candidate: from 6, clustered position 4)
    assert window_floors(stored, clustered, 3, 4).tolist() == [0, 0, 0, 1, 1, 1, 4, 4]
    assert window_floors(stored, clustered, 100, 1).tolist() == [0] * 8
    # one stored article before each: 3 sees only near-duplicate 2, so none (its floor is itself, 2)
    assert window_floors(stored, clustered, 1, 1).tolist() == [0, 0, 2, 2, 4, 4, 5, 6]


# --- copy keys for rows stored before they existed (sc22)


def _keys_by_source(store):
    rows = store.db.execute("SELECT a.source, c.key FROM copy_keys c JOIN articles a ON a.num = c.num").fetchall()
    out: dict[str, set[int]] = {}
    for source, key in rows:
        out.setdefault(source, set()).add(int(key))
    return out


def _as_before_copy_keys(store, below: int) -> None:
    """Rows numbered below ``below`` as a store migrated to copy keys holds them: none, and no mark."""
    store.db.execute(f"DELETE FROM copy_keys WHERE num < {int(below)}")
    store.db.execute("DELETE FROM meta WHERE key = 'copy_keys_from'")
    if getattr(store.db, "in_transaction", False):  # sqlite3 (the PostgreSQL store's connection: autocommit)
        store.db.commit()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_backfill_gives_old_rows_the_keys_ingest_stores(backend, tmp_path, request, hashing_embedder):
    from pathlib import Path

    data = Path(__file__).parents[1] / "data"
    store = _open(backend, tmp_path, request)
    stream.ingest_paths([str(data / "stream"), str(data / "streams" / "multilingual.jsonl")], store,
                        embedder=hashing_embedder, batch_size=4)
    ingested = _keys_by_source(store)
    assert len(ingested) == len(store.articles()) > 20  # every article, cleaned texts and plain ones
    assert any(not a.plain for a in store.articles()) and any(a.plain for a in store.articles())
    nums = sorted(int(r[0]) for r in store.db.execute("SELECT num FROM articles").fetchall())
    _as_before_copy_keys(store, nums[15])
    assert store.copy_keys_from() == nums[15] and len(_keys_by_source(store)) == len(nums) - 15
    seen: list[int] = []
    assert stream.backfill_copy_keys(store, chunk=4, progress=seen.append) == 15
    assert seen == [4, 8, 12, 15] and _keys_by_source(store) == ingested
    assert store.copy_keys_from() == nums[0]
    assert stream.backfill_copy_keys(store) == 0  # nothing left: the mark says so
    store.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
@pytest.mark.parametrize("backfill", [False, True])
def test_a_copy_of_an_old_row_outside_the_window_links_once_backfilled(backend, backfill, tmp_path, request,
                                                                       hashing_embedder):
    store = _store(backend, tmp_path, request, window=3)
    original = _text("ferry", 1, 300)
    stream.ingest([_doc("ferry-original", original)], store, embedder=hashing_embedder, batch_size=4)
    stream.ingest(_others(), store, embedder=hashing_embedder, batch_size=4)  # 8 later articles: ferry is out
    _as_before_copy_keys(store, 10**9)  # every row stored before copy keys existed
    if backfill:
        assert stream.backfill_copy_keys(store) == 9
    copy = original.rsplit(".", 3)[0] + ". A sentence the carrier added at the end of its copy."
    report = stream.ingest([_doc("ferry-copy", copy)], store, embedder=hashing_embedder, batch_size=4)
    first = store.articles()[0]
    # without keys the window's scan cannot see the original: the copy is stored unlinked
    assert [(store.article(c).source, o) for c, o in report.near_duplicates] == (
        [("ferry-copy.txt", first.id)] if backfill else [])
    store.close()
