"""The stream pipeline: files in, stories out, one committed batch at a time.

For every record from :func:`storylens.ingest.walk.iter_records`::

    RawDocument -> content id (hash of the normalised text; already stored? skip)
                -> prepare_document (clean, language, sentences)
                -> doc_vectors (ONE vector per article: title + lead sentences)
                -> entity_keys
                -> near-duplicate check (vector neighbours, confirmed by shingle overlap)
                -> StoryClusterer.partial_fit (canonical articles only)
                -> store.write_batch (articles, vectors, entities, assignments,
                   failures and the clusterer state in ONE transaction)

Because ids are content hashes and each batch is one transaction, running
the same input twice changes nothing, and a run killed at any point is
resumed by running it again: committed batches are skipped by id, the rest is
added. User corrections (merge, split, move) go through the clusterer, which
keeps them as constraints, and are logged in the store's ``corrections`` table.
Only one writer (ingest or correction) works on a store at a time.

The browsing half (:func:`stories_payload`, :func:`story_payload`,
:func:`search` and their renderers) builds what ``storylens stories``,
``storylens story`` and ``storylens search`` print.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import numpy as np

from .errors import InputError, StoryLensError
from .ingest.walk import Skipped, iter_records
from .models import Document, Failure, RawDocument
from .store import ArticleRecord, ArticleStore, AssignmentRecord, FailureRecord, StoreBatch

__all__ = [
    "IngestReport",
    "Progress",
    "content_id",
    "ingest",
    "load_clusterer",
    "merge_stories",
    "split_story",
    "move_article",
    "rebuild_stories",
    "resolve_story",
    "resolve_article",
    "normalise_text",
    "stories_payload",
    "story_payload",
    "story_documents",
    "blindspots",
    "search",
    "search_payload",
    "stories_markdown",
    "render_story",
    "render_search",
    "NEAR_DUP_COSINE",
    "NEAR_DUP_JACCARD",
]

DEFAULT_BATCH_SIZE = 32
# Candidates must be this close in embedding space (cheap, from the index; a copy
# without its headline scores ~0.88 against the titled original) ...
NEAR_DUP_COSINE = 0.85
# ... and share this fraction of their 5-word shingles (syndicated copies and
# updated versions share most of their sentences; same-story reports by other
# outlets share almost none: BASIL's wire-copy pairs share < 0.3).
NEAR_DUP_JACCARD = 0.5


@dataclass(frozen=True)
class Progress:
    """Sent to the progress callback after every record."""

    done: int  # records handled so far (articles, skips and failures)
    added: int
    skipped: int
    failed: int
    source: str
    elapsed: float


@dataclass(frozen=True)
class IngestReport:
    """What one ``ingest`` run did."""

    added: tuple[str, ...] = ()  # ids of new canonical articles
    near_duplicates: tuple[tuple[str, str], ...] = ()  # (new id, id of the article it duplicates)
    already_stored: int = 0  # exact content already in the store (re-runs, resumed runs)
    exact_duplicates: tuple[tuple[str, str], ...] = ()  # (source, id) repeated within this run
    skipped: tuple[Skipped, ...] = ()  # not articles
    failed: tuple[Failure, ...] = ()
    new_stories: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def stored(self) -> int:
        return len(self.added) + len(self.near_duplicates)

    @property
    def articles_per_second(self) -> float:
        return self.stored / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        parts = [f"added {len(self.added)} articles ({self.new_stories} new stories)"]
        if self.near_duplicates:
            parts.append(f"linked {len(self.near_duplicates)} near-duplicates")
        skipped = self.already_stored + len(self.exact_duplicates) + len(self.skipped)
        if skipped:
            why = []
            if self.already_stored:
                why.append(f"{self.already_stored} already stored")
            if self.exact_duplicates:
                why.append(f"{len(self.exact_duplicates)} exact duplicates")
            if self.skipped:
                why.append(f"{len(self.skipped)} not articles")
            parts.append(f"skipped {skipped} ({', '.join(why)})")
        parts.append(f"failed {len(self.failed)}")
        return "; ".join(parts) + f" in {self.seconds:.1f} s"


ProgressCallback = Callable[[Progress], None]


# ------------------------------------------------------------------ ids and near-duplicates


def normalise_text(text: str) -> str:
    """The text an id is computed from: NFKC, case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_id(text: str) -> str:
    """Stable article id: 16 hex digits of sha256 of the normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = 5) -> frozenset[int]:
    words = _WORD.findall(normalise_text(text))
    if len(words) < size:
        return frozenset([hash(" ".join(words))])
    return frozenset(hash(" ".join(words[i : i + size])) for i in range(len(words) - size + 1))


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


# ------------------------------------------------------------------ the clusterer in the store


def load_clusterer(store: ArticleStore, params: Mapping[str, Any] | None = None) -> Any:
    """The store's clusterer (state restored), or a new one with ``params``.

    The state is saved without vectors (they are in the store already); they
    are put back here before :meth:`StoryClusterer.from_state`.
    """
    from .cluster import StoryClusterer

    state = store.load_state()
    if state is None:
        return StoryClusterer(**dict(params or {}))
    ids = [rec["id"] for rec in state["articles"]]
    vectors, entities, dates = store.vectors(ids), store.entities(ids), store.article_dates(ids)
    for rec in state["articles"]:
        vec = vectors.get(rec["id"])
        if vec is None:
            raise StoryLensError(f"{store.path}: article {rec['id']} has no stored vector; run 'storylens ingest' again")
        rec["vector"] = base64.b64encode(np.asarray(vec, dtype=np.float32).tobytes()).decode("ascii")
        rec["entities"] = sorted(entities.get(rec["id"], ()))
        rec["published"] = dates.get(rec["id"])
    state["assignments"] = {a.article: _assignment_state(a) for a in store.assignments().values()}
    clusterer = StoryClusterer.from_state(state)
    if params:
        clusterer.set_params(**params)
    return clusterer


def _state(clusterer: Any) -> dict[str, Any]:
    """The clusterer state minus what the store already holds (vectors, entity keys, dates, assignments).

    Stored whole, the state grew by ~1.2 KB per article and was rewritten every
    batch; slimmed, it is ~50 bytes per article. :func:`load_clusterer` puts
    the rest back from the store's tables.
    """
    state = clusterer.state(include_vectors=False)
    # Drop only what load_clusterer re-attaches; anything else the clusterer adds is kept as is.
    state["articles"] = [{k: v for k, v in rec.items() if k not in ("entities", "published", "vector")}
                         for rec in state["articles"]]
    state.pop("assignments", None)
    return state


def _assignment_state(a: AssignmentRecord) -> dict[str, Any]:
    return {"article": a.article, "story": a.story, "score": a.score, "new_story": a.new_story,
            "nearest": [[a.nearest, 0.0]] if a.nearest else [], "shared_entities": list(a.shared_entities),
            "reason": a.reason}


def _record(a: Any, reason_prefix: str = "") -> AssignmentRecord:
    nearest = a.nearest[0][0] if a.nearest else None
    return AssignmentRecord(a.article, a.story, float(a.score), bool(a.new_story), nearest,
                            tuple(a.shared_entities), reason_prefix + a.reason)


# ------------------------------------------------------------------ ingest


@dataclass
class _Run:
    """Mutable tallies of one ingest run (private to :func:`ingest`)."""

    started: float = field(default_factory=time.perf_counter)
    done: int = 0
    added: list[str] = field(default_factory=list)
    near: list[tuple[str, str]] = field(default_factory=list)
    already: int = 0
    exact: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    new_stories: int = 0
    seen: dict[str, str] = field(default_factory=dict)  # id -> source, this run

    def report(self) -> IngestReport:
        return IngestReport(tuple(self.added), tuple(self.near), self.already, tuple(self.exact),
                            tuple(self.skipped), tuple(self.failed), self.new_stories,
                            time.perf_counter() - self.started)


@dataclass(frozen=True)
class _Prepared:
    raw: RawDocument
    doc: Document
    id: str


def _chunks(records: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for rec in records:
        chunk.append(rec)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ingest(
    paths: Sequence[str],
    store: ArticleStore,
    *,
    embedder: Any,
    clusterer_params: Mapping[str, Any] | None = None,
    progress: ProgressCallback | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    workers: int = 1,
) -> IngestReport:
    """Read ``paths``, store new articles, assign them to stories; one transaction per batch.

    ``workers > 1`` prepares and embeds articles in that many processes (each
    loads its own model, ~1-2 s) while this process clusters and stores; the
    result is the same as with one worker, only faster on a stream.
    """
    run = _Run()
    with _writer(store), _Preparer(embedder, max(1, workers)) as prepare:
        clusterer = load_clusterer(store, clusterer_params)
        if store.get_meta("embedder") is None:
            store.set_meta("embedder", getattr(embedder, "model_id", "unknown"))
        # One chunk ahead: workers clean and embed chunk n+1 while this process
        # clusters and commits chunk n (order of commits is unchanged).
        pending: _Pending | None = None
        for chunk in _chunks(iter_records(paths), batch_size):
            ahead = _submit_chunk(chunk, store, prepare, run, progress)
            if pending is not None:
                store.write_batch(_finish_chunk(pending, store, clusterer, run, progress))
            pending = ahead
        if pending is not None:
            store.write_batch(_finish_chunk(pending, store, clusterer, run, progress))
        if hasattr(store, "save_index"):
            store.save_index()
    return run.report()


def _writer(store: ArticleStore) -> Any:
    """The store's single-writer lock, when the backend has one."""
    from contextlib import nullcontext

    return store.writer() if hasattr(store, "writer") else nullcontext()


