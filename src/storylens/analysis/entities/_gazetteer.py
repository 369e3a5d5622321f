"""The large cities' names in every script (``data/place-keys.json`` from GeoNames) and their inflected
forms (part of :mod:`storylens.analysis.entities`)."""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from ..._datafile import SHIPPED_DATA, read_json
from ...text import base, language_word, stop_words
from ...text._hanzi import han_lookup_form
from ._aliases import AliasGroup
from ._names import _HAN_RE, _exact_key, greek_latin, is_acronym

_PLACES: tuple[dict[str, str], dict[str, str], dict[str, list[str]]] | None = None
_PLACE_LOCK = threading.Lock()
PLACE_KEYS_FILE = "place-keys.json"


def _places() -> tuple[dict[str, str], dict[str, str], dict[str, list[str]]]:
    """Large cities' names in every script (``data/place-names.json``, GeoNames; built by
    scripts/build_place_names.py): name key -> its one city ("" when several cities share it),
    city -> name, Han names by first two characters. Loaded once per process, on first use."""
    global _PLACES
    with _PLACE_LOCK:
        if _PLACES is None:
            _PLACES = _build_places()
    return _PLACES


def _build_places() -> tuple[dict[str, str], dict[str, str], dict[str, list[str]]]:
    # Everything keyed ships in data/place-keys.json (written by scripts/build_place_names.py from
    # data/place-names.json; tests/analysis/test_place_keys.py checks it against place_index): keying
    # 54k names cost 0.5-0.9 CPU-s in the first comparison on a machine, and reading the names to find
    # the Han ones another ~0.03 of the ~0.07 the table took in an empty-cache compare of the seeds.
    data = _place_data()
    return {**data["keys"], **data["han"]}, {c: c.split(" (")[0] for c in data["cities"]}, data["han_starts"]


@lru_cache(maxsize=1)
def _place_data() -> dict[str, Any]:
    """``data/place-keys.json`` as read (see :func:`place_index`), once per process."""
    data: dict[str, Any] = read_json(SHIPPED_DATA / PLACE_KEYS_FILE)
    return data


_ARABIC_ONE_WORD = re.compile(r"[\u0621-\u064A]{3,}")


@lru_cache(maxsize=1)
def _arabic_place_keys() -> frozenset[str]:
    """The name keys of the gazetteer's cities (``data/place-keys.json``) and of CLDR's countries in Arabic that are
    one Arabic word of three letters or more ("دمشق", "عمان", "لبنان")."""
    from ...text import territory_names

    names = {k for k in _place_data()["keys"] if _ARABIC_ONE_WORD.fullmatch(k)}
    return frozenset(names | {_exact_key(n) for n in territory_names("ar") if _ARABIC_ONE_WORD.fullmatch(n)})


def arabic_place_word(word: str) -> bool:
    """Whether ``word`` (an Arabic word as written, no proclitic) is a large city's or a country's name: the one
    Arabic word a search glues a proclitic letter onto or cuts one from (store._common.word_forms, break68r: a cut
    from any word found "ساد" in "فساد", "حدة" in "وحدة"). First call reads the gazetteer (~0.2 CPU-s)."""
    return _exact_key(word) in _arabic_place_keys()


