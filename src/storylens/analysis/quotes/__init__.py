"""Direct quotations (being split into private modules by task; this commit only moves the module, so that
``git log --follow`` finds its history)."""

from ._phrases import (
    CROSSLINGUAL_ANCHOR_FLOOR,
    DEFAULT_MATCH_THRESHOLD,
    ROMANCE_KNOWN_FILE,
    QuoteSpan,
    Subject,
    extract_quote_spans,
    extract_quotes,
    is_attribution_line,
    match_quotes,
    quotations,
    quote_pair_scores,
    romance_known_person_nouns,
    word_diff,
)

__all__ = [
    "CROSSLINGUAL_ANCHOR_FLOOR",
    "DEFAULT_MATCH_THRESHOLD",
    "ROMANCE_KNOWN_FILE",
    "QuoteSpan",
    "Subject",
    "extract_quote_spans",
    "extract_quotes",
    "is_attribution_line",
    "match_quotes",
    "quotations",
    "quote_pair_scores",
    "romance_known_person_nouns",
    "word_diff",
]
