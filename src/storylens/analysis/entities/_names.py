"""Name words and name keys of the entity rules: titles, suffixes, connectors, organisation words; the
phonetic, canonical and exact keys of a name; acronyms; :func:`clean_name`; the raw mention record and the
alphabet and language of a text (part of :mod:`storylens.analysis.entities`)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from anyascii import anyascii

from ...models import Document
from ...text import ENTITY_STOP_WORDS, bare_name_word, folded, guess_language, ru_stem, script_of

ENTITY_TYPES = ("PERSON", "ORG", "PLACE", "OTHER")

# Capitalised words that are never names on their own (sentence openers, weekdays, months,
# pronouns, capitalised function words in de/fr/es/it/ru). Lower-case, compared casefolded.
_STOPWORDS = ENTITY_STOP_WORDS  # moved to storylens.text (one place for word lists)

# Titles and roles stripped from the front of a name ("President Tokayev" -> "Tokayev").
_TITLES = frozenset(
    """
    president vice-president prime minister chancellor mr mr. mrs mrs. ms ms. dr dr. sen sen.
    senator rep rep. representative gov gov. governor secretary king queen prince princess pope
    general gen gen. mayor judge justice lord sir premier chairman chairwoman leader ambassador
    spokesman spokeswoman former ex late deputy speaker counsel attorney
    präsident präsidentin präsidenten staatspräsident staatspräsidenten kanzler kanzlerin
    bundeskanzler bundeskanzlerin ministerpräsident ministerpräsidentin außenminister
    aussenminister innenminister minister ministerin herr herrn frau staatschef staatschefs
    regierungschef regierungschefs sprecher sprecherin
    président présidente m. mme mme. ministre chancelier chancelière
    presidente ministro primer primo canciller cancelliere señor signor
    президент президента президенту президентом канцлер канцлера премьер премьер-министр
    министр министра глава главы г-н господин папа папы pope
    """.split()
)

_SUFFIXES = frozenset("jr sr ii iii iv".split())
# German role compounds: "CDU-Vorsitzenden", "Bundesaußenminister", "Fidesz-Chef".
_TITLE_ENDINGS = (
    "präsident", "präsidenten", "präsidentin", "minister", "ministerin", "vorsitzende",
    "vorsitzenden", "vorsitzender", "chef", "chefs", "chefin", "kanzler", "kanzlerin", "sekretär",
    # "Vizebürgermeister Olexander Kowalenko", "Regierungssprecher" (trial57 F37: the title glued to the name)
    "bürgermeister", "bürgermeisterin", "sprecher", "sprecherin", "direktor", "direktorin",
)
# Words after which a name may continue inside one sequence ("Ursula von der Leyen").
_CONNECTORS = frozenset("von van der de du la le di da dos del al bin ibn дель ди де фон ван дер дю бен ибн аль".split())
# Function words skipped when an acronym is built from a long form's initials.
_INITIAL_SKIP = frozenset(
    "of the and for in on at to a an der die das des dem den für und von zur zum im "
    "de du des la le les l d et pour del y e di della per о и по в на".split()
)
_ORG_WORDS = frozenset(
    """
    organization organisation union council committee ministry party bank agency association
    nations parliament government court commission office institute university company group
    exchange borsa bolsa börse bourse биржа биржи бирже borsası borsasi giełda lines airlines airways
    rat ministerium partei regierung gericht kommission agentur verband bund bündnis amt amts
    organisation conseil ministère parti gouvernement comité cour banque
    организация союз совет министерство партия правительство комитет суд банк
    ministerio gobierno banco consejo ministero governo banca consiglio ministerstwo ministerstwa rząd rada
    zgromadzenie sejm senat trybunał sąd komisja prokuratura urząd parlament izba собрание дума
    """.split()
)
# Languages whose nouns take case endings: an organisation word is found by its lemma
# ("z funduszy Zgromadzenia Narodowego": zgromadzenia -> zgromadzenie).
_CASE_LANGUAGES = frozenset({"pl", "ru"})
# Heads of German organisation compounds ("Volkspartei", "Bundesrat", "Auswärtiges Amt").
_COMPOUND_HEADS = (
    "partei", "union", "bund", "rat", "amt", "gericht", "ministerium", "kommission", "verband",
    "bank", "organisation", "agentur", "komitee", "gesellschaft", "kammer",
)
_PLACE_SUFFIXES = ("stan", "land", "reich", "ien", "ia", "ija", "ия", "стан")
# An institution of a place: "Reserve Bank of New Zealand", "Ministry of Finance of Japan".
_BODY_OF = re.compile(r"\b(?:bank|ministry|council|university|court|office|agency|commission)\s+of\b", re.IGNORECASE)
# Single all-caps tokens that are not organisations or places.
_NOT_ACRONYMS = frozenset("I II III IV VI VII VIII IX XI XII AM PM OK TV CEO PS".split())
_ROLE_ACRONYMS = frozenset("CEO CFO COO CTO".split())  # titles: "Adria Lines CEO'su Marco Ferretti" is two names
# A name standing alone inside quotation marks names a ship, a book or an operation, not a person:
# the ferry «Stella del Nord», „Stella del Nord“, "Stella del Nord".
_QUOTE_OPEN, _QUOTE_CLOSE = "«\"“„‚‘‹", "»\"”“‘’›"

_WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*\.?", re.UNICODE)
_POSSESSIVE_RE = re.compile(r"['’]s?$")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04FF]")

# Phonetic normalisation of transliterations, applied in order to one lower-case ASCII token.
_PHONETIC_RULES = (
    ("dzh", "j"),
    ("dsch", "j"),
    ("tsch", "ch"),
    ("sch", "sh"),
    ("zh", "j"),
    ("dj", "j"),
    ("sh", "j"),
    ("kh", "h"),
    ("ch", "h"),
    ("ck", "k"),
    ("ph", "f"),
    ("tz", "z"),
    ("w", "v"),
    ("ou", "u"),
    ("x", "ks"),
    # A soft c is an s, as Cyrillic writes it (ц = ts): Франциск/Frantsisk ~ Francis,
    # Цицерон ~ Cicero, Гарсия ~ García.
    ("ts", "s"),
    ("ce", "se"),
    ("ci", "si"),
    ("c", "k"),
    ("q", "k"),
    ("z", "s"),
    ("y", "i"),
    ("j", "i"),
)

# Similarity floors (rapidfuzz ratio, 0..100) for transliteration variants.
_TOKEN_SIM = 80.0
_NAME_SIM = 88.0
_SURNAME_SIM = 85.0




def _strip_accents(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


_ru_stem = ru_stem  # moved to storylens.text


# Modern Greek digraphs as Greek names are written in Latin letters (ELOT 743 and the press), which anyascii reads
# letter by letter: "Αντρέας Μαυρίδης" is "Andreas Mavridis", not "Antreas Mayridis" (trial57 F8); "Λεμεσού" is
# "Lemesou". Word-initial ντ, μπ, γκ are d, b, g.
_GREEK_DIGRAPHS = (("αυ", "av"), ("ευ", "ev"), ("ηυ", "iv"), ("ου", "ou"), ("ντ", "nd"), ("μπ", "mb"), ("γκ", "ng"),
                   ("γγ", "ng"), ("τζ", "tz"))
_GREEK_LETTER = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_GREEK_INITIAL = re.compile(r"\b(?:nd|mb|ng)")


def greek_latin(text: str) -> str:
    """``text`` with its Greek words in Latin letters as Greek names are romanised (see ``_GREEK_DIGRAPHS``), lower
    case; any other text as :func:`anyascii` spells it."""
    if not _GREEK_LETTER.search(text):
        return anyascii(text)
    low = unicodedata.normalize("NFD", text.lower())
    low = "".join(ch for ch in low if not unicodedata.combining(ch))
    for a, b in _GREEK_DIGRAPHS:
        low = low.replace(a, b)
    return _GREEK_INITIAL.sub(lambda m: m.group(0)[1], anyascii(low))


def _phonetic_token(token: str) -> str:
    # ş (Turkish, Romanian) is sh, which anyascii writes as a plain s: Duşku ~ Dushku ~ Душку
    t = re.sub(r"[^a-z0-9]", "", greek_latin(token.replace("ş", "sh").replace("Ş", "Sh")).lower())
    for a, b in _PHONETIC_RULES:
        t = t.replace(a, b)
    t = re.sub(r"(.)\1+", r"\1", t)  # Kassym / Kasym
    t = re.sub(r"(?<=[aeiou])i(?=[aeiou])", "", t)  # Tokayev / Tokaev
    t = re.sub(r"(of|ov|ev)$", lambda m: m.group(0)[0] + "v", t)  # -off / -ow / -ov
    return t


def _name_tokens(name: str) -> list[str]:
    """Words of a name; a middle dot separates the parts of a transliterated name
    (加里·麦克拉伦), and a 2-3 character Chinese name is surname + given name
    (王丽 -> 王, 丽, which transliterate to Wang Li)."""
    tokens = [t for t in re.split(r"[\s\-·・•‧]+", name.strip()) if t]
    if len(tokens) == 1 and 2 <= len(tokens[0]) <= 3 and all(_HAN_RE.match(ch) for ch in tokens[0]):
        return [tokens[0][0], tokens[0][1:]]
    return tokens


def phonetic_tokens(name: str) -> tuple[str, ...]:
    """Per-token phonetic keys: script, transliteration, inflection and spelling folded, and what an apostrophe
    glues to a word (:func:`storylens.text.bare_name_word`: "Malatya'da", "d'Erdogan" are Malatya, Erdogan).

    Generational suffixes stay as marked tokens ("#jr", "#iii") because they
    tell people apart: Donald Trump Jr. is not Donald Trump.
    """
    return _phonetic_tokens(name, bare=True)


def written_phonetic_tokens(name: str) -> tuple[str, ...]:
    """:func:`phonetic_tokens` of the words as written, a glued suffix kept ("Malatya'da" -> "malatiada"): the keys
    the similarity model's name features were trained on (names52: reading them bare moved SemEval dev scores, so
    the similarity package keeps these until a retrain)."""
    return _phonetic_tokens(name, bare=False)


def _phonetic_tokens(name: str, bare: bool) -> tuple[str, ...]:
    out: list[str] = []
    for token in _name_tokens(clean_name(name)):
        if bare:
            token = bare_name_word(token)  # "Malatya'da" is Malatya, in any text (issue 12)
        bare_token = token.rstrip(".").casefold()
        if bare_token in _SUFFIXES and out:
            out.append("#" + bare_token)
            continue
        key = _phonetic_token(_ru_stem(token))
        if key:
            out.append(key)
    return tuple(out)


def _memoised(fn: Callable[[str], tuple[str, ...]], size: int = 1 << 16) -> Callable[[str], tuple[str, ...]]:
    """``fn`` with a bounded cache (emptied when full): names repeat within and across
    comparisons, and the alias table's forms were keyed twice per comparison (33 of
    320 ms of a warm seed comparison, issue 16)."""
    cache: dict[str, tuple[str, ...]] = {}

    def cached(name: str) -> tuple[str, ...]:
        try:
            return cache[name]
        except KeyError:
            if len(cache) >= size:
                cache.clear()
            value = cache[name] = fn(name)
            return value

    cached.__doc__, cached.__name__, cached.__wrapped__ = fn.__doc__, fn.__name__, fn  # type: ignore[attr-defined]
    return cached


phonetic_tokens = _memoised(phonetic_tokens)  # type: ignore[assignment]  # rebinds the name to its cached wrapper
written_phonetic_tokens = _memoised(written_phonetic_tokens)  # type: ignore[assignment]


def _core(keys: Sequence[str]) -> tuple[str, ...]:
    return tuple(k for k in keys if not k.startswith("#"))


def _suffix(keys: Sequence[str]) -> tuple[str, ...]:
    return tuple(k for k in keys if k.startswith("#"))


def _without_initials(core: Sequence[str]) -> tuple[str, ...]:
    """Drop middle initials: "Vladimir V. Putin" compares as "Vladimir Putin"."""
    if len(core) <= 2:
        return tuple(core)
    return (core[0], *(k for k in core[1:-1] if len(k) > 1), core[-1])


def canonical_key(name: str) -> str:
    """A script- and spelling-independent key for a name.

    Titles, possessives, Russian case endings, diacritics and common
    transliteration differences are folded: ``canonical_key("Kassym-Jomart
    Tokayev") == canonical_key("Касым-Жомарт Токаев") == canonical_key(
    "Kassym-Schomart Tokajew")``. Equal keys mean "very likely the same name";
    different keys mean nothing (use :func:`extract_entities` for linking).
    """
    return " ".join(phonetic_tokens(name))


def _exact_key(name: str) -> str:
    """Key for 'the same name': case, diacritics, punctuation and Russian endings folded, the letters
    without a decomposition too (:func:`storylens.text.folded`: "Kılıçdaroğlu" is "Kilicdaroglu")."""
    tokens = [_ru_stem(t) for t in _name_tokens(clean_name(name))]
    return " ".join(_NOT_WORD.sub("", folded(t)) for t in tokens).strip()


# (compiled once: _exact_key runs ~470 times a comparison of the seeds, and its import and pattern look-up in the
# function cost ~1 % of a warm library comparison: warm73)
_NOT_WORD = re.compile(r"[^\w]")


def _acronym_key(name: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", anyascii(name).upper())


def is_acronym(text: str) -> bool:
    """All-caps 2-6 letters, Latin or Cyrillic (CSTO, ОДКБ, U.S.)."""
    bare = text.replace(".", "")
    return (
        2 <= len(bare) <= 6
        and bare.isalpha()
        and bare.isupper()
        and bare not in _NOT_ACRONYMS
    )


def clean_name(text: str) -> str:
    """Strip possessive, surrounding punctuation, a leading article and leading titles."""
    s = re.sub(r"[\[\]{}<>]", "", " ".join(text.split())).strip(" \t\"'“”„«»‚‘’(),;:!?")
    s = _POSSESSIVE_RE.sub("", s) if re.search(r"\w['’]s?$", s) else s
    tokens = s.split(" ")
    while tokens and tokens[0].casefold() in {"the", "der", "die", "das", "le", "la", "les", "l"}:
        tokens = tokens[1:]
    # Everything up to the last title word goes ("Russian President Vladimir Putin" -> "Vladimir Putin"). A title
    # word before nothing but a generational suffix is the surname: "Martin Luther King Jr." was "Jr" (names70).
    named = len(tokens) - 1
    while named > 1 and tokens[named].rstrip(".").casefold() in _SUFFIXES:
        named -= 1
    last_title = -1
    for i, tok in enumerate(tokens[:named]):
        head = tok.casefold()
        tail = head.split("-")[-1]  # "US-Präsident", "экс-президент"
        if head in _TITLES or tail in _TITLES or tail.endswith(_TITLE_ENDINGS):
            last_title = i
    tokens = tokens[last_title + 1 :]
    s = " ".join(tokens)
    if s.endswith(".") and not is_acronym(s):
        s = s[:-1]
    return s.strip()






def _alphabet(text: str) -> str:
    """'cyrillic', or the script of :func:`script_of` ('latin', 'han', 'arabic', 'other')."""
    return "cyrillic" if _CYRILLIC_RE.search(text) else script_of(text)


def _doc_language(doc: Document) -> str:
    if doc.language:
        return doc.language.split("-")[0].lower()
    langs = Counter(s.language for s in doc.sentences if s.language)
    if langs:
        return langs.most_common(1)[0][0].split("-")[0].lower()
    return guess_language(doc.text)




@dataclass(frozen=True)
class _Raw:
    """One mention before linking."""

    doc: str
    sentence: str
    text: str  # cleaned surface form
    type: str  # PERSON | ORG | PLACE | OTHER
    source: str  # spacy | rule | weak (German single noun, kept only if confirmed) | script | institution
    order: int
    gloss: str | None = None  # the text's own Latin rendering: 加里·麦克拉伦（Gary McLaren）
    quoted: bool = False  # stands alone in quotation marks: a ship's or a work's name («Stella del Nord»)
    # A generic institution noun ("ЦБ", "Notenbank", "央行"): its English key and the country the text
    # names for it, if any ("central bank", "New Zealand")
    institution: tuple[str, str | None] | None = None


# Chinese and Arabic have no capital letters and no spaCy model offline: names come
# from rules. Chinese: transliterated foreign names joined by a middle dot
# (加里·麦克拉伦), a name glossed in Latin letters in parentheses, and a Chinese
# name (common surname + 1-2 characters) before a speech verb (王丽说) or after a
# title (预报员王丽). Both scripts: country and territory names from babel, and any
# Latin-script names the text contains ("Somboon Ua-samanmaitree", "BBC").
_HAN = "\u4e00-\u9fff"
_HAN_RE = re.compile(f"[{_HAN}]")


def _initials(long_form: str, script: bool = False) -> str:
    """Initials of the content words; a German compound gives two ("Volkspartei" -> VP).
    In Latin letters, or with ``script`` in the name's own (Чешский Национальный Банк -> ЧНБ)."""
    out = []
    for w in re.split(r"[\s\-]+", long_form if script else anyascii(long_form)):
        if not w or w.casefold() in _INITIAL_SKIP or not w[0].isalpha():
            continue
        out.append(w[0].upper())
        head = next((h for h in _COMPOUND_HEADS if w.casefold().endswith(h) and len(w) > len(h) + 2), None)
        if head:
            out.append(head[0].upper())
    return "".join(out)


# Particles inside a surname ("Villeroy de Galhau", "von der Leyen" is no case: the particle opens it).
_SURNAME_PARTICLES = frozenset("de du des la le von van der den di da del dos das фон дер ван де ди дю да дель".split())
