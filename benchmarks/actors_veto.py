"""The actors rule of the same-story verdict on the dev pairs (dev.csv only; never heldout.csv).

    PYTHONPATH=src .venv/bin/python benchmarks/actors_veto.py [--no-scores]

:func:`storylens.similarity._people._actors_apart` holds a pair apart when the two openings name other
people (no surname of one named anywhere in the other text) and, besides, no city is named by
both or no month of the event is the same (``settings.actors_apart_min_other`` of those two). It
flips only a same-story verdict, so the model's scores (and the dev CV Pearson) do not move; what
moves is the verdict of the rows it fires on. This counts, per gold band (same story: Overall <=
1.5; middle; unrelated: Overall >= 3.5), the rows the evidence fires on with 0, 1 and 2 of the other
kinds (no embeddings: the texts' analysis only), then scores the rows it fires on with the shipped
default model (in-sample: the model was trained on dev) and lists the rows whose verdict the rule
turns from "same story" to "different stories" at each ``settings.actors_apart_min_other``, with their
gold Overall and their score. ``--gold``: BASIL's and ECB+'s event-labelled English pairs too. Writes benchmarks/results/actors_veto.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _lib import links as L

from storylens.settings import DEFAULT
from storylens.similarity import Gazetteer, SimilarityModel, score_pairs
from storylens.similarity._people import _actors_apart


def gold_pairs(gaz) -> dict:
    """BASIL (gold: event_id; halves tune/eval) and ECB+ (gold: subtopic; train/test), English only:
    within each half, the same-story pairs the evidence fires on (a loss) and the other pairs (one
    topic's events, often one kind of event about other people), by how many kinds besides people differ."""
    out = {}
    for corpus, path, gold, text in (("basil", "basil/articles.jsonl", "event_id", lambda d: f"{d['title']}\n{d['text']}"),
                                     ("ecbplus", "ecbplus/docs.jsonl", "subtopic", lambda d: d["text"])):
        docs = [json.loads(line) for line in (L.DATA / path).read_text(encoding="utf-8").splitlines()]
        infos = [L.analysed(text(d), "en", d.get("date"), gaz) for d in docs]
        for half in sorted({d["split"] for d in docs}):
            idx = [k for k, d in enumerate(docs) if d["split"] == half and infos[k].opening.actors]
            n_same = sum(1 for x, a in enumerate(idx) for b in idx[x + 1:] if docs[a][gold] == docs[b][gold])
            same = {0: 0, 1: 0, 2: 0}
            other = {0: 0, 1: 0, 2: 0}
            lost = []
            for x, a in enumerate(idx):
                for b in idx[x + 1:]:
                    parts = _actors_apart(infos[a], infos[b], gaz, min_other=0)
                    if parts is None:
                        continue
                    if docs[a][gold] == docs[b][gold]:
                        same[len(parts) - 1] += 1
                        if len(parts) > 1:
                            lost.append([docs[a].get("id", docs[a].get("doc_id")), docs[b].get("id", docs[b].get("doc_id")), list(parts)])
                    else:
                        other[len(parts) - 1] += 1
            out[f"{corpus}_{half}"] = {"docs_with_people": len(idx), "same_pairs_with_people": n_same,
                                       "same_fired_by_other_kinds": same, "other_fired_by_other_kinds": other,
                                       "same_lost_at_1": lost[:20]}
            print(f"{corpus} {half}: {len(idx)} docs with people in the opening, {n_same} same-story pairs among them; "
                  f"fired on same-story pairs (people+0/1/2) {same}, on other pairs {other}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-scores", action="store_true", help="count the evidence only (no model scores)")
    ap.add_argument("--gold", action="store_true", help="also BASIL's and ECB+'s event-labelled pairs (English)")
    args = ap.parse_args(argv)
    t0, load0 = time.process_time(), os.getloadavg()
    rows, items = L.dev_corpus()
    gaz = Gazetteer.load()
    info = {}
    for it in items:
        info[it["id"]] = L.analysed(it["text"], it["language"], None, gaz)
    t_analyse = time.process_time() - t0
    # the evidence with no second kind required: how many kinds besides people differ, per row
    fired: dict[int, list] = {0: [], 1: [], 2: []}
    with_people = 0
    for r in rows:
        a, b = info[r["id1"]], info[r["id2"]]
        parts = _actors_apart(a, b, gaz, min_other=0)
        if a.opening.actors and b.opening.actors:
            with_people += 1
        if parts is not None:
            fired[len(parts) - 1].append((r, parts))
    out: dict = {"rows": len(rows), "rows_both_openings_name_people": with_people, "evidence": {}}
    print(f"dev.csv: {len(rows)} rows, {with_people} whose openings both name people (after the common-word filter; Chinese dotted names)")
    for k, got in fired.items():
        counts = {name: sum(L.band(float(r["Overall"])) == name for r, _ in got) for name in L.BANDS}
        out["evidence"][f"people+{k}"] = counts
        print(f"  people apart and exactly {k} other kind(s) apart: {len(got)} rows  " +
              ", ".join(f"{n} {c}" for n, c in counts.items()))
    evidence = [x for got in fired.values() for x in got]  # scored at every level, moved at each
    out["chosen_min_other"] = DEFAULT.actors_apart_min_other
    if not args.no_scores and evidence:
        cut = SimilarityModel.load().threshold_
        scores = score_pairs([(r["text1"], r["text2"], r["lang1"], r["lang2"]) for r, _ in evidence])
        rows_out = []
        for (r, parts), s in zip(evidence, scores):
            reason = s.reasons[0] if s.reasons else ""
            rows_out.append({"pair_id": r["pair_id"], "overall_gold": float(r["Overall"]),
                             "langs": f"{r['lang1']}-{r['lang2']}", "score": s.overall, "other_kinds": len(parts) - 1,
                             "same_by_score": s.overall is not None and s.overall >= cut, "same_story": s.same_story,
                             "rule_decides": reason.startswith("different people:"), "parts": list(parts)})
        out["scored"] = rows_out
        for k in (0, 1, 2):
            moved = [m for m in rows_out if m["same_by_score"] and m["other_kinds"] >= k]
            out[f"moved_at_min_other_{k}"] = moved
            print(f"min_other={k}: verdicts turned from same story to different stories (in-sample scores, "
                  f"shipped model, cut {cut:.2f}): {len(moved)}")
            for m in sorted(moved, key=lambda m: m["overall_gold"]):
                flag = "WRONG" if m["overall_gold"] <= L.SAME_MAX else "right" if m["overall_gold"] >= L.APART_MIN else "middle"
                print(f"  {flag:6s} gold {m['overall_gold']:.2f} score {m['score']:.2f} {m['langs']} {m['pair_id']}: "
                      f"{'; '.join(m['parts'])[:160]}")
    if args.gold:
        out.update(gold_pairs(gaz))
    out["cpu_s_analyse"] = round(t_analyse, 1)
    L.write_result("actors_veto", out, t0, load0, f" ({out['cpu_s_analyse']} analysing the texts)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
