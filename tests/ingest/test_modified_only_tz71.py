"""tz71: an HTML page whose only date is its modification (article:modified_time, og:updated_time, dateModified, a
<time class="updated">) was dated by it as published (htmldate falls back to it): it is the page's update day only,
the publication unknown and said. A publication in the metadata dates the page as before."""

from __future__ import annotations

import pytest

from storylens.ingest import read_bytes
from storylens.report.compare import ONLY_AN_UPDATE_IN_METADATA, prepare_document

BODY = ("The harbour ferry between the two islands was suspended on Monday after a storm damaged the pier, "
        "the operator said, and repairs were expected to take at least three weeks.")
PUBLISHED = '<meta property="article:published_time" content="2026-03-13T10:15:00+01:00">'
MODIFIED = '<meta property="article:modified_time" content="2026-03-14T16:40:00+01:00">'


def _page(head: str = "", top: str = "") -> bytes:
    return (f"<html><head><title>Ferry</title>{head}</head><body><article><h1>Ferry</h1>{top}<p>{BODY}</p>"
            f"<p>{BODY}</p></article></body></html>").encode()


@pytest.mark.parametrize(("head", "top"), [
    (MODIFIED, ""),
    ('<meta property="og:updated_time" content="2026-03-14T16:40:00+01:00">', ""),
    ('<meta itemprop="dateModified" content="2026-03-14T16:40:00+01:00">', ""),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "dateModified": "2026-03-14T16:40:00+01:00"}</script>',
     ""),
    ("", '<time class="updated" datetime="2026-03-14T16:40:00+01:00">14 March 2026</time>'),
])
def test_a_modification_alone_is_the_update_day_not_the_publication(head, top):
    raw = read_bytes(_page(head, top), "p.html", is_html=True)
    assert "published" not in raw.metadata and "date" not in raw.metadata and "published_at" not in raw.metadata
    assert raw.metadata["modified"] == "2026-03-14"
    doc = prepare_document(raw, "d1")
    assert (doc.published, doc.updated) == (None, "2026-03-14")
    assert [w[:len(ONLY_AN_UPDATE_IN_METADATA)] for w in doc.warnings] == [ONLY_AN_UPDATE_IN_METADATA]
    assert "(2026-03-14, its modified time)" in doc.warnings[0]


@pytest.mark.parametrize(("head", "top", "published"), [
    (PUBLISHED, "", "2026-03-13"),
    (PUBLISHED + MODIFIED, "", "2026-03-13"),
    (('<script type="application/ld+json">{"datePublished": "2026-03-13T10:15:00+01:00", '
      '"dateModified": "2026-03-14T16:40:00+01:00"}</script>'), "", "2026-03-13"),
    ("", '<time class="entry-date published updated" datetime="2026-03-14T10:15:00+01:00">14 March 2026</time>',
     "2026-03-14"),  # WordPress's first version: published and updated in one element
    ('<meta property="article:published_time" content="2026-03-14T10:15:00+01:00">' + MODIFIED, "", "2026-03-14"),
])
def test_a_publication_in_the_metadata_dates_the_page_as_before(head, top, published):
    raw = read_bytes(_page(head, top), "p.html", is_html=True)
    assert raw.metadata["published"] == published and "modified" not in raw.metadata
    doc = prepare_document(raw, "d1")
    assert (doc.published, doc.updated, doc.warnings) == (published, None, ())


def test_a_record_s_modified_field_is_not_read_as_an_update(tmp_path):
    # only an HTML page's metadata gives "modified"; a JSONL field of that name is the caller's, unread
    import json

    from storylens.ingest.jsonl import read_jsonl

    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x", "text": BODY, "modified": "yesterday"}) + "\n", encoding="utf-8")
    [raw] = read_jsonl(path)
    assert prepare_document(raw, "d1").updated is None


@pytest.mark.parametrize(("head", "top"), [
    # tz71fix h30-h38: a publication written in a non-ISO form beside an ISO modified time is still the publication
    ('<meta property="article:published_time" content="Sat, 14 Mar 2026 10:00:00 GMT">' + MODIFIED, ""),
    ('<meta name="date" content="14.03.2026">' + MODIFIED, ""),
    (('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"14 March 2026",'
      '"dateModified":"2026-03-14T16:40:00+01:00"}</script>'), ""),
    ('<meta itemprop="datePublished" content="2026-3-14">' + MODIFIED, ""),
    ("", ('<abbr class="published" title="2026-03-14T10:00:00+01:00">14 March</abbr>'
          '<time class="updated" datetime="2026-03-14T16:40:00+01:00">x</time>')),
    ('<meta name="DC.date.issued" content="2026-03-14">' + MODIFIED, ""),
    ('<meta property="article:published_time" content="2026-03-14 10:00">' + MODIFIED, ""),
    ('<meta property="article:published_time" content="March 14, 2026">' + MODIFIED, ""),
    ('<meta name="pubdate" content="1773478800">' + MODIFIED, ""),  # an epoch: 2026-03-14 09:00 UTC
])
def test_a_publication_in_another_form_beside_a_modified_time_dates_the_page(head, top):
    raw = read_bytes(_page(head, top), "p.html", is_html=True)
    assert raw.metadata["published"] == "2026-03-14" and "modified" not in raw.metadata
    assert prepare_document(raw, "d1").published == "2026-03-14"


@pytest.mark.parametrize("head", [
    '<meta property="article:published_time" content="March 13, 2026">' + MODIFIED,
    '<meta property="article:published_time" content="Fri, 13 Mar 2026 10:00:00 GMT">' + MODIFIED,
])
def test_an_earlier_publication_in_another_form_is_the_publication_day(head):
    raw = read_bytes(_page(head), "p.html", is_html=True)
    assert raw.metadata["published"] == "2026-03-13" and "modified" not in raw.metadata


@pytest.mark.parametrize(("head", "top"), [
    ('<meta property="article:published_time" content="soon">' + MODIFIED, ""),  # no date read: still unknown
    ('<meta name="pubdate" content="">' + MODIFIED, ""),
    (MODIFIED, '<span class="date">Updated today</span>'),
    ("", '<time class="date updated" datetime="2026-03-14T16:40:00+01:00">14 March 2026</time>'),
    ('<meta name="lastmod" content="1773478800">' + MODIFIED, ""),
])
def test_publication_names_without_a_date_leave_the_page_modification_only(head, top):
    raw = read_bytes(_page(head, top), "p.html", is_html=True)
    assert "published" not in raw.metadata and raw.metadata["modified"] == "2026-03-14"
