"""robust68 (open LOW): an id given again with another text inside one JSONL file is said (robust66), but one given
again in another JSONL file of the same ingest was not: two articles under one id without a word. Now the record of
the later file carries the warning naming the earlier file and its line; the same id with the same text is still no
warning (the store skips it as an exact duplicate)."""

from __future__ import annotations

import json

from storylens.ingest.walk import iter_records
from storylens.models import RawDocument

FLOOD = "Heavy rain flooded Valencia on Tuesday and 12 people died, officials said after the storm passed."
PLANT = "A chipmaker opened a wafer plant in Dresden on Tuesday. The plant will employ 1,000 people."


def _write(path, *records: dict) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def _warnings(paths) -> dict[str, list[str]]:
    return {r.source.rsplit("/", 1)[-1]: list(r.metadata.get("warnings", ())) for r in iter_records(paths)
            if isinstance(r, RawDocument)}


def test_an_id_given_again_in_another_file_names_both(tmp_path):
    a, b, c = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    _write(a, {"id": "z", "text": PLANT}, {"id": "x", "text": FLOOD})
    _write(b, {"id": "x", "text": PLANT})
    _write(c, {"id": "x", "text": FLOOD})  # the same id and text: an exact duplicate, no warning
    got = _warnings([a, b, c])
    assert got["a.jsonl#1"] == [] and got["a.jsonl#2"] == [] and got["c.jsonl#1"] == []
    said = (f"id given again: 'x' names line 2 of {a} too, with another text; read as an article of its own; give "
            "each article its own id")
    assert got["b.jsonl#1"] == [said]


def test_files_of_a_directory_share_their_ids(tmp_path):
    _write(tmp_path / "1.jsonl", {"id": "x", "text": FLOOD})
    _write(tmp_path / "2.jsonl", {"id": "x", "text": PLANT})
    got = _warnings([tmp_path])
    assert got["1.jsonl#1"] == []
    assert got["2.jsonl#1"][0].startswith(f"id given again: 'x' names line 1 of {tmp_path / '1.jsonl'} too")
