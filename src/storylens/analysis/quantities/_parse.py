"""Number parsing: digits in local formats (1.500 / 1,5 / 1 500), number-word runs per language, German
compounds, scale chains, and the digit, word and phrase candidates of a text, with the spans that are no numbers."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from functools import cache

from ..._imports import lazy_pattern
from ...text import (
    LANGUAGES,
    alternation,
    base,
    common_word,
    field_patterns,
    grouped_digits,
    measure_words,
    number_name_words,
    phone_spans,
    profile,
    scale_chain,
    scale_chain_spans,
    scale_factor,
    stop_words,
    suffix_reading,
)
from ._calendar import _DECADE_RE, _ORDINAL_RE, _TIME_RE
from ._dates import _NEXT, _date_candidates, name_date_spans
from ._lexicon import (
    _CJK_CURRENCIES,
    _CJK_SCALES,
    _CONNECT,
    _CURRENCY_WORD,
    _DE_TENS,
    _DE_UNITS,
    _FRACTIONS,
    _HUNDRED,
    _MULTIPLIERS,
    _OF_AFTER,
    _ORDINAL_FRACTIONS,
    _SCALE_AFTER,
    _SCALE_ATTACHED,
    _SCALE_GLUED_RE,
    _SCALES,
    _SI_BEFORE_SYMBOL,
    _SI_SCALE,
    _SMALL,
    _SYMBOL_BEFORE,
    _VAGUE,
    _VAGUE_NEEDS_OF,
    _code_before,
    _data_langs,
    _per_head,
    _percent_words,
    _symbol_currency,
)
from ._measures import _PEOPLE, _measure_of
from ._records import _NEVER, _is_cjk


def _parse_digits(s: str, lang: str | None) -> float | None:
    """'20,000' / '20.000' / '20 000' / '1,5' -> float, by the language's separators."""
    s = re.sub(r"[\s\u00a0\u202f\u2009'’]", "", s)
    decimal_comma = profile(lang).decimal_comma if lang else False
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if dec == "," else ",", "").replace(",", ".")
    elif "," in s:
        grouped = re.fullmatch(r"\d{1,3}(,\d{3})+", s)
        many = re.fullmatch(r"\d{1,3}(,\d{3}){2,}", s)
        s = s.replace(",", "") if (grouped and not decimal_comma) or many else s.replace(",", ".")
    elif "." in s:
        grouped = re.fullmatch(r"\d{1,3}(\.\d{3})+", s)
        many = re.fullmatch(r"\d{1,3}(\.\d{3}){2,}", s)
        # Unknown language: "20.000" is far likelier German thousands than an English "20.0".
        unknown_grouped = lang is None and re.fullmatch(r"[1-9]\d{0,2}\.\d{3}", s)
        if (grouped and decimal_comma) or many or unknown_grouped:
            s = s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        return None


@cache
def _small_words(lang: str) -> dict[str, int]:
    """The built-in number words of ``lang`` (:data:`_SMALL`) and its text data's "number_words": ru case forms the
    table lacks ("до двенадцати", "двумя", "пятисот"; break52: "выросло до двенадцати" was no figure)."""
    return {**dict(profile(lang).number_words), **_SMALL[lang]} if lang in LANGUAGES else _SMALL[lang]


def _parse_word_run(words: list[str], lang: str) -> float | None:
    """'two hundred and fifty' / 'vingt mille' / 'двадцать тысяч' -> value."""
    small, hundred, scales = _small_words(lang), _HUNDRED.get(lang, set()), _SCALES.get(lang, {})
    total, current, seen = 0.0, 0.0, False
    for w in words:
        if w in small:
            current += small[w]
        elif w in hundred:
            current = (current or 1) * 100
        elif w in scales:
            total += (current or 1) * scales[w]
            current = 0
        elif w in ("a", "an") and lang == "en":
            current += 1
        else:
            continue
        seen = True
    return total + current if seen else None


