"""newuser69 H3: a page dated only by an update stamp ("Updated: ...") is stored with the warning that its date is
an update time, not the publication (hdr69). Re-ingesting the same unchanged file queued it for the metadata merge
(robust69: a stored article with warnings is compared with its re-read), and the merge cleared every warning the
raw re-read did not give, this one too, although it still held. The warnings ingest adds from the text itself are
the same on every reading and are never cleared by one."""

from __future__ import annotations

from storylens import stream
from storylens.embed import HashingEmbedder
from storylens.prepare.clean import LONG_RUNS
from storylens.report.compare import ONLY_AN_UPDATE, ONLY_AN_UPDATE_IN_METADATA, RECORD_AFTER_UPDATE, TEXT_DATED
from storylens.store import open_store
from storylens.stream import metadata

TEXT = ("Updated: 14 March 2026 10:15\n\nFire closes warehouse in Leeds\n\n"
        "A fire broke out in a warehouse on Kirkstall Road in Leeds, West Yorkshire Fire and Rescue Service said. "
        "Nobody was hurt, and the road stayed closed until the evening, a spokesman for the city council said.\n")


def _warnings(store):
    [article] = store.articles()
    return article.metadata.get("warnings", []), article.metadata.get("warnings_cleared")


def test_the_text_notes_are_the_ones_ingest_writes():
    assert metadata._TEXT_NOTES[-5:] == (LONG_RUNS, ONLY_AN_UPDATE, TEXT_DATED, RECORD_AFTER_UPDATE,  # hdr70: 2 more
                                         ONLY_AN_UPDATE_IN_METADATA)  # tz71fix: an HTML page's modified time alone


def test_a_rerun_keeps_the_update_time_warning(tmp_path):
    path = tmp_path / "leeds.txt"
    path.write_text(TEXT, encoding="utf-8")
    with open_store(tmp_path / "s.db") as store:
        stream.ingest_paths([path], store, embedder=HashingEmbedder())
        first = _warnings(store)
        assert [w for w in first[0] if w.startswith(ONLY_AN_UPDATE)]  # the reading this test relies on
        report = stream.ingest_paths([path], store, embedder=HashingEmbedder())
        assert report.already_stored == 1
        assert _warnings(store) == first


def test_a_date_given_later_clears_the_update_time_warning(tmp_path):
    """final69 M1: the same text given again as a JSONL record with its publication date fills the date, and the
    warning that the date is unknown goes (recorded under warnings_cleared)."""
    import json

    path = tmp_path / "leeds.txt"
    path.write_text(TEXT, encoding="utf-8")
    record = tmp_path / "leeds.jsonl"
    record.write_text(json.dumps({"id": "leeds-1", "text": TEXT, "published": "2026-03-13"}) + "\n", encoding="utf-8")
    with open_store(tmp_path / "s.db") as store:
        stream.ingest_paths([path], store, embedder=HashingEmbedder())
        assert [w for w in _warnings(store)[0] if w.startswith(ONLY_AN_UPDATE)]
        stream.ingest_paths([record], store, embedder=HashingEmbedder())
        [article] = store.articles()
        warnings, cleared = _warnings(store)
        assert article.published == "2026-03-13"
        assert not [w for w in warnings if w.startswith(ONLY_AN_UPDATE)]
        assert cleared and cleared[0]["source"].endswith("leeds.jsonl#1")
