"""The e5-to-USE map of the quote matcher (settings.quote_e5_scale / quote_e5_offset), DEV quote gold only.

Cross-lingual quote pairs of the dev sets of benchmarks/data/quote_gold (every language there is
USE's): the USE and e5 cosines of gold-matched and other pairs, two candidate maps (least squares of
USE on e5; the map putting both classes' medians where USE has them), and the dev match P/R of
``match_quotes`` with every cross-lingual dev pair forced onto the e5 path under each map (the
choice: best dev match F1). Test and holdout sets are never read.

Run: PYTHONPATH=src .venv/bin/python benchmarks/quote_e5_map.py
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from _lib.quote_eval import _align, _gold_pairs, combine, gold_documents, load_gold_sets, score_quotes

import storylens.analysis.quotes as quotes_mod
import storylens.analysis.quotes._match as quote_matcher  # where match_quotes reads use_covers and DEFAULT
import storylens.settings as settings_mod
from storylens.embed import get_default_embedder, get_document_embedder


def _dev_sets() -> list[tuple[dict, list, list]]:
    out = []
    for gold in load_gold_sets():
        if gold.get("split", "dev") == "dev":
            docs = gold_documents(gold)
            out.append((gold, docs, quotes_mod.extract_quote_spans(docs)))
    return out


def _cosines(prepared, use, e5) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows = []
    for gold, docs, qs in prepared:
        lang = {d.id: d.language for d in docs}
        if len({lang[q.doc] for q in qs}) < 2:
            continue
        by_pred = {p.id: g for g, p in _align(gold["quotes"], qs).items()}
        pairs = _gold_pairs(gold["same_utterance"], {g["id"]: g["doc"] for g in gold["quotes"]})
        qu, qe = use.embed([q.text for q in qs]), e5.embed([q.text for q in qs])
        for i in range(len(qs)):
            for j in range(i + 1, len(qs)):
                if lang[qs[i].doc] != lang[qs[j].doc]:
                    gold_pair = frozenset((by_pred.get(qs[i].id), by_pred.get(qs[j].id))) in pairs
                    rows.append((float(qu[i] @ qu[j]), float(qe[i] @ qe[j]), gold_pair))
    u, e, m = (np.array([r[k] for r in rows]) for k in range(3))
    return u, e, m.astype(bool)


def _forced(prepared, use, e5, scale: float, offset: float) -> tuple[float, float]:
    """Dev match P/R with every cross-lingual pair on e5 under this map."""
    saved_covers, saved_default = quote_matcher.use_covers, quote_matcher.DEFAULT
    quote_matcher.use_covers = lambda language: False
    quote_matcher.DEFAULT = replace(settings_mod.DEFAULT, quote_e5_scale=scale, quote_e5_offset=offset)
    try:
        total = combine([score_quotes(g, quotes_mod.match_quotes(q, d, use, embed_e5=e5.embed)) for g, d, q in prepared])
    finally:
        quote_matcher.use_covers, quote_matcher.DEFAULT = saved_covers, saved_default
    return total["match_precision"] or 0.0, total["match_recall"] or 0.0


def main() -> int:
    use, e5 = get_default_embedder(), get_document_embedder()
    prepared = _dev_sets()
    u, e, m = _cosines(prepared, use, e5)
    print(f"{len(u)} cross-lingual dev quote pairs, {int(m.sum())} gold-matched")
    for name, sel in (("matched", m), ("other", ~m)):
        print(f"  {name}: USE median {np.median(u[sel]):.3f}, e5 median {np.median(e[sel]):.3f}")
    lsq = tuple(np.polyfit(e, u, 1))
    slope = (np.median(u[m]) - np.median(u[~m])) / (np.median(e[m]) - np.median(e[~m]))
    medians = (slope, np.median(u[m]) - slope * np.median(e[m]))
    total = combine([score_quotes(g, quotes_mod.match_quotes(q, d, use)) for g, d, q in prepared])
    print(f"USE as shipped: match P {total['match_precision']} R {total['match_recall']}")
    for name, (scale, offset) in (("least squares", lsq), ("medians", medians)):
        p, r = _forced(prepared, use, e5, round(scale, 2), round(offset, 2))
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"e5 forced, {name} {scale:.2f} / {offset:.2f}: match P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
