"""Helpers shared by the store backends (no backend imports here)."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from .._imports import lazy_module
from ._cjk import has_cjk, query_parts
from .base import ArticleRecord, StoryRow, StorySummary

if TYPE_CHECKING:
    import numpy as np
else:  # imported on first use: listing stories reads no vector
    np = lazy_module("numpy")

T = TypeVar("T")

# The clusterer's neighbour searches through an index (from store._exact.EXACT_BELOW vectors;
# below, both writers scan exactly) look this many times as broadly as the neighbours they
# return (HNSW ef = 2k). The two backends' graphs differ, and what the clusterer decides on must
# be in both answers for both to give the same stories: on the 12k synthetic stream the exact
# 35 nearest were all among the 94 answered for 87% of queries at ef = k, 98% at ef = 2k
# (usearch; search 0.60 -> 1.05 ms per query).
CANDIDATE_BREADTH = 2
# Article ids a store object keeps for the article numbers its searches return (~25 MB): both
# are fixed once stored, and a stream's batches ask for the same neighbours again and again.
IDS_KEPT = 200_000


def kept_ids(known: dict[int, str], nums: Iterable[int],
             fetch: Callable[[list[int]], Iterable[tuple[Any, str]]]) -> dict[int, str]:
    """``known`` (article number -> id, a store object's cache of at most :data:`IDS_KEPT`) with the
    ids of ``nums`` it lacks read by ``fetch(missing numbers)``; cleared first when they would not fit."""
    missing = sorted({n for n in nums if n not in known})
    if missing:
        if len(known) + len(missing) > IDS_KEPT:
            known.clear()
        known.update((int(n), i) for n, i in fetch(missing))
    return known


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def chunked(values: Sequence[T], size: int = 500) -> Iterator[Sequence[T]]:
    """Slices of at most ``size`` (SQLite allows ~32k bound parameters; 500 keeps statements small)."""
    for i in range(0, len(values), size):
        yield values[i : i + size]


# A number with a decimal or group separator is one query word ("1,75", "1.75", "4,000"): read as
# "1" and "75" it matched any text with a 1 (trial 15: "1,75" found the NBP report's "4,75" first).
DECIMAL = re.compile(r"\d+(?:[.,]\d+)+")


def words(query: str) -> list[str]:
    """The plain words of a search query (operators and punctuation are not syntax to us); a number
    with a decimal or group separator is one word (:data:`DECIMAL`). Arabic words are asked without their
    vowel marks: the indexes keep a marked word's unmarked form too (``text.search_spellings``), so "عمان" and
    "عمّان" find the texts of either (robust67)."""
    from ..text import ARABIC_MARK

    return re.findall(rf"{DECIMAL.pattern}|\w+", ARABIC_MARK.sub("", query), flags=re.UNICODE)


def query_words(query: str) -> list[list[str]]:
    """The query's :func:`words` by space-separated word: "3:17" and "2024-03-12" are one query word of parts,
    each part required when one holds a digit (the indexes split them, and as alternatives "3:17" found every
    text with a 17 in it, "15.17" too: srch, stop 30); the query's words are still any of them. An
    apostrophe ends a word: "Kelly's", "l'Italie" are two, as before (a translation writes no "s": the
    AND lost 3 of SemEval dev's cross-lingual tune queries)."""
    out: list[list[str]] = []
    for chunk in _WORD_ENDS.split(query):
        parts = words(chunk)
        if len(parts) > 1 and not any(ch.isdigit() for part in parts for ch in part):
            # a name's parts stay alternatives ("Guinea-Bissau" also finds "Guinea", ranked below):
            # requiring both lost cross-lingual search recall@10 on SemEval dev's tune queries (0.7101 ->
            # 0.6884: "Drive-Volksfest", "8-latki" translated with one part), numbers only 0.7029 (srch)
            out.extend([part] for part in parts)
        elif parts:
            out.append(parts)
    return out


_WORD_ENDS = re.compile(r"[\s'\u2019\u02bc]+")


def decimal_key(number: str) -> str:
    """A written number with separators as compared: its digit groups, "1,75" = "1.75" -> "1.75"
    (the separator is a decimal comma in one language and a point in another)."""
    return ".".join(re.findall(r"\d+", number))


# Arabic writes the article and the clitics before it as one word with the noun ("الفائدة", "والفائدة",
# "بالفائدة"): a query word is asked for with and without them, on both backends (PostgreSQL's arabic
# stemmer strips them from articles in Arabic; SQLite's tokenizer and the "simple" configuration do not).
_AR_ARTICLES = ("وال", "بال", "فال", "كال", "لل", "ال")
_ARABIC_WORD = re.compile(r"[\u0621-\u064A]+")
# The letters Arabic glues before a noun without the article (and, so, in/with, to/for: "ودمشق", "بدمشق"), and
# "and" before the other two ("وبدمشق")
_AR_PROCLITICS = ("و", "ف", "ب", "ل")
_AR_GLUED = (*_AR_PROCLITICS, "وب", "ول")


def word_forms(word: str) -> list[str]:
    """The forms a query word matches in the index: itself, an Arabic noun with and without the article ("فائدة" /
    "الفائدة"), and a city's or country's name without the article with and without a proclitic letter
    (robust68: "دمشق" did not find "ودمشق", and back). The letters are glued onto a query word that is such a name
    (``analysis.entities.arabic_place_word``), and one is cut from a query word of four letters or more only when
    what is left is such a name (break68r: cut from or glued onto any word, "فساد" found "ساد", "وحدة" "حدة",
    "لجنة" "جنة", "بحيرة" "حيرة", ranked first); never a glued form the text layer knows whole
    (``text.arabic_known_words``: "ليون", Lyon, never finds "بليون", billion) nor a cut from one. Asked of both
    backends' indexes as the article is: the indexes keep the words as written."""
    if not _ARABIC_WORD.fullmatch(word):
        return [word]
    bare = next((word[len(a):] for a in _AR_ARTICLES if word.startswith(a) and len(word) - len(a) >= 3), word)
    forms = [word, bare, *(a + bare for a in _AR_ARTICLES)]
    if bare == word:  # no article: a proclitic letter, tried both ways on a place's name
        from ..analysis.entities import arabic_place_word
        from ..text import arabic_known_words

        known = arabic_known_words()
        if word not in known:
            names = [word] if arabic_place_word(word) else []
            if not names and word.startswith(_AR_PROCLITICS) and len(word) >= 4 and arabic_place_word(word[1:]):
                names = [word[1:]]
            forms += [*names, *(c + w for w in names for c in _AR_GLUED if c + w not in known)]
    return list(dict.fromkeys(forms))


def query_terms(word: str) -> list[list[tuple[str, bool]]]:
    """What a query word asks of the index as written, on both backends: alternatives (any of
    them), each a list of (token, prefix?) that must all match. Its :func:`word_forms`, each as
    :func:`query_parts` (CJK bigrams), and a Cyrillic or Greek word's Latin spelling (``text.search_spelling``:
    "Сепульведа" finds "Sepúlveda"; the indexes keep that spelling of such words, so "Sepulveda" finds
    "Сепульведа"). Its stem is :func:`stem_prefix`."""
    from ..text import search_spelling

    if DECIMAL.fullmatch(word):  # the indexes split "1,75" into 1 and 75; PostgreSQL keeps "1.75" whole
        return [[(d, False) for d in re.findall(r"\d+", word)], [(decimal_key(word), False)]]
    spelt = search_spelling(word)
    return [query_parts(f) for f in word_forms(word)] + ([[(spelt, False)]] if spelt else [])


# A whole number of five digits or more written without separators: articles group its thousands.
_UNGROUPED = re.compile(r"[1-9]\d{4,}")


def _thousands(number: str) -> list[str]:
    """``number``'s groups of three digits from the right: "1500000" -> ["1", "500", "000"]."""
    head = len(number) % 3 or 3
    return [number[:head]] + [number[i : i + 3] for i in range(head, len(number), 3)]


def stem_prefix(word: str) -> str | None:
    """The shortest of a query word's Snowball stems, asked as a prefix of an indexed word and never
    stemmed again (``text.search_stems``: "madenci" finds "madencilerin", "Халковой" finds
    "Халкова"; PostgreSQL's stemmers do so only in an article's own language, SQLite's tokenizer has
    no stemmer). Every stem begins the word, so the shortest finds what the others would: one term
    per word (each further one would weigh a common word again against a rare one in the ranking)."""
    from ..text import search_stems

    stems = [] if has_cjk(word) else search_stems(word)
    return min(stems, key=len) if stems else None


def search_alternatives(word: str) -> list[list[tuple[str, bool]]]:
    """:func:`query_terms` and :func:`stem_prefix` as one list of alternatives, without the forms the
    stem's prefix already matches (SQLite's full-text query)."""
    stem = stem_prefix(word)
    if DECIMAL.fullmatch(word):  # SQLite's tokenizer never keeps "1.75" whole (as a phrase: no positions kept)
        return query_terms(word)[:1]
    if _UNGROUPED.fullmatch(word):
        # "310000" asks for "310,000", "310.000" and "310 000" too, as the articles write it (trial50 F20: "No
        # matches." while "310,000" found both recall reports); a year ("2026") is never grouped. SQLite's
        # index splits a grouped number into its groups; PostgreSQL's parser reads them otherwise, and its
        # query of "'310' & '000'" failed inside the server ("invalid memory alloc request"): SQLite only.
        return [[(word, False)], [(g, False) for g in _thousands(word)]]
    if stem is None:
        return query_terms(word)
    from ..text import search_spelling

    # A Cyrillic or Greek stem's Latin spelling is a prefix too, as PostgreSQL asks it: "Лагард" (stem
    # "лагард", spelt "lagard") finds "Lagarde" (trial 15 #11: the spelling "lagard" alone found no Latin text).
    spelt = search_spelling(stem)
    extra = [[(spelt, True)]] if spelt and spelt != stem else []
    return [p for p in query_terms(word) if not (len(p) == 1 and p[0][0].lower().startswith(stem))
            and not (extra and len(p) == 1 and p[0][0].lower().startswith(spelt or ""))] + [[(stem, True)], *extra]


def summary(story_id: str, arts: Sequence[ArticleRecord], duplicates: int, copies: Sequence[str] = (),
            copy_languages: Sequence[str | None] = (), version_dates: Sequence[str] = ()) -> StorySummary:
    """A story's view from its canonical articles (dates, title, outlets, languages) and the outlets
    of its copies (``copies``: one per near-duplicate or carried copy, see :class:`StorySummary`;
    ``copy_languages``: each copy's language). ``version_dates``: the publication dates of its
    members' versions stored as near-duplicates (an outlet's update or its earlier text): the span
    covers every version, so it is the same whichever version was stored first and became the member
    (final28: an update stored before its original moved the story's first seen to the update's day)."""
    # Dated articles first, by date; ties by content id, never by when they were read, so
    # the same articles give the same title and order whatever the engine or the clock.
    arts = sorted(arts, key=lambda a: (a.published is None, a.published or "", a.id))
    # Publication dates only: the day StoryLens read an undated article is not news
    # time (an undated story would sort as the newest); such a story has no dates.
    seen = [a.published for a in arts if a.published] + list(version_dates)
    titled = [a.title for a in arts if a.title] + [str(a.metadata["lead"]) for a in arts if a.metadata.get("lead")]
    return StorySummary(
        id=story_id,
        title=titled[0] if titled else None,
        first_seen=min(seen) if seen else None,
        last_seen=max(seen) if seen else None,
        articles=tuple(arts),
        # Who covered the story: its articles' outlets and its copies' (a trial: the story list left
        # out an outlet whose copy the story view counted).
        outlets=tuple(sorted({a.outlet for a in arts if a.outlet} | set(copies))),
        languages=tuple(sorted({a.language for a in arts if a.language})),
        duplicates=duplicates,
        copies=tuple(copies),
        copy_languages=tuple(copy_languages),
    )


def cluster_counters_of(n: int, published: Sequence[str | None], dim: int) -> dict[str, Any]:
    """The clusterer's stream counters from its articles' dates: ``n`` articles, the date range as
    ordinals (``lo``/``hi``, 0 when none is dated) and the vector dimension (for a store's upgrade)."""
    days = []
    for value in published:
        try:
            days.append(date.fromisoformat(value[:10]).toordinal() if value else 0)
        except ValueError:
            days.append(0)
    dated = [d for d in days if d]
    return {"n": int(n), "lo": min(dated) if dated else 0, "hi": max(dated) if dated else 0, "dim": int(dim)}


def unit_rows(matrix: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """Each row divided by its L2 norm, bit for bit as the clusterer normalises one vector
    (``vec / float(np.linalg.norm(vec))``, StoryClusterer._checked_vector): the same float32 dot
    per row, not a batched reduction that may sum in another order. ``out``: a float32 array of
    ``matrix``'s shape to write them into (the exact scan's copy: no array of the size of the
    store made and dropped at a writer's open). ``matrix`` may be float16 of either byte order (a
    COPY's big-endian rows): converted exactly (:func:`_halves_into`)."""
    if out is None:
        out = np.empty(np.shape(matrix), dtype=np.float32)
    if out.size == 0:
        return out
    # By slices of _UNIT_SLICE rows: each slice converted, its row dots taken and divided while it is in the
    # cache (the whole copy converted, then read twice more, cost ~13 of a 32-article ingest's CPU-ms into an
    # 8k store for its first search's copy; by slices and with _halves_into ~7, 2026-12-03, load 17).
    half = matrix.dtype.kind == "f" and matrix.dtype.itemsize == 2
    for start in range(0, out.shape[0], _UNIT_SLICE):
        rows, part = out[start : start + _UNIT_SLICE], matrix[start : start + _UNIT_SLICE]
        if not half or not _halves_into(part, rows):
            rows[...] = part
        # np.linalg.norm of a 1-d float32 vector is sqrt(x.dot(x)); sqrt is correctly rounded either way.
        norms = np.sqrt(_row_dots(rows))
        # A zero row (a text with no vector) becomes NaN, which the exact scan reads as "no neighbours".
        with np.errstate(invalid="ignore", divide="ignore"):
            rows /= norms[:, None]
    return out


# Rows of unit_rows' slices (256 x 512 float32: 512 KiB).
_UNIT_SLICE = 256


def _row_dots(rows: np.ndarray) -> np.ndarray:
    """Each float32 row's dot with itself, bit for bit as ``row.dot(row)`` (the clusterer's norm): numpy's
    ``vecdot`` (numpy >= 2.0) runs the same dot function per row (``FLOAT_dot``, BLAS's sdot) without a Python
    call per row. The per-row loop cost ~1 us a row: 8,000 rows of a writer's first read of an 8k store's window,
    6.1 against 0.8 CPU-ms (equal bits on 3,000 rows each of 10 widths, 3 to 1,024, 2026-12-04)."""
    vecdot = getattr(np, "vecdot", None)
    if vecdot is not None:
        return np.asarray(vecdot(rows, rows), dtype=np.float32)
    return np.fromiter((row.dot(row) for row in rows), dtype=np.float32, count=rows.shape[0])
def dots_with(rows: np.ndarray, vector: np.ndarray) -> list[float]:
    """Each float32 row's dot with ``vector``, bit for bit as ``float(row.dot(vector))`` (the clusterer's cosine of
    two unit vectors): ``vecdot`` as :func:`_row_dots` (numpy >= 2.0), else a dot per row."""
    vecdot = getattr(np, "vecdot", None)
    if vecdot is not None:
        return vecdot(rows, vector).tolist()
    return [float(row.dot(vector)) for row in rows]


# float16 -> float32 by bits: the half's sign, exponent and fraction moved to a single's places, times 2**112
# (the difference of the two exponent biases: exact, and right for subnormal halves too).
_HALF_BITS = 0x8FFFE000 - (1 << 32)  # as int32: the sign bit and the 15 bits a half's exponent and fraction land on
_HALF_SCALE = 2.0**112
_HALF_TOP = 2.0**16  # above every finite half (65,504)


def _halves_into(halves: np.ndarray, out: np.ndarray) -> bool:
    """Write the float16 ``halves`` (either byte order) into the float32 ``out`` exactly as numpy's cast
    does, in four passes over int32 (numpy's own cast of a half is a scalar loop here: ~1.7 ns a value,
    8,000 x 512 in ~7 CPU-ms at load 17, against ~3). False, ``out`` unspecified, when a value is infinite or
    NaN (not cast this way: the caller casts it)."""
    bits = out.view(np.int32)
    np.copyto(bits, halves.view(np.dtype(np.int16).newbyteorder(halves.dtype.byteorder)))  # sign-extended
    np.left_shift(bits, 13, out=bits)
    np.bitwise_and(bits, np.int32(_HALF_BITS), out=bits)
    np.multiply(out, np.float32(_HALF_SCALE), out=out)
    # An infinite or NaN half (exponent all ones) comes out finite, 2**16 or more: max and min make no array.
    return bool(out.max() < _HALF_TOP and out.min() > -_HALF_TOP)


def story_row_values(r: StoryRow) -> tuple[Any, ...]:
    """A :class:`StoryRow` as the columns of ``story_state`` (its key counts are ``story_keys`` rows:
    :func:`story_key_values`)."""
    return (r.id, int(r.created), int(r.size), np.asarray(r.vector_sum, dtype=np.float32).tobytes(), r.first_date,
            r.last_date, json.dumps([list(p) for p in r.languages], ensure_ascii=False))


def story_key_values(sid: str, counts: Sequence[tuple[str, int]]) -> list[tuple[str, str, int, int]]:
    """A story's key counts as ``story_keys`` rows (story, key, n, place): the place keeps their order."""
    return [(sid, k, int(n), i) for i, (k, n) in enumerate(counts)]


def story_row(values: Sequence[Any], keys: Sequence[tuple[str, int]] = ()) -> StoryRow:
    """A ``story_state`` row (:func:`story_row_values`' columns) and its key counts, in order (a tuple of
    (str, int) pairs is taken as it is)."""
    return StoryRow(values[0], int(values[1]), int(values[2]), np.frombuffer(bytes(values[3]), dtype=np.float32).copy(),
                    values[4], values[5], keys if isinstance(keys, tuple) else tuple((str(k), int(n)) for k, n in keys),
                    tuple((str(k), int(n)) for k, n in json.loads(values[6])))


# copy_candidates: a copy key held by more than COPY_KEY_HOT stored articles outside the window is
# boilerplate (a template line, a credit, a paywall sentence: the synthetic stream's "This is report 0
# of story" was in the keys of thousands of articles, and reading them all made each batch's lookup
# grow with the store), so it is not read; a candidate shares COPY_KEYS_SHARED keys at least (two of
# twelve: a pair sharing half its shingles shares fewer for at most ~0.3 % of such pairs, see
# stream.dedup.COPY_KEYS). Rules, not tuned on gold.
COPY_KEY_HOT = 50
COPY_KEYS_SHARED = 2


def copy_candidates_of(keys: Sequence[Sequence[int]], limit: int, start: int | None,
                       fetch: Callable[[list[int], int, int], list[list[int]]],
                       ids_of: Callable[[list[int]], dict[int, str]]) -> list[list[str]]:
    """Both backends' ``copy_candidates``: for each set of copy keys, up to ``limit`` article ids sharing
    at least :data:`COPY_KEYS_SHARED` of them, most keys shared first, ties by number. ``fetch(keys,
    start, n)`` reads, per key, up to ``n`` article numbers below ``start`` (the window's first) holding
    it; a key held by more than :data:`COPY_KEY_HOT` is skipped. None when ``start`` is None (no window,
    or every stored vector inside it: the window's vector scan sees them all)."""
    if start is None or not any(keys):
        return [[] for _ in keys]
    distinct = sorted({int(k) for ks in keys for k in ks})
    holders = {key: nums for key, nums in zip(distinct, fetch(distinct, start, COPY_KEY_HOT + 1))
               if len(nums) <= COPY_KEY_HOT}
    picked = []
    for ks in keys:
        shared = Counter(num for k in set(ks) for num in holders.get(int(k), ()))
        kept = [n for n, c in shared.items() if c >= COPY_KEYS_SHARED]
        picked.append(sorted(kept, key=lambda n: (-shared[n], n))[:limit])
    ids = ids_of(sorted({n for p in picked for n in p}))
    return [[ids[n] for n in p if n in ids] for p in picked]
