"""Helpers shared by the store backends (no backend imports here)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import TypeVar

from .base import ArticleRecord, StorySummary

T = TypeVar("T")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def chunked(values: Sequence[T], size: int = 500) -> Iterator[Sequence[T]]:
    """Slices of at most ``size`` (SQLite allows ~32k bound parameters; 500 keeps statements small)."""
    for i in range(0, len(values), size):
        yield values[i : i + size]


def words(query: str) -> list[str]:
    """The plain words of a search query (operators and punctuation are not syntax to us)."""
    return re.findall(r"\w+", query, flags=re.UNICODE)


def summary(story_id: str, arts: Sequence[ArticleRecord], duplicates: int) -> StorySummary:
    """A story's view from its canonical articles (dates, title, outlets, languages)."""
    # Dated articles first, by date; ties by content id, never by when they were read, so
    # the same articles give the same title and order whatever the engine or the clock.
    arts = sorted(arts, key=lambda a: (a.published is None, a.published or "", a.id))
    # Publication dates only: the day StoryLens read an undated article is not news
    # time (an undated story would sort as the newest); such a story has no dates.
    seen = [a.published for a in arts if a.published]
    titled = [a.title for a in arts if a.title] + [str(a.metadata["lead"]) for a in arts if a.metadata.get("lead")]
    return StorySummary(
        id=story_id,
        title=titled[0] if titled else None,
        first_seen=min(seen) if seen else None,
        last_seen=max(seen) if seen else None,
        articles=tuple(arts),
        outlets=tuple(sorted({a.outlet for a in arts if a.outlet})),
        languages=tuple(sorted({a.language for a in arts if a.language})),
        duplicates=duplicates,
    )
