"""break69h H1: hdr69 read a page whose text trafilatura drops by trafilatura's recall option, then by the page's
visible text, and so compared and stored cookie walls, a 404 page, a JavaScript notice and a section index of teasers
(main refused them, as "input is empty"). The lead's decision: no such fallback. Each of the tester's five pages is
refused in one line naming the page and the fix (save the article's text as a .txt file), with a non-zero exit, by
compare and by ingest, and ingest keeps the other articles. A headline with a short article in an <aside> is refused
the same way (the price of the decision: such pages are rare beside notices)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from storylens.cli import app
from storylens.embed import HashingEmbedder
from storylens.errors import EmptyInputError
from storylens.ingest import read_path
from storylens.store import open_store

PAGES = sorted((Path(__file__).parent.parent / "data" / "break69h").glob("*.html"))
FLOOD = "Heavy rain flooded Valencia on Tuesday and 12 people died, officials said after the storm passed.\n"
FIX = "no article text found in the HTML page (the extractor kept only its title, menus or notices); save the " \
      "article's text as a .txt file and read that"


def test_the_five_pages_are_there():
    assert [p.name for p in PAGES] == ["404_aside.html", "cookie_aside.html", "cookie_aside2.html",
                                       "index_aside_teasers.html", "js_notice_footer.html"]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_compare_refuses_a_page_with_no_article_in_one_line(tmp_path, page):
    other = tmp_path / "b.txt"
    other.write_text(FLOOD, encoding="utf-8")
    result = CliRunner().invoke(app, ["compare", str(page), str(other)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [f"storylens: error: {page}: {FIX}"]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_ingest_refuses_a_page_with_no_article_and_keeps_the_others(tmp_path, monkeypatch, page):
    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: HashingEmbedder())
    good = tmp_path / "flood.txt"
    good.write_text(FLOOD, encoding="utf-8")
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(app, ["ingest", str(good), str(page), "--db", db])
    assert result.exit_code == 1  # some failed, the others stored
    said = [line for line in result.output.splitlines() if str(page) in line]
    assert said == [f"storylens: error: {page}: {FIX}"], result.output
    with open_store(db) as store:
        assert [a.source for a in store.articles()] == [str(good)]


ASIDE = ("<html><head><title>Fire in Leeds warehouse</title></head><body><h1>Fire in Leeds warehouse</h1>{}"
         "</body></html>")
LEAD = "A fire broke out in a warehouse in Leeds on Friday. No one was hurt, police said."


@pytest.mark.parametrize("page", [ASIDE.format(f"<aside>{LEAD}</aside>"),
                                  ASIDE.format(f"<div class='footer'>{LEAD}</div>"),
                                  ASIDE.format("")])
def test_a_page_whose_text_the_extractor_drops_is_refused_with_the_fix(tmp_path, page):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(EmptyInputError) as caught:
        read_path(path)
    assert str(caught.value) == f"{path}: {FIX}"
