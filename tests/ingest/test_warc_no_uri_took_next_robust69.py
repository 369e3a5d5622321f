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


def _no_uri(extra: int, http_length: bool, http_off: int = 0) -> bytes:
    """A response record without WARC-Target-URI, its Content-Length ``extra`` bytes longer than its block, its HTTP
    Content-Length (with ``http_length``) ``http_off`` bytes off its page's."""
    length = f"Content-Length: {len(TEXT) + http_off}\r\n".encode() if http_length else b""
    page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n" + length + b"\r\n" + TEXT
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2024-03-02T10:00:00Z\r\n"
            b"Content-Type: application/http; msgtype=response\r\n"
            + f"Content-Length: {len(page) + extra}\r\n\r\n".encode() + page + b"\r\n\r\n")


def _archive(packing: str, http_length: bool, http_off: int = 0) -> tuple[bytes, str]:
    taken = gzip.decompress(member(3))
    recs = [gzip.decompress(member(1)), _no_uri(len(taken), http_length, http_off), taken, gzip.decompress(member(4))]
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


@pytest.mark.parametrize("http_off", [1, -1])
@pytest.mark.parametrize("packing", ["plain", "per-record-gzip"])
def test_an_http_length_ending_at_no_record_start_names_both_records(tmp_path, packing, http_off):
    # robust69b H1 (break69r W2c/W2d): an HTTP length a byte off matched no record start and the block was said to
    # hold none: #3 was lost silently and #4 stored as #3
    data, name = _archive(packing, http_length=True, http_off=http_off)
    got = read(tmp_path, data, name)
    [line] = failures(got)
    assert line.source.endswith(f"{name}#2")
    assert "its block may hold the next record(s)" in line.reason and "#3 is not read either" in line.reason, line.reason


def test_a_taken_record_without_a_uri_is_said_not_stored(tmp_path):
    # robust69b M6 (break69r W7): a URI-less #2 took a URI-less #3 exactly; #2's line said #3 was "read from there and
    # stored", and #3 was stored nowhere and said nowhere
    taken = _no_uri(0, http_length=True)
    data = b"".join([gzip.decompress(member(1)), _no_uri(len(taken), http_length=True), taken,
                     gzip.decompress(member(4))])
    got = read(tmp_path, data, "crawl.warc")
    assert stored(got) == ["1", "4"]
    two, three = failures(got)
    assert two.source.endswith("#2") and three.source.endswith("#3")
    assert "(#3, read from there; #3 has no WARC-Target-URI either: not stored)" in two.reason, two.reason
    assert "stored)" not in two.reason.replace("not stored)", "")
    assert "no WARC-Target-URI" in three.reason and "#2's Content-Length took it" in three.reason, three.reason
