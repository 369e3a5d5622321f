"""The writer's candidate window as the store's own parameter, and the check that a run's dates do
not go back past it.

The window (``store.candidate_window``; settings.candidate_window, stop 34) decides which stored
articles a new one can join, so it is stored with the store (its ``meta`` table, key
``candidate_window``, on both backends) like the clusterer's parameters: two writers of one store
use the same window whatever their settings, and a run that asks for another value stores it.

A window of N articles assumes a stream in about publication order: an article's story mates were
ingested shortly before it. A run whose dates go back past the window (an archive backfill in no
date order) splits stories silently, so :class:`DateOrder` counts the articles dated before one
that had already left their window, and ingest reports them (``IngestReport.out_of_order``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..errors import InputError

WINDOW_META = "candidate_window"

# Publication dates are local dates: a stream sorted by instant can step back one day where two
# time zones meet, harmlessly. Only a step back by more than this many days is out of order.
DATE_SLACK_DAYS = 1


def use_candidate_window(store: Any, asked: int | None) -> tuple[int, int | None]:
    """Set ``store.candidate_window`` for this writer (hold the writer lock) and store it.

    The window is ``asked`` when given (0: the whole store), else the value stored with the store,
    else ``store.candidate_window`` (settings.candidate_window unless the caller set it) for a store
    that has none stored yet (new, or made before stop 34). Returns (window, the different value
    that was stored before it, or None). Raises :class:`~storylens.errors.InputError` for a
    negative ``asked``.
    """
    check_window(asked)
    stored = _stored_window(store)
    window = int(asked) if asked is not None else stored if stored is not None else int(store.candidate_window)
    store.candidate_window = window
    if stored != window:
        store.set_meta(WINDOW_META, str(window))
    return window, (stored if stored is not None and stored != window else None)


def stored_candidate_window(store: Any) -> int:
    """The candidate window the store's next writer uses: its stored value, else settings.candidate_window."""
    from ..settings import DEFAULT

    stored = _stored_window(store)
    return stored if stored is not None else DEFAULT.candidate_window


def check_window(asked: int | None) -> None:
    """Raise :class:`~storylens.errors.InputError` for a negative candidate window (None: not asked)."""
    if asked is not None and int(asked) < 0:
        raise InputError(f"the candidate window must be 0 (the whole store) or more articles, not {asked}")


def _stored_window(store: Any) -> int | None:
    """The candidate window stored with the store, or None for a store that has none."""
    text = store.get_meta(WINDOW_META)
    return int(text) if text is not None else None


def window_text(window: int) -> str:
    """``10,000 articles`` or ``0 (the whole store)``."""
    return f"{window:,} articles" if window else "0 (the whole store)"


@dataclass(frozen=True)
class OutOfOrder:
    """A run's articles dated more than :data:`DATE_SLACK_DAYS` before an article of the run that had
    already left their candidate window (their story mates may be outside it too)."""

    count: int
    source: str  # the first such article's source
    published: date  # its date
    later: date  # the latest date already outside its window then


class DateOrder:
    """Stored articles in storage order, checked against the window: an article is out of order
    when an article stored more than ``window`` places before it in this run is dated more than
    :data:`DATE_SLACK_DAYS` later. O(window) memory (a ring of day numbers; no numpy: the web's
    health reads this module)."""

    def __init__(self, window: int):
        self.window = int(window)
        # the last window + 1 articles' day numbers (-1: undated): the oldest leaves the next one's window
        self._ring = [-1] * (self.window + 1 if self.window else 0)
        self._n = 0
        self._outside = -1  # the latest day number among the articles outside the window
        self._count = 0
        self._first: tuple[str, int, int] | None = None

    def see(self, source: str, published: date | None) -> None:
        """The next stored article (its source and date, None: undated)."""
        if not self.window:
            return
        slot = self._n % len(self._ring)
        if self._n > self.window:  # the article window + 1 places back leaves this one's window
            self._outside = max(self._outside, self._ring[slot])
        day = published.toordinal() if published is not None else -1
        if day >= 0 and day < self._outside - DATE_SLACK_DAYS:
            self._count += 1
            if self._first is None:
                self._first = (source, day, self._outside)
        self._ring[slot] = day
        self._n += 1

    def result(self) -> OutOfOrder | None:
        if self._first is None:
            return None
        source, day, later = self._first
        return OutOfOrder(self._count, source, date.fromordinal(day), date.fromordinal(later))
