"""Quote gold: load the hand-annotated sets, rebuild their documents, score predictions.

The claim-ledger benchmark imports :func:`load_gold_sets`, :func:`gold_documents`
and :func:`score_quotes`; ``benchmarks/quote_eval.py`` prints the table.
Rules and file format: ``benchmarks/data/quote_gold/README.md``.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii
from rapidfuzz import fuzz

from storylens.models import Document, Quote, Sentence

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "benchmarks" / "data" / "quote_gold"
DATA = ROOT.parent / "shared" / "data"

__all__ = ["DATA", "GOLD_DIR", "QuoteScore", "by_language", "combine", "gold_documents", "load_gold_sets", "score_quotes"]


def load_gold_sets(directory: Path = GOLD_DIR) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.json"))]


@lru_cache(maxsize=1)
def _basil_articles(data: Path) -> dict[str, dict]:
    out = {}
    with open(data / "basil" / "articles.jsonl", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            out[art["id"]] = art
    return out


@lru_cache(maxsize=1)
def _semeval_dev(data: Path) -> dict[str, dict]:
    csv.field_size_limit(10**9)
    # dev.csv only: heldout.csv is for the acceptance measurement, never for tuning.
    with open(data / "semeval2022t8" / "dev.csv", encoding="utf-8", newline="") as fh:
        return {row["pair_id"]: row for row in csv.DictReader(fh)}


def _text_of(gold: dict, doc: dict, data: Path) -> tuple[str, str | None]:
    if gold["source"] == "basil":
        return _basil_articles(data)[doc["ref"]]["text"], "en"
    if gold["source"] == "inline":  # texts written for the gold set itself
        return doc["text"], doc["language"]
    row = _semeval_dev(data)[doc["ref"]]
    side = doc["side"]
    return row[f"text{side}"], row[f"lang{side}"]


def gold_documents(gold: dict, data: Path = DATA) -> list[Document]:
    """The set's articles as Documents (segmented with storylens.text.segment, no cleaning)."""
    from storylens.text.segment import Segmenter

    segmenter = Segmenter()
    docs = []
    for ref in gold["docs"]:
        text, lang = _text_of(gold, ref, data)
        spans = segmenter.split(text, lang)
        sentences = tuple(
            Sentence(
                id=f"{ref['doc']}:s{i}", text=s.text, start=s.start, end=s.end, paragraph=s.paragraph, language=lang
            )
            for i, s in enumerate(spans)
        )
        docs.append(Document(id=ref["doc"], source=str(ref["ref"]), text=text, sentences=sentences, language=lang))
    return docs


def _norm(text: str) -> str:
    text = anyascii(text).lower()
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text)).strip()


def _align(gold_quotes: list[dict], predicted: Sequence[Quote]) -> dict[str, Quote]:
    """Gold id -> predicted quote, one to one, best text match first."""
    candidates = []
    for g in gold_quotes:
        gt = _norm(g["text"])
        for p in predicted:
            if p.doc != g["doc"]:
                continue
            pt = _norm(p.text)
            n = len(pt.split())
            if not (0.5 * g["words"] - 1 <= n <= 2 * g["words"] + 2):
                continue
            short, long_ = (gt, pt) if len(gt) <= len(pt) else (pt, gt)
            score = fuzz.partial_ratio(short, long_)
            if score >= 85:
                candidates.append((score - abs(n - g["words"]) * 0.1, g["id"], p))
    out: dict[str, Quote] = {}
    used: set[str] = set()
    for _, gid, p in sorted(candidates, key=lambda c: -c[0]):
        if gid in out or p.id in used:
            continue
        out[gid] = p
        used.add(p.id)
    return out


def _speaker_ok(predicted: str | None, answers: Iterable[str | None]) -> bool:
    answers = list(answers)
    if predicted is None:
        return any(a is None for a in answers) or not answers
    p = _norm(predicted)
    for a in answers:
        if a is None:
            continue
        g = _norm(a)
        if p == g or fuzz.token_set_ratio(p, g) >= 90:
            return True
        pt, gt = p.split(), g.split()
        if pt and gt and pt[-1] == gt[-1] and a[:1].isupper() and predicted[:1].isupper():
            return True  # same surname
    return False


def _gold_pairs(groups: list[list[str]], doc_of: dict[str, str]) -> set[frozenset[str]]:
    pairs = set()
    for group in groups:
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if doc_of[a] != doc_of[b]:
                    pairs.add(frozenset((a, b)))
    return pairs


@dataclass
class QuoteScore:
    set: str
    gold_quotes: int = 0
    found: int = 0
    predicted: int = 0
    aligned_predicted: int = 0
    speaker_correct: int = 0
    gold_pairs: int = 0
    found_pairs: int = 0
    predicted_pairs: int = 0
    correct_pairs: int = 0
    errors: list[str] = field(default_factory=list)
    # per language of the quote's article: [found, speaker correct]
    languages: dict[str, list[int]] = field(default_factory=dict)
    # the same counts over cross-language pairs only (articles in two languages)
    xl_gold_pairs: int = 0
    xl_found_pairs: int = 0
    xl_predicted_pairs: int = 0
    xl_correct_pairs: int = 0

    def as_dict(self) -> dict:
        def ratio(a, b):
            return round(a / b, 3) if b else None

        return {
            "set": self.set,
            "gold_quotes": self.gold_quotes,
            "quote_recall": ratio(self.found, self.gold_quotes),
            "quote_precision": ratio(self.aligned_predicted, self.predicted),
            "speaker_accuracy": ratio(self.speaker_correct, self.found),
            "gold_pairs": self.gold_pairs,
            "match_recall": ratio(self.found_pairs, self.gold_pairs),
            "match_precision": ratio(self.correct_pairs, self.predicted_pairs),
        }


