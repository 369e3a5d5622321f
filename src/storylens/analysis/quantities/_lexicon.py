"""Word tables for numbers: number words and scale words per language, vague and approximate amounts,
fractions and multipliers, percent and currency words and symbols, and the counted events (killed, injured...)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from ...text import (
    LANGUAGES,
    SUFFIX_SCALES,
    alternation,
    base,
    currency_names,
    field_pattern,
    measure_words,
    profile,
    scale_words,
    stop_words,
)
from ._records import _NEVER, _is_cjk
from ._scan import _words_after

_SMALL = {
    "en": {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    },
    "fr": {
        "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
        "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
        "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
        "cinquante": 50, "soixante": 60, "quatre-vingt": 80, "quatre-vingts": 80,
    },
    "ru": {
        "один": 1, "одна": 1, "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3,
        "четыре": 4, "четырех": 4, "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6,
        "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9,
        "десять": 10, "десяти": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
        "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
        "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "двадцати": 20,
        "тридцать": 30, "тридцати": 30, "сорок": 40, "сорока": 40, "пятьдесят": 50,
        "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100,
        "ста": 100, "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500,
        "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
    },
}
# Words that multiply what came before ("two hundred", "deux cents").
_HUNDRED = {"en": {"hundred"}, "fr": {"cent", "cents"}, "ru": set()}
_SCALES = {
    "en": {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12},
    "fr": {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9},
    "ru": {
        "тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3, "тысячу": 1e3, "миллион": 1e6,
        "миллиона": 1e6, "миллионов": 1e6, "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9,
    },
}
_CONNECT = {"en": {"and"}, "fr": {"et"}, "ru": set(), "de": {"und"}}

_DE_UNITS = {
    "ein": 1, "eins": 1, "eine": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13,
    "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18,
    "neunzehn": 19,
}
_DE_TENS = {
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50,
    "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
}
_DE_SCALES = {"million": 1e6, "millionen": 1e6, "milliarde": 1e9, "milliarden": 1e9, "tausend": 1e3}


@cache
def number_words() -> frozenset[str]:
    """Every small number word this reader knows, case-folded: the en/fr/ru/de tables above and each language's
    data ``number_words`` ("two", "cinq", "zwei", "tres", "dwa"). A word, not its value: what a text may write
    where another writes a figure (similarity.shingles reads an update's changed toll by it)."""
    tables = (*_SMALL.values(), _DE_UNITS, _DE_TENS)
    words = {w for table in tables for w in table}
    words |= {w for lang in LANGUAGES for w, _ in profile(lang).number_words}
    return frozenset(w.casefold() for w in words)


# Scale words written after digits ("1.5 million", "20 тыс.").
_SCALE_AFTER = {
    "thousand": 1e3, "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "billion": 1e9,
    "billions": 1e9, "bn": 1e9, "trillion": 1e12, "tausend": 1e3, "millionen": 1e6,
    "mio": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "mille": 1e3,
    "milliard": 1e9, "milliards": 1e9, "тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3,
    "тыс": 1e3, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6, "млн": 1e6,
    "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9, "млрд": 1e9,
}
# Every language's scale words from storylens.text data ("tys." 1e3, "millones" 1e6, "مليون" 1e6).
# An abbreviation's dot is read after the word ("1,5 εκατ.", "12 χιλ."): the word is keyed without it (the
# pattern's "\b\.?" takes it), else "\b" after the dot never matched and "1,5 εκατ." read 1.5 (try46 F3).
_SCALE_AFTER.update({w.rstrip("."): f for w, f in scale_words().items() if w.isascii() or not _is_cjk(w)})
# Chinese scales follow the number with no space and no word boundary: "8,000 亿元", "12万".
_CJK_SCALES = {w: f for w, f in scale_words(("zh",)).items() if w not in ("百", "千")}
_SCALE_ATTACHED = SUFFIX_SCALES  # "40k", "4.5bn", "$2m": the text layer's, which the stream's keys read too
# Scale words glued to the digits in every language's data ("375mila", "2,5mln", "3mld", "10bin",
# "5тыс"); two letters are too often a unit ("10tn" tonnes, "3md"), so only the longer words.
_SCALE_GLUED = {w: f for w, f in _SCALE_AFTER.items() if len(w) >= 3 and "." not in w and " " not in w}
_SCALE_GLUED_RE = re.compile(r"(" + alternation(_SCALE_GLUED) + r")(?![^\W\d_])\.?", re.IGNORECASE)

# Vague quantities: phrase -> (representative value, low, high).
_VAGUE = {
    "tens of thousands": (30000, 20000, 99999), "hundreds of thousands": (300000, 200000, 999999),
    "dozens": (36, 24, 99), "scores": (60, 40, 99), "hundreds": (300, 200, 999),
    "thousands": (3000, 2000, 9999), "millions": (3e6, 2e6, 999e6),
    "zehntausende": (30000, 20000, 99999), "hunderttausende": (300000, 200000, 999999),
    "dutzende": (36, 24, 99), "hunderte": (300, 200, 999), "tausende": (3000, 2000, 9999),
    "des dizaines de milliers": (30000, 20000, 99999), "des centaines de milliers": (300000, 200000, 999999),
    "des dizaines": (30, 20, 99), "une dizaine": (10, 8, 14), "des centaines": (300, 200, 999),
    "une centaine": (100, 80, 130), "des milliers": (3000, 2000, 9999), "un millier": (1000, 800, 1300),
    "des millions": (3e6, 2e6, 999e6), "une douzaine": (12, 10, 14),
    "десятки тысяч": (30000, 20000, 99999), "сотни тысяч": (300000, 200000, 999999),
    "несколько десятков": (30, 20, 99), "несколько сотен": (300, 200, 999),
    "несколько тысяч": (3000, 2000, 9999), "десятки": (30, 20, 99), "десятков": (30, 20, 99),
    "сотни": (300, 200, 999), "сотен": (300, 200, 999), "тысячи": (3000, 2000, 9999),
    "миллионы": (3e6, 2e6, 999e6), "дюжина": (12, 10, 14), "a dozen": (12, 10, 14),
    "ein dutzend": (12, 10, 14),
}
# Vague words with an everyday sense besides the number: "scores" is 60 only in "scores of people",
# never in "settling of scores", "test scores", "on both scores".
_VAGUE_NEEDS_OF = re.compile(r"scores", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_FRACTIONS = {
    "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3,
    "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75, "a half": 0.5,
    "one half": 0.5, "half of": 0.5, "half the": 0.5, "a fifth": 0.2, "a tenth": 0.1,
    "ein drittel": 1 / 3, "zwei drittel": 2 / 3, "ein viertel": 0.25, "die hälfte": 0.5,
    "un tiers": 1 / 3, "deux tiers": 2 / 3, "un quart": 0.25, "la moitié": 0.5,
    "треть": 1 / 3, "две трети": 2 / 3, "четверть": 0.25, "половина": 0.5, "половину": 0.5,
}
# English writes an ordinal and a fraction alike: "a third passenger was injured", "a fifth victim died" order
# people (break59c F8 read "injured: 1/3", "killed: 0.2"); "a third of the passengers", "rose by a third", "a fifth
# died", "nearly a third" are fractions. Only before a noun of people or a word that orders (text data
# "ordinal_companions": "a third straight", "a fifth consecutive") is an "a third" an ordinal ("one third" never).
_ORDINAL_FRACTIONS = frozenset({"a third", "a fifth", "a tenth"})
_MULTIPLIERS = {
    "twice": 2, "doubled": 2, "tripled": 3, "threefold": 3, "zweimal": 2, "doppelt": 2,
    "dreimal": 3, "deux fois": 2, "trois fois": 3, "дважды": 2, "вдвое": 2, "втрое": 3,
}
_MULT_WORDS = {"times", "mal", "fois", "раз", "раза"}

_PERCENT = {"%", "percent", "per cent", "prozent", "pour cent", "процент", "процента", "процентов"}
_CURRENCY_SYMBOL = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "¥": "JPY", "₸": "KZT", "₺": "TRY",
                    "₹": "INR"}
# Dollars of other countries carry a letter prefix: "NZ$5 million" is New Zealand's, not "$5 million"
# (trial: read as USD). An unknown prefix keeps its own symbol ("XY$"), never USD.
_DOLLAR_PREFIX = {"US": "USD", "NZ": "NZD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "HK": "HKD",
                  "S": "SGD", "SG": "SGD", "R": "BRL", "MX": "MXN", "NT": "TWD"}
_SYMBOL_BEFORE = re.compile(r"(?<![^\W\d_])([A-Z]{1,3}\$|[$€£₽¥₸₺₹])\s*$")


# A currency symbol after the figure; a letter or digit after it is another word ("5 $US" aside).
_SYMBOL_AFTER = re.compile(r"[ \u00a0\u202f]?([$€£₽¥₸₺₹])(?![^\W_])")
# An SI prefix between a figure and its currency symbol is its scale: "2,7 M€", "300 k€", "1,2 G$".
_SI_BEFORE_SYMBOL = re.compile(r"[ \u00a0\u202f]?([kMG])(?=[ \u00a0\u202f]?[$€£₽¥₸₺₹])")
_SI_SCALE = {"k": 1e3, "M": 1e6, "G": 1e9}


def _symbol_currency(symbol: str) -> str:
    if len(symbol) > 1 and symbol.endswith("$"):
        return _DOLLAR_PREFIX.get(symbol[:-1], symbol)
    return _CURRENCY_SYMBOL[symbol.lower()]


_CURRENCY_WORD = {
    "dollar": "USD", "dollars": "USD", "usd": "USD", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "pound": "GBP", "pounds": "GBP", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rubles": "RUB", "rubel": "RUB", "рублей": "RUB", "рубля": "RUB", "рубль": "RUB",
    "долларов": "USD", "доллара": "USD", "доллар": "USD", "евро": "EUR", "tenge": "KZT",
    "тенге": "KZT", "yuan": "CNY", "元": "CNY", "人民币": "CNY", "zł": "PLN", "złotych": "PLN",
    "zł.": "PLN", "dólares": "USD", "dolares": "USD", "dollari": "USD", "dolarów": "USD", "دولار": "USD",
    "lira": "TRY", "liras": "TRY", "lirası": "TRY", "euro.": "EUR", "юаней": "CNY",
    "美元": "USD",  # _CJK_SCALE_RE reads it after 万/亿 ("4500 万美元"); missing, it raised KeyError
}

# Currency words of every language's data ("avro", "euros", "欧元", "рублей"), added to the table above.
for _lg in LANGUAGES:
    for _word, _code in profile(_lg).currencies:
        _CURRENCY_WORD.setdefault(_word, _code)
# Then babel's (CLDR) currency words of every language (text/data/cldr.json: "tenge", "坚戈", "тенге",
# "złoty"; trial45 W7: "250万坚戈" had no currency). The data's words come first; a babel word that begins
# like a data word of another currency ("دولارات" beside "دولار") is left to the data.
_DATA_STEMS = {w[:4]: c for w, c in _CURRENCY_WORD.items() if len(w) >= 4 and not _is_cjk(w[:1])}
# A babel word is money only in the text of a language whose names hold it (review37a H3: pl "3 kina" is
# three cinemas, es "sol" the sun, ru "сома" catfish, en "colony", "bats", "dong", tr "bir" one, each another
# language's currency name), or in a text of no known language: word -> those languages.
_BABEL_LANGS: dict[str, frozenset[str]] = {}
_BABEL_OF = {_lg: {_w for _w, _c in currency_names((_lg,))} for _lg in LANGUAGES}
for _word, _code in currency_names():
    if _DATA_STEMS.get(_word[:4], _code) == _code and _word not in _CURRENCY_WORD:
        _CURRENCY_WORD[_word] = _code
        _BABEL_LANGS[_word] = frozenset(_lg for _lg in LANGUAGES if _word in _BABEL_OF[_lg])
_CURRENCY_CODES = frozenset(_CURRENCY_WORD.values()) | frozenset(_CURRENCY_SYMBOL.values()) | frozenset(_DOLLAR_PREFIX.values()) | \
    frozenset(code for _lg in LANGUAGES for _adjectives in (profile(_lg).currency_country_before,
                                                           profile(_lg).currency_country_after) for _, code in _adjectives)
_CJK_CURRENCIES = tuple(sorted((w for w in _CURRENCY_WORD if _is_cjk(w[:1])), key=len, reverse=True))


# The currency codes the text data names ("USD", "EUR", "IDR"): a code before a figure is money in any language.
_DATA_CODES = frozenset(code for _lg in LANGUAGES for _w, code in profile(_lg).currencies if re.fullmatch("[A-Z]{3}", code))


@cache
def _code_before_re(lang: str | None) -> re.Pattern[str]:
    """A currency code or short sign before a figure: the text data's codes (:data:`_DATA_CODES`) and the
    "currencies" "words" of ``lang`` (every language's when unknown) of up to three letters ("rp", "rp.", "vnd",
    "tl"), right before the digits, a space or none between ("USD 2.5 billion", "Rp 2,5 triliun", "Rp2,5
    triliun"); :func:`_code_before` keeps only a sign written as such."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    signs = {w for lg in langs for w, _code in profile(lg).currencies if len(w.rstrip(".")) <= 3 and w.rstrip(".").isalpha()}
    signs |= {c.lower() for c in _DATA_CODES}
    return re.compile(rf"(?<![^\W\d_])({alternation(signs)})[ \u00a0]?$", re.IGNORECASE)


def _code_before(text: str, start: int, lang: str | None) -> tuple[str, int] | None:
    """(currency code, start of the sign) of a currency sign right before ``start`` (:func:`_code_before_re`),
    written in capitals ("USD", "VND", "TL") or, of two letters, capitalised ("Rp", "Rp.", "Kč"): "usd" or a
    word such as "lei" (she, in Italian) before a figure is no sign (break49 N3: "kerugian mencapai Rp 2,5
    triliun" was a count, which the toll before it read as 2.5 trillion dead)."""
    found = _code_before_re(lang).search(text, max(0, start - 8), start)
    if found is None:
        return None
    sign = found.group(1).rstrip(".")
    if not (sign.isupper() or (len(sign) == 2 and sign[0].isupper())):
        return None
    code = found.group(1).upper() if found.group(1).upper() in _DATA_CODES else _CURRENCY_WORD.get(found.group(1).lower())
    return (code, found.start()) if code else None


@cache
def _percent_words(lang: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Percent words before the number ("yüzde 25", "%25", "百分之") and after it ("25 por ciento",
    "25 بالمئة"), from text/data "percent"."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    before = {w for lg in langs for w in profile(lg).percent_before}
    after = {w for lg in langs for w in profile(lg).percent_after}
    before_re = re.compile(rf"(?:^|(?<=[\s(]))({alternation(before)})\s*$", re.IGNORECASE) if before else None
    # a Japanese or Korean percent word carries its particle glued: "25퍼센트였다", "25パーセントだった"
    glued = {w for w in after if _GLUED_SCRIPT.match(w)}
    spaced = after - glued
    parts = ([rf"\s*({alternation(spaced)})(?![\w])"] if spaced else []) + ([rf"\s*({alternation(glued)})"] if glued else [])
    after_re = re.compile("|".join(parts), re.IGNORECASE) if parts else None
    return before_re, after_re


_GLUED_SCRIPT = re.compile("[\u3040-\u30ff\uac00-\ud7a3]")


def _homonym(word: str, lang: str | None) -> bool:
    """Another language's currency word that is a function word of this one: Italian "lei" (she) is
    no Romanian leu ("delle 3 lei era la più giovane"), unless the language names it so itself; and a babel
    currency word in the text of a language whose names do not hold it (:data:`_BABEL_LANGS`)."""
    if not lang or lang not in LANGUAGES:
        return False
    if word in _BABEL_LANGS and lang not in _BABEL_LANGS[word]:
        return True
    if word not in stop_words(lang):
        return False
    return word not in {w for w, _code in profile(lang).currencies}


@cache
def _country_adjectives(lang: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, dict[str, str]]:
    """Country adjectives before a currency word ("Australian dollars") and after it ("dólares
    australianos"), from text/data "currencies", with the code each names."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    before = {w: code for lg in langs for w, code in profile(lg).currency_country_before}
    after = {w: code for lg in langs for w, code in profile(lg).currency_country_after}
    before_re = re.compile(rf"({alternation(before)})\s+", re.IGNORECASE) if before else None
    after_re = re.compile(rf"\s+({alternation(after)})(?![^\W_])", re.IGNORECASE) if after else None
    return before_re, after_re, before | after


@cache
def _each_re(lang: str | None) -> re.Pattern[str] | None:
    """The words after an amount paid per person or item ("per adult", "pro Haushalt", "por cada
    afectado", "a testa"), from text/data "currencies" "each"."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    each = {w for lg in langs for w in profile(lg).currency_each}
    return re.compile(rf"\s+({alternation(each)})(?![^\W_])", re.IGNORECASE) if each else None


def _per_head(text: str, end: int, currency: str, lang: str | None) -> str:
    """``currency``, or "<currency> each" for an amount paid per person or item ("1,000 dollars per
    adult", "$1,000 per adult"): another figure than the total beside it, compared only with one per head."""
    return f"{currency} each" if (_each_re(lang) or _NEVER).match(text, end) else currency


def _currency_after(text: str, end: int, words: list[tuple[str, int, int]], lang: str | None) -> tuple[str, int] | None:
    """(currency code, end) for a currency word after a number: "2,5 milyar avro", "2.500 millones de
    euros", "1,2 miliardi di euro", "25亿欧元"; a country's adjective with the word names that country's
    currency: "50 million Australian dollars" and "50 millones de dólares australianos" are AUD, not USD."""
    before_re, after_re, codes = _country_adjectives(lang)
    at = end + 1 if text[end : end + 1] == " " else end
    country = before_re.match(text, at) if before_re else None
    if country:  # "Australian dollars", "australischen Dollar", "австралийских долларов"
        named = _currency_word_after(text, country.end() - 1, _words_after(text, country.end() - 1), lang)
        if named:
            return codes[country.group(1).lower()], named[1]
    money = _currency_word_after(text, end, words, lang)
    country = after_re.match(text, money[1]) if money and after_re else None
    if money and country:  # "dólares australianos", "francs suisses", "دولار أسترالي"
        return codes[country.group(1).lower()], country.end()
    return money


def _currency_word_after(text: str, end: int, words: list[tuple[str, int, int]], lang: str | None) -> tuple[str, int] | None:
    at = end + 1 if text[end : end + 1] == " " else end
    symbol = _SYMBOL_AFTER.match(text, end)
    if symbol:  # "500 €", "2,7 Mio. €", "2,7 млн ₽": the symbol after the figure, as French, German, Russian write it
        return _symbol_currency(symbol.group(1)), symbol.end()
    for word in _CJK_CURRENCIES:
        if text.startswith(word, at):
            return _CURRENCY_WORD[word], at + len(word)
    if not words:
        return None
    first = words[0][0].lower()
    pair = f"{first} {words[1][0].lower()}" if len(words) > 1 else ""
    if pair in _CURRENCY_WORD:  # "lei romeni", "türk lirası"
        return _CURRENCY_WORD[pair], words[1][2]
    if first in _CURRENCY_WORD and not _homonym(first, lang):
        return _CURRENCY_WORD[first], words[0][2]
    stem = re.split(r"['’]", first, maxsplit=1)[0]
    if stem != first and stem in _CURRENCY_WORD and not _homonym(stem, lang):  # a case ending after an apostrophe: "2,7 milyon TL'ye"
        return _CURRENCY_WORD[stem], words[0][2]
    head = first.split("-")[0]
    # "12-Millionen-Euro-Fonds"; a babel word is no compound's head ("3 Rand-Gemeinden": edge communities)
    if "-" in first and head in _CURRENCY_WORD and head not in _BABEL_LANGS:
        return _CURRENCY_WORD[head], words[0][1] + len(head)
    links = {w for lg in ((lang,) if lang in LANGUAGES else LANGUAGES) for w in profile(lg).currency_links}
    second = words[1][0].lower() if len(words) > 1 else ""
    if first in links and second in _CURRENCY_WORD and not _homonym(second, lang):
        return _CURRENCY_WORD[second], words[1][2]
    for link in (lk for lk in links if lk.endswith(("'", "’")) and first.startswith(lk)):
        if first[len(link) :] in _CURRENCY_WORD and not _homonym(first[len(link) :], lang):  # "d'euros"
            return _CURRENCY_WORD[first[len(link) :]], words[0][2]
    priced = _priced(text, end, first, lang)
    return (priced, words[0][2]) if priced else None


# A clause's edge before a figure (not a figure's own mark, "5,000"): a price's word must stand inside with it.
_CLAUSE_EDGE = re.compile(r"[.,](?!\d)|[;:!?()\n]")


def _priced(text: str, end: int, word: str, lang: str | None) -> str | None:
    """The currency code of ``word`` after the figure ending at ``end`` when ``lang``'s data names it an
    everyday word that is money after a figure and a price's word before it in the clause (text data
    "currencies" "priced", "price_words": "He paid 300 rand", "Costó 300 soles", "Kosztowało to 5000 kina";
    trial47 F7), else None: "3 kina" alone are cinemas, and only the text's own language reads it."""
    if lang not in LANGUAGES:
        return None
    code = dict(profile(lang).currency_priced).get(word)
    price = field_pattern(lang, "currency_price_words") if code else None
    if price is None:
        return None
    clause_start = max((m.end() for m in _CLAUSE_EDGE.finditer(text, 0, end)), default=0)
    return code if price.search(text, clause_start, end) else None


# Approximators -> how they bend the range: language data (text/data/<xx>.json "approximators",
# before the number; "approximators_after" where a language puts them after it, "2300多人").
# The document's language when known, every language's otherwise.
@cache
def _approximators(lang: str | None) -> tuple[dict[str, str], re.Pattern[str] | None, re.Pattern[str] | None,
                                             dict[str, str], re.Pattern[str] | None]:
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for lg in langs:
        for word, how in profile(lg).approximators:
            before.setdefault(word, how)
        for word, how in profile(lg).approximators_after:
            after.setdefault(word, how)
    spaced = [w for w in before if not _is_cjk(w[:1])]
    cjk = [w for w in before if _is_cjk(w[:1])]
    spaced_re = re.compile(rf"(?:^|\s)({alternation(spaced)})\s+$", re.IGNORECASE) if spaced else None
    cjk_re = re.compile(rf"({alternation(cjk)})\s*$") if cjk else None  # no spaces in the script: "至少2300"
    spaced_after = [w for w in after if not _is_cjk(w[:1])]
    cjk_after = [w for w in after if _is_cjk(w[:1])]
    # CJK right after the number ("2300多人"); a spaced language after the counted noun too
    # ("42 شخصا على الأقل": 42 people at least)
    parts = ([rf"\s*({alternation(cjk_after)})"] if cjk_after else []) + (
        [rf"(?:['’][^\W\d_]{{1,5}})?\s*(?:[^\W\d_][\w'’\-]*\s+)?({alternation(spaced_after)})(?![\w])"]
        if spaced_after else [])  # a case ending first: Turkish "300'den fazla" (more than 300)
    if any(profile(lg).verb_final for lg in langs) and lang in LANGUAGES:
        # glued after the counted noun in Japanese and Korean: "9000人ほど", "70명쯤이", "70人以上"
        parts.append(rf"[^\W\d_\s]{{1,3}}?({alternation(after)})")
    after_re = re.compile("|".join(parts)) if parts else None
    return before, spaced_re, cjk_re, after, after_re


# What a count of people counts, as one English key (text/data "measures": "killed", "injured",
# "missing", "evacuated", "rescued", "arrested"). It was a hand list here in four languages beside the
# data of ten; evacuees, the rescued and the missing had no key, so "3.000 sfollati" / "5.000 evacuados"
# were counted as "entro" and "el" and never compared.
# "trapped" (break50 P5: "58名矿工被困" read as 58 miners stood against "42 miners" rescued, "miner: 58 vs 42").
_COUNTED = frozenset({"killed", "injured", "missing", "evacuated", "rescued", "arrested", "trapped"})
COUNTED = _COUNTED  # public: report.pipeline's denial anchor reads the same events


@cache
def _events(lang: str | None) -> dict[str, str]:
    """One word -> what a count of people next to it counts, in ``lang`` (every language when unknown)."""
    return {w: k for w, k in measure_words(_data_langs(lang)).items() if k in _COUNTED and " " not in w}


def _data_langs(lang: str | None) -> tuple[str, ...]:
    code = base(lang) if lang else None
    return (code,) if code in LANGUAGES else LANGUAGES


_TOLL_WORDS = (r"death toll|toll|zahl der toten|totenzahl|bilan|число погибших|число жертв|balance de (?:muertos|víctimas)"
               r"|número de (?:muertos|mortos|víctimas|vítimas)|bilancio (?:dei morti|delle vittime)")
_EVENT_TOLL = re.compile(rf"({_TOLL_WORDS})\D{{0,25}}$", re.IGNORECASE)
# A toll named earlier in the clause, no figure nor clause end between: "revised the death toll from Tuesday's bus
# crash down to 3 from 5" (read only for a revision's figures, :func:`_context._revisions`).
_TOLL_IN_CLAUSE = re.compile(rf"(?<!\w)(?:{_TOLL_WORDS})(?!\w)[^\d.;:!?]{{0,80}}$", re.IGNORECASE)
_PERSON_NOUNS = {
    "people", "persons", "person", "civilians", "menschen", "personen", "zivilisten",
    "personnes", "civils", "человек", "человека", "людей", "мирных", "жителей",
}
# Words skipped between a number and what it counts.
_SKIP_AFTER = {
    "more", "other", "others", "further", "additional", "of", "of the", "de", "d'", "des", "du",
    "weitere", "weiteren", "andere", "anderen", "autres", "другие", "других", "ещё", "еще",
    "von", "der", "the", "di",
}
# Words that end the search for a counted noun (verbs, function words).
_STOP_AFTER = {
    "were", "was", "are", "is", "have", "has", "had", "been", "be", "and", "or", "in", "on", "at",
    "to", "from", "with", "by", "for", "as", "that", "which", "who", "than", "a", "an",
    "wurden", "waren", "sind", "ist", "haben", "hatten", "und", "oder", "im", "am", "mit",
    "bei", "für", "als", "ont", "sont", "été", "et", "ou", "dans", "à", "en", "par", "pour",
    "были", "было", "и", "в", "на", "с", "по", "over", "about", "into", "after", "before", "during",
    "since", "through", "against", "across", "under", "of", "but", "so", "if", "when", "while",
}
# Passive / reporting fillers between a count and its casualty verb.
_EVENT_FILLERS = {
    "were", "was", "have", "has", "had", "been", "be", "being", "are", "reported", "reportedly",
    "said", "to", "believed", "feared", "confirmed", "also", "so", "far", "more", "other",
    "further", "additional", "others", "wurden", "sind", "waren", "worden", "ont", "été", "sont", "ont été",
    "были", "было", "более", "уже", "officially", "offiziell", "people",
}
_EN_ADJ_SUFFIX = ("an", "ish", "ese", "al", "ful", "ive", "ic", "ed", "ous", "ent", "ant", "ary")

# Tokens after a year-shaped number that make it a count ("2000 people").
_COUNT_AFTER_YEAR = _PERSON_NOUNS | {
    "troops", "soldiers", "protesters", "demonstrators", "police", "officers", "men", "women",
    "children", "soldaten", "polizisten", "soldats", "manifestants", "военных", "солдат",
    "dead", "killed", "injured", "arrested", "%", "percent", "dollars", "euros", "tonnes",
}


@cache
def _data_number_re(lang: str) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    """The language's number words (text/data "number_words"), a phrase of two words first: the
    Arabic teens are a unit and "ten" ("تسعة عشر", 19), never 9 and 10."""
    # "one" is left out as in the word-run parser: "una de las víctimas" is no count; "una persona" is read by
    # _numbers._one_candidates (text/data "one_count")
    words = {w: v for w, v in profile(lang).number_words if v != 1}
    if not words:
        return None, words
    return word_pattern(words), words


# The apostrophes a word may be written with (uk "п'ять", "п’ять", "пʼять"): the data writes "'".
_APOSTROPHES = "'’ʼ"


def word_key(word: str) -> str:
    """``word`` in lower case as the data writes it: its apostrophe "'" for any other ("п’ятеро" -> "п'ятеро"),
    a Turkish capital "İ" as "i" ("İki" lowers to "i̇ki", a dotted i, and was no number: "İki turist yaralandı")."""
    return re.sub(f"[{_APOSTROPHES}]", "'", word.lower().replace("i\u0307", "i"))


def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Whole words of ``words`` (data, written with "'"), any apostrophe in the text matching "'"; a word
    with an apostrophe and letters after it is another word (uk "сім'я" is a family, not "сім", seven)."""
    body = alternation(words).replace("'", f"[{_APOSTROPHES}]")
    return re.compile(rf"(?<![^\W\d_{_APOSTROPHES}])(?:{body})(?![^\W\d_]|[{_APOSTROPHES}][^\W\d_])", re.IGNORECASE)
