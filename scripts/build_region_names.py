"""Build ``src/storylens/data/region-names.json``: hyphenated names of countries' subdivisions (states,
regions, provinces, departments) in the languages StoryLens reads, so that "Baden-Württemberg",
"Castilla-La Mancha", "Seine-Saint-Denis" or "Северный Рейн-Вестфалия" are typed as places, not as a
person's double name (a hyphenated capitalised word reads as "Jean-Pierre" or "Kramp-Karrenbauer"
to every rule that knows no place by that name; the city gazetteer, place-names.json, holds cities).

Source: ISO 3166-2 via the ``pycountry`` package (``pip install pycountry``): each subdivision's
name and its translations (pycountry's iso3166-2 gettext catalogues) into :data:`LANGUAGES`, kept
when written with a hyphen between capitalised parts. One list of names, no codes.

Then rebuild the shipped keys (``data/place-keys.json`` holds the regions' keys): .venv/bin/python
scripts/build_place_names.py --keys-only (tests/analysis/test_place_keys.py fails until then).

Run: .venv/bin/python scripts/build_region_names.py
"""

from __future__ import annotations

import gettext
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "storylens" / "data" / "region-names.json"
LANGUAGES = ("de", "en", "es", "fr", "it", "pl", "ru", "tr")
# "Baden-Württemberg", "Castilla-La Mancha", "Île-de-France", "Санкт-Петербург": a capital on both sides
_HYPHENATED = re.compile(r"^[^\W\d_][\w'’ ]*-[\w'’ -]*[^\W\d_]$")


def keep(name: str) -> bool:
    parts = [p for p in re.split(r"[- ]", name) if p]
    return bool(_HYPHENATED.match(name)) and parts[0][:1].isupper() and parts[-1][:1].isupper()


def main() -> int:
    import pycountry

    catalogues = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
                  for lang in LANGUAGES]
    names: set[str] = set()
    for sub in pycountry.subdivisions:
        for catalogue in catalogues:
            name = catalogue.gettext(sub.name)
            if keep(name):
                names.add(name)
        if keep(sub.name):
            names.add(sub.name)
    OUT.write_text(json.dumps({"source": f"ISO 3166-2 subdivisions (pycountry {pycountry.__version__ if hasattr(pycountry, '__version__') else ''}),"
                                         f" hyphenated names in {', '.join(LANGUAGES)}", "regions": sorted(names)},
                              ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {OUT} ({OUT.stat().st_size:,} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
