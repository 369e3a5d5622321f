"""The stream stores what the same-story verdict's rules read of a text (issue #13, persist60): an article the rules
read (the batch's own or a stored candidate) has its preparation stored with the batch (``verdict_readings`` rows,
:func:`storylens.similarity.encode_prepared`), and a later writer reads a stored candidate's reading instead of
cleaning its text again, with the verdicts of the text read again: a store from before the rows (read through a
wrapper that has none) gives the same stories and reasons. Texts: join54's meetings in two cities, written for
its tests (en, de)."""

from __future__ import annotations

import pytest

from storylens import stream
from storylens.models import RawDocument
from storylens.similarity import decode_prepared, prepare_text
from storylens.store import open_store

from .test_verdict_online_join_join54 import KYIV, LISBON, LOW, NEXT_DAY, PRAG, WIEN


def _doc(name: str, text: str, published: str, language: str = "en") -> RawDocument:
    return RawDocument(name, text, metadata={"title": text.split(",")[0][:60], "language": language,
                                             "published": published})


class _NoReadings:
    """A store as one from before the verdict_readings rows (or whose rows were never written)."""

    def __init__(self, store):
        self._store = store

    def verdict_readings(self, ids):
        return {}

    def verdict_rows(self, ids):
        return {}

    def __getattr__(self, name):
        return getattr(self._store, name)


def ingest_counting(store, docs, hashing_embedder, monkeypatch, counted_name):
    """Ingest ``docs`` into ``store``, counting the texts the rules pass to ``similarity._pairs.<counted_name>``
    (``prepare_text``, ``_analyse``); (stories, reasons, texts counted)."""
    import storylens.similarity._pairs as pairs

    seen = []
    real = getattr(pairs, counted_name)

    def counted(text, *args, **kw):
        seen.append(text)
        return real(text, *args, **kw)

    monkeypatch.setattr(pairs, counted_name, counted)
    stream.ingest(docs, store, embedder=hashing_embedder, clusterer_params=LOW)
    monkeypatch.setattr(pairs, counted_name, real)
    rows = store.assignments()
    return {a.source: rows[a.id].story for a in store.articles() if a.id in rows}, \
        {a.source: rows[a.id].reason for a in store.articles() if a.id in rows}, seen


def _second_run(store, docs, hashing_embedder, monkeypatch):
    """Ingest ``docs`` into ``store``, counting the texts the rules prepare; (stories, reasons, texts prepared)."""
    return ingest_counting(store, docs, hashing_embedder, monkeypatch, "prepare_text")


def _groups(stories: dict[str, str]) -> list[list[str]]:
    return sorted(sorted(n for n, s in stories.items() if s == story) for story in set(stories.values()))


@pytest.mark.parametrize("first, later", [
    # two reports of one meeting, each the other's candidate: the first run reads both; then one in another city
    ([("kyiv.txt", KYIV, "2026-03-02", "en"), ("next.txt", NEXT_DAY, "2026-03-03", "en")],
     [("lisbon.txt", LISBON, "2026-03-26", "en")]),
    # a lone article is read by no rule in its run: the later run reads its text as a candidate's and stores it
    ([("prag.txt", PRAG, "2026-05-05", "de")], [("wien.txt", WIEN, "2026-05-26", "de")]),
])
def test_a_later_writer_reads_stored_readings_with_the_verdicts_of_the_texts(store_url, tmp_path, hashing_embedder,
                                                                              monkeypatch, first, later):
    first_docs = [_doc(n, t, d, lang) for n, t, d, lang in first]
    later_docs = [_doc(n, t, d, lang) for n, t, d, lang in later]
    with open_store(store_url) as store:
        stream.ingest(first_docs, store, embedder=hashing_embedder, clusterer_params=LOW)
        stored = {a.id: a for a in store.articles()}
        readings = store.verdict_readings(list(stored))
        assert len(readings) == (len(first) if len(first) > 1 else 0)
        stories, reasons, cleaned = _second_run(store, later_docs, hashing_embedder, monkeypatch)
        after = store.verdict_readings([a.id for a in store.articles()])
    # a stored reading is read back, not the text again; one not stored is read from the text, and stored after
    assert [a for a in stored if stored[a].text in cleaned] == [a for a in stored if a not in readings]
    assert set(stored) <= set(after)
    for aid, a in stored.items():
        assert decode_prepared(after[aid], a.text, a.title) == prepare_text(a.text, title=a.title)
    # a store from before the rows (or whose rows were never written): the texts read again, the same verdicts
    with open_store(tmp_path / "before_rows.db") as old:
        stream.ingest(first_docs, old, embedder=hashing_embedder, clusterer_params=LOW)
        old_stories, old_reasons, old_cleaned = _second_run(_NoReadings(old), later_docs, hashing_embedder, monkeypatch)
    assert all(a.text in old_cleaned for a in stored.values())
    assert reasons == old_reasons and _groups(stories) == _groups(old_stories)
    assert all(stories[n] not in {stories[m] for m, *_ in first} for n, *_ in later)  # another city: another story
    assert any("different cities" in (r or "") for r in reasons.values())


