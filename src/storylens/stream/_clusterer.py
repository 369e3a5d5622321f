"""The story clusterer as the store keeps it: rows, read a story at a time.

What the clusterer learns is in the store already: each clustered article's
vector, entity keys, language, date, story and place in the clusterer's stream
(``assignments.pos``). The rest is small and written per batch only where it
changed: the settings (params, the user's corrections, the id history), each
story's cached entity norm, the running sums of each story of two or more
members (a story that only gained members adds to its key counts, which grow
with it, rather than rewriting them), the entity keys' document frequencies
(increments) and the stream counters (articles, date range, dimension).

:class:`StoreClusterer` is a :class:`~storylens.cluster.StoryClusterer` whose
state containers read those rows on demand, so opening a store reads the
settings and nothing else, whatever its size:

* an article's candidate neighbours come from the store (the clusterer keeps no
  copy): below ``store._exact.EXACT_BELOW`` stored vectors the writer's exact
  scan, one implementation for both backends, so SQLite and PostgreSQL see the
  same candidates and give the same stories; above it each backend's vector
  index (usearch beside SQLite, pgvector's HNSW in PostgreSQL: approximate).
  Either way they are re-scored exactly from the stored float16 vectors;
* only the stories those neighbours are in are loaded: their members, summed in
  stream order exactly as the live clusterer summed them (bit for bit), with
  their cached entity norm;
* what changed goes back as a :class:`~storylens.store.ClusterDelta` with the
  batch, in the same transaction.

The linking decisions are :class:`StoryClusterer`'s own (this module changes
where its state lives, not how it decides). Offline passes that read every
article (``refine``, ``rebuild``) use the in-memory clusterer restored in bulk:
``load_clusterer(store, full=True)``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..errors import StoryLensError
from ..store._common import unit_rows
from ..store.base import AssignmentRecord, ClusterDelta, Store, StoryRow

if TYPE_CHECKING:
    from ..cluster import StoryClusterer

__all__ = [
    "assignment_record",
    "full_delta",
    "load_clusterer",
    "published_date",
    "story_row_of",
    "unit_rows",
]

def load_clusterer(store: Store, params: Mapping[str, Any] | None = None, *, full: bool = False) -> Any:
    """The store's clusterer: a :class:`StoreClusterer` reading its state a story at a time
    (reads nothing but the settings here), or with ``full`` the in-memory
    :class:`~storylens.cluster.StoryClusterer` restored in bulk from every article (for
    offline passes). ``params`` override the stored parameters.

    Raises :class:`~storylens.errors.StoryLensError` if a clustered article has no vector (``full``).
    """
    settings = store.cluster_settings()
    if full:
        return _full_clusterer(store, settings, params)
    from ._lazy import StoreClusterer  # the clusterer's code is imported only by writers

    return StoreClusterer.attach(store, settings, store.cluster_counters(), params)


def _full_clusterer(store: Store, settings: dict[str, Any] | None, params: Mapping[str, Any] | None) -> StoryClusterer:
    from ..cluster import StoryClusterer

    if settings is None:
        return StoryClusterer(**dict(params or {}))
    rows = store.cluster_rows()
    ids = [r[0] for r in rows]
    matrix = store.cluster_vectors()
    if matrix.shape[0] != len(ids):  # an article without a stored vector: say which
        found = store.vectors(ids)
        missing = next((aid for aid in ids if aid not in found), ids[0] if ids else "?")
        raise StoryLensError(f"{store.url}: article {missing} has no stored vector; run 'storylens ingest' again")
    clusterer = StoryClusterer.from_rows(
        settings["params"], ids, [r[1] for r in rows], [published_date(r[3]) for r in rows],
        [r[4] for r in rows], [r[2] for r in rows], unit_rows(matrix),
        corrections=settings.get("corrections", []), history=settings.get("history", []),
        entity_norms=store.story_norms())
    if params:
        clusterer.set_params(**params)
    return clusterer


def full_delta(clusterer: StoryClusterer) -> ClusterDelta:
    """All of an in-memory clusterer's state rows (after a rebuild or an offline pass): settings,
    every norm, every key frequency, the counters; the store replaces what it had."""
    dated = [d.toordinal() for d in clusterer._dates if d is not None]
    dim = int(clusterer._vecs.shape[1]) if clusterer._vecs.size else 0
    return ClusterDelta(
        settings={"params": clusterer.get_params(), "corrections": list(clusterer.corrections_),
                  "history": list(clusterer.history_)},
        norms={sid: st.norm_cache for sid, st in clusterer.stories_.items() if st.norm_cache is not None},
        replace_norms=True, df=dict(clusterer.entity_df_),
        stories={sid: story_row_of(st) for sid, st in clusterer.stories_.items() if len(st.members) > 1},
        counters={"n": len(clusterer._ids), "lo": min(dated) if dated else 0, "hi": max(dated) if dated else 0,
                  "dim": dim})


def story_row_of(st: Any, keys: bool = True) -> StoryRow:
    """A story's kept sums (:class:`~storylens.cluster.StoryState`) as a row (``keys=False``: without
    its key counts, for a :class:`~storylens.store.StoryGrowth`)."""
    return StoryRow(st.id, int(st.created), len(st.members), st.vector_sum,
                    st.first_date.isoformat() if st.first_date else None,
                    st.last_date.isoformat() if st.last_date else None,
                    tuple(st.entity_counts.items()) if keys else (), tuple(st.languages.items()))


def assignment_record(a: Any, reason_prefix: str = "", pos: int | None = None) -> AssignmentRecord:
    nearest = a.nearest[0][0] if a.nearest else None
    return AssignmentRecord(a.article, a.story, float(a.score), bool(a.new_story), nearest,
                            tuple(a.shared_entities), reason_prefix + a.reason, pos)


def published_date(value: str | None) -> date | None:
    return _day(value[:10]) if value else None


@lru_cache(maxsize=8192)
def _day(text: str) -> date | None:
    """``text`` (an ISO date) as a date, None when it is none. Kept: a writer reads the dates of every
    candidate's row (~2,300 for a 32-article batch into a 12k store, ~1,100 days of three years) and of
    every story it loads, and parsing each again cost ~1 us apiece (dates are immutable values)."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def refine_text(title: str | None, text: str) -> str:
    """An article's text as the refine's judges read it: its headline, then its text (once)."""
    return text if not title or text.lstrip().startswith(title.strip()) else f"{title}\n{text}"


