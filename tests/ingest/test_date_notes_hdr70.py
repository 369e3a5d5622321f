"""hdr70: dates read silently. An HTML page whose metadata states no date, dated by a stamp in its text ("Posted March
14, 2026" under the headline), now says where its date came from, as a page dated only by an update stamp says so; a
JSONL record dated later than its text's own update stamp ("Aktualisiert am 14.03.2026" in a record dated 16 March)
keeps the record's date with one warning line. The stream keeps both notes with the article, over a re-run."""

from __future__ import annotations

import json

import pytest

from storylens import stream
from storylens.embed import HashingEmbedder
from storylens.ingest import read_path
from storylens.ingest.jsonl import read_jsonl
from storylens.report.compare import ONLY_AN_UPDATE, RECORD_AFTER_UPDATE, TEXT_DATED, prepare_document
from storylens.store import open_store

PARAGRAPHS = ("<p>The city council approved the new transport plan on Friday after a long debate that lasted well into "
              "the night, officials said on Saturday morning.</p>\n<p>The plan adds three bus lines and extends the tram "
              "network to the northern districts by 2028, according to the mayor's office, which said the cost would be "
              "shared with the region.</p>\n<p>Opposition councillors said the plan was too expensive and would not "
              "solve the congestion in the city centre, where traffic has grown every year since 2020.</p>")


def _page(stamp: str, head: str = "") -> str:
    return (f"<html><head><title>City council approves new transport plan</title>{head}</head><body><article>"
            f"<h1>City council approves new transport plan</h1>\n{stamp}\n{PARAGRAPHS}</article></body></html>")


def _doc(tmp_path, html: str, name: str = "page.html"):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return prepare_document(read_path(path), "d1")


def test_an_html_page_dated_by_its_text_says_so(tmp_path):
    doc = _doc(tmp_path, _page("<p>Posted March 14, 2026</p>"))
    assert doc.published == "2026-03-14"
    assert [w for w in doc.warnings if w.startswith(TEXT_DATED)] == [
        ("date: read from the page's text (2026-03-14, 'Posted March 14, 2026'); the HTML's metadata states no "
         "publication date")]


def test_an_html_page_dated_by_its_metadata_or_undated_says_nothing_new(tmp_path):
    meta = '<meta property="article:published_time" content="2026-03-14T10:15:00Z">'
    dated = _doc(tmp_path, _page("<p>Posted March 14, 2026</p>", meta), "dated.html")
    assert dated.published == "2026-03-14" and not dated.warnings
    undated = _doc(tmp_path, _page(""), "undated.html")
    assert undated.published is None and not undated.warnings
    updated = _doc(tmp_path, _page("<p>Updated March 14, 2026 10:15 GMT</p>"), "updated.html")  # as before
    assert updated.published is None and [w[:len(ONLY_AN_UPDATE)] for w in updated.warnings] == [ONLY_AN_UPDATE]


def test_a_plain_text_dated_by_its_text_is_no_html_page(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("City council approves new transport plan\n\nPosted March 14, 2026\n\nThe city council approved "
                    "the new transport plan on Friday after a long debate, officials said.\n", encoding="utf-8")
    doc = prepare_document(read_path(path), "d1")
    assert doc.published == "2026-03-14" and not doc.warnings


TEXT = ("Stadtrat billigt neuen Verkehrsplan\n\nAktualisiert am 14.03.2026, 12:30 Uhr\n\nDer Stadtrat hat den neuen "
        "Verkehrsplan am Freitag nach langer Debatte gebilligt, teilten Beamte mit. Der Plan sieht drei neue Buslinien "
        "vor, sagte ein Sprecher der Stadt.\n")


def _records(tmp_path, *dates: str):
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps({"id": f"r{i}", "text": TEXT, "date": d}) + "\n" for i, d in enumerate(dates)),
                    encoding="utf-8")
    return path


def test_a_record_dated_after_its_texts_update_stamp_is_said(tmp_path):
    later, same, earlier = (prepare_document(raw, "d1") for raw in read_jsonl(_records(tmp_path, "2026-03-16",
                                                                                        "2026-03-14", "2026-03-13")))
    assert later.published == "2026-03-16"  # the record's date is kept
    assert later.warnings == ((f"{RECORD_AFTER_UPDATE} (the record: 2026-03-16; the stamp: 2026-03-14); the record's "
                               "date is kept: check its date field"),)
    assert same.published == "2026-03-14" and not same.warnings
    assert earlier.published == "2026-03-13" and not earlier.warnings


