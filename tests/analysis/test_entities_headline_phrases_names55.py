"""An adjective and a common noun opening a headline or a sentence are no person (break58: German "Tödlicher Unfall auf
der A7" gave the PERSON "Tödlicher Unfall", and two reports of two accidents were "same names: Tödlicher Unfall").
German capitalises every noun; title-case headlines do the same elsewhere ("Deadly Crash on I-95"). A given name
first keeps the person ("Frank Richter", "Will Smith"), and so does a title before the run. Inputs written for
these tests; "Okay Memiş" is a Turkish official's name (tests/similarity feat51)."""

from __future__ import annotations

import pytest

from storylens.analysis.entities import adjective_noun_phrase, extract_entities

from ._docs import segmented_doc


def _typed(text: str, lang: str) -> dict[str, str]:
    return {e.name: e.type for e in extract_entities([segmented_doc(text, lang, "d1")])}


@pytest.mark.parametrize(("lang", "text", "phrase"), [
    ("de", "Tödlicher Unfall auf der A7. Ein Lkw-Fahrer ist am Montag bei Hannover ums Leben gekommen.",
     "Tödlicher Unfall"),
    ("de", "Schwerer Sturm über Hamburg: Bäume stürzten auf die Gleise, sagte die Polizei.", "Schwerer Sturm"),
    ("de", "Großer Brand in Köln. Die Feuerwehr war mit 100 Kräften im Einsatz.", "Großer Brand"),
    ("de", "Blutiger Anschlag in Kabul. Mindestens 20 Menschen starben.", "Blutiger Anschlag"),
    ("en", "Deadly Crash on I-95. A truck driver died on Monday near Baltimore.", "Deadly Crash"),
])
def test_an_adjective_and_a_noun_are_no_person(lang: str, text: str, phrase: str):
    assert _typed(text, lang).get(phrase, "OTHER") != "PERSON"


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("de", "Christian Lindner sagte am Dienstag in Berlin, der Haushalt stehe.", "Christian Lindner"),
    ("de", "Innenministerin Nancy Faeser sagte am Montag, die Lage sei ernst.", "Nancy Faeser"),
    ("de", "Markus Söder und Hubert Aiwanger trafen sich am Montag in München.", "Hubert Aiwanger"),
    ("en", "Will Smith said on Monday he would return to the stage.", "Will Smith"),
])
def test_a_person_stays_a_person(lang: str, text: str, person: str):
    assert _typed(text, lang).get(person) == "PERSON"


@pytest.mark.parametrize(("words", "lang", "phrase"), [
    (["Tödlicher", "Unfall"], "de", True),
    (["Neue", "Regierung"], "de", True),
    (["Schwerer", "Sturm"], "de", True),
    (["Deadly", "Crash"], "en", True),
    (["Okay", "Memiş"], "tr", False),      # a name in a language that writes a headline's nouns in lower case
    (["Frank", "Richter"], "de", False),   # a given name first
    (["Olaf", "Scholz"], "de", False),
    (["Unfall", "Hannover"], "de", False),  # a noun first: its lemma is capitalised
])
def test_adjective_noun_phrase(words: list[str], lang: str, phrase: bool):
    assert adjective_noun_phrase(words, lang) is phrase
