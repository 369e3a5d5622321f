"""A name of one text written in another language's form in the other (break55 F7): a summit's "Power of Siberia 2"
and a German follow-up's "Kraft Sibiriens 2" (a genitive, and German "-ien" for the "-ia" most languages write) were
"other names (Siberia vs Sibiriens, none written in the other text)" or "different cities: Beijing vs Kraft,
Sibiriens", and the report of what came of the summit was held apart. The rules now read both names in their Latin
form (storylens.text.latin_forms) and match them by their entity keys; a run with such a word ("Kraft" of "Kraft
Sibiriens") is the other text's name translated. Texts written for this test."""

from __future__ import annotations

import pytest

from storylens.similarity import VerdictRules
from storylens.similarity._events import _one_latin_key
from storylens.text import genitive_bases, latin_forms

SUMMIT = ("Putin and Xi sign Power of Siberia 2 deal at Beijing summit\nBEIJING, May 14, 2026 – Russian President "
          "Vladimir Putin and Chinese President Xi Jinping on Thursday signed an agreement on the Power of Siberia 2 gas "
          "pipeline at their summit in Beijing. The two leaders also agreed to expand trade in national currencies, "
          "the Kremlin said.")
FOLLOW_UPS = [
    ("de", ("Gazprom beginnt mit Planung für Kraft Sibiriens 2\nMoskau, 23. Mai 2026 – Gazprom hat am Freitag mit der "
     "Planung der Pipeline Kraft Sibiriens 2 begonnen, die Wladimir Putin und Xi Jinping vereinbart hatten. Die Leitung "
     "soll jährlich 50 Milliarden Kubikmeter Gas nach China liefern, teilte der Konzern mit.")),
    ("nl", ("Gazprom begint met planning van Kracht van Siberië 2\nMoskou, 23 mei 2026 – Gazprom is vrijdag begonnen met de "
     "planning van de pijpleiding Kracht van Siberië 2, die Vladimir Poetin en Xi Jinping hadden afgesproken. De "
     "leiding moet jaarlijks 50 miljard kubieke meter gas naar China brengen.")),
]


@pytest.mark.parametrize(("lang", "text"), FOLLOW_UPS)
def test_a_follow_up_naming_the_summits_outcome_in_its_language_is_not_held_apart(lang, text):
    rules = VerdictRules()
    rules.add("a", SUMMIT, "en", "2026-05-14")
    rules.add("b", text, lang, "2026-05-23")
    assert rules.apart("a", "b") is None
    assert rules.apart("b", "a") is None


def test_another_name_is_still_another():
    # the same follow-up about another pipeline (a name the summit's text does not write in any form)
    other = FOLLOW_UPS[0][1].replace("Kraft Sibiriens 2", "Turkish Stream")
    rules = VerdictRules()
    rules.add("a", SUMMIT, "en", "2026-05-14")
    rules.add("b", other, "de", "2026-05-23")
    why = rules.apart("a", "b")
    assert why is not None and "Stream" in why


@pytest.mark.parametrize(("word", "lang", "forms"), [
    ("Sibiriens", "de", ("Sibiriens", "Sibirien", "Sibiria")),
    ("Kaliforniens", "de", ("Kaliforniens", "Kalifornien", "Kalifornia")),
    ("Moskaus", "de", ("Moskaus", "Moskau")),
    ("Siberië", "nl", ("Siberië", "Siberia")),
    ("Siberia", "en", ("Siberia",)),
])
def test_latin_forms(word, lang, forms):
    assert latin_forms(word, lang) == forms


@pytest.mark.parametrize(("word", "bases"), [
    ("Chinas", ("China",)), ("Roms", ("Rom",)), ("Paris'", ("Paris",)), ("Berlin", ()), ("Irakes", ("Irak", "Irake")),
])
def test_german_genitive_bases(word, bases):
    assert genitive_bases(word, "de") == bases
    assert genitive_bases(word, "en") == ()


@pytest.mark.parametrize(("x", "y", "one"), [
    ("siberia", "sibiria", True), ("kalifornia", "kalifornia", True), ("siberia", "siberi", True),
    ("serbia", "siberia", False), ("austria", "australia", False), ("sibiria", "sibir", True),
])
def test_latin_keys_of_one_name(x, y, one):
    assert _one_latin_key(x, y) is one
