"""Build ``src/storylens/data/en-person-nouns-romance.json``: the English person nouns (by ending) that
the Spanish, Italian or Portuguese lexicon knows too (``storylens.analysis.quotes.romance_known_person_nouns``),
so a comparison need not load those three lexicons (~1.2 CPU-s) to read "said a Pentagon contractor".

Rebuild after a simplemma upgrade or a change to English's ``person_noun_endings`` (the shipped file is
then ignored, and tests/analysis/test_person_nouns_shipped.py fails until it is rebuilt).

Run: .venv/bin/python scripts/build_person_nouns.py
"""

from __future__ import annotations

import json
from pathlib import Path

from storylens.analysis.quotes import ROMANCE_KNOWN_FILE, romance_known_person_nouns

OUT = Path(__file__).resolve().parents[1] / "src" / "storylens" / "data" / ROMANCE_KNOWN_FILE

if __name__ == "__main__":
    data = romance_known_person_nouns()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['known_elsewhere'])} words (simplemma {data['simplemma']})")
