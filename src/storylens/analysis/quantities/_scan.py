"""Reading around a match: the languages a text is read in, overlapping candidate spans and the pick
among them, the words after and before an offset (CJK runs, classifiers and particles included)."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from typing import TypeVar

from ...text import LANGUAGES, profile
from ._records import LANGS


def _langs(language: str | None) -> tuple[str, ...]:
    lang = (language or "").split("-")[0].lower()
    return (lang,) if lang in LANGS else LANGS


def _word_langs(language: str | None) -> tuple[str, ...]:
    """The built-in number-word tables to read a text's number words in: its language's, or every one
    when the language is unknown. A stated language without a table of its own reads no English words:
    "ten" is a Dutch preposition ("8 kilometer ten noorden", trial19 #15: read as 10)."""
    lang = (language or "").split("-")[0].lower()
    if lang in LANGS or not lang:
        return _langs(language)
    return tuple(code for code in LANGS if code != "en")


def _parse_day(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


_C = TypeVar("_C")  # what a candidate span carries


def _pick(cands: Sequence[tuple[int, int, _C]]) -> list[tuple[int, int, _C]]:
    """Non-overlapping candidates, longest first, returned in text order."""
    chosen: list[tuple[int, int, _C]] = []
    # the chosen spans sorted by (start, end): not overlapping, so their ends ascend too, and a span overlaps one of
    # them exactly when it overlaps the last one starting before its end (each candidate was checked against every
    # chosen one: 6,600 numbers in one run of figures took ~20 CPU-s, lead68)
    spans: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[0])):
        last = bisect_left(spans, (c[1], -1)) - 1  # the last chosen span starting before c's end
        if last < 0 or spans[last][1] <= c[0]:
            chosen.append(c)
            insort(spans, (c[0], c[1]))
    return sorted(chosen, key=lambda c: c[0])


_CJK_RUN = re.compile(r"\s?([\u3400-\u9fff]+)")
# "户"/"戶" households ("十余户民房", trial48 F1: no number at all), "间"/"間" rooms; items, copies, cases,
# events and places ("6项合作文件", "8份协议", "3起事故", "5场会议", "3处塌方"): the unit was the classifier glued to
# the noun's first character ("项合", trial52 F22)
_CLASSIFIERS = set("所个個名位家座辆架只条艘人次户戶间間项項份件起场場处處")


def _words_after(text: str, pos: int, limit: int = 6) -> list[tuple[str, int, int]]:
    """Words after ``pos`` up to the end of the clause (Chinese: two-character pieces after a classifier;
    Japanese kana: one run of one script a word, "ドルの支援" -> ドル, の, …; Korean: a word without its
    glued particle, "명이" -> 명, "달러의" -> 달러)."""
    cjk = _CJK_RUN.match(text, pos)
    if cjk:
        a, run = cjk.start(1), cjk.group(1)
        if run[0] in _CLASSIFIERS and len(run) > 1:
            a, run = a + 1, run[1:]
        return [(run[i : i + 2], a + i, a + min(i + 2, len(run))) for i in range(0, min(len(run), 2 * limit), 2)]
    if _KANA_RUN.match(text, pos):
        return [(m.group(), m.start(), m.end()) for m in _SCRIPT_RUN.finditer(text[: pos + 60], pos)][:limit]
    out = []
    # a dash ends the clause as a comma does: "two children — were killed" closes an apposition (break56b F6)
    for m in re.finditer(r"[^\W\d_][\w'’\-]*|[.,;:!?()\"“”«»—–]|(?<=\s)-(?=\s)", text[pos : pos + 120]):
        if not m.group()[0].isalpha():
            break
        word, end = m.group(), pos + m.end()
        particle = _PARTICLE_END.search(word) if "\uac00" <= word[0] <= "\ud7a3" else None
        if particle and particle.start() > 0:
            word, end = word[: particle.start()], end - len(particle.group())
        out.append((word, pos + m.start(), end))
        if len(out) >= limit:
            break
    return out


_KANA_RUN = re.compile(r"\s?[\u3040-\u30ff]")
# One run of one script: katakana (with its long-vowel mark), hiragana, or Han.
_SCRIPT_RUN = re.compile(r"[\u30a0-\u30ff]+|[\u3040-\u309f]+|[\u3400-\u9fff]+")
# Particles glued to the end of a Korean word (text data "particles"): the word before them is the unit.
_PARTICLES = sorted({w for lg in LANGUAGES for w in profile(lg).particles}, key=lambda w: (-len(w), w))
_PARTICLE_END = re.compile("(?:" + "|".join(map(re.escape, _PARTICLES)) + ")$") if _PARTICLES else re.compile("(?!)")


def _words_before(text: str, pos: int, limit: int = 5) -> list[str]:
    clause = re.split(r"[.;:!?()\"“”«»]", text[max(0, pos - 80) : pos])[-1]
    return re.findall(r"[^\W\d_][\w'’\-]*", clause)[-limit:]
