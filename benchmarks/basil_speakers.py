"""Quote speakers against BASIL's own annotations (issue 12): hundreds of English quotes no one hand-picked.

BASIL (``/work/shared/data/basil/annotations.jsonl``, see its README) marks bias spans; a span with
``quote: true`` lies inside a quotation and its ``speaker`` says whose words they are (``Michael_Steele``,
``House_Democrats``, or ``other_anti``/``other_pro``/``other_neutral`` for an unnamed source). For every
span with a named speaker (every part of the name capitalised: people, parties, bodies; not
``Democratic_lawmakers``-style descriptions), StoryLens's quote extraction runs on the whole article and the
quote whose ``[start, end)`` holds the span's middle character is looked up:

* **in a quote**: some extracted quote holds the span (a span BASIL marks as quoted speech may be indirect
  speech without marks; those count as not found and are listed apart, never as speaker errors);
* **person speakers** (the headline figure): BASIL labels of one person; the group labels of
  ``GROUP_LABELS`` (``House_Democrats``, ``NAACP``) are scored apart, because BASIL gives the group where
  the article quotes a named member (the member is the right speaker under the quote gold's rules);
* **speaker right**: the quote's speaker shares the surname (the last part of the name that is not
  ``Jr.``/``Sr.``) with BASIL's speaker, compared in ASCII lower case, a trailing plural ``s`` or an
  adjective ending ``ic`` ignored (``Democrats`` ~ ``Democratic``), a gold part cut short by BASIL's
  file names (``Felipe_Calder``) matching as a prefix.

Spans of one quote count once (the first span's speaker; a quote BASIL gives two speakers is counted
apart as ``ambiguous`` and left out). The BASIL events of the quote gold's ``test`` and ``holdout`` sets
(``benchmarks/data/quote_gold``) are left out, so this benchmark never reads their texts. The remaining
events are split into two halves by the SHA-256 of their ``event_id`` (sorted, the first half is
``tune``, the rest ``eval``): rules may be written from the tune half's errors, the eval half is
measured once at the end of a change with ``--eval`` (its figure is printed then, its errors never; ``-v``
prints tune errors only).

Run: ``PYTHONPATH=src python benchmarks/basil_speakers.py [-v] [--eval]`` (about a minute of CPU for ~280
articles); writes ``benchmarks/results/basil_speakers.json``.
"""

from __future__ import annotations

import hashlib
import json
import re
import resource
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from _lib.quote_eval import DATA, gold_documents, load_gold_sets
from anyascii import anyascii

from storylens.analysis.quotes import extract_quote_spans

_SUFFIXES = {"jr", "sr", "ii", "iii"}


