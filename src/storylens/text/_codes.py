"""Language codes as StoryLens compares them, and the reader's language: no tables, no other StoryLens module.

Apart from :mod:`storylens.text._lang` so that a caller needing only these (the story list:
``storylens stories``) loads none of the language profiles.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

__all__ = ["READER_LANGUAGE", "base", "reader_language"]


@cache  # a handful of codes, asked for per article by the story list (7,371 calls for 1,882 stories)
def base(language: str | None) -> str | None:
    """'de-AT' / 'DE' -> 'de'; None stays None."""
    if not language:
        return None
    return language.replace("_", "-").split("-")[0].lower() or None


# The reader's language: a story's summary and title are given in it when one of its reports is.
READER_LANGUAGE = "en"


def reader_language(languages: Iterable[str | None], reader: str | None = READER_LANGUAGE) -> str | None:
    """The language to show a multilingual story in: the reader's when one of ``languages`` is it,
    else the most common (the first on a tie); None without languages. ('en-GB' counts as 'en'.)"""
    counts: dict[str, int] = {}
    for lang in languages:
        if (code := base(lang)) is not None:
            counts[code] = counts.get(code, 0) + 1
    if base(reader) in counts:
        return base(reader)
    return max(counts, key=lambda c: counts[c]) if counts else None  # max keeps the first of equals