def _untitled(name: str, text: str, published: str) -> RawDocument:
    return RawDocument(name, text, metadata={"language": "en", "published": published})


def test_a_retitled_articles_reading_made_again_replaces_the_stale_one(store_url, hashing_embedder, monkeypatch):
    # break60s L1: a stored article whose title a later copy filled (a metadata update) is read again, as its reading
    # was made with no title; that new reading was written "or ignore" over the stale row, so every later process
    # read the text again, for ever
    with open_store(store_url) as store:
        stream.ingest([_untitled("kyiv.txt", KYIV, "2026-03-02"), _untitled("next.txt", NEXT_DAY, "2026-03-03")], store,
                      embedder=hashing_embedder, clusterer_params=LOW)
        stream.ingest([_doc("kyiv-titled.txt", KYIV, "2026-03-02")], store, embedder=hashing_embedder,
                      clusterer_params=LOW)  # the same text with a title: the stored article's title filled
        kyiv = next(a for a in store.articles() if a.text == KYIV)
        assert kyiv.title and decode_prepared(store.verdict_readings([kyiv.id])[kyiv.id], KYIV, kyiv.title) is None
        _, _, cleaned = _second_run(store, [_doc("lisbon.txt", LISBON, "2026-03-26")], hashing_embedder, monkeypatch)
        assert KYIV in cleaned  # read again under its new title
        after = store.verdict_readings([kyiv.id])[kyiv.id]
        assert decode_prepared(after, KYIV, kyiv.title) == prepare_text(KYIV, title=kyiv.title)
        from storylens import similarity

        read_back, real = [], similarity.decode_prepared
        monkeypatch.setattr(similarity, "decode_prepared", lambda r, t, h=None: read_back.append((t, h)) or real(r, t, h))
        madrid = LISBON.replace("in Lisbon on Thursday", "in Madrid on Friday")
        _, _, cleaned = _second_run(store, [_doc("madrid.txt", madrid, "2026-04-10")], hashing_embedder, monkeypatch)
        assert KYIV not in cleaned and (KYIV, kyiv.title) in read_back  # and read back from then on


def test_readings_of_another_preparation_version_are_made_again_and_replaced(store_url, hashing_embedder, monkeypatch):
    # break60s L2: a reading is a cache of the preparation (storylens.prepare.PREPARATION_VERSION); after a change to
    # the cleaning, a stored candidate's reading is made again by the new rules and replaces the old row
    from storylens import prepare

    with open_store(store_url) as store:
        stream.ingest([_doc("kyiv.txt", KYIV, "2026-03-02"), _doc("next.txt", NEXT_DAY, "2026-03-03")], store,
                      embedder=hashing_embedder, clusterer_params=LOW)
        stored = {a.id: a for a in store.articles()}
        before = store.verdict_readings(list(stored))
        assert len(before) == 2
        monkeypatch.setattr(prepare, "PREPARATION_VERSION", prepare.PREPARATION_VERSION + 1)
        _, _, cleaned = _second_run(store, [_doc("lisbon.txt", LISBON, "2026-03-26")], hashing_embedder, monkeypatch)
        after = store.verdict_readings(list(stored))
    assert {KYIV, NEXT_DAY} <= set(cleaned)  # the old version's readings were not read back
    for aid, a in stored.items():
        assert after[aid] != before[aid]
        assert decode_prepared(after[aid], a.text, a.title) == prepare_text(a.text, title=a.title)
