"""ArticleSides: pair scores among a set of articles, each article analysed once, equal to score_pairs'."""

from __future__ import annotations

import math

import pytest

from storylens import similarity as sim
from tests.conftest import CNN_SEED, FAZ_SEED


@pytest.fixture
def texts() -> list[str]:
    cnn, faz = CNN_SEED.read_text(encoding="utf-8"), FAZ_SEED.read_text(encoding="utf-8")
    return [cnn, faz, "Storm hits Berlin.", "Berlin, 14 March 2024.\n" + cnn, cnn[: len(cnn) * 2 // 3]]


def test_article_sides_score_as_score_pairs_does(hashing_embedder, texts):
    sides = sim.ArticleSides(texts, ["en", "de", "en", "en", "en"], embedder=hashing_embedder, variant="fast")
    pairs = [(0, 1), (1, 3), (0, 4), (3, 4)]
    got = sides.overall([a for a, _ in pairs], [b for _, b in pairs])
    want = sim.score_pairs([(texts[a], texts[b], sides.languages[a], sides.languages[b]) for a, b in pairs],
                           embedder=hashing_embedder, fast=True)
    assert [round(float(g), 4) for g in got] == [w.overall for w in want]
    assert got[2] >= 0.95 and got[3] >= 0.95  # a cut copy and a re-headed copy: the copy floor
    assert len(sides._sides) == 4  # the short text was never analysed: no pair asked for it


def test_no_verdict_is_nan_and_the_fast_model_has_no_lead_vectors(hashing_embedder, texts):
    german = "Der Sturm hat am Montag in Berlin viele Bäume umgeworfen und zwei Menschen verletzt."
    sides = sim.ArticleSides(texts + [german], None, embedder=hashing_embedder, variant="fast")
    assert sides.languages[0] == "en" and sides.languages[-1] == "de"  # detected
    assert math.isnan(sides.overall([0], [2])[0])  # too little text in one of them
    assert sides.lead_vectors() is None