def test_the_stream_keeps_both_notes_over_a_rerun(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(_page("<p>Posted March 14, 2026</p>"), encoding="utf-8")
    records = _records(tmp_path, "2026-03-16")
    with open_store(tmp_path / "s.db") as store:
        for _ in range(2):
            stream.ingest_paths([page, records], store, embedder=HashingEmbedder())
            notes = sorted(w.split(" (")[0] for a in store.articles() for w in a.metadata.get("warnings", []))
            assert notes == sorted([RECORD_AFTER_UPDATE, TEXT_DATED])


def test_the_line_quoted_writes_the_date_read(tmp_path):
    # break70h M1: the line was matched by its year alone and quoted another day's stamp
    doc = _doc(tmp_path, _page("<p>Updated March 15, 2026 10:00 GMT</p>\n"
                               "<p>PARIS, March 14 (Reuters) - The council met on Friday.</p>"))
    assert doc.published == "2026-03-14"
    assert [w for w in doc.warnings if w.startswith(TEXT_DATED)] == [
        "date: read from the page's text (2026-03-14, its dateline); the HTML's metadata states no publication date"]


@pytest.mark.parametrize(("stamp", "dates"), [
    # break70h M2: 2026-03-15T01:00+09:00 is 16:00 GMT on the 14th, before "Updated March 14, 2026 20:00 GMT"
    ("Updated March 14, 2026 20:00 GMT", ["2026-03-15T01:00:00+09:00", "2026-03-15T06:00:00+09:00"]),
    # final70 M2: "8:00 PM GMT+1" was read without its offset, so 03:30 on the 15th in Tokyo (18:30 GMT on the 14th)
    # was "later than the text's own update stamp" (19:00 GMT) by its day
    ("Updated March 14, 2026 8:00 PM GMT+1", ["2026-03-15T03:30:00+09:00", "2026-03-15T04:30:00+09:00"]),
    # tz71: read by ingest.dates.written_offset since (18:00 GMT), report.compare's copy of it deleted
    ("Updated March 14, 2026 11:30 PM GMT+5:30", ["2026-03-15T02:30:00+09:00", "2026-03-15T03:30:00+09:00"]),
    ("Updated March 14, 2026 11:30 PM (GMT+7)", ["2026-03-15T01:00:00+09:00", "2026-03-15T02:00:00+09:00"]),
], ids=["gmt", "gmt+1", "gmt+5:30", "(gmt+7)"])
def test_a_record_earlier_than_the_stamp_as_a_moment_says_nothing(tmp_path, stamp, dates):
    text = TEXT.replace("Aktualisiert am 14.03.2026, 12:30 Uhr", stamp)
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps({"id": f"r{i}", "text": text, "date": d}) + "\n" for i, d in enumerate(dates)),
                    encoding="utf-8")
    earlier, later = (prepare_document(raw, "d1") for raw in read_jsonl(path))
    assert not earlier.warnings
    assert [w[:len(RECORD_AFTER_UPDATE)] for w in later.warnings] == [RECORD_AFTER_UPDATE]


def test_an_html_page_after_its_update_stamp_gets_no_record_s_note(tmp_path):
    # break70h M2: an HTML page has no record nor date field ("check its date field"); its metadata date is kept
    meta = '<meta property="article:published_time" content="2026-03-16T10:00:00Z">'
    doc = _doc(tmp_path, _page("<p>Updated March 14, 2026 20:00 GMT</p>", meta))
    assert doc.published == "2026-03-16" and not doc.warnings


def test_a_feed_entry_dated_by_its_text_names_the_feed_entry(tmp_path):
    # break70h L1: it said "the HTML's metadata states no publication date"
    from storylens.ingest.feeds import read_feed

    path = tmp_path / "f.xml"
    path.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>City News</title>"
                    "<link>https://example.org/</link><description>x</description><item><title>City council approves "
                    "new transport plan</title><link>https://example.org/a</link><description><![CDATA[<p>Posted March "
                    f"14, 2026</p>{PARAGRAPHS}]]></description></item></channel></rss>", encoding="utf-8")
    [doc] = [prepare_document(raw, "d1") for raw in read_feed(path)]
    assert [w for w in doc.warnings if w.startswith(TEXT_DATED)] == [
        f"{TEXT_DATED} (2026-03-14, 'Posted March 14, 2026'); the feed entry states no publication date"]

