"""A common word that opens a sentence is no city for its capital alone (break48 F3, try48 F10): "Łódź wywróciła
się … wypadku łodzi" is a boat, "Reading from a statement" reads; the same word mid-sentence keeps the city. And a
one-word region's name that heads a longer name ("Gulf of Gdansk") is no region (Papua New Guinea's Gulf)."""

from __future__ import annotations

import pytest

from storylens.similarity._openings import _default_gazetteer, _region_countries_of
from storylens.similarity._sides import _initial_places


@pytest.fixture(scope="module")
def gaz():
    return _default_gazetteer()


@pytest.mark.parametrize(("lang", "text", "dropped"), [
    ("pl", "Łódź wywróciła się na Zatoce Gdańskiej. Łodzi nie udało się wydobyć. Wypadek łodzi bada prokuratura.",
     ["Łódź"]),
    ("en", "Reading from a statement, the police chief said officers had closed roads.", ["Reading"]),
    ("en", "Sale signs hung in windows after the weekend sale.", ["Salé"]),
    ("es", "Nada se sabe del incendio. No queda nada.", ["Nada"]),
    ("en", "Metro services were suspended. The metro reopened on Tuesday.", ["Metro"]),
    # the city stays: named mid-sentence too, or the word is no common word used as one in the text
    ("pl", "Łódź to trzecie co do wielkości miasto w Polsce. W Łodzi mieszka 650 tysięcy osób.", []),
    ("en", "Reading Festival organisers said the event would go ahead. Police in Reading arrested two men.", []),
    ("en", "London police said two men were arrested. London is the capital.", []),
    ("en", "Phoenix police said two officers were hurt.", []),
])
def test_a_sentence_opening_common_word_is_no_city(gaz, lang, text, dropped):
    found = gaz.find(text)
    assert sorted(gaz.labels[p] for p in _initial_places(text, lang, gaz, found)) == dropped


@pytest.mark.parametrize(("text", "countries"), [
    ("A boat capsized in the Gulf of Gdansk.", []),
    ("Floods hit the Gulf of Mexico coast.", []),
    ("The governor of Texas said.", ["US"]),
    ("Rains in Java killed ten.", ["ID"]),
])
def test_a_region_word_heading_a_longer_name_is_no_region(text, countries):
    assert sorted(_region_countries_of(text)) == countries


@pytest.mark.parametrize(("text", "named"), [
    # a surname after a lower-case title is the person's, and so are its bare mentions (break48 F2: Musil, Mosul)
    ("Czech finance minister Musil resigned on Tuesday. Musil said he could not support the cuts.", ["Mosul"]),
    ("Portugal's prime minister Montenegro said on Monday. Montenegro won the vote.", ["Montenegro"]),
    ("The minister in Mosul said the city was calm.", []),
    ("A minister visited Paris on Monday.", []),
])
def test_a_surname_after_a_title_is_no_place(gaz, text, named):
    from storylens.similarity._sides import _name_places

    assert sorted(gaz.labels[p] for p in _name_places(text, gaz, "en")) == named


@pytest.mark.parametrize(("lang", "text", "dropped"), [
    # German and Dutch write a city without an article: "an der Mosel" is the river (GeoNames: Mosul's "Mosel")
    ("de", "Hochwasser an der Mosel: In Trier stieg der Pegel auf neun Meter.", ["Mosul"]),
    ("nl", "Het water van de Mosel steeg.", ["Mosul"]),
    ("de", "In Essen brannte eine Lagerhalle. Das Essen war knapp.", []),
    ("en", "The Mosel rose overnight.", []),  # no such data in English
])
def test_a_word_after_an_article_is_no_city_in_german_or_dutch(gaz, lang, text, dropped):
    from storylens.similarity._sides import _article_places

    found = gaz.find(text)
    assert sorted(gaz.labels[p] for p in _article_places(text, lang, gaz, found)) == dropped


def test_a_relative_pronoun_is_no_article(gaz):
    from storylens.similarity._sides import _article_places

    text = "Die USA verfügen über ein großartiges Militär, das Washington hinsichtlich der Ereignisse berät."
    assert _article_places(text, "de", gaz, gaz.find(text)) == frozenset()
