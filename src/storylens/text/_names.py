"""A person's name read in the genitive, back to the nominative ("Jana Nowaka" -> "Jan Nowak").

Polish and Russian put the name after "według", "zdaniem", "to słowa", "по словам" in the genitive;
a speaker is reported in the nominative. When the text itself writes the nominative elsewhere, the
quotes module takes that spelling; this module derives it when the text never does, from the
language's ending table (text/data "name_genitive": [genitive ending regex, nominative ending]
pairs, in order of preference), choosing among the readings with the text's own words and
simplemma's lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from ._lang import LANGUAGES, LEMMA_LANGUAGES, base, given_name_gender, profile

__all__ = ["may_read_given_name", "nominative_name", "regnal_name", "same_surname", "short_given_name", "surname_first"]


@lru_cache(maxsize=32)
def _rules(language: str, case: str = "genitive") -> tuple[tuple[re.Pattern[str], str, str], ...]:
    """(ending pattern, nominative ending, flags) of the language's "name_genitive" (or "name_instrumental")
    table: flag "l", the rule reads a surname (the name's last word) too; "u", it reads a given name the
    lexicon does not know."""
    table = profile(language).name_instrumental if case == "instrumental" else profile(language).name_genitive
    return tuple((re.compile(f"(?:{pattern})$"), repl, flags) for pattern, repl, flags in table)


def _readings(word: str, language: str, last: bool, case: str = "genitive") -> list[tuple[str, str]]:
    """(nominative, flags) that ``word`` may be the genitive of, in the table's order (none for an
    acronym or a word no rule matches)."""
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    if len(word) < 3 or not word[:1].isupper() or word.isupper() or not letters.isalpha():
        return []
    out: list[tuple[str, str]] = []
    for rx, repl, flags in _rules(language, case):
        if last and "l" not in flags:
            continue
        reading = rx.sub(repl, word, count=1)
        if reading != word and len(reading) >= 2 and reading not in (r for r, _ in out):
            out.append((reading, flags))
    return out


def _lexicon_name(word: str, language: str) -> bool:
    """Whether simplemma knows ``word`` as a lemma of its own ("Tusk", "Anna"; not "Ministerstw", a plural)."""
    if language not in LEMMA_LANGUAGES:
        return False
    from .._cache import is_known, lemmatize

    return is_known(word, language) and lemmatize(word, language) == word


def _common_noun(word: str, language: str) -> bool:
    """Whether simplemma reads ``word`` as an inflected common noun ("Ministerstwa" -> "ministerstwo"),
    not a given name ("Pawła" -> "paweł", which it also knows as the name "Paweł"; "Beaty" -> "Beata")."""
    if language not in LEMMA_LANGUAGES:
        return False
    from .._cache import lemmatize

    low = word.lower()
    lemma = lemmatize(low, language)
    if lemma == low or not lemma.islower() or _lexicon_name(lemma.capitalize(), language):
        return False
    # "Beaty" is also a form of "beat": a name reading the lexicon knows ("Beata") makes it a person
    return not any(_lexicon_name(r, language) for r, _ in _readings(word, language, last=False))


def _nominative_word(word: str, language: str, last: bool, words: Collection[str], case: str = "genitive") -> str:
    readings = _readings(word, language, last, case)
    for reading, _ in readings:
        if reading in words:  # the text writes it ("Nowak powiedział")
            return reading
    for reading, _ in readings:
        if _lexicon_name(reading, language):  # "Tuska" -> "Tusk", not "Tusek"; "Anny" -> "Anna"
            return reading
    if not last:  # a given name: only a sure ending ("Angeli", "Jacka"); "Nancy" is uninflected
        return next((r for r, flags in readings if "u" in flags), word)
    if language in LEMMA_LANGUAGES and readings:
        from .._cache import lemmatize

        lemma = lemmatize(word, language)
        if lemma in (r for r, _ in readings):  # "Ziobry" -> "Ziobro"
            return lemma
    return readings[0][0] if readings else word


def nominative_name(name: str, language: str | None, words: Collection[str] = (), case: str = "genitive") -> str:
    """``name`` (a person's name in the genitive) in the nominative, word by word: "Jana Nowaka" ->
    "Jan Nowak", "Anny Kowalskiej" -> "Anna Kowalska", "Ивана Петрова" -> "Иван Петров".

    ``case`` "instrumental" reads the instrumental instead ("Pawłem Górskim" -> "Paweł Górski").
    ``words`` are the text's own word forms: a reading the text writes is preferred ("Tusk"). A
    language without a "name_genitive" table, a word no ending rule reads (an acronym, "Szydło",
    "Merkel") and an unknown given name are left as written. Never raises."""
    lang = base(language) if language else ""
    if not lang or not _rules(lang, case):
        return name
    toks = name.split()
    if not 2 <= len(toks) <= 3 or any(t.isupper() for t in toks) or _common_noun(toks[0], lang):
        # "Ministerstwa Zdrowia": a body, its words agree with the head; "МИД России Сергея Лаврова": a
        # role's complement before the person; a lone surname is left to the text's other spellings
        return name
    return " ".join(_nominative_word(t, lang, False, words, case) for t in toks[:-1]) + " " \
        + _nominative_surname(toks[-1], lang, words, case)


def may_read_given_name(word: str, language: str | None, case: str = "genitive") -> bool:
    """Whether :func:`nominative_name` can begin a name whose first word is ``word`` with a listed given name
    (:func:`given_name_gender`): ``word`` is one, or one of its readings by ``language``'s ending table
    ("Анной" -> "Анна", "Borisa" -> "Boris"). The first word it gives is always ``word`` or one of those
    readings, so a caller that wants a given name first need not ask it when this is False: it would ask the
    language's lexicon (built on first use: an English text's "with Collective Soul" built Russian's, trial
    newuser61 M3). Asks no lexicon."""
    if given_name_gender(word):
        return True
    lang = base(language) if language else ""
    return bool(lang) and lang in LANGUAGES and any(given_name_gender(r) for r, _ in _readings(word, lang, False, case))


def _nominative_surname(word: str, language: str, words: Collection[str], case: str = "genitive") -> str:
    """A surname in the nominative; a double-barrelled one part by part ("Materskiej-Sosnowskiej" ->
    "Materska-Sosnowska"), each part read as a surname, unless the text writes the whole form."""
    if "-" not in word or word in words:
        return _nominative_word(word, language, True, words, case)
    return "-".join(_nominative_word(p, language, True, words, case) if p[:1].isupper() else p for p in word.split("-"))


@lru_cache(maxsize=1)
def _feminine_endings() -> tuple[tuple[str, str], ...]:
    """Every language's (feminine ending, base ending) pairs of surnames (text/data "feminine_surnames"),
    in lower-case ASCII as names are compared across scripts ("ова" -> "ova"), longest first."""
    from anyascii import anyascii

    pairs = {(anyascii(f).lower(), anyascii(m).lower()) for lang in LANGUAGES for f, m in profile(lang).feminine_surnames}
    return tuple(sorted(pairs, key=lambda p: (-len(p[0]), p)))


def same_surname(a: str, b: str) -> bool:
    """Whether two surnames (lower-case ASCII, as :func:`anyascii` writes them) are one family name: equal,
    or a woman's form beside its base in any language that inflects it ("lozanova" / "lozano", Czech
    -ová after a foreign name drops its last vowel; "kowalska" / "kowalski"; "ivanova" / "ivanov";
    "cerna" / "cerny")."""
    return a == b or _feminine_of(a, b) or _feminine_of(b, a)


def _feminine_of(fem: str, masc: str) -> bool:
    for f, m in _feminine_endings():
        if len(fem) > len(f) + 1 and fem.endswith(f):
            stem = fem[: -len(f)]
            if stem + m == masc or (not m and masc[:-1] == stem and masc[-1:] in "aeiouy"):
                return True
    return False


_ROMAN = re.compile(r"(X{0,3})(IX|IV|V?I{0,3})\.?")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
_CJK_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _roman(token: str) -> int | None:
    m = _ROMAN.fullmatch(token)
    if not m or not token.rstrip("."):
        return None
    word, total = token.rstrip("."), 0
    for i, ch in enumerate(word):
        value = _ROMAN_VALUES[ch]
        total += -value if i + 1 < len(word) and _ROMAN_VALUES[word[i + 1]] > value else value
    return total


def _cjk_number(text: str) -> int | None:
    """A numeral of one to twenty written in digits or in Chinese characters ("六", "十六", "二十")."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _CJK_DIGITS and ch != "十" for ch in text):
        return None
    if "十" not in text:
        return _CJK_DIGITS[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (_CJK_DIGITS.get(tens, 0) if tens else 1) * 10 + (_CJK_DIGITS.get(ones, 0) if ones else 0) or None


@lru_cache(maxsize=1)
def _regnal_words() -> tuple[tuple[str, int], ...]:
    words = {w: n for lang in LANGUAGES for w, n in profile(lang).regnal_ordinals}
    return tuple(sorted(words.items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=1)
def _regnal_suffixes() -> tuple[str, ...]:
    return tuple(sorted({profile(lang).regnal_suffix for lang in LANGUAGES} - {""}, key=len, reverse=True))


def regnal_name(name: str) -> tuple[str, int] | None:
    """(the name, the ordinal) of a monarch's or pope's name written with its regnal number: "Mohammed VI",
    "Mohammed VI." (German), "Мухаммед VI", "محمد السادس" (text/data "regnal_ordinals"), "穆罕默德六世",
    "ムハンマド6世", "찰스 3세" (text/data "regnal_suffix" after a numeral); None for any other name. A Roman
    numeral counts after a capitalised word only, up to XXXIX."""
    name = name.strip()
    tokens = name.split()
    if len(tokens) >= 2:
        number = _roman(tokens[-1])
        if number and tokens[-2][:1].isupper() and _roman(tokens[-2]) is None:
            return " ".join(tokens[:-1]), number
    for word, number in _regnal_words():
        if name.endswith(" " + word) and len(name) > len(word) + 2:
            return name[: -len(word)].rstrip(), number
    for suffix in _regnal_suffixes():
        if name.endswith(suffix):
            head = name[: -len(suffix)].rstrip()
            digits = re.search(r"(?:\d{1,2}|[一二两三四五六七八九十]{1,3})$", head)
            number = _cjk_number(digits.group()) if digits else None
            base = head[: digits.start()].rstrip(" ·・") if digits else ""
            if number and len(base) >= 2:
                return base, number
    return None


# One syllable of a Korean given name in Revised or McCune-Reischauer romanisation ("jong", "un", "heung",
# "myung"), and of a pinyin one ("jin", "ping", "qiang"): a given name is one or two of them, a hyphen allowed.
_KO_SYLLABLE = r"(?:kk|tt|pp|ss|jj|ch|g|k|n|d|t|r|l|m|b|p|s|j|h|y|w)?" \
    r"(?:yae|yeo|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|a|e|i|o|u)(?:ng|k|n|t|l|m|p|g|b)?"
_PINYIN_SYLLABLE = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?" \
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|e|i|o|u|ü)"
_KO_GIVEN = re.compile(rf"(?:{_KO_SYLLABLE})(?:-?(?:{_KO_SYLLABLE}))?")
_PINYIN_GIVEN = re.compile(rf"(?:{_PINYIN_SYLLABLE}){{1,2}}")
_HU_LETTERS = re.compile("[áéíóöőúüű]")


# One syllable of a Vietnamese given or middle name as English reports write it, diacritics dropped ("van", "thi",
# "an", "minh", "nguyet", "quang"): an onset, one to three vowels, a coda.
_VI_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")


@lru_cache(maxsize=1)
def _vietnamese_surnames() -> frozenset[str]:
    """Vietnamese family names (text/data/vi.json "surnames"), lower-case and without diacritics ("nguyen", "tran")."""
    from anyascii import anyascii

    return frozenset(anyascii(s).lower() for s in profile("vi").surnames)


@lru_cache(maxsize=1)
def _east_asian_surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(Korean, Chinese) surnames as English reports spell them (text/data/ko.json native_names "surnames";
    zh.json "surnames" read in pinyin)."""
    from anyascii import anyascii

    korean = frozenset(r.lower() for _, readings in profile("ko").native_names.surnames for r in readings)
    chinese = frozenset(anyascii(s).lower() for s in profile("zh").surnames)
    return korean, chinese


def surname_first(name: str, *, hungarian: bool = True) -> bool:
    """Whether a Latin-script name puts its surname first: a Korean name of three words or with a hyphenated
    given name ("Kim Jong Un", "Kim Yo-jong", "Son Heung-min"), a Chinese one in pinyin ("Xi Jinping", "Wang
    Yi"), a Vietnamese one of three or four words ("Nguyen Van An", "Nguyễn Văn An"), or a Hungarian one (a
    listed given name after a surname with a Hungarian letter: "Orbán Viktor", "Novák Katalin"). Two people sharing the first word of such names share a surname (trial54 F13: "Kim Yo
    Jong" and "Kim Jong Un" were one speaker). A Western name is never read so ("Kim Wilde", "Lee Anderson",
    "Lindsey Graham"). ``hungarian=False`` leaves the Hungarian reading out: a window of a run of capitalised
    words read for a family name may be a German title before a given name ("Oberbürgermeisterin Gertrud", whose
    "ü" is a Hungarian letter too; final68 pair)."""
    tokens = name.split()
    if len(tokens) < 2 or not all(t[:1].isupper() for t in tokens):
        return False
    first, rest = tokens[0].lower(), [t.lower() for t in tokens[1:]]
    if hungarian and len(tokens) == 2 and _HU_LETTERS.search(first) and given_name_gender(tokens[1]) \
            and not given_name_gender(tokens[0]):
        return True
    from anyascii import anyascii

    # a Vietnamese name of three or four words, each after the family name a syllable: "Nguyen Van An", "Tran Thi
    # Mai Anh" ("Mr Nguyen" later: issue #11, break67s2); two words are too often a Western name ("Le Pen", "Mai Tai")
    if 2 <= len(rest) <= 3 and anyascii(first).lower() in _vietnamese_surnames() \
            and all(_VI_SYLLABLE.fullmatch(anyascii(t)) for t in rest):
        return True
    if any(given_name_gender(t) for t in tokens[1:]):
        return False
    korean, chinese = _east_asian_surnames()
    if first in korean and (len(rest) == 2 or len(rest) == 1 and "-" in rest[0]) \
            and all(_KO_GIVEN.fullmatch(t) for t in rest):
        return True
    return first in chinese and len(rest) == 1 and _PINYIN_GIVEN.fullmatch(rest[0]) is not None


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        for full, shorts in profile(lang).given_name_short_forms:
            for short in shorts:
                out.setdefault(short, set()).add(full)
    return {k: frozenset(v) for k, v in out.items()}


def short_given_name(short: str, full: str) -> bool:
    """Whether ``short`` is a short form of the given name ``full`` ("Liz" of "Elizabeth", "Bob" of "Robert":
    text/data "given_name_short_forms"), case and accents aside."""
    return full.casefold() in _short_forms().get(short.casefold(), frozenset())
