"""Error analysis of the refine pass on a gold story corpus (BASIL tune half by default): which gold
stories are split, which predicted stories merge gold ones, with titles, outlets and each pair's links.

    .venv/bin/python benchmarks/basil_errors.py [--set basil_tune] [--judge full|similarity|none]

The stream is built as refine_gold.py builds it (content-hash order, no dates, no labels). Only the
tune half / train topics are for reading errors; the eval half / test topics are never analysed here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from _lib import links as L
from _lib.scoring import score_all


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", default="basil_tune")
    ap.add_argument("--judge", default="full", choices=("full", "similarity", "none"))
    args = ap.parse_args(argv)
    if args.set in ("basil_eval", "ecb_test"):
        raise SystemExit("error analysis reads the tune half / train topics only")
    from storylens.cluster import StoryClusterer, _tfidf_rows
    from storylens.cluster._judge import SimilarityJudge
    from storylens.embed import CachedEmbedder, UseEmbedder
    from storylens.settings import DEFAULT

    items = L.gold_corpus(args.set)
    meta = {}
    if args.set.startswith("basil"):
        with open(L.DATA / "basil" / "articles.jsonl", encoding="utf-8") as fh:
            rows = {r["id"]: r for r in map(json.loads, fh)}
        meta = {a: (rows[a]["source"].lower(), rows[a]["title"]) for a in rows}
    feats = L.stream_features(items, CachedEmbedder(UseEmbedder(), L.RESULTS / ".embcache.sqlite"))
    gold = {it["id"]: it["gold"] for it in items}
    texts = L.texts_of(items)
    online = StoryClusterer(use_dates=False).fit(feats)
    c = StoryClusterer.from_state(online.state())
    judge = None
    if args.judge == "full":
        judge = SimilarityJudge(variant="full", same_language_cut=DEFAULT.refine_full_same_language_cut,
                                cut=DEFAULT.refine_full_cut, mutual_slack=DEFAULT.refine_full_mutual_slack,
                                mutual_same_language=True)
    elif args.judge == "similarity":
        judge = SimilarityJudge()
    c.refine(texts=texts, pair_judge=judge)
    ids = list(c.article_story_)
    print("online", score_all([online.article_story_[a] for a in ids], [gold[a] for a in ids]))
    print("refined", score_all([c.article_story_[a] for a in ids], [gold[a] for a in ids]))
    pos = {a: i for i, a in enumerate(online._ids)}
    vecs = online._vecs[: len(ids)]
    ents = c._entity_matrix(range(len(ids)))
    lex = _tfidf_rows([texts[a] for a in online._ids])
    if judge is not None:
        judge.bind([texts[a] for a in online._ids], list(online._langs))

    def pair(a: str, b: str) -> str:
        i, j = pos[a], pos[b]
        cos = float(vecs[i] @ vecs[j])
        ent = float(ents[i].multiply(ents[j]).sum())
        tf = float(lex[i].multiply(lex[j]).sum())
        js = float(judge.scores(np.array([i]), np.array([j]))[0]) if judge is not None else float("nan")
        return f"cos {cos:.3f} ent {ent:.3f} link {cos + 2 * ent:.3f} tfidf {tf:.3f} judge {js:.3f}"

    def label(a: str) -> str:
        src, title = meta.get(a, ("", texts[a][:80]))
        return f"{src:4} {a[:14]} {str(title)[:90]!r}"

    by_gold, by_pred = defaultdict(list), defaultdict(list)
    for a in ids:
        by_gold[gold[a]].append(a)
        by_pred[c.article_story_[a]].append(a)
    print("\n== gold stories split")
    for g, mem in by_gold.items():
        preds = {c.article_story_[a] for a in mem}
        if len(preds) > 1:
            print(f"-- {g[:8]} into {len(preds)}")
            for a in mem:
                print("  ", c.article_story_[a][:8], label(a))
            for x in range(len(mem)):
                for y in range(x + 1, len(mem)):
                    if c.article_story_[mem[x]] != c.article_story_[mem[y]]:
                        print(f"     {mem[x][:10]}~{mem[y][:10]}: {pair(mem[x], mem[y])}")
    print("\n== predicted stories merging gold ones")
    for p, mem in by_pred.items():
        golds = {gold[a] for a in mem}
        if len(golds) > 1:
            print(f"-- {p[:8]} holds {len(golds)} gold stories")
            for a in sorted(mem, key=lambda a: gold[a]):
                print("  ", gold[a][:8], label(a))
            for x in range(len(mem)):
                for y in range(x + 1, len(mem)):
                    if gold[mem[x]] != gold[mem[y]]:
                        print(f"     {mem[x][:10]}~{mem[y][:10]}: {pair(mem[x], mem[y])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
