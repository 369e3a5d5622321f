"""Story ids as users type them: a prefix resolves as the full id does (a retired one too), a correction
resolves each id once and says whether it changed anything. Both backends, hashing embedder."""

from __future__ import annotations

import os.path
from pathlib import Path

import pytest

from storylens import stream
from storylens.errors import InputError

STREAM = Path(__file__).parents[1] / "data" / "stream"


@pytest.fixture
def store(any_store, hashing_embedder):
    stream.ingest_paths([str(STREAM / "articles.jsonl"), str(STREAM / "feed.atom")], any_store, embedder=hashing_embedder)
    return any_store


def _story_of(store, external_id: str) -> str:
    aid = store.find_articles(external_id)[0]
    return store.assignments([aid])[aid].story


def _unique_prefix(store, story: str) -> str:
    """The shortest prefix of ``story`` that no other id, current or retired, starts with."""
    others = [s for s in store.story_ids() + store.retired_story_ids() if s != story]
    shared = max(len(os.path.commonprefix([story, o])) for o in others)
    return story[: shared + 1]


def test_a_retired_ids_prefix_resolves_as_the_full_id(store):
    # A new-user trial: `storylens story <prefix of a merged-away id>` said "unknown story id",
    # while the full id resolved.
    a, b = _story_of(store, "wire-001"), _story_of(store, "wire-004")
    kept = stream.merge_stories(store, a, b)
    gone = b if kept == a else a
    full = stream.get_story(store, gone)
    prefix = _unique_prefix(store, gone)
    assert len(prefix) < len(gone)
    for typed in (prefix, prefix[2:]):  # with and without "S-"
        view = stream.get_story(store, typed)
        assert view.id == full.id == kept and view.resolution.steps == full.resolution.steps == ((gone, kept, "merge"),)
        assert view.resolution.requested == typed and gone in view.resolution.note
    # corrections take it too, and say whether they changed anything (the feed's first entry is another
    # story; wire-002, the German report of wire-001's flood, is in wire-001's story since trial 15)
    other = "urn:uuid:0b2f6c8a-3d41-4c5e-8f0e-7c9b1a2d3e41"
    moved = stream.move_article(store, other, prefix)
    assert moved == stream.MoveResult(store.find_articles(other)[0], kept, True)
    recorded = len(store.corrections())
    assert stream.move_article(store, other, prefix).moved is False  # already there
    assert len(store.corrections()) == recorded
    # A prefix of a current and a retired id is ambiguous, and says which one is retired.
    current = max(store.story_ids(), key=lambda s: len(os.path.commonprefix([gone, s])))
    shared = os.path.commonprefix([gone, current])
    with pytest.raises(InputError, match=rf"ambiguous story id .*{gone} \(retired\)"):
        stream.get_story(store, shared)
    if len(shared) > 2:  # the ids share more than "S-" (the usual case is 1 in 16 per extra character)
        with pytest.raises(InputError, match="ambiguous"):
            stream.move_article(store, other, shared)


def test_the_web_resolves_a_retired_id_once_for_a_correction(store, monkeypatch):
    pytest.importorskip("fastapi")
    from storylens.stream import corrections, queries
    from storylens.web import StorySource

    a, b = _story_of(store, "wire-001"), _story_of(store, "wire-004")
    kept = stream.merge_stories(store, a, b)
    gone = b if kept == a else a
    calls: list[str] = []
    resolve = queries.resolve_story

    def counted(s, story):
        calls.append(story)
        return resolve(s, story)

    monkeypatch.setattr(stream, "resolve_story", counted, raising=False)
    monkeypatch.setattr(corrections, "resolve_story", counted)
    source = StorySource(store.url, semantic=False)
    try:
        assert source._live(gone) == kept
    finally:
        source.close()
    assert calls == [gone]


def test_the_cli_merge_resolves_each_id_once(store, monkeypatch):
    from typer.testing import CliRunner

    from storylens.cli import app
    from storylens.stream import corrections, queries

    a, b = _story_of(store, "wire-001"), _story_of(store, "wire-004")
    calls: list[str] = []
    resolve = queries.resolve_story

    def counted(s, story):
        calls.append(story)
        return resolve(s, story)

    monkeypatch.setattr(queries, "resolve_story", counted)
    monkeypatch.setattr(corrections, "resolve_story", counted)
    merged = CliRunner().invoke(app, ["story", "merge", a[:-1], b[:-1], "--db", store.url])
    assert merged.exit_code == 0, merged.output
    assert merged.output.split()[-1] in (a, b) and calls == [a[:-1], b[:-1]]


def test_merging_an_older_one_article_story_with_a_stored_story_keeps_every_article(tmp_path, hashing_embedder):
    # final32: "merged into S-…" and nothing moved: the older story (one article, a plain list of members)
    # was kept, and "+" with the stored story's lazily read members copied none of them
    from storylens.store import open_store

    db = str(tmp_path / "s.db")
    with open_store(db) as store:
        stream.ingest_paths([str(STREAM / "feed.atom")], store, embedder=hashing_embedder)
        stream.ingest_paths([str(STREAM / "articles.jsonl")], store, embedder=hashing_embedder)
    with open_store(db) as store:  # reopened: the stored stories are read lazily, as by the CLI
        order = [a.id for a in store.articles() if a.duplicate_of is None]
        members = {s: [a for a, _ in rows] for s, rows in store.story_members(store.story_ids()).items()}
        single = min((s for s, m in members.items() if len(m) == 1), key=lambda s: order.index(members[s][0]))
        multi = next(s for s, m in members.items() if len(m) > 1)
        assert order.index(members[single][0]) < min(order.index(a) for a in members[multi])
        kept = stream.merge_stories(store, multi, single)
        assert kept == single
        after = {s: {a for a, _ in rows} for s, rows in store.story_members([kept]).items()}
        assert after[kept] == set(members[single]) | set(members[multi])
        assert multi not in store.story_ids()
