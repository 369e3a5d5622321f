"""The analysis stages of a comparison, run in order on prepared documents.

entities -> claims (aligned with entity keys, checked for conflicting numbers,
dates and polarity) -> quotes -> framing and tone -> timeline -> similarity
-> summary. Kept apart from :mod:`storylens.compare` (which reads inputs) so
the stream side can run the same analysis on documents loaded from the store.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import combinations
from typing import TYPE_CHECKING, Any, Sequence

from . import framing as framing_mod
from . import quantities
from .claims import AlignedPair, ClaimAligner, DetailFinder, Unit, detail_claims
from .entities import EntityExtractor, load_english
from .models import Claim, Comparison, Document, Entity, Evidence, Failure, Quote, Similarity
from .quotes import extract_quotes, match_quotes
from .similarity import Gazetteer, SimilarityModel, score_document_pairs

if TYPE_CHECKING:
    from .compare import Comparer

__all__ = ["analyse", "claim_aligner", "summarise"]

_SUMMARY_CLAIMS = 5
_ADDS_PER_DOC = 3


def analyse(comparer: "Comparer", documents: list[Document], failures: Sequence[Failure] = ()) -> Comparison:
    embedder = comparer.embedder_
    english = lambda: comparer.component("spacy-en", load_english)  # noqa: E731 - one load, two users
    extractor = comparer.component("entities", lambda: EntityExtractor(nlp_loader=english))
    entities = extractor.extract(documents)
    publication = quantities.publication_dates(documents)
    published = {doc_id: p.date for doc_id, p in publication.items()}
    measures = _Measures(published)
    claims, pairs = claim_aligner(embedder.embed, entities, published, measures=measures).claims(documents)
    claims = [_with_quantities(c, documents, measures) for c in claims]
    finder = comparer.component("details", lambda: DetailFinder(embedder.embed, nlp_loader=english))
    claims = finder.details(
        claims, {d.id: d.language for d in documents}, _name_docs(entities), {d.id: d.text for d in documents}
    )
    claims = detail_claims(claims)
    quotes = match_quotes(extract_quotes(documents), documents, embedder)
    framing = framing_mod.find_framing(
        _framing_pairs(pairs) + _quote_pairs(quotes, documents), embedder=embedder
    )
    timeline = quantities.build_timeline(documents, published, embedder=embedder)
    similarity, pairwise = _similarity(comparer, documents, embedder)
    summary, adds = summarise(documents, claims)
    tone = {doc_id: cues.to_dict() for doc_id, cues in framing_mod.tone_cues_by_doc(documents).items()}
    extras: dict[str, Any] = {
        "coverage": _coverage_matrix(documents, claims),
        "document_adds": adds,
        "tone": tone,
        "publication_dates": {
            doc_id: {"date": p.date, "inferred": p.inferred, "reason": p.reason} for doc_id, p in publication.items()
        },
    }
    if pairwise:
        extras["pairwise_similarity"] = pairwise
    return Comparison(
        documents=tuple(documents),
        similarity=similarity,
        claims=tuple(claims),
        entities=entities,
        quotes=tuple(quotes),
        framing=framing,
        timeline=timeline,
        failures=tuple(failures),
        summary=summary,
        extras=extras,
    )


# -- claims ---------------------------------------------------------------------
def claim_aligner(embed, entities: Sequence[Entity], published: dict[str, str | None], *,
                  measures: "_Measures | None" = None, **params: Any) -> ClaimAligner:
    """The aligner a comparison uses: linked entities as anchors, conflict checks on
    numbers, dates and polarity; ``params`` override its thresholds (for sweeps)."""
    measures = measures or _Measures(published)
    return ClaimAligner(
        embed=embed,
        extra_keys=_entity_keys_by_sentence(entities),
        conflict_checks=(measures.number_conflicts, measures.date_conflicts, _polarity_conflict),
        **params,
    )


class _Measures:
    """Numbers and dates of claim texts, extracted once per comparison: the
    conflict checks see a unit in every pair it is part of, and the claims
    carry the same values."""

    def __init__(self, published: dict[str, str | None]):
        self.published = published
        self._numbers: dict[tuple[str, str | None], tuple] = {}
        self._dates: dict[tuple[str, str | None, str | None], tuple] = {}

    def numbers(self, text: str, language: str | None) -> tuple:
        key = (text, language)
        if key not in self._numbers:
            self._numbers[key] = quantities.extract_numbers(text, language)
        return self._numbers[key]

    def dates(self, text: str, doc: str, language: str | None) -> tuple:
        key = (text, self.published.get(doc), language)
        if key not in self._dates:
            self._dates[key] = quantities.extract_dates(text, key[1], language)
        return self._dates[key]

    def number_conflicts(self, a: Unit, b: Unit) -> list[str]:
        return quantities.compare_numbers(self.numbers(a.text, a.language), self.numbers(b.text, b.language))

    def date_conflicts(self, a: Unit, b: Unit) -> list[str]:
        return quantities.compare_dates(self.dates(a.text, a.doc, a.language), self.dates(b.text, b.doc, b.language))


def _entity_keys_by_sentence(entities: Sequence[Entity]) -> dict[str, list[tuple[str, str]]]:
    """sentence id -> [(surface text, entity key)], so a unit mentioning "ODKB" and
    one mentioning "CSTO" share the key of their one entity."""
    keys: dict[str, list[tuple[str, str]]] = {}
    for entity in entities:
        for mention in entity.mentions:
            prefix = "P" if entity.type == "PERSON" else "E"  # claims.py treats people specially
            keys.setdefault(mention.sentence, []).append((mention.text, f"{prefix}:{entity.id}"))
    return keys


def _name_docs(entities: Sequence[Entity]) -> dict[str, set[str]]:
    """Each word of each entity variant -> the documents that mention the entity."""
    out: dict[str, set[str]] = {}
    for entity in entities:
        docs = {m.doc for m in entity.mentions}
        for variant in entity.variants:
            for word in re.findall(r"[\w]+", variant):
                out.setdefault(word, set()).update(docs)
    return out


_NEGATION = re.compile(
    r"\b(?:not|never|no\s+longer|nobody|nothing|denied|denies|nicht|kein(?:e|en|er)?|nie|niemals|"
    r"ne|n'|pas|jamais|aucun|не|нет|никогда)\b|n't\b",
    re.I,
)


def _polarity_conflict(a: Unit, b: Unit) -> list[str]:
    neg_a, neg_b = bool(_NEGATION.search(a.text)), bool(_NEGATION.search(b.text))
    if neg_a != neg_b:
        return [f"polarity: {a.doc} {'denies' if neg_a else 'affirms'}, {b.doc} {'denies' if neg_b else 'affirms'}"]
    return []


# A negation in one of two merely related sentences ("a decision is not expected
# for months") is no contradiction; near-paraphrases that differ by it are.
_polarity_conflict.min_cosine = 0.75  # type: ignore[attr-defined]


def _with_quantities(claim: Claim, documents: Sequence[Document], measures: _Measures) -> Claim:
    lang = {d.id: d.language for d in documents}
    numbers, dates = [], []
    for ev in claim.evidence:
        numbers.extend(measures.numbers(ev.text, lang.get(ev.doc)))
        dates.extend(measures.dates(ev.text, ev.doc, lang.get(ev.doc)))
    return replace(claim, numbers=tuple(numbers), dates=tuple(dates))


def _framing_pairs(pairs: Sequence[AlignedPair]) -> list[framing_mod.AlignedPair]:
    out = []
    for p in pairs:
        out.append(framing_mod.AlignedPair(
            doc_a=p.a.doc, sentence_a=p.a.sentence, text_a=p.a.text,
            doc_b=p.b.doc, sentence_b=p.b.sentence, text_b=p.b.text,
            score=p.score, language_a=p.a.language, language_b=p.b.language,
        ))
    return out


def _quote_pairs(quotes: Sequence[Quote], documents: Sequence[Document]) -> list[framing_mod.AlignedPair]:
    """Sentences holding the same utterance in two renderings are aligned too:
    "ideological sabotage" vs "ideological diversion" is a word choice."""
    sentences = {s.id: s for d in documents for s in d.sentences}
    by_id = {q.id: q for q in quotes}
    out = []
    for q in quotes:
        for m in q.matches:
            other = by_id.get(m.quote)
            if other is None or other.id < q.id:
                continue
            a, b = sentences[q.sentence], sentences[other.sentence]
            out.append(framing_mod.AlignedPair(
                doc_a=q.doc, sentence_a=a.id, text_a=a.text, doc_b=other.doc, sentence_b=b.id, text_b=b.text,
                score=m.score, language_a=a.language, language_b=b.language,
            ))
    return out


def _coverage_matrix(documents: Sequence[Document], claims: Sequence[Claim]) -> dict[str, list[int]]:
    """claim id -> [1 if document i carries it else 0] in document order."""
    return {c.id: [1 if d.id in c.docs else 0 for d in documents] for c in claims}


# -- similarity -----------------------------------------------------------------
def _similarity(comparer: "Comparer", documents: Sequence[Document], embedder) -> tuple[Similarity, list[dict]]:
    pairs = list(combinations(documents, 2))
    model = comparer.component("similarity", lambda: SimilarityModel.load(comparer.similarity_model))
    scores = score_document_pairs(
        pairs, embedder=embedder, model=model, gazetteer=comparer.component("gazetteer", Gazetteer.load),
        doc_embedder=comparer.doc_embedder_ if model.needs_documents else None,
    )
    if len(scores) == 1:
        return scores[0], []
    pairwise = [
        {"a": a.id, "b": b.id, "overall": s.overall, "same_story": s.same_story} for (a, b), s in zip(pairs, scores)
    ]
    return _combine(scores), pairwise


def _combine(scores: list[Similarity]) -> Similarity:
    """Several pairs: mean scores; the same story when most pairs say so."""
    dims = {}
    for key in scores[0].dimensions:
        values = [s.dimensions[key] for s in scores if s.dimensions.get(key) is not None]
        dims[key] = round(sum(values) / len(values), 3) if values else None
    overall = round(sum(s.overall for s in scores) / len(scores), 3)
    votes = sum(s.same_story for s in scores)
    best = max(scores, key=lambda s: s.overall)
    reasons = (f"{votes} of {len(scores)} document pairs are the same story",) + tuple(best.reasons)
    return Similarity(same_story=votes * 2 > len(scores), overall=overall, dimensions=dims, reasons=reasons)


# -- summary --------------------------------------------------------------------
def summarise(documents: Sequence[Document], claims: Sequence[Claim]) -> tuple[tuple[Evidence, ...], dict[str, list[dict]]]:
    """An extractive summary (best-covered shared claims, in story order) and, per
    document, the unique claims that add most (names, numbers, dates)."""
    shared = [c for c in claims if c.status != "unique"]
    shared.sort(key=lambda c: (-len(c.docs), -c.confidence))
    chosen = sorted(shared[:_SUMMARY_CLAIMS], key=lambda c: _position(c.evidence[0]))
    sentences = {s.id: s.text for d in documents for s in d.sentences}
    # Cite whole sentences (a claim may be one clause of one), each once.
    cited = dict.fromkeys((c.evidence[0].doc, c.evidence[0].sentence) for c in chosen)
    summary = tuple(Evidence(doc, sid, sentences[sid]) for doc, sid in cited)
    adds: dict[str, list[dict]] = {}
    for doc in documents:
        unique = [c for c in claims if c.status == "unique" and c.docs == (doc.id,)]
        unique.sort(key=lambda c: -_informativeness(c))
        adds[doc.id] = [
            {"claim": c.id, "text": c.text, "sentence": c.evidence[0].sentence}
            for c in sorted(unique[:_ADDS_PER_DOC], key=lambda c: _position(c.evidence[0]))
        ]
    return summary, adds


def _position(ev: Evidence) -> tuple[str, int, int]:
    return (ev.doc, int(ev.sentence.rsplit("s", 1)[-1]), ev.start or 0)


def _informativeness(claim: Claim) -> float:
    text = claim.text
    names = len(re.findall(r"(?<!^)(?<![.!?]\s)\b[A-ZÀ-ÞА-Я][\w-]+", text))
    return len(claim.numbers) * 2 + len(claim.dates) + names + min(len(text.split()), 30) / 10
