"""hdr69c H4 (newuser69): a CNN-style page's own-line update stamp with its time before the date ("Updated 8:00
AM EDT, Sat March 14, 2026" under the byline) was removed as a "header", so the stream stored no ``stamp_at`` for
the undated page and two versions ingested oldest last were ordered backwards (the ledger read the oldest). Now it
is removed as a "stamp": its moment orders the versions. A pair that no stamp orders (a date and no time) stays
order unknown."""

from __future__ import annotations

import json

import pytest

from storylens import stream
from storylens.store import SQLiteStore

PAGE = ("Huge fire destroys Leeds warehouse\nBy Jane Doe, CNN\n{stamp}\n\n"
        "A large fire destroyed a textile warehouse in Leeds on Friday night, West Yorkshire Fire and Rescue Service "
        "said. Twelve fire engines and about 60 firefighters were sent to the blaze on Kirkstall Road shortly after "
        "9 p.m.\n\n{hurt} taken to hospital with smoke inhalation, the service said. No one was killed.\n\n"
        "\"Crews worked through the night to bring the fire under control,\" said station commander Mark Holt. "
        "Residents nearby were told to keep their windows and doors closed.\n\n"
        "West Yorkshire Police said the cause of the fire was not yet known and an investigation had begun.")


def _story(tmp_path, embedder, stamps, published=None):
    """Ingest version 2 ("Two people were") then version 1 ("One person was"), as pages or (``published``) as
    JSONL records of that day; the stored stamp_at values (sorted, "None" for none), the story's update and the
    ids of version 1 and 2."""
    texts = [PAGE.format(stamp=stamps[1], hurt="Two people were"), PAGE.format(stamp=stamps[0], hurt="One person was")]
    if published:
        path = tmp_path / "v.jsonl"
        path.write_text("".join(json.dumps({"id": f"v{2 - i}", "text": t, "published": published}) + "\n"
                                for i, t in enumerate(texts)), encoding="utf-8")
        paths = [str(path)]
    else:
        paths = []
        for i, text in enumerate(texts):
            (page := tmp_path / f"v{2 - i}.txt").write_text(text, encoding="utf-8")
            paths.append(str(page))
    with SQLiteStore(tmp_path / "s.db") as store:
        stream.ingest_paths(paths, store, embedder=embedder)
        articles = store.articles()
        v1, v2 = (next(a.id for a in articles if words in a.text) for words in ("One person", "Two people"))
        stamp_at = sorted(str(a.metadata.get("stamp_at")) for a in articles)
        [story] = {s.id for s in stream.list_stories(store).stories}
        [update] = stream.get_story(store, story).updates
    return stamp_at, update, v1, v2


TIMED = ["Updated 8:00 AM EDT, Sat March 14, 2026", "Updated 10:15 AM EDT, Sat March 14, 2026"]


def test_an_own_line_update_stamp_orders_two_undated_pages(tmp_path, hashing_embedder):
    stamp_at, update, v1, v2 = _story(tmp_path, hashing_embedder, TIMED)
    assert stamp_at == ["2026-03-14T08:00:00-04:00", "2026-03-14T10:15:00-04:00"]
    assert (update.order_known, update.first, update.newest) == (True, v1, v2)
    assert "person: One → Two" in update.changes, update.changes


def test_an_own_line_update_stamp_orders_two_records_of_one_day(tmp_path, hashing_embedder):
    _, update, v1, v2 = _story(tmp_path, hashing_embedder, TIMED, published="2026-03-14")
    assert (update.order_known, update.first, update.newest) == (True, v1, v2)


@pytest.mark.parametrize("stamps", [["Updated Sat March 14, 2026"] * 2, ["Updated 14.03.2026"] * 2],
                         ids=["words", "numeric"])
def test_a_same_day_pair_no_stamp_orders_stays_order_unknown(tmp_path, hashing_embedder, stamps):
    stamp_at, update, _, _ = _story(tmp_path, hashing_embedder, stamps, published="2026-03-14")
    assert stamp_at == ["None", "None"] and not update.order_known


def test_a_stamp_of_a_later_day_is_no_publication_moment_but_still_orders(tmp_path, hashing_embedder):
    """last69: a record dated 13 March whose update stamp states 14 March stored the stamp's moment as its
    publication moment (``published_at`` a day after ``published``). It is the stamp's (``stamp_at``) only, and
    still orders the versions."""
    stamp_at, update, v1, v2 = _story(tmp_path, hashing_embedder, TIMED, published="2026-03-13")
    assert stamp_at == ["2026-03-14T08:00:00-04:00", "2026-03-14T10:15:00-04:00"]
    assert (update.order_known, update.first, update.newest) == (True, v1, v2)
    with SQLiteStore(tmp_path / "s.db") as store:
        assert {(a.published, a.published_at) for a in store.articles()} == {("2026-03-13", None)}
