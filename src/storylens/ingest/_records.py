"""Records every reader yields besides articles and failures (private; re-exported by ``walk``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .._paths import escaped_surrogates, shown_text
from ..errors import NotRegularFileError
from ..models import Failure

__all__ = ["NOT_REGULAR", "TEXT_FIELDS", "Skipped", "field_problem", "internal_failure", "json_kind", "not_regular",
           "skip_summary"]

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


# Metadata fields the pipeline reads as text (an outlet's casefold, a title's words): a record holding another
# type there raised deep in the pipeline (break64r2 H1: {"outlet": 3.5} an AttributeError in originals_first
# that lost the whole batch; M3: {"title": 2024} an 'internal error'). None is as absent.
TEXT_FIELDS = ("title", "url", "outlet", "sitename", "title_site", "language")


def json_kind(value: Any) -> str:
    """``value``'s type in JSON's words, for a message: 'a number', 'true or false', 'a list', 'an object', 'null'."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    return "a string" if isinstance(value, str) else f"a {type(value).__name__}"


def field_problem(meta: Mapping[str, Any]) -> str | None:
    """Why a record's ``meta`` cannot be read, in one clause naming the field and the fix ("'title' must be a
    string (got a number); ..."), or None. Checks the fields the pipeline reads: :data:`TEXT_FIELDS` strings,
    ``warnings`` a list of strings, ``live_entries`` a list of objects with string ``time`` and ``text`` (as
    :func:`storylens.ingest.files.live_entries` makes them). Shared by the JSONL reader and
    ``stream.ingest.record_id`` (a Python caller's record), so both refuse the same records."""
    for key in TEXT_FIELDS:
        value = meta.get(key)
        if value is not None and not isinstance(value, str):
            return f"'{key}' must be a string (got {json_kind(value)}); write it in quotes or remove the field"
    warnings = meta.get("warnings")
    if warnings is not None and not (isinstance(warnings, (list, tuple)) and all(isinstance(w, str) for w in warnings)):
        return "'warnings' must be a list of strings; fix it or remove the field"
    entries = meta.get("live_entries")
    if entries is not None and not (isinstance(entries, (list, tuple)) and all(
            isinstance(e, Mapping) and isinstance(e.get("time"), str) and isinstance(e.get("text"), str)
            for e in entries)):
        return ("'live_entries' must be a list of objects with string 'time' and 'text'; fix it or remove the "
                "field")
    return None
