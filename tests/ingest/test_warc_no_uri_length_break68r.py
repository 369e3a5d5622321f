"""break68r HIGH: a page record with no WARC-Target-URI whose Content-Length is too long took the next record: it was
one failure saying "the records after it were" read, the record it took was lost without a word and the one after
it stored under its number. Now the length is checked first, as for any record: the records it took are read from
there and named in its one line, the numbers after it are the intact archive's; a file cut inside such a record is
said as truncated."""

from __future__ import annotations

import gzip

import pytest

from ._warcs import failures, member, read, stored

PAGE = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>"
        + b"Floods hit the town on Tuesday, killing 12 people, officials said after the storm. " * 4
        + b"</p></body></html>")


def _no_uri(extra: int) -> bytes:
    """A response record without WARC-Target-URI, its Content-Length ``extra`` bytes longer than its block."""
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2024-03-02T10:00:00Z\r\n"
            b"Content-Type: application/http; msgtype=response\r\n"
            + f"Content-Length: {len(PAGE) + extra}\r\n\r\n".encode() + PAGE + b"\r\n\r\n")


def _archive(packing: str, extra: int) -> tuple[bytes, str]:
    recs = [gzip.decompress(member(1)), _no_uri(extra), *(gzip.decompress(member(i)) for i in (3, 4))]
    if packing == "plain":
        return b"".join(recs), "crawl.warc"
    return b"".join(gzip.compress(r, mtime=0) for r in recs), "crawl.warc.gz"


@pytest.mark.parametrize("packing", ["plain", "per-record-gzip"])
@pytest.mark.parametrize("extra", [10, 60, 200])
def test_a_too_long_length_is_read_past_and_the_record_it_took_is_kept(tmp_path, packing, extra):
    data, name = _archive(packing, extra)
    got = read(tmp_path, data, name)
    assert stored(got) == ["1", "3", "4"]
    [line] = failures(got)
    assert line.source.endswith(f"{name}#2")
    assert line.reason.startswith("no WARC-Target-URI, which a response record needs, and its Content-Length is too "
                                  "long: it runs into the next record (#3, read from there and stored)"), line.reason
    assert "records after it were" not in line.reason


@pytest.mark.parametrize("packing", ["plain", "per-record-gzip"])
def test_a_length_that_took_whole_records_is_said(tmp_path, packing):
    # too long by exactly record 3's length: its block may end with an archived record, so it is not split, but said
    extra = len(gzip.decompress(member(3)))
    data, name = _archive(packing, extra)
    got = read(tmp_path, data, name)
    [line] = failures(got)
    assert line.source.endswith(f"{name}#2")
    assert "its block may hold the next record(s): if that is the next record (#3), #3 is not read" in line.reason
    assert "(a WARC record starts inside it at byte " in line.reason, line.reason


@pytest.mark.parametrize("packing", ["plain", "per-record-gzip"])
def test_a_file_cut_inside_its_block_is_truncation(tmp_path, packing):
    one, two = gzip.decompress(member(1)), _no_uri(0)
    cut = two[:len(two) - 100]
    data, name = ((one + cut, "cut.warc") if packing == "plain"
                  else (member(1) + gzip.compress(cut, mtime=0), "cut.warc.gz"))
    got = read(tmp_path, data, name)
    assert stored(got) == ["1"]
    [line] = failures(got)
    assert line.source.endswith(f"{name}#2")
    assert line.reason.startswith("truncated or damaged archive after 1 complete record (the file ends inside this "
                                  "record, whose header has no WARC-Target-URI"), line.reason
    assert "Error" not in line.reason
