"""A city a text of another script gives twice, marked and as its reading ("@thessaloniki" and "thessaloniki"), is
one city when two such texts meet (try46 F0: a Greek warehouse-fire report and a Greek bus-crash report of one city
joined online on "#40" and the city counted as two keys; a city has many events, one city and a small count are no
key in common). A city met once, or against a Latin-script name, keeps its rules."""

from storylens.cluster import _keys_in_common


def test_one_city_twice_and_a_small_count_are_no_key_in_common():
    keys = ["#40", "@thessaloniki", "thessaloniki"]
    assert _keys_in_common(keys, set(keys), 2)[2] == []


def test_two_cities_or_a_name_beside_it_still_are():
    two = ["#40", "@thessaloniki", "thessaloniki", "@piraeus", "piraeus"]
    assert set(_keys_in_common(two, set(two), 2)[2]) == {"#40", "thessaloniki", "piraeus"}
    named = ["#40", "@thessaloniki", "thessaloniki", "papadopoulos"]
    assert "papadopoulos" in _keys_in_common(named, set(named), 2)[2]


def test_the_city_against_a_latin_reports_name_is_unchanged():
    # a Greek report's city met by an English report's capitalised name: a name in common, as before
    shared = _keys_in_common(["#40", "@thessaloniki", "thessaloniki"], {"#40", "thessaloniki"}, 2)[2]
    assert set(shared) == {"#40", "thessaloniki"}
