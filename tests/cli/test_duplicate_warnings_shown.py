"""A near-duplicate's reading warnings (metadata "warnings", as an article's) were shown nowhere: a copy read from
a record only its payload digest proves was listed under the story's near-duplicates with no word of it (a tester,
stop 66). `story ID` (JSON, terminal, markdown) and the web story page now show them beside the copy."""

from __future__ import annotations

import io
import json

import pytest
from typer.testing import CliRunner

from storylens.cli import app
from storylens.embed import HashingEmbedder

NOTE = "its page matches its WARC-Payload-Digest but the record does not match its WARC-Block-Digest"
SENTENCES = [
    "Heavy rain hit the old café district of Lyon on Tuesday and flooded twelve streets by the evening.",
    "The fire brigade said it had pumped water out of more than forty cellars during the night.",
    "Trams on two lines were stopped for six hours while crews cleared mud from the tracks.",
    "The city council said it would open a fund for shop owners whose stock was ruined.",
    "Forecasters expect more rain on Thursday, though less than fell on Tuesday afternoon.",
    "Residents said the river had not risen so fast since the floods of 2016.",
]


def _warc(url: str, charset: str) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = ("<html><head><title>Flooding in Lyon</title></head><body><article>"
            + "".join(f"<p>{s}</p>" for s in SENTENCES) + "</article></body></html>")
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", f"text/html; charset={charset}")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page.encode("cp1252")),
                                                  http_headers=http))
    return out.getvalue()


@pytest.fixture
def stored(tmp_path, monkeypatch):
    """The page read intact from one site, then its copy on another site from a record only its payload digest
    proves (one flipped charset byte: "café" read another way), stored as the first's near-duplicate."""
    pytest.importorskip("warcio")
    first = tmp_path / "a.warc"
    first.write_bytes(_warc("https://a.example/lyon", "windows-1252"))
    copy = _warc("https://b.example/lyon", "windows-1252")
    second = tmp_path / "b.warc"
    second.write_bytes(copy.replace(b"charset=windows-1252", b"charset=windows-1253"))
    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: HashingEmbedder())
    db = str(tmp_path / "s.db")
    for path in (first, second):
        result = CliRunner().invoke(app, ["ingest", str(path), "--db", db, "--silent"])
        assert result.exit_code == 0, result.output
    return db


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_a_near_duplicates_warning_is_shown_in_its_story(stored):
    (listed,) = json.loads(_run("stories", "--db", stored, "--format", "json"))["stories"]
    story = json.loads(_run("story", listed["id"], "--db", stored, "--format", "json", "--no-claims"))
    (dup,) = story["duplicates"]
    (warning,) = dup["warnings"]
    assert warning.startswith(NOTE)
    assert all("warnings" not in a for a in story["articles"])  # the intact page: no field
    for fmt in ("terminal", "markdown"):
        shown = " ".join(_run("story", listed["id"], "--db", stored, "--format", fmt, "--no-claims").split())
        assert "Warnings from reading:" in shown and dup["id"] in shown and NOTE in shown.replace("\\", "")


def test_the_web_story_page_shows_a_near_duplicates_warning(stored):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from storylens.web import create_app

    with TestClient(create_app(stored, semantic=False)) as client:
        sid = client.get("/api/stories").json()["stories"][0]["id"]
        (dup,) = client.get(f"/api/stories/{sid}?claims=false").json()["duplicates"]
        assert dup["warnings"][0].startswith(NOTE)
        assert f"Warning from reading: {NOTE}" in client.get(f"/stories/{sid}").text
