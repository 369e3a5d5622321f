"""spaCy's NER reads only the English sentences where a name it finds could be kept (issue 16: NER was
the largest part of entities in an 80-article compare): a kept name has a capital letter, so a sentence
with none after its first word, whose first word is a stop word, is not parsed, and the mentions are the
ones parsing every sentence gives."""

from __future__ import annotations

import pytest

from storylens.analysis import entities as ents
from storylens.analysis.entities import _extract, _rules
from storylens.models import Document, Sentence


def _doc(doc_id: str, sentences: list[str]) -> Document:
    sents, pos, text = [], 0, ""
    for i, s in enumerate(sentences):
        sents.append(Sentence(f"{doc_id}:s{i}", s, pos, pos + len(s), language="en"))
        text += s + " "
        pos += len(s) + 1
    return Document(doc_id, doc_id, text.strip(), tuple(sents), language="en")


NO_NAME = [
    "He said it was over.",
    '"We will see what happens," she said.',
    "“I don't know why they left,” he added.",
    "The senate voted on the bill late on tuesday.",
    "But the plan was dropped after two weeks of talks.",
    "It was the third such attack this year.",
    "-His remarks drew criticism from officials.",
    "Those who stayed were evacuated by boat.",
]
MAY_NAME = [
    "Sestak brought the issue to the surface when he alluded to a job offer.",  # a name as the first word
    "Reid's comments added another voice to the debate.",
    "He met Obama at the White House.",
    "“We will win,” said Warren.",
    "The senate voted after NATO asked for help.",
    "Republicans have consistently supported the effort.",
    "Kyiv was quiet on monday.",
    "Über 200 Menschen kamen.",  # a capitalised first word that is no English stop word: read
]


@pytest.mark.parametrize("sentence", NO_NAME)
def test_a_sentence_with_no_capital_after_a_stop_word_holds_no_name(sentence):
    assert not _rules._may_name(sentence)


@pytest.mark.parametrize("sentence", MAY_NAME)
def test_a_sentence_with_a_capital_after_its_first_word_or_a_name_first_may_hold_one(sentence):
    assert _rules._may_name(sentence)


class _Spy:
    """Records the texts given to the pipeline, answers with the real one's parses."""

    def __init__(self, nlp):
        self.nlp, self.read = nlp, []

    def pipe(self, texts, batch_size=64):
        texts = list(texts)
        self.read += texts
        return self.nlp.pipe(texts, batch_size=batch_size)


def test_spacy_reads_only_sentences_that_may_hold_a_name_and_the_mentions_are_unchanged(extractor, monkeypatch):
    docs = [_doc("a", NO_NAME[:4] + MAY_NAME[:4]), _doc("b", MAY_NAME[4:7] + NO_NAME[4:])]
    spy = _Spy(extractor.nlp)
    spied = ents.EntityExtractor(nlp=spy, aliases=extractor.aliases)
    mentions = spied.mentions(docs)
    assert spy.read == [s for s in MAY_NAME[:7]]  # in document order: no NO_NAME sentence parsed
    monkeypatch.setattr(_extract, "_may_name", lambda sentence: True)  # every sentence parsed, as before
    assert [(m.doc, m.sentence, m.text, m.type, m.source) for m in spied.mentions(docs)] == \
        [(m.doc, m.sentence, m.text, m.type, m.source) for m in mentions]
    assert any(m.text == "Sestak" for m in mentions) and any(m.text == "Warren" for m in mentions)


def test_a_document_with_no_sentence_that_may_hold_a_name_never_loads_spacy():
    def never():
        raise AssertionError("spaCy loaded for sentences that hold no name")

    extractor = ents.EntityExtractor(nlp_loader=never, aliases=())
    assert extractor.mentions([_doc("a", NO_NAME)]) is not None
