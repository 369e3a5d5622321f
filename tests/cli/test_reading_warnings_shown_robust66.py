"""robust66 MEDIUM: an article's reading warnings (metadata "warnings": a damaged gzip member, only its payload
digest proving it, a capture cut short) were said once, in the ingest line, and nowhere the article is shown
after. Now `story ID` (terminal, markdown and JSON), `stories --format json`, `search` and the web story and search
pages show each beside its article; the JSON field is optional (absent when there are none)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from storylens.cli import app
from storylens.embed import HashingEmbedder

from ..ingest.test_warc_payload_only_break65r3 import _warc

NOTE = "its page matches its WARC-Payload-Digest but the record does not match its WARC-Block-Digest"


@pytest.fixture
def stored(tmp_path, monkeypatch):
    """A store with an article read from a record only its payload digest proves (one changed charset byte), and
    the intact record's article (no warning: no "warnings" key, as old readers saw it)."""
    flipped = tmp_path / "flip.warc"
    intact = _warc("windows-1252")
    flipped.write_bytes(intact + intact.replace(b"charset=windows-1252", b"charset=windows-1253"))
    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: HashingEmbedder())
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(app, ["ingest", str(flipped), "--db", db, "--silent"])
    assert "added 2 articles" in result.output, result.output
    return db


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_the_story_and_the_lists_show_the_warning(stored):
    stories = json.loads(_run("stories", "--db", stored, "--format", "json"))
    (listed,) = stories["stories"]
    intact, article = sorted(listed["articles"], key=lambda a: "warnings" in a)
    assert "warnings" not in intact  # optional: absent when there are none
    (warning,) = article["warnings"]
    assert warning.startswith(NOTE)
    sid = listed["id"]
    story = json.loads(_run("story", sid, "--db", stored, "--format", "json", "--no-claims"))
    assert [a.get("warnings") for a in story["articles"] if a["id"] == article["id"]] == [[warning]]
    for fmt in ("terminal", "markdown"):
        shown = " ".join(_run("story", sid, "--db", stored, "--format", fmt, "--no-claims").split())
        assert "Warnings from reading:" in shown and article["id"] in shown
        assert NOTE in shown.replace("\\", "")
    found = json.loads(_run("search", "flooded", "--db", stored, "--format", "json", "--no-semantic"))
    assert {r["id"]: r.get("warnings") for r in found["results"]} == {intact["id"]: None, article["id"]: [warning]}
    shown = " ".join(_run("search", "flooded", "--db", stored, "--no-semantic").split())
    assert "Warnings from reading:" in shown and NOTE in shown.replace("\\", "")


def test_the_web_pages_show_the_warning(stored):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from storylens.web import create_app

    with TestClient(create_app(stored, semantic=False)) as client:
        listed = client.get("/api/stories").json()
        sid = listed["stories"][0]["id"]
        shown = client.get(f"/api/stories/{sid}?claims=false").json()["articles"]
        assert next(w for a in shown for w in a.get("warnings", [])).startswith(NOTE)
        page = client.get(f"/stories/{sid}").text
        assert f"Warning from reading: {NOTE}" in page
        assert f"Warning from reading: {NOTE}" in client.get("/search?q=flooded").text

