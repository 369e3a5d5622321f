"""Fuzz the readers: inputs tried, crashes (must be 0), invented text (must be 0), failures by reason.

Every reader (text, HTML, JSONL, RSS, Atom, WARC plain and gzipped) gets, per
kind, random mutations of the small real inputs shipped in tests/data (flipped,
inserted, deleted, duplicated bytes, cuts, spliced markup and legacy-encoded
text) and a share of purely random bytes, through ``iter_records``. The
invariants are those of tests/fuzz_inputs.py: no exception escapes, no stored
word that no reading of the input holds, every date ISO or absent. The
"baseline" line counts what the *unmutated* seeds give, so the failure reasons
can be read against it.

    python benchmarks/ingest_fuzz.py [--per-kind 250] [--seed 15]

Writes benchmarks/results/ingest_fuzz.json; exits 1 when a crash or invented text is found.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.fuzz_inputs import KINDS, mutate, reason_kind, run_reader, seeds

RESULTS = ROOT / "benchmarks" / "results" / "ingest_fuzz.json"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--per-kind", type=int, default=250, help="inputs per reader kind (default 250)")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--random-share", type=float, default=0.2, help="share of purely random inputs")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    tried = 0
    docs = 0
    crashes: list[dict[str, str]] = []
    invented: list[dict[str, object]] = []
    bad_dates: list[dict[str, object]] = []
    failures: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    per_kind: dict[str, dict[str, int]] = {}
    baseline: Counter[str] = Counter()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for kind in KINDS:
            for i, data in enumerate(seeds(kind)):
                path = Path(tmp) / f"seed{i}{kind}"
                path.write_bytes(data)
                baseline.update(reason_kind(r) for r in run_reader(path).failures)
            counts = Counter()
            for n in range(args.per_kind):
                if rng.random() < args.random_share:
                    data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 2000)))
                else:
                    data = mutate(rng.choice(seeds(kind)), rng)
                path = Path(tmp) / f"in{n}{kind}"
                path.write_bytes(data)
                outcome = run_reader(path)
                os.unlink(path)
                tried += 1
                docs += outcome.documents
                counts["inputs"] += 1
                counts["documents"] += outcome.documents
                counts["failures"] += len(outcome.failures)
                failures.update(reason_kind(r) for r in outcome.failures)
                skipped.update(outcome.skipped)
                if outcome.crash:
                    crashes.append({"kind": kind, "input": data[:300].hex(), "error": outcome.crash})
                if outcome.invented:
                    invented.append({"kind": kind, "words": outcome.invented[:10], "input": data[:300].hex()})
                if outcome.bad_dates:
                    bad_dates.append({"kind": kind, "dates": outcome.bad_dates})
            per_kind[kind] = dict(counts)
            print(f"{kind:9} {counts['inputs']:5} inputs  {counts['documents']:5} documents  "
                  f"{counts['failures']:5} failures", flush=True)
    seconds = time.perf_counter() - start
    print(f"\ninputs tried {tried} in {seconds:.0f} s ({1000 * seconds / max(tried, 1):.0f} ms each); "
          f"documents {docs}; crashes {len(crashes)}; invented text {len(invented)}; non-ISO dates {len(bad_dates)}")
    print("\nfailures by reason:")
    for reason, n in failures.most_common():
        print(f"  {n:6}  {reason}")
    print("skipped by kind: " + (", ".join(f"{n} {k}" for k, n in skipped.most_common()) or "none"))
    print("baseline (unmutated seeds) failures: " + (", ".join(f"{n} {r}" for r, n in baseline.items()) or "none"))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({
        "inputs_tried": tried, "documents": docs, "crashes": len(crashes), "invented": len(invented),
        "non_iso_dates": len(bad_dates), "seconds": round(seconds, 1), "per_kind": per_kind,
        "failures_by_reason": dict(failures.most_common()), "skipped_by_kind": dict(skipped),
        "baseline_failures": dict(baseline), "seed": args.seed,
        "examples": {"crashes": crashes[:20], "invented": invented[:20], "bad_dates": bad_dates[:20]},
    }, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 1 if crashes or invented or bad_dates else 0


if __name__ == "__main__":
    sys.exit(main())
