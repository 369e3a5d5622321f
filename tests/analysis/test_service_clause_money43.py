"""A service's stop or resumption is read where its clause names the service: around the verb or in the clause's
first part, its subject (trial54 F2). "The judge suspended the sentence, the ferry company's lawyer said" read the
ferries suspended (en, nl, fr, es), while "Flights to Palermo, the airline said, resumed on Thursday" names its
service first and keeps its stance."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import measure_stance


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The judge suspended the sentence, the ferry company's lawyer said."),
    ("nl", "De rechter schortte de straf op, zei de advocaat van de veerdienst."),
    ("fr", "Le juge a suspendu la peine, a indiqué l'avocat de la compagnie de ferries."),
    ("es", "El juez suspendió la condena, dijo el abogado de la compañía de ferris."),
])
def test_a_service_named_by_the_speaker_only_has_no_stance(lang: str, text: str) -> None:
    assert measure_stance(text, lang) is None


@pytest.mark.parametrize(("lang", "text", "stance"), [
    ("en", "Ferries to the island, the operator said, remain suspended.", "kept"),
    ("en", "Flights to Palermo, the airline said, resumed on Thursday.", "lifted"),
    ("en", "The ferry company said it had halted all services.", "closed"),
    ("en", "Bus services were suspended on Wednesday and resumed on Thursday.", "lifted"),
    ("en", "The strike halted production at the plant, the union said.", "closed"),
    ("nl", "Het treinverkeer, meldt de NS, is weer hervat.", "lifted"),
    ("de", "Die Fähren, teilte die Reederei mit, sind eingestellt.", "closed"),
    ("fr", "Les vols, a indiqué la compagnie, sont suspendus.", "closed"),
    ("es", "Los vuelos, informó la aerolínea, se reanudaron el jueves.", "lifted"),
    ("it", "I traghetti, ha detto la compagnia, sono sospesi.", "closed"),
    ("pl", "Loty, jak poinformował przewoźnik, zostały wstrzymane.", "closed"),
])
def test_a_service_named_where_its_verb_stands_keeps_its_stance(lang: str, text: str, stance: str) -> None:
    assert measure_stance(text, lang) == stance
