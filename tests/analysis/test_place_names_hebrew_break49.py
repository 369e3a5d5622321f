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


def test_a_hebrew_word_is_no_city():
    # "מסרו", (they) reported, is Maseru's Hebrew name in GeoNames (trial59 F14); "קום" is cut out of "במקום"
    index = place_names()[0]
    assert index.get(exact_key("מסרו")) is None and index.get(exact_key("קום")) is None
