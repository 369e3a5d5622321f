"""Markdown escaping of user text: the one function every Markdown renderer uses (``storylens.report``
re-exports it). Its own module so the story list and search need not load the comparison report."""

from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|])")
_MD_ENTITY = re.compile(r"&(?=#?\w+;)")
_MD_LINE_START = re.compile(r"^(\s*)(#|>|[-+=](?=\s)|\d+[.)](?=\s))")


def md_escape(text: object) -> str:
    """User text (titles, sentences, outlets, names) made inert in Markdown, on one line.

    ``<``/``>`` become entities (no raw HTML such as ``<script>`` reaches a Markdown viewer;
    entities are safe in every Markdown dialect), an entity-like ``&x;`` is kept literal,
    Markdown punctuation (emphasis, code, links, table pipes) is backslash-escaped and a
    line-start marker (heading, quote, list) is neutralised. Every Markdown renderer
    (comparison, story, story list, search) escapes through this one function.
    """
    text = "" if text is None else str(text)
    text = " ".join(text.splitlines()) if ("\n" in text or "\r" in text) else text
    text = _MD_ENTITY.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text, count=1)
