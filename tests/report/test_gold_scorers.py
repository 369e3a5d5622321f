"""The quote and cross-language entity scorers behind the gold measurements (benchmarks/_lib/quote_eval.py,
entity_eval.py), counted by hand on toy sets: `make test` checks the scoring code; the gold sets themselves
run through the real models in `make gate` (tests/test_quality_gate.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from storylens.models import Document, Quote, QuoteMatch

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"
sys.path.insert(0, str(BENCH))

from _lib import entity_eval, quote_eval

QUOTE_GOLD = {
    "set": "toy", "docs": [{"doc": "a", "language": "en"}, {"doc": "b", "language": "de"}],
    "quotes": [
        {"id": "g1", "doc": "a", "text": "We will rebuild every house in this town", "words": 8, "speaker": ["Mayor Anna Kovacs"]},
        {"id": "g2", "doc": "b", "text": "Wir werden jedes Haus in dieser Stadt wieder aufbauen", "words": 9,
         "speaker": ["Anna Kovacs"]},
        {"id": "g3", "doc": "a", "text": "Nobody will be left alone tonight", "words": 6, "speaker": [None]},
    ],
    "same_utterance": [["g1", "g2"]],
}


def test_quote_scorer_counts_found_quotes_speakers_and_cross_language_matches():
    predicted = [
        # g1, its speaker by surname, matched to the German rendering
        Quote("p1", "a", "a:s0", "We will rebuild every house in this town.", "Kovacs", (QuoteMatch("p2", 0.9),)),
        Quote("p2", "b", "b:s0", "Wir werden jedes Haus in dieser Stadt wieder aufbauen.", "the minister",
              (QuoteMatch("p1", 0.9),)),  # g2, the wrong speaker
        Quote("p4", "a", "a:s3", "The weather was cold and wet all week long", None, (QuoteMatch("p2", 0.5),)),
    ]
    score = quote_eval.score_quotes(QUOTE_GOLD, predicted)
    assert (score.gold_quotes, score.found, score.predicted, score.aligned_predicted) == (3, 2, 3, 2)
    assert score.speaker_correct == 1 and score.languages == {"en": [1, 1], "de": [1, 0]}
    # p1-p2 is the gold pair (counted once for both directions); p4-p2 is a false match, also across languages
    assert (score.gold_pairs, score.found_pairs, score.predicted_pairs, score.correct_pairs) == (1, 1, 2, 1)
    assert (score.xl_gold_pairs, score.xl_found_pairs, score.xl_predicted_pairs, score.xl_correct_pairs) == (1, 1, 2, 1)
    assert any(e.startswith("missed g3") for e in score.errors) and any("false match" in e for e in score.errors)
    pooled = quote_eval.combine([score, quote_eval.score_quotes(QUOTE_GOLD, [])])
    assert pooled["gold_quotes"] == 6 and pooled["quote_recall"] == round(2 / 6, 3)
    assert pooled["speaker_accuracy"] == 0.5 and pooled["match_recall"] == 0.5 and pooled["match_precision"] == 0.5


def test_cross_language_entity_pairs_are_only_those_written_in_two_languages():
    docs = [Document("d1", "x", "Hungary and Viktor Orban met the EPP in Brussels.", (), language="en"),
            Document("d2", "y", "Ungarn und Orban trafen die EVP in Brüssel.", (), language="de")]
    gold = {"entities": [{"name": "Hungary", "forms": ["Hungary", "Ungarn"]},
                         {"name": "EPP", "forms": ["EPP", "EVP"]},
                         {"name": "Orban", "forms": ["Viktor Orban", "Orban"]},
                         {"name": "Brussels", "forms": ["Brussels", "Brüssel"]}]}
    predicted = [{"variants": ["Hungary", "Ungarn"]}, {"variants": ["EPP", "EVP", "Brüssel"]},
                 {"variants": ["Viktor Orban", "Orban"]}]  # Orban is written in both: not a cross-language pair
    score = entity_eval.score_cross_language(predicted, gold, docs)
    assert score["pairs"] == {"gold": 3, "predicted": 3, "correct": 2}
    assert score["missed"] == [sorted([entity_eval.norm_form("Brussels"), entity_eval.norm_form("Brüssel")])]
    assert len(score["wrong"]) == 1 and score["precision"] == pytest.approx(2 / 3)
    assert score["recall"] == pytest.approx(2 / 3)
