"""trial49 F9 end to end, through a real Comparer (USE): a conviction and an acquittal (or a conviction overturned
against one upheld) reported of one defendant are a verdict conflict when they date the verdict alike or neither
does, and a difference a reader sees ("verdict: convicted vs acquitted") when they date it apart; the ruling and
its overturning 175 days later were one shared claim, match 1.00, no note."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens import Comparer

EN_SENTENCED = """Former mayor Kovacs sentenced to four years for bribery

Associated Press
BUDAPEST, June 3, 2026

A Budapest court on Wednesday sentenced former mayor Gabor Kovacs to four years in prison for taking bribes worth 90 million forints in exchange for city construction contracts.

Judge Eva Toth said the evidence showed Kovacs had "systematically sold public office." Kovacs denied wrongdoing and his lawyer said he would appeal.

Prosecutors had asked for six years.
"""
EN_ACQUITTED = """Appeals court acquits former mayor Kovacs in bribery case

Associated Press
BUDAPEST, Nov 25, 2026

A Hungarian appeals court on Wednesday acquitted former mayor Gabor Kovacs of taking bribes worth 90 million forints in exchange for city construction contracts, overturning a four-year prison sentence.

Judge Laszlo Nagy said the recorded conversations used as evidence had been obtained illegally. Prosecutors said they would consider an appeal to the Supreme Court.

Kovacs told reporters outside the court that he had "always trusted the justice system."
"""
# the same appeal ruling told two ways on one day: overturned (ru) against upheld (en)
RU_OVERTURNED = """Апелляционный суд по делу бывшего мэра Ковача

БУДАПЕШТ, 25 ноября 2026 (ТАСС) - Апелляционный суд в среду отменил приговор бывшему мэру Габору Ковачу, осуждённому за взятки в размере 90 миллионов форинтов.

Прокуратура заявила, что рассмотрит возможность обжалования в Верховном суде.
"""
EN_UPHELD = """Appeals court rules in Kovacs bribery case

BUDAPEST, Nov 25, 2026 (Reuters) - A Hungarian appeals court on Wednesday upheld the conviction of former mayor Gabor Kovacs for taking bribes worth 90 million forints.

Prosecutors said they would consider an appeal to the Supreme Court.
"""
# a conviction and the acquittal on appeal, each dated by its own day, headlines without a verdict: the case's course
DE_CONVICTED = """Prozess gegen Ex-Bürgermeister Kovacs in Budapest

BUDAPEST, 3. Juni 2026 (dpa) - Ein Budapester Gericht hat den früheren Bürgermeister Gabor Kovacs am Mittwoch wegen Bestechlichkeit zu vier Jahren Haft verurteilt.

Die Staatsanwaltschaft hatte sechs Jahre gefordert.
"""
EN_ACQUITTED_LATER = """Kovacs bribery case in Budapest

BUDAPEST, Nov 25, 2026 (AP) - A Hungarian appeals court on Wednesday acquitted former mayor Gabor Kovacs of taking bribes.

Prosecutors had asked for six years.
"""


@pytest.fixture(scope="module")
def comparer(embedder):
    return Comparer(embedder=embedder)


def _claim(comparer: Comparer, tmp_path: Path, a: str, b: str, text: str):
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, body in zip(paths, (a, b)):
        path.write_text(body, encoding="utf-8")
    claims = comparer.compare(paths).claims
    return next(c for c in claims if any(text in e.text for e in c.evidence))


def test_a_sentence_and_an_acquittal_are_no_shared_claim(comparer, tmp_path):
    claim = _claim(comparer, tmp_path, EN_SENTENCED, EN_ACQUITTED, "sentenced former mayor")
    assert any("acquitted" in e.text for e in claim.evidence)
    assert claim.status == "conflicting" and "verdict: d1 convicted, d2 acquitted" in (claim.conflict or ""), claim.conflict


def test_overturned_against_upheld_across_languages(comparer, tmp_path):
    claim = _claim(comparer, tmp_path, RU_OVERTURNED, EN_UPHELD, "отменил приговор")
    assert any("upheld" in e.text for e in claim.evidence)
    assert claim.status == "conflicting" and "verdict: d1 overturned, d2 upheld" in (claim.conflict or ""), claim.conflict


def test_a_conviction_and_an_acquittal_dated_apart_are_a_difference(comparer, tmp_path):
    claim = _claim(comparer, tmp_path, DE_CONVICTED, EN_ACQUITTED_LATER, "verurteilt")
    assert any("acquitted" in e.text for e in claim.evidence)
    assert "verdict:" not in (claim.conflict or ""), claim.conflict
    assert "verdict: convicted vs acquitted" in (claim.differs or ""), claim.differs
