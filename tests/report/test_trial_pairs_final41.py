"""The three final41 pairs end to end, through a real Comparer (USE): a count of nobody against two dead in a
pair under the conflict floor (#2), a count of the displaced with no unit word on either side (#3), and a verb
that undoes an order against a denial of renewing it (#9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens import Comparer

RU = """Наводнение в Оренбургской области

ОРЕНБУРГ, 8 апреля 2024 – В результате прорыва дамбы в Орске были затоплены более 4000 домов, сообщил губернатор Денис Паслер.
«Ситуация остаётся критической», — сказал Паслер.
Эвакуированы 6 тысяч человек. Погибших нет.
"""
PL = """Powódź w obwodzie orenburskim

ORENBURG, 8 kwietnia 2024 – Po przerwaniu tamy w Orsku zalanych zostało ponad 4000 domów – poinformował gubernator Denis Pasler.
„Sytuacja pozostaje krytyczna” – powiedział Pasler.
Ewakuowano 6 tysięcy osób. Nie żyją dwie osoby.
"""
EN_FLOOD = """Italy floods: thousands evacuated in Emilia-Romagna

BOLOGNA, May 17, 2023 (AP) - Floods in the northern region of Emilia-Romagna killed nine people and forced 13,000 from their homes, officials said on Wednesday.
"We have never seen anything like this," Bonaccini told reporters in Bologna.
"""
DE_FLOOD = """Unwetter in Italien: Tausende evakuiert

BOLOGNA, 17. Mai 2023 (dpa) - Bei Überschwemmungen in der norditalienischen Region Emilia-Romagna sind neun Menschen ums Leben gekommen, 10.000 mussten ihre Häuser verlassen, teilten die Behörden am Mittwoch mit.
„So etwas haben wir noch nie gesehen“, sagte Bonaccini vor Journalisten in Bologna.
"""
EN_DAM = """Dam holds in Nysa as river level falls

NYSA, September 16, 2024 - The dam in Nysa held, the mayor Kordian Kolbiarz said on Monday.
Residents returned home when the police did not renew the evacuation order.
Two people died in the district, officials said.
"""
PL_DAM = """Tama w Nysie wytrzymała

NYSA, 16 września 2024 – Tama w Nysie wytrzymała – poinformował w poniedziałek burmistrz Kordian Kolbiarz.
Mieszkańcy wrócili do domów, gdy policja odwołała nakaz ewakuacji.
Nie żyją dwie osoby – podały władze.
"""


@pytest.fixture(scope="module")
def comparer(embedder):
    return Comparer(embedder=embedder, similarity_model="fast")


def _claims(comparer: Comparer, tmp_path: Path, a: str, b: str):
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, text in zip(paths, (a, b)):
        path.write_text(text, encoding="utf-8")
    return comparer.compare(paths).claims


def _holding(claims, text: str):
    return next(c for c in claims if any(text in e.text for e in c.evidence))


def test_nobody_against_two_dead_is_a_conflict(comparer, tmp_path):
    claim = _holding(_claims(comparer, tmp_path, RU, PL), "Погибших нет")
    assert claim.status == "conflicting", (claim.conflict, claim.differs)
    assert claim.conflict == "killed: погибших нет vs 2"


def test_the_displaced_counts_conflict(comparer, tmp_path):
    claim = _holding(_claims(comparer, tmp_path, EN_FLOOD, DE_FLOOD), "13,000")
    assert claim.status == "conflicting" and "evacuated: 13,000 vs 10.000" in (claim.conflict or ""), claim.conflict


def test_a_revoked_order_is_no_denial_of_renewing_it(comparer, tmp_path):
    claim = _holding(_claims(comparer, tmp_path, EN_DAM, PL_DAM), "did not renew")
    assert claim.status == "shared", claim.conflict
    assert any("odwołała" in e.text for e in claim.evidence)


EN_BUS = """Bus crash near Innsbruck

Two people were killed in the accident, police said.
"""
DE_BUS = """Busunglück bei Innsbruck

Bei dem Unglück kamen drei Menschen ums Leben, teilte die Polizei mit.
"""


def test_two_tolls_each_closed_by_its_source_are_still_compared(comparer, tmp_path):
    # final44 #1: the pair aligns on its cores (the sources' tails taken off), and the cores' lower cosine put
    # the figures under the conflict floor: "killed: 2 vs 3 (not judged: the sentences are too far apart)"
    claim = _holding(_claims(comparer, tmp_path, EN_BUS, DE_BUS), "Two people were killed")
    assert claim.status == "conflicting" and "killed: 2 vs 3" in (claim.conflict or ""), (claim.conflict, claim.differs)


BUS_16 = """Bus crash near Innsbruck

The bus overturned on 16 November near Innsbruck, police said.
"""
BUS_17_DE = """Busunglück bei Innsbruck

Der Bus stürzte am 17. November bei Innsbruck um, teilte die Polizei mit.
"""
BUS_16_WEEKDAY = """Bus crash near Innsbruck

The bus overturned on Monday, 16 November, near Innsbruck, police said.
"""


def test_two_undated_reports_compare_their_days_and_months(comparer, tmp_path):
    # final44 #5: with no date on either report nothing was compared ("on 16 November" / "on 17 November" shared)
    claim = _holding(_claims(comparer, tmp_path, BUS_16, BUS_17_DE), "16 November")
    assert claim.status == "conflicting" and claim.conflict == "date: 16 November vs 17. November", claim.conflict
    same = _holding(_claims(comparer, tmp_path, BUS_16, BUS_16_WEEKDAY), "on 16 November")
    assert same.status == "shared" and not same.conflict  # no year is shown or invented, and one day agrees
