"""Clock times: :func:`extract_times` ("4:17 a.m.", "um 6.30 Uhr", "6时30分"), their readings, halves of
the day and local-time cues, and :func:`compare_times` (two times that differ by more than a zone explains)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from ...text import CLOCK_ZONES, LANGUAGES, alternation, base, normalise_digits, profile, scale_words
from ._lexicon import _CURRENCY_CODES, _CURRENCY_SYMBOL, _CURRENCY_WORD, _percent_words
from ._records import _NEVER, Quantity, _is_cjk

_CLOCK_COLON = re.compile(r"(?<![\d.:,/])([01]?\d|2[0-3]):([0-5]\d)(?![\d:]|[.,]\d)")
_CLOCK_H = re.compile(r"(?<![\d.:,/])([01]?\d|2[0-3])\s?h\s?([0-5]\d)(?!\d)")
_CLOCK_DOT = re.compile(r"(?<![\d.:,/])([01]?\d|2[0-3])[.,]([0-5]\d)(?![\d]|[.,]\d)")
_PERCENT_AFTER = re.compile(r"\s?(?:%|％|‰)")
_CLOCK_ZH = re.compile(  # "6时30分", "2時47分", "2시 47분": text data "clock_marks"
    rf"(\d{{1,2}})\s?(?:{alternation(w for lg in LANGUAGES for w in profile(lg).clock_hour)})\s?(\d{{1,2}})\s?"
    rf"(?:{alternation(w for lg in LANGUAGES for w in profile(lg).clock_minute)})")
# An hour of the day alone in Chinese, Japanese or Korean ("截至22时", "午後10時現在", "오후 3시"), not a duration
# ("24小时", "3時間", "10시간") nor a time with its minutes (_CLOCK_ZH): no count of "时" (trial57 F15).
_BARE_HOUR = re.compile(r"(?<![\d.:,/])([01]?\d|2[0-4])\s?(?:时|時|시)(?!\s?\d{1,2}\s?(?:分|분))(?!间|間|간|期|代|候|段|刻|速|效)")


def bare_hours(text: str) -> list[tuple[int, int]]:
    """The spans of the hours of the day :data:`_BARE_HOUR` reads: no quantities (the hour a toll was read at,
    "截至22时", is no event's time either, so it is not compared as one)."""
    return [(m.start(), m.end()) for m in _BARE_HOUR.finditer(text)]


# A wire's four-digit time before its zone: "7:42 a.m. (0642 GMT)" (trial 14: the count 642, unit "gmt").
_CLOCK_ZONE = re.compile(rf"(?<![\d.:,/])([01]\d|2[0-3])([0-5]\d)\s?(?:{'|'.join(CLOCK_ZONES)})(?![\w])")


@cache
def _time_cues(lang: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The words that make "6.30" a clock time in the language (text/data "time_cues")."""
    langs = (lang,) if lang else LANGUAGES
    before = {w for lg in langs for w in profile(lg).time_before}
    after = {w for lg in langs for w in profile(lg).time_after}
    return (
        re.compile(rf"(?<!\w)(?:{alternation(before)})\s*$", re.IGNORECASE) if before else None,
        re.compile(rf"\s*(?:{alternation(after)})(?!\w)", re.IGNORECASE) if after else None,
    )


def _times(text: str, lang: str | None) -> list[Quantity]:
    found: list[tuple[int, int, int, int]] = []
    for rx in (_CLOCK_COLON, _CLOCK_H, _CLOCK_ZH, _CLOCK_ZONE):
        found += [(m.start(), m.end(), int(m.group(1)), int(m.group(2))) for m in rx.finditer(text)]
    before, after = _time_cues(base(lang))
    for m in _CLOCK_DOT.finditer(text):
        # "6.30" is a time only beside its words ("um 6.30 Uhr", "a las 6.30"); else a decimal.
        # A decimal comma is a time only with a word after it: "à 5,25 %" is a rate (trial 8: read
        # as 5:25 and dropped from the numbers), and a percent sign never follows a time.
        cued_after = after is not None and after.match(text, m.end())
        if cued_after and m.group(0)[-3] == "," and cued_after.group().lstrip()[:1] in "'’":
            cued_after = None  # a case ending is no word: "3,40'ta" is a decimal, "03.40'ta" a time (tr)
        cued = cued_after or (m.group(0)[-3] != "," and before is not None
                              and before.search(text[max(0, m.start() - 20) : m.start()]))
        percent_before = _percent_words(lang)[0]
        if percent_before is not None and percent_before.search(text[max(0, m.start() - 12) : m.start()]):
            cued = False  # "yüzde 3.40'ta": a percentage
        if cued and not cued_after and _amount_after(text, m.end(), lang):
            cued = False  # "um 2.15 Milliarden Euro", "um 1.25 Prozent": a change by an amount (review4 #2)
        if cued and not _PERCENT_AFTER.match(text, m.end()):
            found.append((m.start(), m.end(), int(m.group(1)), int(m.group(2))))
    out: list[Quantity] = []
    for start, end, hour, minute in sorted(found):
        if hour > 24 or minute > 59 or any(start < q.end and q.start < end for q in out):
            continue
        tail = after.match(text, end) if after is not None else None
        stop = tail.end() if tail else end
        value = float(hour * 60 + minute)
        out.append(Quantity(text[start:stop].strip(), value, "time", value, value, False, "time", start, stop))
    return out


_NEXT_WORD = re.compile(r"\s*([^\W\d]+\.?|[$€£¥₽%‰])")


def _amount_after(text: str, end: int, lang: str | None) -> bool:
    """Is the word after a number at ``end`` a scale word, a currency or a percent word ("2.15 Milliarden",
    "1.25 Prozent", "3.40 Euro")? Such a number is an amount, not a time, whatever word is before it."""
    m = _NEXT_WORD.match(text, end)
    if not m:
        return False
    word = m.group(1).lower()
    percent_after = _percent_words(lang)[1]
    return (word.rstrip(".") in scale_words((lang,) if lang in LANGUAGES else LANGUAGES) or word in _CURRENCY_WORD
            or word in _CURRENCY_SYMBOL or word.upper() in _CURRENCY_CODES or word in "%‰"
            or bool(percent_after and percent_after.match(text, end)))


_CLOCK_DIGITS = re.compile(r"\d{1,2}\s?\D{1,2}\s?\d{2}")


@cache
def _halves(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Words of the morning, of the afternoon/evening and of the 24-hour clock, right before or after a
    time (text data "time_cues": "am", "pm", "clock24")."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES

    def near(words: set[str]) -> re.Pattern[str]:
        if not words:
            return _NEVER
        either = alternation(words)
        return re.compile(rf"(?:(?<![^\W\u3400-\u9fff])(?:{either})\s*\Z|\A\W*(?:\w+\W+)?(?:{either})(?!\w))", re.IGNORECASE)

    return (near({w for lg in langs for w in profile(lg).time_am}), near({w for lg in langs for w in profile(lg).time_pm}),
            near({w for lg in langs for w in profile(lg).time_24}))


def _reading(normal: str, t: Quantity, lang: str | None) -> frozenset[int]:
    """The minutes after midnight one clock time ``t`` of ``normal`` may mean (see :func:`time_readings`)."""
    am, pm, h24 = _halves(lang)
    value = int(t.value or 0)
    hour, minute = divmod(value, 60)
    clock = _CLOCK_DIGITS.search(normal, t.start, t.end)
    written, end = (clock.group(), clock.end()) if clock else ("", t.start)
    before, after = normal[max(0, t.start - 24) : t.start], normal[end : t.end + 24]
    if pm.search(before) or pm.match(after):
        return frozenset({(hour % 12 + 12) * 60 + minute})
    if am.search(before) or am.match(after):
        return frozenset({(hour % 12) * 60 + minute})
    if hour == 0 or hour > 12 or written.startswith("0") or h24.search(before) or h24.match(after):
        return frozenset({value % 1440})
    return frozenset({(hour % 12) * 60 + minute, (hour % 12 + 12) * 60 + minute})


def time_readings(text: str, language: str | None = None) -> frozenset[int]:
    """The minutes after midnight (0-1439) each clock time of ``text`` may mean: one value when its half of
    the day is known ("3:17 a.m." 197, "a las 3.17 de la tarde" 917, "um 15.17 Uhr", "03:17" in 24-hour
    form, "um 3.17 Uhr": a 24-hour clock's word), both halves of a 12-hour reading else ("at 3:17": 197
    and 917). Two units giving one time share a reading; "3:17 a.m." and "3.17 de la tarde" do not
    (review4 #2: the clock-time anchor joined the quake and its afternoon aftershock)."""
    lang = base(language)
    normal = normalise_digits(text)
    return frozenset(v for t in _times(normal, lang) for v in _reading(normal, t, lang))


def time_halves(text: str, language: str | None = None) -> tuple[int | None, ...]:
    """For each time of :func:`extract_times` (same order), its minutes after midnight (0-1439) when its half
    of the day is written ("3:17 a.m." 197, "15.17 po południu" 917, "um 3.17 Uhr" 197), None when a bare
    12-hour reading may mean either half ("at 3:17")."""
    lang = base(language)
    normal = normalise_digits(text)
    out: list[int | None] = []
    for t in _times(normal, lang):
        readings = _reading(normal, t, lang)
        out.append(next(iter(readings)) if len(readings) == 1 else None)
    return tuple(out)


@cache
def _local_cues(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words stating a clock time as local time after it and before it, and the words making one
    approximate (text/data "local_time" and "approximators"; every language's when unknown)."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    after = {w for lg in langs for w in profile(lg).local_time_after}
    before = {w for lg in langs for w in profile(lg).local_time_before}
    approx = {w for lg in langs for w in profile(lg).local_time_approx}
    approx |= {w for lg in langs for w, how in profile(lg).approximators if how in ("approx", "near")}
    spaced = alternation(w for w in approx if not _is_cjk(w[:1]))
    return (re.compile(rf"(?<!\w)(?:{alternation(after)})(?!\w)", re.IGNORECASE) if after else _NEVER,
            re.compile(rf"(?:{alternation(before)})[^\d.!?;。]{{0,8}}$", re.IGNORECASE) if before else _NEVER,
            # the word, then at most the time's own word ("około godz.", "vers", "gegen") right before it
            re.compile(rf"(?<!\w)(?:{spaced})(?:\s+\S+)?\s*$", re.IGNORECASE) if spaced else _NEVER)


# Approximators a language writes after a clock time ("2时47分左右", "02.47 sularında"; text data
# "local_time" "approx_after"), every language's: the time's language may be unknown.
_TIME_APPROX_AFTER = re.compile(
    rf"\s*(?:{alternation(w for lg in LANGUAGES for w in profile(lg).local_time_approx_after)})")


def time_local(text: str, language: str | None = None) -> tuple[bool, ...]:
    """For each time of :func:`extract_times` (same order), whether the text states it exactly as the
    event's local time: "at 2:47 a.m. local time", "o godz. 4:47 czasu miejscowego", "om 02.47 uur
    plaatselijke tijd", "yerel saatle 02.47" (text/data "local_time"), with no approximation word
    next to it ("around 2:50 a.m. local time", "vers 2h50 heure locale" are not exact). Two exact local
    times of one event hours apart disagree (:func:`compare_times`), where other clock times may be
    another time zone's ("0147 GMT")."""
    lang = base(language)
    normal = normalise_digits(text)
    after_re, before_re, approx_re = _local_cues(lang)
    out: list[bool] = []
    for t in _times(normal, lang):
        clock = _CLOCK_DIGITS.search(normal, t.start, t.end)
        tail = re.split(r"[,;!?。，()]|\.\s+(?=[^\W\d_]*[A-ZА-ЯІЇЄ])", normal[clock.end() if clock else t.end : t.end + 40])[0]
        stated = bool(after_re.search(" ".join(tail.split()[:5]))) or bool(
            before_re.search(normal[max(0, t.start - 30) : t.start]))
        approximate = bool(approx_re.search(normal[max(0, t.start - 25) : t.start])
                           or _TIME_APPROX_AFTER.match(normal, t.end))
        out.append(stated and not approximate)
    return tuple(out)


def extract_times(text: str, language: str | None = None) -> tuple[Quantity, ...]:
    """Clock times to the minute: "4:17 a.m.", "um 6.30 Uhr", "6h30", "o godz. 6:30", "6时30分".

    Each is a :class:`Quantity` of kind ``time`` whose value is minutes after midnight
    (as written: no time zone, no 12-hour correction). A bare hour ("6 Uhr") is left
    out: without minutes it says too little to contradict anything.
    """
    original, normal = text, normalise_digits(text)
    times = _times(normal, base(language))
    return tuple(replace(t, text=original[t.start : t.end].strip()) for t in times)


def compare_times(a: Sequence[Quantity], b: Sequence[Quantity], tolerance: int = 5,
                  halves: tuple[Sequence[int | None], Sequence[int | None]] | None = None,
                  local: tuple[Sequence[bool], Sequence[bool]] | None = None) -> list[str]:
    """``["time: 4:17 a.m. vs 6.30 Uhr"]`` when no time of one side agrees with any of the other.

    Two times agree when their minutes past the hour are within ``tolerance``: a whole
    number of hours apart is a time zone (local vs UTC vs the reader's) or the 12-hour
    clock ("4:17" / "16:17"), which reports legitimately differ by. ``halves`` (each side's
    :func:`time_halves`, aligned with ``a`` and ``b``) tells where both times write their half
    of the day: then twelve hours apart is the other half of the day, no time zone ("3:17 a.m." /
    "15.17 po południu", final32 #3), and the two disagree. ``local`` (each side's :func:`time_local`)
    tells which times both sides state exactly as local time: when each side has one and no such pair
    agrees to the minute (either half of the day where a side leaves it unsaid), the whole hours between
    them are no time zone ("2:47 a.m. local time" / "o godz. 4:47 czasu miejscowego", trial19 #7).
    """
    known_a, known_b = halves if halves is not None else ((), ())
    local_found = _local_disagree(a, b, tolerance, (known_a, known_b), local)
    if local_found:
        return local_found

    def on_the_hour(i: int, j: int) -> bool:
        gap = abs(int(a[i].value or 0) - int(b[j].value or 0)) % 60
        return min(gap, 60 - gap) <= tolerance

    def agree(i: int, j: int) -> bool:
        if not on_the_hour(i, j):
            return False
        day_a = known_a[i] if i < len(known_a) else None
        day_b = known_b[j] if j < len(known_b) else None
        if day_a is None or day_b is None:
            return True
        apart = abs(day_a - day_b)
        return abs(min(apart, 1440 - apart) - 720) > tolerance

    if not a or not b or any(agree(i, j) for i in range(len(a)) for j in range(len(b))):
        return []

    # the other half of the day: each time as its side reads it ("3.17 (15:17)": "de la tarde" is not in the figure)
    halves_differ = any(on_the_hour(i, j) for i in range(len(a)) for j in range(len(b)))

    def shown(times: Sequence[Quantity], known: Sequence[int | None]) -> str:
        out = [t.text if k is None or not halves_differ else f"{t.text} ({k // 60:02d}:{k % 60:02d})"
               for t, k in zip(times, list(known) + [None] * len(times))]
        return " / ".join(dict.fromkeys(out))

    return [f"time: {shown(a, known_a)} vs {shown(b, known_b)}"]


def _local_disagree(a: Sequence[Quantity], b: Sequence[Quantity], tolerance: int,
                    known: tuple[Sequence[int | None], Sequence[int | None]],
                    local: tuple[Sequence[bool], Sequence[bool]] | None) -> list[str]:
    """``compare_times``'s line for two sides' exact local times none of which agree (see there)."""
    if local is None:
        return []
    xs = [i for i, flag in enumerate(local[0]) if flag and i < len(a)]
    ys = [j for j, flag in enumerate(local[1]) if flag and j < len(b)]
    if not xs or not ys:
        return []

    def same(i: int, j: int) -> bool:
        day_a = known[0][i] if i < len(known[0]) else None
        day_b = known[1][j] if j < len(known[1]) else None
        if day_a is not None and day_b is not None:
            apart, cycle = abs(day_a - day_b), 1440
        else:  # a side leaves its half of the day unsaid: either half may be meant
            apart, cycle = abs(int(a[i].value or 0) - int(b[j].value or 0)) % 720, 720
        return min(apart, cycle - apart) <= tolerance

    if any(same(i, j) for i in xs for j in ys):
        return []
    return [f"time: {' / '.join(dict.fromkeys(a[i].text for i in xs))} vs {' / '.join(dict.fromkeys(b[j].text for j in ys))}"]
