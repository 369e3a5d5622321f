"""A figure's digits and its scale, read one way for every reader of numbers (issues #11/#12).

The claim ledger (:mod:`storylens.analysis.quantities`) and the stream's entity keys
(:func:`storylens.cluster.entity_keys`) both read "40 000", "40 тисяч", "1,5 εκατ.", "約4万", "4만", "40k" and
"$2m"; each had its own table and rule, and they read different figures (try46 F3: the keys read "約4万" as 4,
"4만" as nothing, "40 000" as 40 and 000, while the ledger read 40,000 for all; the ledger read "1,5 εκατ."
as 1.5, the keys 1,500,000). The rules live here, from the languages' text data:

- :func:`scale_factor`: what a scale word after a figure multiplies it by in a text of a language (its own
  factor first: "mil" is 10³ in Spanish, 10⁶ in Czech);
- :func:`scale_after`: the scale written right after a figure's digits, glued or spaced ("4万", "4만", "40k",
  "$2m", "375mila", "40 тисяч", "1,5 εκατ.", "2 mil millones") with where it ends;
- :func:`scale_chain`: digits and glued scales read as one figure ("1億2000万", "5만 8천");
- :func:`grouped_digits`: the pattern of a figure's digits as the language groups them, a space between
  groups of three where its press writes so (text data "thousands_space": "40 000" in French, Polish,
  Russian), a no-break or thin space in every language ("40\u00a0000", "40\u202f000").
"""

from __future__ import annotations

import re
from functools import cache

from ._lang import LANGUAGES, profile, scale_words, stop_words

# A space that only ever groups digits when it stands between them: no-break, narrow no-break, thin.
_GROUP_SPACES = "\u00a0\u202f\u2009"


def fold_scale_word(word: str) -> str:
    """A scale word as the tables key it: lower case, without the dot an abbreviation ends with ("εκατ.",
    "tys.", "mld.") and without the dot a Turkish capital İ leaves in lower case ("BİN" -> "bin")."""
    return word.lower().replace("\u0307", "").rstrip(".")


@cache
def _own_scales(lang: str) -> dict[str, float]:
    return {fold_scale_word(w): f for w, f in profile(lang).scale_words}


@cache
def _every_scale() -> dict[str, frozenset[float]]:
    """Every factor each scale word has in some language's text data ("mil": 10³ in es/pt, 10⁶ in cs;
    "billion": 10⁹ in en, 10¹² in de)."""
    out: dict[str, set[float]] = {}
    for lg in LANGUAGES:
        for w, f in profile(lg).scale_words:
            out.setdefault(fold_scale_word(w), set()).add(f)
    return {w: frozenset(fs) for w, fs in out.items()}


def _code(language: str | None) -> str:
    return (language or "").split("-")[0].split("_")[0].lower()


def scale_factor(word: str, language: str | None) -> float | None:
    """What the scale ``word`` written after a figure multiplies it by in a text of ``language``: the
    language's own factor when its data lists the word ("mil." a million in Czech, a thousand in Spanish;
    "Billion" 10¹² in German); else the one factor every language that lists it agrees on; None for no
    scale word, and for one whose languages give it different factors and the text's does not list ("$2 mil"
    in English, slang for a million): such a figure is left unread rather than misread (issue #12: "$2 mil
    millones" read as $2,000 against "$ 2 miliardi")."""
    key = fold_scale_word(word)
    code = _code(language)
    if code in LANGUAGES and (own := _own_scales(code).get(key)) is not None:
        return own
    factors = _every_scale().get(key, frozenset())
    return next(iter(factors)) if len(factors) == 1 else None


# Letters glued to a figure that scale it in the press of any language ("40k", "4.5bn", "$2m", "€3mn", the
# British "2m people"), save where the language's press writes a unit so (text data "glued_unit_letters").
SUFFIX_SCALES = {"k": 1e3, "m": 1e6, "bn": 1e9, "b": 1e9, "mn": 1e6}
_LETTERS = re.compile(r"[^\W\d_]+")
_SPACED_WORD = re.compile(r"[ \u00a0\u202f]([^\W\d_]+)(\.?)")


