"""break65r3 H1: a record whose WARC-Block-Digest fails while its WARC-Payload-Digest matches is stored (a copy by
warcio's writer re-writes the HTTP headers), but its HTTP headers, whose charset decodes the page, are then not
proven: one flipped bit in "charset=windows-1252" stored "cafι" for "café" without a word. It now carries a note."""

from __future__ import annotations

import io

from storylens.ingest.warc import read_warc
from storylens.models import Failure, RawDocument

PAGE = ("<html><head><title>Rain</title></head><body><article><p>Heavy rain hit the café district on Tuesday, "
        "the naïve forecasts said nothing of it, and 12 streets were flooded by the evening, officials said.</p>"
        "</article></body></html>")


def _warc(charset: str) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", f"text/html; charset={charset}")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://a.example/rain", "response",
                                                  payload=io.BytesIO(PAGE.encode("cp1252")), http_headers=http))
    return out.getvalue()


def test_a_page_only_its_payload_digest_proves_carries_a_note(tmp_path):
    intact = _warc("windows-1252")
    flipped = tmp_path / "flip.warc"
    flipped.write_bytes(intact.replace(b"charset=windows-1252", b"charset=windows-1253"))  # one bit, same length
    (doc,) = read_warc(flipped)
    assert isinstance(doc, RawDocument)
    assert any("WARC-Payload-Digest" in w and "not proven" in w for w in doc.metadata.get("warnings") or [])
    whole = tmp_path / "intact.warc"
    whole.write_bytes(intact)
    (good,) = read_warc(whole)
    assert isinstance(good, RawDocument) and not good.metadata.get("warnings")
    assert "café" in good.text


def test_a_changed_page_byte_is_still_refused(tmp_path):
    bad = tmp_path / "body.warc"
    bad.write_bytes(_warc("windows-1252").replace(b"12 streets", b"13 streets"))
    (got,) = read_warc(bad)
    assert isinstance(got, Failure) and "block digest mismatch" in got.reason
