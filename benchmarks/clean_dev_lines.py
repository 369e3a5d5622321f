"""Which lines of the 2,502 distinct dev texts ``clean_text`` drops, and what a change to it moves.

The check every change to ``prepare.clean`` runs on the SemEval-2022 task 8 dev texts (``dev.csv``, both
sides, each distinct text once): a line of an article lost as page furniture is a claim the ledger never
sees, so every newly lost line is printed for reading by hand.

    python benchmarks/clean_dev_lines.py --dump before.json          # on the tree before a change
    python benchmarks/clean_dev_lines.py --against before.json       # on the tree after it

``--dump`` writes every text's cleaning (kept text, title, outlet, date, authors, place, removed items);
``--against`` cleans again and prints, for each text whose cleaning differs, the lines it loses or
regains (removed items by kind) and any field that moved, then the counts: texts that lose a line of
their own (any removed item, before and after), texts changed, lines newly lost. Load and CPU seconds of
the cleaning pass are printed too (2 shared cores: state the load beside the figure).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DEV = ROOT.parent / "shared" / "data" / "semeval2022t8" / "dev.csv"

FIELDS = ("text", "title", "outlet", "published", "authors", "place")


def dev_texts(path: Path = DEV) -> list[str]:
    """The distinct texts of ``dev.csv`` (text1 then text2 of each row, first seen first): 2,502."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return list(dict.fromkeys([r["text1"] for r in rows] + [r["text2"] for r in rows]))


def clean_all(texts: list[str]) -> tuple[list[dict], float]:
    """Each text's cleaning as a plain dict, and the CPU seconds the pass took."""
    from storylens.prepare.clean import clean_text

    start = resource.getrusage(resource.RUSAGE_SELF)
    out = []
    for text in texts:
        c = clean_text(text)
        out.append({"text": c.text, "title": c.title, "outlet": c.outlet, "published": c.published,
                    "authors": list(c.authors), "place": c.place,
                    "removed": [[r.kind, r.text] for r in c.removed]})
    end = resource.getrusage(resource.RUSAGE_SELF)
    return out, (end.ru_utime - start.ru_utime) + (end.ru_stime - start.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dump", type=Path, help="write every text's cleaning here")
    parser.add_argument("--against", type=Path, help="compare with a dump written before a change")
    args = parser.parse_args()
    texts = dev_texts()
    load = os.getloadavg()[0]
    now, cpu = clean_all(texts)
    print(f"{len(texts)} dev texts cleaned in {cpu:.2f} CPU-s (load {load:.1f})", file=sys.stderr)
    if args.dump:
        args.dump.write_text(json.dumps(now, ensure_ascii=False), encoding="utf-8")
    lose_now = sum(bool(c["removed"]) for c in now)
    print(f"texts losing a line: {lose_now} of {len(texts)}")
    if not args.against:
        return
    before = json.loads(args.against.read_text(encoding="utf-8"))
    lose_before = sum(bool(c["removed"]) for c in before)
    changed = lost = regained = 0
    for i, (old, new) in enumerate(zip(before, now, strict=True)):
        moved = [f for f in FIELDS if old[f] != new[f]]
        old_removed = [tuple(r) for r in old["removed"]]
        new_removed = [tuple(r) for r in new["removed"]]
        gone = [r for r in new_removed if r not in old_removed]
        back = [r for r in old_removed if r not in new_removed]
        if not (moved or gone or back):
            continue
        changed += 1
        lost += len(gone)
        regained += len(back)
        print(f"\n#{i} fields moved: {', '.join(moved) or '-'}")
        for kind, line in gone:
            print(f"  - lost   [{kind}] {line!r}")
        for kind, line in back:
            print(f"  + kept   [{kind}] {line!r}")
        for field in moved:
            if field != "text":
                print(f"  {field}: {old[field]!r} -> {new[field]!r}")
    print(f"\ntexts losing a line: {lose_before} -> {lose_now} of {len(texts)}; texts changed: {changed}; "
          f"lines newly lost: {lost}; lines no longer lost: {regained}")


if __name__ == "__main__":
    main()
