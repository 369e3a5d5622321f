"""How a text writes a place's name in forms a gazetteer's spellings miss: its case forms and its glued prefixes.

A gazetteer lists a city's names in the nominative ("Ostrava", "Brno", "Helsinki", "חיפה"); a report writes
"v Ostravě", "v Brně", "Helsingissä", "İstanbul'da", "בחיפה". :func:`city_case_forms` gives the nominatives a
one-word case form may stand for, by its language's case endings (``data/place_forms.json`` "case_endings":
a rule per language, no city listed); :func:`prefix_splits` gives a word of a script that glues its
one-letter words onto the next ("ב" in, "מ" from, "ו" and: "ומחיפה") without them. Both are readings only:
the caller keeps a form the gazetteer knows. One place for them: the pair verdict's places
(:mod:`storylens.similarity`) and the stream's city keys (:func:`storylens.cluster.entity_keys`) read
the same forms (try46 F0/F2: two Czech reports of two events in one city shared the name key "ostrave"
and joined; a Hebrew report's "בברנו" gave the stream no place key while the verdict read Brno).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache
from pathlib import Path

from .._datafile import read_json
from ._codes import base

__all__ = [
    "bare_name_word",
    "city_case_forms",
    "city_case_languages",
    "company_apposition",
    "destination_spans",
    "genitive_bases",
    "in_destination",
    "latin_forms",
    "person_after",
    "prefix_splits",
    "reads_city_cases",
]

_DATA = Path(__file__).resolve().parent / "data" / "place_forms.json"
_APOSTROPHES = ("'", "’")


@cache
def _data() -> dict:
    data: dict = read_json(_DATA)  # a damaged file: one error naming it (robust75 R1)
    return data


@cache
def _endings(lang: str) -> tuple[tuple[str, str], ...]:
    return tuple((e, n) for e, n in _data()["case_endings"].get(lang, ()))


def city_case_languages() -> tuple[str, ...]:
    """The languages whose case endings of a city's name the data lists (:func:`city_case_forms`)."""
    return tuple(_data()["case_endings"])


def reads_city_cases(language: str | None) -> bool:
    """Whether ``language`` (a Latin-script language) inflects a city's name by case, so that a form of
    the name other than the gazetteer's is read by :func:`city_case_forms` (cs, sk, pl, hr, sl, lt, lv,
    fi, hu, tr)."""
    lang = base(language) or ""
    return bool(_endings(lang)) or lang in _data()["apostrophe_case"]


@lru_cache(maxsize=16384)
def city_case_forms(word: str, language: str | None) -> tuple[str, ...]:
    """The nominatives the one-word name ``word`` may stand for in ``language``, most likely first, not
    ``word`` itself: its case ending replaced by each nominative ending the language's data lists for it
    ("Ostravě" -> "Ostrava", "Ostravo", "Ostrav", …; "Brně" -> …, "Brno"; "Helsingissä" -> "Helsinki"),
    a Turkish name's suffix after an apostrophe dropped ("İstanbul'da" -> "İstanbul"). The stem keeps
    three letters at least. Empty for a language with no such data (en, de, fr …)."""
    lang = base(language) or ""
    out: list[str] = []
    if lang in _data()["apostrophe_case"]:
        for mark in _APOSTROPHES:
            head, sep, tail = word.partition(mark)
            if sep and tail.isalpha() and tail.islower() and len(head) >= 3:
                out.append(head)
    low = word.lower()
    for ending, nominative in _endings(lang):
        if low.endswith(ending) and len(word) - len(ending) >= 3:
            out.append(word[: len(word) - len(ending)] + nominative)
    return tuple(dict.fromkeys(f for f in out if f != word))


@cache
def _genitive_endings(lang: str) -> tuple[str, ...]:
    return tuple(_data()["genitive_endings"].get(lang, ()))


# The fewest letters a name keeps without its genitive ending ("Roms" -> "Rom", "Kiews" -> "Kiew"): a rule, not tuned.
_GENITIVE_STEM = 3


