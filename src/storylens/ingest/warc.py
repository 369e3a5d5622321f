"""WARC archives (plain or gzipped): HTML ``response`` records -> RawDocuments.

warcio reads the records; each HTML response body goes through trafilatura
(via :func:`storylens.ingest.files.read_bytes`). The WARC-Record-ID becomes
``external_id``, WARC-Target-URI the ``url``. Responses that are not HTML are
skipped quietly (a crawl holds images and scripts too); a truncated or damaged
archive yields one :class:`~storylens.models.Failure` for the rest of the file
after the records that could be read.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any, Iterator

from ..errors import InputError
from ..models import Failure, RawDocument
from .files import read_bytes

__all__ = ["read_warc", "looks_like_warc"]


def looks_like_warc(head: bytes) -> bool:
    """True for a plain WARC, or for gzip data whose first member starts with a WARC header."""
    if head.startswith(b"WARC/"):
        return True
    if head.startswith(b"\x1f\x8b"):
        try:
            return zlib.decompressobj(31).decompress(head, 16).startswith(b"WARC/")
        except zlib.error:
            return False
    return False


def _is_html(record: Any) -> bool:
    headers = record.http_headers
    ctype = (headers.get_header("Content-Type") if headers else "") or ""
    return "html" in ctype.lower()


def _metadata(record: Any) -> dict[str, Any]:
    rec = record.rec_headers
    date = rec.get_header("WARC-Date")
    return {
        "external_id": rec.get_header("WARC-Record-ID"),
        "url": rec.get_header("WARC-Target-URI"),
        "crawled": date,
        "format": "warc",
    }


def _check_gzip_complete(path: str | Path) -> None:
    """Raise EOFError for a cut-off .gz archive: warcio stops quietly at a truncated member."""
    import gzip

    with open(path, "rb") as fh:
        if fh.read(2) != b"\x1f\x8b":
            return
    with gzip.open(path, "rb") as gz:
        while gz.read(1 << 20):
            pass


def _record_document(record: Any, item: str) -> RawDocument | Failure | None:
    if record.rec_type != "response" or not _is_html(record):
        return None
    meta = _metadata(record)
    try:
        raw = read_bytes(record.content_stream().read(), item, is_html=True)
    except InputError as exc:
        return Failure(item, "read", exc.reason)
    meta = {**raw.metadata, **{k: v for k, v in meta.items() if v}}
    return RawDocument(source=item, text=raw.text, html=raw.html, encoding=raw.encoding, metadata=meta)


def read_warc(path: str | Path) -> Iterator[RawDocument | Failure]:
    """Yield one RawDocument per HTML response record (source ``path#<n>``, n = record number from 1)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    source = str(path)
    n, end = 0, 0
    try:
        with open(path, "rb") as stream:
            records = ArchiveIterator(stream)
            for record in records:
                n += 1
                doc = _record_document(record, f"{source}#{n}")
                if doc is not None:
                    yield doc
                records.read_to_end(record)
                end = records.get_record_offset() + records.get_record_length()
        _check_gzip_complete(path)
        unread = Path(path).stat().st_size - end
        if n and unread > 4:  # a record ends with CRLF CRLF; anything more is a cut-off record
            raise EOFError(f"{unread} bytes after the last complete record")
    except FileNotFoundError:
        yield Failure(source, "read", "file not found; check the path")
    except (ArchiveLoadFailed, EOFError, ValueError, OSError, zlib.error) as exc:
        # warcio raises these on a cut-off record or gzip member, or stops quietly; keep what was read.
        yield Failure(f"{source}#{n + 1}", "read",
                      f"truncated or damaged WARC after {n} records ({type(exc).__name__}: {exc}); "
                      "re-download or re-crawl the archive")
