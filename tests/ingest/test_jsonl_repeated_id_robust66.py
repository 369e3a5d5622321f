"""robust66 LOW: a JSONL file that gives one id again with another text was accepted without a word: two articles
under one id ('story move ID' and a reader by id take them for one). The second is read as an article of its own,
as every text is (stored by its content), with a warning in its metadata naming the id and the line that gave it
first, and `ingest` says so in one line naming the file and line. The same id with the same text is the same
article (an exact duplicate, skipped): no warning."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from storylens.cli import app
from storylens.embed import HashingEmbedder
from storylens.ingest.jsonl import read_jsonl
from storylens.models import RawDocument

FLOOD = "Heavy rain flooded Valencia on Tuesday and 12 people died, officials said after the storm passed."
NOTE = ("id given again: 'a1' names line 1 of this file too, with another text; read as an article of its own; "
        "give each article its own id")
PLANT = "A chipmaker opened a wafer plant in Dresden on Tuesday. The plant will employ 1,000 people."


def _write(tmp_path, *records: dict, encoding: str = "utf-8"):
    path = tmp_path / "a.jsonl"
    path.write_bytes(("\n".join(json.dumps(r) for r in records) + "\n").encode(encoding))
    return path


def _warnings(docs: list) -> list[list[str]]:
    return [list(d.metadata.get("warnings", [])) for d in docs if isinstance(d, RawDocument)]


def test_an_id_given_again_with_another_text_is_read_with_a_warning(tmp_path):
    for encoding in ("utf-8", "utf-16"):  # the UTF-16 reader too
        path = _write(tmp_path, {"id": "a1", "text": FLOOD}, {"id": "a2", "text": FLOOD},
                      {"id": "a1", "text": PLANT}, {"id": 7, "text": FLOOD}, {"id": "7", "text": FLOOD},
                      encoding=encoding)
        docs = list(read_jsonl(path))
        assert [type(d) for d in docs] == [RawDocument] * 5
        assert _warnings(docs) == [[], [], [NOTE], [], []]


def test_ingest_says_so_in_one_line_naming_the_file_line_and_id(tmp_path, monkeypatch):
    path = _write(tmp_path, {"id": "a1", "text": FLOOD}, {"id": "a1", "text": PLANT}, {"id": "a1", "text": FLOOD})
    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: HashingEmbedder())
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("storylens: added 2 articles")
    assert "skipped 1 (1 exact duplicate)" in lines[0]  # line 3: line 1's text again
    assert lines[1:] == [f"storylens: warning: {path}#2: {NOTE}"]
