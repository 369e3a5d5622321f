"""Characters lost in a mis-decoding that ftfy leaves behind (U+FFFD), after :func:`ftfy.fix_text`.

UTF-8 read as cp1252 loses the bytes cp1252 leaves undefined (81, 8D, 8F, 90, 9D): "Á" (C3 81) becomes
"Ã" + U+FFFD, "А" (D0 90) "Ð" + U+FFFD, "Ν" (CE 9D) "Î" + U+FFFD. ftfy cannot undo that and leaves the
pair, or U+FFFD alone, and in a line holding one it leaves the line's other mojibake too ("Å‚" for "ł").
Only what ftfy left is touched here, and only in the lines of a text that hold U+FFFD.

A damaged word is repaired only when the text itself decides it: the lead byte that is still there
narrows the lost character to the few its block holds, and exactly one whole word written intact
elsewhere in the same text fits. Otherwise the lost character is marked with :data:`LOST_UPPER` or
:data:`LOST_LOWER` (a letter like "?" that keeps the word's capital shape, so "Ɂlvaro Gómez" is still
a name that can be a quote's speaker) and :func:`damaged_words` names it in the document's warnings;
a guessed letter never becomes a name. fieldcases78 m1/m6/m7 (Spanish, Russian, Greek names).
"""

from __future__ import annotations

import re

__all__ = ["LOST_LOWER", "LOST_SYMBOL", "LOST_UPPER", "damaged_words", "repair_lost"]

LOST_UPPER = "\u0241"  # Ɂ: an upper-case letter shaped like "?"
LOST_LOWER = "\u0242"  # ɂ
LOST_SYMBOL = "\u25a1"  # □: a lost character that is no letter of a word (an emoji, a symbol, a dash)
_LOST = "\ufffd"
_UNDEFINED_IN_CP1252 = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
# a word as ftfy may leave it: letters, digits, U+FFFD and the cp1252 readings of UTF-8 continuation bytes
_WORD = re.compile("[\\w\ufffd\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
                   "\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\u00a0-\u00bf]+")
_MARKED = re.compile(f"\\w*[{LOST_UPPER}{LOST_LOWER}]\\w*")

# One unit of a decoded word: a character, or the set of characters a lost byte leaves possible
# (empty when nothing says which: U+FFFD alone).
_Unit = str | frozenset[str]


def repair_lost(original: str, fixed: str) -> str:
    """``fixed`` (``original`` after ftfy) with each word holding U+FFFD repaired or marked."""
    if _LOST not in fixed:
        return fixed
    vocabulary = {w for w in re.findall(r"\w+", fixed)}
    leads = _original_units(original, fixed)

    out = []
    at = 0
    for line in fixed.splitlines(keepends=True):
        if _LOST not in line:
            out.append(line)
        elif not line.strip().strip(_LOST):  # a line of U+FFFD alone (an emoji or a symbol lost): nothing to show
            out.append(line.replace(_LOST, ""))
        else:
            end = 0
            for m in _WORD.finditer(line):
                out += [line[end : m.start()], _word(m.group(), leads.get(at + m.start()), vocabulary)]
                end = m.end()
            out.append(line[end:])
        at += len(line)
    return "".join(out)


def _word(word: str, aligned: list[_Unit] | None, vocabulary: set[str]) -> str:
    """A word of a line that holds U+FFFD: its mojibake ftfy left (the line's lost byte kept ftfy from
    it: "poniedziaÅ‚ek") decoded, and its lost characters repaired or marked."""
    units = _units(word)
    if _LOST not in word:
        from ftfy.badness import badness  # imported by repair_text already; not at ingest's import

        # only what ftfy itself reads as mojibake ("Å‚" in "poniedziaÅ‚ek"), not "É»" of «ÉTÉ» (ɻ)
        decoded = _render(units)
        return decoded if decoded != word and badness(decoded) < badness(word) else word
    if aligned is not None and len(aligned) == len(units):
        units = [a if u == frozenset() and isinstance(a, frozenset) else u for u, a in zip(units, aligned)]
    head, core, tail = _strip_punct(units)
    if not any(u.isalpha() if isinstance(u, str) else u for u in core):  # no letter beside it, none possible
        return _render(units)
    return _render(head) + (_repaired(core, vocabulary) or _marked(core)) + _render(tail)


def damaged_words(original: str, fixed: str) -> list[str]:
    """The words of ``fixed`` that :func:`repair_lost` left marked, and :data:`LOST_SYMBOL` when it put one
    (for the document's warnings)."""
    if _LOST not in original:
        return []
    seen: dict[str, None] = {}
    for word in _MARKED.findall(fixed):
        seen.setdefault(word, None)
    symbols = fixed.count(LOST_SYMBOL) - original.count(LOST_SYMBOL)
    return list(seen) + [LOST_SYMBOL] * (symbols > 0)


