"""The recorded dev check subset's features (SemEval dev rows named in each shipped model's metadata), computed
once per test process for ``test_similarity``'s recorded-score check and ``test_forest``'s exact-prediction check.

Both tests ran the real encoders over dev rows (24 pairs for the check, 8 others for the forest: USE 80 texts and
e5 16 leads, 4.6 CPU-s warm, most of it e5); the forest check now predicts on the check subset's rows, which the
recorded check computes anyway (both tests are in the ``dev_pairs`` xdist group: one worker, one computation).
"""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest

from storylens import similarity as sim

_FEATURES: dict[tuple[str, int, int], tuple[list[dict], np.ndarray]] = {}


def dev_rows(data_dir: Path) -> list[dict]:
    path = data_dir / "semeval2022t8" / "dev.csv"
    if not path.exists():
        pytest.skip(f"{path} not found")
    csv.field_size_limit(10**8)
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def check_subset_features(variant: str, data_dir: Path, embedder, doc_embedder,
                          gazetteer) -> tuple[list[dict], np.ndarray]:
    """The model ``variant``'s check-subset rows (its metadata's ``src_rows``, in order) and their features as
    the model reads them (shape ``(rows, len(FEATURE_NAMES))``), from texts prepared as training prepared them;
    kept per variant and encoder pair for the process. Skips without the shared data."""
    key = (variant, id(embedder), id(doc_embedder))
    if key not in _FEATURES:
        model = sim.SimilarityModel.load(variant)
        check = model.meta_["check_subset"]
        by_src = {r["src_row"]: r for r in dev_rows(data_dir)}
        rows = [by_src[s] for s in check["src_rows"]]
        # the texts as the model was trained on them: prepared as score_pairs prepares them
        # (models trained before training did that read the raw texts)
        prepare = (lambda t: sim.prepare_text(t).text) if check.get("texts") == "prepared" else (lambda t: t)
        X = np.array([f.values for f in sim.pair_features(
            [(prepare(r["text1"]), prepare(r["text2"]), r["lang1"], r["lang2"]) for r in rows], embedder, gazetteer,
            doc_embedder=doc_embedder, inputs=model.inputs_)])
        X.setflags(write=False)  # shared by tests: none may change it for the next
        _FEATURES[key] = (rows, X)
    return _FEATURES[key]
