"""The learned pair links of the refine pass: features, the shipped models, and a cross-lingual pair in a stream."""

from __future__ import annotations

import json
from itertools import pairwise

import numpy as np
import pytest

from storylens.cluster import ArticleFeatures, StoryClusterer
from storylens.cluster._links import LinkModel, PairContext, e5_lead, knn, knn_other_language, sparse_knn


def _unit(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v, axis=-1, keepdims=True)).astype(np.float32)


def _context(n: int = 30, seed: int = 0, e5: bool = True) -> PairContext:
    rng = np.random.default_rng(seed)
    langs = ["en", "de", "zh", None, "es"]
    keys = [frozenset({f"name{k % 7}", f"#{k % 5}00", "#2020"}) for k in range(n)]
    return PairContext(_unit(rng.normal(size=(n, 16))), _unit(rng.normal(size=(n, 8))) if e5 else None, keys,
                       [langs[k % 5] for k in range(n)], k=5)


def test_pair_features_match_the_dense_block_and_are_symmetric():
    ctx = _context()
    i, j = np.array([0, 3, 7, 12]), np.array([5, 3, 1, 29])
    pairs, back = ctx.pairs(i, j), ctx.pairs(j, i)
    block = ctx.block(np.arange(30), np.arange(30))
    for name, values in pairs.items():
        assert np.allclose(values, block[name][i, j]), name
        assert np.allclose(values, back[name]), name
    assert set(pairs) >= {"use_cos", "use_csls", "e5_cos", "e5_csls", "ent_cos", "cross", "lex_cos"}
    assert "e5_cos" not in _context(e5=False).pairs(i, j)
    # a year is not a shared number; "#100" is; language unknown is never "cross"
    assert pairs["numbers_shared"][1] == pytest.approx(np.log1p(1))
    assert pairs["cross"][1] == 0.0


