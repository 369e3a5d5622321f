"""Two reports' sentences about one policy rate are one claim, however worded, and their figures are
compared (trial 15 #1: "lowered its deposit facility rate by 25 basis points to 2.00%" and "La tasa de
depósito … queda en el 1,75%, tras un recorte de un cuarto de punto" scored a cosine of 0.23, stayed
two unique claims, and the planted conflict was never reported)."""

from __future__ import annotations

from ._cosine_free import claims_of, document, holding

EN = ["The European Central Bank cut interest rates on Thursday.",
      "The ECB lowered its deposit facility rate by 25 basis points to 2.00%, the lowest level since December 2022.",
      "The cycle began in June 2024, when the deposit rate stood at 4%."]
ES = ["El Banco Central Europeo rebajó el jueves los tipos de interés.",
      "La tasa de depósito, la referencia para el mercado, queda en el 1,75%, tras un recorte de un cuarto de punto."]
PL = ["Rada Polityki Pieniężnej pozostawiła stopy bez zmian.",
      "Stopa depozytowa wynosi 4,75%, a stopa lombardowa 5,75%."]


def _doc(doc_id, sentences, lang):
    return document(doc_id, sentences, lang, "2025-06-05")


_claims = claims_of
_holding = holding


def test_one_rates_two_figures_are_one_claim_and_a_conflict():
    claims = _claims(_doc("d1", EN, "en"), _doc("d2", ES, "es"))
    claim = _holding(claims, "d2:s1")
    assert {e.sentence for e in claim.evidence} == {"d1:s1", "d2:s1"}  # not the 4 % of June 2024
    assert claim.status == "conflicting" and "2.00 vs 1,75" in (claim.conflict or "")


def test_the_rule_can_be_switched_off():
    # figure_once off too: "un recorte de un cuarto de punto" and "by 25 basis points" state one cut of 25 basis
    # points, each once, which pairs the two sentences by itself (ClaimAligner.figure_once, ledger52)
    claims = _claims(_doc("d1", EN, "en"), _doc("d2", ES, "es"), rate_pairs=False, figure_once=False)
    assert _holding(claims, "d2:s1").status == "unique"


def test_another_banks_rate_with_no_figure_or_name_in_common_stays_apart():
    claims = _claims(_doc("d1", EN, "en"), _doc("d3", PL, "pl"))
    assert _holding(claims, "d3:s1").status == "unique"
