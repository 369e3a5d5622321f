"""quotes74's speaker probes (benchmarks/data/quote_probes74.jsonl), run on any tree:

    PYTHONPATH=src python benchmarks/quote_probes74.py

Each probe is one text, its language and the speakers its quotations must have, in order (``speakers``; null for a
"record" probe, whose answer is printed, not judged), with main's answer at 6d27499b (``main``). Written before the
change (quotes74, issue #12): a relative clause about a thing after a one-word subject ("Residents who fled the fire
said" gave "the fire"), coordinated speakers ("John Smith and Mary Jones said" gave Mary Jones; the decision: one
speaker string naming them all, as written), French and Italian plural verbs ("ont dit", "hanno detto"), in
en/de/fr/es/it/pl/ru/tr/zh/ar, and the neighbours that must not change ("X met Y and said", "X and Y met, Z said",
"the man who shot X said", an apposition of roles after a name, Spanish "en", "Szef WHO").
Prints each probe's verdict, whether it moved from main's answer, and the count.
Measured at quotes74 (main 6d27499b -> quotes74): see the commit message."""

from __future__ import annotations

import json
from pathlib import Path

from quote_probes73 import speakers

DATA = Path(__file__).parent / "data" / "quote_probes74.jsonl"


def main() -> None:
    right = judged = moved = 0
    for line in DATA.read_text(encoding="utf-8").splitlines():
        probe = json.loads(line)
        got = speakers(probe["text"], probe["lang"])
        want = probe["speakers"]
        verdict = "-" if want is None else ("OK" if got == want else "BAD")
        judged += want is not None
        right += verdict == "OK"
        moved += got != probe["main"]
        shift = "" if got == probe["main"] else f" (main {probe['main']})"
        print(f"{verdict:3} {probe['lang']} {probe['note']:11} {got}{shift} | {probe['text'][:80]}")
    print(f"{right}/{judged} right, {moved} moved from main")


if __name__ == "__main__":
    main()
