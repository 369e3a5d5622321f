"""A currency named by a noun and a country's adjective is that country's currency (trial 13: "50
millones de dólares australianos" was read as US dollars and conflicted with AP's "50 million
Australian dollars ($32 million)"); a bracketed conversion is the same amount, never a figure of its own."""

import pytest

from storylens.analysis.conflicts import filter_numbers
from storylens.analysis.quantities import compare_numbers, extract_numbers


def _money(text, lang):
    return [(q.value, q.unit) for q in extract_numbers(text, lang) if q.kind == "money"]


@pytest.mark.parametrize(
    "text, lang, value, currency",
    [
        ("The province pledged 12 million Canadian dollars for the rebuilding.", "en", 12e6, "CAD"),
        ("Investors lost 3 billion Hong Kong dollars in a day.", "en", 3e9, "HKD"),
        ("The club paid 8 million Swiss francs for the striker.", "en", 8e6, "CHF"),
        ("El Gobierno destinó 800 millones de pesos argentinos a los productores.", "es", 800e6, "ARS"),
        ("La multa asciende a 20 millones de pesos mexicanos.", "es", 20e6, "MXN"),
        ("Ottawa a promis 12 millions de dollars canadiens aux sinistrés.", "fr", 12e6, "CAD"),
        ("Le transfert a coûté 8 millions de francs suisses.", "fr", 8e6, "CHF"),
        ("Der Verein zahlte 8 Millionen Schweizer Franken für den Stürmer.", "de", 8e6, "CHF"),
        ("Die Regierung stellte 12 Millionen kanadische Dollar bereit.", "de", 12e6, "CAD"),
        ("Правительство выделило 12 млн канадских долларов пострадавшим.", "ru", 12e6, "CAD"),
        ("政府拨款1200万加元用于重建。", "zh", 12e6, "CAD"),
        ("投资者一天内损失30亿港元。", "zh", 3e9, "HKD"),
        ("Il governo ha stanziato 12 milioni di dollari canadesi.", "it", 12e6, "CAD"),
        ("خصصت الحكومة 12 مليون دولار كندي لإعادة الإعمار.", "ar", 12e6, "CAD"),
    ],
)
def test_a_country_adjective_names_the_currency(text, lang, value, currency):
    assert (value, currency) in _money(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [("The government paid 12 million dollars in compensation.", "en"),
     ("El Gobierno pagó 12 millones de dólares en compensaciones.", "es")],
)
def test_a_bare_dollar_is_still_the_us_dollar(text, lang):
    assert _money(text, lang) == [(12e6, "USD")]


@pytest.mark.parametrize(
    "other, lang",
    [("Ottawa a promis une aide de 12 millions de dollars canadiens aux sinistrés.", "fr"),
     ("Ottawa prometió 12 millones de dólares canadienses a los damnificados.", "es"),
     ("Правительство Канады выделило 12 млн канадских долларов пострадавшим.", "ru")],
)
def test_the_same_foreign_dollars_do_not_conflict_with_the_converted_figure(other, lang):
    en = "Ottawa pledged 12 million Canadian dollars ($8.8 million) to the victims."
    assert compare_numbers(extract_numbers(en, "en"), extract_numbers(other, lang)) == []


@pytest.mark.parametrize(
    "text, lang, figure",
    [("Ottawa pledged 12 million Canadian dollars ($8.8 million) to the victims.", "en", "$8.8 million"),
     ("Ottawa prometió 12 millones de dólares canadienses (unos 8 millones de euros).", "es", "8 millones"),
     ("Ottawa a promis 12 millions de dollars canadiens (environ 8 millions d'euros).", "fr", "8 millions"),
     ("Ottawa sagte 12 Millionen kanadische Dollar (etwa 8 Millionen Euro) zu.", "de", "8 Millionen"),
     ("The ministry froze 500 million pesos (about $490,000) in accounts.", "en", "$490,000"),
     ("加拿大政府承诺提供1200万加元（约合880万美元）援助。", "zh", "880万美元"),
     ("Оттава выделит 12 млн канадских долларов (около 8 млн евро) пострадавшим.", "ru", "8 млн")],
)
def test_a_bracketed_conversion_is_no_figure_to_compare(text, lang, figure):
    kinds = filter_numbers(text, extract_numbers(text, lang))
    assert [n.text for n in kinds.get("conversion", [])] == [figure]
    assert figure not in [n.text for n in kinds["count"]]


def test_two_conversions_at_different_rates_do_not_conflict():
    en = "Ottawa pledged 12 million Canadian dollars ($8.8 million) to the victims."
    es = "Ottawa prometió 12 millones de dólares canadienses (unos 9,5 millones de dólares estadounidenses)."
    counts_en = filter_numbers(en, extract_numbers(en, "en"))["count"]
    counts_es = filter_numbers(es, extract_numbers(es, "es"))["count"]
    assert compare_numbers(counts_en, counts_es) == []


