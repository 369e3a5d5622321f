"""Characters lost in a mis-decoding that ftfy leaves behind (U+FFFD), after :func:`ftfy.fix_text`.

UTF-8 read as cp1252 loses the bytes cp1252 leaves undefined (81, 8D, 8F, 90, 9D): "Á" (C3 81) becomes
"Ã" + U+FFFD, "А" (D0 90) "Ð" + U+FFFD, "Ν" (CE 9D) "Î" + U+FFFD. ftfy cannot undo that and leaves the
pair, or U+FFFD alone, and in a line holding one it leaves the line's other mojibake too ("Å‚" for "ł").
Only what ftfy left is touched here, and only the words of a text that hold U+FFFD (the line's other words
stay as ftfy left them: decoded, they lowered the same-story score of a damaged pair).

A damaged word is repaired only when the text itself decides it: the lead byte that is still there
narrows the lost character to the few its block holds, and exactly one whole word written intact
elsewhere in the same text fits, and it is a capitalised word (a name; a common word is not repaired).
Otherwise the lost character stays U+FFFD, the rest of its word decoded ("Ã\ufffdlvaro" is "\ufffdlvaro"):
the text every stage reads keeps U+FFFD, and only a shown text swaps it for a mark (Ɂ, ɂ, □:
:mod:`storylens._lost`; mojibake80, as the marks in the text lowered the same-story score of a damaged
pair); :func:`damaged_words` names it in the document's warnings. A lead is read only where ftfy left
the mojibake: a word ftfy left as the original has it, or a piece before U+FFFD the original holds ("Účast"
lost its "Ú" when ftfy's "Ú" was read again as the lead C3 DA). fieldcases78 m1/m6/m7 (Spanish, Russian,
Greek names).
"""

from __future__ import annotations

import re
import threading

from .._lost import LOST as _LOST
from .._lost import LOST_LOWER, LOST_SIGN, LOST_SYMBOL, LOST_UPPER, UNDEFINED_IN_CP1252, marked, sentence_first

__all__ = ["LOST_LOWER", "LOST_SIGN", "LOST_SYMBOL", "LOST_UPPER", "damaged_words", "repair_lost", "repaired_words"]

# a word as ftfy may leave it: letters, digits, U+FFFD and the cp1252 readings of UTF-8 continuation bytes
_WORD = re.compile("[\\w\ufffd\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
                   "\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122\u00a0-\u00bf]+")
_MARKED = re.compile(f"\\w*[{LOST_UPPER}{LOST_LOWER}]\\w*")
_SHORTEST_REPAIRED = 4  # letters: a word of 3 or fewer (an initial "А.", "это" / "сто", "Ár" / "Ír") is only marked
# before a word (spaces skipped), what makes it a sentence's first: a line's start, an end of sentence, an
# opening quote, bracket or dash
_SENTENCE_BEFORE = ".!?:…«“„\"([—–"
# the words each call of repair_lost repaired ("Ɂlvaro -> Álvaro"), by its answer, for read_text's warning
_REPAIRS: dict[tuple[int, int], list[str]] = {}  # by the answer's (length, hash)
_REPAIRS_LOCK = threading.Lock()
_REPAIRS_KEPT = 16

# One unit of a decoded word: a character, or the set of characters a lost byte leaves possible
# (empty when nothing says which: U+FFFD alone).
_Unit = str | frozenset[str]


