"""The recalled-event rule of the same-story verdict on event-labelled pairs (dev.csv, BASIL tune, ECB+ train; never
heldout.csv).

    PYTHONPATH=src .venv/bin/python benchmarks/recalled_veto.py

:func:`storylens.similarity._rules._recalled_apart` holds a pair apart when the openings date their events a week or more
apart (:func:`storylens.similarity._rules._weeks_apart`) and the later opening names neither a name nor a city of the
earlier's, but one the earlier text never writes (trial57 F20: a fire near Limassol and one at Kathikas, Paphos, 20
days later, the later text recalling "a large fire near Limassol" further down, were "same story 0.83"). It flips only
a same-story verdict, so the model's scores (and the dev CV Pearson) do not move. This counts, per gold band of
SemEval dev (same story: Overall <= 1.5; middle; unrelated: >= 3.5) and per gold pair of BASIL tune (event_id) and
ECB+ train (subtopic), the pairs on which the rule decides the verdict (:func:`storylens.similarity._verdict._apart` returns
its reason), and lists the same-story pairs it would lose. The pair features read no vectors (zeros). Writes
benchmarks/results/recalled_veto.json.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _lib import links as L
from names_veto import side

from storylens.similarity import CITIES_APART_DAYS, Gazetteer
from storylens.similarity._features import _features
from storylens.similarity._rules import _occasions
from storylens.similarity._verdict import _apart

RULE = "different places in the openings"


def decides(a, b, gaz: Gazetteer) -> str | None:
    days = _occasions(a.info.opening.event, b.info.opening.event)
    if days is None or abs(days[0]) < CITIES_APART_DAYS:  # the openings alone first: the features cost ~10 ms
        return None
    veto = _apart(_features(a, b, gaz))
    return veto[0] if veto is not None and veto[0].startswith(RULE) else None


def main() -> int:
    t0, load0 = time.process_time(), os.getloadavg()
    gaz = Gazetteer.load()
    rows, items = L.dev_corpus()
    sides = {it["id"]: side(L.analysed(it["text"], it["language"], None, gaz)) for it in items}
    fired = [(r, why) for r in rows if (why := decides(sides[r["id1"]], sides[r["id2"]], gaz))]
    out: dict = {"dev_rows": len(rows),
                 "dev_fired": {n: sum(L.band(float(r["Overall"])) == n for r, _ in fired) for n in L.BANDS}}
    print(f"dev.csv: {len(rows)} rows; the rule decides " + ", ".join(f"{n} {c}" for n, c in out["dev_fired"].items()))
    for r, why in fired:
        print(f"   {r['Overall']} {r['lang1']}-{r['lang2']} {r['pair_id']}: {why[:160]}")
    for corpus, path, gold, text, half in (
            ("basil", "basil/articles.jsonl", "event_id", lambda d: f"{d['title']}\n{d['text']}", "tune"),
            ("ecbplus", "ecbplus/docs.jsonl", "subtopic", lambda d: d["text"], "train")):
        docs = [d for line in (L.DATA / path).read_text(encoding="utf-8").splitlines()
                if (d := json.loads(line))["split"] == half]
        ss = [side(L.analysed(text(d), "en", d.get("date"), gaz)) for d in docs]
        same = other = 0
        lost = []
        for x in range(len(docs)):
            for y in range(x + 1, len(docs)):
                if (why := decides(ss[x], ss[y], gaz)) is None:
                    continue
                if docs[x][gold] == docs[y][gold]:
                    same += 1
                    lost.append([docs[x].get("id", docs[x].get("doc_id")), docs[y].get("id", docs[y].get("doc_id")), why])
                else:
                    other += 1
        n = len(docs) * (len(docs) - 1) // 2
        out[f"{corpus}_{half}"] = {"docs": len(docs), "pairs": n, "same_fired": same, "other_fired": other, "lost": lost[:20]}
        print(f"{corpus} {half}: {len(docs)} docs, {n} pairs; decides {same} same-story pairs (lost), {other} others")
        for s in lost[:10]:
            print(f"   LOST {s}")
    L.write_result("recalled_veto", out, t0, load0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
