"""A stored analysis of a text for the same-story verdict's rules (:class:`VerdictRules`): the ``_Text`` that
:func:`_analyse` gave (``rules_only``) as compressed JSON of plain types, with the version of the analysis code that
made it (:func:`analysis_version`), so a stream's store keeps it beside the text's prepared reading
(:func:`encode_prepared`) and a later process reads it back instead of analysing the stored text again (issue #13,
pg79: ~50 CPU-ms of a 32-article ingest into a 12k store were the stored candidates' analyses).

Nothing here executes what it reads: the JSON's only objects are tagged frozensets, mappings and the two
dataclasses of an opening (:data:`_CLASSES`, built field by field), and a blob of another version, another
text, language, date, dateline or model variant, or one that is not one, is None (the text is analysed again)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import sys
import types
import typing
import unicodedata
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ._openings import Opening, OpeningEvent
from ._sides import _RULES_STYLE, _Text

# The stored form's tag: a later form is told apart (and not read) by it.
_FORM = "a1"
# The dataclasses a stored analysis holds besides _Text itself: built from their fields by name, nothing else.
_CLASSES: dict[str, type] = {"Opening": Opening, "OpeningEvent": OpeningEvent}
# _Text's fields a stored analysis does not hold: the text it was read from (the reading's own), and its folded
# form (_fold of it, cheap); the kept sentences are offsets into the text where they are read from it.
_GIVEN = frozenset({"text", "folded"})
# The libraries the analysis reads (a new version of one may read a text otherwise).
_LIBRARIES = ("anyascii", "rapidfuzz", "babel", "pysbd", "dateparser", "simplemma", "snowballstemmer", "numpy")
# The most JSON a stored analysis inflates to: beyond it a blob is none, and none is made (a forged row's "zip bomb":
# 1.6 GB of spaces compress to 1.6 MB, read whole before). Measured (pg80fix, /tmp/pg80/sizes_json.py): the largest
# analysis of the 2,502 dev texts is 12,722 bytes of JSON (mean 2,377, p90 3,478), of the 300 BASIL articles 11,351
# (mean 5,138, p90 7,171): ~1 byte a character of the text (its longest, 12.7k characters: 12,722 bytes), so the cap
# keeps every analysis of a text of up to ~250k characters and bounds a forged row's inflation to 256 KiB.
_MAX_JSON = 256 * 1024

_VERSION: str | None = None


def analysis_version() -> str:
    """The version of the analysis code: a short SHA-256 of the CONTENTS of the modules and text data the analysis
    (and the preparation before it) reads, each with its path inside the package (the similarity, text, analysis,
    prepare and ingest packages: the analysis reads ingest.dates' months and years; the package's own modules and
    data files), Python's version and its Unicode tables', and the versions of the libraries they call. Not the
    files' places, sizes or times: a reinstall, a clone at another path or another node of one store shares the
    stored analyses, and an edit that keeps a file's size and time is another version. Computed once per process
    (reading ~10 MB: ~15 CPU-ms, warm page cache).
    Any change to one of those files makes every stored analysis another version's: never read, made again."""
    global _VERSION
    if _VERSION is None:
        root = Path(__file__).resolve().parents[1]
        files = [p for d in ("similarity", "text", "analysis", "prepare", "ingest") for p in (root / d).rglob("*.py")]
        files += [*root.glob("*.py"), *root.glob("data/*.json"), *(root / "text" / "data").glob("*")]
        _VERSION = _contents_digest(root, files)
    return _VERSION


