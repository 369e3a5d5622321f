"""newuser64 M1: a per-record gzip WARC (one gzip member a record) with ONE damaged member lost every intact
record after it. Now the read goes on after a member whose end is known exactly (its data inflates whole, only
its CRC / length check failed, the next member starts right after it): one Failure naming its record number(s)
and byte, the numbers after it those of the intact archive. After any other damage (a deflate error, a cut member,
bytes that are no member) the read goes on at the next whole gzip member of a WARC record (gzip71; it ended there
before), and the records from there are named by that member's byte (``path@B#1``), never under a number of the
archive that may be wrong (break65r HIGH-1: a search for the next header renumbered them)."""

from __future__ import annotations

import gzip
import io
import random

import pytest

from storylens.ingest.warc import read_warc
from storylens.models import Failure, RawDocument

from ._warcs import member as _member
from ._warcs import misnamed


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
    """(number, url) of each document stored; a number after a resync as "B#k" (the member's byte, k from there)."""
    return [(r.source.rsplit(".gz", 1)[1].lstrip("#@"), r.metadata["url"]) for r in got if isinstance(r, RawDocument)]


def test_the_records_after_a_member_with_a_bad_crc_are_read(tmp_path):
    members = [_member(i) for i in range(1, 5)]
    members[1] = _bad_crc(members[1])
    got = _read(tmp_path, members)
    # the records keep their numbers: #2 is the lost one, 3 and 4 those of the intact archive
    assert _stored(got) == [("1", "https://a.example/1"), ("3", "https://a.example/3"), ("4", "https://a.example/4")]
    failures = [r for r in got if isinstance(r, Failure)]
    assert len(failures) == 1
    assert failures[0].source.endswith("crawl.warc.gz#2")
    assert failures[0].reason.startswith(f"damaged gzip member at byte {len(members[0])} (")
    assert failures[0].reason.endswith("this record is lost, the records after it were read; re-download the archive")


def _goes_on(got: list, done: int, at: int, after: list[int]) -> None:
    """Records 1 to ``done`` were stored under their numbers, one Failure named #``done + 1`` (the damage), and the
    records ``after`` from the gzip member at file byte ``at`` on, named from there."""
    assert _stored(got) == [(str(i), f"https://a.example/{i}") for i in range(1, done + 1)] + [
        (f"{at}#{k}", f"https://a.example/{i}") for k, i in enumerate(after, 1)]
    (failure,) = [r for r in got if isinstance(r, Failure)]
    assert failure.source.endswith(f"crawl.warc.gz#{done + 1}")
    assert failure.reason.startswith("damaged gzip data from byte ")
    assert f"after {done} complete record" in failure.reason
    assert f"the read went on at the next whole gzip member, byte {at:,}, naming its records from there" in failure.reason
    assert failure.reason.endswith(f"naming its records from there: crawl.warc.gz@{at}#1 on; re-download the archive")


