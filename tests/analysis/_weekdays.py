"""The weekday readings' tests: one publication day (a Wednesday), the Mondays and Fridays around it, and the dates
read from a text (robust75 R4: the Fridays and a ``_days`` helper were written again in each weekday test file)."""

from __future__ import annotations

from storylens.analysis.quantities import extract_dates

WEDNESDAY = "2026-12-02"
LAST_MONDAY, COMING_MONDAY, A_WEEK_ON = "2026-11-30", "2026-12-07", "2026-12-14"
LAST_FRIDAY, NEXT_FRIDAY = "2026-11-27", "2026-12-04"


def days(text: str, lang: str, published: str = WEDNESDAY, *, day_only: bool = True) -> list[str | None]:
    """The dates of ``text`` published on ``published``, in order: of the mentions read to the day (a weekday, a
    day of a month) only unless ``day_only`` is False."""
    return [d.date for d in extract_dates(text, published=published,
                                          language=lang) if not day_only or d.precision == "day"]


def reading(text: str, lang: str, target: str) -> str | None:
    """The date of the first mention of ``text`` (published on WEDNESDAY) that holds ``target``."""
    found = [d for d in extract_dates(text, published=WEDNESDAY, language=lang) if target.lower() in d.text.lower()]
    assert found, (text, target)
    return found[0].date
