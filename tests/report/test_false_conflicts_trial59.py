"""trial59 F6/F7/F15 end to end, through a real Comparer on the trial's own texts: the zh/ja/ko chemical-plant
reports deny an anomaly alike (no polarity conflict) and say 42 injured, 3 of them seriously (no "injured: 42 vs
3"); the de/en rail-strike reports ask for one thing ("bei vollem Lohnausgleich" / "with no loss of pay"), stand
at the stations on one morning ("am Morgen" / "on Wednesday morning"), and still disagree on the strike's end,
Friday 4 against Saturday 5 December (the planted contradiction, read ahead of the Wednesday they were written)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens import Comparer

DATA = Path(__file__).resolve().parents[1] / "data" / "trial59"


@pytest.fixture(scope="module")
def comparer(embedder):
    return Comparer(embedder=embedder)


@pytest.fixture(scope="module")
def strike(comparer):
    return comparer.compare([DATA / "E3_de.txt", DATA / "E3_en.txt"])


@pytest.fixture(scope="module")
def blast(comparer):
    return comparer.compare([DATA / "E5_zh.txt", DATA / "E5_ja.txt", DATA / "E5_ko.txt"])


def _claim(comparison, text: str):
    return next(c for c in comparison.claims if any(text in e.text for e in c.evidence))


def test_no_polarity_conflict_when_every_report_denies_an_anomaly(blast):
    assert not [c for c in blast.claims if c.conflict and "polarity" in c.conflict]


def test_the_seriously_injured_are_no_second_count_of_the_injured(blast):
    assert not [c for c in blast.claims if "injured: 42" in (c.differs or "") + (c.conflict or "")]


def test_the_planted_toll_and_date_are_still_found(blast):
    claim = _claim(blast, "12월 1일")
    assert claim.status == "conflicting" and "killed: 5 vs 6" in claim.conflict and "12월 1일" in claim.conflict


def test_full_pay_is_no_loss_of_pay(strike):
    claim = _claim(strike, "bei vollem Lohnausgleich")
    assert not (claim.conflict or "").count("polarity")


def test_the_morning_is_no_tomorrow(strike):
    assert not [c for c in strike.claims if "2026-12-03" in (c.conflict or "")]


def test_the_strike_ends_on_friday_against_saturday_ahead(strike):
    claim = _claim(strike, "am Freitag um 2.00 Uhr enden")
    assert claim.status == "conflicting"
    assert "2026-12-04" in claim.conflict and "2026-12-05" in claim.conflict
    assert "2026-11-27" not in claim.conflict


@pytest.mark.parametrize("text", ["am Freitag", "on Saturday"])
def test_the_timeline_reads_the_end_ahead(strike, text):
    events = [e for e in strike.timeline if any(text in ev.text for ev in e.evidence)]
    assert events and all(e.date >= "2026-12-04" for e in events)
