"""break66r L1/L2: the JSONL 'id given again' line was printed for a record then skipped as an exact duplicate of
the first (a text differing in spaces only, the same text given as html), and again on every re-ingest that skipped
it as already stored: it is said of a record stored as an article of its own only. break66r M1: a WARC page whose
block may hold the next records (no digest, no HTTP Content-Length) is said in one line by ingest."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from storylens.cli import app
from storylens.embed import HashingEmbedder

from ..ingest.test_warc_content_length_warc64 import _records, _shorten
from ..ingest.test_warc_length_too_long_robust65 import _without_digests

FLOOD = "Heavy rain flooded Valencia on Tuesday and 12 people died, officials said after the storm passed."
PLANT = "A chipmaker opened a wafer plant in Dresden on Tuesday. The plant will employ 1,000 people."


def _ingest(tmp_path, monkeypatch, path) -> list[str]:
    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: HashingEmbedder())
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def test_an_id_given_again_for_an_exact_duplicate_is_not_said(tmp_path, monkeypatch):
    path = tmp_path / "a.jsonl"
    records = [{"id": "x", "text": FLOOD}, {"id": "x", "text": FLOOD + "  "}, {"id": "x", "text": FLOOD.replace(" ", "  ", 1)},
               {"id": "x", "html": f"<p>{FLOOD}</p>"}]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    lines = _ingest(tmp_path, monkeypatch, path)
    assert lines[0].startswith("storylens: added 1 article") and "3 exact duplicates" in lines[0]
    assert lines[1:] == []


def test_an_id_given_again_is_said_once_not_again_on_a_re_ingest(tmp_path, monkeypatch):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x", "text": FLOOD}) + "\n" + json.dumps({"id": "x", "text": PLANT}) + "\n",
                    encoding="utf-8")
    first = _ingest(tmp_path, monkeypatch, path)
    said = (f"storylens: warning: {path}#2: id given again: 'x' names line 1 of this file too, with another text; "
            f"read as an article of its own; give each article its own id")
    assert [line for line in first if "id given again" in line] == [said]
    again = _ingest(tmp_path, monkeypatch, path)
    assert again[0].startswith("storylens: added 0 articles") and "2 already stored" in again[0]
    assert again[1:] == []


def test_a_warc_page_that_may_hold_the_next_record_is_said_in_one_line(tmp_path, monkeypatch):
    records = [_without_digests(r) for r in _records()]
    records[0] = _shorten(records[0], -len(records[1]))
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(records))
    lines = _ingest(tmp_path, monkeypatch, path)
    (line,) = [line for line in lines if "warning" in line]
    whole = b"".join(records)
    block = whole.index(b"\r\n\r\n") + 4  # record 1's block (its HTTP headers first) starts here
    at = whole.index(b"WARC/1.", block) - block
    assert line == (f"storylens: warning: {path}#1: its block may hold the next record(s): a WARC record starts "
                    f"inside it at byte {at} and no digest or HTTP length tells where the page ends; check the "
                    f"archive with `warcio check`")
