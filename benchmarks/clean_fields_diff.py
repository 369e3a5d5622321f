"""Every field of ``clean_text`` on the 2,502 distinct dev texts and the 300 BASIL texts, dumped, or diffed against a
dump (hdr70: a header change must leave them unchanged unless each difference is explained).

    PYTHONPATH=src python benchmarks/clean_fields_diff.py dump before.json     # on the tree before a change
    PYTHONPATH=src python benchmarks/clean_fields_diff.py diff before.json     # on the tree after it

The diff prints each text whose cleaning moved (a field's old and new value; for the text and the removed items the
lines lost and gained) and the count. The CPU seconds of the cleaning pass go to stderr (state the load beside them).
BASIL's texts are cleaned only (no labels read), both halves.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import resource
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def texts() -> list[tuple[str, str]]:
    """(key, text) of the distinct dev texts (text1 then text2 of each row) and of BASIL's articles."""
    csv.field_size_limit(sys.maxsize)
    with (DATA / "semeval2022t8" / "dev.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    dev = list(dict.fromkeys([r["text1"] for r in rows] + [r["text2"] for r in rows]))
    with (DATA / "basil" / "articles.jsonl").open(encoding="utf-8") as handle:
        basil = [json.loads(line) for line in handle]
    return [(f"dev{i}", t) for i, t in enumerate(dev)] + [(b["id"], b.get("text") or "") for b in basil]


def dump() -> dict[str, dict]:
    from storylens.prepare.clean import clean_text

    out = {}
    start = resource.getrusage(resource.RUSAGE_SELF)
    for key, text in texts():
        cleaned = clean_text(text)
        fields = dataclasses.asdict(cleaned)
        fields["removed"] = [[r.kind, r.text] for r in cleaned.removed]
        out[key] = json.loads(json.dumps(fields, default=list))
    end = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (end.ru_utime - start.ru_utime) + (end.ru_stime - start.ru_stime)
    print(f"cpu {cpu:.2f} s, {len(out)} texts", file=sys.stderr)
    return out


def _lines(field: str, value: object) -> set[str]:
    return set(str(value).splitlines()) if field == "text" else {str(v) for v in value}  # type: ignore[attr-defined]


def main() -> None:
    mode, path = sys.argv[1], Path(sys.argv[2])
    if mode == "dump":
        path.write_text(json.dumps(dump(), ensure_ascii=False), encoding="utf-8")
        return
    before = json.loads(path.read_text(encoding="utf-8"))
    after = dump()
    changed = 0
    for key, old in before.items():
        moved = {f: (old[f], after[key][f]) for f in old if old[f] != after[key][f]}
        if not moved:
            continue
        changed += 1
        print("==", key)
        for field, (a, b) in moved.items():
            if field in ("text", "removed"):
                lost, gained = _lines(field, a) - _lines(field, b), _lines(field, b) - _lines(field, a)
                print(f"  {field}: -{sorted(lost)[:5]} +{sorted(gained)[:5]}")
            else:
                print(f"  {field}: {a!r} -> {b!r}")
    print("changed", changed, "of", len(before))


if __name__ == "__main__":
    main()
