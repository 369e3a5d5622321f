"""Every rule of the same-story verdict's veto on event-labelled pairs (dev.csv, BASIL tune, ECB+ train; never heldout.csv).

    PYTHONPATH=src .venv/bin/python benchmarks/kinds_veto.py [--out FILE.json]

:func:`storylens.similarity._verdict._apart` (``content=False``: the rules the refine judge reads too -- other countries,
people, actors, names below the country, weeks apart, cities, roads, datelines, events) holds a pair apart whatever
its score. ``names_veto.py`` counts the names and events rules on the pairs their cheap evidence fires on; this counts
the whole veto, each pair's features computed (vectors zero: the rules do not read them), per rule (the reason's first
words), on:

* SemEval dev rows by gold band (same story: Overall <= 1.5; middle; unrelated: >= 3.5), no publication dates;
* BASIL tune, every pair, with each article's date: same event (gold ``event_id``) or not;
* ECB+ train, the pairs within one topic (each topic holds two events of one kind: "different events of one kind",
  issue #11's hard case), no dates: same subtopic (one event) or the topic's other subtopic.

A same-story pair held apart is a loss; another pair held apart is what the rules are for. Writes
benchmarks/results/kinds_veto.json (or ``--out``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _lib import links as L

from storylens.similarity import Gazetteer
from storylens.similarity._features import _features
from storylens.similarity._sides import _Side
from storylens.similarity._verdict import _apart


def side(info) -> _Side:
    """A side without vectors: the names, places and the rules' evidence do not read them."""
    return _Side(info, np.zeros(4, dtype=np.float32), np.zeros((max(1, len(info.sentences)), 4), dtype=np.float32), None)


def rule(a: _Side, b: _Side, gaz: Gazetteer) -> str | None:
    """The veto's rule as the first words of its reason ("different roads in the openings"), or None."""
    veto = _apart(_features(a, b, gaz), content=False)
    if veto is None:
        return None
    head = veto[0].split(":", 1)[0]
    if head.startswith("the openings date their events on other days"):  # the other-days rule: its days, not its kind
        head = "the openings date their events on other days (office holders)"
    if head.startswith("different names in the openings"):
        head += " (weeks)" if "a week or more apart" in veto[0] else " (occasions)" if "with other figures" in veto[0] else ""
    return head


def count(pairs, sides, gaz) -> dict:
    """pairs: (key a, key b, is_same, label); per rule, same and other pairs held apart, with the same ones listed."""
    n = Counter()
    held: dict[str, Counter] = {}
    lost = []
    for x, y, same, label in pairs:
        n["same" if same else "other"] += 1
        got = rule(sides[x], sides[y], gaz)
        if got is None:
            continue
        held.setdefault(got, Counter())["same" if same else "other"] += 1
        if same:
            lost.append([label, got])
    return {"pairs": dict(n), "held": {k: dict(v) for k, v in sorted(held.items())},
            "same_held": sum(v["same"] for v in held.values()), "other_held": sum(v["other"] for v in held.values()),
            "same_list": lost[:30]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(L.RESULTS / "kinds_veto.json"))
    args = ap.parse_args(argv)
    t0, load0 = time.process_time(), os.getloadavg()
    gaz = Gazetteer.load()
    out: dict = {}
    rows, items = L.dev_corpus()
    sides = {it["id"]: side(L.analysed(it["text"], it["language"], None, gaz)) for it in items}
    bands = {}
    for band in L.BANDS:
        pairs = [(r["id1"], r["id2"], band == "same", r["pair_id"]) for r in rows if L.band(float(r["Overall"])) == band]
        bands[band] = count(pairs, sides, gaz)
    out["dev"] = bands
    print("dev: held apart " + ", ".join(f"{b} {v['same_held'] + v['other_held']} of {sum(v['pairs'].values())}"
                                         for b, v in bands.items()))
    for b, v in bands.items():
        print(f"   {b}: {v['held']}")
    for corpus, path, gold, text, within in (
            ("basil_tune", "basil/articles.jsonl", "event_id", lambda d: f"{d['title']}\n{d['text']}", None),
            ("ecbplus_train", "ecbplus/docs.jsonl", "subtopic", lambda d: d["text"], "topic")):
        docs = [json.loads(line) for line in (L.DATA / path).read_text(encoding="utf-8").splitlines()]
        keep = [d for d in docs if d["split"] == corpus.split("_")[1]]
        sides = {k: side(L.analysed(text(d), "en", d.get("date"), gaz)) for k, d in enumerate(keep)}
        name = [str(d.get("id", d.get("doc_id"))) for d in keep]
        pairs = [(x, y, keep[x][gold] == keep[y][gold], f"{name[x]} {name[y]}")
                 for x in range(len(keep)) for y in range(x + 1, len(keep))
                 if within is None or keep[x][within] == keep[y][within]]
        got = count(pairs, sides, gaz)
        out[corpus] = got
        print(f"{corpus}: {len(keep)} docs, {got['pairs']}; held apart: same {got['same_held']}, other "
              f"{got['other_held']}; {got['held']}")
        for s in got["same_list"][:10]:
            print(f"   LOST {s}")
    out["cpu_s"] = round(time.process_time() - t0, 1)
    out["load"] = [load0, os.getloadavg()]
    print(f"{out['cpu_s']} CPU-s, load {load0[0]:.1f} -> {os.getloadavg()[0]:.1f}")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
