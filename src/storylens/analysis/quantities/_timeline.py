"""Publication dates (:func:`publication_dates`, :func:`resolve_publication`) and the timeline of dated
sentences merged across documents (:func:`build_timeline`)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ...models import Document, Evidence, TimelineEvent
from ._calendar import _MONTHS, _WEEKDAYS
from ._dates import day_first, extract_dates, read_from_reference, read_headline, read_with_next
from ._records import PublicationDate, ResolvedDate
from ._scan import _parse_day


def publication_dates(documents: Sequence[Document]) -> dict[str, PublicationDate]:
    """Each document's publication date; a missing one falls back to the latest of the others."""
    own = {d.id: (day.isoformat() if (day := _parse_day(d.published)) else None) for d in documents}
    known = {k: v for k, v in own.items() if v}
    days = {d.id: d.dateline_day for d in documents if d.dateline_day}
    out: dict[str, PublicationDate] = {}
    for doc_id, date in own.items():
        if date:
            out[doc_id] = PublicationDate(date, False, "own publication date")
            continue
        others = {k: v for k, v in known.items() if k != doc_id}
        if others:
            src, latest = max(others.items(), key=lambda kv: kv[1])
            out[doc_id] = _dateline_day_dated(days.get(doc_id), src, latest) or PublicationDate(
                latest, True, f"no publication date; assumed {latest} from {src} (latest of the other documents)")
        else:
            out[doc_id] = PublicationDate(None, False, "no publication date in any document; relative dates stay unresolved")
    return out


def _dateline_day_dated(day: str | None, src: str, latest: str) -> PublicationDate | None:
    """A dateline's day without a year ("--11-26") dated nearest the latest of the other documents,
    before or after it (never the clock's year). A trial's ANSA text dated "26 NOV" was assumed to be
    of the 27th, the day of another document; an update datelined "Dec 2" beside a story of 2026-11-30
    was put in 2025 when only days before the latest were taken (trial 12)."""
    from ...ingest.dates import nearest_year_of_day

    date = nearest_year_of_day(day, latest) if day else None
    if date is None:
        return None
    return PublicationDate(date, True, f"no publication date; the dateline's day {day} nearest the date of {src} "
                                       f"({latest}, the latest of the other documents)")


def resolve_publication(documents: Sequence[Document]) -> dict[str, str | None]:
    """doc id -> publication date (``YYYY-MM-DD``), borrowing from the other documents when missing.

    :func:`publication_dates` gives the same with the reason ("assumed ... from d1").
    """
    return {k: v.date for k, v in publication_dates(documents).items()}


_TIMELINE_STOP = {
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "that",
    "this", "was", "were", "is", "are", "be", "been", "has", "have", "had", "he", "she", "it", "they",
    "his", "her", "their", "its", "said", "says", "say", "which", "who", "there", "as", "also",
    "der", "die", "das", "und", "ein", "eine", "am", "im", "den", "dem", "des", "von", "mit", "sich",
    "le", "la", "les", "de", "du", "et", "un", "une", "en", "au", "aux", "а", "и", "в", "на",
    "с", "по", "что", "не", "он", "она", "они", "year", "years", "day", "days", "week", "weeks",
    "friday", "thursday", "wednesday", "tuesday", "monday", "saturday", "sunday", "night", "morning",
}


def _keywords(text: str, language: str | None) -> set[str]:
    from ..._cache import lemmatize  # simplemma, with the answers kept on disk (start-up)

    lang = language if language in ("en", "de", "fr", "ru") else "en"
    words = re.findall(r"[^\W\d_]{3,}", text)
    out = set()
    for w in words:
        low = w.lower()
        if low in _TIMELINE_STOP or low in _WEEKDAYS or low in _MONTHS:
            continue
        out.add(lemmatize(low, lang).lower())
    return out


@dataclass(frozen=True)
class _Dated:
    date: str
    doc: str
    sentence: str
    text: str
    keywords: frozenset[str]


