"""A whole sentence against two clauses of one sentence of the other document (new-user trial49 F24): "…、被害額は
540万ユーロと推定される。" (Japanese, Korean, Ukrainian join clauses by a verb's form or a comma and stay whole) against
"About 120 firefighters fought the blaze for nine hours" + "and the damage was estimated at 4.5 million euros." (one
English sentence cut at ", and"). Only the closest clause was compared, so 540万 vs 4.5 million euros was shared;
the other clause's figures are now checked as the whole pair's. Figures of the other clause that the whole does not
give, or gives alike, stay no conflict. A whole sentence against two sentences of the other side: an amount (money,
a unit) of the second sentence is compared when the closest sentence gives none of that kind (trial61 F2)."""

from __future__ import annotations

import numpy as np
import pytest

from storylens.analysis.claims import AlignedPair, Unit
from storylens.report.pipeline import claim_aligner


def _orthogonal(texts):
    return np.eye(len(texts), dtype=np.float32)


_FIRST = "About 120 firefighters fought the blaze for nine hours"
_SECOND = "and the damage was estimated at 4.5 million euros."


def _clauses(second: str = _SECOND, sentence: str = "d2:s3") -> tuple[Unit, Unit]:
    return (Unit("d2", "d2:s3", _FIRST, 0, len(_FIRST), "en"),
            Unit("d2", sentence, second, len(_FIRST) + 2, len(_FIRST) + 2 + len(second), "en"))


@pytest.mark.parametrize(
    "whole, lang",
    [
        ("約120人の消防士が9時間にわたり消火にあたり、被害額は540万ユーロと推定される。", "ja"),
        ("소방관 약 120명이 9시간 동안 진화 작업을 벌였으며 피해액은 540만 유로로 추산된다.", "ko"),
        ("Близько 120 пожежників гасили вогонь дев'ять годин, збитки оцінюються в 5,4 мільйона євро.", "uk"),
    ],
)
def test_the_other_clause_of_a_whole_sentence_is_compared(whole, lang):
    a = Unit("d1", "d1:s3", whole, 0, len(whole), lang)
    first, second = _clauses()
    pairs = [AlignedPair(a, first, 0.7, 0.66, 0.3), AlignedPair(a, second, 0.4, 0.23, 0.1)]
    claim = claim_aligner(_orthogonal, [], {})._claim("c1", [a, first, second], pairs, pairs)
    assert claim.status == "conflicting" and claim.conflict is not None and "eur" in claim.conflict


def test_the_same_sum_in_the_other_clause_is_no_conflict():
    whole = "約120人の消防士が9時間にわたり消火にあたり、被害額は450万ユーロと推定される。"
    a = Unit("d1", "d1:s3", whole, 0, len(whole), "ja")
    first, second = _clauses()
    pairs = [AlignedPair(a, first, 0.7, 0.66, 0.3), AlignedPair(a, second, 0.4, 0.23, 0.1)]
    claim = claim_aligner(_orthogonal, [], {})._claim("c1", [a, first, second], pairs, pairs)
    assert claim.status == "shared" and claim.conflict is None


def test_an_amount_of_another_sentence_is_compared_with_the_whole():
    # the second unit is another sentence (d2:s4): the whole says in one sentence what d2 says in two, and the
    # closest sentence gives no amount of money, so the other's euros are the whole's euros' counterpart
    # (trial61 F2: "2,1 milhões de euros" / "1,2 milioni di euro" was shared; until stop 46 another sentence
    # kept its own cosine here and its figures stayed unjudged)
    whole = "約120人の消防士が9時間にわたり消火にあたり、被害額は540万ユーロと推定される。"
    a = Unit("d1", "d1:s3", whole, 0, len(whole), "ja")
    first, second = _clauses("The damage was estimated at 4.5 million euros.", "d2:s4")
    pairs = [AlignedPair(a, first, 0.7, 0.66, 0.3), AlignedPair(a, second, 0.4, 0.23, 0.1)]
    claim = claim_aligner(_orthogonal, [], {})._claim("c1", [a, first, second], pairs, pairs)
    assert claim.status == "conflicting" and claim.conflict is not None and "eur" in claim.conflict


