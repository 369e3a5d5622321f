"""break64r2: a FILE named ``e.jsonl#1`` and record 1 of ``e.jsonl`` had one source (sources of records are
``path#<n>``): one failure row, one "already stored" for two inputs. A name that ends in ``#`` and digits now has
that ``#`` written ``\\x23`` in its one form (storylens._paths), as a byte that is not UTF-8 is written ``\\xNN``;
every other name keeps its form, so stores stay as they are, and a file stored before under its bare name is found
stored again by its text."""

from __future__ import annotations

import os

import pytest

from storylens._paths import escaped_surrogates, shown_path
from storylens.ingest.walk import iter_records
from storylens.models import RawDocument

LINES = ('{"text": "Heavy rain flooded Valencia on Tuesday and twelve people died, officials said after the storm."}\n'
         '{"text": "A wildfire near Marseille forced two thousand residents to leave their homes on Friday."}\n')
ALONE = "An avalanche hit Chamonix on Sunday and buried three skiers, who were rescued by mountain guides.\n"


@pytest.mark.parametrize(("name", "form"), [
    ("e.jsonl#1", "e.jsonl\\x231"),
    ("news/story#12", "news/story\\x2312"),
    ("caf\udce9#3", "caf\\xe9\\x233"),  # a name that is not UTF-8 too
])
def test_a_name_that_ends_like_a_record_has_its_hash_escaped(name, form):
    assert shown_path(name) == form
    # one-to-one: the UTF-8 name spelled with that escape has its backslash escaped
    assert shown_path(form) == form.replace("\\", "\\x5c").replace("#", "\\x23")
    # every other name keeps its form (what stores hold)
    for kept in ("a#b.txt", "notes#1.txt", "#1/a.txt", "x#", name.replace("#", "#a")):
        assert shown_path(kept) == escaped_surrogates(kept)
    # a record's source still holding a surrogate (no reader escaped it) is escaped, its '#<n>' kept
    assert escaped_surrogates("caf\udce9.jsonl#1") == "caf\\xe9.jsonl#1"


def test_the_file_e_jsonl_1_and_record_1_of_e_jsonl_have_two_sources(tmp_path):
    (tmp_path / "e.jsonl").write_text(LINES, encoding="utf-8")
    (tmp_path / "e.jsonl#1").write_text(ALONE, encoding="utf-8")
    got = {r.source: r.text for r in iter_records([str(tmp_path)]) if isinstance(r, RawDocument)}
    assert sorted(got) == [f"{tmp_path}/e.jsonl#1", f"{tmp_path}/e.jsonl#2", f"{tmp_path}/e.jsonl\\x231"]
    assert got[f"{tmp_path}/e.jsonl\\x231"].startswith("An avalanche")
    assert got[f"{tmp_path}/e.jsonl#1"].startswith("Heavy rain")


def test_both_are_stored_and_a_second_ingest_adds_nothing(tmp_path, hashing_embedder):
    from storylens import stream
    from storylens.store import open_store

    (tmp_path / "e.jsonl").write_text(LINES, encoding="utf-8")
    (tmp_path / "e.jsonl#1").write_text(ALONE, encoding="utf-8")
    store = open_store(str(tmp_path / "s.db"))
    try:
        first = stream.ingest_paths([str(tmp_path / "e.jsonl"), str(tmp_path / "e.jsonl#1")], store,
                                    embedder=hashing_embedder)
        assert first.stored == 3
        assert sorted(os.path.basename(a.source) for a in store.articles()) == [
            "e.jsonl#1", "e.jsonl#2", "e.jsonl\\x231"]
        again = stream.ingest_paths([str(tmp_path / "e.jsonl"), str(tmp_path / "e.jsonl#1")], store,
                                    embedder=hashing_embedder)
        assert again.stored == 0
    finally:
        store.close()
