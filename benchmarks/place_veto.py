"""The place rule as a veto on joins, on the dev pairs (dev.csv only; never heldout.csv).

    .venv/bin/python benchmarks/place_veto.py

:func:`storylens.similarity.lead_countries_apart` holds two articles apart when each
opening names a place and neither opening's country is named anywhere in the other
text. A veto can only split: the stream's same-story rate can fall by at most the
same-story pairs it vetoes (and what they bridged), and its unrelated-apart rate can
only rise. This counts, per dev row (no embeddings: the texts' places only), the rows
the rule vetoes by gold band: same story (Overall <= 1.5), cross-lingual same story,
unrelated (Overall >= 3.5), and the middle. Writes benchmarks/results/place_veto.json.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _lib import links as L

from storylens.similarity import Gazetteer, lead_countries_apart, prepare_text
from storylens.similarity._sides import _analyse, _kept_sentences


def gold_pairs(gaz) -> dict:
    """BASIL (gold: event_id; halves tune/eval) and ECB+ (gold: subtopic; train/test): within each
    half, the same-story pairs the rule vetoes (a loss) and the other pairs it vetoes (one topic's two
    subtopics are often one kind of event in two places)."""
    out = {}
    for corpus, path, gold, text in (("basil", "basil/articles.jsonl", "event_id", lambda d: f"{d['title']}\n{d['text']}"),
                                     ("ecbplus", "ecbplus/docs.jsonl", "subtopic", lambda d: d["text"])):
        docs = [json.loads(line) for line in (L.DATA / path).read_text(encoding="utf-8").splitlines()]
        infos, dateline = [], []
        for d in docs:
            prepared = prepare_text(text(d))
            infos.append(_analyse(prepared.text, "en", None, _kept_sentences(prepared.text), gaz))
            dateline.append(frozenset(gaz.find(prepared.dateline)))
        for half in sorted({d["split"] for d in docs}):
            idx = [k for k, d in enumerate(docs) if d["split"] == half]
            same = other = same_v = other_v = 0
            for x, a in enumerate(idx):
                for b in idx[x + 1:]:
                    v = lead_countries_apart(infos[a], infos[b], dateline[a], dateline[b])
                    if docs[a][gold] == docs[b][gold]:
                        same, same_v = same + 1, same_v + v
                    else:
                        other, other_v = other + 1, other_v + v
            out[f"{corpus}_{half}"] = {"same_pairs": same, "same_vetoed": same_v, "other_pairs": other,
                                       "other_vetoed": other_v}
            print(f"{corpus} {half}: {same_v} of {same} same-story pairs vetoed; {other_v} of {other} others")
    return out


def main() -> int:
    t0, load0 = time.process_time(), os.getloadavg()
    rows, items = L.dev_corpus()
    gaz = Gazetteer.load()
    info, dateline = {}, {}
    for it in items:
        prepared = prepare_text(it["text"])
        info[it["id"]] = _analyse(prepared.text, it["language"], None, _kept_sentences(prepared.text), gaz)
        dateline[it["id"]] = frozenset(gaz.find(prepared.dateline))
    bands = {"same": lambda r: float(r["Overall"]) <= L.SAME_MAX,
             "same_crosslingual": lambda r: float(r["Overall"]) <= L.SAME_MAX and r["lang1"] != r["lang2"],
             "middle": lambda r: L.SAME_MAX < float(r["Overall"]) < L.APART_MIN,
             "unrelated": lambda r: float(r["Overall"]) >= L.APART_MIN}
    out: dict = {}
    for name, keep in bands.items():
        sel = [r for r in rows if keep(r)]
        vetoed = [r for r in sel if lead_countries_apart(info[r["id1"]], info[r["id2"]], dateline[r["id1"]], dateline[r["id2"]])]
        out[name] = {"rows": len(sel), "vetoed": len(vetoed),
                     "examples": [(r["lang1"], r["lang2"], r["Overall"], r["text1"][:90], r["text2"][:90])
                                  for r in vetoed[:8]]}
        print(f"{name:18s} {len(vetoed):4d} of {len(sel):4d} rows vetoed")
    out.update(gold_pairs(gaz))
    L.write_result("place_veto", out, t0, load0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
