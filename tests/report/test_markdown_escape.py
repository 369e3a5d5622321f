"""User text is inert in every Markdown report (trial #27): a title ``<script>…`` stays text.

Each renderer's output goes through a real Markdown renderer (markdown-it, which rich uses)
and the HTML must hold the user's text as text, never as a tag, link or emphasis.
"""

from markdown_it import MarkdownIt

from storylens.models import Comparison, Document, Similarity
from storylens.report import render
from storylens.stream.render import render_search, render_story, stories_markdown, stories_table

EVIL = "Scholz <script>alert(1)</script> & [click](javascript:alert(2)) *loud* | cell"


def _html(md: str) -> str:
    return MarkdownIt("commonmark").enable("table").render(md)


def _assert_inert(md: str) -> None:
    html = _html(md)
    assert "<script" not in html and "<a " not in html and "<em>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as text, not dropped


def _story(sid: str, title: str) -> dict:
    return {"id": sid, "title": title, "first_seen": "2024-03-14", "last_seen": "2024-03-14",
            "articles": ["a1"], "outlets": [EVIL], "languages": ["en"]}


def test_the_story_list_in_markdown_escapes_titles_and_outlets():
    md = stories_markdown({"stories": [_story("S-1", EVIL)]})
    _assert_inert(md)
    assert md.count("\n| S-1 |") == 1  # the pipe in the title did not add a cell row


def test_one_story_is_one_story_in_the_terminal_list():
    assert stories_table({"stories": [_story("S-1", "x")]}).splitlines()[0] == "1 story"
    assert stories_table({"stories": [_story("S-1", "x"), _story("S-2", "y")]}).splitlines()[0] == "2 stories"


def test_one_story_in_markdown_escapes_its_user_text():
    art = {"id": "a1", "outlet": EVIL, "language": "en", "published": None, "title": EVIL, "reason": EVIL}
    payload = {"id": "S-1", "title": EVIL, "articles": [art], "first_seen": None, "last_seen": None,
               "coverage": {"outlets": {"x": 1}, "languages": {"en": 1}}, "blindspots": [],
               "timeline": [{"date": "2024-03-14", "outlet": EVIL, "title": EVIL, "article": "a1"}],
               "duplicates": [{"id": "a2", "source": EVIL, "reason": EVIL}]}
    md = render_story(payload, "markdown")
    _assert_inert(md)
    assert "Story `S-1`: 1 article," in md
    assert not md.startswith("# Scholz <")


def test_the_comparison_report_in_markdown_escapes_titles():
    docs = tuple(Document(id=f"d{i}", source=f"{i}.txt", text="x", sentences=(), outlet=EVIL, title=EVIL)
                 for i in (1, 2))
    _assert_inert(render(Comparison(documents=docs, similarity=Similarity(True, 0.9, {})), "markdown"))


def test_search_results_in_markdown_escape_the_query():
    _assert_inert(render_search({"query": EVIL, "results": []}, "markdown"))


def test_a_line_start_marker_does_not_become_a_heading_or_quote():
    from storylens.report import md_escape

    for text in ("# headline", "> quoted", "- item", "1. first"):
        assert "<h1>" not in _html(f"- x {md_escape(text)}") and "<h1>" not in _html(md_escape(text))
        assert "<blockquote>" not in _html(md_escape(text)) and "<ol>" not in _html(md_escape(text))


def test_two_documents_judged_different_stories_caution_their_conflicts():
    # Trial 12: Romania's and Portugal's elections, "DIFFERENT STORIES" above "Conflicting claims".
    from storylens.models import Claim, Evidence

    docs = tuple(Document(id=f"d{i}", source=f"{i}.txt", text="x", sentences=()) for i in (1, 2))
    claim = Claim("c1", "conflicting", "x", (Evidence("d1", "d1:s0", "27,6 %"), Evidence("d2", "d2:s0", "31,2 %")),
                  conflict="%: 27,6 vs 31,2", docs=("d1", "d2"))
    apart = Comparison(documents=docs, similarity=Similarity(False, 0.68, {}), claims=(claim,))
    for fmt in ("markdown", "terminal", "html"):
        assert "judged different stories" in " ".join(render(apart, fmt).split())
    same = Comparison(documents=docs, similarity=Similarity(True, 0.9, {}), claims=(claim,))
    assert "judged different stories" not in " ".join(render(same, "markdown").split())
