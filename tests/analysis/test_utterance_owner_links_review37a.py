"""review37a M3: the owner of an utterance noun's quoted content after "that", a colon or "by" too, not the
clause's subject who judged it.

Before: "… criticised energy minister Anders Igeman's statement that "…"" gave the critic, Magdalena
Andersson, the minister's words, and "The statement by … Anders Igeman that "…" was criticised by …" gave
no speaker (only "statement about" was read)."""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes

from ._docs import doc_of


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", ('Opposition leader Magdalena Andersson criticised energy minister Anders Igeman\'s statement that '
           '"prices will fall by spring".'), "Anders Igeman"),
    ("en", ('The statement by energy minister Anders Igeman that "prices will fall by spring" was criticised by '
           'opposition leader Magdalena Andersson.'), "Anders Igeman"),
    ("en", 'Opposition leader Magdalena Andersson criticised Anders Igeman\'s statement: "prices will fall by spring".',
     "Anders Igeman"),
    ("en", ('Opposition leader Magdalena Andersson criticised energy minister Anders Igeman\'s statement about '
           '"prices falling by spring".'), "Anders Igeman"),
    ("de", ("Oppositionsführerin Magdalena Andersson kritisierte die Aussage von Energieminister Anders Igeman, dass "
           "„die Preise bis zum Frühjahr fallen“."), "Anders Igeman"),
    ("ru", ("Лидер оппозиции Магдалена Андерссон раскритиковала заявление министра энергетики Андерса Игемана, что "
           "«цены упадут к весне»."), "Андерс Игеман"),
    ("pl", ("Liderka opozycji Magdalena Andersson skrytykowała oświadczenie ministra energii Andersa Igemana, że "
           "„ceny spadną do wiosny”."), "Anders Igeman"),
])
def test_the_utterances_owner_speaks(lang, text, speaker):
    quotes = extract_quotes([doc_of("d1", [text], lang)])
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", 'Magdalena Andersson said that "prices will fall by spring".', "Magdalena Andersson"),
    ("en", 'Andersson told reporters that the statement was "a failure of planning".', "Andersson"),
])
def test_a_speakers_own_that_clause_keeps_its_speaker(lang, text, speaker):
    quotes = extract_quotes([doc_of("d1", [text], lang)])
    assert [q.speaker for q in quotes] == [speaker]
