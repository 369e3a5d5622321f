"""Is `compare --format json` byte for byte what it was? For speed work that must not change the output.

Writes the JSON report of three comparisons, each with in-memory caches only (as
``compare --no-cache``): the two seed articles, the first ten dev.csv texts (the
texts of its first five rows: several languages) and the first ``--basil`` BASIL
articles of the tune half (80 by default: 3,160 pairs; before stop 74 the first 80 of the file, both halves), with each one's CPU seconds and the load.
``--against DIR`` then compares each file byte for byte with the same file in DIR
(written by this script on the code before) and names the first differing line;
the exit code is 1 when one differs. Run it on the old tree first, then on the new:

    git stash; PYTHONPATH=src python benchmarks/compare_identity.py --out /tmp/before; git stash pop
    PYTHONPATH=src python benchmarks/compare_identity.py --out /tmp/after --against /tmp/before

Without ``--out`` the files go to benchmarks/results/compare_identity/, and a run
compares itself with the files the previous run left there (a change of output is
then reported, not an error: new features change it on purpose).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = (ROOT.parent / "shared" / "data").resolve()  # one path from every worktree: sources are in the JSON
RESULTS = ROOT / "benchmarks" / "results" / "compare_identity"


def inputs(n_basil: int) -> dict[str, list]:
    from storylens.models import RawDocument

    csv.field_size_limit(10**8)
    with open(DATA / "semeval2022t8" / "dev.csv", encoding="utf-8", newline="") as fh:
        rows = [r for _, r in zip(range(5), csv.DictReader(fh))]
    dev = [RawDocument(source=f"dev{i}{k}", text=r[f"text{k}"]) for i, r in enumerate(rows) for k in "12"]
    with open(DATA / "basil" / "articles.jsonl", encoding="utf-8") as fh:  # the tune half only: eval is held out
        tune = (row for row in map(json.loads, fh) if row["split"] == "tune")
        basil = [row for _, row in zip(range(n_basil), tune)]
    out = {"seeds": sorted(str(p) for p in (DATA / "seeds").glob("*.txt")), "dev10": dev}
    if n_basil:  # --basil 0: the two small comparisons only
        out[f"basil{n_basil}"] = [RawDocument(source=r["id"], text=r["text"],
                                              metadata={"title": r.get("title"), "published": r.get("date")})
                                  for r in basil]
    return out


def first_difference(a: Path, b: Path) -> str | None:
    """None when the two files are the same bytes, else the first line that differs."""
    if a.read_bytes() == b.read_bytes():
        return None
    old, new = a.read_text(encoding="utf-8").splitlines(), b.read_text(encoding="utf-8").splitlines()
    for k, (x, y) in enumerate(zip(old, new), 1):
        if x != y:
            return f"line {k}: {x.strip()[:80]!r} -> {y.strip()[:80]!r}"
    return f"lengths differ: {len(old)} -> {len(new)} lines"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None, help="directory for the JSON files (default: benchmarks/results)")
    ap.add_argument("--against", type=Path, default=None, help="directory of an earlier run to compare with")
    ap.add_argument("--basil", type=int, default=80, help="BASIL articles in the large comparison (0: none)")
    args = ap.parse_args()
    from storylens.report import render
    from storylens.report.compare import Comparer

    out = args.out or RESULTS
    against = args.against
    if against is None and args.out is None and out.exists():  # compare with the previous run's files
        against = Path(tempfile.mkdtemp())
        shutil.copytree(out, against, dirs_exist_ok=True)
    out.mkdir(parents=True, exist_ok=True)
    differ = []
    for name, docs in inputs(args.basil).items():
        cpu = time.process_time()
        result = Comparer(cache=False).compare(docs)
        cpu = time.process_time() - cpu
        (out / f"{name}.json").write_text(render(result, "json"), encoding="utf-8")
        line = f"{name:9} {cpu:7.2f} CPU-s (load {os.getloadavg()[0]:.1f})"
        if against is not None and (against / f"{name}.json").exists():
            diff = first_difference(against / f"{name}.json", out / f"{name}.json")
            line += "  identical" if diff is None else f"  DIFFERS, {diff}"
            differ += [name] if diff else []
        print(line, flush=True)
    return 1 if differ and args.against is not None else 0


if __name__ == "__main__":
    sys.exit(main())
