"""benchmarks/similarity_repeated.py: its folds keep connected groups whole, and its blend of the
fitted parts is what the shipped model's ``predict`` gives (so the repeated CV measures what ships)."""

from __future__ import annotations

import numpy as np
import pytest

from ._bench import load_benchmark


@pytest.fixture(scope="module")
def rep():
    return load_benchmark("similarity_repeated.py")


def test_folds_keep_each_group_on_one_side_and_move_with_the_seed(rep):
    groups = [f"g{i // 3}" if i < 30 else f"s{i}" for i in range(80)]  # ten groups of 3, fifty of 1
    splits = {seed: rep.group_folds(groups, 5, seed) for seed in (0, 1)}
    for folds in splits.values():
        tests = np.concatenate([te for _, te in folds])
        assert sorted(tests.tolist()) == list(range(80))  # every row scored once
        for tr, te in folds:
            assert not {groups[i] for i in tr} & {groups[i] for i in te}
            assert 14 <= len(te) <= 18  # balanced by rows
    assert any(not np.array_equal(a, b) for (_, a), (_, b) in zip(splits[0], splits[1]))


def test_blend_of_the_parts_is_the_shipped_predict(rep):
    from storylens.similarity import FEATURE_NAMES, SimilarityModel

    rng = np.random.default_rng(0)
    X = rng.uniform(0.0, 1.0, (60, len(FEATURE_NAMES)))
    Y = np.clip(X[:, :7] * 0.5 + rng.normal(0, 0.1, (60, 7)), 0, 1)
    model = SimilarityModel(n_trees=10, max_iter=20).fit(X, Y)
    swap = [FEATURE_NAMES.index(n) for n in np.array(FEATURE_NAMES)[rep._SWAP]]
    parts = rep.Parts(X, Y, swap, SimilarityModel(n_trees=10, max_iter=20))
    rows = np.arange(60)
    got = rep.blend(parts.fit_predict(rows, rows[:12]))
    assert np.allclose(got, model.predict(X[:12]), atol=1e-9)


def test_e5_columns_are_the_shipped_columns_of_other_vectors_with_the_group_left_out(rep):
    from types import SimpleNamespace

    from storylens.similarity import LeadBank

    rng = np.random.default_rng(1)
    V = rng.normal(size=(8, 384)).astype(np.float32)
    V /= np.linalg.norm(V, axis=1, keepdims=True)
    dev = SimpleNamespace(y=np.zeros(3), groups=["a", "a", "b"], pos=np.array([[0, 1], [1, 2], [3, 4]]),
                          lang1=np.array(["de", "de", "en"]), lang2=np.array(["en", "fr", "en"]),
                          tlang=np.array(["de", "en", "fr", "en", "en", "de", "fr", "en"]))
    got = rep.e5_columns(dev, V)
    bank = LeadBank(V.astype(np.float16).astype(np.float32), list(dev.tlang))
    keep = np.ones(8, dtype=bool)
    keep[[3, 4]] = False  # group "b": its own two texts are not in its bank
    cos = float(V[3] @ V[4])
    assert got["cos"][2] == pytest.approx(cos)
    assert [got["shift"][2], got["z"][2]] == pytest.approx(bank.features(bank.vectors[3], bank.vectors[4], "en", "en", cos, keep))
    assert [got["csls"][2], got["ratio"][2]] == pytest.approx(bank.margins(bank.vectors[3], bank.vectors[4], cos, keep))
    keep_all = np.ones(8, dtype=bool)
    assert got["shift"][2] != pytest.approx(bank.features(bank.vectors[3], bank.vectors[4], "en", "en", cos, keep_all)[0])


def _pair_info(texts):
    """(a, b, PairFeatures) of each pair of texts, as ``pair_info`` makes them (zero vectors: no model feature)."""
    from storylens.similarity import Gazetteer
    from storylens.similarity._features import _features
    from storylens.similarity._sides import _analyse, _kept_sentences, _Side

    gaz = Gazetteer.load()
    zero = np.zeros((1, 8), dtype=np.float32)

    def side(text, lang):
        return _Side(_analyse(text, lang, None, _kept_sentences(text), gaz), zero[0], zero, None)

    out = []
    for (ta, la), (tb, lb) in texts:
        sa, sb = side(ta, la), side(tb, lb)
        out.append((sa.info, sb.info, _features(sa, sb, gaz)))
    return out


