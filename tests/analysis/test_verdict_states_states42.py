"""trial52 F2: an appeal's outcome was one shared claim across languages: it «ha ribaltato … la sentenza di primo
grado e ha assolto l'ex sindaco» against nl "heeft … de veroordeling van oud-burgemeester Paolo Greco … bevestigd"
(acquitted on appeal against a conviction upheld). Dutch read no upholding after its noun ("… bevestigd") nor a past
"veroordeelde … tot"; a verdict's object with a hyphen or an elision ("oud-burgemeester", "dell'ex sindaco", "de
l'ancien maire", "do ex-autarca") broke the gap between the noun and its verb in every Latin-script language; ru «оставил
в силе приговор», uk «залишив у силі вирок» (the verb before its object), ko «유죄 판결을 유지했다», de "sprach den
Ex-Bürgermeister frei" and zh «撤销了一审有罪判决» read none or the wrong side. Text data "legal_stages"."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.conflicts import verdict_stance

_STATES = [
    ("it", "acquitted", ("La Corte d'appello di Lecce ha ribaltato giovedì la sentenza di primo grado e ha assolto l'ex "
                        "sindaco Paolo Greco dall'accusa di turbativa d'asta.")),
    ("nl", "upheld", ("Het hof van beroep in het Italiaanse Lecce heeft donderdag de veroordeling van oud-burgemeester "
                     "Paolo Greco wegens aanbestedingsfraude bevestigd.")),
    ("nl", "upheld", "Hof bevestigt veroordeling oud-burgemeester Lecce"),
    ("nl", "upheld", "De veroordeling van de oud-burgemeester werd in hoger beroep bevestigd."),
    ("nl", "overturned", "Het hof van beroep heeft de veroordeling van de oud-burgemeester vernietigd."),
    ("nl", "convicted", "De rechtbank in Rotterdam veroordeelde de man donderdag tot vier jaar cel."),
    ("nl", "acquitted", "Het hof sprak de oud-burgemeester vrij."),
    ("de", "acquitted", "Das Berufungsgericht sprach den Ex-Bürgermeister frei."),
    ("de", "upheld", "Die Verurteilung des Ex-Bürgermeisters wurde in zweiter Instanz bestätigt."),
    ("it", "upheld", "La condanna dell'ex sindaco è stata confermata in appello."),
    ("pt", "upheld", "A condenação do ex-autarca foi confirmada pela Relação."),
    ("fr", "upheld", "La condamnation de l'ancien maire a été confirmée en appel."),
    ("fr", "acquitted", "La cour d'appel a infirmé le jugement de première instance et relaxé l'ancien maire."),
    ("es", "acquitted", "El tribunal revocó la sentencia y absolvió al exalcalde."),
    ("ru", "upheld", "Апелляционный суд оставил в силе приговор бывшему мэру."),
    ("uk", "upheld", "Апеляційний суд залишив у силі вирок колишньому меру."),
    ("uk", "upheld", "Вирок колишньому меру залишили у силі."),
    ("ko", "upheld", "항소심 재판부는 전 시장에 대한 원심의 유죄 판결을 유지했다."),
    ("ko", "acquitted", "항소심 재판부는 원심을 파기하고 전 시장에게 무죄를 선고했다."),
    ("zh", "overturned", "上诉法院撤销了一审有罪判决。"),
    ("ja", "acquitted", "高裁は一審判決を破棄し、元市長に無罪を言い渡した。"),
]


@pytest.mark.parametrize(("lang", "state", "text"), _STATES)
def test_verdict_state(lang: str, state: str, text: str) -> None:
    assert verdict_stance(text, lang) == state


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "De burgemeester veroordeelde de aanval op de moskee."),  # condemned, no sentence
    ("nl", "Het kabinet veroordeelt het geweld tegen demonstranten."),
    ("nl", "De politie bevestigde dat de oud-burgemeester was aangehouden."),
    ("nl", "Het hof bevestigde de datum van de uitspraak."),
    ("de", "Die Polizei bestätigte die Festnahme des Ex-Bürgermeisters."),
    ("ru", "Суд оставил в силе решение о запрете митинга."),
])
def test_no_verdict(lang: str, text: str) -> None:
    assert verdict_stance(text, lang) is None


def test_appeal_outcomes_conflict_across_languages() -> None:
    """The trial pair itself, through the comparison's verdict check (no dates: one day)."""
    from storylens.report.pipeline import _Measures, _VerdictStance

    it = ("La Corte d'appello di Lecce ha ribaltato giovedì la sentenza di primo grado e ha assolto l'ex sindaco "
          "Paolo Greco dall'accusa di turbativa d'asta.")
    nl = ("Het hof van beroep in het Italiaanse Lecce heeft donderdag de veroordeling van oud-burgemeester Paolo Greco "
          "wegens aanbestedingsfraude bevestigd.")
    check = _VerdictStance({}, _Measures({"d1": "2026-11-26", "d2": "2026-11-26"}))
    assert check(Unit("d1", "d1-s1", it, 0, len(it), "it"), Unit("d2", "d2-s1", nl, 0, len(nl), "nl")) == [
        "verdict: d1 acquitted, d2 upheld"]


