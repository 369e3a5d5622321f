"""A decimal number in a search query is one word on both backends (trial 15 #10): "1,75" is not
"1" and "75", and "1,75" = "1.75" (a decimal comma in one language is a point in another)."""

from __future__ import annotations

import pytest

from storylens.stream.queries import keyword_query

from ._search_corpus import article_id as _id
from ._search_corpus import found as _found
from ._search_corpus import write_corpus

_CORPUS = [
    ("El BCE baja los tipos", "La tasa de depósito queda en el 1,75%, tras un recorte de un cuarto de punto.", "es"),
    ("RPP pozostawiła stopy bez zmian", "Stopa referencyjna wynosi 4,75 proc.; kurs euro spadł do 4,27 zł.", "pl"),
    ("Borsa İstanbul günü yükselişle tamamladı", "Endeks yüzde 1,24 yükseldi; 1 milyar lira işlem gördü.", "tr"),
    ("ECB cuts rates", "The ECB lowered its deposit facility rate to 2.00% from 2.25%; 1 of 26 voted against.", "en"),
    ("Fed holds", "The Fed kept its rate at 4.50%; the 10-year yield rose to 1.75 times last year's spread.", "en"),
]


@pytest.fixture
def store(any_store):
    return write_corpus(any_store, _CORPUS)


@pytest.mark.parametrize("query", ["1,75", "1.75", "1,75%", "1.75%"])
def test_a_decimal_number_finds_only_the_texts_that_write_it(store, query):
    assert _found(store, query) == {_id(1), _id(5)}


def test_another_query_word_still_finds_its_texts_beside_the_number(store):
    assert _found(store, "deposit rate 1.75") == {_id(1), _id(4), _id(5)}


def test_the_stop_word_filter_keeps_the_number_whole():
    assert keyword_query("the rate of 1,75") == "rate 1,75"


_QUAKES = [
    ("Magnitude 6.4 quake in Kestria", "A magnitude 6.4 earthquake struck Kestria; the magnitude 6.4 shock was felt widely.", "en"),
    ("Aftershock of magnitude 5.1", "A magnitude 5.1 aftershock, the strongest after the magnitude 6.4 quake, hit on 30 November.", "en"),
    ("Séisme de magnitude 5,8 au Pérou", "Un séisme de magnitude 5,8 a secoué Arequipa; la magnitude 5,8 selon l'institut.", "fr"),
    ("Trzęsienie ziemi w Kestrii", "Trzęsienie ziemi o magnitudzie 6,9 nawiedziło w poniedziałek góry Zerwan.", "pl"),
]


def test_the_text_writing_the_querys_figure_ranks_first(any_store):
    # trial19 #17: "magnitude 6.9" put the one report of "6,9" (Polish, no word "magnitude") sixth, below
    # reports of 6.4, 5.8 and 5.1 that share the query's other word
    store = write_corpus(any_store, _QUAKES)
    from storylens.stream.queries import search

    ranked = [r.article.id for r in search(store, "magnitude 6.9").results]
    assert ranked[0] == _id(4), ranked


_RECALLS = [
    ("Toyota recalls 310,000 vehicles", "Toyota is recalling 310,000 vehicles over a brake fault, the company said.", "en"),
    ("Toyota ruft 310.000 Fahrzeuge zurück", "Toyota ruft wegen eines Bremsfehlers 310.000 Fahrzeuge zurück.", "de"),
    ("Toyota rappelle 310 000 véhicules", "Toyota rappelle 310 000 véhicules pour un défaut de freinage.", "fr"),
    ("Toyota recalls 480,000 vehicles", "Toyota is recalling 480,000 vehicles over an airbag fault; 310 dealers will fix them.", "en"),
]


def test_a_number_written_without_separators_finds_its_grouped_forms(tmp_path):
    # trial50 F20: "310000" found nothing while "310,000" found both recall reports (SQLite only: see
    # store._common.search_alternatives)
    from storylens.store import open_store

    with open_store(str(tmp_path / "s.db")) as st:
        store = write_corpus(st, _RECALLS)
        assert _found(store, "310000") == {_id(1), _id(2), _id(3)}
