"""Records every reader yields besides articles and failures (private; re-exported by ``walk``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .._paths import escaped_surrogates, shown_text
from ..errors import NotRegularFileError
from ..models import Failure

__all__ = ["NOT_REGULAR", "Skipped", "internal_failure", "not_regular", "skip_summary"]

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
        object.__setattr__(self, "source", escaped_surrogates(self.source))
        object.__setattr__(self, "reason", shown_text(self.reason))


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


def internal_failure(source: str, exc: Exception) -> Failure:
    """The Failure of one input (a record, or a file whose reader stopped) that raised what no reader expects (a
    bug of ours or of a library): that input fails, named, while the others are read and stored (break64r H1:
    a UnicodeEncodeError from one JSONL record ended the walk, and the run stored nothing of the other inputs)."""
    return Failure(source, "read", f"internal error while reading ({type(exc).__name__}: {exc}); please report it "
                   "with this input, or remove it and run again")
