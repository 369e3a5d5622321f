"""How a character lost in a mis-decoding (U+FFFD, left by :mod:`storylens.ingest.lossy`) is shown.

The text every stage reads keeps U+FFFD: the segmenter, the encoders and the similarity read it best so
(mojibake79's marks in the text lowered the same-story score of a damaged pair by 0.05-0.11; retester2
cf/: 0.7915 with the marks, 0.9022 with U+FFFD). Only a text shown to the user swaps each U+FFFD for a
mark, one character for one, so offsets hold: :data:`LOST_UPPER` (a letter shaped like "?") where a letter
was lost, whatever its context, so a slice of a shown text is the shown slice (mojibake80fix: evidence
"Ɂказала" and its sentence's "ɂказала" differed), :data:`LOST_SYMBOL` where no letter was (nothing beside it
is a letter, or its script has no case). The quote finder's view (``letters_only``) reads a case from the
text alone: a word's first letter is a capital at a sentence's start, as an initial or in a word of
capitals, else small ("Jan Novák ɂasopisu Respekt" is no name of three words); it never is shown.
Light: imported by the report and the quote finder.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

__all__ = ["LOST", "LOST_LOWER", "LOST_SIGN", "LOST_SYMBOL", "LOST_UPPER", "UNDEFINED_IN_CP1252", "VERBATIM_KEYS", "holds_lost", "marked",
           "marked_payload", "sentence_first", "unmarked"]

LOST = "\ufffd"
# The bytes cp1252 leaves undefined: UTF-8 read as cp1252 loses them (as U+FFFD), so a letter whose UTF-8 holds one
# is what a lost letter may have been ("Á" = C3 81, "А" = D0 90, "Ν" = CE 9D)
UNDEFINED_IN_CP1252 = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
LOST_UPPER = "\u0241"  # Ɂ: an upper-case letter shaped like "?"
LOST_LOWER = "\u0242"  # ɂ
LOST_SYMBOL = "\u25a1"  # □: a lost character that is no letter of a word (an emoji, a symbol, a dash)
# a lost character its lead byte says is a sign (a quote mark, a dash lost in a latin-1 double encoding): in the
# text itself (ingest.lossy), read by the encoders as U+FFFD is (tester_mojibake80 r1/cmp tr_latin1 overall: with
# U+FFFD 0.7013, U+FFFC 0.702, □ 0.652, '"' 0.639) and shown as it is, one neutral mark in any slice
LOST_SIGN = "\ufffc"
# before a word (spaces skipped), what makes it a sentence's first: a text's start, an end of sentence, an
# opening quote or bracket. Not a colon nor a dash: "сказал: ɂто", "», — ɂказала" (a capital there read
# "Ɂказала Ɂ. Влаɂова" as a name)
_SENTENCE_BEFORE = ".!?…«“„\"([\n"
_RUN = re.compile("\ufffd+")


def _word_char(c: str) -> bool:
    return c == LOST or c.isalnum()


def marked(text: str, *, letters_only: bool = False) -> str:
    """``text`` with each U+FFFD as its mark (one for one: offsets hold). ``letters_only``: a lost
    character that is no letter stays U+FFFD (the quote finder's view, whose marks it swaps back)."""
    if LOST not in text:
        return text
    out = list(text)
    n = len(text)
    for run in _RUN.finditer(text):
        a, b = run.start(), run.end()
        before = text[a - 1] if a else ""
        after = text[b] if b < n else ""
        if b - a == 1 and not _word_char(before) and text[b : b + 2] == ". " and text[b + 2 : b + 3].isupper():
            out[a] = LOST_UPPER  # an initial: "Ɂ. Власова"
            continue
        if not (before.isalpha() or after.isalpha()):  # no letter beside it: a symbol or a sign lost ("□12m")
            if not letters_only:
                out[a:b] = LOST_SYMBOL * (b - a)
            continue
        start = a
        while start > 0 and _word_char(text[start - 1]):
            start -= 1
        end = b
        while end < n and _word_char(text[end]):
            end += 1
        cased = [c for c in text[start:end] if c.isupper() or c.islower()]
        if not cased:  # a script without case (Chinese 台 lost): no letter shape says anything
            if not letters_only:
                out[a:b] = LOST_SYMBOL * (b - a)
            continue
        if not letters_only:  # shown: ONE mark for a lost letter, whatever its context, so any slice of a shown
            out[a:b] = LOST_UPPER * (b - a)  # text is the shown slice (evidence = its sentence's [start:end])
            continue
        capitals = len(cased) >= 2 and all(c.isupper() for c in cased)
        for i in range(a, b):
            first = i == start and sentence_first(text, start)
            out[i] = LOST_UPPER if capitals or first else LOST_LOWER
    return "".join(out)


# A payload's names of a file, a page or a record are kept as they are: a path shown with a mark is one that does not
# exist ("ing/BrɁckenbericht.txt" for the file "Br�ckenbericht.txt": retester_mojibake80)
VERBATIM_KEYS = frozenset({"source", "url", "external_id", "id", "path"})


def marked_payload(value: Any) -> Any:
    """A JSON payload (dicts, lists, strings) with each string :func:`marked`: the stream's views (stories,
    story, search: CLI, web pages and API) show a lost letter as the report does (mojibake80fix: U+FFFD was
    shown there). A payload without U+FFFD is returned as it is."""
    if isinstance(value, str):
        return marked(value) if LOST in value else value
    if isinstance(value, dict):
        return {k: v if k in VERBATIM_KEYS else marked_payload(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [marked_payload(v) for v in value]
    return value


def sentence_first(text: str, at: int, openers: str = _SENTENCE_BEFORE) -> bool:
    """Whether the word at ``at`` of ``text`` opens a sentence: looked at backwards past spaces, the text's start
    or one of ``openers`` (an end of sentence, an opening quote or bracket) before it."""
    i = at
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    return i == 0 or text[i - 1] in openers


def unmarked(text: str) -> str:
    """``text``, a piece read from :func:`marked` (``letters_only``), with its letter marks U+FFFD again (the
    text it was read from holds no mark of its own: the caller checks)."""
    return text.translate(_UNMARK) if text else text


_UNMARK = str.maketrans({LOST_UPPER: LOST, LOST_LOWER: LOST})


def holds_lost(texts: Sequence[str | None]) -> bool:
    return any(t and LOST in t for t in texts)
