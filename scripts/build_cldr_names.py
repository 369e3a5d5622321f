"""Write src/storylens/text/data/cldr.json: babel's (CLDR) month, weekday and country names per language.

Loading ten babel locales costs about 0.8 s, paid at the first date or quote of
every process; the names change only with babel's CLDR release, so they are
read once here and shipped. storylens.text falls back to babel itself for a
language that is not in the file, and tests/text/test_text.py checks the file
against the installed babel.

    .venv/bin/python scripts/build_cldr_names.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storylens.text._lang import CALENDAR_LANGUAGES, cldr_names_from_babel


def main() -> int:
    out = ROOT / "src" / "storylens" / "text" / "data" / "cldr.json"
    data = {lang: cldr_names_from_babel(lang) for lang in CALENDAR_LANGUAGES}
    out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)} ({len(data)} languages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
