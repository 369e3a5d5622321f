"""Where the e5 lead vector's CPU goes (issue 16, stop 46, e5num46), and what is left to cut.

    nice .venv/bin/python benchmarks/e5_cost.py [--repeat 3] [--dev 200] [--chars 400 480 600]

Dev texts only (never heldout.csv). The leads are those of ``benchmarks/perf.py --pairs-only``'s pairs (the
last 8 dev pairs with two texts, 16 leads of 600 characters), embedded by the default engine (``numkong-i8``,
:mod:`storylens.embed._e5engine`) one text per call, as ``similarity --pairs`` does. Printed, with the load:

* the forward pass of a lead by part (CPU of the calling thread, each part timed around its calls): NumKong's
  int8 products, the rest of the linear layers (activations rounded to int8 per row, the products scaled back,
  bias, residual), attention, GELU, layer norms; and the tokenizer;
* NumKong's ``dots_packed`` throughput on the model's four matrix shapes by type (GMAC/s), and the products'
  floor for these leads: their multiply-adds over the fastest type's rate;
* CPU per lead against the lead's length in characters (``--chars``, the same texts cut shorter, alternated
  in one process): the cost is near linear in the tokens;
* numerics variants of the linear layers, each against the shipped vectors on ``--dev`` dev leads (cosine
  min / mean) and timed alternated with the shipped one.

Measured 2026-12-03 (stop 46, load 28-31; the figures move with the load, the shares much less): 68.2 CPU-ms per
lead, linear layers 74 % (NumKong's int8 products 51 %, 35.0 ms), attention 18 %, GELU 5 %, layer norms 5 %,
tokenizer 3 %; dots_packed GMAC/s i8 103, u8 93, bf16 48, e4m3 43, f32 12, the products' floor 33.1 ms a lead;
400 / 480 / 600 characters 122 / 138 / 160 tokens, 55.2 / 59.6 / 70.5 ms; per-tensor step cosine min 0.932 mean
0.988 on 150 dev leads, 74.0 against 75.8 ms; reciprocal step min 0.9991 mean 0.9997, 76.7 against 79.1 ms.
At load 16-20: 85 ms a lead, i8 87 GMAC/s. Hardware counters are not readable here (``perf stat`` reports
instructions "not supported" in this VM) and callgrind runs the AVX2 kernels (valgrind has no AVX-512), so
CPU time is the measure.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = next((p / "shared" / "data" for p in ROOT.parents if (p / "shared" / "data").is_dir()),
            ROOT.parent / "shared" / "data")
DEV = DATA / "semeval2022t8" / "dev.csv"


def dev_rows() -> list[dict]:
    csv.field_size_limit(10**8)
    with open(DEV, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def perf_texts(rows: list[dict], n_pairs: int = 8) -> list[str]:
    """The texts of perf.py's per-pair rows (its :func:`pair_rows`' selection), stripped."""
    picked = [r for r in rows if len(r["text1"]) > 20 and len(r["text2"]) > 20][-n_pairs:]
    return [r[k].strip() for r in picked for k in ("text1", "text2")]


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def per_lead(engine: Any, leads: list[str], repeat: int) -> float:
    """CPU-ms of the calling thread per lead (``passage``), the best of ``repeat`` passes."""
    best = float("inf")
    for _ in range(repeat):
        start = time.thread_time()
        for t in leads:
            engine.passage(t)
        best = min(best, (time.thread_time() - start) / len(leads))
    return 1000 * best


def breakdown(engine: Any, leads: list[str], repeat: int) -> None:
    from storylens._threads import one_blas_thread
    from storylens.embed import _e5engine

    labels = ("linear layers", "  of which NumKong int8 products", "attention (scores, softmax, context)", "GELU",
              "layer norms", "tokenizer")
    spent = dict.fromkeys(labels, 0.0)
    patched: list[tuple[Any, str, Any]] = []

    def wrap(owner: Any, name: str, label: str) -> None:
        inner = getattr(owner, name)
        # put back as found: a module's function, or the class's method (no attribute of the instance left behind)
        patched.append((owner, name, vars(owner).get(name)))

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.thread_time()
            try:
                return inner(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.thread_time() - start

        setattr(owner, name, timed)

    ids = [[engine.bos, *engine.tokenize("passage: " + t), engine.eos] for t in leads]
    tokens = [len(i) for i in ids]
    with one_blas_thread():
        whole = per_lead(engine, leads, repeat)
        for (owner, name), label in zip(((engine, "_linear"), (engine._nk, "dots_packed"), (_e5engine, "_attend"),
                                         (_e5engine, "_gelu"), (engine, "_norm"), (engine, "tokenize")), labels,
                                        strict=True):
            wrap(owner, name, label)
        try:
            for _ in range(repeat):
                for t in leads:
                    engine.passage(t)
        finally:
            for owner, name, original in reversed(patched):
                if original is None:
                    delattr(owner, name)
                else:
                    setattr(owner, name, original)
    print(f"{len(leads)} leads, tokens mean {np.mean(tokens):.0f} (min {min(tokens)}, max {max(tokens)}); "
          f"{whole:.1f} CPU-ms per lead ({load()})")
    for label, s in spent.items():
        ms = 1000 * s / repeat / len(leads)
        print(f"  {label:40} {ms:6.1f} ms  {100 * ms / whole:4.0f} %")
    macs = macs_per_lead(engine, tokens)
    print(f"  linear-layer multiply-adds per lead {macs / 1e9:.2f} G")


def macs_per_lead(engine: Any, tokens: list[int]) -> float:
    H, FF = engine.H, engine.FF
    return float(np.mean(tokens)) * engine.layers_n * (3 * H * H + H * H + 2 * H * FF)


def kernels(engine: Any, tokens: float) -> None:
    """``dots_packed``'s GMAC/s by type on the model's matrix shapes, ``tokens`` rows."""
    nk = engine._nk
    rng = np.random.default_rng(0)
    H, FF = engine.H, engine.FF
    shapes = ((3 * H, H), (H, H), (FF, H), (H, FF))
    rows = round(tokens)
    rates = {}
    for dtype in ("i8", "u8", "bf16", "e4m3", "f32"):
        spent = macs = 0.0
        for n, k in shapes:
            if dtype in ("i8", "u8"):
                kind = np.int8 if dtype == "i8" else np.uint8
                b = rng.integers(0, 100, (n, k)).astype(kind)
                a: Any = rng.integers(0, 100, (rows, k)).astype(kind)
                packed = nk.dots_pack(b)
            else:
                bf, af = rng.standard_normal((n, k)).astype(np.float32), rng.standard_normal((rows, k)).astype(np.float32)
                packed = nk.dots_pack(bf if dtype == "f32" else nk.astype(bf, dtype))
                a = af if dtype == "f32" else nk.astype(af, dtype)
            nk.dots_packed(a, packed)
            reps = 30
            start = time.thread_time()
            for _ in range(reps):
                nk.dots_packed(a, packed)
            spent += time.thread_time() - start
            macs += reps * rows * n * k
        rates[dtype] = macs / spent / 1e9
    print(f"NumKong dots_packed on the model's shapes, {rows} rows, GMAC/s: "
          + ", ".join(f"{k} {v:.0f}" for k, v in rates.items()) + f" ({load()})")
    best = max(rates.values())
    print(f"  the linear layers' floor at the fastest type: {1000 * macs_per_lead(engine, [rows]) / best / 1e9:.1f} "
          "CPU-ms per lead")


def lengths(engine: Any, texts: list[str], chars: list[int], repeat: int) -> None:
    """CPU per lead and tokens for each lead length, alternated ``repeat`` times in this process."""
    from storylens._threads import one_blas_thread

    spent = {c: [] for c in chars}
    with one_blas_thread():
        for _ in range(repeat):
            for c in chars:
                spent[c].append(per_lead(engine, [t[:c] for t in texts], 1))
    for c in chars:
        tokens = np.mean([len(engine.tokenize("passage: " + t[:c])) + 2 for t in texts])
        print(f"  leads of {c} characters: {tokens:.0f} tokens, {min(spent[c]):.1f} CPU-ms per lead (best of {repeat})")
    print(f"  ({load()})")


def _linear_per_tensor(self: Any, x: np.ndarray, packed: Any, bias: np.ndarray, residual: np.ndarray | None = None,
                       scratch: Any = None, out: np.ndarray | None = None) -> np.ndarray:
    """One int8 step for all of an input's rows (its largest magnitude / 127), multiplied by its reciprocal, and
    the weights' row scales times it in one pass: two passes less than the shipped per-row step."""
    matrix, scale, shape, wide, x8, tensor, products = _magnitudes(x, packed, scratch)
    step = max(float(np.maximum.reduce(wide, axis=None)) / 127.0, 1e-12)
    np.multiply(x, np.float32(1.0 / step), out=wide)
    return _int8_product(self._nk, wide, x8, matrix, tensor, products, (scale * np.float32(step),), bias, residual,
                         shape, out)