# Each of the 16 languages, each state, with the day between the verb and its object ("utrzymał w czwartek w mocy
# wyrok", «оставил без изменения приговор», "维持了对前市长的有罪判决"): main 8a7d8705 read 9 of the 64 wrong.
_EVERY_LANGUAGE = [
    ('en', 'convicted', 'The former mayor was sentenced to three years in prison on Thursday.'),
    ('en', 'acquitted', 'The former mayor was acquitted on appeal on Thursday.'),
    ('en', 'overturned', "An appeals court overturned the former mayor's conviction on Thursday."),
    ('en', 'upheld', "An appeals court upheld the former mayor's three-year sentence on Thursday."),
    ('de', 'convicted', 'Der frühere Bürgermeister wurde am Donnerstag zu drei Jahren Haft verurteilt.'),
    ('de', 'acquitted', 'Der frühere Bürgermeister wurde in zweiter Instanz freigesprochen.'),
    ('de', 'overturned', 'Das Oberlandesgericht hob den Schuldspruch gegen den Ex-Bürgermeister auf.'),
    ('de', 'upheld', 'Das Oberlandesgericht bestätigte den Schuldspruch gegen den Ex-Bürgermeister.'),
    ('fr', 'convicted', "L'ancien maire a été condamné jeudi à trois ans de prison."),
    ('fr', 'acquitted', "L'ancien maire a été relaxé en appel jeudi."),
    ('fr', 'overturned', "La cour d'appel a annulé jeudi la condamnation de l'ancien maire."),
    ('fr', 'upheld', "La cour d'appel a confirmé jeudi la condamnation de l'ancien maire."),
    ('es', 'convicted', 'El exalcalde fue condenado el jueves a tres años de prisión.'),
    ('es', 'acquitted', 'La Audiencia absolvió el jueves al exalcalde.'),
    ('es', 'overturned', 'El Supremo anuló el jueves la condena del exalcalde.'),
    ('es', 'upheld', 'El Supremo confirmó el jueves la condena del exalcalde.'),
    ('it', 'convicted', "L'ex sindaco è stato condannato giovedì a tre anni di reclusione."),
    ('it', 'acquitted', "L'ex sindaco è stato assolto giovedì in appello."),
    ('it', 'overturned', "La Cassazione ha annullato giovedì la condanna dell'ex sindaco."),
    ('it', 'upheld', "La Cassazione ha confermato giovedì la condanna dell'ex sindaco."),
    ('pt', 'convicted', 'O ex-autarca foi condenado na quinta-feira a três anos de prisão.'),
    ('pt', 'acquitted', 'O ex-autarca foi absolvido na quinta-feira.'),
    ('pt', 'overturned', 'A Relação anulou na quinta-feira a condenação do ex-autarca.'),
    ('pt', 'upheld', 'A Relação confirmou na quinta-feira a condenação do ex-autarca.'),
    ('nl', 'convicted', 'De oud-burgemeester is donderdag veroordeeld tot drie jaar cel.'),
    ('nl', 'acquitted', 'De oud-burgemeester is donderdag in hoger beroep vrijgesproken.'),
    ('nl', 'overturned', 'Het hof vernietigde donderdag de veroordeling van de oud-burgemeester.'),
    ('nl', 'upheld', 'Het hof bekrachtigde donderdag de veroordeling van de oud-burgemeester.'),
    ('pl', 'convicted', 'Były burmistrz został w czwartek skazany na trzy lata więzienia.'),
    ('pl', 'acquitted', 'Sąd apelacyjny uniewinnił w czwartek byłego burmistrza.'),
    ('pl', 'overturned', 'Sąd apelacyjny uchylił w czwartek wyrok skazujący byłego burmistrza.'),
    ('pl', 'upheld', 'Sąd apelacyjny utrzymał w czwartek w mocy wyrok skazujący byłego burmistrza.'),
    ('cs', 'convicted', 'Bývalý starosta byl ve čtvrtek odsouzen ke třem letům vězení.'),
    ('cs', 'acquitted', 'Odvolací soud ve čtvrtek bývalého starostu zprostil obžaloby.'),
    ('cs', 'overturned', 'Odvolací soud ve čtvrtek zrušil rozsudek nad bývalým starostou.'),
    ('cs', 'upheld', 'Odvolací soud ve čtvrtek potvrdil rozsudek nad bývalým starostou.'),
    ('ru', 'convicted', 'Бывшего мэра в четверг приговорили к трём годам колонии.'),
    ('ru', 'acquitted', 'Бывшего мэра в четверг оправдали.'),
    ('ru', 'overturned', 'Апелляционный суд в четверг отменил приговор бывшему мэру.'),
    ('ru', 'upheld', 'Апелляционный суд в четверг оставил без изменения приговор бывшему мэру.'),
    ('uk', 'convicted', "Колишнього мера в четвер засудили до трьох років ув'язнення."),
    ('uk', 'acquitted', 'Колишнього мера в четвер виправдали.'),
    ('uk', 'overturned', 'Апеляційний суд у четвер скасував вирок колишньому меру.'),
    ('uk', 'upheld', 'Апеляційний суд у четвер залишив без змін вирок колишньому меру.'),
    ('tr', 'convicted', 'Eski belediye başkanı perşembe günü üç yıl hapis cezasına çarptırıldı.'),
    ('tr', 'acquitted', 'Eski belediye başkanı perşembe günü beraat etti.'),
    ('tr', 'overturned', 'Yargıtay perşembe günü eski belediye başkanının mahkumiyet kararını bozdu.'),
    ('tr', 'upheld', 'Yargıtay perşembe günü eski belediye başkanının mahkumiyetini onadı.'),
    ('ja', 'convicted', '元市長に懲役3年の判決が言い渡された。'),
    ('ja', 'acquitted', '元市長に無罪判決が言い渡された。'),
    ('ja', 'overturned', '高裁は元市長の有罪判決を破棄した。'),
    ('ja', 'upheld', '高裁は元市長の有罪判決を支持した。'),
    ('ko', 'convicted', '전 시장에게 징역 3년이 선고됐다.'),
    ('ko', 'acquitted', '전 시장에게 무죄가 선고됐다.'),
    ('ko', 'overturned', '항소심은 전 시장에 대한 유죄 판결을 파기했다.'),
    ('ko', 'upheld', '대법원은 전 시장에 대한 유죄 판결을 확정했다.'),
    ('zh', 'convicted', '前市长被判处有期徒刑三年。'),
    ('zh', 'acquitted', '前市长被宣告无罪。'),
    ('zh', 'overturned', '上诉法院撤销了对前市长的有罪判决。'),
    ('zh', 'upheld', '上诉法院维持了对前市长的有罪判决。'),
    ('ar', 'convicted', 'حكم على رئيس البلدية السابق بالسجن ثلاث سنوات.'),
    ('ar', 'acquitted', 'برأت المحكمة رئيس البلدية السابق.'),
    ('ar', 'overturned', 'نقضت محكمة الاستئناف الحكم بإدانة رئيس البلدية السابق.'),
    ('ar', 'upheld', 'أيدت محكمة الاستئناف الحكم بإدانة رئيس البلدية السابق.'),
]


@pytest.mark.parametrize(("lang", "state", "text"), _EVERY_LANGUAGE)
def test_every_language_reads_each_verdict_state(lang: str, state: str, text: str) -> None:
    assert verdict_stance(text, lang) == state


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Sąd utrzymał w mocy decyzję wojewody."),
    ("ru", "Суд оставил без изменения решение о штрафе."),
    ("zh", "法院维持了对该公司的处罚决定。"),
])
def test_a_decision_upheld_is_no_verdict(lang: str, text: str) -> None:
    assert verdict_stance(text, lang) is None
