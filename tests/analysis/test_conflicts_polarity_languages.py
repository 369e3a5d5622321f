"""Polarity across languages (new-user trial, a ferry capsizing told in seven languages): a denial
verb denies in every language, lexicalised negative words are no negation, and a translated
contradiction is found although a translation scores a lower cosine than a paraphrase."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import negated
from storylens.report.pipeline import claim_aligner

from ._docs import doc_of


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Гендиректор Adria Lines Марко Ферретти отверг обвинения в перегрузке судна.", "ru"),
        ("Adria-Lines-Chef Marco Ferretti wies Vorwürfe einer Überladung zurück.", "de"),
        ("Der Minister hat die Berichte zurückgewiesen.", "de"),
        ("L'amministratore delegato Marco Ferretti ha respinto ogni accusa.", "it"),
        ("El consejero delegado rechazó las acusaciones.", "es"),
        ("Le PDG a rejeté les accusations.", "fr"),
        ("Prezes odrzucił zarzuty o przeciążenie promu.", "pl"),
        ("Adria Lines CEO'su Marco Ferretti iddiaları reddederek açıklama yaptı.", "tr"),
        ("Marco Ferretti rejected the accusations.", "en"),
        ("首席执行官马尔科·费雷蒂驳斥了这些指控。", "zh"),
        ("ورفض المدير التنفيذي الاتهامات.", "ar"),
        ("Kimse cezasız kalmayacak.", "tr"),
    ],
)
def test_a_verb_of_denial_denies_in_every_language(text, lang):
    assert negated(text, lang)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("救援人员已救起318名乘客，仍有约40人下落不明。", "zh"),
        ("该公司特别设立了一个基金。", "zh"),
        ("他访问了非洲三个国家。", "zh"),
        ("保加利亚开始通过管道获得无过境俄罗斯天然气。", "zh"),
        ("天然气直接从管道而不是通过罗马尼亚输送。", "zh"),
        ("Около 40 человек считаются пропавшими без вести.", "ru"),
        ("Пострадали не только пассажиры, но и экипаж.", "ru"),
        ("Газ пойдет через Турцию, а не через Украину.", "ru"),
        ("لا يزال 40 شخصا في عداد المفقودين.", "ar"),
        ("Betroffen waren nicht nur die Passagiere.", "de"),
        ("Non solo i passeggeri sono stati colpiti.", "it"),
        ("No solo los pasajeros resultaron afectados.", "es"),
        ("Gaz popłynie przez Turcję, a nie przez Ukrainę.", "pl"),
    ],
)
def test_lexicalised_negative_words_negate_nothing(text, lang):
    assert not negated(text, lang)


@pytest.mark.parametrize("text, lang", [("无人死亡。", "zh"), ("他无法确认。", "zh"), ("船没有超载。", "zh")])
def test_chinese_statement_negations_still_negate(text, lang):
    assert negated(text, lang)


def _claims(embedder, left, right):
    a = doc_of("d1", [left[0]], left[1])
    b = doc_of("d2", [right[0]], right[1])
    claims, _ = claim_aligner(embedder.embed, (), {}).claims([a, b])
    return claims


@pytest.mark.parametrize(
    "other",
    [
        ("Die Hafenbehörde erklärte, die Fähre sei beim Auslaufen in Bari nicht überladen gewesen.", "de"),
        ("В портовой администрации заявили, что паром не был перегружен, когда выходил из Бари.", "ru"),
    ],
)
def test_a_translated_contradiction_is_a_conflict(embedder, other):
    claims = _claims(embedder, ("Port officials said the ferry was overloaded when it left Bari.", "en"), other)
    assert any(c.status == "conflicting" and "polarity" in (c.conflict or "") for c in claims)


@pytest.mark.parametrize(
    "left, right",
    [
        (("Port officials said the ferry was not overloaded when it left Bari.", "en"),
         ("Die Hafenbehörde erklärte, die Fähre sei beim Auslaufen in Bari nicht überladen gewesen.", "de")),
        (("Adria Lines Chief Executive Marco Ferretti denied the ship had been overloaded.", "en"),
         ("Гендиректор Adria Lines Марко Ферретти отверг обвинения в перегрузке судна.", "ru")),
        (("Rescuers pulled 318 passengers from the water, while about 40 people were still missing.", "en"),
         ("救援人员已救起318名乘客，仍有约40人下落不明。", "zh")),
    ],
)
def test_the_same_polarity_in_two_languages_is_no_conflict(embedder, left, right):
    claims = _claims(embedder, left, right)
    assert not any("polarity" in (c.conflict or "") for c in claims)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Liman yetkilileri feribotun aşırı yüklü olmadığını söyledi.", True),
        ("Yetkililer açıklama yapmadı.", True),
        ("Hükümet bu konuda bilgi vermiyor.", True),
        ("Kimse cezasız kalmayacak.", True),
        ("İzmir'de yaşayan Ahmet Yılmaz açıklama yaptı.", False),
        ("Ekipler çalışmalarını tamamladı.", False),
        ("Bu bir komedi.", False),
        ("Kurtarma ekipleri 318 yolcuyu kurtarırken, yaklaşık 40 kişi hala kayıp.", False),
    ],
)
def test_a_turkish_negation_inside_the_verb(text, expected):
    assert negated(text, "tr") is expected
