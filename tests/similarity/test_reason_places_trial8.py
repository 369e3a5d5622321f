"""Trial 8's same-story reasons: a city inside the country the other text names is no different
place (Prague / Czechia), a common word that spells a city is no place (Polish "Korona", the
currency), a news agency is no shared name ("Reuters"), and German adjective-noun phrases and
noun compounds are no names ("Tschechische Nationalbank", "Zinserhöhung")."""

from __future__ import annotations

import pytest

from storylens.similarity import Gazetteer, score_pair
from storylens.similarity._banks import _confirmed_names
from storylens.similarity._contests import _apart_places
from storylens.similarity._sides import _noun_words, _word_places


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.load()


def _id(gazetteer: Gazetteer, name: str) -> str:
    return gazetteer.names[name]


def test_a_city_in_the_country_the_other_side_names_is_no_different_place(gazetteer):
    prague, czechia = _id(gazetteer, "prague"), _id(gazetteer, "czechia")
    assert _apart_places({prague}, {prague}, {czechia}, {czechia}) == (frozenset(), frozenset())
    # a city of another country still differs, and so does the country beside it
    wellington, nz = _id(gazetteer, "wellington"), _id(gazetteer, "new zealand")
    assert _apart_places({prague}, {prague}, {nz, wellington}, {nz, wellington}) == (
        frozenset({prague}), frozenset({nz, wellington}))
    # two cities of one country are two places (Prague vs Brno is a difference)
    brno = _id(gazetteer, "brno")
    assert _apart_places({prague}, {prague}, {brno}, {brno}) == (frozenset({prague}), frozenset({brno}))


@pytest.mark.parametrize(
    "text, lang, word",
    [
        ("Bank podniósł stopy. Korona umocniła się o 1,5 proc. Dług wzrośnie o 12 mld koron.", "pl", "korona"),
    ],
)
def test_a_common_word_opening_a_sentence_is_no_city(gazetteer, text, lang, word):
    assert _id(gazetteer, word) in _word_places(text, lang, gazetteer)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Warszawa ogłosiła nowe przepisy. Rząd w Warszawie obradował.", "pl"),  # no lower-case warszawa
        ("Die Korona in Prag? Der Bank in Korona zufolge stieg der Kurs.", "de"),  # capitalised mid-sentence
        ("Prague's index fell. The crown rose in Prague.", "en"),
    ],
)
def test_a_city_named_as_a_name_stays(gazetteer, text, lang):
    assert not _word_places(text, lang, gazetteer)


def test_a_news_agency_is_no_shared_name():
    shared = _confirmed_names(["Reuters", "AFP", "Hálková"], {"reuters", "afp", "halkova"})
    assert shared == ("Hálková",)


def test_german_adjective_noun_phrases_and_noun_compounds_are_no_names():
    found = _noun_words(["Die Tschechische Nationalbank hat den Leitzins erhöht.",
                         "Die Zinserhöhung kam überraschend, sagte Petra Hálková."])
    assert {"tschechische", "nationalbank", "zinserhohung"} <= found, found
    assert not {"petra", "halkova"} & found


def test_a_german_person_name_of_known_words_stays_a_name():
    found = _noun_words(["Am Montag sagte Angela Merkel in Berlin, die Lage sei ernst."])
    assert not {"angela", "merkel"} & found, found


DE_A = ("Die Tschechische Nationalbank (CNB) hat ihren Leitzins überraschend um 75 Basispunkte auf 5,25 Prozent "
        "angehoben. Die Zinserhöhung kam für Analysten überraschend, berichtet Reuters aus Prag. "
        "Notenbankchefin Petra Hálková sagte, die Inflation sei kein vorübergehender Gast.")
DE_B = ("Die Tschechische Nationalbank hebt den Leitzins auf 5,25 Prozent an. Die Zinserhöhung in Tschechien "
        "überrascht, meldet Reuters. Notenbankchefin Petra Hálková verteidigte die Entscheidung.")


def test_the_reasons_of_a_german_pair(hashing_embedder):
    reasons = " ".join(score_pair(DE_A, DE_B, "de", "de", embedder=hashing_embedder, fast=True).reasons)
    for word in ("Tschechische", "Nationalbank", "Zinserhöhung", "Reuters", "different places"):
        assert word not in reasons, reasons
