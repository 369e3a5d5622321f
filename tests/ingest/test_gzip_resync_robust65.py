"""newuser64 M1: a per-record gzip WARC (one gzip member a record) with ONE damaged member lost every intact
record after it. Now the read goes on at the next intact member: the damaged member is one Failure naming its
record number and byte, the numbers after it stay those of the intact archive, and bytes that are no member
between two members are one Failure for the file. A resync candidate (gzip's three header bytes) counts only
when it inflates to a record's first line, and a member is checked to its CRC before its record is stored."""

from __future__ import annotations

import gzip
import io
import random

import pytest

from storylens.ingest.warc import read_warc
from storylens.models import Failure, RawDocument

BODY = "Heavy rain flooded Valencia on Tuesday, and 12 people died, officials said after the storm. " * 3


def _member(i: int, body: str = BODY) -> bytes:
    """One response record as its own gzip member (warcio's per-record gzip)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    page = f"<html><head><title>Story {i}</title></head><body><article><h1>Story {i}</h1><p>{body} Part {i}.</p>"
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(f"https://a.example/{i}", "response",
                                                  payload=io.BytesIO((page + "</article></body></html>").encode()),
                                                  http_headers=http))
    return out.getvalue()


def _flipped(member: bytes) -> bytes:
    bad = bytearray(member)
    bad[20:60] = b"\xff" * 40  # inside the deflate data, past the gzip header
    return bytes(bad)


def _bad_crc(member: bytes) -> bytes:
    bad = bytearray(member)
    bad[-5] ^= 0xFF  # the CRC-32 in the member's trailer; the data inflates whole
    return bytes(bad)


def _read(tmp_path, members: list[bytes]) -> list:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(members))
    return list(read_warc(path))


def _stored(got: list) -> list[tuple[str, str]]:
    return [(r.source.rsplit("#", 1)[1], r.metadata["url"]) for r in got if isinstance(r, RawDocument)]


@pytest.mark.parametrize("damage", ["flipped", "bad crc", "truncated"])
def test_every_intact_record_after_a_damaged_member_is_read(tmp_path, damage):
    members = [_member(i) for i in range(1, 5)]
    two = members[1]
    members[1] = {"flipped": _flipped(two), "bad crc": _bad_crc(two), "truncated": two[:len(two) // 2]}[damage]
    got = _read(tmp_path, members)
    # the records keep their numbers: #2 is the lost one, 3 and 4 those of the intact archive
    assert _stored(got) == [("1", "https://a.example/1"), ("3", "https://a.example/3"), ("4", "https://a.example/4")]
    failures = [r for r in got if isinstance(r, Failure)]
    assert len(failures) == 1
    assert failures[0].source.endswith("crawl.warc.gz#2")
    assert failures[0].reason.startswith(f"damaged gzip member at byte {len(members[0])} (")
    assert failures[0].reason.endswith("this record is lost, the records after it were read; re-download the archive")


def test_bytes_between_two_members_are_one_failure_for_the_file(tmp_path):
    members = [_member(i) for i in range(1, 5)]
    got = _read(tmp_path, [*members[:2], b"\x00junk\xff", *members[2:]])
    assert _stored(got) == [(str(i), f"https://a.example/{i}") for i in range(1, 5)]  # no record lost or renumbered
    (failure,) = [r for r in got if isinstance(r, Failure)]
    # keyed by the file, not by #3: record 3 is stored, and its success would clear a failure of its source
    assert failure.source.endswith("crawl.warc.gz")
    at = len(members[0]) + len(members[1])
    assert failure.reason.startswith(f"6 bytes at byte {at:,} are no gzip member (")
    assert "after record 2: passed over" in failure.reason


def test_a_false_member_header_inside_the_damage_is_passed_over(tmp_path):
    """Gzip's header bytes inside a damaged member, even a whole member of other text, are no record: the read
    goes on at member 3, with the one Failure for record 2 (a header taken blindly was a second failure)."""
    members = [_member(i) for i in range(1, 5)]
    damaged = bytearray(_flipped(members[1]))
    damaged[80:80] = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + gzip.compress(b"no record here\r\n" * 4)
    members[1] = bytes(damaged)
    got = _read(tmp_path, members)
    assert _stored(got) == [("1", "https://a.example/1"), ("3", "https://a.example/3"), ("4", "https://a.example/4")]
    assert [r.source.rsplit("#", 1)[1] for r in got if isinstance(r, Failure)] == ["2"]


def test_a_large_member_with_a_bad_crc_is_not_stored(tmp_path):
    """A member longer than the 64 KiB read gives its bytes before its CRC is checked at its end: its record,
    read whole, is a Failure when the check fails (stored, its bytes were unproven), and the read goes on."""
    rng = random.Random(7)
    body = " ".join(f"w{rng.getrandbits(40):x}" for _ in range(12000))  # compresses to more than 64 KiB
    members = [_member(1), _bad_crc(_member(2, body)), _member(3), _member(4)]
    assert len(members[1]) > 1 << 16
    got = _read(tmp_path, members)
    assert _stored(got) == [("1", "https://a.example/1"), ("3", "https://a.example/3"), ("4", "https://a.example/4")]
    (failure,) = [r for r in got if isinstance(r, Failure)]
    assert failure.source.endswith("#2") and "incorrect data check" in failure.reason