def excluded_events() -> set[str]:
    """BASIL event ids of the quote gold's test and holdout sets (their texts are never read here)."""
    by_id = {}
    with open(DATA / "basil" / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            by_id[art["id"]] = art["event_id"]
    out = set()
    for gold in load_gold_sets():
        if gold.get("source") == "basil" and gold.get("split", "dev") != "dev":
            out.update(by_id[d["ref"]] for d in gold["docs"])
    return out


def half_of(event_id: str, events: list[str]) -> str:
    """``tune`` for the first half of the events sorted by the SHA-256 of their id, else ``eval``."""
    order = sorted(events, key=lambda e: hashlib.sha256(e.encode()).hexdigest())
    return "tune" if order.index(event_id) < len(order) // 2 else "eval"


# BASIL's named speakers that are groups, parties, bodies or outlets, not one person (every such label of
# annotations.jsonl, read from its list of 58 capitalised labels): BASIL gives a group where the article quotes
# one of its members ("House_Democrats" for Nancy Pelosi), so they are scored apart and never tuned on.
GROUP_LABELS = {
    "buzzfeed", "catholics", "democratic_lawmakers", "democrats", "house_democrats", "house_republicans", "naacp",
    "republican_lawmakers", "secure_america_now", "senate_republicans", "tea_party",
}


def is_named(speaker: str | None) -> bool:
    return bool(speaker) and not speaker.startswith("other_") and all(p[:1].isupper() for p in speaker.split("_"))


def is_person(speaker: str) -> bool:
    return speaker.lower() not in GROUP_LABELS


def _stem(word: str) -> str:
    word = re.sub(r"[^a-z0-9]", "", anyascii(word).lower())
    for end in ("s", "ic"):
        if len(word) > 4 and word.endswith(end):
            return word[: -len(end)]
    return word


def speaker_right(predicted: str | None, gold: str) -> bool:
    if not predicted:
        return False
    parts = [p for p in gold.split("_") if _stem(p) not in _SUFFIXES]
    surname = _stem(parts[-1]) if parts else ""
    if not surname:
        return False
    for word in re.split(r"[\s\-’'.,]+", predicted):
        w = _stem(word)
        if w and (w == surname or (len(surname) >= 5 and w.startswith(surname))):
            return True
    return False


def main() -> int:
    path = DATA / "basil" / "annotations.jsonl"
    if not path.exists():
        print(f"BASIL annotations not found at {path}; nothing to measure")
        return 0
    articles = {}
    with open(DATA / "basil" / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            articles[art["article_id"]] = art
    skip = excluded_events()
    with open(path, encoding="utf-8") as fh:
        spans = [json.loads(line) for line in fh]
    spans = [s for s in spans if s["quote"] and is_named(s["speaker"]) and s["event_id"] not in skip]
    events = sorted({a["event_id"] for a in articles.values() if a["event_id"] not in skip})
    by_article: dict[str, list[dict]] = defaultdict(list)
    for s in spans:
        by_article[s["article_id"]].append(s)

    before = resource.getrusage(resource.RUSAGE_SELF).ru_utime
    counts: dict[str, Counter] = {"tune": Counter(), "eval": Counter()}
    errors: list[str] = []
    rows = []
    for article_id in sorted(by_article):
        art = articles[article_id]
        half = half_of(art["event_id"], events)
        gold = {"source": "basil", "docs": [{"doc": "d1", "ref": art["id"]}]}
        quotes = extract_quote_spans(gold_documents(gold))
        seen: dict[str, set[str]] = defaultdict(set)
        first: dict[str, dict] = {}
        missing = []
        for s in by_article[article_id]:
            middle = (s["text_start"] + s["text_end"]) // 2
            holder = next((q for q in quotes if q.start <= middle < q.end), None)
            if holder is None:
                missing.append(s)
                continue
            seen[holder.id].add(s["speaker"].lower())
            first.setdefault(holder.id, s)
        c = counts[half]
        c["spans"] += len(by_article[article_id])
        c["not_in_quote"] += len({(s["sent_idx"], s["speaker"]) for s in missing})
        for qid, s in first.items():
            q = next(q for q in quotes if q.id == qid)
            if len(seen[qid]) > 1:
                c["ambiguous"] += 1
                continue
            ok = speaker_right(q.speaker, s["speaker"])
            kind = "" if is_person(s["speaker"]) else "group_"
            c[kind + "quotes"] += 1
            c[kind + "right"] += ok
            rows.append({"half": half, "article": art["id"], "quote": q.text[:60], "speaker": q.speaker,
                         "gold": s["speaker"], "right": ok})
            if not ok and half == "tune" and not kind:
                errors.append(f"{art['id']} {q.text[:50]!r}: {q.speaker!r} vs {s['speaker']!r} ({q.attribution})")
    cpu = resource.getrusage(resource.RUSAGE_SELF).ru_utime - before
    print(f"BASIL quote speakers ({len(events)} events; left out: {len(skip)} events of the quote gold's test/holdout sets)")
    out = {}
    # the eval half is printed only when asked (--eval): once, at the end of a change, never to choose one
    for half in ("tune", "eval") if "--eval" in sys.argv else ("tune",):
        c = counts[half]
        acc = round(c["right"] / c["quotes"], 3) if c["quotes"] else None
        out[half] = dict(c, accuracy=acc)
        gq = c["group_quotes"]
        out[half]["group_accuracy"] = round(c["group_right"] / gq, 3) if gq else None
        print(f"  {half:>4}: person speakers {c['right']}/{c['quotes']} = {acc}; group labels {c['group_right']}/{gq} "
              f"(spans {c['spans']}, span groups not in an extracted quote {c['not_in_quote']}, quotes with two BASIL "
              f"speakers {c['ambiguous']})")
    print(f"  extraction CPU {cpu:.1f} s")
    if "-v" in sys.argv:
        print("\ntune errors:")
        for e in errors:
            print("  " + e)
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    (results / "basil_speakers.json").write_text(json.dumps({"halves": out, "cpu_s": round(cpu, 1)}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