def test_entity_columns_are_symmetric_and_read_shared_full_names(rep):
    a = ("Angela Merkel met Emmanuel Macron in Berlin on Monday. The two leaders spoke about energy prices.", "en")
    b = ("Bundeskanzlerin Angela Merkel hat am Montag in Berlin Emmanuel Macron empfangen. Es ging um Energie.", "de")
    c = ("Heavy rain flooded streets in Lagos on Tuesday. Residents waded through the water to reach markets.", "en")
    info = _pair_info([(a, b), (b, a), (a, c)])
    cols = {**rep.entity_columns(info), **rep.full_name_columns(info)}
    for k, v in cols.items():
        assert v[0] == pytest.approx(v[1]), k  # either order, the same value
    assert cols["fn_shared"][0] >= 2 and cols["fn_cover_max"][0] > 0  # Angela Merkel, Emmanuel Macron
    assert cols["fn_shared"][2] == 0 and cols["fn_cover_max"][2] == 0
    assert cols["nk_shared"][0] > cols["nk_shared"][2]


def test_key_idf_columns_leave_each_rows_group_out_of_the_key_frequencies(rep):
    from types import SimpleNamespace

    keys = [{"merkel", "berlin"}, {"merkel", "berlin", "macron"}, {"merkel"}, {"lagos"}, {"lagos", "rain"}]
    texts = [SimpleNamespace(name_keys=frozenset(k)) for k in keys]
    dev = SimpleNamespace(groups=["g0", "g1"], pos=np.array([[0, 1], [3, 4]]))
    info = [(texts[0], texts[1], None), (texts[3], texts[4], None)]
    got = rep.key_idf_columns(dev, info)
    # row 0's group (texts 0, 1) is left out: of the other 2 texts (3, 4) none writes merkel or berlin
    n = 2
    idf = {k: np.log((n + 1) / (df + 1)) for k, df in (("merkel", 0), ("berlin", 0), ("macron", 0))}
    dot = idf["merkel"] ** 2 + idf["berlin"] ** 2
    want = dot / (np.sqrt(idf["merkel"] ** 2 + idf["berlin"] ** 2) * np.sqrt(sum(v * v for v in idf.values())))
    assert got["nk_idf_cos"][0] == pytest.approx(want)
    assert got["nk_rare_shared"][0] == 2
    assert got["nk_rare_shared"][1] == 1  # lagos: no other text of the (left-out) rest writes it


def test_e5var_refits_with_only_the_e5_columns_from_each_variants_vectors(rep, tmp_path, monkeypatch):
    from types import SimpleNamespace

    rng = np.random.default_rng(2)
    lead = rng.normal(size=(8, 384)).astype(np.float32)
    lead /= np.linalg.norm(lead, axis=1, keepdims=True)
    other = rng.normal(size=(8, 384)).astype(np.float32)  # not unit: the candidate normalises what it reads
    np.savez_compressed(tmp_path / "similarity_e5var_lead400.npz", V=other)
    monkeypatch.setattr(rep, "RESULTS", tmp_path)
    dev = SimpleNamespace(y=np.zeros(3), groups=["a", "a", "b"], pos=np.array([[0, 1], [1, 2], [3, 4]]),
                          lang1=np.array(["de", "de", "en"]), lang2=np.array(["en", "fr", "en"]),
                          tlang=np.array(["de", "en", "fr", "en", "en", "de", "fr", "en"]), vectors={"lead": lead})
    names = ["other", *(col for col, _ in rep.E5_COLUMNS)]
    fits: dict[str, np.ndarray] = {}
    run = SimpleNamespace(dev=dev, X=np.full((3, len(names)), 7.0), names=names,
                          refit=lambda name, X: fits.__setitem__(name, X))
    rep.c_e5var(run)
    assert sorted(fits) == ["e5var_control", "e5var_lead400"]
    unit = other / np.linalg.norm(other, axis=1, keepdims=True)
    for name, vectors in (("e5var_control", lead), ("e5var_lead400", unit)):
        X = fits[name]
        assert (X[:, 0] == 7.0).all()  # a column that is not e5's is kept
        assert X[:, 1] == pytest.approx(np.einsum("ij,ij->i", vectors[dev.pos[:, 0]], vectors[dev.pos[:, 1]]), abs=1e-6)
        cols = rep.e5_columns(dev, vectors)
        for j, (_, key) in enumerate(rep.E5_COLUMNS, 1):
            assert X[:, j] == pytest.approx(cols[key], abs=1e-6)
