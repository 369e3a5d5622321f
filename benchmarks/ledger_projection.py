"""A cross-lingual bilinear score for e5 vectors, learned from dev.csv's own translations (TUNE half checked only).

    PYTHONPATH=src .venv/bin/python benchmarks/ledger_projection.py [--runs-cache PATH] [--docs N] [--write PATH]

Issue #12 (stop 43, xl43). Every score tried on the 63-128 gold pairs of the tune half (benchmarks/ledger_*.py)
ranks a neighbouring fact of the same story as high as the same fact; the learned pair models had only those
gold pairs to learn from. SemEval's dev.csv holds far more: an article and its machine translation
(``1484010079zh`` is article 1484010079 machine-translated into Chinese) both appear in dev.csv rows, so the
two are a parallel document pair whose sentences are translations, and whose *other* sentences are exactly the
hard negatives the ledger fails on (the neighbouring facts of one story, in the other language).

1. Parallel pairs: every dev.csv article with an original text and a machine translation into another
   language, no article of any ledger gold set (either half) among them; both split by the pipeline's
   ``Segmenter``; silver sentence links = each other's best e5 cosine from 0.85 with relative positions within
   0.25 (MT keeps the order).
2. Score s(a, b) = a' M b over e5 unit vectors, M symmetric, started at the identity (= the e5 cosine), fitted
   by gradient descent on a contrastive loss within each document pair (softmax over the other document's
   sentences, both directions, temperature ``TAU``) with weight decay towards the identity; 20 % of the
   parallel documents held out to pick the decay and the number of steps (their silver-link ranks).
3. Checked on the cross-lingual TUNE sets of the ledger gold, as benchmarks/ledger_sparse.py: AP, recall at
   precision 0.85 and best F1 of CSLS over s against e5 CSLS (pairs of annotated sentences). The tune sets'
   articles are not in the training data, so no cross-validation is needed for this check.

Measured 2026-12-03 (stop 43, xl43; e5 vectors from the shared cache, filled this session; one BLAS thread, ~3
min wall at load 14-17). 105 parallel document pairs (de-fr, en-es, en-fr, en-it, en-ru, en-zh, pl-en), 703
silver links (a first version linked by e5 itself: its held-out check is then 1.0 for the identity by
construction, replaced before any tune figure was read). The identity (plain e5) already puts the translation
first for 98.3 % of the held-out links; no fitted M beats it (decay 0.01 / 0.1, 10-30 steps: 97.5-98.3 %), so
the identity is chosen and the tune check is e5's own: CSLS AP 0.605, R@P0.85 0.266. The parallel data teach
what e5 already does (find a sentence's translation); the ledger's loss is another thing: two reports written
apart state one fact in different words and detail, and a neighbouring fact of the story is as close.
Not wired.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import ledger_eval as le
from _lib.ledger_score import DATA, GOLD_DIR
from ledger_misses import tune_runs
from ledger_relational import tables
from ledger_sparse import flatten, measure

from storylens.analysis._pairmodel import _csls
from storylens.embed import CachedEmbedder, UseEmbedder
from storylens.text.segment import Segmenter

RESULTS = HERE / "results" / "ledger_projection.json"
TAU = 0.02
_ID = re.compile(r"^(\d+)([a-z]{2})?$")


def gold_articles() -> set[str]:
    """Base article ids of every ledger gold set, both halves (never trained on)."""
    out: set[str] = set()
    for path in GOLD_DIR.glob("*.json"):
        for doc in json.loads(path.read_text())["docs"]:
            for part in str(doc.get("ref", "")).split("_"):
                m = _ID.match(part)
                if m:
                    out.add(m.group(1))
    return out


def parallel_documents(limit: int) -> list[dict[str, Any]]:
    """(original, machine translation into another language) article pairs from dev.csv."""
    originals: dict[str, tuple[str, str]] = {}
    translations: dict[str, dict[str, str]] = {}
    with open(DATA / "semeval2022t8" / "dev.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            ids = row["pair_id"].split("_")
            for side, ident in zip(("1", "2"), ids):
                m = _ID.match(ident)
                if not m:
                    continue
                kind, lang, text = row[f"text{side}_kind"], row[f"lang{side}"], row[f"text{side}"]
                if kind == "original" and not m.group(2):
                    originals.setdefault(m.group(1), (lang, text))
                elif kind == "machine_translated" and m.group(2):
                    translations.setdefault(m.group(1), {}).setdefault(lang, text)
    banned = gold_articles()
    out = []
    for base in sorted(set(originals) & set(translations) - banned):
        lang, text = originals[base]
        for mt_lang, mt_text in sorted(translations[base].items()):
            if mt_lang != lang:
                out.append({"id": base, "la": lang, "ta": text, "lb": mt_lang, "tb": mt_text})
    return out[:limit]


def sentences(seg: Segmenter, text: str, lang: str, cap: int = 30) -> list[str]:
    out = []
    for span in seg.split(text, lang):
        s = span.text.strip()
        if len(s.split()) >= 4 or (lang in ("zh", "ja") and len(s) >= 8):
            out.append(s)
    return out[:cap]


def silver_links(ua: np.ndarray, ub: np.ndarray) -> list[tuple[int, int]]:
    """Links read without e5 (so that e5 itself can be checked on them): the same number of sentences on
    both sides -> the diagonal (MT keeps the order), each link's USE cosine >= 0.5; otherwise each
    other's best USE cosine from 0.6 with relative positions within 0.15."""
    cos = ua @ ub.T
    if len(ua) == len(ub):
        return [(i, i) for i in range(len(ua)) if cos[i, i] >= 0.5]
    links = []
    for i in range(len(ua)):
        j = int(cos[i].argmax())
        if int(cos[:, j].argmax()) == i and cos[i, j] >= 0.6 and abs(i / len(ua) - j / len(ub)) <= 0.15:
            links.append((i, j))
    return links


