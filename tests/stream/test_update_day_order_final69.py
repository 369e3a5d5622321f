"""final69 H1: two undated versions of one page, each stamped "Stand: 14.03.2026" (an update day, no time: hdr69 reads
it as an update, never the publication), were read in ingest order and the order called known ("41 zu 29 → 40 zu
30"); main dated both by the stamp and said "order unknown". Undated versions whose update stamps name one day and no
time that orders them are now order unknown; stamps with times still order them."""

from __future__ import annotations

import pytest

from storylens import stream
from storylens.store import SQLiteStore

PAGE = ("Leipzig beschließt Haushalt\n\nDer Stadtrat von Leipzig hat am Mittwoch den Doppelhaushalt für die kommenden "
        "zwei Jahre beschlossen, teilte die Stadtverwaltung mit. Der Rat stimmte mit {votes} Stimmen zu.\n\n"
        "Oberbürgermeister Burkhard Jung sprach von einem tragfähigen Kompromiss. Die Opposition kritisierte die "
        "geplanten Kürzungen bei Kultur und Sport.\n\nStand: {stamp}\n")


def _update(tmp_path, embedder, stamps):
    """Ingest the version "41 zu 29" (stamp ``stamps[1]``) and then "40 zu 30" (``stamps[0]``); the story's update."""
    paths = []
    for name, votes, stamp in (("b", "41 zu 29", stamps[1]), ("a", "40 zu 30", stamps[0])):
        (page := tmp_path / f"{name}.txt").write_text(PAGE.format(votes=votes, stamp=stamp), encoding="utf-8")
        paths.append(str(page))
    with SQLiteStore(tmp_path / "s.db") as store:
        stream.ingest_paths(paths, store, embedder=embedder)
        [story] = {s.id for s in stream.list_stories(store).stories}
        [update] = stream.get_story(store, story).updates
    return update


def test_one_update_day_without_times_leaves_the_order_unknown(tmp_path, hashing_embedder):
    assert _update(tmp_path, hashing_embedder, ["14.03.2026", "14.03.2026"]).order_known is False


@pytest.mark.parametrize("stamps", [["14.03.2026, 08:00 Uhr", "14.03.2026, 10:15 Uhr"]])
def test_update_times_still_order_them(tmp_path, hashing_embedder, stamps):
    assert _update(tmp_path, hashing_embedder, stamps).order_known is True


def test_two_update_days_order_them_whatever_the_ingest_order(tmp_path, hashing_embedder):
    """last69 H1: "Stand: 13.03.2026" ingested after "Stand: 14.03.2026" was read as the newer (ingest order, said
    known); stop 68, dating both by the stamp, read the 14th as the newer."""
    update = _update(tmp_path, hashing_embedder, ["13.03.2026", "14.03.2026"])
    assert update.order_known is True and any("40 zu 30 → 41 zu 29" in c for c in update.changes), update.changes


