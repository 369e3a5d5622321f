"""Sentence segmentation with pysbd, per paragraph, with character offsets.

pysbd keeps quotations intact and knows abbreviations in many languages. Two
repairs happen before it runs: curly quotes glued to the next sentence
(``said.”The``) get a space, and two documents pasted without a newline
(``contributed to this reportKazakhstan's``) are split where a lower-case
word runs straight into a capitalised one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Span", "Segmenter", "split_paragraphs"]

_PYSBD_LANGS = {
    "en", "de", "fr", "es", "it", "ru", "nl", "pl", "da", "el", "ar", "fa", "hi", "hy",
    "am", "bg", "my", "ja", "kk", "mr", "sk", "ur", "zh",
}
# "reportKazakhstan": a lower-case word (3+ letters, not a camel-case brand
# like iPhone) running into a capitalised word means a lost line break.
_GLUED_WORDS = re.compile(r"(?<![\w])([a-z]{3,})(?=[A-Z][a-z]{2,})")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n(?=\s*[•\-\*]\s)")


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int
    paragraph: int


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph; single newlines also separate lines of text files."""
    spans = []
    pos = 0
    for match in re.finditer(r"\n+", text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


class Segmenter:
    """Splits text into sentences; one pysbd segmenter per language, created lazily."""

    def __init__(self, default_language: str = "en"):
        self.default_language = default_language
        self._segmenters: dict[str, object] = {}

    def _pysbd(self, language: str | None):
        import pysbd

        lang = language if language in _PYSBD_LANGS else self.default_language
        if lang not in self._segmenters:
            self._segmenters[lang] = pysbd.Segmenter(language=lang, clean=False, char_span=True)
        return self._segmenters[lang]

    def split(self, text: str, language: str | None = None) -> list[Span]:
        out: list[Span] = []
        for number, (start, end) in enumerate(split_paragraphs(text)):
            for s, e in self._split_paragraph(text[start:end], language):
                out.append(Span(text[start + s : start + e], start + s, start + e, number))
        return out

    def _split_paragraph(self, para: str, language: str | None) -> list[tuple[int, int]]:
        cuts = [0] + [m.end() for m in _GLUED_WORDS.finditer(para)] + [len(para)]
        spans: list[tuple[int, int]] = []
        for a, b in zip(cuts, cuts[1:]):
            for span in self._pysbd(language).segment(para[a:b]):
                s, e = _trim(para, a + span.start, a + span.end)
                if e > s:
                    spans.append((s, e))
        return _merge_attribution_tails(para, _split_glued_quotes(para, spans))


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# `.”The` or `."The`: a closing quote after sentence punctuation followed directly by a capital.
_QUOTE_JOIN = re.compile(r"[.!?][”\"»’](?=[A-ZÄÖÜА-Я])")


def _split_glued_quotes(para: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        cut = s
        for m in _QUOTE_JOIN.finditer(para, s, e):
            out.append((cut, m.end()))
            cut = m.end()
        out.append((cut, e))
    return [(s, e) for s, e in out if para[s:e].strip()]


# pysbd ends a sentence after `?”` or `!”`, leaving the attribution alone:
# `“What kind of negotiations ...?” Tokayev added.` must stay one sentence.
_ATTRIBUTION_TAIL = re.compile(
    r"^(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|he|she|they|it)\s+"
    r"(?:said|says|added|adds|asked|asks|told\s+\w+|wrote|writes|continued|explained|stressed|insisted|"
    r"sagte|fügte\s+hinzu|erklärte|a\s+déclaré|a\s+ajouté|заявил|сказал|добавил)\s*\.?$",
    re.I,
)


def _merge_attribution_tails(para: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        piece = para[s:e]
        if out and (_ATTRIBUTION_TAIL.match(piece) or piece[:1].islower()) and para[out[-1][1] - 1] in "”\"»’?!":
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out
