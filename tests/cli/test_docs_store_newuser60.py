"""docs/cli.md's "The store" against the code (trial newuser60 L1, L4, L5): the files a SQLite store is made of,
the verdict readings' table and migration, and where the README sends a reader."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(text: str, heading: str) -> str:
    return text.split(heading, 1)[1].split("\n## ", 1)[0]


def test_the_store_section_names_every_file_of_a_store(tmp_path):
    # the files a real store makes (while a writer has it open, and after it closed), not a list kept by hand
    from storylens.store import SQLiteStore

    from ..store.test_sqlite import _batch

    db = tmp_path / "news.db"
    seen: set[str] = set()
    with SQLiteStore(db) as store, store.writer():
        store.write_batch(_batch([1, 2]))
        seen |= {p.name for p in tmp_path.iterdir()}
    seen |= {p.name for p in tmp_path.iterdir()}
    ends = {name[len(db.name):] for name in seen}
    assert {"", "-wal", "-shm", ".usearch", ".lock"} <= ends, ends
    store_docs = _section(DOCS, "\n## The store\n")
    assert all(f"`<db>{end}`" in store_docs for end in ends), ends


def test_the_store_section_names_the_verdict_readings_migration_as_the_code_registers_it():
    from storylens.prepare import PREPARATION_VERSION  # noqa: F401 - the name the docs give must exist
    from storylens.store._postgres import MIGRATIONS as PG
    from storylens.store._sqlite import MIGRATIONS as SQLITE

    store = _section(DOCS, "\n## The store\n")
    said = re.search(r"migration (\d+) on both backends: table `verdict_readings`", store)
    assert said, "docs/cli.md 'The store' must say which migration adds verdict_readings"
    for backend in (SQLITE, PG):
        [step] = [m for m in backend.steps if "verdict readings" in m.name]
        assert step.version == int(said.group(1))
    assert "`storylens.prepare.PREPARATION_VERSION`" in store


def test_readme_links_resolve_and_the_development_log_is_kept():
    for target in re.findall(r"\]\(((?:docs/)?[\w./-]+\.(?:md|png))(?:#([\w-]+))?\)", README):
        path, anchor = target
        assert (ROOT / path).exists(), path
        if anchor:
            headings = re.findall(r"^#+ (.+)$", (ROOT / path).read_text(encoding="utf-8"), flags=re.MULTILINE)
            slugs = {re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in headings}
            assert anchor in slugs, (path, anchor)
    devlog = (ROOT / "docs" / "devlog.md").read_text(encoding="utf-8")
    assert "verdict_readings" in devlog and "## Benchmarks" in devlog  # the log moved whole, not dropped
    assert len(README.splitlines()) < 400  # a user's guide, not the log (was 3,127 lines)
