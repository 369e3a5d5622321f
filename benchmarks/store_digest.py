"""A digest of a SQLite store, to check that two trees stored the same thing (ingest67, issue #16).

For every table but the full-text index: its row count and the sha1 of its rows sorted, without the columns that
hold the time of the run (``added``, ``updated``, ``applied``...); then the sha1 of ``storylens stories --format
json`` run by the given tree. Two stores of one input made by two trees print the same lines when they hold the same
articles, assignments, story keys, opening events, verdict readings and stories.

    python benchmarks/store_digest.py STORE.db [TREE]   # TREE: the source tree whose CLI lists the stories (default: this one)
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# columns that record when a run did something, not what it stored
TIME_COLUMNS = frozenset({"added", "updated", "created", "applied"})


def digest(db: str, tree: Path = ROOT) -> dict[str, tuple[object, ...]]:
    """{table: (rows, sha1 of the sorted rows)} and {"stories_json": (exit code, sha1 of the output)}."""
    out: dict[str, tuple[object, ...]] = {}
    con = sqlite3.connect(db)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE "
                                            "'%fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        for name in tables:
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({name})") if r[1] not in TIME_COLUMNS]
            if cols:
                rows = con.execute(f"SELECT {','.join(cols)} FROM {name} ORDER BY {','.join(cols)}").fetchall()
                out[name] = (len(rows), hashlib.sha1(repr(rows).encode()).hexdigest()[:12])
    finally:
        con.close()
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    listed = subprocess.run([sys.executable, "-m", "storylens", "stories", "--db", db, "--format", "json"], env=env,
                            capture_output=True, text=True, check=False)
    out["stories_json"] = (listed.returncode, hashlib.sha1(listed.stdout.encode()).hexdigest()[:12])
    return out


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit("usage: store_digest.py STORE.db [TREE]")
    for table, value in digest(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT).items():
        print(table, *value)