def fit(train: list[dict], decay: float, steps: int, lr: float = 0.5, dim: int = 384,
        start: np.ndarray | None = None) -> np.ndarray:
    m = np.eye(dim, dtype=np.float64) if start is None else start.copy()
    for _ in range(steps):
        grad = np.zeros_like(m)
        n = 0
        for d in train:
            a, b, links = d["ea"], d["eb"], d["links"]
            if not links:
                continue
            s = a @ m @ b.T / TAU
            for side, (x, y, sc) in enumerate(((a, b, s), (b, a, s.T))):
                p = np.exp(sc - sc.max(axis=1, keepdims=True))
                p /= p.sum(axis=1, keepdims=True)
                rows = [i for i, _ in links] if side == 0 else [j for _, j in links]
                cols = [j for _, j in links] if side == 0 else [i for i, _ in links]
                g = p[rows].copy()
                g[np.arange(len(rows)), cols] -= 1.0       # d loss / d logits
                grad += x[rows].T @ g @ y / TAU             # d logits / d M
                n += len(rows)
        grad = grad / max(1, n)
        grad = (grad + grad.T) / 2 + decay * (m - np.eye(dim))
        m -= lr * grad
    return m


def ranks(docs: list[dict], m: np.ndarray) -> dict[str, float]:
    hit = tot = 0
    for d in docs:
        s = d["ea"] @ m @ d["eb"].T
        for i, j in d["links"]:
            tot += 2
            hit += int(s[i].argmax() == j) + int(s[:, j].argmax() == i)
    return {"p_at_1": round(hit / max(1, tot), 4), "links": tot // 2}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs-cache", type=Path, default=None)
    parser.add_argument("--docs", type=int, default=160)
    parser.add_argument("--write", type=Path, default=None, help="save the chosen M (npy)")
    args = parser.parse_args(argv)
    seg = Segmenter()
    pairs = parallel_documents(args.docs)
    print(f"{len(pairs)} parallel document pairs (languages: "
          f"{sorted({p['la'] + '-' + p['lb'] for p in pairs})})", flush=True)
    docs = []
    use = CachedEmbedder(UseEmbedder(), None).embed
    for p in pairs:
        sa, sb = sentences(seg, p["ta"], p["la"]), sentences(seg, p["tb"], p["lb"])
        if len(sa) < 3 or len(sb) < 3:
            continue
        ea = np.asarray(le.embed_e5(sa), dtype=np.float64)
        eb = np.asarray(le.embed_e5(sb), dtype=np.float64)
        links = silver_links(np.asarray(use(sa)), np.asarray(use(sb)))
        docs.append({"id": p["id"], "ea": ea, "eb": eb, "links": links})
    print(f"{len(docs)} documents embedded, {sum(len(d['links']) for d in docs)} silver links", flush=True)
    rng = np.random.default_rng(0)
    ids = sorted({d["id"] for d in docs})
    held = set(rng.choice(ids, size=max(1, len(ids) // 5), replace=False).tolist())
    train = [d for d in docs if d["id"] not in held]
    dev = [d for d in docs if d["id"] in held]
    eye = np.eye(384)
    print(f"identity: held-out silver P@1 {ranks(dev, eye)}", flush=True)
    best = (ranks(dev, eye)["p_at_1"], 0.0, 0, eye)
    trials = []
    for decay in (0.01, 0.1):
        m = np.eye(384)
        for steps in (10, 20, 30):
            m = fit(train, decay, 10, start=m)
            r = ranks(dev, m)
            trials.append({"decay": decay, "steps": steps, **r})
            print(f"decay {decay} steps {steps}: held-out {r}", flush=True)
            if r["p_at_1"] > best[0]:
                best = (r["p_at_1"], decay, steps, m)
    m = best[3]
    if args.write:
        np.save(args.write, m.astype(np.float32))
    embed = use
    runs = tune_runs(args.runs_cache)
    ts = tables(runs, embed)
    result: dict[str, Any] = {"trials": trials, "chosen": {"decay": best[1], "steps": best[2]}, "tune": {}}
    from storylens.analysis.claims import split_units
    for t, run in zip(ts, runs):
        docs_ = list(run["comparison"].documents)
        units = [u for d in docs_ for u in split_units(d)]
        e5 = np.asarray(le.embed_e5([u.text for u in units]), dtype=np.float64)
        ia = [k for k, u in enumerate(units) if u.doc == docs_[0].id]
        ib = [k for k, u in enumerate(units) if u.doc == docs_[1].id]
        s = e5[ia] @ m @ e5[ib].T
        t["m"]["proj"] = s
        t["m"]["proj CSLS"] = _csls(s, 3)
    for name in ("e5 CSLS", "use CSLS", "proj", "proj CSLS"):
        r = measure([flatten(t, t["m"][name]) for t in ts])
        result["tune"][name] = r
        print(f"tune {name:<10} AP {r['ap']:.3f} R@P85 {r['r_at_p85']:.3f} bestF1 {r['best_f1']:.3f} "
              f"mutual {r['mutual']} best1 {r['best1']} top3one {r['top3one']}")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
