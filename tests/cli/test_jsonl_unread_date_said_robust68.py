"""robust68 (open LOW): a JSONL record whose "published" no reader can read kept the note in its metadata warnings but
got no ingest line, while its date was dropped. Now ingest says it in one warning line, stores the article (exit 0)
and invents no date."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from storylens.cli import app
from storylens.embed import HashingEmbedder
from storylens.store import open_store

FLOOD = "Heavy rain flooded Valencia on Tuesday and 12 people died, officials said after the storm passed."


def test_an_unreadable_published_is_said_and_the_article_kept(tmp_path, monkeypatch):
    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: HashingEmbedder())
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x", "text": FLOOD, "published": "the day before yesterday"}) + "\n",
                    encoding="utf-8")
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", db])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("storylens: added 1 article")
    said = f"storylens: warning: {path}#1: published: cannot read 'the day before yesterday' as a date; kept as no date"
    assert lines[1:] == [said]
    with open_store(db) as store:
        [article] = store.articles()
    assert article.published is None
