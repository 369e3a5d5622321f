"""break56b F5/F6, and sentences of their kind written for this fix: a toll of people joined by "and" whose first
conjunct is a trade ("A teacher and two children were killed" is 3; it was "at least 2", a "figures differ: killed: 3
vs at least 2" against AFP's "Trois personnes, une enseignante et deux enfants"), an apposition between dashes (the
toll went to the inner count: "two children — were killed" killed 2), dpa's long clause after an apposition ("…,
wurden am Donnerstag in einer Schule in Lyon getötet" was a count of "Menschen"), and the check of the new readings
against the other side of a pair: a teacher named alone ("eine Lehrerin getötet") is one victim, not the whole toll
("killed: 3 vs 1" against "Three people, among them a teacher, were killed"), and still conflicts with "no one"."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import split_units
from storylens.analysis.quantities import compare_numbers, differing_numbers, extract_numbers

from ._docs import doc_of


def _tolls(text: str, lang: str) -> list[tuple[float | None, str | None, float | None]]:
    return [(q.value, q.unit, q.high) for q in extract_numbers(text, lang) if q.unit in ("killed", "injured")]


@pytest.mark.parametrize(("lang", "text", "unit", "total"), [
    ("en", "A teacher and two children were killed on Thursday in Lyon.", "killed", 3.0),
    ("en", "A doctor and three nurses were injured in the blast.", "injured", 4.0),
    ("de", "Eine Lehrerin und zwei Kinder wurden am Donnerstag getötet.", "killed", 3.0),
    ("fr", "Une enseignante et deux enfants ont été tués jeudi.", "killed", 3.0),
    ("es", "Una maestra y dos niños murieron el jueves.", "killed", 3.0),
    ("it", "Un'insegnante e due bambini sono morti giovedì.", "killed", 3.0),  # an elided article
    ("ru", "Учительница и двое детей погибли в четверг.", "killed", 3.0),
    ("pl", "Nauczycielka i dwoje dzieci zginęły w czwartek.", "killed", 3.0),
    ("en", "Two children and a teacher were killed.", "killed", 3.0),
])
def test_a_trade_joined_to_a_counted_toll_is_summed(lang, text, unit, total):
    assert _tolls(text, lang) == [(total, unit, total)]


def test_a_conjunct_that_is_no_person_still_leaves_a_lower_bound():
    assert _tolls("A dog and two children were killed.", "en") == [(2.0, "killed", None)]


@pytest.mark.parametrize(("lang", "text", "head", "inner"), [
    ("en", "Three people — a teacher and two children — were killed on Thursday.", "Three", "children"),
    ("en", "Three people - a teacher and two children - were killed on Thursday.", "Three", "children"),
    ("fr", "Trois personnes – une enseignante et deux enfants – ont été tuées jeudi.", "Trois", "enfants"),
    ("de", "Drei Menschen – eine Lehrerin und zwei Kinder – wurden getötet.", "Drei", "kinder"),
    ("es", "Tres personas – una maestra y dos niños – murieron el jueves.", "Tres", "niños"),
    ("it", "Tre persone — un'insegnante e due bambini — sono morte giovedì.", "Tre", "bambini"),
    ("en", "Officials said 12 people – including two firefighters – were injured.", "12", "firefighters"),
])
def test_a_toll_past_a_dash_apposition_is_its_heads(lang, text, head, inner):
    found = extract_numbers(text, lang)
    assert found[0].text == head
    assert [q.unit for q in found] == [found[0].unit, inner] and found[0].unit in ("killed", "injured")


@pytest.mark.parametrize(("lang", "text"), [
    # break57 F5: a head with no count ("The victims"): the toll after the closing dash is the inner run's, summed
    ("en", "The victims — a teacher and two children — were killed on Thursday."),
    ("fr", "Les victimes – une enseignante et deux enfants – ont été tuées jeudi."),
    ("de", "Die Opfer – eine Lehrerin und zwei Kinder – wurden am Donnerstag getötet."),
    ("es", "Las víctimas — una maestra y dos niños — murieron el jueves."),
])
def test_a_toll_past_a_dash_apposition_without_a_head_count_is_the_inner_runs(lang, text):
    assert _tolls(text, lang) == [(3.0, "killed", 3.0)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The school — which has 300 pupils — was closed on Thursday."),
    ("en", "The bus — carrying two children — crashed on Thursday."),
])
def test_no_toll_past_a_dash_apposition_without_a_toll_word(lang, text):
    assert _tolls(text, lang) == []


@pytest.mark.parametrize(("text", "total"), [
    ("Drei Menschen, eine Lehrerin und zwei Kinder, wurden am Donnerstag in einer Schule in Lyon getötet.", 3.0),
    (("Fünf Menschen, eine Lehrerin und vier Kinder, sind am Donnerstagmorgen bei einem Messerangriff in einer "
      "Grundschule in Lyon getötet worden, teilte die Präfektur mit."), 5.0),
    ("Drei Menschen – eine Lehrerin und zwei Kinder – sind am Donnerstag in einer Schule in Lyon getötet worden.", 3.0),
])
def test_a_german_bracket_after_an_apposition_closes_with_its_toll(text, total):
    assert _tolls(text, "de") == [(total, "killed", total)]


@pytest.mark.parametrize(("lang", "text"), [
    # a link or a count in the clause: the participle at its end is another subject's
    ("de", "Zwei Männer, beide aus Köln, wurden am Samstag festgenommen und 40 Menschen verletzt."),
    ("en", "The 34-year-old man - a teacher - was arrested."),
])
def test_no_toll_for_a_head_whose_clause_holds_another(lang, text):
    assert [q.unit for q in extract_numbers(text, lang) if q.unit == "killed"] == []
    assert not any(q.text in ("Zwei", "34") and q.unit in ("injured", "arrested") for q in extract_numbers(text, lang))


@pytest.mark.parametrize(("lang", "alone", "group"), [
    ("de", "Bei dem Angriff ist eine Lehrerin getötet worden.", "Drei Menschen wurden getötet."),
    ("fr", "Une enseignante a été tuée jeudi.", "Trois personnes ont été tuées jeudi."),
    ("en", "A woman died in hospital.", "Three people, among them a woman, were killed."),
])
def test_a_victim_named_alone_is_no_toll_against_a_larger_one(lang, alone, group):
    a, b = extract_numbers(alone, lang), extract_numbers(group, lang)
    assert compare_numbers(a, b) == [] and differing_numbers(a, b) == []


def test_a_victim_named_alone_still_conflicts_with_no_one():
    a = extract_numbers("A teacher was killed in the attack.", "en")
    assert compare_numbers(extract_numbers("No one was killed in the attack.", "en"), a) == ["killed: no one vs 1"]


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Three people — a teacher and two children — were killed on Thursday morning in a knife attack in Lyon."),
    ("fr", "Trois personnes – une enseignante et deux enfants – ont été tuées jeudi matin dans une école de Lyon."),
    ("es", "Tres personas – una maestra y dos niños – murieron el jueves por la mañana en una escuela de Lyon."),
])
def test_two_dashes_around_a_piece_of_the_clause_cut_no_unit(lang, sentence):
    # cut at both dashes, the head and its toll stood in two units and neither read the toll (break56b F6)
    assert [u.text for u in split_units(doc_of("d1", [sentence], lang), by_language=True)] == [sentence]


def test_a_dash_between_two_clauses_still_cuts():
    sentence = "The storm hit the coast late on Monday – Officials ordered 3,000 people to leave their homes."
    assert len(split_units(doc_of("d1", [sentence]), by_language=True)) == 2
