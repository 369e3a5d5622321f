"""A capitalised noun before a listed given name is no part of the person's name (break56: "der Sprecher der Grünen
Max Müller" gave the person "Grünen Max Müller", "die Anwältin von Klimaaktivistin Greta Thunberg" gave
"Klimaaktivistin Greta Thunberg"); the quotation's speaker after "Die Anwältin von Klimaaktivistin Greta Thunberg
sagte" is the lawyer, not "von Klimaaktivistin Greta Thunberg". Inputs written for these tests."""

import pytest

from storylens.analysis.entities import extract_entities
from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


def _people(text: str, lang: str) -> list[str]:
    return sorted(e.name for e in extract_entities([segmented_doc(text, lang, "d1")]) if e.type == "PERSON")


@pytest.mark.parametrize(("lang", "text", "person"), [
    ("de", "Die Anwältin von Klimaaktivistin Greta Thunberg sagte, sie werde Berufung einlegen.", "Greta Thunberg"),
    ("de", "Der Sprecher der Grünen Max Müller sagte, das sei ein schwarzer Tag.", "Max Müller"),
    ("de", "Am Montag sagte die Fraktionschefin der Linken Heidi Reichinnek, das sei ein schwarzer Tag.",
     "Heidi Reichinnek"),
    ("de", "Der Anwalt von Sängerin Helene Fischer prüft den Fall.", "Helene Fischer"),
    ("pl", "Aktywistka Greta Thunberg przyjechała do Gdańska w poniedziałek.", "Greta Thunberg"),
])
def test_the_noun_before_a_given_name_is_cut(lang: str, text: str, person: str):
    assert _people(text, lang) == [person]


def test_a_given_name_opening_the_name_stays():
    assert _people("Ursula von der Leyen und Rose Marie Berger trafen sich in Brüssel.", "de")[-1] == "Rose Marie Berger"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Die Anwältin von Klimaaktivistin Greta Thunberg sagte: „Wir werden Berufung einlegen.“",
     "Die Anwältin von Klimaaktivistin Greta Thunberg"),
    ("Der Berater von Schauspieler Til Schweiger sagte: „Er ist verletzt.“", "Der Berater von Schauspieler Til Schweiger"),
    ("Der Sprecher der Grünen Max Müller sagte: „Das ist ein schwarzer Tag.“", "Max Müller"),
])
def test_a_lawyer_of_a_titled_client_is_no_client(text: str, speaker: str):
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, "de", "d1")])] == [speaker]
