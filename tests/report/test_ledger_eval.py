"""The ledger scorer (benchmarks/_lib/ledger_score.py) and the ledger gold files."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

from _lib.ledger_score import (
    BASIL,
    SEMEVAL_DEV,
    GoldError,
    gold_files,
    gold_texts,
    load_gold,
    micro,
    resolve,
    score_alignment,
    score_ledger,
    validate_gold,
)

from storylens.analysis.claims import AlignedPair, Unit
from storylens.models import Claim, Document, Evidence, Sentence


def _doc(doc_id: str, texts: list[str]) -> Document:
    sentences, pos = [], 0
    for i, t in enumerate(texts):
        sentences.append(Sentence(f"{doc_id}:s{i}", t, pos, pos + len(t)))
        pos += len(t) + 1
    return Document(doc_id, doc_id, " ".join(texts), tuple(sentences))


def _claim(cid: str, status: str, *sentence_ids: str) -> Claim:
    ev = tuple(Evidence(s.split(":")[0], s, "x") for s in sentence_ids)
    return Claim(cid, status, "x", ev, docs=tuple(dict.fromkeys(e.doc for e in ev)))


TOY_GOLD = {
    "set": "toy",
    "corpus": "basil",
    "docs": [{"doc": "d1", "ref": "a"}, {"doc": "d2", "ref": "b"}],
    "claims": [
        {"id": "c1", "status": "shared", "evidence": {"d1": ["storm hit"], "d2": ["The storm hit"]}},
        {"id": "c2", "status": "conflicting", "conflict": "dead: 3 vs 5",
         "evidence": {"d1": ["three died"], "d2": ["five died"]}},
        {"id": "u1", "status": "unique", "evidence": {"d1": ["mayor resigned"]}},
        {"id": "u2", "status": "unique", "evidence": {"d2": ["schools closed"]}},
    ],
}
TOY_DOCS = [
    _doc("d1", ["A storm hit the coast.", "Officials said three died.", "The mayor resigned."]),
    _doc("d2", ["The storm hit on Monday.", "Five died, police said.", "Schools closed.", "Unannotated."]),
]


def test_toy_scores_are_counted_by_hand():
    resolved = resolve(TOY_GOLD, TOY_DOCS)
    assert resolved["c1"] == {"d1": ["d1:s0"], "d2": ["d2:s0"]}
    ledger = [
        _claim("c1", "shared", "d1:s0", "d2:s0", "d2:s2"),  # one right pair, one wrong (s0-s2)
        _claim("c2", "conflicting", "d1:s1", "d2:s1"),       # the conflict, found
        _claim("c3", "unique", "d1:s2"),                     # right unique
        _claim("c4", "shared", "d1:s2", "d2:s3"),            # d2:s3 is unannotated: pair ignored
    ]
    s = score_ledger(TOY_GOLD, resolved, ledger)
    assert s["annotated_sentences"] == 6
    # gold pairs: (d1:s0,d2:s0), (d1:s1,d2:s1); predicted (annotated only): those two + (d1:s0,d2:s2)
    assert (s["shared"]["tp"], s["shared"]["pred"], s["shared"]["gold"]) == (2, 3, 2)
    assert s["shared"]["p"] == pytest.approx(2 / 3) and s["shared"]["r"] == 1.0
    # gold unique: d1:s2, d2:s2. Predicted all-unique: none (d1:s2 is also in shared c4, d2:s2 in c1)
    assert (s["unique"]["tp"], s["unique"]["pred"], s["unique"]["gold"]) == (0, 0, 2)
    assert s["unique"]["p"] is None and s["unique"]["r"] == 0.0
    assert s["conflicts"]["found"] == 1 and s["conflicts"]["r"] == 1.0
    assert s["conflicts"]["false_alarm_pairs"] == 0


def test_unique_and_false_alarm_and_micro():
    resolved = resolve(TOY_GOLD, TOY_DOCS)
    ledger = [
        _claim("c1", "conflicting", "d1:s0", "d2:s0"),  # agreeing pair flagged as conflict
        _claim("c2", "unique", "d1:s1"),
        _claim("c3", "unique", "d2:s1"),
        _claim("c4", "unique", "d1:s2"),
        _claim("c5", "unique", "d2:s2"),
    ]
    s = score_ledger(TOY_GOLD, resolved, ledger)
    # all-unique predicted among annotated: d1:s1, d2:s1, d1:s2, d2:s2 -> 2 of 4 right, both gold found
    assert (s["unique"]["tp"], s["unique"]["pred"], s["unique"]["gold"]) == (2, 4, 2)
    assert s["conflicts"]["found"] == 0 and s["conflicts"]["false_alarm_pairs"] == 1
    m = micro([s, s])
    assert m["unique"]["p"] == pytest.approx(0.5) and m["conflicts"]["gold"] == 2


def test_alignment_pairs_are_scored_before_chaining():
    resolved = resolve(TOY_GOLD, TOY_DOCS)

    def unit(sid: str) -> Unit:
        return Unit(sid.split(":")[0], sid, "x", 0, 1)

    pairs = [AlignedPair(unit("d1:s0"), unit("d2:s0"), 0.9, 0.9, 0.0),
             AlignedPair(unit("d1:s2"), unit("d2:s2"), 0.6, 0.6, 0.0)]
    s = score_alignment(TOY_GOLD, resolved, pairs)
    assert (s["tp"], s["pred"], s["gold"]) == (1, 2, 2)


def test_bad_gold_is_reported_with_its_name():
    bad = {**TOY_GOLD, "claims": [{"id": "c1", "status": "unique", "evidence": {"d1": ["a"], "d2": ["b"]}}]}
    with pytest.raises(GoldError, match="toy-file.*exactly one document"):
        validate_gold(bad, "toy-file")
    missing = {**TOY_GOLD, "claims": [{"id": "c1", "status": "unique", "evidence": {"d1": ["no such words"]}}]}
    with pytest.raises(GoldError, match="not found in d1"):
        resolve(missing, TOY_DOCS)


@pytest.mark.skipif(not (BASIL.exists() and SEMEVAL_DEV.exists()), reason="shared data not mounted")
def test_every_gold_file_validates_and_resolves(tmp_path):
    from storylens.report.compare import Comparer

    files = gold_files()
    assert len(files) >= 4
    comparer = Comparer(cache=False)
    for path in files:
        gold = load_gold(path)
        assert gold["corpus"] in ("basil", "semeval2022t8-dev")  # SemEval texts come from dev.csv only
        texts = gold_texts(gold)  # raises if a referenced article is missing
        paths = []
        for i, text in enumerate(texts):
            p = tmp_path / f"{path.stem}-{i}.txt"
            p.write_text(text, encoding="utf-8")
            paths.append(str(p))
        docs, failures, _ = comparer.load(paths)
        assert not failures, failures
        resolved = resolve(gold, docs)  # raises if a snippet is not in exactly one sentence
        assert all(ids for claim in resolved.values() for ids in claim.values())
