"""Found beside trial newuser63 H1: JSON may spell a lone surrogate (``"\\udce9"``), which is no Unicode character.
In a JSONL record's title, url or id it reached the embedding cache's key, where encoding it as UTF-8 raised and
``storylens ingest`` lost the whole batch. The record is read, each such character replaced by U+FFFD with a
warning saying so (the text field is repaired as every text is)."""

from __future__ import annotations

import json

from storylens.ingest.walk import iter_records
from storylens.models import RawDocument

TEXT = "Heavy rain flooded Valencia on Tuesday, and 12 people died, officials said."


def test_lone_surrogates_in_a_record_s_fields_are_replaced_with_a_warning(tmp_path):
    feed = tmp_path / "a.jsonl"
    line = json.dumps({"id": "s\udce9", "title": "Flood \ud800 title", "url": "https://x.org/a", "text": TEXT,
                       "tags": ["ok", "b\udfff"]})
    assert "\\udce9" in line  # json spells it as an escape, which json.loads reads back as the lone surrogate
    feed.write_text(line + "\n", encoding="utf-8")
    [doc] = list(iter_records([str(feed)]))
    assert isinstance(doc, RawDocument)
    json.dumps(dict(doc.metadata), ensure_ascii=False).encode("utf-8")  # what the store and the cache write
    assert doc.metadata["title"] == "Flood \ufffd title"
    assert doc.metadata["external_id"] == "s\\udce9"  # an identifying field keeps the escape (break64r L)
    assert doc.metadata["tags"] == ["ok", "b\ufffd"]
    assert doc.metadata["warnings"] == [("3 characters of the record not Unicode (a lone surrogate escape such as "
                                         "\\ud800) replaced by U+FFFD, kept as that escape in its id and url")]
