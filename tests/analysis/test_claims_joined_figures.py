"""A claim that joins two sentences of each document compares each sentence's figures with the
sentence of the other document that states the same thing (trial 7: a growth sentence and an
inflation sentence formed one claim, and "%: 2.1 vs 1,2" was reported as a conflict)."""

from __future__ import annotations

from storylens.analysis.claims import AlignedPair, _closest_pairs
from storylens.report.pipeline import claim_aligner

from ._docs import doc_of

EN = [("Germany's central bank raised its growth forecast for next year to 1.2 percent on Friday, citing a "
      "recovery in exports and lower energy prices."),
      "Bundesbank President Joachim Nagel said inflation would fall to 2.1 percent."]
DE = ["Die Bundesbank hat ihre Wachstumsprognose für das kommende Jahr auf 1,2 Prozent angehoben.",
      "Bundesbank-Präsident Joachim Nagel sagte, die Inflation werde auf 2,1 Prozent sinken."]
ES = [("El Bundesbank elevó su previsión de crecimiento para el próximo año al 1,2 %, gracias a la "
      "recuperación de las exportaciones."),
      "Su presidente, Joachim Nagel, afirmó que la inflación bajará al 2,1 %."]


def _claims(embedder, *docs):
    return claim_aligner(embedder.embed, (), {}).claims(list(docs))[0]


def test_figures_of_two_joined_sentences_are_not_compared_across(embedder):
    for other, lang in ((DE, "de"), (ES, "es")):
        claims = _claims(embedder, doc_of("d1", EN, "en"), doc_of("d2", other, lang))
        assert not any("%" in (c.conflict or "") for c in claims)


def test_a_figure_that_differs_in_the_matching_sentence_is_still_a_conflict(embedder):
    changed = [DE[0], DE[1].replace("2,1", "3,4")]
    claims = _claims(embedder, doc_of("d1", EN, "en"), doc_of("d2", changed, "de"))
    assert any("%: 2.1 vs 3,4" in (c.conflict or "") for c in claims)


def test_the_closest_pairs_are_each_others_best_match_per_document():
    units = [type("U", (), {"doc": d, "text": t})() for d, t in (("d1", "a"), ("d1", "b"), ("d2", "c"), ("d2", "d"))]
    pairs = [AlignedPair(units[0], units[2], 0.8, 0.8, 0.0), AlignedPair(units[0], units[3], 0.6, 0.6, 0.0),
             AlignedPair(units[1], units[3], 0.7, 0.7, 0.0), AlignedPair(units[1], units[2], 0.5, 0.5, 0.0)]
    assert _closest_pairs(pairs) == {id(pairs[0]), id(pairs[2])}