def genitive_bases(word: str, language: str | None) -> tuple[str, ...]:
    """The names a one-word name in the genitive before a noun may stand for in ``language`` (text data
    "place_forms" "genitive_endings"), longest ending first, not ``word`` itself: German "Sibiriens" -> "Sibirien",
    "Moskaus" -> "Moskau", "Chinas" -> "China", "Irakes" -> "Irak", "Irake" (break55 F7: "Siberia" of an English
    report and "Sibiriens" of a German one were "other names"); a name ending in an s-sound takes an apostrophe
    ("Paris'" -> "Paris"). Readings only: the caller keeps one the other text or a gazetteer knows. Empty for a
    language with no such data or a word of fewer than _GENITIVE_STEM letters left."""
    lang = base(language) or ""
    endings = _genitive_endings(lang)
    if not endings or not word[:1].isupper():
        return ()
    out: list[str] = []
    if word[-1:] in _APOSTROPHES and word[-2:-1] in ("s", "x", "z", "ß") and len(word) - 1 >= _GENITIVE_STEM:
        out.append(word[:-1])
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= _GENITIVE_STEM and word[-len(ending) - 1].isalpha():
            out.append(word[: -len(ending)])
    return tuple(dict.fromkeys(out))


def latin_forms(word: str, language: str | None) -> tuple[str, ...]:
    """``word`` (a one-word name in ``language``) and the forms it may stand for in the Latin-derived spelling most
    other languages write: its genitive bases (:func:`genitive_bases`) and each with its ending swapped by the
    language's data (place_forms "latin_endings": German "Sibiriens" -> "Sibirien", "Sibiria"; "Kalabrien" ->
    "Kalabria"; Dutch "Siberië" -> "Siberia"). Readings only, ``word`` first: a caller matches them against another
    text's names by spelling (break55 F7: "Siberia" / "Sibiriens" were "other names")."""
    lang = base(language) or ""
    out = [word, *genitive_bases(word, lang)]
    for form in list(out):
        for ending, latin in _data()["latin_endings"].get(lang, ()):
            if form.endswith(ending) and len(form) - len(ending) >= _GENITIVE_STEM:
                out.append(form[: -len(ending)] + latin)
    return tuple(dict.fromkeys(out))


@cache
def _apostrophe_suffixes() -> frozenset[str]:
    return frozenset(_data()["apostrophe_suffixes"])


# An elided article or preposition before a capitalised name: French "d'", "l'", "qu'", Italian "dell'", "all'", "nell'"
_ELIDED = re.compile(r"^[a-zà-ü]{1,5}['’](?=[^\W\d_])")


def bare_name_word(word: str) -> str:
    """``word`` without what an apostrophe glues to a name: a case suffix after it (data "apostrophe_suffixes":
    "Malatya'da", "Erdoğan’ın", "Elazığ'daki" -> "Malatya", "Erdoğan", "Elazığ"), an elided article or
    preposition before a capital ("d'Erdogan", "l'ONU", "dell'Onu" -> "Erdogan", "ONU", "Onu"), whatever the
    text's language: a name key is read without them. The name keeps three letters at least, and the suffix is one
    the data lists in small letters, so "O'Brien", "Sa'id" and "Shi'ite" stay whole. Else ``word`` itself.
    (Not for the gazetteer's exact keys: GeoNames spells "Nan'nin", "Medel'in", "Alessandria d'Egitto".)"""
    glued = _ELIDED.match(word)
    if glued and word[glued.end() :][:1].isupper() and len(word) - glued.end() >= 2:
        word = word[glued.end() :]
    for mark in _APOSTROPHES:
        head, sep, tail = word.rpartition(mark)
        if sep and len(head) >= 3 and tail in _apostrophe_suffixes() and head[-1:].isalpha():
            return head
    return word


@cache
def _prefixes() -> dict[str, tuple[frozenset[str], int, int]]:
    return {lang: (frozenset(p["letters"]), int(p["most"]), int(p["keep"])) for lang, p in _data()["prefixes"].items()}


def _script_language(word: str) -> str | None:
    """The language of ``prefixes`` whose script ``word`` opens in (Hebrew, Arabic), else None."""
    ch = word[:1]
    if "\u0590" <= ch <= "\u05ff":
        return "he"
    if "\u0600" <= ch <= "\u06ff":
        return "ar"
    return None


