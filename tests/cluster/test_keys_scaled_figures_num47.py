"""Stream number keys read a figure with its scale as the claim ledger does (issues #11/#12, try46 F3, F11).

"40 000" (a space between thousands), "約4万", "4만", "40k", "1,5 εκατ." are the same figure as "40,000" and
"1,500,000" in another report; a short month name that is also a word ("pro", "lis", "mar", "set", "may") does
not turn the number after it into a date."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers
from storylens.cluster import entity_keys


def figures(text: str, lang: str | None) -> set[str]:
    return {k for k in entity_keys(text, lang) if k.startswith("#")}


@pytest.mark.parametrize(("text", "lang", "key"), [
    ("Rund 40 000 Haushalte ohne Strom.", "de", "#40000"),
    ("Près de 40\u202f000 foyers privés d'électricité.", "fr", "#40000"),
    ("Bez prądu 40\u00a0000 domów.", "pl", "#40000"),
    ("Без света остались 40 000 человек.", "ru", "#40000"),
    ("Без світла 1 250 000 людей.", "uk", "#1250000"),
    ("Some 40k homes lost power.", "en", "#40000"),
    ("Losses reached $2m, and 4.5bn in all.", "en", "#2000000"),
    ("Losses reached $2m, and 4.5bn in all.", "en", "#4500000000"),
    ("約4万世帯が停電した。", "ja", "#40000"),
    ("约4万户停电。", "zh", "#40000"),
    ("약 4만 가구가 정전됐다.", "ko", "#40000"),
    ("5만 8천 명이 대피했다.", "ko", "#58000"),
    ("損失は1億2000万円に上る。", "ja", "#120000000"),
    ("כ-40 אלף משקי בית נותרו ללא חשמל.", "he", "#40000"),
    ("Ζημιές 1,5 εκατ. ευρώ.", "el", "#1500000"),
    ("Unos 2 mil millones de euros.", "es", "#2000000000"),
])
def test_a_figure_with_its_scale_is_one_key(text, lang, key):
    keys = figures(text, lang)
    assert key in keys
    assert "#000" not in keys and "#4" not in keys  # no piece of the figure stands alone


@pytest.mark.parametrize(("text", "lang"), [
    ("Rund 40 000 Haushalte ohne Strom.", "de"),
    ("約4万世帯が停電した。", "ja"),
    ("약 4만 가구가 정전됐다.", "ko"),
    ("Some 40k homes lost power.", "en"),
    ("Ζημιές 1,5 εκατ. ευρώ.", "el"),
    ("1.5 מיליון שקל", "he"),
])
def test_the_keys_read_the_figure_the_claim_ledger_reads(text, lang):
    # one reading of a figure and its scale for both (storylens.text: scale_after, scale_chain, grouped_digits)
    ledger = {f"#{round(q.value)}" for q in extract_numbers(text, lang)}
    assert ledger and ledger <= figures(text, lang)


@pytest.mark.parametrize(("text", "lang", "keys"), [
    ("In 2022 40 people died.", "en", {"#2022", "#40"}),  # four digits before the space: a year, then a count
    ("Teams 3 4 5 won.", "en", {"#3", "#4", "#5"}),  # a list, no groups of three
    ("Teams 12 345 won.", "en", {"#12", "#345"}),  # English writes no space between thousands
    ("W 2022 r. 40 000 osób.", "pl", {"#2022", "#40000"}),  # a year alone is a figure of the story
])
def test_only_groups_of_three_after_one_to_three_digits_are_joined(text, lang, keys):
    assert figures(text, lang) == keys


def test_a_figure_glued_to_a_unit_or_a_counter():
    assert figures("水深60mの地点", "ja") == set()  # metres in the Japanese press (glued_unit_letters), no 60 million
    assert figures("12명이 숨졌다.", "ko") == {"#12"}  # a Korean counter glued to the digits
    assert figures("A 10km stretch.", "en") == set()  # a measure, as before


@pytest.mark.parametrize(("text", "lang", "key"), [
    ("Plyn pro 12 tisíc domácností.", "cs", "#12000"),
    ("Pomoc pro 300 rodin.", "cs", "#300"),
    ("Wyjazd lis 300 osób.", "pl", "#300"),
    ("Ayuda para mar 300 familias.", "es", "#300"),
    ("Aiuti set 300 famiglie.", "it", "#300"),
    ("They may 12 times call.", "en", "#12"),
])
def test_a_short_month_name_that_is_a_word_needs_a_date(text, lang, key):
    assert key in figures(text, lang)


@pytest.mark.parametrize(("text", "lang", "gone"), [
    ("Zemřelo 5 lidí dne 12. pro 2022.", "cs", {"#12", "#2022"}),
    ("On May 12, 2022 300 died.", "en", {"#12", "#2022"}),
    ("On May 12 300 died.", "en", {"#12"}),
    ("El 12 mar 2022 murieron 5.", "es", {"#12", "#2022"}),
    ("Il 12 set 2022 morti 5.", "it", {"#12", "#2022"}),
    ("Sesja 12 lis 2022 r. zginęło 40 osób.", "pl", {"#12", "#2022"}),
])
def test_real_dates_with_a_short_month_stay_dates(text, lang, gone):
    assert not figures(text, lang) & gone
