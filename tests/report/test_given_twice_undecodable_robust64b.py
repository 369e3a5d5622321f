"""break64r M2: 'compare' of a file whose name is not UTF-8, given twice, lost its "given twice" note: the file was
looked up by the document's escaped source (``caf\\xe9.txt``), which names no file. It is found by the path as
given; and a UTF-8 name spelled ``caf\\\\xe9.txt`` is another file, not the same one given twice (break64r M1)."""

from __future__ import annotations

import os
import shutil

from storylens import Comparer

from ..conftest import CNN_SEED, FAZ_SEED


def test_a_file_named_in_latin1_given_twice_gets_the_note(tmp_path, hashing_embedder):
    latin = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"))
    shutil.copy(CNN_SEED, latin)
    literal = tmp_path / "caf\\xe9.txt"
    shutil.copy(FAZ_SEED, literal)
    comparer = Comparer(embedder=hashing_embedder, similarity_model="fast", cache=False)
    result = comparer.compare([latin, latin, literal])
    assert [d.warnings for d in result.documents] == [
        (), (f"given twice: the same file as {tmp_path}/caf\\xe9.txt; the report reads it as a second source",), ()]
    assert result.documents[2].source == f"{tmp_path}/caf\\x5cxe9.txt"
