"""Server-rendered pages: they work without JavaScript, escape everything from articles, and guard their forms."""

from __future__ import annotations

import re

import pytest

from ..conftest import CNN_SEED, FAZ_SEED
from .conftest import TINY, XSS

# One worker builds the web store once (ingest + models); see the Makefile's --dist loadgroup.
pytestmark = pytest.mark.xdist_group("web")

ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


def csrf(client, path: str = "/compare") -> str:
    page = client.get(path).text
    m = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert m is not None, "no CSRF token on the page"
    return m.group(1)


def assert_inert(html: str) -> None:
    """Nothing from an article became markup: no injected script, handler or javascript: link."""
    assert XSS not in html
    assert "<img src=x" not in html
    assert 'href="javascript:' not in html.lower()
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert scripts == ['<script src="/static/app.js" defer>'], scripts


def test_story_list_page(client, kz_story):
    html = client.get("/").text
    assert f'href="/stories/{kz_story}"' in html
    assert 'class="bar"' in html and "languages" in html
    filtered = client.get("/", params={"language": "ar"}).text
    assert "نوردهافن" in filtered and kz_story not in filtered
    assert "No story matches" in client.get("/", params={"q": "zzzqqqxxnothing"}).text


def test_paging_links(client):
    html = client.get("/", params={"limit": 5}).text
    assert 'rel="next"' in html and html.count('class="story"') == 5
    second = client.get("/", params={"offset": 5, "limit": 5}).text
    assert 'rel="prev"' in second and 'start="6"' in second


def test_story_page_shows_ledger_quotes_entities_and_articles(client, kz_story):
    html = client.get(f"/stories/{kz_story}").text
    for needle in ("Coverage", "Blindspots", "Timeline", "Claim ledger", "Shared claims", "Quotes", "Entities across sources",
                   CNN_SEED.name, FAZ_SEED.name, 'mark class="shared"', "<svg", 'class="strength'):
        assert needle in html, needle
    assert "Tokayev" in html


def test_story_page_column_picker_without_javascript(client, kz_story):
    html = client.get(f"/stories/{kz_story}", params={"docs": ["d2"]}).text
    assert 'id="doc-d2"' in html and 'id="doc-d1"' not in html


def test_rtl_text_gets_direction_and_language(client):
    from .conftest import HOSTILE

    story = client.get("/api/stories", params={"language": "ar"}).json()["stories"][0]["id"]
    html = client.get(f"/stories/{story}").text
    assert re.search(r'<tr id="article-[0-9a-f]+" lang="ar">', html)
    compared = client.post("/compare", data={"csrf_token": csrf(client), "text": [HOSTILE[1]["text"], HOSTILE[2]["text"]]})
    assert re.search(r'<section class="col" id="doc-d2" lang="ar">', compared.text)
    assert compared.text.count('dir="auto"') > 10


def test_script_title_is_text_on_every_page(client, xss_story):
    pages = {
        "/": client.get("/").text,
        "/?q=": client.get("/", params={"q": XSS}).text,
        "/stories": client.get(f"/stories/{xss_story}").text,
        "/search": client.get("/search", params={"q": "Nordhaven"}).text,
        "/search?q=xss": client.get("/search", params={"q": XSS}).text,
        "/error": client.get(f"/stories/{XSS}").text,
    }
    token = csrf(client, "/compare")
    pages["/compare"] = client.post("/compare", data={
        "csrf_token": token, "text": [(f"Headline {XSS}\n\nFlood barriers failed in Nordhaven on Tuesday, officials said. "
                                       "About 300 residents were moved."),
                                      "Nordhaven's flood barriers failed on Tuesday. About 300 residents left their homes."]}).text
    for name, html in pages.items():
        assert_inert(html)
    for name in ("/", "/stories", "/search", "/compare"):
        assert ESCAPED in pages[name], name
    # the javascript: URL is shown as text, never as a link
    assert "javascript:alert(3)" in pages["/stories"]
    assert "&lt;img src=x onerror=alert(2)&gt;" in pages["/stories"]


