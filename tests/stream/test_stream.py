"""The stream pipeline on small real-looking inputs: ingest, idempotency, near-duplicates, corrections."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from storylens import stream
from storylens.errors import InputError
from storylens.report import validate
from storylens.store import SQLiteStore

from ..conftest import SEEDS

STREAM = Path(__file__).parents[1] / "data" / "stream"
SEEDS_DIR = SEEDS  # the two seed articles ship with the repository (../shared is not on a fresh clone: break58 F3)


def _by_name(store):
    return {a.source.split("/")[-1]: a for a in store.articles()}


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, embedder):
    """One ingest of every fixture, shared by the read-only tests below."""
    path = tmp_path_factory.mktemp("batch") / "s.db"
    store = SQLiteStore(path)
    events = []
    report = stream.ingest_paths([str(STREAM)], store, embedder=embedder, progress=events.append, batch_size=4)
    yield store, report, events
    store.close()


def test_report_counts_every_record(ingested):
    store, report, events = ingested
    assert len(report.added) == 10
    assert len(report.near_duplicates) == 1
    assert len(report.exact_duplicates) == 1  # truncated.warc.gz repeats pages.warc.gz#2
    # Non-HTML WARC records (an image/png in each archive) are counted as skipped, with their kind.
    assert {Path(s.source).name for s in report.skipped} == {
        "README.md", ".hidden.txt", "pages.warc.gz#4", "truncated.warc.gz#4"}
    assert len(report.failed) == 7 and not report.ok
    assert events[-1].done == len(report.added) + 1 + 1 + 4 + 7
    assert "added 10 articles" in report.summary()
    assert store.stats()["failed"] == 7 and store.stats()["skipped"] == 4


def test_near_duplicate_is_linked_not_counted(ingested):
    store, _report, _ = ingested
    arts = _by_name(store)
    copy, original = arts["ferry_copy.txt"], arts["feed.rss#1"]
    assert copy.duplicate_of == original.id and "shingle overlap" in copy.duplicate_reason
    assert copy.id not in store.assignments()
    story = next(s for s in store.stories() if original.id in {a.id for a in s.articles})
    assert [a.id for a in story.articles] == [original.id] and story.duplicates == 1


def test_same_story_across_languages_and_unrelated_apart(ingested):
    store, _, _ = ingested
    arts = _by_name(store)
    assigned = store.assignments()
    en, de = arts["articles.jsonl#1"], arts["articles.jsonl#2"]
    assert assigned[en.id].story == assigned[de.id].story
    assert "joined" in assigned[de.id].reason
    others = {assigned[arts[n].id].story for n in ("museum.html", "feed.atom#1", "pages.warc.gz#2", "feed.rss#2")}
    assert len(others) == 4 and assigned[en.id].story not in others
    assert de.language == "de" and de.external_id == "wire-002" and de.outlet == "Kölner Blatt"


def test_stories_payload_follows_the_schema(ingested):
    store, _, _ = ingested
    page = stream.list_stories(store)
    payload = page.to_dict()
    validate(payload, "stories")
    assert page.total == len(page.stories) == len(store.stories())
    assert [s.id for s in stream.list_stories(store, limit=2, offset=1).stories] == [s.id for s in page.stories[1:3]]
    rhine = next(s for s in payload["stories"] if len(s["articles"]) == 2)
    assert rhine["languages"] == ["de", "en"] and rhine["first_seen"] == "2024-06-03"
    assert {a["external_id"] for a in rhine["articles"]} == {"wire-001", "wire-002"}
    assert all("#" in a["source"] for a in rhine["articles"])


def test_story_payload_and_search(ingested, embedder):
    store, _, _ = ingested
    rhine = next(s for s in store.stories() if len(s.articles) == 2)
    view = stream.get_story(store, rhine.id[:6])
    payload = view.to_dict()
    validate(payload, "story")
    assert payload["coverage"]["languages"] == {"de": 1, "en": 1}
    assert [t["date"] for t in payload["timeline"]] == ["2024-06-03", "2024-06-03"]
    md = stream.render_story(payload, "markdown")
    assert "## Blindspots" in md and rhine.id in md
    json.loads(stream.render_story(payload, "json"))
    hits = stream.search(store, "Hochwasser Köln", embedder=embedder, limit=3)
    validate(hits.to_dict(), "search")
    assert {h.article.id for h in hits.results[:2]} == {a.id for a in rhine.articles}
    assert all(h.story == rhine.id for h in hits.results[:2])
    semantic = stream.search(store, "glacier ice melting in Switzerland", embedder=embedder, limit=1)
    assert semantic.results[0].article.title.startswith("Glacier")


def test_second_run_changes_nothing(ingested, embedder):
    store, _, _ = ingested
    before = (store.stats(), store.assignments(), store.load_state())
    again = stream.ingest_paths([str(STREAM)], store, embedder=embedder)
    assert again.added == () and again.near_duplicates == () and again.already_stored == 12  # 11 + the truncated WARC copy
    assert (store.stats(), store.assignments(), store.load_state()) == before


def test_ids_and_story_ids_are_stable_across_stores(ingested, embedder, tmp_path):
    store, _, _ = ingested
    other = SQLiteStore(tmp_path / "other.db")
    stream.ingest_paths([str(STREAM)], other, embedder=embedder, batch_size=32)
    assert {a.id for a in other.articles()} == {a.id for a in store.articles()}
    assert {k: v.story for k, v in other.assignments().items()} == {k: v.story for k, v in store.assignments().items()}
    other.close()


def test_blindspots_name_outlets_that_covered_related_stories(tmp_path, embedder):
    lines = [
        {"id": "a", "outlet": "North Post", "published": "2024-05-01", "title": "Zelmora dam project approved",
         "text": "Officials in Zelmora approved the Varnek dam project on the Oskel river on Wednesday."},
        {"id": "b", "outlet": "South Herald", "published": "2024-05-01", "title": "Varnek dam gets green light",
         "text": "The Zelmora council gave the Varnek dam on the Oskel river its final approval on Wednesday."},
        {"id": "c", "outlet": "North Post", "published": "2024-09-20", "title": "Protest against Zelmora dam",
         "text": "Thousands of people marched in Zelmora against flooding of valleys for the Varnek dam on the Oskel river. "
                 "Farmers said the reservoir would swallow their fields."},
    ]
    path = tmp_path / "dam.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    store = SQLiteStore(tmp_path / "s.db")
    # Four months apart: with a 60-day gap limit the protest is a story of its own.
    stream.ingest_paths([str(path)], store, embedder=embedder, clusterer_params={"max_gap_days": 60})
    ids = {a.external_id: a.id for a in store.articles()}
    protest = store.assignments()[ids["c"]].story
    approval = store.assignments()[ids["a"]].story
    assert protest != approval
    spots = stream.story_blindspots(store, protest, min_shared=2)
    assert (spots[0].kind, spots[0].value) == ("outlet", "South Herald")
    assert {"oskel", "varnek", "zelmora"} <= set(spots[0].shared_entities)
    store.close()


def test_corrections_persist_and_are_reapplied(tmp_path, embedder):
    shutil.copy(STREAM / "articles.jsonl", tmp_path / "a.jsonl")
    shutil.copy(STREAM / "feed.atom", tmp_path / "b.atom")
    path = tmp_path / "s.db"
    store = SQLiteStore(path)
    stream.ingest_paths([str(tmp_path)], store, embedder=embedder)
    arts = _by_name(store)
    story = lambda name: store.assignments()[arts[name].id].story
    rhine, chip, glacier = story("a.jsonl#1"), story("a.jsonl#6"), story("b.atom#1")

    merged = stream.merge_stories(store, rhine, chip)
    assert story("a.jsonl#6") == story("a.jsonl#1") == merged
    new = stream.split_story(store, merged, [arts["a.jsonl#2"].id[:8]])  # a prefix is enough
    assert story("a.jsonl#2") == new != story("a.jsonl#1")
    target = stream.move_article(store, "wire-004", glacier).story  # by external id
    assert story("a.jsonl#6") == target == story("b.atom#1")
    assert "user correction (move)" in store.assignments()[arts["a.jsonl#6"].id].reason
    assert [op for _, op, _ in store.corrections()] == ["merge", "split", "move"]
    after = {k: v.story for k, v in store.assignments().items()}
    store.close()

    store = SQLiteStore(path)  # persisted, and survive a re-cluster from scratch
    assert {k: v.story for k, v in store.assignments().items()} == after
    stream.rebuild_stories(store)
    assert {k: v.story for k, v in store.assignments().items()} == after
    # A re-run of the same input does not undo the corrections.
    stream.ingest_paths([str(tmp_path / "a.jsonl")], store, embedder=embedder)
    assert {k: v.story for k, v in store.assignments().items()} == after
    with pytest.raises(InputError, match="unknown story"):
        stream.merge_stories(store, "S-nope", rhine)
    store.close()


def test_content_id_ignores_case_and_whitespace():
    assert stream.content_id("The  Ferry\nresumed.") == stream.content_id("the ferry resumed.")
    assert stream.content_id("The ferry resumed.") != stream.content_id("The ferry stopped.")


def test_worker_processes_give_the_same_stories(tmp_path, embedder):
    from storylens.stream._profile import StageTimes
    from storylens.stream.prepare import start_workers

    from ..conftest import SEEDS

    results, times = [], {1: StageTimes(), 2: StageTimes(), 3: StageTimes()}
    for run, workers in ((1, 1), (2, 2), (3, 2)):
        # the third run's processes started before the store opened, as `storylens ingest` starts them
        pool = start_workers(embedder, workers) if run == 3 else None
        store = SQLiteStore(tmp_path / f"r{run}.db")
        report = stream.ingest_paths([str(SEEDS), str(STREAM / "articles.jsonl")], store, embedder=embedder,
                              workers=workers, batch_size=8, times=times[run], pool=pool)
        results.append(sorted(f.reason for f in report.failed))  # the fixture has bad lines on purpose
        results.append({a.id: store.assignments()[a.id].story for a in store.articles() if a.duplicate_of is None})
        store.close()
    assert results[0:2] == results[2:4] == results[4:6] and len(results[1]) >= 4
    assert times[3].worker_processes == 2 and "wait for workers" in times[3].rows()
    # --profile's stages: the map step ran here with one worker process, in the workers with two
    per_article = {"prepare (clean, language, lead)", "embed", "entity keys"}
    committing = {"read", "content ids", "nearest stored", "near-duplicates", "cluster", "store write"}
    assert per_article | committing <= set(times[1].rows()) and "wait for workers" not in times[1].rows()
    assert {times[1].where[s] for s in per_article} == {"main"}
    assert {times[2].where[s] for s in per_article} <= {"workers", "both"}  # a last batch too small to split runs here
    assert times[2].cpu["embed"] > 0 and times[2].worker_processes == 2 and "wait for workers" in times[2].rows()
    assert "cores busy" in times[2].table(len(results[1]), 1.0)


def test_a_restored_clusterer_decides_exactly_like_the_live_one(tmp_path, embedder):
    """Three runs (the clusterer reading its state back from rows twice) = one run."""
    parts = [str(STREAM / "articles.jsonl"), str(STREAM / "feed.atom"), str(STREAM / "feed.rss"), str(SEEDS_DIR)]
    one = SQLiteStore(tmp_path / "one.db")
    stream.ingest_paths(parts, one, embedder=embedder, batch_size=4)
    three = SQLiteStore(tmp_path / "three.db")
    for n in (1, 3, 4):
        stream.ingest_paths(parts[:n], three, embedder=embedder, batch_size=4)
    detail = lambda s: {k: (v.story, v.score, v.reason) for k, v in s.assignments().items()}
    rows = lambda s: (s.cluster_counters(), s.entity_df(sorted({k for ks in s.entities().values() for k in ks})))
    assert detail(three) == detail(one) and three.load_state() == one.load_state() and rows(three) == rows(one)
    assert not (tmp_path / "three.db.cluster.hnsw").exists()  # one vector index: the store's
    one.close()
    three.close()


def test_the_rows_hold_what_the_in_memory_clusterer_holds(tmp_path, embedder):
    """The stories a writer loads from rows equal the bulk in-memory restore of every article, bit for bit."""
    from storylens.stream import load_clusterer

    store = SQLiteStore(tmp_path / "s.db")
    stream.ingest_paths([str(STREAM / "articles.jsonl"), str(SEEDS_DIR)], store, embedder=embedder, batch_size=4)
    full, lazy = load_clusterer(store, full=True), load_clusterer(store)
    assert len(lazy._ids) == len(full._ids) and lazy._ord_range == full._ord_range
    for sid, st in full.stories_.items():
        got = lazy.stories_[sid]
        assert (got.members, got.first_date, got.last_date, got.created, got.norm_cache) == \
               (st.members, st.first_date, st.last_date, full._pos[st.members[0]], st.norm_cache)
        assert got.vector_sum.tobytes() == st.vector_sum.tobytes()
        assert dict(got.entity_counts) == dict(st.entity_counts) and dict(got.languages) == dict(st.languages)
    assert all(lazy.entity_df_.get(k) == n for k, n in full.entity_df_.items())
    store.close()


def test_prepared_batches_committed_elsewhere_give_the_same_stories(tmp_path, embedder):
    """The engine-neutral split: prepare_batch (the map step) anywhere, commit (ordered) here."""
    from storylens.ingest.walk import iter_records
    from storylens.models import RawDocument

    paths = [str(STREAM / "articles.jsonl"), str(STREAM / "feed.atom"), str(SEEDS_DIR)]
    reference = SQLiteStore(tmp_path / "ref.db")
    stream.ingest_paths(paths, reference, embedder=embedder, batch_size=8)
    raws = [r for r in iter_records(paths) if isinstance(r, RawDocument)]
    batches = [stream.prepare_batch(raws[i:i + 8], embedder) for i in range(0, len(raws), 8)]
    store = SQLiteStore(tmp_path / "split.db")
    report = stream.commit(batches, store)
    again = stream.commit(batches, store)  # committing the same batches twice changes nothing
    detail = lambda s: {k: (v.story, v.score, v.reason) for k, v in s.assignments().items()}
    assert detail(store) == detail(reference) and len(report.added) >= 5
    assert again.added == () and again.already_stored == len(report.added) + len(report.near_duplicates)
    reference.close()
    store.close()


def test_a_store_from_before_the_row_state_is_upgraded_and_decides_the_same(tmp_path, embedder):
    """A schema-4 store (clusterer state: settings and norms only) migrates to per-story rows in SQL,
    and the next ingest decides as if the store had always had them."""
    import sqlite3

    parts = [str(STREAM / "articles.jsonl"), str(SEEDS_DIR)]
    one = SQLiteStore(tmp_path / "one.db")
    stream.ingest_paths(parts, one, embedder=embedder, batch_size=4)
    old = SQLiteStore(tmp_path / "old.db")
    stream.ingest_paths(parts[:1], old, embedder=embedder, batch_size=4)
    old.close()
    db = sqlite3.connect(tmp_path / "old.db")  # back to schema 4
    for sql in [("CREATE TABLE entities (article_id TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (article_id, key))"
                 " WITHOUT ROWID"), "CREATE INDEX entities_key ON entities(key)",
                "INSERT INTO entities SELECT a.id, e.key FROM entity_index e JOIN articles a ON a.num = e.num",
                "DROP TABLE entity_index", "ALTER TABLE articles DROP COLUMN keys", "DROP TABLE story_state",
                "DROP TABLE story_keys",
                "DROP TABLE entity_df", "ALTER TABLE assignments DROP COLUMN pos",
                "DELETE FROM meta WHERE key = 'cluster_counters'",
                # migration 9's bigram view and column; a schema-4 index keeps token positions
                "DROP TABLE article_fts", "DROP VIEW article_fts_content", "ALTER TABLE articles DROP COLUMN cjk",
                "ALTER TABLE articles DROP COLUMN spelled",  # migration 11's Latin spellings
                "ALTER TABLE articles DROP COLUMN published_at",  # migration 12's publication moments
                "ALTER TABLE articles DROP COLUMN plain",  # migration 13's plain texts
                "DROP TABLE copy_keys",  # migration 14's copy keys
                "DROP TABLE opening_events",  # migration 15's opening events
                "DROP TABLE verdict_readings",  # migration 16's verdict readings
                ("CREATE VIRTUAL TABLE article_fts USING fts5(title, text, content='articles', content_rowid='num',"
                 " tokenize='unicode61 remove_diacritics 2')"),
                "INSERT INTO article_fts(article_fts) VALUES ('rebuild')",
                "DELETE FROM migrations WHERE version >= 5"]:
        db.execute(sql)
    db.commit()
    db.close()
    old = SQLiteStore(tmp_path / "old.db")
    assert old.schema_version() == SQLiteStore(tmp_path / "one.db").schema_version()
    stream.ingest_paths(parts, old, embedder=embedder, batch_size=4)
    detail = lambda s: {k: (v.story, v.score, v.reason) for k, v in s.assignments().items()}
    assert detail(old) == detail(one) and old.cluster_counters() == one.cluster_counters()
    one.close()
    old.close()


def test_ingest_paths_needs_no_embedder_argument(tmp_path):
    # The README's call, as written: the cached USE encoder is the default (was a TypeError).
    from storylens.store import open_store
    from storylens.stream import ingest_paths

    from ..conftest import SEEDS

    with open_store(str(tmp_path / "s.db")) as store:
        report = ingest_paths([str(SEEDS)], store)
    assert len(report.added) == 2


def test_a_dateline_is_not_the_story_title_and_gives_the_date(tmp_path, embedder):
    # "Berlin, 14 March 2024." was the story's title (and a lead sentence), and the story had no date.
    (tmp_path / "fire.txt").write_text(
        "Berlin, 14 March 2024.\nA large fire destroyed a warehouse in the east of Berlin on Thursday night. "
        "About 120 firefighters fought the blaze for more than ten hours, the fire brigade said.\n", encoding="utf-8")
    store = SQLiteStore(tmp_path / "s.db")
    stream.ingest_paths([str(tmp_path / "fire.txt")], store, embedder=embedder)
    (story,) = stream.list_stories(store).stories
    assert story.title.startswith("A large fire destroyed a warehouse")
    assert (story.first_seen or "")[:10] == "2024-03-14"
    store.close()


def test_refine_moves_are_labelled_as_the_refine_pass_not_a_user_correction():
    from storylens.store.base import AssignmentRecord
    from storylens.stream.corrections import _corrected

    old = AssignmentRecord("a1", "S-1", 0.4, False, None, (), "joined S-1: score 0.40")
    refined = _corrected(old, "a1", "S-2", "refine").reason
    assert refined.startswith("refine pass: now in S-2") and "user" not in refined and "was: joined S-1" in refined
    assert _corrected(None, "a1", "S-2", "move").reason == "user correction (move): now in S-2"


def test_an_oversized_jsonl_record_fails_alone_and_the_others_are_committed(tmp_path, embedder):
    """A 12 MB record (over the 10 MB limit of one .txt article) stalled the whole ingest; now it is one failure."""
    good = [json.loads(x) for x in (STREAM / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:2]]
    path = tmp_path / "bigline.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(json.dumps(good[0]) + "\n")
        fh.write(json.dumps({"id": "g2", "text": "word " * 2_400_000}) + "\n")
        fh.write(json.dumps(good[1]) + "\n")
    with SQLiteStore(tmp_path / "s.db") as store:
        report = stream.ingest_paths([str(path)], store, embedder=embedder)
        assert len(report.added) == 2
        [failed] = report.failed
        assert failed.source.endswith("bigline.jsonl#2") and "10 MB limit" in failed.reason and "split" in failed.reason
        assert sorted(a.external_id for a in store.articles()) == ["wire-001", "wire-002"]


def test_a_long_record_is_stored_whole_and_analysed_as_far_as_compare_reads(tmp_path, embedder):
    from storylens.stream.prepare import ANALYSED_CHARS

    good = json.loads((STREAM / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])
    text = good["text"] + "\n\n" + "\n\n".join(f"Paragraph {i} names Zwickau{i} in a long appendix." for i in range(4000))
    assert len(text) > 1.5 * ANALYSED_CHARS
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({**good, "text": text}) + "\n", encoding="utf-8")
    with SQLiteStore(tmp_path / "s.db") as store:
        report = stream.ingest_paths([str(path)], store, embedder=embedder)
        [article] = store.articles()
        keys = store.entities([article.id])[article.id]
    assert len(report.added) == 1 and article.text == text  # the stored text is honest: all of it
    [warning] = [w for w in article.metadata.get("warnings", []) if w.startswith("long text")]
    assert f"{len(text):,}" in warning and f"{ANALYSED_CHARS:,}" in warning
    assert "zwickau1" in keys and "zwickau3999" not in keys  # keys read the first ANALYSED_CHARS characters
    assert not article.plain  # cut: near-duplicate checks clean its first characters again


def test_a_stored_text_is_plain_only_when_its_shingles_are_its_cleaned_texts(ingested, tmp_path, embedder):
    # stream.dedup shingles a plain stored text without cleaning it again: the same shingles.
    from storylens.stream.dedup import article_text, shingles

    good = json.loads((STREAM / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])
    path = tmp_path / "menu.jsonl"
    path.write_text(json.dumps({**good, "id": "menu", "text": "Sections  News  Sports  Opinion  Subscribe\n\n"
                                + good["text"]}) + "\n", encoding="utf-8")
    with SQLiteStore(tmp_path / "s.db") as store:
        stream.ingest_paths([str(path)], store, embedder=embedder)
        [menu] = store.articles()
    assert not menu.plain  # its menu line is cleaned away
    articles = [*ingested[0].articles(), menu]
    assert sum(a.plain for a in articles) >= 10
    for a in articles:
        assert (shingles(a.text) == shingles(article_text(a.text))) >= a.plain, a.source


def test_ingest_raises_the_collectors_thresholds_while_it_runs_and_gives_them_back(tmp_path, hashing_embedder):
    # as the command line sets them for its whole run (storylens._gc): a library caller's ingest collects less
    import gc

    from storylens._gc import THRESHOLDS
    from storylens.models import RawDocument

    saved = gc.get_threshold()
    seen = []
    try:
        gc.set_threshold(700, 10, 10)
        with SQLiteStore(tmp_path / "s.db") as store:
            stream.ingest([RawDocument("a.txt", "The Kos ferry ran aground on Monday, the coast guard said.")], store,
                          embedder=hashing_embedder, progress=lambda *a, **k: seen.append(gc.get_threshold()))
        assert seen and all(t == THRESHOLDS for t in seen)
        assert gc.get_threshold() == (700, 10, 10)
    finally:
        gc.set_threshold(*saved)
