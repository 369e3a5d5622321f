"""RSS and Atom feed files -> one :class:`~storylens.models.RawDocument` per entry.

feedparser does the parsing (it is lenient: a feed with small XML errors still
yields its entries). Entry content (or, failing that, the summary) is HTML;
it is reduced to text here. The entry id becomes ``external_id``, the feed
title the ``outlet``. A feed that yields no entries at all because it is
malformed is one :class:`~storylens.models.Failure`, never an exception.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any, Iterator, Mapping

from ..errors import InputError
from ..models import Failure, RawDocument
from .files import read_bytes, read_text

__all__ = ["read_feed", "html_document", "fragment_text", "looks_like_feed"]

_FEED_SNIFF = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article")


def looks_like_feed(head: bytes) -> bool:
    """True when the first bytes of a file open an RSS, Atom or RDF feed."""
    return bool(_FEED_SNIFF.search(head[:4096]))


def fragment_text(html: str) -> str:
    """Text of an HTML fragment, one paragraph per block element (feed bodies are fragments, not pages)."""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml raises several kinds on junk; treat it as plain text
        return re.sub(r"<[^>]+>", " ", html).strip()
    for bad in root.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.tail = ("\n\n" + el.tail) if el.tail else "\n\n"
    text = root.text_content()
    paras = [re.sub(r"[ \t\r\f\v]+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paras if p)


def html_document(html: str, source: str, metadata: Mapping[str, Any]) -> RawDocument:
    """HTML -> RawDocument: a whole page through trafilatura, a fragment as plain paragraphs.

    Container metadata (``metadata``) wins over what the page itself says.
    """
    try:
        raw = read_bytes(html.encode("utf-8"), source, is_html=True)
        meta = {**raw.metadata, **{k: v for k, v in metadata.items() if v not in (None, "")}}
        return RawDocument(source=source, text=raw.text, html=html, encoding="utf-8", metadata=meta)
    except InputError:
        text = fragment_text(html)  # trafilatura rejects short fragments; keep their text
        raw = read_text(text, source)  # raises EmptyInputError when nothing is left
        return RawDocument(source=source, text=raw.text, html=html, encoding="utf-8", metadata=dict(metadata))


def _entry_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None


def _entry_html(entry: Any) -> str:
    for content in entry.get("content") or []:
        if content.get("value"):
            return content["value"]
    return entry.get("summary") or entry.get("description") or ""


def _entry_metadata(entry: Any, feed: Any) -> dict[str, Any]:
    return {
        "external_id": entry.get("id") or entry.get("link"),
        "url": entry.get("link"),
        "title": entry.get("title"),
        "outlet": feed.get("title"),
        "published": _entry_date(entry),
        "author": entry.get("author"),
        "language": entry.get("language") or feed.get("language") or None,
        "format": "feed",
    }


def _bozo_reason(parsed: Any) -> str:
    exc = parsed.get("bozo_exception")
    return (exc.getMessage() if hasattr(exc, "getMessage") else str(exc or "")) or "unknown error"


def read_feed(path: str | Path, data: bytes | None = None) -> Iterator[RawDocument | Failure]:
    """Yield one RawDocument per entry of an RSS/Atom file (``path#<n>`` sources, n from 1)."""
    import feedparser

    source = str(path)
    if data is None:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            yield Failure(source, "read", f"cannot read the feed ({exc.strerror}); check the path")
            return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        reason = f"malformed feed ({_bozo_reason(parsed)})" if parsed.get("bozo") else "feed has no entries"
        yield Failure(source, "read", reason + "; check that the file is an RSS or Atom feed")
        return
    broken = f"malformed feed ({_bozo_reason(parsed)}); " if parsed.get("bozo") else ""
    for n, entry in enumerate(parsed.entries, start=1):
        item = f"{source}#{n}"
        html = _entry_html(entry)
        if not html.strip():
            yield Failure(item, "read", broken + "feed entry has no content or summary")
            continue
        try:
            yield html_document(html, item, _entry_metadata(entry, parsed.feed))
        except InputError as exc:
            yield Failure(item, "read", exc.reason)
