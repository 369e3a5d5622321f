"""German nouns whose lower case is a function word ("Tat": "tat" is a form of "tun") are nouns, not names
(break53 F4: "same names: Tat" was the reason two Mogadishu hotel attacks 14 days apart were one story)."""

from __future__ import annotations

import pytest

from storylens.similarity._banks import _article_noun
from storylens.similarity._sides import _noun_words


@pytest.mark.parametrize(("sentence", "noun"), [
    ("Die Terrormiliz al-Shabaab bekannte sich zu der Tat.", "tat"),
    ("Der Streik dauerte bis zum Ende der Woche.", "ende"),
    ("Ein Teil der Bewohner floh in die Berge.", "teil"),
    ("Die Feuerwehr war zur Zeit des Brandes vor Ort.", "zeit"),
    ("Die Bergung dauerte einen Tag und eine Nacht.", "tag"),
])
def test_a_capitalised_noun_that_is_a_function_word_in_lower_case_is_a_noun(sentence, noun):
    assert noun in _noun_words([sentence])


def test_a_function_word_opening_a_quoted_sentence_stays_no_noun():
    assert "die" not in _noun_words(["Er sagte: Die Lage ist ernst."])


def test_an_article_and_nouns_are_no_name():
    nouns = _noun_words(["Die Terrormiliz al-Shabaab bekannte sich zu der Tat."])
    assert _article_noun("Die Terrormiliz", nouns)
    assert not _article_noun("Die Linke", nouns) and not _article_noun("Terrormiliz", nouns)


@pytest.mark.parametrize(("first", "later"), [
    (("Bei einem Anschlag auf ein Hotel in Mogadischu sind am Montag mindestens 12 Menschen getötet worden. "
     "Die Terrormiliz al-Shabaab bekannte sich zu der Tat."),
     ("Bei einem Anschlag auf ein Hotel in Mogadischu sind am Montag mindestens 9 Menschen getötet worden. "
     "Die Terrormiliz al-Shabaab bekannte sich erneut zu der Tat.")),
    ("Ein Teil der Bewohner floh. Die Feuerwehr war zur Zeit des Brandes vor Ort, am Ende kam niemand zu Schaden.",
     "Ein Teil der Bewohner floh. Die Feuerwehr war zur Zeit des Brandes vor Ort, am Ende wurden zwei verletzt."),
])
def test_the_shared_full_names_hold_no_article_and_noun(first, later):
    import storylens.similarity as sim

    gaz = sim.Gazetteer.load()
    a, b = (sim._sides._analyse(t, "de", None, sim._sides._kept_sentences(t), gaz) for t in (first, later))
    names = sim._banks._pair_full_names(a, b)[0]
    assert not any(n.split()[0] in ("Die", "Ein") for n in names), names
