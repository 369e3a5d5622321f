"""Shared claims in an eight-document comparison (several languages), against hand labels.

    .venv/bin/python benchmarks/ledger_multidoc.py [--set pope8_pairs] [key=value ...]

Rebuilds the eight dev.csv texts listed in benchmarks/data/ledger_multidoc/<set>.json,
compares them (USE, in-memory cache), and scores every cross-document sentence pair
that sits in one shared/conflicting claim: right / wrong by the file's labels, or
unlabelled (a pair no labelled run produced: read it and add a label). ``key=value``
overrides a ClaimAligner parameter (``group_best=...`` etc. as in ledger_eval). The
labels were written after seeing outputs (see the file's ``about``): a development
check for the many-documents kind, not an eval figure.
"""

from __future__ import annotations

import argparse
import ast
import itertools
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import ledger_eval as le
from _lib.ledger_score import DATA, gold_texts

from storylens.embed import CachedEmbedder, UseEmbedder
from storylens.report.compare import Comparer


def _snip(text: str) -> str:
    return " ".join(text.split())[:60]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="pope8_pairs")
    parser.add_argument("params", nargs="*", help="ClaimAligner overrides, key=value")
    args = parser.parse_args(argv)
    if not (DATA / "semeval2022t8").exists():
        print(f"shared data not found at {DATA}; nothing to measure")
        return 0
    spec = json.loads((HERE / "data" / "ledger_multidoc" / f"{args.set}.json").read_text("utf-8"))
    texts = gold_texts({"set": args.set, "corpus": "semeval2022t8-dev", "docs": spec["docs"]})
    labels = {(tuple(p["a"]), tuple(p["b"])): p["right"] for p in spec["pairs"]}
    params = {k: ast.literal_eval(v) for k, v in (p.split("=", 1) for p in args.params)}
    embedder = CachedEmbedder(UseEmbedder(), None)
    comparison = le.compare_texts(Comparer(embedder=embedder), texts)
    documents = list(comparison.documents)
    claims, _ = le.shipped_ledger(comparison, embedder.embed, **params)  # the ledger compare ships
    text = {s.id: s.text for d in documents for s in d.sentences}
    found: set[tuple] = set()
    for claim in claims:
        if claim.status == "unique":
            continue
        members = sorted({(e.doc, e.sentence) for e in claim.evidence})
        for (da, sa), (db, sb) in itertools.combinations(members, 2):
            if da != db:
                found.add(((da, _snip(text[sa])), (db, _snip(text[sb]))))
    right = [p for p in found if labels.get(p) is True]
    wrong = [p for p in found if labels.get(p) is False]
    unlabelled = [p for p in found if p not in labels]
    print(f"{args.set} {params or 'defaults'}: {len(found)} pairs in shared claims, right {len(right)}, "
          f"wrong {len(wrong)}, unlabelled {len(unlabelled)}; labelled right pairs in the file: "
          f"{sum(labels.values())}")
    for p in sorted(unlabelled):
        print("  unlabelled:", p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
