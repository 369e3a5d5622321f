"""anyascii's transliteration through a ``str.translate`` table (in C) instead of its per-character Python loop."""

from __future__ import annotations


class AsciiTable(dict):
    """``str.translate`` table filled on first sight of a character with anyascii's transliteration.

    anyascii walks a string in Python one character at a time (a third of the text
    analysis on dev texts, perf41; ~0.2 of the stream's 2.1 CPU-ms of entity keys an
    article, ingest79); translating through a table is done in C and gives the same
    string, as anyascii maps each character on its own (an unmapped one to "")."""

    def __missing__(self, codepoint: int) -> str:
        from anyascii import anyascii

        value = self[codepoint] = anyascii(chr(codepoint))
        return value


ASCII = AsciiTable()


def ascii_text(text: str) -> str:
    """``anyascii(text)``, the same string, read through :data:`ASCII`."""
    return text if text.isascii() else text.translate(ASCII)