def test_security_headers(client):
    response = client.get("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_forms_need_the_csrf_token(client, kz_story):
    assert client.post(f"/stories/{kz_story}/merge", data={"into": kz_story}).status_code == 403
    assert client.post("/compare", data={"text": ["a", "b"]}).status_code == 403
    bad = client.post(f"/stories/{kz_story}/merge", data={"into": kz_story, "csrf_token": "forged"})
    assert bad.status_code == 403 and "CSRF" in bad.text


def test_merge_asks_for_confirmation_then_redirects(fresh_db, comparer):
    from fastapi.testclient import TestClient

    from storylens.web import create_app

    with TestClient(create_app(fresh_db, comparer=comparer, semantic=False)) as c:
        a, b = c.get("/api/stories", params={"outlet": TINY}).json()["stories"][:2]
        token = csrf(c)
        ask = c.post(f"/stories/{a['id']}/merge", data={"into": b["id"], "csrf_token": token})
        assert ask.status_code == 200 and "Confirm merge" in ask.text and 'name="confirm"' in ask.text
        assert len(c.get(f"/api/stories/{a['id']}?ledger=false").json()["articles"]) == len(a["articles"])
        done = c.post(f"/stories/{a['id']}/merge", data={"into": b["id"], "csrf_token": token, "confirm": "yes"},
                      follow_redirects=False)
        assert done.status_code == 303
        merged = c.get(done.headers["location"])
        assert "Done: merged" in merged.text
        assert len(re.findall(r'<tr id="article-', merged.text)) == len(a["articles"]) + len(b["articles"])


def test_compare_page_with_uploads(client):
    from .conftest import HOSTILE

    token = csrf(client, "/compare")
    page = f"<html><body><article><p>{HOSTILE[1]['text']}</p></article></body></html>"
    files = [("files", ("a.txt", HOSTILE[0]["text"].encode(), "text/plain")),
             ("files", ("b.html", page.encode(), "text/html"))]
    html = client.post("/compare", data={"csrf_token": token}, files=files).text
    assert "Same story? <strong>Yes</strong>" in html and "Claim ledger" in html and "b.html" in html


def test_compare_page_errors_are_pages(client):
    token = csrf(client, "/compare")
    one = client.post("/compare", data={"csrf_token": token, "text": ["just one article", ""]})
    assert one.status_code == 422 and "at least two" in one.text and one.headers["content-type"].startswith("text/html")
    big = client.post("/compare", data={"csrf_token": token, "text": ["word " * 300_000, "word " * 200_000]})
    assert big.status_code == 413 and "limit" in big.text


def test_unknown_pages_are_html_404(client):
    response = client.get("/stories/S-0000000000")
    assert response.status_code == 404 and "unknown story id" in response.text
    assert response.headers["content-type"].startswith("text/html")
    assert client.get("/no/such/page").status_code == 404


@pytest.mark.parametrize("path", ["/static/app.css", "/static/app.js"])
def test_assets_are_served_from_the_package(client, path):
    assert client.get(path).status_code == 200


def test_a_pair_with_no_verdict_shows_why_and_no_score(client):
    # The web ledger used the raw same_story (None) and showed "No" beside "overall".
    short = client.post("/compare", data={"csrf_token": csrf(client), "text": [
        "A fire destroyed a warehouse in Berlin. Nobody was hurt.", "Ein Feuer hat in Berlin eine Lagerhalle zerstört."]})
    assert short.status_code == 200
    verdict = re.search(r'<section class="verdict undecided">.*?</section>', short.text, re.DOTALL)
    assert verdict and "Not enough text to judge" in verdict.group(0) and "overall" not in verdict.group(0)
    refused = client.post("/api/compare", json={"documents": [
        {"text": '{"items": [{"name": "About", "count": 15}], "total": 1}'},
        {"text": "A large fire destroyed a warehouse in the east of Berlin on Thursday night, causing damage "
                 "estimated at 15 million euros, and about 120 firefighters fought the blaze for ten hours."}]})
    assert refused.status_code == 422  # as the CLI refuses a JSON file: not an article, one line
    body = refused.json()
    assert body["title"] == "Not an article" and body["detail"].startswith("document 1: a JSON document")


def test_compare_page_skips_an_unreadable_upload_and_says_so(client):
    """Trial #10: two pasted articles and a binary upload compare the two and name the skipped file."""
    from .conftest import HOSTILE

    files = [("files", ("bin.txt", bytes(range(256)) * 8, "application/octet-stream"))]
    page = client.post("/compare", data={"csrf_token": csrf(client), "text": [HOSTILE[0]["text"], HOSTILE[1]["text"]]},
                       files=files)
    assert page.status_code == 200, page.text[:500]
    assert "Claim ledger" in page.text and "skipped bin.txt" in page.text


@pytest.mark.parametrize("path", ["/", "/compare", "/search", "/api/health", "/api/stories", "/static/app.css"])
def test_head_is_answered_on_get_routes(client, path):
    """Trial #26: ``curl -I`` got 405; HEAD gets the GET's status and headers and no body."""
    get, head = client.get(path), client.head(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b"" and head.headers["content-type"] == get.headers["content-type"]
    assert head.headers.get("content-length") == get.headers.get("content-length")
    assert head.headers.get("x-content-type-options") == get.headers.get("x-content-type-options")


def test_head_on_a_post_only_route_is_still_405(client):
    assert client.head("/api/compare").status_code == 405


def test_the_story_page_names_the_articles_its_ledger_leaves_out(web_db, comparer, embedder, client):
    """Trial 5: "The ledger compares the first 6 of 7 articles" left the reader to guess which one."""
    from fastapi.testclient import TestClient

    from storylens.web import StorySource, create_app

    stories = client.get("/api/stories", params={"limit": 100}).json()["stories"]
    story = next(s for s in stories if len(s["articles"]) >= 3)  # BASIL's triples: one story each
    articles = client.get(f"/api/stories/{story['id']}", params={"ledger": "false"}).json()["articles"]
    source = StorySource(web_db, comparer=comparer, query_embedder=embedder, semantic=False,
                         ledger_docs=len(articles) - 1)
    with TestClient(create_app(web_db, source=source)) as cut:
        html = cut.get(f"/stories/{story['id']}").text
    note = html.split('<p class="note">', 1)[1].split("</p>", 1)[0]
    left = articles[-1]["id"]
    assert f"compares {len(articles) - 1} of {len(articles)} articles, one per language and outlet first; left out:" in note
    assert f'href="#article-{left}"' in note and left[:12] in note


def test_the_compare_page_counts_a_reprint_as_one_source(client):
    """A wire story and a paper's copy of it (trial57 F26): the web ledger says the reprint, as every other format."""
    from ..report.test_reprints_trial57 import INDEPENDENT, _carrier, _wire

    texts = [_wire("en"), _carrier("en", "The Island Courier, 4 August 2026", "Their own headline"), INDEPENDENT["en"]]
    html = client.post("/compare", data={"csrf_token": csrf(client), "text": texts}).text
    assert "<b>Reprint:</b> d2 reprints d1 (Reuters): near-identical text, the wire&#39;s dateline" in html
    assert "(reprints d1)" in html
    assert "one source (d2 reprints d1)" in html


def test_a_set_aside_article_gets_a_web_hint_and_the_page_can_align_anyway(client):
    """trial59 F16: the page offered "--align-anyway (align_anyway=True)", a CLI flag and a Python keyword; the
    compare form now has the box, and the hint names it."""
    from ..report.test_reprints_trial57 import INDEPENDENT

    texts = [CNN_SEED.read_text(encoding="utf-8"), INDEPENDENT["es"]]
    html = client.post("/compare", data={"csrf_token": csrf(client), "text": texts}).text
    assert "--align-anyway" not in html and "align_anyway=True" not in html
    assert "tick “align anyway” and compare again" in html
    assert 'name="align_anyway" value="1">' in html  # unticked
    again = client.post("/compare", data={"csrf_token": csrf(client), "text": texts, "align_anyway": "1"}).text
    assert 'name="align_anyway" value="1" checked>' in again
    assert "tick “align anyway”" not in again  # nothing set aside