@pytest.mark.parametrize(
    "text, lang",
    [("The fund grew to $12 million (up from $9 million a year ago).", "en"),
     ("Le fonds atteint 12 millions d'euros (contre 9 millions d'euros en 2025).", "fr")],
)
def test_a_bracketed_figure_of_the_same_currency_is_its_own(text, lang):
    assert "conversion" not in filter_numbers(text, extract_numbers(text, lang))


@pytest.mark.parametrize(
    "per_head, lang",
    [("Families will receive up to 1,000 dollars per adult.", "en"),
     ("Each household gets $1,000 per adult from the fund.", "en"),
     ("Betroffene sollen bis zu 1000 Dollar pro Person erhalten.", "de"),
     ("Les sinistrés recevront 1 000 dollars par adulte.", "fr"),
     ("Los damnificados recibirán 1.000 dólares por persona.", "es")],
)
def test_an_amount_per_head_is_not_compared_with_the_total(per_head, lang):
    total = "The government announced $60 million in relief for the town."
    assert compare_numbers(extract_numbers(total, "en"), extract_numbers(per_head, lang)) == []


def test_amounts_per_head_are_compared_with_each_other():
    en = extract_numbers("Families will receive 1,000 dollars per adult.", "en")
    de = extract_numbers("Betroffene sollen 3000 Dollar pro Person erhalten.", "de")
    assert compare_numbers(en, de)


@pytest.mark.parametrize(
    "left, right",
    [("Families will receive 1,000 Australian dollars per adult.", "Families will receive 1,500 US dollars per adult."),
     ("Ottawa pledged 12 million Canadian dollars.", "Ottawa pledged 15 million US dollars.")],
)
def test_two_currencies_never_conflict(left, right):
    assert compare_numbers(extract_numbers(left, "en"), extract_numbers(right, "en")) == []


@pytest.mark.parametrize(
    "text, lang",
    [("Un prêt de 2 milliards d'euros par la Banque européenne d'investissement.", "fr"),
     ("Die Stadt zahlt 2 Milliarden Euro je nach Bedarf aus.", "de"),
     ("Die Bank gewährt 2 Milliarden Euro pro Jahr an Krediten.", "de"),
     ("The bank lends 2 billion euros per year to the region.", "en")],
)
def test_a_preposition_without_a_head_is_no_amount_per_head(text, lang):
    """'par'/'je'/'pro'/'per' alone also mean 'by'/'depending'/'a year': only per-head words make an
    amount per head, else a real money conflict would hide as 'EUR each'."""
    assert [n.unit for n in extract_numbers(text, lang)] == ["EUR"]


@pytest.mark.parametrize(
    "text, lang",
    [("Chaque foyer recevra 500 euros par habitant.", "fr"),
     ("Jeder bekommt 500 Euro je Haushalt.", "de"),
     ("Every family gets 500 euros per capita.", "en"),
     ("Ogni famiglia riceve 500 euro pro capite.", "it")],
)
def test_per_head_words_still_make_an_amount_per_head(text, lang):
    assert [n.unit for n in extract_numbers(text, lang)] == ["EUR each"]


def test_a_loan_by_a_bank_conflicts_with_another_total():
    fr = extract_numbers("Un prêt de 2 milliards d'euros par la Banque européenne d'investissement.", "fr")
    en = extract_numbers("A loan of 3 billion euros from the European Investment Bank.", "en")
    assert compare_numbers(fr, en)


@pytest.mark.parametrize(
    "text, lang",
    [("Revenue reached 50 million euros (up 30 million dollars on last year).", "en"),
     ("Der Umsatz lag bei 50 Millionen Euro (plus 30 Millionen Dollar zum Vorjahr).", "de"),
     ("Las ventas fueron 50 millones de euros (frente a 30 millones de dólares en 2025).", "es")],
)
def test_a_bracketed_change_is_no_conversion(text, lang):
    """Only an approximator of text/data ("about", "rund", "unos", "约合") may stand between "(" and a
    converted figure, not any word: "(up 30 million dollars" is a figure of its own."""
    assert "conversion" not in filter_numbers(text, extract_numbers(text, lang))


@pytest.mark.parametrize(
    "text, lang",
    [("The fund holds 50 million Australian dollars (about US$32 million).", "en"),
     ("Der Fonds umfasst 50 Millionen Euro (rund 54 Millionen Dollar).", "de"),
     ("基金为5000万澳元（约合3000万美元）。", "zh")],
)
def test_an_approximate_bracketed_conversion_is_still_one(text, lang):
    assert "conversion" in filter_numbers(text, extract_numbers(text, lang))
