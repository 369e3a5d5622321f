"""Fill the shared embedding cache with the e5 lead vector of every dev.csv text (resumable).

    nice -n 10 .venv/bin/python benchmarks/fill_e5_leads.py [--progress FILE] [--lead-chars 600 ...]

The leads are cut exactly as the ``full`` similarity model and ``stories --refine --judge
full`` cut them: the text as :class:`storylens.similarity.ArticleSides` prepares it
(:func:`~storylens.similarity.prepare_text`), stripped, its first ``inputs_.lead_chars``
characters, embedded by the scorer's own document encoder (the shared on-disk cache,
``~/.cache/storylens/embeddings.sqlite``). Both text shapes of the dev data are covered:
a dev row's text as ``scripts/train_similarity.py`` prepares it and the dev stream's
article text (``"\\n" + text``, as ``benchmarks/_lib/links.texts_of`` gives it).
Leads already in the cache are skipped, so a stopped run resumes where it was.
Each chunk appends "done / total, timestamp, CPU-s" to ``--progress``.
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "semeval2022t8" / "dev.csv"


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def dev_texts(path: Path) -> list[str]:
    csv.field_size_limit(10**8)
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out: dict[str, None] = {}
    for r in rows:
        for k in ("text1", "text2"):
            raw = r[k] or ""
            if raw.strip():
                out.setdefault(raw, None)
                out.setdefault("\n" + raw.strip(), None)  # the dev stream's article text (no title)
    return list(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--progress", type=Path, default=None)
    ap.add_argument("--chunk", type=int, default=8)
    ap.add_argument("--reverse", action="store_true",
                    help="fill from the end of the list (a second worker beside a running one: each skips what "
                         "the other has cached, the encoder's cache is read before every call)")
    ap.add_argument("--lead-chars", type=int, nargs="+", default=None,
                    help="lead lengths to fill (default: the shipped full model's)")
    args = ap.parse_args(argv)

    from storylens.similarity import ArticleSides, prepare_text

    texts = dev_texts(args.dev)
    # The judge's own scorer and encoder: the lead's key is what the model will look up.
    sides = ArticleSides([], [], variant="full")
    enc = sides._scorer.doc_embedder
    chars = args.lead_chars or [sides.model.inputs_.lead_chars]
    prepared = dict.fromkeys(prepare_text(t).text for t in texts)
    leads = list(dict.fromkeys(t.strip()[:n] for n in chars for t in prepared if t.strip()))
    total = len(leads)
    keys = {enc._key(t): t for t in leads}
    cached = set(enc._lookup(set(keys)))
    todo = [t for k, t in keys.items() if k not in cached]
    if args.reverse:
        todo.reverse()
    done = total - len(todo)

    def report(note: str = "") -> None:
        line = (f"{done} / {total} e5 leads cached ({', '.join(map(str, chars))} chars; {len(prepared)} dev texts), "
                f"{datetime.now(UTC):%Y-%m-%d %H:%M:%S} UTC, {_cpu():.0f} CPU-s, "
                f"load {os.getloadavg()[0]:.1f}{note}")
        print(line, flush=True)
        if args.progress:
            with open(args.progress, "a", encoding="utf-8") as fh:
                fh.write(line + "\n")

    report(f" (start; pid {os.getpid()})")
    t0, c0 = time.time(), _cpu()
    for start in range(0, len(todo), args.chunk):
        enc.embed(todo[start : start + args.chunk])
        done = len(enc._lookup(set(keys)))  # counts what other workers cached too
        n = start + len(todo[start : start + args.chunk])
        report(f"; {(_cpu() - c0) / n:.2f} CPU-s and {(time.time() - t0) / n:.2f} s a lead this run")
    report(" (finished)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
