"""How similar are two news articles, in any pair of languages?

Scores follow the seven dimensions of SemEval-2022 Task 8 (geography,
entities, time, narrative, overall, style, tone), each in [0, 1] with
1 = the same (the task's 1..4 scale mapped as ``(4 - score) / 3``), plus a
``same_story`` decision and short human reasons.

How: :func:`pair_features` turns a pair into a fixed vector of features
(multilingual USE embeddings of the whole head and of the first sentences,
compared at document, chunk and sentence level; for the ``full`` model one
multilingual-e5-small vector of each document's lead, whose cosine is also read against
the dev leads of the other side's language (:class:`LeadBank`); names, places, dates and
numbers compared after transliteration with ``anyascii`` and fuzzy matching with
``rapidfuzz``; the transliterated terms both texts share, weighted by how rare they are
among the dev texts (:class:`TermTable`); length, style and language), and a small learned
:class:`SimilarityModel` (scikit-learn, one regressor pair per dimension,
trained on the SemEval dev set by ``scripts/train_similarity.py``, shipped as
plain arrays) maps the features to scores. Two trained models ship in
``storylens/data``: ``full`` (the default, :data:`DEFAULT_VARIANT`), which adds the
e5 vector, and ``fast`` (USE only; about a quarter of the CPU per uncached article;
figures in the README). Each model records the inputs it was trained on
(:class:`FeatureInputs`), and its features are computed the same way.

Two guarantees sit on top of the model. Copies (the shorter text shares >= 80 %
of its word 5-grams with the other, see :mod:`storylens.similarity.shingles`) score at least
0.95 on every dimension and are the same story, with the reason first: SemEval
has no copies, so the model alone scored an identical copy ~0.5. And every entry
point scores the same prepared text (:func:`prepare_text`), so a pair scores the
same through ``score_pair``, ``storylens similarity`` (files or ``--pairs``) and
``storylens compare``.

Layout: this module is the public API; the work lives in private modules, each importing only those above it
in this order (the order data flows): ``_common`` (constants, score types, folding, dates and numbers of a text),
``_places`` (the gazetteer), ``_teams`` and ``_offices`` (contests and one-holder offices read in one text),
``_openings`` (what an opening says: people, dates, weekdays, its event), ``_sides`` (one side of a pair: its places
and every reading the rules compare), ``_banks`` (embedding features, the term, name-key and lead tables),
``_columns`` (the feature columns), the verdict rules ``_events``, ``_contests``, ``_people`` and ``_rules``,
``_features`` (:func:`pair_features`), ``_model``, ``_prepare`` (:func:`prepare_text`), ``_verdict`` (evidence that
holds two texts apart, and the reasons), ``_pairs`` (:class:`ArticleSides`, :class:`VerdictRules`), ``_scoring``
(:func:`score_pairs`) and ``_inputs`` (articles, pair CSVs, rows). A test or tool that replaces a function
(``monkeypatch``) replaces it in the module that calls it.
"""

from __future__ import annotations

from ._banks import (
    LEAD_BANK_FILE,
    MARGIN_NEIGHBOURS,
    NAME_KEYS_FILE,
    RARE_DF,
    SAME_LEAD_COS,
    TERM_FEATURES,
    TERMS_FILE,
    TITLE_FEATURES,
    LeadBank,
    NameKeyTable,
    TermTable,
    full_name_features,
    lead_bank,
    name_key_table,
    term_table,
)
from ._columns import (
    BANK_FEATURES,
    DOCUMENT_FEATURES,
    FEATURE_NAMES,
    FULL_NAME_FEATURES,
    MARGIN_FEATURES,
    NAME_KEY_FEATURES,
    NEAREST_FEATURES,
    SWAPPED_COLUMNS,
)
from ._common import (
    DEFAULT_VARIANT,
    DIMENSIONS,
    GAZETTEER_FILE,
    HEAD_SENTENCES,
    LANGUAGES,
    LEAD_CHARS,
    MODEL_VERSION,
    PLACE_COMMON_FORMS_FILE,
    PLACE_LEAD_CHARS,
    SENTENCE_CHARS,
    TAIL_SENTENCES,
    VARIANTS,
    WHOLE_CHARS,
    FeatureInputs,
    PairFeatures,
    PairScore,
    array_model_file,
    model_files,
    shipped_cv_pearson,
    split_sentences,
    to_unit,
)
from ._contests import PREVIEW_AHEAD_DAYS, REMATCH_DAYS, REMATCH_KINDS, SPEAKER_GAP, SUMMIT_OWN_WORDS
from ._events import (
    CITIES_APART_DAYS,
    COMPOUND_HEAD,
    COMPOUND_TAIL,
    FORM_ENDING,
    OTHER_CASE_MARK,
    PEOPLE_APART_MIN_DAYS,
    RECALL_DATE_HAN_CHARS,
    RECALL_DATE_WORDS_AFTER,
    RECALL_DATE_WORDS_BEFORE,
    SOURCE_NOUN_WORDS,
)
from ._features import pair_features
from ._inputs import looks_like_path, read_article, read_pairs_csv, read_prepared, row_problem, score_rows
from ._model import THRESHOLD_RULES, SimilarityModel
from ._offices import EVENT_MONTH_CHARS
from ._openings import (
    MONEY_KIND,
    STATEMENT_DAY_GAP,
    STATEMENT_FRONT_GAP,
    TITLE_CASE_SHARE,
    TITLE_TAIL_WORDS,
    Opening,
    OpeningEvent,
    election_level,
    full_names,
)
from ._pairs import ArticleSides, VerdictRules
from ._places import Gazetteer
from ._prepare import (
    PreparedText,
    cannot_judge,
    decode_prepared,
    document_text,
    encode_prepared,
    glued_parts,
    prepare_text,
    too_little_text,
    word_count,
)
from ._rules import (
    ALIKE_WITHIN,
    FIGURE_ALIKE,
    HARM_KINDS,
    STEP_KINDS,
    TOLL_FALL,
    events_apart,
    keep_opening_event,
    opening_event,
)
from ._scoring import score_document_pairs, score_documents, score_pair, score_pairs
from ._sides import hebrew_places
from ._stored import analysis_version, decode_analysis, encode_analysis
from ._teams import CONTEST_GAP
from ._verdict import (
    ALIGNED,
    DESK_ALIGNED,
    DESK_NUMBERS,
    HIGH_TEXT,
    LOW_TEXT,
    SUPPORTING,
    lead_countries_apart,
    verdict_apart,
)

__all__ = [
    "DIMENSIONS",
    "MODEL_VERSION",
    "VARIANTS",
    "ArticleSides",
    "FeatureInputs",
    "Gazetteer",
    "LeadBank",
    "OpeningEvent",
    "PairFeatures",
    "PairScore",
    "PreparedText",
    "SimilarityModel",
    "TermTable",
    "VerdictRules",
    "analysis_version",
    "decode_analysis",
    "decode_prepared",
    "encode_analysis",
    "encode_prepared",
    "events_apart",
    "full_names",
    "keep_opening_event",
    "looks_like_path",
    "model_files",
    "opening_event",
    "pair_features",
    "prepare_text",
    "read_article",
    "read_pairs_csv",
    "row_problem",
    "score_document_pairs",
    "score_documents",
    "score_pair",
    "score_pairs",
    "score_rows",
    "split_sentences",
    "to_unit",
    "too_little_text",
    "word_count",
]
