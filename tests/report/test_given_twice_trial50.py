"""One file given twice is said so (trial49 F23, trial50 F20: "Same story 1.00" with no note); two files with
equal text are a copy, no warning of their own."""

from __future__ import annotations

import shutil

from storylens import Comparer

from ..conftest import CNN_SEED


def test_the_same_file_twice_gets_a_warning(tmp_path, hashing_embedder, monkeypatch):
    comparer = Comparer(embedder=hashing_embedder, similarity_model="fast", cache=False)
    monkeypatch.chdir(CNN_SEED.parent)
    result = comparer.compare([CNN_SEED, f"./{CNN_SEED.name}"])
    assert result.documents[0].warnings == ()
    [warning] = result.documents[1].warnings
    assert warning.startswith("given twice: the same file as")


def test_a_copy_in_another_file_gets_none(tmp_path, hashing_embedder):
    copy = tmp_path / "copy.txt"
    shutil.copy(CNN_SEED, copy)
    comparer = Comparer(embedder=hashing_embedder, similarity_model="fast", cache=False)
    result = comparer.compare([CNN_SEED, copy])
    assert all(d.warnings == () for d in result.documents)
