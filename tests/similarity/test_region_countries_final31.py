"""A city the gazetteer knows in one country is read with doubt when the text names a region of another
country and nothing else of the city's (final31 #9: "SANTA FE, … en el sur de Nuevo México" gave
"different places: Santa Fe vs Villahermosa (AR / MX)": the gazetteer's Santa Fe is Argentina's); the
region's country is a place of the text ("Nuevo México", "New Mexico": the United States)."""

from __future__ import annotations

import pytest

from storylens import similarity as sim

NM = {
    "es": ("SANTA FE, 14 de septiembre de 2026 (AP) - Las inundaciones repentinas mataron a cuatro personas en el "
           "sur de Nuevo México el lunes, informaron las autoridades estatales. La gobernadora Michelle Lujan "
           "Grisham declaró el estado de emergencia en los condados de Doña Ana y Otero."),
    "en": ("SANTA FE, 14 September 2026 (AP) - Flash floods killed four people in southern New Mexico on Monday, "
           "state officials said. Governor Michelle Lujan Grisham declared a state of emergency in Dona Ana and "
           "Otero counties, where more than 300 homes were flooded."),
}
MX = ("VILLAHERMOSA, 14 de septiembre de 2026 (EFE) - Las inundaciones dejaron once muertos en el estado de "
      "Tabasco, en el sureste de México, informó el lunes la Coordinación Nacional de Protección Civil.")


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_region_of_another_country_makes_the_city_doubtful(lang, hashing_embedder):
    f = sim.pair_features([(NM[lang], MX, lang, "es")], hashing_embedder, sim.Gazetteer.load())[0]
    assert "Santa Fe" not in f.places_only[0]
    assert sim._verdict._other_countries(f) == ("US", "MX")


def test_region_countries_are_read_in_several_languages():
    assert sim._openings._region_countries_of("Il pleut au Nouveau-Mexique et en Bavière.") >= {"US"}
    assert sim._openings._region_countries_of("Es regnet in Bayern.") == {"DE"}
    assert sim._openings._region_countries_of("Llueve en Madrid.") == frozenset()  # a city: the gazetteer's
    # a common word is no region: Portuguese "vitória" (victory) is no "Vitória" (Victoria, Australia)
    assert sim._openings._region_countries_of("O partido celebrou a vitória. Vitória foi clara.") == frozenset()


def test_the_city_stays_when_the_text_names_its_country():
    text = "SANTA FE, Argentina - Heavy rain flooded Santa Fe while New Mexico stayed dry."
    gazetteer = sim.Gazetteer.load()
    places = frozenset(gazetteer.find(text))
    assert not sim._openings._doubtful_cities(places, sim._openings._region_countries_of(text))
