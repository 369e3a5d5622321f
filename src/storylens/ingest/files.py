"""Read one article from a path, stdin or bytes, whatever its encoding.

Decoding order: a BOM (UTF-8/16/32) wins; then strict UTF-8; then
charset-normalizer's best guess; then cp1252 when every byte is defined in it.
The result goes through ftfy to repair mojibake (UTF-8 read as cp1252 and
similar). HTML is reduced to its main text with trafilatura, keeping title,
author, date and site name as metadata.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
from pathlib import Path

import ftfy

from ..errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    TooLargeError,
)
from ..models import RawDocument

__all__ = ["DEFAULT_MAX_BYTES", "read_path", "read_bytes", "read_text", "decode_text"]

DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # a news article is rarely over 1 MB, even as HTML
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HTML_SNIFF = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<article|<\?xml[^>]*>\s*<html)", re.I)


def read_path(path: str | os.PathLike, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """Read a file (or ``-`` for stdin) into a :class:`RawDocument`."""
    source = str(path)
    if source == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        return read_bytes(data, "<stdin>", max_bytes=max_bytes)
    p = Path(source)
    if not p.exists():
        raise InputError("file not found; check the path", source)
    if p.is_dir():
        raise InputError("is a directory; pass the article files inside it", source)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise TooLargeError(
                f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit for one article; "
                "pass the article itself, not an archive (or use 'storylens ingest' for JSONL/WARC)",
                source,
            )
        data = p.read_bytes()
    except PermissionError:
        raise InputError("permission denied; make the file readable", source) from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror}); check the path", source) from None
    is_html = p.suffix.lower() in HTML_SUFFIXES or None
    return read_bytes(data, source, max_bytes=max_bytes, is_html=is_html)


def read_bytes(
    data: bytes, source: str, *, max_bytes: int = DEFAULT_MAX_BYTES, is_html: bool | None = None
) -> RawDocument:
    """Decode bytes; ``is_html=None`` sniffs the content."""
    if len(data) > max_bytes:
        raise TooLargeError(f"input is over the {max_bytes / 1e6:.0f} MB limit for one article", source)
    if not data.strip():
        kind = "empty" if not data else "only whitespace"
        raise EmptyInputError(f"input is {kind}; pass a file with article text", source)
    text, encoding = decode_text(data, source)
    if is_html is None:
        is_html = bool(_HTML_SNIFF.match(text.encode("utf-8", "ignore")[:2048]))
    if is_html:
        return _from_html(text, source, encoding)
    return read_text(text, source, encoding=encoding)


def read_text(text: str, source: str = "<text>", *, encoding: str = "utf-8") -> RawDocument:
    """Wrap already-decoded text (mojibake is repaired)."""
    fixed = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_line_breaks=True)
    if not fixed.strip():
        raise EmptyInputError("input has only whitespace; pass a file with article text", source)
    return RawDocument(source=source, text=fixed, encoding=encoding)


def decode_text(data: bytes, source: str) -> tuple[str, str]:
    """Bytes -> (text, encoding name); raises for binary or undecodable input."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                raise EncodingError(f"starts with a {name} byte-order mark but is not valid {name}; re-save the file as UTF-8", source) from None
    if _looks_binary(data):
        raise BinaryInputError("looks like a binary file, not text or HTML; pass a .txt or .html article", source)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    guess = _guess_encoding(data)
    if guess is not None:
        return guess
    raise EncodingError("cannot detect the text encoding; re-save the file as UTF-8", source)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) * 0.05


def _guess_encoding(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding and best.chaos < 0.2:
        return str(best), best.encoding
    try:
        # cp1252 leaves five bytes undefined: if it decodes, it is plausible Western text.
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return None


def _from_html(html: str, source: str, encoding: str) -> RawDocument:
    import trafilatura

    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # lxml raises many kinds on broken markup
        raise InputError(f"cannot parse the HTML ({type(exc).__name__}); check that the file is a web page", source) from None
    if extracted is None or not (extracted.text or "").strip():
        raise EmptyInputError("no article text found in the HTML page; save the article page itself", source)
    meta = {
        key: getattr(extracted, key)
        for key in ("title", "author", "date", "sitename", "url", "hostname", "description")
        if getattr(extracted, key, None)
    }
    text = _drop_title_line(extracted.text, meta.get("title"))
    fixed = read_text(text, source, encoding=encoding)
    return RawDocument(source=source, text=fixed.text, html=html, encoding=encoding, metadata=meta)


def _drop_title_line(text: str, title: str | None) -> str:
    # trafilatura often repeats the <h1> as the first line of the body.
    if title:
        first, _, rest = text.partition("\n")
        if first.strip() == title.strip():
            return rest
    return text
