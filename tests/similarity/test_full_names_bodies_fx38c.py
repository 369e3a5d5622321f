"""similarity.full_names reads no person in a place's or a body's name that opens with a given name
(review34a #4: "Virginia Beach", "Charlotte Hornets", "Alexandria Virginia", "Regina Police" were read
as people, and the refine's name bridge could join two reports of two games or two incidents on them).
The texts are written for these tests."""

from __future__ import annotations

import pytest

from storylens.similarity import full_names


@pytest.mark.parametrize("text", [
    "Virginia Beach police said the road was closed.",  # a gazetteer place
    "Police in Santa Clara County closed the road.",
    "The Charlotte Hornets beat the visitors by ten points.",  # a city and a plural common noun: a team
    "The Jackson Jaguars lost at home on Sunday.",
    "The flight landed in Alexandria Virginia on Monday.",  # a city and its region
    "Officers of the Regina Police Service arrested two men.",  # the text layer's organisation_words
    "The Christian Democrats won the vote in the state.",
    "Ryan Air cancelled forty flights.",
    "Die Charlotte Polizei nahm zwei Männer fest.",  # de
    "La Regina Policía detuvo a dos hombres.",  # es
], ids=["gazetteer place", "gazetteer opening", "team", "team 2", "city region", "police", "party",
        "airline", "de police", "es police"])
def test_a_place_or_a_body_opening_with_a_given_name_is_no_person(text):
    assert full_names(text) == frozenset()


@pytest.mark.parametrize(("text", "person"), [
    ("Außenminister Heiko Maas (SPD) machte klar, dass es keine normale Ferienzeit gibt.", "heiko maas"),
    ("Microsoft founder Bill Gates said the fund would grow.", "bill gates"),  # a plural noun, no city before it
    ("Austin Butler starred in the film.", "austin butler"),  # a city's name, a singular word after it
    ("Charlotte Church sang at the gala.", "charlotte church"),
    ("Minister Radosław Sikorski przyjechał do Kijowa.", "radoslaw sikorski"),
    ("Victoria Beckham opened the show in Paris.", "victoria beckham"),
], ids=["de", "plural surname", "city given name", "city given name 2", "pl", "region given name"])
def test_a_person_stays_a_person(text, person):
    assert person in full_names(text)


@pytest.mark.parametrize(("text", "person"), [
    ("El diputado Mauricio Rivera dijo que votará en contra.", "mauricio rivera"),  # a city, a region's name as surname
    ("El alcalde Orlando Rivas anunció nuevas obras.", "orlando rivas"),
])
def test_a_city_and_a_regions_name_as_surname_stays_a_person(text, person):
    assert person in full_names(text)
