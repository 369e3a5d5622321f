"""The anchors rule of the same-story verdict on event-labelled pairs (dev.csv, BASIL tune, ECB+ train; never
heldout.csv or BASIL eval).

    PYTHONPATH=src .venv/bin/python benchmarks/anchors_apart.py [--no-ecb]

:func:`storylens.similarity._rules._anchors_apart` finds two openings of one language each naming
settings.anchors_apart_min_names or more places, bodies or people the other text never writes, event places of their
own in the first sentences and no weekday, small count, road, acronym, demonym or sentence in common; the verdict (:func:`storylens.similarity._verdict._apart`) holds
such a pair apart when the texts share no name, place, dated day or count (issue #11: two chemical-plant blasts in two
cities, two companies, two mayors quoted, "same story 0.65-0.73"). This counts the pairs the evidence and the guard
fire on: per gold band of SemEval dev (same story: Overall <= 1.5; middle; unrelated: >= 3.5), and the same-event and
other pairs of BASIL tune (gold event_id, no dates) and ECB+ train (gold subtopic). The evidence is read from the pair
features with zero vectors (the rule reads no embedding). Writes benchmarks/results/anchors_apart.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _lib import links as L

from storylens.similarity import Gazetteer
from storylens.similarity._features import _features
from storylens.similarity._rules import _anchors_apart
from storylens.similarity._sides import _Side
from storylens.similarity._verdict import _anchor_in_common


def side(info) -> _Side:
    """A side without vectors: the rule's evidence does not read them."""
    return _Side(info, np.zeros(4, dtype=np.float32), np.zeros((max(1, len(info.sentences)), 4), dtype=np.float32), None)


def fires(a: _Side, b: _Side, gaz: Gazetteer) -> tuple[str, str] | None:
    if _anchors_apart(a.info, b.info, gaz) is None:  # the evidence alone first: the pair features cost ~10 ms
        return None
    f = _features(a, b, gaz, late_spellings=True)
    return None if f.anchors_apart is None or _anchor_in_common(f) else f.anchors_apart


def gold_pairs(gaz: Gazetteer, ecb: bool) -> dict:
    out = {}
    corpora = [("basil", "basil/articles.jsonl", "event_id", lambda d: f"{d['title']}\n{d['text']}", "tune")]
    if ecb:
        corpora.append(("ecbplus", "ecbplus/docs.jsonl", "subtopic", lambda d: d["text"], "train"))
    for corpus, path, gold, text, half in corpora:
        docs = [json.loads(line) for line in (L.DATA / path).read_text(encoding="utf-8").splitlines()]
        keep = [d for d in docs if d["split"] == half]
        sides = [side(L.analysed(text(d), "en", None, gaz)) for d in keep]
        n_same = n_other = other_fired = 0
        same_fired = []
        for x in range(len(keep)):
            for y in range(x + 1, len(keep)):
                is_same = keep[x][gold] == keep[y][gold]
                n_same += is_same
                n_other += not is_same
                got = fires(sides[x], sides[y], gaz)
                if got is None:
                    continue
                if is_same:
                    same_fired.append([keep[x].get("id", keep[x].get("doc_id")), keep[y].get("id", keep[y].get("doc_id")),
                                       list(got)])
                else:
                    other_fired += 1
        out[f"{corpus}_{half}"] = {"docs": len(keep), "same_pairs": n_same, "other_pairs": n_other,
                                   "same_fired": len(same_fired), "other_fired": other_fired,
                                   "same_fired_list": same_fired[:20]}
        print(f"{corpus} {half}: {len(keep)} docs; fires on {len(same_fired)} of {n_same} same-event pairs, "
              f"{other_fired} of {n_other} other pairs")
        for s in same_fired[:10]:
            print(f"   LOST {s}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-ecb", action="store_true", help="leave out ECB+ train (its ~165,000 pairs)")
    args = ap.parse_args(argv)
    t0, load0 = time.process_time(), os.getloadavg()
    rows, items = L.dev_corpus()
    gaz = Gazetteer.load()
    sides = {it["id"]: side(L.analysed(it["text"], it["language"], None, gaz)) for it in items}
    fired = [(r, got) for r in rows if (got := fires(sides[r["id1"]], sides[r["id2"]], gaz)) is not None]
    counts = {name: sum(L.band(float(r["Overall"])) == name for r, _ in fired) for name in L.BANDS}
    out: dict = {"rows": len(rows), "fired": counts,
                 "fired_list": [[r["pair_id"], r["Overall"], f"{r['lang1']}-{r['lang2']}", list(got)] for r, got in fired]}
    print(f"dev.csv: {len(rows)} rows; the rule fires on " + ", ".join(f"{c} {n}" for n, c in counts.items()))
    for r, got in fired:
        print(f"   {L.band(float(r['Overall']))} {r['Overall']} {r['lang1']}-{r['lang2']} {r['pair_id']}: "
              f"{' vs '.join(got)[:150]}")
    out.update(gold_pairs(gaz, not args.no_ecb))
    L.write_result("anchors_apart", out, t0, load0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
