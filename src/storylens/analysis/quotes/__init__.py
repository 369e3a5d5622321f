"""Direct quotations: find them, attribute them to a speaker, match them across documents.

Extraction is a small quote-mark parser (straight and curly quotes, «», „“,
‚‘, with apostrophes told apart from single quotes) run per paragraph, so a
quotation that runs over several sentences stays one quote. Attribution is
rule based: verbs of saying in English plus German, French, Russian and
Spanish basics, "according to X" style phrases, pronouns resolved to the
last speaker, and a carry-over to quotes that follow an attributed sentence.
Matching compares every pair of quotes from different documents by
multilingual embeddings of the quote and of its sentence, lexical overlap
and the speaker, so the same utterance is found even when two outlets
translated it differently.

Public API: :func:`extract_quotes`, :func:`extract_quote_spans`,
:func:`match_quotes`, :func:`word_diff`, :class:`QuoteSpan`, :func:`joint_parts`.

A quotation of several people named as one subject ("John Smith and Mary Jones said", "the mayor and the
governor said", "John Smith, Mary Jones and Peter Brown said", "Anna Schmidt und Jan Müller sagten") has one
speaker string naming them all, as written, each resolved on its own ("Smith and Jones" -> "John Smith and Mary
Jones"); :func:`joint_parts` splits it back into its people, and the speaker comparisons read a coordinated
speaker as any of them (quote matching: "same" when a person of one side is one of the other's, "different"
only when none is; "same words, different speakers" only when none is).

The package is one public API over private modules, one per task (import from the package; the modules
are an implementation detail, named here so a reader knows where to look). Lower modules never import
higher ones (the order below):

=============  ============================================================================================
``_vocab``     attribution vocabulary: verbs of saying, speech acts, pronouns, titles, role words, the
               patterns built from them, name runs and case forms, and what may be a speaker at all
``_marks``     quote marks: :class:`QuoteSpan`, which marks open and close a quotation (:func:`quotations`),
               apostrophes, quoted names that are not quotations
``_subjects``  the speaker written before a quotation: name cleaning, country and role words, appositions,
               colons, coordinated subjects, person nouns (:func:`romance_known_person_nouns`,
               ``ROMANCE_KNOWN_FILE``) and addressees; ``Subject``
``_scripts``   speakers in scripts without capitals: Chinese and Japanese (verb-final clauses, titled and
               foreign names), Arabic (names, lineages, titles)
``_phrases``   attribution phrases in a sentence: the speaker after a quote, "according to", verb forms,
               statements, agents, layout lines
``_names``     the names a document holds (``_NameIndex``: spellings, inflected and nominative forms)
``_spans``     quotation spans: quoted runs by paragraph, unmarked speech, incises, dash and line quotes
``_clauses``   the subjects of a document's sentences, what a pronoun or a role resolves to
``_resolver``  a quote's speaker resolved to a name of the document (``_SpeakerResolver``)
``_document``  the quotes of one document: :func:`extract_quote_spans`, :func:`extract_quotes`,
               :func:`is_attribution_line`
``_match``     matching across documents: :func:`word_diff`, :func:`quote_pair_scores`, :func:`match_quotes`
               (``DEFAULT_MATCH_THRESHOLD``, ``CROSSLINGUAL_ANCHOR_FLOOR``)
=============  ============================================================================================

Private names are imported from the module that defines them (``entities._rules`` reads
``_subjects._country_word``). Module state (compiled patterns, caches) lives once, in its module. A test
or benchmark that replaces a name on this package changes what callers outside read through it, not the
calls between the package's modules (``benchmarks/quote_e5_map.py`` replaces ``use_covers`` and
``DEFAULT`` in ``_match``, where the matcher reads them).
"""

from __future__ import annotations

from ._document import extract_quote_spans, extract_quotes, is_attribution_line
from ._marks import QuoteSpan, quotations
from ._match import CROSSLINGUAL_ANCHOR_FLOOR, DEFAULT_MATCH_THRESHOLD, match_quotes, quote_pair_scores, word_diff
from ._subjects import ROMANCE_KNOWN_FILE, Subject, joint_parts, romance_known_person_nouns

__all__ = [
    "CROSSLINGUAL_ANCHOR_FLOOR",
    "DEFAULT_MATCH_THRESHOLD",
    "ROMANCE_KNOWN_FILE",
    "QuoteSpan",
    "Subject",
    "extract_quote_spans",
    "extract_quotes",
    "is_attribution_line",
    "joint_parts",
    "match_quotes",
    "quotations",
    "quote_pair_scores",
    "romance_known_person_nouns",
    "word_diff",
]
