"""`storylens stories --refine --judge similarity` on a store: ids stay, corrections hold, the log says refine."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from storylens import stream
from storylens.errors import InputError
from storylens.store import SQLiteStore
from storylens.stream.corrections import refine_stories

STREAM = Path(__file__).parents[1] / "data" / "stream"


def _ingested(tmp_path, embedder):
    """The small test stream in a new store: the store, its articles by source name, and a function
    giving an article's current story."""
    shutil.copy(STREAM / "articles.jsonl", tmp_path / "a.jsonl")
    store = SQLiteStore(tmp_path / "s.db")
    stream.ingest_paths([str(tmp_path)], store, embedder=embedder)
    arts = {a.source.split("/")[-1]: a for a in store.articles()}
    return store, arts, lambda name: store.assignments()[arts[name].id].story


def test_a_judged_refine_keeps_user_corrections(tmp_path, hashing_embedder):
    store, arts, story = _ingested(tmp_path, hashing_embedder)
    merged = stream.merge_stories(store, story("a.jsonl#1"), story("a.jsonl#6"))
    merged = stream.merge_stories(store, merged, story("a.jsonl#2"))
    stream.split_story(store, merged, [arts["a.jsonl#2"].id])  # the user: #3 is another story
    progress: list[tuple[int, int]] = []

    def note(done: int, total: int) -> None:
        progress.append((done, total))

    done = refine_stories(store, judge="similarity", embedder=hashing_embedder, doc_embedder=hashing_embedder,
                          progress=note)
    assert done["articles"] == len(arts) and progress and progress[-1][0] == progress[-1][1]
    assert story("a.jsonl#1") == story("a.jsonl#6") == merged and story("a.jsonl#2") != merged
    assert [op for _, op, _ in store.corrections()][-1] == "refine"
    store.close()


def test_an_unknown_judge_is_an_input_error(tmp_path, hashing_embedder):
    store = SQLiteStore(tmp_path / "s.db")
    with pytest.raises(InputError, match="similarity, full or links"):
        refine_stories(store, judge="magic")
    store.close()


def test_the_full_judge_reads_lead_vectors_and_keeps_corrections(tmp_path, hashing_embedder):
    from storylens.embed import HashingEmbedder

    store, arts, story = _ingested(tmp_path, hashing_embedder)
    merged = stream.merge_stories(store, story("a.jsonl#1"), story("a.jsonl#2"))
    leads: list[str] = []

    class Leads(HashingEmbedder):  # e5's width; records that the full model asked for leads
        def embed(self, texts):
            leads.extend(texts)
            return super().embed(texts)

    done = refine_stories(store, judge="full", embedder=hashing_embedder, doc_embedder=Leads(dim=384))
    assert done["articles"] == len(arts) and leads
    assert story("a.jsonl#1") == story("a.jsonl#2") == merged
    store.close()
