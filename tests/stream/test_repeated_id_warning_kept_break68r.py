"""break68r MEDIUM: the 'id given again' warning (a JSONL id another file's line gave too, with another text) was
cleared by re-ingesting the second file alone: that reading does not see the first file, so it does not give the
warning, and the re-read cleared every warning it did not give. A warning about other records still holds: only
the record's own reading warnings are cleared."""

from __future__ import annotations

import json

from storylens import stream
from storylens.embed import HashingEmbedder
from storylens.ingest.jsonl import REPEATED_ID
from storylens.store import open_store

T1 = ("Floods hit town one in the north of Italy on Tuesday, killing 12 people, officials said after the storm "
      "passed over the region.")
T2 = ("A wildfire burned forests near Athens on Friday, forcing thousands to flee, the fire service said as crews "
      "fought the flames overnight.")


def test_the_note_kept_is_the_readers():
    from storylens.stream.metadata import _OTHER_RECORDS_NOTES

    assert REPEATED_ID in _OTHER_RECORDS_NOTES


def test_re_reading_one_file_keeps_the_repeated_id_warning(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"id": "x", "text": T1}) + "\n")
    b.write_text(json.dumps({"id": "x", "text": T2}) + "\n")
    with open_store(tmp_path / "s.db") as store:
        stream.ingest_paths([a, b], store, embedder=HashingEmbedder())
        [warned] = [x for x in store.articles() if x.source.endswith("b.jsonl#1")]
        assert [w for w in warned.metadata["warnings"] if w.startswith(REPEATED_ID)]
        report = stream.ingest_paths([b], store, embedder=HashingEmbedder())  # b alone: a.jsonl not read
        assert report.already_stored == 1
        [again] = [x for x in store.articles() if x.source.endswith("b.jsonl#1")]
        assert again.metadata == warned.metadata
        assert "warnings_cleared" not in again.metadata
