"""How much of two stories' distinctive entity keys must they share to be one story told twice (a blindspot)?

``storylens story`` lists as blindspots the outlets and languages of related stories: those sharing
``min_shared`` (3) distinctive core keys with it. On newuser70's store (M7) every one was another story: a
2011 BASIL report and a Chinese 2019 impeachment op-ed shared "arizona, mitt, romney" of 19 and 63 such keys.
This measures the share of the smaller story's distinctive keys that two articles of one story and of two
stories have in common, on SemEval 2022 task 8 dev (one article a side, as a one-article story is read:
every key is core). Keys: ``cluster.entity_keys`` of title and text; distinctive as ``story_blindspots``
reads them (document frequency <= max(5, 5 % of the texts), no number or everyday keys). Only the pairs
sharing >= 3 such keys count (the others are no blindspot either way). One story: Overall <= 1.5; two
stories: Overall >= 3.5. Halves by pair order (even: tune, odd: eval).
Rule, fixed before looking: the highest share (0.01 steps) that keeps >= 90 % of the one-story pairs of the
tune half; reported on both halves with the two-story pairs it drops. Writes results/blindspot_evidence.json.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _lib.features import DATA, RESULTS

KEEP_SAME = 0.90
MIN_SHARED = 3


def main() -> None:
    from storylens.cluster import entity_keys

    csv.field_size_limit(10**9)
    with open(DATA / "semeval2022t8" / "dev.csv", encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["text1"].strip() and r["text2"].strip()]
    keys: dict[tuple[str, str], frozenset[str]] = {}
    for r in rows:
        for n in (1, 2):
            keys.setdefault((r[f"text{n}"], r[f"lang{n}"]), entity_keys(r[f"text{n}"], r[f"lang{n}"]))
    df: dict[str, int] = {}
    for ks in keys.values():
        for k in ks:
            df[k] = df.get(k, 0) + 1
    rare = max(5, int(0.05 * len(keys)))

    def distinctive(ks: frozenset[str]) -> set[str]:
        return {k for k in ks if df[k] <= rare and not k.startswith(("#", "%"))}

    shares: dict[str, dict[str, list[float]]] = {"tune": {"same": [], "other": []}, "eval": {"same": [], "other": []}}
    for i, r in enumerate(rows):
        overall = float(r["Overall"])
        label = "same" if overall <= 1.5 else "other" if overall >= 3.5 else None
        a, b = distinctive(keys[(r["text1"], r["lang1"])]), distinctive(keys[(r["text2"], r["lang2"])])
        if label is None or len(a & b) < MIN_SHARED:
            continue
        shares["tune" if i % 2 == 0 else "eval"][label].append(len(a & b) / min(len(a), len(b)))
    same = sorted(shares["tune"]["same"])
    cut = max(c / 100 for c in range(101) if sum(s >= c / 100 for s in same) >= KEEP_SAME * len(same))
    out = {"cut": cut, "texts": len(keys), "rare": rare}
    for half, got in shares.items():
        kept = sum(s >= cut for s in got["same"]) / max(1, len(got["same"]))
        dropped = sum(s < cut for s in got["other"]) / max(1, len(got["other"]))
        out[half] = {"same_pairs": len(got["same"]), "same_kept": round(kept, 4),
                     "other_pairs": len(got["other"]), "other_dropped": round(dropped, 4)}
        print(f"{half}: cut {cut:.2f} keeps {kept:.3f} of {len(got['same'])} one-story pairs, "
              f"drops {dropped:.3f} of {len(got['other'])} two-story pairs")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "blindspot_evidence.json").write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
