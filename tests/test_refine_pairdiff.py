"""benchmarks/refine_pairdiff.py scores a dump's rows as refine_similarity.py does (in the first text's fold) and
lists the rows two dumps put differently."""

from __future__ import annotations

import numpy as np
import pytest

from ._bench import load_benchmark


@pytest.fixture()
def diff(monkeypatch):
    mod = load_benchmark("refine_pairdiff.py")
    items = [{"id": a, "language": lang} for a, lang in (("a", "en"), ("b", "de"), ("c", "en"), ("d", "pl"))]
    rows = [{"pair_id": "1_2", "src_row": "7", "id1": "a", "id2": "b", "lang1": "en", "lang2": "de", "Overall": "1.0"},
            {"pair_id": "3_4", "src_row": "8", "id1": "c", "id2": "d", "lang1": "en", "lang2": "pl", "Overall": "4.0"},
            {"pair_id": "5_6", "src_row": "9", "id1": "a", "id2": "c", "lang1": "en", "lang2": "en", "Overall": "2.5"}]
    monkeypatch.setattr(mod.L, "dev_corpus", lambda: (rows, items))
    return mod


def _dump(tmp_path, name, fold, labels):
    path = tmp_path / name
    np.savez(path, art_fold=np.array(fold), **{f"label{f}": np.array(v) for f, v in labels.items()})
    return str(path)


def test_rows_are_scored_in_their_first_texts_fold_and_flips_listed(diff, tmp_path, capsys):
    # fold 0 holds a and b, fold 1 c and d; each fold's labels come from its own refine
    before = _dump(tmp_path, "before.npz", [0, 0, 1, 1], {0: [1, 1, 2, 3], 1: [5, 6, 7, 7]})
    after = _dump(tmp_path, "after.npz", [0, 0, 1, 1], {0: [1, 2, 2, 3], 1: [5, 6, 7, 8]})
    got = diff.outcomes(before)
    assert got["1_2#7"] == ("same", "en-de", 0, True, 1.0)
    assert got["3_4#8"][3] is True  # unrelated together in fold 1's labels (fold 0's would say apart)
    assert "5_6#9" not in got  # a middle row is neither same-story nor unrelated
    assert diff.main([before, after]) == 0
    out = capsys.readouterr().out
    assert "LOSS same  en-de  fold 0" in out and "1_2#7" in out
    assert "GAIN unrel en-pl  fold 1" in out and "3_4#8" in out
    assert "cross-lingual 1/1 = 1.000" in out and "cross-lingual 0/1 = 0.000" in out
