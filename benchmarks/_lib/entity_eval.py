"""Entity-link scoring against hand-made gold (benchmarks/data/entity_gold/*.json).

Pairwise link precision/recall over *surface forms*: a gold entity with
forms {A, B, C} gives the gold pairs AB, AC, BC; a predicted entity gives a
pair for every two of its variants that the gold annotates. Forms are
compared after :func:`norm_form` (case, punctuation, possessive, leading
article). Forms the gold marks ``ambiguous`` (one string naming two entities
in the set, e.g. "Cheney") and forms the gold does not list are ignored.

    from _lib.entity_eval import load_gold, gold_documents, score_entity_links
    gold = load_gold(path)
    docs = gold_documents(gold)           # Documents rebuilt from /work/shared/data
    score_entity_links(extract_entities(docs), gold)
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from itertools import combinations
from pathlib import Path
from typing import Any

GOLD_DIR = Path(__file__).resolve().parents[1] / "data" / "entity_gold"
DATA = Path(__file__).resolve().parents[3] / "shared" / "data"

_ARTICLES = {"the", "der", "die", "das", "le", "la", "les"}


def norm_form(text: str) -> str:
    """Comparison key for a surface form: NFC, casefold, no possessive, no leading article."""
    s = unicodedata.normalize("NFC", text).casefold().strip()
    s = re.sub(r"['’]s?$", "", s)
    s = re.sub(r"[^\w\s-]", "", s)
    words = s.split()
    while len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def load_gold(path: str | Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def gold_files(directory: Path = GOLD_DIR) -> list[Path]:
    return sorted(directory.glob("*.json"))


def _variants(entity: Any) -> Sequence[str]:
    if isinstance(entity, Mapping):
        return entity.get("variants") or entity.get("forms") or ()
    return entity.variants


def _pairs(groups: Iterable[Iterable[str]], allowed: set[str]) -> set[frozenset[str]]:
    out: set[frozenset[str]] = set()
    for group in groups:
        forms = sorted({norm_form(f) for f in group} & allowed)
        out.update(frozenset(p) for p in combinations(forms, 2))
    return out


def score_entity_links(entities: Sequence[Any], gold: Mapping[str, Any]) -> dict[str, Any]:
    """Pairwise link precision/recall of ``entities`` (Entity objects or dicts) against one gold set.

    Returns ``precision``, ``recall``, ``f1``, ``pairs`` (gold / predicted /
    correct counts), ``apart_violations`` (gold "must stay apart" pairs that
    were merged), ``missed`` and ``wrong`` (example pairs) and
    ``forms_found`` / ``forms_total`` (extraction coverage of gold forms).
    With no predicted pairs precision is 1.0; with no gold pairs recall is 1.0.
    """
    ambiguous = {norm_form(f) for f in gold.get("ambiguous", ())}
    gold_groups = [[f for f in e["forms"]] for e in gold["entities"]]
    allowed = {norm_form(f) for g in gold_groups for f in g} - ambiguous
    gold_pairs = _pairs(gold_groups, allowed)
    pred_groups = [list(_variants(e)) for e in entities]
    pred_pairs = _pairs(pred_groups, allowed)
    correct = gold_pairs & pred_pairs
    predicted_forms = {norm_form(f) for g in pred_groups for f in g}
    apart = [
        (a, b)
        for a, b in gold.get("apart", ())
        if frozenset((norm_form(a), norm_form(b))) in pred_pairs
        or _same_entity(pred_groups, norm_form(a), norm_form(b))
    ]
    precision = len(correct) / len(pred_pairs) if pred_pairs else 1.0
    recall = len(correct) / len(gold_pairs) if gold_pairs else 1.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
        "pairs": {"gold": len(gold_pairs), "predicted": len(pred_pairs), "correct": len(correct)},
        "apart_violations": [list(p) for p in apart],
        "missed": sorted(sorted(p) for p in gold_pairs - pred_pairs),
        "wrong": sorted(sorted(p) for p in pred_pairs - gold_pairs),
        "forms_found": len(allowed & predicted_forms),
        "forms_total": len(allowed),
    }


def _same_entity(groups: Sequence[Sequence[str]], a: str, b: str) -> bool:
    return any(a in keys and b in keys for keys in ({norm_form(f) for f in g} for g in groups))


def micro_average(scores: Sequence[Mapping[str, Any]]) -> dict[str, float]:
    """Precision/recall over the pooled pairs of several gold sets."""
    gold = sum(s["pairs"]["gold"] for s in scores)
    pred = sum(s["pairs"]["predicted"] for s in scores)
    correct = sum(s["pairs"]["correct"] for s in scores)
    p = correct / pred if pred else 1.0
    r = correct / gold if gold else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "gold_pairs": gold, "predicted_pairs": pred, "correct_pairs": correct,
            "apart_violations": sum(len(s["apart_violations"]) for s in scores)}


# --------------------------------------------------------------------------- documents


def _basil_texts(ids: set[str]) -> dict[str, dict[str, Any]]:
    out = {}
    with open(DATA / "basil" / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] in ids:
                out[row["id"]] = row
    return out


def _semeval_texts(refs: set[str]) -> dict[str, str]:
    """``<pair_id>:text1`` / ``<pair_id>:text2`` from dev.csv (never heldout.csv)."""
    pair_ids = {r.split(":")[0] for r in refs}
    out = {}
    csv.field_size_limit(sys.maxsize)
    with open(DATA / "semeval2022t8" / "dev.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["pair_id"] in pair_ids:
                out[f"{row['pair_id']}:text1"] = row["text1"]
                out[f"{row['pair_id']}:text2"] = row["text2"]
    return out


def make_document(doc_id: str, text: str, language: str | None, source: str = ""):
    """A Document with pysbd sentences, built without the (moving) ingest pipeline."""
    import pysbd

    from storylens.models import Document, Sentence

    lang = language if language in {"en", "de", "fr", "ru", "es", "it"} else "en"
    seg = pysbd.Segmenter(language=lang, clean=False, char_span=True)
    sentences = []
    for span in seg.segment(text):
        chunk = span.sent.strip()
        if chunk:
            start = span.start + span.sent.index(chunk)
            sentences.append(Sentence(id=f"{doc_id}:s{len(sentences)}", text=chunk, start=start,
                                      end=start + len(chunk), language=language))
    return Document(id=doc_id, source=source or doc_id, text=text, sentences=tuple(sentences), language=language)


def gold_documents(gold: Mapping[str, Any]) -> list:
    """Rebuild the gold set's Documents from the shared data (texts are referenced, not stored)."""
    refs = gold["documents"]
    basil = _basil_texts({d["ref"] for d in refs if d["corpus"] == "basil"})
    semeval = _semeval_texts({d["ref"] for d in refs if d["corpus"] == "semeval2022t8-dev"})
    docs = []
    for d in refs:
        if d["corpus"] == "basil":
            text = basil[d["ref"]]["text"]
        elif d["corpus"] == "semeval2022t8-dev":
            text = semeval[d["ref"]]
        else:
            raise ValueError(f"{gold.get('id')}: unknown corpus {d['corpus']!r}")
        docs.append(make_document(d["doc"], text.strip(), d.get("language"), d["ref"]))
    return docs


