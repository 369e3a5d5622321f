"""Build ``src/storylens/text/data/organisation_nouns.json``: the organisation words of each language
(text/data "organisation_words") that its simplemma lexicon reads as common nouns
(``storylens.text._lang.organisation_nouns_table``), so a comparison need not build the lexicons of
languages its texts are not in to ask about them (trial newuser61 M3: six lexicons, ~9 CPU-s, 200 MB).

Rebuild after a simplemma upgrade or an edit of a language's "organisation_words" (the shipped entry is
then not read, and tests/text/test_organisation_nouns.py fails until it is rebuilt).

Run: .venv/bin/python scripts/build_organisation_nouns.py   (builds every such language's lexicon: ~10 CPU-s)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storylens.text._lang import ORGANISATION_NOUNS_FILE, organisation_nouns_table


def main() -> int:
    out = ROOT / "src" / "storylens" / "text" / "data" / ORGANISATION_NOUNS_FILE
    data = organisation_nouns_table()
    out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)} ({len(data['languages'])} languages, simplemma {data['simplemma']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
