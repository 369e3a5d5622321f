"""The near-duplicate candidate gate (storylens.stream.dedup.NEAR_DUP_COSINE): how close a page's copy
with its own headline comes to the untitled wire text in the stream's lead-vector space.

Takes 300 dev texts (semeval2022t8/dev.csv, seeded shuffle) whose first line (up to the first double
space) is a headline: the rest is the "original", headline + blank line + rest the "copy". Both are
prepared as the stream prepares them (rule lead splitter, USE lead vector). Prints the share of copies
at or above each gate, and the share of the 300 originals whose nearest other original reaches it
(texts the gate would have shingled for nothing).

    python benchmarks/dedup_headline_cosine.py
"""

from __future__ import annotations

import csv
import random
import sys

import numpy as np

from storylens.cluster import doc_vectors
from storylens.embed import get_default_embedder
from storylens.ingest import read_text
from storylens.report.compare import prepare_document
from storylens.stream.prepare import LEAD_CHARS, stream_tools

DEV = "/work/shared/data/semeval2022t8/dev.csv"


def _pairs(n: int) -> list[tuple[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with open(DEV, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    random.Random(0).shuffle(rows)
    out, seen = [], set()
    for r in rows:
        for t in (r["text1"], r["text2"]):
            head, sep, body = t.partition("  ")
            if sep and 15 <= len(head) <= 160 and len(body) > 400 and t not in seen:
                seen.add(t)
                out.append((head.strip(), body.strip()))
        if len(out) >= n:
            break
    return out[:n]


def _vectors(texts: list[str]) -> np.ndarray:
    language, segmenter = stream_tools()
    docs = [prepare_document(read_text(t, f"t{i}.txt"), f"d{i}", language=language, segmenter=segmenter,
                             segment_chars=LEAD_CHARS) for i, t in enumerate(texts)]
    v = np.asarray(doc_vectors([(d.title, [s.text for s in d.sentences]) for d in docs], get_default_embedder()),
                   dtype=float)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def main() -> None:
    pairs = _pairs(300)
    original = _vectors([b for _, b in pairs])
    copy = _vectors([f"{h}\n\n{b}" for h, b in pairs])
    cos = (original * copy).sum(1)
    others = original @ original.T
    np.fill_diagonal(others, -1.0)
    nearest = others.max(1)
    print(f"{len(pairs)} dev texts; copy with headline vs untitled original: median {np.median(cos):.3f}")
    for gate in (0.85, 0.80, 0.75, 0.70):
        print(f"gate {gate:.2f}: copies {100 * (cos >= gate).mean():.0f} %, "
              f"other articles {100 * (nearest >= gate).mean():.1f} %")


if __name__ == "__main__":
    main()