def prefix_splits(word: str) -> tuple[str, ...]:
    """``word`` without one, then two, of the one-letter words its script glues on (data "prefixes": Hebrew
    "ובלמהשכ", two at most: "ובחיפה" -> "בחיפה", "חיפה"; Arabic "وفبل", one: "بعمان" -> "عمان"), as long as
    each prefix is one of them and the rest keeps the script's least letters. Empty for any other word."""
    lang = _script_language(word)
    if lang is None or lang not in _prefixes():
        return ()
    letters, most, keep = _prefixes()[lang]
    out = []
    for cut in range(1, most + 1):
        if len(word) - cut < keep or word[cut - 1] not in letters:
            break
        out.append(word[cut:])
    return tuple(out)


# How far back the words before a name are read for a destination ("were rushed to the nearby Rambam hospital in ")
_DESTINATION_REACH = 60
# A name's word: letters and hyphens, up to an apostrophe (Turkish "İzmir'deki": the suffix is the text after it)
_NAME_WORD = re.compile(r"[^\W\d_][\w-]*")


@cache
def _destination_patterns(lang: str) -> tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]:
    from ._lang import LANGUAGES, profile

    if lang not in LANGUAGES:
        return (), ()
    prof = profile(lang)
    return (tuple(re.compile(p, re.IGNORECASE) for p in prof.destination_before),
            tuple(re.compile(p, re.IGNORECASE) for p in prof.destination_after))


@cache
def _place_relative(lang: str) -> re.Pattern[str] | None:
    """A comma and a word that opens a relative clause of place (text data "place_relatives": ", where", ", wo"),
    at the start of the text after a name; None for a language without them."""
    from ._lang import LANGUAGES, profile

    words = profile(lang).place_relatives if lang in LANGUAGES else ()
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"^\s*,\s*(?:{alternatives})(?!\w)", re.IGNORECASE)


def destination_spans(text: str, language: str | None) -> list[tuple[int, int]]:
    """The spans of the names ``text`` writes as where someone was taken (:func:`_destination_spans`), a new list.
    Read once per text and language: a caller asks for each name of a sentence (the report's route check of every
    capitalised word), and an unpunctuated paragraph is one sentence of hundreds of names (quad71: 1,449 reads of an
    11 KB sentence, 23 of its 34 CPU-s)."""
    return list(_destination_spans(text, base(language) or ""))


def in_destination(text: str, start: int, language: str | None) -> bool:
    """Whether the character at ``start`` of ``text`` is inside one of its :func:`destination_spans` (sorted, apart):
    found by bisection in the spans read once per text, so a sentence's every name is checked in log time."""
    spans = _destination_spans(text, base(language) or "")
    k = bisect_right(spans, (start, len(text) + 1)) - 1
    return k >= 0 and spans[k][0] <= start < spans[k][1]


@lru_cache(maxsize=64)
def _destination_spans(text: str, language: str) -> tuple[tuple[int, int], ...]:
    """The spans of the names ``text`` writes as where someone was taken, not where something happened: a
    capitalised word (or one of a script without case) after its language's ``destination_before`` words
    ("taken to hospital in Köln", "in Kliniken in Köln", "trasladados al hospital de Sevilla") or before its
    ``destination_after`` words ("in Köln gebracht", "İzmir'deki hastaneye"), with the capitalised words that run
    on from it ("Frankfurt Oder"). Text data per language (none: no span). try46 F10: a report of a blast in
    Leverkusen whose injured were taken to clinics in Köln was "different places: Leverkusen vs Köln" against
    one that names only Leverkusen. A name that a relative clause of place follows ("taken to hospital in Brno,
    where a blaze ...": text data "place_relatives") is where something happened too: no span (break49)."""
    before, after = _destination_patterns(language)
    if not (before or after):
        return ()
    relative = _place_relative(language)
    out: list[tuple[int, int]] = []
    words = list(_NAME_WORD.finditer(text))
    k = 0
    while k < len(words):
        word = words[k]
        first = word.group()[0]
        if not (first.isupper() or first.lower() == first.upper()):
            k += 1
            continue
        j = k  # the name's words: capitalised words with only a space or hyphen between them
        while j + 1 < len(words) and text[words[j].end():words[j + 1].start()] in (" ", "-") \
                and words[j + 1].group()[0].isupper():
            j += 1
        head = text[max(0, word.start() - _DESTINATION_REACH):word.start()]
        tail = text[words[j].end():words[j].end() + _DESTINATION_REACH]
        # the relative clause right after the name ("in Brno, where") or after the verb that follows it ("in Brünn
        # gebracht, wo")
        ends = [0] + [m.end() for p in after if (m := p.match(tail))]
        if (any(p.search(head) for p in before) or len(ends) > 1) \
                and not (relative is not None and any(relative.match(tail[e:]) for e in ends)):
            out.append((word.start(), words[j].end()))
        k = j + 1
    return tuple(out)


