"""break64r H1, on ingest's side: a record a Python caller passes whose text cannot be written as UTF-8 (a lone
surrogate) raised at its content id and lost the whole batch; it is now that record's Failure, stored as one,
and the records around it are stored."""

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
        assert report.failed[0].reason.startswith("internal error while making the article's id (UnicodeEncodeError")
        assert sorted(a.source for a in store.articles(list(report.added))) == ["a.txt", "c.txt"]
