"""break64r2 M4: a per-record gzip WARC with one damaged member lost the intact records before it in the same
64 KiB chunk (every record of a small archive): the archive inflated the chunk at once and zlib's error ended
the read there, with what it had inflated and what the buffered reader had gathered. Now the records before the
damage are read, and one failure names the record where it starts."""

from __future__ import annotations

import pytest

from storylens.ingest.warc import read_warc
from storylens.models import Failure, RawDocument

from ._warcs import member as _member


@pytest.mark.parametrize("damaged", [2, 5])
def test_the_records_before_a_damaged_member_are_read(tmp_path, damaged):
    members = [_member(i) for i in range(1, 6)]
    bad = bytearray(members[damaged - 1])
    bad[20:60] = b"\xff" * 40  # inside the deflate data, past the gzip header
    members[damaged - 1] = bytes(bad)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(members))
    got = list(read_warc(path))[:damaged]  # the records after a damaged member: test_gzip_resync_robust65
    assert [type(r) for r in got] == [RawDocument] * (damaged - 1) + [Failure]
    assert [r.metadata["url"] for r in got[:-1]] == [f"https://a.example/{i}" for i in range(1, damaged)]
    assert got[-1].source.endswith(f"crawl.warc.gz#{damaged}")
    if damaged == 5:  # the last member: the read ends there (before it, robust65 reads on at the next member)
        assert got[-1].reason.startswith("truncated or damaged archive after 4 complete records (error: ")
