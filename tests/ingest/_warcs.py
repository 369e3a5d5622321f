"""Small WARC records for the damaged-archive tests: one response record as its own gzip member, as warcio's
per-record gzip writes it."""

from __future__ import annotations

import io

BODY = "Heavy rain flooded Valencia on Tuesday, and 12 people died, officials said after the storm. " * 3


def member(i: int, body: str = BODY) -> bytes:
    """Record ``i`` (https://a.example/i, a page titled "Story i") as one gzip member."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    page = f"<html><head><title>Story {i}</title></head><body><article><h1>Story {i}</h1><p>{body} Part {i}.</p>"
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(f"https://a.example/{i}", "response",
                                                  payload=io.BytesIO((page + "</article></body></html>").encode()),
                                                  http_headers=http))
    return out.getvalue()


def read(tmp_path, data: bytes, name: str = "crawl.warc.gz") -> list:
    """Every item ``read_warc`` gives for ``data`` written as ``name`` under ``tmp_path``."""
    from storylens.ingest.warc import read_warc

    path = tmp_path / name
    path.write_bytes(data)
    return list(read_warc(path))


def stored(got: list) -> list[str]:
    """The record numbers of the documents stored."""
    from storylens.models import RawDocument

    return [r.source.rsplit("#", 1)[1] for r in got if isinstance(r, RawDocument)]


def failures(got: list) -> list:
    from storylens.models import Failure

    return [r for r in got if isinstance(r, Failure)]