@cache
def _glued_scales(lang: str) -> dict[str, float]:
    """The one-character scales a language writes glued to digits ("万" 10⁴, "亿" 10⁸, "만" 10⁴, "억" 10⁸;
    text data "scale_words" of a script without spaces), save the small ones it writes for a measure too
    ("千米" is a kilometre, "百" a hundred of anything): 千 and 百 scale only in the languages that say so
    (text data "glued_scales" "small": Japanese "約4千人"); a Hangul scale always ("5천", "3백"); a scale of two
    characters too ("万亿" 10¹², "백만" 10⁶)."""
    small = set(profile(lang).glued_small_scales)
    return {w: f for w, f in profile(lang).scale_words
            if all(map(_unspaced, w)) and (f >= 1e4 or w in small or "\uac00" <= w[0] <= "\ud7a3")}


def _unspaced(ch: str) -> bool:
    """A character of a script written without spaces between words (Han, kana, Hangul)."""
    return "\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uac00" <= ch <= "\ud7a3"


def scale_after(text: str, end: int, language: str | None) -> tuple[float, int] | None:
    """(factor, end) of the scale written right after a figure's digits ending at ``end`` in a text of
    ``language``, None when none is: a one-character scale glued to the digits in the languages that write
    so ("約4万" 10⁴, "4만" 10⁴, "1.5亿" 10⁸; a Japanese "4千"; a run of several is :func:`scale_chain`'s);
    letters glued to it (:data:`SUFFIX_SCALES`: "40k" 10³, "4.5bn" 10⁹, "$2m" 10⁶; not a unit the language's
    press writes so, text data "glued_unit_letters": "水深60m");
    a scale word of three letters or more glued to it ("375mila", "3mld"); a scale word after one space
    ("40 тисяч", "1,5 εκατ.", "40 אלף"), and a larger one right after that ("2 mil millones" 2 × 10⁹). The
    factor is :func:`scale_factor`'s; a word whose languages disagree and the text's does not list is no
    scale here (None)."""
    code = _code(language)
    if code in LANGUAGES:
        glued = _glued_scales(code)
        for width in (2, 1):  # the longer first: "12万亿" is 1.2 × 10¹³, not 12 × 10⁴
            if (factor := glued.get(text[end:end + width])) is not None:
                return factor, end + width
    if (m := _LETTERS.match(text, end)) is not None:  # letters glued to the digits
        suffix = m.group().lower()
        if code in LANGUAGES and suffix in profile(code).glued_unit_letters:
            return None
        if suffix in SUFFIX_SCALES:
            if not suffix_scales(text, end, m.end(), code or None):
                return None
            return SUFFIX_SCALES[suffix], m.end()
        if len(suffix) >= 3 and (factor := scale_factor(suffix, code or None)) is not None:
            return _larger_after(text, m.end() + (text[m.end():m.end() + 1] == "."), factor, code)
        return None
    if (m := _SPACED_WORD.match(text, end)) is None:
        return None
    factor = scale_factor(m.group(1), code or None)
    if factor is None:
        return None
    # a dot right after the word ends its abbreviation ("1,5 εκατ.", "12 tys."), read with it
    return _larger_after(text, m.end(1) + len(m.group(2)), factor, code)


@cache
def _measure_keys(lang: str) -> dict[str, str]:
    """The language's measure words (text data "measures": "m" -> metre, "people" -> person), lower case."""
    return {w.lower(): k for w, k in profile(lang).measures}


# A currency written right before a figure's digits: a sign ("$2m", "£3.5m", "US$ 2m", "€2bn") or a code ("EUR 2m")
_CURRENCY_BEFORE = re.compile(r"(?:[$£€¥₹₽₩₺₴]|\b[A-Z]{3})\s?$")
_DIGITS_BEFORE = re.compile(r"[\d.,\u00a0\u202f\u2009]*$")


