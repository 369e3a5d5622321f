"""trial45 W9: entity types that depended on a common noun before a name or on the other document.

* A German compound naming a facility or a company before a name ("Kohlegrube Lenin", "Grubenbetreiber
  Qarmet", "Autobahnbetreiberin Asfinag") is that facility or company, no person: the name alone is the
  mention (text/data/de.json "facility_compound_heads", "organisation_compound_heads").
* A bare name of a large city the gazetteer knows is a place in every pair: "Karaganda" was ORG beside an
  English text, OTHER beside Italian and Polish, PLACE beside French.

Inputs written for these tests (the trial's Kazakh mine trial)."""

from __future__ import annotations

import itertools

import pytest

from storylens.analysis.entities import extract_entities
from storylens.analysis.entities._rules import _rule_mentions

from ._docs import doc_of


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("In der Kohlegrube Lenin starben im März 32 Bergleute.", "Lenin", "PLACE"),
    ("Der Grubenbetreiber Qarmet muss jeder Familie Entschädigung zahlen.", "Qarmet", "ORG"),
    ("Die Autobahnbetreiberin Asfinag sperrte die Strecke.", "Asfinag", "ORG"),
    ("Im Kraftwerk Ekibastus fiel die Heizung aus.", "Ekibastus", "PLACE"),
    ("Der Energiekonzern Uniper meldete Verluste.", "Uniper", "ORG"),
])
def test_a_german_descriptor_compound_types_the_name_after_it(text, name, kind):
    found = {form: etype for form, etype, _ in _rule_mentions(text, "de")}
    assert found.get(name) == kind
    assert not any(etype == "PERSON" for etype in found.values())


DOCS = {
    "it": ("it", ["Un tribunale di Karaganda ha condannato l'ex direttore della miniera a nove anni."]),
    "fr": ("fr", ["Un tribunal de Karaganda a condamné l'ancien directeur de la mine à neuf ans de prison."]),
    "de": ("de", ["Ein Gericht in Karaganda hat den früheren Direktor der Kohlegrube zu neun Jahren verurteilt."]),
    "es": ("es", ["Un tribunal de Karaganda condenó al exdirector de la mina a nueve años de prisión."]),
    "tr": ("tr", ["Karaganda'da bir mahkeme madenin eski müdürüne 9 yıl hapis cezası verdi."]),
}


@pytest.mark.parametrize(("a", "b"), list(itertools.combinations(DOCS, 2)))
def test_a_known_city_is_a_place_whatever_the_other_document(a, b):
    docs = [doc_of("d1", DOCS[a][1], DOCS[a][0]), doc_of("d2", DOCS[b][1], DOCS[b][0])]
    kinds = {e.type for e in extract_entities(docs) if any(v.startswith("Karaganda") for v in e.variants)}
    assert kinds == {"PLACE"}


def test_a_chinese_zh_name_links_to_its_latin_spelling():
    # trial45 W4: 若马尔特·塞特卡利 was cut to 马尔特·… and left unlinked from Zhomart / Schomart Seitkali
    zh = doc_of("d1", ["哈萨克斯坦卡拉干达州法院1日判处列宁煤矿前矿长若马尔特·塞特卡利九年有期徒刑。"], "zh")
    de = doc_of("d2", ["Ein Gericht in Karaganda hat den früheren Direktor, Schomart Seitkali, zu neun Jahren verurteilt."], "de")
    people = [set(e.variants) for e in extract_entities([zh, de]) if e.type == "PERSON"]
    assert people == [{"若马尔特·塞特卡利", "Schomart Seitkali"}]