def _parse_de_word(word: str) -> float | None:
    """German number words are written as one compound: 'zwanzigtausend', 'dreihundertfünfzig'."""
    w = word.lower()
    if not w:
        return None
    if w in _DE_UNITS:
        return float(_DE_UNITS[w])
    if w in _DE_TENS:
        return float(_DE_TENS[w])
    for scale, mult in (("tausend", 1000), ("hundert", 100)):
        if scale in w:
            left, _, right = w.partition(scale)
            lv = _parse_de_word(left) if left else 1.0
            rv = _parse_de_word(right) if right else 0.0
            if lv is None or rv is None:
                return None
            return lv * mult + rv
    if "und" in w:
        left, _, right = w.partition("und")
        if left in _DE_UNITS and right in _DE_TENS:
            return float(_DE_UNITS[left] + _DE_TENS[right])
    return None


def _excluded_spans(text: str, language: str | None) -> list[tuple[int, int]]:
    """Dates, years, times and ordinals: never quantities."""
    spans = [(d.start, d.end) for d in _date_candidates(text, published=None, language=language)]
    # a year-like group after a spaced scale is the figure's thousands ("1万 2000人"), no year
    groups = scale_chain_spans(text)
    spans = [(a, b) for a, b in spans if not any(s < a and b <= e and text[a - 1].isspace() for s, e in groups)]
    spans += name_date_spans(text, language)  # "Ponte 25 de Abril": a name's day, neither date nor count
    spans += phone_spans(text)  # "+49 30 123 456": a telephone number, no spaced thousands (break48 F10)
    spans += [m.span() for m in _TIME_RE.finditer(text) if not _article_am(m.group(), language)]
    spans += [(m.start(), m.end()) for m in _ORDINAL_RE.finditer(text)]
    # the percent word after a figure is no number of its own: "20 per cento", "20 pour cent" (break50 N12's kind:
    # "cento" was a count of 100 beside the 20 %)
    after = _percent_words(base(language))[1]
    if after is not None:
        spans += [(m.start(), m.end()) for d in re.finditer(r"\d(?!\d)", text) if (m := after.match(text, d.end()))]
    spans += [(m.start(), m.end()) for m in _DECADE_RE.finditer(text)]
    spans += [(m.start(), m.end()) for m in _CJK_DAY_RE.finditer(text)]
    # a line or route named by its number (text data "numbered_names": "Line 5", "la línea 5", "5호선"): a name, no
    # count (trial57 F39: "5 permanecerá", "5 carriage")
    spans += [m.span(1) for rx in field_patterns(language, "numbered_names") for m in rx.finditer(text)]
    spans += name_number_spans(text, language)
    return spans


