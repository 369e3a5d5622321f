"""Build ``src/storylens/text/data/given_names.json``: given names whose gender every locale agrees on, from
the person-name lists of Faker (MIT licence; https://github.com/joke2k/faker, ``faker.providers.person``).

A pronoun or a gendered verb ("– podkreśliła", "a-t-elle insisté", "she said") after two people names the one
whose gender agrees; when the roles and verbs say nothing ("Burmistrz Paul Mercadier i prefekt Claire
Dumas"), only the given name tells (final34 #5). Faker lists given names by gender for ~80 locales; a name
listed as female in some locales and male in others ("Jean", "Andrea") is kept only with a 3-to-1 majority, as are names of
one or two letters; the others, of both genders, are listed under "u". Faker is needed only to build the file (not a dependency of StoryLens):

    pip install --target /tmp/faker faker
    PYTHONPATH=/tmp/faker .venv/bin/python scripts/build_given_names.py
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_MAJORITY = 3  # a name listed female in 3 locales and male in 1 ("Jean": fr male, en female) is neither
# words that open place names more often than they are anyone's given name ("Santa Cruz", "San José")
_PLACE_OPENERS = frozenset({"Santa", "Santo", "San", "Saint", "Sainte", "Sankt", "Nueva", "Nuevo", "Port", "Puerto",
                            "Porto", "Fort", "Mount", "Monte", "Villa", "China", "Paris", "Georgia"})
OUT = Path(__file__).resolve().parents[1] / "src" / "storylens" / "text" / "data" / "given_names.json"


def person_providers() -> Iterator[tuple[str, Any]]:
    """(locale, its ``faker.providers.person`` Provider class) for every locale Faker has person names of."""
    from faker.providers import person

    for info in pkgutil.iter_modules(person.__path__):
        yield info.name, importlib.import_module(f"{person.__name__}.{info.name}").Provider


def _votes() -> tuple[Counter[str], Counter[str], list[str]]:
    """Per name (case-folded), the number of locales listing it as female and as male."""
    female: Counter[str] = Counter()
    male: Counter[str] = Counter()
    locales = []
    for locale, provider in person_providers():
        f, m = getattr(provider, "first_names_female", ()), getattr(provider, "first_names_male", ())
        if f and m:
            locales.append(locale)
            female.update({n.strip() for n in f})
            male.update({n.strip() for n in m})
    return female, male, sorted(locales)


def build() -> dict:
    """Names of 3+ letters, each with the gender of at least 3 of every 4 locales that list it."""
    female, male, locales = _votes()

    def keep(mine: Counter[str], other: Counter[str]) -> list[str]:
        return sorted(n for n, k in mine.items()
                      if len(n) >= 3 and " " not in n and n[:1].isupper() and n not in _PLACE_OPENERS and k >= _MAJORITY * other[n])

    import faker

    f, m = keep(female, male), keep(male, female)
    # the names of both genders with no majority ("Jean", "Kim", "Claude"): a given name all the same (speakers76fix)
    both = sorted(n for n in set(female) | set(male) if len(n) >= 3 and " " not in n and n[:1].isupper()
                  and n not in _PLACE_OPENERS and n not in set(f) | set(m))
    return {"source": f"Faker {faker.VERSION} faker.providers.person ({len(locales)} locales)", "f": f, "m": m,
            "u": both}


if __name__ == "__main__":
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['f'])} female, {len(data['m'])} male given names ({data['source']})")
