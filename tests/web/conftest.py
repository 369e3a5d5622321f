"""A small real store for the web tests: the seeds, a slice of BASIL and hostile/RTL articles.

Built once per test process with the real USE embedder (the session
``embedder`` fixture); tests that correct stories work on a copy
(``fresh_db``) so the shared store never changes under another test.
"""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

XSS = "<script>alert(1)</script>"
BASIL_LINES = 24  # 8 events x 3 outlets: enough stories to filter, page and merge

HOSTILE = [
    {"id": "xss-1", "title": XSS, "outlet": "<img src=x onerror=alert(2)>", "published": "2023-05-02",
     "url": "javascript:alert(3)", "language": "en",
     "text": ("Flood barriers failed in the harbour town of Nordhaven on Tuesday, officials said. "
              "\"We did not expect the water to rise so fast,\" mayor Lena Holm said. <script>alert(4)</script> "
              "About 300 residents were moved to the sports hall overnight. The regional government promised "
              "emergency funds of 2 million euros for repairs.")},
    {"id": "xss-2", "title": "Nordhaven floods: barriers failed", "outlet": "Coast Post", "published": "2023-05-02",
     "url": "https://example.org/nordhaven", "language": "en",
     "text": ("The flood barriers of Nordhaven failed on Tuesday and about 300 residents spent the night in the "
              "sports hall. \"We did not expect the water to rise so fast,\" said mayor Lena Holm. The regional "
              "government pledged 2 million euros in emergency funds.")},
    {"id": "rtl-1", "title": "فيضانات في مدينة نوردهافن", "outlet": "الجريدة", "published": "2023-05-03",
     "language": "ar", "url": "https://example.org/ar/nordhaven",
     "text": ("انهارت حواجز الفيضانات في مدينة نوردهافن الساحلية يوم الثلاثاء، وقضى نحو ثلاثمئة من السكان الليلة "
              "في القاعة الرياضية. وقالت رئيسة البلدية لينا هولم إن المياه ارتفعت بسرعة لم تكن متوقعة.")},
]


@pytest.fixture(scope="session")
def web_db(tmp_path_factory, embedder, data_dir) -> Path:
    from storylens.store import open_store
    from storylens.stream import ingest_paths

    root = tmp_path_factory.mktemp("webstore")
    extra = root / "hostile.jsonl"
    extra.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in HOSTILE) + "\n", encoding="utf-8")
    basil = root / "basil.jsonl"
    with open(data_dir / "basil" / "articles.jsonl", encoding="utf-8") as f:
        basil.write_text("".join(itertools.islice(f, BASIL_LINES)), encoding="utf-8")
    db = root / "web.db"
    with open_store(db) as store:
        report = ingest_paths([str(data_dir / "seeds"), str(basil), str(extra)], store, embedder=embedder)
    assert report.ok, report.failed
    return db


@pytest.fixture()
def fresh_db(web_db, tmp_path) -> Path:
    """A private copy of the store for tests that write to it."""
    for f in web_db.parent.glob(web_db.name + "*"):
        shutil.copy(f, tmp_path / f.name)
    return tmp_path / web_db.name


@pytest.fixture(scope="session")
def comparer(embedder, doc_embedder):
    from storylens import Comparer

    return Comparer(embedder=embedder, doc_embedder=doc_embedder, cache=False)


@pytest.fixture(scope="session")
def client(web_db, comparer, embedder):
    from fastapi.testclient import TestClient

    from storylens.web import create_app

    with TestClient(create_app(web_db, comparer=comparer, query_embedder=embedder)) as c:
        yield c


@pytest.fixture(scope="session")
def kz_story(client) -> str:
    found = client.get("/api/stories", params={"q": "Kazakhstan"}).json()["stories"]
    return next(s["id"] for s in found if any("000_f41a21d6102af561" in a["source"] for a in s["articles"]))


@pytest.fixture(scope="session")
def xss_story(client) -> str:
    found = client.get("/api/stories", params={"q": "Nordhaven"}).json()["stories"]
    return next(s["id"] for s in found if any(a["external_id"] == "xss-1" for a in s["articles"]))
