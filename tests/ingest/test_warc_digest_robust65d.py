"""robust65d (tester break65r2): the digest checks refused intact records and a bit flipped in a whole-file gzip's
CRC trailer lost every record without a digest.

- HIGH-1: a record copied by warcio's writer (``warcio recompress``, filter scripts) keeps its WARC-Block-Digest
  while its HTTP headers are written anew (a space after the colon, LF -> CRLF): the block digest fails, the page is
  intact. Now a record whose WARC-Payload-Digest matches its payload (as stored, or dechunked) is stored; one that
  neither digest proves stays a failure.
- MEDIUM-1: an unpadded base64 (or base64url) digest was taken for a mismatch; now read, and a value that is still
  not readable is not checked (a record without a digest), never a mismatch.
- MEDIUM-2: the records of a whole-file gzip whose CRC fails and that carry no digest are stored with a warning
  (counted in the one failure line), not dropped; an ARC's line does not speak of WARC-Block-Digest.
- LOW: when only the trailer at the archive's end failed, the line is the file's and says the end was reached.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import io

import pytest

from storylens.models import RawDocument

from ._warcs import failures as _failures
from ._warcs import read as _read
from ._warcs import stored as _stored

PAGE = (b"<html><head><title>Flood</title></head><body><article><h1>Flood in Valencia</h1><p>"
        + b"Heavy rain flooded Valencia on Tuesday, and 12 people died, officials said after the storm. " * 4
        + b"</p></article></body></html>")


def _record(http: bytes, payload: bytes, block_digest: str | None, payload_digest: str | None, i: int = 1) -> bytes:
    """One response record, its block ``http + payload``, with the digest headers given as written."""
    block = http + payload
    headers = [b"WARC/1.1", b"WARC-Type: response", f"WARC-Target-URI: https://a.example/{i}".encode(),
               b"WARC-Date: 2026-01-01T10:00:00Z", f"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{i:012d}>".encode()]
    headers += [f"WARC-Block-Digest: {block_digest}".encode()] if block_digest else []
    headers += [f"WARC-Payload-Digest: {payload_digest}".encode()] if payload_digest else []
    headers += [b"Content-Type: application/http; msgtype=response", f"Content-Length: {len(block)}".encode()]
    return b"\r\n".join(headers) + b"\r\n\r\n" + block + b"\r\n\r\n"


def _sha1(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def _warcio_copy(data: bytes) -> bytes:
    """``data`` copied record by record by warcio's writer, as ``warcio recompress`` does."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for record in ArchiveIterator(io.BytesIO(data)):
        writer.write_record(record)
    return out.getvalue()


@pytest.mark.parametrize("http", [
    b"HTTP/1.1 200 OK\r\nContent-Type:text/html; charset=utf-8\r\n\r\n",  # no space after the colon
    b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8  \r\n\r\n",  # trailing spaces
    b"HTTP/1.1 200 OK\nContent-Type: text/html; charset=utf-8\n\n",  # LF only
])
def test_a_record_copied_by_warcios_writer_is_stored_when_its_payload_digest_proves_it(tmp_path, http):
    changed = PAGE.replace(b"Valencia", b"Valencie", 1)
    original = (_record(http, PAGE, _sha1(http + PAGE), _sha1(PAGE), 1)
                # a copy whose page changed after its digests were written: neither proves it
                + _record(http, changed, _sha1(http + PAGE), _sha1(PAGE), 2))
    copied = _warcio_copy(original)
    assert http not in gzip.decompress(copied)  # the headers were written anew: the block digest fails
    got = _read(tmp_path, copied)
    assert _stored(got) == ["1"]
    # stored, with the note that its HTTP headers are not proven: a flipped bit there looks the same (break65r3 H1)
    assert "Valencia" in got[0].text
    assert [w for w in got[0].metadata["warnings"] if "WARC-Payload-Digest" in w and "not proven" in w]
    (failure,) = _failures(got)
    assert failure.source.endswith("#2") and failure.reason.startswith("block digest mismatch")


def test_a_payload_digest_of_the_dechunked_body_proves_a_chunked_page(tmp_path):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in (PAGE[:100], PAGE[100:])) + b"0\r\n\r\n"
    wrong_block = _sha1(b"another block")
    data = (_record(http, chunked, wrong_block, _sha1(PAGE), 1)  # computed without the coding (wget)
            + _record(http, chunked, wrong_block, _sha1(chunked), 2)  # computed with it (warcio)
            + _record(http, chunked, wrong_block, _sha1(PAGE[1:]), 3))  # neither
    got = _read(tmp_path, data, "crawl.warc")
    assert _stored(got) == ["1", "2"]
    assert [f.source.rsplit("#", 1)[1] for f in _failures(got)] == ["3"]