def _contents_digest(root: Path, files: list[Path]) -> str:
    """A short SHA-256 of ``files``' paths inside ``root`` and their bytes, Python's and its Unicode tables' versions
    and :data:`_LIBRARIES`' versions (:func:`analysis_version`)."""
    from .._cache import installed_versions

    digest = hashlib.sha256(f"{_FORM}\0{sys.version_info[:2]}\0{unicodedata.unidata_version}\0".encode())
    for path in sorted({p for p in files if p.is_file()}, key=lambda p: p.relative_to(root).as_posix()):
        data = path.read_bytes()
        digest.update(f"{path.relative_to(root).as_posix()}\0{len(data)}\0".encode())
        digest.update(data)
    for lib, version in installed_versions(_LIBRARIES):
        digest.update(f"{lib}={version}\0".encode())
    return digest.hexdigest()[:16]


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, frozenset):
        items = [_plain(v) for v in value]
        return {"f": sorted(items, key=json.dumps)}
    if isinstance(value, Mapping):
        return {"d": [[_plain(k), _plain(v)] for k, v in value.items()]}
    name = type(value).__name__
    if _CLASSES.get(name) is type(value):
        return {"c": name, "v": _fields(value)}
    raise TypeError(f"a stored analysis holds no {type(value).__name__}")


