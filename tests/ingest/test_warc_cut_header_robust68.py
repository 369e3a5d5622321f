"""robust68 (open LOW): a gzipped WARC cut inside a record header was said to lack its WARC-Target-URI (plain files
were fixed: _ends_in_header); a plain WARC (or a gzipped one) cut in a header's first ~28 bytes, before its
Content-Length line, came out as an "untyped record, not an HTML page", skipped; the records after a whole header
without a WARC-Target-URI were not read though its Content-Length tells where it ends. Now a cut header is said as
truncated, and the record without a URI fails alone (one line) while the records after it are read."""

from __future__ import annotations

import gzip

import pytest

from ._warcs import failures, member, read, stored

NO_URI_WHOLE = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\n0123456789\r\n\r\n"


def _packed(packing: str, cut: int) -> tuple[bytes, str]:
    """Record 1 whole, then record 2 cut after ``cut`` bytes of its header, packed as ``packing``."""
    one, two = gzip.decompress(member(1)), gzip.decompress(member(2))
    if packing == "plain":
        return one + two[:cut], "cut.warc"
    if packing == "per-record-gzip":
        return member(1) + gzip.compress(two[:cut]), "cut.warc.gz"
    return gzip.compress(one + two[:cut]), "cut.warc.gz"


@pytest.mark.parametrize("packing", ["plain", "per-record-gzip", "whole-file-gzip"])
@pytest.mark.parametrize("cut", [12, 20, 28, 60, 120])  # before and after the Content-Length and Target-URI lines
def test_a_header_cut_by_the_file_end_is_truncation(tmp_path, packing, cut):
    data, name = _packed(packing, cut)
    got = read(tmp_path, data, name)
    assert stored(got) == ["1"]
    [line] = failures(got)
    assert line.source.endswith(f"{name}#2")
    assert line.reason.startswith("truncated or damaged archive after 1 complete record"), line.reason
    assert "WARC-Target-URI" not in line.reason and "untyped" not in line.reason


@pytest.mark.parametrize("packing", ["plain", "per-record-gzip", "whole-file-gzip"])
def test_the_records_after_a_header_without_target_uri_are_read(tmp_path, packing):
    one, three = gzip.decompress(member(1)), gzip.decompress(member(3))
    if packing == "plain":
        data, name = one + NO_URI_WHOLE + three, "crawl.warc"
    elif packing == "per-record-gzip":
        data, name = member(1) + gzip.compress(NO_URI_WHOLE) + member(3), "crawl.warc.gz"
    else:
        data, name = gzip.compress(one + NO_URI_WHOLE + three), "crawl.warc.gz"
    got = read(tmp_path, data, name)
    assert stored(got) == ["1", "3"]
    [line] = failures(got)
    assert line.source.endswith(f"{name}#2")
    # the records after it are not claimed read (break68r: there may be none, or they may fail)
    assert line.reason == ("no WARC-Target-URI, which a response record needs: not read; "
                           "fix the record's header or re-download the archive")
