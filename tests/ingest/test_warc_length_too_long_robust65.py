"""break64w LOW: a WARC record whose Content-Length is too long by more than its two blank lines took the next
record's header; that record was lost without a line naming it, and the records after it were numbered one
short. Now the next record is read from the over-long block's tail when it is whole there (its own length ends
it right before the record after it) and stored under its own number; when it is not, the failure line names it
as lost and the numbers after it stay those of the intact archive."""

from __future__ import annotations

import io
import re

import pytest

from storylens.ingest.warc import read_warc
from storylens.models import Failure, RawDocument

from .test_warc_content_length_warc64 import _archive, _records, _shorten

PACKINGS = ["plain", "whole-gzip", "per-record-gzip"]


def _read(tmp_path, records: list[bytes], packing: str) -> list:
    path = tmp_path / ("crawl.warc" if packing == "plain" else "crawl.warc.gz")
    path.write_bytes(_archive(records, packing))
    return list(read_warc(path))


def _stored(got: list) -> list[tuple[str, str]]:
    return [(r.source.rsplit("#", 1)[1], r.metadata["url"]) for r in got if isinstance(r, RawDocument)]


@pytest.mark.parametrize("packing", PACKINGS)
@pytest.mark.parametrize("by", [5, 20, 300])  # the next start cut after its first letter; its header; into its page
def test_the_record_a_length_too_long_took_is_read_and_stored(tmp_path, capsys, packing, by):
    records = _records()
    records[0] = _shorten(records[0], -by)
    got = _read(tmp_path, records, packing)
    assert _stored(got) == [("2", "https://a.example/2"), ("3", "https://a.example/3")]
    (failure,) = [r for r in got if isinstance(r, Failure)]
    assert failure.source.endswith("#1")
    assert failure.reason.startswith("its Content-Length is too long: it runs into the next record (#2, read from "
                                     "there and stored); not stored")
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("packing", PACKINGS)
def test_a_length_that_took_two_records_gives_both(tmp_path, packing):
    records = _records() + [_records()[0].replace(b"https://a.example/1", b"https://a.example/4")]
    records[0] = _shorten(records[0], -(len(records[1]) + 200))  # record 2 whole and record 3's start
    got = _read(tmp_path, records, packing)
    assert _stored(got) == [("2", "https://a.example/2"), ("3", "https://a.example/3"), ("4", "https://a.example/4")]
    (failure,) = [r for r in got if isinstance(r, Failure)]
    assert "(#2 to #3, read from there and stored)" in failure.reason


@pytest.mark.parametrize("packing", PACKINGS)
def test_a_record_taken_that_is_not_whole_is_named_as_lost(tmp_path, packing):
    """The record the over-long length took has a wrong length of its own: it cannot be read from there, and the
    failure line names it (it was lost without a word, the next record stored as #2)."""
    records = _records()
    records[0] = _shorten(records[0], -300)
    records[1] = _shorten(records[1], 10)
    got = _read(tmp_path, records, packing)
    assert _stored(got) == [("3", "https://a.example/3")]
    (failure,) = [r for r in got if isinstance(r, Failure)]
    assert failure.source.endswith("#1")
    assert failure.reason == ("its Content-Length is too long: it runs into the next record (#2), which could not "
                              "be read from there and is lost with it; re-download the archive or fix the record")


def _nesting() -> list[bytes]:
    """Record 1's page ends with a whole WARC record (an archived .warc), then records 2 and 3."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    def response(url: str, payload: bytes) -> bytes:
        out = io.BytesIO()
        writer = WARCWriter(out, gzip=False)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                      http_headers=http))
        return out.getvalue()

    inner = response("https://inner.example/99", _records()[2].split(b"\r\n\r\n", 2)[2])
    page = b"<html><body><p>An archived crawl follows, kept as it was.</p></body></html>\r\n\r\n"
    return [response("https://a.example/1", page + inner), *_records()[1:]]


def _without_digests(record: bytes) -> bytes:
    """``record`` with no digest in its WARC header (its payload's own records keep theirs)."""
    head, rest = record.split(b"\r\n\r\n", 1)
    return re.sub(rb"\r\nWARC-(?:Payload|Block)-Digest: [^\r]*", b"", head) + b"\r\n\r\n" + rest


@pytest.mark.parametrize("packing", ["plain", "per-record-gzip"])
@pytest.mark.parametrize("by", [10, 300])
def test_a_warc_record_at_the_end_of_the_payload_is_not_taken_for_the_next(tmp_path, packing, by):
    """break65r MEDIUM-2: the record at the end of record 1's own page was stored as #2, records 2 and 3 as #3 and
    #4. The digest of record 1's payload names where its block truly ends: record 2 is read from there."""
    records = _nesting()
    records[0] = _shorten(records[0], -by)
    got = _read(tmp_path, records, packing)
    assert _stored(got) == [("2", "https://a.example/2"), ("3", "https://a.example/3")]
    (failure,) = [r for r in got if isinstance(r, Failure)]
    assert failure.source.endswith("#1") and "(#2, read from there and stored)" in failure.reason


@pytest.mark.parametrize("packing", ["plain", "per-record-gzip"])
def test_with_no_digest_two_record_starts_in_the_block_name_the_next_as_lost(tmp_path, packing):
    records = _nesting()
    records[0] = _without_digests(_shorten(records[0], -300))
    got = _read(tmp_path, records, packing)
    assert _stored(got) == [("3", "https://a.example/3")]  # the numbers are the intact archive's
    (failure,) = [r for r in got if isinstance(r, Failure)]
    assert failure.reason.startswith("its Content-Length is too long: it runs into the next record (#2), which could "
                                     "not be read from there and is lost with it")


@pytest.mark.parametrize("packing", ["plain", "per-record-gzip"])
def test_with_no_digest_one_record_start_wholly_inside_the_block_is_the_payloads(tmp_path, packing):
    """Text after record 1 (its length right): the only record start inside its block is the page's own, not a
    record taken (it was read as #2, and the numbers after it were one too high)."""
    records = _nesting()
    records[0] = _without_digests(records[0])[:-4] + b"stray text\r\n\r\n"  # before its two blank lines
    got = _read(tmp_path, records, packing)
    assert _stored(got) == [("2", "https://a.example/2"), ("3", "https://a.example/3")]
    (failure,) = [r for r in got if isinstance(r, Failure)]
    assert failure.source.endswith("#1") and failure.reason.startswith("its Content-Length does not match")


@pytest.mark.parametrize("packing", PACKINGS)
def test_with_no_digest_the_one_record_taken_is_still_read(tmp_path, packing):
    records = _records()
    records[0] = _without_digests(_shorten(records[0], -300))
    got = _read(tmp_path, records, packing)
    assert _stored(got) == [("2", "https://a.example/2"), ("3", "https://a.example/3")]