def _magnitudes(x: np.ndarray, packed: Any, scratch: Any) -> tuple[Any, ...]:
    """(matrix, row scales, output shape, |x| in the float32 scratch, the int8 scratch, the int32 product
    scratch and its array) of a linear step's input ``x``: what every variant reads first."""
    matrix, scale = packed
    rows, width = x.shape
    wide, x8, (tensor, products) = scratch.f32[width], scratch.i8[width], scratch.i32[len(scale)]
    np.abs(x, out=wide)
    return matrix, scale, (rows, len(scale)), wide, x8, tensor, products


def _int8_product(nk: Any, wide: np.ndarray, x8: np.ndarray, matrix: Any, tensor: Any, products: np.ndarray,
                  factors: tuple[np.ndarray, ...], bias: np.ndarray, residual: np.ndarray | None,
                  shape: tuple[int, int], out: np.ndarray | None) -> np.ndarray:
    """The scaled activations ``wide`` rounded to int8, their products with the packed ``matrix`` as float32
    times each of ``factors`` in turn (the steps, the weights' row scales), plus ``bias`` and ``residual``: the
    shipped step's tail (storylens.embed._e5engine), shared by the variants."""
    nk.astype(wide, "int8", out=x8)
    nk.dots_packed(x8, matrix, out=tensor)
    y = np.empty(shape, dtype=np.float32) if out is None else out
    np.copyto(y, products, casting="unsafe")
    for factor in factors:
        y *= factor
    y += bias
    if residual is not None:
        y += residual
    return y