def name_number_spans(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of each number written after a name that it is part of: an acronym of 2 to 6 capitals that is
    no currency code and no common word of the language in capitals ("CAC 40", "S&P 500", "FTSE 100", "DAX 40"; not
    "USD 500", "EUR 40", "KILLS 40" of a headline in capitals), a word of text data "numbered_names" ("Nikkei 225",
    "Boeing 737", "Formula 1", "Боинг 737"), up to two capitalised words after one ("Galaxy Note 10", "Sukhoi
    Superjet 100") or a product's camel-case name ("iPhone 15", "PlayStation 5"). Such a number names an index, a
    model or a series, no figure of the text (break57 F10: "same numbers: 40" of two texts about the CAC 40, "500" of
    two about the S&P 500); so does a designation and number right after a name's number ("Boeing 737 MAX 8", qty55:
    the 8 was a figure). A number before a measure word of the language (text data) after an acronym counts it
    still: "AD 91 sandalye, PS 78 sandalye", a party's seats; a percentage is never a name's ("DeSantis 40 %")."""
    out = []
    lang = base(language) or "en"
    measures = measure_words(_data_langs(language))
    for m in _NAME_NUMBER_RE.finditer(text):
        name = m.group(1)
        if _PERCENT_RE.match(text, m.end()) or (_percent_words(lang)[1] or _NEVER).match(text, m.end()):
            continue
        if name.isupper() or "&" in name:
            after = _NEXT_WORD.match(text, m.end())
            if after is not None and after.group(1).lower() in measures:
                continue
            if name.replace("&", "") in _currency_codes() or common_word(name, lang):
                continue
        elif not _CAMEL.fullmatch(name) and not any(w in number_name_words() for w in name.split()):
            continue
        out.append(m.span(2))
        # "737 MAX 8", "A320 neo": a designation right after the name's number continues the name
        at = m.end()
        while (more := _DESIGNATION_RE.match(text, at)) is not None:
            out.append(more.span(1))
            at = more.end()
    for m in _BARE_MODEL_RE.finditer(text):
        # "a 737 MAX 8" with no maker before it (break55 F8: figures 737 and 8): a model's number, its designation in
        # capitals and the designation's number; no currency code, no measure ("500 MW"), no function word of a
        # headline in capitals ("300 IN 5 DAYS")
        word = m.group(2).lower()
        if m.group(2) not in _currency_codes() and word not in stop_words(lang) and word not in measures \
                and m.span(1) not in out:
            out += [m.span(1), m.span(3)]
    return out


_FIGURE_END = r"(?![\d\w]|[.,]\d)"
# an acronym ("CAC", "S&P"), up to three capitalised words (Latin or Cyrillic), one of them a listed name's ("Galaxy
# Note", "Sukhoi Superjet", "Air France Flight") or a camel-case name ("iPhone", "PlayStation"), a
# space, then a number of up to four digits that goes no further ("CAC 40", "Nikkei 225"; not "CAC 40,5" nor "S&P
# 500-listed" read as a name's number alone)
_NAME_NUMBER_RE = re.compile(
    r"(?<![\w&])([A-Z][A-Z&]{1,5}|[a-z]{1,2}[A-Z][A-Za-z]+|[A-Z][a-z]+[A-Z][A-Za-z]*"
    r"|[A-ZА-ЯЁ][a-zа-яёóé]+(?:[ \u00a0][A-ZА-ЯЁ][a-zа-яёóé]+){0,2})[ \u00a0](\d{1,4})" + _FIGURE_END)
# a product's name written in camel case: "iPhone", "iPad", "iOS", "PlayStation", "MacBook", "OnePlus"; not a
# surname's ("McCarthy 218", "DeSantis 40, Haley 30": a tally)
_CAMEL = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]+|(?!(?:Mc|De|Di|Da|Du|La|Le|Van|Von|Fitz)[A-Z])[A-Z][a-z]+[A-Z][A-Za-z]*")
# a model's designation and its number after a name's number: " MAX 8" of "Boeing 737 MAX 8"
_DESIGNATION_RE = re.compile(r"[ \u00a0](?:[A-Z]{2,5}|[A-Z][a-z]{1,7})[ \u00a0](\d{1,2})" + _FIGURE_END)


# a model's number of three or four digits, a designation in capitals and its number: "737 MAX 8", "767 ER 300"
_BARE_MODEL_RE = re.compile(r"(?<![\w.,])(\d{3,4})[ \u00a0]([A-Z]{2,5})[ \u00a0](\d{1,3})" + _FIGURE_END)
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


@cache
def _currency_codes() -> frozenset[str]:
    """babel's ISO 4217 codes ("USD", "EUR"): a figure after one is money, no name's number."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def _article_am(time: str, language: str | None) -> bool:
    """Whether a time's bare "am" (no dots) is a word of the text's language instead (spaCy's stop words) and none of
    its morning words (text data "time_cues" "am"): "stieg auf 12 am Montag" is 12 on Monday in German, no 12 a.m.
    (break50 N12's kind: the 12 was dropped as a time); English "12 am" stays a time."""
    tail = time.split()[-1] if " " in time else time.lstrip("0123456789")
    lang = base(language)
    return (tail.lower() == "am" and "am" in stop_words(lang)
            and not (lang in LANGUAGES and "am" in profile(lang).time_am))


# "14日上午" / "14号" / "23일": a day of the month in Chinese, Japanese and Korean (a span of days is
# "14天", "3일간"), never "30日元" (yen) or "10日内" (within ten days): text data "day_marks".
_CJK_DAY_RE = re.compile(
    r"(?<![\d.,])(?:[12]?\d|3[01])\s?(?:"
    + "|".join(
        f"{re.escape(mark)}(?!{alternation(profile(lg).day_not_before)})" if profile(lg).day_not_before else re.escape(mark)
        for lg in LANGUAGES for mark in profile(lg).day_marks)
    + ")"
)


@cache
def _num_re(lang: str | None) -> re.Pattern[str]:
    """A figure's digits in a text of ``lang``: groups of three after a space where the language writes
    thousands so (:func:`storylens.text.grouped_digits`: "20 000" in French or Polish, "20\u00a0000" in any
    language; not "in 2022 40 people" nor an English "3 400"), else digits with their marks."""
    return re.compile(
        # An elided article may touch the number ("all'1,5%", "l'1,5 %", "dell’8%"); an apostrophe after
        # a digit is a thousands mark ("1'000") read whole by the pattern.
        r"(?<![.,\-/:])(?<![^\w]['’])(?<![\d_]['’])(?<!^['’])(?<!(?![\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3])\w)(?:"  # a Chinese, kana or Hangul character may touch the number: 已有12所, までに71人
        + grouped_digits(lang)  # 20 000
        + r"|\d+(?:[.,’']\d+)*"  # 20,000 / 20.000 / 1.5
        r")"
    )


_ATTACHED_RE = re.compile(r"[A-Za-z]+")
_PERCENT_RE = re.compile(r"\s*(?:%|(?:per cent|percent|prozent|pour cent|процент(?:а|ов)?)\b)", re.IGNORECASE)
_SCALE_AFTER_RE = re.compile(
    r"(?:\s*|-)(" + alternation(_SCALE_AFTER) + r")\b\.?",
    re.IGNORECASE,
)


def _percent_after(text: str, at: int, lang: str | None) -> re.Match[str] | None:
    """The percent sign or word right after a figure ending at ``at`` ("%", "percent", "por ciento")."""
    return _PERCENT_RE.match(text, at) or (_percent_words(lang)[1] or _NEVER).match(text, at)


_CJK_SCALE_RE = re.compile(
    r"\s?(" + alternation(_CJK_SCALES) + r")(" + "|".join(_CJK_CURRENCIES) + r")?"
)


@cache
def _glued_prefix_re(lang: str | None) -> re.Pattern[str] | None:
    prefixes = profile(lang).number_prefixes if lang in LANGUAGES else ()
    return re.compile(rf"(?<!\w)(?:{alternation(prefixes)})(?=\d)") if prefixes else None


# Unit signs of one character (U+3380–U+33DF, "㎞", "㎝", "㎏"), as the Korean and Japanese press write them:
# read as their letters (trial 19 #5: "35㎞" was a count with the unit "였다").
_SQUARED_UNIT = re.compile("[\u3380-\u33df]")


def _glued_unit(suffix: str, lang: str | None) -> bool:
    """Whether letters glued to a figure are a unit in the language's press, never a scale (text data
    "glued_unit_letters"): its press writes millions with its own scale words (百万, 만, 万) and metres as
    an ASCII "m", so "水深60m", "수심 80m" are depths, not 60 and 80 million (final34 #3)."""
    return lang in LANGUAGES and suffix in profile(lang).glued_unit_letters


def _scale_factor(word: str, lang: str | None) -> float | None:
    """What scale ``word`` multiplies by in a text of ``lang``: the text layer's one reading
    (:func:`storylens.text.scale_factor`), which the stream's entity keys read too (issue #11)."""
    return scale_factor(word, lang)


def _next_scale(text: str, end: int, factor: float, value: float, lang: str | None) -> tuple[float, int]:
    """(value, end) with a second, larger scale word right after the first multiplied in: "2 mil millones"
    (es) and "2 mil milhões" (pt) are 2 × 10³ × 10⁶, "mille miliardi" 10¹², "a thousand million" 10⁹ (the
    reading stopped at "mil": $2,000). A smaller or equal second scale is another figure's."""
    nxt = _SCALE_AFTER_RE.match(text, end)
    if nxt and not nxt.group().startswith("-"):
        second = _scale_factor(nxt.group(1), lang)
        if second is not None and second > factor:
            return value * second, nxt.end()
    return value, end


def _digit_candidates(text: str, lang: str | None) -> list[tuple[int, int, dict]]:
    out = []
    prefix = _glued_prefix_re(lang)
    # "و12 قتيلا" (and 12 dead): the one-letter word is blanked, the offsets kept
    numbers = _num_re(lang).finditer(prefix.sub(lambda m: " " * len(m.group()), text) if prefix else text)
    for m in numbers:
        value = _parse_digits(m.group(), lang)
        if value is None:
            continue
        start, end, kind, unit = m.start(), m.end(), "count", None
        attached = _ATTACHED_RE.match(text, end)
        glued = _SCALE_GLUED_RE.match(text, end)
        chain = scale_chain(text, start, lang)
        squared = _SQUARED_UNIT.match(text, end)
        if chain:
            value, end = chain
            attached = glued = None
        elif squared:
            unit, end, attached, glued = unicodedata.normalize("NFKC", squared.group()).lower(), squared.end(), None, None
        if glued:
            factor = _scale_factor(glued.group(1), lang)
            if factor is None:
                continue  # a scale word of another amount in another language: unread, not misread
            value *= factor
            end, attached = glued.end(), None
            value, end = _next_scale(text, end, factor, value, lang)
        elif attached:
            suffix = attached.group().lower()
            reading = suffix_reading(text, end, end + len(suffix), lang) \
                if suffix in _SCALE_ATTACHED and not _glued_unit(suffix, lang) else "unit"
            if reading is None:
                continue  # "a 2B pencil", "2m waves": no reading is sure; unread, not misread (break48 F9/F11)
            if reading == "scale":
                value *= _SCALE_ATTACHED[suffix]
                end += len(suffix)
            else:
                unit = suffix  # "10km"
                end += len(suffix)
        scale = _SCALE_AFTER_RE.match(text, end) if not (chain or squared) else None
        cjk = _CJK_SCALE_RE.match(text, end) if not (chain or squared) else None
        si = _SI_BEFORE_SYMBOL.match(text, end) if not (chain or squared) else None
        if si and not attached:
            value *= _SI_SCALE[si.group(1)]
            end = si.end()
        elif cjk and not attached:
            value *= _CJK_SCALES[cjk.group(1)]
            end = cjk.end(1)
            if cjk.group(2):
                kind, unit, end = "money", _CURRENCY_WORD[cjk.group(2)], cjk.end()
        elif scale and not attached:
            factor = _scale_factor(scale.group(1), lang)
            if factor is None:
                continue  # "$2 mil" in English (es "mil" is 10³, cs "mil." 10⁶): unread, not misread
            value *= factor
            value, end = _next_scale(text, scale.end(), factor, value, lang)
        window = text[max(0, start - 5) : start]
        pre = _SYMBOL_BEFORE.search(window)
        coded = _code_before(text, start, lang) if not pre and unit is None and not (
            _percent_after(text, end, lang)) else None
        if pre:
            start -= len(window) - pre.start()
            kind, unit = "money", _per_head(text, end, _symbol_currency(pre.group(1)), lang)
        elif coded:  # "USD 2.5 billion", "Rp 2,5 triliun": a currency's code or sign before the figure
            start, kind, unit = coded[1], "money", _per_head(text, end, coded[0], lang)
        out.append((start, end, {"value": value, "kind": kind, "unit": unit}))
    return out


def _word_tokens(text: str) -> list[tuple[str, int, int]]:
    # A case ending glued to a figure by an apostrophe is no word: Turkish "Haziran 2024'ten" read "ten" (10).
    return [(m.group(), m.start(), m.end()) for m in re.finditer(r"(?<![\d]['’])(?<![^\W\d_])[^\W\d_]+(?:-[^\W\d_]+)*", text)]


def _number_word_candidates(text: str, langs: tuple[str, ...]) -> list[tuple[int, int, dict]]:
    """Runs of number words ('two hundred and fifty', 'zwanzigtausend', 'двадцать тысяч')."""
    out = []
    tokens = _word_tokens(text)
    for lang in langs:
        if lang == "de":
            for w, s, e in tokens:
                low = w.lower()
                if low in ("ein", "eine", "eins", "einen") or (low in _DE_HOMOGRAPHS and not _measure_next(text, e)):
                    continue  # articles / common homographs, too noisy alone
                v = _parse_de_word(low)
                if v is not None:
                    out.append((s, e, {"value": v, "kind": "count", "unit": None}))
            continue
        known = set(_small_words(lang)) | _HUNDRED.get(lang, set()) | set(_SCALES.get(lang, {}))
        starts = known | {"a", "an"}
        i = 0
        while i < len(tokens):
            first = tokens[i][0].lower()
            if first not in starts and first.split("-")[0] not in starts:
                i += 1
                continue
            run = _number_run(tokens, i, lang, known)
            if run:
                # a run is words next to each other: "a 12 million euro fund" is no "a million"
                gap = next((k for k in range(i + 1, run[0]) if text[tokens[k - 1][2] : tokens[k][1]].strip(" -")),
                           None)
                run = _number_run(tokens[:gap], i, lang, known) if gap is not None else run
            if run:
                j, words = run
                v = _parse_word_run(words, lang)
                if v is not None:
                    info = {"value": v, "kind": "count", "unit": None}
                    if "dozen" in words:  # "two dozen" is a round figure, not a count
                        info.update(low=v * 0.8, high=v * 1.2, vague=True)
                    out.append((tokens[i][1], tokens[j - 1][2], info))
                i = j
            else:
                i += 1
    return out


# German number words that are also everyday words ("Acht geben", "die Elf" of a football side): a
# number only before a word a measure knows ("zu acht Jahren Haft", trial 18 #2: the planted eight
# years were never read, so never compared with "nine years").
_DE_HOMOGRAPHS = frozenset({"acht", "elf"})


def _measure_next(text: str, end: int) -> bool:
    """Whether the word right after ``end`` is a unit a measure knows ("Jahren", "Tage", "Menschen")."""
    nxt = _NEXT.match(text, end)
    return bool(nxt and _measure_of(nxt.group(1).lower()))


def _number_run(tokens, i: int, lang: str, known: set[str]) -> tuple[int, list[str]] | None:
    words: list[str] = []
    j = i
    while j < len(tokens):
        parts = tokens[j][0].lower().split("-")
        if lang == "fr" and tokens[j][0].lower() in _SMALL["fr"]:
            parts = [tokens[j][0].lower()]
        if lang == "fr":
            parts = _fr_join(parts)
        # a joiner inside one hyphenated word joins its parts: fr "vingt-et-un", "soixante-et-onze" (1990 spelling)
        ok = all(p in known or (p in _CONNECT.get(lang, ()) and (words or 0 < k < len(parts) - 1)) for k, p in enumerate(parts))
        if lang == "en" and parts == ["a"] and j + 1 < len(tokens) and tokens[j + 1][0].lower() in _SCALES["en"]:
            ok = True
        if not ok:
            break
        words += parts
        j += 1
    while words and words[-1] in _CONNECT.get(lang, ()):
        words.pop()
        j -= 1
    if not words:
        return None
    singles = {"one", "un", "une", "один", "одна"}
    if len(words) == 1 and words[0] in singles:
        return None  # "one of the...": a count only next to whom it counts (_numbers._one_candidates)
    return j, words


def _fr_join(parts: list[str]) -> list[str]:
    out: list[str] = []
    for p in parts:
        if out and out[-1] == "quatre" and p in ("vingt", "vingts"):
            out[-1] = "quatre-vingt"
        else:
            out.append(p)
    return out


def _phrase_re(table: Mapping[str, object]) -> re.Pattern[str]:
    alt = alternation(table)
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.IGNORECASE)


