"""review34b #2: the byline/credit test of the claim ledger read every language's author markers on every
sentence, the title included: Italian "Di", German "Von", Dutch "Door", Spanish "Por" opened English title-case
headlines ("Di Maio Quits", "Von Der Leyen Re-Elected", "By Popular Demand"), and the headline was dropped as a
claim. The title is never tested, and a byline's marker is one of the sentence's language."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import split_units
from storylens.prepare.clean import is_byline_line

from ._docs import doc_of_lines

_BODY = {"en": "Luigi Di Maio resigned on Wednesday.", "de": "Ursula von der Leyen wurde wiedergewählt.",
         "es": "El artista recibió el premio el domingo.", "nl": "De regering trad woensdag af.",
         "fr": "Le gouvernement a démissionné mercredi."}


@pytest.mark.parametrize(("title", "lang"), [
    ("Di Maio Quits", "en"), ("Von Der Leyen Re-Elected", "en"), ("Di Caprio Wins Oscar", "en"),
    ("Von Trier Film Banned", "en"), ("By Popular Demand", "en"), ("By Air And Sea", "en"),
    ("Door Rood Licht", "nl"), ("Por Amor Al Arte", "es"), ("Par Leurs Propres Moyens", "fr"),
    ("Von Der Leyen Warnt Moskau", "de"),
])
def test_the_title_is_a_claim(title, lang):
    units = split_units(doc_of_lines("d1", f"{title}\n{_BODY[lang]}", lang))
    assert [u.text for u in units] == [title, _BODY[lang]]


@pytest.mark.parametrize(("line", "lang"), [
    ("Di Caprio Wins Oscar", "en"), ("Von Trapp Family Home Sold", "en"), ("Door Open Policy", "en"),
    ("Por Favor Campaign Ends", "en"), ("Von Der Leyen Warns Moscow", "en"),
])
def test_another_languages_marker_in_the_body_is_no_byline(line, lang):
    assert not is_byline_line(line, lang)
    units = split_units(doc_of_lines("d1", f"{_BODY[lang]}\n{line}", lang))
    assert [u.text for u in units] == [_BODY[lang], line]


@pytest.mark.parametrize(("line", "lang"), [
    ("By Jane Holloway", "en"), ("Von Uwe Kern", "de"), ("Par Claire Morel", "fr"), ("Por Lucía Ferrán", "es"),
    ("山田太郎記者", "ja"), ("김민수 기자", "ko"), ("Von Uwe Kern, Weser-Kurier", "de"),
])
def test_a_byline_of_the_sentences_language_stays_no_claim(line, lang):
    assert is_byline_line(line, lang)
    assert is_byline_line(line)  # without a language: every language's markers, as the cleaner reads them