def test_a_kind_the_closest_sentence_gives_is_not_another_sentences():
    # "growth … 1.2 %" closest to "growth … 1,2 %", "inflation … 2.1 %" another sentence of the same claim: a kind of
    # figure the closest sentence gives keeps the other sentence's figures apart (no "%: 2.1 vs 1,2")
    whole = "Das Wachstum lag im dritten Quartal bei 1,2 Prozent."
    a = Unit("d1", "d1:s3", whole, 0, len(whole), "de")
    growth, inflation = "Growth was 1.2 percent in the third quarter.", "Inflation rose to 2.1 percent."
    first = Unit("d2", "d2:s3", growth, 0, len(growth), "en")
    second = Unit("d2", "d2:s4", inflation, 0, len(inflation), "en")
    pairs = [AlignedPair(a, first, 0.7, 0.66, 0.3), AlignedPair(a, second, 0.4, 0.23, 0.1)]
    claim = claim_aligner(_orthogonal, [], {})._claim("c1", [a, first, second], pairs, pairs)
    assert claim.status == "shared", claim.conflict


def test_a_sum_in_two_sentences_against_one_trial61():
    arrest_it = ("Il presidente della Regione Molise, Stefano Ardenzi, è stato arrestato questa mattina a Campobasso "
                 "dalla Guardia di Finanza con l'accusa di corruzione aggravata.")
    sum_it = "Secondo la procura, avrebbe incassato tangenti per 1,2 milioni di euro in cambio di appalti."
    whole = ("O presidente da região italiana de Molise, Stefano Ardenzi, foi detido em Campobasso pela Guardia di "
             "Finanza, suspeito de ter recebido 2,1 milhões de euros em subornos em troca de contratos.")
    a = Unit("d2", "d2:s1", whole, 0, len(whole), "pt")
    first = Unit("d1", "d1:s1", arrest_it, 0, len(arrest_it), "it")
    second = Unit("d1", "d1:s2", sum_it, 0, len(sum_it), "it")
    pairs = [AlignedPair(first, a, 0.8, 0.72, 0.3), AlignedPair(second, a, 0.5, 0.41, 0.1)]
    claim = claim_aligner(_orthogonal, [], {})._claim("c1", [first, second, a], pairs, pairs)
    assert claim.status == "conflicting" and claim.conflict is not None and "eur" in claim.conflict


def test_a_first_clause_is_no_whole_sentence():
    # the Japanese unit is itself a first clause (no sentence end): no whole to stand for the other clause
    part = "約120人の消防士が9時間にわたり消火にあたり、被害額は540万ユーロ"
    a = Unit("d1", "d1:s3", part, 0, len(part), "ja")
    first, second = _clauses()
    pairs = [AlignedPair(a, first, 0.7, 0.66, 0.3), AlignedPair(a, second, 0.4, 0.23, 0.1)]
    claim = claim_aligner(_orthogonal, [], {})._claim("c1", [a, first, second], pairs, pairs)
    assert claim.status == "shared"


def test_a_kind_of_figure_the_closest_clause_gives_is_not_the_other_clauses():
    # the whole's 2006 is the closest clause's 2006: the other clause's 2010 (another fact) is not compared with it
    whole = ("The charges will focus on his conduct in connection with a health food restaurant he owned in Manhattan "
             "after he left the FBI in 2006.")
    first = "The charges against Mr. Grimm, a Republican who was first elected in 2010, were expected to include fraud"
    second = "and to focus on a restaurant he owned in Manhattan after he left the FBI in 2006, two people said."
    a = Unit("d1", "d1:s3", whole, 0, len(whole), "en")
    b1 = Unit("d2", "d2:s3", first, 0, len(first), "en")
    b2 = Unit("d2", "d2:s3", second, len(first) + 1, len(first) + 1 + len(second), "en")
    pairs = [AlignedPair(a, b2, 0.8, 0.8, 0.5), AlignedPair(a, b1, 0.5, 0.45, 0.2)]
    claim = claim_aligner(_orthogonal, [], {"d1": "2014-04-25", "d2": "2014-04-25"})._claim("c1", [a, b1, b2], pairs, pairs)
    assert claim.status == "shared" and claim.conflict is None
