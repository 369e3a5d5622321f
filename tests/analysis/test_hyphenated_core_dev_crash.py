"""A dev es-en SemEval pair raised ValueError in entity linking: a sentence-opening run of two words ("Zweli
Mkhize") was checked against every name of two cores for a shared surname, and a hyphenated one-word name
("KwaZulu-Natal", two cores) was split as a given name and a surname. Such a name is neither."""

from __future__ import annotations

from storylens.analysis.entities import EntityExtractor
from storylens.analysis.entities._link import _other_given_name

from ._docs import doc_of


def test_a_hyphenated_name_of_one_word_is_no_given_name_and_surname():
    assert _other_given_name("KwaZulu-Natal", "Zweli Mkhize") is False
    assert _other_given_name("Zweli Mkhize", "KwaZulu-Natal") is False


def test_extraction_with_a_hyphenated_place_and_a_sentence_opening_name_runs():
    doc = doc_of("d1", ["La provincia de KwaZulu-Natal registró 500 nuevos casos, según el ministerio de Salud.",
                        "Zweli Mkhize dijo que la situación en KwaZulu-Natal es grave."], "es")
    entities = EntityExtractor().extract([doc])
    assert any("KwaZulu-Natal" in e.variants for e in entities)
