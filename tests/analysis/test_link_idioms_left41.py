"""A clause link inside a set phrase joins no clauses (text data "link_idioms"): ru «так и не», uk «так і не»
(never did), pl "i tak nie" (not anyway) keep the denial with its road or ban, so «Дорогу на Киль так и не
открыли» against "The road to Kiel was reopened" is a polarity conflict (trial50 F21: shared 1.00; review41),
as «до сих пор не открыли» was."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import affirmed, clauses, compound, measure_stance, negated, polarity_conflict

_REOPENED = "The road to Kiel was reopened on Thursday, police said."


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Дорогу на Киль так и не открыли, сообщила полиция.", "ru"),
        ("Шахту так и не открыли после проверки Ростехнадзора.", "ru"),
        ("Дорогу на Кіль так і не відкрили, повідомила поліція.", "uk"),
        ("Шахту так і не відкрили після перевірки.", "uk"),
        ("Дорогу на Киль так до сих пор и не открыли, сообщила полиция.", "ru"),
        ("Дорогу на Кіль досі й не відкрили, повідомила поліція.", "uk"),
        ("Drogi do Kilonii i tak nie otwarto, podała policja.", "pl"),
    ],
)
def test_never_did_denies_against_a_reopening(text, lang):
    assert polarity_conflict(text, lang, _REOPENED, "en") == "polarity: denies vs affirms"


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Запрет так и не отменили.", "ru", "kept"),
        ("Заборону так і не скасували.", "uk", "kept"),
        ("Трасу так і не відкрили знову.", "uk", "kept"),
        ("Граница так и осталась закрытой.", "ru", "kept"),
        ("Запрет отменили, и дорогу открыли.", "ru", "lifted"),
    ],
)
def test_never_did_keeps_the_measure(text, lang, expected):
    assert measure_stance(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Дорогу так и не открыли.", "ru", ["Дорогу так и не открыли."]),
        ("Дорогу закрыли, и её так и не открыли.", "ru", ["Дорогу закрыли,", "её так и не открыли."]),
        ("Дорогу так й не відкрили.", "uk", ["Дорогу так й не відкрили."]),
        ("Police warned again and again but the road stayed shut.", "en",
         ["Police warned again and again", "the road stayed shut."]),
        ("Die Straße bleibt gesperrt, und zwar bis Montag.", "de", ["Die Straße bleibt gesperrt, und zwar bis Montag."]),
        ("Дорогу закрыли и движение остановили.", "ru", ["Дорогу закрыли", "движение остановили."]),
        ("Padało i tak drogę zamknięto.", "pl", ["Padało", "tak drogę zamknięto."]),
    ],
)
def test_a_link_inside_a_set_phrase_cuts_nothing(text, lang, expected):
    assert clauses(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Дорогу на Киль так и не открыли, сообщила полиция.", "ru", "Дорогу на Киль открыли, сообщила полиция."),
        ("Шахту так до сих пор и не открыли.", "ru", "Шахту открыли."),
        ("Дорогу так і не відкрили.", "uk", "Дорогу відкрили."),
        ("Drogi i tak nie otwarto.", "pl", "Drogi otwarto."),
    ],
)
def test_never_did_is_one_negation(text, lang, expected):
    # the whole phrase is the denial: taken out, the fact it denies is left (the cross-lingual floor of a
    # flat denial is read on it: «так и открыли» scored 0.63 against "was reopened", «открыли» 0.66)
    assert negated(text, lang)
    assert affirmed(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Дорогу так и не открыли.", "ru", False),
        ("Кордон так і залишився закритим.", "uk", False),
        ("Дорогу закрыли и движение остановили.", "ru", True),
        ("kazandı ancak 230 sandalyeli parlamentoda çoğunluk elde edemedi", "tr", True),
    ],
)
def test_compound_reads_the_same_links(text, lang, expected):
    assert compound(text, lang) is expected
