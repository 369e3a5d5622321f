"""review37a H3: babel's currency words of every language were read in every language's text, so common
words became money: pl "3 kina" (cinemas) PGK, es "sol" (sun) PEN, ru "сома" (catfish) KGS, en "colony"
CRC, "bats" THB, "dong" VND, tr "bir" (one) ETB, de "Rand-Gemeinden" ZAR, uk "колони" (columns, convoys)
CRC. A babel word is money only in the text of a language whose names hold it, never as a compound's
head, and a word the language's lexicon reads as another word is no currency of that language."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers
from storylens.text._lang import _cldr


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "W mieście działają 3 kina."),
    ("pl", "Ewakuowano 40 osób z 2 kina."),
    ("es", "Los 3 sol de la bandera."),
    ("ru", "Погибли 3 сома."),
    ("en", "Scientists counted 300 colony nests."),
    ("tr", "Sadece 1 bir kez oldu."),
    ("en", "He won 2 bats and 3 balls."),
    ("en", "The 3 dong villages were flooded."),
    ("de", "Es waren 3 Rand-Gemeinden betroffen."),
    ("uk", "Через місто пройшли 2 колони техніки."),
    ("uk", "На сцені йшли 2 драми."),
])
def test_a_common_word_is_no_currency(lang, text):
    assert all(q.kind != "money" for q in extract_numbers(text, lang))


def test_a_count_keeps_its_measure():
    found = extract_numbers("Trzy kina zamknięto, a 2 kina ewakuowano.", "pl")
    assert [(q.value, q.unit) for q in found if q.value == 2] == [(2.0, "evacuated")]


@pytest.mark.parametrize("word", ["колони", "колона", "драма", "так", "сума"])
def test_ukrainian_lexicon_filters_babel_words(word):
    assert word not in _cldr("uk")["currencies"]


@pytest.mark.parametrize(("lang", "text", "code"), [
    ("en", "He paid 300 hryvnias.", "UAH"), ("de", "Er zahlte 3 Millionen Tenge.", "KZT"),
    ("en", "He paid 3 million tenge.", "KZT"), ("fr", "versera 2,5 millions de tenges", "KZT"),
    ("uk", "Він заплатив 300 гривень.", "UAH"), ("de", "Er zahlte 300 Rand.", "ZAR"),
])
def test_currency_words_of_the_texts_language_stay(lang, text, code):
    assert [q.unit for q in extract_numbers(text, lang) if q.kind == "money"] == [code]
