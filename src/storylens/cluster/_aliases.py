"""The ledger's alias knowledge as entity keys for the stream: one key per alias group, in any language.

The stream's keys are transliterated capitalised words, so "ECB", "EZB", "ЕЦБ"
(``etsb``) and "欧洲央行" never meet and two reports of one event in two
languages share almost no key (trial 15: a German and a Chinese report of one
ECB rate cut scored an entity cosine under the 0.20 floor against six other
languages' reports). The entity linker's tables know these are one name: the
curated aliases (``data/aliases.json``: ECB = EZB = BCE = ЕЦБ = 欧洲央行 =
البنك المركزي الأوروبي) and babel's territory names (Deutschland = Allemagne =
Германия = 德国). :func:`alias_keys` finds their forms in a text and gives
each group one key, ``"=" + the group's name``, casefolded.

Cost: the table is read once per process (the linker's machine-wide cache,
~0.35 CPU-s); a text is one pass over its words and one over its Han
characters, with a dictionary lookup at each (no regex per form).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from functools import lru_cache

from ..text import NEW_WORDS, language_word, stop_words
from ..text import folded as _fold

__all__ = ["ALIAS_PREFIX", "alias_forms", "alias_keys", "city_keys", "city_readings"]

ALIAS_PREFIX = "="
_WORD = re.compile(r"\w+", re.UNICODE)
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LOCK = threading.Lock()
# first word -> [(the form's words, group key, acronym)]; first two Han characters -> [(form, group key)]
_TABLES: tuple[dict[str, list[tuple[tuple[str, ...], str, bool]]], dict[str, list[tuple[str, str]]]] | None = None
_PLACE_KEYS: set[str] = set()  # the group keys of places (filled with the tables)
_FORMS: dict[str, tuple[str, ...]] = {}  # group key -> the forms the tables read (filled with them)


# "New" in the languages read (text.NEW_WORDS), folded as the words it meets: "New Mexico", "Nowa Gwinea",
# "Nueva Guinea" name no country.
_NEW = frozenset(_fold(w) for w in NEW_WORDS)


def _tables() -> tuple[dict[str, list[tuple[tuple[str, ...], str, bool]]], dict[str, list[tuple[str, str]]]]:
    global _TABLES
    with _LOCK:
        if _TABLES is None:
            from ..analysis.entities import is_acronym
            from ..analysis.entities._aliases import _default_alias_tables

            words: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
            han: dict[str, list[tuple[str, str]]] = {}
            # The linker's territory groups hold every text language's names ("Guiné-Bissau" gave a Portuguese
            # coup report no country, and the refine put it into the Conakry story: final33 D1), read there with
            # their guards (entities._aliases._other_forms: five Latin letters at least, no other word's form)
            for group in _default_alias_tables()[0]:
                if group.type == "PERSON":
                    # the linker's people (a Han name no sound rule reads): no story key of their own,
                    # unmeasured on the stream's gold, and a short Han form hides in other words
                    continue
                key = ALIAS_PREFIX + group.name.casefold()
                forms = tuple(group.forms)
                if group.type == "PLACE":
                    _PLACE_KEYS.add(key)
                _FORMS[key] = tuple(dict.fromkeys(_FORMS.get(key, ()) + forms))
                for form in forms:
                    if _HAN.search(form):
                        if len(form) >= 2:  # one character hides inside any word
                            han.setdefault(form[:2], []).append((form, key))
                        continue
                    parts = tuple(_fold(w) for w in _WORD.findall(form))
                    if parts:
                        words.setdefault(parts[0], []).append((parts, key, is_acronym(form)))
            for table in (words, han):  # longest form first: "Banco Central Europeo" before "Banco"
                for entries in table.values():
                    entries.sort(key=lambda e: -len(e[0]))
            _TABLES = (words, han)
    return _TABLES


# The key of a water body named after a country ("Gulf of Mexico", "golfe du Mexique", "South China Sea"): the
# prefix and the country's group name ("=waters of mexico"), no place group (cluster._places reads none), one key
# in every language.
WATER_PREFIX = ALIAS_PREFIX + "waters of "


@lru_cache(maxsize=64)
def _water_words(language: str | None) -> tuple[frozenset[str], tuple[tuple[str, ...], ...], frozenset[str]]:
    """(heads before, links as folded word tuples, heads after) of the water bodies named after a country in
    ``language``'s text data ("water_bodies"; every language's when None), folded as the alias tables' words."""
    from ..text import LANGUAGES, profile

    profiles = [profile(lang) for lang in ((language,) if language else LANGUAGES)]
    heads = frozenset(_fold(w) for p in profiles for w in p.water_heads)
    links = tuple(dict.fromkeys(tuple(_fold(w) for w in _WORD.findall(link)) for p in profiles for link in p.water_links))
    after = frozenset(_fold(w) for p in profiles for w in p.water_heads_after)
    return heads, links, after


