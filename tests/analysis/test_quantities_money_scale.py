"""Money written with an abbreviated scale and a currency symbol or abbreviation after the figure:
"environ 2,7 M€", "2,7 Mio. €", "2,7 mln zł", "2,7 млн руб." are 2,700,000 of a currency, not a
count of 2.7 "m" or of "руб"."""

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers


@pytest.mark.parametrize(
    "text, lang, value, unit",
    [
        ("Le chantier a coûté environ 2,7 M€.", "fr", 2.7e6, "EUR"),
        ("La région a débloqué 300 k€ pour les sinistrés.", "fr", 3e5, "EUR"),
        ("Le budget atteint 1,2 Md€.", "fr", 1.2e9, "EUR"),
        ("Die Sanierung kostete 2,7 Mio. €.", "de", 2.7e6, "EUR"),
        ("Der Bund gibt 1,5 Mrd. € frei.", "de", 1.5e9, "EUR"),
        ("Remont kosztował 2,7 mln zł.", "pl", 2.7e6, "PLN"),
        ("Ущерб оценили в 2,7 млн руб.", "ru", 2.7e6, "RUB"),
        ("Ущерб оценили в 2,7 млн ₽.", "ru", 2.7e6, "RUB"),
        ("Контракт стоит 1,2 млрд долл.", "ru", 1.2e9, "USD"),
        ("Штраф составил 500 тыс. руб.", "ru", 5e5, "RUB"),
        # a scale's or a currency's case form
        ("Remont kosztował 2,7 miliona złotych.", "pl", 2.7e6, "PLN"),
        ("Proje 2,7 milyon liraya mal oldu.", "tr", 2.7e6, "TRY"),
        ("Proje 2,7 milyon TL'ye mal oldu.", "tr", 2.7e6, "TRY"),
        ("Köprü 1,2 milyar dolara mal oldu.", "tr", 1.2e9, "USD"),
        ("La obra costó 2,7 mill. de euros.", "es", 2.7e6, "EUR"),
        ("Le billet coûte 500 €.", "fr", 500, "EUR"),
        ("Die Strafe beträgt 500 €.", "de", 500, "EUR"),
    ],
)
def test_money_with_an_abbreviated_scale_and_a_symbol_after_the_figure(text, lang, value, unit):
    found = [(q.value, q.unit, q.kind) for q in extract_numbers(text, lang)]
    assert found == [(pytest.approx(value), unit, "money")]


def test_scaled_money_compares_across_languages():
    fr = extract_numbers("Le chantier a coûté environ 2,7 M€.", "fr")
    assert compare_numbers(fr, extract_numbers("Die Sanierung kostete 2,9 Mio. €.", "de")) == []
    assert compare_numbers(fr, extract_numbers("The repairs cost 27 million euros.", "en")) == [
        "eur: 2,7 M vs 27 million"]
    ru = extract_numbers("Ущерб оценили в 2,7 млн руб.", "ru")
    assert compare_numbers(ru, extract_numbers("The damage was put at 2.7 million roubles.", "en")) == []


@pytest.mark.parametrize(
    "text, lang, value",
    [("Er lief 5 m weit.", "de", 5), ("Le mur mesure 3 M de haut.", "fr", 3), ("Il a reçu 12 k de vues.", "fr", 12)],
)
def test_a_letter_without_a_currency_symbol_is_no_scale(text, lang, value):
    assert [(q.value, q.kind) for q in extract_numbers(text, lang)] == [(value, "count")]
