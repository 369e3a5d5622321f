"""The stream stores the verdict rules' analysis of what they read of a text (issue #13, pg80): beside a text's stored
reading (``verdict_readings`` rows, persist60) its analysis (:func:`storylens.similarity.encode_analysis`), and a
later writer reads a stored candidate's analysis back instead of analysing its reading again, with the verdicts of
the text analysed again: a store whose rows hold no analyses (read through a wrapper that has none) gives the same
stories and reasons, and stores the analyses it made. Texts: join54's meetings in two cities (en, de)."""

from __future__ import annotations

import pytest

from storylens import stream
from storylens.similarity import analysis_version, decode_analysis
from storylens.store import open_store

from .test_verdict_online_join_join54 import KYIV, LISBON, LOW, NEXT_DAY, PRAG, WIEN
from .test_verdict_readings_persist60 import _doc, _groups, ingest_counting


class _NoAnalyses:
    """A store whose readings hold no analyses (rows from before them, or of another version of the code)."""

    def __init__(self, store):
        self._store = store

    def verdict_rows(self, ids):
        return {a: (r, None) for a, (r, _) in self._store.verdict_rows(ids).items()}

    def __getattr__(self, name):
        return getattr(self._store, name)


def _run(store, docs, hashing_embedder, monkeypatch):
    """Ingest ``docs``, counting the texts the rules analyse; (stories, reasons, texts analysed)."""
    return ingest_counting(store, docs, hashing_embedder, monkeypatch, "_analyse")


@pytest.mark.parametrize("first, later", [
    ([("kyiv.txt", KYIV, "2026-03-02", "en"), ("next.txt", NEXT_DAY, "2026-03-03", "en")],
     [("lisbon.txt", LISBON, "2026-03-26", "en")]),
    ([("prag.txt", PRAG, "2026-05-05", "de")], [("wien.txt", WIEN, "2026-05-26", "de")]),
])
def test_a_later_writer_reads_stored_analyses_with_the_verdicts_of_the_texts_analysed_again(
        store_url, tmp_path, hashing_embedder, monkeypatch, first, later):
    first_docs = [_doc(n, t, d, lang) for n, t, d, lang in first]
    later_docs = [_doc(n, t, d, lang) for n, t, d, lang in later]
    with open_store(store_url) as store:
        stream.ingest(first_docs, store, embedder=hashing_embedder, clusterer_params=LOW)
        stored = {a.id: a for a in store.articles()}
        rows = store.verdict_rows(list(stored))
        # every reading the run stored has the analysis the run made of it, of this version of the code
        assert len(rows) == (len(first) if len(first) > 1 else 0) and all(blob for _, blob in rows.values())
        stories, reasons, analysed = _run(store, later_docs, hashing_embedder, monkeypatch)
        after = store.verdict_rows(list(stored))
    # a stored analysis is read back, not made again; a text without one is analysed and stored with its analysis
    assert [a for a in stored if stored[a].text.split(",")[0] in " ".join(analysed)] == [a for a in stored if a not in rows]
    assert set(after) == set(stored) and all(blob for _, blob in after.values())
    assert all(analysis_version() in __import__("zlib").decompress(blob).decode() for _, blob in after.values())
    with open_store(tmp_path / "no_analyses.db") as old:
        stream.ingest(first_docs, old, embedder=hashing_embedder, clusterer_params=LOW)
        old_stories, old_reasons, old_analysed = _run(_NoAnalyses(old), later_docs, hashing_embedder, monkeypatch)
        refilled = old.verdict_rows([a.id for a in old.articles()])
    assert len(old_analysed) >= len(analysed) + len(rows)
    assert reasons == old_reasons and _groups(stories) == _groups(old_stories)
    assert any("different cities" in (r or "") for r in reasons.values())
    # the analyses made again are stored with their readings (rows of another version are replaced)
    assert len(refilled) >= len(stored) and all(blob for _, blob in refilled.values())
    assert decode_analysis(b"", "x", None, None, "", "full") is None
