"""Where `storylens search` stops: the minimum semantic score (cosine) of a result.

The semantic half of search returns the nearest stored articles whatever their
cosine, so every article came back, down to negative similarity. This benchmark
measures, for queries a user might type, the cosine between the query and the
stored article vectors (title + lead, exactly as `storylens ingest` stores them)
for relevant and unrelated articles, and picks the cut-off.

Data: BASIL (300 English articles, 100 events x 3 outlets). Each article gives two
queries: its title, and its first four capitalised title words (a keyword query).
Relevant = the other two articles of its event; unrelated = every other article.
Cross-lingual: the same-story pairs of SemEval dev in two languages (Overall <=
1.5): queries = the first 12 words of text1 and its first four capitalised words;
relevant = text2 among every text2 of those pairs. Both sets are split in halves
(BASIL by its split field, SemEval by pair order: even = tune, odd = eval).
Rule 1, fixed before looking: the highest cosine (0.01 steps) that keeps >= 95 % of
the relevant (query, article) pairs on EACH tune half (the lower of the two cuts).
It gave -0.02 (the cross-lingual keyword queries are noisy): a cut that drops
nothing. Rule 2 (used): on each tune half the cut with the best balanced accuracy
(relevant kept + unrelated dropped), the lower of the two. Both are reported on
the eval halves, with the trivial bounds (no cut; cut at 0) beside them.
Writes results/search_threshold.json.

``--text-recall [STORE_URL]``: recall@10 of the full-text half alone (``store.search_text`` of
``keyword_query``), on the same queries: BASIL's two per article (relevant: the other two
articles of its event) and the cross-lingual SemEval ones both ways (relevant: the other text),
by the found text's script (Latin or not: dev's is Chinese, asked with an English text's words), tune and eval halves
apart. No embedding: the articles are written to a fresh store (SQLite by default, or
STORE_URL: a PostgreSQL database). Writes results/search_text_recall.json.

``--search-recall``: recall@10 of ``storylens search`` itself on the same queries (full text, the
cross-script readings and the semantic half fused; the articles ingested with their USE vectors and
stories). Writes results/search_recall.json.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _lib.features import DATA, RESULTS, cached_embedder

KEEP_RELEVANT = 0.95
_CAPS = re.compile(r"\b[A-Z][\w'’-]+")


def _store(records: list[dict], embedder, path: Path):
    from storylens.store import open_store
    from storylens.stream import ingest_paths

    jsonl = path.with_suffix(".jsonl")
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    store = open_store(path)
    report = ingest_paths([str(jsonl)], store, embedder=embedder)
    assert report.ok, report.failed[:3]
    return store


def _cosines(store, embedder, queries: list[str]) -> list[dict[str, float]]:
    """Cosine of each query to every stored canonical article, by external id."""
    arts = store.articles()
    ext = {a.id: a.external_id for a in arts}
    n = len(arts)
    out = []
    vectors = embedder.embed(queries)
    for v in vectors:
        out.append({ext[aid]: cos for aid, cos in store.nearest(np.asarray(v), k=n)})
    return out


def basil(embedder, tmp: Path) -> dict[str, list[tuple[float, bool]]]:
    with open(DATA / "basil" / "articles.jsonl", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    records = [{"id": r["id"], "title": r["title"], "text": r["text"], "outlet": r["source_name"]} for r in rows]
    store = _store(records, embedder, tmp / "basil.db")
    queries, owners = [], []
    for r in rows:
        keywords = " ".join(_CAPS.findall(r["title"])[:4]) or r["title"]
        for q in (r["title"], keywords):
            queries.append(q)
            owners.append(r)
    cos = _cosines(store, embedder, queries)
    event = {r["id"]: r["event_id"] for r in rows}
    pairs: dict[str, list[tuple[float, bool]]] = {"tune": [], "eval": []}
    for owner, sims in zip(owners, cos):
        for other, c in sims.items():
            if other != owner["id"]:
                pairs[owner["split"]].append((c, event[other] == owner["event_id"]))
    store.close()
    return pairs


def semeval_cross(embedder, tmp: Path) -> dict[str, list[tuple[float, bool]]]:
    csv.field_size_limit(10**9)
    with open(DATA / "semeval2022t8" / "dev.csv", encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh)
                if r["lang1"] != r["lang2"] and float(r["Overall"]) <= 1.5 and r["text1"].strip() and r["text2"].strip()]
    records = [{"id": f"p{i}", "text": r["text2"], "language": r["lang2"]} for i, r in enumerate(rows)]
    store = _store(records, embedder, tmp / "semeval.db")
    queries, owners = [], []
    for i, r in enumerate(rows):
        head = " ".join(r["text1"].split()[:12])
        for q in (head, " ".join(_CAPS.findall(head)[:4]) or head):
            queries.append(q)
            owners.append(i)
    cos = _cosines(store, embedder, queries)
    pairs: dict[str, list[tuple[float, bool]]] = {"tune": [], "eval": []}
    for i, sims in zip(owners, cos):
        pairs["tune" if i % 2 == 0 else "eval"] += [(c, other == f"p{i}") for other, c in sims.items()]
    store.close()
    return pairs


def rates(pairs: list[tuple[float, bool]], t: float | None) -> dict[str, float]:
    rel = np.array([c for c, r in pairs if r])
    unrel = np.array([c for c, r in pairs if not r])
    if t is None:
        return {"relevant_kept": 1.0, "unrelated_dropped": 0.0, "n_relevant": len(rel), "n_unrelated": len(unrel)}
    return {"relevant_kept": round(float((rel >= t).mean()), 3), "unrelated_dropped": round(float((unrel < t).mean()), 3),
            "n_relevant": len(rel), "n_unrelated": len(unrel)}


def _text_recall(store, cases: list[tuple[str, str, str, set[str]]]) -> dict[str, dict[str, float]]:
    """recall@10 per group of (group, half, query, relevant ids) cases."""
    from storylens.errors import StoreError
    from storylens.stream.queries import keyword_query

    got: dict[str, list[float]] = {}
    failed: dict[str, int] = {}
    for group, half, query, relevant in cases:
        try:
            found = {a for a, _ in store.search_text(keyword_query(query), limit=10)}
        except StoreError:  # PostgreSQL's headlines of a long Chinese query ask for 1 GiB (on main too)
            failed[f"{group}_{half}"] = failed.get(f"{group}_{half}", 0) + 1
            continue
        got.setdefault(f"{group}_{half}", []).append(len(found & relevant) / len(relevant))
    return {k: {"recall_at_10": round(float(np.mean(v)), 4), "queries": len(v), "failed": failed.get(k, 0)}
            for k, v in sorted(got.items())}


def _recall_corpus() -> tuple[list[dict], list[dict]]:
    """BASIL's articles and the dev pairs of two languages reporting one story (Overall <= 1.5): the
    corpus both recall modes search."""
    with open(DATA / "basil" / "articles.jsonl", encoding="utf-8") as fh:
        basil_rows = [json.loads(line) for line in fh]
    csv.field_size_limit(10**9)
    with open(DATA / "semeval2022t8" / "dev.csv", encoding="utf-8", newline="") as fh:
        cross = [r for r in csv.DictReader(fh)
                 if r["lang1"] != r["lang2"] and float(r["Overall"]) <= 1.5 and r["text1"].strip() and r["text2"].strip()]
    return basil_rows, cross


def text_recall(url: str | None) -> None:
    from storylens.store import ArticleRecord, StoreBatch, open_store

    t0 = time.time()
    basil_rows, cross = _recall_corpus()
    records = [ArticleRecord(id=f"b{r['id']}", source=f"b{r['id']}", text=r["text"], title=r["title"],
                             outlet=r["source_name"], language="en", published=None, metadata={}) for r in basil_rows]
    # both sides of each pair are stored: text2 answers text1's queries and text1 text2's
    records += [ArticleRecord(id=f"{side}{i}", source=f"{side}{i}", text=r[f"text{n}"], title=None, outlet=None,
                              language=r[f"lang{n}"], published=None, metadata={})
                for i, r in enumerate(cross) for side, n in (("p", 2), ("q", 1))]
    cases = _recall_cases(basil_rows, cross)
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(url or str(Path(tmp) / "recall.db"))
        store.write_batch(StoreBatch(articles=records))
        out = _text_recall(store, cases)
        store.close()
    for k, v in out.items():
        print(f"{k:26} recall@10 {v['recall_at_10']:.4f}  ({v['queries']} queries, {v['failed']} failed)")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "search_text_recall.json").write_text(json.dumps({"store": "postgresql" if url else "sqlite", **out,
                                                               "seconds": round(time.time() - t0, 1)}, indent=2))


def _recall_cases(basil_rows: list[dict], cross: list[dict]) -> list[tuple[str, str, str, set[str]]]:
    """(group, half, query, relevant external ids): :func:`text_recall`'s queries."""
    by_event: dict[str, set[str]] = {}
    for r in basil_rows:
        by_event.setdefault(r["event_id"], set()).add(f"b{r['id']}")
    cases = []
    for r in basil_rows:
        keywords = " ".join(_CAPS.findall(r["title"])[:4]) or r["title"]
        for q in (r["title"], keywords):
            cases.append(("basil", r["split"], q, by_event[r["event_id"]] - {f"b{r['id']}"}))
    for i, r in enumerate(cross):
        for ask, side, n in ((1, "p", 2), (2, "q", 1)):  # text1 asks for text2, text2 for text1
            head = " ".join(r[f"text{ask}"].split()[:12])
            script = "latin" if r[f"lang{n}"] in {"en", "de", "es", "fr", "it", "pl", "tr"} else "other_script"
            for q in (head, " ".join(_CAPS.findall(head)[:4]) or head):
                cases.append((f"cross_{script}", "tune" if i % 2 == 0 else "eval", q, {f"{side}{i}"}))
    return cases