# Openings the online join's events rule keeps read (~0.1 KB each): the batch's and their neighbours'.
_EVENTS_HELD = 4096


class OpeningEvents:
    """The clusterer's ``events_reader`` in a stream: article id -> its opening's event
    (:func:`storylens.similarity.opening_event`), read from the headline over the cleaned text as the judged
    refine reads it (save a wire header, which the refine cleans under the headline); its publication date
    dates a weekday. The batch being clustered is given
    (:meth:`hold`: its texts are cleaned already), and its events are stored with it (:meth:`events_of`, the
    store's ``opening_events`` rows); an older article's is read from those rows, or, stored before them, from
    the store's text cleaned again (:func:`storylens.similarity.prepare_text` of the stored text, its headline
    put over the cleaned body as the stream's own cleaning does: one reading whichever run reads it, ~5 CPU-ms
    each); what was read is kept (the last ``_EVENTS_HELD``)."""

    def __init__(self, store: Any):
        self._store = store
        self._batch: dict[str, tuple[str | None, ...]] = {}
        self._given: dict[str, Any] = {}
        self._read: dict[str, Any] = {}

    def hold(self, texts: Mapping[str, tuple[str | None, ...]], events: Mapping[str, Any] | None = None) -> None:
        """The batch the clusterer is about to assign (not stored yet): id -> (headline + cleaned text,
        language, ISO publication date, its dateline's day without a year when it has no date). ``events``: id ->
        the event of that text read already (the map step's, :attr:`storylens.stream.prepare.VerdictSeed.event`),
        not read again here. Kept for the rules-only analysis of the same opening by the caller, before the
        near-duplicate link reads it (:func:`storylens.stream.ingest._keep_events`, under the same key: the stored
        record's date is its prepared document's, ``_article_record``): kept here as well, each map-step event was
        cut and kept twice (ingest74)."""
        self._batch = dict(texts)
        self._given = {a: e for a, e in (events or {}).items() if e is not None and a in self._batch}

    def known(self, ids: Any) -> dict[str, Any]:
        """The events among ``ids`` read already (kept), reading and cleaning nothing."""
        read = self._read
        return {a: e for a in ids if (e := read.get(a)) is not None}

    def __call__(self, ids: Any) -> dict[str, Any]:
        from ..similarity import opening_event, prepare_text

        need = [a for a in dict.fromkeys(ids) if a not in self._read]
        missing = [a for a in need if a not in self._batch]
        kept = self._store.opening_events(missing) if missing else {}
        missing = [a for a in missing if a not in kept]
        stored = {r.id: r for r in self._store.articles(missing)} if missing else {}
        for a in need:
            if a in kept:
                self._read[a] = decode_event(kept[a])
            elif a in self._batch:
                text, language, published, *rest = self._batch[a]  # the dateline's day: given by the stream's ingest
                given = self._given.get(a)  # read in the map step (kept for the rules-only analysis by hold)
                self._read[a] = given if given is not None else \
                    opening_event(text or "", language=language, published=published,
                                  dateline_day=rest[0] if rest else None)
            elif (record := stored.get(a)) is not None:
                # the raw stored text cleaned first, then its headline put over it: the batch's reading (the stream's
                # cleaned text under its headline). Headline first, the cleaning kept a wire header under it
                # ("UPDATE 1-Ferry runs aground ..." + "Reuters / ATHENS, Nov 25, 2026": a count "run 1" more), so
                # a later run read another opening than the run that ingested it (3 of 362 trial47-53 texts; 0 now)
                prepared = prepare_text(record.text, title=record.title)
                published = record.published or prepared.published
                day = None if published else (getattr(record, "metadata", None) or {}).get("dateline_day")
                self._read[a] = opening_event(prepared.text, language=record.language, published=published,
                                              dateline_day=day)
        if len(self._read) > _EVENTS_HELD:  # the oldest reads go first (dicts keep insertion order)
            for a in list(self._read)[: len(self._read) - _EVENTS_HELD // 2]:
                del self._read[a]
        return {a: e for a in ids if (e := self._read.get(a)) is not None}

    def events_of(self, ids: Any) -> dict[str, str]:
        """The events of the batch's articles among ``ids`` (read now if not read yet: ~1.1 CPU-ms each), encoded
        for the store (:func:`encode_event`)."""
        mine = [a for a in ids if a in self._batch]
        return {a: encode_event(e) for a, e in self(mine).items()} if mine else {}


def encode_event(event: Any) -> str:
    """An :class:`~storylens.similarity.OpeningEvent` as the store keeps it: JSON [days, tolls, counts(, election(, dateline day))] (numbers
    as they are: JSON gives an int or a float back as it was)."""
    row = [sorted(event.event_days), [list(t) for t in event.event_tolls], [list(c) for c in event.event_counts]]
    # its election level and dateline day only when it has one: rows stored before them read alike
    extra = [getattr(event, "election", ""), getattr(event, "filed", "")]
    while extra and not extra[-1]:
        extra.pop()
    return json.dumps(row + extra, ensure_ascii=False)


def decode_event(text: str) -> Any:
    """:func:`encode_event`'s text as the :class:`~storylens.similarity.OpeningEvent` it was."""
    from ..similarity import OpeningEvent

    days, tolls, counts, *extra = json.loads(text)
    election, filed = (*extra, "", "")[:2]
    return OpeningEvent(frozenset(days), tuple(tuple(t) for t in tolls), tuple(tuple(c) for c in counts),
                        election, filed)


# Map-step readings (VerdictSeed) the verdict's reader keeps: the batches' and the candidates' (as VerdictRules.keep).
_SEEDS_HELD = 1024


class VerdictApart:
    """The clusterer's ``verdict_reader`` and the near-duplicate link's check in a stream: (article id, a stored or
    batch article's id) -> why the same-story verdict's hold-apart rules keep the two apart whatever their score
    (:class:`storylens.similarity.VerdictRules`: the rules of ``storylens similarity`` and of the judged refine, with
    the refine's model variant and country flag: ``settings.refine_similarity_variant``,
    ``settings.refine_verdict_countries``), or None. Issue #11, break53: two meetings of the same leaders in two
    cities weeks apart were one story online, and one German report was stored as a copy of the other.

    Each text is read as the refine reads it (the raw text under its headline, prepared as every entry point
    prepares it), whichever run reads it: the batch's from :meth:`hold`, an older article's from the store. Each is
    analysed once, on the first pair that asks (no model, no encoder), and kept (``VerdictRules.keep``): only an
    article with a candidate the join or the link would accept is read. What a text's preparation read (its cleaned
    text, dateline and date: :func:`storylens.similarity.encode_prepared`) is stored with the next batch
    (:meth:`take_readings`, the store's ``verdict_readings`` rows), the batch's articles' and the stored ones' read
    for it, and a stored article's reading is read back from those rows instead of its text cleaned again (the
    same preparation: the stored one is what :func:`~storylens.similarity.prepare_text` gave, ~5 CPU-ms a text on the
    synthetic stream, 26 of a 32-article ingest into a 12k store, stop 59); a row stored before them, never read,
    retitled since, made by another version of the preparation (:data:`storylens.prepare.PREPARATION_VERSION`) or
    damaged is cleaned again as before, and its new reading replaces the row."""

    def __init__(self, store: Any):
        from ..settings import DEFAULT
        from ..similarity import VerdictRules

        self._store = store
        self._batch: dict[str, tuple[str, str | None, str | None, str | None]] = {}
        # id -> (raw text, VerdictSeed) of the batches held last (their texts' readings by the map step)
        self._seeds: dict[str, tuple[str, Any]] = {}
        self.rules = VerdictRules(DEFAULT.refine_similarity_variant)
        self.countries = bool(DEFAULT.refine_verdict_countries)
        self.skipped = 0  # reads answered on one side (:meth:`__call__`)
        # id -> the encoded reading of a text prepared here and not stored yet (:meth:`take_readings`)
        self._unstored: dict[str, str] = {}
        self._taken: list[str] = []  # the ids of the readings taken last (:meth:`take_analyses`)

    def hold(self, texts: Mapping[str, tuple[str, str | None, str | None, str | None]],
             seeds: Mapping[str, tuple[str, Any]] | None = None) -> None:
        """The batch being linked and clustered (not stored yet): id -> (raw text, headline, language, ISO date).
        ``seeds``: id -> (raw text, :class:`~storylens.stream.prepare.VerdictSeed`), what the map step read of
        those texts; kept for the last ``_SEEDS_HELD`` articles, so a later batch's candidate stored by this run is
        not cleaned again either (a fifth of the dev texts the rules read, join55)."""
        self._batch = dict(texts)
        if seeds:
            self._seeds.update(seeds)
            if len(self._seeds) > _SEEDS_HELD:  # the oldest half goes
                for a in list(self._seeds)[: len(self._seeds) - _SEEDS_HELD // 2]:
                    del self._seeds[a]

    def _add(self, a: str, text: str, language: str | None, published: str | None, title: str | None,
             reading: str | None = None, analysis: bytes | None = None) -> None:
        from ..similarity import decode_prepared, encode_prepared

        prepared = decode_prepared(reading, text, title) if reading is not None else None
        if prepared is not None and reading is not None:
            # the stored reading of this text: not prepared again; nor analysed again when its stored analysis is
            # this version's (else it is stored again with the analysis made now)
            read = self.rules.analyses_read
            self.rules.add(a, text, language, published, title=title, prepared=prepared, analysis=analysis)
            if self.rules.analyses_read == read:
                self._unstored[a] = reading
            return
        held = self._seeds.get(a)
        seed = held[1] if held is not None and held[0] == text else None  # read from this very text
        if seed is None:
            prepared = self.rules.add(a, text, language, published, title=title)
        else:
            prepared = self.rules.add(a, text, language, published, title=title, cleaned=seed.cleaned,
                                      parts={seed.part_text: seed.part})
        if prepared is not None:
            self._unstored[a] = encode_prepared(prepared, text, title)
            if len(self._unstored) > 4 * _SEEDS_HELD:  # never taken (a reader outside ingest): the oldest half goes
                for k in list(self._unstored)[: len(self._unstored) - 2 * _SEEDS_HELD]:
                    del self._unstored[k]

    def _read(self, ids: list[str]) -> None:
        need = [a for a in dict.fromkeys(ids) if a not in self.rules]
        missing = [a for a in need if a not in self._batch]
        stored = {r.id: r for r in self._store.articles(missing)} if missing else {}
        rows = self._store.verdict_rows(missing) if missing else {}
        for a in need:
            if a in self._batch:
                text, title, language, published = self._batch[a]
                self._add(a, text, language, published, title)
            elif (r := stored.get(a)) is not None:
                self._add(a, r.text, r.language, r.published, r.title, *rows.get(a, (None, None)))

    def take_readings(self) -> dict[str, str]:
        """The readings prepared since the last call (id -> :func:`storylens.similarity.encode_prepared`'s text), for
        the store with the batch being committed (``StoreBatch.readings``): the held batch's articles' and stored
        articles' (a store keeps an article's first); a stored reading whose stored analysis was not read again too.
        Their analyses: :meth:`take_analyses`, asked right after."""
        taken, self._unstored = self._unstored, {}
        self._taken = list(taken)
        return taken

    def take_analyses(self) -> dict[str, bytes]:
        """The analyses of the readings :meth:`take_readings` gave last (id -> :func:`storylens.similarity.
        encode_analysis`'s bytes; ``StoreBatch.analyses``), as the rules hold them now."""
        out = {}
        for a in self._taken:
            blob = self.rules.analysis_of(a)
            if blob is not None:
                out[a] = blob
        self._taken = []
        return out

    def __call__(self, article: str, other: str) -> str | None:
        # One side first (one held already, else the story's member, which later articles read again): when it lacks
        # what every rule needs of a side (VerdictRules.may_hold), no pair of it is apart and the other text is not
        # analysed (perf55: a read of two new texts is two analyses, ~10-15 CPU-ms each on dev texts).
        first, second = (article, other) if article in self.rules and other not in self.rules else (other, article)
        self._read([first])
        if not self.rules.may_hold(first, countries=self.countries):
            self.skipped += 1
            return None
        self._read([second])
        return self.rules.apart(article, other, countries=self.countries)
