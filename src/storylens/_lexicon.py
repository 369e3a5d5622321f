"""simplemma's dictionaries read from the cache directory a few words at a time.

simplemma answers a word from a language's whole dictionary, unpickled into memory: 0.24 CPU-s
for English, 1.35 for German, 5.5 for Polish, ~2 GB for the fourteen languages the text layer
lemmatises, and its factory keeps eight of them, so a process asking all fourteen read some
twice. A search checks a few words against every language (a one-word query's language is
unknown: ``text.word_reason``) and paid ~7 CPU-s a new word on a store of nine languages
(stop 33: `search Montaner` on trial 20's store, 7.3 CPU-s, 1.27 GB; the answers were kept in
``lemmas.sqlite`` but a new word is a new answer in every language).

Here each language's dictionary is written once per machine (the first process that needs it,
beside the load it makes anyway) as its sorted keys and values, and read back through ``mmap``:
a lookup is a bisection (~10 us), opening a language ~10 ms. A process that asks a language
many questions (:data:`IN_MEMORY_AFTER` lookups: a compare's analysis) loads its dictionary as
simplemma does, where a lookup costs ~0.1 us. Both read the same dictionary, so every answer is
simplemma's own (``tests/test_lexicon.py`` compares them). The table is read through simplemma's
private loader when it is there (no copy), else through its public ``DefaultDictionaryFactory``.
simplemma's own ``TrieDictionaryFactory`` (MARISA tries on disk) is not used: it needs marisa_trie and
platformdirs, which are no dependencies of storylens (marisa_trie is not installed; platformdirs comes only
with the test extra's embedded PostgreSQL), and saves without a temporary name and rename.
"""

from __future__ import annotations

import mmap
import os
import shutil
import threading
from bisect import bisect_right
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from ._filelock import build_lock

__all__ = ["IN_MEMORY_AFTER", "DiskDictionaries", "build_languages"]

# Lookups of one language after which its dictionary is loaded into memory (~0.2-0.3 CPU-s of disk
# lookups, the load of a small dictionary): a search asks a few hundred, a compare's analysis thousands.
IN_MEMORY_AFTER = 20_000
_STEP = 32  # keys per block of the in-memory head list (one bisection over heads, one in a block)


class _DiskDictionary(Mapping[str, str]):
    """One language's dictionary as sorted UTF-8 keys and their values: ``keys.bin``/``values.bin``
    (the strings end to end) and ``offsets.npy`` ((n + 1) x 2 uint32 start offsets into each)."""

    def __init__(self, folder: Path):
        self._files = [open(folder / name, "rb") for name in ("keys.bin", "values.bin")]  # noqa: SIM115 (kept open)
        self._keys, self._values = (mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) if os.fstat(f.fileno()).st_size
                                    else b"" for f in self._files)
        try:
            # mapped, not read: a lookup touches a few of its pages (Polish: 29 MB, 8-77 CPU-ms to read whole);
            # a plain ndarray view, as numpy.memmap's indexing runs Python code on every read
            self._offsets = np.asarray(np.load(folder / "offsets.npy", mmap_mode="r"))
        except (OSError, ValueError, EOFError):
            self.close()
            raise
        self._check(folder)
        self._n = len(self._offsets) - 1
        # every _STEP-th key, sliced from the mapped file at once (Polish: 115k heads, 159 -> ~20 CPU-ms a
        # process; one _key call each, with two numpy scalar reads, was most of a language's opening)
        bounds = self._offsets[: self._n + 1, 0]
        keys = self._keys
        self._heads = [keys[a:b] for a, b in zip(bounds[: self._n : _STEP].tolist(),
                                                 bounds[1 : self._n + 1 : _STEP].tolist())]
        self.lookups = 0

    def _check(self, folder: Path) -> None:
        """Raise ValueError (the caller falls back to simplemma's own dictionary) when the files do not hold
        what ``offsets.npy`` says: a copy or a power loss can leave them cut short, and every word would
        then read as unknown with no error (review33a #4)."""
        offsets = self._offsets
        sizes = (len(self._keys), len(self._values))
        if offsets.ndim != 2 or offsets.shape[0] < 1 or offsets.shape[1] != 2 or (
                sizes != (int(offsets[-1, 0]), int(offsets[-1, 1]))):
            for f in self._files:
                f.close()
            raise ValueError(f"lexicon files in {folder} do not match their offsets (cut short?)")

    def close(self) -> None:
        """Let go of the files (the object is unusable after)."""
        for m in (self._keys, self._values):
            if isinstance(m, mmap.mmap):
                m.close()
        for f in self._files:
            f.close()

    def _key(self, i: int) -> bytes:
        return bytes(self._keys[int(self._offsets[i, 0]) : int(self._offsets[i + 1, 0])])

    def __getitem__(self, item: str) -> str:
        self.lookups += 1
        key = item.encode()
        block = bisect_right(self._heads, key) - 1
        if block < 0:
            raise KeyError(item)
        lo, hi = block * _STEP, min(block * _STEP + _STEP, self._n)
        while lo < hi:
            mid = (lo + hi) // 2
            found = self._key(mid)
            if found == key:
                return bytes(self._values[int(self._offsets[mid, 1]) : int(self._offsets[mid + 1, 1])]).decode()
            if found < key:
                lo = mid + 1
            else:
                hi = mid
        raise KeyError(item)

    def __iter__(self) -> Iterator[str]:
        return (self._key(i).decode() for i in range(self._n))

    def __len__(self) -> int:
        return self._n


