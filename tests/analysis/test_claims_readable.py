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


def test_weak_is_below_the_sure_threshold_of_the_language_pair():
    from dataclasses import replace

    from storylens.analysis.claims import is_weak
    from storylens.settings import DEFAULT

    claim = _shared("a b c", "x y z", {})
    cosine_rule = replace(DEFAULT, claim_pair_model=False)
    cross = cosine_rule.claim_cross_sure_threshold
    mono = cosine_rule.claim_sure_threshold
    assert cross is not None and cross < mono
    between = replace(claim, confidence=(cross + mono) / 2)
    assert is_weak(between, {"d1": "en", "d2": "en"}, cosine_rule)
    assert not is_weak(between, {"d1": "de", "d2": "en"}, cosine_rule)
    assert is_weak(replace(claim, confidence=cross - 0.01), {"d1": "de", "d2": "en"}, cosine_rule)
    assert not is_weak(replace(between, status="unique", docs=("d1",)), {"d1": "en"}, cosine_rule)


def test_with_the_pair_model_a_cross_lingual_match_is_weak_below_its_sure_probability():
    from dataclasses import replace

    from storylens.analysis.claims import is_weak
    from storylens.settings import DEFAULT

    settings = replace(DEFAULT, claim_pair_model=True, claim_pair_sure_threshold=0.9)
    claim = _shared("a b c", "x y z", {})
    cross = {"d1": "de", "d2": "en"}
    assert is_weak(replace(claim, confidence=0.85), cross, settings)
    assert not is_weak(replace(claim, confidence=0.95), cross, settings)
    # Same-language claims keep the cosine rule's sure threshold.
    assert not is_weak(replace(claim, confidence=0.85), {"d1": "en", "d2": "en"}, settings)
