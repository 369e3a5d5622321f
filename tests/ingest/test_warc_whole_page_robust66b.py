"""break66r HIGH-1 and MEDIUM-1 on robust66's search for records a Content-Length too long took (``_swallowed``).

H1: a page whose WARC-Payload-Digest proves it whole (no WARC-Block-Digest, or one of an algorithm not known), whose
HTML ends with an archived WARC record, was split: #1 failed, the archived record stored as #2, the real records
renumbered. A block a digest proves whole holds no record taken: stored whole, under its own number.
M1: with no digest and no HTTP Content-Length, a page that ends with an archived WARC record cannot be told from one
whose length took the next record: it was split (the same renumbering). It is stored whole, as read, with a warning
(kept with it and said in one line by ingest) naming where the record starts."""

from __future__ import annotations

import io
import re

import pytest

from storylens.ingest.warc import MAY_HOLD_RECORDS
from storylens.models import Failure

from .test_warc_content_length_warc64 import _records, _shorten
from .test_warc_length_swallows_robust66 import PACKINGS, _read, _stored
from .test_warc_length_too_long_robust65 import _without_digests

PAGE = b"<html><body><p>An archived crawl follows, kept as it was.</p></body></html>\r\n\r\n"


def _nested(kind: str) -> bytes:
    """A ``kind`` record (response or resource) whose HTML page ends with a whole archived WARC record."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    inner = _records()[2].replace(b"https://a.example/3", b"https://inner.example/99")
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    if kind == "response":
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record("https://a.example/1", "response", payload=io.BytesIO(PAGE + inner),
                                           http_headers=http)
    else:
        record = writer.create_warc_record("https://a.example/1", "resource", payload=io.BytesIO(PAGE + inner),
                                           warc_content_type="text/html; charset=utf-8")
    writer.write_record(record)
    return out.getvalue()


def _digests(record: bytes, digests: str) -> bytes:
    head, rest = record.split(b"\r\n\r\n", 1)
    if digests in ("payload only", "none"):
        head = re.sub(rb"\r\nWARC-Block-Digest: [^\r]*", b"", head)
    if digests == "payload, block of an unknown algorithm":
        head = re.sub(rb"(\r\nWARC-Block-Digest: )sha1:", rb"\1md2:", head)
    if digests in ("block only", "none"):
        head = re.sub(rb"\r\nWARC-Payload-Digest: [^\r]*", b"", head)
    return head + b"\r\n\r\n" + rest


WHOLE = [("1", "https://a.example/1"), ("2", "https://a.example/2"), ("3", "https://a.example/3")]


@pytest.mark.parametrize("packing", PACKINGS)
@pytest.mark.parametrize("kind", ["response", "resource"])
@pytest.mark.parametrize("digests", ["payload only", "payload, block of an unknown algorithm", "block only", "both"])
def test_a_page_a_digest_proves_whole_is_not_split(tmp_path, capsys, packing, kind, digests):
    nested = _digests(_nested(kind), digests)
    if kind == "resource" and digests != "both":
        # the writer gives a resource record its block's digest as its payload digest: the two name the same bytes
        assert re.search(rb"WARC-(Payload|Block)-Digest", nested.split(b"\r\n\r\n", 1)[0])
    got = _read(tmp_path, [nested, *_records()[1:]], packing)
    assert not [r for r in got if isinstance(r, Failure)]
    assert _stored(got) == WHOLE
    assert b"inner.example/99" in got[0].text.encode() or "inner.example" in (got[0].html or "")
    assert not any(w.startswith(MAY_HOLD_RECORDS) for w in got[0].metadata.get("warnings", []))
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("packing", PACKINGS)
@pytest.mark.parametrize("kind", ["response", "resource"])
def test_with_no_digest_nor_http_length_the_page_is_stored_whole_with_a_warning(tmp_path, packing, kind):
    got = _read(tmp_path, [_digests(_nested(kind), "none"), *_records()[1:]], packing)
    assert not [r for r in got if isinstance(r, Failure)]
    assert _stored(got) == WHOLE
    (warning,) = [w for w in got[0].metadata["warnings"] if w.startswith(MAY_HOLD_RECORDS)]
    at = _digests(_nested(kind), "none").split(b"\r\n\r\n", 1)[1].index(b"WARC/1.", 10)
    assert warning == (f"{MAY_HOLD_RECORDS}: a WARC record starts inside it at byte {at} and no digest or HTTP "
                       f"length tells where the page ends; check the archive with `warcio check`")


@pytest.mark.parametrize("packing", PACKINGS)
def test_a_length_that_took_the_next_record_without_digest_nor_http_length_is_read_as_main_did(tmp_path, packing):
    """The same bytes as a length too long by exactly record 2's: record 1 is stored with record 2 in it, as main
    stored it, and the warning says so; records after it are numbered as read."""
    records = [_without_digests(r) for r in _records()]
    records[0] = _shorten(records[0], -len(records[1]))
    got = _read(tmp_path, records, packing)
    assert not [r for r in got if isinstance(r, Failure)]
    assert _stored(got) == [("1", "https://a.example/1"), ("2", "https://a.example/3")]
    assert any(w.startswith(MAY_HOLD_RECORDS) for w in got[0].metadata["warnings"])
    assert not got[1].metadata.get("warnings")
