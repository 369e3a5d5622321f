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
import json
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ._openings import Opening, OpeningEvent
from ._sides import _Text

# The stored form's tag: a later form is told apart (and not read) by it.
_FORM = "a1"
# The dataclasses a stored analysis holds besides _Text itself: built from their fields by name, nothing else.
_CLASSES: dict[str, type] = {"Opening": Opening, "OpeningEvent": OpeningEvent}
# _Text's fields a stored analysis does not hold: the text it was read from (the reading's own), and its folded
# form (_fold of it, cheap); the kept sentences are offsets into the text where they are read from it.
_GIVEN = frozenset({"text", "folded"})
# The libraries the analysis reads (a new version of one may read a text otherwise).
_LIBRARIES = ("anyascii", "rapidfuzz", "babel", "pysbd", "dateparser", "simplemma", "snowballstemmer", "numpy")

_VERSION: str | None = None


def analysis_version() -> str:
    """The version of the analysis code: :func:`storylens._cache.source_digest` of the modules and text data the
    analysis (and the preparation before it) reads: the similarity, text, analysis, prepare and ingest packages (the
    analysis reads ingest.dates' months and years), the package's own modules and data files, and the libraries they
    call. Computed once per process (stats only).
    Any change to one of those files makes every stored analysis another version's: never read, made again."""
    global _VERSION
    if _VERSION is None:
        from .._cache import source_digest

        root = Path(__file__).resolve().parents[1]
        files = [p for d in ("similarity", "text", "analysis", "prepare", "ingest") for p in (root / d).rglob("*.py")]
        files += [*root.glob("*.py"), *root.glob("data/*.json"), *(root / "text" / "data").glob("*")]
        _VERSION = source_digest(files, _LIBRARIES)
    return _VERSION


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


def _build(cls: type, values: Mapping[str, Any], **given: Any) -> Any:
    names = {f.name for f in dataclasses.fields(cls)}
    if not set(values) <= names - set(given):
        raise ValueError(f"fields {sorted(set(values) - names)} of no {cls.__name__}")
    return cls(**{k: _unplain(v) for k, v in values.items()}, **given)


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


def encode_analysis(info: _Text, dateline: str, variant: str) -> bytes:
    """``info`` (:func:`_analyse`'s of its ``text``, with ``dateline``, for the kept sentences of model ``variant``)
    as a store keeps it: zlib-compressed JSON ``[form, version, variant, language, date, dateline, crc32 of the
    text, its length, fields]``, the fields those that differ from _Text's defaults but the text and its folded form."""
    fields = _fields(info, _GIVEN)
    fields["sentences"] = _sentence_offsets(info.sentences, info.text)
    body = [_FORM, analysis_version(), variant, info.lang, info.published, dateline,
            zlib.crc32(info.text.encode("utf-8", "surrogatepass")), len(info.text), fields]
    return zlib.compress(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def decode_analysis(stored: bytes | None, text: str, lang: str | None, published: str | None, dateline: str,
                    variant: str) -> _Text | None:
    """:func:`encode_analysis`'s ``_Text`` of ``text`` read with ``lang``, ``published``, ``dateline`` and ``variant``,
    when ``stored`` is one of this version of the analysis code for exactly those; None otherwise (another version,
    text or reading, a form this code does not know, a damaged blob): the text is then analysed again."""
    from ._common import _fold

    if not stored:
        return None
    try:
        row = json.loads(zlib.decompress(bytes(stored)).decode("utf-8"))
    except (zlib.error, ValueError, TypeError):
        return None
    if not isinstance(row, list) or len(row) != 9 or row[0] != _FORM or row[1] != analysis_version():
        return None
    _, _, made_for, made_lang, made_date, made_dateline, crc, n, fields = row
    if (made_for, made_lang, made_date, made_dateline, n) != (variant, lang, published, dateline, len(text)) \
            or crc != zlib.crc32(text.encode("utf-8", "surrogatepass")) or not isinstance(fields, dict):
        return None
    try:
        sentences = tuple(text[s[0]:s[1]] if isinstance(s, list) else s for s in fields.pop("sentences", []))
        if not all(isinstance(s, str) for s in sentences):
            return None
        info: _Text = _build(_Text, fields, text=text, folded=_fold(text), sentences=sentences)
    except (TypeError, ValueError, KeyError, IndexError):
        return None
    return info