def test_knn_is_exact_and_hnsw_agrees_on_clear_neighbours():
    rng = np.random.default_rng(4)
    centres = rng.normal(size=(20, 16))
    vecs = _unit(np.repeat(centres, 3, axis=0) + 0.05 * rng.normal(size=(60, 16)))
    exact, sims = knn(vecs, 2)
    assert all(set(exact[r]) == {3 * (r // 3) + k for k in range(3)} - {r} for r in range(60))
    assert np.all(np.diff(sims, axis=1) <= 0)  # best first
    approx, _ = knn(vecs, 2, exact_up_to=10)
    assert (np.sort(approx, axis=1) == np.sort(exact, axis=1)).mean() > 0.95


def test_candidates_are_unique_ordered_pairs():
    ctx = _context()
    i, j = ctx.candidates()
    assert np.all(i < j) and len(set(zip(i.tolist(), j.tolist()))) == len(i)


def _crowded_topic() -> tuple[np.ndarray, np.ndarray]:
    """A topic of 8 English articles and its one German report: the German one's lead vector sits
    just outside the English cluster, so every English article ranks 7 English ones above it."""
    rng = np.random.default_rng(8)
    centre = rng.normal(size=16)
    english = centre + 0.05 * rng.normal(size=(8, 16))
    german = centre + 0.3 * rng.normal(size=(1, 16))
    other = rng.normal(size=(6, 16))  # unrelated articles in German, Spanish and of unknown language
    vecs = _unit(np.vstack([english, german, other]))
    lang = np.array([1] * 8 + [2] + [2, 2, 3, 3, 0, 0])
    return vecs, lang


def test_knn_other_language_lists_only_other_languages_best_first():
    vecs, lang = _crowded_topic()
    near = knn_other_language(vecs, lang, 2)
    assert near[0][0] == 8  # the German report: 9th of all for an English article, 1st among other languages
    assert knn(vecs, 2)[0][0].tolist() != [8, 8] and 8 not in knn(vecs, 3)[0][0]
    sims = vecs @ vecs.T
    for r in range(len(vecs)):
        got = [x for x in near[r] if x >= 0]
        assert all(lang[x] != lang[r] and lang[x] > 0 for x in got)
        assert all(sims[r, a] >= sims[r, b] for a, b in pairwise(got))  # best first
    assert near[13].tolist() == [-1, -1]  # unknown language: no neighbours, and nobody's
    assert not np.isin([13, 14], near).any()


def test_knn_other_language_per_language_indices_agree_with_the_exact_scan():
    vecs, lang = _crowded_topic()
    exact = knn_other_language(vecs, lang, 3)
    approx = knn_other_language(vecs, lang, 3, exact_up_to=5)
    assert (np.sort(approx, axis=1) == np.sort(exact, axis=1)).mean() > 0.95


def test_cross_k_candidates_add_each_articles_nearest_in_other_languages():
    vecs, lang = _crowded_topic()
    codes = {1: "en", 2: "de", 3: "es", 0: None}
    keys = [frozenset({f"name{k}"}) for k in range(len(vecs))]
    ctx = PairContext(vecs, vecs, keys, [codes[int(x)] for x in lang], k=2)
    base = set(zip(*(x.tolist() for x in ctx.candidates(2))))
    more = set(zip(*(x.tolist() for x in ctx.candidates(2, cross_k=1))))
    assert base < more
    # every English article meets the German report; before, only the two the German one ranks first
    assert all((a, 8) in more for a in range(8)) and sum((a, 8) in base for a in range(8)) == 2
    assert all(lang[a] != lang[b] for a, b in more - base)
    assert set(zip(*(x.tolist() for x in PairContext(vecs, None, keys, [codes[int(x)] for x in lang],
                                                     k=2).candidates(2, cross_k=1)))) == base  # needs e5

def test_sparse_knn_is_exact_best_first_and_skips_rows_sharing_nothing():
    from scipy.sparse import csr_matrix

    rows = csr_matrix(np.array([[1, 0, 0], [0.9, 0.1, 0], [0, 1, 0], [0, 0.8, 0.2], [0, 0, 0]], dtype=np.float64))
    near = sparse_knn(rows, 2, cells=6)  # blocks of one row
    dense = rows @ rows.T
    assert near[0].tolist() == [1, -1] and near[4].tolist() == [-1, -1]  # nothing shared: no neighbour
    assert near[1].tolist() == [0, 2] and near[2].tolist() == [3, 1]
    assert all(dense[r, near[r][0]] >= dense[r, near[r][1]] for r in (1, 2, 3))


def test_wide_candidates_add_each_articles_nearest_by_names_and_by_words():
    from scipy.sparse import csr_matrix

    rng = np.random.default_rng(5)
    n = 12
    keys = [frozenset({f"name{k}"}) for k in range(n)]
    keys[0] = keys[7] = frozenset({"reker"})  # 0 and 7 share a rare name, not a vector
    lex = np.eye(n)
    lex[3, 9] = lex[9, 3] = 1.0  # 3 and 9 share words
    ctx = PairContext(_unit(rng.normal(size=(n, 16))), None, keys, ["en"] * n, lex=csr_matrix(_unit(lex)), k=1)
    narrow = set(zip(*(x.tolist() for x in ctx.candidates())))
    wide = set(zip(*(x.tolist() for x in ctx.candidates(wide=True))))
    assert narrow < wide and {(0, 7), (3, 9)} <= wide
    i, j = ctx.candidates(wide=True)
    assert np.all(i < j) and len(set(zip(i.tolist(), j.tolist()))) == len(i)


def _cosine_model(cut: float = 0.5) -> LinkModel:
    """P(link) = sigmoid(20 * (use_cos - 0.6)): a stand-in for the shipped model with a known decision."""
    return LinkModel("test", ("use_cos",), np.zeros(1), np.ones(1), np.array([20.0]), -12.0, cut)


def _stream() -> list[ArticleFeatures]:
    rng = np.random.default_rng(2)
    a, b, c = rng.normal(size=(3, 32))
    arts = [ArticleFeatures("en-a", _unit(a + 0.3 * rng.normal(size=32)), frozenset({"reker"}), None, "en"),
            ArticleFeatures("de-a", _unit(a + 0.3 * rng.normal(size=32)), frozenset(), None, "de"),
            ArticleFeatures("zh-a", _unit(a + 0.3 * rng.normal(size=32)), frozenset(), None, "zh")]
    arts += [ArticleFeatures(f"b{k}", _unit(b + 0.3 * rng.normal(size=32)), frozenset({"ferry"}), None, "en")
             for k in range(3)]
    arts.append(ArticleFeatures("c", _unit(c), frozenset({"quake"}), None, "en"))
    return arts


def test_link_refine_groups_by_the_model_and_keeps_ids_and_corrections():
    arts = _stream()
    online = StoryClusterer(threshold=2.9, use_dates=False).fit(arts)  # online: every article alone
    assert len(online.stories_) == len(arts)
    first = online.article_story_["en-a"]
    report = online.refine(link_model=_cosine_model())
    s = online.article_story_
    # the cross-lingual pairs are judged by the link model (same-language pairs by cosine + names)
    assert s["en-a"] == s["de-a"] == s["zh-a"] == first  # the earliest member's id is kept
    assert s["b0"] == s["b1"] == s["b2"] != s["en-a"]
    assert s["c"] not in (s["en-a"], s["b0"])
    assert report["moved"] == 4 and report["stories_after"] == 3
    assert online._links is None  # nothing of the pass stays in the state
    # a user's split survives a later refine
    online.split(s["b0"], ["b2"])
    online.refine(link_model=_cosine_model())
    assert online.article_story_["b2"] != online.article_story_["b0"]
    # a stricter link cut keeps the cross-lingual pairs apart
    strict = StoryClusterer(threshold=2.9, use_dates=False, refine_link_threshold=0.99999).fit(arts)
    strict.refine(link_model=_cosine_model())
    assert len({strict.article_story_[a] for a in ("en-a", "de-a", "zh-a")}) == 3


def test_refine_uses_lead_vectors_only_when_every_article_has_one():
    arts = _stream()
    c = StoryClusterer(threshold=2.9, use_dates=False).fit(arts)
    vecs = {a.id: np.ones(8, dtype=np.float32) for a in arts}
    assert c.link_context(lead_vectors=vecs).e5 is not None
    del vecs["c"]
    assert c.link_context(lead_vectors=vecs).e5 is None


def test_shipped_link_models_load_and_score_in_range():
    lite = LinkModel.load("lite")  # "full" (e5) ships only when its figures are measured
    assert not lite.needs_e5 and 0 < lite.threshold < 1
    ctx = _context(e5=False)
    p = lite.proba(ctx.pairs(np.arange(10), np.arange(10, 20)))
    assert p.shape == (10,) and np.all((p > 0) & (p < 1))
    from pathlib import Path

    data = json.loads(Path(lite_path()).read_text(encoding="utf-8"))
    assert data["format"] == "storylens.cluster-links/1" and "protocol" in data
    for model in data["models"].values():  # every shipped variant reads only features the context computes
        full = _context(e5=True).pairs(np.arange(3), np.arange(3, 6))
        assert set(model["features"]) <= set(full)


def lite_path() -> str:
    from storylens.cluster._links import MODEL_PATH

    return str(MODEL_PATH)


def test_e5_lead_reads_the_title_once():
    assert e5_lead("Floods", "Floods\nCologne evacuates.") == "Floods\nCologne evacuates."
    assert e5_lead("Floods", "Cologne evacuates.") == "Floods\nCologne evacuates."
    assert len(e5_lead(None, "x" * 5000)) == 300


SHORT = [
    {"id": "en-1", "language": "en", "title": "Cologne evacuates riverside districts",
     "text": "Cologne ordered the evacuation of riverside districts on Monday after the Rhine rose above eight "
             "metres. About 2,000 residents left their homes."},
    {"id": "de-1", "language": "de", "title": "Köln räumt Uferviertel",
     "text": "Die Stadt Köln hat am Montag die Räumung der Uferviertel angeordnet, nachdem der Rhein über acht "
             "Meter gestiegen war. Rund 2000 Anwohner verließen ihre Wohnungen."},
    {"id": "en-2", "language": "en", "title": "Chipmaker opens wafer plant",
     "text": "A semiconductor maker opened a wafer plant in Dresden on Tuesday, creating about 1,000 jobs for "
             "car-chip production."},
    {"id": "es-1", "language": "es", "title": "El Barcelona ficha a un delantero",
     "text": "El FC Barcelona anunció el jueves el fichaje de un delantero brasileño por 40 millones de euros."},
]


@pytest.mark.slow
def test_a_crosslingual_pair_of_short_articles_joins_one_story_in_the_stream(tmp_path, embedder, doc_embedder):
    """Acceptance (#11): a German and an English report of one event, a few lines each, no dates, end in one
    story when streamed in with unrelated articles, online and after the refine pass (with and without e5)."""
    from storylens import stream
    from storylens.store import SQLiteStore
    from storylens.stream.corrections import refine_stories

    path = tmp_path / "short.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in SHORT), encoding="utf-8")
    with SQLiteStore(tmp_path / "s.db") as store:
        stream.ingest_paths([str(path)], store, embedder=embedder)
        ids = {a.external_id: a.id for a in store.articles()}

        def stories() -> dict[str, str]:
            found = store.assignments()
            return {ext: found[aid].story for ext, aid in ids.items()}

        for refine in (None, {"judge": "links", "lead_vectors": False}, {"judge": "links", "doc_embedder": doc_embedder},
                       {"embedder": embedder}):
            if refine is not None:
                refine_stories(store, **refine)
            s = stories()
            assert s["en-1"] == s["de-1"], refine
            assert len({s["en-1"], s["en-2"], s["es-1"]}) == 3, refine
