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
