"""Letters a cp1252 round trip lost: UTF-8 read as cp1252, where the bytes cp1252 leaves undefined (0x81, 0x8D,
0x8F, 0x90, 0x9D) became U+FFFD, then written back ("Ã\ufffdlvaro" for Álvaro, C3 81; "Ð\ufffdнаÑ\ufffdтаÑ\ufffdиÑ\ufffd"
for Анастасия, D0 90 and D1 81; "Î\ufffdίκος" for Νίκος, CE 9D).

A lost byte is ambiguous: "Ñ\ufffd" is с, э or я (D1 81, D1 8D, D1 8F), "Ã\ufffd" is Á, Í, Ï, Ð or Ý. The field
case's closing quote ("â€\ufffd", files._LOST_CLOSING_QUOTE) is repaired because ” is the only common character of
its five; a letter is not, and a language's letter frequencies would only make a guess look like a fact (a wrong
letter in a name the user trusts as a speaker). So a damaged word is repaired only when the text decides it: exactly
one of its readings is a word the same text writes intact elsewhere ("Álvaro Gómez" in another sentence). Otherwise
each lost letter is shown as :data:`LOST_LETTER` (never U+FFFD, which readers take for a rendering fault and which the
field case's README bars from evidence), and the document's warnings say which words were repaired or left damaged
(:func:`lossy_warnings`)."""

from __future__ import annotations

import itertools
import re
import unicodedata

__all__ = ["LOST_LETTER", "lossy_warnings", "repair_lossy"]

# The visible mark of a letter lost in a cp1252 round trip: the placeholder of a missing letter, of no script
LOST_LETTER = "\u25cc"  # ◌ DOTTED CIRCLE
# The bytes cp1252 leaves undefined: the only bytes a cp1252 round trip turns into U+FFFD
_LOST_BYTES = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
# At most this many readings of one word are tried (five per lost byte: four lost bytes in a word)
_MAX_READINGS = 625
# A token holding a lost byte: the non-space characters around U+FFFD
# (the characters cp1252 reads bytes as, no ASCII punctuation: "Ð\ufffd," is the word and a comma; "Î\ufffdίκος" with
# the rest of the word read right is the run "Î\ufffd" in the word)
_CP1252 = ("A-Za-z0-9\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
           "\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122")
_DAMAGED = re.compile(rf"[{_CP1252}]*\ufffd[{_CP1252}\ufffd]*")
_WORD = re.compile(r"[^\W\d_]+")


def repair_lossy(text: str) -> tuple[str, list[tuple[str, str]], list[str]]:
    """``text`` with each word damaged by a cp1252 round trip repaired when the text decides its reading, else
    decoded with :data:`LOST_LETTER` for each lost letter; and the (damaged, repaired) words and the words left
    damaged (as shown). Text without U+FFFD, or whose U+FFFD is no lost byte of UTF-8 read as cp1252, is kept."""
    if "\ufffd" not in text:
        return text, [], []
    damaged = [(m.start(), m.end(), _readings(m.group())) for m in _DAMAGED.finditer(text)]
    damaged = [d for d in damaged if d[2] is not None]
    if not damaged:
        return text, [], []
    intact = _intact_words(text, [(a, b) for a, b, _ in damaged])
    out, pos = [], 0
    repaired: list[tuple[str, str]] = []
    marked: list[str] = []
    for a, b, found in damaged:
        assert found is not None
        readings, shown = found
        token = text[a:b]
        left, right = _word_around(text, a, b)
        fits = [r for r in readings if _lost_words(left + r + right, left + shown + right)
                and all(w.casefold() in intact for w in _lost_words(left + r + right, left + shown + right))]
        out.append(text[pos:a])
        if len(fits) == 1:
            out.append(fits[0])
            repaired.append((token, fits[0]))
        else:
            out.append(shown)
            marked.append(shown)
        pos = b
    out.append(text[pos:])
    return "".join(out), repaired, marked


