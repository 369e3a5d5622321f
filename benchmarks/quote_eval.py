"""Quote extraction, attribution and cross-document matching on the hand-made gold.

Prints quote recall, speaker accuracy and match precision/recall per gold set
(benchmarks/data/quote_gold, none of them a seed article), a threshold sweep
for ``match_quotes`` and the speed on ten BASIL articles; writes
benchmarks/results/quote_eval.json.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from _lib.quote_eval import DATA, by_language, combine, gold_documents, load_gold_sets, score_quotes

from storylens.analysis.quotes import (
    DEFAULT_MATCH_THRESHOLD,
    extract_quote_spans,
    match_quotes,
)
from storylens.embed import CachedEmbedder, UseEmbedder

THRESHOLDS = [round(0.2 + 0.025 * i, 3) for i in range(23)]


def _speed(embedder) -> dict:
    """Ten ~650-word BASIL articles: extraction and (warm-embedding) matching time."""
    arts = []
    with open(DATA / "basil" / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if 550 <= (art.get("word_count") or 0) <= 750:
                arts.append(art)
            if len(arts) == 10:
                break
    from storylens.models import Document, Sentence
    from storylens.text.segment import Segmenter

    seg = Segmenter()
    docs = []
    for i, art in enumerate(arts):
        spans = seg.split(art["text"], "en")
        sents = tuple(Sentence(f"d{i+1}:s{k}", s.text, s.start, s.end, s.paragraph) for k, s in enumerate(spans))
        docs.append(Document(id=f"d{i+1}", source=art["id"], text=art["text"], sentences=sents))
    quotes = extract_quote_spans(docs)
    counting = _CountingEmbedder(embedder)
    t_cold = time.perf_counter()
    match_quotes(quotes, docs, counting)  # fills the embedding cache
    cold = time.perf_counter() - t_cold
    t0 = time.perf_counter()
    for _ in range(3):
        quotes = extract_quote_spans(docs)
    t1 = time.perf_counter()
    for _ in range(3):
        match_quotes(quotes, docs, embedder)
    t2 = time.perf_counter()
    return {
        "articles": len(docs),
        "words": sum(len(d.text.split()) for d in docs),
        "quotes": len(quotes),
        "extract_s": round((t1 - t0) / 3, 4),
        "match_s_warm_embeddings": round((t2 - t1) / 3, 4),
        "match_s_cold": round(cold, 3),
        "texts_embedded_cold": counting.count,
    }


class _CountingEmbedder:
    """Passes through to an embedder, counting the texts it is asked for."""

    def __init__(self, inner):
        self.inner, self.count = inner, 0
        self.model_id, self.dim = inner.model_id, inner.dim

    def embed(self, texts):
        self.count += len(texts)
        return self.inner.embed(texts)


def main() -> int:
    if not (DATA / "basil").exists():
        print(f"shared data not found at {DATA}; nothing to measure")
        return 0
    embedder = CachedEmbedder(UseEmbedder(), None)
    sets = load_gold_sets()
    prepared = []
    for gold in sets:
        docs = gold_documents(gold)
        prepared.append((gold, docs, extract_quote_spans(docs)))

    # The threshold sweep runs on the dev sets only; the test sets are measured once at the default.
    dev = [p for p in prepared if p[0].get("split", "dev") == "dev"]
    sweep = []
    for thr in THRESHOLDS:
        total = combine([score_quotes(g, match_quotes(q, d, embedder, threshold=thr)) for g, d, q in dev])
        p, r = total["match_precision"] or 0.0, total["match_recall"] or 0.0
        f1 = round(2 * p * r / (p + r), 3) if p + r else 0.0
        sweep.append({"threshold": thr, "precision": p, "recall": r, "f1": f1})

    scores = [score_quotes(g, match_quotes(q, d, embedder)) for g, d, q in prepared]
    rows = [dict(s.as_dict(), split=g.get("split", "dev")) for s, (g, _, _) in zip(scores, prepared)]
    split_of = [g.get("split", "dev") for g, _, _ in prepared]
    totals = {
        split: dict(combine([s for s, sp in zip(scores, split_of) if sp == split]), set=f"all {split}")
        for split in ("dev", "test", "holdout")
    }
    speed = _speed(CachedEmbedder(embedder.embedder, None))  # same loaded model, empty cache

    cols = [
        "set", "gold_quotes", "quote_recall", "quote_precision", "speaker_accuracy",
        "gold_pairs", "match_recall", "match_precision",
    ]
    print(f"quote gold, match threshold {DEFAULT_MATCH_THRESHOLD}")
    print("(dev: rules and threshold tuned on it; test: measured, then read; holdout: never read)")
    print(" | ".join(f"{c:>16}" for c in cols))
    for split in ("dev", "test", "holdout"):
        for row in [r for r in rows if r["split"] == split] + [totals[split]]:
            print(" | ".join(f"{str(row[c])[:16]:>16}" for c in cols))
    print("\nthreshold sweep on dev (match P/R/F1)")
    for s in sweep:
        print(f"  {s['threshold']:.3f}  P={s['precision']:.3f}  R={s['recall']:.3f}  F1={s['f1']:.3f}")
    languages = {split: by_language([s for s, sp in zip(scores, split_of) if sp == split]) for split in ("dev", "test", "holdout")}
    languages["all"] = by_language(scores)
    print("\nquote speakers per language of the article (found quotes; target >= 0.85 in every language)")
    for split, table in languages.items():
        cells = [f"{lang} {v['speaker_correct']}/{v['found']}={v['accuracy']}" for lang, v in table["speaker_accuracy"].items()]
        xl = table["crosslingual_matches"]
        print(f"  {split:>7}: " + ", ".join(cells))
        print(f"  {'':>7}  cross-language matches: recall {xl['recall']} of {xl['gold_pairs']} pairs, "
              f"precision {xl['precision']} of {xl['predicted_pairs']} (target recall >= 0.80)")
    print(f"\nspeed: {speed}")
    if "-v" in sys.argv:
        for s in scores:
            for e in s.errors:
                print(f"  [{s.set}] {e}")

    out = HERE / "results" / "quote_eval.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({
        "threshold": DEFAULT_MATCH_THRESHOLD,
        "sets": rows,
        "all_dev": totals["dev"],
        "all_test": totals["test"],
        "all_holdout": totals["holdout"],
        "sweep": sweep,
        "languages": languages,
        "speed": speed,
        "errors": {s.set: s.errors for s in scores},
    }, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