def _beside_a_dated_record(tmp_path, embedder, record_day, stamp, page_last):
    """An undated page stamped ``stamp`` ("40 zu 30") beside a JSONL record of the same page dated ``record_day``
    ("41 zu 29"), ingested in the order ``page_last`` says; the story's update."""
    import json

    (page := tmp_path / "page.txt").write_text(PAGE.format(votes="40 zu 30", stamp=stamp), encoding="utf-8")
    record = {"id": "rec-1", "text": PAGE.format(votes="41 zu 29", stamp="").replace("Stand: \n", ""),
              "published": record_day}
    (jsonl := tmp_path / "rec.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    paths = [str(jsonl), str(page)] if page_last else [str(page), str(jsonl)]
    with SQLiteStore(tmp_path / "s.db") as store:
        stream.ingest_paths(paths, store, embedder=embedder)
        [story] = {s.id for s in stream.list_stories(store).stories}
        [update] = stream.get_story(store, story).updates
    return update


@pytest.mark.parametrize("page_last", [False, True])
def test_an_undated_page_is_ordered_against_a_dated_record_by_its_update_day(tmp_path, hashing_embedder, page_last):
    """last69: an undated "Stand: 15.03.2026" page beside a record dated 13 March read the record as the newer, the
    order said known (the trial19 rule: an undated version precedes nothing). The page's update day is later."""
    update = _beside_a_dated_record(tmp_path, hashing_embedder, "2026-03-13", "15.03.2026", page_last)
    assert update.order_known is True and any("41 zu 29 → 40 zu 30" in c for c in update.changes), update.changes


@pytest.mark.parametrize("page_last", [False, True])
def test_an_update_day_before_the_record_date_makes_the_record_newer(tmp_path, hashing_embedder, page_last):
    update = _beside_a_dated_record(tmp_path, hashing_embedder, "2026-03-16", "15.03.2026", page_last)
    assert update.order_known is True and any("40 zu 30 → 41 zu 29" in c for c in update.changes), update.changes


@pytest.mark.parametrize("page_last", [False, True])
def test_an_update_day_on_the_record_date_leaves_the_order_unknown(tmp_path, hashing_embedder, page_last):
    assert _beside_a_dated_record(tmp_path, hashing_embedder, "2026-03-15", "15.03.2026", page_last).order_known is False


def test_the_row_read_through_an_undated_newer_page_keeps_the_record_date(tmp_path, hashing_embedder):
    """The story's row shows the newest version's title and lead; when that is an undated page newer by its update
    day, the row keeps the article's date and does not say the date is unknown."""
    _beside_a_dated_record(tmp_path, hashing_embedder, "2026-03-13", "15.03.2026", page_last=True)
    with SQLiteStore(tmp_path / "s.db") as store:
        [story] = {s.id for s in stream.list_stories(store).stories}
        view = stream.get_story(store, story)
    [row], [update] = view.articles, view.updates
    assert update.order_known and update.newest != row.id  # the row is read through the page
    assert row.published == "2026-03-13"
    assert not [w for w in row.warnings if w.startswith("date: the text gives only an update time")], row.warnings


def _record_stamped_beside_a_page(tmp_path, embedder, record_stamp, page_stamp):
    """A JSONL record dated 13 March whose text ends ``record_stamp`` ("41 zu 29") beside an undated page stamped
    ``page_stamp`` ("40 zu 30"); the story's update."""
    import json

    (page := tmp_path / "page.txt").write_text(PAGE.format(votes="40 zu 30", stamp=page_stamp), encoding="utf-8")
    record = {"id": "rec-1", "text": PAGE.format(votes="41 zu 29", stamp=record_stamp), "published": "2026-03-13"}
    (jsonl := tmp_path / "rec.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with SQLiteStore(tmp_path / "s.db") as store:
        stream.ingest_paths([str(jsonl), str(page)], store, embedder=embedder)
        [story] = {s.id for s in stream.list_stories(store).stories}
        [update] = stream.get_story(store, story).updates
    return update


def test_a_dated_record_stamped_later_than_the_page_is_the_newer(tmp_path, hashing_embedder):
    """final70 H2: the record dated 13 March but stamped "Stand: 15.03.2026, 10:15 Uhr" was read as older than a page
    stamped the 14th (its publication day against the page's update day), the order said known."""
    update = _record_stamped_beside_a_page(tmp_path, hashing_embedder, "15.03.2026, 10:15 Uhr", "14.03.2026")
    assert update.order_known is True and any("40 zu 30 → 41 zu 29" in c for c in update.changes), update.changes


def test_a_dated_record_stamped_on_the_page_day_leaves_the_order_unknown(tmp_path, hashing_embedder):
    update = _record_stamped_beside_a_page(tmp_path, hashing_embedder, "14.03.2026, 10:15 Uhr", "14.03.2026")
    assert update.order_known is False
