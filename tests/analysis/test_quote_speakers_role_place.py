"""A place in an oblique case right after a role word is the role's place, not the speaker (break53 F13: pl
"Prezydent Warszawy nazwał je „historycznym”" had the speaker "Warszawy"). simplemma reads the form as a case of
the place's name ("Warszawy" -> "Warszawa"); a holder named in the nominative stays the speaker. Inputs written
for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans
from storylens.text import declined_proper_form

from ._docs import segmented_doc


def _speaker(text, lang):
    spans = extract_quote_spans([segmented_doc(text, lang, "d1")])
    assert len(spans) == 1
    return spans[0].speaker


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("pl", "Prezydent Warszawy nazwał je „historycznym”.", "Warszawy"),
    ("pl", "Prezydent Francji powiedział: „To jest historyczny dzień”.", "Francji"),
    ("pl", "Burmistrz Krakowa powiedział: „To jest historyczny dzień”.", "Krakowa"),
    ("pl", "„To jest historyczny dzień” – powiedział prezydent Warszawy.", "Warszawy"),
    ("ru", "Мэр Москвы сказал: «Это исторический день».", "Москвы"),
    ("ru", "«Это исторический день», — сказал мэр Москвы.", "Москвы"),
    ("cs", "Primátor Prahy řekl: „Je to historický den.“", "Prahy"),
    ("uk", "Мер Києва сказав: «Це історичний день».", "Києва"),
    ("uk", "Президент Франції заявив: «Це історичний день».", "Франції"),
])
def test_a_place_after_a_role_is_not_the_speaker(lang, text, place):
    speaker = _speaker(text, lang)
    assert speaker is None or (speaker != place and speaker.endswith(place) and len(speaker.split()) == 2)


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("pl", "Prezydent Andrzej Duda nazwał je „historycznym”.", "Andrzej Duda"),
    ("pl", "Premier Tusk powiedział: „To jest historyczny dzień”.", "Tusk"),
    ("ru", "Министр Лавров сказал: «Это исторический день».", "Лавров"),  # "лавр" in the genitive plural
    ("ru", "Мэр Москвы Сергей Собянин сказал: «Это исторический день».", "Сергей Собянин"),
    ("uk", "Мер Львова Андрій Садовий сказав: «Це історичний день».", "Андрій Садовий"),
])
def test_a_holder_named_after_the_role_still_speaks(lang, text, speaker):
    assert _speaker(text, lang) == speaker


@pytest.mark.parametrize(("word", "lang", "declined"), [
    ("Warszawy", "pl", True), ("Москвы", "ru", True), ("Prahy", "cs", True), ("Києва", "uk", True),
    ("Warszawa", "pl", False), ("Лавров", "ru", False), ("Duda", "pl", False), ("Warszawy", "en", False),
])
def test_declined_proper_form(word, lang, declined):
    assert declined_proper_form(word, lang) is declined