@pytest.mark.parametrize("damage", ["flipped", "truncated", "bad crc, then bytes"])
def test_a_damaged_member_whose_end_is_unknown_goes_on_at_the_next_whole_member(tmp_path, damage):
    """break65r HIGH-1: a deflate error or a cut member gives no end to go on from, so the records after it are not
    counted: gzip71, the read goes on at the next whole member (it ended at the damage, losing records 3 and 4),
    naming them from its byte (a search that numbered them on stored every later record under a wrong number)."""
    members = [_member(i) for i in range(1, 5)]
    two = members[1]
    members[1] = {"flipped": _flipped(two), "truncated": two[:len(two) // 2],
                  "bad crc, then bytes": _bad_crc(two) + b"\x00junk\xff"}[damage]
    got = _read(tmp_path, members)
    _goes_on(got, 1, len(members[0]) + len(members[1]), [3, 4])
    assert misnamed(got, b"".join(members)) == []


def test_bytes_between_two_members_go_on_at_the_next_member(tmp_path):
    members = [_member(i) for i in range(1, 5)]
    got = _read(tmp_path, [*members[:2], b"\x00junk\xff", *members[2:]])
    _goes_on(got, 2, len(members[0]) + len(members[1]) + 6, [3, 4])


def test_a_member_header_after_the_damage_that_is_no_record_is_passed_over(tmp_path):
    """A member whose deflate data is damaged, then gzip's header bytes and a whole member of other text: not
    taken for the next record; the read goes on at member 3."""
    members = [_member(i) for i in range(1, 5)]
    damaged = bytearray(_flipped(members[1]))
    damaged[80:80] = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + gzip.compress(b"no record here\r\n" * 4)
    members[1] = bytes(damaged)
    _goes_on(_read(tmp_path, members), 1, len(members[0]) + len(members[1]), [3, 4])


def test_two_members_with_a_bad_crc_in_a_row_keep_the_numbers(tmp_path):
    """break65r HIGH-1: two damaged members counted as one stored record 4 as #3 (and so on)."""
    members = [_member(i) for i in range(1, 6)]
    members[1], members[2] = _bad_crc(members[1]), _bad_crc(members[2])
    got = _read(tmp_path, members)
    assert _stored(got) == [("1", "https://a.example/1"), ("4", "https://a.example/4"), ("5", "https://a.example/5")]
    assert [r.source.rsplit("#", 1)[1] for r in got if isinstance(r, Failure)] == ["2", "3"]


def test_a_member_of_two_records_with_a_bad_crc_counts_both(tmp_path):
    joined = gzip.decompress(_member(2)) + gzip.decompress(_member(3))
    members = [_member(1), _bad_crc(gzip.compress(joined)), _member(4)]
    got = _read(tmp_path, members)
    assert _stored(got) == [("1", "https://a.example/1"), ("4", "https://a.example/4")]
    (failure,) = [r for r in got if isinstance(r, Failure)]
    assert failure.source.endswith("#2") and "its 2 records (#2 to #3) are lost" in failure.reason


def test_a_zeroed_sector_over_several_members_stores_no_record_under_a_wrong_number(tmp_path):
    """break65r HIGH-1 (h/sector.py): 4 KiB of zeros over several small members; every record stored is stored
    under its own number, and (gzip71) every record after the zeros is read, from the first whole member."""
    members = [_member(i, "Rain.") for i in range(1, 41)]  # about 390 bytes each: the zeros cover 10 or 11
    data = bytearray(b"".join(members))
    data[4096:8192] = bytes(4096)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(bytes(data))
    got = list(read_warc(path))
    assert misnamed(got, bytes(data)) == []
    starts = [sum(len(m) for m in members[:i]) for i in range(len(members))]
    first_whole = next(i for i, at in enumerate(starts) if at >= 8192) + 1  # the first member the zeros left whole
    urls = [url for _, url in _stored(got)]
    assert urls[-(41 - first_whole):] == [f"https://a.example/{i}" for i in range(first_whole, 41)]
    assert len([r for r in got if isinstance(r, Failure)]) == 1


def test_a_warc_gz_inside_a_payload_is_not_taken_for_a_record(tmp_path):
    """break65r MEDIUM-1: record 2's payload holds a .warc.gz (stored, not compressed again); after damage in
    member 2 the search for a header found the inner member and stored its record as #3. The inner member is
    followed by the payload's rest, not by a member: passed over; the read goes on at member 3 (gzip71)."""
    inner = _member(99)
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    writer.write_record(writer.create_warc_record("https://a.example/2.warc.gz", "resource",
                                                  payload=io.BytesIO(inner), warc_content_type="application/gzip"))
    two = gzip.compress(out.getvalue(), compresslevel=0)  # stored blocks: the inner member's bytes as they are
    assert inner in two
    members = [_member(1), _flipped(two), _member(3)]
    _goes_on(_read(tmp_path, members), 1, len(members[0]) + len(members[1]), [3])


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



def test_damaged_data_that_decodes_through_later_members_stores_no_record_under_a_wrong_number(tmp_path):
    """CI of int65 (1 run in 30 of the test above): zeros from byte 4,096 of member 11 decoded as deflate data through
    members 12-23 and ended where member 23's data ended; its CRC failed ("incorrect data check"), a member header
    followed, and member 24 was read as #12. A member whose CRC fails resumes the read under the archive's numbers
    only when its length field agrees with what it inflated to (this archive, kept: tests/data/warc65); gzip71: the
    read goes on at the first whole member after the zeros, its records named from there."""
    from pathlib import Path

    data = Path(__file__).resolve().parents[1] / "data" / "warc65" / "zeroed_sector_decodes_through.warc.gz"
    got = list(read_warc(data))
    assert misnamed(got, data.read_bytes()) == []
    stored = _stored(got)
    assert [n for n, _ in stored[:10]] == [str(n) for n in range(1, 11)]
    assert [url for _, url in stored[10:]] == [f"https://a.example/{n}" for n in range(41 - len(stored[10:]), 41)]
    assert len(stored) > 20  # the records after the zeros are read
    (failure,) = [r for r in got if isinstance(r, Failure)]
    assert "the read went on at the next whole gzip member" in failure.reason


def test_a_cut_member_of_two_records_goes_on_at_the_next_member(tmp_path):
    """gzip71: a member holding records 2 and 3, cut in half, then members 4 and 5: both later records are read,
    named from member 4's byte, and nothing of the cut member is stored under a number."""
    joined = gzip.compress(gzip.decompress(_member(2)) + gzip.decompress(_member(3)))
    members = [_member(1), joined[: len(joined) // 2], _member(4), _member(5)]
    got = _read(tmp_path, members)
    _goes_on(got, 1, len(members[0]) + len(members[1]), [4, 5])
    assert misnamed(got, b"".join(members)) == []
