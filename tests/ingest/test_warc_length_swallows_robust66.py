"""robust66 HIGH: a WARC record whose Content-Length is too long by exactly the next record's length ends where that
record ends, its two blank lines where they belong: the next record was inside its block, stored nowhere and named
nowhere (no digest: record 1 stored with record 2's bytes; a digest: 'block digest mismatch' for #1 only), and the
records after it were numbered one short. Now the block's true end is found (its digest, else its HTTP
Content-Length, else the first record start the rest reads whole from) and the records it took are stored under
their own numbers. And a record with only a WARC-Block-Digest whose length ran into two records (text after it) now
finds its end by that digest: the records after it were numbered one short."""

from __future__ import annotations

import re

import pytest

from storylens.ingest.warc import read_warc
from storylens.models import Failure, RawDocument

from .test_warc_content_length_warc64 import _archive, _records, _shorten
from .test_warc_length_too_long_robust65 import _nesting, _without_digests

PACKINGS = ["plain", "whole-gzip", "per-record-gzip"]


def _four() -> list[bytes]:
    return _records() + [_records()[0].replace(b"https://a.example/1", b"https://a.example/4")]


def _block_digest_only(record: bytes) -> bytes:
    head, rest = record.split(b"\r\n\r\n", 1)
    return re.sub(rb"\r\nWARC-Payload-Digest: [^\r]*", b"", head) + b"\r\n\r\n" + rest


def _with_http_length(record: bytes) -> bytes:
    """``record`` (no digests) with an HTTP Content-Length that is its payload's length (and its WARC length
    grown by that header)."""
    head, http, payload = record.split(b"\r\n\r\n", 2)
    line = b"\r\nContent-Length: %d" % len(payload[:-4])
    return _shorten(head + b"\r\n\r\n" + http + line + b"\r\n\r\n" + payload, -len(line))


def _read(tmp_path, records: list[bytes], packing: str) -> list:
    path = tmp_path / ("crawl.warc" if packing == "plain" else "crawl.warc.gz")
    path.write_bytes(_archive(records, packing))
    return list(read_warc(path))


def _stored(got: list) -> list[tuple[str, str]]:
    return [(r.source.rsplit("#", 1)[1], r.metadata["url"]) for r in got if isinstance(r, RawDocument)]


ALL = [("2", "https://a.example/2"), ("3", "https://a.example/3"), ("4", "https://a.example/4")]


@pytest.mark.parametrize("packing", PACKINGS)
# with no digest and no HTTP length the block is not split (break66r MEDIUM-1): test_warc_whole_page_robust66b
@pytest.mark.parametrize("digests", ["both", "block only", "http length"])
@pytest.mark.parametrize("taken", [1, 2])
def test_a_length_too_long_by_exactly_the_next_records_stores_them(tmp_path, capsys, packing, digests, taken):
    records = _four()
    if digests == "block only":
        records = [_block_digest_only(r) for r in records]
    elif digests != "both":
        records = [_without_digests(r) for r in records]
        if digests == "http length":
            records[0] = _with_http_length(records[0])
    records[0] = _shorten(records[0], -sum(len(r) for r in records[1:1 + taken]))
    got = _read(tmp_path, records, packing)
    assert _stored(got) == ALL
    (failure,) = [r for r in got if isinstance(r, Failure)]
    after = "#2" if taken == 1 else "#2 to #3"
    assert failure.source.endswith("#1")
    assert failure.reason.startswith(f"its Content-Length is too long: it runs into the next record ({after}, read "
                                     f"from there and stored); not stored")
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("packing", PACKINGS)
def test_a_record_taken_that_is_not_whole_is_named_as_lost(tmp_path, packing):
    """Record 1's digest says where its page ends; record 2 there has a wrong length of its own: named as lost, and
    record 3 keeps its number."""
    records = _four()
    records[1] = _shorten(records[1], 10)
    records[0] = _shorten(records[0], -len(records[1]))
    got = _read(tmp_path, records, packing)
    assert _stored(got) == ALL[1:]
    (failure,) = [r for r in got if isinstance(r, Failure)]
    assert failure.source.endswith("#1") and "(#2), which could not be read from there and is lost" in failure.reason


@pytest.mark.parametrize("packing", PACKINGS)
def test_with_only_a_block_digest_a_length_into_two_records_keeps_the_numbers(tmp_path, packing):
    records = [_block_digest_only(r) for r in _four()]
    records[0] = _shorten(records[0], -(len(records[1]) + len(records[2]) + 200))  # records 2, 3 and 4's start
    got = _read(tmp_path, records, packing)
    assert _stored(got) == ALL
    (failure,) = [r for r in got if isinstance(r, Failure)]
    assert "(#2 to #4, read from there and stored)" in failure.reason


@pytest.mark.parametrize("packing", ["plain", "per-record-gzip"])
@pytest.mark.parametrize("digests", ["both", "http length"])
def test_a_warc_record_that_ends_the_page_stays_the_pages(tmp_path, packing, digests):
    """Record 1's page ends with an archived WARC record, its length right: its digest, or its HTTP Content-Length,
    says that record is its page's, nothing is taken from it; record 2's length took record 3."""
    records = [*_nesting(), _four()[3]]
    if digests == "http length":
        records = [_without_digests(r) for r in records]
        records[0] = _with_http_length(records[0])
        records[1] = _with_http_length(records[1])  # without it record 2 is not split (break66r MEDIUM-1)
    records[1] = _shorten(records[1], -len(records[2]))
    got = _read(tmp_path, records, packing)
    assert _stored(got) == [("1", "https://a.example/1"), ("3", "https://a.example/3"), ("4", "https://a.example/4")]
    (failure,) = [r for r in got if isinstance(r, Failure)]
    assert failure.source.endswith("#2") and "(#3, read from there and stored)" in failure.reason