def repair_lost(original: str, fixed: str) -> str:
    """``fixed`` (``original`` after ftfy) with each word holding U+FFFD repaired or marked."""
    if _LOST not in fixed:
        return fixed
    vocabulary = _Vocabulary(re.findall(r"\w+", fixed))
    leads = _original_units(original, fixed)
    # the words ftfy left as they were: only in them is a character before U+FFFD (or a cp1252 run) still a
    # UTF-8 lead byte; a word ftfy decoded is read as it gave it ("Účast" was "ɂast": its "Ú" read again as
    # the lead C3 DA; retester2_mojibake79 drop.py)
    left = set(_WORD.findall(original))
    # and the pieces around each U+FFFD of the original ("Ð\ufffd", "â€\ufffd"): a lead before U+FFFD in ftfy's
    # output is read only when ftfy left that piece, not when it made it ("Ú\ufffd" of "ÃšÄ\ufffdast")
    pieces = {original[max(j - k, 0) : j - k + size] for j in _lost_at(original) for size in (2, 3)
              for k in range(size)}
    repairs: list[str] = []

    out = []
    at = 0
    for line in fixed.splitlines(keepends=True):
        if _LOST not in line:
            out.append(line)
        elif not line.strip().strip(_LOST):  # a line of U+FFFD alone (an emoji or a symbol lost): nothing to show
            out.append(line.replace(_LOST, ""))
        else:
            end = 0
            words = list(_WORD.finditer(line))
            for k, m in enumerate(words):
                before = line[end : m.start()]
                # whether a lost first letter may be read as a capital: a sentence's first word only, never from
                # the words beside it ("řekl Jan Novák ɂasopisu" read "Novák Ɂasopisu", a name; mojibake79fix2)
                capital = _LOST in m.group() and sentence_first(line, m.start(), _SENTENCE_BEFORE)
                out += [before, _word(m.group(), leads.get(at + m.start()), vocabulary, capital, repairs,
                                      m.group() in left, pieces)]
                end = m.end()
            out.append(line[end:])
        at += len(line)
    answer = "".join(out)
    # kept when none was repaired too: read_text need not repair the text again to know
    with _REPAIRS_LOCK:
        while len(_REPAIRS) >= _REPAIRS_KEPT:
            del _REPAIRS[next(iter(_REPAIRS))]
        _REPAIRS[_answer_key(answer)] = list(dict.fromkeys(repairs))
    return answer


def _answer_key(answer: str) -> tuple[int, int]:
    return len(answer), hash(answer)


def repaired_words(original: str, fixed: str) -> list[str]:
    """The words :func:`repair_lost` repaired in ``fixed`` (each "damaged -> repaired", the lost letter shown
    as its mark), for the document's warnings: a repair is a reading of the text, never silent."""
    if _LOST not in original:
        return []
    with _REPAIRS_LOCK:
        kept = _REPAIRS.get(_answer_key(fixed))
    if kept is None:  # an answer kept elsewhere (compare's cache): repaired again to know
        from .files import repair_text

        if repair_text(original) != fixed:
            return []
        with _REPAIRS_LOCK:
            kept = _REPAIRS.get(_answer_key(fixed), [])
    return list(kept)


def _word(word: str, aligned: list[_Unit] | None, vocabulary: _Vocabulary, capital: bool = True,
          repairs: list[str] | None = None, left: bool = True, pieces: set[str] | None = None) -> str:
    """A word of a line that holds U+FFFD: when it holds one, its mojibake ftfy left decoded ("Ð\ufffdÐ½Ð°" is
    "\ufffdна") and its lost characters repaired or left U+FFFD (shown as a mark:
    :mod:`storylens._lost`). ``left``: ftfy left the word as the original has it; else no character of it is
    read as a byte of UTF-8 but a lead before U+FFFD in one of the original's ``pieces`` (ftfy decoded the rest)."""
    if _LOST not in word:
        # a word without U+FFFD stays as ftfy left it, its mojibake too ("powiedziaÅ‚" beside "Å\ufffdukasz"):
        # decoding it changed the same-story score of a damaged pair by up to -0.065 (retester_mojibake79 cmp lv,
        # pl: 1.0 -> 0.935, 0.991 -> 0.961 against main; with the whole sentence clean, pl 0.927), as the
        # encoders read such a sentence unlike its mojibake (mojibake80). Only a damaged word is decoded.
        return word
    units = _units(word, None if left else pieces)
    if aligned is not None and len(aligned) == len(units):
        units = [a if u == frozenset() and (isinstance(a, frozenset) or a == LOST_SIGN) else u
                 for u, a in zip(units, aligned)]
    head, core, tail = _strip_punct(units)
    if not any(u.isalpha() if isinstance(u, str) else u for u in core):  # no letter beside it, none possible
        return _render(units)
    if not any(isinstance(u, frozenset) for u in core):  # only a sign lost ("Juni\ufffcJuli"): nothing to repair
        return _render(units)
    # a sentence's first word is capitalised whatever it is: its fit may be a name the word is not ("Thɂi tiết"
    # -> "Thọi" as "Bà Thọi" is in the text; retester2_mojibake79 wrongrep, wr2): repaired only mid-sentence
    repaired = None if capital else _repaired(core, vocabulary)
    if repaired is None:  # the analysis reads U+FFFD; a mark is only shown (mojibake80)
        return _render(head) + _render(core) + _render(tail)
    if repairs is not None:
        repairs.append(f"{_marked(core, capital).replace(LOST_LOWER, LOST_UPPER)} -> {repaired}")  # one mark
    return _render(head) + repaired + _render(tail)