def _tick(run: _Run, progress: ProgressCallback | None, source: str) -> None:
    run.done += 1
    if progress is not None:
        progress(Progress(run.done, len(run.added) + len(run.near), run.already + len(run.exact) + len(run.skipped),
                          len(run.failed), source, time.perf_counter() - run.started))


@dataclass
class _Pending:
    """A chunk whose articles are being prepared and embedded."""

    fresh: list[tuple[RawDocument, str]]
    failures: list[FailureRecord]
    outcomes: Any  # has .result() -> list[Outcome]


def _submit_chunk(chunk: list[Any], store: ArticleStore, prepare: "_Preparer", run: _Run,
                  progress: ProgressCallback | None) -> _Pending:
    failures: list[FailureRecord] = []
    fresh = _new_raw_documents(chunk, store, run, failures, progress)
    return _Pending(fresh, failures, prepare.submit(fresh))


def _finish_chunk(pending: _Pending, store: ArticleStore, clusterer: Any, run: _Run,
                  progress: ProgressCallback | None) -> StoreBatch:
    failures = pending.failures
    prepared, vectors = [], []
    for (raw, aid), (doc, vector, reason) in zip(pending.fresh, pending.outcomes.result()):
        if doc is None:
            _fail(run, failures, progress, raw.source, reason)
        else:
            prepared.append(_Prepared(raw, doc, aid))
            vectors.append(vector)
    if not prepared:
        return StoreBatch(failures=failures)
    return _embed_cluster(prepared, np.vstack(vectors), store, clusterer, run, failures, progress)


