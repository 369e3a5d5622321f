"""Trial52 F17/F11/F26 in the stream: a wire's two versions of one day are ordered by its dateline's filing time or
its update marker, whatever the ingest order (AFP's "(nouveau bilan)" was "published the same day, order unknown")."""

from __future__ import annotations

import pytest

from storylens import stream
from storylens.store import SQLiteStore
from tests.report.test_wire_versions_versions42 import CLOCKS, MARKERS, NUMBERS, _text


def _update(tmp_path, embedder, texts):
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"v{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    with SQLiteStore(tmp_path / "s.db") as store:
        stream.ingest_paths(paths, store, embedder=embedder)
        ids = {a.source.rsplit("/", 1)[-1]: a.id for a in store.articles()}
        [story] = {s.id for s in stream.list_stories(store).stories}
        [update] = stream.get_story(store, story).updates
    return ids, update


@pytest.mark.parametrize("lang", ["de", "fr", "es"])
def test_the_dateline_time_orders_versions_ingested_newest_first(tmp_path, hashing_embedder, lang):
    old_n, new_n = NUMBERS[lang]
    ids, update = _update(tmp_path, hashing_embedder,
                          [_text(lang, new_n, CLOCKS[lang][1]), _text(lang, old_n, CLOCKS[lang][0])])
    assert (update.order_known, update.first, update.newest) == (True, ids["v1.txt"], ids["v0.txt"])


@pytest.mark.parametrize("lang", ["de", "fr", "it", "ru"])
def test_the_update_marker_orders_untimed_versions_ingested_newest_first(tmp_path, hashing_embedder, lang):
    old_n, new_n = NUMBERS[lang]
    ids, update = _update(tmp_path, hashing_embedder,
                          [_text(lang, new_n, marker=MARKERS[lang]), _text(lang, old_n)])
    assert (update.order_known, update.first, update.newest) == (True, ids["v1.txt"], ids["v0.txt"])
    assert "order unknown" not in update.describe()


def test_unmarked_untimed_versions_of_one_day_stay_order_unknown(tmp_path, hashing_embedder):
    _, update = _update(tmp_path, hashing_embedder, [_text("fr", "onze"), _text("fr", "cinq")])
    assert not update.order_known
