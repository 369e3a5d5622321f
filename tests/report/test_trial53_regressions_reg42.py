"""trial53's false conflicts and wrong labels, end to end (reg42).

F7: a count of one crowd is not set against a count of another in a pair of two languages admitted for its anchors
(«약 5만 8천 명의 관중» spectators / «zatrzymania trzech osób» people detained was "person: 8천 vs 3").
F12: "suspended on Wednesday and resumed on Thursday" against "resumed on Thursday" (or against the stop alone) and
"suspended for three hours" against "resumed" are a measure's course, not "measure: d1 closed, d2 lifted"; a report
that the stop goes on still conflicts.
F13: "upheld the conviction" on one day against "overturned"/"acquitted" on that day is a verdict conflict in French
and Spanish too (their verb "confirmer"/"confirmar" read the day as a statement's: "figures differ (not a
contradiction)").
F14: "rejected the prosecution's appeal against his acquittal" / "upheld his acquittal" is no polarity conflict."""

from __future__ import annotations

import pytest

from storylens import Comparer

KO_MATCH = """한국, 폴란드에 2-1 역전승

(서울=연합뉴스) 한국 축구대표팀이 25일 바르샤바에서 열린 친선경기에서 폴란드를 2-1로 꺾었다.

전반 30분 로베르트 레반도프스키에게 선제골을 내준 한국은 후반 손흥민과 이강인의 연속골로 역전에 성공했다.

홍명보 감독은 경기 후 "선수들이 끝까지 포기하지 않았다"고 말했다. 이날 경기장에는 약 5만 8천 명의 관중이 입장했다.
"""
PL_MATCH = """Polska przegrała z Koreą Południową 1:2

Warszawa, 25 listopada (PAP) - Reprezentacja Polski przegrała w środę w Warszawie towarzyski mecz z Koreą Południową 1:2.

Prowadzenie Polakom dał w 30. minucie Robert Lewandowski, ale po przerwie gole zdobyli Son Heung-min i Lee Kang-in.

"Zawodnicy nie poddali się do samego końca" - powiedział po meczu trener Korei Hong Myung-bo. Mecz obejrzało prawie 60 tysięcy kibiców, a na trybunach doszło do zatrzymania trzech osób.
"""

_FLOOD = {
    "en": "Flood closes roads in the region\n\nReuters\nTirana, Nov 26, 2026\n\nHeavy rain flooded the river valley on "
          "Wednesday, forcing about 1,500 residents to leave their homes, the regional authorities said on Thursday.\n\n",
    "de": "Hochwasser sperrt Straßen in der Region\n\ndpa\nTirana, 26. November 2026\n\nStarkregen hat am Mittwoch das "
          "Flusstal überflutet, rund 1.500 Bewohner mussten ihre Häuser verlassen, teilten die Behörden am Donnerstag "
          "mit.\n\n",
    "fr": "Des inondations coupent des routes dans la région\n\nAFP\nTirana, 26 novembre 2026\n\nDe fortes pluies ont "
          "inondé la vallée mercredi, obligeant environ 1 500 habitants à quitter leur domicile, ont indiqué jeudi les "
          "autorités régionales.\n\n",
    "es": "Las inundaciones cortan carreteras en la región\n\nEFE\nTirana, 26 de noviembre de 2026\n\nLas fuertes lluvias "
          "inundaron el valle el miércoles y obligaron a unos 1.500 vecinos a abandonar sus casas, informaron el jueves "
          "las autoridades regionales.\n\n",
    "pl": "Powódź zamyka drogi w regionie\n\nPAP\nTirana, 26 listopada 2026\n\nUlewne deszcze zalały w środę dolinę "
          "rzeki, zmuszając około 1500 mieszkańców do opuszczenia domów, poinformowały w czwartek władze regionu.\n\n",
}
_COURT = {
    "en": "Appeal ruling in Varna bribery case\n\nReuters\nTirana, Nov 26, 2026\n\nThe former mayor of Varna, Petar "
          "Ivanov, was sentenced in March to six years in prison for taking bribes worth 2 million euros.\n\nThe appeal "
          "was heard in Sofia on Thursday. ",
    "fr": "Décision en appel dans l'affaire de corruption de Varna\n\nAFP\nTirana, 26 novembre 2026\n\nL'ancien maire de "
          "Varna, Petar Ivanov, avait été condamné en mars à six ans de prison pour des pots-de-vin de 2 millions "
          "d'euros.\n\nL'appel a été examiné jeudi à Sofia. ",
    "es": "Fallo en apelación en el caso de sobornos de Varna\n\nEFE\nTirana, 26 de noviembre de 2026\n\nEl exalcalde de "
          "Varna Petar Ivanov fue condenado en marzo a seis años de prisión por cobrar sobornos por valor de 2 millones "
          "de euros.\n\nLa apelación se vio el jueves en Sofía. ",
}


