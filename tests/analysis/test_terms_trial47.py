"""trial47 F4: prison terms in the forms the term readers missed or misread.

Before: "a five-year prison sentence" (a number adjective) gave no figure in en/de/ru/pl; "une peine de cinq
ans", "una condena de cinco años" and "écopé de cinq ans ferme" were AGES of 5; "faces up to 10 years in
prison" (a charge's maximum) was the sentence, so it met "sentenced to five years" as a conflict; ru
"арестовали на два месяца" (custody) was a plain count."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.conflicts import filter_numbers
from storylens.analysis.quantities import extract_numbers
from storylens.report.pipeline import _Measures


def _kinds(text: str, lang: str) -> dict[str, list[float | None]]:
    return {k: [q.value for q in v] for k, v in filter_numbers(text, extract_numbers(text, lang), lang).items()}


@pytest.mark.parametrize(("lang", "text", "kind", "value"), [
    ("en", "He was given a five-year prison sentence.", "term", 5),
    ("en", "Prosecutors had sought a six-year sentence.", "demanded term", 6),
    ("de", "Er erhielt eine fünfjährige Haftstrafe.", "term", 5),
    ("de", "Die Staatsanwaltschaft forderte eine sechsjährige Haftstrafe.", "demanded term", 6),
    ("ru", "Он получил пятилетний срок.", "term", 5),
    ("pl", "Sąd wydał pięcioletni wyrok.", "term", 5),
    ("fr", "Il a été condamné à une peine de cinq ans.", "term", 5),
    ("fr", "Il a écopé de cinq ans ferme.", "term", 5),
    ("es", "Recibió una condena de cinco años.", "term", 5),
])
def test_a_term_as_an_adjective_or_after_a_penalty_noun_is_a_term(lang, text, kind, value):
    kinds = _kinds(text, lang)
    assert kinds.get(kind) == [value], kinds
    assert not kinds.get("age"), kinds


@pytest.mark.parametrize(("lang", "text", "age"), [
    ("en", "A 5-year-old boy was found.", 5),
    ("de", "Der 84-Jährige wurde zu fünf Jahren Haft verurteilt.", 84),
    ("fr", "Un homme de 84 ans a été condamné à cinq ans de prison.", 84),
    ("es", "Halden, de 61 años, fue condenado a seis años.", 61),
    ("es", "Un hombre de 40 años fue detenido.", 40),
])
def test_an_age_stays_an_age(lang, text, age):
    assert _kinds(text, lang).get("age") == [age]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A five-year-old boy was found."),
    ("en", "The government launched a five-year plan."),
    ("de", "Ein fünfjähriges Mädchen wurde verletzt."),
    ("ru", "Пятилетний мальчик пропал."),
])
def test_a_number_adjective_without_a_term_word_is_no_term(lang, text):
    kinds = _kinds(text, lang)
    assert not any(k.endswith("term") for k in kinds), kinds


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("en", "He faces up to 10 years in prison.", 10),
    ("en", "He could face up to 10 years in jail if convicted.", 10),
    ("de", "Ihm drohen bis zu zehn Jahre Haft.", 10),
    ("fr", "Il encourt jusqu'à dix ans de prison.", 10),
    ("es", "Se enfrenta a una pena de hasta diez años de cárcel.", 10),
    ("it", "Rischia fino a dieci anni di carcere.", 10),
    ("ru", "Ему грозит до десяти лет лишения свободы.", 10),
    ("pl", "Grozi mu do 10 lat więzienia.", 10),
])
def test_a_charges_maximum_is_its_own_kind(lang, text, value):
    kinds = _kinds(text, lang)
    assert kinds.get("maximum term") == [value], kinds
    assert not kinds.get("term"), kinds


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "He was sentenced to 5 years, the maximum."),
    ("en", "The court sentenced him to 5 years."),
])
def test_a_sentence_stays_a_term(lang, text):
    assert _kinds(text, lang) == {"term": [5]}


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Его арестовали на два месяца."),
    ("ru", "Суд арестовал его на два месяца."),
    ("uk", "Його заарештували на два місяці."),
    ("pl", "Został aresztowany na dwa miesiące."),
])
def test_an_arrest_for_a_period_is_custody(lang, text):
    kinds = _kinds(text, lang)
    assert kinds.get("custody") == [2], kinds


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}-s1", text, 0, len(text), lang)


@pytest.mark.parametrize(("a", "b", "expected"), [
    # a charge's maximum against the sentence: two facts, never a conflict
    (("Muñoz faces up to 10 years in prison.", "en"), ("Muñoz fue condenado a cinco años de prisión.", "es"), []),
    (("Ihm drohen bis zu zehn Jahre Haft.", "de"), ("He was sentenced to five years.", "en"), []),
    # the adjective form meets the sentence of another language
    (("He was given a five-year prison sentence.", "en"), ("Er wurde zu vier Jahren Haft verurteilt.", "de"),
     ["term: year: 5 vs 4"]),
    (("Il a écopé de cinq ans ferme.", "fr"), ("He was sentenced to four years.", "en"), ["term: year: 5 vs 4"]),
])
def test_terms_meet_only_their_kind(a, b, expected):
    measures = _Measures({"d1": "2026-12-01", "d2": "2026-12-01"})
    assert measures.number_conflicts(_unit("d1", *a), _unit("d2", *b)) == expected
