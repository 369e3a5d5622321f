"""A number conflict needs two units that state the same fact (trial, stop 24): a Czech rate hike
and a New Zealand rate cut matched at cosine 0.47 across languages, and "%: 1.8 vs 1,5" was reported
as a conflict between two different facts. Units of two languages are compared from
``settings.claim_cross_conflict_cosine`` (tuned on the ledger gold's tune half); a translation of
the same fact (0.565 in the trial's earthquake pair) is still compared."""

from __future__ import annotations

from storylens.analysis.claims import AlignedPair, ClaimAligner, Unit
from storylens.analysis.quantities import compare_numbers, extract_numbers


def _numbers(a: Unit, b: Unit) -> list[str]:
    return compare_numbers(extract_numbers(a.text, a.language), extract_numbers(b.text, b.language))


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s0", text, 0, len(text), lang)


def test_a_weak_cross_lingual_match_is_no_number_conflict():
    nz = _unit("d1", "New Zealand's central bank cut its main rate to 1.8% on Wednesday.", "en")
    cz = _unit("d2", "El banco central checo subió su tasa de referencia al 1,5 % el miércoles.", "es")
    aligner = ClaimAligner(embed=None, conflict_checks=(_numbers,))
    claim = aligner._claim("c1", [nz, cz], [AlignedPair(nz, cz, 0.47, 0.47, 0.0)])
    assert claim.status == "shared" and claim.conflict is None


def test_a_translation_of_the_same_fact_is_still_compared():
    en = _unit("d1", "Fourteen miners were trapped after the collapse near Copiapó.", "en")
    tr = _unit("d2", "Copiapó yakınlarındaki göçükte 17 madenci mahsur kaldı.", "tr")
    aligner = ClaimAligner(embed=None, conflict_checks=(_numbers,))
    claim = aligner._claim("c1", [en, tr], [AlignedPair(en, tr, 0.565, 0.565, 0.0)])
    assert claim.status == "conflicting" and claim.conflict == "trapped: 14 vs 17"  # the trapped: a counted event (num52)
