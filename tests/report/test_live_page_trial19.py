"""A live page's timestamped entries (trial 19 #13): its entries are readings of one tally. The superseded
entries are the newest's history (removed as ``live_history`` with their times), not claims set against
other sources' newer figures; the times of the entries left are kept (``live_time``)."""

from __future__ import annotations

from storylens.ingest.files import live_entries, read_string
from storylens.report.compare import prepare_document

FLOOD = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Flood live</title>
<meta property="og:site_name" content="River Post"></head><body><article>
<h1>Valden floods live: toll rises as the river keeps rising</h1>
<ul>
<li><time datetime="2026-03-02T08:00">08:00</time><p>Heavy rain has flooded the lower town of Valden overnight and roads are closed.</p></li>
<li><time datetime="2026-03-02T10:15">10:15</time><p>Police say at least four people have died and 30 are missing after the river burst its banks.</p></li>
<li><time datetime="2026-03-02T16:40">16:40</time><p>Police now say nine people have died and 12 are missing.</p></li>
<li><time datetime="2026-03-02T18:05">18:05</time><p>The regional government has declared a state of emergency for the whole valley.</p></li>
</ul></article></body></html>"""


def test_the_entries_of_a_live_page_are_read_with_their_times():
    entries = live_entries(FLOOD)
    assert [e["time"] for e in entries] == ["2026-03-02T08:00", "2026-03-02T10:15", "2026-03-02T16:40", "2026-03-02T18:05"]
    assert entries[2]["text"] == "Police now say nine people have died and 12 are missing."


def test_a_superseded_tally_is_history_not_text():
    doc = prepare_document(read_string(FLOOD, "flood.html"), "d1")
    assert "at least four people" not in doc.text and "nine people have died" in doc.text
    history = [r.text for r in doc.removed if r.kind == "live_history"]
    assert history == [("2026-03-02T10:15 Police say at least four people have died and 30 are missing after the "
                        "river burst its banks.")]
    assert [r.text[:16] for r in doc.removed if r.kind == "live_time"] == ["2026-03-02T08:00", "2026-03-02T16:40",
                                                                           "2026-03-02T18:05"]


def test_a_page_with_one_time_stamp_is_no_live_page():
    page = FLOOD.replace('<li><time datetime="2026-03-02T10:15">10:15</time>', "<li>").replace(
        '<li><time datetime="2026-03-02T16:40">16:40</time>', "<li>").replace(
        '<li><time datetime="2026-03-02T18:05">18:05</time>', "<li>")
    assert live_entries(page) == ()
    doc = prepare_document(read_string(page, "flood.html"), "d1")
    assert "at least four people" in doc.text and not [r for r in doc.removed if r.kind.startswith("live")]