_PHRASE_RES = (
    (_VAGUE, "vague", _phrase_re(_VAGUE)),
    (_FRACTIONS, "fraction", _phrase_re(_FRACTIONS)),
    (_MULTIPLIERS, "multiplier", _phrase_re(_MULTIPLIERS)),
)


@cache
def _basis_point_words(lang: str | None) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    table = {w: bp for lg in langs for w, bp in profile(lg).basis_point_words}
    if not table:
        return None, table
    return re.compile(rf"(?<![\w])(?:{alternation(sorted(table, key=len, reverse=True))})(?![\w])", re.IGNORECASE), table


def _basis_point_word_candidates(text: str, lang: str | None) -> list[tuple[int, int, dict]]:
    """A rate's move in words ("a quarter point", "un cuarto de punto", text/data "basis_point_words"):
    basis points, comparable with "25 basis points" (trial 15: the Spanish cut had no figure)."""
    pattern, table = _basis_point_words(lang)
    if pattern is None:
        return []
    return [(m.start(), m.end(), {"value": float(table[m.group().lower()]), "kind": "count", "unit": "bp"})
            for m in pattern.finditer(text)]


@cache
def _vague_amounts(lang: str | None) -> tuple[re.Pattern[str] | None, tuple[tuple[re.Pattern[str], float, float, float], ...]]:
    """The language's round amounts in words (every language's when unknown): one pattern of them all, to find
    where one starts in one search, and each on its own with its (value, low, high)."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    # whole words in a spaced script; a Han, kana or Hangul pattern is glued to what it counts ("数十人", "수십명")
    # and carries its own edges
    bodies = [(p if _glued_script(p) else rf"(?<![\w-])(?:{p})(?![\w-])", v, lo, hi)
              for lg in langs for p, v, lo, hi in profile(lg).vague_amounts]
    if not bodies:
        return None, ()
    anyone = re.compile("|".join(f"(?:{b})" for b, *_ in bodies), re.IGNORECASE)
    return anyone, tuple((re.compile(b, re.IGNORECASE), v, lo, hi) for b, v, lo, hi in bodies)


def _vague_amount_candidates(text: str, lang: str | None) -> list[tuple[int, int, dict]]:
    """Round amounts in words (text data "vague_amounts": "une cinquantaine", "una ventina", "decenas",
    "kilkanaście"), each a vague figure with its range, as "une dizaine" and "dozens" are (trial52 F6). Every
    pattern that matches where one does is a candidate: the longest is picked ("decine di migliaia", not
    "decine"); none before a scale word, whose magnitude it would lose ("miles de millones" is billions,
    "centinaia di milioni" hundreds of millions: left unread)."""
    anyone, each = _vague_amounts(lang)
    out: list[tuple[int, int, dict]] = []
    pos = 0
    while anyone is not None and (m := anyone.search(text, pos)) is not None:
        for rx, v, lo, hi in each:
            if (hit := rx.match(text, m.start())) is not None and not _SCALE_NEXT.match(text, hit.end()):
                out.append((m.start(), hit.end(), {"value": v, "low": lo, "high": hi, "vague": True, "kind": "count",
                                                    "unit": None}))
        pos = m.start() + 1
    return out


# A scale word after a round amount, past "de", "di", "of" ("miles de millones", "centinaia di milioni",
# "honderden miljoenen", "yüzlerce milyon"): every language's scale words after a figure.
_SCALE_NEXT = lazy_pattern(rf"\s+(?:(?:de|di|of|d['’])\s*)?(?:{alternation(_SCALE_AFTER)})(?![^\W\d_])", re.IGNORECASE)


def _glued_script(pattern: str) -> bool:
    first = next((ch for ch in pattern if ch.isalpha()), "")
    return _is_cjk(first) or "\u3040" <= first <= "\u30ff" or "\uac00" <= first <= "\ud7a3"



def _people_measure(word: str) -> bool:
    """Whether ``word`` is a noun of people of the text data's "measures" ("passengers", "miners")."""
    return _measure_of(word) in _PEOPLE


