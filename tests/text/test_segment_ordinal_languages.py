"""Review of trial 14's ordinal repair: "a number, a full stop, a lower-case word" joined sentences in
every language ("He was born in 1985. iPhone sales rose in 2007." was one sentence). It holds only in
languages that write dotted ordinals, before a wholly lower-case word. Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.text.segment import Segmenter

SEG = Segmenter()


@pytest.mark.parametrize(("lang", "text", "first"), [
    ("en", "He was born in 1985. iPhone sales rose in 2007.", "He was born in 1985."),
    ("en", "The company was founded in 1995. eBay bought it later.", "The company was founded in 1995."),
    ("pl", "Bank otwarto w 2000. mBank przejął go później.", "Bank otwarto w 2000."),
])
def test_a_year_before_a_mixed_case_word_or_in_english_ends_the_sentence(lang, text, first):
    assert SEG.split(text, lang)[0].text == first


@pytest.mark.parametrize(("lang", "sentence"), [
    ("pl", "Pociąg zatrzymał się na 112. kilometrze przed Weroną."),
    ("de", "Der Zug fuhr am 17. November um sieben Uhr ab."),
])
def test_a_dotted_ordinal_still_joins(lang, sentence):
    assert SEG.split(f"{sentence} Die Polizei ermittelt.", lang)[0].text == sentence
