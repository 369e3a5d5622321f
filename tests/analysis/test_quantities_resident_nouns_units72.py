"""Resident nouns are counts of people in every language (units72's data, newuser72 HIGH-1 in part): "Unos 1.200
vecinos", "1.200 residenti", "Die Stadt hat 6000 Bewohner" compare with "2,000 residents"; units72's rule that made
a people count the evacuated count past words of who they are was not landed (its tester: negated evacuations and a
town's whole population read as evacuees)."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers

EN_2000 = "About 2,000 residents living near the site were evacuated as a precaution, police said."


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Unos 1.200 vecinos que viven cerca de la planta fueron evacuados por precaución, según la policía."),
    ("it", "Circa 1.200 residenti che vivono vicino al sito sono stati evacuati per precauzione."),
    ("fr", "Environ 1 200 habitants vivant près du site ont été évacués par précaution, selon la police."),
])
def test_resident_counts_of_two_languages_conflict(lang: str, text: str) -> None:
    conflicts = compare_numbers(extract_numbers(EN_2000, "en"), extract_numbers(text, lang))
    assert len(conflicts) == 1 and conflicts[0].startswith("person: 2,000 vs 1")


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Stadt hat 6000 Bewohner."),
    ("en", "The town has 6,000 inhabitants."),
    ("pl", "Miasto liczy 6000 mieszkańców."),
])
def test_population_counts_compare_as_people(lang: str, text: str) -> None:
    conflicts = compare_numbers(extract_numbers("The town has 5,000 residents.", "en"), extract_numbers(text, lang))
    assert conflicts == [f"person: 5,000 vs {extract_numbers(text, lang)[0].text}"]


@pytest.mark.parametrize(("text", "unit"), [
    # break72u: a negated evacuation and a town's whole population are no evacuees
    ("About 2,000 people were not evacuated.", "people"),
    ("The town has 3,000 residents, many of whom were evacuated.", "residents"),
    ("Around 2,000 locals were told to stay indoors.", "locals"),
])
def test_people_counts_not_made_evacuees(text: str, unit: str) -> None:
    assert extract_numbers(text, "en")[0].unit == unit
