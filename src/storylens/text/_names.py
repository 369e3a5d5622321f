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

from ._lang import LANGUAGES, LEMMA_LANGUAGES, base, profile

__all__ = ["nominative_name", "same_surname"]


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
