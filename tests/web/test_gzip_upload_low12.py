"""newuser72 LOW-12: a gzipped upload (``a.txt.gz``) on the /compare page was "looks like a binary file"; it is read
as what it holds, and a damaged one is skipped with the archive's reason (the others are compared)."""

from __future__ import annotations

import gzip

import pytest

from .test_pages import csrf

# The session's web store and client (tests/web/conftest.py: ``web_db`` ingests the seeds, BASIL and the hostile
# records with the real models) are built once on each worker that runs a test taking them; the other web files
# are in this group, so these two tests run beside them and do not build a second store on the other worker
# (18.9 s of setup in a `make test` under load, suite79).
pytestmark = pytest.mark.xdist_group("web")


def test_gzipped_uploads_are_compared_as_their_text(client):
    from .conftest import HOSTILE

    page = f"<html><body><article><p>{HOSTILE[1]['text']}</p></article></body></html>"
    files = [("files", ("a.txt.gz", gzip.compress(HOSTILE[0]["text"].encode()), "application/gzip")),
             ("files", ("b.html.gz", gzip.compress(page.encode()), "application/gzip"))]
    html = client.post("/compare", data={"csrf_token": csrf(client)}, files=files).text
    assert "Same story? <strong>Yes</strong>" in html and "a.txt.gz" in html and "b.html.gz" in html
    assert "binary" not in html


def test_a_damaged_gzip_upload_is_skipped_with_its_reason(client):
    from .conftest import HOSTILE

    cut = gzip.compress(HOSTILE[0]["text"].encode() * 5)[:60]
    files = [("files", ("cut.txt.gz", cut, "application/gzip"))]
    page = client.post("/compare", data={"csrf_token": csrf(client), "text": [HOSTILE[0]["text"], HOSTILE[1]["text"]]},
                       files=files)
    assert page.status_code == 200, page.text[:500]
    assert "Claim ledger" in page.text and "skipped cut.txt.gz" in page.text and "cut off before its end" in page.text
