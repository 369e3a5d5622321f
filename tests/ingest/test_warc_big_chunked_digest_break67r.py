"""break67r LOW: a chunked page of 4 MiB or more (``_KEEP_LIMIT``) whose WARC-Payload-Digest was computed without the
chunked coding (as wget writes it) was checked only as stored, and stored with a warning that its page does not give
its digest. The payload is now de-chunked into the hash as it is read (any length, no copy of the body)."""

from __future__ import annotations

import base64
import hashlib
import random

import pytest

from storylens.ingest.warc import PAYLOAD_MISMATCH

from ._warcs import failures as _failures
from ._warcs import read as _read
from ._warcs import stored as _stored

_ARTICLE = (b"<html><head><title>Flood</title></head><body><article><h1>Flood in Valencia</h1><p>"
            + b"Heavy rain flooded Valencia on Tuesday, and 12 people died, officials said after the storm. " * 4
            + b"</p></article>")
# past the 4 MiB the block reader keeps (spaces in an HTML comment: the text read is the article's)
PAGE = _ARTICLE + b"<!-- " + b" " * (5 << 20) + b" --></body></html>"
CHUNKED = b"".join(b"%x\r\n%s\r\n" % (len(PAGE[at:at + 65536]), PAGE[at:at + 65536])
                   for at in range(0, len(PAGE), 65536)) + b"0\r\n\r\n"


def _record(payload_digest: bytes, page: bytes = CHUNKED) -> bytes:
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n"
            + page)
    digest = b"sha1:" + base64.b32encode(hashlib.sha1(payload_digest).digest())
    head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\n"
            b"WARC-Date: 2026-11-16T10:00:00Z\r\nWARC-Target-URI: https://a.example/big\r\n"
            b"Content-Type: application/http; msgtype=response\r\nWARC-Payload-Digest: " + digest + b"\r\n"
            b"Content-Length: %d\r\n\r\n" % len(http))
    return head + http + b"\r\n\r\n"


def _warnings(got: list) -> list[str]:
    return [w for d in got for w in d.metadata.get("warnings") or []]


@pytest.mark.parametrize("digest_of", ["dechunked", "stored"])
def test_a_big_chunked_page_its_payload_digest_proves_is_stored_without_a_warning(tmp_path, digest_of):
    got = _read(tmp_path, _record(PAGE if digest_of == "dechunked" else CHUNKED), "crawl.warc")
    assert _stored(got) == ["1"] and not _failures(got)
    assert _warnings(got) == []


def test_a_big_chunked_page_changed_after_it_was_written_is_still_warned_of(tmp_path):
    changed = CHUNKED.replace(b"Valencia on", b"Valencie on", 1)
    got = _read(tmp_path, _record(PAGE, changed), "crawl.warc")
    assert _stored(got) == ["1"]
    (warning,) = _warnings(got)
    assert warning.startswith(PAYLOAD_MISMATCH)


def _dechunked(data: bytes) -> bytes | None:
    """The reference: ``data`` (an HTTP body in the chunked transfer coding) without the coding, None when it is not
    that coding whole (a size line that is no hex number, a chunk cut short, no last chunk)."""
    out, at = bytearray(), 0
    while True:
        eol = data.find(b"\n", at)
        if eol < 0:
            return None
        try:
            size = int(data[at:eol].split(b";", 1)[0].strip(), 16)
        except ValueError:
            return None
        if size < 0:
            return None
        at = eol + 1
        if size == 0:
            return bytes(out)
        if at + size > len(data):
            return None
        out += data[at:at + size]
        at += size
        at += 2 if data[at:at + 2] == b"\r\n" else 1 if data[at:at + 1] == b"\n" else 0


def test_the_dechunking_while_read_gives_what_dechunking_the_whole_body_gives():
    from storylens.ingest.warc import _Dechunker

    # any body, fed in pieces of any size: the digest of _dechunked's answer, or None where it has none
    rng = random.Random(67)
    for _ in range(5000):
        data = bytes(rng.choice(b"0123\r\n;a") for _ in range(rng.randint(0, 24)))
        whole = _dechunked(data)
        dechunker, at = _Dechunker(hashlib.sha1), 0
        while at < len(data):
            step = rng.randint(1, 5)
            dechunker.update(data[at:at + step])
            at += step
        assert dechunker.digest() == (None if whole is None else hashlib.sha1(whole).digest()), data
