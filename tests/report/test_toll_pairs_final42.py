"""A count of nobody and a count of some of one event in two reports are one claim and a conflict,
whatever their cosine (final42 W1: "No one was killed in the floods, the regional governor … told
reporters" and "Bei dem Hochwasser kamen zwei Menschen ums Leben, teilte die Polizei mit" were two unique
claims: two speakers, a low cosine; settings.claim_toll_pairs)."""

from __future__ import annotations

import pytest

from ._cosine_free import claims_of, document, holding


def _doc(doc_id, sentences, lang):
    return document(doc_id, sentences, lang, "2024-09-16")


_claims = claims_of
_holding = holding


ZERO_AND_TWO = [
    ("en", "No one was killed in the floods, the regional governor told reporters.",
     "de", "Bei dem Hochwasser kamen zwei Menschen ums Leben, teilte die Polizei mit."),
    ("en", "No one was killed, police said.", "tr", "Selde iki kişi hayatını kaybetti."),
    ("zh", "洪灾没有造成人员死亡。", "ar", "قالت الشرطة إن شخصين لقيا حتفهما."),
    ("ar", "لا وفيات جراء الفيضانات.", "en", "Two people were killed, police said."),
    ("it", "Non ci sono vittime, ha detto il governatore.", "pl", "Nie żyją dwie osoby - poinformowała policja."),
    # the event named with the zero is no scope of it (text data "event_nouns"; final43: "in the accident")
    ("en", "No one was killed in the accident, the governor said.", "de", "Bei dem Unglück kamen zwei Menschen ums Leben."),
    ("pl", "Nikt nie zginął w wypadku.", "en", "Two people were killed in the crash, police said."),
    ("zh", "事故中没有造成人员死亡。", "en", "Two people were killed in the crash, police said."),
    ("es", "No hubo víctimas mortales en el accidente.", "en", "Two people were killed, police said."),
]


@pytest.mark.parametrize(("lang_a", "zero", "lang_b", "two"), ZERO_AND_TWO)
def test_nobody_and_two_of_one_event_are_one_conflicting_claim(lang_a, zero, lang_b, two):
    other_a, other_b = "The river is still rising in the south.", "Der Fluss steigt im Süden weiter."
    claims = _claims(_doc("d1", [other_a, zero], lang_a), _doc("d2", [other_b, two], lang_b))
    claim = _holding(claims, "d1:s1")
    assert {e.sentence for e in claim.evidence} == {"d1:s1", "d2:s1"}
    assert claim.status == "conflicting" and "killed" in (claim.conflict or "")


def test_the_rule_can_be_switched_off():
    claims = _claims(_doc("d1", ["No one was killed, police said."], "en"),
                     _doc("d2", ["Selde iki kişi hayatını kaybetti."], "tr"), toll_pairs=False)
    assert all(c.status == "unique" for c in claims)


NOT_ONE_FACT = [
    # two events: nobody killed, three injured
    ("en", "No one was killed, police said.", "de", "Drei Menschen wurden verletzt, teilte die Polizei mit."),
    # both count some: no zero against a count
    ("en", "Two people were killed, police said.", "tr", "Selde iki kişi hayatını kaybetti."),
]


@pytest.mark.parametrize(("lang_a", "a", "lang_b", "b"), NOT_ONE_FACT)
def test_no_pair_without_nobody_against_some_of_one_event(lang_a, a, lang_b, b):
    # the toll rule alone: number fan-out (on since stop 40) pairs "Two … killed" / "iki kişi" by their shared 2
    claims = _claims(_doc("d1", [a], lang_a), _doc("d2", [b], lang_b), number_fanout=None)
    assert all(c.status == "unique" for c in claims)
