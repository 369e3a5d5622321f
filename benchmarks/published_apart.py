"""The far-apart rule of the same-story verdict on BASIL tune's event-labelled pairs, with their publication dates.

    PYTHONPATH=src .venv/bin/python benchmarks/published_apart.py [--days N ...]

:func:`storylens.similarity._verdict._published_apart` holds two texts apart when they were published
settings.published_apart_days or more apart and share nothing that ties one event (no copy, no recall of the other's
event, no place below the country, dated day or telling figure, no name but office holders'; issue #11). BASIL is the
one tune corpus with publication dates (SemEval dev and ECB+ carry none): this counts, per gap, the same-event pairs the
rule fires on (losses) and the other pairs (gold ``event_id``; BASIL tune only, never eval). The rule's evidence is read
from the pair features with zero vectors (it reads no embedding). Writes benchmarks/results/published_apart.json.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _lib import links as L

from storylens.similarity import Gazetteer
from storylens.similarity._features import _features
from storylens.similarity._sides import _Side
from storylens.similarity._verdict import _published_apart


def side(info) -> _Side:
    """A side without vectors: the rule's evidence does not read them."""
    return _Side(info, np.zeros(4, dtype=np.float32), np.zeros((max(1, len(info.sentences)), 4), dtype=np.float32), None)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--days", type=int, nargs="*", default=[7, 14, 28, 60], help="gaps to count the rule at")
    args = ap.parse_args(argv)
    from storylens import settings

    t0 = time.process_time()
    gaz = Gazetteer.load()
    docs = [json.loads(line) for line in (L.DATA / "basil/articles.jsonl").read_text(encoding="utf-8").splitlines()]
    keep = [d for d in docs if d["split"] == "tune"]
    sides = [side(L.analysed(f"{d['title']}\n{d['text']}", "en", d["date"], gaz)) for d in keep]
    days = [date.fromisoformat(d["date"][:10]) for d in keep]
    out: dict[str, dict] = {}
    counts = {n: {"same_fired": 0, "other_fired": 0, "same_lost": []} for n in args.days}
    n_same = n_other = 0
    max_same_gap = 0
    original = settings.DEFAULT
    for x in range(len(keep)):
        for y in range(x + 1, len(keep)):
            same = keep[x]["event_id"] == keep[y]["event_id"]
            n_same += same
            n_other += not same
            gap = abs((days[x] - days[y]).days)
            if same:
                max_same_gap = max(max_same_gap, gap)
            if gap < min(args.days):
                continue
            f = _features(sides[x], sides[y], gaz, late_spellings=True)
            for n in args.days:
                if gap < n:
                    continue
                settings.DEFAULT = replace(original, published_apart_days=n)
                try:
                    fired = _published_apart(f) is not None
                finally:
                    settings.DEFAULT = original
                if fired and same:
                    counts[n]["same_fired"] += 1
                    counts[n]["same_lost"].append([keep[x]["id"], keep[y]["id"]])
                elif fired:
                    counts[n]["other_fired"] += 1
    out["basil_tune"] = {"docs": len(keep), "same_pairs": n_same, "other_pairs": n_other,
                         "max_same_event_gap_days": max_same_gap,
                         "by_days": {str(n): c for n, c in counts.items()}}
    print(f"BASIL tune: {len(keep)} docs, {n_same} same-event pairs (published at most {max_same_gap} days apart), "
          f"{n_other} other pairs")
    for n, c in counts.items():
        print(f"  {n:>3} days: fires on {c['same_fired']} of {n_same} same-event pairs, {c['other_fired']} of "
              f"{n_other} other pairs")
    out["cpu_s"] = round(time.process_time() - t0, 1)
    L.RESULTS.mkdir(parents=True, exist_ok=True)
    (L.RESULTS / "published_apart.json").write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"{out['cpu_s']} CPU-s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
