"""An office and the adjective of its region ("Wojewoda Pomorski", "Hejtman Jihomoravský") are a role, not a title
and a surname (break56: "Wojewoda Pomorski powiedział" gave the speaker "Pomorski"): the speaker is the holder the
text names for the role, else the role. Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


def _speakers(text: str, lang: str) -> list[str | None]:
    return [s.speaker for s in extract_quote_spans([segmented_doc(text, lang, "d1")])]


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("pl", "Wojewoda Pomorski powiedział: „Nie będzie żadnych wyjątków”.", "Wojewoda Pomorski"),
    ("pl", "Wojewoda Mazowiecki zapowiedział: „Pomoc trafi do wszystkich poszkodowanych”.", "Wojewoda Mazowiecki"),
    ("pl", "„Sytuacja jest opanowana” – powiedział Wojewoda Dolnośląski.", "Wojewoda Dolnośląski"),
    ("cs", "Hejtman Jihomoravský řekl: „Situace je pod kontrolou.“", "Hejtman Jihomoravský"),
    ("pl", ("W poniedziałek premier Donald Tusk odwiedził Gdańsk. Wojewoda Pomorski powiedział: „Nie będzie "
           "żadnych wyjątków”."), "Wojewoda Pomorski"),
    # the holder the text names for the office
    ("pl", ("Wojewoda pomorski Beata Rutkiewicz odwiedziła w poniedziałek zalane miejscowości. Wojewoda Pomorski "
           "powiedział: „Nie będzie żadnych wyjątków”."), "Beata Rutkiewicz"),
    ("cs", "Hejtman Jan Grolich navštívil zaplavené obce. Hejtman Jihomoravský řekl: „Situace je pod kontrolou.“",
     "Jan Grolich"),
    ("pl", "Wojewoda Pomorski Beata Rutkiewicz powiedziała: „Nie będzie żadnych wyjątków”.", "Beata Rutkiewicz"),
    # a surname after the title stays the speaker
    ("pl", "Wojewoda Kowalski powiedział: „Nie będzie żadnych wyjątków”.", "Kowalski"),
])
def test_an_office_of_a_region_is_a_role(lang: str, text: str, speaker: str):
    assert _speakers(text, lang) == [speaker]