def lossy_warnings(text: str) -> list[str]:
    """The document warnings on ``text`` (before repair): which damaged words the text's own words repaired and
    which were left with :data:`LOST_LETTER` for the letters lost."""
    _, repaired, marked = repair_lossy(text)
    notes = []
    if repaired:
        words = ", ".join(f"{w!r}" for _, w in repaired[:5]) + (f" and {len(repaired) - 5} more" if len(repaired) > 5 else "")
        notes.append(f"{len(repaired)} word{'s' if len(repaired) != 1 else ''} whose letters a cp1252 conversion lost "
                     f"(U+FFFD) repaired from the same word written whole elsewhere in the text: {words}")
    if marked:
        words = ", ".join(f"{w!r}" for w in marked[:5]) + (f" and {len(marked) - 5} more" if len(marked) > 5 else "")
        notes.append(f"{len(marked)} word{'s' if len(marked) != 1 else ''} with letters a cp1252 conversion lost "
                     f"(U+FFFD) and nothing in the text to tell which: each lost letter shown as {LOST_LETTER}: {words}")
    return notes


def _readings(token: str) -> tuple[list[str], str] | None:
    """The UTF-8 readings of ``token`` (UTF-8 read as cp1252, a lost byte as U+FFFD) whose restored characters
    are letters, and the reading shown with :data:`LOST_LETTER` for each; None when ``token`` is no such text."""
    try:
        parts = [p.encode("cp1252") for p in token.split("\ufffd")]
    except UnicodeEncodeError:
        return None
    holes = len(parts) - 1
    if len(_LOST_BYTES) ** holes > _MAX_READINGS:
        return None
    readings = []
    first: tuple[int, ...] | None = None
    for fill in itertools.product(_LOST_BYTES, repeat=holes):
        data = parts[0] + b"".join(bytes([f]) + p for f, p in zip(fill, parts[1:]))
        try:
            reading = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if not all(_letter(ch) for ch in _restored(data, fill, parts)):
            continue
        readings.append(reading)
        first = first or fill
    if not readings or first is None:
        return None
    return readings, _shown(parts, first)


def _restored(data: bytes, fill: tuple[int, ...], parts: list[bytes]) -> list[str]:
    """The characters of ``data`` (valid UTF-8) whose bytes hold a filled hole."""
    holes, at = set(), len(parts[0])
    for p in parts[1:]:
        holes.add(at)
        at += 1 + len(p)
    out, i = [], 0
    while i < len(data):
        n = _utf8_length(data[i])
        if holes & set(range(i, i + n)):
            out.append(data[i : i + n].decode("utf-8"))
        i += n
    return out


def _shown(parts: list[bytes], fill: tuple[int, ...]) -> str:
    """The reading with bytes ``fill`` in the holes, each restored character replaced by :data:`LOST_LETTER`."""
    data = parts[0] + b"".join(bytes([f]) + p for f, p in zip(fill, parts[1:]))
    holes, at = set(), len(parts[0])
    for p in parts[1:]:
        holes.add(at)
        at += 1 + len(p)
    out, i = [], 0
    while i < len(data):
        n = _utf8_length(data[i])
        out.append(LOST_LETTER if holes & set(range(i, i + n)) else data[i : i + n].decode("utf-8"))
        i += n
    return "".join(out)


def _utf8_length(lead: int) -> int:
    return 1 if lead < 0x80 else 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4


def _letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "L"


def _lost_words(reading: str, shown: str) -> list[str]:
    """The words of ``reading`` that hold a restored letter (where ``shown`` has :data:`LOST_LETTER`)."""
    out = []
    for m in _WORD.finditer(reading):
        if LOST_LETTER in shown[m.start() : m.end()]:
            out.append(m.group())
    return out


def _word_around(text: str, a: int, b: int) -> tuple[str, str]:
    """The letters of the word the damaged run ``text[a:b]`` stands in, before and after it ("Î\ufffd" in
    "Î\ufffdίκος": "", "ίκος")."""
    left, right = a, b
    while left > 0 and text[left - 1].isalpha():
        left -= 1
    while right < len(text) and text[right].isalpha():
        right += 1
    return text[left:a], text[b:right]


def _intact_words(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """The words of ``text`` outside the damaged ``spans``, casefolded, as the text reads once its mojibake without
    lost bytes is repaired (ftfy): "Ã\x81lvaro" elsewhere is "Álvaro"."""
    import ftfy

    rest, pos = [], 0
    for a, b in spans:
        rest.append(text[pos:a])
        pos = b
    rest.append(text[pos:])
    fixed = ftfy.fix_text(" ".join(rest), normalization="NFC", uncurl_quotes=False, fix_character_width=False)
    return {w.casefold() for w in _WORD.findall(fixed)}