def evaluate_gold_sets(extract, directory: Path = GOLD_DIR) -> dict[str, Any]:
    """Score ``extract(documents) -> entities`` on every gold set; per-set rows and the micro average.

    For the ledger benchmark: ``evaluate_gold_sets(EntityExtractor().extract)``.
    """
    rows = []
    for path in gold_files(directory):
        gold = load_gold(path)
        rows.append({"set": gold["id"], **score_entity_links(extract(gold_documents(gold)), gold)})
    return {"sets": rows, "micro": micro_average(rows)}


def score_cross_language(entities: Sequence[Any], gold: Mapping[str, Any], documents: Sequence[Any]) -> dict[str, Any]:
    """:func:`score_entity_links` restricted to pairs of forms written in different
    languages (a form's languages: those of the documents whose text contains it;
    a pair counts when the two sets are disjoint): EVP/EPP, 王丽/Wang Li, Ungarn/Hungary."""
    lang_of_doc = {d.id: d.language for d in documents}
    texts = {d.id: d.text.casefold() for d in documents}

    def langs(form: str) -> frozenset:
        f = form.casefold()
        return frozenset(lang_of_doc[d] for d, t in texts.items() if f in t)

    ambiguous = {norm_form(f) for f in gold.get("ambiguous", ())}
    raw_forms = {norm_form(f): f for e in gold["entities"] for f in e["forms"]}
    form_langs = {k: langs(v) for k, v in raw_forms.items()}

    def cross(pair: frozenset) -> bool:
        a, b = sorted(pair)
        la, lb = form_langs.get(a, frozenset()), form_langs.get(b, frozenset())
        return bool(la) and bool(lb) and not (la & lb)

    gold_groups = [list(e["forms"]) for e in gold["entities"]]
    allowed = set(raw_forms) - ambiguous
    gold_pairs = {p for p in _pairs(gold_groups, allowed) if cross(p)}
    pred_pairs = {p for p in _pairs([list(_variants(e)) for e in entities], allowed) if cross(p)}
    correct = gold_pairs & pred_pairs
    return {
        "precision": len(correct) / len(pred_pairs) if pred_pairs else 1.0,
        "recall": len(correct) / len(gold_pairs) if gold_pairs else 1.0,
        "pairs": {"gold": len(gold_pairs), "predicted": len(pred_pairs), "correct": len(correct)},
        "apart_violations": [],
        "missed": sorted(sorted(p) for p in gold_pairs - pred_pairs),
        "wrong": sorted(sorted(p) for p in pred_pairs - gold_pairs),
    }
