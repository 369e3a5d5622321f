"""A sentence's destination spans are read once, and a name's place in them found by bisection (quad71: an unpunctuated
11 KB paragraph, one sentence, was read 1,449 times, once per capitalised word the report checks). The results are
those of the single reading: a long sentence's spans are its pieces' spans, shifted; in_destination agrees with the
spans at every character. Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.text import destination_spans, in_destination

_PIECES = [
    ("en", "four workers were rushed to Ostrava and the storm hit Brno"),
    ("en", "the injured were taken to hospital in Köln Frankfurt Oder while rain fell on Bonn"),
    ("de", "die Verletzten wurden in Kliniken in Köln gebracht und der Sturm traf Bonn"),
    ("es", "los heridos fueron trasladados al hospital de Sevilla y la lluvia cayó en Cádiz"),
]


@pytest.mark.parametrize(("lang", "piece"), _PIECES)
def test_a_long_sentence_has_its_pieces_spans(lang, piece):
    one = destination_spans(piece, lang)
    assert one  # each piece names a destination
    joiner = " and " if lang == "en" else " y " if lang == "es" else " und "
    text = joiner.join([piece] * 300)
    step = len(piece) + len(joiner)
    assert destination_spans(text, lang) == [(s + k * step, e + k * step) for k in range(300) for s, e in one]


@pytest.mark.parametrize(("lang", "piece"), _PIECES)
def test_in_destination_agrees_with_the_spans(lang, piece):
    text = piece + ", and " + piece
    spans = destination_spans(text, lang)
    assert [at for at in range(len(text) + 1) if in_destination(text, at, lang)] == \
        [at for at in range(len(text) + 1) if any(s <= at < e for s, e in spans)]


def test_a_caller_gets_its_own_list():
    text = "Four workers were rushed to Ostrava."
    destination_spans(text, "en").append((0, 1))  # the cached reading is no caller's to change
    assert destination_spans(text, "en") == [(28, 35)]
    assert not in_destination(text, 0, "en") and in_destination(text, 28, "en") and not in_destination(text, 35, "en")


def test_no_data_no_span():
    assert destination_spans("Four workers were rushed to Ostrava.", None) == []
    assert not in_destination("Four workers were rushed to Ostrava.", 28, None)
