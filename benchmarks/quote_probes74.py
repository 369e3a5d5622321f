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

from pathlib import Path

import quote_probes73

DATA = Path(__file__).parent / "data" / "quote_probes74.jsonl"


if __name__ == "__main__":
    quote_probes73.main(DATA)