def _joined(text: str, spans: list[tuple[int, int]], j: int, hyphen: bool = False) -> bool:
    """Tokens ``j`` and ``j + 1`` are one name's words: only spaces or an elided article's apostrophe ("d'Oman")
    between them; with ``hyphen``, a hyphen too ("AU-DELÀ"). False when either token is not there."""
    if j < 0 or j + 1 >= len(spans):
        return False
    sep = text[spans[j][1] : spans[j + 1][0]]
    return sep.isspace() or sep in ("'", "’") or hyphen and sep == "-"


def _water_body(text: str, tokens: list[str], spans: list[tuple[int, int]], fold: Callable[[int], str],
                i: int, n: int, language: str | None) -> bool:
    """Tokens ``i`` .. ``i + n - 1`` (a country's name) stand in a water body's name: after a head and a link
    ("Gulf of", "golfe du", "Golf von", "mar de") or before a head ("China Sea", "Meksika Körfezi")."""
    heads, links, after = _water_words(language)
    end = i + n
    if end < len(tokens) and fold(end) in after and _joined(text, spans, end - 1):
        return True
    for link in links:
        h = i - len(link) - 1
        if h >= 0 and fold(h) in heads and all(fold(h + 1 + k) == w for k, w in enumerate(link)) \
                and all(_joined(text, spans, j) for j in range(h, i)):
            return True
    return False


