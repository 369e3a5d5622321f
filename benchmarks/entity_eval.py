"""Entity linking on the hand-made gold sets: link precision/recall per set, and speed.

Run: .venv/bin/python benchmarks/entity_eval.py   (writes benchmarks/results/entity_eval.json)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _lib.entity_eval import (
    DATA,
    evaluate_gold_sets,
    make_document,
)

from storylens.analysis.entities import EntityExtractor

RESULTS = Path(__file__).resolve().parent / "results" / "entity_eval.json"


def speed(extractor: EntityExtractor, documents: list, repeats: int = 3) -> dict[str, float]:
    extractor.extract(documents)  # warm
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        extractor.extract(documents)
        times.append(time.perf_counter() - t0)
    words = sum(len(d.text.split()) for d in documents)
    return {"documents": len(documents), "words": words, "seconds_best": min(times), "seconds_median": sorted(times)[len(times) // 2]}


def speed_documents(n: int = 10) -> list:
    docs = []
    with open(DATA / "basil" / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if 550 <= len(row["text"].split()) <= 800:
                docs.append(make_document(f"d{len(docs) + 1}", row["text"], "en", row["id"]))
            if len(docs) == n:
                break
    return docs


def main() -> int:
    if not DATA.exists():
        print(f"shared data not found at {DATA}; nothing to score")
        return 0
    t0 = time.perf_counter()
    extractor = EntityExtractor()
    _ = extractor.nlp
    load_seconds = time.perf_counter() - t0
    result = evaluate_gold_sets(extractor.extract)
    rows, total = result["sets"], result["micro"]
    # Speed: ten ~650-word articles (the first ten BASIL articles of 550-800 words).
    timing = speed(extractor, speed_documents())
    timing["model_load_seconds"] = load_seconds

    print(f"{'set':34} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5} {'ok':>4} {'apart!':>6} {'forms':>7}")
    for r in rows:
        print(f"{r['set']:34} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f} {r['pairs']['gold']:5d} "
              f"{r['pairs']['predicted']:5d} {r['pairs']['correct']:4d} {len(r['apart_violations']):6d} "
              f"{r['forms_found']:3d}/{r['forms_total']:<3d}")
    print(f"{'micro':34} {total['precision']:6.3f} {total['recall']:6.3f} {total['f1']:6.3f} {total['gold_pairs']:5d} "
          f"{total['predicted_pairs']:5d} {total['correct_pairs']:4d} {total['apart_violations']:6d}")
    print(f"speed: {timing['documents']} docs / {timing['words']} words in {timing['seconds_best']:.2f} s warm "
          f"(median {timing['seconds_median']:.2f} s); model load {load_seconds:.2f} s")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"sets": rows, "micro": total, "speed": timing}, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