def _new_raw_documents(chunk: list[Any], store: ArticleStore, run: _Run,
                       failures: list[FailureRecord], progress: ProgressCallback | None) -> list[tuple[RawDocument, str]]:
    """Drop failures, skips and already-stored content (counted); return (raw, id) to process."""
    raws = [(r, content_id(r.text)) for r in chunk if isinstance(r, RawDocument)]
    known = store.known_ids([i for _, i in raws])
    fresh = []
    for rec in chunk:
        if isinstance(rec, Failure):
            run.failed.append(rec)
            failures.append(FailureRecord(rec.source, rec.stage, rec.reason, "failed"))
        elif isinstance(rec, Skipped):
            run.skipped.append(rec)
            failures.append(FailureRecord(rec.source, "walk", rec.reason, "skipped"))
        if not isinstance(rec, RawDocument):
            _tick(run, progress, rec.source)
    for raw, aid in raws:
        if aid in known:
            run.already += 1
        elif aid in run.seen:
            run.exact.append((raw.source, aid))
        else:
            run.seen[aid] = raw.source
            fresh.append((raw, aid))
            continue
        _tick(run, progress, raw.source)
    return fresh


Outcome = tuple[Any, Any, str]  # (Document or None, vector or None, failure reason)


def prepare_and_embed(fresh: Sequence[tuple[RawDocument, str]], tools: tuple[Any, Any], embedder: Any) -> list[Outcome]:
    """Clean and segment the lead of each article, then embed all of them in one call."""
    from .cluster import doc_vectors
    from .compare import prepare_document

    docs: list[Any] = []
    for raw, aid in fresh:
        try:
            doc = prepare_document(raw, aid, language=tools[0], segmenter=tools[1], segment_chars=LEAD_CHARS)
            if not doc.sentences:
                raise InputError("no sentences found in the article text", raw.source)
            docs.append((doc, ""))
        except InputError as exc:
            docs.append((None, exc.reason))
        except Exception as exc:  # noqa: BLE001 - one odd article must not stop a stream of thousands
            docs.append((None, f"internal error while cleaning/segmenting ({type(exc).__name__}: {exc}); please report it"))
    ok = [d for d, _ in docs if d is not None]
    vectors = iter(doc_vectors([(d.title, [s.text for s in d.sentences]) for d in ok], embedder) if ok else [])
    return [(d, next(vectors), "") if d is not None else (None, None, reason) for d, reason in docs]


class _Preparer:
    """Runs :func:`prepare_and_embed` here, or split across worker processes."""

    def __init__(self, embedder: Any, workers: int):
        from .language import LanguageDetector
        from .segment import Segmenter

        self.embedder = embedder
        self.tools = (LanguageDetector(), Segmenter())
        self.pool = _worker_pool(embedder, workers) if workers > 1 else None
        self.workers = workers

    def submit(self, fresh: list[tuple[RawDocument, str]]) -> "_Outcomes":
        if self.pool is None or len(fresh) < 2 * self.workers:
            return _Outcomes(done=prepare_and_embed(fresh, self.tools, self.embedder))
        size = -(-len(fresh) // self.workers)
        parts = [fresh[i : i + size] for i in range(0, len(fresh), size)]
        return _Outcomes(futures=[self.pool.submit(_worker_run, part) for part in parts])

    def __enter__(self) -> "_Preparer":
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


@dataclass
class _Outcomes:
    """Prepared articles, computed here (``done``) or in worker processes (``futures``)."""

    done: list[Outcome] | None = None
    futures: list[Any] = field(default_factory=list)

    def result(self) -> list[Outcome]:
        if self.done is None:
            self.done = [o for f in self.futures for o in f.result()]
        return self.done


def _worker_pool(embedder: Any, workers: int) -> Any:
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from .embed import UseEmbedder

    inner = getattr(embedder, "embedder", embedder)
    if not isinstance(inner, UseEmbedder):
        raise StoryLensError("parallel ingest workers need the default embedder; use workers=1 with a custom one")
    cache = getattr(embedder, "cache_path", None)
    # spawn, not fork: the parent holds a loaded model and BLAS threads.
    return ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                               initializer=_worker_init, initargs=(str(cache) if cache else None,))