def build_timeline(
    documents: Sequence[Document],
    published_map: Mapping[str, str | None] | None = None,
    *,
    min_shared: int = 2,
    embedder: object | None = None,
    min_similarity: float = 0.6,
    assumed: frozenset[str] = frozenset(),
) -> tuple[TimelineEvent, ...]:
    """Dated events sorted by date, one per (date, event), evidence from every document.

    Sentences carrying the same resolved date merge when they share at least
    ``min_shared`` content lemmas (names, "address", "storm", ...), so the same
    Thursday reported by two outlets becomes one event with two pieces of evidence.
    Year-only dates in the past ("legalized in 2020") are kept: background is
    part of the timeline. Shared words rarely cross languages, so with an
    ``embedder`` (``embed(list[str])`` -> L2-normalised rows) sentences of the same
    date also merge when their cosine is at least ``min_similarity``.
    ``published_map`` defaults to :func:`resolve_publication`. A document in ``assumed`` has a publication
    date borrowed from another (``PublicationDate.inferred``): a weekday alone is not dated against it.
    """
    published_map = published_map if published_map is not None else resolve_publication(documents)
    dated = [item for doc in documents for item in _dated_sentences(doc, published_map.get(doc.id), doc.id in assumed)]
    sims = _similarities(dated, embedder)
    groups: list[list[int]] = []
    for k, item in enumerate(dated):
        home = next(
            (g for g in groups if dated[g[0]].date == item.date and _same_event(dated, g, k, min_shared, sims, min_similarity)),
            None,
        )
        if home is None:
            groups.append([k])
        else:
            home.append(k)
    events = [
        TimelineEvent(
            date=dated[g[0]].date,
            text=_shorten(dated[g[0]].text),
            evidence=tuple(Evidence(dated[i].doc, dated[i].sentence, dated[i].text) for i in g),
        )
        for g in groups
    ]
    return tuple(sorted(events, key=lambda e: (e.date, e.evidence[0].doc, e.evidence[0].sentence)))


def _dated_sentences(doc: Document, published: str | None, assumed: bool = False) -> Iterable[_Dated]:
    dayfirst = day_first(doc.text, doc.language)  # one reading of 4/6/2020 for the whole article
    read = [extract_dates(s.text, published=published, language=s.language or doc.language,
                          dayfirst=dayfirst) for s in doc.sentences]
    for k, s in enumerate(doc.sentences):
        dates = read[k]
        if k + 1 < len(doc.sentences):  # a German plural present told as a past by the next sentence (break65d R05)
            dates = read_with_next(s.text, dates, doc.sentences[k + 1].text, published=published,
                                   lang=s.language or doc.language)
        if doc.title and s.text == doc.title:  # a headline's weekday, read with its body (trial49 F20)
            body = (d for j, found in enumerate(read) if j != k for d in found)
            dates = read_headline(s.text, dates, body, published=published, lang=s.language or doc.language)
        if assumed:
            # A weekday ("On Saturday", "Samstagnachmittag", "yesterday": a day without a figure) counts from the
            # publication date; a borrowed date is not this article's, which may be days later: "El sábado … seguía
            # cortada" of an undated report of Friday's derailment went on the timeline a week before it (trial55
            # F9). Undated rather than a wrong day, unless a written day beside it names the same date ("viernes 7
            # de junio").
            # So is a day of the month without its month ("28日" of a Japanese report whose date line was not read
            # went on the timeline as 2026-10-28, a month back from a borrowed 27 November: trial63 F8).
            # A week or month of relative words ("last week", "le mois dernier") is as much the borrowed day's:
            # claims[].dates showed it unresolved while the timeline still listed it (break65d M6).
            lang = s.language or doc.language
            named = {d.date for d in dates if not _counted(d) and not read_from_reference(d, lang)}
            dates = tuple(d for d in dates if not (_counted(d) or read_from_reference(d, lang)) or d.date in named)
        seen = set()
        for d in dates:
            # A range ("earlier this week") is written as an ISO 8601 interval.
            if not d.date:
                continue
            # a night is the day it runs into ("la nuit de lundi à mardi" is Tuesday's, trial 16 #16)
            date = d.day or (f"{d.date}/{d.until}" if d.until else d.date)
            if date in seen:
                continue
            seen.add(date)
            kw = _keywords(s.text.replace(d.text, " "), s.language or doc.language)
            yield _Dated(date, doc.id, s.id, s.text, frozenset(kw))


def _counted(d: ResolvedDate) -> bool:
    """Is ``d`` a day counted from the publication date with no figure of its own ("Saturday", "yesterday")?"""
    return d.relative and d.precision == "day" and not any(c.isdigit() for c in d.text)


def _similarities(dated: Sequence[_Dated], embedder: object | None):
    if embedder is None or not dated:
        return None
    vectors = embedder.embed([d.text for d in dated])  # type: ignore[attr-defined]
    return vectors @ vectors.T


def _same_event(dated: Sequence[_Dated], group: list[int], k: int, min_shared: int, sims, min_similarity: float) -> bool:
    item = dated[k]
    if any(dated[g].doc == item.doc and dated[g].sentence == item.sentence for g in group):
        return False
    shared = set().union(*(dated[g].keywords for g in group)) & item.keywords
    if len(shared) >= min_shared:
        return True
    # Across documents only: two sentences of one article on one day are two events.
    return sims is not None and any(dated[g].doc != item.doc and sims[g, k] >= min_similarity for g in group)


def _shorten(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