def _ordinal_next(text: str, start: int, end: int) -> bool:
    """Whether an English "a third" / "a fifth" at ``start``..``end`` is an ordinal: before a noun of people
    ("passenger", "victim": text data "single_person" nouns, "measures" of people) or a word that orders (text data
    "ordinal_companions": "straight", "consecutive", "term"), and after no approximator ("nearly a third")
    (:data:`_ORDINAL_FRACTIONS`)."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    words_of = profile("en")
    before = text[max(0, start - 24) : start].lower().split()
    if before and any(before[-len(a.split()):] == a.split() for a, _ in words_of.approximators):
        return False
    word = m.group(1).lower()
    return word in words_of.ordinal_companions or word in words_of.single_person_nouns or _people_measure(word)


def _phrase_candidates(text: str) -> list[tuple[int, int, dict]]:
    out: list[tuple[int, int, dict]] = []
    for _table, kind, rx in _PHRASE_RES:
        for m in rx.finditer(text):
            key = m.group().lower()
            info: dict
            if kind == "vague":
                if _VAGUE_NEEDS_OF.fullmatch(key) and not _OF_AFTER.match(text, m.end()):
                    continue
                rep, low, high = _VAGUE[key]
                info = {"value": float(rep), "low": float(low), "high": float(high), "vague": True,
                        "kind": "count", "unit": None}
            elif kind == "fraction":
                if key in _ORDINAL_FRACTIONS and _ordinal_next(text, m.start(), m.end()):
                    continue  # "a third passenger was injured": the third, no share of anything
                end = m.end() - (len(" of") if key.endswith(" of") else len(" the") if key.endswith(" the") else 0)
                out.append((m.start(), end, {"value": _FRACTIONS[key], "kind": "fraction", "unit": None}))
                continue
            else:
                info = {"value": float(_MULTIPLIERS[key]), "kind": "multiplier", "unit": "times"}
            out.append((m.start(), m.end(), info))
    return out