def search_recall() -> None:
    """recall@10 of ``storylens search`` itself (full text, the cross-script readings and the semantic
    half fused, as the CLI runs it) on :func:`text_recall`'s queries: the articles ingested as
    ``storylens ingest`` does (USE vectors, stories), BASIL's and both sides of the cross-lingual pairs.
    Writes results/search_recall.json."""
    from storylens.stream import search

    t0 = time.time()
    embedder = cached_embedder()
    basil_rows, cross = _recall_corpus()
    records = [{"id": f"b{r['id']}", "title": r["title"], "text": r["text"], "outlet": r["source_name"]} for r in basil_rows]
    records += [{"id": f"{side}{i}", "text": r[f"text{n}"], "language": r[f"lang{n}"]}
                for i, r in enumerate(cross) for side, n in (("p", 2), ("q", 1))]
    got: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        store = _store(records, embedder, Path(tmp) / "search.db")
        ext = {a.id: a.external_id for a in store.articles()}
        for group, half, query, relevant in _recall_cases(basil_rows, cross):
            if not query.strip():  # a title without capitalised words: search refuses an empty query
                continue
            found = {ext.get(r.article.id) for r in search(store, query, embedder=embedder, limit=10).results}
            got.setdefault(f"{group}_{half}", []).append(len(found & relevant) / len(relevant))
        store.close()
    out = {k: {"recall_at_10": round(float(np.mean(v)), 4), "queries": len(v)} for k, v in sorted(got.items())}
    for k, v in out.items():
        print(f"{k:26} recall@10 {v['recall_at_10']:.4f}  ({v['queries']} queries)")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "search_recall.json").write_text(json.dumps({**out, "seconds": round(time.time() - t0, 1)}, indent=2))


