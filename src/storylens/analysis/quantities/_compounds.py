"""Numbers written as several words that the single-word readers take apart (trial57 F46): a run of a data
language's number and scale words ("bin beş yüz" 1,500, "ألف وخمسمئة" 1,500, "dos mil quinientos" 2,500), one and
a half as one word before a scale ("полутора тысяч", "półtora tysiąca") and "and a half" after a number word
("двух с половиной тысяч" 2,500, "un millier et demi" 1,500). Every word is text data ("number_words",
"scale_words", "fraction_numbers", "half_after", "number_joiners")."""

from __future__ import annotations

import re
from functools import cache

from ...text import LANGUAGES, field_patterns, profile
from ._lexicon import _SMALL, word_key

_C = tuple[int, int, dict]

# A word with its apostrophes (uk "п'ятсот"): the data writes "'".
_TOKEN = re.compile(r"(?<![\d'’ʼ])[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_BARE_SCALES = frozenset({1e3, 1e6, 1e9, 1e12})
# The word-run readers of their own (_parse._number_word_candidates, _numbers._cjk_numerals) keep their languages.
_OWN_READERS = frozenset({*_SMALL, "de", "zh", "ja", "ko"})


@cache
def _tables(lang: str) -> tuple[dict[str, float], dict[str, float], tuple[str, ...]]:
    """The language's number words (one and a half too), its scale words of a thousand and more written as
    words, and its joiners."""
    prof = profile(lang)
    numbers = {w: float(v) for w, v in (*prof.number_words, *prof.run_number_words)} | dict(prof.fraction_numbers)
    scales = {w: f for w, f in prof.scale_words if f >= 1000 and w.replace("'", "").isalpha()}
    return numbers, scales, prof.number_joiners


def _part(word: str, lang: str) -> tuple[str, float, int] | None:
    """What ``word`` is in a number: ("n", value, 0) a number word, ("s", factor, 0) a scale word, ("j", 0, 0) a
    joiner, or a number or scale word after a glued joiner (ar "وخمسمئة"), the joiner's length third."""
    numbers, scales, joiners = _tables(lang)
    key = word_key(word)
    for glue in ("", *joiners):
        if glue and not key.startswith(glue):
            continue
        rest = key[len(glue):]
        if rest in numbers:
            return "n", numbers[rest], len(glue)
        if rest in scales:
            return "s", scales[rest], len(glue)
    if key in joiners:
        return "j", 0.0, 0
    glued = _glued_number(key, lang) if profile(lang).glued_number_words else None
    return ("n", glued, 0) if glued is not None else None


@cache
def _glued_number(word: str, lang: str) -> float | None:
    """The value of a word a language writes its number words glued into (text data "glued_number_words"):
    Italian "duecentomila" 200,000 (due cento mila), "trecentocinquantamila" 350,000, "milleduecento" 1,200
    (try46 F12: "un milione e duecentomila euro" read 1,000,000, the 200,000 unread). Two pieces at least, each a
    number or scale word of the data, read as a run of words is; None for any other word."""
    numbers, scales, _ = _tables(lang)

    def pieces(rest: str) -> list[list[tuple[str, float, str]]]:
        if not rest:
            return [[]]
        out = []
        for size in range(len(rest), 1, -1):  # the longest piece first: "ventitre", not "venti" + "tre"
            head = rest[:size]
            kind = "n" if head in numbers else "s" if head in scales else None
            if kind is not None:
                value = numbers[head] if kind == "n" else scales[head]
                out += [[(kind, value, "+"), *tail] for tail in pieces(rest[size:])]
        return out

    if len(word) < 6:
        return None
    for parts in pieces(word):
        if len(parts) >= 2 and (run := _read_run(parts)) is not None and run[0] == len(parts):
            return run[1]
    return None


def _place(current: float) -> float:
    """The value a part added to ``current`` must stay under: 500 takes 20 or 5 (not 300), 20 takes 5."""
    if current <= 0:
        return float("inf")
    place = 1.0
    while current % (place * 10) == 0:
        place *= 10
    return place


def _read_run(parts: list[tuple[str, float, str]]) -> tuple[int, float] | None:
    """How many of ``parts`` (kind, value, the joiner before it: "" none, " " a word, "+" glued) make one
    number and its value; None for fewer than two parts or none joined, scaled or multiplied ("iki üç kişi",
    two or three, is a range, no sum)."""
    total = current = 0.0
    last_scale = float("inf")
    used, built = 0, False
    for kind, value, joiner in parts:
        if kind == "s":
            size = (current or 1) * value
            if size >= last_scale or (current == 0 and total > 0):
                break
            total, current, last_scale, built = total + size, 0.0, size, True
        elif value == 100 and 1 <= current < 10 and current == int(current):
            current, built = current * 100, True  # tr "beş yüz": five hundred
        elif (current == 0 and (total == 0 or value < last_scale)) or value < _place(current):
            # hundreds then tens or units need no joiner: es "doscientos veinte", "ciento veinte" (120)
            current, built = current + value, built or bool(joiner and current) or (current >= 100 and current % 100 == 0)
        elif joiner == "+" and 1 <= current < 10 and 20 <= value < 100 and value % 10 == 0:
            current, built = current + value, True  # the units before the tens, glued: ar "خمسة وعشرون" 25
        else:
            break
        used += 1
    return (used, total + current) if used >= 2 and built else None


def _alone(word: str, parts: list[tuple[str, float, str]], lang: str, text: str = "", start: int = 0) \
        -> tuple[int, float] | None:
    """(1, value) when the run's first word is a glued number of the language ("duecentomila"), else None; not
    one capitalised inside a sentence (``text``, the word at ``start``): a name, "il Novecento" (the 20th century),
    "nel Quattrocento", "una Fiat Cinquecento" (break48 F6: read 900, 400 and 500)."""
    if not parts or parts[0][0] != "n" or not profile(lang).glued_number_words:
        return None
    if word[:1].isupper() and not word.isupper():
        before = text[:start].rstrip(" \t\"'“”‘’«»„(")
        if before and before[-1] not in ".!?:;…\n–—":
            return None
    return (1, parts[0][1]) if _glued_number(word_key(word), lang) is not None else None


def word_run_candidates(text: str, lang: str | None) -> list[_C]:
    """Runs of a data language's number words read as one figure: "bin beş yüz" 1,500, "iki bin beş yüz" 2,500,
    "ألف وخمسمئة" 1,500, "ألفين وخمسمئة" 2,500, "mil quinientos" 1,500 (trial57 F46: "yüz" 100 and "beş" 5, no
    number at all in Arabic). Words next to each other only, a joiner (a word or a glued prefix) between."""
    if lang not in LANGUAGES or lang in _OWN_READERS:
        return []
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    out: list[_C] = []
    i = 0
    while i < len(tokens):
        first = _part(tokens[i][0], lang)
        if first is None or first[0] == "j":
            i += 1
            continue
        parts: list[tuple[str, float, str]] = []
        spans: list[tuple[int, int]] = []
        j, joiner = i, ""
        while j < len(tokens):
            if j > i and text[tokens[j - 1][2] : tokens[j][1]].strip():
                break  # a comma, a dash: another figure
            part = _part(tokens[j][0], lang)
            if part is None or (part[0] == "j" and not parts):
                break
            if part[0] == "j":
                joiner = " "
            else:
                parts.append((part[0], part[1], "+" if part[2] and j > i else joiner))
                spans.append((tokens[j][1] + (part[2] if j == i else 0), tokens[j][2]))
                joiner = ""
            j += 1
        # one word alone when the language glued it of several ("duecentomila")
        run = _read_run(parts) or (_alone(tokens[i][0], parts, lang, text, tokens[i][1]))
        if run is None:
            i += 1
            continue
        used, value = run
        out.append((spans[0][0], spans[used - 1][1], {"value": value, "low": value, "high": value,
                                                      "kind": "count", "unit": None}))
        # on from the first word after the run; none when the run ends the text ("Treinta y dos", a label or a
        # headline's last words: StopIteration escaped the generator before)
        i = next((k for k in range(i, len(tokens)) if tokens[k][1] >= spans[used - 1][1]), len(tokens))
    return out


@cache
def _fraction_re(lang: str) -> tuple[re.Pattern[str] | None, dict[str, float]]:
    words = dict(profile(lang).fraction_numbers)
    if not words:
        return None, words
    body = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{body})(?![^\W\d_])", re.IGNORECASE), words


