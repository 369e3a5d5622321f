"""robust67 HIGH: a response record with only a WARC-Payload-Digest (no WARC-Block-Digest, or one of an algorithm
not known) was never checked against it: a page changed after the archive was written was stored without a word.
Now such a record whose payload matches its digest neither as stored (warcio's and wget's payload: the HTTP body
as transferred, the chunked coding kept) nor dechunked is stored with a reading warning that ``storylens ingest``
says in a line (not refused as a wrong block digest is: tools compute the payload digest differently, and hand-made
archives carry placeholders, as the field case's revisit pair does); read from a damaged gzip member it is refused.
An archive warcio writes (chunked or not, response or resource) gives no failure and no warning."""

from __future__ import annotations

import io
import re

import pytest

from ._warcs import failures as _failures
from ._warcs import read as _read
from ._warcs import stored as _stored

PAGE = (b"<html><head><title>Flood</title></head><body><article><h1>Flood in Valencia</h1><p>"
        + b"Heavy rain flooded Valencia on Tuesday, and 12 people died, officials said after the storm. " * 4
        + b"</p></article></body></html>")
CHUNKED = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (PAGE[:100], PAGE[100:])) + b"0\r\n\r\n"


def _warcio_archive(block_digest: bool) -> bytes:
    """Three records warcio's writer makes (a plain page, a chunked one, a resource page), with their
    WARC-Block-Digest removed unless ``block_digest``."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    plain = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    chunked = StatusAndHeaders("200 OK", [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")],
                               protocol="HTTP/1.1")
    records = [
        writer.create_warc_record("https://a.example/1", "response", payload=io.BytesIO(PAGE), http_headers=plain),
        writer.create_warc_record("https://a.example/2", "response", payload=io.BytesIO(CHUNKED),
                                  http_headers=chunked),
        writer.create_warc_record("https://a.example/3", "resource", payload=io.BytesIO(PAGE),
                                  warc_content_type="text/html"),
    ]
    for record in records:
        writer.write_record(record)
    data = out.getvalue()
    assert data.count(b"WARC-Payload-Digest: sha1:") == 3
    if not block_digest:  # its writer adds one to every record: the header taken out of the bytes written
        data = re.sub(rb"WARC-Block-Digest: [^\r]*\r\n", b"", data)
    assert (b"WARC-Block-Digest" in data) is block_digest
    return data


def _warcio_problems(data: bytes) -> list[list[str]]:
    """warcio's own digest check (``ArchiveIterator(check_digests=True)``): each record's problems."""
    from warcio.archiveiterator import ArchiveIterator

    problems = []
    for record in ArchiveIterator(io.BytesIO(data), check_digests=True):
        record.content_stream().read()
        problems.append(list(record.digest_checker.problems))
    return problems


@pytest.mark.parametrize("block_digest", [False, True])
def test_an_archive_warcio_writes_is_stored_without_a_failure_or_warning(tmp_path, block_digest):
    data = _warcio_archive(block_digest)
    assert _warcio_problems(data) == [[], [], []]
    got = _read(tmp_path, data, "crawl.warc")
    assert _stored(got) == ["1", "2", "3"] and not _failures(got)
    assert not [doc.metadata.get("warnings") for doc in got if doc.metadata.get("warnings")]


def _changed(data: bytes, n: str) -> bytes:
    """``data`` with one byte of record ``n``'s page changed after it was written (same length: it reads whole)."""
    at = data.index(b"Valencia", data.index(f"https://a.example/{n}".encode()))
    return data[:at] + b"Valencie" + data[at + 8:]


def _warned(got: list) -> list[str]:
    """The record numbers of the documents stored with the payload digest warning."""
    from storylens.ingest.warc import PAYLOAD_MISMATCH

    return [d.source.rsplit("#", 1)[1] for d in got
            if any(w.startswith(PAYLOAD_MISMATCH) for w in d.metadata.get("warnings") or [])]


@pytest.mark.parametrize("bad", ["1", "2", "3"])  # a plain page, a chunked one, a resource record
@pytest.mark.parametrize("packing", ["crawl.warc", "crawl.warc.gz"])
def test_a_page_its_payload_digest_alone_does_not_prove_is_stored_with_a_warning(tmp_path, capsys, bad, packing):
    import gzip

    data = _changed(_warcio_archive(False), bad)
    problems = _warcio_problems(data)
    assert [bool(p) for p in problems] == [n == bad for n in "123"]  # warcio's check agrees
    assert "payload digest failed" in str(problems)
    got = _read(tmp_path, gzip.compress(data) if packing.endswith(".gz") else data, packing)
    assert _stored(got) == ["1", "2", "3"] and not _failures(got)
    assert _warned(got) == [bad]
    (note,) = [w for d in got for w in d.metadata.get("warnings") or []]
    assert "(sha1:" in note and "re-download the archive" in note
    assert capsys.readouterr().err == ""


def test_ingest_says_the_payload_digest_warning_in_a_line(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from storylens.cli import app
    from storylens.embed import HashingEmbedder

    # (record 1: the other two hold the same page, exact duplicates of the first stored, said of no article)
    (tmp_path / "crawl.warc").write_bytes(_changed(_warcio_archive(False), "1"))
    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: HashingEmbedder())
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "crawl.warc"), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    lines = [ln for ln in result.output.splitlines() if "WARC-Payload-Digest" in ln]
    assert len(lines) == 1 and lines[0].startswith("storylens: warning: ") and "crawl.warc#1: its page" in lines[0]


def test_in_a_damaged_gzip_member_a_payload_digest_mismatch_is_refused(tmp_path):
    import gzip
    import zlib

    data = gzip.compress(_changed(_warcio_archive(False), "1"))
    crc = zlib.crc32(gzip.decompress(data)) ^ 0xFF
    damaged = data[:-8] + crc.to_bytes(4, "little") + data[-4:]  # the whole-file gzip's CRC fails
    got = _read(tmp_path, damaged)
    assert "1" not in _stored(got)
    assert any(f.source.endswith("#1") and "damaged gzip member" in f.reason for f in _failures(got))


def test_a_payload_digest_beside_a_block_digest_of_an_unknown_algorithm_is_checked(tmp_path):
    data = _warcio_archive(False).replace(b"WARC-Payload-Digest:", b"WARC-Block-Digest: whirlpool:AAAA\r\n"
                                                                   b"WARC-Payload-Digest:")
    intact = _read(tmp_path, data, "crawl.warc")
    assert _stored(intact) == ["1", "2", "3"] and not _failures(intact) and not _warned(intact)
    got = _read(tmp_path, _changed(data, "3"), "crawl.warc")  # the resource record's page: its payload its block
    assert _stored(got) == ["1", "2", "3"] and _warned(got) == ["3"]


def test_a_payload_digest_of_the_dechunked_body_alone_proves_a_chunked_page(tmp_path):
    import base64
    import hashlib

    # a payload digest computed without the chunked coding (as some crawlers do): intact, no failure
    data = _warcio_archive(False)
    right = "sha1:" + base64.b32encode(hashlib.sha1(CHUNKED).digest()).decode()
    assert right.encode() in data
    dechunked = "sha1:" + base64.b32encode(hashlib.sha1(PAGE).digest()).decode()
    got = _read(tmp_path, data.replace(right.encode(), dechunked.encode()), "crawl.warc")
    assert _stored(got) == ["1", "2", "3"] and not _failures(got)
