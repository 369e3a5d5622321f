"""Frozen dataclasses that travel between the pipeline stages.

An article flows as ``RawDocument`` (ingest) -> ``Document`` (clean, language,
segment) -> ``Comparison`` (claims, entities, quotes, similarity, report).
Every object is immutable, so a stage can never change what an earlier stage
produced; ``to_dict`` gives the JSON shape of the report contract
(``storylens.comparison/1``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from ._outlets import outlet_key
from ._paths import escaped_surrogates, shown_text

__all__ = [
    "CLAIM_STATUSES",
    "GROUP_NOT_JUDGED",
    "NOT_JUDGED",
    "NOUNS_NOT_JUDGED",
    "PLACES_NOT_JUDGED",
    "SIMILARITY_DIMENSIONS",
    "Claim",
    "Comparison",
    "DateMention",
    "Document",
    "DocumentReprint",
    "DocumentUpdate",
    "Entity",
    "EntityLink",
    "Evidence",
    "Failure",
    "Framing",
    "Mention",
    "NumberMention",
    "Quote",
    "QuoteMatch",
    "RawDocument",
    "RemovedItem",
    "Sentence",
    "Similarity",
    "TimelineEvent",
    "outlet_key",
]

CLAIM_STATUSES = ("shared", "unique", "conflicting")
SIMILARITY_DIMENSIONS = ("geography", "entities", "time", "narrative", "style", "tone")


@dataclass(frozen=True)
class RawDocument:
    """Decoded text of one input, before cleaning.

    ``html`` is set when the input was HTML; ``text`` is then the extracted
    main text. ``metadata`` carries what the container knew (title, author,
    date, site name, url) as plain strings.
    """

    source: str
    text: str
    html: str | None = None
    encoding: str = "utf-8"
    metadata: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # a file name that is not UTF-8 (lone surrogates from os.fsdecode) is kept in its escaped form
        # (storylens._paths): the store, reports and terminal write it (trial newuser63 H1)
        object.__setattr__(self, "source", escaped_surrogates(self.source))


@dataclass(frozen=True)
class RemovedItem:
    """A piece of non-article text taken out of the body, with its kind."""

    kind: str  # header | author_box | job_title | social_widget | contributor_credit | newsletter | advert
    text: str


@dataclass(frozen=True)
class Sentence:
    """One sentence of a cleaned body; ``start``/``end`` index ``Document.text``."""

    id: str  # "<doc id>:s<n>", e.g. "d1:s3"
    text: str
    start: int
    end: int
    paragraph: int = 0
    language: str | None = None


@dataclass(frozen=True)
class Document:
    """A cleaned, segmented article."""

    id: str  # "d1", "d2", ... within one comparison
    source: str
    text: str
    sentences: tuple[Sentence, ...]
    title: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    contributors: tuple[str, ...] = ()
    published: str | None = None  # YYYY-MM-DD
    language: str | None = None
    removed: tuple[RemovedItem, ...] = ()
    url: str | None = None
    warnings: tuple[str, ...] = ()  # what reading changed: bytes repaired, text truncated
    place: str | None = None  # where its dateline says it was filed ("Copiapó, Chile")
    dateline_day: str | None = None  # its dateline's day when no year is known ("--10-13"), never a guessed year
    dateline_time: str | None = None  # the filing time its dateline states ("08:10"), on the outlet's clock
    # the day its update stamps state ("Updated …", "Stand: …") when it gives no publication date: a bound on the
    # publication, never the publication itself (YYYY-MM-DD)
    updated: str | None = None

    def sentence(self, sentence_id: str) -> Sentence:
        for s in self.sentences:
            if s.id == sentence_id:
                return s
        raise KeyError(sentence_id)


@dataclass(frozen=True)
class Evidence:
    """A sentence (or a span of it) that supports a claim."""

    doc: str
    sentence: str
    text: str
    start: int | None = None  # character offsets inside the sentence text
    end: int | None = None


@dataclass(frozen=True)
class NumberMention:
    text: str
    value: float | None
    unit: str | None = None
    # How a word before or after the figure bends it (text/data "approximators": "approx" for
    # "about", "near" for "nearly", "above"/"min" for "more than"/"at least", "max" for "up to"):
    # ``text`` is the figure alone ("$2.7 million"), so a mention re-read from its fields keeps the
    # range the approximator gave it ("about $2.7 million" is not exactly 2,700,000).
    approx: str | None = field(default=None, kw_only=True)


@dataclass(frozen=True)
class DateMention:
    text: str
    date: str | None  # YYYY-MM-DD when resolved


# The end of a set-aside document's reason (storylens.report.pipeline): how to align it anyway, from the CLI or
# Python; the web pages say it their way (storylens.web.app).
ALIGN_ANYWAY_HINT = "to align them anyway, compare with --align-anyway (align_anyway=True)"
# After a ``Claim.differs`` line whose figures only a pair under the conflict floor gave: shown, never judged a
# contradiction or not (trial 17 #12's partial count beside the final one; fixs).
NOT_JUDGED = "(not judged: the sentences are too far apart to check)"
# After a ``Claim.differs`` line of two exact counts of nouns two languages write their own ways ("180 survivors" /
# "60 Überlebende", trial47 F8): shown, never judged a contradiction (the nouns may count two things).
NOUNS_NOT_JUDGED = "(not judged: two languages' nouns, maybe two things)"
# After a ``Claim.differs`` line of two places of one rank the aligned sentences name ("place: 盐城市 vs 南通市", trial59
# C5.3): shown, never judged a contradiction (which of them the event took place in is not read).
PLACES_NOT_JUDGED = "(not judged: which place is right)"
# After a ``Claim.differs`` line of a toll one side counts within a group and the other counts plainly ("injured:
# 27 vs 23" of "27 blessés parmi les passagers" / "injuring 23 passengers", issue #12 newuser78): shown, never
# judged a contradiction (the group's toll may be a part of the other's: the crew or the driver hurt too).
GROUP_NOT_JUDGED = "(not judged: one counts within a group only)"


@dataclass(frozen=True)
class Claim:
    """One fact as stated by one or more documents."""

    id: str
    status: str  # one of CLAIM_STATUSES
    text: str
    evidence: tuple[Evidence, ...]
    numbers: tuple[NumberMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    confidence: float = 0.0
    conflict: str | None = None  # what disagrees, e.g. "killed: dozens vs 164"
    docs: tuple[str, ...] = ()  # which documents carry the claim (coverage)
    # For shared claims: what one document adds that its counterparts do not
    # mention (doc id -> words), e.g. {"d1": ("airport",)}.
    details: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # Figures that differ without contradicting each other (not a conflict): two lower
    # bounds ("at least 42" / "at least 57"), or a zero count scoped to a place the other
    # side does not name ("no one in Tirana" / "at least 42"), e.g.
    # "killed: at least 42 (d1, d2) vs at least 57 (d3)"; a line ends in NOT_JUDGED when no check
    # that vouches for "no contradiction" compared its figures, in NOUNS_NOT_JUDGED when its figures count
    # nouns of two languages no measure knows ("survivors: 180 vs 60 (not judged: ...)").
    differs: str | None = None


@dataclass(frozen=True)
class Similarity:
    """Same-story score, its dimensions (0..1 or None) and human reasons."""

    same_story: bool | None  # None: no verdict (too little text, not an article); ``undecided`` says why
    overall: float | None  # None with no verdict: a score would read as one
    dimensions: Mapping[str, float | None]
    reasons: tuple[str, ...] = ()
    undecided: str | None = None


@dataclass(frozen=True)
class Mention:
    doc: str
    sentence: str
    text: str


@dataclass(frozen=True)
class EntityLink:
    """Why two surface forms were taken as one entity."""

    a: str
    b: str
    reason: str


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    type: str  # PERSON | ORG | PLACE | OTHER
    mentions: tuple[Mention, ...]
    variants: tuple[str, ...] = ()
    links: tuple[EntityLink, ...] = ()


@dataclass(frozen=True)
class QuoteMatch:
    quote: str  # id of the matching quote
    score: float
    diff: str | None = None  # word-level diff of the two renderings
    # the matching quote's speaker when the two quotations name two people (the same words in two
    # mouths: storylens.report.pipeline._other_speakers), else None; trial49 F21
    other_speaker: str | None = None


@dataclass(frozen=True)
class Quote:
    id: str
    doc: str
    sentence: str
    text: str
    speaker: str | None
    matches: tuple[QuoteMatch, ...] = ()


@dataclass(frozen=True)
class Framing:
    concept: str
    terms: Mapping[str, str]  # doc id -> term
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class TimelineEvent:
    date: str
    text: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Failure:
    """An input that could not be used; kept as data, never a crash."""

    source: str
    stage: str
    reason: str

    def __post_init__(self) -> None:
        # as RawDocument's: the source and a reason naming a path are written to the store and the terminal
        object.__setattr__(self, "source", escaped_surrogates(self.source))
        object.__setattr__(self, "reason", shown_text(self.reason))


@dataclass(frozen=True)
class DocumentAdd:
    """A unique claim that adds most to its document (names, numbers, dates)."""

    claim: str
    text: str
    sentence: str


@dataclass(frozen=True)
class DocumentUpdate:
    """Two documents that are versions of one article (storylens.report.pipeline.version_pairs): ``newer``
    updates ``older``; ``changes`` say what it changed ("headline: “…” → “…”", "killed: 9 → 11",
    "new sentence with figures: “…”", "sentence removed: “…”")."""

    older: str  # document id
    newer: str
    changes: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocumentReprint:
    """Two outlets' documents of which one reprints the other (storylens.report.pipeline.reprint_pairs): ``copy``
    is near-identical to ``original`` and credits its wire (its dateline or byline names the original's outlet, or
    both carry one wire's dateline). Counted as one source: a claim or quotation the two alone carry is no
    confirmation (trial57 F26)."""

    original: str  # document id
    copy: str
    wire: str | None = None  # the agency the copy credits ("Reuters"), None when unnamed
    reasons: tuple[str, ...] = ()  # "near-identical text", "the wire's dateline"

    @property
    def note(self) -> str:
        """"d2 reprints d1 (Reuters): near-identical text, the wire's dateline"."""
        wire = f" ({self.wire})" if self.wire else ""
        return f"{self.copy} reprints {self.original}{wire}: {', '.join(self.reasons)}"


def source_roots(doc_ids: Iterable[str], reprints: Iterable[DocumentReprint]) -> dict[str, str]:
    """Document id -> the id of the source it counts as: a reprint (a :class:`DocumentReprint`'s copy) counts as
    its original, a reprint of a reprint as the first original, any other document as itself."""
    root = {d: d for d in doc_ids}

    def find(doc: str) -> str:
        while root.get(doc, doc) != doc:
            doc = root[doc]
        return doc

    for r in reprints:
        root[find(r.copy)] = find(r.original)
    return {doc: find(doc) for doc in root}


@dataclass(frozen=True)
class Tone:
    """Wording signals of one document.

    ``loaded`` counts loaded terms (lemma -> count); ``loaded_quoted`` how many of
    them sit inside quotation marks (a source's words, not the outlet's);
    ``hedges`` counts distancing phrases; ``attributions`` are sentences with a
    verb of saying or an "according to", ``assertions`` the rest. ``score`` is
    0..1: ``r / (r + 2)`` where ``r`` is loaded terms per 100 words, those inside
    quotation marks counting half (2 per 100 words in the outlet's own voice
    score 0.5).
    """

    doc: str
    words: int
    sentences: int
    loaded: Mapping[str, int]
    loaded_quoted: int
    hedges: Mapping[str, int]
    attributions: int
    assertions: int
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc, "words": self.words, "sentences": self.sentences, "loaded": dict(self.loaded),
            "loaded_quoted": self.loaded_quoted, "hedges": dict(self.hedges), "attributions": self.attributions,
            "assertions": self.assertions, "score": self.score,
        }


@dataclass(frozen=True)
class PublishedOn:
    """A document's publication date (``YYYY-MM-DD`` or ``None``), whether it was
    inferred from the text rather than given, and why."""

    date: str | None
    inferred: bool = False
    reason: str = ""


@dataclass(frozen=True)
class PairSimilarity:
    """Same-story score of one document pair of a comparison of three or more."""

    a: str
    b: str
    overall: float
    same_story: bool | None  # None: not enough text to judge


@dataclass(frozen=True)
class Comparison:
    """Everything ``storylens compare`` reports about a set of documents."""

    documents: tuple[Document, ...]
    similarity: Similarity
    claims: tuple[Claim, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    framing: tuple[Framing, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    failures: tuple[Failure, ...] = ()
    summary: tuple[Evidence, ...] = ()
    extras: Mapping[str, Any] = field(default_factory=dict)
    # claim id -> [1 if document i carries it else 0], documents in input order
    coverage: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    # document id -> the unique claims that add most
    document_adds: Mapping[str, tuple[DocumentAdd, ...]] = field(default_factory=dict)
    tone: Mapping[str, Tone] = field(default_factory=dict)
    publication_dates: Mapping[str, PublishedOn] = field(default_factory=dict)
    # every document pair, when there are three or more documents
    pairwise_similarity: tuple[PairSimilarity, ...] = ()
    # document id -> why it was set aside: another story than the main one, so its claims are
    # not aligned with the others' (storylens.report.pipeline.story_groups)
    set_aside: Mapping[str, str] = field(default_factory=dict)
    # two documents that are versions of one article: their changed figures are the update's, no conflict
    updates: tuple[DocumentUpdate, ...] = ()
    # two outlets' documents, one a reprint of the other (a wire copy): one source, not two
    reprints: tuple[DocumentReprint, ...] = ()

    def document(self, doc_id: str) -> Document:
        for d in self.documents:
            if d.id == doc_id:
                return d
        raise KeyError(doc_id)

    def claims_with_status(self, status: str) -> tuple[Claim, ...]:
        return tuple(c for c in self.claims if c.status == status)

    def to_dict(self) -> dict[str, Any]:
        """The JSON report (``storylens.comparison/1``)."""
        from .report import comparison_to_dict

        return comparison_to_dict(self)


def plain(obj: Any) -> Any:
    """Dataclass -> JSON-friendly structure (tuples become lists)."""
    if hasattr(obj, "__dataclass_fields__"):
        return {k: plain(v) for k, v in asdict(obj).items()}
    if isinstance(obj, Mapping):
        return {k: plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [plain(v) for v in obj]
    return obj
