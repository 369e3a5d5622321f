"""benchmarks/small_ingest.py: a kept store of an older schema is brought to the measured tree's schema once,
before the rounds (not by every copy inside the measured runs); a PostgreSQL copy's pages are written out before
a run is measured in it."""

from __future__ import annotations

from pathlib import Path

from tests._bench import load_benchmark

small = load_benchmark("small_ingest.py")
SRC = str(Path(__file__).resolve().parents[1] / "src")


def _older_store(path: Path, monkeypatch) -> int:
    """An SQLite store made by this code without its last schema step, as older code left it; its version."""
    from storylens.store import open_store
    from storylens.store._sqlite import MIGRATIONS

    with monkeypatch.context() as m:
        m.setattr(MIGRATIONS, "steps", MIGRATIONS.steps[:-1])
        open_store(str(path)).close()
    return MIGRATIONS.latest - 1


def test_a_kept_store_of_an_older_schema_is_migrated_once(tmp_path, monkeypatch):
    path = tmp_path / "kept.db"
    older = _older_store(path, monkeypatch)
    latest = older + 1
    assert small._schema(str(path)) == older
    assert small._up_to_date(SRC, str(path)) == (older, latest)  # by the measured tree's code, in a child
    assert small._up_to_date(SRC, str(path)) == (latest, latest)  # up to date now: nothing applied again


def test_a_postgresql_copy_leaves_no_dirty_page_for_the_measured_run(pg_server):
    """The copy a round measures in is checkpointed first: the background writer's writes of its pages were counted
    as the ingest's server CPU (stop 64)."""
    import psycopg

    def last_checkpoint() -> str:  # the control file's, written when a checkpoint completes
        with psycopg.connect(pg_server, autocommit=True) as c:
            row = c.execute("SELECT checkpoint_lsn FROM pg_control_checkpoint()").fetchone()
            assert row is not None
            return str(row[0])

    with psycopg.connect(pg_server, autocommit=True) as c:  # a source no other session holds (a copy needs that)
        c.execute('DROP DATABASE IF EXISTS "small_ingest_src" WITH (FORCE)')
        c.execute('CREATE DATABASE "small_ingest_src"')
    source = pg_server.replace("/postgres?", "/small_ingest_src?", 1)
    before = last_checkpoint()
    copied = small._pg_settled_copy(pg_server, source, "small_ingest_copy")
    try:
        assert last_checkpoint() != before  # checkpointed after the copy
        with psycopg.connect(copied, autocommit=True) as c:
            assert c.execute("SELECT current_database()").fetchone() == ("small_ingest_copy",)
    finally:
        with psycopg.connect(pg_server, autocommit=True) as c:
            c.execute('DROP DATABASE IF EXISTS "small_ingest_copy" WITH (FORCE)')
            c.execute('DROP DATABASE IF EXISTS "small_ingest_src" WITH (FORCE)')
