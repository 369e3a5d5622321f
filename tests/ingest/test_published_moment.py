"""The moment an article was published, kept beside its day when the source states a time (final check
of stop 26: an update filed the same day as its original could not be ordered by a day alone)."""

from __future__ import annotations

import json

import pytest

from storylens.ingest import read_bytes
from storylens.ingest.dates import parse_date, parse_timestamp
from storylens.ingest.feeds import read_feed
from storylens.ingest.jsonl import read_jsonl

BODY = ("The harbour ferry between the two islands was suspended on Monday after a storm damaged the pier, "
        "the operator said, and repairs were expected to take at least three weeks.")


@pytest.mark.parametrize("value, moment", [
    ("2025-03-03T09:00:00Z", "2025-03-03T09:00:00+00:00"),
    ("2025-03-03T09:00:00.250+0100", "2025-03-03T09:00:00+01:00"),
    ("2025-03-03 18:30", "2025-03-03T18:30:00"),  # no offset written: none invented
    ("Mon, 03 Mar 2025 09:00:00 GMT", "2025-03-03T09:00:00+00:00"),
    ("Mon, 03 Mar 2025 09:00:00 -0500", "2025-03-03T09:00:00-05:00"),
    ("Mon, 03 Mar 2025 09:00:00", "2025-03-03T09:00:00"),
    (1741000000, "2025-03-03T11:06:40+00:00"),  # epoch seconds are UTC
    ("1741000000000", "2025-03-03T11:06:40+00:00"),
    ("2025-03-03", None), ("Mon, 03 Mar 2025", None), ("03.03.2025", None),  # a day alone has no time
    ("yesterday", None), ("", None), (None, None), (True, None), ("2025-13-03T09:00:00Z", None),
])
def test_a_stated_time_is_read_with_its_offset_and_a_day_alone_gives_none(value, moment):
    assert parse_timestamp(value) == moment


@pytest.mark.parametrize("value, moment", [  # review of fixi: parsedate_tz skips AM/PM ("10:30 PM" was 10:30)
    ("Mon, 03 Mar 2025 10:30 PM", "2025-03-03T22:30:00"),
    ("March 3, 2025 10:30 PM", "2025-03-03T22:30:00"),
    ("03 Mar 2025 10:30pm", "2025-03-03T22:30:00"),
    ("03 Mar 2025 10:30 p.m.", "2025-03-03T22:30:00"),
    ("03 Mar 2025 09:15 AM", "2025-03-03T09:15:00"),
    ("3 Mar 2025 12:05 AM", "2025-03-03T00:05:00"),  # 12 AM is midnight
    ("Mon, 03 Mar 2025 12:00 PM GMT", "2025-03-03T12:00:00+00:00"),  # 12 PM is noon
    ("Mon, 03 Mar 2025 10:30:15 PM -0500", "2025-03-03T22:30:15-05:00"),  # the zone after it is kept
    ("03 Mar 2025 13:30 PM", None),  # no 12-hour reading: no moment
])
def test_a_twelve_hour_clock_is_read_with_its_am_or_pm(value, moment):
    assert parse_timestamp(value) == moment


@pytest.mark.parametrize("value, moment, day", [  # review of fixi: parse_timestamp read digits as an epoch first
    ("202403141230", "2024-03-14T12:30:00", "2024-03-14"),  # was 1976-05-31T15:05:41+00:00
    ("20240314123000", "2024-03-14T12:30:00", "2024-03-14"),
    ("2024031412", None, "2024-03-14"),  # an hour without minutes: the day only, as parse_date reads it
    ("20240314", None, "2024-03-14"),
    ("202403142599", None, "2024-03-14"),  # no clock time: the day
    ("1741000000", "2025-03-03T11:06:40+00:00", "2025-03-03"),  # no real day: epoch seconds
    ("1741000000000", "2025-03-03T11:06:40+00:00", "2025-03-03"),
])
def test_digits_are_read_as_a_compact_date_before_an_epoch_by_both_readers(value, moment, day):
    assert parse_timestamp(value) == moment
    assert parse_date(value) == day


def test_jsonl_rss_and_html_metadata_keep_the_time_they_state(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x", "text": BODY, "published": "2025-03-03T18:00:00+01:00"}) + "\n"
                    + json.dumps({"id": "y", "text": BODY + " Again.", "published": "2025-03-03"}) + "\n", encoding="utf-8")
    timed, dated = list(read_jsonl(path))
    assert timed.metadata["published"] == "2025-03-03" and timed.metadata["published_at"] == "2025-03-03T18:00:00+01:00"
    assert "published_at" not in dated.metadata
    feed = tmp_path / "f.rss"
    feed.write_text("<?xml version='1.0'?><rss version='2.0'><channel><title>Gazette</title><item><title>Ferry</title>"
                    f"<link>https://g.example/1</link><pubDate>Mon, 03 Mar 2025 07:15:00 +0100</pubDate>"
                    f"<description>{BODY}</description></item></channel></rss>", encoding="utf-8")
    [entry] = list(read_feed(feed))
    assert entry.metadata["published"] == "2025-03-03" and entry.metadata["published_at"] == "2025-03-03T07:15:00+01:00"
    page = (f"<html><head><title>Ferry</title><meta property='article:published_time' content='2025-03-03T22:30:00-05:00'>"
            f"</head><body><article><h1>Ferry</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>").encode()
    raw = read_bytes(page, "p.html", is_html=True)
    assert raw.metadata["published"] == "2025-03-03" and raw.metadata["published_at"] == "2025-03-03T22:30:00-05:00"


def test_the_page_is_parsed_once_for_its_date_and_its_time(monkeypatch):
    # review of fixi: _in_date_metadata and _page_time each parsed the page with lxml
    import sys

    import lxml.html

    calls = []
    parse = lxml.html.fromstring

    def counted(html, *args, **kwargs):
        caller = sys._getframe(1).f_code  # the date readings' parses (the link share reads its own copy)
        if caller.co_filename.endswith("files.py") and caller.co_name != "_link_share":
            calls.append(html)
        return parse(html, *args, **kwargs)

    monkeypatch.setattr(lxml.html, "fromstring", counted)
    page = (f"<html><head><title>Ferry</title><meta property='article:published_time' content='2025-03-03T22:30:00-05:00'>"
            f"</head><body><article><h1>Ferry</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>").encode()
    raw = read_bytes(page, "p.html", is_html=True)
    assert raw.metadata["published_at"] == "2025-03-03T22:30:00-05:00" and len(calls) == 1
