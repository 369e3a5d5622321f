"""break65r3 (open LOW, robust68): an article stored with a reading warning (read from a damaged gzip member, only its
payload digest proving it) kept it for good: re-ingesting the fixed file found the text already stored and only
filled what it lacked. Now the record it was stored from, read again without the warning, clears it, and the article
records which reading cleared what ("warnings_cleared"); a copy from another source clears nothing."""

from __future__ import annotations

from storylens import stream
from storylens.embed import HashingEmbedder
from storylens.models import RawDocument
from storylens.store import open_store

TEXT = ("Heavy rain flooded Valencia on Tuesday and 12 people died, officials said after the storm passed. "
        "Rescue teams searched the flooded streets through the night.")
NOTE = ("read from a damaged gzip member: no digest proves it intact, it may hold changed bytes; re-download the "
        "archive")


def _record(source: str, *warnings: str) -> RawDocument:
    meta = {"url": "https://a.example/1", "format": "warc", **({"warnings": list(warnings)} if warnings else {})}
    return RawDocument(source=source, text=TEXT, metadata=meta)


def test_the_fixed_record_clears_its_warning_and_a_copy_does_not(tmp_path):
    with open_store(tmp_path / "s.db") as store:
        stream.ingest([_record("crawl.warc.gz#1", NOTE)], store, embedder=HashingEmbedder())
        stream.ingest([_record("mirror.warc.gz#7")], store, embedder=HashingEmbedder())  # a copy: the note stays
        [article] = store.articles()
        assert article.metadata["warnings"] == [NOTE] and "warnings_cleared" not in article.metadata
        report = stream.ingest([_record("crawl.warc.gz#1")], store, embedder=HashingEmbedder())
        assert report.already_stored == 1
        [article] = store.articles()
        assert "warnings" not in article.metadata
        assert article.metadata["warnings_cleared"] == [{"source": "crawl.warc.gz#1", "warnings": [NOTE]}]
        again = stream.ingest([_record("crawl.warc.gz#1")], store, embedder=HashingEmbedder())  # nothing new
        assert again.already_stored == 1 and store.articles()[0].metadata == article.metadata
