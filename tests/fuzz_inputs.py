"""Inputs and invariants for fuzzing the readers (used by tests/ingest/test_ingest_fuzz.py and
benchmarks/ingest_fuzz.py; not collected as tests itself).

The invariants, for any bytes given to any reader through :func:`iter_records`:

1. nothing but records comes out: no exception escapes (a crash);
2. no invented text: every word (4+ letters) of a stored text occurs in some
   reading of the input bytes (UTF-8, cp1252, the encoding the reader chose,
   with HTML entities resolved and mojibake repaired, inflated when gzipped,
   JSON strings unescaped);
3. every publication date is ``YYYY-MM-DD`` or absent.
"""

from __future__ import annotations

import codecs
import html
import json
import random
import re
import unicodedata
import zlib
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
# name suffix -> seed files of that kind (small real inputs shipped with the tests)
KINDS: dict[str, list[Path]] = {
    ".txt": [DATA / "field-cases" / "mojibake-lossy-quotes" / "a.txt", DATA / "stream" / "dir" / "ferry_copy.txt",
             DATA / "field-cases" / "byline-outlet-as-author" / "b.txt"],
    ".html": [DATA / "stream" / "dir" / "museum.html"],
    ".jsonl": [DATA / "field-cases" / "jsonl-dates" / "articles.jsonl", DATA / "stream" / "articles.jsonl"],
    ".rss": [DATA / "field-cases" / "atom-html-summary" / "wp.rss", DATA / "stream" / "feed.rss"],
    ".atom": [DATA / "field-cases" / "atom-html-summary" / "feed.atom", DATA / "stream" / "feed.atom"],
    ".warc.gz": [DATA / "field-cases" / "warc-revisit" / "crawl.warc.gz", DATA / "stream" / "pages.warc.gz",
                 DATA / "field-cases" / "warc-wholefile-gzip" / "wholefile_complete.warc.gz"],
    ".warc": [],  # filled with the inflated .warc.gz seeds: mutations then hit the records, not the deflate stream
}
_WORD = re.compile(r"\w{4,}")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def seeds(kind: str) -> list[bytes]:
    if kind == ".warc":
        return [inflate(p.read_bytes()) for p in KINDS[".warc.gz"]]
    return [p.read_bytes() for p in KINDS[kind]]


def inflate(data: bytes) -> bytes:
    """Every gzip member's bytes, as far as they go (a damaged stream gives what it holds), and those of every
    member that starts after damage: a superset of what the WARC reader reads (it reads on only after a member
    whose CRC / length check failed, at the member right after it: newuser64 M1, break65r HIGH-1)."""
    out = []
    rest = data
    while rest[:2] == b"\x1f\x8b":
        d = zlib.decompressobj(31)
        try:
            out.append(d.decompress(rest))
        except zlib.error:
            break
        if not d.eof:
            break
        rest = d.unused_data
    if rest:  # damage (or bytes that are no member) stopped the pass
        for at in (m.start() for m in re.finditer(b"\x1f\x8b\x08", data)):
            d = zlib.decompressobj(31)
            try:
                out.append(d.decompress(data[at:]))
            except zlib.error:
                continue
    return b"".join(out) if out else data


