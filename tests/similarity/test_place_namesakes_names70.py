"""names70 (issue #12): a city whose name is shared by a city of another country that is written about as widely
lies in the country the text's other places point to.

The gazetteer keys "Valencia" to the most populous city of that name, Venezuela's, so a Spanish flood naming Madrid
or Spain read as set in Venezuela and Spain. Such a city (data/place-countries.json "unsure") is its namesake's when
the text's other places lie in the namesake's country and none in its own. Alone it keeps the gazetteer's country
(a first version gave it none: two template reports datelined VALENCIA and NAPLES then read as one story,
tests/similarity/test_desk_datelines_trial53.py). Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.similarity._places import Gazetteer, _place_countries_of


def _countries(text: str) -> frozenset[str]:
    return _place_countries_of(Gazetteer.load().find(text))


@pytest.mark.parametrize(("text", "countries"), [
    ("Storms battered Valencia and Madrid overnight, cutting power to thousands.", {"ES"}),
    ("Valencia's mayor said the city would need months to recover from the floods in Spain.", {"ES"}),
    ("Las inundaciones en Valencia dejaron 200 muertos, informó el Gobierno de España.", {"ES"}),
    ("Valencia beat Sevilla 2-1 at Mestalla on Sunday.", {"ES"}),
])
def test_a_city_with_a_namesake_abroad_lies_where_the_other_places_are(text, countries):
    assert _countries(text) == countries
