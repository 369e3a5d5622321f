"""pipeline.ledger_claims is the claims stage ``compare`` ships, and benchmarks/ledger_eval.py re-scores the ledger
through it (shipped_ledger / aligner_like_pipeline), so a benchmark scores what ``compare`` ships (stop 44)."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from storylens import Comparer
from storylens.report import pipeline
from storylens.report.pipeline import Components, _with_second_encoder, aligner_settings
from storylens.settings import DEFAULT

from ..conftest import CNN_SEED, FAZ_SEED

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))


def _evidence(claims) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.status, tuple(sorted(e.sentence for e in c.evidence))) for c in claims]


def test_the_benchmark_rescores_the_ledger_compare_ships(hashing_embedder):
    import ledger_eval as le

    comparer = Comparer(embedder=hashing_embedder, similarity_model="fast", cache=False)
    texts = [CNN_SEED.read_text("utf-8"), FAZ_SEED.read_text("utf-8")]
    comparison = le.compare_texts(comparer, texts)
    claims, _ = le.shipped_ledger(comparison, hashing_embedder.embed)
    assert _evidence(claims) == _evidence(comparison.claims)
    # the aligner the pipeline used, not one rebuilt from the finished comparison
    aligner = le.aligner_like_pipeline(comparison, hashing_embedder.embed, attach_threshold=0.0)
    assert aligner.attach_threshold == 0.0
    assert aligner.extra_keys is le._LEDGER_INPUTS[id(comparison)][1][0].extra_keys
    # a setting that changes the aligner changes the re-scored ledger (not the stored one)
    loose, _ = le.shipped_ledger(comparison, hashing_embedder.embed, sure_threshold=-1.0)
    assert _evidence(loose) != _evidence(comparison.claims)


def test_analyse_builds_its_claims_through_ledger_claims(hashing_embedder, monkeypatch):
    seen = []
    original = pipeline.ledger_claims

    def spy(*args):
        seen.append(args)
        return original(*args)
    monkeypatch.setattr(pipeline, "ledger_claims", spy)
    Comparer(embedder=hashing_embedder, similarity_model="fast", cache=False).compare([CNN_SEED, FAZ_SEED])
    assert len(seen) == 1


def test_the_attach_rule_with_e5_agreement_loads_the_second_encoder():
    class _E5:
        def embed(self, texts):
            raise AssertionError("not called here")

    on = dataclasses.replace(DEFAULT, claim_attach_threshold=0.0, claim_attach_e5=True, claim_e5_fusion_weight=0.0,
                             claim_number_fanout=None, claim_pair_model=False)
    assert "embed_e5" in _with_second_encoder(aligner_settings(on), Components(None, doc_embedder=_E5))
    off = dataclasses.replace(on, claim_attach_threshold=None)
    assert "embed_e5" not in _with_second_encoder(aligner_settings(off), Components(None, doc_embedder=_E5))