def test_unpadded_base64_digests_are_read_and_an_unreadable_one_is_not_checked(tmp_path):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    block = http + PAGE
    unpadded = base64.b64encode(hashlib.sha256(block).digest()).decode().rstrip("=")
    url_safe = base64.urlsafe_b64encode(hashlib.md5(block).digest()).decode().rstrip("=")
    wrong = base64.b64encode(hashlib.sha256(b"other").digest()).decode().rstrip("=")
    data = (_record(http, PAGE, "sha256:" + unpadded, None, 1)
            + _record(http, PAGE, "md5:" + url_safe, None, 2)
            + _record(http, PAGE, "sha256:not a digest at all", None, 3)  # not readable: stored, not checked
            + _record(http, PAGE.replace(b"Valencia", b"Valencie", 1), "sha256:" + unpadded, None, 4)
            + _record(http, PAGE, "sha256:" + wrong, None, 5))
    got = _read(tmp_path, data, "crawl.warc")
    assert _stored(got) == ["1", "2", "3"]
    assert [f.source.rsplit("#", 1)[1] for f in _failures(got)] == ["4", "5"]
    assert all(f.reason.startswith("block digest mismatch") for f in _failures(got))


def _arc(count: int) -> bytes:
    desc = b"1 0 StoryLens\nURL IP-address Archive-date Content-type Archive-length\n"
    out = [b"filedesc://test.arc 0.0.0.0 20140101000000 text/plain " + str(len(desc)).encode() + b"\n" + desc + b"\n"]
    for i in range(1, count + 1):
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE.replace(b"Flood", b"Flood %d" % i)
        out.append(f"http://a.example/{i} 93.184.216.119 20140216050221 text/html {len(http)}\n".encode() + http + b"\n")
    return b"".join(out)


def _bad_crc(data: bytes) -> bytes:
    bad = bytearray(data)
    bad[-5] ^= 0x01  # one bit of the CRC-32 in the trailer: the data inflates whole, only the check fails
    return bytes(bad)


@pytest.mark.parametrize("kind", ["warc", "arc"])
def test_a_whole_file_gzip_whose_crc_fails_stores_its_records_without_digest_with_a_warning(tmp_path, kind):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    if kind == "warc":
        plain = b"".join(_record(http, PAGE.replace(b"Flood", b"Flood %d" % i), None, None, i) for i in range(1, 5))
    else:
        plain = _arc(4)
    name = f"crawl.{kind}.gz"
    got = _read(tmp_path, _bad_crc(gzip.compress(plain, mtime=0)), name)
    docs = [r for r in got if isinstance(r, RawDocument)]
    assert [d.metadata["url"] for d in docs] == [f"{'https' if kind == 'warc' else 'http'}://a.example/{i}"
                                                  for i in range(1, 5)]
    note = ("read from a damaged gzip member: no digest proves it intact, it may hold changed bytes; re-download the "
            "archive")
    assert all(d.metadata["warnings"] == [note] for d in docs)
    (failure,) = _failures(got)
    # the archive's end was reached: keyed to the file, not to a record after the last one
    assert failure.source == str(tmp_path / name)
    complete = 4 if kind == "warc" else 5  # an ARC's file header is a record of its own
    assert failure.reason.startswith("damaged gzip member at byte 0 (error: Error -3 while decompressing data: "
                                     "incorrect data check): its CRC / length check failed at the archive's end, "
                                     f"reached after {complete} complete records; ")
    assert failure.reason.endswith("; 4 records read from the damaged gzip member were stored with a warning: no "
                                   "digest proves them intact; re-download the archive")
    assert "WARC-Block-Digest" not in failure.reason and "how many is unknown" not in failure.reason


def test_in_a_damaged_member_a_record_only_its_payload_digest_proves_says_so(tmp_path):
    """Its HTTP headers (the charset the page is decoded with) are not proven: the note does not claim the block."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    plain = (_record(http, PAGE, _sha1(http + PAGE), None, 1)
             + _record(http, PAGE, _sha1(b"another block"), _sha1(PAGE), 2))
    got = _read(tmp_path, _bad_crc(gzip.compress(plain, mtime=0)))
    docs = [r for r in got if isinstance(r, RawDocument)]
    assert [d.source.rsplit("#", 1)[1] for d in docs] == ["1", "2"]
    assert "matches its WARC-Block-Digest" in docs[0].metadata["warnings"][0]
    note = ("read from a damaged gzip member: its page matches its WARC-Payload-Digest (its WARC-Block-Digest does "
            "not), its HTTP and WARC headers (charset, URL, capture date) could not be checked")
    assert docs[1].metadata["warnings"] == [note]
    (failure,) = _failures(got)
    assert failure.source == str(tmp_path / "crawl.warc.gz") and "stored with a warning" not in failure.reason
