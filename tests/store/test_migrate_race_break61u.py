"""Trial break61u M5: two ingests creating one new SQLite store at once; both read "no migration done", the second
then ran the steps the first had committed and failed with "cannot open the article store (duplicate column name:
cjk); ... delete the file to start over" while the other run filled it. Here the second opener's stale reading is
made by hand: it is given every step as pending on a store another opener has already migrated."""

from __future__ import annotations

from storylens.store import SQLiteStore, _sqlite

from .test_sqlite import _batch


def test_an_opener_with_a_stale_list_of_pending_steps_skips_the_ones_another_applied(tmp_path, monkeypatch):
    db = tmp_path / "race.db"
    with SQLiteStore(db) as first, first.writer():  # the first run: migrated and writing
        first.write_batch(_batch([1, 2]))
        steps = list(_sqlite.MIGRATIONS.steps)
        monkeypatch.setattr(_sqlite.MIGRATIONS, "pending", lambda done, where: steps)  # read before 1st commit
        with SQLiteStore(db) as second:
            assert second.stats()["articles"] == 2
            versions = [r[0] for r in second.db.execute("SELECT version FROM migrations ORDER BY version")]
            assert versions == sorted({s.version for s in steps})  # each recorded once