def _write(folder: Path, table: Mapping[bytes, bytes]) -> None:
    """``table`` (simplemma's bytes -> bytes dictionary) as :class:`_DiskDictionary` files in ``folder``,
    written whole under another name and renamed (two processes may build one language at once)."""
    # The keys sorted alone (bytes against bytes, not (key, value) tuples: keys are unique, so the same order),
    # lengths summed by numpy, lists joined rather than generators: Polish (3.7 million entries) ~2.3 -> ~2.1
    # CPU-s, the smaller ones -20-30 %; with the unpickling, a first ingest's cost when the installation lacks a
    # language (ingest65). Reading the values by key is the largest part left (~0.75 CPU-s of Polish's).
    keys = sorted(table)
    values = list(map(table.__getitem__, keys))
    offsets = np.zeros((len(keys) + 1, 2), dtype=np.uint32)
    for column, strings in enumerate((keys, values)):
        offsets[1:, column] = np.cumsum(np.fromiter(map(len, strings), dtype=np.int64, count=len(strings)))
    tmp = folder.with_name(f"{folder.name}.tmp-{os.getpid()}-{threading.get_ident()}")
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        (tmp / "keys.bin").write_bytes(b"".join(keys))
        (tmp / "values.bin").write_bytes(b"".join(values))
        np.save(tmp / "offsets.npy", offsets)
        tmp.rename(folder)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        if not (folder / "offsets.npy").exists():
            raise  # a write that failed (a full disk), not another process's rename first
    except BaseException:  # an interrupt mid-write: no partial folder left behind (review33a #3)
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _write_once(folder: Path, lang: str) -> None:
    """Write ``lang``'s dictionary into ``folder`` unless it is there, one process at a time: a process that
    finds another writing it waits for that write and reads it (the test suite's two workers each wrote the
    Finnish dictionary at once, ~7 CPU-s each; stop 50). Without a lock (no fcntl, a long wait) it writes
    its own, renamed into place as before."""
    if (folder / "offsets.npy").exists():
        return
    lock = build_lock(folder.with_name(f"{folder.name}.lock"))
    try:
        if not (folder / "offsets.npy").exists():  # written while we waited
            _write(folder, _simplemma_table(lang))
    finally:
        if lock is not None:
            lock.close()


