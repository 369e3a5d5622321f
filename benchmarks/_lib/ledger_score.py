"""Scoring the claim ledger against hand-made gold (benchmarks/data/ledger_gold/*.json).

A gold file references its articles (BASIL ``id`` or dev.csv ``pair_id`` +
side) instead of storing them, and anchors every claim to sentences by a
distinctive *snippet* of the sentence text, so it survives changes of the
segmenter's numbering. At scoring time each snippet is resolved to the
StoryLens sentence id ("d2:s5") of the comparison being scored.

Metrics, all restricted to the sentences the gold annotates:

* shared pairs: cross-document sentence pairs (x, y) that the gold says state
  one claim vs pairs the ledger puts into one shared/conflicting claim;
* unique sentences: sentences the gold marks as carrying only a unique claim
  vs sentences whose ledger units are all unique;
* aligned pairs (diagnostic): the same pair P/R for the aligner's direct
  pairs, before matched units are chained into claims;
* conflicts: a gold conflicting claim is found when some pair of its
  sentences from two documents sits in one ledger claim with status
  ``conflicting``; and false alarms: gold-agreeing pairs (same claim, not
  conflicting) that the ledger puts in a conflicting claim.

    from _lib.ledger_score import load_gold, gold_texts, resolve, score_ledger
"""

from __future__ import annotations

import csv
import functools
import itertools
import json
import sys
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

GOLD_DIR = Path(__file__).resolve().parents[1] / "data" / "ledger_gold"
DATA = Path(__file__).resolve().parents[3] / "shared" / "data"
BASIL = DATA / "basil" / "articles.jsonl"
SEMEVAL_DEV = DATA / "semeval2022t8" / "dev.csv"  # never heldout.csv
STATUSES = ("shared", "unique", "conflicting")


class GoldError(ValueError):
    """A gold file that does not validate; the message names the file and the fix."""


# ----------------------------------------------------------------------------- gold files
def gold_files(directory: Path = GOLD_DIR) -> list[Path]:
    return sorted(directory.glob("*.json"))


