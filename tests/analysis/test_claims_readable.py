"""Claims are readable units: a detail reads as the phrase that states it, and is never a second claim."""

from __future__ import annotations

from storylens.analysis.claims import detail_phrases
from storylens.models import Claim, Evidence


def _shared(text_a: str, text_b: str, details: dict) -> Claim:
    ev = (Evidence("d1", "d1:s0", text_a, 0, len(text_a)), Evidence("d2", "d2:s0", text_b, 0, len(text_b)))
    return Claim("c1", "shared", text_a, ev, docs=("d1", "d2"), details=details)


def test_a_verb_phrase_detail_reads_as_its_phrase_inside_the_shared_claim():
    claim = _shared("Protesters in Almaty reportedly stormed the airport", "Rioters stormed public buildings",
                    {"d1": ("airport",)})
    out = detail_phrases([claim])
    # One claim: the piece "reportedly stormed the airport" is evidence of the shared
    # claim already, so it is not listed again as a unique claim.
    assert [c.status for c in out] == ["shared"]
    assert out[0].details == {"d1": ("reportedly stormed the airport",)}


def test_bare_noun_phrases_stay_details_not_claims():
    claim = _shared("Shots were heard in Almaty, gunfire", "In Almaty, the former Soviet republic, shots rang out",
                    {"d1": ("gunfire",), "d2": ("republic",)})
    out = detail_phrases([claim])
    assert [c.status for c in out] == ["shared"]
    assert out[0].details == {"d1": ("gunfire",), "d2": ("republic",)}
