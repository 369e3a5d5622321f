"""Bytes -> text, deciding the encoding on the evidence and keeping what is valid.

The order of evidence:

1. a byte-order mark (UTF-8/16/32) wins; UTF-16 without one is recognised by its
   zero bytes all at odd (LE) or all at even (BE) offsets, when it decodes to text;
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
5. charset-normalizer's best guess when it is a multi-byte code page (EUC-KR,
   Shift_JIS, GBK, ...);
6. otherwise the single-byte code page (cp1252, cp1250, ISO-8859-2, cp1251,
   KOI8-R, cp1256, ... and charset-normalizer's pick) whose reading is most
   plausible: its non-ASCII letters belong to one language (the one the text's
   function words name, when they name one), with no symbols inside words
   ("og\u00b3osi\u00b3"), no mixed scripts, no upper case inside words; cp1252 wins a
   tie, and a rival reading other letters almost as well is warned about.

Mojibake repair (ftfy) happens after decoding, in :func:`storylens.ingest.files.read_text`.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Literal

from ..errors import BinaryInputError, EncodingError
from ..text import ASCII_FUNCTION_WORDS, LATIN_LETTERS, SCRIPT_RANGES

__all__ = ["FEW_BYTES_GUESS", "NEARLY_UTF8_MAX_BAD", "NEARLY_UTF8_STRAY_BYTES", "Decoded", "declared_charset", "decode"]

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
# A multi-byte code page chosen on fewer non-ASCII bytes than this is said, as a guess (final70: "Москва" in cp1251
# inside an English text was read as Big5 "沓齕瘔", "Привет мир" in KOI8-R as Shift_JIS kana, silently). A short CJK
# line in its own code page holds 8 characters at this count ("東京で地震がありました。" has 24 such bytes); a
# single-byte reading keeps its own rule (its letters scored, a rival named). Set by hand.
FEW_EVIDENCE_BYTES = 16
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
    wide = _bomless_utf16(data)
    if wide is not None:
        return wide
    stray = _with_stray_nuls(data)
    if stray is not None:
        return stray
    if _looks_binary(data):
        hint = (" (if it is UTF-16 text without a byte-order mark, re-save it as UTF-8)"
                if _zero_parity(data) is not None else "")
        raise BinaryInputError(f"looks like a binary file, not text or HTML{hint}; pass a .txt or .html article",
                               source)
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
        return _repaired_decoded(data, repaired)
    guess = _guess(data)
    if repaired is not None and (guess is None or _mess(repaired[0]) <= _mess(guess.text)):
        return _repaired_decoded(data, repaired)  # a mixed text: UTF-8 plus legacy bytes reads cleaner as UTF-8
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
        text = data.decode(name)
    except UnicodeDecodeError:
        pass
    else:
        if name == "utf-16" and _narrow_behind_wide_bom(data):
            raise EncodingError("starts with a UTF-16 byte-order mark, but the bytes after it are 8-bit text, "
                                "not UTF-16 (read as UTF-16 they are CJK garbage); re-save the file as UTF-8",
                                source)
        return Decoded(text, name)
    if name == "utf-8-sig":  # a UTF-8 file with a few bad bytes: keep the rest
        text, bad, offsets = _utf8_with_repairs(data[3:])
        return Decoded(text, "utf-8-sig", (_repair_warning(bad, data, tuple(at + 3 for at in offsets)),))
    raise EncodingError(f"starts with a {name} byte-order mark but is not valid {name}; re-save the file as UTF-8",
                        source) from None


# Read two bytes at a time, 8-bit text gives characters whose bytes are both printable ASCII (U+2000-U+7EFF:
# mostly Han, "最牡慢敧"), or Han characters with a NUL for one byte. Real UTF-16 text has few: the 2,502 dev
# texts as UTF-16 (LE and BE) reach at most 42 % of their counted characters (Chinese; hiragana's low bytes
# are printable too). Typographic marks (U+2000-U+2BFF: "…", "•", "™"), which ASCII pairs with a space also
# give, are not counted, nor is a character with a tab or line-end byte (Devanagari, Gurmukhi, Malayalam
# letters have one; so has a line end read with a letter).
_PRINTABLE = frozenset(range(0x20, 0x7F))
_LINE_BYTES = frozenset({0x09, 0x0A, 0x0D})
_MARKS = range(0x2000, 0x2C00)
_HAN = range(0x3000, 0xA000)
# Share of the counted characters above which the file is 8-bit text behind a UTF-16 mark, and the fewest
# counted characters it takes (a title of two real Han characters may be both); not tuned: ASCII read two
# bytes at a time gives all but its line ends
_NARROW_SHARE = 0.9
_NARROW_MIN = 3
_UTF8_MIN_BYTES = 8  # a short UTF-16 text may be valid UTF-8 by chance ("胃" is C3 80 in UTF-16-LE: "À")


def _narrow_behind_wide_bom(data: bytes) -> bool:
    """Whether the bytes after a UTF-16 byte-order mark are 8-bit text, not UTF-16 (final41 #9b: a file of
    a BOM and ASCII decoded as "最牡慢敧", exit 0 and no warning): they are UTF-8 with multi-byte characters
    and no zero byte, or nearly all their non-ASCII characters are two bytes of ASCII text (see
    :data:`_PRINTABLE`). A real UTF-16 text's ASCII letters are one byte and a zero, and are not counted."""
    body = data[2:200_002]
    if (len(body) >= _UTF8_MIN_BYTES and b"\x00" not in body and re.search(rb"[\x80-\xff]", body)
            and _strict_utf8(body)):
        return True  # UTF-8 text with a stray UTF-16 mark ("Powódź" is multi-byte UTF-8, not UTF-16)
    order: Literal["little", "big"] = "little" if data[:2] == codecs.BOM_UTF16_LE else "big"
    counted = narrow = 0
    for k in range(0, len(body) - 1, 2):
        pair = body[k : k + 2]
        unit = int.from_bytes(pair, order)
        if unit < 0x80 or unit in _MARKS or _LINE_BYTES.intersection(pair):
            continue  # ASCII, a typographic mark, or a line end or tab read with a letter (either reading)
        counted += 1
        narrow += all(b in _PRINTABLE for b in pair) or (unit in _HAN and 0 in pair)
    return counted >= _NARROW_MIN and narrow >= _NARROW_SHARE * counted