def load_gold(path: str | Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        gold = json.load(fh)
    validate_gold(gold, str(path))
    return gold


def validate_gold(gold: Mapping[str, Any], name: str = "<gold>") -> None:
    """Structure checks (the snippets are checked against the texts in :func:`resolve`)."""
    for key in ("set", "corpus", "docs", "claims"):
        if key not in gold:
            raise GoldError(f"{name}: missing key {key!r}; see benchmarks/data/ledger_gold/README.md")
    doc_ids = [d["doc"] for d in gold["docs"]]
    if doc_ids != [f"d{i}" for i in range(1, len(doc_ids) + 1)]:
        raise GoldError(f"{name}: docs must be d1, d2, ... in input order, got {doc_ids}")
    seen: set[str] = set()
    for claim in gold["claims"]:
        cid = claim.get("id", "?")
        if cid in seen:
            raise GoldError(f"{name}: duplicate claim id {cid!r}")
        seen.add(cid)
        status = claim.get("status")
        if status not in STATUSES:
            raise GoldError(f"{name}: claim {cid}: status {status!r} is not one of {STATUSES}")
        docs = list(claim.get("evidence", {}))
        if not docs or any(d not in doc_ids for d in docs):
            raise GoldError(f"{name}: claim {cid}: evidence must map known doc ids to snippets, got {docs}")
        if (status == "unique") != (len(docs) == 1):
            raise GoldError(f"{name}: claim {cid}: a unique claim has exactly one document, a shared/conflicting one two or more")
        if status == "conflicting" and not claim.get("conflict"):
            raise GoldError(f"{name}: claim {cid}: a conflicting claim needs a 'conflict' text saying what disagrees")


# ----------------------------------------------------------------------------- texts
def _basil_rows(ids: set[str]) -> dict[str, str]:
    rows = _basil_all()
    return {i: rows[i] for i in ids if i in rows}


@functools.cache
def _basil_all() -> dict[str, str]:
    """Every BASIL article's text by id (a later line of an id wins), read once per process: each of the ~50
    gold sets used to read the whole file again (tests/analysis' gold-set checks, the gates, ledger_eval)."""
    out = {}
    with open(BASIL, encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            out[row["id"]] = row["text"]
    return out


def _semeval_rows(pair_ids: set[str]) -> dict[str, dict[str, str]]:
    rows = _semeval_all()
    return {i: rows[i] for i in pair_ids if i in rows}


@functools.cache
def _semeval_all() -> dict[str, dict[str, str]]:
    """Every dev.csv row by pair id (the first row of an id wins), read once per process (as :func:`_basil_all`).
    The rows are shared: callers read them, never change them."""
    csv.field_size_limit(sys.maxsize)
    out: dict[str, dict[str, str]] = {}
    with open(SEMEVAL_DEV, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(row["pair_id"], row)
    return out


def gold_texts(gold: Mapping[str, Any]) -> list[str]:
    """The article texts of a gold set, rebuilt from /work/shared/data, in doc order."""
    docs = gold["docs"]
    if gold["corpus"] == "basil":
        rows = _basil_rows({d["ref"] for d in docs})
        missing = [d["ref"] for d in docs if d["ref"] not in rows]
        if missing:
            raise GoldError(f"{gold['set']}: BASIL ids {missing} not in {BASIL}")
        return [rows[d["ref"]] for d in docs]
    if gold["corpus"] == "semeval2022t8-dev":
        rows = _semeval_rows({d["ref"] for d in docs})
        missing = [d["ref"] for d in docs if d["ref"] not in rows]
        if missing:
            raise GoldError(f"{gold['set']}: pair_ids {missing} not in {SEMEVAL_DEV}")
        return [rows[d["ref"]][f"text{d['side']}"] for d in docs]
    raise GoldError(f"{gold['set']}: unknown corpus {gold['corpus']!r}; use 'basil' or 'semeval2022t8-dev'")


def gold_text_files(gold: Mapping[str, Any], folder: Path, stem: str) -> list[str]:
    """A gold set's texts written to ``folder/<stem>-<i>.txt`` (UTF-8), as a CLI user gives them; their paths."""
    paths = []
    for i, text in enumerate(gold_texts(gold)):
        path = folder / f"{stem}-{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


# ----------------------------------------------------------------------------- snippets
def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    for a, b in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("„", '"')):
        text = text.replace(a, b)
    return " ".join(text.split()).casefold()


def resolve(gold: Mapping[str, Any], documents: Sequence[Any]) -> dict[str, dict[str, list[str]]]:
    """claim id -> doc id -> [sentence ids] of the segmented ``documents``.

    A snippet must be found in exactly one sentence of its document; a snippet
    that the segmenter cut in two is found in the concatenation of two adjacent
    sentences and then stands for both.
    """
    by_doc = {d.id: d for d in documents}
    out: dict[str, dict[str, list[str]]] = {}
    for claim in gold["claims"]:
        out[claim["id"]] = {}
        for doc_id, snippets in claim["evidence"].items():
            if isinstance(snippets, str):
                snippets = [snippets]
            ids: list[str] = []
            for snippet in snippets:
                ids.extend(_find(by_doc[doc_id], snippet, f"{gold['set']}: claim {claim['id']}"))
            out[claim["id"]][doc_id] = list(dict.fromkeys(ids))
    return out


def _find(doc: Any, snippet: str, where: str) -> list[str]:
    key = _norm(snippet)
    sents = doc.sentences
    hits = [s.id for s in sents if key in _norm(s.text)]
    if len(hits) == 1:
        return hits
    if len(hits) > 1:
        raise GoldError(f"{where}: snippet {snippet!r} is in {len(hits)} sentences of {doc.id} ({hits}); make it longer")
    for a, b in itertools.pairwise(sents):
        if key in _norm(a.text + " " + b.text):
            return [a.id, b.id]
    raise GoldError(f"{where}: snippet {snippet!r} not found in {doc.id}; copy it exactly from the article")


# ----------------------------------------------------------------------------- scoring
def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, Any]:
    p = tp / n_pred if n_pred else None
    r = tp / n_gold if n_gold else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return {"tp": tp, "pred": n_pred, "gold": n_gold, "p": p, "r": r, "f1": f}


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def gold_structures(gold: Mapping[str, Any], resolved: Mapping[str, Mapping[str, list[str]]]):
    """(annotated sentences, gold shared pairs, gold unique sentences, conflicts as pair sets)."""
    annotated: set[str] = set()
    shared_pairs: set[tuple[str, str]] = set()
    unique_candidates: set[str] = set()
    in_multi: set[str] = set()
    conflicts: dict[str, set[tuple[str, str]]] = {}
    for claim in gold["claims"]:
        sents = resolved[claim["id"]]
        for ids in sents.values():
            annotated.update(ids)
        if claim["status"] == "unique":
            unique_candidates.update(next(iter(sents.values())))
            continue
        pairs = _cross_pairs(sents)
        shared_pairs |= pairs
        for ids in sents.values():
            in_multi.update(ids)
        if claim["status"] == "conflicting":
            conflicts[claim["id"]] = pairs
    # A sentence stating a unique claim *and* a shared one is not "all unique".
    unique_sents = unique_candidates - in_multi
    return annotated, shared_pairs, unique_sents, conflicts


def _cross_pairs(sents_by_doc: dict[str, Any]) -> set[tuple[str, str]]:
    """Every (sentence of one document, sentence of another) pair of a claim."""
    return {
        _pair(x, y)
        for da, db in combinations(sents_by_doc, 2)
        for x in sents_by_doc[da]
        for y in sents_by_doc[db]
    }


def ledger_structures(claims: Iterable[Any]):
    """(pairs in one shared/conflicting claim, conflicting pairs, sentences whose units are all unique)."""
    pairs: set[tuple[str, str]] = set()
    conflict_pairs: set[tuple[str, str]] = set()
    statuses: dict[str, set[str]] = {}
    for claim in claims:
        sents_by_doc: dict[str, set[str]] = {}
        for ev in claim.evidence:
            sents_by_doc.setdefault(ev.doc, set()).add(ev.sentence)
            statuses.setdefault(ev.sentence, set()).add(claim.status)
        if claim.status == "unique":
            continue
        found = _cross_pairs(sents_by_doc)
        pairs |= found
        if claim.status == "conflicting":
            conflict_pairs |= found
    all_unique = {s for s, st in statuses.items() if st == {"unique"}}
    return pairs, conflict_pairs, all_unique


def score_ledger(gold: Mapping[str, Any], resolved: Mapping[str, Mapping[str, list[str]]], claims: Iterable[Any]) -> dict[str, Any]:
    """P/R of shared pairs and unique sentences, recall of conflicts, over annotated sentences."""
    annotated, gold_pairs, gold_unique, gold_conflicts = gold_structures(gold, resolved)
    pred_pairs, pred_conflict_pairs, pred_unique = ledger_structures(claims)
    pred_pairs = {p for p in pred_pairs if p[0] in annotated and p[1] in annotated}
    pred_unique &= annotated
    found = [cid for cid, pairs in gold_conflicts.items() if pairs & pred_conflict_pairs]
    all_gold_conflict = set().union(*gold_conflicts.values()) if gold_conflicts else set()
    # False alarms: pairs the gold says agree (same claim, not conflicting) but the ledger calls conflicting.
    alarms = sorted((pred_conflict_pairs & gold_pairs) - all_gold_conflict)
    false_conflicts = _false_conflicts(claims, annotated, all_gold_conflict)
    return {
        "annotated_sentences": len(annotated),
        "shared": _prf(len(gold_pairs & pred_pairs), len(pred_pairs), len(gold_pairs)),
        "unique": _prf(len(gold_unique & pred_unique), len(pred_unique), len(gold_unique)),
        "conflicts": {"found": len(found), "gold": len(gold_conflicts),
                      "r": len(found) / len(gold_conflicts) if gold_conflicts else None, "found_ids": found,
                      "false_alarm_pairs": len(alarms), "agreeing_pairs": len(gold_pairs - all_gold_conflict),
                      "false_conflicts": len(false_conflicts), "false_conflict_texts": false_conflicts},
        "false_pairs": sorted(pred_pairs - gold_pairs),
        "missed_pairs": sorted(gold_pairs - pred_pairs),
    }


def _false_conflicts(claims: Iterable[Any], annotated: set[str], gold_conflict: set[tuple[str, str]]) -> list[str]:
    """Ledger claims marked ``conflicting`` (on annotated sentences) that hold no gold
    conflict pair: each is one false alarm a reader would see."""
    out = []
    for claim in claims:
        if claim.status != "conflicting":
            continue
        sents: dict[str, set[str]] = {}
        for ev in claim.evidence:
            if ev.sentence in annotated:
                sents.setdefault(ev.doc, set()).add(ev.sentence)
        pairs = _cross_pairs(sents)
        if pairs and not (pairs & gold_conflict):
            out.append(f"{claim.conflict}")
    return out


def score_alignment(gold: Mapping[str, Any], resolved: Mapping[str, Mapping[str, list[str]]], pairs: Iterable[Any]) -> dict[str, Any]:
    """P/R of the aligner's *direct* unit pairs (``AlignedPair`` a/b), before claims are
    formed as connected components: tells a bad pair apart from a bad chain."""
    annotated, gold_pairs, _, _ = gold_structures(gold, resolved)
    found = {_pair(p.a.sentence, p.b.sentence) for p in pairs}
    found = {p for p in found if p[0] in annotated and p[1] in annotated}
    return _prf(len(gold_pairs & found), len(found), len(gold_pairs))


def micro(scores: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Micro-average over sets: sum the counts, then divide."""
    out: dict[str, Any] = {}
    for key in ("shared", "unique", "aligned"):
        if not all(key in s for s in scores):
            continue
        tp = sum(s[key]["tp"] for s in scores)
        out[key] = _prf(tp, sum(s[key]["pred"] for s in scores), sum(s[key]["gold"] for s in scores))
    found = sum(s["conflicts"]["found"] for s in scores)
    n = sum(s["conflicts"]["gold"] for s in scores)
    alarms = sum(s["conflicts"].get("false_alarm_pairs", 0) for s in scores)
    agreeing = sum(s["conflicts"].get("agreeing_pairs", 0) for s in scores)
    out["conflicts"] = {"found": found, "gold": n, "r": found / n if n else None,
                        "false_conflicts": sum(s["conflicts"].get("false_conflicts", 0) for s in scores),
                        "false_alarm_pairs": alarms, "agreeing_pairs": agreeing,
                        "false_alarm_rate": alarms / agreeing if agreeing else None}
    out["annotated_sentences"] = sum(s["annotated_sentences"] for s in scores)
    return out


# ----------------------------------------------------------------------------- splits and baseline
def split_of(gold: Mapping[str, Any]) -> str:
    """``tune`` or ``eval``: fixed in each gold file before any tuning (see the README)."""
    split = gold.get("split")
    if split not in ("tune", "eval"):
        raise GoldError(f"{gold.get('set')}: 'split' must be 'tune' or 'eval', got {split!r}")
    return split


def language_pair(gold: Mapping[str, Any]) -> str:
    """"de-en", "zh-en", "en" (all documents in one language): the reporting key."""
    langs = list(dict.fromkeys(d.get("language", "en") for d in gold["docs"]))
    return "-".join(langs)


def best_cosine_claims(documents: Sequence[Any], embed, threshold: float) -> list[Any]:
    """The baseline ledger: the aligner's clause units, paired when they are each
    other's best cosine match across two documents and the cosine reaches
    ``threshold``; pairs grouped like the system's (no chaining), the rest unique.
    No anchors, no calibration: what a plain multilingual encoder gives."""
    import numpy as np

    from storylens.analysis.claims import AlignedPair, _components, split_units
    from storylens.models import Claim, Evidence

    units = [u for d in documents for u in split_units(d)]
    if not units:
        return []
    vectors = np.asarray(embed([u.text for u in units]), dtype=np.float32)
    by_doc: dict[str, list[int]] = {}
    for i, u in enumerate(units):
        by_doc.setdefault(u.doc, []).append(i)
    pairs = []
    for da, db in combinations(by_doc, 2):
        ia, ib = by_doc[da], by_doc[db]
        cos = vectors[ia] @ vectors[ib].T
        for r in range(len(ia)):
            c = int(cos[r].argmax())
            if int(cos[:, c].argmax()) == r and cos[r, c] >= threshold:
                pairs.append(AlignedPair(units[ia[r]], units[ib[c]], float(cos[r, c]), float(cos[r, c]), 0.0))
    claims = []
    for n, members in enumerate(_components(units, pairs), start=1):
        group = [units[i] for i in members]
        docs = tuple(dict.fromkeys(u.doc for u in group))
        ev = tuple(Evidence(u.doc, u.sentence, u.text, u.start, u.end) for u in group)
        claims.append(Claim(f"c{n}", "unique" if len(docs) == 1 else "shared", group[0].text, ev, docs=docs))
    return claims
