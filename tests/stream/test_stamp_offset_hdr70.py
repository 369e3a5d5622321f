"""hdr70: a stamp's zone with its offset ("Updated March 13, 2026 10:15 AM GMT+1", Reuters) reads as a page stamp since
hdr70; the stream read no moment of it (the "+1" after the zone was no day), so two versions went unordered."""

from __future__ import annotations

import pytest

from storylens.stream.metadata import stamp_moment


@pytest.mark.parametrize(("stamp", "moment"), [
    ("Updated March 13, 2026 10:15 AM GMT+1", "2026-03-13T10:15:00+01:00"),
    ("Updated March 13, 2026 10:15 AM GMT-5", "2026-03-13T10:15:00-05:00"),
    ("Updated 10:15 UTC+11 March 13, 2026", "2026-03-13T10:15:00+11:00"),
])
def test_a_zone_with_its_offset(stamp, moment):
    assert stamp_moment([stamp], None) == moment


@pytest.mark.parametrize(("stamp", "moment"), [
    ("Updated: 4:45 p.m. GMT", "2026-03-13T16:45:00+00:00"),
    ("Actualizado: 14 MAR 2026 - 12:30 CET", "2026-03-14T12:30:00+01:00"),
    ("Stand: 14:20 Uhr.", "2026-03-13T14:20:00"),
])
def test_zones_without_an_offset_as_before(stamp, moment):
    assert stamp_moment([stamp], "2026-03-13") == moment


@pytest.mark.parametrize("stamp", ["Updated March 13, 2026 10:15 AM GMT+15", "Updated March 13, 2026 10:15 AM UTC-16"])
def test_an_offset_over_14_hours_is_no_zone(stamp):
    # break70h L2: "GMT+15" read as GMT (+00:00), a moment no zone has
    assert stamp_moment([stamp], None) is None


@pytest.mark.parametrize(("stamp", "moment"), [
    # tz71: the offset's minutes, or a space before it, left the rest of the stamp unread, so no moment
    ("Updated March 13, 2026 10:15 AM GMT+5:30", "2026-03-13T10:15:00+05:30"),
    ("Updated March 13, 2026 10:15 GMT+0100", "2026-03-13T10:15:00+01:00"),
    ("Updated March 13, 2026 10:15 UTC-05:00", "2026-03-13T10:15:00-05:00"),
    ("Updated March 13, 2026 10:15 GMT +7", "2026-03-13T10:15:00+07:00"),
    ("Updated March 13, 2026 10:15 GMT\u22123", "2026-03-13T10:15:00-03:00"),
    ("Updated March 13, 2026 10:15 AM GMT+1:75", None),
    ("Updated 10:15 GMT - 14 March 2026", "2026-03-14T10:15:00+00:00"),  # "- 14" is the day, no offset
])
def test_an_offset_with_minutes_is_read_as_ingest_reads_it(stamp, moment):
    assert stamp_moment([stamp], "2026-03-13") == moment