def _strict_utf8(data: bytes) -> bool:
    """Whether ``data`` is UTF-8 (a character cut at its end, as a 200 kB slice may cut one, allowed)."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start >= len(data) - 3 and exc.reason == "unexpected end of data"
    return True


def _zero_parity(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when zero bytes sit at odd/even offsets only, as ASCII does in UTF-16 without a BOM."""
    head = data[:8192]
    pairs = len(head) // 2
    if pairs < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd >= 0.1 * pairs and even <= 0.01 * pairs:
        return "utf-16-le"
    if even >= 0.1 * pairs and odd <= 0.01 * pairs:
        return "utf-16-be"
    return None


def _bomless_utf16(data: bytes) -> Decoded | None:
    """UTF-16 without a byte-order mark: every other byte zero (ASCII) and the whole decodes to text without controls."""
    name = _zero_parity(data)
    if name is None or len(data) % 2:
        return None
    try:
        text = data.decode(name)
    except UnicodeDecodeError:
        return None
    if any(ord(ch) < 32 and ch not in "\t\n\r\f" for ch in text):
        return None
    return Decoded(text, name)


# A text file with a few NUL bytes in it (a copy-paste or a bad save; newuser71 M7: one NUL in a 1 KB article made
# the whole .txt "a binary file"): JSONL and feeds already remove a NUL with a warning. Only when the bytes without
# their NULs are strict UTF-8 that does not look binary: a PDF, an image or a UTF-16 text has many NULs or other
# control bytes, and legacy 8-bit text keeps the binary verdict it had (not tuned: a handful, and at most 1 in 100
# bytes, reads as damage rather than a format).
_STRAY_NULS = 8


def _with_stray_nuls(data: bytes) -> Decoded | None:
    """The UTF-8 text of ``data`` with its few NUL bytes removed and a warning saying so, else None."""
    nuls = data.count(b"\x00")
    if not nuls or nuls > _STRAY_NULS or nuls * 100 > len(data):
        return None
    kept = data.replace(b"\x00", b"")
    if _looks_binary(kept):
        return None
    try:
        text = kept.decode("utf-8")
    except UnicodeDecodeError:
        return None
    first = data.index(b"\x00")
    said = f"{nuls} NUL byte{'s' if nuls > 1 else ''} (U+0000) removed, the first at byte {first}"
    return Decoded(text, "utf-8", (said,))


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.05


