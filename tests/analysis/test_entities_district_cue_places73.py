"""A one-word name after "the ... district of" is a place (final72: "the Gerland district of Lyon" was typed PERSON
by spaCy, and "Lyon" was a PERSON of the comparison). English text data "place_cues". Inputs written for this test."""

from __future__ import annotations

from storylens.analysis.entities import EntityExtractor
from storylens.analysis.entities._rules import _place_cued

from ._docs import segmented_doc

LYON = ("Fire destroys warehouse in Lyon\n\nA fire destroyed a textile warehouse in the Gerland district of Lyon on "
        "Sunday, killing two workers, the prefecture said. Firefighters fought the blaze for six hours. \"We lost "
        "everything,\" said owner Jean de La Fontaine.")


def test_a_city_after_district_of_is_a_place():
    kinds = {e.name: e.type for e in EntityExtractor().extract([segmented_doc(LYON, "en")])}
    assert kinds.get("Lyon") == "PLACE", kinds
    assert kinds.get("Jean de La Fontaine") == "PERSON", kinds


def test_the_cues():
    assert _place_cued("Lyon", "in the Gerland district of Lyon on Sunday", "en")
    assert _place_cued("Sydney", "in the northern suburbs of Sydney", "en")
    assert not _place_cued("Sydney", "the district officer Sydney Brown said", "en")


def test_an_area_cue_makes_no_place_of_a_persons_name():
    # "the district of Nancy Pelosi" is her constituency: the area cues act on a one-word name only (places73fix)
    assert not _place_cued("Nancy Pelosi", "Voters in the district of Nancy Pelosi backed it.", "en")
    assert not _place_cued("Boris Johnson", "the neighbourhood of Boris Johnson's London home", "en")
    assert not _place_cued("Jim Jordan", "Voters in the district of Jim Jordan in Ohio", "en")
    assert _place_cued("Harlem", "The neighbourhood of Harlem was without power.", "en")
    assert _place_cued("Costa Mesa", "near the town of Costa Mesa", "en")  # the other cues: any name, as before


def test_a_person_after_district_of_stays_a_person():
    text = "Voters in the district of Nancy Pelosi backed the measure on Tuesday, said Jim Jordan."
    kinds = {e.name: e.type for e in EntityExtractor().extract([segmented_doc(text, "en")])}
    assert kinds.get("Nancy Pelosi") == "PERSON", kinds