def suffix_scales(text: str, start: int, end: int, language: str | None) -> bool:
    """Whether the scale letters of :data:`SUFFIX_SCALES` at ``text[start:end]``, glued to a figure's digits, are
    its scale (:func:`suffix_reading` says "scale")."""
    return suffix_reading(text, start, end, language) == "scale"


# Scale letters that have another reading in every language's press, so scale a figure only with a cue (a
# currency, a word the data counts): "2B" is a pencil's grade, "Article 2b" a sub-clause, "Flat 2b" a door
# (break48 F9: "a 2B pencil" read as 2 billion pencils).
_CUED_LETTERS = frozenset({"b"})


def suffix_reading(text: str, start: int, end: int, language: str | None) -> str | None:
    """How the letters of :data:`SUFFIX_SCALES` at ``text[start:end]``, glued to a figure's digits, read: "scale"
    (the figure's scale), "unit" (the language's unit so written) or None (no reading is sure: the figure is
    left unread rather than misread). They scale after a currency ("$2m", "£3.5m", "$2B") or before a currency word
    ("2m euros") or a word the data counts under another key than the letters' own unit ("2m people", "2m homes",
    "2m barrels", "2B users"). Without such a cue, letters a language lists as a unit (text data "measures":
    English "m" is a metre) are that unit ("the 100m final", "a wall 2m high", "8m deep": break48 F5), save before
    a plural noun no measure knows ("2m waves" or "2m viewers"? none is sure: break48 F11); letters with another
    reading everywhere (:data:`_CUED_LETTERS`: "a 2B pencil", "Article 2b") are no figure; other letters scale
    ("40k", "4.5bn", "€3mn"), as do any in a language without data. The claim ledger and the stream's keys read
    them so."""
    code = _code(language)
    suffix = text[start:end].lower()
    if suffix not in SUFFIX_SCALES:
        return None
    units = _measure_keys(code) if code in LANGUAGES else {}
    own = units.get(suffix)
    if own is None and suffix not in _CUED_LETTERS:
        return "scale"
    digits = _DIGITS_BEFORE.search(text[:start])
    if digits is not None and _CURRENCY_BEFORE.search(text[: digits.start()]):
        return "scale"
    nxt = _SPACED_WORD.match(text, end)
    word = nxt.group(1).lower() if nxt is not None else ""
    if word and (units.get(word, own) != own or word in _currency_words()):
        return "scale"
    if own is None:
        return None
    return None if word and _plural_noun(word, code) else "unit"


@cache
def _currency_words() -> frozenset[str]:
    """Every language's currency words in lower case (text data "currencies": "euros", "dollars", "рублей")."""
    return frozenset(w for lg in LANGUAGES for w, _ in profile(lg).currencies)


def _plural_noun(word: str, code: str) -> bool:
    """Whether ``word`` (lower case) is a plural noun by its language's endings (text data "noun_plural_endings":
    English "-s"), no stop word ("across", "as") and of four letters or more; False in a language without them."""
    if code not in LANGUAGES:
        return False
    endings = profile(code).noun_plural_endings
    return (len(word) >= 4 and any(word.endswith(e) for e in endings) and not word.endswith(("ss", "us", "is"))
            and word not in stop_words(code))


def _larger_after(text: str, end: int, factor: float, code: str) -> tuple[float, int]:
    """A second, larger scale word right after the first multiplies it: "2 mil millones" (es) and "2 mil
    milhões" (pt) are 2 × 10³ × 10⁶, "mille miliardi" 10¹², "a thousand million" 10⁹; a smaller or equal
    one is another figure's."""
    if (m := _SPACED_WORD.match(text, end)) is not None:
        second = scale_factor(m.group(1), code or None)
        if second is not None and second > factor:
            return factor * second, m.end(1) + len(m.group(2))
    return factor, end


