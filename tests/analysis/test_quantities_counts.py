"""Counts of people in every language (trial 7): zero counts written with a negated verb, function
words that were taken for units, evacuees / rescued / missing / arrested with one key across
languages (the hand list `_EVENTS` in four languages is now the language data's "measures"), and an
amount after Italian "da" that was read as a duration."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from storylens.analysis.conflicts import filter_numbers
from storylens.analysis.quantities import _lexicon, compare_numbers, extract_numbers
from storylens.text import LANGUAGES


def _counts(text, lang):
    return [(q.value, q.unit) for q in extract_numbers(text, lang)]


@pytest.mark.parametrize("text, lang", [
    ("Землетрясение в Албании не унесло ничьих жизней, сообщили власти.", "ru"),
    ("В Тиране никто не погиб.", "ru"),
    ("Arnavutluk'taki depremde kimse ölmedi, yetkililer açıkladı.", "tr"),
    ("Belediye başkanı, Milano'da kimsenin ölmediğini söyledi.", "tr"),
    ("Il sindaco ha detto che a Milano nessuno è morto.", "it"),
    ("En Tirana no murió nadie.", "es"),
    ("لم يقتل أحد في العاصمة.", "ar"),
])
def test_a_count_of_nobody_is_zero_killed(text, lang):
    assert (0.0, "killed") in _counts(text, lang)


@pytest.mark.parametrize("text, lang, value, unit", [
    ("È salito ad almeno 42 il bilancio delle vittime del terremoto.", "it", 42, "killed"),
    ("Il numero degli sfollati è salito a 3.000 entro lunedì sera.", "it", 3000, "evacuated"),
    ("El número de evacuados aumentó a 5.000 el lunes por la noche.", "es", 5000, "evacuated"),
    ("30 personas siguen desaparecidas y 200 fueron evacuadas.", "es", 200, "evacuated"),
])
def test_a_function_word_after_a_number_is_no_unit(text, lang, value, unit):
    assert (value, unit) in _counts(text, lang)


@pytest.mark.parametrize("text, lang, value, unit", [
    ("The number of evacuated residents rose to 3,000 by Monday evening.", "en", 3000, "evacuated"),
    ("At least 30 people are missing.", "en", 30, "missing"),
    ("Police arrested 15 people.", "en", 15, "arrested"),
    ("Rescuers said 5 people were rescued from the sea.", "en", 5, "rescued"),
    ("Mindestens 30 Menschen werden vermisst, 200 wurden evakuiert.", "de", 30, "missing"),
    ("Mindestens 30 Menschen werden vermisst, 200 wurden evakuiert.", "de", 200, "evacuated"),
    ("Au moins 200 habitants ont été évacués.", "fr", 200, "evacuated"),
    ("Пропали без вести 30 человек, эвакуированы 200 человек.", "ru", 200, "evacuated"),
    ("Спасатели сообщили, что 12 человек спасены.", "ru", 12, "rescued"),
    ("Il numero degli sfollati è salito a 3.000.", "it", 3000, "evacuated"),
    ("La polizia ha detto che 15 persone sono state arrestate, 4 arrestati ieri.", "it", 4, "arrested"),
    ("La policía informó de 15 detenidos.", "es", 15, "arrested"),
    ("Ewakuowano 300 osób z zagrożonych domów.", "pl", 300, "evacuated"),
    ("Tahliye edilen sakinlerin sayısı pazartesi akşamı 3 bine yükseldi.", "tr", 3000, "evacuated"),
    ("截至周一晚间，撤离居民人数增至3000人。", "zh", 3000, "evacuated"),
    ("救援人员说，12人获救。", "zh", 12, "rescued"),
    # the verb of change far before its "to": "stieg bis Montagabend auf 3000"
    ("Die Zahl der Evakuierten stieg bis Montagabend auf 3000.", "de", 3000, "evacuated"),
])
def test_counts_of_evacuees_rescued_missing_and_arrested_in_every_language(text, lang, value, unit):
    assert (value, unit) in _counts(text, lang)


def test_evacuee_counts_in_two_languages_conflict():
    a = extract_numbers("El número de evacuados aumentó a 5.000 el lunes por la noche.", "es")
    b = extract_numbers("Il numero degli sfollati è salito a 3.000 entro lunedì sera.", "it")
    assert compare_numbers(a, b) == ["evacuated: 5.000 vs 3.000"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_the_count_keys(lang):
    data = json.loads(resources.files("storylens.text").joinpath(f"data/{lang}.json").read_text(encoding="utf-8"))
    assert {"killed", "injured", "missing", "evacuated", "rescued", "arrested"} <= set(data["measures"])


def test_the_count_words_are_the_language_data_only():
    assert not hasattr(_lexicon, "_EVENTS")
    assert _lexicon._events("de")["vermisst"] == "missing"
    assert "die" not in _lexicon._events(None)  # German's article counts nobody


def test_an_amount_after_italian_da_is_no_duration():
    text = "Il governo ha approvato un fondo di emergenza da 15 milioni di euro."
    kinds = filter_numbers(text, extract_numbers(text, "it"))
    assert [q.value for q in kinds.get("count", [])] == [15_000_000]
    assert "duration" not in kinds
    other = extract_numbers("The government approved a 12 million euro emergency fund.", "en")
    assert compare_numbers(other, kinds["count"]) == ["eur: 12 million vs 15 milioni"]
