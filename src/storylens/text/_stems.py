"""Search stems: what a query word shares with its inflected forms, in every language StoryLens reads.

Full-text search must find "madencilerin" and "madenciler" for "madenci" (trial 9), "minatori" for
"minatore", "Халкова" for "Халковой". PostgreSQL stems an article in its own language's
configuration; SQLite's tokenizer stems nothing. Both backends therefore also ask for a query word's
Snowball stem in each language of :data:`LANGUAGES` that has one, as a prefix of an indexed word: the
stemmers only strip endings, so every inflected form of the word starts with its stem.

The language list is Snowball's (``snowballstemmer.algorithms()``) named as babel names the language
(tr -> "turkish"): a language with a data file and a Snowball stemmer is stemmed, no table here.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache
from typing import Any

__all__ = ["search_stems"]

# A stem shorter than this asks for too many words as a prefix (English "rate" -> "rat*", German
# "Zinsen" -> Turkish "z"): the word is then matched as written only.
MIN_STEM = 5


@cache
def _stemmers() -> tuple[Any, ...]:
    import snowballstemmer
    from babel import Locale

    from ._lang import LANGUAGES

    known = set(snowballstemmer.algorithms())
    names = [(Locale.parse(code).english_name or "").lower() for code in LANGUAGES]
    return tuple(snowballstemmer.stemmer(n) for n in names if n in known)


@lru_cache(maxsize=4096)
def search_stems(word: str) -> tuple[str, ...]:
    """The lower-cased stems of ``word`` (one per language whose stemmer strips an ending from it, or
    keeps it whole) that begin it and have at least :data:`MIN_STEM` characters: the prefixes its
    inflected forms share, as the word writes them. The index holds words as written: a stem that
    drops a letter's marks (Russian "шахтёры" -> "шахтер") asks for the word's own letters
    ("шахтёр"); one that rewrites more (German "ß" -> "ss") gives no prefix and is skipped."""
    low = word.lower()
    if not low.isalpha():
        return ()
    found = {low[: len(s)] for s in {st.stemWord(low) for st in _stemmers()}
             if len(s) >= MIN_STEM and _unmarked(low[: len(s)]) == _unmarked(s)}
    return tuple(sorted(found))


def _unmarked(text: str) -> str:
    """``text`` without combining marks (ё -> е, ä -> a, ئ -> ي)."""
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))
