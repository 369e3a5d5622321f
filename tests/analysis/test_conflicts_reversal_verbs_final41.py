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
    # the passive, object first (review36a L3)
    ("The curfew was not extended.", "en", "The curfew was lifted on Monday.", "en"),
    ("The government did not extend the curfew.", "en", "The curfew was lifted.", "en"),
    ("The government did not extend the sanctions.", "en", "Sanctions were lifted.", "en"),
    ("The government did not extend the curfew.", "en", "Le couvre-feu a été levé.", "fr"),
    ("The government did not extend the curfew.", "en", "El toque de queda fue levantado.", "es"),
    ("Le gouvernement n'a pas prolongé le couvre-feu.", "fr", "Le couvre-feu a été levé.", "fr"),
    # a word of lack or refusal in the denial is no denied reversal (review36a H3)
    ("The party did not win a majority without its allies.", "en", "Die Partei verfehlte die absolute Mehrheit.", "de"),
    ("执政党没有赢得多数席位，无法单独组阁。", "zh", "The ruling party failed to win a majority.", "en"),
    ("Die Partei gewann ohne die Grünen keine Mehrheit.", "de", "The party failed to win a majority.", "en"),
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
    # a reversal of something else in the other sentence answers no denial (review36a H1, H2)
    ("The minister did not resign.", "en", "The minister resigned and the visit was cancelled.", "en"),
    ("Police did not open fire.", "en", "Police opened fire and the march was called off.", "en"),
    ("The ceasefire did not hold.", "en", "The ceasefire held, and the curfew was lifted.", "en"),
    ("Der Minister trat nicht zurück.", "de", "Der Minister trat zurück, der Besuch wurde abgesagt.", "de"),
    ("Le ministre n'a pas démissionné.", "fr", "Le ministre a démissionné et la visite a été annulée.", "fr"),
    ("El ministro no dimitió.", "es", "El ministro dimitió y la visita fue cancelada.", "es"),
    ("Il ministro non si è dimesso.", "it", "Il ministro si è dimesso e la visita è stata annullata.", "it"),
    ("Der Präsident traf die Delegation nicht.", "de", "The president cancelled the sanctions and met the delegation.", "en"),
    ("The president did not meet the delegation.", "en", "总统取消了制裁，并会见了代表团。", "zh"),
    ("总统没有会见代表团。", "zh", "政府取消了航班，总统会见了代表团。", "zh"),
    ("The minister did not resign.", "en", "Le ministre a démissionné après l'annulation du sommet.", "fr"),
    ("The minister did not resign.", "en", "El ministro dimitió tras cancelar la cumbre.", "es"),
    ("Der Minister ist nicht zurückgetreten.", "de", "The minister resigned after the summit was called off.", "en"),
    ("Министр не ушёл в отставку.", "ru", "Министр ушёл в отставку, визит отменили.", "ru"),
    # the reversal undoes another thing than the denial keeps
    ("The court did not extend the ban.", "en", "The court lifted the curfew.", "en"),
    # a meaning at its clause's end says it of the words before it, not of the denied act (H1's kind)
    ("The minister did not resign.", "en", "The minister resigned because the reform was unconstitutional.", "en"),
    ("Der Minister trat nicht zurück.", "de", "Der Minister trat zurück, nachdem die Gespräche gescheitert waren.", "de"),
    # "raised the alert level" is no lifting (review36a M4)
    ("The authorities did not raise the alert level.", "en", "رفعت السلطات حالة التأهب.", "ar"),
]


def test_a_meaning_at_the_clause_end_still_answers_its_own_subject() -> None:
    assert polarity("The reform is not constitutional.", "en", "The reform is unconstitutional.", "en") is None


@pytest.mark.parametrize(("a", "lang_a", "b", "lang_b"), SAME_OUTCOME)
def test_a_reversal_answers_a_denial_of_keeping(a: str, lang_a: str, b: str, lang_b: str) -> None:
    assert polarity(a, lang_a, b, lang_b) is None
    assert polarity(b, lang_b, a, lang_a) is None


@pytest.mark.parametrize(("a", "lang_a", "b", "lang_b"), CONFLICTS)
def test_a_denied_reversal_still_conflicts(a: str, lang_a: str, b: str, lang_b: str) -> None:
    assert polarity(a, lang_a, b, lang_b) is not None
