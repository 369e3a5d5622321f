"""Records every reader yields besides articles and failures (private; re-exported by ``walk``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .._paths import shown_path
from ..errors import NotRegularFileError

__all__ = ["NOT_REGULAR", "Skipped", "not_regular", "skip_summary"]

NOT_REGULAR = "not regular files"  # the kind of a Skipped FIFO, socket or device


@dataclass(frozen=True)
class Skipped:
    """An input that is not an article (kept as data so the summary can say why).

    ``reason`` is the full sentence for this input; ``kind`` the short category the
    run summary counts by (``not-found/redirect``, ``not HTML``, ``revisit``, ...).
    """

    source: str
    reason: str
    kind: str = "not articles"

    def __post_init__(self) -> None:
        # a name that is not UTF-8 in its escaped form, as a Failure's (storylens._paths; trial newuser63 H1)
        object.__setattr__(self, "source", shown_path(self.source))
        object.__setattr__(self, "reason", shown_path(self.reason))


def skip_summary(skipped: Iterable[Skipped]) -> str:
    """``"2 not-found/redirect, 3 not HTML, 1 revisit"``: counts by kind, largest first."""
    counts = Counter(s.kind for s in skipped)
    return ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def not_regular(exc: NotRegularFileError) -> Skipped:
    """The Skipped of an input that is no regular file (a FIFO, a socket, a device), in ingest's words: one line
    naming it and the fix, counted as ``not regular files``."""
    source = exc.source or ""
    reason = NotRegularFileError(exc.what, source, opened=exc.opened,
                                 fix="save what it gives to a file and ingest that").reason
    return Skipped(source, reason, NOT_REGULAR)
