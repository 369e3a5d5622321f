"""The weekday readings' tests: one publication day (a Wednesday) and the Mondays around it."""

from __future__ import annotations

from storylens.analysis.quantities import extract_dates

WEDNESDAY = "2026-12-02"
LAST_MONDAY, COMING_MONDAY, A_WEEK_ON = "2026-11-30", "2026-12-07", "2026-12-14"


def reading(text: str, lang: str, target: str) -> str | None:
    """The date of the first mention of ``text`` (published on WEDNESDAY) that holds ``target``."""
    found = [d for d in extract_dates(text, WEDNESDAY, lang) if target.lower() in d.text.lower()]
    assert found, (text, target)
    return found[0].date