def mutate(data: bytes, rng: random.Random, steps: int | None = None) -> bytes:
    """A few random edits: flipped, inserted, deleted or duplicated bytes, a cut, a spliced-in chunk."""
    buf = bytearray(data)
    for _ in range(steps if steps is not None else rng.randint(1, 6)):
        op = rng.randrange(7)
        pos = rng.randrange(len(buf) + 1)
        if op == 0 and buf:  # flip one byte
            buf[min(pos, len(buf) - 1)] = rng.randrange(256)
        elif op == 1:  # insert random bytes
            buf[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif op == 2 and buf:  # delete a run
            del buf[pos : pos + rng.randint(1, 64)]
        elif op == 3:  # cut the file
            del buf[pos:]
        elif op == 4 and buf:  # duplicate a run
            end = min(len(buf), pos + rng.randint(1, 200))
            buf[pos:pos] = buf[pos:end]
        elif op == 5:  # splice in markup / encodings / odd characters
            junk = rng.choice([b"<", b"&amp;", b"\xef\xbb\xbf", b"\xe2\x80", b"\x00", b"</p>", b"]]>", b"\r\n\r\n",
                               "Zürich “x”".encode("cp1252"), "Омск".encode("koi8-r"), b"\xf0\x9f\x94\xa5", b'"}'])
            buf[pos:pos] = junk
        else:  # uppercase / lowercase a run (tags, header names)
            end = min(len(buf), pos + rng.randint(1, 30))
            buf[pos:end] = bytes(buf[pos:end]).swapcase()
    return bytes(buf)


def _cp1252_bytes(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    bad = err.object[err.start : err.end]
    return bad.decode("cp1252", "replace"), err.end


codecs.register_error("fuzz-cp1252", _cp1252_bytes)


def _readings(data: bytes, encodings: set[str]) -> str:
    import ftfy

    raw = [data, inflate(data)] if data[:2] == b"\x1f\x8b" else [data]
    texts: list[str] = []
    for blob in raw:
        texts.append(blob.decode("utf-8", "fuzz-cp1252"))  # UTF-8 with stray bytes read as cp1252
        for enc in {"utf-8", "cp1252", "latin-1", *encodings}:
            try:
                texts.append(blob.decode(enc, "replace"))
            except LookupError:
                continue
    for t in list(texts):
        for line in t.splitlines():
            try:
                obj = json.loads(line)
            except ValueError:
                continue
            if isinstance(obj, dict):
                texts.extend(str(v) for v in obj.values() if isinstance(v, str))
    expanded = []
    for t in texts:
        once = html.unescape(t)
        expanded += [t, once, html.unescape(once)]
    # Inline tags join the words around them ("April</em>April"); XML and HTML parsers
    # drop C0 control characters and stray "&", joining what was around them too.
    # (a tag cut open by a mutation runs to the next ">", as parsers read it).
    expanded += [re.sub(r"<[^<>]*>", "", t) for t in expanded] + [re.sub(r"<[^>]*>", "", t) for t in expanded]
    expanded += [ftfy.fix_text(t) for t in expanded]
    expanded += [re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff&]", "", t) for t in expanded]
    expanded += [re.sub(r"&#?\w+;?", "", t) for t in expanded[: len(expanded) // 2]]  # entities parsers dropped
    return unicodedata.normalize("NFC", "\n".join(expanded)).casefold()


@dataclass
class Outcome:
    """What one input gave: counts and any broken invariant (``crash`` / ``invented`` / ``bad_date``)."""

    documents: int = 0
    failures: list[str] = field(default_factory=list)  # reasons
    skipped: list[str] = field(default_factory=list)  # kinds
    crash: str | None = None
    invented: list[str] = field(default_factory=list)
    bad_dates: list[str] = field(default_factory=list)


def run_reader(path: Path) -> Outcome:
    """Read ``path`` through :func:`iter_records` and check the invariants."""
    from storylens.ingest.walk import Skipped, iter_records
    from storylens.models import Failure, RawDocument

    out = Outcome()
    try:
        records = list(iter_records([path]))
    except Exception as exc:  # noqa: BLE001 - a crash is what we count
        out.crash = f"{type(exc).__name__}: {exc}"
        return out
    data = path.read_bytes()
    reference: str | None = None
    for rec in records:
        if isinstance(rec, Failure):
            out.failures.append(rec.reason)
        elif isinstance(rec, Skipped):
            out.skipped.append(rec.kind)
        elif isinstance(rec, RawDocument):
            out.documents += 1
            if reference is None:
                reference = _readings(data, {r.encoding for r in records if isinstance(r, RawDocument)})
            words = set(_WORD.findall(unicodedata.normalize("NFC", rec.text).casefold()))
            out.invented += sorted(w for w in words if w not in reference)
            published = rec.metadata.get("published")
            if published is not None and not (isinstance(published, str) and _ISO.match(published)):
                out.bad_dates.append(repr(published))
        else:
            out.crash = f"unexpected record {type(rec).__name__}"
    return out


def reason_kind(reason: str) -> str:
    """A failure reason without its specifics: "truncated or damaged archive after 3 ..." -> its first words."""
    return re.split(r"[(;:]| after \d| at column", reason, maxsplit=1)[0].strip()
