"""tz71: an offset written after GMT or UTC ("GMT+0100", "GMT+1", "UTC-05:00", "GMT+5:30") is the moment's offset;
parse_timestamp read "GMT+0100" as +00:00 and the others as a local time of no zone. One reader,
ingest.dates.written_offset, for the dates, report.compare and stream.metadata (three copies before)."""

from __future__ import annotations

import json

import pytest

from storylens.ingest.dates import parse_date, parse_timestamp, written_offset
from storylens.ingest.jsonl import read_jsonl

BODY = ("The harbour ferry between the two islands was suspended on Monday after a storm damaged the pier, "
        "the operator said, and repairs were expected to take at least three weeks.")


@pytest.mark.parametrize(("value", "moment"), [
    ("Sat, 14 Mar 2026 09:00 GMT+0100", "2026-03-14T09:00:00+01:00"),  # was +00:00
    ("Sat, 14 Mar 2026 09:00 GMT+1", "2026-03-14T09:00:00+01:00"),
    ("Sat, 14 Mar 2026 09:00 UTC-05:00", "2026-03-14T09:00:00-05:00"),
    ("Sat, 14 Mar 2026 09:00 GMT+5:30", "2026-03-14T09:00:00+05:30"),  # India
    ("Sat, 14 Mar 2026 09:00 GMT+05:45", "2026-03-14T09:00:00+05:45"),  # Nepal
    ("Sat, 14 Mar 2026 09:00 GMT-3", "2026-03-14T09:00:00-03:00"),
    ("Sat, 14 Mar 2026 09:00 GMT\u22123", "2026-03-14T09:00:00-03:00"),  # a minus sign
    ("sat, 14 mar 2026 09:00 gmt+1", "2026-03-14T09:00:00+01:00"),
    ("March 14, 2026 9:00 PM GMT+1", "2026-03-14T21:00:00+01:00"),
    ("March 14, 2026 9:00 PM GMT+1.", "2026-03-14T21:00:00+01:00"),
    ("March 14, 2026 09:10 (GMT+7)", "2026-03-14T09:10:00+07:00"),
    ("Sat, 14 Mar 2026 09:00 GMT +7", "2026-03-14T09:00:00+07:00"),
    ("Sat, 14 Mar 2026 09:00 GMT+14", "2026-03-14T09:00:00+14:00"),
    ("Sat, 14 Mar 2026 09:00 GMT-0", "2026-03-14T09:00:00+00:00"),
])
def test_an_offset_after_gmt_or_utc_is_the_moment_s(value, moment):
    assert parse_timestamp(value) == moment
    assert parse_date(value) == "2026-03-14"  # the day as before


@pytest.mark.parametrize("value", ["Sat, 14 Mar 2026 09:00 GMT+15", "Sat, 14 Mar 2026 09:00 GMT+1500",
                                   "Sat, 14 Mar 2026 09:00 UTC-16", "Sat, 14 Mar 2026 09:00 GMT+1:75",
                                   "Sat, 14 Mar 2026 09:00 GMT+14:30", "Sat, 14 Mar 2026 09:00 GMT+123"])
def test_an_offset_no_zone_has_gives_no_moment(value):
    # it was read as GMT (+00:00) or as a local time: a moment no zone has is none, never GMT's
    assert parse_timestamp(value) is None


@pytest.mark.parametrize(("value", "moment"), [
    ("Sat, 14 Mar 2026 09:00 GMT", "2026-03-14T09:00:00+00:00"),
    ("Sat, 14 Mar 2026 09:00 UTC", "2026-03-14T09:00:00+00:00"),
    ("Sat, 14 Mar 2026 09:00 Z", "2026-03-14T09:00:00+00:00"),
    ("Sat, 14 Mar 2026 09:00 +0100", "2026-03-14T09:00:00+01:00"),
    ("Sat, 14 Mar 2026 09:00 EST", "2026-03-14T09:00:00-05:00"),
    ("Sat, 14 Mar 2026 09:00", "2026-03-14T09:00:00"),
    ("2026-03-14T09:00:00+01:00", "2026-03-14T09:00:00+01:00"),
    ("2026-03-14T09:00:00Z", "2026-03-14T09:00:00+00:00"),
])
def test_plain_zones_and_numeric_offsets_as_before(value, moment):
    assert parse_timestamp(value) == moment


@pytest.mark.parametrize(("text", "offset"), [
    ("GMT+1", "+01:00"), ("UTC-05:00", "-05:00"), ("GMT+5:30", "+05:30"), ("GMT+0530", "+05:30"),
    ("(GMT+7)", "+07:00"), ("UTC\u22123", "-03:00"), ("Updated 10:15 UTC+11 March 13", "+11:00"),
    ("GMT", ""), ("UTC", ""), ("10:15 GMT - 14 March", ""), ("no zone", ""),  # none written
    ("GMT+15", None), ("GMT+1:75", None), ("UTC-14:01", None),  # written, but no zone has it
])
def test_written_offset(text, offset):
    assert written_offset(text) == offset


def test_a_record_s_date_with_an_offset_after_gmt_keeps_it(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "x", "text": BODY, "published": "Sat, 14 Mar 2026 09:00 GMT+5:30"}) + "\n",
                    encoding="utf-8")
    [raw] = read_jsonl(path)
    assert raw.metadata["published"] == "2026-03-14" and raw.metadata["published_at"] == "2026-03-14T09:00:00+05:30"


@pytest.mark.parametrize(("value", "moment"), [
    # RFC 2822's zone comment after the numeric offset (mail, feeds): main read them as a local time of no zone
    ("Mon, 14 Mar 2026 09:00:00 +0100 (CET)", "2026-03-14T09:00:00+01:00"),
    ("Sat, 14 Mar 2026 09:00:00 +0000 (UTC)", "2026-03-14T09:00:00+00:00"),
    ("Sat, 14 Mar 2026 09:00:00 -0500 (EST)", "2026-03-14T09:00:00-05:00"),
    ("Sat, 14 Mar 2026 09:00:00 +0100 (Central European Time)", "2026-03-14T09:00:00+01:00"),
    ("Sat, 14 Mar 2026 09:00:00 +0100", "2026-03-14T09:00:00+01:00"),  # unchanged
    ("Sat, 14 Mar 2026 09:00:00 (CET)", "2026-03-14T09:00:00"),  # a comment alone states no offset
])
def test_a_zone_comment_after_the_offset_keeps_the_offset(value, moment):
    assert parse_timestamp(value) == moment
