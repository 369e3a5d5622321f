"""speakers75's speaker probes (benchmarks/data/quote_probes75.jsonl), run on any tree:

    PYTHONPATH=src python benchmarks/quote_probes75.py

Each probe is one text, its language and the speakers its quotations must have, in order (``speakers``; null for a
"record" probe, whose answer is printed, not judged), with main's answer at a2cb1562 (``main``). Written before the
change (speakers75, issue #12, the kinds stop 74's testers found): a role before each of two coordinated names
("police chief Anna Berg and mayor Tom Lee said" gave Tom Lee; en/de/fr/es/it/pl), a capitalised adverb before an
inverted Romance verb ("Ensuite ont répondu les habitants" gave "Ensuite"), a group or role of two places ("I sindaci
di Roma e Milano" gave "Milano"), a firm's two surnames read as two people by the resolver ("Marks and Spencer"
after "Stuart Marks" gave "Stuart Marks and Spencer"); and the neighbours that must not change (a spokesman of two
firms, a surname that is a word before a verb with no subject after it, a person after "and", two people named in
full). Prints each probe's verdict, whether it moved from main's answer, and the count.
Measured at speakers75 (main a2cb1562 -> speakers75): see the commit message."""

from __future__ import annotations

from pathlib import Path

import quote_probes73

DATA = Path(__file__).parent / "data" / "quote_probes75.jsonl"


if __name__ == "__main__":
    quote_probes73.main(DATA)
