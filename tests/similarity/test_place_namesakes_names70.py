"""names70 (issue #12): a city whose name is shared by a city of another country that is written about as widely
gives no country by its name alone.

The gazetteer keys "Valencia" to the most populous city of that name, Venezuela's, so a Spanish flood read as set in
Venezuela ("different places" against a report naming Spain). Such a city (data/place-countries.json "unsure") gives
no country; the text's other places still give theirs ("Valencia and Madrid": Spain). Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.similarity._places import Gazetteer, _place_countries_of


def _countries(text: str) -> frozenset[str]:
    return _place_countries_of(Gazetteer.load().find(text))


@pytest.mark.parametrize(("text", "countries"), [
    ("Floods hit Valencia on Tuesday, killing at least 12 people, officials said.", set()),
    ("Las lluvias torrenciales en Valencia dejaron al menos 12 muertos el martes.", set()),
    ("In Valencia starben bei dem Unwetter mehr als 200 Menschen.", set()),
    ("Córdoba registró 45 grados el domingo, el récord de la ciudad andaluza.", set()),
    ("Storms battered Valencia and Madrid overnight, cutting power to thousands.", {"ES"}),
    ("Valencia's mayor said the city would need months to recover from the floods in Spain.", {"ES"}),
    ("Las inundaciones en Valencia dejaron 200 muertos, informó el Gobierno de España.", {"ES"}),
])
def test_a_city_with_a_namesake_abroad_gives_no_country_alone(text, countries):
    assert _countries(text) == countries