def main() -> None:
    if "--search-recall" in sys.argv:
        return search_recall()
    if "--text-recall" in sys.argv:
        rest = sys.argv[sys.argv.index("--text-recall") + 1:]
        return text_recall(rest[0] if rest else None)
    t0 = time.time()
    embedder = cached_embedder()
    with tempfile.TemporaryDirectory() as tmp:
        b = basil(embedder, Path(tmp))
        x = semeval_cross(embedder, Path(tmp))
    steps = [round(t, 2) for t in np.arange(-0.2, 0.9, 0.01)]
    per_set = {name: max(t for t in steps if rates(p["tune"], t)["relevant_kept"] >= KEEP_RELEVANT)
               for name, p in (("basil", b), ("semeval_cross", x))}
    # Rule 2 (used): the cut with the best balanced accuracy (relevant kept + unrelated
    # dropped, Youden's J) on each tune half, the lower of the two. Rule 1 (>= 95 % of
    # relevant kept on each half) gave -0.02 on the cross-lingual half, whose keyword
    # queries are noisy: a cut that drops nothing (kept in the output as a bound).
    youden = {name: max(steps, key=lambda t, p=p: sum(rates(p["tune"], t)[k] for k in ("relevant_kept", "unrelated_dropped")))
              for name, p in (("basil", b), ("semeval_cross", x))}
    chosen = min(youden.values())
    print(f"rule 1 (keep 95 % relevant) per tune half: {per_set}; rule 2 (Youden) per tune half: {youden}")
    sets = (("basil_tune", b["tune"]), ("basil_eval", b["eval"]), ("cross_tune", x["tune"]), ("cross_eval", x["eval"]))
    table = []
    for label, t in (("no cut-off (before)", None), ("cut at 0.0", 0.0), (f"rule 1: {min(per_set.values())}", min(per_set.values())),
                     (f"chosen (rule 2): {chosen}", chosen)):
        table.append({"cut": label, **{name: rates(p, t) for name, p in sets}})
    print(f"{'cut':28} {'set':14} {'relevant kept':>14} {'unrelated dropped':>18}")
    for row in table:
        for name, _ in sets:
            r = row[name]
            print(f"{row['cut']:28} {name:14} {r['relevant_kept']:>14.3f} {r['unrelated_dropped']:>18.3f}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = {"chosen": chosen, "rule1_keep_95_per_tune_half": {k: float(v) for k, v in per_set.items()},
           "rule2_youden_per_tune_half": {k: float(v) for k, v in youden.items()},
           "rule": "lowest of the per-tune-half cuts with the best balanced accuracy (Youden's J)",
           "table": table, "seconds": round(time.time() - t0, 1)}
    (RESULTS / "search_threshold.json").write_text(json.dumps(out, indent=2))
    print(f"chosen minimum score {chosen}; {out['seconds']} s")


if __name__ == "__main__":
    main()
