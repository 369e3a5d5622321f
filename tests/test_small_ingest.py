"""benchmarks/small_ingest.py: a kept store of an older schema is brought to the measured tree's schema once,
before the rounds (not by every copy inside the measured runs)."""

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
