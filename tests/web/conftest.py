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

from ..conftest import SEEDS

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


# Four short single-article stories on unrelated events: corrections on them keep the merged
# story's ledger cheap to compute (BASIL stories are three long articles each).
TINY = "Tiny Wire"
HOSTILE += [
    {"id": "tiny-1", "title": "Storm closes schools in Bergen", "outlet": TINY, "published": "2023-02-01",
     "language": "en", "text": "A winter storm closed all schools in Bergen on Wednesday. Ferries to the islands were cancelled."},
    {"id": "tiny-2", "title": "Chipmaker opens plant in Dresden", "outlet": TINY, "published": "2023-03-07",
     "language": "en", "text": "A chipmaker opened a wafer plant in Dresden on Tuesday. The plant will employ 1,000 people."},
    {"id": "tiny-3", "title": "Library in Porto reopens after fire", "outlet": TINY, "published": "2023-04-11",
     "language": "en", "text": "The municipal library of Porto reopened on Monday, two years after a fire. Most of its books were saved."},
    {"id": "tiny-4", "title": "Marathon record in Valencia", "outlet": TINY, "published": "2023-12-03",
     "language": "en", "text": "A Kenyan runner set a course record at the Valencia marathon on Sunday, finishing in 2:01:48."},
]


@pytest.fixture(scope="session")
def web_db(tmp_path_factory, embedder, comparer, data_dir) -> Path:
    from storylens.store import open_store
    from storylens.stream import ingest_paths

    root = tmp_path_factory.mktemp("webstore")
    extra = root / "hostile.jsonl"
    extra.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in HOSTILE) + "\n", encoding="utf-8")
    basil = root / "basil.jsonl"
    with open(data_dir / "basil" / "articles.jsonl", encoding="utf-8") as f:
        basil.write_text("".join(itertools.islice(f, BASIL_LINES)), encoding="utf-8")
    db = root / "web.db"
    # The Store protocol (store/base.py) lacks __enter__/__exit__; both backends have them.
    with open_store(db) as store:
        report = ingest_paths([str(SEEDS), str(basil), str(extra)], store, embedder=embedder)
    assert report.ok, report.failed
    # Warm the Kazakhstan story's ledger cache once: every copy of the store (fresh_db, the live
    # server) then serves it from the store instead of recomputing it.
    from storylens.web import StorySource

    source = StorySource(db, comparer=comparer, semantic=False)
    kz = next(s["id"] for s in source.stories(q="Kazakhstan")["stories"])
    assert source.story(kz)["ledger"]["cached"] is False
    source.close()
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


@pytest.fixture(scope="session")
def live_server(web_db, comparer, embedder, tmp_path_factory):
    """The app under uvicorn on a free loopback port, over its own copy of the store (tests correct stories there)."""
    import socket
    import threading
    import time

    import uvicorn

    from storylens.web import create_app

    root = tmp_path_factory.mktemp("live")
    for f in web_db.parent.glob(web_db.name + "*"):
        shutil.copy(f, root / f.name)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(root / web_db.name, comparer=comparer, query_embedder=embedder)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
