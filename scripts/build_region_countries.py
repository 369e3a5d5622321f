"""Build ``src/storylens/data/region-countries.json``: the names of countries' first-level subdivisions
(states, provinces, regions, Länder, voivodships) in the languages StoryLens reads, folded as the
similarity gazetteer folds names, each with its country's ISO code: "new mexico", "nuevo mexico", "nowy
meksyk" -> US. A text that names a region of one country reads a same-named city of another country
with doubt (final31 #9: "SANTA FE, … en el sur de Nuevo México" gave "different places: Santa Fe vs
Villahermosa (AR / MX)": the gazetteer's Santa Fe is Argentina's).

Left out: a name two countries' subdivisions share, and a name the city gazetteer knows (a country or a
city: "Georgia", "Santa Fe", "Madrid"), which stays the gazetteer's.

Source: ISO 3166-2 via ``pycountry`` (``pip install pycountry``) and its iso3166-2 gettext catalogues.
Run: PYTHONPATH=src:<pycountry> .venv/bin/python scripts/build_region_countries.py
"""

from __future__ import annotations

import gettext
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "storylens" / "data" / "region-countries.json"
LANGUAGES = ("cs", "de", "en", "es", "fr", "it", "pl", "pt", "ru", "tr")


def main() -> int:
    import pycountry

    from storylens.similarity import Gazetteer
    from storylens.similarity._common import _fold

    gazetteer = Gazetteer.load()
    catalogues = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
                  for lang in LANGUAGES]
    seen: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        for name in {sub.name, *(c.gettext(sub.name) for c in catalogues)}:
            key = _fold(name)
            if len(key) >= 4:
                seen.setdefault(key, set()).add(sub.country_code)
    regions = {k: next(iter(c)) for k, c in sorted(seen.items()) if len(c) == 1 and k not in gazetteer.names}
    OUT.write_text(json.dumps({"source": f"ISO 3166-2 first-level subdivisions (pycountry {pycountry.__version__}), "
                                         f"names in {', '.join(LANGUAGES)}, folded; shared and gazetteer names left out",
                               "regions": regions}, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(regions)} names -> {OUT} ({OUT.stat().st_size:,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