# Per worker process: its own model and tools, set once by the pool initializer.
# This state lives only inside a worker process, never in the caller's.
_WORKER: dict[str, Any] = {}


def _worker_init(cache_path: str | None) -> None:
    from .embed import CachedEmbedder, UseEmbedder
    from .language import LanguageDetector
    from .segment import Segmenter

    _WORKER["tools"] = (LanguageDetector(), Segmenter())
    _WORKER["embedder"] = CachedEmbedder(UseEmbedder(), cache_path)


def _worker_run(part: list[tuple[RawDocument, str]]) -> list[Outcome]:
    return prepare_and_embed(part, _WORKER["tools"], _WORKER["embedder"])


# Enough text for the title + lead sentences that make the article's vector.
LEAD_CHARS = 1500


def _fail(run: _Run, failures: list[FailureRecord], progress: ProgressCallback | None, source: str, reason: str) -> None:
    run.failed.append(Failure(source, "prepare", reason))
    failures.append(FailureRecord(source, "prepare", reason, "failed"))
    _tick(run, progress, source)


def _published(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _embed_cluster(prepared: list[_Prepared], vectors: np.ndarray, store: ArticleStore, clusterer: Any,
                   run: _Run, failures: list[FailureRecord], progress: ProgressCallback | None) -> StoreBatch:
    from .cluster import ArticleFeatures, entity_keys

    dup_of = _near_duplicates(prepared, vectors, store)
    articles, features, entities = [], [], {}
    for p, vec in zip(prepared, vectors):
        keys = entity_keys(f"{p.doc.title or ''}\n{p.doc.text}", p.doc.language)
        entities[p.id] = sorted(keys)
        articles.append(_article_record(p, dup_of.get(p.id)))
        if p.id in dup_of:
            run.near.append((p.id, dup_of[p.id][0]))
        else:
            run.added.append(p.id)
            features.append(ArticleFeatures(p.id, vec, keys, _published(p.doc.published), p.doc.language, p.doc.outlet))
        _tick(run, progress, p.raw.source)
    assignments = clusterer.partial_fit(features) if features else []
    run.new_stories += sum(1 for a in assignments if a.new_story)
    return StoreBatch(
        articles=articles,
        vectors={p.id: v for p, v in zip(prepared, vectors)},
        entities=entities,
        assignments=[_record(a) for a in assignments],
        failures=failures,
        state=_state(clusterer) if hasattr(clusterer, "stories_") else None,
        succeeded_sources=[p.raw.source for p in prepared],
    )


def _article_record(p: _Prepared, dup: tuple[str, str] | None) -> ArticleRecord:
    meta = dict(p.raw.metadata)
    if p.doc.sentences:  # a stand-in headline for untitled articles (plain .txt files)
        meta.setdefault("lead", p.doc.sentences[0].text[:160])
    return ArticleRecord(
        id=p.id, source=p.raw.source, text=p.raw.text,
        external_id=str(meta["external_id"]) if meta.get("external_id") else None,
        url=p.doc.url, outlet=p.doc.outlet, title=p.doc.title, language=p.doc.language,
        published=p.doc.published, metadata=meta,
        duplicate_of=dup[0] if dup else None, duplicate_reason=dup[1] if dup else None,
    )


def _near_duplicates(prepared: list[_Prepared], vectors: np.ndarray, store: ArticleStore) -> dict[str, tuple[str, str]]:
    """id -> (canonical id, reason) for articles that repeat a stored or earlier article of this batch."""
    out: dict[str, tuple[str, str]] = {}
    cache: dict[str, frozenset[int]] = {}
    batch_text = {p.id: p.doc.text for p in prepared}

    def shingled(aid: str, text: str) -> frozenset[int]:
        if aid not in cache:
            cache[aid] = shingles(text)
        return cache[aid]

    for i, p in enumerate(prepared):
        candidates = [(aid, cos) for aid, cos in store.nearest(vectors[i], k=5) if cos >= NEAR_DUP_COSINE]
        candidates += [(prepared[j].id, float(vectors[i] @ vectors[j])) for j in range(i)
                       if float(vectors[i] @ vectors[j]) >= NEAR_DUP_COSINE]
        if not candidates:
            continue
        stored = {a.id: a.text for a in store.articles([c for c, _ in candidates if c not in batch_text])}
        mine = shingled(p.id, p.doc.text)
        for cand, cos in sorted(candidates, key=lambda c: -c[1]):
            overlap = jaccard(mine, shingled(cand, batch_text.get(cand) or stored.get(cand, "")))
            if overlap >= NEAR_DUP_JACCARD:
                canonical = _canonical(cand, store, out)
                out[p.id] = (canonical, f"near-duplicate of {canonical}: cosine {cos:.3f}, shingle overlap {overlap:.2f}")
                break
    return out


def _canonical(article_id: str, store: ArticleStore, batch_dups: Mapping[str, tuple[str, str]]) -> str:
    if article_id in batch_dups:
        return batch_dups[article_id][0]
    rec = store.article(article_id)
    return rec.duplicate_of if rec is not None and rec.duplicate_of else article_id


# ------------------------------------------------------------------ corrections


def resolve_story(store: ArticleStore, story: str) -> str:
    """A story id from a full id or a unique prefix (``S-3f2a`` for ``S-3f2a...``)."""
    ids = {rec.story for rec in store.assignments().values()}
    if story in ids:
        return story
    matches = sorted(i for i in ids if i.startswith(story) or i.startswith("S-" + story))
    if len(matches) == 1:
        return matches[0]
    hint = "it matches " + ", ".join(matches[:5]) if matches else "list them with 'storylens stories'"
    raise InputError(f"unknown story id {story!r}; {hint}", store.path)


def resolve_article(store: ArticleStore, article: str) -> str:
    """An article id from a full id, a unique prefix, or an external id."""
    if store.known_ids([article]):
        return article
    matches = store.find_articles(article) if hasattr(store, "find_articles") else []
    if not matches:
        matches = [a.id for a in store.articles() if a.external_id == article]
    if len(matches) == 1:
        return matches[0]
    hint = "it matches " + ", ".join(matches[:5]) if matches else "see the ids with 'storylens story <story id>'"
    raise InputError(f"unknown article id {article!r}; {hint}", store.path)


def _apply(store: ArticleStore, op: str, args: dict[str, Any], action: Callable[[Any], str]) -> str:
    with _writer(store):
        return _apply_locked(store, op, args, action)


def _apply_locked(store: ArticleStore, op: str, args: dict[str, Any], action: Callable[[Any], str]) -> str:
    clusterer = load_clusterer(store)
    if not hasattr(clusterer, "stories_"):
        raise InputError("the store has no stories yet; run 'storylens ingest' first", store.path)
    before = dict(clusterer.article_story_)
    result = action(clusterer)
    changed = [aid for aid, sid in clusterer.article_story_.items() if before.get(aid) != sid]
    old = store.assignments()
    records = [_corrected(old.get(aid), aid, clusterer.article_story_[aid], op) for aid in changed]
    store.record_correction(op, args, records, _state(clusterer))
    return result


def _corrected(old: AssignmentRecord | None, aid: str, story: str, op: str) -> AssignmentRecord:
    reason = f"user correction ({op}): now in {story}"
    if old is None:
        return AssignmentRecord(aid, story, 0.0, False, None, (), reason)
    return AssignmentRecord(aid, story, old.score, old.new_story, old.nearest, old.shared_entities,
                            f"{reason}; was: {old.reason}")


def refine_stories(store: ArticleStore) -> dict[str, Any]:
    """Offline pass over every stored article (:meth:`StoryClusterer.refine`): average link against chaining.

    Stories whose membership does not change keep their ids; user corrections
    hold. Returns the counts of :meth:`StoryClusterer.refine`.
    """
    return _apply(store, "refine", {}, lambda clusterer: clusterer.refine())


def merge_stories(store: ArticleStore, a: str, b: str) -> str:
    """Merge story ``b`` into ``a`` (the older id survives); returns the merged story id."""
    a, b = resolve_story(store, a), resolve_story(store, b)
    return _apply(store, "merge", {"stories": [a, b]}, lambda c: c.merge(a, b))


def split_story(store: ArticleStore, story: str, article_ids: Sequence[str]) -> str:
    """Move ``article_ids`` out of ``story`` into a new story; returns the new story id."""
    story = resolve_story(store, story)
    ids = [resolve_article(store, a) for a in article_ids]
    return _apply(store, "split", {"story": story, "articles": ids}, lambda c: c.split(story, ids))


def move_article(store: ArticleStore, article: str, to_story: str) -> str:
    """Move one article to another story; returns the target story id."""
    article, to_story = resolve_article(store, article), resolve_story(store, to_story)
    return _apply(store, "move", {"article": article, "to": to_story}, lambda c: c.move(article, to_story))


def rebuild_stories(store: ArticleStore, clusterer_params: Mapping[str, Any] | None = None) -> int:
    """Re-cluster every canonical article from scratch (e.g. with new params), re-applying the corrections.

    Returns the number of stories.
    """
    with _writer(store):
        return _rebuild_locked(store, clusterer_params)


def _rebuild_locked(store: ArticleStore, clusterer_params: Mapping[str, Any] | None) -> int:
    from .cluster import ArticleFeatures

    old = load_clusterer(store)
    clusterer = type(old)(**{**old.get_params(), **dict(clusterer_params or {})})
    clusterer.corrections_ = list(getattr(old, "corrections_", []))
    clusterer.history_ = list(getattr(old, "history_", []))
    arts = [a for a in store.articles() if a.duplicate_of is None]
    vectors, entities = store.vectors([a.id for a in arts]), store.entities([a.id for a in arts])
    feats = [ArticleFeatures(a.id, vectors[a.id], frozenset(entities.get(a.id, ())), _published(a.published),
                             a.language, a.outlet) for a in arts if a.id in vectors]
    clusterer.fit(feats)
    records = [_record(clusterer.assignments_[f.id]) for f in feats]
    records = [r if r.story == clusterer.article_story_[r.article] else
               _corrected(r, r.article, clusterer.article_story_[r.article], "re-applied") for r in records]
    store.replace_assignments(records, _state(clusterer))
    return len(clusterer.stories_)


# ------------------------------------------------------------------ browsing (what the CLI renders)

STORIES_SCHEMA = "storylens.stories/1"


def _article_dict(a: ArticleRecord) -> dict[str, Any]:
    return {"id": a.id, "external_id": a.external_id, "source": a.source, "url": a.url, "outlet": a.outlet,
            "title": a.title, "language": a.language, "published": a.published}


def _story_dict(s: Any) -> dict[str, Any]:
    return {"id": s.id, "title": s.title, "first_seen": s.first_seen, "last_seen": s.last_seen,
            "outlets": list(s.outlets), "languages": list(s.languages),
            "articles": [_article_dict(a) for a in s.articles]}


def stories_payload(store: ArticleStore, limit: int | None = None) -> dict[str, Any]:
    """All stories in the ``storylens.stories/1`` JSON shape (``schemas/stories-1.json``)."""
    stories = store.stories()
    return {"schema": STORIES_SCHEMA, "stories": [_story_dict(s) for s in stories[:limit]]}


def _core_keys(ids: Sequence[str], entities: Mapping[str, set[str]]) -> set[str]:
    """Entity keys in at least half of the articles (all keys for a one-article story)."""
    counts: dict[str, int] = {}
    for aid in ids:
        for k in entities.get(aid, ()):
            counts[k] = counts.get(k, 0) + 1
    need = max(1, (len(ids) + 1) // 2)
    return {k for k, c in counts.items() if c >= need}


def blindspots(store: ArticleStore, story_id: str, min_shared: int = 3) -> list[dict[str, Any]]:
    """Outlets and languages that covered related stories (sharing >= ``min_shared`` core entities) but not this one."""
    stories = {s.id: s for s in store.stories()}
    story = stories[story_id]
    entities = store.entities()
    df: dict[str, int] = {}
    for keys in entities.values():
        for k in keys:
            df[k] = df.get(k, 0) + 1
    # Only distinctive keys count: "President" or "Now" would relate every story to every other.
    rare = max(5, int(0.05 * len(entities)))
    # Number keys ("#28") tell stories apart but are not who or where a story is about.
    mine = {k for k in _core_keys([a.id for a in story.articles], entities)
            if df.get(k, 0) <= rare and not k.startswith("#")}
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for other in stories.values():
        if other.id == story_id:
            continue
        shared = mine & _core_keys([a.id for a in other.articles], entities)
        if len(shared) < min_shared:
            continue
        for kind, values, have in (("outlet", other.outlets, story.outlets), ("language", other.languages, story.languages)):
            for value in values:
                if value in have:
                    continue
                entry = found.setdefault((kind, value), {"kind": kind, "value": value, "related_stories": [],
                                                         "shared_entities": set()})
                entry["related_stories"].append(other.id)
                entry["shared_entities"] |= shared
    out = [{**e, "related_stories": e["related_stories"][:5], "n_related": len(e["related_stories"]),
            "shared_entities": sorted(e["shared_entities"])[:8]} for e in found.values()]
    return sorted(out, key=lambda e: (-e["n_related"], e["kind"], e["value"]))


def _coverage(articles: Sequence[ArticleRecord], field_name: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for a in articles:
        key = getattr(a, field_name) or "unknown"
        out[key] = out.get(key, 0) + 1
    return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def story_payload(store: ArticleStore, story: str, *, claims: bool = False, embedder: Any = None,
                  max_claim_docs: int = 6) -> dict[str, Any]:
    """One story: articles (with why each joined), coverage, blindspots, timeline, duplicates, claim ledger."""
    story_id = resolve_story(store, story)
    summary = next(s for s in store.stories() if s.id == story_id)
    assigned = store.assignments()
    members = {x.id for x in summary.articles}
    dups = [a for a in (store._light_articles() if hasattr(store, "_light_articles") else store.articles())
            if a.duplicate_of in members]
    out = _story_dict(summary)
    for art in out["articles"]:
        rec = assigned.get(art["id"])
        art["reason"] = rec.reason if rec else None
        art["lead"] = next((x.metadata.get("lead") for x in summary.articles if x.id == art["id"]), None)
        art["score"] = rec.score if rec else None
    out.update(
        schema="storylens.story/1",
        coverage={"outlets": _coverage(summary.articles, "outlet"), "languages": _coverage(summary.articles, "language")},
        blindspots=blindspots(store, story_id),
        timeline=_timeline(summary.articles),
        duplicates=[{"id": d.id, "duplicate_of": d.duplicate_of, "source": d.source, "reason": d.duplicate_reason}
                    for d in dups],
        claims=None,
    )
    if claims:
        # Story summaries carry no text: fetch the full articles for the comparison.
        out["claims"] = _claim_ledger(store.articles([a.id for a in summary.articles[:max_claim_docs]]), embedder)
    return out


def _when(entry: Mapping[str, Any]) -> str:
    if entry["date"]:
        return entry["date"]
    return f"~{entry['assumed_date']} (undated; story date assumed)" if entry.get("assumed_date") else "undated"


def _timeline(articles: Sequence[Any]) -> list[dict[str, Any]]:
    """Articles by date; an undated one is placed at the story's latest date, marked as assumed
    (as ``compare`` does for a document without a date)."""
    dated = [a.published for a in articles if a.published]
    assumed = max(dated) if dated else None
    return [{"date": a.published, "assumed_date": None if a.published else assumed, "article": a.id,
             "outlet": a.outlet, "title": a.title or a.metadata.get("lead")}
            for a in sorted(articles, key=lambda a: (a.published or assumed or "", a.published is None))]


def story_documents(articles: Sequence[ArticleRecord]) -> list[Document]:
    """Re-prepare stored articles (raw text + container metadata) into Documents ``d1``, ``d2``, ..."""
    from .compare import prepare_document

    return [prepare_document(RawDocument(a.source, a.text, metadata=dict(a.metadata)), f"d{i}")
            for i, a in enumerate(articles, start=1)]


def _claim_ledger(articles: Sequence[ArticleRecord], embedder: Any) -> dict[str, Any] | None:
    """The comparison of the story's articles as ``storylens.comparison/1`` (None for a one-article story)."""
    if len(articles) < 2:
        return None
    from .compare import compare_documents

    try:
        comparison = compare_documents(story_documents(articles), embedder=embedder)
    except StoryLensError as exc:
        # The story view stays useful without its ledger (e.g. a model file is missing).
        return {"comparison": None, "error": str(exc)}
    return {"comparison": comparison}


def search(store: ArticleStore, query: str, *, embedder: Any = None, limit: int = 10) -> list[Any]:
    """FTS5 keyword matches fused with semantic neighbours of the query (any language): reciprocal rank fusion."""
    from .store import SearchHit

    text_hits = store.search_text(query, limit=limit * 3)
    vec_hits: list[tuple[str, float]] = []
    if embedder is not None and query.strip():
        vec_hits = store.nearest(embedder.embed([query])[0], k=limit * 3)
    scores: dict[str, float] = {}
    # 60 is the usual RRF constant: it keeps one list's top hit from drowning the other list.
    for rank, (aid, _) in enumerate(text_hits, start=1):
        scores[aid] = scores.get(aid, 0.0) + 1.0 / (60 + rank)
    for rank, (aid, _) in enumerate(vec_hits, start=1):
        scores[aid] = scores.get(aid, 0.0) + 1.0 / (60 + rank)
    top = sorted(scores, key=lambda a: -scores[a])[:limit]
    arts = {a.id: a for a in store.articles(top)}
    t_rank = {aid: (r, snip) for r, (aid, snip) in enumerate(text_hits, start=1)}
    v_rank = {aid: (r, cos) for r, (aid, cos) in enumerate(vec_hits, start=1)}
    return [SearchHit(arts[a], round(scores[a], 5), t_rank.get(a, (None, None))[0], v_rank.get(a, (None, None))[0],
                      v_rank.get(a, (None, None))[1], t_rank.get(a, (None, None))[1]) for a in top if a in arts]


# ------------------------------------------------------------------ rendering (Markdown is the base; terminal renders it)


def _md(text: Any) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def stories_markdown(payload: Mapping[str, Any]) -> str:
    lines = [f"# Stories ({len(payload['stories'])})", "",
             "| id | title | first seen | last seen | articles | outlets | languages |",
             "| --- | --- | --- | --- | ---: | --- | --- |"]
    for s in payload["stories"]:
        lines.append(f"| {s['id']} | {_md(s['title'])} | {s['first_seen'] or ''} | {s['last_seen'] or ''} | "
                     f"{len(s['articles'])} | {_md(', '.join(s['outlets']))} | {', '.join(s['languages'])} |")
    return "\n".join(lines) + "\n"


def _short(text: Any, n: int = 100) -> str:
    text = _md(text)
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _story_markdown(p: Mapping[str, Any]) -> str:
    out = [f"# {_short(p['title']) or p['id']}", "",
           f"Story `{p['id']}`: {len(p['articles'])} articles, {p['first_seen'] or '?'} to {p['last_seen'] or '?'}.", "",
           "## Articles", "", "| article | outlet | language | published | title | why it is here |",
           "| --- | --- | --- | --- | --- | --- |"]
    for a in p["articles"]:
        out.append(f"| {a['id']} | {_md(a['outlet'])} | {a['language'] or ''} | {a['published'] or ''} | "
                   f"{_short(a['title'] or a.get('lead'), 80)} | {_md(a.get('reason'))} |")
    cov = p["coverage"]
    out += ["", "## Coverage", "",
            "By outlet: " + ", ".join(f"{k} {v}" for k, v in cov["outlets"].items()),
            "", "By language: " + ", ".join(f"{k} {v}" for k, v in cov["languages"].items()), "", "## Blindspots", ""]
    if not p["blindspots"]:
        out.append("None found: no outlet or language covered related stories but not this one.")
    for b in p["blindspots"]:
        out.append(f"- {b['kind']} **{_md(b['value'])}** covered {b['n_related']} related stories "
                   f"({', '.join(b['related_stories'])}) sharing {', '.join(b['shared_entities'])}, but not this one")
    out += ["", "## Timeline", ""]
    out += [f"- {_when(t)} {_md(t['outlet']) or 'unknown outlet'}: {_short(t['title'])} (`{t['article']}`)"
            for t in p["timeline"]]
    if p["duplicates"]:
        out += ["", "## Near-duplicates (not counted)", ""]
        out += [f"- `{d['id']}` {_md(d['source'])}: {_md(d['reason'])}" for d in p["duplicates"]]
    return "\n".join(out) + "\n"


def render_story(payload: Mapping[str, Any], fmt: str = "terminal") -> str:
    """One story as ``terminal``, ``markdown`` or ``json``; the claim ledger comes from :func:`storylens.report.render`."""
    from .report import comparison_to_dict, render

    comparison = (payload.get("claims") or {}).get("comparison")
    error = (payload.get("claims") or {}).get("error")
    if fmt == "json":
        body = dict(payload)
        body["claims"] = comparison_to_dict(comparison) if comparison is not None else None
        if error:
            body["claims_error"] = error
        return json.dumps(body, ensure_ascii=False, indent=2, default=str)
    text = _story_markdown(payload)
    ledger = render(comparison, "markdown" if fmt == "markdown" else "terminal") if comparison is not None else None
    if error:
        ledger = f"Claim ledger unavailable: {error}\n"
    if fmt == "markdown":
        return text + ("\n## Claim ledger\n\n" + ledger if ledger else "")
    return _markdown_to_terminal(text) + ("\nClaim ledger\n\n" + ledger if ledger else "")


def _markdown_to_terminal(text: str, width: int = 120) -> str:
    import io

    from rich.console import Console
    from rich.markdown import Markdown

    buf = io.StringIO()
    Console(file=buf, width=width, force_terminal=False, color_system=None).print(Markdown(text))
    return buf.getvalue()


def search_payload(store: ArticleStore, query: str, hits: Sequence[Any]) -> dict[str, Any]:
    assigned = store.assignments()

    def story(a: ArticleRecord) -> str | None:
        rec = assigned.get(a.duplicate_of or a.id)
        return rec.story if rec else None

    return {"schema": "storylens.search/1", "query": query, "results": [
        {**_article_dict(h.article), "story": story(h.article), "score": h.score, "text_rank": h.text_rank,
         "vector_rank": h.vector_rank, "cosine": None if h.cosine is None else round(h.cosine, 4),
         "snippet": h.snippet or h.article.metadata.get("lead")} for h in hits]}


def render_search(payload: Mapping[str, Any], fmt: str = "terminal") -> str:
    if fmt == "json":
        return json.dumps(payload, ensure_ascii=False, indent=2)
    lines = [f"# Search: {_md(payload['query'])}", "", "| # | article | story | outlet | title | match |",
             "| ---: | --- | --- | --- | --- | --- |"]
    for i, r in enumerate(payload["results"], start=1):
        how = ", ".join(x for x in (f"text #{r['text_rank']}" if r["text_rank"] else "",
                                    f"semantic #{r['vector_rank']} (cos {r['cosine']:.2f})" if r["vector_rank"] else "") if x)
        lines.append(f"| {i} | {r['id']} | {r['story'] or ''} | {_md(r['outlet'])} | "
                     f"{_md(r['title'] or r['snippet'])} | {how} |")
    if not payload["results"]:
        lines.append("\nNo matches.")
    text = "\n".join(lines) + "\n"
    return text if fmt == "markdown" else _markdown_to_terminal(text)