class DiskDictionaries:
    """A simplemma ``DictionaryFactory``: each language's dictionary from ``folder`` (written there
    from simplemma's data the first time), or loaded into memory once it was asked
    :data:`IN_MEMORY_AFTER` times in this process. Raises ValueError for a language simplemma lacks."""

    def __init__(self, folder: Path, shipped: Path | None = None):
        from simplemma.strategies.dictionaries import DefaultDictionaryFactory

        self._folder = folder
        self._shipped = shipped  # read-only: the languages `storylens setup` wrote (storylens._cache.install_dir)
        self._memory = DefaultDictionaryFactory()
        self._disk: dict[str, _DiskDictionary | None] = {}
        self._lock = threading.Lock()

    def get_dictionary(self, lang: str) -> Mapping[str, str]:
        from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

        if lang not in SUPPORTED_LANGUAGES:
            raise ValueError(f"Unsupported language: {lang}")
        disk = self._disk.get(lang)
        if disk is None and lang not in self._disk:
            disk = self._open(lang)
        if disk is None or disk.lookups >= IN_MEMORY_AFTER:
            return self._memory.get_dictionary(lang)
        return disk

    def _open(self, lang: str) -> _DiskDictionary | None:
        """The language's disk dictionary, written first when missing (None when the folder cannot be
        written or read: simplemma's own dictionary serves)."""
        with self._lock:
            if lang in self._disk:
                return self._disk[lang]
            found: _DiskDictionary | None = None
            if self._shipped is not None and (self._shipped / lang / "offsets.npy").exists():
                found = _readable(self._shipped / lang)  # a damaged one: the cache's copy serves
            if found is None:
                folder = self._folder / lang
                try:
                    _write_once(folder, lang)
                    found = _DiskDictionary(folder)
                except (OSError, ValueError, EOFError):  # EOFError: an emptied offsets.npy (final42 C1)
                    found = None
            self._disk[lang] = found
            return found


def _readable(folder: Path) -> _DiskDictionary | None:
    """The dictionary in ``folder``, or None when its files cannot be read as one (missing, emptied or cut
    short: final42 C1, an emptied table made every command abort)."""
    try:
        return _DiskDictionary(folder)
    except (OSError, ValueError, EOFError):
        return None


def _simplemma_table(lang: str) -> Mapping[bytes, bytes]:
    """simplemma's dictionary of ``lang`` as bytes -> bytes: the table its private loader unpickles (as
    stored, no copy), or, when a release moved, renamed or changed that loader, the table through the
    public ``simplemma.strategies.dictionaries.DefaultDictionaryFactory`` (str -> str: each entry encoded
    again, once a machine). For a language simplemma lacks, raises FileNotFoundError (an OSError: the private
    loader finds no file) or ValueError (the public factory); the caller catches both."""
    try:
        from simplemma.strategies.dictionaries.dictionary_factory import _load_dictionary_from_disk

        table = _load_dictionary_from_disk(lang)
        first = next(iter(table.items()), (b"", b""))
        if isinstance(first[0], bytes) and isinstance(first[1], bytes):
            return table
    except (ImportError, AttributeError, TypeError):
        pass  # the private loader is gone or reads otherwise: the public factory serves
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    public = DefaultDictionaryFactory(cache_max_size=0).get_dictionary(lang)
    return {k.encode("utf-8"): v.encode("utf-8") for k, v in public.items()}


def lemmatizer_for(folder: Path, shipped: Path | None = None) -> tuple[Any, Any]:
    """(a simplemma ``Lemmatizer``, a ``DictionaryLookupStrategy``) reading :class:`DiskDictionaries`
    in ``folder`` (a language found in ``shipped``, ``storylens setup``'s copy, is read from there):
    ``lemmatize(word, lang)`` and ``get_lemma(word, lang) is not None`` answer as
    ``simplemma.lemmatize`` and ``simplemma.is_known`` do."""
    from simplemma import Lemmatizer
    from simplemma.strategies import DefaultStrategy, DictionaryLookupStrategy

    factory: Any = DiskDictionaries(folder, shipped)
    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory)), DictionaryLookupStrategy(factory)


def build_languages(folder: Path, languages: list[str]) -> list[str]:
    """Write each of ``languages``' dictionaries into ``folder`` (``storylens setup``), skipping those
    already there and readable (a damaged one is written again); returns the languages written. Raises
    ValueError for a language simplemma lacks, OSError when ``folder`` cannot be written."""
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    unknown = [lang for lang in languages if lang not in SUPPORTED_LANGUAGES]
    if unknown:
        raise ValueError(f"simplemma has no dictionary for: {', '.join(unknown)}")
    written = []
    for lang in languages:
        if (folder / lang).exists():
            kept = _readable(folder / lang)
            if kept is not None:
                kept.close()
                continue
            shutil.rmtree(folder / lang)  # a damaged copy (final42 C1: setup kept it): written again
        _write(folder / lang, _simplemma_table(lang))
        written.append(lang)
    return written
