"""robust65m: robust65b's digest checks on robust65's fix round. The block's true end for a Content-Length too
long (``_digest_end``) reads a digest as the block check does (one parser: base64 and sha-256 too), and a damaged
gzip member of several records that the read ends at keeps the records its digests prove (robust65b), while one
with the next member right after it is passed over, its records counted (robust65)."""

from __future__ import annotations

import base64
import gzip
import hashlib
import re

import pytest

from storylens.ingest.warc import read_warc
from storylens.models import Failure, RawDocument

from .test_gzip_resync_robust65 import _bad_crc, _member
from .test_warc_content_length_warc64 import _shorten
from .test_warc_length_too_long_robust65 import _nesting, _read, _stored


@pytest.mark.parametrize("packing", ["plain", "per-record-gzip"])
def test_a_payload_digest_in_base64_sha256_finds_the_blocks_true_end(tmp_path, packing):
    """Record 1's page ends with an archived WARC record and its length is too long; its WARC-Payload-Digest is
    sha-256 in base64 (robust65's _digest_end read only base32 / hex: #2 was named as lost)."""
    records = _nesting()
    head, _, block = records[0].partition(b"\r\n\r\n")
    payload = block.partition(b"\r\n\r\n")[2][:-4]  # after the HTTP headers; a record ends with CRLF CRLF
    value = b"sha-256:" + base64.b64encode(hashlib.sha256(payload).digest())
    head = re.sub(rb"WARC-Payload-Digest: [^\r]*", b"WARC-Payload-Digest: " + value, head)
    records[0] = _shorten(head + b"\r\n\r\n" + block, -300)
    got = _read(tmp_path, records, packing)
    assert _stored(got) == [("2", "https://a.example/2"), ("3", "https://a.example/3")]
    (failure,) = [r for r in got if isinstance(r, Failure)]
    assert failure.source.endswith("#1") and "(#2, read from there and stored)" in failure.reason


def test_a_last_member_of_two_records_with_a_bad_crc_keeps_the_records_its_digests_prove(tmp_path):
    """No member after it to go on from: robust65b's rule (robust65 lost both records)."""
    joined = gzip.decompress(_member(2)) + gzip.decompress(_member(3))
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(_member(1) + _bad_crc(gzip.compress(joined)))
    got = list(read_warc(path))
    docs = [r for r in got if isinstance(r, RawDocument)]
    assert [(d.source.rsplit("#", 1)[1], d.metadata["url"]) for d in docs] == [
        ("1", "https://a.example/1"), ("2", "https://a.example/2"), ("3", "https://a.example/3")]
    assert "warnings" not in docs[0].metadata
    assert all(d.metadata["warnings"][0].startswith("read from a damaged gzip member") for d in docs[1:])
    (failure,) = [r for r in got if isinstance(r, Failure)]
    # the archive's end was reached after #3: the line is the file's (robust65d)
    assert failure.source == str(path) and "incorrect data check" in failure.reason