def _units(word: str) -> list[_Unit]:
    """``word`` decoded as UTF-8 read as cp1252, where it can be: a lead byte followed by U+FFFD or by
    cp1252 characters of continuation bytes becomes its character or the set its lost byte allows."""
    out: list[_Unit] = []
    i = 0
    while i < len(word):
        ch = word[i]
        lead = _byte(ch)
        size = 2 if lead is not None and 0xC2 <= lead <= 0xDF else 3 if lead is not None and 0xE0 <= lead <= 0xEF else 0
        tail = word[i + 1 : i + size]
        if size and len(tail) == size - 1 and all(c == _LOST or 0x80 <= (_byte(c) or 0) <= 0xBF for c in tail):
            unit = _decode(bytes([lead or 0]), tail)
            if unit is not None:
                out.append(unit)
                i += size
                continue
        out.append(frozenset() if ch == _LOST else ch)
        i += 1
    return out


def _byte(ch: str) -> int | None:
    try:
        encoded = ch.encode("cp1252")
    except UnicodeEncodeError:
        return None
    return encoded[0] if len(encoded) == 1 and encoded[0] >= 0x80 else None


def _decode(lead: bytes, tail: str) -> _Unit | None:
    """The character of ``lead`` + ``tail``'s bytes, or the set of letters possible for its lost byte
    (None: the bytes are no UTF-8 character, so these are not mojibake)."""
    options = [b""]
    for c in tail:
        fill = [bytes([b]) for b in _UNDEFINED_IN_CP1252] if c == _LOST else [c.encode("cp1252")]
        options = [o + f for o in options for f in fill]
    chars = set()
    for o in options:
        try:
            chars.add((lead + o).decode("utf-8"))
        except UnicodeDecodeError:
            continue
    if _LOST not in tail:
        return next(iter(chars)) if chars else None
    return frozenset(c for c in chars if c.isalpha())


def _original_units(original: str, fixed: str) -> dict[int, list[_Unit]]:
    """For each word of ``fixed`` with U+FFFD alone (ftfy took its lead byte), the units of the same
    word of ``original`` (the n-th of each, when both have as many words), which still hold the lead."""
    ours = list(_WORD.finditer(fixed))
    theirs = list(_WORD.finditer(original))
    if len(ours) != len(theirs):
        return {}
    return {a.start(): _units(b.group()) for a, b in zip(ours, theirs) if _LOST in a.group()}


def _strip_punct(units: list[_Unit]) -> tuple[list[_Unit], list[_Unit], list[_Unit]]:
    def word_char(u: _Unit) -> bool:
        return isinstance(u, frozenset) or u.isalnum() or u == "_"

    start = 0
    while start < len(units) and not word_char(units[start]):
        start += 1
    end = len(units)
    while end > start and not word_char(units[end - 1]):
        end -= 1
    return units[:start], units[start:end], units[end:]


def _render(units: list[_Unit]) -> str:
    return "".join(u if isinstance(u, str) else LOST_SYMBOL for u in units)


def _repaired(core: list[_Unit], vocabulary: set[str]) -> str | None:
    """The one intact word of the text that ``core`` fits (each lost character within its lead's set)."""
    if not core or any(u == frozenset() for u in core):
        return None
    fits = [w for w in vocabulary if len(w) == len(core)
            and all(c in u if isinstance(u, frozenset) else c == u for c, u in zip(w, core))]
    return fits[0] if len(fits) == 1 else None


def _marked(core: list[_Unit]) -> str:
    """``core`` with each lost character marked: a capital or a small letter mark as the characters its
    lead allows are, or (both, or nothing says) as a word's first letter or a later one is; in a script
    without case (Chinese, Arabic: no cased letter possible nor beside it) :data:`LOST_SYMBOL`."""
    cased = any(isinstance(u, str) and (u.isupper() or u.islower()) for u in core)
    out = []
    for i, u in enumerate(core):
        if isinstance(u, str):
            out.append(u)
        elif u and all(c.isupper() for c in u):
            out.append(LOST_UPPER)
        elif u and all(c.islower() for c in u):
            out.append(LOST_LOWER)
        elif not cased and not any(c.isupper() or c.islower() for c in u):
            out.append(LOST_SYMBOL)
        else:
            out.append(LOST_UPPER if i == 0 else LOST_LOWER)
    return "".join(out)