def _linear_reciprocal(self: Any, x: np.ndarray, packed: Any, bias: np.ndarray, residual: np.ndarray | None = None,
                       scratch: Any = None, out: np.ndarray | None = None) -> np.ndarray:
    """The shipped per-row step, the activations multiplied by its reciprocal instead of divided by it."""
    matrix, scale, shape, wide, x8, tensor, products = _magnitudes(x, packed, scratch)
    step = np.maximum.reduce(wide, axis=1)
    step /= np.float32(127.0)
    np.maximum(step, np.float32(1e-12), out=step)
    np.multiply(x, (np.float32(1.0) / step)[:, None], out=wide)
    return _int8_product(self._nk, wide, x8, matrix, tensor, products, (step[:, None], scale), bias, residual,
                         shape, out)


VARIANTS: dict[str, Callable[..., np.ndarray]] = {"per-tensor int8 step": _linear_per_tensor,
                                                   "reciprocal step": _linear_reciprocal}


def variants(engine: Any, leads: list[str], dev: list[str], repeat: int) -> None:
    from storylens._threads import one_blas_thread
    from storylens.embed._e5engine import E5Engine

    shipped = E5Engine._linear
    reference = np.vstack([engine.passage(t) for t in dev])
    try:
        for name, linear in VARIANTS.items():
            E5Engine._linear = linear  # type: ignore[method-assign]
            vectors = np.vstack([engine.passage(t) for t in dev])
            cos = np.einsum("ij,ij->i", vectors, reference)
            times: dict[str, list[float]] = {"shipped": [], name: []}
            with one_blas_thread():
                for _ in range(repeat):
                    for label, fn in (("shipped", shipped), (name, linear)):
                        E5Engine._linear = fn  # type: ignore[method-assign]
                        times[label].append(per_lead(engine, leads, 1))
            print(f"  {name}: cosine to the shipped vectors on {len(dev)} dev leads min {cos.min():.5f} mean "
                  f"{cos.mean():.5f}; {min(times[name]):.1f} against {min(times['shipped']):.1f} CPU-ms per lead "
                  f"(best of {repeat}, alternated; {load()})")
    finally:
        E5Engine._linear = shipped  # type: ignore[method-assign]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--dev", type=int, default=200, help="dev leads for the variants' cosine (0: no variants)")
    ap.add_argument("--chars", type=int, nargs="*", default=[400, 480, 600])
    args = ap.parse_args()
    from storylens.embed import E5Embedder

    embedder = E5Embedder()
    engine = embedder.model
    print(f"engine {embedder.engine} ({embedder.model_id})")
    rows = dev_rows()
    texts = perf_texts(rows)
    leads = [t[:600] for t in texts]
    breakdown(engine, leads, args.repeat)
    kernels(engine, float(np.mean([len(engine.tokenize("passage: " + t)) + 2 for t in leads])))
    if args.chars:
        lengths(engine, texts, args.chars, args.repeat)
    if args.dev:
        pool = sorted({r[k].strip()[:600] for r in rows for k in ("text1", "text2")} - {""})
        dev = random.Random(0).sample(pool, min(args.dev, len(pool)))
        variants(engine, leads, dev, args.repeat)


if __name__ == "__main__":
    main()
