"""The shipped ``stories --refine --judge full`` settings on the gold tune sets, one setting changed (no dates).

    .venv/bin/python benchmarks/refine_gold_shipped.py [--sets basil_tune,ecb_train] [--set NAME=V1,V2 ...]

Each set is ONE stream as ``refine_gold.py`` builds it (content-hash order, text only or title + text for
BASIL, no dates, no labels), clustered online with the shipped defaults, then refined with the judge the
product's ``stories --refine --judge full`` builds (``storylens.stream.corrections.full_judge_settings``),
once per value of each ``--set`` judge attribute (the others shipped), the sides analysed once. B-cubed F1
against the gold stories. Only the tune sets (basil_tune, ecb_train) are for choosing; the eval half / test
topics are refused here. dev.csv is not read.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _lib import links as L
from _lib.scoring import score_all


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default="basil_tune,ecb_train")
    ap.add_argument("--set", action="append", default=[], help="judge attribute=value,value (None: off)")
    args = ap.parse_args(argv)
    from storylens.cluster import StoryClusterer
    from storylens.cluster._judge import SimilarityJudge
    from storylens.stream.corrections import full_judge_settings

    grid = [("shipped", None, None)]
    for spec in args.set:
        name, values = spec.split("=")
        grid += [(name, name, None if v == "None" else float(v)) for v in values.split(",")]
    for name in args.sets.split(","):
        if name in ("basil_eval", "ecb_test"):
            raise SystemExit("choose on the tune half / train topics only")
        t0 = time.process_time()
        items, _feats, gold, texts, online = L.online_corpus(name)
        state = online.state()
        judge = SimilarityJudge(**full_judge_settings())
        row = {}
        for label, attr, value in grid:
            shipped = getattr(judge, attr) if attr else None
            if attr:
                setattr(judge, attr, value)
            c = StoryClusterer.from_state(state)
            c.refine(texts=texts, pair_judge=judge)
            ids = list(c.article_story_)
            row[label if attr is None else f"{attr}={value}"] = round(
                score_all([c.article_story_[a] for a in ids], [gold[a] for a in ids])["b3_f1"], 4)
            if attr:
                setattr(judge, attr, shipped)
        print(name, len(items), "articles", json.dumps(row), f"{time.process_time() - t0:.0f} CPU-s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
