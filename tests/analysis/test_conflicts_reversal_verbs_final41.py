"""A verb that undoes a measure (revoke, cancel, lift, call off, withdraw) states with its meaning what a denial
of keeping it states with a negation word (final41 #9): "did not renew the evacuation order" / "odwołała nakaz
ewakuacji" (revoked the order) was "polarity: d1 denies, d2 affirms". The verbs are each language's text data
("negative_meaning"); a denial of the reversal itself ("did not revoke", "hob … nicht auf") still conflicts
with the reversal, and so does a denial the plain side does not answer."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import polarity

SAME_OUTCOME = [
    ("Residents returned home when the police did not renew the evacuation order.", "en",
     "Mieszkańcy wrócili do domów, gdy policja odwołała nakaz ewakuacji.", "pl"),
    ("The police did not renew the evacuation order.", "en", "La policía revocó la orden de evacuación.", "es"),
    ("The government did not extend the curfew.", "en", "Die Regierung hob die Ausgangssperre auf.", "de"),
    ("The government did not extend the curfew.", "en", "Le gouvernement a levé le couvre-feu.", "fr"),
    ("Die Regierung verlängerte die Ausgangssperre nicht.", "de", "El gobierno levantó el toque de queda.", "es"),
    ("The organisers did not hold the concert.", "en", "Gli organizzatori hanno annullato il concerto.", "it"),
    ("Власти не продлили режим ЧС.", "ru", "The authorities lifted the state of emergency.", "en"),
    ("The authorities did not renew the ban.", "en", "当局解除了禁令。", "zh"),
    ("The authorities did not renew the ban.", "en", "رفعت السلطات الحظر.", "ar"),
    ("The authorities did not renew the licence.", "en", "Yetkililer lisansı iptal etti.", "tr"),
    ("Die Behörden verlängerten die Warnung nicht.", "de", "Власти отменили предупреждение.", "ru"),
]

CONFLICTS = [
    ("The police did not revoke the evacuation order.", "en", "Policja odwołała nakaz ewakuacji.", "pl"),
    ("The police revoked the evacuation order.", "en", "The police did not revoke the evacuation order.", "en"),
    ("Germany lifted its travel warning.", "en", "Deutschland hob die Reisewarnung nicht auf.", "de"),
    ("Das Konzert wurde nicht abgesagt.", "de", "The concert was cancelled.", "en"),
    ("Le concert n'a pas été annulé.", "fr", "El concierto fue cancelado.", "es"),
    ("Власти не отменили режим ЧС.", "ru", "The authorities cancelled the state of emergency.", "en"),
    ("当局没有取消航班。", "zh", "The authorities cancelled the flights.", "en"),
    ("The flight was not cancelled.", "en", "The flight was cancelled.", "en"),
    # "odwołał się" is an appeal, no reversal
    ("The lawyer did not appeal the verdict.", "en", "Adwokat odwołał się od wyroku.", "pl"),
    # "lifted" a thing that is no measure is no reversal
    ("The crane did not move the car.", "en", "The crane lifted the car.", "en"),
]


@pytest.mark.parametrize(("a", "lang_a", "b", "lang_b"), SAME_OUTCOME)
def test_a_reversal_answers_a_denial_of_keeping(a: str, lang_a: str, b: str, lang_b: str) -> None:
    assert polarity(a, lang_a, b, lang_b) is None
    assert polarity(b, lang_b, a, lang_a) is None


@pytest.mark.parametrize(("a", "lang_a", "b", "lang_b"), CONFLICTS)
def test_a_denied_reversal_still_conflicts(a: str, lang_a: str, b: str, lang_b: str) -> None:
    assert polarity(a, lang_a, b, lang_b) is not None
