"""ingest77: ``_near`` with nothing before a hit tries the pattern at the hit alone; it must yield what the scan of the
window after each hit yielded (same matches, same order)."""

from __future__ import annotations

import random

import pytest

from storylens.analysis.quantities import _dates as D


def _scanned(rx, text, hits, group, after=40):
    """The window scan ``_near`` did for every ``before`` (here 0)."""
    seen, out = set(), []
    for h in hits:
        for m in rx.finditer(text, h, min(len(text), h + after)):
            if m.start(group) == h and m.span() not in seen:
                seen.add(m.span())
                out.append(m.span())
    return out


_TEXTS = [
    "In May 2024 the plant reopened; by March 2025, and again in May, 2026, it closed. Dec. 12 and June 3rd.",
    "Am 2. Dezember 2026 und im März 2025 sowie Mai 2024 trafen sie sich. Juni 5, Juli 2023.",
    "En mayo de 2024, el 3 de junio y en diciembre 2026.",
    "W maju 2000 osób, w marcu 2023 r. i 12 grudnia 2022.",
    "في مارس 2024 وفي 3 أيار 2025",
    "May may May 2024 May2024 May  2024\nMay\n2024 mar 2020 Mar. 2020",
]


@pytest.mark.parametrize("lang", ["en", "de", "es", "pl", "ar", None])
def test_near_without_before_is_the_window_scan(lang):
    rnd = random.Random(77)
    words = ["May", "March", "Dec.", "June", "Mai", "März", "mayo", "maju", " ", ", ", "2024", "12", "3rd", "de", "of"]
    texts = _TEXTS + ["".join(rnd.choice(words) + rnd.choice(["", " "]) for _ in range(rnd.randint(0, 14)))
                      for _ in range(300)]
    for text in texts:
        months, _ = D._word_hits(text, lang)
        for rx, group in ((D._MONTH_YEAR_RE, 1), (D._MONTH_DAY_RE, 1)):
            assert [m.span() for m in D._near(rx, text, months, group, 0)] == _scanned(rx, text, months, group), text