def _fields(obj: Any, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    """``obj``'s fields that differ from their defaults, as plain values."""
    out = {}
    for f in dataclasses.fields(obj):
        if f.name in skip:
            continue
        value = getattr(obj, f.name)
        if f.default is not dataclasses.MISSING and value == f.default:
            continue
        if f.default_factory is not dataclasses.MISSING and value == f.default_factory():
            continue
        out[f.name] = _plain(value)
    return out


def _unplain(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, list):
        return tuple(_unplain(v) for v in value)
    if isinstance(value, dict):
        if value.keys() == {"f"} and isinstance(value["f"], list):
            return frozenset(_unplain(v) for v in value["f"])
        if value.keys() == {"d"} and isinstance(value["d"], list):
            return {_unplain(k): _unplain(v) for k, v in value["d"]}
        if value.keys() == {"c", "v"} and value["c"] in _CLASSES and isinstance(value["v"], dict):
            return _build(_CLASSES[value["c"]], value["v"])
    raise ValueError("not a stored analysis's value")


_HINTS: dict[str, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    """``cls``'s fields' declared types (resolved once a process)."""
    if cls.__name__ not in _HINTS:
        _HINTS[cls.__name__] = typing.get_type_hints(cls)
    return _HINTS[cls.__name__]


def _typed(value: Any, hint: Any) -> bool:
    """Whether ``value`` is of the declared type ``hint`` of a field (the kinds _Text and the opening's classes
    declare: str, int, float, bool, None, tuples, frozensets, mappings, unions and the classes of :data:`_CLASSES`;
    Any is nothing a stored analysis holds: the rules' analysis leaves its quantities empty)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is type(None) or hint is None:
        return value is None
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:  # a number a float holds: an int beyond its range raised in the features (retester_pg80); an
        # open bound is infinite ("at least 7 killed": 7.0 to inf), a NaN never
        return isinstance(value, (int, float)) and not isinstance(value, bool) and _a_float(value)
    if hint is str:
        return isinstance(value, str)
    if origin is typing.Union or origin is types.UnionType:
        return any(_typed(value, a) for a in args)
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return _all_typed(value, args[0])
        return len(value) == len(args) and all(_typed(v, a) for v, a in zip(value, args))
    if origin is frozenset:
        return isinstance(value, frozenset) and _all_typed(value, args[0])
    if origin is Mapping:
        return isinstance(value, Mapping) and all(_typed(k, args[0]) and _typed(v, args[1]) for k, v in value.items())
    if isinstance(hint, type) and hint in _CLASSES.values():
        return type(value) is hint and all(_typed(getattr(value, n), h) for n, h in _hints(hint).items())
    return False  # Any, or a kind no stored analysis holds


def _a_float(value: float) -> bool:
    try:
        return not math.isnan(float(value))
    except OverflowError:
        return False


def _all_typed(values: Any, hint: Any) -> bool:
    if hint is str:  # the most of an analysis (its words, trigrams, shingles): one test a value
        return all(type(v) is str for v in values)
    return all(_typed(v, hint) for v in values)


def _build(cls: type, values: Mapping[str, Any], **given: Any) -> Any:
    names = {f.name for f in dataclasses.fields(cls)}
    if not set(values) <= names - set(given):
        raise ValueError(f"fields {sorted(set(values) - names)} of no {cls.__name__}")
    built = {k: _unplain(v) for k, v in values.items()}
    hints = _hints(cls)
    for k, v in built.items():
        if not _typed(v, hints[k]):
            raise ValueError(f"{cls.__name__}.{k} is no {hints[k]}")
    return cls(**built, **given)


def _sentence_offsets(sentences: tuple[str, ...], text: str) -> list[Any]:
    """Each sentence as [start, end] in ``text`` (searched from the last one's start on), else as itself."""
    out: list[Any] = []
    at = 0
    for s in sentences:
        i = text.find(s, at) if s else -1
        if i < 0:
            i = text.find(s) if s else -1
        if i < 0:
            out.append(s)
        else:
            out.append([i, i + len(s)])
            at = i
    return out


def encode_analysis(info: _Text, dateline: str, variant: str) -> bytes | None:
    """``info`` (:func:`_analyse`'s of its ``text``, with ``dateline``, for the kept sentences of model ``variant``)
    as a store keeps it: zlib-compressed JSON ``[form, version, variant, language, date, dateline, crc32 of the
    text, its length, fields]``, the fields those that differ from _Text's defaults but the text and its folded form;
    None when that JSON is longer than :data:`_MAX_JSON` (never read back: the text is analysed again)."""
    fields = _fields(info, _GIVEN)
    fields["sentences"] = _sentence_offsets(info.sentences, info.text)
    body = [_FORM, analysis_version(), variant, info.lang, info.published, dateline,
            zlib.crc32(info.text.encode("utf-8", "surrogatepass")), len(info.text), fields]
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return zlib.compress(data, 6) if len(data) <= _MAX_JSON else None


def decode_analysis(stored: bytes | None, text: str, lang: str | None, published: str | None, dateline: str,
                    variant: str) -> _Text | None:
    """:func:`encode_analysis`'s ``_Text`` of ``text`` read with ``lang``, ``published``, ``dateline`` and ``variant``,
    when ``stored`` is one of this version of the analysis code for exactly those; None otherwise (another version,
    text or reading, a form this code does not know, a damaged blob): the text is then analysed again."""
    from ._common import _fold

    if not stored:
        return None
    try:
        inflate = zlib.decompressobj()
        data = inflate.decompress(bytes(stored), _MAX_JSON)
        if inflate.unconsumed_tail or not inflate.eof:  # more than _MAX_JSON, or a cut stream
            return None
        # a forged value nested deeper than the interpreter recurses (220 compressed bytes of brackets) is none
        row = json.loads(data.decode("utf-8"))
    except (zlib.error, ValueError, TypeError, RecursionError, MemoryError):
        return None
    if not isinstance(row, list) or len(row) != 9 or row[0] != _FORM or row[1] != analysis_version():
        return None
    _, _, made_for, made_lang, made_date, made_dateline, crc, n, fields = row
    if (made_for, made_lang, made_date, made_dateline, n) != (variant, lang, published, dateline, len(text)) \
            or crc != zlib.crc32(text.encode("utf-8", "surrogatepass")) or not isinstance(fields, dict):
        return None
    try:
        spans = fields.pop("sentences", [])
        if not isinstance(spans, list) or not all(
                isinstance(s, str) or (isinstance(s, list) and len(s) == 2 and all(type(i) is int for i in s)
                                       and 0 <= s[0] <= s[1] <= len(text)) for s in spans):
            return None
        sentences = tuple(s if isinstance(s, str) else text[s[0]:s[1]] for s in spans)
        info: _Text = _build(_Text, fields, text=text, folded=_fold(text), sentences=sentences)
    except (TypeError, ValueError, KeyError, IndexError, RecursionError, MemoryError):
        return None
    # the style the rules' analysis gives, by its keys (a style without "avg_sent" was a KeyError in the features:
    # retester_pg80, a forged row of the right types stopped every ingest that read it)
    return info if set(info.style) == set(_RULES_STYLE) else None