@cache
def grouped_digits(language: str | None) -> str:
    """A regular expression (no groups) for a figure's digits written with a space between groups of
    three: 1-3 digits (no leading 0: "0 800 111" is a telephone number), then groups of exactly three, each
    after a no-break, narrow no-break or thin space (every language: they only ever group digits), or after
    a plain space in a language whose press
    writes thousands so (text data "thousands_space": "40 000" in French, German, Polish, Czech,
    Ukrainian, Russian). Never "in 2022 40 people" (four digits before the space) nor a list "3 4 5"."""
    code = _code(language)
    spaces = _GROUP_SPACES + (" " if code in LANGUAGES and profile(code).thousands_space else "")
    return rf"(?<![\d.,])[1-9]\d{{0,2}}(?:[{spaces}]\d{{3}})+(?:[.,]\d+)?(?!\d)"


# The scale words of the languages that write them glued to digits, one character each (text data
# "scale_words": 万 億 千 百, 만 억 천 조): "1천500만" is (1 × 1000 + 500) × 10,000 and "1億2000万" is
# 1 × 10⁸ + 2000 × 10⁴ (trial 19 #4 read "1천500만" as 1, unit "천500만").
_GLUED_SCALES = {w: f for w, f in scale_words().items() if len(w) == 1 and ("\u3400" <= w <= "\u9fff" or "\uac00" <= w <= "\ud7a3")}
# Two scales may follow each other: "3억5천만" is 3 × 10⁸ + 5 × 1000 × 10⁴ (final34 #3 read 300,005,000 "만").
# Korean copy spaces the groups ("5만 8천 명", "3억 5천만 원", "1천 2백 채"), Japanese now and then ("1万 2000人"):
# one space after a scale joins the next group when that group is smaller than the scale before it (trial53 F7
# read "5만 8천" as 50,000 and 8,000 and set the 8,000 against another count): see :func:`_spaced_groups_end`.
_SCALE_CHAIN = re.compile(r"\d+(?:\.\d+)?(?:[" + "".join(_GLUED_SCALES) + r"]+[ \u00a0]?\d+(?:\.\d+)?)+["
                          + "".join(_GLUED_SCALES) + r"]*|\d+(?:\.\d+)?[" + "".join(_GLUED_SCALES) + "]+")
# What a spaced group may not be followed by: a date or clock unit ("5만 2026년" is no 52,026).
_NOT_A_GROUP = re.compile(r"(?:\.\d)?[년월일시분초年月日時时分秒]")


def _group_value(run: str) -> float:
    """The value of digits and glued scales with no space ("5천만" 50,000,000, "8000" 8,000)."""
    total = group = 0.0
    last_section = False
    for digits, scale in re.findall(r"(\d+(?:\.\d+)?)?(\D)?", run):
        n = float(digits) if digits else None
        if not scale:
            group += n or 0.0
            continue
        factor = _GLUED_SCALES[scale]
        if factor < 1e4:
            group += (1.0 if n is None else n) * factor
        elif last_section and n is None and not group:
            total *= factor  # a section right after a section multiplies it: "2.5万亿" is 2.5 × 10⁴ × 10⁸
        else:
            total += (group + (0.0 if n is None else n)) * factor if (group or n is not None) else factor
            group = 0.0
        last_section = factor >= 1e4
    return total + group