def _valid_multibyte(data: bytes) -> int:
    return sum(len(m.group()) for m in _UTF8_SEQ.finditer(data))


def _repaired_decoded(data: bytes, repaired: tuple[str, int, tuple[int, ...]]) -> Decoded:
    text, bad, offsets = repaired
    return Decoded(text, "utf-8", (_repair_warning(bad, data, offsets),))


def _mess(text: str) -> float:
    """charset-normalizer's "chaos" of a decoded text (0 = reads like language; higher = mojibake)."""
    from charset_normalizer.md import mess_ratio

    return float(mess_ratio(text[:20000]))


def _utf8_with_repairs(data: bytes) -> tuple[str, int, tuple[int, ...]]:
    """(text, how many bytes were not UTF-8, the offsets of the first :data:`_SHOWN_BYTES` of them in ``data``)."""
    out: list[str] = []
    bad = 0
    offsets: list[int] = []
    pos = 0
    while pos < len(data):
        try:
            out.append(data[pos:].decode("utf-8"))
            break
        except UnicodeDecodeError as exc:
            out.append(data[pos : pos + exc.start].decode("utf-8"))
            for at in range(pos + exc.start, pos + exc.end):
                out.append(_cp1252_or_replacement(data[at]))
                bad += 1
                if len(offsets) < _SHOWN_BYTES:
                    offsets.append(at)
            pos += exc.end
    return "".join(out), bad, tuple(offsets)


