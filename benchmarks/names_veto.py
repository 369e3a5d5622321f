"""The names rule of the same-story verdict on event-labelled pairs (dev.csv only; never heldout.csv).

    PYTHONPATH=src .venv/bin/python benchmarks/names_veto.py [--no-scores] [--gold]

:func:`storylens.similarity._rules._names_apart` holds a pair apart when each opening names something (an island,
port, town, ship: :func:`storylens.similarity._openings._opening_names`) that the other text does not write, and the
verdict reads it only when the texts share no name, no count and no city but their datelines' (trial47 F8: ferries
sunk off Paros and off Crete, "same story 0.63"). It flips only a same-story verdict, so the model's scores
(and the dev CV Pearson) do not move. This counts the pairs the evidence and the guard fire on (the guard's
shared names from the pair features with zero vectors: they do not read the embeddings), per gold band of
SemEval dev (same story: Overall <= 1.5; middle; unrelated: >= 3.5), then scores the rows it fires on with
the shipped default model (in-sample: the model was trained on dev) and lists the rows whose verdict it
turns. ``--gold``: BASIL tune (gold event_id) and ECB+ train (gold subtopic) too, English: same-story pairs
it fires on (a loss) and other pairs. The events rule (:func:`storylens.similarity._rules._events_apart`: two
dated occasions, a toll fallen by half or, weeks apart, other figures of one kind) is counted beside it
from the openings alone, per band and per gold pair. Writes benchmarks/results/names_veto.json.
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

from storylens.similarity import Gazetteer, SimilarityModel, score_pairs
from storylens.similarity._features import _features
from storylens.similarity._rules import _events_apart, _names_apart
from storylens.similarity._sides import _Side
from storylens.similarity._verdict import _names_veto


def side(info) -> _Side:
    """A side without vectors: the names, places and the rules' evidence do not read them."""
    return _Side(info, np.zeros(4, dtype=np.float32), np.zeros((max(1, len(info.sentences)), 4), dtype=np.float32), None)


def fires(a: _Side, b: _Side, gaz: Gazetteer) -> tuple[str, str] | None:
    if _names_apart(a.info, b.info, gaz) is None:  # the evidence alone first: the pair features cost ~10 ms
        return None
    f = _features(a, b, gaz)
    return f.names_apart if _names_veto(f) else None


def events_fire(a: _Side, b: _Side) -> str | None:
    """The events rule (:func:`storylens.similarity._rules._events_apart`, read from the openings alone: the
    toll fall and, with kind41, the long gap with other figures)."""
    return _events_apart(a.info.opening.event, b.info.opening.event)


