"""JSON Lines: one article per line -> :class:`~storylens.models.RawDocument`.

Each line is an object with ``text`` or ``html`` and optionally ``id``
(kept as ``external_id``), ``url``, ``title``, ``outlet``, ``published``
and ``language``. ``published`` may be any machine format
:func:`storylens.ingest.dates.parse_date` reads (epoch s/ms, ISO 8601 with
offset, RFC 822, ``YYYYMMDDhhmmss``, ``dd.mm.yyyy``); it is stored as
``YYYY-MM-DD``, or dropped with a reason in ``metadata["warnings"]`` when it
cannot be read (the original value is kept as ``published_raw``). Every other field is kept as metadata.
The source of line *n* (from 1) is ``path#n``. A line that is not JSON, not an
object, has no text or a field of another type than the pipeline reads (``title``,
``url``, ``outlet``, ``language``, ``sitename``, ``title_site`` strings; ``id`` a
string or a number, kept as its text; ``warnings`` a list of strings;
``live_entries`` a list of ``{"time", "text"}`` objects) becomes a
:class:`~storylens.models.Failure` with that reason; the file goes on. A number
JSON cannot write (NaN, Infinity, 1e400) is dropped and a NUL character removed,
each with a warning. So does a line over ``max_bytes`` (10 MB, the limit
of one ``.txt`` article): it is read past in chunks, never held whole.
An ``id`` given again in the file with another text is read as an article of its own, with a warning
(:data:`REPEATED_ID`) naming the line that gave it first; the same id with the same text is the same article
(the store skips it as an exact duplicate).
"""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import io
import json
import math
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from .._paths import escaped_field, has_surrogates, shown_path
from ..errors import DataFileError, InputError, NotRegularFileError
from ..models import Failure, RawDocument
from ._gzip import GZIP_SUFFIX, is_gzip, open_gunzipped
from ._records import Skipped, field_problem, internal_failure, json_kind, not_regular
from .dates import parse_timestamp, slash_order, stated_date
from .decode import decode
from .feeds import html_document
from .files import DEFAULT_MAX_BYTES, looks_like_html, open_regular, read_text

__all__ = ["KNOWN_FIELDS", "REPEATED_ID", "JsonlIds", "looks_like_jsonl", "read_jsonl"]

KNOWN_FIELDS = ("id", "text", "html", "url", "title", "outlet", "published", "language")


# How a record's warning about an id given again starts (stream.ingest lists these in the run's report)
REPEATED_ID = "id given again"


class JsonlIds:
    """The ids of the records of the JSONL files of one read (one file, or every file of an ingest's inputs): each
    id's first file and line and a digest of its text, so a record that gives an id again with another text is said
    to (robust66 LOW: it was accepted without a word, two articles under one id that 'story move' and a reader by id
    take for one; robust68: an id given again in another file of the same ingest was not said). ~100 bytes an id."""

    def __init__(self) -> None:
        self.first: dict[str, tuple[int, int, bytes]] = {}  # id -> (file's index in ``files``, line, digest)
        self.files: list[str] = []  # the sources of the files read, in order

    def start(self, source: str) -> int:
        """The index of the file ``source`` whose records come next (``check``'s ``file``)."""
        self.files.append(source)
        return len(self.files) - 1

    def check(self, doc: RawDocument, line: int, file: int) -> RawDocument:
        ident = doc.metadata.get("external_id")
        if not isinstance(ident, str):
            return doc
        digest = hashlib.blake2b(f"{doc.text}\0{doc.html or ''}".encode("utf-8", "surrogatepass"),
                                 digest_size=16).digest()
        first = self.first.setdefault(ident, (file, line, digest))
        if first[:2] == (file, line) or first[2] == digest:
            return doc
        where = "this file" if first[0] == file else self.files[first[0]]
        note = (f"{REPEATED_ID}: {ident!r} names line {first[1]} of {where} too, with another text; read as an "
                f"article of its own; give each article its own id")
        meta = {**doc.metadata, "warnings": [*doc.metadata.get("warnings", []), note]}
        return dataclasses.replace(doc, metadata=meta)