def alias_keys(text: str, genitive: bool = False,
               language: str | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """(group keys, the matched words) of the alias forms ``text`` names.

    A Latin, Cyrillic or Arabic form matches whole words (case and accents
    folded); its first word must be capitalised where the script has case, and
    an acronym form (ECB, ЕЦБ) matches only as written in capitals, never inside a run of capitals
    (:func:`_shouted_acronym`: "WHO KNEW?", "UNO DE LOS HERIDOS"). A Han form
    matches anywhere in a run of Han characters (two characters at least).
    The matched words come back folded, so the caller can drop the plain keys
    they would also give ("ezb" beside "=european central bank"). ``genitive`` (a language whose names
    take a glued genitive "s": text data ``genitive_s``): "Japans" is a form of Japan's place group.
    A country named inside a water body's name (``language``'s text data "water_bodies", every language's
    when None: "Gulf of Mexico", "golfe de Guinée", "South China Sea") gives :data:`WATER_PREFIX`'s key
    ("=waters of mexico"), no place group: a sea is no place in the country (break57b G2).
    """
    words, han = _tables()
    keys: set[str] = set()
    matched: set[str] = set()
    spans = [m.span() for m in _WORD.finditer(text or "")]
    tokens = [(text or "")[a:b] for a, b in spans]
    folded: dict[int, str] = {}  # folded only where a name can start, and the words after it

    def fold(j: int) -> str:
        if j not in folded:
            folded[j] = _fold(tokens[j])
        return folded[j]

    i = 0
    while i < len(tokens):
        # a name's first word is capitalised where the script has case: most words are skipped unfolded
        hit = None if tokens[i][:1].islower() else _match(tokens, fold, i, words.get(fold(i), ()))
        if hit is None and genitive and _genitive(tokens[i]):
            # a country's name with a genitive "s" glued on ("Japans Noto-Halbinsel", "Chiles Norden", "Frankreichs
            # Regierung"): the place (refine43: a German Noto quake report read "Japans" as an everyday noun and
            # named no country, so the refine merged its story with a Chilean quake's)
            stem = _fold(tokens[i][:-1])
            hit = next(((1, key) for parts, key, acronym in words.get(stem, ())
                        if parts == (stem,) and key in _PLACE_KEYS and not acronym), None)
        if hit is None:
            i += 1
            continue
        n, key = hit
        if _shouted_acronym(text or "", tokens, spans, fold, i, n, words, language) or _stop_word_form(tokens, i, n, language):
            i += 1
            continue
        if i and key in _PLACE_KEYS and _region_part(text or "", tokens, spans, i):
            i += n  # "Emilia-Romania", "New Mexico": a region's name, not the country's
            continue
        if key in _PLACE_KEYS and _water_body(text or "", tokens, spans, fold, i, n, language):
            key = WATER_PREFIX + key[len(ALIAS_PREFIX):]
        keys.add(key)
        matched.update(fold(j) for j in range(i, i + n))
        i += n
    if _HAN.search(text or ""):
        for j in range(len(text) - 1):
            for form, key in han.get(text[j:j + 2], ()):
                if text.startswith(form, j):
                    keys.add(key)
                    break
    return frozenset(keys), frozenset(matched)


def _shouted_acronym(text: str, tokens: list[str], spans: list[tuple[int, int]], fold: Callable[[int], str], i: int,
                     n: int, words: dict[str, list[tuple[tuple[str, ...], str, bool]]], language: str | None) -> bool:
    """Tokens ``i`` .. ``i + n - 1`` are an acronym form of the tables written inside a run of capitals (a headline
    or a shouted line), beside a word in capitals that is a word of ``language`` (text.language_word: a stop word or common word of its
    lexicon, with no language any language's stop word): Spanish
    "UNO DE LOS HERIDOS" is no "UNO", English "WHO KNEW?" no WHO, French "VIOLENCES AU MALI" no AU (the acronym
    guards of bodies58, break57b G4). An acronym beside another the tables lack is two acronyms ("NATO KFOR", "UN
    OCHA", "ООН ЮНИСЕФ": break59a F3), as entities._rules._shouted_only reads them. The line's real acronyms go
    with it ("EU AND NATO LEADERS MEET"); the report names them again below."""
    if not _acronym_at(words, fold, tokens, i, n):
        return False
    # the word before and the one after, each with the index of the gap to it
    return any(0 <= j < len(tokens) and _shouted(tokens[j]) and not _acronym_at(words, fold, tokens, j, 1)
               and _joined(text, spans, gap, hyphen=True) and language_word(tokens[j], language)
               for j, gap in ((i - 1, i - 1), (i + n, i + n - 1)))


def _stop_word_form(tokens: list[str], i: int, n: int, language: str | None) -> bool:
    """Token ``i`` alone is a form of the tables written with a capital that is a stop word of ``language``: the
    Italian press's "Onu" (the UN) is Turkish "Onu" (him, her) opening a sentence; such a form is a word there.
    Stop words only, not text.language_word's common words: the tables' country names are common words too
    (Turkish "Fas", Morocco, and "Çin", China, fold to words of the Turkish and German lexicons), whereas
    entities._gazetteer._acronym_written_as_word, which reads only short acronyms, refuses those."""
    return n == 1 and language is not None and not tokens[i].isupper() and tokens[i].casefold() in stop_words(language)


def _acronym_at(words: dict[str, list[tuple[tuple[str, ...], str, bool]]], fold: Callable[[int], str],
                tokens: list[str], i: int, n: int) -> bool:
    """Tokens ``i`` .. ``i + n - 1``, in capitals, are an acronym form of the tables ("UN", "U.N.")."""
    if not all(tokens[j].isupper() for j in range(i, i + n)):
        return False
    parts = tuple(fold(j) for j in range(i, i + n))
    return any(acronym and form == parts for form, _, acronym in words.get(parts[0], ()))


def _shouted(token: str) -> bool:
    """A word of two letters or more in capitals only ("VIOLENCES", "DE")."""
    return len(token) >= 2 and token.isalpha() and token.isupper()


def _genitive(token: str) -> bool:
    """A capitalised Latin word of five letters or more ending in a lower-case "s" (a name's genitive form in
    German, Dutch, the Nordic languages: "Japans", "Chiles"); a name's own "s" is matched whole before this."""
    return len(token) >= 5 and token[:1].isupper() and token[-1] == "s" and token[1:].islower() and token.isascii()


def alias_forms(key: str) -> tuple[str, ...]:
    """Every form of the alias group ``key`` (an :func:`alias_keys` key) in the tables' order, in every
    language and script ("=international monetary fund": IMF, IWF, FMI, МВФ, ..., 国际货币基金组织);
    () for a key no group has. A water body's key (:data:`WATER_PREFIX`, "=waters of mexico") has its country's
    forms: the texts that may name it (a search reads each hit's keys after)."""
    _tables()
    if key.startswith(WATER_PREFIX):
        key = ALIAS_PREFIX + key[len(WATER_PREFIX):]
    return _FORMS.get(key, ())


def _region_part(text: str, tokens: list[str], spans: list[tuple[int, int]], i: int) -> bool:
    """Token ``i`` (a place's name) ends a region's compound name: joined by a hyphen to a capitalised
    word ("Emilia-Romania", Polish for Emilia-Romagna; final29), or after "New" ("New Mexico", "Nowa
    Gwinea"). A longer form that holds both words ("Papua-Nowa Gwinea", "Guinea-Bissau") matched
    first; a word of the table before the hyphen keeps it ("Israel-Gaza", "Russia-Ukraine")."""
    prev = tokens[i - 1]
    sep = text[spans[i - 1][1] : spans[i][0]]
    if _fold(prev) in _NEW and sep in (" ", "-"):
        return True
    words, _ = _tables()
    return (sep == "-" and prev[:1].isupper() and prev[1:].islower() and tokens[i][:1].isupper()
            and _fold(prev) not in words)


def _match(tokens: list[str], fold: Callable[[int], str], i: int,
           entries: Iterable[tuple[tuple[str, ...], str, bool]]) -> tuple[int, str] | None:
    first = tokens[i]
    for parts, key, acronym in entries:
        n = len(parts)
        if i + n > len(tokens) or any(fold(i + k) != parts[k] for k in range(1, n)):
            continue
        if acronym and not first.isupper():
            continue
        return n, key
    return None


# A word of a script other than Latin: its letters only (Cyrillic, Greek, Arabic, Hebrew...).
_NON_LATIN_WORD = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


# A place written before a comma and a day is a dateline's, where the desk files from ("عمان، 2 كانون الأول
# (بترا)": Arabic datelines the cleaner leaves in the text): no place of the event (two Jordanian bus
# crashes datelined Amman are two events).
_DATELINE_AFTER = re.compile(r"\s*[،,]\s*\d")


def city_keys(text: str, language: str | None = None) -> frozenset[str]:
    """The keys a Latin-script report gives the large cities ``text`` names in another script or in a
    case form (:func:`city_readings`' values)."""
    return frozenset(city_readings(text, language).values())


# A word of a Latin-script text, with a suffix a language glues on after an apostrophe ("İstanbul'da")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+(?:['’][a-z\u00c0-\u024f]+)?")
_HEBREW_LETTER = re.compile("[\u05d0-\u05ea]")


@lru_cache(maxsize=65536)
def _case_city(word: str, language: str | None) -> str | None:
    """The city a capitalised word of a case language names, in the nominative or a case form, or None (cached:
    a report repeats its city, a stream its cities; 20-odd endings are tried for a Finnish or Hungarian word)."""
    from ..analysis.entities._gazetteer import _inflected_city, _places
    from ..analysis.entities._names import _exact_key

    index = _places()[0]
    return index.get(_exact_key(word)) or _inflected_city(word, index, language) or None


# simplemma's code for a language whose lexicon it files under another (Croatian and Serbian: Serbo-Croatian)
_LEXICON_CODES = {"hr": "hbs", "sr": "hbs", "bs": "hbs"}


def _opens_sentence(text: str, start: int) -> bool:
    """The word at ``start`` opens the text, a sentence, a line or a clause after a colon or a dash (quotes and
    brackets before it skipped)."""
    before = text[:start].rstrip(" \t\"'“”‘’«»„(")
    return not before or before[-1] in ".!?:;…\n–—"


@lru_cache(maxsize=16384)
def _common_word(word: str, language: str | None, city: str) -> bool:
    """Whether the lexicon of ``language`` (simplemma's, every case language's: cs, sk, pl, hr, sl, lt, lv, fi,
    hu, tr) reads ``word`` as a form of a common word, not of the city ``city`` (a gazetteer id): its headword is
    in lower case and is the word itself or not the city's name ("Budou" -> "být", "Koruna" -> "koruna"; not
    "Turussa" -> "turku", the lexicon's lower-case Turku). False for a language it has no lexicon of."""
    from .._cache import known_lemma
    from ..analysis.entities._gazetteer import _places

    code = _LEXICON_CODES.get(language or "", language or "")
    low = word.lower()
    lemma = known_lemma(low, code)
    if lemma is None:
        return False
    # its own headword ("Koruna", "Kasa") is the common word, and so is a form of one GeoNames also spells a city
    # so ("Korunou" -> "koruna", A Coruña's Czech name; "Kasy" -> "kasa", Kazan; "Bídou" -> "bída", Bida); a form
    # whose headword is the city's own name, letter for letter, is the city, whatever case the lexicon writes it
    # in ("Turussa" -> "turku", "Łodzi" -> "łódź")
    return lemma[:1].islower() and (lemma == low or lemma != _places()[1].get(city, "").lower())


def city_readings(text: str, language: str | None = None) -> dict[str, str]:
    """The large cities ``text`` names in a form a Latin-script report's name key does not meet: each word
    read so (as the text writes it) -> the key a Latin-script report gives its city, as
    :func:`storylens.cluster.entity_keys` keys its English name's words ("昭通市" -> "zhaotong", "عمان" ->
    "amman", "Гамбурге" -> "hamburg", "Ostravě" -> "ostrava", "בחיפה" -> "haifa").

    Each city of the gazetteer (GeoNames, :mod:`storylens.analysis.entities`' ``data/place-keys.json``, the
    table ``compare`` links places by). Han names are read in runs of Han characters (three characters at
    least, as the linker reads them: two hide inside other words); a word of another script whole (not a
    dateline's: a place before a comma and a day), after the one-letter words its script glues on
    (:func:`storylens.text.prefix_splits`: Arabic "بعمان", Hebrew "ומחיפה") or none, its first letter
    capitalised where the script has case, a case ending folded (the linker's name key and its case endings).
    Hebrew's names are the similarity gazetteer's (the entity linker's table spells none), read as the pair
    verdict reads them (:func:`storylens.similarity.hebrew_places`). In a Latin-script language that
    inflects a city's name by case (:func:`storylens.text.reads_city_cases`: cs, sk, pl, hr, sl, lt, lv, fi,
    hu, tr) a capitalised word the gazetteer reads as a city, in the nominative or a case form ("Ostrava",
    "v Ostravě", "w Krakowie", "İstanbul'da"), save a given name ("Ivo") and a common word that opens a
    sentence ("Budou", "Koruna"). Names several cities share give none.

    Why (trial48 F8): Chinese and Arabic have no capitals to read names by, so a Chinese or Arabic
    report shared no name or place key with the English report of its event (昭通市 against
    "Zhaotong"), and "a key in common" rested on numbers: date parts and clock hours. try46 F0/F2: a Czech
    report's "v Ostravě" was the plain name key "ostrave", so two reports of two events in Ostrava shared it
    as a name (the rule that one city alone is no key in common never saw a city), and a Hebrew report's
    "בברנו" gave no key at all. Cost: one dictionary lookup a word of another script, one a pair of Han
    characters, a few a capitalised word of a case language."""
    if not text:
        return {}
    from anyascii import anyascii

    from ..analysis.entities._gazetteer import _han_places, _inflected_city, _places
    from ..analysis.entities._names import _exact_key
    from ..text import base, given_name_gender, prefix_splits, reads_city_cases

    index, cities, _ = _places()
    found: dict[str, str] = {}  # word -> city
    if _HAN.search(text):
        found.update((n, c) for n in _han_places(text) if (c := index.get(n)))
    words = [m for m in _NON_LATIN_WORD.finditer(text) if not _DATELINE_AFTER.match(text, m.end())]
    for m in words:
        w = m.group()
        if w[:1].lower() != w[:1] or w[:1].upper() == w[:1]:  # capitalised, or a script without case
            for form in (w, *prefix_splits(w)):
                # a case ending the name key does not fold (Ukrainian "Харкові"): the linker's endings
                city = index.get(_exact_key(form)) or _inflected_city(form, index)
                if city:
                    found[w] = city
                    break
    if reads_city_cases(language):
        for m in _LATIN_WORD.finditer(text):
            w = m.group()
            # a given name is a person's, whatever city GeoNames also spells so ("Ivo": Iwo, Nigeria)
            if w[:1].isupper() and not w.isupper() and w not in found and given_name_gender(w) is None \
                    and not _DATELINE_AFTER.match(text, m.end()):
                city = _case_city(w, base(language))
                # a common word capitalised as a sentence's first is no city whatever case form it shares with
                # one (break48 F1: Czech "Budou" -> Buda, "Musili" -> Mosul, "Koruna" -> A Coruña, Polish
                # "Kasa" -> Kazan), as the pair verdict reads it (storylens.similarity._openings._spelled_places)
                if city and not (_opens_sentence(text, m.start()) and _common_word(w, base(language), city)):
                    found[w] = city
    labels = dict(cities)
    if _HEBREW_LETTER.search(text):
        from ..similarity import hebrew_places

        for w, label in hebrew_places(text).items():
            if w not in found:
                found[w] = label
                labels.setdefault(label, label)
    keys: dict[str, str] = {}
    for w, city in found.items():
        # a name of several words by its longest, the one a report keys ("Frankfurt am Main" -> "frankfurt",
        # "Saint Petersburg" -> "petersburg": "St" and "am" are no keys, "main" would be a word's)
        parts = re.split(r"[\s\-'’.]+", anyascii(labels.get(city, city)).lower())
        word = max(parts, key=len)
        if len(word) >= 3:
            keys[w] = word
    return keys
