"""break64r H1, on ingest's side: a record a Python caller passes whose text cannot be written as UTF-8 (a lone
surrogate) raised at its content id and lost the whole batch; it is now that record's Failure, stored as one,
and the records around it are stored; so is one whose metadata the store could not write."""

from __future__ import annotations

from storylens import stream
from storylens.models import RawDocument
from storylens.store import SQLiteStore

TEXT = "Heavy rain flooded Valencia on Tuesday, and 12 people died, officials said after the storm."


def test_a_record_whose_text_cannot_be_hashed_fails_alone(tmp_path, hashing_embedder):
    docs = [RawDocument("a.txt", "Flood in Valencia\n\n" + TEXT), RawDocument("bad.txt", "Bad \udce9\n\n" + TEXT),
            RawDocument("c.txt", "Fire in Lisbon\n\n" + TEXT.replace("rain flooded Valencia", "fire burnt Lisbon"))]
    with SQLiteStore(tmp_path / "s.db") as store:
        report = stream.ingest(docs, store, embedder=hashing_embedder)
        assert len(report.added) == 2
        assert [(f.source, f.stage) for f in report.failed] == [("bad.txt", "prepare")]
        assert report.failed[0].reason == ("the record's text holds a lone surrogate (U+D800..U+DFFF), which UTF-8 "
                                           "cannot write; replace it (e.g. by U+FFFD) and pass the record again")
        assert sorted(a.source for a in store.articles(list(report.added))) == ["a.txt", "c.txt"]


def test_a_record_whose_metadata_the_store_cannot_write_fails_alone(tmp_path, hashing_embedder):
    """Its title reached the store's write, whose UnicodeEncodeError lost the batch, the good record with it."""
    docs = [RawDocument("a.txt", "Flood in Valencia\n\n" + TEXT),
            RawDocument("b.txt", "Fire in Lisbon\n\n" + TEXT.replace("rain flooded Valencia", "fire burnt Lisbon"),
                        metadata={"title": "Fire \udce9", "outlet": "Daily"})]
    with SQLiteStore(tmp_path / "s.db") as store:
        report = stream.ingest(docs, store, embedder=hashing_embedder)
        assert [a.source for a in store.articles(list(report.added))] == ["a.txt"]
        assert [(f.source, f.reason.split(" holds")[0]) for f in store.failures()] == [("b.txt", "the record's metadata")]


def test_the_map_step_for_another_engine_fails_that_record_alone(hashing_embedder):
    """prepare_batch (the Ray path's map step) made every content id in one list: the same record raised there."""
    from storylens.stream import prepare_batch

    docs = [RawDocument("a.txt", "Flood in Valencia\n\n" + TEXT), RawDocument("bad.txt", "Bad \udce9\n\n" + TEXT)]
    batch = prepare_batch(docs, hashing_embedder)
    assert [p.raw.source for p in batch.articles] == ["a.txt"]
    assert [(f.source, f.stage) for f in batch.failures] == [("bad.txt", "prepare")]
