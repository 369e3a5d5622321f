"""The shipped keys of the large cities' names and of the hyphenated regions (data/place-keys.json) are
what keying the shipped names gives."""

from __future__ import annotations

import json
from importlib import resources

from storylens.analysis import entities
from storylens.analysis.entities import _gazetteer, _names, _rules


def _data(name: str) -> dict:
    return json.loads(resources.files("storylens").joinpath(f"data/{name}").read_text("utf-8"))


def test_shipped_place_index_is_the_index_of_the_shipped_names():
    # Fails after a change to how names are keyed (built["keys"] is place_keys of the same cities), to the Han
    # index, the city list or the regions' keys: rebuild with scripts/build_place_names.py --keys-only. (A test
    # of shipped["keys"] == place_keys(cities) alone was this one's "keys" check again: 1.1 CPU-s, load 12.)
    shipped = _data(entities.PLACE_KEYS_FILE)
    built = entities.place_index(_data("place-names.json")["cities"], _data("region-names.json")["regions"])
    assert {k: shipped[k] for k in built} == built
    assert list(shipped["han"]) == list(built["han"]) and list(shipped["han_starts"]) == list(built["han_starts"])
    assert _rules._region_keys() == frozenset(_names._exact_key(r) for r in _data("region-names.json")["regions"])


def test_the_place_index_reads_every_name_as_before():
    one, label, han = _gazetteer._build_places()
    cities = _data("place-names.json")["cities"]
    for city, names in list(cities.items())[:300]:
        for name in names:
            key = name if _names._HAN_RE.search(name) else _names._exact_key(name)
            assert one[key] in (city, "")  # "" when several cities share the key
    assert one[_names._exact_key("Warszawa")] == "Warsaw" and label["Warsaw"] == "Warsaw"
    assert "都拉斯" in han["都拉"]
