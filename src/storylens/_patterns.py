"""A larger cache of compiled patterns for a whole command's run (issue 16, ingest69).

``re.sub(pattern_string, ...)`` and the other module-level functions look ``pattern_string`` up in
``re``'s own cache of compiled patterns, and ``re.compile`` inserts into that cache too. CPython 3.11
keeps 512 and drops the oldest inserted when full. StoryLens compiles ~1,900 distinct patterns in one
ingesting process (per-language word lists, the verdict's rules), most through ``re.compile`` behind
``functools.cache``, so each new language's patterns pushed out the small hot ones the module-level calls
use ('\\d', '[.,]', '\\s'), which were then compiled again: counted on 1,000 dev texts in one process
(``ingest --workers 1``), 438 of 2,980 compiles were repeats and compiles went on at 60-78 per 100
articles after the 400th (the figures of the commit that added this module).
"""

from __future__ import annotations

import re

__all__ = ["PATTERN_CACHE", "more_patterns_cached"]

# Compiled patterns ``re`` keeps (its own default: 512). Above the ~1,900 distinct patterns an ingest of the
# 2,500 dev texts compiles in one process; each costs a few KB.
PATTERN_CACHE = 4096


def more_patterns_cached() -> None:
    """Let ``re`` keep at least :data:`PATTERN_CACHE` compiled patterns in this process (its private
    ``_MAXCACHE``; an interpreter without one, or with a larger one, is left as it is). Only how often a
    pattern is compiled changes, never what it matches."""
    current = getattr(re, "_MAXCACHE", None)
    if isinstance(current, int) and current < PATTERN_CACHE:
        setattr(re, "_MAXCACHE", PATTERN_CACHE)  # noqa: B010 - a private name typeshed does not declare
