"""load_english starts spaCy with an empty tokenizer that the model's saved one fills (perf21): the
tokenizer must end up exactly as spaCy's own load leaves it, and parse the same."""

from __future__ import annotations

import pytest

from storylens.analysis.entities import SPACY_EXCLUDE, SPACY_MODEL, load_english

pytestmark = pytest.mark.slow

TEXTS = [
    "Kazakhstan President Kassym-Jomart Tokayev has ordered security forces to \u201ckill without warning\u201d.",
    "U.S. officials said on Friday (Jan. 7) that they'd seen https://example.com/a?b=1 at 3:17 a.m., didn't they?",
    "The St. Louis-based firm's CEO, Dr. Smith, won't comment; Mr. O'Neil paid $4.5bn for 12,000 shares.",
]


@pytest.fixture(scope="module")
def both():
    from storylens._imports import import_spacy

    spacy = import_spacy()
    return load_english(), spacy.load(SPACY_MODEL, exclude=list(SPACY_EXCLUDE))


def test_tokenizer_state_is_spacys(both):
    ours, theirs = (nlp.tokenizer for nlp in both)
    assert ours.rules == theirs.rules and len(ours.rules) > 1000
    for attr in ("prefix_search", "suffix_search", "url_match"):
        assert getattr(ours, attr).__self__.pattern == getattr(theirs, attr).__self__.pattern, attr
    assert ours.infix_finditer.__self__.pattern == theirs.infix_finditer.__self__.pattern
    assert ours.token_match == theirs.token_match
    assert ours.faster_heuristics == theirs.faster_heuristics
    assert both[0].pipe_names == both[1].pipe_names


def test_same_tokens_tags_entities(both):
    ours, theirs = ([[(t.text, t.whitespace_, t.tag_, t.ent_iob_, t.ent_type_) for t in d] for d in nlp.pipe(TEXTS)]
                    for nlp in both)
    assert ours == theirs
