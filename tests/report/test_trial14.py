"""Trial 14's ledger defects through the whole comparison (texts in tests/data/trial14, written for
the trial): one crash reported by El País (Monday 16 Nov, at least 11 dead) and RIA (Tuesday 17 Nov,
14 dead), and a Polish derailment of the same week."""

from pathlib import Path

import storylens
from storylens.report import comparison_to_dict, validate

DATA = Path(__file__).parents[1] / "data" / "trial14"


def test_a_pairwise_compare_finds_the_date_conflict_and_the_differing_toll(embedder):
    result = storylens.compare([DATA / "es_elpais.txt", DATA / "ru_ria.txt"], embedder=embedder)
    dates = [c for c in result.claims if c.conflict and "date:" in c.conflict]
    assert dates and "2026-11-16" in dates[0].conflict and "2026-11-17" in dates[0].conflict
    assert any(c.differs and "killed: at least 11 vs 14" in c.differs for c in result.claims)
    validate(comparison_to_dict(result))


def test_two_different_events_share_and_contradict_nothing(embedder):
    result = storylens.compare([DATA / "en_reuters_v2.txt", DATA / "en_poland_derail.txt"], embedder=embedder)
    assert result.similarity.same_story is False and list(result.set_aside) == ["d2"]
    assert all(c.status == "unique" for c in result.claims)
    anyway = storylens.compare([DATA / "en_reuters_v2.txt", DATA / "en_poland_derail.txt"], embedder=embedder,
                               align_anyway=True)
    assert any(c.status != "unique" for c in anyway.claims)
    assert any(r.startswith("aligned anyway although judged different stories") for r in anyway.similarity.reasons)
    # the speeds are speeds, and the injured who died are not compared with the injured
    assert not any(c.conflict and ("km:" in c.conflict or "they:" in c.conflict) for c in anyway.claims)