def gold_pairs(gaz: Gazetteer) -> dict:
    out = {}
    for corpus, path, gold, text, halves in (
            ("basil", "basil/articles.jsonl", "event_id", lambda d: f"{d['title']}\n{d['text']}", ("tune",)),
            ("ecbplus", "ecbplus/docs.jsonl", "subtopic", lambda d: d["text"], ("train",))):
        docs = [json.loads(line) for line in (L.DATA / path).read_text(encoding="utf-8").splitlines()]
        for half in halves:
            keep = [d for d in docs if d["split"] == half]
            sides = [side(L.analysed(text(d), "en", d.get("date"), gaz)) for d in keep]
            n_same = n_other = 0
            same_fired, other_fired = [], 0
            ev_same, ev_other = [], 0
            for x in range(len(keep)):
                for y in range(x + 1, len(keep)):
                    is_same = keep[x][gold] == keep[y][gold]
                    n_same += is_same
                    n_other += not is_same
                    if (ev := events_fire(sides[x], sides[y])) is not None:
                        if is_same:
                            ev_same.append([keep[x].get("id", keep[x].get("doc_id")),
                                            keep[y].get("id", keep[y].get("doc_id")), ev])
                        else:
                            ev_other += 1
                    got = fires(sides[x], sides[y], gaz)
                    if got is None:
                        continue
                    if is_same:
                        same_fired.append([keep[x].get("id", keep[x].get("doc_id")),
                                           keep[y].get("id", keep[y].get("doc_id")), list(got)])
                    else:
                        other_fired += 1
            out[f"{corpus}_{half}"] = {"docs": len(keep), "same_pairs": n_same, "other_pairs": n_other,
                                       "same_fired": len(same_fired), "other_fired": other_fired,
                                       "same_fired_list": same_fired[:20], "events_same_fired": len(ev_same),
                                       "events_other_fired": ev_other, "events_same_list": ev_same[:20]}
            print(f"{corpus} {half}: {len(keep)} docs; fires on {len(same_fired)} of {n_same} same-story pairs, "
                  f"{other_fired} of {n_other} other pairs; the events rule on {len(ev_same)} same-story, "
                  f"{ev_other} other")
            for s in ev_same[:10]:
                print(f"   EVENTS LOST {s}")
            for s in same_fired[:10]:
                print(f"   LOST {s}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-scores", action="store_true", help="count the evidence only (no model scores)")
    ap.add_argument("--gold", action="store_true", help="also BASIL tune's and ECB+ train's event-labelled pairs")
    args = ap.parse_args(argv)
    t0, load0 = time.process_time(), os.getloadavg()
    rows, items = L.dev_corpus()
    gaz = Gazetteer.load()
    sides = {}
    for it in items:
        sides[it["id"]] = side(L.analysed(it["text"], it["language"], None, gaz))
    fired, ev_fired = [], []
    for r in rows:
        got = fires(sides[r["id1"]], sides[r["id2"]], gaz)
        if got is not None:
            fired.append((r, got))
        if (ev := events_fire(sides[r["id1"]], sides[r["id2"]])) is not None:
            ev_fired.append((r, ev))
    counts = {name: sum(L.band(float(r["Overall"])) == name for r, _ in fired) for name in L.BANDS}
    ev_counts = {name: sum(L.band(float(r["Overall"])) == name for r, _ in ev_fired) for name in L.BANDS}
    out: dict = {"rows": len(rows), "fired": counts, "events_fired": ev_counts}
    print("dev.csv: the events rule fires on " + ", ".join(f"{c} {n}" for n, c in ev_counts.items()))
    for r, ev in ev_fired:
        print(f"   events {r['Overall']} {r['lang1']}-{r['lang2']} {r['pair_id']}: {ev[:150]}")
    for r, got in fired:
        if L.band(float(r["Overall"])) == "same":
            print(f"   same-band fired {r['Overall']} {r['lang1']}-{r['lang2']} {r['pair_id']}: {' vs '.join(got)}")
    print(f"dev.csv: {len(rows)} rows; the rule's evidence and guard fire on {len(fired)}: " +
          ", ".join(f"{n} {c}" for n, c in counts.items()))
    if not args.no_scores and fired:
        cut = SimilarityModel.load().threshold_
        scores = score_pairs([(r["text1"], r["text2"], r["lang1"], r["lang2"]) for r, _ in fired])
        moved = []
        for (r, got), s in zip(fired, scores):
            if s.reasons and s.reasons[0].startswith("different names in the openings"):
                moved.append({"pair_id": r["pair_id"], "overall_gold": float(r["Overall"]), "score": s.overall,
                              "langs": f"{r['lang1']}-{r['lang2']}", "names": list(got)})
        out["moved"] = moved
        print(f"verdicts turned from same story to different stories (in-sample scores, cut {cut:.2f}): {len(moved)}")
        for m in sorted(moved, key=lambda m: m["overall_gold"]):
            flag = "WRONG" if m["overall_gold"] <= L.SAME_MAX else "right" if m["overall_gold"] >= L.APART_MIN else "middle"
            print(f"  {flag:6s} gold {m['overall_gold']:.2f} score {m['score']:.2f} {m['langs']} {m['pair_id']}: "
                  f"{' vs '.join(m['names'])[:150]}")
    if args.gold:
        out.update(gold_pairs(gaz))
    L.write_result("names_veto", out, t0, load0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