def looks_like_jsonl(head: bytes) -> bool:
    """True when the first non-blank line parses as a JSON object."""
    wide = _wide_bom(head[:4])
    lines = head.decode(wide, "ignore").splitlines() if wide else head.splitlines()
    for line in lines:
        if line.strip():
            try:
                return isinstance(json.loads(line), dict)
            except ValueError:
                return False
    return False


def _metadata(obj: dict[str, Any], dates: SlashDates | None = None) -> dict[str, Any]:
    meta = {k: v for k, v in obj.items() if k not in ("id", "text", "html")}
    if obj.get("id") not in (None, ""):
        meta["external_id"] = str(obj["id"])
    if "published" in meta:
        meta.update(_published(meta.pop("published"), "published", dates))
    elif "date" in meta:
        # a "date" key is the published date when no "published" is given, read as one (its day, its moment and
        # zone, its warnings): it was passed on as written and cut to ten characters ("March 12, " and "1773300000"
        # became published dates; a time and its zone were lost)
        meta.update(_published(meta.pop("date"), "date", dates))
    meta["format"] = "jsonl"
    return meta


class SlashDates:
    """How one JSONL file writes its slash dates (:func:`file_slash_dates`): ``order`` ("dmy", "mdy", "mixed" or
    None: no record decides) and ``evidence`` (the records that decide it). A file that writes both orders is said
    in full once, at its first record whose date could be read either way; its later ones refer to that record."""

    def __init__(self, order: str | None, evidence: str) -> None:
        self.order, self.evidence = order, evidence
        self._said = False

    def said_at(self, doc: RawDocument, item: str) -> None:
        """After ``doc`` (the record ``item``) is read: once a record said the file's evidence, later ones name it."""
        if self.order == "mixed" and not self._said \
                and any(self.evidence in w for w in doc.metadata.get("warnings", ())):
            self.evidence, self._said = f"as {item} says", True


# a record's date field written as a slash date ("published": "03/11/2026"), in the file's bytes: a key at the top
# level or not, its value's first characters
_SLASH_FIELD = re.compile(rb'"(?:published|date)"\s*:\s*"\s*(\d{1,2}/\d{1,2}/\d{4})(?=[" ,T])')


def _record_date(data: bytes) -> str | None:
    """The date a record's line states as its published date (its top-level "published", else its "date", as
    :func:`_metadata` reads them), None for none or a line no JSON reader reads: a key of a nested object or one
    beside a given "published" says nothing of the file's order (places73fix D10, D11). Read only for a line whose
    bytes hold a slash date of an order not yet seen, so a file costs about one parse per order."""
    try:
        obj = json.loads(data)
    except (ValueError, RecursionError):
        return None
    if not isinstance(obj, dict):
        return None
    value = obj["published"] if "published" in obj else obj.get("date")
    return value.strip() if isinstance(value, str) else None


def file_slash_dates(handle: BinaryIO, max_bytes: int) -> SlashDates:
    """The order of the slash dates of a JSONL file (an open file at its start, left there): read from the records
    that only one order reads ("15/03/2026" day-first, "11/15/2026" month-first), so every record of one file is
    read in one order; "mixed" when the file has both. One pass over the bytes before the records are read (the
    records still come one at a time); it stops at the first record of the second order."""
    seen: dict[str, str] = {}
    for n, data in enumerate(_lines(handle, max_bytes), start=1):
        if data is None or b"/" not in data:
            continue
        orders = {slash_order(m[1].decode("ascii")) for m in _SLASH_FIELD.finditer(data)} - {None} - seen.keys()
        if orders and (written := _record_date(data)) is not None and (order := slash_order(written)) is not None \
                and order in orders:
            seen[order] = f"{written!r} on line {n}"
        if len(seen) == 2:
            break
    if handle.seekable():  # a gzip file's first pass reads its own stream (_gzip_slash_dates)
        handle.seek(0)
    if len(seen) == 2:
        return SlashDates("mixed", f"{seen['dmy']} is day-first, {seen['mdy']} month-first")
    if "mdy" in seen:
        return SlashDates("mdy", f"{seen['mdy']} is month-first")
    return SlashDates("dmy" if seen else None, seen.get("dmy", ""))


