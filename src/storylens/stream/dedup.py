"""Content ids and near-duplicate detection.

An article's id is a hash of its normalised text, so the same text arriving
twice (a re-run, a resumed run, a second feed) is recognised before any work.
A near-duplicate (a syndicated copy, an updated version) is stored and linked
to its canonical article but never clustered: candidates come from the vector
index (cheap), and are confirmed by 5-word shingle overlap.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

import numpy as np

from ..similarity.shingles import other_particulars
from ..store.base import ArticleRecord, ArticleStore, VectorStore

__all__ = [
    "NEAR_DUP_COSINE",
    "NEAR_DUP_JACCARD",
    "ShingleCache",
    "article_text",
    "backfill_copy_keys",
    "content_id",
    "copy_keys",
    "is_cut_copy",
    "jaccard",
    "near_duplicates",
    "normalise_text",
    "originals_first",
    "plain_text",
    "shingles",
]

# Candidates must be this close in embedding space (cheap, from the index) ... A page's copy
# with its own headline against the untitled wire text scores less: the headline is one of the
# three lead sentences the vector is made of (a new-user trial: a syndicated AP copy was never
# compared). USE lead vectors of 300 dev texts (the first line of the dev text as a headline, the
# rest as the untitled text; benchmarks/dedup_headline_cosine.py): copy vs original >= 0.85 for
# 26 %, >= 0.75 for 81 %, >= 0.70 for 89 %; the nearest other article of those 300 reached 0.70 for
# 2 % (0.75: none). The shingle overlap below decides; this gate only bounds the texts read.
NEAR_DUP_COSINE = 0.70


# ... and share this fraction of their 5-word shingles (syndicated copies and
# updated versions share most of their sentences; same-story reports by other
# outlets share almost none: BASIL's wire-copy pairs share < 0.3).
NEAR_DUP_JACCARD = 0.5


def normalise_text(text: str) -> str:
    """The text an id is computed from: NFKC, case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_id(text: str) -> str:
    """Stable article id: 16 hex digits of sha256 of the normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = 5) -> frozenset[int]:
    """The hashes of the word ``size``-grams of the normalised text (a text shorter than ``size`` words is one),
    this process's own (``hash``: compared within a run, never stored). Each gram hashed as the tuple of its words,
    whose hashes each word string keeps, in one C loop (zip of the shifted word lists): a string joined per gram and
    hashed anew cost ~25 % more (300 synthetic texts: 9.2 against 7.0 CPU-ms, load 9). The same sets up to which
    value stands for a gram: two grams are one value exactly when they are the same words, as the joined strings
    were (a 64-bit hash collision aside, either way)."""
    words = _WORD.findall(normalise_text(text))
    if len(words) < size:
        return frozenset([hash(" ".join(words))])
    return frozenset(map(hash, zip(*(words[i:] for i in range(size)))))


# A stored article's copy keys: the COPY_KEYS smallest stable hashes of its 5-word shingles (a bottom-k
# sketch), stored as rows, so that a copy of an article outside the writer's candidate window (which
# the window's vector scan never sees) is still found (store.copy_candidates, which asks for two keys
# in common). Of the first COPY_KEYS shingles of two texts' union in hash order each is in both
# texts with chance J (the share of shingles they share), and in both sketches then: fewer than two
# in common for at most ~0.3 % of pairs at the NEAR_DUP_JACCARD floor of 0.5 (binomial 12, 0.5); a
# simulation of 20,000 pairs at J = 0.5 gave 0 (30 or 150 shingles a text) and 2 (1,000). The shingle
# overlap still decides.
COPY_KEYS = 12
_MULT = np.uint64(0x100000001B3)  # FNV-1a's 64-bit prime, to chain a shingle's word hashes


def copy_keys(text: str, size: int = 5) -> tuple[int, ...]:
    """The :data:`COPY_KEYS` smallest hashes of the :func:`shingles` of ``text`` (the same words and
    ``size``-grams), as signed 64-bit integers (the smallest as unsigned ones, in that order). Stable across processes and machines
    (CRC-32 of each word, chained and mixed with splitmix64's finaliser), unlike :func:`shingles`'
    ``hash``, since they are stored."""
    words = _WORD.findall(normalise_text(text))
    if not words:
        return ()
    ids = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words))
    span = min(size, len(ids))  # a text shorter than ``size`` words is one shingle
    grams = np.zeros(len(ids) - span + 1, dtype=np.uint64)
    for j in range(span):
        grams = grams * _MULT + ids[j : len(ids) - span + 1 + j]
    grams ^= grams >> np.uint64(30)  # splitmix64's finaliser: the low word bits spread over all 64
    grams *= np.uint64(0xBF58476D1CE4E5B9)
    grams ^= grams >> np.uint64(27)
    grams *= np.uint64(0x94D049BB133111EB)
    grams ^= grams >> np.uint64(31)
    return tuple(int(x) for x in np.unique(grams)[:COPY_KEYS].view(np.int64))


def backfill_copy_keys(store: Any, chunk: int = 1000, progress: Callable[[int], None] | None = None) -> int:
    """Give the stored articles that have no copy keys theirs (rows stored before the copy keys'
    migration, SQLite schema 14 / PostgreSQL 13: a copy of one outside the writer's candidate window
    is otherwise stored unlinked). The keys are those ingest stores (:func:`copy_keys` of the text as
    prepared: the stored text when cleaning leaves it as it is, ``ArticleRecord.plain``, else
    :func:`article_text` of it). Newest first, ``chunk`` articles per transaction, each moving the store's
    mark (``store.copy_keys_from()``) down: a stopped run goes on where it stopped, and a run with nothing
    left reads only the mark. Holds the writer lock (:class:`~storylens.errors.StoreError` if another
    writer has it). ``progress(done)`` after each transaction. Returns the number of articles keyed
    (cost, 10,000 synthetic articles at load 11-13: 0.11 CPU-ms a plain one, 2.2 one cleaned again)."""
    done = 0
    with store.writer():
        below = store.copy_keys_from()
        while True:
            rows = store.articles_before(below, chunk)
            if not rows:
                store.add_copy_keys({}, below)  # the mark, so the next run reads nothing else
                return done
            keys = {num: copy_keys(a.text if a.plain else article_text(a.text)) for num, a in rows}
            below = min(keys)
            store.add_copy_keys(keys, below)
            done += len(rows)
            if progress is not None:
                progress(done)


def plain_text(stored: str, cleaned: str) -> bool:
    """Whether a text as stored has the words of its cleaned text (``cleaned``: the prepared text, which
    is :func:`article_text` of it when not cut), so that its :func:`shingles` are the same without
    cleaning it again (an article's ``plain`` column; shingles read words only)."""
    # Equal texts (957 of 2,500 dev texts), then equal normalised texts (2,084), have equal words: the
    # word lists only for the rest (0.15-0.22 CPU-ms per dev article in the writing process, before)
    if stored == cleaned:
        return True
    stored, cleaned = normalise_text(stored), normalise_text(cleaned)
    return stored == cleaned or _WORD.findall(stored) == _WORD.findall(cleaned)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


class ShingleCache:
    """Shingle sets of compared articles, by id, as sorted int64 arrays (8 bytes a shingle; a
    frozenset took ~70), the least recently used dropped past ``held`` shingles in all: a stored
    article is a candidate again and again as its topic recurs, and its text need not be read,
    cleaned and shingled again. Bounded by shingles, not articles, so long texts hold fewer.
    (4,096 frozensets held a third of a 12k synthetic stream: the near-duplicate check read
    ~3 stored texts per article in the last 2k, 0.2 in the first.)"""

    def __init__(self, held: int = 4_000_000, held_chars: int = 8_000_000):
        self.held = held
        self._size = 0
        self._data: OrderedDict[str, np.ndarray] = OrderedDict()
        self.held_chars = held_chars
        self._chars = 0
        self._texts: OrderedDict[str, str] = OrderedDict()

    def remember(self, aid: str, text: str) -> None:
        """Hold ``aid``'s prepared text, exactly as :func:`article_text` would read it back from the
        store, until it is shingled or ``held_chars`` characters of later texts push it out (oldest
        first). A candidate stored earlier in the same run is then not read and cleaned again (2,500
        dev texts: 181 stored texts cleaned again in the writing process, 0.9 of its 8.8 CPU-s)."""
        if aid in self._data or aid in self._texts or len(text) > self.held_chars:
            return
        self._texts[aid] = text
        self._chars += len(text)
        while self._chars > self.held_chars:
            self._chars -= len(self._texts.popitem(last=False)[1])

    def text(self, aid: str) -> str | None:
        """The text :meth:`remember` holds for ``aid``, else None."""
        return self._texts.get(aid)

    def get(self, aid: str) -> np.ndarray | None:
        found = self._data.get(aid)
        if found is not None:
            self._data.move_to_end(aid)
        return found

    def put(self, aid: str, value: frozenset[int] | np.ndarray) -> np.ndarray:
        """Hold ``value`` (a :func:`shingles` set or its array) for ``aid``; returns the array held."""
        arr = value if isinstance(value, np.ndarray) else _as_array(value)
        text = self._texts.pop(aid, None)  # shingled: its text is not needed again
        self._chars -= len(text) if text is not None else 0
        old = self._data.pop(aid, None)
        self._size += len(arr) - (len(old) if old is not None else 0)
        self._data[aid] = arr
        while self._size > self.held and len(self._data) > 1:
            self._size -= len(self._data.popitem(last=False)[1])
        return arr

    def __len__(self) -> int:
        return len(self._data)


def _as_array(value: frozenset[int]) -> np.ndarray:
    return np.sort(np.fromiter(value, dtype=np.int64, count=len(value)))


def _overlap(a: np.ndarray, b: np.ndarray) -> float:
    """:func:`jaccard` of two shingle arrays (sorted, unique)."""
    if not len(a) or not len(b):
        return 0.0
    both = len(np.intersect1d(a, b, assume_unique=True))
    return both / (len(a) + len(b) - both)


class _DedupStore(ArticleStore, VectorStore, Protocol):
    """What near-duplicate detection reads."""


def near_duplicates(items: Sequence[tuple[str, str]], vectors: np.ndarray, store: _DedupStore,
                    nearest: Sequence[Sequence[tuple[str, float]]] | None = None,
                    cache: ShingleCache | None = None, order: Sequence[int] | None = None,
                    keys: Sequence[Sequence[int]] | None = None,
                    apart: Callable[[str, str], str | None] | None = None) -> dict[str, tuple[str, str]]:
    """id -> (canonical id, reason) for the ``(id, text)`` items that repeat a stored or earlier item.

    ``nearest``: each item's 5 nearest stored articles as (id, cosine), best first, when the
    caller has them already (the stream's clusterer asks the index once for both); default
    ``store.nearest_many``. ``cache``: shingle sets kept between calls (one ingest run's batches).
    ``order``: the items' positions, the likeliest original first (:func:`originals_first`): of two
    near-duplicates in the batch the earlier in this order is the canonical, whatever the input order
    (default: input order). ``keys``: the items' :func:`copy_keys`; stored articles outside the
    writer's candidate window sharing two are candidates too (``store.copy_candidates``), whatever
    their cosine (the window's vector answer never holds them). ``apart`` (item id, candidate id) -> why the
    same-story verdict's rules hold the two apart, or None (:class:`storylens.stream._clusterer.VerdictApart`):
    read on a candidate the link would accept, which is then no copy (break53: "Merz hat am Montag in Warschau
    ... getroffen" / "... in Berlin ...", 21 days apart, stored as a copy).
    """
    out: dict[str, tuple[str, str]] = {}
    cache = cache if cache is not None else ShingleCache()
    batch_text = dict(items)

    def shingled(aid: str, text: str) -> np.ndarray:
        found = cache.get(aid)
        return found if found is not None else cache.put(aid, shingles(text))

    found = nearest if nearest is not None else store.nearest_many(vectors[: len(items)], k=5) if items else []
    older = _older_copies(keys, vectors, store) if keys is not None and items else [[] for _ in items]
    ranked = list(order) if order is not None else list(range(len(items)))
    # The stored candidates' texts, read in one query for the batch (one per item cost a round trip
    # each: ~30 of the ~160 queries of a 32-article ingest into an 8k store) and cleaned when first
    # compared. Shingles held are not read again; a text read is compared as the items' order asks.
    raw_texts = _stored_candidates(items, found, older, batch_text, cache, store)
    stored: dict[str, str] = {}
    for rank, i in enumerate(ranked):
        aid, text = items[i]
        candidates = [(c, cos) for c, cos in found[i] if cos >= NEAR_DUP_COSINE] + older[i]
        candidates += [(items[j][0], float(vectors[i] @ vectors[j])) for j in ranked[:rank]
                       if float(vectors[i] @ vectors[j]) >= NEAR_DUP_COSINE]
        if not candidates:
            continue
        need = [c for c, _ in candidates if c not in batch_text and cache.get(c) is None and cache.text(c) is None]
        late = [c for c in need if c not in raw_texts]  # its shingles held at the start, pushed out since
        raw_texts.update((a.id, a) for a in (store.articles(late) if late else ()))
        # A stored text cleaning leaves as it is (ArticleRecord.plain) is not cleaned again: 90 of the
        # ~380 CPU-ms a 32-article ingest into a 12k store added to one into a new store (2026-12-01).
        stored.update((c, a.text if a.plain else article_text(a.text)) for c in need
                      if c not in stored and (a := raw_texts.get(c)) is not None)
        mine = shingled(aid, text)
        for cand, cos in sorted(candidates, key=lambda c: -c[1]):
            cand_text = batch_text.get(cand) or cache.text(cand) or stored.get(cand, "")
            overlap = _overlap(mine, shingled(cand, cand_text))
            # ... and keeps the other's places, days and figures (break53 F4: one template's two meetings)
            if overlap >= NEAR_DUP_JACCARD and other_particulars(text, cand_text) is None \
                    and not (_wall_page(text) or _wall_page(cand_text)) \
                    and (apart is None or apart(aid, cand) is None):
                canonical = _canonical(cand, store, out, raw_texts)
                out[aid] = (canonical, f"near-duplicate of {canonical}: cosine {cos:.3f}, shingle overlap {overlap:.2f}")
                break
    _link_through_later_copies(items, vectors, ranked, out, shingled, apart)
    return out


def _wall_page(text: str) -> bool:
    """Whether ``text`` is a headline over page furniture (a cookie, login or pay wall:
    :func:`storylens.prepare.story_part`). Two such pages share the wall's words, not their story, so neither is
    called the other's copy (break56 F4: three Dutch headlines over one cookie banner were linked as copies of
    the first; :func:`storylens.similarity.looks_like_wall` knows the kinds of wall wording, not every one)."""
    from ..prepare._junk import junk_part

    # the junk test alone (story_part's first): its topic test answers only off-topic bodies, which are no walls
    return junk_part(text) is not None


def _stored_candidates(items: Sequence[tuple[str, str]], found: Sequence[Sequence[tuple[str, float]]],
                       older: Sequence[Sequence[tuple[str, float]]], batch_text: Mapping[str, str],
                       cache: ShingleCache, store: ArticleStore) -> dict[str, ArticleRecord]:
    """The stored records of every item's candidates (cosine at least NEAR_DUP_COSINE, or an older
    copy) whose shingles or text are not held, by id, from one ``store.articles`` call."""
    near = [c for i in range(len(items)) for c, cos in found[i] if cos >= NEAR_DUP_COSINE]
    need = [c for c in dict.fromkeys([*near, *(c for row in older for c, _ in row)])
            if c not in batch_text and cache.get(c) is None and cache.text(c) is None]
    return {a.id: a for a in store.articles(need)} if need else {}


def _older_copies(keys: Sequence[Sequence[int]], vectors: np.ndarray, store: _DedupStore) -> list[list[tuple[str, float]]]:
    """Each item's stored articles outside the writer's candidate window sharing a copy key, as (id,
    cosine) (the cosine from the stored vectors, for the reason given)."""
    older = store.copy_candidates(keys)
    if not any(older):
        return [[] for _ in keys]
    stored = store.vectors(sorted({c for row in older for c in row}))
    out = []
    for i, row in enumerate(older):
        q = np.asarray(vectors[i], dtype=np.float32)
        q = q / (np.linalg.norm(q) or 1.0)
        out.append([(c, _cosine(q, stored[c])) for c in row if c in stored])
    return out


def _cosine(unit: np.ndarray, vector: np.ndarray) -> float:
    v = np.asarray(vector, dtype=np.float32)
    return float(unit @ v / (np.linalg.norm(v) or 1.0))


def _link_through_later_copies(items: Sequence[tuple[str, str]], vectors: np.ndarray, ranked: Sequence[int],
                               out: dict[str, tuple[str, str]], shingled: Callable[[str, str], np.ndarray],
                               apart: Callable[[str, str], str | None] | None = None) -> None:
    """Link an item left alone to the canonical of another item of the same run it near-duplicates (the main
    loop compared each item only with the items before it): final36 F2, one run of a cut copy, a retitled full copy and
    the full text stored the retitled copy as a third article (it shares < 0.5 of its shingles with the cut
    copy, 0.92 with the full text, which came after it and was linked to the cut copy). An item that is a
    canonical itself stays (its copies would point at a copy)."""
    canonicals = {c for c, _ in out.values()}
    linked = [j for j in ranked if items[j][0] in out]
    for i in ranked:
        aid, text = items[i]
        if aid in out or aid in canonicals or not linked:
            continue
        for j in linked:
            cos = float(vectors[i] @ vectors[j])
            if cos < NEAR_DUP_COSINE:  # i is unlinked and j linked: never the same item
                continue
            overlap = _overlap(shingled(aid, text), shingled(items[j][0], items[j][1]))
            if overlap >= NEAR_DUP_JACCARD and other_particulars(text, items[j][1]) is None and not _wall_page(text) \
                    and (apart is None or apart(aid, items[j][0]) is None):
                canonical = out[items[j][0]][0]
                why = f"near-duplicate of {canonical} through {items[j][0]}: cosine {cos:.3f}, shingle overlap {overlap:.2f}"
                out[aid] = (canonical, why)
                break


# A copy's credit of the outlet it carries: "ANKARA, Nov 24 (Reuters) -", "By Reuters, Gulf News".
_CREDIT = re.compile(r"\(([A-Z][\w .&-]{1,30}?)\)|\bBy ([A-Z][\w .&-]{1,30}?),", re.UNICODE)


def originals_first(items: Sequence[tuple[str | None, str | None, str] | tuple[str | None, str | None, str, str]]) -> list[int]:
    """Positions of ``(day or moment, outlet, text)`` items, the likeliest original first: an item whose
    outlet another item's opening credits ("(Reuters)", "By Reuters, Gulf News") or whose closing credit
    names ("… REUTERS"), then the earlier date (an undated item last), then input order. Trial 16 #15 /
    final29 #10: the wire original ingested after its syndicated copy (en_gulfnews.txt before
    en_reuters.txt) was filed as the copy's near-duplicate, and the story showed the copy. The credit
    comes before the date: a carrier dates its copy in its header while the wire's own text may state
    none (trial 18 #10: "date 2026-11-24 By Staff, The Coastal Herald" over "DROVNIK, Kelvaria (Meridian
    Press) —", the undated Meridian Press original filed as the cut copy's near-duplicate). Of items
    alike so far, a copy cut short goes after the full text: an item (with its cleaned text as a fourth
    element) whose opening another outlet's longer item also opens with (:data:`CUT_OPENING_WORDS`, at least
    :data:`CUT_LONGER` times its length)."""
    from ..prepare.clean import closing_agency

    credited: set[str] = set()
    for _, outlet, text, *_ in items:
        names = [(m.group(1) or m.group(2)).strip() for m in _CREDIT.finditer(text[:400])]
        # a paper's copy credits the wire at its end too ("… on news of the strike. REUTERS": final30 claim 5)
        names.append(closing_agency(text[-300:]) or "")
        credited.update(n.casefold() for n in names if n and n.casefold() != (outlet or "").casefold())
    cut = _cut_copies(items)
    return sorted(range(len(items)), key=lambda i: (
        (items[i][1] or "").casefold() not in credited, items[i][0] or "~", i in cut, i))


# A copy cut short shares its first words with the full text (a paper trimming a wire's last paragraphs),
# and the full text is longer by at least this factor.
CUT_OPENING_WORDS = 30
CUT_LONGER = 1.1


def is_cut_copy(cut: str, full: str) -> bool:
    """Whether the cleaned body ``cut`` is a copy of ``full`` cut short: both open with the same
    :data:`CUT_OPENING_WORDS` words and ``full`` is at least :data:`CUT_LONGER` times as long (a paper
    trimming a wire's last paragraphs)."""
    opening = normalise_text(cut).split()[:CUT_OPENING_WORDS]
    return (len(opening) == CUT_OPENING_WORDS and normalise_text(full).split()[:CUT_OPENING_WORDS] == opening
            and len(full) >= CUT_LONGER * len(cut))


def _cut_copies(items: Sequence[tuple]) -> set[int]:
    """Positions of items (with a cleaned text as fourth element) whose opening words another outlet's
    longer item also opens with: a copy cut short, never the original (trial 18 #10)."""
    by_opening: dict[str, list[int]] = {}
    for i, item in enumerate(items):
        if len(item) > 3 and item[3]:
            words = normalise_text(item[3]).split()
            if len(words) >= CUT_OPENING_WORDS:
                by_opening.setdefault(" ".join(words[:CUT_OPENING_WORDS]), []).append(i)
    cut: set[int] = set()
    for group in (g for g in by_opening.values() if len(g) > 1):
        for i in group:
            if any(len(items[j][3]) >= CUT_LONGER * len(items[i][3])
                   and (items[j][1] or "").casefold() != (items[i][1] or "").casefold() for j in group if j != i):
                cut.add(i)
    return cut


def article_text(stored: str) -> str:
    """A stored article's text as its prepared text reads (:func:`~storylens.prepare.clean.clean_text`):
    both sides of a shingle overlap are cleaned. A stored raw text kept its masthead, menu, byline and
    dateline ("The Sacramento Bee" / "Sections  News  Sports" / "By The Associated Press"), and the
    overlap with the cleaned wire text fell with every line of them."""
    from ..prepare.clean import clean_text
    from .prepare import ANALYSED_CHARS

    return clean_text(stored[: 2 * ANALYSED_CHARS]).text[:ANALYSED_CHARS]


def _canonical(article_id: str, store: ArticleStore, batch_dups: Mapping[str, tuple[str, str]],
               read: Mapping[str, ArticleRecord] | None = None) -> str:
    """The canonical of a stored or batch article (``read``: stored records read already)."""
    if article_id in batch_dups:
        return batch_dups[article_id][0]
    rec = read.get(article_id) if read is not None and article_id in read else store.article(article_id)
    return rec.duplicate_of if rec is not None and rec.duplicate_of else article_id
