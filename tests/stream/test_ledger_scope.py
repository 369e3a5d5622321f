"""The claim ledger says when it leaves a story's articles out (trial #7), in every format."""

from __future__ import annotations

import json

import jsonschema
from typer.testing import CliRunner

from storylens.cli import app
from storylens.models import Comparison, Document, Similarity
from storylens.report import load_schema
from storylens.stream import render_story

from ..cli.test_cli_stream import seeded  # noqa: F401 - the module's two-article store fixture

NOTE = "The ledger compares the first 6 of 7 articles."


def _payload() -> dict:
    arts = [{"id": f"a{i}", "outlet": "CNN", "language": "en", "published": None, "title": f"t{i}", "reason": "seed"}
            for i in range(7)]
    docs = tuple(Document(id=f"d{i}", source=f"{i}.txt", text="x", sentences=()) for i in (1, 2))
    return {"id": "S-1", "title": "t", "articles": arts, "first_seen": None, "last_seen": None,
            "coverage": {"outlets": {"CNN": 7}, "languages": {"en": 7}}, "blindspots": [], "timeline": [],
            "duplicates": [], "ledger": {"documents": [a["id"] for a in arts[:6]], "of": 7, "note": NOTE},
            "claims": {"comparison": Comparison(documents=docs, similarity=Similarity(True, 0.9, {}))}}


def test_markdown_terminal_and_json_say_the_ledger_is_cut():
    payload = _payload()
    md = render_story(payload, "markdown")
    assert NOTE in md.split("## Claim ledger", 1)[1]
    assert NOTE in render_story(payload, "terminal").split("Claim ledger", 1)[1]
    assert json.loads(render_story(payload, "json"))["ledger"]["note"] == NOTE


def test_no_note_when_the_ledger_compares_every_article():
    payload = _payload()
    payload["ledger"] = {"documents": ["a0", "a1"], "of": 2, "note": None}
    assert "compares the first" not in render_story(payload, "markdown")


def test_the_cli_json_has_the_ledger_scope_in_the_shipped_schema(seeded, monkeypatch):  # noqa: F811
    db, _ = seeded
    run = CliRunner().invoke
    sid = json.loads(run(app, ["stories", "--db", str(db), "-f", "json"]).output)["stories"][0]["id"]
    whole = json.loads(run(app, ["story", sid, "--db", str(db), "--no-claims", "-f", "json"]).output)
    jsonschema.validate(whole, load_schema("story"))
    assert whole["ledger"]["of"] == 2 and len(whole["ledger"]["documents"]) == 2 and whole["ledger"]["note"] is None
    monkeypatch.setattr("storylens.stream.queries.LEDGER_DOCS", 1)  # a two-article story with a one-article ledger: cut
    cut = json.loads(run(app, ["story", sid, "--db", str(db), "--no-claims", "-f", "json"]).output)
    jsonschema.validate(cut, load_schema("story"))
    assert cut["ledger"]["documents"] == [whole["articles"][0]["id"]]
    assert cut["ledger"]["note"] == "The ledger compares the first 1 of 2 articles."