def _published(value: object, field: str = "published", dates: SlashDates | None = None) -> dict[str, Any]:
    day, warning = stated_date(value, field, dates.order if dates else None, dates.evidence if dates else "")
    if warning and day:  # read, with a warning naming the reading (a day/month-ambiguous slash date)
        return {"published": day, "published_source": "jsonl", "warnings": [warning]}
    if warning:
        return {"published_raw": value, "warnings": [warning]}
    if not day:
        return {}
    # the moment too when the value states one: two versions filed the same day are ordered by it
    at = parse_timestamp(value)
    return {"published": day, "published_source": "jsonl", **({"published_at": at} if at else {})}


def _json_error(exc: json.JSONDecodeError, line: str) -> str:
    """The reason for a line json cannot read: 'cut off' when the error is its end (an unterminated string,
    an object never closed), else json's message. json's messages end in 'at' ('Unterminated string
    starting at'), so the column follows that word rather than a second 'at'."""
    message = exc.msg[0].lower() + exc.msg[1:]
    where = f"{message} column {exc.colno}" if message.endswith(" at") else f"{message} at column {exc.colno}"
    if message.startswith("unterminated string") or exc.pos >= len(line.rstrip()):
        return f"line is cut off ({where}); complete or remove the line"
    return f"line is not valid JSON ({where}); fix or remove the line"


def _line_document(line: str, source: str, warnings: tuple[str, ...] = (), encoding: str = "utf-8",
                   dates: SlashDates | None = None) -> RawDocument:
    line = line.rstrip("\r\n")  # the line end is no part of the record (inside an open string it read as a control character)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(_json_error(exc, line), source) from None
    if not isinstance(obj, dict):
        # in JSON's words, not Python's (trial newuser64: "line is a JSON str", "a JSON NoneType"), with the fix
        raise InputError(f"line is {json_kind(obj)}, not an object; write each record as one JSON object per line "
                         "with its article in a 'text' field ({\"text\": \"...\"})", source)
    obj, not_finite, nul = _writable(obj)
    if not_finite:  # never stored: invalid JSON (SQLite kept a bare NaN, PostgreSQL lost the batch; break64r2 H2)
        warnings = (*warnings, "a number that is not finite (NaN, Infinity, or beyond 1.8e308) dropped from "
                    + ", ".join(f"'{k}'" for k in not_finite))
    if nul:  # PostgreSQL can store no NUL in text or JSON: it lost the batch (break64r2 H2); no text means one
        warnings = (*warnings, f"{nul} NUL character{'s' if nul > 1 else ''} (U+0000) removed")
    _check_types(obj, source)
    meta = _metadata(obj, dates)
    # the id and url identify the record: a lone surrogate there is written as its escape, one-to-one, so two ids
    # never become one (break64r L: U+FFFD made "x\\ud800" and "x\\udc00" one id); an id without one keeps its form
    kept = 0
    for key in ("external_id", "url"):
        if isinstance(meta.get(key), str):
            kept += _surrogates(meta[key])
            meta[key] = escaped_field(meta[key])
    meta, lone = _without_lone_surrogates(meta)
    # text and html too, before anything encodes them: html_document encodes the page as UTF-8, and one
    # "\\udce9" in an html field raised UnicodeEncodeError there and lost the run's batch (break64r H1)
    body = {k: obj[k] for k in ("text", "html") if k in obj}
    body, in_body = _without_lone_surrogates(body)
    obj = {**obj, **body}
    lone += in_body
    if lone or kept:
        replaced = (f"{lone + kept} character{'s' if lone + kept > 1 else ''} of the record not Unicode (a lone "
                    "surrogate escape such as \\ud800) "
                    + ("replaced by U+FFFD" if not kept else
                       "kept as that escape in its id and url" if not lone else
                       "replaced by U+FFFD, kept as that escape in its id and url"))
        warnings = (*warnings, replaced)
    if warnings:
        meta["warnings"] = [*warnings, *meta.get("warnings", [])]
    if isinstance(obj.get("text"), str) and looks_like_html(obj["text"]):  # a whole page in "text": as "html"
        return html_document(obj["text"], source, meta, encoding)
    if isinstance(obj.get("text"), str) and obj["text"].strip():
        raw = read_text(obj["text"], source)
        if raw.metadata.get("warnings"):  # a lost character's note (mojibake79fix: it was dropped here)
            meta["warnings"] = [*meta.get("warnings", []), *raw.metadata["warnings"]]
        return RawDocument(source=source, text=raw.text, encoding=encoding, metadata=meta)
    if isinstance(obj.get("html"), str) and obj["html"].strip():
        return html_document(obj["html"], source, meta, encoding)
    raise InputError("object has no 'text' or 'html' field with content; add the article body", source)