def fraction_candidates(text: str, lang: str | None) -> list[_C]:
    """One and a half as one word (text data "fraction_numbers": "полтора", "полутора", "півтори", "półtora",
    "eineinhalb"): 1.5, which a scale word after it makes 1,500 (trial57 F46: «полутора тысяч» was 1000)."""
    if lang not in LANGUAGES:
        return []
    rx, words = _fraction_re(lang)
    if rx is None:
        return []
    return [(m.start(), m.end(), {"value": words[m.group().lower()], "kind": "count", "unit": None})
            for m in rx.finditer(text) if m.group().lower() in words]


def and_half_candidates(text: str, cands: list[_C], lang: str | None) -> list[_C]:
    """A number word with "and a half" right after it (text data "half_after": "с половиной", "i pół", "et
    demi", "and a half") as the number and a half, a bare scale word's half added ("un millier et demi" 1,500):
    the span ends after the half, so a scale word after it multiplies the whole ("двух с половиной тысяч")."""
    patterns = field_patterns(lang, "half_after") if lang in LANGUAGES else ()
    out: list[_C] = []
    for start, end, info in cands if patterns else ():
        value = info.get("value")
        if (info.get("kind") != "count" or info.get("unit") or not value
                or any(ch.isdigit() for ch in text[start:end])):
            continue
        half = next((m for p in patterns if (m := p.match(text, end))), None)
        if half is None:
            continue
        value = value * 1.5 if value in _BARE_SCALES else value + 0.5
        out.append((start, half.end(), {**info, "value": value, "low": value, "high": value}))
    return out
