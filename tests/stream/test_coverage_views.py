"""A story's coverage is counted once (``stream.queries.Coverage``) and every view shows that count.

Trial 13: one story with an outlet's update and another outlet's syndicated copy said "By outlet ...
7" but "By language ... 6" (CLI), its web page's outlet x language matrix had "AP/en 2" and no row for
the copy's outlet, and its index card said "AP 2" and left the copy's outlet out.
"""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from storylens import stream
from storylens.errors import InputError
from storylens.report import load_schema
from storylens.store import SQLiteStore

from .test_versions import AFP, REUTERS, REWRITTEN

# another outlet's copy of the Reuters report, one word changed: a near-duplicate, not a member
COPY = REUTERS.replace("stuns markets", "stunned markets")
OUTLETS = {"AFP": 1, "Reuters": 1, "Prague Post": 1}  # the AFP update is AFP's article: counted once
LANGUAGES = {"en": 2, "fr": 1}  # the copy is the Prague Post's English coverage
MATRIX = {"AFP": {"fr": 1}, "Reuters": {"en": 1}, "Prague Post": {"en": 1}}


@pytest.fixture
def story_db(tmp_path, hashing_embedder):
    lines = [{"id": "afp-1", "text": AFP, "outlet": "AFP", "published": "2026-11-12", "language": "fr"},
             {"id": "rtr-1", "text": REUTERS, "outlet": "Reuters", "published": "2026-11-12", "language": "en"},
             {"id": "afp-2", "text": REWRITTEN, "outlet": "AFP", "published": "2026-11-13", "language": "fr"},
             {"id": "pp-1", "text": COPY, "outlet": "Prague Post", "published": "2026-11-13", "language": "en"}]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    db = tmp_path / "s.db"
    store = SQLiteStore(db)
    try:
        report = stream.ingest_paths([str(path)], store, embedder=hashing_embedder)
        assert len(report.near_duplicates) == 1  # the Prague Post copy
        stories = list(dict.fromkeys(s.id for s in stream.list_stories(store).stories))
        story = stories[0]
        for other in stories[1:]:  # the hashing embedder may keep fr and en apart: one story, as a reader would
            story = stream.merge_stories(store, story, other)
        assert len(stream.get_story(store, story).updates) == 1
    finally:
        store.close()
    return str(db), story


def test_every_view_counts_a_storys_coverage_alike(story_db):
    from typer.testing import CliRunner

    from storylens.cli import app

    db, story = story_db
    with SQLiteStore(db) as store:
        view = stream.get_story(store, story)
        [item] = stream.list_stories(store).stories
    assert (dict(view.coverage_outlets), dict(view.coverage_languages)) == (OUTLETS, LANGUAGES)
    assert view.to_dict()["coverage"] == {"outlets": OUTLETS, "languages": LANGUAGES, "matrix": MATRIX}
    assert item.to_dict()["coverage"] == view.to_dict()["coverage"]
    shown = CliRunner().invoke(app, ["story", story, "--db", db, "-f", "json"])
    assert shown.exit_code == 0, shown.output
    assert json.loads(shown.output)["coverage"]["languages"] == LANGUAGES
    listed = CliRunner().invoke(app, ["stories", "--db", db, "-f", "json", "--coverage"])
    assert json.loads(listed.output)["stories"][0]["coverage"]["outlets"] == OUTLETS
    jsonschema.validate(json.loads(listed.output), load_schema("stories"))
    # without --coverage the list counts nothing (it would read texts): null, as the schema allows
    plain = CliRunner().invoke(app, ["stories", "--db", db, "-f", "json"])
    assert json.loads(plain.output)["stories"][0]["coverage"] is None
    jsonschema.validate(json.loads(shown.output), load_schema("story"))
    markdown = CliRunner().invoke(app, ["story", story, "--db", db, "-f", "markdown"])
    assert "By language: en 2, fr 1" in markdown.output, markdown.output
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from storylens.web import create_app

    with TestClient(create_app(db, semantic=False)) as client:
        page = client.get(f"/api/stories/{story}", params={"ledger": "false"}).json()
        assert page["matrix"] == MATRIX and page["coverage"]["outlets"] == OUTLETS
        assert client.get("/api/stories").json()["stories"][0]["coverage"]["languages"] == LANGUAGES
        index = re.sub(r"<[^>]+>", "", client.get("/").text)
        assert "AFP 1, Prague Post 1, Reuters 1" in index and "en 2, fr 1" in index


def test_a_near_duplicate_cannot_be_moved_and_the_error_names_its_article(story_db):
    db, story = story_db
    with SQLiteStore(db) as store:
        [copy] = [a for a in store.articles() if a.duplicate_of]
        for act in (lambda: stream.move_article(store, copy.id, story),
                    lambda: stream.split_story(store, story, [copy.id[:10]])):
            with pytest.raises(InputError, match=f"{copy.id} is a near-duplicate of {copy.duplicate_of}.*"
                                                 f"(move|split) {copy.duplicate_of} instead"):
                act()
