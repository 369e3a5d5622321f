"""A given name that is also a place is no place when the word after it is a surname the language's
lexicon knows only as a name (final32 #9: pl "Jarosław Kaczyński" gave "different places: Germany,
France vs Yaroslavl"; simplemma lists Polish "kaczyński" and Czech "novák" with a capitalised lemma)."""

from __future__ import annotations

import pytest

from storylens import similarity as sim


@pytest.mark.parametrize("lang,text,given", [
    ("pl", "Według Lecha Kaczyńskiego decyzja była błędem. Jarosław Kaczyński, prezes PiS, skrytykował decyzję.",
     "jaroslaw"),
    ("de", "Am Montag sagte Sofia Müller, die Entscheidung sei falsch.", "sofia"),
    ("cs", "Ve středu rozhodnutí kritizoval Jaroslav Novák z ODS.", "jaroslav"),
])
def test_a_lexicon_surname_keeps_the_given_name_a_name(lang: str, text: str, given: str) -> None:
    gazetteer = sim.Gazetteer.load()
    assert gazetteer.names[given] in sim._sides._name_places(text, gazetteer, lang)


@pytest.mark.parametrize("lang,text", [
    ("pl", "Powódź dotarła w nocy do Jarosławia."),
    ("cs", "Povodeň zasáhla v noci Jaroslav a okolí."),
    ("de", "Die Konferenz fand in Sofia statt."),
])
def test_the_place_itself_stays_a_place(lang: str, text: str) -> None:
    gazetteer = sim.Gazetteer.load()
    places = sim._sides._name_places(text, gazetteer, lang)
    assert gazetteer.names["jaroslaw"] not in places and gazetteer.names["sofia"] not in places
