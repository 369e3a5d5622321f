"""The place index holds the cities' Hebrew names (issues/closing_stop49: "Hebrew cities have no names in the place
index"): GeoNames writes them ("ברנו", "חיפה"), scripts/build_place_names.py kept only Han and Arabic of the caseless
scripts."""

from __future__ import annotations

import pytest

from storylens.analysis.entities import exact_key, place_names


@pytest.mark.parametrize(("name", "city"), [("ברנו", "Brno"), ("חיפה", "Haifa"), ("לימסול", "Limassol"),
                                            ("קייב", "Kyiv"), ("תל אביב", "Tel Aviv")])
def test_a_hebrew_name_finds_its_city(name, city):
    assert place_names()[0].get(exact_key(name)) == city