def _check_types(obj: dict[str, Any], source: str) -> None:
    """Raise InputError naming the first field of ``obj`` whose type the pipeline cannot read (break64r2 M3: a
    numeric title failed as an 'internal error ... please report it'). A number is taken as an ``id``'s text
    (5 -> "5": databases key records by number, and its digits are the one reading); a list, an object or
    true/false is no id or text and is never turned into stored text."""
    for key in ("text", "html"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise InputError(f"'{key}' must be a string (got {json_kind(obj[key])}); write the article's "
                             f"{'text' if key == 'text' else 'page'} as a JSON string", source)
    ident = obj.get("id")
    if ident is not None and (isinstance(ident, bool) or not isinstance(ident, (str, int, float))):
        raise InputError(f"'id' must be a string or a number (got {json_kind(ident)}); write it in quotes or "
                         "remove the field", source)
    problem = field_problem(obj)
    if problem:
        raise InputError(problem, source)


def _writable(value: Any, key: str | None = None) -> tuple[Any, list[str], int]:
    """``value`` (a JSON value) without the numbers JSON cannot write (NaN, Infinity, 1e400 read as infinite:
    dropped from their object or list) and without NUL characters (removed from its strings and keys); the
    top-level fields a number was dropped from (``key`` names the one being walked) and how many NULs."""
    if _not_finite(value):
        return None, [key or "?"], 0
    if isinstance(value, str):
        return (value.replace("\0", ""), [], value.count("\0")) if "\0" in value else (value, [], 0)
    if isinstance(value, list):
        items = [_writable(v, key) for v in value]
        kept = [v for (v, _, _), old in zip(items, value) if not _not_finite(old)]
        return kept, _unique(f for _, d, _ in items for f in d), sum(n for *_, n in items)
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        fields: list[str] = []
        nul = 0
        for k, v in value.items():
            name, _, in_key = _writable(k)
            item, dropped, in_item = _writable(v, key or name)
            fields += dropped
            nul += in_key + in_item
            if not _not_finite(v):
                out[name] = item
        return out, _unique(fields), nul
    return value, [], 0


def _not_finite(value: Any) -> bool:
    return isinstance(value, float) and not math.isfinite(value)


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _surrogates(text: str) -> int:
    """How many lone surrogates (U+D800..U+DFFF) ``text`` holds."""
    return sum(0xD800 <= ord(c) <= 0xDFFF for c in text) if has_surrogates(text) else 0


def _without_lone_surrogates(value: Any) -> tuple[Any, int]:
    """``value`` (a JSON value) with each lone surrogate of its strings replaced by U+FFFD, and how many there
    were. JSON may spell one (``"\\udce9"``) though it is no Unicode character: a title holding one crashed the
    ingest where it was first encoded as UTF-8 (the embedding cache's key), with its whole batch."""
    if isinstance(value, str):
        if not (lone := _surrogates(value)):
            return value, 0
        return "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in value), lone
    if isinstance(value, list):
        items = [_without_lone_surrogates(v) for v in value]
        return [v for v, _ in items], sum(n for _, n in items)
    if isinstance(value, dict):
        pairs = [(_without_lone_surrogates(k), _without_lone_surrogates(v)) for k, v in value.items()]
        return {k: v for (k, _), (v, _) in pairs}, sum(a + b for (_, a), (_, b) in pairs)
    return value, 0


def _lines(handle: Any, max_bytes: int) -> Iterator[bytes | None]:
    """The file's lines; None for a line over ``max_bytes`` (the rest of it read past in 1 MB chunks)."""
    while True:
        data = handle.readline(max_bytes + 1)
        if not data:
            return
        if len(data) > max_bytes and not data.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield data


def read_jsonl(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
               ids: JsonlIds | None = None) -> Iterator[RawDocument | Failure | Skipped]:
    """Yield one RawDocument (or Failure) per non-blank line, reading the file line by line; one Skipped when
    ``path`` is no regular file (a FIFO: never read). ``ids``: the ids of the files read before it in one ingest
    (an id given again there with another text is said, naming that file), else this file's own."""
    source = shown_path(str(path))  # the one form of its name (storylens._paths)
    ids = JsonlIds() if ids is None else ids
    try:
        handle = open_regular(path)  # closed by the with below; open errors become a Failure
    except NotRegularFileError as exc:  # a FIFO swapped in after the walk's check: not read
        yield not_regular(exc)
        return
    except OSError as exc:
        yield Failure(source, "read", f"cannot read the file ({exc.strerror}); check the path")
        return
    dates = None
    if source.lower().endswith(GZIP_SUFFIX) and _not_gzip(handle.peek(_HEAD)[:_HEAD]):
        handle.close()
        yield Failure(source, "read", "not a gzip file, though its name ends in .gz, nor JSON lines (none of its "
                      "first lines opens with '{' or '['); compress it (gzip) if it holds JSON lines, or pass an "
                      "article as .txt or .html")
        return
    if is_gzip(handle.peek(3)[:3]):  # "x.jsonl.gz": its records, inflated as they are read (LOW-12: skipped)
        size = os.fstat(handle.fileno()).st_size
        dates = _gzip_slash_dates(path, source, size, max_bytes)
        handle = open_gunzipped(handle, source, size, max_bytes)
    try:
        yield from _read_records(handle, source, max_bytes, ids, dates)
    except InputError as exc:  # a gzip archive damaged, cut off or inflating past its bound: the records before stay
        yield Failure(source, "read", exc.reason)


# The head of a file read to judge a ".gz" name: enough for its blank lines and byte-order mark
_HEAD = 8192


def _not_gzip(head: bytes) -> bool:
    """Whether a file named ".gz" is no gzip archive and holds no JSON lines either: "x.jsonl.gz" holding text, HTML,
    a zip or a half-copied download (final73 #3: each of its lines "not valid JSON", a binary one "pass a .txt or
    .html article"). Judged by its bytes, not by parsing (dates74fix #2: a first record longer than the head, a bad
    first line or Latin-1 text lost the whole file): a first non-blank character, after a byte-order mark, that opens
    a JSON object or list is a misnamed file of plain JSON lines, read line by line as before (a bad line is its own
    failure); an empty or blank file is read as before too (nothing in it to name). Any of the first
    :data:`_HEAD_LINES` non-blank lines counts (dates74fix2: a junk first line before good JSON lines is one failure
    and the articles, as before)."""
    if is_gzip(head):
        return False
    wide = _wide_bom(head[:4])
    text = head.decode(wide, "ignore").lstrip("\ufeff") if wide else head.removeprefix(codecs.BOM_UTF8).decode("latin-1")
    lines = [line.lstrip() for line in text.splitlines() if line.strip()][:_HEAD_LINES]
    return bool(lines) and not any(line.startswith(("{", "[")) for line in lines)


# How many first non-blank lines of a ".gz"-named file may show a JSON record before it is judged no JSON lines
_HEAD_LINES = 5


def _gzip_slash_dates(path: str | Path, source: str, size: int, max_bytes: int) -> SlashDates:
    """:func:`file_slash_dates` of a gzip file, read through a second inflating stream (the records' stream cannot
    seek back); a damaged archive decides nothing here (its records' pass says what is wrong)."""
    try:
        with open_gunzipped(open_regular(path), source, size, max_bytes) as first:
            return file_slash_dates(first, max_bytes)
    except (InputError, OSError):
        return SlashDates(None, "")


def _read_records(handle: Any, source: str, max_bytes: int, ids: JsonlIds,
                  dates: SlashDates | None = None) -> Iterator[RawDocument | Failure]:
    """:func:`read_jsonl`'s records of an open file (closed at the end); ``dates``: the file's slash-date order when
    read already (a gzip file's), else read here."""
    with handle:
        wide = _wide_bom(handle.peek(4)[:4])
        if wide:  # UTF-16/32 lines are split on decoded newlines, not on the byte 0x0A
            yield from _read_wide(handle, source, wide, max_bytes, ids)
            return
        file = ids.start(source)
        dates = file_slash_dates(handle, max_bytes) if dates is None else dates
        for n, data in enumerate(_lines(handle, max_bytes), start=1):
            item = f"{source}#{n}"
            if data is None:  # as a .txt file over the limit: this record fails, the file goes on
                yield Failure(item, "read", f"record is over the {max_bytes / 1e6:.0f} MB limit for one article; "
                              "split it or remove the line")
                continue
            if not data.strip():
                continue
            try:
                decoded = decode(data, item)
                doc = ids.check(_line_document(decoded.text, item, decoded.warnings, decoded.encoding, dates), n, file)
                dates.said_at(doc, item)
                yield doc
            except InputError as exc:
                yield Failure(item, "read", exc.reason)
            except DataFileError:  # a damaged data file of StoryLens fails every input alike: the run stops
                raise
            except Exception as exc:  # noqa: BLE001 - one odd record is a failed record, the file goes on
                yield internal_failure(item, exc)


def _wide_bom(head: bytes) -> str | None:
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _read_wide(handle: BinaryIO, source: str, encoding: str, max_bytes: int,
               ids: JsonlIds) -> Iterator[RawDocument | Failure]:
    """A file that starts with a UTF-16/32 byte-order mark: decoded as a whole (streamed), one record per line."""
    text = io.TextIOWrapper(handle, encoding=encoding, errors="replace")
    file = ids.start(source)
    for n, line in enumerate(text, start=1):
        if not line.strip():
            continue
        item = f"{source}#{n}"
        if len(line) > max_bytes // 2:  # two bytes or more a character: over the limit of one article
            yield Failure(item, "read", f"record is over the {max_bytes / 1e6:.0f} MB limit for one article; "
                          "split it or remove the line")
            continue
        bad = line.count("\ufffd")
        warnings = (f"{bad} character{'s' if bad != 1 else ''} not valid {encoding} replaced",) if bad else ()
        try:
            yield ids.check(_line_document(line, item, warnings, encoding), n, file)
        except InputError as exc:
            yield Failure(item, "read", exc.reason)
        except DataFileError:  # a damaged data file of StoryLens fails every input alike: the run stops
            raise
        except Exception as exc:  # noqa: BLE001 - as in read_jsonl
            yield internal_failure(item, exc)
