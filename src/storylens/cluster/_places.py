"""Where an article is, read from its entity keys: the countries of its place keys, and a place conflict.

The stream keeps no place list per article, only its entity keys
(:func:`storylens.cluster.entity_keys`): alias groups in any language
("=guinea", "=guinea-bissau", "=mexico": babel's territories) and transliterated
capitalised words ("conakry", "bissau", "chihuahua"). The similarity gazetteer
reads both as countries: an alias group's name is a country's, a word a large
city's ("conakry" lies in GN). A one-word alias form of a country kept as a plain
key is one the alias reader left out as the country of a region's compound name
("New Mexico", "Nuevo México", "Emilia-Romania"): that text is about a place
that is *not* the country, written ``"~MX"``. When the set also holds the region's other
words ("emilia" + "romania": ISO 3166-2's Polish "Emilia-Romania"; "New" implied, the keys drop it),
the region's own country is read as well: that text is about Italy (final40 #2: a Polish quake
report naming only "Emilia-Romania" was held out of its English story, "not RO", at a score of 1.40).

Why: across languages the online join grants a missing name overlap a floor
(``crosslingual_entity_floor``), so a French coup in Conakry joined an English
and Portuguese coup story in Bissau at cosine 0.63 (final30/fixr), and the
refine's judged bridge put a Tabasco flood into a New Mexico flood story
(final31 #3): one kind of event, neighbouring places, two stories.
:func:`place_conflict` is the evidence against such a join.

Cost: the gazetteer is read once per process (~0.1 CPU-s with its module); a
key is one dictionary lookup, cached.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Container, Iterable, Mapping
from collections.abc import Set as AbstractSet
from functools import lru_cache

from ._aliases import _PLACE_KEYS, ALIAS_PREFIX, _tables

__all__ = ["group_places", "key_country", "place_conflict", "places_of", "say_places"]

_LOCK = threading.Lock()
_Gaz = tuple[dict[str, str], Callable[[AbstractSet[str]], frozenset[str]], frozenset[str]]
_GAZ: _Gaz | None = None  # names, countries-of, common words


def _gazetteer() -> _Gaz:
    global _GAZ
    with _LOCK:
        if _GAZ is None:
            from ..similarity import Gazetteer
            from ..similarity._places import _common_word_keys, _place_countries_of

            _GAZ = (dict(Gazetteer.load().names), _place_countries_of, _common_word_keys())
    return _GAZ


@lru_cache(maxsize=65536)
def key_country(key: str) -> tuple[str, bool] | None:
    """(country, strong) of one entity key, or None when the key names no place the gazetteer knows.

    ``strong``: an alias group of a country ("=guinea" -> ("GN", True)), or a country word left as a
    plain key while it is one of the alias table's one-word forms of a country, i.e. only inside a
    region's name ("mexico" of "New Mexico" -> ("~MX", True); "vatican", no form of a group, -> None). A city's
    word ("conakry" -> ("GN", False)) is weak: a one-word city name is often a person's ("Santiago",
    "Washington"), so it may confirm a country two texts share but is no evidence of its own.
    Numbers and common words (a number word that is a city's key: "mila") are no place.
    """
    if not key or key[0] == "#":
        return None
    if key[0] == "@":  # a city read in another script (cluster.CITY_MARK): the city's key
        key = key[1:]
    from ..similarity._common import _fold

    names, countries_of, common = _gazetteer()
    if key[0] == ALIAS_PREFIX:
        _tables()  # fills _PLACE_KEYS
        if key not in _PLACE_KEYS:
            return None
        place = names.get(_fold(key[1:]))
        found = countries_of({place}) if place else frozenset()
        return (next(iter(found)), True) if len(found) == 1 else None
    if key in common:
        return None
    place = names.get(key)
    if place is None:
        return None
    if len(place) == 2 and place.isupper():
        # A country's one-word alias form left as a plain key was skipped by the alias reader as a
        # region's part ("New Mexico"); any other plain country word is one the alias table does not
        # spell ("Vatican": the Holy See's group), no evidence either way (dev stream: read as a region,
        # it held an es and a pl report of the Pope's Vatican address from their English story).
        return ("~" + place, True) if _region_word(key) else None
    found = countries_of({place})
    return (next(iter(found)), False) if len(found) == 1 else None


def _region_word(key: str) -> bool:
    """Whether ``key`` is a one-word alias form of a place group (so only a region's name can have kept it plain)."""
    words, _ = _tables()
    return any(parts == (key,) and group in _PLACE_KEYS for parts, group, _ in words.get(key, ()))


@lru_cache(maxsize=1)
def _regions_ending() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Last word of a region's folded name -> ((its words before it), its country), from the
    similarity layer's ISO 3166-2 names (data/region-countries.json): "romania" -> ((("emilia",), "IT"),)."""
    from ..similarity._openings import _regions

    ending: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for name, country in _regions()[0].items():
        *head, last = name.split(" ")
        if head:
            ending.setdefault(last, []).append((tuple(head), country))
    return {k: tuple(v) for k, v in ending.items()}


def _region_country(word: str, keys: Container[str]) -> str | None:
    """The country of the region whose compound name ends in the country word ``word`` and whose other
    words are all keys too ("romania" with "emilia": IT), a "New" word counting as present (the keys drop
    English "new"); None when no region, or two regions of two countries, fit."""
    from ._aliases import _NEW

    found = {country for head, country in _regions_ending().get(word, ())
             if all(w in keys or w in _NEW for w in head)}
    return next(iter(found)) if len(found) == 1 else None


def places_of(keys: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(strong countries, all countries) of a set of entity keys (see :func:`key_country`).

    A region's country word ("~RO" of "Emilia-Romania") also gives the region's own country, strong,
    when the keys hold the rest of the region's name (:func:`_region_country`): "emilia" + "romania"
    -> {"~RO", "IT"}."""
    # a story's key counts (a mapping) answer ``in`` as they are: no set built per story read
    pool: Container[str] = keys if isinstance(keys, (AbstractSet, Mapping)) else frozenset(keys)
    strong: set[str] = set()
    every: set[str] = set()
    for k in keys:
        hit = key_country(k)
        if hit is None:
            continue
        every.add(hit[0])
        if hit[1]:
            strong.add(hit[0])
        if hit[0][0] == "~" and (region := _region_country(k, pool)) is not None:
            every.add(region)
            strong.add(region)
    return frozenset(strong), frozenset(every)


def group_places(counts: Mapping[str, int], members: int) -> tuple[frozenset[str], frozenset[str]]:
    """(strong countries, all countries) of a story or group of ``members`` articles whose entity keys
    are counted per member in ``counts`` (key -> how many members name it).

    The strong countries, the ones that can hold an article apart, are those of the keys that define
    the group: named by at least two of its members (one member: its keys). All countries still read
    every key, so a country any member names is one in common. Why (final44 W4): one member's passing
    place -- a bus driver "a 52-year-old from Munich" in an Innsbruck crash report -- made a two-member
    story "DE", and the online join then refused the story's Chinese report, which names Austria."""
    if members < 2:
        return places_of(counts)
    # One pass over the keys (ingest71: the online join reads a story's places once per candidate, ~18 stories an
    # article on dev texts): what places_of gives of the keys two members name (strong) and of all keys (every).
    strong: set[str] = set()
    every: set[str] = set()
    defining: frozenset[str] | None = None  # the keys two members name: a region's other words are read there
    for k, n in counts.items():
        hit = key_country(k)
        if hit is None:
            continue
        region = hit[0][0] == "~"
        every.add(hit[0])
        if region and (country := _region_country(k, counts)) is not None:
            every.add(country)
        if n < 2:
            continue
        if hit[1]:
            strong.add(hit[0])
        if region:
            defining = defining if defining is not None else frozenset(x for x, m in counts.items() if m >= 2)
            if (country := _region_country(k, defining)) is not None:
                strong.add(country)
    return frozenset(strong), frozenset(every)


def place_conflict(a: Iterable[str] | tuple[frozenset[str], frozenset[str]],
                   b: Iterable[str] | tuple[frozenset[str], frozenset[str]]) -> tuple[str, str] | None:
    """The two sides' countries when their places say two stories, else None.

    Each side names a country by an alias group or a region's name (strong), and no country, city's
    country or region of one side is one of the other's. A side with no strong place, or one place
    in common anywhere, is no conflict: a missing name is weak evidence, a shared one outweighs it.
    Returns ``("GN", "GW, ~MX")``-style strings (sorted, ``~XX``: a region of XX, not XX) for the reasons.
    """
    # ``a`` may be its places_of() already (the online join reads one article against many stories),
    # ``b`` a story's group_places()
    strong_a, all_a = a if isinstance(a, tuple) else places_of(a)
    if not strong_a:
        return None
    strong_b, all_b = b if isinstance(b, tuple) else places_of(b)
    if not strong_b or all_a & all_b:
        return None
    return ", ".join(sorted(all_a)), ", ".join(sorted(all_b))


def say_places(countries: str) -> str:
    """:func:`place_conflict`'s side for a reader: "GW" stays, "~MX" is "a region named after MX (not MX)"."""
    return ", ".join(f"a region named after {c[1:]} (not {c[1:]})" if c.startswith("~") else c
                     for c in countries.split(", "))