def place_keys(cities: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """Name key (:func:`_exact_key`) -> its one city ("" when several cities share it), for the
    Latin and Cyrillic names of ``cities`` (city -> names, as ``data/place-names.json`` holds them);
    what ``data/place-keys.json`` ships under "keys"."""
    ids: dict[str, set[str]] = defaultdict(set)
    for city, names in cities.items():
        for name in names:
            if not _HAN_RE.search(name):
                ids[_exact_key(name)].add(city)
    return {k: next(iter(v)) if len(v) == 1 else "" for k, v in sorted(ids.items())}


def place_index(cities: Mapping[str, Sequence[str]], regions: Sequence[str]) -> dict[str, Any]:
    """What ``data/place-keys.json`` ships, from ``cities`` (``data/place-names.json``) and the
    hyphenated subdivisions' ``regions`` (``data/region-names.json``): "keys" (:func:`place_keys`),
    "han" (a Han name -> its one city, "" when several share it), "han_starts" (the Han names of
    three or more characters by their first two), "cities" (the cities in order) and "regions"
    (the regions' name keys, sorted)."""
    han: dict[str, list[str]] = defaultdict(list)
    ids: dict[str, set[str]] = defaultdict(set)
    for city, names in cities.items():
        for name in names:
            if _HAN_RE.search(name):
                if len(name) >= 3:  # two characters hide inside words (巴里岛 is Bali)
                    han[name[:2]].append(name)
                ids[name].add(city)
    return {"keys": place_keys(cities), "han": {k: next(iter(v)) if len(v) == 1 else "" for k, v in ids.items()},
            "han_starts": dict(han), "cities": list(cities), "regions": sorted({_exact_key(r) for r in regions})}


# Case endings of a city name and the nominative ending they replace, by the language that writes them:
# "Warszawie" -> "Warszawa", "Krakowie" -> "Kraków", "Москве" -> "Москва", "Дурресе" -> "Дуррес".
_CASE_ENDINGS_BY_LANGUAGE: dict[str, tuple[tuple[str, str], ...]] = {
    "pl": (("ie", "a"), ("ie", ""), ("y", "a"), ("ą", "a"), ("ę", "a"), ("u", ""), ("iu", ""), ("em", ""),
           ("ii", "ia"), ("ji", "ja")),  # Polish "-ia"/"-ja" names: "do Kilonii" (Kilonia, Kiel), "w Walencji" (trial50 F21)
    "ru": (("е", "а"), ("е", ""), ("у", "а"), ("ы", "а"), ("ой", "а"), ("а", ""), ("ом", ""), ("и", "ь"), ("и", "а"),
           ("ою", "а")),
    # Czech locative: "v Charkově" (Charkov), "v Moskvě" (Moskva), "v Londýně" (trial57 F37)
    "cs": (("ě", ""), ("ě", "a")),
    # Ukrainian locative and genitive ("у Харкові", "в Одесі", "у Дніпрі", "з Одеси"; the closed syllable's "і" of
    # "Харків", "Львів", "Київ" opens to "о", "е", "є": :data:`_UK_OPEN_STEMS`), with the endings it shares with
    # Russian ("до Харкова", "Одесу"); Lithuanian locative and genitive ("Vilniuje", "Vilniaus", "Klaipėdoje",
    # "Klaipėdos"): stop 45, the trial's uk-pl pair of one Kharkiv event
    "uk": (("і", ""), ("і", "а"), ("і", "о"), ("и", "а"), ("ою", "а"), ("у", "а"), ("а", ""), ("ом", "")),
    "lt": (("iuje", "ius"), ("iaus", "ius"), ("oje", "a")),
}
# Every language's, in the order a text of no known language tries them
_CITY_CASE_ENDINGS = tuple(dict.fromkeys(
    e for lang in ("pl", "ru", "cs", "uk", "lt") for e in _CASE_ENDINGS_BY_LANGUAGE[lang]))
# Languages that decline a city's name with no endings of their own above or in the text data (place_forms): a text
# of one reads every language's endings, as a text of no known language does
_CASE_LANGUAGES_WITHOUT_ENDINGS = frozenset({"sr", "be", "bg", "mk"})
# The Ukrainian stem a case ending leaves when the nominative's last syllable is closed by "в" with "і"/"ї":
# "Харкова" -> "Харков" -> "Харків", "Львові" -> "Львів", "Києві" -> "Київ".
_UK_OPEN_STEMS = (("ов", "ів"), ("ев", "ів"), ("єв", "їв"))
# Greek city names, read in Latin letters (GeoNames has "Lemesos", not "Λεμεσός"): the accusative and genitive
# endings of the nominative "-ος", "-α", "-η" ("στη Λεμεσό", "επαρχία Λεμεσού", "της Λάρνακας"; trial57 F8).
_GREEK_CASE_ENDINGS = (("os", "os"), ("ou", "os"), ("o", "os"), ("a", "a"), ("as", "a"), ("i", "i"), ("is", "i"))
_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")


def _inflected_city(form: str, index: Mapping[str, str], language: str | None = None, *,
                    own: bool = False) -> str | None:
    """The one large city an inflected one-word name stands for, or None: a case ending replaced
    by the nominative's (trial 7: "Warszawie" was no Warsaw). Six letters at least (five with Ukrainian "і"), so a short word
    does not turn into a city. ``language`` (the text's, when the caller knows it): its own case endings
    first (:func:`storylens.text.city_case_forms`, text data "place_forms": Czech "v Brně" Brno, "v Praze"
    Praha, Finnish "Helsingissä", Turkish "İstanbul'da"), four letters at least. ``own`` (with a ``language``):
    that language's endings only (:func:`case_city`)."""
    if " " in form or len(form) < 4:
        return None
    if language is not None:
        from ...text import city_case_forms

        for cand in city_case_forms(form, language):
            city = index.get(_exact_key(cand))
            if city:
                return city
    if len(form) < 5:
        return None
    code = (language or "").split("-")[0].lower()
    endings = _CITY_CASE_ENDINGS
    if own and code and code not in _CASE_LANGUAGES_WITHOUT_ENDINGS:
        endings = _CASE_ENDINGS_BY_LANGUAGE.get(code, ())
        if code != "tr" and code != "el" and not endings:
            return None  # a language that does not decline a city's name, or whose endings the text data holds
    # Turkish breaks a foreign initial cluster with a vowel: "Dıraç" is "Drač" (Durrës), "Kırım"
    cluster = re.match(r"^([^\W\d_aeıioöuüAEIİOÖUÜ])[ıiuü]([^\W\d_aeıioöuü])", form)
    if cluster and (not own or code in ("", "tr")):
        city = index.get(_exact_key(cluster.group(1) + form[2:]))
        if city:
            return city
    if _GREEK.search(form):
        if own and code not in ("", "el"):
            return None
        latin = greek_latin(form)
        for ending, nominative in _GREEK_CASE_ENDINGS:
            if latin.endswith(ending) and (city := index.get(_exact_key(latin[: len(latin) - len(ending)] + nominative))):
                return city
        return None
    if len(form) < 6 and not form.endswith("і"):  # Ukrainian's own "і" ends no word of another language: "Києві"
        return None
    for ending, nominative in endings:
        if form.endswith(ending):
            stem = form[: len(form) - len(ending)]
            closed = next((stem[: len(stem) - len(o)] + c for o, c in _UK_OPEN_STEMS if stem.endswith(o)), None)
            for cand in (stem + nominative, stem.replace("o", "ó") + nominative if stem.endswith("ow") else None,
                         closed + nominative if closed is not None else None):
                city = index.get(_exact_key(cand)) if cand else None
                if city:
                    return city
    return None


def case_city(form: str, index: Mapping[str, str], language: str | None) -> str | None:
    """The one large city the one-word case form ``form`` of a text in ``language`` stands for, read by that
    language's endings only (:func:`_inflected_city` with ``own``): an English, German or French word is no case form
    (no ending is tried), a Polish one is read by Polish endings, not Ukrainian or Lithuanian ones; with no language
    known (""/None), every language's endings, as before."""
    return _inflected_city(form, index, language or None, own=bool(language))


def _han_places(text: str) -> list[str]:
    """City names of three or more Han characters in ``text`` (在都拉斯附近 -> 都拉斯)."""
    starts = _places()[2]
    found = []
    for i in range(len(text) - 2):
        for name in starts.get(text[i:i + 2], ()):
            if text.startswith(name, i):
                found.append(name)
    return found


def _alias_of(form: str, index: Mapping[str, AliasGroup], language: str | None = None) -> AliasGroup | None:
    """The alias group ``form`` names: an acronym by its capitals (in its own script only: "ES" is not "ЕС"),
    another form by its spelling key; a short acronym the press writes as a capitalised word (German "die Uno",
    Italian "gli Usa", "l'Oms", "il Ppe") by its capitals too when ``language``, the text's, reads the word as no
    word of its own (:func:`_acronym_written_as_word`). No language: no such word (break59a F2). A Han form the
    table lacks is looked up in Simplified characters too (text._hanzi.han_lookup_form, one for one): the tables
    give Chinese names in Simplified, so Traditional "韓國", "德國", "美國", "臺灣" named nothing while "韩国" was South
    Korea (stop 79's tester); a Japanese form the table lacks reads so as well, a kanji place name being the
    Chinese one ("韓国" is listed)."""
    if is_acronym(form):
        return index.get("ACR:" + form.replace(".", "").upper())
    group = index.get(_exact_key(form))
    if group is None and _HAN_RE.search(form):
        simplified = han_lookup_form(form, "zh")
        group = index.get(_exact_key(simplified)) if simplified != form else None
    if group is None and language and _acronym_written_as_word(form, language):
        group = index.get("ACR:" + form.upper())
    return group


def _acronym_written_as_word(form: str, language: str) -> bool:
    """Whether ``form`` is a capitalised word of two or three letters ("Uno", "Usa", "Oms") that is no stop word
    nor common word of ``language`` (text.language_word: spaCy's stop words, simplemma's lexicon): Spanish and Italian "Uno", French
    "Un" and "Au", Portuguese "Eu", English "Who" and "Us" are words there, German "Uno" is not. A form the
    language's press writes for an acronym though the lexicon knows a word (aliases.json "acronym_words": Italian
    "Usa", also the verb "usa") is one too, a stop word never."""
    if not (2 <= len(form) <= 3 and form.isalpha() and form[:1].isupper() and form[1:].islower()):
        return False
    lang = base(language) or ""
    if form.casefold() in stop_words(lang):
        return False
    return form in _acronym_words().get(lang, frozenset()) or not language_word(form, lang)


@lru_cache(maxsize=1)
def _acronym_words() -> dict[str, frozenset[str]]:
    """Language -> the acronyms its press writes as a capitalised word its lexicon also knows (aliases.json
    "acronym_words")."""
    return read_json(SHIPPED_DATA / "aliases.json", lambda data: {
        lang: frozenset(words) for lang, words in data.get("acronym_words", {}).items()})