def damaged_words(original: str, fixed: str) -> list[str]:
    """The words of ``fixed`` that :func:`repair_lost` left marked, and :data:`LOST_SYMBOL` when it put one
    (for the document's warnings)."""
    if _LOST not in original:
        return []
    seen: dict[str, None] = {}
    shown = marked(fixed)
    for m in _MARKED.finditer(shown):
        if _LOST in fixed[m.start() : m.end()]:
            seen.setdefault(m.group(), None)
    symbols = sum(shown.count(c) - original.count(c) for c in (LOST_SYMBOL, LOST_SIGN))
    return list(seen) + [LOST_SYMBOL] * (symbols > 0)


def _lost_at(text: str) -> list[int]:
    return [m.start() for m in re.finditer(_LOST, text)]


def _units(word: str, pieces: set[str] | None = None) -> list[_Unit]:
    """``word`` decoded as UTF-8 read as cp1252, where it can be: a lead byte followed by U+FFFD or by
    cp1252 characters of continuation bytes becomes its character or the set its lost byte allows.
    ``pieces`` (a word ftfy changed): only a piece holding U+FFFD that is one of them is read so."""
    out: list[_Unit] = []
    i = 0
    while i < len(word):
        ch = word[i]
        lead = _byte(ch)
        size = 2 if lead is not None and 0xC2 <= lead <= 0xDF else 3 if lead is not None and 0xE0 <= lead <= 0xEF else 0
        tail = word[i + 1 : i + size]
        if size and len(tail) == size - 1 and all(c == _LOST or 0x80 <= (_byte(c) or 0) <= 0xBF for c in tail) \
                and (pieces is None or (_LOST in tail and ch + tail in pieces)):
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
        fill = [bytes([b]) for b in UNDEFINED_IN_CP1252] if c == _LOST else [c.encode("cp1252")]
        options = [o + f for o in options for f in fill]
    chars = set()
    for o in options:
        try:
            chars.add((lead + o).decode("utf-8"))
        except UnicodeDecodeError:
            continue
    if _LOST not in tail:
        return next(iter(chars)) if chars else None
    letters = frozenset(c for c in chars if c.isalpha())
    # no letter possible (a lead E2 of U+2000-U+27FF: a quote mark, a dash, an ellipsis lost in a latin-1
    # double encoding): no letter of a word, a sign in the text (mojibake80fix: "ɁDas … schlieɂtɂ")
    return letters if letters or not chars else LOST_SIGN


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
    return "".join(u if isinstance(u, str) else _LOST for u in units)


