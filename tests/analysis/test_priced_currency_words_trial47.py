"""trial47 F7: a currency name that is an everyday word of the text's language is money after a figure and a
price's word (text data "currencies" "priced", "price_words"), and only then.

Before: en "He paid 300 rand for it.", es "Costó 300 soles." and pl "Kosztowało to 5000 kina." were counts of
"rand", "soles", "kina" (babel's names leave a common word out), while de "300 Rand" was ZAR money: one fact,
two readings. review37a H3's guard stays: "3 kina" with no price are three cinemas."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers


def _readings(text: str, lang: str) -> list[tuple[float | None, str | None, str]]:
    return [(q.value, q.unit, q.kind) for q in extract_numbers(text, lang)]


@pytest.mark.parametrize(("text", "lang", "value", "code"), [
    ("He paid 300 rand for it.", "en", 300, "ZAR"),
    ("He paid 5,000 rand for the car.", "en", 5000, "ZAR"),
    ("The ticket cost 40 soles.", "en", 40, "PEN"),
    ("Costó 300 soles.", "es", 300, "PEN"),
    ("Fue multado con 3000 soles.", "es", 3000, "PEN"),
    ("Kosztowało to 5000 kina.", "pl", 5000, "PGK"),
    ("Il a payé 300 sols.", "fr", 300, "PEN"),
    ("Der Preis lag bei 300 Rand.", "de", 300, "ZAR"),  # German data named it already
])
def test_a_priced_everyday_currency_word_is_money(text, lang, value, code):
    assert _readings(text, lang) == [(value, code, "money")]


@pytest.mark.parametrize(("text", "lang"), [
    ("W mieście działają 3 kina.", "pl"),
    ("Ewakuowano 40 osób z 2 kina.", "pl"),
    ("Bilety do 3 kina kosztowały 20 zł.", "pl"),  # the price's word after the cinemas: their tickets' price
    ("Los 3 sol de la bandera.", "es"),
    ("The 3 rand notes were found.", "en"),
    ("Es waren 3 Rand-Gemeinden betroffen.", "de"),
])
def test_without_a_price_before_it_the_word_is_no_money(text, lang):
    assert all(not (kind == "money" and unit in ("PGK", "PEN", "ZAR")) for _v, unit, kind in _readings(text, lang))


def test_a_word_of_no_figure_is_no_money():
    assert extract_numbers("Poszli do kina w sobotę.", "pl") == ()
    assert extract_numbers("Tomamos el sol en la playa.", "es") == ()
