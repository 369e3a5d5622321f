"""The English pipeline's attribute ruler as look-ups (_tag_ruler): the same pos_ and tag_ as spaCy's ruler."""

from __future__ import annotations

import pytest

from storylens.analysis.entities._tag_ruler import PosTagRuler, pos_tag_table


def _tagged(words: list[str], tags: list[str]):
    from storylens._imports import import_spacy

    spacy = import_spacy()
    doc = spacy.blank("en").make_doc(" ".join(words))
    for token, tag in zip(doc, tags):
        token.tag_ = tag
    return doc


def test_later_pattern_wins_and_word_rules_override_tag_rules():
    patterns = [
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}, "index": 0},
        {"patterns": [[{"TAG": "IN", "LOWER": {"IN": ["that", "if"]}}]], "attrs": {"POS": "SCONJ"}, "index": 0},
        {"patterns": [[{"TAG": "IN"}]], "attrs": {"POS": "ADP"}, "index": 0},  # later: wins over the word rule
        {"patterns": [[{"TAG": "NN", "LOWER": "cause"}]], "attrs": {"POS": "VERB"}, "index": 0},  # later: wins
        {"patterns": [[{"LOWER": "whom"}]], "attrs": {"LEMMA": "who"}, "index": 0},  # nothing StoryLens reads
    ]
    table = pos_tag_table(patterns, has_parser=False)
    assert table is not None
    doc = PosTagRuler(table)(_tagged(["if", "cause", "road"], ["IN", "NN", "NN"]))
    assert [t.pos_ for t in doc] == ["ADP", "VERB", "NOUN"]


def test_dependency_patterns_never_match_without_a_parser():
    patterns = [
        {"patterns": [[{"TAG": "CC", "LOWER": "but", "DEP": "advmod"}]], "attrs": {"POS": "ADV"}, "index": 0},
        {"patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux", "auxpass"]}}]], "attrs": {"POS": "AUX"},
         "index": 0},
        {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "are"]}}]], "attrs": {"POS": "VERB"}, "index": 1},
        {"patterns": [[{"TAG": "CC"}]], "attrs": {"POS": "CCONJ"}, "index": 0},
    ]
    table = pos_tag_table(patterns, has_parser=False)
    assert table is not None
    assert [t.pos_ for t in PosTagRuler(table)(_tagged(["but"], ["CC"]))] == ["CCONJ"]
    assert pos_tag_table(patterns, has_parser=True) is None  # with a parser they might: spaCy's ruler stays


@pytest.mark.parametrize("pattern", [
    [{"TAG": {"NOT_IN": ["NN"]}}],  # an operator this module does not mirror
    [{"TAG": "NN"}, {"TAG": "NN"}],  # two tokens
    [{"TAG": "NN", "OP": "+"}],
    [{"LENGTH": {">=": 3}}],
])
def test_patterns_it_cannot_mirror_keep_spacys_ruler(pattern):
    assert pos_tag_table([{"patterns": [pattern], "attrs": {"POS": "NOUN"}, "index": 0}], has_parser=False) is None
    # the same forms setting only a lemma do not matter
    assert pos_tag_table([{"patterns": [pattern], "attrs": {"LEMMA": "x"}, "index": 0}], has_parser=False) is not None


@pytest.mark.slow
def test_same_pos_and_tags_as_spacys_ruler():
    from storylens._imports import import_spacy
    from storylens.analysis.entities import SPACY_EXCLUDE, SPACY_MODEL, load_english

    ours = load_english()
    theirs = import_spacy().load(SPACY_MODEL, exclude=list(SPACY_EXCLUDE))
    assert type(ours.get_pipe("attribute_ruler")).__name__ == "PosTagRuler"
    texts = [
        "Kazakhstan President Kassym-Jomart Tokayev has ordered security forces to \u201ckill without warning\u201d.",
        "I'm gonna say that if they'd asked, we would've gone, but there's no way he'll agree.",
        "Whether or not the bill passes, the  senators  who  voted\n\nagainst it said so, though.",
        "Despite the storm, 12,000 homes kept power; the U.S. Sen. O'Neil's office won't say whom it called.",
        "Do you think she did it? He does, and they have had enough of it: \"We do!\"",
    ]
    pipes = ("tok2vec", "tagger", "attribute_ruler")
    with ours.select_pipes(enable=pipes), theirs.select_pipes(enable=pipes):
        got = [[(t.text, t.tag_, t.pos_) for t in d] for d in ours.pipe(texts)]
        want = [[(t.text, t.tag_, t.pos_) for t in d] for d in theirs.pipe(texts)]
    assert got == want
    assert {"SCONJ", "AUX", "PROPN", "SPACE", "PUNCT"} <= {p for d in got for _, _, p in d}
