"""trial52 F1/F2/F6/F7 and trial50 F21 end to end, through a real Comparer (USE): the trial's pairs of two
languages stating opposite states of one measure or one verdict were one shared claim at match 1.00 with no note.
Each pair below is the trial's own text (headline, outlet line, lead, closing sentence)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens import Comparer

PL_BUS = """Wypadek autobusu z dziećmi na S7 pod Elblągiem

PAP, 26 listopada 2026

Autobus wiozący uczniów ze Szczecina zjechał w czwartek rano z drogi ekspresowej S7 pod Elblągiem i przewrócił się na bok. Troje dzieci zostało rannych, nikt nie zginął – poinformowała policja.

Droga S7 w kierunku Gdańska pozostaje zablokowana do piątku. Kierowca autobusu był trzeźwy, przyczyny wypadku ustala prokuratura.
"""
RU_BUS = """В Польше перевернулся школьный автобус

ТАСС, 26 ноября 2026

Школьный автобус из Щецина в четверг утром съехал с трассы S7 под Эльблонгом и опрокинулся. Четверо детей получили ранения, погибших нет, сообщила польская полиция.

Трассу S7 в сторону Гданьска открыли в четверг вечером. Водитель автобуса был трезв, причины аварии выясняет прокуратура.
"""
FR_STORM = """Tempête Ciarán bis : une cinquantaine de familles évacuées dans le Finistère

Paris (AFP) - Une cinquantaine de familles ont été évacuées jeudi à Quimper après la crue de l'Odet provoquée par la tempête, a indiqué la préfecture. On ne déplore aucune victime.

La vigilance rouge est maintenue jusqu'à vendredi matin.
"""
DE_STORM = """Sturm in der Bretagne: Etwa 200 Familien in Quimper evakuiert

Berlin (dpa) - Nach dem Hochwasser der Odet im bretonischen Quimper sind am Donnerstag etwa 200 Familien in Sicherheit gebracht worden, teilte die Präfektur mit. Zwei Menschen kamen ums Leben.

Die rote Warnstufe wurde am Donnerstagabend aufgehoben.
"""
JA_EVAC = """熊本で土砂崩れ　約40人が避難

共同通信　2026年11月26日

熊本県阿蘇市で26日朝、大雨による土砂崩れが発生し、住民約40人が避難した。けが人はいない。

国道57号は金曜日まで通行止めとなる。
"""
KO_EVAC = """일본 구마모토서 산사태…60여 명 대피

연합뉴스 2026년 11월 26일

일본 구마모토현 아소시에서 26일 아침 폭우로 산사태가 발생해 주민 60여 명이 대피했다. 2명이 다쳤다.

57번 국도는 26일 오후 통행이 재개됐다.
"""
IT_MAYOR = """Appalti truccati, la Corte d'appello assolve l'ex sindaco di Lecce

ANSA, 26 novembre 2026

La Corte d'appello di Lecce ha ribaltato giovedì la sentenza di primo grado e ha assolto l'ex sindaco Paolo Greco dall'accusa di turbativa d'asta. In primo grado era stato condannato a tre anni.

"È la fine di un incubo", ha detto Greco all'uscita dal tribunale.
"""
NL_MAYOR = """Hof bevestigt veroordeling oud-burgemeester Lecce

ANP, 26 november 2026

Het hof van beroep in het Italiaanse Lecce heeft donderdag de veroordeling van oud-burgemeester Paolo Greco wegens aanbestedingsfraude bevestigd. Hij moet drie jaar de cel in.

"Het is het einde van een nachtmerrie", zei Greco na afloop.
"""


@pytest.fixture(scope="module")
def comparer(embedder):
    return Comparer(embedder=embedder)  # the default model, as the CLI compares


def _claim(comparer: Comparer, tmp_path: Path, a: str, b: str, text: str):
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, body in zip(paths, (a, b)):
        path.write_text(body, encoding="utf-8")
    claims = comparer.compare(paths).claims
    return next(c for c in claims if any(text in e.text for e in c.evidence))


@pytest.mark.parametrize(("a", "b", "text", "conflict"), [
    (PL_BUS, RU_BUS, "pozostaje zablokowana", "measure: d1 kept, d2 open"),
    (FR_STORM, DE_STORM, "vigilance rouge", "measure: d1 kept, d2 lifted"),
    (JA_EVAC, KO_EVAC, "通行止め", "measure: d1 kept, d2 lifted"),
    (IT_MAYOR, NL_MAYOR, "ha assolto", "verdict: d1 acquitted, d2 upheld"),
])
def test_opposite_states_across_languages_conflict(comparer, tmp_path, a, b, text, conflict):
    claim = _claim(comparer, tmp_path, a, b, text)
    assert len({e.doc for e in claim.evidence}) == 2, claim
    assert claim.status == "conflicting" and conflict in (claim.conflict or ""), claim.conflict


def test_one_state_said_two_ways_stays_shared(comparer, tmp_path):
    """The same pair with the Russian side kept shut too: no conflict on the road."""
    kept = RU_BUS.replace("Трассу S7 в сторону Гданьска открыли в четверг вечером.",
                          "Трасса S7 в сторону Гданьска останется перекрытой до пятницы.")
    claim = _claim(comparer, tmp_path, PL_BUS, kept, "pozostaje zablokowana")
    assert "measure:" not in (claim.conflict or ""), claim.conflict


EN_KIEL = """Flood closes roads in the region

Reuters
LONDON, Nov 26, 2026

Heavy rain flooded the river valley on Wednesday, forcing about 1,500 residents to leave their homes, the regional authorities said on Thursday.

The water level reached 6.20 metres, the highest in ten years, the regional flood office said. The road to Kiel was reopened on Thursday, police said.
"""
DENIED = {
    "pl": """Powódź zamyka drogi w regionie

PAP
Warszawa, 26 listopada 2026

Ulewne deszcze zalały w środę dolinę rzeki, zmuszając około 1500 mieszkańców do opuszczenia domów, poinformowały w czwartek władze regionu.

Poziom wody osiągnął 6,20 metra, najwyższy od dziesięciu lat, podał regionalny urząd. Drogi do Kilonii do tej pory nie otwarto, poinformowała policja.
""",
    "uk": """Повінь перекрила дороги в регіоні

Укрінформ
Київ, 26 листопада 2026

Сильні дощі в середу затопили долину річки, близько 1500 мешканців були змушені залишити свої домівки, повідомила в четвер обласна влада.

Рівень води досяг 6,20 метра, це найвищий рівень за десять років, повідомили в паводковій службі. Дорогу на Кіль досі не відкрили, повідомила поліція.
""",
}


@pytest.mark.parametrize(("lang", "text"), [("pl", "do tej pory"), ("uk", "досі не")])
def test_an_opening_denied_until_now_conflicts_with_the_reopening(comparer, tmp_path, lang, text):
    """trial50 F21 / closing_stop41: "not opened until now" against "was reopened" (pl: shared, "Kilonii" no
    Kiel; uk: shared, «відкрили» no stance)."""
    claim = _claim(comparer, tmp_path, DENIED[lang], EN_KIEL, text)
    assert any("reopened" in e.text for e in claim.evidence), claim
    assert claim.status == "conflicting", claim
