"""The spaCy annotation cache: answers from disk what the pipeline answered, loads it only on a miss."""

from __future__ import annotations

from contextlib import contextmanager
from typing import ClassVar

import pytest

from storylens.embed import CachedPipeline


class _Token:
    def __init__(self, text, idx, pos):
        self.text, self.idx, self.pos_, self.tag_ = text, idx, pos, pos.lower()


class _Span:
    def __init__(self, doc, start, end, label):
        self.text, self.start_char, self.end_char, self.label_ = doc[start:end], start, end, label


class _Doc:
    def __init__(self, text, pipes):
        self.text = text
        words, pos = [], 0
        for w in text.split(" "):
            words.append(_Token(w, pos, "PROPN" if w[:1].isupper() else "NOUN"))
            pos += len(w) + 1
        self._tokens = words
        self.ents = [_Span(text, t.idx, t.idx + len(t.text), "PERSON") for t in words
                     if "ner" in pipes and t.text[:1].isupper()]

    def __iter__(self):
        return iter(self._tokens)


class FakeNlp:
    """Splits on spaces, tags capitals PROPN; 'ner' makes every capitalised word a PERSON."""

    pipe_names: ClassVar[list[str]] = ["tagger", "ner"]

    def __init__(self):
        self.enabled = list(self.pipe_names)
        self.parsed: list[str] = []

    @contextmanager
    def select_pipes(self, enable):
        saved, self.enabled = self.enabled, list(enable)
        yield self
        self.enabled = saved

    def pipe(self, texts, batch_size=None):
        for t in texts:
            self.parsed.append(t)
            yield _Doc(t, self.enabled)


def _summary(docs):
    return [([(t.text, t.idx, t.pos_, t.tag_) for t in d], [(e.text, e.label_, e.start_char, e.end_char) for e in d.ents])
            for d in docs]


def test_a_second_pipeline_answers_from_disk_without_loading(tmp_path):
    path = tmp_path / "cache.sqlite"
    nlp = FakeNlp()
    first = CachedPipeline(lambda: nlp, "fake-1", FakeNlp.pipe_names, cache_path=path)
    texts = ["Tokayev asked Moscow", "troops landed", "Tokayev asked Moscow"]
    with first.select_pipes(enable=["ner"]):
        before = _summary(first.pipe(texts))
    assert nlp.parsed == ["Tokayev asked Moscow", "troops landed"]  # each distinct text once
    assert before == _summary(FakeNlp().select_pipes(enable=["ner"]).__enter__().pipe(texts))

    def never():
        raise AssertionError("the pipeline must not load when every sentence is cached")

    second = CachedPipeline(never, "fake-1", FakeNlp.pipe_names, cache_path=path)
    with second.select_pipes(enable=["ner"]):
        assert _summary(second.pipe(texts)) == before
    assert not second.loaded
    assert second.pipe_names == FakeNlp.pipe_names


def test_other_pipes_or_another_model_version_are_misses(tmp_path):
    path = tmp_path / "cache.sqlite"
    nlp = FakeNlp()
    cached = CachedPipeline(lambda: nlp, "fake-1", FakeNlp.pipe_names, cache_path=path)
    with cached.select_pipes(enable=["ner"]):
        with_ner = _summary(cached.pipe(["Almaty airport"]))
    with cached.select_pipes(enable=["tagger"]):
        tagged = _summary(cached.pipe(["Almaty airport"]))
    assert with_ner[0][1] and not tagged[0][1]  # the entity came from NER only
    other = FakeNlp()
    CachedPipeline(lambda: other, "fake-2", FakeNlp.pipe_names, cache_path=path).pipe(["Almaty airport"])
    assert other.parsed == ["Almaty airport"]


@pytest.mark.parametrize("where", ["directory", "none"])
def test_an_unusable_cache_still_parses(tmp_path, where):
    path = tmp_path if where == "directory" else None  # a directory is no SQLite file
    nlp = FakeNlp()
    cached = CachedPipeline(lambda: nlp, "fake-1", FakeNlp.pipe_names, cache_path=path)
    assert [t.text for t in cached("Kazakh troops")] == ["Kazakh", "troops"]
    assert [e.text for e in cached("Kazakh troops").ents] == ["Kazakh"]
    assert nlp.parsed == ["Kazakh troops"]  # the second call came from memory


def test_memory_is_bounded(tmp_path):
    nlp = FakeNlp()
    cached = CachedPipeline(lambda: nlp, "fake-1", FakeNlp.pipe_names, max_memory=2)
    cached.pipe(["A b", "C d", "E f"])
    cached.pipe(["A b"])
    assert nlp.parsed == ["A b", "C d", "E f", "A b"]
