"""Bytes -> text, deciding the encoding on the evidence and keeping what is valid.

The order of evidence:

1. a byte-order mark (UTF-8/16/32) wins;
2. bytes that are strict UTF-8 are UTF-8, whatever a declaration says (valid
   multi-byte UTF-8 is almost never an accident in a legacy code page);
3. a declared charset (HTTP ``Content-Type``, ``<meta charset>``, the XML
   prolog) that decodes the bytes cleanly;
4. bytes that are *nearly* UTF-8 (valid multi-byte sequences and only a few
   stray bytes, or any number when UTF-8 is declared, or more than a few when
   the result reads cleaner than the best legacy guess) stay UTF-8: each stray byte is read as cp1252 (the usual source
   of a stray ``\\x92`` or ``\\xe9``) or replaced by U+FFFD when cp1252 leaves it
   undefined, and a warning says how many bytes were repaired. Two stray bytes
   never re-decode a whole page in a legacy code page;
5. charset-normalizer's best guess (KOI8-R, EUC-KR, Shift_JIS, TIS-620,
   windows-1255, ... without a declaration);
6. cp1252 when every byte is defined in it.

Mojibake repair (ftfy) happens after decoding, in :func:`storylens.ingest.files.read_text`.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..errors import BinaryInputError, EncodingError

__all__ = ["NEARLY_UTF8_MAX_BAD", "NEARLY_UTF8_STRAY_BYTES", "Decoded", "declared_charset", "decode"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Stray bytes per byte of valid multi-byte UTF-8 up to which a text is still read
# as UTF-8. Legacy text is far above it: in cp1252/Latin-1 and KOI8-R/cp1251 a
# valid multi-byte sequence almost never occurs by accident; in TIS-620, EUC-KR,
# Shift_JIS, GBK and Big5 samples (tests/ingest/test_ingest_bad_input.py) there are
# 1.4-3.2 stray bytes per accidental valid byte. A damaged UTF-8 text is far below.
NEARLY_UTF8_MAX_BAD = 0.5
NEARLY_UTF8_STRAY_BYTES = 2  # this many stray bytes never re-decode a text that has valid UTF-8
FEW_HIGH_BYTES = 3  # up to this many non-ASCII bytes (and no UTF-8) read as cp1252, not guessed
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_CT_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_UTF8_SEQ = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding it was read in, and what had to be repaired."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset an HTTP header, XML prolog or HTML ``<meta>`` declares (a codec name Python knows), else None."""
    candidates: list[str] = []
    if content_type and (header := _CT_CHARSET.search(content_type)):
        candidates.append(header.group(1))
    head = data[:4096]
    for pattern in (_XML_DECL, _META_CHARSET):
        if inline := pattern.search(head):
            candidates.append(inline.group(1).decode("ascii", "ignore"))
    for name in candidates:
        try:
            return codecs.lookup(name).name
        except LookupError:
            continue
    return None


def decode(data: bytes, source: str, declared: str | None = None) -> Decoded:
    """Decode ``data`` (see the module docstring for the order of evidence).

    Raises :class:`~storylens.errors.EncodingError` for a byte-order mark that
    lies or bytes nothing decodes, :class:`~storylens.errors.BinaryInputError`
    for binary data.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data, name, source)
    if _looks_binary(data):
        raise BinaryInputError("looks like a binary file, not text or HTML; pass a .txt or .html article", source)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if declared and _codec(declared) not in (None, "utf-8"):
        try:
            return Decoded(data.decode(declared), _codec(declared) or declared)
        except (UnicodeDecodeError, LookupError):
            pass
    valid = _valid_multibyte(data)
    declared_utf8 = _codec(declared or "") == "utf-8"
    repaired = _utf8_with_repairs(data) if valid else None
    if repaired is not None and (declared_utf8 or repaired[1] <= max(NEARLY_UTF8_STRAY_BYTES,
                                                                     NEARLY_UTF8_MAX_BAD * valid)):
        return _repaired_decoded(*repaired)
    guess = _guess(data)
    if repaired is not None and (guess is None or _mess(repaired[0]) <= _mess(guess.text)):
        return _repaired_decoded(*repaired)  # a mixed text: UTF-8 plus legacy bytes reads cleaner as UTF-8
    if guess is not None:
        return guess
    raise EncodingError("cannot detect the text encoding; re-save the file as UTF-8", source)


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _decode_with_bom(data: bytes, name: str, source: str) -> Decoded:
    try:
        return Decoded(data.decode(name), name)
    except UnicodeDecodeError:
        pass
    if name == "utf-8-sig":  # a UTF-8 file with a few bad bytes: keep the rest
        text, bad = _utf8_with_repairs(data[3:])
        return Decoded(text, "utf-8-sig", (_repair_warning(bad),))
    raise EncodingError(f"starts with a {name} byte-order mark but is not valid {name}; re-save the file as UTF-8",
                        source) from None


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.05


def _valid_multibyte(data: bytes) -> int:
    return sum(len(m.group()) for m in _UTF8_SEQ.finditer(data))


def _repaired_decoded(text: str, bad: int) -> Decoded:
    return Decoded(text, "utf-8", (_repair_warning(bad),))


def _mess(text: str) -> float:
    """charset-normalizer's "chaos" of a decoded text (0 = reads like language; higher = mojibake)."""
    from charset_normalizer.md import mess_ratio

    return float(mess_ratio(text[:20000]))


def _utf8_with_repairs(data: bytes) -> tuple[str, int]:
    out: list[str] = []
    bad = 0
    pos = 0
    while pos < len(data):
        try:
            out.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            out.append(data[pos : pos + exc.start].decode("utf-8"))
            for byte in data[pos + exc.start : pos + exc.end]:
                out.append(_cp1252_or_replacement(byte))
                bad += 1
            pos += exc.end
    return "".join(out), bad


def _cp1252_or_replacement(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return "\ufffd"


def _repair_warning(bad: int) -> str:
    return f"{bad} byte{'s' if bad != 1 else ''} that were not valid UTF-8 read as cp1252 (or replaced); the rest is UTF-8"


def _guess(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes

    if sum(1 for b in data if b >= 0x80) <= FEW_HIGH_BYTES:
        # A few non-ASCII bytes are no statistics: charset-normalizer then picks
        # any code page (mac_iceland, cp1257); the web's usual one is likelier.
        try:
            return Decoded(data.decode("cp1252"), "cp1252")
        except UnicodeDecodeError:
            pass
    matches = list(from_bytes(data))
    if matches:
        best = min(matches, key=lambda m: m.chaos)
        # On short Western text several code pages tie (cp775, cp1250, cp1252 read
        # "Präsident" alike); among the ties take the web's usual one, cp1252.
        tied = [m for m in matches if m.chaos <= best.chaos + 0.01]
        western = [m for m in tied if "cp1252" in m.could_be_from_charset]
        pick = western[0] if western else best
        if pick.encoding and pick.chaos < 0.2:
            encoding = "cp1252" if western else pick.encoding
            return Decoded(str(pick), encoding)
    try:
        # cp1252 leaves five bytes undefined: if it decodes, it is plausible Western text.
        return Decoded(data.decode("cp1252"), "cp1252")
    except UnicodeDecodeError:
        return None
