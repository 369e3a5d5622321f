"""trial49 F9: a conviction and its overturning on appeal were one shared claim ("sentenced … to four years" /
"acquitted …, overturning a four-year prison sentence"). A verdict's state is read from text data
("legal_stages": convicted, acquitted, overturned, upheld, and "reversed" words) in all 16 languages with data;
a text that states both sides, negates a verdict's clause, only supposes a verdict or asks says none."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import CLEARED_VERDICTS, GUILTY_VERDICTS, verdict_stance

STATES = [
    ("A Budapest court on Wednesday sentenced former mayor Gabor Kovacs to four years in prison.", "en", "convicted"),
    (("A Hungarian appeals court on Wednesday acquitted former mayor Gabor Kovacs of taking bribes, overturning a "
     "four-year prison sentence."), "en", "acquitted"),
    ("Appeals court acquits former mayor Kovacs in bribery case", "en", "acquitted"),
    # the ruling an acquittal overturns is the conviction, not the acquittal
    (("The Seoul High Court on Thursday acquitted opposition leader Lee Jae-myung of violating the election law, "
     "overturning a lower court ruling that had given him a one-year prison term."), "en", "acquitted"),
    ("The appeals court quashed his conviction.", "en", "overturned"),
    ("His conviction was overturned on appeal.", "en", "overturned"),
    ("The appeals court upheld his conviction and four-year sentence.", "en", "upheld"),
    ("Das Berufungsgericht hob das Urteil gegen den Ex-Bürgermeister am Mittwoch auf.", "de", "overturned"),
    ("Der frühere Bürgermeister wurde freigesprochen.", "de", "acquitted"),
    ("Der frühere Bürgermeister wurde zu vier Jahren Haft verurteilt.", "de", "convicted"),
    ("Das Berufungsgericht bestätigte das Urteil.", "de", "upheld"),
    ("L'ancien maire a été acquitté en appel.", "fr", "acquitted"),
    ("La cour d'appel a annulé sa condamnation.", "fr", "overturned"),
    ("El exalcalde fue absuelto en apelación.", "es", "acquitted"),
    ("El tribunal anuló la condena.", "es", "overturned"),
    ("L'ex sindaco è stato assolto in appello.", "it", "acquitted"),
    ("La Corte d'appello ha confermato la condanna.", "it", "upheld"),
    ("O tribunal anulou a condenação.", "pt", "overturned"),
    ("De oud-burgemeester werd in hoger beroep vrijgesproken.", "nl", "acquitted"),
    ("Sąd apelacyjny uniewinnił byłego burmistrza.", "pl", "acquitted"),
    ("Sąd apelacyjny uchylił wyrok.", "pl", "overturned"),
    ("Odvolací soud zrušil rozsudek.", "cs", "overturned"),
    ("Приговор бывшему мэру отменён.", "ru", "overturned"),
    ("Бывший мэр оправдан.", "ru", "acquitted"),
    ("Суд оставил приговор в силе.", "ru", "upheld"),
    ("Апеляційний суд скасував вирок колишньому меру.", "uk", "overturned"),
    ("Колишнього мера засудили до чотирьох років.", "uk", "convicted"),
    ("Eski belediye başkanı beraat etti.", "tr", "acquitted"),
    ("Yargıtay kararı bozdu.", "tr", "overturned"),
    ("برأت محكمة الاستئناف رئيس البلدية السابق.", "ar", "acquitted"),
    ("上诉法院撤销原判，改判无罪。", "zh", "acquitted"),
    ("上诉法院维持原判。", "zh", "upheld"),
    ("高裁は一審判決を破棄し、無罪を言い渡した。", "ja", "acquitted"),
    ("地裁は元市長に懲役4年の実刑判決を言い渡した。", "ja", "convicted"),
    ("항소법원은 원심을 깨고 무죄를 선고했다.", "ko", "acquitted"),
    ("법원은 전 시장에게 징역 4년을 선고했다.", "ko", "convicted"),
]


@pytest.mark.parametrize(("text", "lang", "state"), STATES)
def test_a_verdicts_state(text, lang, state):
    assert verdict_stance(text, lang) == state


@pytest.mark.parametrize(("text", "lang"), [
    ("The appeals court overturned his acquittal.", "en"),  # an acquittal undone: no acquittal
    ("Der Freispruch wurde aufgehoben.", "de"),
    ("The supreme court set aside the acquittal of the two officers.", "en"),
    ("Smith was convicted and Jones was acquitted.", "en"),  # both sides
    ("He faces up to ten years in prison if convicted.", "en"),  # supposed
    ("He was not convicted.", "en"),  # denied: an acquittal or a trial not over
    ("Andrzej Duda nie jest skazany na porażkę w wyborach.", "pl"),
    ("His lawyer said he would appeal.", "en"),
    ("Will the court overturn the conviction?", "en"),
])
def test_no_verdict_state(text, lang):
    assert verdict_stance(text, lang) is None


def test_the_sides_are_apart():
    assert not set(GUILTY_VERDICTS) & set(CLEARED_VERDICTS)
    assert {*GUILTY_VERDICTS, *CLEARED_VERDICTS} == {"convicted", "upheld", "acquitted", "overturned"}


@pytest.mark.parametrize(("text", "lang"), [
    # a verdict a party asks for is none given (review41: each was "acquitted" against a later conviction)
    ("The defence asked for an acquittal.", "en"),
    ("His lawyers are seeking an acquittal on all counts.", "en"),
    ("Die Verteidigung forderte einen Freispruch.", "de"),
    ("La defensa pidió la absolución.", "es"),
    ("La difesa ha chiesto l'assoluzione.", "it"),
    ("A defesa pediu a absolvição.", "pt"),
    ("Защита просила оправдать подсудимого.", "ru"),
    ("Захист просив виправдати обвинуваченого.", "uk"),
    ("Obrona wnioskowała o uniewinnienie.", "pl"),
    ("Obhajoba navrhla zproštění obžaloby.", "cs"),
    ("De verdediging vroeg om vrijspraak.", "nl"),
    ("Savunma beraat talep etti.", "tr"),
    ("辩方要求判无罪。", "zh"),
])
def test_a_verdict_asked_for_is_no_state(text, lang):
    assert verdict_stance(text, lang) is None


@pytest.mark.parametrize(("text", "lang"), [
    # a demand in another clause, or a demand the verdict met, leaves the verdict given
    ("Prosecutors had asked for 12 years, but the court sentenced him to ten.", "en"),
    ("The court sentenced him to ten years, as prosecutors had demanded.", "en"),
    ("Die Staatsanwaltschaft hatte zwölf Jahre gefordert, das Gericht verurteilte ihn zu zehn Jahren.", "de"),
    ("Das Gericht verurteilte ihn wie gefordert zu zehn Jahren Haft.", "de"),
    ("Le parquet avait requis douze ans, il a été condamné à dix ans.", "fr"),
    ("Prokuratura żądała 12 lat, sąd skazał go na dziesięć.", "pl"),
    ("检方要求判处12年，法院判处他10年有期徒刑。", "zh"),
])
def test_a_verdict_beside_a_demand_is_given(text, lang):
    assert verdict_stance(text, lang) == "convicted"