class _Vocabulary:
    """The intact words of a text, indexed once by (length, position, letter): a damaged word is the
    intersection of its known letters' sets, not a comparison with every word (mojibake79fix: 260 KB of
    Russian took 43.9 CPU-s, as each damaged word scanned the whole vocabulary)."""

    def __init__(self, words: list[str]) -> None:
        self._by_length: dict[int, list[str]] = {}
        for w in dict.fromkeys(words):
            self._by_length.setdefault(len(w), []).append(w)
        self._index: dict[int, list[dict[str, set[int]]]] = {}

    def fitting(self, core: list[_Unit]) -> list[str]:
        words = self._by_length.get(len(core), [])
        if len(core) not in self._index:  # built for a length on its first damaged word
            index: list[dict[str, set[int]]] = [{} for _ in core]
            for n, w in enumerate(words):
                for i, c in enumerate(w):
                    index[i].setdefault(c, set()).add(n)
            self._index[len(core)] = index
        index = self._index[len(core)]
        known = sorted((index[i].get(u, set()) for i, u in enumerate(core) if isinstance(u, str)), key=len)
        found = set.intersection(*known) if known else set(range(len(words)))
        return [words[n] for n in sorted(found)
                if all(words[n][i] in u for i, u in enumerate(core) if isinstance(u, frozenset))]


def _repaired(core: list[_Unit], vocabulary: _Vocabulary) -> str | None:
    """The one intact word of the text that ``core`` fits (each lost character within its lead's set, of the
    case its position has), or None: a word of 3 letters or fewer, or a lost letter whose case nothing says
    (the first of a word whose lead allows both: "Đuro" / "ďuro"), is only marked."""
    if len(core) < _SHORTEST_REPAIRED or any(u == frozenset() for u in core):
        return None
    narrowed: list[_Unit] = []
    for i, u in enumerate(core):
        if isinstance(u, frozenset):
            case = _case_at(core, i)
            if case is None:
                return None
            u = frozenset(c for c in u if (c.isupper() if case == "upper" else not c.isupper()))
            if not u:
                return None
        narrowed.append(u)
    fits = vocabulary.fitting(narrowed)
    # a name only (a capitalised word written whole elsewhere): a common word's one fit is often another word
    # (vi "thời" -> "thỏi", ru "часть" -> "чаять"; mojibake79fix2), so a small word is only marked
    return fits[0] if len(fits) == 1 and fits[0][:1].isupper() else None


def _case_at(core: list[_Unit], i: int) -> str | None:
    """The case of the lost letter at ``i``: the one its lead allows, or the one the word's other letters
    say (all capitals: a capital; else mid-word a small one); None for a word's first letter nothing says."""
    u = core[i]
    assert isinstance(u, frozenset)
    if u and all(c.isupper() for c in u):
        return "upper"
    if u and not any(c.isupper() for c in u):
        return "lower"
    cased = [c for c in core if isinstance(c, str) and (c.isupper() or c.islower())]
    if len(cased) >= 2 and all(c.isupper() for c in cased):
        return "upper"
    if i > 0:  # mid-word, not all capitals: small ("JɁnis" was a capital; mojibake79fix2)
        return "lower"
    return None


def _marked(core: list[_Unit], capital: bool = True) -> str:
    """``core`` with each lost character marked: a capital or a small letter mark as the characters its
    lead allows are, or (both, or nothing says) as the word's other letters say; a word's first letter that
    may be small is a capital mark only where a sentence opens (``capital``), a later letter small, so "člověk
    často" is "ɂlověk ɂasto", not two names; in a script
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
        elif not u and not any(isinstance(v, str) and v.isalpha() for v in (core[i - 1] if i else "",
                                                                              core[i + 1] if i + 1 < len(core) else "")):
            out.append(LOST_SYMBOL)  # nothing says, and no letter beside it: a currency sign before digits ("□12m")
        else:
            case = _case_at(core, i)
            if case is None:  # a word's first letter, the lead allowing both (or nothing said)
                case = "upper" if capital or (u and not any(c.islower() for c in u)) else "lower"
            out.append(LOST_UPPER if case == "upper" else LOST_LOWER)
    return "".join(out)