@pytest.fixture(scope="module")
def comparer(embedder):
    return Comparer(embedder=embedder)


def _claim_of(report, text):
    return next(c for c in report.claims if any(text[:25] in e.text for e in c.evidence))


def test_spectators_are_not_set_against_people_detained(comparer):
    report = comparer.compare([KO_MATCH, PL_MATCH])
    assert not [c.conflict for c in report.claims if c.status == "conflicting"]


@pytest.mark.parametrize("la, a, lb, b", [
    ("de", "Der Busverkehr im Tal wurde am Mittwoch eingestellt und am Donnerstag wieder aufgenommen.",
     "de", "Der Busverkehr im Tal wurde am Donnerstag wieder aufgenommen."),
    ("fr", "La circulation des bus dans la vallée a été suspendue mercredi et a repris jeudi.",
     "en", "Bus services in the valley resumed on Thursday."),
    ("es", "El servicio de autobuses en el valle se suspendió el miércoles y se reanudó el jueves.",
     "es", "El servicio de autobuses en el valle se reanudó el jueves."),
    ("pl", "Ruch autobusów w dolinie wstrzymano w środę i wznowiono w czwartek.",
     "en", "Bus services in the valley resumed on Thursday."),
    ("en", "Bus services in the valley were suspended on Wednesday and resumed on Thursday.",
     "en", "Bus services in the valley were suspended on Wednesday."),
    ("fr", "La circulation des bus dans la vallée a été suspendue mercredi et a repris jeudi.",
     "de", "Der Busverkehr im Tal wurde am Mittwoch eingestellt."),
    ("en", "Flights to the valley were suspended for three hours on Wednesday.",
     "en", "Flights to the valley resumed on Wednesday evening."),
    ("de", "Die Flüge ins Tal wurden am Mittwoch für drei Stunden ausgesetzt.",
     "fr", "Les vols vers la vallée ont repris mercredi soir."),
    ("pl", "Loty do doliny wstrzymano w środę na trzy godziny.",
     "en", "Flights to the valley resumed on Wednesday evening."),
])
def test_a_course_told_in_one_sentence_is_no_measure_conflict(comparer, la, a, lb, b):
    report = comparer.compare([_FLOOD[la] + a, _FLOOD[lb] + b])
    assert not any(c.conflict and "measure" in c.conflict for c in report.claims)


@pytest.mark.parametrize("la, a, lb, b, line", [
    ("en", "Bus services in the valley were suspended on Wednesday and resumed on Thursday.",
     "en", "Bus services in the valley remained suspended on Thursday.", "measure: d1 lifted, d2 kept"),
    ("en", "The valley tunnel was closed on Wednesday and reopened on Thursday.",
     "en", "The valley tunnel remains closed on Thursday.", "measure: d1 lifted, d2 kept"),
])
def test_a_course_against_a_stop_still_in_force_conflicts(comparer, la, a, lb, b, line):
    claim = _claim_of(comparer.compare([_FLOOD[la] + a, _FLOOD[lb] + b]), a)
    assert claim.status == "conflicting" and line in (claim.conflict or ""), claim.conflict


@pytest.mark.parametrize("la, a, lb, b, line", [
    ("es", "El tribunal de apelación de Sofía confirmó el jueves la condena de Petar Ivanov.",
     "en", "The Sofia appeals court overturned Petar Ivanov's conviction on Thursday.", "verdict: d1 upheld, d2 overturned"),
    ("fr", "La cour d'appel de Sofia a confirmé jeudi la condamnation de Petar Ivanov.",
     "en", "The Sofia appeals court acquitted Petar Ivanov on Thursday.", "verdict: d1 upheld, d2 acquitted"),
])
def test_upheld_against_overturned_on_one_day_conflicts(comparer, la, a, lb, b, line):
    claim = _claim_of(comparer.compare([_COURT[la] + a, _COURT[lb] + b]), a)
    assert claim.status == "conflicting" and line in (claim.conflict or ""), (claim.conflict, claim.differs)


def test_a_rejected_appeal_against_an_acquittal_upholds_it(comparer):
    a = "The Sofia appeals court on Thursday rejected the prosecution's appeal against Petar Ivanov's acquittal."
    b = "The Sofia appeals court upheld Petar Ivanov's acquittal on Thursday."
    report = comparer.compare([_COURT["en"] + a, _COURT["en"] + b])
    assert not [c.conflict for c in report.claims if c.status == "conflicting"]


def test_a_rejected_appeal_against_a_conviction_conflicts_with_an_acquittal(comparer):
    a = "The Sofia appeals court on Thursday rejected Petar Ivanov's appeal against his conviction."
    b = "The Sofia appeals court acquitted Petar Ivanov on Thursday."
    claim = _claim_of(comparer.compare([_COURT["en"] + a, _COURT["en"] + b]), a)
    assert claim.status == "conflicting" and "verdict: d1 upheld, d2 acquitted" in (claim.conflict or ""), claim.conflict
