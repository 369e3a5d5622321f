"""The web app in a real browser: Playwright driving Debian's chromium (never a downloaded one).

Screenshots of every page go to ``$STORYLENS_SCREENSHOTS`` (default: a pytest
temporary directory, printed at the end of the run with ``-rA``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ..conftest import CNN_SEED, FAZ_SEED
from .conftest import HOSTILE, TINY, XSS

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

# One worker builds the web store once (ingest + models); see the Makefile's --dist loadgroup.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("web")]


def tiny_stories(live_server: str, *external_ids: str) -> list[dict]:
    import httpx

    stories = httpx.get(f"{live_server}/api/stories", params={"outlet": TINY}).json()["stories"]
    return [next(s for s in stories if any(a["external_id"] == x for a in s["articles"])) for x in external_ids]


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("CI needs Debian's chromium at /usr/bin/chromium (.ci/run installs it)")
        pytest.skip("no /usr/bin/chromium: apt-get install -y chromium")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    path = Path(os.environ.get("STORYLENS_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture()
def page(browser, live_server):
    context = browser.new_context(base_url=live_server, viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    pg.dialogs = []  # every alert/confirm the page raised

    def on_dialog(dialog):
        pg.dialogs.append(dialog.message)
        dialog.accept()

    pg.on("dialog", on_dialog)
    pg.set_default_timeout(60_000)  # the first story view computes its ledger (models load)
    yield pg
    context.close()


def test_filter_open_kazakhstan_and_highlight_a_claim(page, shots):
    page.goto("/")
    page.screenshot(path=shots / "stories.png")
    page.fill("form.filters input[name=q]", "Kazakhstan")
    page.click("form.filters button[type=submit]")
    links = page.locator("li.story a.title")
    assert links.count() >= 1
    assert "Kazakhstan" in links.first.inner_text()
    links.first.click()
    page.wait_for_selector("#ledger")
    assert page.locator("table.matrix").is_visible()
    assert page.locator("section.col").count() == 2
    assert CNN_SEED.name in page.content() and FAZ_SEED.name in page.content()
    assert page.locator("#quotes").is_visible() and page.locator("#entities").is_visible()
    page.screenshot(path=shots / "story.png", full_page=False)

    shared = page.locator("section.col mark.shared").first
    claim = shared.get_attribute("data-claim")
    shared.click()
    lit = page.locator("mark.hl")
    columns = {lit.nth(i).evaluate("m => m.closest('section.col').id") for i in range(lit.count())}
    assert columns == {"doc-d1", "doc-d2"}, f"claim {claim} highlighted in {columns}"
    assert page.locator(f"tr#claim-{claim}.hl").count() == 1
    page.locator("#ledger").scroll_into_view_if_needed()
    page.screenshot(path=shots / "story-ledger-highlight.png")


def test_compare_from_the_page(page, shots):
    page.goto("/compare")
    areas = page.locator("textarea[name=text]")
    areas.nth(0).fill(HOSTILE[1]["text"])  # two short reports of one flood: a quick comparison
    areas.nth(1).fill(HOSTILE[0]["text"])
    page.click("#compare-run")
    page.wait_for_selector("#result")
    assert "Yes" in page.locator("section.verdict strong").inner_text()
    assert page.locator("table.claims tr.claim").count() >= 3
    page.screenshot(path=shots / "compare.png")


def test_merge_two_stories_and_see_the_result(page, live_server, shots):
    a, b = tiny_stories(live_server, "tiny-1", "tiny-2")
    page.goto(f"/stories/{a['id']}")
    page.select_option("#merge-form select[name=into]", b["id"])
    page.click("#merge-form button[type=submit]")  # confirm() answered yes by the dialog handler
    page.wait_for_selector("p.notice")
    assert page.dialogs and "Merge" in page.dialogs[-1]
    assert page.locator("table.articles tbody tr").count() == len(a["articles"]) + len(b["articles"])
    page.screenshot(path=shots / "merged.png")


def test_corrections_work_without_javascript(browser, live_server, shots):
    a, b = tiny_stories(live_server, "tiny-3", "tiny-4")
    context = browser.new_context(base_url=live_server, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"/stories/{a['id']}")
    page.select_option("#merge-form select[name=into]", b["id"])
    page.click("#merge-form button[type=submit]")
    # The click returns before the next page has loaded (content() was '' once under load): wait for it.
    page.wait_for_selector("form.confirm")
    assert "Confirm merge" in page.content()  # the server asks instead of confirm()
    page.screenshot(path=shots / "confirm-no-js.png")
    page.click("form.confirm button[type=submit]")
    page.wait_for_selector("p.notice")
    assert page.locator("table.articles tbody tr").count() == len(a["articles"]) + len(b["articles"])
    context.close()


def test_article_text_never_runs_and_rtl_renders_right_to_left(page, live_server, shots):
    import httpx

    xss = httpx.get(f"{live_server}/api/stories", params={"q": "Nordhaven"}).json()["stories"]
    for url in ["/", f"/stories/{xss[0]['id']}", "/search?q=Nordhaven", f"/search?q={XSS}"]:
        page.goto(url)
    page.goto(f"/stories/{next(s['id'] for s in xss if any(a['external_id'] == 'xss-1' for a in s['articles']))}")
    assert page.dialogs == []
    assert page.get_by_text(XSS).count() >= 1  # shown as text
    assert page.locator("a[href^='javascript']").count() == 0
    page.screenshot(path=shots / "xss-story.png")
    page.goto("/?language=ar")
    title = page.locator("li.story a.title").first
    assert title.evaluate("e => getComputedStyle(e).direction") == "rtl"
    page.screenshot(path=shots / "rtl.png")
    assert page.dialogs == []
