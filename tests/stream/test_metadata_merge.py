"""A text already stored from a .txt gets the title, outlet and date a later JSONL copy states; stated values are
never overwritten silently (the differing value is recorded)."""

from __future__ import annotations

import json

import pytest

from storylens.store import open_store
from storylens.stream import ingest_paths, search

TEXT = ("Heavy rain flooded the old town of Passau on Tuesday. The Danube rose to 9.5 metres, the city said, "
        "and 300 residents left their homes. Schools stay closed until Friday.")


def _jsonl(path, **fields):
    path.write_text(json.dumps({"text": TEXT, **fields}) + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def stored(tmp_path, hashing_embedder):
    txt = tmp_path / "passau.txt"
    txt.write_text(TEXT, encoding="utf-8")
    store = open_store(tmp_path / "s.db")
    first = ingest_paths([str(txt)], store, embedder=hashing_embedder)
    assert len(first.added) == 1
    yield store, first.added[0]
    store.close()


def test_missing_metadata_is_merged_and_recorded(tmp_path, stored, hashing_embedder):
    store, aid = stored
    assert store.article(aid).title is None
    report = ingest_paths([_jsonl(tmp_path / "a.jsonl", id="w-1", title="Floods in Passau", outlet="Wire",
                                  published="2024-06-04", url="https://example.org/passau")],
                          store, embedder=hashing_embedder)
    assert report.merged_metadata == (aid,) and report.already_stored == 1
    assert "merged metadata into 1 stored article" in report.summary()
    a = store.article(aid)
    assert (a.title, a.outlet, a.published, a.url, a.external_id) == (
        "Floods in Passau", "Wire", "2024-06-04", "https://example.org/passau", "w-1")
    assert a.metadata["merged"][0]["source"].endswith("a.jsonl#1")
    # the full-text index knows the new title
    assert [r.article.id for r in search(store, "Floods").results] == [aid]
    # a re-run changes nothing and records nothing
    again = ingest_paths([str(tmp_path / "a.jsonl")], store, embedder=hashing_embedder)
    assert again.merged_metadata == () and again.metadata_conflicts == 0
    assert len(store.article(aid).metadata["merged"]) == 1


def test_a_stated_value_is_never_overwritten_silently(tmp_path, stored, hashing_embedder):
    store, aid = stored
    ingest_paths([_jsonl(tmp_path / "a.jsonl", title="Floods in Passau")], store, embedder=hashing_embedder)
    report = ingest_paths([_jsonl(tmp_path / "b.jsonl", title="Passau under water", outlet="Other")],
                          store, embedder=hashing_embedder)
    a = store.article(aid)
    assert a.title == "Floods in Passau" and a.outlet == "Other"  # kept; the missing outlet filled
    assert report.metadata_conflicts == 1 and "1 differing value kept as stored" in report.summary()
    [conflict] = a.metadata["metadata_conflicts"]
    assert conflict == {"field": "title", "kept": "Floods in Passau", "other": "Passau under water",
                        "source": conflict["source"]} and conflict["source"].endswith("b.jsonl#1")


@pytest.mark.parametrize("first, second, moment", [
    ("2024-06-04", "2024-06-05T10:00:00+02:00", None),  # review of fixi: another day's time was filled
    ("2024-06-04", "2024-06-04T10:00:00+02:00", "2024-06-04T10:00:00+02:00"),  # the kept day's time
    (None, "2024-06-05T10:00:00+02:00", "2024-06-05T10:00:00+02:00"),  # day and time filled together
])
def test_a_published_time_is_filled_only_on_the_day_kept(tmp_path, stored, hashing_embedder, first, second, moment):
    store, aid = stored
    if first:
        ingest_paths([_jsonl(tmp_path / "a.jsonl", published=first)], store, embedder=hashing_embedder)
    ingest_paths([_jsonl(tmp_path / "b.jsonl", published=second)], store, embedder=hashing_embedder)
    a = store.article(aid)
    assert (a.published, a.published_at) == (first or second[:10], moment)


def test_copies_in_one_run_merge_too(tmp_path, hashing_embedder):
    txt = tmp_path / "passau.txt"
    txt.write_text(TEXT, encoding="utf-8")
    store = open_store(tmp_path / "s.db")
    report = ingest_paths([str(txt), _jsonl(tmp_path / "a.jsonl", title="Floods in Passau", published="2024-06-04")],
                          store, embedder=hashing_embedder)
    [aid] = report.added
    assert report.merged_metadata == (aid,)
    assert (store.article(aid).title, store.article(aid).published) == ("Floods in Passau", "2024-06-04")
    store.close()


def test_the_same_text_from_another_outlet_is_a_copy_it_carried_not_this_articles_metadata(tmp_path, hashing_embedder):
    # A new-user trial: a dpa wire text, then the same text on a regional paper's page; the wire
    # article took the paper's headline and author, and the paper vanished from the coverage.
    from storylens.stream import get_story

    store = open_store(tmp_path / "s.db")
    try:
        ingest_paths([_jsonl(tmp_path / "wire.jsonl", title="Floods in Passau", outlet="dpa")], store,
                     embedder=hashing_embedder)
        [aid] = [a.id for a in store.articles()]
        report = ingest_paths([_jsonl(tmp_path / "paper.jsonl", title="Passau unter Wasser", outlet="Nordkurier",
                                      author="Jonas Weber", url="https://example.org/nk/passau")],
                              store, embedder=hashing_embedder)
        a = store.article(aid)
        assert (a.title, a.outlet, a.url) == ("Floods in Passau", "dpa", None)  # nothing of the paper's page
        assert "author" not in a.metadata and report.metadata_conflicts == 0
        [copy] = a.metadata["carried_by"]
        assert copy["outlet"] == "Nordkurier" and copy["title"] == "Passau unter Wasser"
        view = get_story(store, store.assignments([aid])[aid].story)
        assert dict(view.coverage_outlets) == {"dpa": 1, "Nordkurier": 1}
        again = ingest_paths([str(tmp_path / "paper.jsonl")], store, embedder=hashing_embedder)
        assert len(store.article(aid).metadata["carried_by"]) == 1 and again.merged_metadata == ()
    finally:
        store.close()
