"""gzip71fix (break gzip71 HIGH): after gzip damage the read went on at the first whole member of a WARC record that
another member followed, and a .warc.gz stored uncompressed (level 0) in a later record's payload is such a member
(the inner archive's next member follows it): records the archive never held (97-99) were stored. A candidate is
taken now only when its chain of whole record members reaches the file's end, zero padding to it or another damaged
point; an inner archive's chain runs into the payload's rest and the outer record's trailer, and the search goes on
past it. Also: zero padding between members is no damage (W5), and a lower-case "warc/" member resyncs."""

from __future__ import annotations

import gzip
import io

import pytest

from ._warcs import failures, member, misnamed, read


def _flipped(data: bytes) -> bytes:
    bad = bytearray(data)
    bad[20:60] = b"\xff" * 40  # inside the deflate data, past the gzip header
    return bytes(bad)


def _outer(i: int, payload: bytes, level: int = 0) -> bytes:
    """Record ``i`` (a resource record holding ``payload``, an archived .warc.gz) as one gzip member."""
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    fixed = {"WARC-Date": "2026-03-14T10:15:00Z", "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{i:012d}>"}
    writer.write_record(writer.create_warc_record(f"https://a.example/{i}", "resource", payload=io.BytesIO(payload),
                                                  warc_content_type="application/gzip", warc_headers_dict=fixed))
    return gzip.compress(out.getvalue(), compresslevel=level, mtime=0)


def _urls(got: list) -> list[int]:
    from storylens.models import RawDocument

    return [int(r.metadata["url"].rsplit("/", 1)[1]) for r in got if isinstance(r, RawDocument)]


def _inner(*numbers: int) -> bytes:
    return b"".join(member(n) for n in numbers)


@pytest.mark.parametrize("name, data, expected", [
    # W1: three inner members in record 2's payload (stored, level 0), record 2's member damaged before them
    ("W1", lambda: member(1) + _flipped(_outer(2, _inner(97, 98, 99))) + member(3) + member(4), [1, 3, 4]),
    # W1 at the default level: the inner bytes are not verbatim in the file
    ("W1-6", lambda: member(1) + _flipped(_outer(2, _inner(97, 98, 99), 6)) + member(3) + member(4), [1, 3, 4]),
    # W2: two inner members, then zero padding inside the payload
    ("W2", lambda: member(1) + _flipped(_outer(2, _inner(97, 98) + bytes(600))) + member(3), [1, 3]),
    # W2b: one inner member, then 5,000 zeros inside the payload
    ("W2b", lambda: member(1) + _flipped(_outer(2, _inner(99) + bytes(5000))) + member(3), [1, 3]),
    # W2c: the inner archive is in the archive's last record: nothing after the damage is the archive's
    ("W2c", lambda: member(1) + _flipped(_outer(2, _inner(97, 98))), [1]),
])
def test_an_archived_warc_gz_in_a_payload_is_never_read_as_records(tmp_path, name, data, expected):
    data = data()
    got = read(tmp_path, data)
    assert _urls(got) == expected  # never 97-99
    assert misnamed(got, data) == []
    assert len(failures(got)) == 1


def test_an_intact_archived_warc_gz_stays_one_record(tmp_path):
    data = member(1) + _outer(2, _inner(97, 98, 99)) + member(3)
    got = read(tmp_path, data)
    assert _urls(got) == [1, 3]  # record 2 (application/gzip) is no page: not stored, and its members never are
    assert failures(got) == []


def test_zero_padding_between_members_is_no_damage(tmp_path):
    data = b"".join(member(i) + bytes(512) for i in range(1, 6))  # W5
    got = read(tmp_path, data)
    assert _urls(got) == [1, 2, 3, 4, 5]
    assert failures(got) == [] and misnamed(got, data) == []


def test_the_read_goes_on_past_zero_padding_after_damage(tmp_path):
    members = [member(i) for i in range(1, 6)]
    members[1] = _flipped(members[1])
    data = b"".join(m + bytes(512) for m in members)  # W6: each member padded, member 2 damaged
    got = read(tmp_path, data)
    assert _urls(got) == [1, 3, 4, 5]
    assert misnamed(got, data) == []


def test_a_lower_case_warc_record_member_resyncs(tmp_path):
    lower = gzip.compress(b"warc/" + gzip.decompress(member(3))[5:], mtime=0)
    data = member(1) + _flipped(member(2)) + lower + member(4)
    got = read(tmp_path, data)
    assert _urls(got) == [1, 3, 4]  # the read goes on at the lower-case record 3 (before: at 4, 3 lost)
    assert misnamed(got, data) == []


def test_an_inner_archive_then_the_archive_s_own_records(tmp_path):
    # the damaged record holds an inner archive; a later record of the archive is damaged too: the chain from
    # record 3 reaches that damaged point, so the read goes on at record 3 (not past it), never at 97
    data = (member(1) + _flipped(_outer(2, _inner(97, 98))) + member(3) + member(4) + _flipped(member(5))
            + member(6))
    got = read(tmp_path, data)
    assert [u for u in _urls(got) if u > 90] == []
    assert 3 in _urls(got) and 4 in _urls(got) and 6 in _urls(got)
    assert misnamed(got, data) == []


def test_an_archived_warc_gz_over_64_kib_is_never_read_as_records(tmp_path):
    # stored at level 0, the inner archive is cut every 64 KiB by deflate's stored-block headers: the inner member
    # across each cut fails its CRC, which ended the chain as "another damaged point" and took member 1000 on
    inner = _inner(*range(1000, 1200))
    assert len(inner) > 1 << 16
    outer = bytearray(_outer(2, inner))
    outer[11] ^= 0xFF  # the first stored block's length: a deflate error right at the member's start
    data = member(1) + bytes(outer) + member(3) + member(4)
    got = read(tmp_path, data)
    assert _urls(got) == [1, 3, 4]
    assert misnamed(got, data) == []