def _spaced_groups_end(text: str, m: re.Match[str]) -> int:
    """Where a scale chain with spaced groups ends: each group after a space is kept while it is smaller than
    the last scale before the space ("5만 8천": 8,000 < 10⁴; "3억 5천만": 5 × 10⁷ < 10⁸; "1천 2백": 200 < 10³)
    and is no date or time ("5만 2026년"); else the chain stops before the space ("5만 12만" are two figures)."""
    run, base = m.group(), m.start()
    cut = 0
    for sp in re.finditer(r"[ \u00a0]", run):
        head = run[cut:sp.start()]
        nxt = re.match(r"\d+(?:\.\d+)?[" + "".join(_GLUED_SCALES) + r"]*", run[sp.end():])
        scale = re.search(r"[" + "".join(_GLUED_SCALES) + r"]+$", head)
        if not nxt or not scale:
            return base + sp.start()
        piece = nxt.group()
        after = base + sp.end() + len(piece)
        unit = min(_GLUED_SCALES[c] for c in scale.group())
        # after a small unit (천, 百) a section that closes the group multiplies the whole: "3천 4백만" is 3,400만
        lead = re.split("[" + "".join(c for c, f in _GLUED_SCALES.items() if f >= 1e4) + "]", piece)[0] \
            if unit < 1e4 else piece
        if (_group_value(lead) >= unit
                or (piece[-1].isdigit() and _NOT_A_GROUP.match(text, after))):
            return base + sp.start()
        cut = sp.end()
    return m.end()


def scale_chain(text: str, start: int, lang: str | None = None) -> tuple[float, int] | None:
    """(value, end) of digits and glued scale words read as one figure when the run mixes them
    ("1천500만", "1億2000万", "5천만"), writes a Hangul scale ("12억원") or, in Japanese, a scale the
    Chinese reading leaves out or two scales ("約4千人", "3千万円"); None otherwise (a Chinese "12万" is
    read as before, with its currency; a Chinese "3千米" is 3 km)."""
    m = _SCALE_CHAIN.match(text, start)
    if not m:
        return None
    end = _spaced_groups_end(text, m)
    run = text[start:end]
    # a scale between digits ("1億2000万"), not a decimal point ("21.9万亿" is read as written: trial54 F3 read
    # 100,219,000, 10⁸ added to 21.9 × 10⁴)
    if not (re.search(r"[^\d\s.]\d", run) or re.search("[\uac00-\ud7a3]", run) or _glued_scale_run(run, lang)):
        return None
    return _group_value(re.sub(r"\s", "", run)), end



def _glued_scale_run(run: str, lang: str | None) -> bool:
    """Whether the language reads a run of digits and glued scales as one figure by its scales alone (text
    data "glued_scales"): a small scale in it ("約4千人") or two scales in a row ("3千万円"), in Japanese."""
    if lang not in LANGUAGES:
        return False
    data = profile(lang)
    return (any(w in run for w in data.glued_small_scales)
            or (data.glued_stacked_scales and re.search(r"\D\D", run) is not None))




def scale_chain_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s runs of digits and glued scales, spaced groups joined as :func:`scale_chain`
    joins them ("1万 2000人": the "2000" is the figure's thousands, no year)."""
    return [(m.start(), _spaced_groups_end(text, m)) for m in _SCALE_CHAIN.finditer(text)]


# A telephone number: a country code ("+49") or a trunk zero ("030", "(0)30", "01") opening three or more groups of
# digits, each after one space, dot, dash or slash ("+49 30 123 456", "01 23 45 67 89", "030/123-456").
_PHONE = re.compile(r"(?<![\w.,+])(?:\+\d{1,3}(?:[ \u00a0]?\(0\))?|\(?0\d{0,4}\)?)(?:[ \u00a0.\-/]\(?\d{1,4}\)?){2,}(?![\d])")
# Digits a telephone number has at least: "+49 30 123 456" (10), "01 23 45 67 89" (10); "0 800 111" is 7.
_PHONE_DIGITS = 7


def phone_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s telephone numbers (:data:`_PHONE`, with :data:`_PHONE_DIGITS` digits or more): no
    figure of the story, though their groups look like spaced thousands (break48 F10: "+49 30 123 456" read as
    30,123,456 in a language that spaces thousands, "01 23 45 67 89" as five counts)."""
    return [m.span() for m in _PHONE.finditer(text) if sum(ch.isdigit() for ch in m.group()) >= _PHONE_DIGITS]
