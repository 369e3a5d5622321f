"""Shared claims and quote matches of reports outside USE's languages (benchmarks/data/outside_use).

Each pair is compared (``--align-anyway`` by default: the same-story verdict is issue #11's, not
what is measured; ``--verdict`` keeps it) and scored against its gold: a predicted pair is two
sentences, one per document, in one shared or conflicting claim; right when the gold lists it.
Quote matches: pairs of quotations across the two documents. Prints per pair and in all.

Run: PYTHONPATH=src .venv/bin/python benchmarks/outside_use_eval.py
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

import storylens

DATA = HERE / "data" / "outside_use"


def _score(case: Path, align_anyway: bool) -> dict:
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    result = storylens.compare(sorted(case.glob("*.txt")), align_anyway=align_anyway)
    first, second = (d.id for d in result.documents)
    text = {s.id: s.text.lstrip() for d in result.documents for s in d.sentences}
    predicted = set()
    for claim in result.claims:
        if claim.status == "unique":
            continue
        a = {e.sentence for e in claim.evidence if e.doc == first}
        b = {e.sentence for e in claim.evidence if e.doc == second}
        predicted |= {(x, y) for x in a for y in b}

    def gold_pair(x: str, y: str, pairs: list[list[str]]) -> bool:
        return any(x.startswith(ga) and y.startswith(gb) for ga, gb in pairs)

    right = sum(gold_pair(text[x], text[y], gold["shared"]) for x, y in predicted)
    found = sum(any(text[x].startswith(ga) and text[y].startswith(gb) for x, y in predicted) for ga, gb in gold["shared"])
    quotes = {q.id: q for q in result.quotes}
    matched = {tuple(sorted((q.id, m.quote), key=lambda i: quotes[i].doc))
               for q in result.quotes for m in q.matches if quotes[m.quote].doc != q.doc}
    q_right = [p for p in matched if gold_pair(quotes[p[0]].text, quotes[p[1]].text, gold["quotes"])]
    q_found = sum(any(quotes[a].text.startswith(ga) and quotes[b].text.startswith(gb) for a, b in q_right)
                  for ga, gb in gold["quotes"])
    return {"case": case.name, "right": right, "predicted": len(predicted), "found": found,
            "gold": len(gold["shared"]), "q_right": len(q_right), "q_predicted": len(matched),
            "q_found": q_found, "q_gold": len(gold["quotes"])}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verdict", action="store_true", help="keep the same-story verdict (no --align-anyway)")
    args = parser.parse_args()
    rows = [_score(case, not args.verdict) for case in sorted(p for p in DATA.iterdir() if p.is_dir())]
    for r in rows:
        print(f"{r['case']}: shared right {r['right']}/{r['predicted']}, gold found {r['found']}/{r['gold']}; "
              f"quotes right {r['q_right']}/{r['q_predicted']}, gold found {r['q_found']}/{r['q_gold']}")
    total = {k: sum(r[k] for r in rows) for k in rows[0] if k != "case"}
    precision = total["right"] / total["predicted"] if total["predicted"] else 0.0
    print(f"all: shared P {precision:.3f} ({total['right']}/{total['predicted']}) "
          f"R {total['found'] / total['gold']:.3f} ({total['found']}/{total['gold']}); "
          f"quotes P {total['q_right']}/{total['q_predicted']} R {total['q_found']}/{total['q_gold']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
