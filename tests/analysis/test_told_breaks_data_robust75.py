"""Robust75 R3: the conjunctions that end a said clause's verb of staying before its "until" word are text data
("weekday_told_breaks", per language: a word list in analysis.quantities._dates before) and the words allowed
between that verb and "until" a setting (``told_state_gap_words``, with where it was chosen). Readings unchanged
(stop 74's probe files identical)."""

import dataclasses

import pytest

from storylens.analysis.quantities import _dates
from storylens.settings import DEFAULT
from storylens.text import LANGUAGES, profile

from ._weekdays import LAST_FRIDAY, NEXT_FRIDAY
from ._weekdays import days as _days


def test_every_language_with_told_presents_and_words_has_breaks():
    spaced = [lang for lang in LANGUAGES if lang != "zh" and profile(lang).weekday_told_presents]
    assert spaced == [lang for lang in spaced if profile(lang).weekday_told_breaks]
    assert {"and", "but"} <= profile("en").weekday_told_breaks
    assert {"und", "aber"} <= profile("de").weekday_told_breaks
    assert _dates._told_breaks(None) >= profile("fr").weekday_told_breaks | profile("es").weekday_told_breaks


def test_a_break_of_the_language_ends_the_verb_of_staying():
    assert _days("The mayor said the plant stays calm until Friday.", "en") == [NEXT_FRIDAY]
    assert _days("The mayor said the plant stays calm but shut until Friday.", "en") == [LAST_FRIDAY]


@pytest.mark.parametrize("lang", ["ar", "de", "en", "es", "fr", "it", "pl", "ru", "tr"])
def test_each_languages_breaks_are_read(lang):
    verb = profile(lang).weekday_told_presents[0]
    for word in sorted(profile(lang).weekday_told_breaks):
        assert _dates._told_present(f"x {verb} qq until ", "", lang), (lang, word)
        assert not _dates._told_present(f"x {verb} {word} until ", "", lang), (lang, word)


def test_gap_is_the_setting(monkeypatch):
    text = "The mayor said the plant stays fully closed until Friday."
    assert DEFAULT.told_state_gap_words == 3
    assert _days(text, "en") == [NEXT_FRIDAY]
    monkeypatch.setattr(_dates, "DEFAULT", dataclasses.replace(DEFAULT, told_state_gap_words=1))
    assert _days(text, "en") == [LAST_FRIDAY]  # two words between "stays" and "until": the telling's past reads it