@cache
def _reporting_words() -> frozenset[str]:
    """Every language's one-word reporting verbs (text data "reporting_verbs": "said", "dijo"), lower case."""
    from ._lang import LANGUAGES, profile

    return frozenset(w.lower() for lg in LANGUAGES for w in profile(lg).reporting_verbs if " " not in w)


@cache
def _company_nouns(languages: tuple[str, ...]) -> frozenset[str]:
    from ._lang import profile

    return frozenset(w for lg in languages for w in profile(lg).word_city_company_nouns)


def company_apposition(text: str, end: int, languages: tuple[str, ...]) -> bool:
    """Whether an appositive after a name ending at ``end`` names a company or a unit: a comma, then up to five
    lower-case words to the next comma or full stop, one of them (without a possessive) a company noun of the
    ``languages``' text data "word_city" ("Mobile, the carrier's unit,", "Regina, la empresa textil,"), and no
    reporting verb among them ("in Nice, the company said" is a clause, the city still a place). Break50 N7."""
    tail = re.match(r"\s*,\s*([^,.;:!?()\n]{1,80})", text[end:])
    if tail is None:
        return False
    seg = re.findall(r"[\w’'-]+", tail.group(1))
    if not seg or len(seg) > 5 or any(w[:1].isupper() for w in seg[1:]):
        return False
    low = [re.sub(r"['’]s$", "", w).lower() for w in seg]
    if any(w in _reporting_words() for w in low):
        return False
    nouns = _company_nouns(languages)
    return any(w in nouns for w in low)


# The end of the clause person_after reads
_CLAUSE_STOP = re.compile(r"[.!?;\n]")


def person_after(text: str, end: int, pronouns: frozenset[str] | set[str],
                 coordinators: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether one of ``pronouns`` (a person's: text data "word_city" "pronouns", "she", "her", "elle") follows
    ``end`` in its sentence (to the next ".", "!", "?", ";" or line end): "The car struck Regina as she crossed
    the road", "The news hit Regina hard, her husband said" (break50b 3: the name is its bearer's, no place).
    The pronoun is not the name's when a comma and one of ``coordinators`` (the text's languages' text data
    "claim_clauses" "after_comma": ", and", ", mais") open another clause before it, or another person stands
    between, two capitalised words in a row ("…Regina on Tuesday, and Mayor Sandra Masters said she had declared…": the mayor's pronoun; break51 N8)."""
    # the words are read in place up to the stop, one at a time (no copy of the rest of the sentence): the answer
    # comes at the first pronoun, clause or name, and an unpunctuated paragraph is one long sentence (quad71)
    stop = _CLAUSE_STOP.search(text, end)
    prev: re.Match[str] | None = None
    for w in _NAME_WORD.finditer(text, end, stop.start() if stop else len(text)):
        if w.group().lower() in pronouns:
            return True
        if w.group().lower() in coordinators and "," in text[prev.end() if prev else end: w.start()]:
            return False
        if prev is not None and w.group()[:1].isupper() and prev.group()[:1].isupper() \
                and text[prev.end(): w.start()].isspace():
            return False
        prev = w
    return False
