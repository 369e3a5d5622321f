"""The stream on both backends: identical stories, the CLI against a real PostgreSQL server,
stable and resolvable story ids under corrections."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from storylens import stream
from storylens.cli import app
from storylens.errors import InputError
from storylens.ingest.walk import iter_records
from storylens.report import validate
from storylens.store import open_store

from ..conftest import SEEDS

STREAM = Path(__file__).parents[1] / "data" / "stream"
# A wire day in nine languages: a Chilean mine collapse (AFP, EFE, ANSA, dpa, TASS, AA, Xinhua, Al Jazeera, AP
# and a paper carrying the AP copy), a New Zealand rate cut and a Czech rate hike.
MULTILINGUAL = Path(__file__).parents[1] / "data" / "streams" / "multilingual.jsonl"
runner = CliRunner()


def _stories(store) -> dict:
    """Everything a user sees of the stories, minus when each article was added."""
    page = stream.list_stories(store).to_dict()
    views = [stream.get_story(store, s["id"]).to_dict() for s in page["stories"]]
    return {"page": page, "views": views,
            "assigned": {k: (v.story, v.reason, round(v.score, 6)) for k, v in store.assignments().items()},
            "articles": [(a.id, a.duplicate_of, a.language, a.title) for a in store.articles()]}


def test_sqlite_and_postgresql_give_identical_stories(tmp_path, pg_url, embedder):
    inputs = [str(SEEDS), str(STREAM), str(MULTILINGUAL)]
    out = []
    for url in (str(tmp_path / "s.db"), pg_url):
        store = open_store(url)
        # Two runs of 8-record batches: the second starts from the stored clusterer state.
        stream.ingest_paths(inputs[:1], store, embedder=embedder, batch_size=8)
        report = stream.ingest_paths(inputs, store, embedder=embedder, batch_size=8)
        out.append((_stories(store), len(report.added), len(report.near_duplicates), len(report.failed)))
        store.close()
    assert out[0][1:] == out[1][1:] and out[0][1] >= 8
    assert out[0][0]["assigned"] == out[1][0]["assigned"]
    assert out[0][0] == out[1][0]


@pytest.mark.pg_empty  # a user's path: the CLI's first ingest makes the schema in a new database
def test_cli_against_a_real_postgresql_server(pg_url, data_dir):
    ingest = runner.invoke(app, ["ingest", str(data_dir / "seeds"), str(STREAM / "articles.jsonl"), "--db", pg_url, "-q"])
    assert ingest.exit_code == 1 and "added" in ingest.output  # the JSONL fixture has 3 bad lines on purpose
    listed = runner.invoke(app, ["stories", "-f", "json"], env={"STORYLENS_DB": pg_url})  # the environment works too
    assert listed.exit_code == 0, listed.output
    payload = json.loads(listed.output)
    validate(payload, "stories")
    # The CNN and FAZ seeds are one story.
    kazakh = next(s for s in payload["stories"] if any("000_f41a" in a["source"] for a in s["articles"]))
    assert any("001_b69" in a["source"] for a in kazakh["articles"])
    shown = runner.invoke(app, ["story", kazakh["id"][:6], "--no-claims", "-f", "json", "--db", pg_url])
    assert shown.exit_code == 0, shown.output
    validate(json.loads(shown.output), "story")
    found = runner.invoke(app, ["search", "Hochwasser Rhein", "--no-semantic", "-f", "json", "--db", pg_url])
    assert found.exit_code == 0, found.output
    hits = json.loads(found.output)
    validate(hits, "search")
    assert hits["results"][0]["external_id"] == "wire-002"  # both words (one in the title, weighted up)
    assert "[Rhein]" in hits["results"][0]["snippet"]
    bad = runner.invoke(app, ["stories", "--db", "postgresql://nobody@/nodb?host=/nonexistent"])
    assert bad.exit_code == 2 and "cannot connect" in bad.output and "server is running" in bad.output


@pytest.fixture
def corrected(any_store, embedder):
    stream.ingest_paths([str(STREAM / "articles.jsonl"), str(STREAM / "feed.atom")], any_store, embedder=embedder)
    return any_store


def _story_of(store, external_id: str) -> str:
    aid = store.find_articles(external_id)[0]
    return store.assignments([aid])[aid].story


def test_move_and_split_never_rename_the_target(corrected):
    store = corrected
    rhine, glacier = _story_of(store, "wire-001"), _story_of(store, "wire-004")
    # Move the founding article of the Rhine story: both stories keep their ids.
    target = stream.move_article(store, "wire-001", glacier).story
    assert target == glacier == _story_of(store, "wire-001")
    assert _story_of(store, "wire-002") == rhine  # the source keeps its id although its first article left
    assert stream.get_story(store, glacier).id == glacier
    new = stream.split_story(store, glacier, ["wire-001"])
    assert new not in (glacier, rhine) and _story_of(store, "wire-001") == new
    assert _story_of(store, "wire-004") == glacier  # the split story keeps its id


def test_merge_keeps_one_id_and_the_other_resolves(corrected):
    store = corrected
    rhine, glacier = _story_of(store, "wire-001"), _story_of(store, "wire-004")
    kept = stream.merge_stories(store, rhine, glacier)
    gone = glacier if kept == rhine else rhine
    assert kept in (rhine, glacier) and _story_of(store, "wire-004") == _story_of(store, "wire-001") == kept
    view = stream.get_story(store, gone)
    assert view.id == kept and view.resolution.steps == ((gone, kept, "merge"),)
    assert gone in view.resolution.note and kept in view.resolution.note
    assert "no longer exists" in stream.render_story(view.to_dict(), "markdown")
    # Every correction command accepts the old id too.
    assert stream.move_article(store, "wire-004", gone).story == kept
    with pytest.raises(InputError, match="unknown story"):
        stream.get_story(store, "S-nope")
    # Merging a story with itself, or with an id already merged into it, is a no-op: nothing recorded.
    recorded = len(store.corrections())
    assert stream.merge_stories(store, kept, kept) == kept
    assert stream.merge_stories(store, gone, kept) == kept
    assert not stream.move_article(store, "wire-004", kept).moved  # already there
    assert len(store.corrections()) == recorded


def test_a_merged_away_id_follows_its_articles_after_a_split(corrected):
    # A new-user trial: merge, then split the absorbed story's articles out again; the retired id
    # still showed the merge target, although its articles now live in the split-off story.
    store = corrected
    rhine, glacier = _story_of(store, "wire-001"), _story_of(store, "wire-004")
    members = {s: [a for a, _ in m] for s, m in store.story_members([rhine, glacier]).items()}
    kept = stream.merge_stories(store, rhine, glacier)
    gone = glacier if kept == rhine else rhine
    gone_article = "wire-004" if gone == glacier else "wire-001"
    new = stream.split_story(store, kept, members[gone])
    view = stream.get_story(store, gone)
    assert view.id == new == _story_of(store, gone_article)
    assert view.resolution.steps[0] == (gone, kept, "merge") and new in view.resolution.note


def test_moving_to_a_story_a_move_emptied_is_refused_with_where_it_went(corrected):
    # A new-user trial: "story move A --to S-x" where S-x had been emptied by an earlier move
    # printed "moved to <the article's own story>" and moved nothing.
    store = corrected
    glacier = _story_of(store, "wire-004")
    lone = next(s for s, members in store.story_members(store.story_ids()).items() if len(members) == 1
                and s != glacier)
    lone_article = store.story_members([lone])[lone][0][0]
    stream.move_article(store, lone_article, glacier)  # empties the lone story
    before, recorded = _story_of(store, "wire-001"), len(store.corrections())
    with pytest.raises(InputError, match=f"{lone}.*no longer exists.*{glacier}"):
        stream.move_article(store, "wire-001", lone)
    # merge and split name it too: following it would act on the story its last article went to
    with pytest.raises(InputError, match="no longer exists"):
        stream.merge_stories(store, _story_of(store, "wire-001"), lone)
    with pytest.raises(InputError, match="no longer exists"):
        stream.split_story(store, lone, [lone_article])
    assert _story_of(store, "wire-001") == before and len(store.corrections()) == recorded


def test_a_split_of_every_article_is_refused_and_records_nothing(corrected):
    # trial 14: "split into S-x" (the same id) for a split that changed nothing
    store = corrected
    glacier = _story_of(store, "wire-004")
    members = [aid for aid, _ in store.story_members([glacier])[glacier]]
    recorded = len(store.corrections())
    with pytest.raises(InputError, match=f"every article of {glacier}.*at least one"):
        stream.split_story(store, glacier, members)
    assert len(store.corrections()) == recorded and _story_of(store, "wire-004") == glacier


def test_rebuild_keeps_the_ids_users_have_seen(corrected):
    store = corrected
    rhine, glacier = _story_of(store, "wire-001"), _story_of(store, "wire-004")
    stream.move_article(store, "wire-001", glacier)
    before = {k: v.story for k, v in store.assignments().items()}
    stream.rebuild_stories(store)
    assert {k: v.story for k, v in store.assignments().items()} == before
    assert _story_of(store, "wire-002") == rhine


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_stream_reader_serves_threads_each_with_its_own_connection(backend, tmp_path, embedder, request):
    from concurrent.futures import ThreadPoolExecutor

    url = str(tmp_path / "s.db") if backend == "sqlite" else request.getfixturevalue("pg_url")
    store = open_store(url)
    stream.ingest_paths([str(STREAM / "articles.jsonl"), str(STREAM / "feed.atom")], store, embedder=embedder)
    expected = stream.list_stories(store)
    store.close()
    with stream.StreamReader(url) as reader:
        def read(i: int):
            page = reader.stories()
            view = reader.story(page.stories[i % len(page.stories)].id)
            return page, view.id, id(reader.store())

        with ThreadPoolExecutor(4) as pool:
            results = list(pool.map(read, range(16)))
        assert all(page == expected for page, _, _ in results)
        assert len({conn for _, _, conn in results}) > 1  # one connection per thread, not one shared
        rhine = next(s.id for s in expected.stories if len(s.articles) == 2)
        glacier = next(s.id for s in expected.stories if "Glacier" in (s.title or ""))
        assert reader.write(lambda s: stream.merge_stories(s, rhine, glacier)) in (rhine, glacier)
        assert reader.resolve(glacier).id == reader.resolve(rhine).id


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_ingesting_the_same_jsonl_twice_changes_nothing(backend, tmp_path, embedder, request):
    """Metadata with stray spaces (BASIL titles end in one) is stored stripped, as its re-read is."""
    url = str(tmp_path / "s.db") if backend == "sqlite" else request.getfixturevalue("pg_url")
    lines = [json.loads(x) for x in (STREAM / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:2]]
    padded = tmp_path / "padded.jsonl"
    padded.write_text("".join(json.dumps({**r, "title": f" {r.get('title') or 'Untitled'} ", "outlet": "Wire  "}) + "\n"
                              for r in lines if isinstance(r, dict) and r.get("text")), encoding="utf-8")
    store = open_store(url)
    try:
        first = stream.ingest_paths([str(padded)], store, embedder=embedder)
        stored = {a.id: (a.title, a.outlet, dict(a.metadata)) for a in store.articles()}
        again = stream.ingest_paths([str(padded)], store, embedder=embedder)
        assert first.added and not again.added
        assert all(t == t.strip() and o == "Wire" for t, o, _ in stored.values())
        assert {a.id: (a.title, a.outlet, dict(a.metadata)) for a in store.articles()} == stored
        assert not any(a.metadata.get("metadata_conflicts") for a in store.articles())
    finally:
        store.close()


def _town_stream(n: int, seed: int = 3) -> list:
    """``n`` short dated articles: stories of 1-4 reports sharing a town, two people and most words;
    towns and topics recur, so many stored articles are near each new one (as in a long stream)."""
    import random
    from datetime import date, timedelta

    from storylens.models import RawDocument

    rnd = random.Random(seed)
    towns = ["Aarhus", "Bilbao", "Cork", "Dresden", "Faro", "Graz", "Jena", "Lille", "Porto", "Riga"]
    names = ["Anna Costa", "Boris Novak", "Clara Rossi", "David Olsen", "Elena Petrov", "Hugo Brandt"]
    topics = ["opened a tram line", "closed a bridge", "elected a mayor", "banned cars", "approved a wind farm"]
    out: list = []
    while len(out) < n:
        town, topic, people = rnd.choice(towns), rnd.choice(topics), rnd.sample(names, 2)
        day = date(2024, 1, 1) + timedelta(days=rnd.randrange(900))
        for k in range(rnd.choice([1, 2, 2, 3, 4])):
            words = [f"{town} {topic}, {people[0]} said on {day + timedelta(days=k):%A}.",
                     f"{people[1]} told reporters {rnd.randint(10, 999)} residents were affected.",
                     f"Critics in {town} warned about the cost of the plan.",
                     f"Report {k} of story {len(out)} from desk {rnd.randrange(20)}."]
            rnd.shuffle(words)
            out.append(RawDocument(f"towns.jsonl#{len(out)}", " ".join(words),
                                   metadata={"title": f"{town} {topic}", "published": (day + timedelta(days=k)).isoformat(),
                                             "language": "en"}))
    return out[:n]


class _OtherIndex:
    """A store whose index answers each neighbour query with a wider set in another order (as
    another backend's index may): what the clusterer decides on must not change."""

    def __init__(self, store):
        self._store = store

    def __getattr__(self, name):
        return getattr(self._store, name)

    def cluster_candidates(self, vectors, k, known=()):
        return [list(reversed(row)) for row in self._store.cluster_candidates(vectors, 2 * k, known)]


def _assigned(store) -> dict:
    return {k: (v.story, v.reason, round(v.score, 6)) for k, v in store.assignments().items()}


def test_stories_do_not_depend_on_the_order_or_breadth_of_the_index_answer(tmp_path, hashing_embedder):
    records = _town_stream(160)
    out = []
    for name, wrap in (("plain", lambda s: s), ("other", _OtherIndex)):
        store = open_store(str(tmp_path / f"{name}.db"))
        stream.ingest(records[:80], wrap(store), embedder=hashing_embedder)
        stream.ingest(records[80:], wrap(store), embedder=hashing_embedder)  # the second run reads the stored state
        out.append((_assigned(store), {a.id: a.duplicate_of for a in store.articles()}))
        store.close()
    assert len(out[0][0]) > 120 and len({s for s, _, _ in out[0][0].values()}) > 30
    assert out[0] == out[1]


def test_a_story_that_grows_is_written_as_what_its_new_members_add(tmp_path, hashing_embedder, monkeypatch):
    """A stored story gaining members is written as growth: its sums, and only the keys of the
    articles that joined it (its stored key counts are added to), so a batch's writes do not
    grow with its stories. The rows read back are those of writing every story whole, key order
    included (a story's key norm sums over its keys in that order)."""
    from storylens.stream import _lazy

    records = _town_stream(160)
    store = open_store(str(tmp_path / "s.db"))
    deltas, write = [], store.write_batch
    store.write_batch = lambda batch: (deltas.append(batch), write(batch))[-1]
    stream.ingest(records[:80], store, embedder=hashing_embedder, batch_size=8)
    stream.ingest(records[80:], store, embedder=hashing_embedder, batch_size=8)  # stories loaded from their rows
    grew = [(b, sid, g) for b in deltas if b.state is not None for sid, g in b.state.grown.items()]
    assert len(grew) > 10, "few stored stories grew: the test input no longer exercises the growth path"
    for batch, sid, growth in grew:
        joined = [a.article for a in batch.assignments if a.story == sid]
        assert joined and sid not in batch.state.stories and growth.row.entity_counts == ()
        assert {k for k, _n, _p in growth.keys} == {k for a in joined for k in batch.entities[a]}
        assert all(n == sum(k in batch.entities[a] for a in joined) for k, n, _p in growth.keys)
    # The same stream with every changed story written whole (the store's rows never taken as current).
    def forgetting(method):
        def call(self, *args, **kwargs):
            out = method(self, *args, **kwargs)
            self._stored_rows.clear()
            return out
        return call

    for name in ("take_delta", "_load_stories"):
        monkeypatch.setattr(_lazy.StoreClusterer, name, forgetting(getattr(_lazy.StoreClusterer, name)))
    whole = open_store(str(tmp_path / "whole.db"))
    stream.ingest(records[:80], whole, embedder=hashing_embedder, batch_size=8)
    stream.ingest(records[80:], whole, embedder=hashing_embedder, batch_size=8)
    sids = whole.story_ids()
    assert store.story_ids() == sids and _assigned(store) == _assigned(whole)
    rows = whole.story_rows(sids)
    assert rows.keys() == store.story_rows(sids).keys() and max(r.size for r in rows.values()) >= 4
    for sid, row in rows.items():
        got = store.story_rows([sid])[sid]
        assert (got.entity_counts, got.size, got.languages) == (row.entity_counts, row.size, row.languages)
        assert got.vector_sum.tobytes() == row.vector_sum.tobytes()
    store.close()
    whole.close()


def _sparse_usearch_graph(monkeypatch) -> None:
    """SQLite's vector index built as the sparsest usearch graph (two links per node): its
    approximate answers miss many of the true nearest (a stand-in for any index's misses)."""
    from usearch.index import Index

    from storylens.store import _sqlite

    monkeypatch.setattr(_sqlite.SQLiteStore, "_new_index", lambda self, size=0: Index(
        ndim=self.dim, metric="cos", dtype="f16", connectivity=2, expansion_add=2, expansion_search=2))


def test_the_stories_do_not_depend_on_the_quality_of_the_sqlite_index(tmp_path, pg_url, hashing_embedder,
                                                                      monkeypatch):
    """The contract: one stream, both backends, the same assignments, whatever each backend's
    approximate index answers. The writer's candidates came from SQLite's usearch graph and
    PostgreSQL's exact scan; an answer lacking a true neighbour parted them (the 12k synthetic
    stream: 2,896 stories against 2,894). Now both writers scan their vectors exactly below
    store._exact.EXACT_BELOW, so even a poor graph changes nothing.

    It is also the longer stream both backends must agree on (past what one index answer holds, in
    default-size batches, over two runs): a test of its own wrote 400 town articles in one run to both
    for that (2.9 CPU-s, load ~20), a subset of this one since both backends scan exactly below
    EXACT_BELOW (50,000)."""
    _sparse_usearch_graph(monkeypatch)
    records = [*iter_records([str(MULTILINGUAL)]), *_town_stream(300, seed=5)]
    out = []
    for url in (str(tmp_path / "s.db"), pg_url):
        store = open_store(url)
        stream.ingest(records[:150], store, embedder=hashing_embedder)
        stream.ingest(records[150:], store, embedder=hashing_embedder)  # the second run reads the stored state
        out.append((_assigned(store), {a.id: a.duplicate_of for a in store.articles()}))
        store.close()
    assert len(out[0][0]) > 250 and any(out[0][1].values())  # the AP copy is a near-duplicate
    assert out[0] == out[1]


class _Counted:
    """A store that counts its index searches (the clusterer's and the near-duplicate ones)."""

    def __init__(self, store):
        self._store = store
        self.calls: list[tuple[str, int]] = []

    def __getattr__(self, name):
        return getattr(self._store, name)

    def cluster_candidates(self, vectors, k, known=()):
        self.calls.append(("cluster_candidates", len(vectors)))
        return self._store.cluster_candidates(vectors, k, known)

    def nearest_many(self, vectors, k=10):
        self.calls.append(("nearest_many", len(vectors)))
        return self._store.nearest_many(vectors, k)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_one_index_search_per_batch_answers_near_duplicates_and_clustering(backend, tmp_path, hashing_embedder,
                                                                           request):
    # nearest_stored asks the index once for a batch; the near-duplicate check reads that answer
    # (exact cosines, the store's own nearest ids) and the clustering that follows asks no more.
    from storylens.cluster import ArticleFeatures
    from storylens.stream import load_clusterer

    url = str(tmp_path / "s.db") if backend == "sqlite" else request.getfixturevalue("pg_url")
    store = open_store(url)
    records = _town_stream(150)
    stream.ingest(records[:120], store, embedder=hashing_embedder)
    counted = _Counted(store)
    clusterer = load_clusterer(counted)
    new = records[120:]
    vectors = hashing_embedder.embed([r.text for r in new]).astype(np.float16).astype(np.float32)
    ids = [f"new-{i}" for i in range(len(new))]
    got = clusterer.nearest_stored(ids, vectors, [None] * len(new))
    assert counted.calls == [("cluster_candidates", len(new))] and all(len(row) == 5 for row in got)
    want = store.nearest_many(vectors, k=5)  # the store's own search, cosines from its distances
    assert [[a for a, _ in row] for row in got] == [[a for a, _ in row] for row in want]
    assert np.allclose([s for row in got for _, s in row], [s for row in want for _, s in row], atol=2e-3)
    clusterer.partial_fit(ArticleFeatures(i, v, frozenset(), None) for i, v in zip(ids, vectors))
    assert counted.calls == [("cluster_candidates", len(new))]  # clustering asked the index nothing more
    store.close()


class _Reads:
    """A store that counts the clustered articles and stories its writer reads back (its own counter is
    ``articles_read``: one named ``articles`` hid the store's ``articles()``, which the events reader calls)."""

    def __init__(self, store):
        self._store = store
        self.rows = 0
        self.articles_read = 0

    def __getattr__(self, name):
        return getattr(self._store, name)

    def cluster_articles(self, ids):
        self.rows += len(ids)
        self.articles_read += len(ids)
        return self._store.cluster_articles(ids)

    def story_rows(self, stories):
        self.rows += len(stories)
        return self._store.story_rows(stories)


def _vectors_held(clusterer) -> list[str]:
    return [a for a, row in clusterer._rows.held().items() if row.vector is not None]


def _bounded_run(tmp_path, monkeypatch, embedder, name: str, bound: int, rows_kept: int,
                 records) -> tuple[dict, _Reads, int, int]:
    """Ingest ``records`` with CACHE_ROWS ``bound`` and ROWS_KEPT ``rows_kept``: the assignments, the
    counting store, and the most articles held at a batch's end (all, and those with a vector).

    After every batch the writer's articles are in the order of the batch that used each last, oldest first:
    a trim past CACHE_ROWS sorted, walked and copied every article the writer held (~13 CPU-ms, every ~3
    batches past 36k on the 50k stream); the writer now keeps them in batch order, so a trim reads only the
    prefix it drops. (A test of its own wrote the 480-article stream once more for that: 2.7 CPU-s, load ~20;
    the bounded runs below trim, and the stories are the unbounded writer's.)"""
    from storylens.stream import _lazy

    monkeypatch.setattr(_lazy, "CACHE_ROWS", bound)
    monkeypatch.setattr(_lazy, "ROWS_KEPT", rows_kept)
    held: list[tuple[int, int]] = []
    take = _lazy.StoreClusterer.take_delta

    def taking(self, **kw):
        out = take(self, **kw)
        stamps = list(self._used.values())
        assert stamps == sorted(stamps), f"batch {self._batches}: the articles held are not in batch order"
        with_vectors = _vectors_held(self)
        if len(with_vectors) > bound:  # only when this batch alone used more than the bound
            assert all(self._used[a] == self._batches for a in with_vectors)
        held.append((len(self._rows), len(with_vectors)))
        return out

    monkeypatch.setattr(_lazy.StoreClusterer, "take_delta", taking)
    store = _Reads(open_store(str(tmp_path / f"{name}.db")))
    stream.ingest(records, store, embedder=embedder, batch_size=16)
    assigned = _assigned(store)
    store.close()
    return assigned, store, max(h for h, _ in held), max(v for _, v in held)


@pytest.fixture(scope="module")
def unbounded(tmp_path_factory, hashing_embedder) -> tuple[dict, _Reads, int, int]:
    """The 480-article town stream written by a writer that never forgets (CACHE_ROWS and ROWS_KEPT 10**6): what
    the two bounded writers below are compared with, written once per worker (each test wrote it itself: 5.7 and
    4.8 CPU-s for the two in the suite, load 11; a module fixture puts both on one worker)."""
    with pytest.MonkeyPatch.context() as patch:
        return _bounded_run(tmp_path_factory.mktemp("unbounded"), patch, hashing_embedder, "kept", 10**6, 10**6,
                            _town_stream(480))


def test_a_writer_past_its_cache_bound_keeps_what_it_used_last(tmp_path, hashing_embedder, monkeypatch, unbounded):
    """Past CACHE_ROWS held articles the writer dropped everything it held, so the batches after it
    read their neighbours and stories back from the store (at 100k, every few batches: the
    per-batch cost grew). Then it forgot what it used longest ago, down to 90% of the bound; now it
    drops only those articles' vectors and keys, and keeps their place (story, date, position) to
    ROWS_KEPT: the stories are the same, the vectors it holds stay bounded, and it reads back no
    article row a writer that never forgets would not read."""
    kept, kept_reads, _, _ = unbounded
    bounded, reads, rows, vectors = _bounded_run(tmp_path, monkeypatch, hashing_embedder, "bounded", 400, 10**6,
                                                 _town_stream(480))
    assert bounded == kept and len({s for s, _, _ in kept.values()}) > 30
    assert reads.articles_read == kept_reads.articles_read and reads.rows < 2 * kept_reads.rows
    assert vectors <= 400 < rows


def test_a_writer_past_rows_kept_forgets_what_it_used_longest_ago(tmp_path, hashing_embedder, monkeypatch,
                                                                   unbounded):
    # Past ROWS_KEPT articles whose place is held, the writer forgets the rows it used longest ago
    # too (read back from the store when named again); the stories are the same.
    # Forgetting down to half the bound made every batch after it read back neighbours it had
    # just dropped (the 100k stream's 2k blocks jumped from 6.8 to 8.3-9.8 CPU-s at 30k); the
    # writer trims to the 90% it used last (their vectors; past ROWS_KEPT the rows too). Both on one
    # stream (a test of its own wrote the same 480 articles with the same bounds again: ~2 CPU-s, load 12).
    from storylens.stream import _lazy

    asked: dict[str, list[int]] = {"_evict": [], "_drop_vectors": []}

    def trimming(name: str):
        trim = getattr(_lazy.StoreClusterer, name)

        def noted(self, size):
            asked[name].append(size)
            return trim(self, size)

        return noted

    for name in asked:
        monkeypatch.setattr(_lazy.StoreClusterer, name, trimming(name))
    kept, kept_reads, _, _ = unbounded
    bounded, reads, rows, _ = _bounded_run(tmp_path, monkeypatch, hashing_embedder, "bounded", 300, 400,
                                           _town_stream(480))
    assert bounded == kept
    assert rows <= 400 and reads.articles_read > kept_reads.articles_read  # vectors: checked in _bounded_run
    assert set(asked["_evict"]) == {270} and set(asked["_drop_vectors"]) == {270}


def test_the_kept_share_never_holds_more_than_the_bound_for_a_tie():
    # Kept: the articles used since the batch of the size-th used last. A batch uses up to ~3,000
    # articles, so its ties could keep more than the bound: that batch goes, unless the last
    # batch alone used more than the bound (then it alone is kept).
    from storylens.stream._lazy import _since

    stamps = {f"a{i}": 1 + i // 10 for i in range(100)}  # ten articles per batch, batches 1-10
    assert _since(stamps, stamps, 45) == 6  # the 45th used last is in batch 6: keep 6-10 (50)
    assert _since(stamps, stamps, 45, limit=48) == 7  # 50 > 48: batch 6's ties go (40 kept)
    assert _since(stamps, stamps, 45, limit=60) == 6
    big = {f"a{i}": 9 if i < 80 else 10 for i in range(100)}  # the last batch used 20, the one before 80
    assert _since(big, big, 15, limit=10) == 10  # the last batch alone is more than the bound: kept


def test_the_kept_share_read_in_batch_order_is_the_kept_share():
    # _since_in_order reads the oldest stamps of a dict kept in batch order; it must name the same
    # batch as _since, which sorts them all, for any sizes and bounds (ties, a last batch above the bound).
    import random

    from storylens.stream._lazy import _since, _since_in_order

    rnd = random.Random(4)
    for _ in range(300):
        batches = rnd.randint(1, 12)
        stamps = {f"a{i}": b for i, b in enumerate(sorted(rnd.randint(1, batches) for _ in range(rnd.randint(0, 60))))}
        size = rnd.randint(1, 70)
        for limit in (None, size, size + rnd.randint(0, 10), rnd.randint(1, 70)):
            assert _since_in_order(stamps, size, limit) == _since(stamps, stamps, size, limit)
    stamps = {f"a{i}": 1 + i // 10 for i in range(100)}
    assert (_since_in_order(stamps, 45), _since_in_order(stamps, 45, 48), _since_in_order(stamps, 45, 60)) == (6, 7, 6)


class _StoryReads:
    """A store that counts the writer's reads of stories (their rows, members, norms) and key frequencies."""

    def __init__(self, store):
        self._store = store
        self.calls: list[str] = []

    def __getattr__(self, name):
        if name in ("story_rows", "story_members", "story_norms", "entity_df"):
            self.calls.append(name)
        return getattr(self._store, name)


def test_a_database_emptied_and_written_again_gives_a_new_ones_stories(request, hashing_embedder):
    # The cause of the batched/one-by-one test's one failure below (stop 44: one article's best candidate 0.51
    # against 0.55): its databases are reused test databases, emptied with their numbers restarted, and the
    # window copy an earlier test's writer kept on this machine (store._window_file) was read back by the first
    # ingest's writer, found not to match and left, but that writer then kept its own rows behind the old
    # copy's (other vectors under the same article numbers); the second ingest's writer used that copy.
    import psycopg

    databases = request.getfixturevalue("pg_databases")
    records = _town_stream(192)
    taken = [databases.take() for _ in range(2)]
    out = []
    try:
        for i, name in enumerate(taken):
            url = databases.url(name)
            if i == 0:  # another stream's copy kept, then the database emptied as a reused one is
                # (40 articles, not 120, suite70: any copy whose numbers the new rows reuse shows the bug; with
                # b29f5151's fix undone -- WindowFile.read holding what it read -- 120, 40 and 16 all fail)
                store = open_store(url)
                stream.ingest(_town_stream(40, seed=9), store, embedder=hashing_embedder)
                store.close()
                with psycopg.connect(url, autocommit=True) as db:
                    tables = [r[0] for r in db.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                                                       " AND tablename <> 'migrations'")]
                    db.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")
            store = open_store(url)
            stream.ingest(records[:160], store, embedder=hashing_embedder)
            stream.ingest(records[160:], store, embedder=hashing_embedder)  # its writer reads the kept copy
            out.append(_assigned(store))
            store.close()
    finally:
        for name in taken:
            databases.give_back(name)
    assert len({s for s, _, _ in out[1].values()}) > 20
    assert out[0] == out[1]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_batch_reads_the_stories_of_its_neighbours_in_one_go(backend, tmp_path, hashing_embedder, request,
                                                               monkeypatch):
    # A fresh writer read each new article's neighbours' stories as it came to it: rows, norms, members
    # and key frequencies, ~4 queries an article (~120 for 32 articles into an 8k store, each a round
    # trip on PostgreSQL). They are read for the batch first; the stories are the same as read one by one.
    from storylens.stream import _lazy

    records = _town_stream(200)
    databases = request.getfixturevalue("pg_databases") if backend == "postgresql" else None
    taken = [databases.take() for _ in range(2)] if databases is not None else []
    out = []
    try:
        for i, (name, ahead) in enumerate((("batched", True), ("one_by_one", False))):
            if not ahead:
                monkeypatch.setattr(_lazy.StoreClusterer, "_prefetch_stories", lambda self, arts: None)
            store = open_store(databases.url(taken[i]) if databases is not None else str(tmp_path / f"{name}.db"))
            stream.ingest(records[:160], store, embedder=hashing_embedder)
            counted = _StoryReads(store)
            stream.ingest(records[160:192], counted, embedder=hashing_embedder)  # one batch into the stored 160
            out.append((_assigned(store), counted.calls))
            store.close()
    finally:
        for name in taken:
            databases.give_back(name)
    (batched, calls), (one_by_one, calls_one) = out
    # Failed once in a full run at load ~25 (stop 44, perf44): its reused databases' kept window copies, see
    # test_a_database_emptied_and_written_again_gives_a_new_ones_stories (stop 45). The differing assignments in
    # full (an assert's explanation is cut to 8 lines), to say which read differed if it comes back.
    if batched != one_by_one:
        differ = {k: (v, one_by_one.get(k)) for k, v in batched.items() if one_by_one.get(k) != v}
        lines = [f"{k}: {a}\n  vs {b}" for k, (a, b) in differ.items()]
        pytest.fail(f"batched != one by one (databases {taken}):\n" + "\n".join(lines))
    assert len({s for s, _, _ in batched.values()}) > 20
    assert calls.count("story_rows") == 1 and len(calls_one) > 3 * len(calls), (calls, calls_one)
