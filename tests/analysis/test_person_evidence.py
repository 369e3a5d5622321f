"""A capitalised run is a person only without evidence against it (trial 9: German reports of a mine
collapse near Copiapó gave the PERSON entities "Drei Tote", "Uhr Ortszeit" and "Atacama-Region";
German capitalises every noun). Counts, time words and place kinds come from text/data."""

from __future__ import annotations

from storylens.analysis.entities import EntityExtractor

from ._docs import doc_of

DE = [
    "Bei einem Grubeneinsturz in der Atacama-Region im Norden Chiles sind drei Bergleute ums Leben gekommen.",
    "Drei Tote und zwölf Verletzte meldete die Regionalregierung am Dienstagabend.",
    "Der Stollen stürzte gegen 14.30 Uhr Ortszeit ein, sagte Bergbauministerin Aurora Williams.",
    "Vier Verletzte wurden in ein Krankenhaus in Copiapó gebracht.",
    "Zwei Stunden später begann die Bergung, wie Innenministerin Carolina Tohá mitteilte.",
    "Die Atacama-Region ist das Zentrum des chilenischen Kupferbergbaus, ebenso wie die Antofagasta-Region.",
    "Die Behörden der Antofagasta-Region schickten Rettungskräfte, die um Mitternacht Ortszeit eintrafen.",
]


def _people(docs) -> set[str]:
    return {e.name for e in EntityExtractor().extract(docs) if e.type == "PERSON"}


def test_counts_time_words_and_place_kinds_are_no_persons():
    people = _people([doc_of("d1", DE, "de")])
    assert people == {"Aurora Williams", "Carolina Tohá"}


def test_a_place_named_with_its_kind_is_a_place():
    places = {e.name for e in EntityExtractor().extract([doc_of("d1", DE, "de")]) if e.type == "PLACE"}
    assert {"Atacama-Region", "Antofagasta-Region"} <= places


def test_a_noun_joined_to_its_place_needs_evidence_to_be_a_person():
    de = ["Vier Verletzte wurden in das Krankenhaus von Copiapó gebracht.",
          "Die Grube von Candelaria blieb geschlossen.",
          "Die EU stehe an der Seite Chiles, sagte der Sprecher.",
          "Olaf Scholz traf Gabriel Boric in Berlin."]
    people = _people([doc_of("d1", de, "de")])
    assert not any("Copiapó" in p or "Candelaria" in p or "Chiles" in p for p in people)
    assert {"Olaf Scholz", "Gabriel Boric"} <= people


def test_a_number_word_inside_a_sentence_still_opens_a_name():
    es = ["Tres mineros murieron en el derrumbe de una mina cerca de Copiapó, según Sernageomin.",
          "El geólogo Marcelo dos Santos dijo que la galería tenía fallas.",
          "Según Dos Santos, la empresa había sido advertida en marzo."]
    assert "Marcelo dos Santos" in _people([doc_of("d1", es, "es")]) or "Dos Santos" in _people([doc_of("d1", es, "es")])
