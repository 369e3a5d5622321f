"""Which dev pairs two refine_similarity.py --dump runs put differently (together / apart), by language pair.

    .venv/bin/python benchmarks/refine_pairdiff.py BEFORE.npz [AFTER.npz]

Reads each dump's per-fold story labels (``label<f>``) and article folds and scores every dev row as
``refine_similarity.py`` does (a row is scored in its first text's fold): same-story rows (Overall <= 1.5)
together, cross-lingual ones together, unrelated rows (Overall >= 3.5) apart. With two dumps it lists the
rows whose outcome flipped (GAIN / LOSS, language pair, fold, Overall, pair_id#src_row), so a regression is
attributed to pairs and languages, not only to three figures. dev.csv only (never heldout.csv).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _lib import links as L


def outcomes(path: str) -> dict[str, tuple[str, str, int, bool, float]]:
    """pair_id#src_row -> (same|unrel, language pair, fold, together, Overall) of one dump."""
    z = np.load(path)
    rows, items = L.dev_corpus()
    pos = {it["id"]: k for k, it in enumerate(items)}
    fold = z["art_fold"]
    out = {}
    for r in rows:
        o = float(r["Overall"])
        kind = "same" if o <= L.SAME_MAX else "unrel" if o >= L.APART_MIN else None
        if kind is None:
            continue
        a, b = pos[r["id1"]], pos[r["id2"]]
        f = int(fold[a])
        lab = z[f"label{f}"]
        out[r["pair_id"] + "#" + r["src_row"]] = (kind, r["lang1"] + "-" + r["lang2"], f, bool(lab[a] == lab[b]), o)
    return out


def summary(o: dict[str, tuple[str, str, int, bool, float]]) -> str:
    same = [v[3] for v in o.values() if v[0] == "same"]
    cross = [v[3] for v in o.values() if v[0] == "same" and len(set(v[1].split("-"))) == 2]
    apart = [not v[3] for v in o.values() if v[0] == "unrel"]
    return (f"same together {sum(same)}/{len(same)} = {np.mean(same):.3f}, cross-lingual {sum(cross)}/{len(cross)} = "
            f"{np.mean(cross):.3f}, unrelated apart {sum(apart)}/{len(apart)} = {np.mean(apart):.3f}")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or len(args) > 2:
        print(__doc__)
        return 2
    a = outcomes(args[0])
    print(Path(args[0]).name, summary(a))
    if len(args) == 2:
        b = outcomes(args[1])
        print(Path(args[1]).name, summary(b))
        for k in sorted(a, key=lambda k: (a[k][0], a[k][1], k)):
            if k in b and a[k][3] != b[k][3]:
                gain = (a[k][0] == "same") == b[k][3]
                print(f"  {'GAIN' if gain else 'LOSS'} {a[k][0]:5s} {a[k][1]:6s} fold {a[k][2]} Overall {a[k][4]:.2f} "
                      f"{'together -> apart' if a[k][3] else 'apart -> together'}  {k}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
