"""break68r (robust69): a page record without a WARC-Target-URI whose Content-Length is too long by exactly the next
record's length took that record whole. It was reported ("its block may hold the next record(s)") but not split: the
record it took was named nowhere and the one after it stored under its number. Its block's own HTTP Content-Length
says where its page ends, as a record with a URI's does (read from there when the HTTP head states one): the record
taken is read and stored under its own number. Without a digest or an HTTP length, a page may end with an archived
record, so it is not split (break66r), and the line names both records."""

from __future__ import annotations

import gzip

import pytest

from ._warcs import failures, member, read, stored

TEXT = (b"<html><body><p>" + b"Floods hit the town on Tuesday, killing 12 people, officials said after the storm. " * 4
        + b"</p></body></html>")


def _no_uri(extra: int, http_length: bool) -> bytes:
    """A response record without WARC-Target-URI, its Content-Length ``extra`` bytes longer than its block."""
    length = f"Content-Length: {len(TEXT)}\r\n".encode() if http_length else b""
    page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + length + b"\r\n" + TEXT
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2024-03-02T10:00:00Z\r\n"
            b"Content-Type: application/http; msgtype=response\r\n"
            + f"Content-Length: {len(page) + extra}\r\n\r\n".encode() + page + b"\r\n\r\n")


def _archive(packing: str, http_length: bool) -> tuple[bytes, str]:
    taken = gzip.decompress(member(3))
    recs = [gzip.decompress(member(1)), _no_uri(len(taken), http_length), taken, gzip.decompress(member(4))]
    if packing == "plain":
        return b"".join(recs), "crawl.warc"
    # the record taken is inside the URI-less record's member (its length took it there too)
    return b"".join(gzip.compress(r, mtime=0) for r in (recs[0], recs[1] + recs[2], recs[3])), "crawl.warc.gz"


@pytest.mark.parametrize("packing", ["plain", "per-record-gzip"])
def test_its_http_length_splits_off_the_record_it_took(tmp_path, packing):
    data, name = _archive(packing, http_length=True)
    got = read(tmp_path, data, name)
    assert stored(got) == ["1", "3", "4"]
    [line] = failures(got)
    assert line.source.endswith(f"{name}#2")
    assert "it runs into the next record (#3, read from there and stored)" in line.reason, line.reason


@pytest.mark.parametrize("packing", ["plain", "per-record-gzip"])
def test_without_an_http_length_the_line_names_both_records(tmp_path, packing):
    data, name = _archive(packing, http_length=False)
    got = read(tmp_path, data, name)
    [line] = failures(got)
    assert line.source.endswith(f"{name}#2")
    assert "its block may hold the next record(s)" in line.reason and "(#3)" in line.reason, line.reason
    assert "#3 is not read either" in line.reason
