"""Exchange rates, koruna amounts, number words with a scale word and approximators glued to a
particle, across languages (storylens.analysis.quantities). From a new-user trial (a central
bank's rate decision told in eight languages): each of these was read wrongly before."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers


def _only(text, lang):
    found = extract_numbers(text, lang)
    assert len(found) == 1, [(q.text, q.unit) for q in found]
    return found[0]


@pytest.mark.parametrize("text, lang", [
    ("The crown firmed to 24.10 per euro.", "en"),
    ("La couronne s'est appréciée à 24,10 pour un euro.", "fr"),
    ("Die Krone legte auf 24,10 Kronen je Euro zu.", "de"),
    ("Korona umocniła się do 24,10 za euro.", "pl"),
    ("Крона укрепилась до 24,10 за евро.", "ru"),
    ("ارتفعت الكرونة إلى 24.10 كرونة مقابل اليورو.", "ar"),
])
def test_an_exchange_rate_is_a_rate_to_the_other_currency(text, lang):
    q = _only(text, lang)
    assert (q.value, q.unit, q.kind, q.low, q.high) == (24.1, "per EUR", "rate", 24.1, 24.1)


def test_two_rates_written_to_the_cent_conflict_in_any_language():
    en = extract_numbers("The crown firmed to 24.12 per euro.", "en")
    fr = extract_numbers("La couronne s'est appréciée à 24,10 pour un euro.", "fr")
    assert compare_numbers(en, fr) == ["per eur: 24.12 vs 24,10"]
    assert compare_numbers(en, extract_numbers("Die Krone notierte bei 24,12 Kronen je Euro.", "de")) == []


def test_rounding_still_agrees_where_a_figure_has_a_scale_word():
    assert compare_numbers(extract_numbers("1.5 million people", "en"), extract_numbers("1,520,000 people", "en")) == []


@pytest.mark.parametrize("text, lang", [
    ("Debt costs would rise by 12 billion crowns.", "en"),
    ("Le coût de la dette augmentera de 12 milliards de couronnes.", "fr"),
    ("Die Schuldenkosten steigen um 12 Milliarden Kronen.", "de"),
    ("Koszty długu wzrosną o 12 mld koron.", "pl"),
    ("Расходы на долг вырастут на 12 млрд крон.", "ru"),
    ("债务成本将增加120亿克朗。", "zh"),
])
def test_koruna_amounts_are_money(text, lang):
    q = _only(text, lang)
    assert (q.value, q.unit, q.kind) == (12e9, "CZK", "money")


@pytest.mark.parametrize("text, lang", [
    ("Le coût augmentera d'environ 12 milliards de couronnes.", "fr"),
    ("Расходы вырастут примерно на 12 млрд крон.", "ru"),
    ("ستزيد التكاليف بنحو 12 مليار كرونة.", "ar"),
])
def test_an_approximator_glued_to_a_particle_is_still_approximate(text, lang):
    q = _only(text, lang)
    assert q.vague and q.low < 12e9 < q.high


@pytest.mark.parametrize("text, lang, value, unit", [
    ("Die Kosten steigen um zwei Milliarden Euro.", "de", 2e9, "EUR"),
    ("ستبلغ التكلفة ملياري يورو.", "ar", 2e9, "EUR"),  # the dual: two billion
    ("Costará tres millones de euros.", "es", 3e6, "EUR"),
])
def test_a_number_word_and_its_scale_word_are_one_figure(text, lang, value, unit):
    q = _only(text, lang)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text, lang", [
    ("The bank raised its main rate by 75 basis points to 5.25%.", "en"),
    ("La banque a relevé son taux de 75 points de base, à 5,25 %.", "fr"),
    ("Die Notenbank hob den Leitzins um 75 Basispunkte auf 5,25 Prozent an.", "de"),
    ("Bank podniósł stopę o 75 punktów bazowych, do 5,25 proc.", "pl"),
    ("Банк повысил ставку на 75 базисных пунктов, до 5,25%.", "ru"),
    ("El banco elevó su tipo en 75 puntos básicos, hasta el 5,25 %.", "es"),
    ("央行加息75个基点至5.25%。", "zh"),
])
def test_basis_points_are_one_unit_in_every_language(text, lang):
    found = [(q.value, q.unit) for q in extract_numbers(text, lang)]
    assert (75.0, "bp") in found and (5.25, "%") in found


def test_fifty_basis_points_conflict_with_seventy_five_across_languages():
    pl = extract_numbers("Bank podniósł stopę o 50 punktów bazowych.", "pl")
    de = extract_numbers("Die Notenbank hob den Leitzins um 75 Basispunkte an.", "de")
    assert compare_numbers(pl, de) == ["bp: 50 vs 75"]


@pytest.mark.parametrize("text, lang, value", [
    ("The bank board voted 5-2 for the increase.", "en", 5.002),
    ("The bank board voted four to three for the increase.", "en", 4.003),
    ("El consejo aprobó la subida por cuatro votos contra tres.", "es", 4.003),
    ("Le conseil a voté la hausse par cinq voix contre deux.", "fr", 5.002),
    ("Der Rat stimmte mit fünf zu zwei Stimmen für die Erhöhung.", "de", 5.002),
])
def test_a_vote_tally_is_one_figure(text, lang, value):
    q = _only(text, lang)
    assert (q.unit, q.value) == ("vote", value)


def test_two_tallies_conflict_exactly_and_agree_across_languages():
    five_two = extract_numbers("The bank board voted 5-2 for the increase.", "en")
    four_three = extract_numbers("El consejo aprobó la subida por cuatro votos contra tres.", "es")
    assert compare_numbers(five_two, four_three) == ["vote: 5-2 vs cuatro votos contra tres"]
    assert compare_numbers(five_two, extract_numbers("Le conseil a voté par cinq voix contre deux.", "fr")) == []
    assert compare_numbers(five_two, extract_numbers("The board voted 5-3.", "en")) == ["vote: 5-2 vs 5-3"]


def test_two_numbers_without_a_vote_are_no_tally():
    assert all(q.unit != "vote" for q in extract_numbers("The game ended 5-2 on Sunday.", "en"))
