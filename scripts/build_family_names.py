"""Build ``src/storylens/text/data/family_names.json``: the family names of Faker's person-name lists (MIT licence;
https://github.com/joke2k/faker, ``faker.providers.person`` ``last_names``), one word each.

An unmarked byline "Paris Hilton, AP, March 12, 2026" opens with a listed city: only a listed family name after it
tells the reporter ("Hilton", "Sweeney", "Dupuis") from the city's airport, district or team ("London Gatwick",
"Paris Orly", "Seattle Seahawks": speakers76fix, any word no dictionary held was a family name). Faker is needed only
to build the file (not a dependency of StoryLens):

    pip install --target /tmp/faker faker
    PYTHONPATH=/tmp/faker .venv/bin/python scripts/build_family_names.py
"""

from __future__ import annotations

import json
from pathlib import Path

from build_given_names import person_providers  # (scripts/ is the script's folder: on sys.path)

OUT = Path(__file__).resolve().parents[1] / "src" / "storylens" / "text" / "data" / "family_names.json"


def build() -> dict:
    """One-word family names of 3+ letters, capitalised where the script has case, of every locale."""
    import faker

    names: set[str] = set()
    locales = []
    for locale, provider in person_providers():
        last = getattr(provider, "last_names", ())
        if last:
            locales.append(locale)
            names.update(n.strip() for n in last)
    kept = sorted(n for n in names if len(n) >= 3 and " " not in n and not n[:1].islower())
    return {"source": f"Faker {faker.VERSION} faker.providers.person last_names ({len(locales)} locales)",
            "names": kept}


if __name__ == "__main__":
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['names'])} family names ({data['source']})")
