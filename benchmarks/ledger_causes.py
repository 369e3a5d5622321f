"""Why the cross-lingual TUNE half misses gold shared pairs, grouped by cause, and how precise each candidate kind of
translation-proof evidence would be as a rule to recover them (issue #12, stop 61, align61).

    PYTHONPATH=src .venv/bin/python benchmarks/ledger_causes.py [--runs-cache PATH] [--glued-cut]

Only the cross-lingual TUNE sets are compared (``ledger_misses.tune_runs``: the eval half is skipped before anything
is read). Three tables:

1. **Misses by cause**: every missed gold pair (``ledger_misses.misses``: the gate that dropped it and whether a
   sentence of it already has a found gold partner, "fan-out", or not, "lone") crossed with where it sits (a
   document's first sentence, the headline, often glued to the lead with a space, or the body) and whether the two
   sentences share a translation-proof anchor (numbers, dates, names, linked entities).
2. **Candidate rules**: each rule a stop could add to recover misses, run over every annotated cross-lingual sentence
   pair the shipped ledger does not pair: how many pairs it would add and how many of those are gold. A rule that
   adds pairs below the shipped precision lowers it (the brief: precision must not fall).
3. **Found pairs by place**: the shipped pairs' precision on first sentences and on the body (where the false pairs
   are).

``--glued-cut`` re-scores with a document's first sentence cut into two units where a headline runs on into its
lead with a space ("... squeeze out Salvini The Sardines, an Italian movement ...": a capitalised function word of
the sentence's language after a word ending in a letter, its lower-case form written elsewhere in the document, the
headline in sentence case), :func:`glued_lead_cut`.

Measured 2026-12-05 (stop 61, main 769243ba, 19 cross-lingual tune sets, 128 gold pairs, load ~10, 17 s warm):
shipped 72 of 128 at 93 predicted (P 0.774 R 0.562). The 56 misses by gate: one side's best only 23, rank 2-3 on
both sides 15, worse than 3rd 16, each other's best under the threshold 2; by kind: fan-out 35 (a sentence of the
pair already has a found gold partner: a restatement, a headline/lead or a compound sentence, one-to-many), lone 21;
by place: 17 have a first sentence on one side; by anchor: 37 share none, 19 share one (mostly a name the whole
story repeats). Candidate rules (pairs added / of them gold): one side's best by the aligner's score from 0.3 32/10,
0.4 17/7, 0.5 5/3 (body only 4/3); the same with e5 naming the same best from 0.3 24/8, 0.4 15/6; one side's best
sharing a name one document states in one sentence 13/4; a unit whose best counterpart is already paired with the
unit's neighbour sentence 18/2. Every rule adds pairs at 0.11-0.60 precision against the shipped 0.774 (the one at
0.75, 4 pairs, is a threshold picked among a dozen on 4 pairs: noise). The one-sided rule built into the aligner
(keep a pair of two languages one unit ranks first from a fused score t, below the sure threshold; a prototype, not
kept) and scored on the whole ledger (its claim grouping included): t 0.45 76/104 (P 0.731 R 0.594), 0.5 75/100
(0.750/0.586), 0.55 74/98 (0.755/0.578); first sentences left out: 76/102 (0.745), 75/98 (0.765), 74/96 (0.771):
each point below the shipped precision. With first-sentence pairs of two languages also held to a fused score of
0.5 (0.5-0.8 tried; 0.5 alone: 71/90, P 0.789 R 0.555): t 0.5 74/95 (0.779/0.578), t 0.55 73/93 (0.785/0.570), the
best tune point: +2 gold pairs net (biden s6/s1, halifax s2/s3 gained; a poll pair swapped for another; two Italian
headline pairs dropped, a Dult quote against its speaker's act and a Biden grouping pair added), two thresholds
picked on 128 pairs: noise by the measure every stop since 40 found (gains of 1-3 tune pairs never carried to eval),
not shipped and not scored on eval. Found pairs: first sentences 29 gold / 13
false (P 0.69), body 43 / 8 (0.84). ``--glued-cut``: 72/93 -> 71/94 (imo loses a gold pair; salvini and zama gain a
headline-against-other-fact false pair; no miss recovered): not shipped.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import ledger_misses as lm

import storylens.analysis.claims as claims_mod
from storylens.embed import CachedEmbedder, UseEmbedder
from storylens.text import stop_words

_NAME = ("P:", "E:")
_TOKEN = re.compile(r"\S+")


def _first(sentence: str) -> bool:
    return sentence.endswith(":s0")


def _number(sentence: str) -> int:
    return int(sentence.rsplit(":s", 1)[1])


# ----------------------------------------------------------------------------- 1. misses by cause
def causes(runs: list[dict], embed, params: dict[str, Any]) -> tuple[Counter, dict[str, int]]:
    table: Counter = Counter()
    totals = {"gold": 0, "found": 0, "predicted": 0}
    for run in runs:
        m = lm.misses(run, embed, params)
        for key in totals:
            totals[key] += m[key]
        for row in m["rows"]:
            if row["found"]:
                continue
            place = "first sentence" if _first(row["a"]) or _first(row["b"]) else "body"
            anchors = "anchor" if row.get("anchors") else "no anchor"
            table[(row["gate"], row.get("kind", "-"), place, anchors)] += 1
    return table, totals


# ----------------------------------------------------------------------------- 2. candidate rules
def candidates(runs: list[dict], embed) -> tuple[Counter, Counter]:
    """(added, gold) per rule over the annotated cross-lingual sentence pairs the shipped ledger does not pair."""
    added: Counter = Counter()
    right: Counter = Counter()
    for run in runs:
        docs = list(run["comparison"].documents)
        if len(docs) != 2:
            continue
        shipped, annotated, gold, units, ia, ib, _, e5 = lm.unit_views(run, docs, embed, {})
        score, keys = shipped["score"], shipped["keys"]
        e5m = e5[ia] @ e5[ib].T
        found = set(shipped["ledger"])
        sa, sb = [units[i].sentence for i in ia], [units[j].sentence for j in ib]
        # how many sentences of each document state each key
        per_doc: list[Counter] = []
        for idx in (ia, ib):
            seen = {(units[k].sentence, key) for k in idx for key in keys[k]}
            per_doc.append(Counter(key for _, key in seen))
        done: set[tuple[str, str]] = set()
        for r, i in enumerate(ia):
            for c, j in enumerate(ib):
                x, y = sa[r], sb[c]
                pair = (x, y) if x < y else (y, x)
                if x not in annotated or y not in annotated or pair in found or pair in done:
                    continue
                rules = _rules(r, c, score, e5m, keys[i], keys[j], per_doc, found, sa, sb)
                if not (_first(x) or _first(y)):
                    rules += [f"{rule}, body only" for rule in rules]
                if rules:
                    done.add(pair)
                for rule in rules:
                    added[rule] += 1
                    right[rule] += pair in gold
    return added, right


def _rules(r, c, score, e5m, keys_a, keys_b, per_doc, found, sa, sb) -> list[str]:
    row_best, col_best = score[r].argmax() == c, score[:, c].argmax() == r
    if not (row_best or col_best):
        return []
    s = float(score[r, c])
    out = [f"one side's best, score >= {t}" for t in (0.3, 0.4, 0.5) if s >= t]
    e5_same = (row_best and e5m[r].argmax() == c) or (col_best and e5m[:, c].argmax() == r)
    if e5_same:
        out += [f"one side's best, e5 agrees, score >= {t}" for t in (0.3, 0.4) if s >= t]
    rare = [k for k in set(keys_a) & set(keys_b) if k.startswith(_NAME) and min(per_doc[0][k], per_doc[1][k]) == 1]
    if rare:
        out.append("one side's best, a name one document states once")
    # the unit's best counterpart already paired with the unit's neighbour sentence (one-to-many by adjacency)
    x, y, others = (sa[r], sb[c], sa) if row_best else (sb[c], sa[r], sb)
    partners = [o for o in set(others) if ((o, y) if o < y else (y, o)) in found]
    if any(abs(_number(o) - _number(x)) == 1 for o in partners):
        out.append("best counterpart paired with the unit's neighbour")
    return out


# ----------------------------------------------------------------------------- 3. found pairs by place
def found_by_place(runs: list[dict], embed) -> Counter:
    table: Counter = Counter()
    for run in runs:
        m = lm.misses(run, embed, {})
        annotated_found = {(row["a"], row["b"]) for row in m["rows"] if row["found"]}
        for a, b in annotated_found:
            table[("first sentence" if _first(a) or _first(b) else "body", "gold")] += 1
        for a, b, _, _ in m["false"]:
            table[("first sentence" if _first(a) or _first(b) else "body", "false")] += 1
    return table


# ----------------------------------------------------------------------------- --glued-cut
_GLUED_HEAD_WORDS, _GLUED_LEAD_WORDS = 4, 6


def glued_lead_cut(text: str, language: str | None, document: str) -> int | None:
    """Where the lead begins in a first sentence that is a headline run on into it with a space, else None: a
    capitalised function word of ``language`` (spaCy's stop words) after a word ending in a letter, whose lower-case
    form ``document`` writes elsewhere ("Jahren" is never one), 4+ words before it in sentence case (no capitalised
    function word, one lower-case word), 6+ after it, outside quotations.

    >>> glued_lead_cut("Sardines calls mass demo to squeeze out Salvini The Sardines, an Italian movement, is here.",
    ...                "en", "the")
    48
    """
    stop = stop_words((language or "").split("-")[0]) if language else frozenset()
    tokens = list(_TOKEN.finditer(text))
    for i in range(_GLUED_HEAD_WORDS, len(tokens) - _GLUED_LEAD_WORDS + 1):
        word, before = tokens[i].group(), tokens[i - 1].group()
        bare = word.rstrip(",;:")
        if not (bare[:1].isupper() and bare.isalpha() and before[-1:].isalpha() and bare.casefold() in stop):
            continue
        if claims_mod._inside_quote(text, tokens[i].start()):
            continue
        head = [t.group() for t in tokens[:i]]
        if any(h[:1].isupper() and h.isalpha() and h.casefold() in stop for h in head[1:]) \
                or not any(h[:1].islower() for h in head):
            return None  # Title Case: capitals say nothing of where the lead starts
        if re.search(rf"(?<!\w){re.escape(bare.lower())}(?!\w)", document):
            return tokens[i].start()
    return None


def with_glued_cut():
    """claims.split_units with the first sentence cut at :func:`glued_lead_cut` (the headline and the lead two
    units, each cut as usual); returns the original to restore."""
    original = claims_mod.split_units

    def split_units(doc, by_language: bool = False):
        units = original(doc, by_language)
        if not doc.sentences:
            return units
        first = doc.sentences[0]
        cut = glued_lead_cut(first.text, first.language or doc.language, doc.text)
        if cut is None:
            return units
        out = []
        for u in units:
            if u.sentence == first.id and u.start < cut < u.end:
                head_end = u.start + len(first.text[u.start:cut].rstrip())
                out.append(claims_mod.replace(u, text=first.text[u.start:head_end], end=head_end))
                out.append(claims_mod.replace(u, text=first.text[cut:u.end], start=cut, context=""))
            else:
                out.append(u)
        return out

    claims_mod.split_units = split_units
    lm.split_units = split_units
    return original


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs-cache", type=Path, default=None)
    parser.add_argument("--glued-cut", action="store_true", help="also re-score with glued headlines cut")
    args = parser.parse_args(argv)
    embed = CachedEmbedder(UseEmbedder(), None).embed
    runs = lm.tune_runs(args.runs_cache)

    table, totals = causes(runs, embed, {})
    p, r = totals["found"] / max(1, totals["predicted"]), totals["found"] / max(1, totals["gold"])
    print(f"cross-lingual TUNE ({len(runs)} sets): found {totals['found']} of {totals['gold']} gold pairs at "
          f"{totals['predicted']} predicted (P {p:.3f} R {r:.3f}); {sum(table.values())} missed")
    print("\n1. misses by gate / kind / place / anchor")
    for key, n in table.most_common():
        print(f"  {n:3d}  {' / '.join(key)}")
    for i, name in enumerate(("gate", "kind", "place", "anchor")):
        grouped: Counter = Counter()
        for key, n in table.items():
            grouped[key[i]] += n
        print(f"  by {name}: {dict(grouped.most_common())}")

    added, right = candidates(runs, embed)
    print(f"\n2. candidate rules over annotated pairs the ledger does not pair (shipped precision {p:.3f})")
    for rule in sorted(added):
        print(f"  {rule:<52} adds {added[rule]:3d}, gold {right[rule]:3d} "
              f"({right[rule] / max(1, added[rule]):.2f})")

    places = found_by_place(runs, embed)
    print("\n3. found pairs by place")
    for place in ("first sentence", "body"):
        g, f = places[(place, "gold")], places[(place, "false")]
        print(f"  {place:<15} gold {g:3d} false {f:3d} (P {g / max(1, g + f):.2f})")

    if args.glued_cut:
        original = with_glued_cut()
        try:
            _, cut = causes(runs, embed, {})
        finally:
            claims_mod.split_units = original
            lm.split_units = original
        print(f"\n--glued-cut: found {totals['found']}/{totals['predicted']} -> {cut['found']}/{cut['predicted']} "
              f"(P {cut['found'] / max(1, cut['predicted']):.3f} R {cut['found'] / max(1, cut['gold']):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