def _cp1252_or_replacement(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return "\ufffd"


# The bytes a decoding warning names by offset (more are counted, not listed)
_SHOWN_BYTES = 3
# How the warning on a text that is not UTF-8 and holds too few non-ASCII bytes to tell its code page starts
# (stream.ingest says it in a line of its own): the reading is the web's usual code page, a guess on no evidence
# (robust70: a stray 0xFF in an ASCII file was read as "ÿ" without a word)
FEW_BYTES_GUESS = "encoding guessed from too few bytes: "


def _bytes_at(data: bytes, offsets: tuple[int, ...], count: int) -> str:
    """"0xFF at byte 200, 0x9D at byte 301" (offsets from 0 in the file's bytes), "and N more" past the shown."""
    shown = ", ".join(f"0x{data[at]:02X} at byte {at:,}" for at in offsets)
    return shown + (f" and {count - len(offsets):,} more" if count > len(offsets) else "")


def _repair_warning(bad: int, data: bytes = b"", offsets: tuple[int, ...] = ()) -> str:
    one = bad == 1
    where = f" ({_bytes_at(data, offsets, bad)})" if offsets else ""
    return (f"{bad:,} byte{'' if one else 's'} that {'was' if one else 'were'} not valid UTF-8{where} read as cp1252 "
            "(or replaced); the rest is UTF-8")


def _few_bytes_warning(data: bytes, decoded: Decoded) -> str:
    """The warning on ``data`` (no valid UTF-8, at most :data:`FEW_HIGH_BYTES` non-ASCII bytes) read as
    ``decoded``: which bytes, where, read as what, and the fix (no option chooses the encoding)."""
    offsets = tuple(at for at, b in enumerate(data) if b >= 0x80)
    one = len(offsets) == 1
    if len(offsets) <= FEW_HIGH_BYTES:
        chars = ", ".join(repr(bytes([data[at]]).decode(decoded.encoding, "replace")) for at in offsets)
    else:  # what the reading made of them, run by run ("'Москва'", "'沓齕瘔'"): a multi-byte code page joins bytes
        runs = re.findall(r"[^\x00-\x7f]+", decoded.text)
        chars = ", ".join(repr(run) for run in runs[:3]) + (f" and {len(runs) - 3} more" if len(runs) > 3 else "")
    return (f"{FEW_BYTES_GUESS}{len(offsets)} byte{'' if one else 's'} that {'is' if one else 'are'} not UTF-8 "
            f"({_bytes_at(data, offsets[:3], len(offsets))}) read as {decoded.encoding} ({chars}); if "
            f"{'it is' if one else 'they are'} wrong, re-save the file as UTF-8 (no option chooses the encoding)")


def _said_if_few(data: bytes, decoded: Decoded | None) -> Decoded | None:
    """``decoded`` (a multi-byte code page's reading) with the few-bytes warning first when fewer than
    :data:`FEW_EVIDENCE_BYTES` non-ASCII bytes chose it: a few double-byte characters are no evidence."""
    if decoded is None or sum(1 for b in data if b >= 0x80) >= FEW_EVIDENCE_BYTES:
        return decoded
    return Decoded(decoded.text, decoded.encoding, (_few_bytes_warning(data, decoded), *decoded.warnings))


def _guess(data: bytes) -> Decoded | None:
    from charset_normalizer import from_bytes

    if sum(1 for b in data if b >= 0x80) <= FEW_HIGH_BYTES:
        # A few non-ASCII bytes are no statistics: charset-normalizer then picks
        # any code page (mac_iceland, cp1257); the web's usual one is likelier,
        # unless it reads symbols inside words ("og\u00b3osi\u00b3") and another reads letters.
        few = _single_byte(data, few=True)
        # said in one line, whatever the reading: a few bytes are no evidence (a stray 0xFF read as "ÿ"); the
        # reading's own warning stays after it ("cp1250 reads almost as well": break70r, "Łódź" read as "£ódŸ")
        return None if few is None else Decoded(few.text, few.encoding, (_few_bytes_warning(data, few), *few.warnings))
    matches = list(from_bytes(data))
    pick = min(matches, key=lambda m: m.chaos) if matches else None
    if pick is not None and pick.encoding and pick.chaos < 0.2 and _codec(pick.encoding) in _MULTIBYTE:
        # GBK, Shift_JIS, EUC-KR, Big5: charset-normalizer knows them
        return _said_if_few(data, Decoded(str(pick), pick.encoding))
    extra = pick.encoding if pick is not None and pick.encoding and pick.chaos < 0.2 else None
    return _single_byte(data, extra=extra)


# Multi-byte code pages charset-normalizer's pick is trusted for.
_MULTIBYTE = frozenset(
    {"gbk", "gb2312", "gb18030", "hz", "big5", "big5hkscs", "cp950", "shift_jis", "shift_jis_2004",
     "shift_jisx0213", "cp932", "euc_jp", "euc_jis_2004", "euc_jisx0213", "euc_kr", "cp949", "johab",
     "iso2022_jp", "iso2022_kr", "utf_16", "utf_32"}
)
# Single-byte code pages tried on text that is not UTF-8, in order of preference on a tie
# (the web's usual one first): each is read and scored by how plausible its letters are.
SINGLE_BYTE_CANDIDATES = ("cp1252", "cp1250", "iso8859_2", "cp1251", "koi8_r", "koi8_u", "cp1256", "cp1257",
                          "cp1253", "cp1254", "cp1255", "iso8859_15")
def _ascii_language(text: str) -> str | None:
    """The language whose function words the text clearly uses most (None when unclear)."""
    hits = dict.fromkeys(ASCII_FUNCTION_WORDS, 0)
    for word in text.lower().split():
        word = word.strip("\"'()[]{}.,;:!?")
        if word.isascii():
            for lang, words in ASCII_FUNCTION_WORDS.items():
                if word in words:
                    hits[lang] += 1
    ranked = sorted(hits.items(), key=lambda kv: -kv[1])
    (lang, top), (_, second) = ranked[0], ranked[1]
    return lang if top >= 3 and top >= 1.5 * second else None


_EDGE_PUNCT = set("\u00ab\u00bb\u201e\u201c\u201d\u2018\u2019\u201a\u2013\u2014\u2026\u00bf\u00a1\u060c\u061b\u061f")
_INWORD_OK = set("\u2019\u00b7\u2010\u2011\u0640")  # apostrophe, middle dot, hyphens, Arabic tatweel
SCORED_BYTES = 65536  # the plausibility of a reading is judged on its first 64 KB (a long text is one code page)
UNCERTAIN_MARGIN = 0.05  # a different reading scoring this close to the best one is a guess, and is warned about


def _script(ch: str) -> str:
    if ch.isascii() or 0x00C0 <= ord(ch) <= 0x024F or 0x1E00 <= ord(ch) <= 0x1EFF:
        return "latin"
    for script, (lo, hi) in SCRIPT_RANGES.items():
        if lo <= ord(ch) <= hi:
            return script
    return "other"


def _plausibility(text: str, language: str | None = None) -> tuple[float, str]:
    """How plausible the non-ASCII characters of ``text`` are as one language (1.0 = all fit), and that language.

    Against a reading count: symbols or controls touching a letter ("og\u00b3osi\u00b3"), letters of two
    scripts in one word ("M\u0434rz"), upper case inside a word ("\u044d\u041f\u042f", KOI8-R read as cp1251).
    """
    import unicodedata

    counts: dict[str, int] = {}
    capitals: dict[str, int] = {}
    total = bad = 0
    for word in text.split():
        if word.isascii():
            continue
        core = word.strip("".join(_EDGE_PUNCT) + "\"'()[]{}.,;:!?")
        scripts = {_script(ch) for ch in core if ch.isalpha()}
        for i, ch in enumerate(word):
            if ch.isascii() or ch in _INWORD_OK or ch in _EDGE_PUNCT or unicodedata.category(ch) == "Mn":
                continue
            if not ch.isalpha():
                near = word[max(0, i - 1) : i] + word[i + 1 : i + 2]
                if any(c.isalpha() for c in near) or (unicodedata.category(ch) == "Cc"):
                    total += 1
                    bad += 1
                continue
            total += 1
            if len(scripts) > 1 or (ch.isupper() and i > 0 and word[i - 1].isalpha()):
                bad += 1
                continue
            low = ch.lower()
            for lang, letters in LATIN_LETTERS.items():
                if low in letters:
                    counts[lang] = counts.get(lang, 0) + 1
            script = _script(ch)
            if script not in ("latin", "other"):
                counts[script] = counts.get(script, 0) + 1
                capitals[script] = capitals.get(script, 0) + ch.isupper()
    if total == 0:
        return 1.0, ""
    for script in ("cyrillic", "greek"):  # a long text of these alphabets without one capital is another script
        if counts.get(script, 0) >= 50 and not capitals.get(script):
            counts[script] //= 2
    if language is not None:  # the text's own language, or another script
        counts = {k: v for k, v in counts.items() if k == language or k in SCRIPT_RANGES}
    lang, fit = max(counts.items(), key=lambda kv: kv[1], default=("", 0))
    return max(0.0, fit / total), lang


def _reads_other_letters(a: str, b: str) -> bool:
    """Two single-byte readings of the same bytes differ in a letter (not only in symbols such as \u00a9/\u0160)."""
    return any(x != y and x.isalpha() and y.isalpha() for x, y in zip(a, b, strict=False))


def _single_byte(data: bytes, *, few: bool = False, extra: str | None = None) -> Decoded | None:
    """The single-byte code page whose reading is most plausible, warning in one line when another is as plausible."""
    names = list(SINGLE_BYTE_CANDIDATES)
    if extra:  # charset-normalizer's pick ranks second on a tie (Hebrew reads as caseless Cyrillic too)
        names = [names[0], extra, *(n for n in names[1:] if _codec(n) != _codec(extra))]
    scored: list[tuple[float, int, str, str, str]] = []
    language = _ascii_language(data[:SCORED_BYTES].decode("latin_1"))
    for order, name in enumerate(names):
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        score, lang = _plausibility(text[:SCORED_BYTES], language)
        scored.append((score, -order, name, lang, text))
    if not scored:
        return None
    best = max(scored, key=lambda s: (round(s[0], 3), s[1]))
    score, _, name, lang, text = best
    encoding = _codec(name) or name
    rivals = [s for s in scored
              if s[0] >= score - UNCERTAIN_MARGIN and _reads_other_letters(s[4][:SCORED_BYTES], text[:SCORED_BYTES])]
    if few and score >= 1.0:
        return Decoded(text, encoding)  # a few bytes that read as letters: no statistics to weigh a rival on
    if rivals or score < 0.9:
        other = f"; {rivals[0][2]} reads almost as well" if rivals else ""
        warning = f"the text encoding was guessed as {encoding}{other}; if letters look wrong, re-save the file as UTF-8"
        return Decoded(text, encoding, (warning,))
    return Decoded(text, encoding)
