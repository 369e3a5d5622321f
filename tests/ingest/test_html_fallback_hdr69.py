"""break68c L2 (hdr69): a page whose text trafilatura drops (a short text in an <aside> or a footer-like block, taken
for boilerplate) kept only its headline, which the title line's removal emptied: the page was refused as "input is
empty". It is not empty: the extractor's recall option, then the page's visible text, is read, with a warning line
saying so; a page with no text but its title or menus is refused saying the HTML held no article text."""

import pytest

from storylens.errors import EmptyInputError
from storylens.ingest import read_path

LEAD = "A fire broke out in a warehouse in Leeds on Friday. No one was hurt, police said."
PAGE = "<html><head><title>Fire in Leeds warehouse</title></head><body><h1>Fire in Leeds warehouse</h1>{}</body></html>"
FRENCH = ("<!DOCTYPE html><html><head><title>Incendie à Leeds</title><script>var a = 1;</script></head><body>"
          "<h1>Incendie à Leeds</h1><aside><p>Un incendie a touché un entrepôt vendredi.</p><p>Personne n'a été "
          "blessé, selon la police.</p></aside></body></html>")
PAGES = [PAGE.format(f"<aside>{LEAD}</aside>"), PAGE.format(f"<div class='footer'>{LEAD}</div>"), FRENCH]


@pytest.mark.parametrize("page", PAGES)
def test_text_the_extractor_drops_is_read_with_a_warning(tmp_path, page):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    raw = read_path(path)
    assert "Leeds on Friday" in raw.text or "entrepôt vendredi" in raw.text
    assert "var a" not in raw.text and not raw.text.startswith(("Fire in Leeds", "Incendie"))  # no script, no title
    assert [w for w in raw.metadata["warnings"] if w.startswith("html: the extractor found no article text")]


def test_a_page_with_only_its_title_says_the_html_held_no_article_text(tmp_path):
    path = tmp_path / "title.html"
    path.write_text("<html><head><title>Fire in Leeds warehouse</title></head><body><h1>Fire in Leeds warehouse"
                    "</h1></body></html>", encoding="utf-8")
    with pytest.raises(EmptyInputError, match="no article text found in the HTML page") as caught:
        read_path(path)
    assert "input is empty" not in str(caught.value)
