"""Trial 20 #18: a live page listing its newest entry first. Only the newest reading of a quantity (a rate
per dollar, a percentage, a toll) stays in the text; the superseded readings are the entry's history, kept
with their times; the page's headline opens the text even when the page's markup puts an entry before it."""

from __future__ import annotations

import pytest

from storylens.ingest.files import read_string
from storylens.report.compare import live_history, prepare_document, with_headline

_ENTRIES = [
    ("16:30", "The peso closes at 38.5 per dollar, down 7.2% on the day, its weakest close on record."),
    ("15:05", "The peso extends losses and trades at 37.9 per dollar, down 5.6%."),
    ("14:20", "First trades after the decision: the peso weakens to 37.2 per dollar, down 3.6%."),
    ("14:00", "The central bank raises its key rate by 150 basis points to 5.50%."),
]


def _page(entries, stamp=lambda t: f"2026-11-26T{t}:00+00:00"):
    items = "".join(f'<div class="entry"><time datetime="{stamp(t)}">{t}</time><p>{x}</p></div>' for t, x in entries)
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>LIVE: Calvera peso crashes "
            "after surprise rate hike</title></head><body><article><h1>LIVE: Calvera peso crashes after surprise "
            f"rate hike</h1>{items}</article></body></html>")


@pytest.mark.parametrize("entries", [_ENTRIES, _ENTRIES[::-1]], ids=["newest first", "oldest first"])
def test_only_the_newest_reading_of_a_rate_stays_in_the_text(entries):
    doc = prepare_document(read_string(_page(entries), "live.html"), "d1")
    assert "38.5 per dollar" in doc.text and "37.9" not in doc.text and "37.2" not in doc.text
    assert "150 basis points" in doc.text  # the decision is read once: no history
    history = sorted(r.text for r in doc.removed if r.kind == "live_history")
    assert [h.split(" ", 1)[0][11:16] for h in history] == ["14:20", "15:05"]


def test_clock_times_order_the_entries_too():
    body = "\n\n".join(x for _, x in _ENTRIES)
    entries = [{"time": t, "text": x} for t, x in _ENTRIES]
    text, removed = live_history(body, entries)
    assert "37.9" not in text and "38.5" in text
    assert [r.text[:5] for r in removed if r.kind == "live_history"] == ["15:05", "14:20"]


def test_the_headline_opens_a_live_page():
    doc = prepare_document(read_string(_page(_ENTRIES), "live.html"), "d1")
    assert doc.sentences[0].text == "LIVE: Calvera peso crashes after surprise rate hike"


def test_a_headline_line_after_the_first_paragraph_moves_to_the_front():
    body = "The peso closes at 38.5 per dollar.\nCalvera peso crashes after rate hike\nThe bank raised rates."
    assert with_headline(body, "Calvera peso crashes after rate hike").split("\n")[0] == "Calvera peso crashes after rate hike"
    opened = "Calvera peso crashes after rate hike\nThe peso closes at 38.5 per dollar."
    assert with_headline(opened, "Calvera peso crashes after rate hike") == opened


def test_unnamed_percentages_alone_are_no_reading_superseded():
    entries = [{"time": "12:00", "text": "Shares of Norvalia Steel fell 4% in early trading."},
               {"time": "16:00", "text": "The shipping group Harbour Lines rose 2% after its results."}]
    text, removed = live_history("\n\n".join(e["text"] for e in entries), entries)
    assert "fell 4%" in text and not [r for r in removed if r.kind == "live_history"]