def score_quotes(gold: dict, predicted: Sequence[Quote]) -> QuoteScore:
    """Score one set's predicted quotes (with ``matches`` filled) against its gold."""
    score = QuoteScore(set=gold["set"], gold_quotes=len(gold["quotes"]), predicted=len(predicted))
    alignment = _align(gold["quotes"], predicted)
    by_pred = {p.id: gid for gid, p in alignment.items()}
    score.found = score.aligned_predicted = len(alignment)
    lang_of_doc = {d["doc"]: d.get("language") or ("en" if gold.get("source") == "basil" else "?") for d in gold["docs"]}
    for g in gold["quotes"]:
        p = alignment.get(g["id"])
        counts = score.languages.setdefault(lang_of_doc.get(g["doc"], "?"), [0, 0])
        if p is not None:
            counts[0] += 1
        if p is None:
            score.errors.append(f"missed {g['id']} {g['text'][:50]!r}")
        elif _speaker_ok(p.speaker, g["speaker"]):
            score.speaker_correct += 1
            counts[1] += 1
        else:
            score.errors.append(f"speaker {g['id']} {g['text'][:40]!r}: {p.speaker!r} vs {g['speaker'][0]!r}")
    doc_of = {g["id"]: g["doc"] for g in gold["quotes"]}
    gold_pairs = _gold_pairs(gold["same_utterance"], doc_of)
    optional = _gold_pairs(gold.get("optional", []), doc_of) - gold_pairs
    score.gold_pairs = len(gold_pairs)
    pred_doc = {p.id: p.doc for p in predicted}

    def crosslingual(a_doc: str | None, b_doc: str | None) -> bool:
        la, lb = lang_of_doc.get(a_doc or ""), lang_of_doc.get(b_doc or "")
        return bool(la and lb and la != lb)

    score.xl_gold_pairs = sum(1 for pair in gold_pairs if crosslingual(*(doc_of[x] for x in pair)))
    seen: set[frozenset[str]] = set()
    for p in predicted:
        for m in p.matches:
            key = frozenset((p.id, m.quote))
            if key in seen:
                continue
            seen.add(key)
            gpair = frozenset((by_pred.get(p.id, "?" + p.id), by_pred.get(m.quote, "?" + m.quote)))
            if gpair in optional:
                continue
            score.predicted_pairs += 1
            xl = crosslingual(pred_doc.get(p.id), pred_doc.get(m.quote))
            score.xl_predicted_pairs += xl
            if gpair in gold_pairs:
                score.correct_pairs += 1
                score.xl_correct_pairs += xl
            else:
                score.errors.append(f"false match {sorted(gpair)}")
    found_gold = {frozenset((by_pred.get(p.id), by_pred.get(m.quote))) for p in predicted for m in p.matches}
    score.found_pairs = len(gold_pairs & found_gold)
    score.xl_found_pairs = sum(1 for pair in gold_pairs & found_gold if crosslingual(*(doc_of[x] for x in pair)))
    for pair in sorted(gold_pairs - found_gold, key=sorted):
        score.errors.append(f"missed match {sorted(pair)}")
    return score


def by_language(scores: Sequence[QuoteScore]) -> dict:
    """Speaker accuracy per language of the article, and cross-language match recall/precision."""
    langs: dict[str, list[int]] = {}
    for s in scores:
        for lang, (found, right) in s.languages.items():
            acc = langs.setdefault(lang, [0, 0])
            acc[0] += found
            acc[1] += right
    xl = [sum(getattr(s, k) for s in scores) for k in ("xl_gold_pairs", "xl_found_pairs", "xl_predicted_pairs", "xl_correct_pairs")]
    return {
        "speaker_accuracy": {
            lang: {"found": f, "speaker_correct": r, "accuracy": round(r / f, 3) if f else None}
            for lang, (f, r) in sorted(langs.items())
        },
        "crosslingual_matches": {
            "gold_pairs": xl[0],
            "recall": round(xl[1] / xl[0], 3) if xl[0] else None,
            "predicted_pairs": xl[2],
            "precision": round(xl[3] / xl[2], 3) if xl[2] else None,
        },
    }


def combine(scores: Sequence[QuoteScore]) -> dict:
    total = QuoteScore(set="all")
    for s in scores:
        for name in ("gold_quotes", "found", "predicted", "aligned_predicted", "speaker_correct",
                     "gold_pairs", "found_pairs", "predicted_pairs", "correct_pairs"):
            setattr(total, name, getattr(total, name) + getattr(s, name))
    return total.as_dict()
