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
