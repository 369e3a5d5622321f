"""review34b #1/#5: the cross-language person + event denial (report.pipeline._ActorEventDenial) fired on a
negation anywhere in the unit, on a question, on the person as speaker or agent, and on event words found
inside other words ("lives" in "livestock", "けが" in "かけがえ", "zadržela dech"). The negation must bear on the
shared event (just before its word, function words only between), the person must undergo it, and event
words are whole words as quantities finds them."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.report.pipeline import _ActorEventDenial, _events


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s0", text, 0, len(text), lang)


def _conflict(person_a: str, text_a: str, lang_a: str, person_b: str, text_b: str, lang_b: str) -> list[str]:
    check = _ActorEventDenial({"d1:s0": [(person_a, "P:e1")], "d2:s0": [(person_b, "P:e1")]})
    return check(_unit("d1", text_a, lang_a), _unit("d2", text_b, lang_b))


EN = "Marek Vondra was arrested at the scene on Tuesday, police said."
CS = "Marek Vondra byl v úterý zadržen na místě činu."

# the negation bears on another verb, another clause, or is epistemic; the unit is a question; another year
_NOT_THE_EVENT = [
    ("Marek Vondra did not resist when he was arrested.", "en", CS, "cs"),
    ("Marek Vondra no opuso resistencia cuando fue detenido.", "es", EN, "en"),
    ("Marek Vondra nie stawiał oporu, gdy został zatrzymany.", "pl", EN, "en"),
    ("Marek Vondra se nebránil, když byl zadržen.", "cs", EN, "en"),
    ("Marek Vondra non ha opposto resistenza quando è stato arrestato.", "it", EN, "en"),
    ("Police have not yet named Marek Vondra, who was arrested at the scene.", "en", CS, "cs"),
    ("Marek Vondra was arrested, police said, though they did not give details.", "en", CS, "cs"),
    ("Marek Vondra was arrested, not charged.", "en", CS, "cs"),
    ("Marek Vondra was arrested not far from his home.", "en", CS, "cs"),
    ("It is not clear why Marek Vondra was arrested.", "en", CS, "cs"),
    ("Die Polizei bestätigte nicht, dass Marek Vondra festgenommen wurde.", "de", EN, "en"),
    ("Marek Vondra sagte, er wisse nicht, ob jemand festgenommen wurde.", "de", EN, "en"),
    ("Warum wurde Marek Vondra nicht festgenommen?", "de", EN, "en"),
    ("¿Por qué no fue detenido Marek Vondra?", "es", EN, "en"),
    ("Marek Vondra wurde nicht sofort festgenommen, sondern erst am Abend.", "de", EN, "en"),
    ("Marek Vondra wurde 2019 nicht festgenommen, obwohl gegen ihn ermittelt wurde.", "de", EN, "en"),
    ("Marek Vondra fue detenido, no herido.", "es", EN, "en"),
    ("Marek Vondra, never before arrested, was detained on Tuesday.", "en", CS, "cs"),
]


@pytest.mark.parametrize(("text", "lang", "other", "other_lang"), _NOT_THE_EVENT)
def test_a_negation_that_does_not_bear_on_the_shared_event_is_no_conflict(text, lang, other, other_lang):
    assert _conflict("Marek Vondra", text, lang, "Marek Vondra", other, other_lang) == []


WEBER_DE = "Bürgermeisterin Anna Weber sagte, bei dem Anschlag seien zwölf Menschen getötet worden."


@pytest.mark.parametrize("text", [
    "Mayor Anna Weber said no one was killed in the attack.",
    "Mayor Anna Weber said no children were killed in the attack.",
    "Mayor Anna Weber, who was not injured, said twelve people were killed.",
    "No one was killed in the attack, Mayor Anna Weber said.",
    "No one was killed, according to Mayor Anna Weber.",
])
def test_the_person_as_speaker_is_no_anchor(text):
    assert _conflict("Anna Weber", text, "en", "Anna Weber", WEBER_DE, "de") == []


@pytest.mark.parametrize(("plain", "lang"), [
    ("Anna Weber arrested the suspect.", "en"),
    ("Anna Weber detained the suspect on Monday.", "en"),
    ("Anna Weber ha arrestato la caduta del governo.", "it"),
    ("安娜·韦伯逮捕了嫌疑人。", "zh"),
])
def test_the_person_as_agent_is_no_anchor(plain, lang):
    denial = "Anna Weber nebyla zadržena."
    person = "安娜·韦伯" if lang == "zh" else "Anna Weber"
    assert _conflict("Anna Weber", denial, "cs", person, plain, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("The livestock of Anna Weber froze.", "en"),
    ("Anna Weber zadržela dech.", "cs"),
    ("Anna Weber a arrêté de fumer.", "fr"),
    ("Anna Weber s'est arrêtée au feu rouge.", "fr"),
    ("アンナ・ウェーバーはかけがえのない存在だ。", "ja"),
    ("안나 베버는 구조조정을 발표했다.", "ko"),
])
def test_an_event_word_inside_another_word_or_sense_is_no_event(text, lang):
    assert _events(_unit("d1", text, lang)) == []


def test_the_person_living_is_no_anchor_of_killed():
    denial = "Anna Weber wurde nicht getötet."
    assert _conflict("Anna Weber", "Anna Weber lives in Berlin.", "en", "Anna Weber", denial, "de") == []
    # the check itself stands: the same denial against her death is a conflict
    assert _conflict("Anna Weber", "Anna Weber was killed in Berlin.", "en", "Anna Weber", denial, "de") == \
        ["polarity: d1 affirms, d2 denies"]


@pytest.mark.parametrize(("text", "lang", "key"), [
    ("Anna Weber byla zadržena.", "cs", "arrested"), ("Анна Вебер затримана.", "uk", "arrested"),
    ("安娜·韦伯被捕。", "zh", "arrested"), ("Anna Weber fue detenida.", "es", "arrested"),
    ("Anna Weber was killed.", "en", "killed"),
])
def test_a_whole_event_word_is_an_event(text, lang, key):
    assert [k for *_, k in _events(_unit("d1", text, lang))] == [key]


@pytest.mark.parametrize(("denial", "lang", "person"), [
    ("Marek Vondra has not yet been arrested, police said.", "en", "Marek Vondra"),
    ("马雷克·冯德拉没有被捕。", "zh", "马雷克·冯德拉"),
    ("Марек Вондра не был задержан.", "ru", "Марек Вондра"),
    ("Marek Vondra nie został zatrzymany.", "pl", "Marek Vondra"),
    ("Marek Vondra no fue detenido.", "es", "Marek Vondra"),
    ("马雷克·冯德拉未被逮捕。", "zh", "马雷克·冯德拉"),
    ("マレク・ヴォンドラは逮捕されなかった。", "ja", "マレク・ヴォンドラ"),
    ("Marek Vondra non è stato arrestato.", "it", "Marek Vondra"),
])
def test_a_negation_on_the_event_itself_still_is_a_conflict(denial, lang, person):
    assert _conflict(person, denial, lang, "Marek Vondra", CS, "cs") == \
        ["polarity: d1 denies, d2 affirms"]
