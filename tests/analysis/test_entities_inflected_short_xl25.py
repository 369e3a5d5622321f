"""A bare surname or a country's name in another case links across languages (stop 37, xl25: in the ledger
gold's new pl-en sets "Poparcie dla Dudy spada" stayed an entity "Dudy" apart from "Andrzej Duda", and "W Polsce"
an entity "Polsce" apart from "Poland", so the aligner's translation-proof keys missed both)."""

import pytest

from storylens.analysis.entities import EntityExtractor

from ._docs import doc_of


def _groups(*docs) -> list[set[str]]:
    return [set(e.variants) for e in EntityExtractor().extract(list(docs))]


@pytest.mark.parametrize("lang, native, english, pair", [
    ("pl", ["Efekt sondażu. Poparcie dla Dudy spada.", "Na Andrzeja Dudę zagłosowałoby 38 proc. badanych."],
     ["The race continues and Andrzej Duda is weakening in the new poll."], {"Dudy", "Andrzej Duda"}),
    ("cs", ["Podpora Fialy klesá.", "Pro Petra Fialu by hlasovalo 30 procent voličů."],
     ["Support for Prime Minister Petr Fiala is falling."], {"Fialy", "Petr Fiala"}),
])
def test_a_bare_surname_in_another_case_is_the_person(lang, native, english, pair):
    groups = _groups(doc_of("d1", native, lang), doc_of("d2", english, "en"))
    assert any(pair <= g for g in groups)


@pytest.mark.parametrize("lang, native, country, english", [
    ("pl", "W Polsce zagrożonych ubóstwem było 9,7 proc. pracowników.", "Polsce", "Poland"),
    ("pl", "Najwyższy wskaźnik odnotowano w Rumunii w 2018 roku.", "Rumunii", "Romania"),
    ("ru", "В России инфляция выросла до 8 процентов.", "России", "Russia"),
])
def test_a_country_in_another_case_is_the_country(lang, native, country, english):
    groups = _groups(doc_of("d1", [native], lang), doc_of("d2", [f"In {english} the figure rose sharply."], "en"))
    assert any({country, english} <= g for g in groups)


def test_a_surname_shared_by_two_people_is_left_alone():
    groups = _groups(doc_of("d1", ["Poparcie dla Dudy spada.", "Andrzej Duda i Agata Duda byli w Gdańsku."], "pl"))
    assert not any({"Dudy", "Andrzej Duda"} <= g or {"Dudy", "Agata Duda"} <= g for g in groups)
