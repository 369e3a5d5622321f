"""The tests' PostgreSQL databases (tests/_pg.py's TestDatabases, the ``pg_url`` fixture): copies of one
migrated template, emptied and handed to the next test only when the test changed nothing but rows."""

from __future__ import annotations

import pytest

from storylens.store import open_store

from .test_contract import _batch

pytest.importorskip("psycopg")


def _one(url: str, sql: str):
    import psycopg

    with psycopg.connect(url) as db:
        row = db.execute(sql).fetchone()
        return None if row is None else row[0]


def _exists(pg_databases, name: str) -> bool:
    return bool(pg_databases._admin("SELECT 1 FROM pg_database WHERE datname = %s", (name,)))


def test_a_database_is_handed_on_with_no_rows_no_lock_and_numbers_from_one(pg_databases):
    name = pg_databases.take()
    url = pg_databases.url(name)
    with open_store(url) as store:
        store.write_batch(_batch([1, 2, 3]))
        store.set_meta("left", "behind")
    forgotten = open_store(url)  # a store a test left open, holding the single-writer lock
    forgotten.writer().__enter__()
    pg_databases.give_back(name)

    again = pg_databases.take()
    assert again == name  # handed on, not made again
    url = pg_databases.url(again)
    for table in ("articles", "vectors", "entities", "assignments", "meta"):
        assert _one(url, f"SELECT count(*) FROM {table}") == 0, table
    with open_store(url) as store:
        assert store.get_meta("left") is None and store.pending_migrations() == []
        with store.writer():  # the forgotten store's lock went with its connection
            store.write_batch(_batch([7]))
    assert _one(url, "SELECT min(num) FROM articles") == 1  # as in a new database
    pg_databases.give_back(again)


def test_a_database_whose_schema_a_test_changed_is_dropped(pg_databases):
    import psycopg

    name = pg_databases.take()
    url = pg_databases.url(name)
    open_store(url).close()
    with psycopg.connect(url, autocommit=True) as db:  # as the upgrade tests do: a migration forgotten
        db.execute("DELETE FROM migrations WHERE version = (SELECT max(version) FROM migrations)")
    pg_databases.give_back(name)
    assert not _exists(pg_databases, name)
    other = pg_databases.take()
    assert other != name
    with open_store(pg_databases.url(other)) as store:
        assert store.pending_migrations() == []
    pg_databases.give_back(other)


def test_an_empty_database_has_no_schema_and_is_dropped(pg_databases):
    name = pg_databases.take(empty=True)
    assert _one(pg_databases.url(name), "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace") == 0
    pg_databases.give_back(name, empty=True)
    assert not _exists(pg_databases, name)


@pytest.mark.pg_empty
def test_the_pg_empty_mark_gives_a_database_with_no_schema(pg_url):
    assert _one(pg_url, "SELECT to_regclass('migrations')") is None


def test_only_the_tables_a_test_wrote_are_emptied_and_rows_it_deleted_count_as_written(pg_databases):
    import psycopg

    files = "SELECT relname, relfilenode FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r'"
    name = pg_databases.take()
    url = pg_databases.url(name)
    with psycopg.connect(url) as db:
        before = dict(db.execute(files).fetchall())
    with open_store(url) as store:
        store.write_batch(_batch([1, 2, 3]))
    with psycopg.connect(url, autocommit=True) as db:  # every row deleted: the pages and the numbers taken stay
        db.execute("SET session_replication_role = replica")  # no foreign-key order to follow
        for table in before:
            if table != "migrations":
                db.execute(f"DELETE FROM {table}")
    pg_databases.give_back(name)
    again = pg_databases.take()
    assert again == name
    with psycopg.connect(url) as db:
        after = dict(db.execute(files).fetchall())
    emptied = {t for t in before if after[t] != before[t]}  # TRUNCATE gives a table a new file
    assert "articles" in emptied and "vectors" in emptied
    assert "corrections" not in emptied and "migrations" not in emptied  # no row reached them: left as they were
    with open_store(url) as store:
        store.write_batch(_batch([7]))
    assert _one(url, "SELECT min(num) FROM articles") == 1  # the sequence restarted with its table
    pg_databases.give_back(again)


def test_the_test_server_never_waits_for_the_disk(pg_server):
    """The server the tests start (tests/_pg.py's UNSYNCED) runs without fsync, synchronous commits and full
    page writes: a throw-away server, never crashed by a test; every commit waited ~7 ms for the disk."""
    from .._pg import UNSYNCED

    for name, value in UNSYNCED.items():
        assert _one(pg_server, f"SHOW {name}") == value, name
