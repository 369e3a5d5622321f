"""The link scorer's data, training and grouped cross-validation (scripts/train_links.py, the clustering benchmarks).

Protocol (dev.csv only, never heldout.csv): every distinct dev text is one
article of ONE stream (content-hash order, no dates), clustered online with the
shipped defaults. The model is trained on every dev row (y = Overall <= 1.5,
same story) and scored on the rows with Overall <= 1.5 (together) or >= 3.5
(unrelated: apart); the refine pass applies it to cross-lingual pairs only
(same-language pairs keep the cosine + entity link). Folds are grouped: texts joined
by a dev row, or sharing a SemEval article id (a translation or paraphrase of
one article), form one group, and a group is never split across folds.

For each outer fold f a model is trained on the other folds, the whole stream
is refined with it, and only fold f's pairs are scored; the cut (the average
link probability) used for fold f is chosen by an inner grouped CV on the other
folds (never on f) by :func:`crossval`; the shipped cut is chosen on the pooled
out-of-fold curve of :func:`final_model` (3 values), so its figure is out of fold
for the model but not for the cut.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from . import scoring
from .corpora import csv_rows, jsonl_rows
from .scoring import APART_MIN, SAME_MAX

DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
RESULTS = Path(__file__).resolve().parents[1] / "results"

# The SemEval Overall bands the veto benchmarks count a rule's firings in (1 = same story, 4 = unrelated).
BANDS = {"same": lambda o: o <= SAME_MAX, "middle": lambda o: SAME_MAX < o < APART_MIN,
         "unrelated": lambda o: o >= APART_MIN}


def write_result(name: str, out: dict, t0: float, load0: tuple[float, float, float], note: str = "") -> None:
    """Put the run's CPU-s (since ``t0``, process time) and load (at the start and now) into ``out``, print them
    (``note`` after the CPU-s), and write ``out`` to benchmarks/results/``name``.json."""
    import os
    import time

    out["cpu_s"] = round(time.process_time() - t0, 1)
    out["load"] = [load0, os.getloadavg()]
    print(f"{out['cpu_s']} CPU-s{note}, load {load0[0]:.1f} -> {os.getloadavg()[0]:.1f}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{name}.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def band(overall: float) -> str:
    """The band name of one SemEval Overall score."""
    return next(name for name, keep in BANDS.items() if keep(overall))


def analysed(text: str, language: str | None, published: str | None, gazetteer: Any) -> Any:
    """One text as the pair judgement reads it: cleaned (dateline kept apart), its kept sentences analysed.

    The veto benchmarks read the rules' evidence from this without embedding anything.
    """
    from storylens.similarity import prepare_text
    from storylens.similarity._sides import _analyse, _kept_sentences

    prepared = prepare_text(text)
    return _analyse(prepared.text, language, published, _kept_sentences(prepared.text), gazetteer, prepared.dateline)
LEAD_CHARS = 1500
CUTS = (0.3, 0.5, 0.7)
APART_FLOOR = 0.97  # the cut keeps at least this share of unrelated pairs apart (inner folds)


def cid(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def dev_corpus(path: Path | None = None, limit: int | None = None) -> tuple[list[dict], list[dict]]:
    """(dev rows with id1/id2 set, distinct articles sorted by content id); ``limit``: the first rows only."""
    csv.field_size_limit(10**8)
    path = path or DATA / "semeval2022t8" / "dev.csv"
    rows = csv_rows(path)[:limit]
    items: dict[str, dict] = {}
    for r in rows:
        for k in ("1", "2"):
            text = r["text" + k].strip()
            r["id" + k] = cid(text)
            items.setdefault(r["id" + k], {"id": r["id" + k], "title": None, "text": text, "language": r["lang" + k]})
    return rows, sorted(items.values(), key=lambda it: it["id"])


def fold_dump(path: str | Path) -> tuple[Any, list[dict], list[dict], dict[str, int], Any, Any, Any, Any, Any, Any,
                                          dict[tuple[int, int], int]]:
    """A refine_similarity ``--dump`` (.npz) with the dev corpus it was made on: (dump, dev rows, articles,
    article position by id, languages, the dump's candidate-pair index, pair sides i / j, each article's
    fold, each fold's cut, pair position by (i, j) with i < j)."""
    import numpy as np

    z = np.load(path)
    rows, items = dev_corpus()
    pos = {it["id"]: k for k, it in enumerate(items)}
    langs = np.array([it["language"] for it in items])
    u = z["use_idx"]
    ui, uj, fold, cuts = z["ci"][u], z["cj"][u], z["art_fold"], z["cuts"]
    where = {(int(a), int(b)): k for k, (a, b) in enumerate(zip(ui, uj))}
    return z, rows, items, pos, langs, u, ui, uj, fold, cuts, where


def stream_features(items: Sequence[dict], embedder: Any) -> list:
    """ArticleFeatures as the stream builds them: title + 3 lead sentences (rule splitter), entity keys, no date."""
    from threadpoolctl import threadpool_limits

    from storylens.cluster import ArticleFeatures, doc_vectors, entity_keys
    from storylens.prepare._lead import quick_lead_spans

    sents = [[s.text for s in quick_lead_spans(it["text"][:LEAD_CHARS], it["language"])] for it in items]
    with threadpool_limits(limits=1, user_api="blas"):
        vecs = doc_vectors([(it["title"], s) for it, s in zip(items, sents)], embedder)
    return [ArticleFeatures(it["id"], v, entity_keys(f"{it['title'] or ''}\n{it['text']}", it["language"]), None,
                            it["language"]) for it, v in zip(items, vecs)]


def texts_of(items: Sequence[dict]) -> dict[str, str]:
    return {it["id"]: f"{it['title'] or ''}\n{it['text']}" for it in items}


def online_corpus(name: str) -> tuple[list[dict], list, dict[str, Any], dict[str, str], Any]:
    """(items, their stream features, id -> gold story, id -> text, the online StoryClusterer fitted without dates) of
    :func:`gold_corpus` ``name``: the starting point of every refine benchmark (USE vectors from RESULTS' cache)."""
    from storylens.cluster import StoryClusterer
    from storylens.embed import CachedEmbedder, UseEmbedder

    items = gold_corpus(name)
    feats = stream_features(items, CachedEmbedder(UseEmbedder(), RESULTS / ".embcache.sqlite"))
    gold = {it["id"]: it["gold"] for it in items}
    return items, feats, gold, texts_of(items), StoryClusterer(use_dates=False).fit(feats)


def e5_vectors(items: Sequence[dict], cache: Path, compute: bool = True) -> dict[str, np.ndarray] | None:
    """e5 lead vectors (:func:`storylens.cluster._links.e5_lead`) of every item from the on-disk cache.

    ``compute=False``: None unless every vector is cached (no model run).
    """
    from storylens.cluster._links import e5_lead
    from storylens.embed import CachedEmbedder, E5Embedder

    leads = [e5_lead(it["title"], it["text"]) for it in items]
    if not compute:
        if not cache.exists():
            return None
        db = sqlite3.connect(str(cache))
        model_id = E5Embedder(threads=1).model_id  # the default engine's cache key
        keys = [hashlib.sha256(f"{model_id}\0{t}".encode()).hexdigest() for t in leads]
        found = 0
        for a in range(0, len(keys), 500):
            chunk = keys[a : a + 500]
            found += db.execute(f"SELECT count(*) FROM embeddings WHERE key IN ({','.join('?' * len(chunk))})",
                                chunk).fetchone()[0]
        db.close()
        if found < len(set(keys)):
            return None
    vecs = CachedEmbedder(E5Embedder(threads=1), cache).embed(leads)
    return {it["id"]: v for it, v in zip(items, vecs)}


def groups(rows: Sequence[dict], ids: Sequence[str]) -> np.ndarray:
    """Group number of each article: components of dev rows and of shared SemEval article ids."""
    pos = {a: i for i, a in enumerate(ids)}
    parent = list(range(len(ids)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        a, b = find(a), find(b)
        if a != b:
            parent[max(a, b)] = min(a, b)

    first: dict[str, int] = {}
    for r in rows:
        union(pos[r["id1"]], pos[r["id2"]])
        # pair ids carry a language suffix on a machine-translated side: "1484008155es_1483984703"
        for art, k in zip((re.sub(r"[a-z]+$", "", p) for p in r["pair_id"].split("_")), ("id1", "id2")):
            union(first.setdefault(art, pos[r[k]]), pos[r[k]])
    return np.array([find(i) for i in range(len(ids))])


def labelled(rows: Sequence[dict], pos: dict[str, int],
             every_row: bool = True) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[dict]]:
    """Training pairs (i, j, y = Overall <= 1.5, rows): every dev row (pairs between the two ends are
    negatives: not the same story); ``every_row=False`` keeps only the two ends (<= 1.5, >= 3.5).
    Every row gave more recall at the same share apart (grouped CV, pair level: TPR at 3 % of unrelated
    pairs linked 0.675 vs 0.661; cross-lingual 0.659 vs 0.573)."""
    sel = [r for r in rows if every_row or float(r["Overall"]) <= SAME_MAX or float(r["Overall"]) >= APART_MIN]
    i = np.array([pos[r["id1"]] for r in sel])
    j = np.array([pos[r["id2"]] for r in sel])
    y = np.array([float(r["Overall"]) <= SAME_MAX for r in sel])
    return i, j, y, sel


def fit(x: np.ndarray, y: np.ndarray, names: Sequence[str], name: str, c: float = 1.0, threshold: float = 0.5):
    """A :class:`~storylens.cluster._links.LinkModel` from a scaled logistic regression (scikit-learn, train time)."""
    from sklearn.linear_model import LogisticRegression

    from storylens.cluster._links import LinkModel

    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    lr = LogisticRegression(C=c, max_iter=2000).fit((x - mean) / scale, y)
    return LinkModel(name, tuple(names), mean, scale, lr.coef_[0].astype(np.float64), float(lr.intercept_[0]),
                     float(threshold))


def pair_rates(rows: Sequence[dict], label: dict[str, Any]) -> dict[str, float]:
    """:func:`_lib.scoring.pair_rates` with the number of pairs in each class."""
    return {
        **scoring.pair_rates(rows, label),
        "n_same": sum(float(r["Overall"]) <= SAME_MAX for r in rows),
        "n_crosslingual": sum(float(r["Overall"]) <= SAME_MAX and r["lang1"] != r["lang2"] for r in rows),
        "n_apart": sum(float(r["Overall"]) >= APART_MIN for r in rows),
    }


class Stream:
    """One fitted online stream and its link context, refined again and again with other models and cuts."""

    def __init__(self, feats: list, texts: dict[str, str] | None, lead_vectors: dict[str, np.ndarray] | None):
        import os
        import tempfile

        from storylens.cluster import StoryClusterer

        c = StoryClusterer(use_dates=False).fit(feats)
        self.ctx = c.link_context(texts, lead_vectors)
        self.texts = texts  # refine reads them as `storylens stories --refine` does (TF-IDF of same-language pairs)
        self.ids = [f.id for f in feats]
        self._rows = (c.get_params(), list(c._ids), list(c.labels_), list(c._dates), [sorted(e) for e in c._ents],
                      list(c._langs), c._vecs[: len(c._ids)].copy())
        fd, self._index = tempfile.mkstemp(suffix=".hnsw")
        os.close(fd)  # the index file is written by name, not through this descriptor
        c.save_index(self._index)
        self.online = dict(c.article_story_)

    def clusterer(self) -> Any:
        """A fresh copy of the online clusterer (bulk restore, as a store does)."""
        from storylens.cluster import StoryClusterer

        params, ids, stories, dates, ents, langs, vecs = self._rows
        return StoryClusterer.from_rows(params, ids, stories, dates, ents, langs, vecs, index_path=self._index)

    def refine(self, model: Any, cut: float) -> dict[str, str]:
        c = self.clusterer()
        c.set_params(refine_link_threshold=cut)
        c.link_context = lambda *a, **k: self.ctx  # the context does not depend on the model: build it once
        c.refine(texts=self.texts, link_model=model)
        return dict(c.article_story_)


def choose_cut(results: dict[float, dict[str, float]]) -> float:
    """The cut with the most same-story pairs together among those keeping APART_FLOOR apart (else the most apart)."""
    ok = [c for c, r in results.items() if r["unrelated_apart"] >= APART_FLOOR]
    if ok:
        return max(ok, key=lambda c: (results[c]["same_together"], -c))
    return max(results, key=lambda c: (results[c]["unrelated_apart"], c))


def _design(stream: Stream, rows: list[dict], names: Sequence[str]) -> tuple[dict[str, int], np.ndarray, np.ndarray,
                                                                            np.ndarray, np.ndarray, list[dict]]:
    """The labelled dev pairs as a design matrix: (article position, article groups, features ``x``
    in ``names`` order, labels ``y``, each pair's group, the labelled rows)."""
    pos = {a: i for i, a in enumerate(stream.ids)}
    art_group = groups(rows, stream.ids)
    i, j, y, sel = labelled(rows, pos)
    feats = stream.ctx.pairs(i, j)
    return pos, art_group, np.column_stack([feats[n] for n in names]), y, art_group[i], sel


def crossval(stream: Stream, rows: list[dict], names: Sequence[str], k: int = 5, c: float = 1.0,
             cuts: Sequence[float] = CUTS, progress: Any = print) -> dict[str, Any]:
    """Nested grouped CV of the link-scored refine on the dev stream; returns pooled out-of-fold rates."""
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    pos, art_group, x, y, pair_group, sel = _design(stream, rows, names)
    fold_of_group: dict[int, int] = {}
    for f, (_, te) in enumerate(GroupKFold(k).split(x, y, pair_group)):
        for g in set(pair_group[te]):
            fold_of_group[int(g)] = f
    fold = np.array([fold_of_group[int(g)] for g in pair_group])
    rows_fold = [fold_of_group.get(int(art_group[pos[r["id1"]]]), -1) for r in rows]
    oof_p = np.zeros(len(y))
    pooled: list[tuple[dict, bool]] = []
    chosen = []
    for f in range(k):
        inner: dict[float, list[tuple[dict, bool]]] = {cut: [] for cut in cuts}
        for g in (g for g in range(k) if g != f):
            train = (fold != f) & (fold != g)
            m = fit(x[train], y[train], names, f"cv{f}{g}", c)
            for cut in cuts:
                label = stream.refine(m, cut)
                inner[cut] += [(r, label[r["id1"]] == label[r["id2"]]) for r, rf in zip(rows, rows_fold) if rf == g]
        res = {cut: _rates(v) for cut, v in inner.items()}
        cut_f = choose_cut(res)
        chosen.append(cut_f)
        m = fit(x[fold != f], y[fold != f], names, f"cv{f}", c)
        oof_p[fold == f] = m.proba({n: x[fold == f, q] for q, n in enumerate(names)})
        label = stream.refine(m, cut_f)
        pooled += [(r, label[r["id1"]] == label[r["id2"]]) for r, rf in zip(rows, rows_fold) if rf == f]
        progress(f"fold {f}: cut {cut_f} (inner: " + ", ".join(
            f"{cut}: {v['same_together']:.3f}/{v['unrelated_apart']:.3f}" for cut, v in res.items()) + ")")
    ends = np.array([float(r["Overall"]) <= SAME_MAX or float(r["Overall"]) >= APART_MIN for r in sel])
    cross = np.array([r["lang1"] != r["lang2"] for r in sel]) & ends
    return {"features": list(names), "C": c, "folds": k, "cuts_chosen": chosen, **_rates(pooled),
            "pair_auc": float(roc_auc_score(y[ends], oof_p[ends])),
            "pair_auc_crosslingual": float(roc_auc_score(y[cross], oof_p[cross]))}


def _rates(pairs: list[tuple[dict, bool]]) -> dict[str, float]:
    same = [t for r, t in pairs if float(r["Overall"]) <= SAME_MAX]
    cross = [t for r, t in pairs if float(r["Overall"]) <= SAME_MAX and r["lang1"] != r["lang2"]]
    apart = [not t for r, t in pairs if float(r["Overall"]) >= APART_MIN]
    return {"same_together": float(np.mean(same)) if same else 0.0,
            "crosslingual_together": float(np.mean(cross)) if cross else 0.0,
            "unrelated_apart": float(np.mean(apart)) if apart else 0.0,
            "n_same": len(same), "n_crosslingual": len(cross), "n_apart": len(apart)}


def final_model(stream: Stream, rows: list[dict], names: Sequence[str], name: str, c: float = 1.0,
                k: int = 5, cuts: Sequence[float] = CUTS):
    """The shipped model: trained on every labelled dev pair, its cut chosen by grouped CV (pooled out-of-fold)."""
    from sklearn.model_selection import GroupKFold

    pos, art_group, x, y, pair_group, _ = _design(stream, rows, names)
    pooled: dict[float, list[tuple[dict, bool]]] = {cut: [] for cut in cuts}
    for train, test in GroupKFold(k).split(x, y, pair_group):
        m = fit(x[train], y[train], names, "cv", c)
        test_groups = set(pair_group[test].tolist())
        fold_rows = [r for r in rows if int(art_group[pos[r["id1"]]]) in test_groups]
        for cut in cuts:
            label = stream.refine(m, cut)
            pooled[cut] += [(r, label[r["id1"]] == label[r["id2"]]) for r in fold_rows]
    res = {cut: _rates(v) for cut, v in pooled.items()}
    cut = choose_cut(res)
    return fit(x, y, names, name, c, threshold=cut), res


def save_models(models: dict[str, Any], meta: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps({"format": "storylens.cluster-links/1", **meta,
                                "models": {k: m.to_dict() for k, m in models.items()}}, indent=1) + "\n",
                    encoding="utf-8")


def gold_corpus(name: str) -> list[dict]:
    """BASIL halves (``basil_tune``, ``basil_eval``: title + text, no dates) or ECB+ topics (``ecb_train``,
    ``ecb_test``: text only), each item with its gold story in ``gold``, sorted by content id."""
    if name.startswith("basil"):
        rows = jsonl_rows(DATA / "basil" / "articles.jsonl")
        half = name.split("_")[1]
        items = [{"id": r["id"], "title": r["title"], "text": r["text"], "language": "en", "gold": r["event_id"]}
                 for r in rows if r["split"] == half]
        return items
    docs = jsonl_rows(DATA / "ecbplus" / "docs.jsonl")
    split = name.split("_")[1]
    return sorted(({"id": cid(d["text"]), "title": None, "text": d["text"], "language": "en", "gold": d["subtopic"]}
                   for d in docs if d["split"] == split), key=lambda it: it["id"])


def gold_pairs(stream: Stream, items: Sequence[dict], names: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """Training pairs from a gold-clustered corpus: every candidate pair of the stream, y = same gold story."""
    gold = {it["id"]: it["gold"] for it in items}
    i, j = stream.ctx.candidates()
    feats = stream.ctx.pairs(i, j)
    y = np.array([gold[stream.ids[a]] == gold[stream.ids[b]] for a, b in zip(i, j)])
    return np.column_stack([feats[n] for n in names]), y


def set_triangle_legs(value: float) -> None:
    """Every StoryClusterer made after this call refines with ``refine_triangle_legs = value`` (a rule that is off
    in the shipped settings; `--triangle-legs` of refine_gold.py and refine_similarity.py)."""
    from storylens.cluster import StoryClusterer

    init = StoryClusterer.__init__

    def legs_init(self: StoryClusterer, *a: object, **k: object) -> None:
        init(self, *a, **k)  # type: ignore[arg-type]
        self.refine_triangle_legs = value

    StoryClusterer.__init__ = legs_init  # type: ignore[method-assign]
