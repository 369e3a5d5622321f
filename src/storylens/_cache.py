"""Where StoryLens keeps what it computes once per machine, and tables derived from shipped data.

:func:`default_cache_dir` is the one cache directory (the embedding and spaCy caches
live there). :func:`install_dir` holds what ``storylens setup`` builds once per installation
from shipped data (the tables below, USE's array copy, simplemma's lexicons): the same for
every user of the environment, so not a run-time cache; each reader looks there first
and falls back to the cache directory (building the table there) when it is missing.
:func:`derived` keeps a table built from shipped data (the alias table
with babel's territory names and their phonetic keys: ~0.25 CPU-s to build on this
2-core machine, 5 ms to read back) as a pickle named after a SHA-256 of everything the
table is built from: the source and data files (path, size, modification time, as
Python's bytecode cache keys them) and the library versions named. A change to
any of them is a new name, so a stale table is never read; a file that
cannot be read or written only costs the build. The file holds the SHA-256 of its
pickle's bytes before them: a table whose bytes do not give it (a flipped bit on disk,
which may unpickle without an error into other numbers: robust67) is built again.

:func:`lemmatize` is ``simplemma.lemmatize`` with the answers kept on disk: importing
simplemma and reading its English dictionary cost 0.22 CPU-s, a sixth of a warm
seed comparison, for lemmas of words the machine has lemmatised before. A word it has not
seen is answered from simplemma's dictionaries as kept in ``lexicons/`` of the cache
directory (:mod:`storylens._lexicon`), not by loading a language's whole dictionary.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import os
import pickle
import re
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["KeyValueCache", "default_cache_dir", "derived", "install_dir", "lemmatize", "source_digest"]

T = TypeVar("T")


def default_cache_dir() -> Path:
    """``$STORYLENS_CACHE_DIR``, else ``$XDG_CACHE_HOME/storylens``, else ``~/.cache/storylens``."""
    if os.environ.get("STORYLENS_CACHE_DIR"):
        return Path(os.environ["STORYLENS_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "storylens"


def install_dir() -> Path | None:
    """Where ``storylens setup`` keeps the tables built from shipped data, read-only at run time:
    ``$STORYLENS_DATA_DIR`` (set but empty: none), else ``<sys.prefix>/share/storylens``, the
    environment StoryLens is installed in (the tables follow its libraries' versions, and each is
    named by them, so an upgrade is never read stale: its tables are built in the cache directory
    until ``storylens setup`` runs again)."""
    value = os.environ.get("STORYLENS_DATA_DIR")
    if value is not None:
        return Path(value) if value else None
    return Path(sys.prefix) / "share" / "storylens"


def derived(name: str, build: Callable[[], T], *, files: Iterable[Path], libraries: Iterable[str] = ()) -> T:
    """``build()``, kept on disk under a key of ``files``' bytes and ``libraries``' versions
    (and Python's): read from ``derived/`` of :func:`install_dir` when ``storylens setup`` put it
    there, else from (or built into) ``derived/`` of the cache directory.
    ``STORYLENS_NO_DERIVED_CACHE=1`` always builds (tests compare both ways).
    """
    if os.environ.get("STORYLENS_NO_DERIVED_CACHE"):
        return build()

    files = list(files)
    if not all(Path(p).exists() for p in files):
        return build()
    # (the file's format in the key: a table written before its digest was kept is not read, it is built again)
    key = hashlib.sha256(f"{sys.version}\0{name}\0{source_digest(files, libraries)}\0{_DIGESTED.decode()}".encode()
                         ).hexdigest()[:24]
    installed = install_dir()
    target = default_cache_dir() / "derived" / f"{name}-{key}.pickle"
    for path in ([installed / "derived" / target.name] if installed is not None else []) + [target]:
        try:
            with open(path, "rb") as fh:
                data = fh.read()
            return pickle.loads(_checked(data))  # our own file, named by its inputs' hash, its bytes checked
        except Exception:  # noqa: BLE001, S110 - a damaged pickle raises almost anything (MemoryError, OverflowError,
            # TypeError on a flipped length byte: break66s); it is rebuilt, never a traceback
            pass
    value = build()
    _write(target, value)
    return value


# A derived table's file: this mark, the SHA-256 of the pickle's bytes, the pickle. The hash is of bytes read
# anyway: ~0.6 CPU-ms a MB on this machine (the seeds' compare reads ~7 MB of tables: ~4 ms).
_DIGESTED = b"storylens-derived-sha256\n"


class _DigestMismatch(ValueError):
    """A derived table's bytes do not give the digest written with them."""


def _checked(data: bytes) -> bytes:
    """The pickle of a derived table's file ``data``; :class:`_DigestMismatch` when it has no digest or its bytes
    do not give it."""
    head = len(_DIGESTED) + hashlib.sha256().digest_size
    if not data.startswith(_DIGESTED) or hashlib.sha256(data[head:]).digest() != data[len(_DIGESTED):head]:
        raise _DigestMismatch("derived table changed on disk")
    return data[head:]


# `storylens setup` sets this while it builds: a table it cannot write is an error there (a run-time
# cache that cannot be written only costs the build, so the default swallows it).
_strict_writes = False


def _write(target: Path, value: Any) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        for old in target.parent.glob(target.name.rsplit("-", 1)[0] + "-*.pickle"):
            old.unlink(missing_ok=True)  # tables of older inputs are never read again
        tmp = target.with_suffix(f".{os.getpid()}.tmp")
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        with open(tmp, "wb") as fh:
            fh.write(_DIGESTED + hashlib.sha256(data).digest() + data)
        os.replace(tmp, target)
    except OSError:
        if _strict_writes:
            raise


class _Lemmas:
    """simplemma's answers by (language, word), in memory and in ``lemmas.sqlite`` of the cache
    directory (keyed with simplemma's version); new answers are written in batches and at exit."""

    def __init__(self) -> None:
        self._memory: dict[tuple[str, str], str] = {}
        self._pending: dict[tuple[str, str], str] = {}
        self._db: sqlite3.Connection | None = None
        self._opened = False
        self._version = ""
        self._lock = threading.Lock()

    def _connection(self) -> sqlite3.Connection | None:
        if not self._opened:
            self._opened = True
            try:
                self._version = library_version("simplemma")
                path = default_cache_dir() / "lemmas.sqlite"
                path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(str(path), timeout=10, check_same_thread=False)
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")  # a cache: no fsync per commit (WAL stays consistent)
                db.execute("CREATE TABLE IF NOT EXISTS lemmas (lang TEXT, word TEXT, lemma TEXT NOT NULL, "
                           "PRIMARY KEY (lang, word)) WITHOUT ROWID")
                self._db = db
                atexit.register(self.flush)
            except (sqlite3.Error, OSError, ModuleNotFoundError):  # PackageNotFoundError's base
                self._db = None
        return self._db

    def lemma(self, word: str, lang: str) -> str:
        key = (lang, word)
        found = self._memory.get(key)
        if found is not None:
            return found
        with self._lock:
            db = self._connection()
            if db is not None:
                try:
                    row = db.execute("SELECT lemma FROM lemmas WHERE lang = ? AND word = ?",
                                     (f"{lang}@{self._version}", word)).fetchone()
                except sqlite3.Error:
                    row = None
                if row is not None:
                    self._memory[key] = row[0]
                    return str(row[0])
        found = _ask_simplemma(word, lang)
        with self._lock:
            self._memory[key] = found
            if self._db is not None:
                self._pending[key] = found
                if len(self._pending) >= 2000:
                    self._flush_locked()
        return found

    def flush(self) -> None:
        with self._lock:
            self._flush_locked()

    def _flush_locked(self) -> None:
        if not self._pending or self._db is None:
            return
        rows = [(f"{lang}@{self._version}", word, lemma) for (lang, word), lemma in self._pending.items()]
        self._pending.clear()
        try:
            with self._db:
                self._db.executemany("INSERT OR REPLACE INTO lemmas(lang, word, lemma) VALUES (?, ?, ?)", rows)
        except sqlite3.Error:
            self._db = None  # a read-only or full disk only costs the lemmatiser's time


_KNOWN = ":known"  # the cache's language key of an is_known answer ("1" or "0" in the lemma column)


# (the lexicon folder, setup's) -> (lemmatizer, lookup); and the environment that named those folders
# (:data:`_FOLDER_VARIABLES`' values) -> the same readers
_READERS: dict[tuple, tuple[Any, Any]] = {}
_READERS_LOCK = threading.Lock()
# The variables the two folders are named from (:func:`default_cache_dir`, :func:`install_dir`; HOME for "~")
_FOLDER_VARIABLES = ("STORYLENS_LEXICON_DIR", "STORYLENS_CACHE_DIR", "XDG_CACHE_HOME", "HOME", "STORYLENS_DATA_DIR")


def _readers() -> tuple[Any, Any]:
    """simplemma's lemmatizer and dictionary lookup over the dictionaries kept in the cache directory
    (:mod:`storylens._lexicon`: a new word costs a few lookups, not a language's whole dictionary)."""
    # Asked for every word not answered yet: naming the folders (Path objects, the data and cache
    # directories) cost ~110 us a call, ~4 CPU-ms of an uncached dev pair's ~165 (perf41); the same
    # environment names the same folders, so its values find the readers in ~1 us.
    environment = tuple(os.environ.get(name) for name in _FOLDER_VARIABLES)
    found = _READERS.get(environment)
    if found is not None:
        return found
    # $STORYLENS_LEXICON_DIR: another home for them (the tests' sessions share one: built from
    # simplemma's shipped data and named by its version, they never go stale)
    home = Path(os.environ["STORYLENS_LEXICON_DIR"]) if os.environ.get("STORYLENS_LEXICON_DIR") \
        else default_cache_dir() / "lexicons"
    version = library_version("simplemma")
    folder = home / version
    installed = install_dir()
    shipped = installed / "lexicons" / version if installed is not None else None
    with _READERS_LOCK:
        if (folder, shipped) not in _READERS:
            from ._lexicon import lemmatizer_for

            # a language `storylens setup` wrote is read from `shipped`; any other is written to `folder`
            _READERS[folder, shipped] = lemmatizer_for(folder, shipped)
        _READERS[environment] = _READERS[folder, shipped]
        return _READERS[folder, shipped]


@functools.cache
def simplemma_languages() -> frozenset[str]:
    """The languages simplemma has a dictionary of (its ``SUPPORTED_LANGUAGES``: the names of its dictionaries'
    files, as simplemma lists them), without importing simplemma: its package imports its language detector,
    tokenizer and lemmatizer, ~24 CPU-ms of a warm comparison that asks no lemma (warm75). Empty when simplemma is
    not installed."""
    import importlib.util

    spec = importlib.util.find_spec("simplemma")  # finds the package, does not run it
    if spec is None or spec.origin is None:
        return frozenset()
    return frozenset(p.stem for p in (Path(spec.origin).parent / "strategies" / "dictionaries" / "data").glob("*.plzma"))


@functools.cache
def library_version(name: str) -> str:
    """``importlib.metadata.version(name)``, read once per process: each call scans every
    distribution on ``sys.path`` (~0.6 ms), and :func:`_readers` needs simplemma's for every new word
    (470 words of the seeds' empty-cache compare: ~0.3 CPU-s). An installed library's version does
    not change under a running process. Raises ``PackageNotFoundError`` as ``version`` does (not kept).
    Read from the library's ``.dist-info/METADATA`` directly when :func:`_dist_info_version` finds it
    (importing ``importlib.metadata`` pulls in the ``email`` package and ``socket``: ~40 of a warm compare's CPU-ms,
    warm72), else by ``importlib.metadata``."""
    found = _dist_info_version(name)
    if found is not None:
        return found
    from importlib import metadata

    return metadata.version(name)


def _dist_info_version(name: str) -> str | None:
    """The "Version:" of ``name``'s ``<name>-<version>.dist-info/METADATA`` in the first directory of ``sys.path``
    holding a distribution of that name (as ``importlib.metadata`` looks: names compared with runs of ``-_.``
    as one ``_``, case-insensitively); None when that directory holds more than one such distribution or an
    ``.egg-info`` one, when a zip or an ``.egg`` comes first on the path, when none is found, or when its METADATA has
    no version (``importlib.metadata`` decides)."""
    wanted = _dist_name(name)
    for entry in sys.path:
        if entry.lower().endswith(".egg") or os.path.isfile(entry):
            return None  # an egg or a zip importlib.metadata reads, and may find the name in (break72w)
        try:
            children = os.listdir(entry or ".")
        except OSError:  # missing, unreadable
            continue
        found = [c for c in children if c.lower().endswith((".dist-info", ".egg-info"))
                 and _dist_name(c.rpartition(".")[0].partition("-")[0]) == wanted]
        if not found:
            continue
        if len(found) != 1 or not found[0].lower().endswith(".dist-info"):
            return None
        try:
            with open(os.path.join(entry or ".", found[0], "METADATA"), encoding="utf-8") as fh:
                for line in fh:
                    if not line.strip():
                        return None  # the headers ended without a version
                    if line.startswith("Version:"):
                        return line[len("Version:"):].strip() or None
        except (OSError, UnicodeDecodeError):
            return None
        return None
    return None


def _dist_name(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _ask_simplemma(word: str, lang: str) -> str:
    from simplemma.lemmatizer import _control_input_type
    from simplemma.utils import validate_lang_input

    lemmatizer, lookup = _readers()
    if lang.endswith(_KNOWN):  # as simplemma.is_known
        _control_input_type(word)
        return "1" if any(lookup.get_lemma(word, c) is not None for c in validate_lang_input(lang[: -len(_KNOWN)])) else "0"
    return str(lemmatizer.lemmatize(word, lang))


_LEMMAS = _Lemmas()


def lemmatize(word: str, lang: str) -> str:
    """``simplemma.lemmatize(word, lang=lang)``, answered from the cache when this machine asked before.

    Raises ValueError for a language simplemma does not know, as simplemma does.
    """
    return _LEMMAS.lemma(word, lang)


def is_known(word: str, lang: str) -> bool:
    """``simplemma.is_known(word, lang=lang)``, answered from the cache as :func:`lemmatize` is:
    a warm comparison in another language loaded simplemma's dictionaries for these two calls
    (seconds per language)."""
    return _LEMMAS.lemma(word, lang + _KNOWN) == "1"


def known_lemma(word: str, lang: str) -> str | None:
    """The lemma of ``word`` in ``lang`` when simplemma knows the word (:func:`is_known`, :func:`lemmatize`), else
    None; None too for a language simplemma does not know (no ValueError)."""
    try:
        return lemmatize(word, lang) if is_known(word, lang) else None
    except ValueError:  # a language simplemma does not know
        return None


def source_digest(files: Iterable[Path], libraries: Iterable[str] = ()) -> str:
    """A short SHA-256 of ``files``' names, sizes and modification times and ``libraries``' versions:
    the version of a computation those files define (a cache key prefix that changes whenever the
    code or data does, as Python's own bytecode cache decides; reading the bytes cost 30 ms a run)."""
    digest = hashlib.sha256()
    for path in sorted(Path(p) for p in files):
        try:
            stat = path.stat()
            digest.update(f"{path.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
        except OSError:
            digest.update(path.name.encode() + b"\0missing")
    for lib, version in installed_versions(libraries):
        digest.update(f"{lib}={version}".encode())
    return digest.hexdigest()[:16]


def installed_versions(libraries: Iterable[str]) -> Iterator[tuple[str, str]]:
    """(name, :func:`library_version`) of each of ``libraries``, "none" for one not installed: the libraries' part
    of a version of a computation (:func:`source_digest`, the stored analyses' version)."""
    for lib in libraries:
        try:
            yield lib, library_version(lib)
        except ModuleNotFoundError:  # importlib.metadata's PackageNotFoundError (not imported for it: warm72)
            yield lib, "none"


class KeyValueCache:
    """Text values by text key in one table of an SQLite file (the embedding cache's), plus memory.

    ``path=None`` keeps values in memory only. A file that cannot be opened or written is not
    fatal: every lookup is then a miss and values stay in memory. Thread-safe.
    """

    def __init__(self, path: str | Path | None, table: str):
        self.path, self.table = path, table
        self._memory: dict[str, str] = {}
        self._db: sqlite3.Connection | None = None
        self._opened = False
        self._lock = threading.Lock()

    def _connection(self) -> sqlite3.Connection | None:
        if not self._opened:
            self._opened = True
            if self.path is not None:
                try:
                    Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                    db = sqlite3.connect(str(self.path), timeout=10, check_same_thread=False)
                    db.execute("PRAGMA journal_mode=WAL")
                    db.execute("PRAGMA synchronous=NORMAL")  # a cache: no fsync per commit (WAL stays consistent)
                    db.execute(f"CREATE TABLE IF NOT EXISTS {self.table} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
                    self._db = db
                except (sqlite3.Error, OSError):
                    self._db = None
        return self._db

    def get_many(self, keys: Iterable[str]) -> dict[str, str]:
        keys = list(dict.fromkeys(keys))
        found = {k: self._memory[k] for k in keys if k in self._memory}
        rest = [k for k in keys if k not in found]
        with self._lock:
            db = self._connection() if rest else None
            if db is not None:
                try:
                    for i in range(0, len(rest), 500):
                        chunk = rest[i : i + 500]
                        found.update(db.execute(f"SELECT key, value FROM {self.table} WHERE key IN "
                                                f"({','.join('?' * len(chunk))})", chunk).fetchall())
                except sqlite3.Error:
                    pass
        self._memory.update(found)
        return found

    def put_many(self, items: dict[str, str]) -> None:
        self._memory.update(items)
        with self._lock:
            db = self._connection()
            if db is None or not items:
                return
            try:
                with db:
                    db.executemany(f"INSERT OR REPLACE INTO {self.table}(key, value) VALUES (?, ?)", list(items.items()))
            except sqlite3.Error:
                self._db = None
