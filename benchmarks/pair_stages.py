"""Where an uncached ``similarity --pairs`` pair's CPU goes, stage by stage, in one process (issue 16).

The last ``--pairs`` dev pairs (as ``perf.py --pairs-only`` picks them) are scored once to warm what a large
pairs file keeps (simplemma's lexicons, the e5 vocabulary buckets, patterns compiled on first use); then the
answers ``perf.py``'s "lexicons loaded" pass clears are cleared (lemmas, the gazetteer's and calendar words' kept
answers) and each stage runs alone on the main thread, CPU per pair (``time.process_time``): ``prepare_text``,
the e5 leads (one call per lead, as the embedder makes them), USE (the head text and kept sentences, by length,
as :func:`storylens.similarity._sides` sends them), each text's analysis; then the same pairs through
``score_pairs`` as shipped (the encoders in their threads, fresh in-memory vector caches). The e5 lead split by
part of the engine is ``benchmarks/e5_cost.py``'s breakdown. Dev data only (never heldout.csv). Run with an empty cache directory
(``STORYLENS_CACHE_DIR``) as ``perf.py`` does, or the lemma answers of earlier runs are read from disk.

    STORYLENS_CACHE_DIR=$(mktemp -d) STORYLENS_DATA_DIR= python benchmarks/pair_stages.py [--pairs 24]

Measured 2026-12-04 (stop 53, perf54; 24 pairs, load 10-17): prepare 4.7-5.0, e5 leads 116-122, USE 35-38,
analysis 18-21 CPU-ms a pair; score_pairs 175-184; a lead 57-60 CPU-ms (e5_cost.py's breakdown, the same stop:
the int8 linear layers ~40, NumKong's products ~30 of it, attention ~9.5, GELU ~3, layer norms ~2.5, tokenizer
~1.6).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DEV = next((p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
           ROOT.parent / "shared" / "data") / "semeval2022t8" / "dev.csv"


def _clear_kept(sim, gazetteer) -> None:
    """Forget what perf.py's second pass forgets: lemma answers (memory only), the gazetteer's and calendar
    words' kept answers."""
    from storylens import _cache

    fresh = _cache._Lemmas()
    fresh._opened = True
    _cache._LEMMAS = fresh
    getattr(gazetteer, "_found", {}).clear()
    sim._offices._calendar_word.cache_clear()  # loudly: it moved once (the split, break56a 6)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=24)
    args = ap.parse_args()
    from storylens import similarity as sim
    from storylens._threads import one_blas_thread
    from storylens.embed import CachedEmbedder, E5Embedder, UseEmbedder

    csv.field_size_limit(10**8)
    with open(DEV, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if len(r["text1"]) > 20 and len(r["text2"]) > 20][-args.pairs :]
    pairs = [(r["text1"], r["text2"], r["lang1"], r["lang2"]) for r in rows]
    n = len(pairs)
    use, e5 = UseEmbedder(), E5Embedder()
    use.embed(["load"])
    e5.embed(["load"])
    model, gazetteer = sim.SimilarityModel.load("full"), sim.Gazetteer.load()

    def score() -> None:
        sim.score_pairs(pairs, embedder=CachedEmbedder(use, None), doc_embedder=CachedEmbedder(e5, None),
                        model=model, gazetteer=gazetteer)

    score()  # warm: lexicons, vocabulary buckets, compiled patterns
    _clear_kept(sim, gazetteer)
    spent: dict[str, float] = {}

    def timed(name: str, f, *a):
        start = time.process_time()
        out = f(*a)
        spent[name] = spent.get(name, 0.0) + time.process_time() - start
        return out

    inputs = model.inputs_
    prepared = timed("prepare_text", lambda: {t: sim.prepare_text(t) for p in pairs for t in p[:2]})
    texts = [(prepared[p[k]].text, p[2 + k]) for k in (0, 1) for p in pairs]
    sents = [sim._sides._kept_sentences(t, inputs) for t, _ in texts]
    leads = [t.strip()[: inputs.lead_chars] for t, _ in texts]
    timed("e5 leads", lambda: [e5.embed([lead]) for lead in leads])
    batch = [x for (t, _), s in zip(texts, sents, strict=True) for x in (t.strip()[: inputs.whole_chars], *s)]
    with one_blas_thread():
        timed("USE", sim._sides._embed_by_length, batch, use)
    timed("analysis", lambda: [sim._sides._analyse(t, lang, None, s, gazetteer, "")
                               for (t, lang), s in zip(texts, sents, strict=True)])
    _clear_kept(sim, gazetteer)
    timed("score_pairs as shipped", score)
    out = {name: round(1000 * v / n, 1) for name, v in spent.items()}

    # the e5 lead by part of the engine: benchmarks/e5_cost.py (its breakdown), not repeated here
    print(json.dumps({"pairs": n, "cpu_ms_per_pair": out, "load": round(os.getloadavg()[0], 1)}, indent=1))


if __name__ == "__main__":
    main()
