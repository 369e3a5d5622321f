"""Online story clustering: assign each incoming article to a story, or start one.

One vector per article (never per sentence, to keep a stream cheap), plus a
set of cheap entity keys and an optional publication date, go in as
:class:`ArticleFeatures`. :class:`StoryClusterer` assigns them one at a time
(``partial_fit``) and explains each decision in an :class:`Assignment`.

How an article is scored against a candidate story::

    sim   = (1 - centroid_weight) * best cosine to a member + centroid_weight * cosine to centroid
    ents  = cosine of idf-weighted entity keys: the article's set vs the story's key counts
    score = sim + entity_weight * ents - date_weight * (1 - exp(-gap_days / time_decay_days))

(``ents`` is at least ``crosslingual_entity_floor`` against a story with no
member in the article's language.)

It joins the best story when ``score >= threshold``; otherwise it starts a new
one. Candidate stories come from an HNSW index (hnswlib) over all article
vectors, so the cost per article grows with log(stored articles). A story more
than ``max_gap_days`` away is never joined: six months later the same topic is
a new story unless the link is strong enough to beat the date penalty.

Story ids are ``"S-" + sha1(first article id)[:10]``: re-running a stream gives
the same ids and adding articles never renames a story. User corrections
(``merge``, ``split``, ``move``) are kept in ``corrections_`` as must-link and
cannot-link constraints and are re-applied whenever the stream is clustered
again (``fit``).
"""

from __future__ import annotations

import base64
import hashlib
import math
import re
from collections import Counter
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ConfigError, InputError, StoryLensError, list_of
from ..settings import DEFAULT
from ..text import NAME_STOP_WORDS
from ._aliases import alias_forms, alias_keys
from ._places import group_places, place_conflict, places_of, say_places

__all__ = [
    "ArticleFeatures",
    "Assignment",
    "NotFittedError",
    "StoryClusterer",
    "StoryState",
    "UnknownStoryError",
    "alias_forms",
    "alias_keys",
    "doc_vector",
    "doc_vectors",
    "entity_keys",
    "story_id_for",
]

STATE_FORMAT = "storylens.cluster/1"
# Refine: one unit of cross-lingual link probability in units of the same-language link
# (cosine + 2 x entity cosine, which spans ~3); fixed, not tuned.
LINK_SCALE = 2.0
# Refine: the judge's score orders the pairs with a side the sentence encoder does not read whose links the online
# join's rule makes equal (one city and one count in common: the same keys give the same link), in place of the
# articles' order. Scaled so that it moves no link by more than this (a score is in [0, 1]): it breaks ties only.
BLIND_TIE_BREAK = 1e-6
# Key kinds every language writes alike: numbers ("#2.15") and alias groups ("=european central bank").
_NEUTRAL_KEYS = ("#", "=")
# The mark of an everyday word's key (a noun capitalised by its language's rule: German "%polizei"):
# counted in the article's key norm, never a shared key (entity_keys, StoryClusterer._score).
EVERYDAY_MARK = "%"
_EVERYDAY_WEIGHT = float(DEFAULT.cluster_everyday_weight)
# The mark of a large city's key read in another script than Latin (entity_keys: "昭通市" -> "@zhaotong"):
# it meets a Latin-script report's key of the city ("zhaotong") across languages; two marked keys meet
# too, but one such city alone is no key in common (StoryClusterer._score): two Arabic reports that both
# name Sohag share one city, a key that alone joined two unrelated Arabic dev texts at cosine 0.38 (keys40;
# they shared no key before, as the text has no capitals).
CITY_MARK = "@"
_SMALL_COUNT = int(DEFAULT.cluster_small_count)
# The online join's events rule reads the openings of this many of a candidate story's members, the
# article's nearest (set by hand, not tuned: each is a text read back from the store at worst).
EVENT_MATES = 5
# Candidate stories above the cut whose best member the pair verdict's rules are read against, per article
# (_verdict_apart): chosen, not tuned (join53); each read costs a pair's rules (~1-2 CPU-ms) and, the first time an
# article is read, its analysis (~30 CPU-ms with its preparation at BASIL's ~3,700 characters).
VERDICT_CANDIDATES = 2
# A candidate story's best-matching members among the neighbours the rules are read against, best first: the
# article joins unless the rules hold it apart from each (_verdict_apart; chosen, not tuned: break55 F1 was a
# three-report story whose third report the rules held apart from the first only). A read past the first happens
# only when the rules held the article apart from the one before.
VERDICT_MATES = 3
# How refine groups a candidate component: "average" link over every pair of it (pairs that were
# no one's candidates take their cosine + entity link or the link model's probability), or
# "correlation": greedy correlation clustering over the candidate pairs only (see _correlation).
REFINE_GROUPINGS = ("average", "correlation")


class NotFittedError(StoryLensError):
    """The clusterer was used before any article was clustered."""


class UnknownStoryError(StoryLensError):
    """A story or article id given to a correction is not known to the clusterer."""


@dataclass(frozen=True)
class ArticleFeatures:
    """What the clusterer needs to know about one article."""

    id: str  # stable article id (content hash)
    vector: np.ndarray  # L2-normalised document embedding (see doc_vector)
    entities: frozenset[str]  # normalised entity keys (see entity_keys)
    published: date | None
    language: str | None = None
    outlet: str | None = None


def checked_articles(articles: object) -> list[ArticleFeatures]:
    """``articles`` as a list when it is a list of :class:`ArticleFeatures`, else WrongTypeError naming it, or the
    first item of another type as ``articles[n]`` (robust66: StoryClusterer().fit([b"..."]) raised "'bytes' object
    has no attribute 'id'")."""
    return list_of(articles, ArticleFeatures, "articles",
                   "StoryClusterer takes a list of ArticleFeatures (from storylens.stream or features of your own)")


@dataclass(frozen=True)
class Assignment:
    """Where one article went and why."""

    article: str
    story: str
    score: float
    new_story: bool
    nearest: tuple[tuple[str, float], ...]  # (article id, cosine), best first
    shared_entities: tuple[str, ...]
    reason: str


@dataclass
class StoryState:
    """Learned state of one story (mutable: it lives inside the clusterer)."""

    id: str
    members: list[str]
    vector_sum: np.ndarray
    first_date: date | None
    last_date: date | None
    entity_counts: Counter = field(default_factory=Counter)
    created: int = 0  # stream position of the first member
    languages: Counter = field(default_factory=Counter)

    norm_cache: tuple[int, int, float] | None = field(default=None, repr=False, compare=False)
    # (the vector_sum it was computed from, the centroid): a join gives the story a new vector_sum array
    # (StoryClusterer._join), so the one it holds still being that array means the centroid still holds
    _centroid: tuple[np.ndarray, np.ndarray] | None = field(default=None, repr=False, compare=False)

    def entity_norm(self, idf, n_seen: int) -> float:
        """Norm of the idf-weighted key counts; cached until the story or the corpus grows 10%."""
        c = self.norm_cache
        if c is None or self.norm_stale(n_seen):
            # fsum: the keys' order follows string hashes (a frozenset's), so a plain sum differed in
            # the last bit between processes (PYTHONHASHSEED); fsum's exact sum has no order
            value = math.sqrt(math.fsum((k * idf(e)) ** 2 for e, k in self.entity_counts.items()))
            self.norm_cache = c = (len(self.members), n_seen, value)
        return c[2]

    def norm_stale(self, n_seen: int) -> bool:
        """Whether :meth:`entity_norm` computes the norm again (it reads every key's idf then)."""
        # Recomputing on every join made big stories cost O(keys) per candidate; a norm
        # at most 10% stale changes scores by a few hundredths at most.
        c, size = self.norm_cache, len(self.members)
        return c is None or not c[0] <= size <= c[0] * 1.1 + 1 or n_seen > c[1] * 1.1 + 10

    @property
    def centroid(self) -> np.ndarray:
        """The unit mean of the members' vectors, computed again only when the sum is another array: the
        online join scores each candidate story once per article, and an ingest's articles share most of
        their candidate stories (a 32-article batch into an 8k store: ~500 scores of ~300 stories).
        Read-only: the array is kept for the next call."""
        held = self._centroid
        if held is not None and held[0] is self.vector_sum:
            return held[1]
        norm = float(np.linalg.norm(self.vector_sum))
        value = self.vector_sum / norm if norm > 0 else self.vector_sum.copy()
        value.flags.writeable = False
        self._centroid = (self.vector_sum, value)
        return value


def story_id_for(first_article_id: str) -> str:
    """Deterministic story id derived from the story's first article."""
    return "S-" + hashlib.sha1(first_article_id.encode("utf-8")).hexdigest()[:10]


# --------------------------------------------------------------------------- features

# Capitalised words that start sentences or are function words, in the languages
# USE covers best; they would otherwise become "entities" of every article.
_STOP = NAME_STOP_WORDS  # moved to storylens.text (one place for word lists)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9'’.\-]*")
# A clock time ("7:42", "07:42:10"): not two numbers of the story (trial 14: "shared: #42, #7" was
# the pieces of "7:42", shown as evidence that an article belongs to a story).
# Han characters (CJK ideographs and kana), read as spaces for names and numbers.
_HAN_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_CLOCK = re.compile(r"(?<![\d.,:])(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:]|[.,]\d)")


_DOTTED = re.compile(r"\d[.,h]\d\d")
_DIGITS = re.compile(r"\d")


def _without_dates_and_times(text: str, language: str | None) -> str:
    """``text`` with the digits of its dates and clock hours blanked (same length): the spans the
    analysis resolves as dates (:func:`storylens.analysis.quantities.extract_dates`: "Dec 2", "12月2日",
    "2026"), a number beside a month name (babel's, every form, in the text's language and English:
    "2 Aralık 2026", the wire datelines the date reader leaves), a number before a year, month or day
    mark of a script without spaces (text data "year_marks", "day_marks": "2026年", "2日"), and a bare
    hour beside a word of the clock (text data "time_cues" and "clock_marks": "3 a.m.", "凌晨3时",
    "saat 3", "15 Uhr"). Cost: the date reader on the sentences that hold a digit; entity keys 0.62 ->
    1.45 CPU-ms an article on 2,502 dev texts (keys40). The dates are read in ``language``: until keys77 the
    call gave the language as the publication date and read every text as English, and 28 of the 2,502 kept a
    day, a year or an "ago" count of their own language as a figure key ("am 5. und 6. September" "#5",
    "4-5 Şubat 2020" "#4", "septiembre del 2018" "#2018", "vor 75 Jahren" "#75")."""
    if not _DIGITS.search(text):
        return text
    from ..analysis.quantities import extract_dates

    # a year alone ("IBPS Clerk Result 2019", "the 2014 election") names an edition or an event: a figure
    # of the story; a day's or month's year is the date's ("4 June 2020")
    spans = [(at + d.start, at + d.end) for at, part in _digit_sentences(text)
             for d in extract_dates(part, published=None, language=language)
             if d.end > d.start and d.precision != "year"]
    patterns = _date_time_patterns(_cue_language(language))
    windows = _digit_windows(text, _patterns_reach(patterns))
    spans += [m.span(g) for rx in patterns for start, end in windows for m in rx.finditer(text, start, end)
              for g in range(1, rx.groups + 1) if m.start(g) >= 0]
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        for i in range(a, b):
            if chars[i].isdigit():
                chars[i] = " "
    return "".join(chars)


# A sentence's end: a line's, a Han full stop's, or ". " between two words ("killed. Police"; not "Dec. 2"
# nor "am 2. Dezember", whose dates the reader must see whole)
_SENTENCE_END = re.compile(r"\n\s*|(?<=[。！？])|(?<=[^\W\d_]{2}[.!?])\s+(?=[^\W\d_])")


def _digit_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) of the sentences of ``text`` that hold a digit: the date reader reads only
    those (a date without a digit gives no number key), a third of its cost on dev texts."""
    out, start = [], 0
    for m_start, m_end in _sentence_ends(text):
        if _DIGITS.search(text, start, m_start):
            out.append((start, text[start:m_start]))
        start = m_end
    if _DIGITS.search(text, start):
        out.append((start, text[start:]))
    return out


# where a match of _SENTENCE_END may start: a newline (its first branch), or right after a Han stop or after a
# stop that whitespace follows (its second and third)
_SENTENCE_END_CUE = re.compile(r"[\n。！？.!?]")


def _sentence_ends(text: str) -> list[tuple[int, int]]:
    """The spans of ``_SENTENCE_END.finditer(text)``, the pattern tried only where a match may start
    (:data:`_SENTENCE_END_CUE`) instead of at every character: tried at every character, whose lookbehinds
    leave the scan no fast way past a letter, it was ~0.2 CPU-ms of the keys' 2 per article (ingest77). An
    empty match (after a Han stop) is followed by a try at the same place, as finditer does, that only the
    newline branch can pass, and the newline there is a cue of its own."""
    out: list[tuple[int, int]] = []
    pos, last = 0, -1
    for c in _SENTENCE_END_CUE.finditer(text):
        at = c.start() if c.group() == "\n" else c.end()
        if at < pos or at == last:
            continue
        last = at
        m = _SENTENCE_END.match(text, at)
        if m is not None:
            out.append(m.span())
            pos = m.end()
    return out


_DIGIT_RUN = re.compile(r"\d+")


def _digit_windows(text: str, reach: int | None) -> list[tuple[int, int]]:
    """(start, end) to scan ``text`` with :func:`_date_time_patterns` for the same matches a scan of the whole
    text finds, in the same order: every match holds a digit and is at most ``reach`` characters long (a
    lookbehind reads before ``start``, a lookahead up to ``end``). Each digit run with ``reach`` on either side
    (plus ``reach`` more where the scan may stop, for the last tries' lookaheads), runs closer than that merged:
    a match starts inside its run's window, and no digit lies between a window's end and the next window.
    ``reach`` None: the whole text. The patterns tried at every letter were ~0.6 CPU-ms of the keys' 2 per
    article (ingest77: 1,000 dev texts)."""
    if reach is None:
        return [(0, len(text))]
    out: list[list[int]] = []
    for m in _DIGIT_RUN.finditer(text):
        start, end = max(0, m.start() - reach), m.end() + 2 * reach
        if out and start <= out[-1][1]:
            out[-1][1] = end
        else:
            out.append([start, end])
    return [(start, min(end, len(text))) for start, end in out]


@lru_cache(maxsize=64)
def _patterns_reach(patterns: tuple[re.Pattern[str], ...]) -> int | None:
    """The longest match any of ``patterns`` can make, with room for a lookahead after it (None: unbounded,
    or the parser's widths unreadable): the reach of :func:`_digit_windows`."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        widths = [_parser.parse(rx.pattern, rx.flags).getwidth()[1] for rx in patterns]
    except (ImportError, AttributeError, re.error):  # (a private module: another Python's may differ)
        return None
    longest = max(widths, default=0)
    return None if longest >= _parser.MAXREPEAT else longest + 8


def _cue_language(language: str | None) -> str | None:
    """The base code of ``language`` (any: babel's month names cover languages without text data, "el")."""
    from ..text import base

    return base(language) if language else None


@lru_cache(maxsize=64)
def _date_time_patterns(lang: str | None) -> tuple[re.Pattern[str], ...]:
    """Patterns whose groups are numbers that are date parts or a clock hour, for ``lang`` (its words
    and English's; None: English's alone). See :func:`_without_dates_and_times`."""
    from ..text import alternation, month_names, profile, short_month_names

    langs = tuple(dict.fromkeys(x for x in (lang, "en") if x))
    months = {m.rstrip(".") for lg in langs for m in month_names(lg) if not _DIGITS.search(m)}
    # a short month name that is another word too ("pro" for, "lis" fox, "mar" sea, "may"): a month beside a
    # number only in a date's context (try46 F11: "pro 12 tisíc domácností", "lis 300", "mar 300" lost the figure)
    short = {m for lg in langs for m in short_month_names(lg)} & months
    capital = {m[:1].upper() + m[1:] for lg in langs if profile(lg).months_capitalised for m in short_month_names(lg)}
    months -= short
    # "12月", "12월": the month names of a script without spaces hold their digits; their mark follows one
    marks = {_DIGITS.sub("", m) for lg in langs for m in month_names(lg) if _DIGITS.search(m)}
    marks |= {w for lg in langs for w in profile(lg).day_marks}
    years = {w for lg in langs for w in profile(lg).year_marks}
    # words of the clock written after an hour ("a.m.", "Uhr", "h", "时") or before it ("saat", "godz."):
    # a Turkish case ending ("'te") is no word (it follows any number)
    after = {w for lg in langs for w in (*profile(lg).time_after, *profile(lg).clock_hour, *profile(lg).time_24,
                                          *profile(lg).time_am, *profile(lg).time_pm)  # "5 утра", "7 rano"
             if w[:1] not in "'’"}
    before = {w for lg in langs for w in profile(lg).time_24 if w[:1] not in "'’"}
    out = []
    # the words a language writes between a day and its month or a month and its year (text data
    # "dateline" "in_date": Spanish "2 de diciembre de 2026")
    link = alternation({w for lg in langs for w in profile(lg).dateline_in_date})
    link = rf"(?:\s(?i:{link}))?" if link else ""
    # a number beside a month is a date's when it is a day or a year, or any number after a day and its month (a
    # year cut short, "30 mai 202"), and none heads a figure whose thousands a space groups (leftovers78: "Le 1er
    # mai, 45 000 manifestants", "In March 300 people died", "14 juillet 300 000" gave "#000" or no key: the
    # figure's head was read as the month's day)
    grouped = r"(?!\d)(?![\s\u00a0\u202f]\d{3}(?!\d))"
    day_or_year = rf"(?:0?[1-9]|[12]\d|3[01]|\d{{4}}){grouped}"
    if months:
        # a language that writes its months with a capital: its month in lower case is a word ("Thousands march 12 km",
        # "the march 5 miles long": leftovers78, the figure was the month's day); in capitals it is a month ("MARCH 12")
        cased = {m for lg in langs if profile(lg).months_capitalised
                 for m in month_names(lg) if not _DIGITS.search(m)} & months
        uncased = months - cased
        month = "|".join(f for f in (
            rf"(?i:{alternation(uncased)})" if uncased else "",
            alternation({v for m in cased for v in (m[:1].upper() + m[1:], m.upper())}) if cased else "") if f)
        out.append(re.compile(rf"(?<![\w.,])({day_or_year})\.?{link}\s?(?:{month})\.?(?!\w)"))
        out.append(re.compile(rf"(?<!\w)(?:{month})\.?,?{link}\s?({day_or_year})(?![\w.,]\d)"))
        out.append(re.compile(rf"(?<![\w.,])\d{{1,2}}\.?{link}\s?(?:{month})\.?,?{link}\s?(\d{{1,4}}{grouped})(?![\w.,]\d)"))
    if short:
        # a day before it ("12. pro", "12 mar") and the year after that ("12. pro 2022"); a year after it
        # ("pro 2022"), a day and a year ("May 12, 2022"); a day after its capital where months have one ("May 12")
        month, day, year = alternation(short), r"(?:0?[1-9]|[12]\d|3[01])", r"(?:1[89]|20)\d\d"
        out.append(re.compile(rf"(?<![\w.,])({day})\.?{link}\s?(?:{month})(?!\w)\.?(?:,?{link}\s?({year}))?(?![\w.,]\d)",
                              re.IGNORECASE))
        out.append(re.compile(rf"(?<!\w)(?:{month})(?!\w)\.?,?{link}\s?(?:({day}),?{link}\s)?({year})(?![\w.,]\d)",
                              re.IGNORECASE))
        if capital:
            out.append(re.compile(rf"(?<!\w)(?:{alternation(capital)})(?!\w)\.?,?{link}\s?({day})(?![.,]?\d)"))
    if marks:
        out.append(re.compile(rf"(?<![\d.,])(\d{{1,2}})\s?(?:{alternation(marks)})"))
    if years:
        out.append(re.compile(rf"(?<![\d.,])(\d{{4}})\s?(?:{alternation(years)})"))
    if after:
        # a mark of a script without spaces ("3时许") has no word end after it
        spaced = {w for w in after if not _HAN_RUN.search(w)}
        out.append(re.compile(rf"(?<![\d.,:])([01]?\d|2[0-4])\s?(?:(?:{alternation(spaced)})(?!\w)"
                              rf"{'|' + alternation(after - spaced) if after - spaced else ''})", re.IGNORECASE))
    if before:
        out.append(re.compile(rf"(?<!\w)(?:{alternation(before)})\s?([01]?\d|2[0-4])(?![\d.,:])", re.IGNORECASE))
    return tuple(out)


def _without_dotted_times(text: str, language: str | None) -> str:
    """``text`` with its clock times blanked that a dot writes ("a las 3.17", "um 3.17 Uhr", "godz. 1.17"):
    final29 #14, a story's join reason listed "shared: #1.17, #3.17", times of day, as shared figures.
    The claims' own reading (:func:`storylens.analysis.quantities.extract_times`, the words around)
    decides; colon times are :data:`_CLOCK`'s."""
    if not _DOTTED.search(text):
        return text
    from ..analysis.quantities import extract_times

    times = [t for t in extract_times(text, language) if _DOTTED.search(t.text)]
    for t in times:
        text = text[: t.start] + " " * (t.end - t.start) + text[t.end :]
    return text


def entity_keys(text: str, language: str | None = None) -> frozenset[str]:
    """Cheap entity/place keys: capitalised words, acronyms and numbers, transliterated and lowercased.

    Transliterating first (anyascii) lets "Токаев" and "Tokayev" meet half-way
    ("tokaev"/"tokayev" still differ; the embedding carries what keys miss).
    Hyphenated names are split so "Kassym-Jomart" and "Kassym-Shomart" share
    "kassym". A word capitalised only where capitals say nothing (the start of
    a sentence or line, a Title Case headline) counts only if it is also
    capitalised somewhere else: "Although" and "Calls" are not names.
    ``language`` (the text's, None when unknown): its stop words and weekday and month names are
    no keys; in a language that capitalises every noun, the words its lexicon knows
    (:func:`_lexicon_nouns`: German "Polizei", "Menschen") are keys under :data:`EVERYDAY_MARK`
    ("%polizei"), never shared evidence.
    """
    from ..analysis.entities import native_keys
    from ..text import base, normalise_digits
    from ..text._ascii import ascii_text
    from ._aliases import alias_keys, city_readings

    text = text or ""
    # Han text has no capitals and no spaces: anyascii glued each run into one "name" that no other
    # article ever had (trial 15: 'ouyuanqu5yuetongzhanglujiangzhi1.9'), which only diluted the key
    # vector, and its digits touched Han characters, so \b found none of its numbers. Han runs are
    # read by the alias table instead (欧洲央行 = ECB) and stand as spaces here.
    plain = _HAN_RUN.sub(" ", text) if _HAN_RUN.search(text) else text
    strong: set[str] = set()  # capitalised mid-sentence, or an acronym
    weak: set[str] = set()  # capitalised where every word is
    everyday = _calendar_and_stop_keys(base(language)) if language else frozenset()  # not names ("Dienstag")
    # A language that capitalises its nouns: a line whose capitals are its nouns' is no Title Case headline
    nouns_capitalised = _capitalises_nouns(language)
    for line in ascii_text(plain).splitlines():
        title_case = _is_title_case(line, everyday if nouns_capitalised else None)
        for m in _TOKEN.finditer(line):
            if m.group().islower():  # no capital letter in any part: no name key (most words; ASCII here)
                continue
            initial = title_case or _sentence_initial(line, m.start())
            for i, part in enumerate(m.group().replace("’", "'").split("-")):
                key = _name_key(part)
                if key is not None and (key not in everyday or part.isupper()):  # an acronym stands ("US", "WHO")
                    (weak if initial and i == 0 and not part.isupper() else strong).add(key)
    keys = strong | (weak & strong)
    # One key per alias group the text names, in any language (ECB = EZB = ЕЦБ = 欧洲央行; Germany =
    # Deutschland = 德国: the entity linker's tables), in place of the plain keys of its words.
    groups, words = alias_keys(text, genitive=_genitive_s(language), language=language)
    if groups:
        keys -= {ascii_text(w) for w in words}
        keys |= groups
    # The large cities named in another script, keyed as a Latin-script report keys them, under
    # CITY_MARK ("昭通市" -> "@zhaotong", "Гамбурге" -> "@hamburg"): Chinese and Arabic give no other
    # place key (trial48 F8). The mark: such a key meets the Latin-script report's plain key, never
    # another marked one (StoryClusterer._score).
    # A word read so is the one city, not a name beside it as well: its plain key ("kharkovi" of "Харкові",
    # "peiraia" of "Πειραιά", "ostrave" of "v Ostravě") goes, so two such texts of two events in one city meet
    # on one city, which alone is no key in common (_keys_in_common; try46 F0: two Czech reports of a fire and a
    # bus crash in Ostrava joined online on "#40" and "ostrave", two Ukrainian ones on "#40", the city and
    # "kharkovi"). Cased scripts only: a Latin-script case language's city is read where its key stands.
    read = city_readings(text, language)
    if read:
        keys -= {k for w in read for part in ascii_text(w).replace("’", "'").split("-")
                 if (k := _name_key(part)) is not None}
        keys |= {CITY_MARK + k for k in read.values()}
    # Japanese and Korean names of their own read as a Latin-script report writes them, under the same mark
    # ("이재명" -> "@lee", "@jae", "@myeong", "@myung"; "林芳正" -> "@hayashi"; "石川県" -> "@ishikawa"): no capitals
    # give them a key otherwise (trial49 F13: a ko/en pair shared no name key, a ja/en one numbers only).
    keys |= {CITY_MARK + k for k in native_keys(text, language)}
    nouns = _lexicon_nouns(plain, language, keys)  # after the groups: a region's country is one ("=greece")
    # A noun the language capitalises stays in the article's key norm but under its own mark, never
    # shared evidence in the online join (StoryClusterer._score): dropped outright, the norms of German
    # articles shrank and a lone shared name outweighed the rest (the gate's dev stream: unrelated
    # pairs apart 1.000 -> 0.969, a Berlin shooting joined another Berlin shooting on "rbb").
    if nouns & keys:
        keys = (keys - nouns) | {EVERYDAY_MARK + k for k in nouns & keys}
    # Numbers (tolls, magnitudes, scores) tell apart two stories of the same kind; a date's parts and a
    # clock time are no figure of the story (trial48 F8: «12月2日», "Dec 2", "2 Aralık 2026" and
    # «凌晨3时» / "3 a.m." were "#12", "#2", "#3" keys, and a Turkish quake joined a Chinese landslide
    # on "shared: #12, #3", the landslide's month and hour).
    # digits of every script as ASCII ("١٣٥٩" is "#1359", as the same figure in an English report)
    facts = _without_dates_and_times(normalise_digits(text), language)
    keys |= _figure_keys(facts, language)
    return frozenset(keys)


# A letter that may touch a figure: Korean glues its counters and particles to digits ("12명이", "4만 가구"), as
# Chinese and Japanese (whose Han and kana runs stand as spaces here) do theirs
_HANGUL = re.compile("[\uac00-\ud7a3]")
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=64)
def _figure_re(language: str | None) -> re.Pattern[str]:
    """A figure's digits in a text of ``language``: grouped by a space where its press writes thousands so
    (:func:`storylens.text.grouped_digits`: "40 000" in French or Polish, "40\u00a0000" anywhere), else digits
    with their marks ("40,000", "40.000", "1,5")."""
    from ..text import grouped_digits

    return re.compile(rf"(?<!\w)(?:{grouped_digits(language)}|\d+(?:[.,]\d+)*)")


def _figure_keys(dated: str, language: str | None) -> set[str]:
    """The number keys of a text whose dates are blanked (:func:`_without_dates_and_times`): each figure with
    its scale as one value, read by the text layer's rules the claim ledger reads too (issues #11/#12, try46
    F3: "40 000", "40 тисяч", "1,5 εκατ.", "約4万", "4만", "40k", "$2m" -> "#40000", "#1500000"... as another
    report writes them in digits, "40,000", "1.500.000"; read as "#40" + "#000", "#4" or nothing, they were no
    key in common, or a junk one every report with a spaced thousand shared): a run of digits and glued
    scales (:func:`storylens.text.scale_chain`: "1億2000万", "5만 8천"), a scale written after the digits
    (:func:`storylens.text.scale_after`: glued "4万", "40k", spaced "40 тисяч"), else the digits alone. A
    figure glued to other letters ("10km", "F16", "3rd") is none; a clock time is none."""
    from ..text import scale_after, scale_chain

    # Han runs and clock times stand as spaces of their length: the figures' offsets stay those of ``dated``,
    # where a glued scale is read ("约4万": the 万 is Han)
    facts = _HAN_RUN.sub(lambda m: " " * len(m.group()), dated) if _HAN_RUN.search(dated) else dated
    marks = _decimal_marks(language)
    facts = _CLOCK.sub(lambda m: " " * len(m.group()), _without_dotted_times(facts, language))
    keys: set[str] = set()
    done = 0
    for m in _figure_re(language).finditer(facts):
        if m.start() < done:  # inside a chain read whole ("1億2000万": the 2000)
            continue
        if (chain := scale_chain(dated, m.start(), language)) is not None:
            keys.add(_value_key(chain[0]))
            done = chain[1]
            continue
        key = _number_key(re.sub(r"\s", "", m.group()), marks)
        scaled = scale_after(dated, m.end(), language)
        if scaled is not None:
            key = _scaled_key(key, scaled[0])
            done = scaled[1]
        elif _LETTER.match(facts, m.end()) and not _HANGUL.match(facts, m.end()):
            continue  # "10km", "3rd": a measure or an ordinal, not a count of the story
        keys.add(key)
    return keys


def _value_key(value: float) -> str:
    """A figure's value keyed as its digits would be ("#40000", "#1.5")."""
    return f"#{round(value)}" if abs(value - round(value)) < 1e-6 * max(1.0, abs(value)) else \
        _decimal_key(*f"{value:.6f}".split("."))


def _scaled_key(key: str, factor: float) -> str:
    """A number key (:func:`_number_key`) times a scale word's factor, keyed as its digits would be."""
    try:
        value = float(key[1:]) * factor
    except ValueError:  # a shape that is no plain number ("06.01.2022"): as it is
        return key
    return _value_key(value)


_WORD_CASED = re.compile(r"[^\W\d_]+")


def _lexicon_nouns(text: str, language: str | None, keys: AbstractSet[str]) -> set[str]:
    """The name keys of ``text`` that are capitalised only because ``language`` capitalises every noun
    (text data "capitalised_nouns": German): the capitalised words its lexicon (simplemma) knows, save
    the places the gazetteer knows ("Berlin"), given names ("Petr", which the German lexicon lists) and
    acronyms ("CDU"). With :func:`_calendar_and_stop_keys` (every language's stop words and calendar
    names, left out in :func:`entity_keys`' loop) the keys are names, not everyday words.

    Why (final43 W2 / final44 W10): a German flood report joined a German train-derailment story on
    "shared: behorden, dienstag, hauser, leben, menschen, polizei" -- Behörden, Dienstag, Häuser, Leben,
    Menschen, Polizei, capitalised as every German noun is.

    The lexicon (simplemma's, built from Wiktionary) also lists names: surnames ("Merkel", "Huber",
    "Schmidt"), regions ("Kreta", "Bayern") and mixed-case names ("AfD"), which lost their weight as
    shared keys (stop 38). No noun is written with a capital inside it ("AfD", "ElringKlinger"), none
    names a first-level region of a country the text names too (``data/region-countries.json``, ISO
    3166-2 in ten languages: "Kreta" beside "Griechenland" or "Athen"; a region's name that is also a
    noun, "Marke" for Marche, "Grad", stays a noun beside no Italy), and a word the text writes right
    after a given name is a surname there ("Angela Merkel", "Anton Huber"): those stay names. A surname the text writes only alone ("Kanzlerin
    Merkel") is still read as the word the lexicon knows."""
    from ..text import LANGUAGES, base, profile

    lang = base(language) if language else ""
    if not lang or not keys or lang not in LANGUAGES or not profile(lang).capitalised_nouns:
        return set()
    from anyascii import anyascii

    from .._cache import is_known
    from ..text._lang import LEMMA_LANGUAGES, given_name_gender
    from ._places import _gazetteer

    if lang not in LEMMA_LANGUAGES:
        return set()
    from ..similarity._openings import _regions
    from ._places import key_country

    places, regions = _gazetteer()[0], _regions()[0]
    countries = {found[0].lstrip("~") for k in keys if (found := key_country(k))}
    out: set[str] = set()
    seen: set[str] = set()
    surnames: set[str] = set()
    prev: re.Match[str] | None = None
    for m in _WORD_CASED.finditer(text):
        word = m.group()
        if prev is not None and word[0].isupper() and text[prev.end() : m.start()] == " " \
                and given_name_gender(prev.group()) is not None:
            surnames.add(word)  # "Angela Merkel": a surname here, whatever else the lexicon knows it as
        prev = m if word[0].isupper() else None
    for word in _WORD_CASED.findall(text):
        if not word[0].isupper() or word.isupper() or word in seen:
            continue
        seen.add(word)
        key = anyascii(word).lower()
        if (key in keys and key not in places and regions.get(key) not in countries and word not in surnames
                and not any(c.isupper() for c in word[1:]) and given_name_gender(word) is None and is_known(word, lang)):
            out.add(key)
    return out


@lru_cache(maxsize=64)
def _calendar_and_stop_keys(lang: str) -> frozenset[str]:
    """``lang``'s stop words (spaCy), weekday and month names (babel, every form) and the words of its
    pages' buttons and labels (text data, :func:`~storylens.text.page_words`: "Enviar", "Guardar",
    "Actualizado", "Publicidad", "Foto") as name keys are spelt (transliterated, lower case):
    capitalised, they are still no name ("Dienstag", Turkish "Salı" and "Kasım", a quotation's first
    word "Nosotros"; stop 38: the buttons of Spanish pages were shared keys). Empty for an unknown language."""
    from anyascii import anyascii

    from ..text import month_names, page_words, stop_words, weekday_names

    words = set(stop_words(lang)) | set(weekday_names(lang)) | set(month_names(lang)) | page_words(lang)
    return frozenset(anyascii(w).lower().strip(".") for w in words)


_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:([.,])\d{3})(?:\1\d{3})*")
_DECIMAL = re.compile(r"(\d+)[.,](\d+)")
_MIXED = re.compile(r"\d{1,3}(?:([.,])\d{3})*(?!\1)[.,]\d+")
# A number as a language with this decimal mark writes it: groups of three, then the decimal part.
_LOCAL_NUMBER = {".": re.compile(r"(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d+))?"),
                 ",": re.compile(r"(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+))?")}


@lru_cache(maxsize=256)
def _decimal_marks(language: str | None) -> str | None:
    """The decimal mark of a known language ("," for de, fr, tr...; "." for en, zh, ar), None when unknown."""
    from ..text import LANGUAGES, base, profile

    lang = base(language)
    return ("," if profile(lang).decimal_comma else ".") if lang in LANGUAGES else None


@lru_cache(maxsize=65536)  # a pure function of its text: years, tolls and small counts recur in every article
def _number_key(number: str, decimal: str | None = None) -> str:
    """``#`` and the number as one reading of every language writes it: "18,1" (de, fr, tr...) and
    "18.1" (en) are "#18.1"; "1.500" (de) and "1,500" (en) are "#1500" (trial 12: "#181" against
    "#18.1" kept a Portuguese turnout from matching across languages and read as an opaque key in
    "shared: ..."). ``decimal``: the text language's decimal mark, when known ("4.125" is a decimal
    in English, "4,125" one in German); unknown: a group of three digits after one mark is thousands.
    Other shapes (dates "06.01.2022", versions) keep their separators but lose commas, as before."""
    if decimal is not None and (m := _LOCAL_NUMBER[decimal].fullmatch(number)):
        return _decimal_key(re.sub(r"[.,]", "", m[1]), m[2])
    if _THOUSANDS.fullmatch(number):
        return "#" + re.sub(r"[.,]", "", number)
    if m := _DECIMAL.fullmatch(number):
        return _decimal_key(m[1], m[2])
    if _MIXED.fullmatch(number):  # both marks: the last one is the decimal mark
        whole, _, fraction = re.sub(r"[.,](?=\d+$)", "|", number).partition("|")
        return _decimal_key(re.sub(r"[.,]", "", whole), fraction)
    return "#" + number.replace(",", "")


def _decimal_key(whole: str, fraction: str | None) -> str:
    """"#2" for 2, 2,0 and 2.00; "#1.145" for 1,1450: trailing zeros say how a desk writes a figure,
    not which figure it is (trial 15: "2,0 Prozent" against "2%", "1,1450" against "1.145")."""
    fraction = (fraction or "").rstrip("0")
    return f"#{whole}.{fraction}" if fraction else f"#{whole}"


def _name_key(part: str) -> str | None:
    part = part.strip(".'")
    part = part.removesuffix("'s")
    if len(part) < 2 or not part[0].isupper():
        return None
    key = part.lower()
    if key in _STOP or (len(key) < 3 and not part.isupper()):
        return None
    return key


_OPENERS = frozenset(" \t\"'“”‘’«»„(")


def _sentence_initial(line: str, start: int) -> bool:
    # Walk back over spaces and openers only: slicing line[:start] for every word made one long
    # line (a 600 KB record without line breaks) quadratic, minutes of CPU for 12 MB.
    i = start - 1
    while i >= 0 and line[i] in _OPENERS:
        i -= 1
    return i < 0 or line[i] in ".!?:;…"


def _is_title_case(line: str, lower_words: AbstractSet[str] | None = None) -> bool:
    """Whether ``line`` (transliterated) is a headline in Title Case, whose capitals say nothing of
    names: 80 % or more of its words of 4+ letters capitalised. ``lower_words``: in a language that
    capitalises its nouns (text data ``capitalised_nouns``: German), the words a Title Case headline
    may leave in lower case (stop words, :func:`_calendar_and_stop_keys`); any other word in lower case
    (a verb, an adjective: "Heinz Schickedanz ist im Alter von 89 Jahren gestorben.") makes the line a
    sentence whose capitals are its nouns' and names' (stop 38: 8 of 479 German dev texts lost their
    names' keys to body lines read as Title Case)."""
    words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3]
    if len(words) < 3 or sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return False
    return lower_words is None or all(w[0].isupper() or _WORD_CASED.findall(w)[0].lower() in lower_words
                                      for w in words)


@lru_cache(maxsize=64)
def _genitive_s(language: str | None) -> bool:
    """Whether the language glues a genitive "s" to names ("Japans Noto-Halbinsel"; text data genitive_s)."""
    from ..text import LANGUAGES, base, profile

    code = base(language) if language else ""
    return bool(code) and code in LANGUAGES and profile(code).genitive_s


@lru_cache(maxsize=64)
def _capitalises_nouns(language: str | None) -> bool:
    """Whether ``language`` capitalises every noun (text data ``capitalised_nouns``: German)."""
    from ..text import LANGUAGES, base, profile

    lang = base(language) if language else ""
    return bool(lang) and lang in LANGUAGES and profile(lang).capitalised_nouns


def _lead_texts(title: str | None, sentences: Sequence[str], lead: int) -> list[str]:
    texts = [s.strip() for s in ([title] if title else []) + list(sentences[:lead])]
    return [t for t in texts if t] or [""]


def doc_vector(
    title: str | None, sentences: Sequence[str], embedder: Any, lead: int = 3
) -> np.ndarray:
    """One L2-normalised vector per article: the mean embedding of the title and the first ``lead`` sentences.

    Three lead sentences scored as well as or better than 5 or 10 on the ECB+ and
    BASIL tuning halves, at ~4 embeddings per article (the stream budget).
    """
    return doc_vectors([(title, sentences)], embedder, lead=lead)[0]


def doc_vectors(
    docs: Sequence[tuple[str | None, Sequence[str]]], embedder: Any, lead: int = 3
) -> np.ndarray:
    """Batch form of :func:`doc_vector` (one embedder call for all articles, which is much faster)."""
    spans: list[tuple[int, int]] = []
    texts: list[str] = []
    for title, sentences in docs:
        lead_texts = _lead_texts(title, sentences, lead)
        spans.append((len(texts), len(texts) + len(lead_texts)))
        texts.extend(lead_texts)
    vectors = np.asarray(embedder.embed(texts), dtype=np.float32)
    out = np.zeros((len(docs), vectors.shape[1] if len(vectors) else 512), dtype=np.float32)
    for i, (a, b) in enumerate(spans):
        mean = vectors[a:b].mean(axis=0)
        norm = float(np.linalg.norm(mean))
        out[i] = mean / norm if norm > 0 else mean
    return out


# --------------------------------------------------------------------------- constraints


class _Constraints:
    """Must-link groups and cannot-link pairs derived from the user's corrections (later ones win)."""

    def __init__(self) -> None:
        self.group: dict[str, set[str]] = {}
        self.cannot: dict[str, set[str]] = {}

    def link(self, ids: Iterable[str]) -> None:
        merged: set[str] = set()
        for a in ids:
            merged |= self.group.get(a, {a})
        for a in merged:
            self.group[a] = merged
            self.cannot[a] = self.cannot.get(a, set()) - merged
            if not self.cannot[a]:
                del self.cannot[a]

    def separate(self, xs: Iterable[str], ys: Iterable[str]) -> None:
        """``xs`` never with ``ys``. A must-link group holding both is cut in two: its ``xs`` stay
        together (a split's articles are one story of their own, trial 15: an earlier move had tied
        one of them to the story split from, and cutting each out alone undid the split's link)."""
        xs, ys = set(xs), set(ys)
        for a in xs:
            g = self.group.get(a)
            if g is not None and g & ys:
                for part in (g & xs, g - xs):
                    for m in part:
                        if len(part) > 1:
                            self.group[m] = set(part)
                        else:
                            self.group.pop(m, None)
        for a in xs:
            self.cannot.setdefault(a, set()).update(ys)
        for b in ys:
            self.cannot.setdefault(b, set()).update(xs)

    def partners(self, a: str) -> set[str]:
        return self.group.get(a, {a}) - {a}

    def banned(self, a: str) -> set[str]:
        return self.cannot.get(a, set())


# --------------------------------------------------------------------------- the clusterer


_MARKS = (EVERYDAY_MARK, CITY_MARK)


@lru_cache(maxsize=65536)
def _counterparts(key: str) -> tuple[str, ...]:
    """The keys another language's report may give the word of ``key``: a marked key's plain form
    ("%eifel", "@zhaotong" -> "eifel", "zhaotong"), a plain key's marked forms. Kept: the online join asks
    for each of an article's keys the story lacks, once per candidate story (~430 stories of ~20 keys a
    32-article batch into a 12k store: two new strings each, ~1.6 of its CPU-ms)."""
    return (key[1:],) if key[:1] in _MARKS else (EVERYDAY_MARK + key, CITY_MARK + key)


def _keys_in_common(entities: Iterable[str], counts: Container[str], small_count_keys: int,
                    key: Callable[[str], Any] | None = None) -> tuple[list[str], dict[str, str], list[str]]:
    """The keys an article (``entities``) has in common with a story's key counts or another article's keys
    (``counts``), as the online join reads them (:meth:`StoryClusterer._score`): (the keys met, sorted by ``key``;
    the marked keys met by their counterparts, key -> the other side's; what the reason names, [] when the keys
    met are no key in common)."""
    entities = list(entities)
    # an everyday noun's key ("%eifel": the German lexicon knows the word) meets the same word written
    # as a name in another language's member ("eifel") as that name, in full
    # and a city's key read in another script ("@zhaotong") the Latin-script report's ("zhaotong"), and
    # the other way round; two marked keys meet too, but one such city alone is no key in common (below)
    across = {e: o for e in entities if e[:1] == CITY_MARK or e not in counts
              for o in _counterparts(e) if o in counts}
    keys = sorted((e for e in entities if e in counts or e in across), key=key)
    # met as marked on both sides; a text of another script gives a city twice, marked and as its reading
    # ("@thessaloniki", "thessaloniki"): met so, it is still the one city (try46 F0: two Greek reports of two
    # Piraeus events joined on "#40" and one city counted as two keys)
    cities = [e for e in keys if e[:1] == CITY_MARK and (e not in across or e in counts)]
    # the reason's "shared:" names names only (an everyday noun met as another language's name: by it;
    # a city read in another script by its name)
    shared = [across.get(e, e[1:]) if e[:1] == CITY_MARK else across.get(e, e) if e[:1] == EVERYDAY_MARK else e
              for e in keys if e[:1] != EVERYDAY_MARK or e in across]
    cities = [e[1:] for e in cities]
    shared = list(dict.fromkeys(shared))
    # Small counts alone ("#3", "#12": 3 injured, 12 buildings; 5 houses damaged against 5 dead) are shared
    # by chance between any two reports of one kind of event: below ``small_count_keys`` of them and
    # nothing else in common, they are no key in common (trial48 F8: a Turkish quake joined a Chinese
    # landslide on "#12" at cosine 0.45, a second quake another landslide on "#5" at 0.38).
    # A city two texts of a script without capitals both name ("@sohag" and "@sohag": two Arabic reports)
    # is alike: a city has many events, and such a text has no other name to tell them by (a lone one
    # joined two unrelated Arabic dev texts at cosine 0.38, keys40); two such cities are a key.
    if shared and len(cities) < 2 and all(_small_count(e) or e in cities for e in shared) \
            and sum(map(_small_count, shared)) < small_count_keys:
        shared = []
    return keys, across, shared


def _blind_evidence(shared: Iterable[str]) -> bool:
    """Whether the keys two sides have in common (:func:`_keys_in_common`'s named keys) carry a join when a side is
    in a language the sentence encoder does not read: a name, place or number other than a bare year."""
    return any(not _YEAR_KEY.fullmatch(e) for e in shared)


def _blind_note(cand: Mapping[str, Any]) -> str:
    """What an assignment's reason says of a candidate's cosine that reads nothing (StoryClusterer._blind_language)."""
    lang = cand.get("blind")
    return "" if lang is None else f" (set: the sentence encoder does not read {lang}, its cosine is no evidence)"


# A bare year's number key ("#2025"): every article of the year's, no evidence of one story.
_YEAR_KEY = re.compile(r"#(?:19|20)\d\d")


def _small_count(key: str) -> bool:
    """Whether ``key`` is a number key of a whole number below :data:`settings.cluster_small_count`
    ("#3", "#12"; not "#5.6", "#1500")."""
    return key[:1] == "#" and key[1:].isdigit() and int(key[1:]) < _SMALL_COUNT


def _words_any(keys: Iterable[str]) -> bool:
    """Whether ``keys`` (an article's entity keys or a story's key counts) hold a word's key, a name's or an
    everyday noun's: not only numbers, alias groups (:data:`_NEUTRAL_KEYS`) and cities read in another
    script (:data:`CITY_MARK`). A text in a script without capitals (Chinese, Arabic) gives none."""
    return any(k[:1] not in _NEUTRAL_KEYS and k[:1] != CITY_MARK for k in keys)


def _rare_shared_names(names: Sequence[AbstractSet[str]], ci: np.ndarray, cj: np.ndarray, most: int) -> list[str]:
    """For each pair (ci[k], cj[k]): a person both articles name (``names``: each article's folded full
    names, :func:`storylens.similarity.full_names`) whom at most ``most`` articles of ``names`` name
    (the first in order), or "" when there is none."""
    count = Counter(name for group in names for name in group)
    return [min((x for x in names[int(a)] & names[int(b)] if count[x] <= most), default="") for a, b in zip(ci, cj)]


def _score_margins(ci: np.ndarray, cj: np.ndarray, scores: np.ndarray, n: int, k: int) -> np.ndarray:
    """Each candidate pair's score less the mean of its two sides' neighbourhoods: for each side, the mean
    of its ``k`` best scores with its other candidates (fewer when it has fewer; 0 with none). NaN scores
    (no verdict) are no candidates' scores and give NaN. The margin of bitext mining (Artetxe and Schwenk
    2019; CSLS, Conneau et al. 2018) on the judge's scale: shape (len(ci),)."""
    per: list[list[float]] = [[] for _ in range(n)]
    ok = ~np.isnan(scores)
    for a, b, v in zip(ci[ok].tolist(), cj[ok].tolist(), scores[ok].tolist()):
        per[a].append(v)
        per[b].append(v)
    tops = [sorted(p, reverse=True)[: k + 1] for p in per]

    def hood(x: int, own: float) -> float:
        rest = list(tops[x])
        if own in rest:
            rest.remove(own)  # the pair's own score is not its neighbourhood
        rest = rest[:k]
        return sum(rest) / len(rest) if rest else 0.0

    out = np.full(len(ci), np.nan)
    for t in np.flatnonzero(ok).tolist():
        v = float(scores[t])
        out[t] = v - (hood(int(ci[t]), v) + hood(int(cj[t]), v)) / 2
    return out


def _mutual_best(ci: np.ndarray, cj: np.ndarray, scores: np.ndarray, n: int) -> np.ndarray:
    """Whether each pair (ci[k], cj[k]) is both articles' highest-scored pair (NaN scores never are)."""
    best = np.full(n, -1, dtype=np.int64)
    ok = np.flatnonzero(~np.isnan(scores))
    for k in ok[np.argsort(-scores[ok], kind="stable")]:  # highest first: the first pair an article meets
        for a in (ci[k], cj[k]):
            if best[a] < 0:
                best[a] = k
    idx = np.arange(len(ci))
    return (best[ci] == idx) & (best[cj] == idx)


class StoryClusterer:
    """Online story clusterer (scikit-learn conventions: params unchanged in ``__init__``, learned state ends in ``_``).

    Parameters
    ----------
    threshold: join the best story when its score reaches this.
    entity_weight: weight of the shared-entity score (idf-weighted cosine, 0..1).
    centroid_weight: mix between best-member cosine (0) and story-centroid cosine (1).
    time_decay_days: scale of the date penalty ``date_weight * (1 - exp(-gap / time_decay_days))``.
    date_weight: maximum date penalty.
    max_gap_days: never join a story whose date range is further away than this.
    use_dates: ignore ``published`` entirely when False.
    crosslingual_entity_floor: entity score floor against a story with no member in the
        article's language (names are spelt and translated differently across languages,
        so a missing overlap there is weak evidence against the link).
    crosslingual_plain_weight: against such a story, the weight of the article's own plain
        keys (not numbers, alias groups or keys it shares) in its key norm, 0..1; 1 counts
        every key as within a language (see :meth:`_entity_cosine`).
    crosslingual_place_veto: never join such a story when the article's places and the
        story's say two countries (:func:`storylens.cluster._places.place_conflict`: a coup in
        Conakry is not the coup in Bissau, whatever the cosine and the floor).
    n_neighbors: stored articles fetched from the ANN index per incoming article.
    ef: HNSW search breadth (>= n_neighbors; higher = better recall, slower).
    refine_threshold, refine_entity_weight: the offline :meth:`refine` pass joins groups
        whose average link ``cosine + refine_entity_weight * entity cosine`` reaches
        ``refine_threshold``; given the article texts and a non-zero
        ``refine_lexical_weight``, the link adds ``refine_lexical_weight * TF-IDF
        cosine`` (same-language pairs only) and the cut is ``refine_lexical_threshold``.
        Off by default (tuned on BASIL tune + ECB+ 1-35 by benchmarks/refine_grid.py,
        reported on BASIL eval + ECB+ test): on the stream's own lead vectors the best
        tune setting is no lexical term (0.961 / 0.926; eval 0.919 / 0.920), while
        0.5 / 1.05 gives tune 0.952 / 0.918 and eval 0.940 / 0.932; on pysbd leads
        the two tie on tune (0.961 / 0.934 vs 0.961 / 0.933) and 0.5 / 1.05 gives
        eval 0.950 / 0.936. Tune and eval disagree by more than the gain, so the
        gain is not shipped as a default.
    refine_links, refine_link_threshold: in :meth:`refine`, judge cross-lingual pairs by the
        learned link model (:mod:`storylens.cluster._links`) at this link-probability cut
        (None: the shipped model's cut); same-language pairs are unaffected.

    Attributes (after ``fit``/``partial_fit``)
    ----------
    stories_: story id -> :class:`StoryState` (members, centroid sums, date range, entity counts).
    article_story_: article id -> story id (kept current through corrections).
    assignments_: article id -> the :class:`Assignment` made when it arrived.
    labels_: story id of each distinct article, in arrival order.
    entity_df_: in how many articles each entity key occurred (for idf).
    corrections_: the user's merge/split/move records, re-applied by every ``fit``.
    history_: id changes: ``{"op": "merge"|"split"|"move"|"rename", "from": old, "to": new}``.
    refine_reasons_: after :meth:`refine`, each moved article id -> what holds it in its new story.
    """

    def __init__(
        self,
        threshold: float = 0.8,
        entity_weight: float = 1.0,
        centroid_weight: float = 0.0,
        time_decay_days: float = 7.0,
        date_weight: float = 0.4,
        max_gap_days: float = 365.0,
        use_dates: bool = True,
        crosslingual_entity_floor: float = 0.2,
        crosslingual_plain_weight: float = DEFAULT.cluster_crosslingual_plain_weight,
        crosslingual_place_veto: bool = DEFAULT.cluster_crosslingual_place_veto,
        n_neighbors: int = 20,
        ef: int = 64,
        refine_threshold: float = 0.95,
        refine_entity_weight: float = 2.0,
        refine_lexical_weight: float = 0.0,
        refine_lexical_threshold: float = 1.1,
        refine_links: bool = True,
        refine_link_threshold: float | None = None,
        refine_grouping: str = "average",
    ):
        self.threshold = threshold
        self.entity_weight = entity_weight
        self.centroid_weight = centroid_weight
        self.time_decay_days = time_decay_days
        self.date_weight = date_weight
        self.max_gap_days = max_gap_days
        self.use_dates = use_dates
        self.crosslingual_entity_floor = crosslingual_entity_floor
        self.crosslingual_plain_weight = crosslingual_plain_weight
        self.crosslingual_place_veto = crosslingual_place_veto
        # the place rule in the refine's regrouping, pair by pair (settings.refine_place_regroup; an
        # attribute, not a saved parameter: off by default, see there)
        self.refine_place_regroup = DEFAULT.refine_place_regroup
        # which online joins the place veto reads: "cross" (an article against a story with no member in
        # its language) or "all" (same-language joins too) (settings.cluster_place_veto_languages; an
        # attribute, not a saved parameter)
        self.place_veto_languages = DEFAULT.cluster_place_veto_languages
        # the triangle rule's legs: each at least this times the pair's deficit over its cut
        # (settings.refine_triangle_legs; an attribute, not a saved parameter)
        self.refine_triangle_legs = DEFAULT.refine_triangle_legs
        # the average link's merges of two groups placed in two countries undone (settings.refine_place_split)
        self.refine_place_split = DEFAULT.refine_place_split
        # how many small counts ("#3", "#12") shared with nothing else make a key in common
        # (settings.cluster_small_count_keys; an attribute, not a saved parameter)
        self.small_count_keys = DEFAULT.cluster_small_count_keys
        # what the cosine of a pair with a side in a language the sentence encoder does not read counts as
        # (settings.cluster_blind_sim; None: its cosine; an attribute, not a saved parameter)
        self.blind_sim: float | None = DEFAULT.cluster_blind_sim
        self.n_neighbors = n_neighbors
        self.ef = ef
        self.refine_threshold = refine_threshold
        self.refine_entity_weight = refine_entity_weight
        self.refine_lexical_weight = refine_lexical_weight
        self.refine_lexical_threshold = refine_lexical_threshold
        self.refine_links = refine_links
        self.refine_link_threshold = refine_link_threshold
        self.refine_grouping = refine_grouping

    _lex = None  # TF-IDF rows of the stored articles, only while refine(texts=...) runs
    _links = None  # (PairContext, LinkModel, cut) while a link-scored refine runs
    _judged: dict[tuple[int, int], float] | None = None  # {(i, j): score - its cut}, i < j, while a judged refine runs
    _lead: tuple[np.ndarray, float, float] | None = None  # (e5 lead rows, weight, center) while a judged refine runs
    _vetoed: frozenset[tuple[int, int]] = frozenset()  # judged pairs a veto holds apart (i < j): place, events, verdict rules
    _overruled: frozenset[tuple[int, int]] = frozenset()  # same-language judged pairs below the judge's floor, same time
    # pairs (i < j) the link matrix held apart by the events or the place rule -> the rule, while refine runs
    _held: dict[tuple[int, int], str] | None = None
    # (the component's rows, the link matrix with its corrections) the last grouping read, for _singleton_rejoin
    _kept_links: tuple[tuple[int, ...], np.ndarray] | None = None
    # judged pairs a rule lifted to their cut (i < j -> the model's margin, the rule: "both name X"), same time
    _lifted: dict[tuple[int, int], tuple[float, str]] | None = None
    # the judge's score of each candidate pair with a side the encoder does not read (i < j), same time
    _blind_scores: dict[tuple[int, int], float] | None = None
    _judged_adj: dict[int, list[tuple[int, float]]] | None = None  # the same pairs by their first position
    _pair_adj: dict[int, set[int]] | None = None  # refine's candidate pairs by position (correlation grouping)
    _join_slack = 0.0  # the judge's join_slack while a judged refine runs (average grouping; 0: off)
    _join_same_language = False  # the judge's join_same_language (False: cross-lingual bridges only), same time
    # the judge's join_same_language_except: same-language pairs of every language but these bridge too (None: off)
    _join_except: frozenset[str] | None = None
    # the judge's mutual_join_slack (0: off) and the judged pairs each other's best-scored candidate, same time
    _mutual_join_slack = 0.0
    _mutual: frozenset[tuple[int, int]] = frozenset()
    # the judge's join_votes / join_vote_share (0: off): groups whose judged pairs between them say yes this often
    _join_votes, _join_vote_share = 0, 0.5
    # the judge's join_vote_members (1: any): the least number of members of EACH group with a yes to the other (a
    # smaller group: each of its members with that many yes partners in the other, _small_group_votes)
    _join_vote_members = 1
    # the judge's judged_link_slack (None: off) / judged_link_pairs: groups whose judged pairs between them average
    # at most this far under their cut (_join_judged's judged average link), same time
    _judged_link_slack: float | None = None
    _judged_link_pairs = 2
    # the judge's judged_link_except: groups joined only by same-language pairs of these languages are left out
    _judged_link_except: frozenset[str] = frozenset()
    _unknown_weight = 0.0  # correlation grouping: the weight of a pair no one scored (0: no evidence)
    _lang_codes = None  # article position -> language code (0: unknown), refreshed as the stream grows
    _art_places: tuple[str, tuple[frozenset[str], frozenset[str]]] | None = None  # (article id, places_of), online
    _why: dict[str, str] | None = None  # article id -> what holds it in its refined group, while refine runs
    # The judge's reader of where each article places its event (SimilarityJudge.own_places: stream positions ->
    # (own, opening, named countries) and what it read, while refine runs; None: the entity keys' places.
    _own_reader: Callable[[Sequence[int]], Sequence[tuple[frozenset[str], frozenset[str], frozenset[str]]]] | None = None
    _own_read: dict[int, tuple[frozenset[str], frozenset[str], frozenset[str]]] | None = None
    # Article ids -> their openings' events (storylens.similarity.OpeningEvent; ids it cannot read left
    # out), set by the stream, which holds the texts: the online join's events rule (_events_apart). None:
    # no rule (an attribute, not a saved parameter: the evidence is the texts'). A reader may also have
    # ``known(ids)``: the events among ``ids`` it holds read already, reading nothing (_events_apart).
    events_reader: Callable[[Sequence[str]], Mapping[str, Any]] | None = None
    # (article id, a story member's id) -> why the pair verdict's rules hold the two apart, or None; set by the
    # stream, which holds the texts (storylens.stream._clusterer.VerdictApart): the online join reads it on the
    # candidates it would accept (_verdict_apart). None: no rule (an attribute, not a saved parameter; issue #11).
    verdict_reader: Callable[[str, str], str | None] | None = None
    # The stream's candidate window (settings.candidate_window; attributes, not saved parameters: the
    # window is the store's), set by a rebuild of a store that has one (stream.rebuild_stories): an
    # article's neighbours are the exact nearest among the clustered articles from position
    # ``window_floor[its position]`` on (without ``window_floor``: the last ``candidate_window``), as the
    # stream's writer scans its window, instead of the HNSW index over every article. 0: no window.
    candidate_window: int = 0
    window_floor: np.ndarray | None = None

    # ---- scikit-learn style parameter access
    _PARAMS = (
        "threshold", "entity_weight", "centroid_weight", "time_decay_days", "date_weight",
        "max_gap_days", "use_dates", "crosslingual_entity_floor", "crosslingual_plain_weight", "crosslingual_place_veto",
        "n_neighbors", "ef",
        "refine_threshold", "refine_entity_weight", "refine_lexical_weight", "refine_lexical_threshold",
        "refine_links", "refine_link_threshold", "refine_grouping",
    )

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self._PARAMS}

    def set_params(self, **params: Any) -> StoryClusterer:
        for name, value in params.items():
            if name not in self._PARAMS:
                raise ConfigError(f"StoryClusterer has no parameter {name!r}; valid: {', '.join(self._PARAMS)}")
            setattr(self, name, value)
        return self

    def _validate(self) -> None:
        checks = [
            ("threshold", -1.0 <= self.threshold <= 3.0),
            ("entity_weight", self.entity_weight >= 0),
            ("centroid_weight", 0 <= self.centroid_weight <= 1),
            ("time_decay_days", self.time_decay_days > 0),
            ("date_weight", self.date_weight >= 0),
            ("crosslingual_entity_floor", 0 <= self.crosslingual_entity_floor <= 1),
            ("crosslingual_plain_weight", 0 <= self.crosslingual_plain_weight <= 1),
            ("max_gap_days", self.max_gap_days > 0),
            ("n_neighbors", int(self.n_neighbors) >= 1),
            ("ef", int(self.ef) >= 1),
            ("refine_threshold", -1.0 <= self.refine_threshold <= 4.0),
            ("refine_entity_weight", self.refine_entity_weight >= 0),
            ("refine_link_threshold", self.refine_link_threshold is None or 0 < self.refine_link_threshold < 1),
            ("refine_grouping", self.refine_grouping in REFINE_GROUPINGS),
        ]
        for name, ok in checks:
            if not ok:
                raise ConfigError(f"StoryClusterer: invalid {name}={getattr(self, name)!r}; see the class docstring for ranges")

    # ---- learned state
    def _reset(self, keep_corrections: bool = True) -> None:
        self._validate()
        self.stories_: dict[str, StoryState] = {}
        self.article_story_: dict[str, str] = {}
        self.assignments_: dict[str, Assignment] = {}
        self.entity_df_: Counter = Counter()
        self.labels_: list[str] = []
        self._ids: list[str] = []
        self._pos: dict[str, int] = {}
        self._vecs = np.zeros((0, 0), dtype=np.float32)
        self._dates: list[date | None] = []
        self._ents: list[frozenset[str]] = []
        self._langs: list[str | None] = []
        self._ord_arr = np.zeros(0, dtype=np.int64)  # date ordinals for the ANN date filter (0 = undated)
        self._ord_range = (0, 0)
        self._index: Any = None  # an hnswlib.Index once vectors arrive (hnswlib has no type hints)
        if not keep_corrections or not hasattr(self, "corrections_"):
            self.corrections_: list[dict[str, Any]] = []
            self.history_: list[dict[str, Any]] = []
        self._constraints = _Constraints()
        for record in self.corrections_:
            self._replay(record)

    def _check_fitted(self) -> None:
        if not hasattr(self, "stories_"):
            raise NotFittedError("StoryClusterer is not fitted yet: call fit() or partial_fit() with articles first")

    def fit(self, articles: Iterable[ArticleFeatures]) -> StoryClusterer:
        """Cluster a whole stream from scratch (user corrections are kept and re-applied)."""
        self._reset(keep_corrections=True)
        self.partial_fit(articles)
        return self

    def fit_predict(self, articles: Iterable[ArticleFeatures]) -> list[str]:
        return self.fit(articles).labels_

    def partial_fit(self, articles: Iterable[ArticleFeatures]) -> list[Assignment]:
        """Assign articles in order; an article seen before keeps its story (idempotent)."""
        articles = checked_articles(articles)
        if not hasattr(self, "stories_"):
            self._reset(keep_corrections=True)
        out = []
        for article in articles:
            if article.id in self.article_story_:
                out.append(self._known(article.id))
                continue
            assignment = self._assign(article)
            self.assignments_[article.id] = assignment
            out.append(assignment)
        return out

    def _known(self, article_id: str) -> Assignment:
        """The assignment of an article seen before (rebuilt if the snapshot left it out)."""
        found = self.assignments_.get(article_id)
        if found is not None:
            return found
        sid = self.article_story_[article_id]
        return Assignment(article_id, sid, 0.0, False, (), (), f"already in {sid} (restored from a snapshot)")

    # ---- assignment of one article
    def _assign(self, art: ArticleFeatures) -> Assignment:
        vec = self._checked_vector(art)
        nearest = self._neighbours(vec, art.published)
        forced = self._forced_story(art.id)
        banned = {self.article_story_[b] for b in self._constraints.banned(art.id) if b in self.article_story_}
        idf_of = self._idf_now()
        idf = {e: idf_of(e) for e in art.entities}  # once per article, not per candidate
        self._art_places = None  # the article's places, read on its first cross-lingual candidate
        self._art_norm: tuple[dict[str, float], float] | None = None  # (idf, its norm): _entity_cosine
        best = vetoed = None
        ranked: list[dict[str, Any]] = []
        for sid, member_sims in self._group_by_story(nearest).items():
            if sid in banned and sid != forced:
                continue
            cand = self._score(art, vec, idf, self.stories_[sid], max(member_sims))
            if cand is None:
                continue
            if cand["places"] is not None:  # held apart by its places; said in the reason
                if vetoed is None or cand["score"] > vetoed["score"]:
                    vetoed = cand
                continue
            ranked.append(cand)
        # best first; of equal scores the older story (stable: the first met of two equal)
        ranked.sort(key=lambda c: (c["score"], -self.stories_[c["story"]].created), reverse=True)
        events = None  # (candidate, why) the events rule or the pair verdict's rules held apart
        verdicts = 0  # candidates the pair verdict's rules were read on (at most VERDICT_CANDIDATES)
        for cand in ranked:
            if cand["score"] >= self.threshold and forced is None and events is None:
                why = self._events_apart(art, cand["story"], nearest)
                if why is not None:
                    events = (cand, why)
                    continue
            if cand["score"] >= self.threshold and forced is None and self.verdict_reader is not None \
                    and verdicts < VERDICT_CANDIDATES:
                # Only a candidate the join would accept is read (the pair verdict costs ms a pair, its
                # sides analysed once): its best-matching member among the neighbours, against this article.
                verdicts += 1
                why = self._verdict_apart(art, cand["story"], nearest)
                if why is not None:
                    if events is None:
                        events = (cand, why)
                    continue
            best = cand
            break
        if forced is not None:
            best = self._score(art, vec, idf, self.stories_[forced], self._best_member_sim(vec, forced), force=True)
        joined = best is not None and (best["forced"] or best["score"] >= self.threshold)
        self._add_article(art, vec)
        if joined:
            assert best is not None  # joined implies a best candidate
            sid = best["story"]
            self._join(sid, art.id)
        else:
            sid = story_id_for(art.id)
            self._new_story(sid, art.id)
        if best is None and vetoed is not None and vetoed["score"] < self.threshold:
            best = vetoed  # under the cut anyway: the reason gives its score, not "no candidate story"
        out = self._explain(art, sid, best, joined, nearest)
        if events is not None:
            note = f"not {events[0]['story']} (score {events[0]['score']:.2f} >= {self.threshold:.2f}): {events[1]}"
            out = Assignment(out.article, out.story, out.score, out.new_story, out.nearest, out.shared_entities,
                             f"{out.reason}; {note}" if best is not None else f"new story {sid}: {note}")
        if vetoed is not None and vetoed["score"] >= self.threshold and sid != vetoed["story"]:
            story = self.stories_[vetoed["story"]]
            other = ", another language" if art.language and art.language not in story.languages else ""
            note = (f"not {vetoed['story']} (score {vetoed['score']:.2f} >= {self.threshold:.2f}{other}):"
                    f" its places say {say_places(vetoed['places'][1])}, this article's {say_places(vetoed['places'][0])}")
            reason = f"new story {sid}: {note}" if best is None else f"{out.reason}; {note}"
            out = Assignment(out.article, out.story, out.score, out.new_story, out.nearest, out.shared_entities, reason)
        return out

    def _events_apart(self, art: ArticleFeatures, sid: str, nearest: list[tuple[str, float]]) -> str | None:
        """Why the article reports another event than story ``sid``, or None: its opening and the opening of
        one of the story's members among its nearest neighbours date two events days apart, the later
        with a lower toll (:func:`storylens.similarity.events_apart`, the pair rule of ``similarity`` and of
        the judged refine). Read through ``events_reader`` (None: no rule). Online the join read no
        opening: a second avalanche a week later joined the first story through an undated report of it
        (final34 claim 2), and only the refine held such pairs apart."""
        if self.events_reader is None:
            return None
        mates = [a for a, _ in nearest if a != art.id and self.article_story_.get(a) == sid][:EVENT_MATES]
        if not mates:
            return None
        known = getattr(self.events_reader, "known", None)
        if known is not None:
            held = known(mates)
            if len(held) == len(mates) and not any(e.dated_figures or e.election for e in held.values()):
                # No mate dates an event with a toll or a count, so no pair is held apart whatever this opening says:
                # it is not read (~1.3 CPU-ms; most joins are into stories whose members were read when
                # they joined: 88 % of the 12k synthetic stream's last 2k joined, 66 % of its first).
                return None
        mine = self.events_reader([art.id]).get(art.id)
        if mine is None or not (mine.dated_figures or mine.election):
            return None  # most openings date no event or state no figure, nor an election: the members are not read
        from ..similarity import events_apart

        read = self.events_reader(mates)
        for m in mates:
            other = read.get(m)
            why = events_apart(mine, other) if other is not None else None
            if why is not None:
                return f"{why} (against {m[:12]})"
        return None

    def _verdict_apart(self, art: ArticleFeatures, sid: str, nearest: list[tuple[str, float]]) -> str | None:
        """Why the pair verdict (``storylens similarity``) holds the article apart from story ``sid``'s
        best-matching member among its nearest neighbours, or None: its rules that say "different stories"
        whatever the score (:func:`storylens.similarity.verdict_apart`: other cities in the openings weeks
        apart, other days with other counterparts, other people, ...), read through ``verdict_reader``.
        Issue #11 (break53): "Sánchez met Zelensky in Kyiv on Monday" (3 Mar) and "... in Madrid on
        Thursday" (27 Mar), "different cities ... 24 days apart" as a pair, joined one story online on
        their cosine and names. Apart only when the rules hold it apart from each of the story's VERDICT_MATES
        best-matching members among the neighbours (read best first, stopping at the first that does not): a
        follow-up that the rules hold apart from the story's first report may report what a later member does
        (break55 F1: "Zelensky said in Kyiv on Monday that the plan agreed ... at their summit on March 6", 11
        days after the Brussels summit, apart from its report but one story with the Kyiv reaction of 9 March,
        was split off when only the nearest member, the summit's, was read). Not every member: a read is a
        pair's rules."""
        if self.verdict_reader is None:
            return None
        mates = [a for a, _ in nearest if a != art.id and self.article_story_.get(a) == sid][:VERDICT_MATES]
        first = None
        for mate in mates:
            why = self.verdict_reader(art.id, mate)
            if why is None:
                return None
            first = first or f"{why} (against {mate[:12]})"
        return first

    def _checked_vector(self, art: ArticleFeatures) -> np.ndarray:
        """The article's vector, L2-normalised; a bad one is refused before any state changes."""
        vec = np.asarray(art.vector, dtype=np.float32).reshape(-1)
        norm = float(np.linalg.norm(vec)) if vec.size else 0.0
        if self._vecs.size and vec.shape[0] != self._vecs.shape[1]:
            raise InputError(f"vector has {vec.shape[0]} dimensions, the clusterer holds {self._vecs.shape[1]}; "
                             "embed every article with the same model", record=art.id)
        if not np.isfinite(norm) or norm == 0:
            raise InputError("vector is empty, zero or not finite; re-embed the article", record=art.id)
        return vec / norm

    def _neighbours(self, vec: np.ndarray, published: date | None) -> list[tuple[str, float]]:
        n = len(self._ids)
        if n and self.candidate_window:
            return self._window_neighbours(vec, published, n)
        if n == 0 or self._index is None:
            return []
        k = min(int(self.n_neighbors), n)
        window = self._date_window(published)
        # Filtering inside the ANN search calls Python per visited node, so first one plain
        # search, filtered after; with a date window it asks for 4k, as older coverage of a
        # recurring topic can fill the nearest k (one 4k search instead of k then 4k: the
        # per-article cost at 100k stored articles fell ~4%, measured).
        kk = min(4 * k if window is not None else k, n)
        labels, dists = self._index.knn_query(vec.reshape(1, -1), k=kk, num_threads=1)
        labels, sims = labels[0], 1.0 - dists[0]
        if window is not None:
            assert published is not None  # _date_window gives a window only for a dated article
            ords = self._ord_arr[labels]
            keep = (ords == 0) | (np.abs(ords - published.toordinal()) <= self.max_gap_days)
            labels, sims = labels[keep], sims[keep]
        if window is None or len(labels) * 2 >= k or kk == n:
            return [(self._ids[int(l)], float(v)) for l, v in zip(labels[:k], sims[:k])]
        while k >= 1:
            try:
                labels, dists = self._index.knn_query(vec.reshape(1, -1), k=k, num_threads=1, filter=window)
                return [(self._ids[int(l)], float(1.0 - d)) for l, d in zip(labels[0], dists[0])]
            except RuntimeError:  # fewer than k stored articles pass the date window
                k //= 2
        return []

    def _window_neighbours(self, vec: np.ndarray, published: date | None, n: int) -> list[tuple[str, float]]:
        """:meth:`_neighbours` inside the candidate window: the exact nearest (cosine, ties by position)
        among positions ``lo`` to ``n``, with the date window as the stream's writer applies it
        (StoreClusterer._neighbours: the 4k nearest filtered by date, widened fourfold while fewer than
        half of k remain). O(window) per article, whatever the store's size."""
        floor = self.window_floor
        lo = (int(floor[n]) if floor is not None and n < len(floor) else max(0, n - int(self.candidate_window)))
        lo = min(max(lo, 0), n)
        sims = self._vecs[lo:n] @ vec
        k = min(int(self.n_neighbors), n)
        window = self._date_window(published)
        kk = min(4 * k if window is not None else k, n)

        def ranked(size: int) -> np.ndarray:  # the ``size`` nearest (and any tied with the last), best first
            if size < len(sims):
                edge = np.partition(sims, len(sims) - size)[len(sims) - size]
                cand = np.flatnonzero(sims >= edge)
            else:
                cand = np.arange(len(sims))
            return cand[np.lexsort((cand, -sims[cand]))][:size]

        top = ranked(kk)
        if window is not None:
            assert published is not None  # _date_window gives a window only for a dated article
            ords, day = self._ord_arr[lo:n], published.toordinal()
            inside = (ords == 0) | (np.abs(ords - day) <= self.max_gap_days)
            top, size = top[inside[top]], kk
            if len(top) * 2 < k:
                # widened up to the window's length (len(sims)), not the store's: past it every round
                # re-ranked the whole window again
                while len(top) < k and size < len(sims):
                    size = min(len(sims), size * 4)
                    wider = ranked(size)
                    top = wider[inside[wider]]
        return [(self._ids[lo + int(i)], float(sims[i])) for i in top[:k]]

    def _date_window(self, published: date | None):
        """ANN filter keeping undated articles and those within max_gap_days (None: no filter needed).

        Without it, years of older coverage of a recurring topic could fill all
        n_neighbors slots and hide this week's story.
        """
        if not self.use_dates or published is None or not self._ids:
            return None
        day, gap = published.toordinal(), self.max_gap_days
        lo, hi = self._ord_range
        if day - lo <= gap and hi - day <= gap:
            return None  # every stored date is inside the window
        ords = self._ord_arr
        return lambda label: ords[label] == 0 or abs(int(ords[label]) - day) <= gap

    def _group_by_story(self, nearest: list[tuple[str, float]]) -> dict[str, list[float]]:
        groups: dict[str, list[float]] = {}
        for aid, sim in nearest:
            groups.setdefault(self.article_story_[aid], []).append(sim)
        return groups

    def _forced_story(self, article_id: str) -> str | None:
        partners = [p for p in self._constraints.partners(article_id) if p in self.article_story_]
        if not partners:
            return None
        first = min(partners, key=lambda p: self._pos[p])
        return self.article_story_[first]

    def _best_member_sim(self, vec: np.ndarray, sid: str) -> float:
        rows = [self._pos[m] for m in self.stories_[sid].members]
        return float(np.max(self._vecs[rows] @ vec))

    def _date_gap(self, published: date | None, story: StoryState) -> float | None:
        if not self.use_dates or published is None or story.first_date is None:
            return None
        if published < story.first_date:
            return float((story.first_date - published).days)
        if story.last_date is not None and published > story.last_date:
            return float((published - story.last_date).days)
        return 0.0

    def _idf(self, key: str) -> float:
        n = len(self._ids) + 1
        return math.log((n + 1) / (self.entity_df_.get(key, 0) + 1)) + 1.0

    def _idf_now(self) -> Callable[[str], float]:
        """:meth:`_idf` with the article count read once, for the many keys read while it stands (an article's keys,
        a story's norm): the same value each (ingest71: ~90 keys an article on dev texts, and the writer's article
        count is a method call each)."""
        n, df = len(self._ids) + 1, self.entity_df_.get
        return lambda key: math.log((n + 1) / (df(key, 0) + 1)) + 1.0

    def _score(self, art: ArticleFeatures, vec: np.ndarray, idf: dict[str, float], story: StoryState,
               member_sim: float, force: bool = False) -> dict[str, Any] | None:
        gap = self._date_gap(art.published, story)
        if gap is not None and gap > self.max_gap_days and not force:
            return None
        centroid_sim = float(story.centroid @ vec)
        sim = (1 - self.centroid_weight) * member_sim + self.centroid_weight * centroid_sim
        counts = story.entity_counts
        keys, across, shared = _keys_in_common(art.entities, counts, self.small_count_keys,
                                               key=lambda e: (-idf[e], e))
        crosslingual = bool(art.language and story.languages and art.language not in story.languages)
        ent = self._entity_cosine(idf, keys, story, self.crosslingual_plain_weight if crosslingual else 1.0,
                                  across)
        if not shared and any(e[:1] != EVERYDAY_MARK or e in across for e in keys):
            ent = 0.0  # small counts alone: no key in common (_keys_in_common)
        # A side in a language the sentence encoder was not trained on (text.use_covers: Hebrew, Greek, Czech,
        # Ukrainian, ...): its cosine reads nothing of what the text says (two Hebrew reports of a Cyprus fire
        # and of Petra floods at 0.83, the Greek report of the Cyprus fire at 0.16 to its English story:
        # trial57 F23). The join then rests on the keys: the cosine counts as ``blind_sim``, and names,
        # places or numbers other than a bare year in common must carry it (no cross-lingual floor without
        # them). The refine pass reads the same rule pair by pair (_blind_links).
        blind = self._blind_language(art.language, story)
        if blind is not None:
            sim = float(self.blind_sim)  # type: ignore[arg-type]  # blind implies a blind_sim
            if not _blind_evidence(shared):
                shared, ent = [], 0.0
        if blind is not None and not shared:
            ent = 0.0
        elif not shared and (not crosslingual or (_words_any(art.entities) and _words_any(story.entity_counts))):
            # No name, place or number in common while both sides name something: the keys say nothing of
            # this event, so the cosine alone must carry the join. Everyday nouns alone are one kind of
            # event's template ("Landgericht, Staatsanwaltschaft, Verteidigung, Revision" in any two German
            # court reports), and the cross-lingual floor forgives names written apart, not names that
            # differ (trial47 F9: a Hamburg assault trial joined a Munich fraud story on the template at
            # cosine 0.53, a Crete ferry sinking a Paros one at 0.60 + the floor). A side whose names give
            # no keys (Chinese, most Arabic: no capitals to read names by) keeps the floor: an English
            # NC voter-ID report joined its Chinese story at cosine 0.68 sharing nothing (dev.csv).
            ent = 0.0
        elif crosslingual:
            ent = max(ent, self.crosslingual_entity_floor)
        penalty = 0.0 if gap is None else self.date_weight * (1 - math.exp(-gap / self.time_decay_days))
        score = sim + self.entity_weight * ent - penalty
        # Across languages a missing name overlap is forgiven (the floor above), so one kind of event in
        # two neighbouring countries joined on its cosine alone (Conakry / Bissau at 0.63): places that
        # say two countries hold it apart. A user's correction (force) is not second-guessed.
        places = None
        if (crosslingual or self.place_veto_languages == "all") and self.crosslingual_place_veto and not force:
            if self._art_places is None or self._art_places[0] != art.id:
                self._art_places = (art.id, places_of(art.entities))
            # the story's places are those that define it (keys two of its members name), not one
            # member's passing mention (final44 W4). An article naming no strong place is in conflict with no
            # story (place_conflict's first test), so the story's places are not read (ingest71: ~18
            # candidate stories an article on dev texts, each story's keys read twice by group_places)
            if self._art_places[1][0]:
                places = place_conflict(self._art_places[1], group_places(story.entity_counts, len(story.members)))
        return {"story": story.id, "score": score, "sim": sim, "ent": ent, "gap": gap,
                "shared": tuple(shared), "forced": force, "places": places, "blind": blind}

    def _blind_language(self, language: str | None, story: StoryState) -> str | None:
        """The language of a pair (the article, the story) that the sentence encoder does not read, or None: the
        article's, or the story's when none of its members' languages is read (``blind_sim`` None: never)."""
        if self.blind_sim is None:
            return None
        from ..text import use_covers

        if not use_covers(language):
            return language
        langs = [lang for lang in story.languages if lang]
        if langs and not any(use_covers(lang) for lang in langs):
            return langs[0]
        return None

    def _entity_cosine(self, idf: dict[str, float], shared: Sequence[str], story: StoryState,
                       plain_weight: float = 1.0, across: Mapping[str, str] | None = None) -> float:
        """Cosine of idf-weighted key vectors: the article's set against the story's key counts.

        Counting keys over members makes a story's core names (said by most of
        its articles) outweigh names one member mentioned in passing.
        ``plain_weight`` < 1 (a story with no member in the article's language):
        the article's plain keys (not numbers, alias groups or shared keys) count
        that much in its norm; its own language's words (every German noun is
        capitalised) can hardly be shared and are weak evidence against the story
        (trial 15: a German report of an ECB cut scored an entity cosine under 0.20
        against the ECB story in six other languages).
        """
        if not shared:
            return 0.0
        # an everyday noun's key (EVERYDAY_MARK) shared counts DEFAULT.cluster_everyday_weight of a name's;
        # ``across``: an article key -> the story's form of it (the same word marked on one side only), in full
        across = across or {}
        dot = sum(idf[e] ** 2 * story.entity_counts[across[e]] if e in across else
                  idf[e] ** 2 * story.entity_counts[e] * (_EVERYDAY_WEIGHT if e[:1] == EVERYDAY_MARK else 1.0)
                  for e in shared)
        # fsum over ``idf``: its keys come from a frozenset, in an order that follows string hashes
        # (PYTHONHASHSEED); a plain sum differed in the last bit between processes
        if plain_weight < 1.0:
            kept = set(shared)
            plain = math.fsum(w * w for e, w in idf.items() if e not in kept and e[:1] not in _NEUTRAL_KEYS)
            art_norm = math.sqrt(math.fsum(w * w for w in idf.values()) - (1.0 - plain_weight) * plain)
        else:
            # the article's own norm, the same for each of its candidate stories (one idf dict per article,
            # made by _assign and not changed after): once per article, not once per candidate
            held = getattr(self, "_art_norm", None)
            if held is None or held[0] is not idf:
                held = self._art_norm = (idf, math.sqrt(math.fsum(w * w for w in idf.values())))
            art_norm = held[1]
        story_norm = story.entity_norm(self._idf_now(), len(self._ids))
        return dot / (art_norm * story_norm) if art_norm > 0 and story_norm > 0 else 0.0

    # ---- bookkeeping
    def _add_article(self, art: ArticleFeatures, vec: np.ndarray, index: bool = True) -> None:
        """Store one article; ``index=False`` leaves the ANN insert to the caller (batched in from_state)."""
        import hnswlib

        pos = len(self._ids)
        if self._index is None:
            self._vecs = np.zeros((1024, vec.shape[0]), dtype=np.float32)
            self._ord_arr = np.zeros(1024, dtype=np.int64)
            self._index = hnswlib.Index(space="ip", dim=int(vec.shape[0]))
            self._index.init_index(max_elements=1024, ef_construction=64, M=16, random_seed=7)
            self._index.set_ef(max(int(self.ef), int(self.n_neighbors)))
        if pos >= self._vecs.shape[0]:
            grown = np.zeros((self._vecs.shape[0] * 2, self._vecs.shape[1]), dtype=np.float32)
            grown[:pos] = self._vecs[:pos]
            self._vecs = grown
            self._ord_arr = np.concatenate([self._ord_arr, np.zeros(len(self._ord_arr), dtype=np.int64)])
            self._index.resize_index(self._vecs.shape[0])
        self._vecs[pos] = vec
        if index and not self.candidate_window:  # a windowed clusterer scans its window (refine adds them)
            self._index.add_items(vec.reshape(1, -1), np.array([pos]), num_threads=1)
        self._ids.append(art.id)
        self._pos[art.id] = pos
        self._dates.append(art.published)
        self._ents.append(frozenset(art.entities))
        self._langs.append(art.language)
        day = art.published.toordinal() if art.published else 0
        self._ord_arr[pos] = day
        if day:
            lo, hi = self._ord_range
            self._ord_range = (min(lo, day) if lo else day, max(hi, day))
        self.entity_df_.update(art.entities)
        self.labels_.append("")  # filled by _join/_new_story

    def _new_story(self, sid: str, article_id: str) -> None:
        pos = self._pos[article_id]
        self.stories_[sid] = StoryState(sid, [], np.zeros_like(self._vecs[pos]), None, None, Counter(), pos, Counter())
        self._join(sid, article_id)

    def _join(self, sid: str, article_id: str) -> None:
        pos = self._pos[article_id]
        story = self.stories_[sid]
        story.members.append(article_id)
        story.vector_sum = story.vector_sum + self._vecs[pos]
        story.entity_counts.update(self._ents[pos])
        if self._langs[pos]:
            story.languages[self._langs[pos]] += 1
        d = self._dates[pos]
        if d is not None:
            story.first_date = d if story.first_date is None else min(story.first_date, d)
            story.last_date = d if story.last_date is None else max(story.last_date, d)
        self.article_story_[article_id] = sid
        self.labels_[pos] = sid

    def _rebuild_story(self, sid_hint: str, members: list[str], sid: str | None = None) -> str:
        """(Re)create a story from members under ``sid`` (default: an id from its earliest member)."""
        members = sorted(members, key=lambda m: self._pos[m])
        sid = sid or self._fresh_id(members)
        for m in members:
            if m in self.article_story_ and self.article_story_[m] in self.stories_:
                old = self.stories_[self.article_story_[m]]
                if m in old.members:
                    old.members.remove(m)
        self.stories_.pop(sid, None)
        self._new_story(sid, members[0])
        for m in members[1:]:
            self._join(sid, m)
        return sid

    def _fresh_id(self, members: list[str]) -> str:
        """An id for a new story: from its earliest member, unless a live or retired story has it
        (a split-off part whose first article founded the original story)."""
        taken = set(self.stories_) | {r.get("from") for r in self.history_}
        for m in members:
            if story_id_for(m) not in taken:
                return story_id_for(m)
        n = 1
        while story_id_for(f"{members[0]}#{n}") in taken:
            n += 1
        return story_id_for(f"{members[0]}#{n}")

    def _drop_empty(self) -> None:
        for sid in [s for s, st in self.stories_.items() if not st.members]:
            del self.stories_[sid]

    def _refresh(self, sid: str) -> str:
        """Recompute a story's sums after members left; it keeps its id (ids are stable under corrections)."""
        members = list(self.stories_[sid].members)
        del self.stories_[sid]
        if not members:
            return sid
        return self._rebuild_story(sid, members, sid=sid)

    def _explain(self, art: ArticleFeatures, sid: str, best: dict | None, joined: bool,
                 nearest: list[tuple[str, float]]) -> Assignment:
        top = tuple((a, round(s, 4)) for a, s in nearest[:5])
        if joined:
            assert best is not None  # joined implies a best candidate
            if best["forced"]:
                head = f"joined {sid} (kept together by a user correction): score {best['score']:.2f}"
            else:
                head = f"joined {sid}: score {best['score']:.2f} >= {self.threshold:.2f}"
            parts = [f"{head}, sim {best['sim']:.2f}{_blind_note(best)}"]
            mates = [(a, s) for a, s in nearest if self.article_story_.get(a) == sid and a != art.id]
            if mates:
                parts.append(f"cos {mates[0][1]:.2f} to {mates[0][0][:12]}")
            # a bare year is every article of the year's: no evidence of the story to show (trial 19 #18:
            # "shared: #2026, #23, #3"); the key still counts in the score
            shown = [k for k in best["shared"] if not re.fullmatch(r"#(?:19|20)\d\d", k)]
            if shown:
                parts.append("shared: " + ", ".join(shown[:6]))
            if best["gap"] is not None:
                parts.append(f"{best['gap']:.0f} day{'s' if best['gap'] != 1 else ''} apart")
            return Assignment(art.id, sid, round(best["score"], 4), False, top, best["shared"], ", ".join(parts))
        if best is None:
            reason = f"new story {sid}: no candidate story" + (" within max_gap_days" if nearest else "")
            return Assignment(art.id, sid, 0.0, True, top, (), reason)
        reason = (f"new story {sid}: best candidate {best['story']} scored {best['score']:.2f} < "
                  f"{self.threshold:.2f} (sim {best['sim']:.2f}{_blind_note(best)}, entities {best['ent']:.2f}"
                  + (f", {best['gap']:.0f} days apart" if best["gap"] is not None else "") + ")")
        return Assignment(art.id, sid, round(best["score"], 4), True, top, (), reason)

    # ---- user corrections
    def _need_story(self, sid: str) -> StoryState:
        self._check_fitted()
        if sid not in self.stories_:
            for rec in reversed(self.history_):
                if rec.get("from") == sid and isinstance(rec.get("to"), str) and rec["to"] in self.stories_:
                    return self.stories_[rec["to"]]
            raise UnknownStoryError(f"unknown story id {sid!r}: list stories with clusterer.stories_")
        return self.stories_[sid]

    def merge(self, a: str, b: str) -> str:
        """Merge two stories; the older id (earlier first article) survives. Returns it."""
        sa, sb = self._need_story(a), self._need_story(b)
        if sa.id == sb.id:
            return sa.id
        keep, drop = (sa, sb) if sa.created <= sb.created else (sb, sa)
        # unpacked, not "+": a stored story's members are read on first iteration (stream._lazy._Members), and a
        # plain list's "+" copies the other list's storage without iterating it (a merge of a one-article story
        # with a stored one kept the one article only, final32)
        members = [*keep.members, *drop.members]
        record = {"op": "merge", "stories": [keep.id, drop.id], "articles": list(members)}
        self.corrections_.append(record)
        self._replay(record)
        del self.stories_[drop.id]
        del self.stories_[keep.id]
        sid = self._rebuild_story(keep.id, members, sid=keep.id)
        self.history_.append({"op": "merge", "from": drop.id, "to": sid})
        return sid

    def split(self, story: str, article_ids: Iterable[str]) -> str:
        """Take ``article_ids`` out of ``story`` into a story of their own; returns that story's id."""
        st = self._need_story(story)
        ids = list(dict.fromkeys(article_ids))
        unknown = [a for a in ids if a not in st.members]
        if unknown or not ids:
            raise UnknownStoryError(f"split: articles {unknown or ids} are not members of {st.id}")
        rest = [m for m in st.members if m not in ids]
        if not rest:
            return st.id
        record = {"op": "split", "story": st.id, "articles": ids, "rest": rest}
        self.corrections_.append(record)
        self._replay(record)
        del self.stories_[st.id]
        rest_id = self._rebuild_story(st.id, rest, sid=st.id)  # the story keeps its id
        new_id = self._rebuild_story(st.id, ids)
        self.history_.append({"op": "split", "from": st.id, "to": [rest_id, new_id]})
        return new_id

    def move(self, article: str, to_story: str) -> str:
        """Move one article to another story; returns the target story's id (neither story is renamed)."""
        self._check_fitted()
        if article not in self.article_story_:
            raise UnknownStoryError(f"move: unknown article id {article!r}")
        target = self._need_story(to_story)
        source = self.stories_[self.article_story_[article]]
        if source.id == target.id:
            return target.id
        record = {"op": "move", "article": article, "to_anchor": target.members[0],
                  "from_members": [m for m in source.members if m != article]}
        self.corrections_.append(record)
        self._replay(record)
        source.members.remove(article)
        self._refresh(source.id)
        target = self.stories_[target.id]
        new_target = self._rebuild_story(target.id, [*target.members, article], sid=target.id)
        self._drop_empty()
        self.history_.append({"op": "move", "article": article, "from": source.id, "to": new_target})
        return new_target

    def rename_stories(self, mapping: dict[str, str]) -> None:
        """Give stories other ids (``{current: wanted}``), e.g. the ids they had before a re-fit.

        Scores, members and assignments are unchanged; every wanted id must be
        free once the renamed stories have left theirs.
        """
        self._check_fitted()
        mapping = {a: b for a, b in mapping.items() if a != b and a in self.stories_}
        moved = {a: self.stories_.pop(a) for a in mapping}
        clash = [b for b in mapping.values() if b in self.stories_]
        if clash or len(set(mapping.values())) != len(mapping):
            self.stories_.update(moved)
            raise ConfigError(f"rename_stories: ids already in use: {sorted(set(clash)) or mapping}")
        for old, new in mapping.items():
            st = moved[old]
            st.id = new
            self.stories_[new] = st
            for m in st.members:
                self.article_story_[m] = new
                self.labels_[self._pos[m]] = new

    def _replay(self, record: dict[str, Any]) -> None:
        op = record["op"]
        if op == "merge":
            self._constraints.link(record["articles"])
        elif op == "split":
            self._constraints.link(record["articles"])
            self._constraints.separate(record["articles"], record["rest"])
        elif op == "move":
            self._constraints.separate([record["article"]], record["from_members"])
            self._constraints.link([record["article"], record["to_anchor"]])

    # ---- offline refinement
    def refine(self, max_component: int = 3000, texts: Mapping[str, str] | None = None,
               lead_vectors: Mapping[str, np.ndarray] | None = None, link_model: Any = None,
               pair_judge: Any = None) -> dict[str, Any]:
        """Re-cluster every stored article offline by average link, against the chaining of the online pass.

        The online pass links an article to its single best match, so a series of
        related stories can chain into one. Here every pair of candidate articles
        (the ANN neighbours of each article plus its current story) is scored
        ``cosine + refine_entity_weight * entity cosine`` (idf over the stream), and
        groups merge only while their *average* link reaches ``refine_threshold``.
        Dates are not read. User corrections hold: must-link groups start
        together, cannot-link pairs never end up together; an article the user
        moved (``move``) is left out while its component is grouped and then
        joins its partner's group, so it is no evidence about the others. Ids users have seen
        stay: each refined group takes the id of its earliest member's story
        while that id is free (so a story whose membership did not change keeps
        its id); every id that disappears is recorded in ``history_`` as
        ``{"op": "refine", "from": old, "to": new}``. A candidate component
        larger than ``max_component`` articles keeps its online assignment (the
        dense average-link step is quadratic in it).

        ``texts`` (article id -> text, e.g. from the store) adds lexical evidence
        computed here and never kept in the state: a TF-IDF over the stored
        articles (idf over this stream), whose cosine separates related stories
        of one topic that the lead vectors and names alone run together.

        With ``refine_links`` (the default; or a ``link_model`` given) each
        *cross-lingual* candidate pair (every article's ``n_neighbors`` nearest by
        its USE vector and, when ``lead_vectors`` are given, by its e5 lead vector:
        article id -> vector, see :func:`storylens.cluster._links.e5_lead`) is
        scored by the learned link model of :mod:`storylens.cluster._links`
        (cosines, CSLS margins, shared names and numbers, language pair) and joins
        the average at ``refine_threshold + LINK_SCALE * (p - cut)``, where the
        cut is ``refine_link_threshold`` (None: the model's own, chosen by grouped
        CV on dev.csv); same-language pairs keep the cosine + entity link. The
        ``full`` model needs an e5 vector for every article; without them (or
        when no ``full`` model ships) the ``lite`` model is used. ``link_model``
        overrides the shipped model (a :class:`~storylens.cluster._links.LinkModel`).

        ``pair_judge`` (a :class:`~storylens.cluster._judge.SimilarityJudge`, needs
        ``texts``) judges candidate pairs with the trained similarity model
        instead: every article's ``pair_judge.k`` nearest by its USE vector and by
        the e5 lead vector the judge computes are candidates, in any pair of
        languages; a pair scoring at least the judge's cut is linked, and in the
        average its link is ``refine_threshold + LINK_SCALE * (score - cut)``
        (cross-lingual pairs: ``pair_judge.cut``, in place of the link model's;
        same-language pairs, when ``pair_judge.same_language_cut`` is not None:
        that cut, and the higher of this link and the cosine + entity link).
        Pairs it gives no verdict (too little text, a cookie wall) keep the links above.
        With ``pair_judge.join_slack`` > 0 two average-link groups that a pair judged at or above
        its cut connects merge while their average link is at most that far below the refine cut.
        With ``pair_judge.triangle_slack`` > 0 a pair at most that far under its cut is lifted to it
        when a third article is judged at or above its cut with each of the two.

        Returns ``{"articles", "moved", "stories_before", "stories_after", "split", "merged", "skipped"}``:
        ``split`` counts the stories before whose articles now sit in two or more stories, ``merged`` the
        stories after that hold articles of two or more stories before.
        """
        self._check_fitted()
        n = len(self._ids)
        before = dict(self.article_story_)
        n_before = len(self.stories_)
        if pair_judge is not None:
            if texts is None:
                raise ConfigError("refine(pair_judge=...) needs the article texts (texts=)")
            # the publication dates date an opening's "on Wednesday" for the events rule (final34 #1)
            dates = [d.isoformat() if d is not None and self.use_dates else None for d in self._dates]
            pair_judge.bind([texts.get(a, "") for a in self._ids], list(self._langs), dates)
            lead = pair_judge.lead_vectors()
            if lead is not None and lead_vectors is None:
                lead_vectors = dict(zip(self._ids, lead))
        if self.refine_links or link_model is not None or pair_judge is not None:
            self._links = self._link_setup(texts, lead_vectors, link_model)
        if pair_judge is not None:
            weight = float(getattr(pair_judge, "lead_weight", 0.0) or 0.0)
            if weight and self._links is not None and self._links[0].e5 is not None:
                self._lead = (self._links[0].e5, weight, float(pair_judge.lead_center))
        if texts is not None and self.refine_lexical_weight:
            # the link context already holds the same TF-IDF rows (one pass over the texts, not two)
            lex = self._links[0].lex if self._links is not None else None
            self._lex = lex if lex is not None else _tfidf_rows([texts.get(a, "") for a in self._ids])
        if pair_judge is not None:
            # (after the lead and lexical terms: the judge reads the verdict on the pairs their link joins)
            self._judged = self._judge_candidates(pair_judge)
            self._join_slack = float(getattr(pair_judge, "join_slack", 0.0) or 0.0)
            self._join_same_language = bool(getattr(pair_judge, "join_same_language", False))
            except_ = getattr(pair_judge, "join_same_language_except", None)
            self._join_except = None if except_ is None else frozenset(except_)
            self._mutual_join_slack = float(getattr(pair_judge, "mutual_join_slack", 0.0) or 0.0)
            self._join_votes = int(getattr(pair_judge, "join_votes", 0) or 0)
            self._join_vote_share = float(getattr(pair_judge, "join_vote_share", 0.5) or 0.0)
            self._join_vote_members = int(getattr(pair_judge, "join_vote_members", 1) or 1)
            slack = getattr(pair_judge, "judged_link_slack", None)
            self._judged_link_slack = None if slack is None else float(slack)
            self._judged_link_pairs = int(getattr(pair_judge, "judged_link_pairs", 2) or 2)
            self._judged_link_except = frozenset(getattr(pair_judge, "judged_link_except", None) or ())
            own = getattr(pair_judge, "own_places", None)
            self._own_reader, self._own_read = (own, {}) if callable(own) else (None, None)
        self._why = {}
        self._held = {}
        try:
            groups, skipped = self._refined_groups(max_component)
            why, self._why = self._why, None
        finally:
            self._why = None
            self._lex = None
            self._links = None
            self._lead = None
            self._judged = None
            self._join_slack, self._join_same_language, self._join_except = 0.0, False, None
            self._mutual_join_slack, self._mutual = 0.0, frozenset()
            self._join_votes, self._join_vote_share, self._join_vote_members = 0, 0.5, 1
            self._judged_link_slack, self._judged_link_pairs, self._judged_link_except = None, 2, frozenset()
            self._vetoed = frozenset()
            self._overruled = frozenset()
            self._held = None
            self._kept_links = None
            self._lifted = None
            self._blind_scores = None
            self._judged_adj = None
            self._pair_adj = None
            self._own_reader, self._own_read = None, None
        groups = sorted((sorted(g, key=lambda m: self._pos[m]) for g in groups), key=lambda g: self._pos[g[0]])
        # Ids users have seen stay: each group takes the id of its earliest member's story
        # while that id is free; the others get fresh ids once every kept id is placed.
        kept: dict[int, str] = {}
        for k, members in enumerate(groups):
            for m in members:
                if before[m] not in kept.values():
                    kept[k] = before[m]
                    break
        assignments = dict(self.assignments_)
        self.stories_ = {}
        for k, members in enumerate(groups):
            if k in kept:
                self._rebuild_story(kept[k], members, sid=kept[k])
        for k, members in enumerate(groups):
            if k not in kept:
                self._rebuild_story(members[0], members)
        moved = [a for a in self._ids if before.get(a) != self.article_story_[a]]
        for old in sorted(set(before.values()) - set(self.stories_)):
            news = Counter(self.article_story_[a] for a, s in before.items() if s == old)
            self.history_.append({"op": "refine", "from": old, "to": news.most_common(1)[0][0]})
        # what holds each moved article in its new story (a story of one: what its old story had too little of)
        self.refine_reasons_ = {a: why.get(a) or "grouped by the refine's links" for a in moved}
        for a in moved:
            prev = assignments.get(a)
            reason = (f"moved from {before[a]} to {self.article_story_[a]} by the offline refine pass:"
                      f" {self.refine_reasons_[a]}")
            self.assignments_[a] = (Assignment(a, self.article_story_[a], prev.score, prev.new_story, prev.nearest,
                                               prev.shared_entities, f"{reason}; was: {prev.reason}")
                                    if prev is not None else Assignment(a, self.article_story_[a], 0.0, False, (), (),
                                                                        reason))
        # a count of stories before and after hides a split and a merge that cancel out (trial49 F14: "12 -> 12
        # stories" for one story split and two merged): an old story whose articles now sit in two or more stories
        # is split, a new story holding articles of two or more old stories is merged
        olds: dict[str, set[str]] = {}
        news_of: dict[str, set[str]] = {}
        for a, s in before.items():
            if a in self.article_story_:
                olds.setdefault(s, set()).add(self.article_story_[a])
                news_of.setdefault(self.article_story_[a], set()).add(s)
        split = sum(1 for v in olds.values() if len(v) > 1)
        merged = sum(1 for v in news_of.values() if len(v) > 1)
        return {"articles": n, "moved": len(moved), "stories_before": n_before, "stories_after": len(self.stories_),
                "split": split, "merged": merged, "skipped": skipped}

    def link_context(self, texts: Mapping[str, str] | None = None,
                     lead_vectors: Mapping[str, np.ndarray] | None = None) -> Any:
        """The :class:`~storylens.cluster._links.PairContext` a link-scored refine reads (rows in stream order).

        ``lead_vectors`` must hold every stored article (else the e5 features are left out).
        """
        from ._links import PairContext

        self._check_fitted()
        n = len(self._ids)
        e5: np.ndarray | None = None
        if lead_vectors is not None and all(a in lead_vectors for a in self._ids):
            rows = np.vstack([np.asarray(lead_vectors[a], dtype=np.float32).reshape(-1) for a in self._ids])
            norms = np.linalg.norm(rows, axis=1, keepdims=True)
            e5 = (rows / np.where(norms > 0, norms, 1.0)).astype(np.float32)
        lex = _tfidf_rows([texts.get(a, "") for a in self._ids]) if texts is not None else None
        return PairContext(self._vecs[:n], e5, self._ents, self._langs, lex=lex, k=int(self.n_neighbors))

    def _link_setup(self, texts: Mapping[str, str] | None, lead_vectors: Mapping[str, np.ndarray] | None,
                    link_model: Any) -> tuple[Any, Any, float]:
        from ._links import LinkModel

        ctx = self.link_context(texts, lead_vectors)
        model = link_model or LinkModel.load("full" if ctx.e5 is not None and LinkModel.has("full") else "lite")
        if model.needs_e5 and ctx.e5 is None:
            model = LinkModel.load("lite")
        cut = self.refine_link_threshold if self.refine_link_threshold is not None else model.threshold
        return ctx, model, float(cut)

    def _judge_candidates(self, judge: Any) -> dict[tuple[int, int], float]:
        """How far each candidate pair (each article's ``judge.k`` nearest by USE and e5, and its
        ``judge.cross_k`` nearest by e5 in other languages) scores above its
        cut: ``judge.cut`` across languages, ``judge.same_language_cut`` within one, or ``judge.same_language_cuts``
        of its language (neither: not judged)."""
        assert self._links is not None  # set up by refine() just before
        ci, cj = self._links[0].candidates(judge.k, wide=bool(getattr(judge, "wide", False)),
                                           cross_k=int(getattr(judge, "cross_k", 0) or 0))
        other = self._other_language(ci, cj)
        same_cut = getattr(judge, "same_language_cut", None)
        if same_cut is None and not getattr(judge, "same_language_cuts", None):
            ci, cj, other = ci[other], cj[other], other[other]
        scores = judge.scores(ci, cj)
        margin = scores - np.where(other, float(judge.cut), self._same_language_cuts(judge, ci))
        parts = getattr(judge, "story_parts", None)
        thin = np.zeros(len(ci), dtype=bool)  # a headline-only side's pair held to the cross-lingual cut (below)
        if getattr(judge, "story_parts_at_cut", False) and callable(parts) and len(ci):
            # A side judged from its headline alone (a paywall, a cookie wall or another page under it:
            # ArticleSides.story_parts) gives the model a few words: its same-language scores stay low as its
            # cross-lingual ones do (full judge, out of fold on dev: same-story rows with such a side 0.42-0.97,
            # unrelated ones at most 0.51), so its pair with a whole text is held to the cross-lingual cut, not its
            # language's -- only its best-scored candidate's: a headline of a crowded day ("Happy New Year 2020!",
            # "Two hurt in crash") scores over that cut with several reports, of which at most one is its story.
            # Two headlines keep their language's cut (two crash headlines score 0.8 and more).
            part = np.asarray(parts(), dtype=bool)
            read = ~np.isnan(scores)
            thin = ~other & (part[ci] != part[cj]) & read
            if thin.any():
                best = np.full(len(part), -np.inf)
                np.maximum.at(best, ci[read], scores[read])
                np.maximum.at(best, cj[read], scores[read])
                thin &= scores >= best[np.where(part[ci], ci, cj)]
                margin = np.where(thin, scores - float(judge.cut), margin)
        # A side the sentence encoder does not read: the model's score reads its cosines, so its verdict stands only
        # as the pair verdict's does (storylens.similarity._scoring._blind_score): at or above the cut with a key in common;
        # below it, or without one, the pair has no verdict and keeps the online join's rule (_blind_links). The
        # rules that hold a pair apart are read on every such pair with a key in common (below).
        blind = self._blind_rows(ci) | self._blind_rows(cj)
        read = blind & ~np.isnan(scores)
        self._blind_scores = dict(zip(zip(ci[read].tolist(), cj[read].tolist()), scores[read].tolist()))
        blind_keys = np.zeros(len(ci), dtype=bool)
        for k in np.flatnonzero(blind).tolist():
            blind_keys[k] = self._blind_pair_evidence(int(ci[k]), int(cj[k]))
        floor = getattr(judge, "same_language_floor", None)
        if floor is not None:
            # A same-language pair the judge scores below this is a different story whatever its
            # lead cosine and names: shared boilerplate (share buttons, a cookie notice, a dated
            # series title) lifts that link, not the judge's (_link_matrix takes the verdict).
            low = ~other & (scores < float(floor))
            self._overruled = frozenset(zip(ci[low].tolist(), cj[low].tolist()))
        if getattr(judge, "place_veto", False):
            # One topic in two countries (a New Zealand rate cut, a Czech rate hike) is two stories
            # whatever the score: below any cut here (no slack or link model joins it), and kept
            # apart in the grouping (_link_matrix), as a cannot-link pair is.
            apart = np.asarray(judge.places_apart(ci, cj), dtype=bool)
            margin = np.where(apart & ~np.isnan(margin), -1.0, margin)
            self._vetoed = frozenset(zip(ci[apart].tolist(), cj[apart].tolist()))
        events = getattr(judge, "events_apart", None)
        if callable(events) and len(ci):
            # Two events of one kind, a week apart at one place (trial19 #1: an aftershock killing two
            # after the quake that killed 38 joined its story): held apart as the place rule's pairs are.
            # On the dev texts (no publication dates) it holds 4 of their 3.1 million pairs, none a gold pair.
            apart = np.asarray(events(ci, cj), dtype=bool)
            margin = np.where(apart & ~np.isnan(margin), -1.0, margin)
            self._vetoed = self._vetoed | frozenset(zip(ci[apart].tolist(), cj[apart].tolist()))
        verdict = getattr(judge, "verdict_apart", None)
        if callable(verdict) and len(ci):
            # The rules by which the pair verdict (``storylens similarity``) says "different stories" above its
            # cut -- other people or actors, other places below one country, two datelines, two events (and two
            # countries with settings.refine_verdict_countries) -- hold a pair apart here too, as the place rule's
            # pairs are: one judgement for a pair and for a stream (issue #11). Trial48 F9: the refine pass joined
            # two bus crashes, two landslides, two plant fires, two trains and two bridges the pair command kept
            # apart. Read only on the pairs the judge would join or a rule below may lift to their cut (within the
            # widest slack): the pairs further down are apart already, and reading every candidate pair of the
            # dev stream cost 65-105 CPU-s for the same out-of-fold figures.
            reach = max(float(getattr(judge, name, 0.0) or 0.0)
                        for name in ("mutual_slack", "name_slack", "triangle_slack", "margin_slack", "join_slack"))
            read = (margin >= -reach) | blind_keys
            if same_cut is not None:
                # Same-language pairs at or above the cross-language cut too: their own cut is higher (0.9), but the
                # cosine + entity link joins them below it, and the pair verdict, whose cut is the model's, reads its
                # rules there (same52's refine: two English reports of Lavrov's meetings with Egypt's and China's
                # ministers, two days apart, "different" as a pair, joined by that link and chaining the Egypt
                # meeting's Russian reports out of their story; Macron's meeting with Meloni joined to Scholz's word on
                # his own, splitting that from its French report).
                read |= ~other & (scores >= float(judge.cut) - reach)
                # ... and the same-language pairs the cosine + entity link joins whatever their score (break53 F4:
                # Sánchez-Zelensky in Kyiv and in Madrid 24 days apart, Macron-Merz in Paris and in Berlin, Tusk in
                # Warsaw and in Kyiv, scored 0.30 / 0.52 / 0.45 and "different cities" as pairs, were split online and
                # joined again here by that link, which the grouping takes where it is the higher: _link_matrix)
                read |= ~other & (self._plain_links(ci, cj) >= 0)
            near = np.flatnonzero(read)  # NaN: no verdict, nothing to hold apart
            apart = np.zeros(len(ci), dtype=bool)
            if len(near):
                apart[near] = np.asarray(verdict(ci[near], cj[near]), dtype=bool)
            margin = np.where(apart, -1.0, margin)
            self._vetoed = self._vetoed | frozenset(zip(ci[apart].tolist(), cj[apart].tolist()))
        context = getattr(judge, "context", None)
        if context is not None:
            # The stream-context judge reads each pair's score against both sides' other candidates
            # (rank, margin over the best other, CSLS, shared neighbours): cluster/_context.py.
            from ._context import context_features, context_margin

            feats = context_features(ci, cj, scores, other, len(self._ids))
            read = context_margin(context, feats)
            same_thr = getattr(judge, "context_same_language_threshold", None)
            if same_thr is not None:  # same-language pairs held to their own probability cut
                read = np.where(other, read, context_margin(context, feats, float(same_thr)))
            mine = other | bool(getattr(judge, "context_same_language", True))
            margin = np.where(mine, read, margin)
        else:
            mine = np.zeros(len(ci), dtype=bool)
        if blind.any():
            drop = [k for k in np.flatnonzero(blind).tolist() if (int(ci[k]), int(cj[k])) not in self._vetoed
                    and not (margin[k] >= 0 and blind_keys[k])]
            margin = margin.astype(np.float64)  # a copy
            margin[drop] = np.nan
        # the rules below lift a pair just under its cut to the cut; each reads the model's margin,
        # not another rule's lift, and the move reasons say which rule lifted it (_note_why)
        raw = margin
        lifted: dict[int, list[str]] = {}
        slack = float(getattr(judge, "mutual_slack", 0.0) or 0.0)
        if float(getattr(judge, "mutual_join_slack", 0.0) or 0.0) > 0:
            # the pairs each other's best at or above the cut, or lifted to it below: _join_judged's
            # group-level bridges (a vetoed pair's margin is -1 and no verdict NaN: neither is one)
            both = _mutual_best(ci, cj, scores, len(self._ids)) & (margin >= -slack)
            self._mutual = frozenset(zip(ci[both].tolist(), cj[both].tolist()))
        if slack > 0:
            # Two articles that are each other's best-scored candidate and score just below the cut
            # join at the cut: a same-story pair the model under-scores is still each side's best
            # match in the stream, while a related story of one topic rarely is for both sides.
            near = _mutual_best(ci, cj, scores, len(self._ids)) & (raw >= -slack) & (raw < 0)
            if not getattr(judge, "mutual_same_language", False):
                near &= other
            near &= ~mine  # the context model already read the pair's rank
            for k in np.flatnonzero(near).tolist():
                lifted.setdefault(k, []).append("each other's best match")
        name_slack = float(getattr(judge, "name_slack", 0.0) or 0.0)
        names = getattr(judge, "full_names", None)
        if name_slack > 0 and callable(names):
            # Two reports in two languages that name the same person in full (given name and surname)
            # and score just below the cut join at it: the model's name features read only its kept
            # sentences, and across languages few other words can be shared. A name many articles of
            # the stream write (a head of government) says nothing about which story.
            near = other & ~mine & (raw >= -name_slack) & (raw < 0)
            if near.any():
                most = int(getattr(judge, "name_max_articles", 0) or 0)
                named = _rare_shared_names(names(), ci[near], cj[near], most)
                for k, person in zip(np.flatnonzero(near).tolist(), named):
                    if person:
                        lifted.setdefault(k, []).append(f"both name {person.title()}")
        tri_slack = float(getattr(judge, "triangle_slack", 0.0) or 0.0)
        if tri_slack > 0:
            # Two reports of one story that the model scores just under their cut (another angle, a
            # follow-up) join at it when a third article is judged the same story as each of them: the
            # story's evidence closes the triangle. The average link still groups (a third article that
            # is each side's yes sits in the group with both), so one roundup bridging two stories needs
            # the two to be near the cut themselves. Same-language pairs of the languages in
            # ``triangle_except`` (the gold halves' English, whose cut BASIL and ECB+ chose) are left out.
            near = ~mine & (raw >= -tri_slack) & (raw < 0)
            except_ = frozenset(getattr(judge, "triangle_except", None) or ())
            if except_:
                near &= other | ~np.isin(np.asarray([self._langs[int(a)] or "" for a in ci]), list(except_))
            if near.any():
                # A third article vouches for the pair only as far as its weaker yes: each leg must stand at
                # least as far over its cut as the pair lies under its own (trial54 F10: Spain's housing plan,
                # es/pt, and Japan's stimulus, ja/zh -- the es report judged 0.10 and 0.02 over the cut with the
                # ja and zh ones lifted pt/ja from 0.18 and pt/zh from 0.10 under it, and the two stories merged
                # at an average link of 1.01). Two legs near the cut are two doubts, not the story's evidence.
                yes = raw >= 0  # the model's own yes (NaN: no verdict, never a yes)
                adj: dict[int, dict[int, float]] = {}
                for a, b, m in zip(ci[yes].tolist(), cj[yes].tolist(), raw[yes].tolist()):
                    adj.setdefault(a, {})[b] = m
                    adj.setdefault(b, {})[a] = m
                for k in np.flatnonzero(near).tolist():
                    left, right = adj.get(int(ci[k]), {}), adj.get(int(cj[k]), {})
                    need = -float(raw[k]) * self.refine_triangle_legs
                    common = [c for c in left.keys() & right.keys() if min(left[c], right[c]) >= need]
                    if common:
                        third = self._ids[min(common)][:12]
                        lifted.setdefault(k, []).append(f"both judged the same story as {third}")
        mar_slack = float(getattr(judge, "margin_slack", 0.0) or 0.0)
        if mar_slack > 0:
            # Bitext mining's margin: a pair under its cut joins at it when its score stands clear of
            # each side's other candidates -- the score less the mean of each side's ``margin_k`` best
            # other scores is at least ``margin_min``. A language whose reports the model scores low
            # (German, Arabic: most same-story pairs judged under the cut are of other languages than
            # the gold halves' English) still ranks a same-story pair far above the rest of its stream,
            # while two stories of one topic each have several near candidates. Same-language pairs of
            # ``margin_except`` (English, whose cut BASIL and ECB+ chose) are left out.
            near = ~mine & (raw >= -mar_slack) & (raw < 0)
            except_ = frozenset(getattr(judge, "margin_except", None) or ())
            if except_:
                near &= other | ~np.isin(np.asarray([self._langs[int(a)] or "" for a in ci]), list(except_))
            if near.any():
                gap = _score_margins(ci, cj, scores, len(self._ids), int(getattr(judge, "margin_k", 3) or 3))
                near &= gap >= float(getattr(judge, "margin_min", 0.2))
                for k in np.flatnonzero(near).tolist():
                    lifted.setdefault(k, []).append(f"it stands {gap[k]:.2f} over both sides' other candidates")
        if lifted and getattr(judge, "lift_floor", False) and floor is not None:
            # No lift under the same-language floor: a same-language pair the judge scores under the cut at which
            # it joins no pair in any language pair (settings.refine_full_same_language_floor: the cross-lingual
            # cut) has no yes of the model to stand near, whatever the stream says of it. The floor already keeps
            # such a pair's judge link against the cosine + entity link (_link_matrix); only the margin rule, the
            # widest slack (0.3 under the same-language cut 0.75), reached under it (apart77, issue #11: two Sohag
            # reports of a girl's fall and a road crash 0.50, two announcements of Yemen's southern council 0.46,
            # lifted as each side's clearest candidate in a stream of few reports of their outlet). A headline-only
            # side's pair is held to the cross-lingual cut itself (story_parts_at_cut): read as cross-lingual. (`low`:
            # the same-language pairs under the floor, read above for the overruled links)
            under = low & ~thin
            lifted = {k: rules for k, rules in lifted.items() if not under[k]}
        if lifted:
            margin = raw.copy()
            margin[list(lifted)] = 0.0
            self._lifted = {(int(ci[k]), int(cj[k])): (float(raw[k]), " and as ".join(rules))
                            for k, rules in lifted.items()}
        keep = ~np.isnan(margin)
        return dict(zip(zip(ci[keep].tolist(), cj[keep].tolist()), margin[keep].tolist()))

    def _plain_links(self, ci: np.ndarray, cj: np.ndarray) -> np.ndarray:
        """How far over the refine cut the link :meth:`_link_matrix` gives the same-language pairs (ci[k], cj[k])
        before the judge's is: cosine + ``refine_entity_weight`` x entity cosine + :meth:`_add_text_links` (another
        language's pairs take the judge's)."""
        if not len(ci):
            return np.zeros(0)
        link = np.einsum("ij,ij->i", self._vecs[ci], self._vecs[cj], dtype=np.float64)
        if self.refine_entity_weight:
            pos = np.unique(np.concatenate([ci, cj]))
            at = np.searchsorted(pos, ci), np.searchsorted(pos, cj)
            m = self._entity_matrix(pos.tolist())
            link += self.refine_entity_weight * np.asarray(m[at[0]].multiply(m[at[1]]).sum(axis=1)).ravel()
        self._add_text_links(ci, cj, link)
        return link - self._refine_cut()

    def _add_text_links(self, rows: np.ndarray, cols: np.ndarray, links: np.ndarray) -> None:
        """Add to ``links`` (float64, one per pair (rows[k], cols[k]), in place) the terms the texts give a link:
        the lexical term (its stand-in across languages), then the judge's e5 lead term of same-language pairs
        (:meth:`_lead_link`), each when refine set it up."""
        if self._lex is not None:
            lex = self.refine_lexical_weight * np.asarray(self._lex[rows].multiply(self._lex[cols]).sum(axis=1)).ravel()
            links += np.where(self._other_language(rows, cols), self._lexical_stand_in(), lex)
        if self._lead is not None:
            links += self._lead_link(rows, cols)

    def _same_language_cuts(self, judge: Any, ci: np.ndarray) -> np.ndarray:
        """The judge's same-language cut of each pair (its first article's language): the judge's
        ``same_language_cuts`` (language -> cut) where it names the language, else ``same_language_cut``
        (NaN, not judged, when that is None)."""
        default = getattr(judge, "same_language_cut", None)
        cut = np.full(len(ci), np.nan if default is None else float(default))
        for lang, c in (getattr(judge, "same_language_cuts", None) or {}).items():
            cut[np.asarray([self._langs[int(i)] == lang for i in ci], dtype=bool)] = float(c)
        return cut

    def _refined_groups(self, max_component: int) -> tuple[list[list[str]], int]:
        n = len(self._ids)
        parent = list(range(n))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(i: int, j: int) -> None:
            a, b = find(i), find(j)
            if a != b:
                parent[max(a, b)] = min(a, b)

        if self._links is not None:
            # Cross-lingual candidates (each article's nearest neighbours by USE and e5) are kept
            # when their link probability reaches the link cut; same-language pairs as below.
            ctx, model, link_cut = self._links
            ci, cj = ctx.candidates()
            other = self._other_language(ci, cj)
            ci, cj = ci[other], cj[other]
            strong = model.proba(ctx.pairs(ci, cj)) >= link_cut
            self._note_pairs(ci, cj)
            judged = self._judged or {}
            for i, j in zip(ci[strong], cj[strong]):
                if (int(i), int(j)) not in judged:  # the judge's verdict stands where it gave one
                    union(int(i), int(j))
        for (i, j), margin in (self._judged or {}).items():
            if margin >= 0:
                union(i, j)
        if self._judged:
            self._note_pairs(*(np.asarray(x) for x in zip(*self._judged)))
        # Candidates: each article's ANN neighbours (pairs scoring at least the threshold
        # on cosine alone, or nearly, are among them) and its current story-mates.
        k = min(int(self.n_neighbors), n)
        self._index_all()
        labels, dists = self._index.knn_query(self._vecs[:n], k=k, num_threads=1)
        rows = np.repeat(np.arange(n), k)
        cols = labels.reshape(-1).astype(np.int64)
        links = (1.0 - dists.reshape(-1)).astype(np.float64)
        if self.refine_entity_weight:
            ents = self._entity_matrix(range(n))
            links += self.refine_entity_weight * np.asarray(ents[rows].multiply(ents[cols]).sum(axis=1)).ravel()
        self._add_text_links(rows, cols, links)
        cut = self._refine_cut()
        keep = links >= cut
        self._note_pairs(rows, cols)
        if self._links is not None:
            keep &= ~self._other_language(rows, cols)  # judged by the link model (or the judge) above
        for i, j in zip(rows[keep], cols[keep]):
            union(int(i), int(j))
        return self._components(union, find, max_component)

    def _components(self, union: Any, find: Any, max_component: int) -> tuple[list[list[str]], int]:
        """Add story-mates and must-links to the candidate graph; average-link each component."""
        n = len(self._ids)
        for story in self.stories_.values():
            first = self._pos[story.members[0]]
            for m in story.members[1:]:
                union(first, self._pos[m])
        for aid in self._ids:
            for p in self._constraints.partners(aid):
                if p in self._pos:
                    union(self._pos[aid], self._pos[p])
        comps: dict[int, list[int]] = {}
        for i in range(n):
            comps.setdefault(find(i), []).append(i)
        out: list[list[str]] = []
        skipped = 0
        forced = self._forced_articles()
        for comp in comps.values():
            if len(comp) > max_component:
                skipped += len(comp)
                out.extend(self._current_groups(comp))
            else:
                out.extend(self._group_component(comp, forced))
        return out, skipped

    def _forced_articles(self) -> set[str]:
        """Articles the user moved (``move``) into a story, still tied there (their last correction).

        A move ties the article to the target story's first article; it says where the article
        belongs, not that it resembles the story's other articles (a wrong move forces an
        unrelated report in), so the refine groups the story without it and puts it back after.
        """
        forced: set[str] = set()
        for record in self.corrections_:
            if record["op"] == "move":
                forced.add(record["article"])
            elif record["op"] == "split":
                forced.difference_update(record["articles"])
        return {a for a in forced if self._constraints.partners(a)}

    def _group_component(self, comp: Sequence[int], forced: set[str]) -> list[list[str]]:
        """Group one candidate component; moved articles are no evidence for the others' membership.

        The component is grouped without the articles the user moved in (whose partners are
        in it and not moved themselves); each then joins the group of its must-link partner.
        A group that then holds a cannot-link pair keeps its online stories, as in the grouping.
        """
        ids = {self._ids[i] for i in comp}
        held = {a for a in forced & ids if self._constraints.partners(a) & (ids - forced)}
        core = [i for i in comp if self._ids[i] not in held]
        grouped = self._correlation(core) if self.refine_grouping == "correlation" else self._average_link(core)
        grouped = self._singleton_rejoin(self._blind_rejoin(grouped), core)
        where = {a: k for k, g in enumerate(grouped) for a in g}
        touched: set[int] = set()
        for a in sorted(held, key=lambda m: self._pos[m]):
            k = next(where[p] for p in sorted(self._constraints.partners(a), key=lambda m: self._pos[m])
                     if p in where)
            grouped[k].append(a)
            touched.add(k)
        out: list[list[str]] = []
        for k, members in enumerate(grouped):
            bad = k in touched and any(p in members for a in members for p in self._constraints.banned(a))
            out.extend(self._current_groups([self._pos[a] for a in members]) if bad else [members])
        return out

    def _blind_rejoin(self, grouped: list[list[str]]) -> list[list[str]]:
        """The online join's rule read group by group for the languages the sentence encoder does not read (issue #11,
        stop 46, N3): a group of the component that the grouping split off from a group holding one of its articles'
        story-mates of before joins that group back when the online join would put each of its articles there
        (:meth:`_score` against the group as a story: the cosine counted as ``blind_sim``, the entity cosine of the keys
        in common against the group's pooled keys, the small-count, bare-year, date and place rules) -- at or above
        ``threshold`` -- and each of its articles is such a pair with the group (its language, or all of the group's,
        unread: :meth:`_blind_language`). Greedy, the group whose weakest such score is highest first.

        Why: the grouping averages pair links, and a pair's link (the cosine counted as ``blind_sim`` and the two
        texts' entity cosine, :meth:`_blind_links`) reads only the keys the two texts share, where the online join
        read the keys of the whole story: on trial59's stream the Hebrew report of the Crete quake joined its
        el/en story online at 1.00 (shared #81, #10, #14, #30, #4.2, #23), and its pair links (0.87 and 0.94 against
        the cut 0.95) left it alone in the refine, and the Greek one with it (7 -> 9 stories; the cosines read at face
        value: 7 -> 8). A pair rule cannot carry what only the group says; this rule restores the online join's
        decision, and joins nothing the stories before the refine held apart (the story-mate: a group of before)."""
        if len(grouped) < 2 or not self._blind_rows([self._pos[a] for g in grouped for a in g]).any():
            return grouped  # no article in a language the encoder does not read (blind_sim None: none is)
        groups = [list(g) for g in grouped]
        while True:
            best: tuple[float, int, int, list[dict[str, Any]]] | None = None
            for k, moving in enumerate(groups):
                mates = {m for a in moving for m in self.stories_[self.article_story_[a]].members} - set(moving)
                if not mates:
                    continue
                for h, target in enumerate(groups):
                    if h == k or not mates.intersection(target):
                        continue
                    cands = [c for a in moving if (c := self._group_score(a, target)) is not None]
                    if len(cands) < len(moving):
                        continue
                    low = min(float(c["score"]) for c in cands)
                    if low >= self.threshold and (best is None or low > best[0]):
                        best = (low, k, h, cands)
            if best is None:
                return [g for g in groups if g]
            low, k, h, cands = best
            if self._why is not None:
                for a, c in zip(groups[k], cands):
                    shared = ", ".join(c["shared"][:6])
                    self._why[a] = (f"joined {groups[h][0][:12]}'s group by the online join's rule for {c['blind']},"
                                    f" which the sentence encoder does not read (score {c['score']:.2f} >="
                                    f" {self.threshold:.2f} against the group's keys; shared: {shared}): the pair"
                                    " links' average left it out")
            groups[h].extend(groups[k])
            groups[k] = []

    def _singleton_rejoin(self, grouped: list[list[str]], comp: Sequence[int]) -> list[list[str]]:
        """An article the grouping left alone, whose story before the refine had other members, joins the group of
        two or more holding some of them when the refine's own links say it belongs there: its link to the group's
        medoid (the member whose links to the others sum highest) is at or above the refine cut, the join floor the
        grouping reads, and highest among such groups (:meth:`_rejoin_target`). Never by the story of before alone
        (rejoin75): a digest or roundup, whose words are many stories', links no group's medoid at the cut. A rule's
        split stays: a correction (cannot-link), a rule holding it apart from a member of that group
        (:meth:`_held_apart`), the online join's place rule against the group (:meth:`_group_places_apart`), a
        language the sentence encoder does not read on either side (:meth:`_blind_rejoin`'s decision)
        (``settings.refine_singleton_rejoin``).

        Why (cluster74, issue #11): the average link drops a report whose links to most of its story's articles fall
        short of the cut though it stands by the story's core -- a follow-up, an obituary worded apart -- that the
        online join, reading the story's pooled keys, had put with its story. Decided against the grouping's groups
        as they are (no article joins one that moved itself, none is lost: rejoin74's loop dropped one of a chain
        of three singletons)."""
        from ..settings import DEFAULT

        if not DEFAULT.refine_singleton_rejoin or len(grouped) < 2:
            return grouped
        where = {a: k for k, g in enumerate(grouped) for a in g}
        moves: dict[int, list[str]] = {}
        links: np.ndarray | None = None
        medoids: dict[int, str] = {}  # group -> its medoid, once per group (a big group, many singletons)
        row = {p: r for r, p in enumerate(comp)}
        for alone in grouped:
            a = alone[0]
            if len(alone) != 1:
                continue
            story = self.stories_[self.article_story_[a]].members
            cands = sorted({where[m] for m in story if m != a and m in where and len(grouped[where[m]]) > 1})
            if not cands:
                continue
            if links is None:
                links = self._grouping_links(comp)
            h = self._rejoin_target(a, cands, grouped, row, links, medoids, moves)
            if h is not None:
                moves.setdefault(h, []).append(a)
        if not moves:
            return grouped
        moved = {a for g in moves.values() for a in g}
        return [[*g, *moves.get(k, [])] for k, g in enumerate(grouped) if not (len(g) == 1 and g[0] in moved)]

    def _grouping_links(self, comp: Sequence[int]) -> np.ndarray:
        """The link matrix (rows of ``comp``) the grouping just read, corrections set in (:meth:`_average_link`
        keeps it); else :meth:`_link_matrix` again, a cannot-link pair far below the cut."""
        kept = self._kept_links
        if kept is not None and kept[0] == tuple(comp):
            return kept[1]
        sims = self._link_matrix(comp)
        for r, q in self._banned_rows([self._ids[p] for p in comp]):
            sims[r, q] = sims[q, r] = -np.inf
        return sims

    def _banned_rows(self, ids: Sequence[str]) -> set[tuple[int, int]]:
        """The pairs of rows (r < q) of ``ids`` a user's correction holds apart (cannot-link), for the groupings'
        link matrices."""
        row = {a: r for r, a in enumerate(ids)}
        return {(min(r, row[b]), max(r, row[b])) for r, a in enumerate(ids)
                for b in self._constraints.banned(a) if b in row}

    def _rejoin_target(self, a: str, cands: Sequence[int], grouped: list[list[str]], row: dict[int, int],
                       links: np.ndarray, medoids: dict[int, str], joining: dict[int, list[str]]) -> int | None:
        """The group (index into ``grouped``) of ``cands`` that article ``a`` rejoins, or None: the one whose medoid
        it links highest, at or above the refine cut, no rule holding it apart (:meth:`_singleton_rejoin`). The move
        reason says which, or the rule that held it out. ``row``: a stored position's row of ``links``; ``medoids``:
        each group's medoid, filled here once per group; ``joining``: the articles already rejoining each group in
        this pass, whose rules count as its members' (tester rejoin76: two singletons the events rule held apart
        from each other both passed one medoid and ended in one group)."""
        from ..text import use_covers

        p = self._pos[a]
        cut = self._refine_cut()
        best: tuple[float, int, str] | None = None
        for h in cands:
            if h not in medoids:
                rows = [row[self._pos[m]] for m in grouped[h]]
                sub = links[np.ix_(rows, rows)]
                medoids[h] = grouped[h][int(np.argmax(sub.sum(axis=1) - np.diag(sub)))]
            medoid = medoids[h]
            score = float(links[row[p], row[self._pos[medoid]]])
            if score >= cut and (best is None or score > best[0]):
                best = (score, h, medoid)
        if best is None:
            return None
        score, h, medoid = best
        if not use_covers(self._langs[p]) or not any(use_covers(self._langs[self._pos[m]]) for m in grouped[h]):
            return None  # the blind-language rule's pair: _blind_rejoin's decision
        members = [*grouped[h], *joining.get(h, ())]
        rule = next((r for m in members if (r := self._held_apart(p, self._pos[m])) is not None), None)
        if rule is None and self._group_places_apart(p, [self._pos[m] for m in members]):
            rule = "the place rule (the group's places and its name two countries)"
        if rule is not None:
            if self._why is not None:
                self._why[a] = f"alone: held apart from {grouped[h][0][:12]}'s group by {rule}"
            return None
        if self._why is not None:
            self._why[a] = (f"kept with {grouped[h][0][:12]}'s group, its story of before: its link to the group's"
                            f" medoid {medoid[:12]} is {score:.2f} >= the cut {cut:.2f}, and no rule holds it apart")
        return h

    def _group_places_apart(self, p: int, rows: Sequence[int]) -> bool:
        """Whether the online join's place rule holds stored article ``p`` out of the group at ``rows`` read as a
        story: against a group with no member in its language (``place_veto_languages`` "cross"; "all": any),
        with ``crosslingual_place_veto``, their places name two countries and none in common
        (:meth:`_places_apart`). Why (rejoin74): the online join had put a French Conakry report in a Bissau story
        (stream/test_place_conflict); the refine left it alone, and alone it is no chain, but the rule the online
        join reads for an article against a story holds it out of that story's refined group."""
        if not self.crosslingual_place_veto:
            return False
        if self.place_veto_languages != "all" and any(self._langs[q] == self._langs[p] for q in rows):
            return False
        comp = [p, *rows]
        side = np.zeros(len(comp), dtype=bool)
        side[0] = True
        return self._places_apart(comp, side, ~side)

    def _held_apart(self, p: int, q: int) -> str | None:
        """The rule that holds stored articles ``p`` and ``q`` apart in this refine, or None (the rule the refine's
        links read for the pair: a user's correction, a veto of the judged refine, the judge's score below its
        same-language floor, the events or place rule the link matrix applied, more than ``max_gap_days`` apart)."""
        i, j = min(p, q), max(p, q)
        if self._ids[q] in self._constraints.banned(self._ids[p]):
            return "a correction (split)"
        if (i, j) in self._vetoed:
            return "the judged refine's veto (places, events or the pair verdict's rules)"
        if (i, j) in self._overruled:
            return "the judge's score, below its same-language floor"
        if self._held is not None and (i, j) in self._held:
            return self._held[(i, j)]
        di, dj = self._dates[i], self._dates[j]
        if self.use_dates and di is not None and dj is not None and abs((di - dj).days) > self.max_gap_days:
            return f"the date rule (more than {self.max_gap_days} days apart)"
        return None

    def _group_score(self, article: str, members: Sequence[str]) -> dict[str, Any] | None:
        """The online join's score (:meth:`_score`) of a stored article against ``members`` read as one story, when
        the pair is one the sentence encoder does not read (:meth:`_blind_language`); None otherwise, and when a
        correction or a veto of the refine (judged pairs held apart, places of two countries) keeps them apart."""
        from ..text import use_covers

        p = self._pos[article]
        rows = [self._pos[m] for m in members]
        if use_covers(self._langs[p]) and any(use_covers(self._langs[q]) for q in rows if self._langs[q]):
            return None  # a pair the encoder reads (below, _blind_language says the same of the story built)
        if any(b in members for b in self._constraints.banned(article)) or \
                any((min(p, q), max(p, q)) in self._vetoed for q in rows):
            return None
        story = StoryState("", list(members), self._vecs[rows].sum(axis=0), None, None,
                           Counter(k for q in rows for k in self._ents[q]), min(rows),
                           Counter(self._langs[q] for q in rows if self._langs[q]))
        dates = [d for q in rows if (d := self._dates[q]) is not None]
        if dates:
            story.first_date, story.last_date = min(dates), max(dates)
        if self._blind_language(self._langs[p], story) is None:
            return None
        vec = self._vecs[p]
        art = ArticleFeatures(article, vec, self._ents[p], self._dates[p], self._langs[p])
        self._art_places = None
        cand = self._score(art, vec, {e: self._idf(e) for e in art.entities}, story,
                           float(np.max(self._vecs[rows] @ vec)))
        self._art_places = None
        if cand is None or cand["places"] is not None:
            return None
        return cand

    def _note_pairs(self, i: np.ndarray, j: np.ndarray) -> None:
        """Remember candidate pairs (the pairs someone scored) for the correlation grouping."""
        if self.refine_grouping != "correlation":
            return
        if self._pair_adj is None:
            self._pair_adj = {}
        for a, b in zip(np.asarray(i).tolist(), np.asarray(j).tolist()):
            if a != b:
                self._pair_adj.setdefault(a, set()).add(b)
                self._pair_adj.setdefault(b, set()).add(a)

    def _correlation(self, comp: Sequence[int]) -> list[list[str]]:
        """Greedy correlation clustering of one candidate component, constraints kept.

        Each candidate pair (someone's nearest neighbour, or judged) weighs its link minus the
        refine cut (the same link :meth:`_average_link` averages: judge verdicts, link model,
        cosine + entity, dates); a pair no one scored weighs ``-_unknown_weight`` (0: no
        evidence either way, where average link read the cosine of two articles nobody
        thought alike as evidence against). The two groups with the largest positive total
        weight between them merge, until no total is positive. Must-link pairs start together;
        a cannot-link pair weighs far below anything else.
        """
        import heapq

        if len(comp) == 1:
            return [[self._ids[comp[0]]]]
        ids = [self._ids[i] for i in comp]
        local = {int(p): r for r, p in enumerate(comp)}
        sims = self._link_matrix(comp) - self._refine_cut()
        huge = -10.0 * len(comp) * (float(np.abs(sims).max()) + 1.0)
        row_of = {a: r for r, a in enumerate(ids)}
        banned = self._banned_rows(ids)
        # groups: must-link partners start together
        group = list(range(len(ids)))
        members: dict[int, list[int]] = {r: [r] for r in range(len(ids))}
        for r, a in enumerate(ids):
            for p in self._constraints.partners(a):
                g, h = group[r], group[row_of.get(p, r)]
                if g != h:
                    g, h = min(g, h), max(g, h)
                    for m in members.pop(h):
                        group[m] = g
                        members[g].append(m)
        total: dict[int, dict[int, float]] = {g: {} for g in members}
        count: dict[int, dict[int, int]] = {g: {} for g in members}
        for pos_p, r in local.items():
            for q in self._pair_adj.get(pos_p, ()) if self._pair_adj else ():
                s = local.get(q)
                if s is None or s <= r:
                    continue
                g, h = group[r], group[s]
                if g == h:
                    continue
                w = huge if (r, s) in banned else float(sims[r, s])
                total[g][h] = total[g].get(h, 0.0) + w
                total[h][g] = total[g][h]
                count[g][h] = count[g].get(h, 0) + 1
                count[h][g] = count[g][h]
        for r, s in banned:  # a cannot-link pair nobody scored still counts
            g, h = group[r], group[s]
            if g != h and h not in total[g]:
                total[g][h] = total[h][g] = huge
                count[g][h] = count[h][g] = 1
        lam = float(self._unknown_weight)

        def gain(g: int, h: int) -> float:
            return total[g][h] - lam * (len(members[g]) * len(members[h]) - count[g][h])

        version = {g: 0 for g in members}
        heap = [(-gain(g, h), g, h, 0, 0) for g in total for h in total[g] if g < h]
        heapq.heapify(heap)
        while heap:
            neg, g, h, vg, vh = heapq.heappop(heap)
            if g not in members or h not in members or version[g] != vg or version[h] != vh:
                continue
            if -neg <= 0:
                break
            members[g].extend(members.pop(h))
            for m in members[g]:
                group[m] = g
            for c, w in total.pop(h).items():
                k = count[h][c]
                del total[c][h], count[c][h]
                if c == g:
                    continue
                total[g][c] = total[c][g] = total[g].get(c, 0.0) + w
                count[g][c] = count[c][g] = count[g].get(c, 0) + k
            del count[h]
            total[g].pop(h, None)
            count[g].pop(h, None)
            version[g] += 1
            for c in total[g]:
                lo, hi = min(g, c), max(g, c)
                heapq.heappush(heap, (-gain(lo, hi), lo, hi, version[lo], version[hi]))
        out = []
        for rows in members.values():
            group_ids = [ids[r] for r in rows]
            bad = any(p in group_ids for a in group_ids for p in self._constraints.banned(a))
            out.extend(self._current_groups([self._pos[a] for a in group_ids]) if bad else [group_ids])
        return out

    def _other_language(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """True where both articles have a known language and the two differ (broadcasts a against b)."""
        if self._lang_codes is None or len(self._lang_codes) != len(self._langs):
            codes = {lang: k for k, lang in enumerate(sorted({x for x in self._langs if x}), start=1)}
            self._lang_codes = np.asarray([codes.get(x, 0) if x else 0 for x in self._langs], dtype=np.int64)
        la, lb = self._lang_codes[a], self._lang_codes[b]
        return (la != lb) & (la > 0) & (lb > 0)

    def _lead_link(self, a: np.ndarray, b: np.ndarray, cos: np.ndarray | None = None) -> np.ndarray:
        """The judge's e5 lead term of same-language pairs (a[k], b[k], or broadcast with their cosines
        ``cos`` given): weight x (cosine - center), 0 across languages. Related events of one topic
        share names and a USE lead vector (a shutdown's three turns, two firings of one affair);
        their openings, which the e5 lead vector reads, say which turn an article reports."""
        assert self._lead is not None
        e5, weight, center = self._lead
        if cos is None:  # in blocks: every article's k neighbours of a large stream are millions of rows
            cos = np.concatenate([np.einsum("ij,ij->i", e5[a[s:s + 65536]], e5[b[s:s + 65536]], dtype=np.float64)
                                  for s in range(0, len(a), 65536)]) if len(a) else np.zeros(0)
        return np.where(self._other_language(a, b), 0.0, weight * (cos - center))

    def _lexical_stand_in(self) -> float:
        # Words are not shared across languages: a cross-lingual pair is judged on vectors
        # and names against the plain refine_threshold, exactly as without texts.
        return self.refine_lexical_threshold - self.refine_threshold

    def _refine_cut(self) -> float:
        return self.refine_lexical_threshold if self._lex is not None else self.refine_threshold

    def _entity_matrix(self, positions: Iterable[int]) -> Any:
        """Sparse rows of idf-weighted entity keys (L2-normalised), one per stored article position."""
        from scipy.sparse import csr_matrix

        positions = list(positions)
        col: dict[str, int] = {}
        data, indices, indptr = [], [], [0]
        for i in positions:
            for e in self._ents[i]:
                if e[:1] == CITY_MARK:
                    # a city read in another script: the online join's evidence across scripts only (its
                    # lone-city rule), no link of its own here (keys40: "@sohag" alone linked two Arabic dev
                    # texts of two events in the gate's refine)
                    continue
                indices.append(col.setdefault(e, len(col)))
                data.append(self._idf(e))
            indptr.append(len(indices))
        m = csr_matrix((np.asarray(data, dtype=np.float64), indices, indptr), shape=(len(positions), max(len(col), 1)))
        norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return csr_matrix(m.multiply(1.0 / norms[:, None]))

    def _current_groups(self, comp: Sequence[int]) -> list[list[str]]:
        groups: dict[str, list[str]] = {}
        for i in comp:
            groups.setdefault(self.article_story_[self._ids[i]], []).append(self._ids[i])
        return list(groups.values())

    def _average_link(self, comp: Sequence[int]) -> list[list[str]]:
        """Average-linkage clusters of one candidate component, cut at the refine cut, constraints kept."""
        if len(comp) == 1:
            return [[self._ids[comp[0]]]]
        from scipy.cluster.hierarchy import fcluster, linkage
        from scipy.spatial.distance import squareform

        ids = [self._ids[i] for i in comp]
        sims = self._link_matrix(comp)
        # Corrections: must-link pairs at the top of the scale, cannot-link far below it
        # (an average including one such pair never reaches the threshold).
        local = {a: r for r, a in enumerate(ids)}
        top = float(sims.max()) + 1.0
        for a, r in local.items():
            for p in self._constraints.partners(a):
                if p in local:
                    sims[r, local[p]] = sims[local[p], r] = top
        for r, q in self._banned_rows(ids):
            sims[r, q] = sims[q, r] = -10.0 * len(comp) * top
        self._kept_links = (tuple(comp), sims)
        dist = top - sims
        np.fill_diagonal(dist, 0.0)
        tree = linkage(squareform(np.clip(dist, 0.0, None), checks=False), method="average")
        labels = fcluster(tree, top - self._refine_cut(), criterion="distance")
        if self.crosslingual_place_veto and self.refine_place_split and len(comp) >= 4:
            labels = self._split_places(comp, tree, labels, ids, top - self._refine_cut())
        bridged: dict[int, str] = {}
        if (self._join_slack or self._mutual_join_slack or self._join_votes or self._judged_link_slack is not None) \
                and self._judged is not None:
            labels = self._join_judged(comp, sims, labels, bridged)
        self._note_why(comp, sims, labels, bridged)
        groups: dict[int, list[str]] = {}
        for a, lab in zip(ids, labels):
            groups.setdefault(int(lab), []).append(a)
        out = []
        for members in groups.values():
            banned = any(p in members for a in members for p in self._constraints.banned(a))
            # never break a correction: a group the constraints cannot hold keeps its online stories
            out.extend(self._current_groups([self._pos[a] for a in members]) if banned else [members])
        return out

    def _split_places(self, comp: Sequence[int], tree: np.ndarray, labels: np.ndarray, ids: Sequence[str],
                      limit: float) -> np.ndarray:
        """Undo an average-link merge of two groups of two or more articles each, in two or more languages, whose
        places name two countries and none in common (:meth:`_places_apart`): each group's members agree on
        their country and the other's on another. The tree is cut just below such a merge (its two sides, each
        cut the same way in turn). Why (trial54 F10): Spain's housing plan (es/pt) and Japan's stimulus
        (ja/zh), one kind of story, joined at an average link of 1.01 (cut 0.95) through the judge's weak
        cross-lingual yeses and the triangle rule's lifts, while each pair of reports placed itself in its own
        country; the online join refuses such a place conflict, article by article. A group of one is left to
        the other rules (a misread key of one article, "GB, IR" vs "US", held same-story dev pairs apart when the
        rule read single articles: settings.refine_place_regroup). Must-link corrections are never cut."""
        n = len(comp)
        kids = {n + k: (int(x), int(y)) for k, (x, y, _, _) in enumerate(tree)}
        height = {n + k: float(h) for k, (_, _, h, _) in enumerate(tree)}
        local = set(ids)

        def leaves(node: int) -> list[int]:
            out, todo = [], [node]
            while todo:
                x = todo.pop()
                if x < n:
                    out.append(x)
                else:
                    todo.extend(kids[x])
            return out

        def apart(xs: list[int], ys: list[int]) -> bool:
            if len(xs) < 2 or len(ys) < 2 or len({self._langs[comp[r]] for r in xs + ys}) < 2:
                return False
            ys_ids = {ids[y] for y in ys}
            if any(p in ys_ids for x in xs for p in self._constraints.partners(ids[x]) if p in local):
                return False
            a, b = np.zeros(n, dtype=bool), np.zeros(n, dtype=bool)
            a[xs], b[ys] = True, True
            return self._places_apart(comp, a, b)

        out = np.asarray(labels).copy()
        fresh = int(out.max()) + 1
        # the merges inside a flat cluster: the nodes under each cluster's root, its own label's members
        stack = [2 * n - 2] if n > 1 else []
        while stack:
            node = stack.pop()
            if node < n:
                continue
            x, y = kids[node]
            stack.extend((x, y))
            if height[node] > limit:  # a merge above the cut: not in one flat cluster
                continue
            xs, ys = leaves(x), leaves(y)
            if len({int(out[r]) for r in xs + ys}) == 1 and apart(xs, ys):
                out[ys] = fresh
                fresh += 1
        return out

    def _join_judged(self, comp: Sequence[int], sims: np.ndarray, labels: np.ndarray,
                     bridged: dict[int, str] | None = None) -> np.ndarray:
        """Two average-link groups that a judged pair at or above its cut (across languages, unless
        ``_join_same_language`` or ``_join_except``: :meth:`_bridges`) connects merge when their
        average link falls at most ``_join_slack`` below the refine cut (the judge said yes to one
        pair; the other links between the groups did not quite hold). Greedy, best average first.
        With ``crosslingual_place_veto`` a bridge across languages whose two groups' places name two
        countries (:func:`~storylens.cluster._places.place_conflict`) does not merge them: the yes of a
        pair near its cut is not enough against places (final31 #3: a Tabasco flood bridged into a New
        Mexico flood story at 0.51, cut 0.475). With ``_judged_link_slack`` (not None), when no bridge or vote
        merges, two groups whose judged pairs average at most that far under their cut merge (:meth:`_judged_link`).
        ``bridged`` (filled): local row -> why its group merged."""
        cut = self._refine_cut()
        local = {int(p): r for r, p in enumerate(comp)}
        labels = np.asarray(labels).copy()
        # (row, row, margin, how far under the cut the two groups' average link may fall): a pair each other's
        # best match bridges within the mutual slack, in any language (_mutual_join_slack)
        bridges = []
        for i, r in local.items():
            for j, m in self._judged_by(i):
                if j not in local or m < 0:
                    continue
                slack = max(float(self._join_slack) if self._bridges(i, j) else -1.0,
                            self._mutual_join_slack if (i, j) in self._mutual else -1.0)
                if slack >= 0:
                    bridges.append((r, local[j], m, slack))
        # every judged pair of the component (margin; vetoed pairs at -1 say no) for the group vote
        judged = [(local[i], local[j], m) for i in local for j, m in self._judged_by(i) if j in local] \
            if self._join_votes or self._judged_link_slack is not None else []
        # the judged average link reads the model's own margins (a lifted pair at its own score) and holds apart two
        # groups a pair of which the verdict's rules hold apart
        own_link = [(r, q, (self._lifted or {}).get((min(comp[r], comp[q]), max(comp[r], comp[q])), (m,))[0],
                     (min(comp[r], comp[q]), max(comp[r], comp[q])) in self._vetoed,
                     self._langs[comp[r]] == self._langs[comp[q]] and self._langs[comp[r]] in self._judged_link_except)
                    for r, q, m in judged] if self._judged_link_slack is not None else []
        if self._join_vote_members > 1 and self._lifted:
            # the story's reports by the model's own yes: a pair the slack rules lifted to its cut is a doubt near
            # it, not a vote (xstream57: the Iran crisis's 17 'no war' reports and the Baghdad embassy siege's 14,
            # 19 of their 86 judged pairs over the cut, passed the share with the lifted ones)
            lifted = self._lifted
            judged = [(r, q, lifted.get((min(comp[r], comp[q]), max(comp[r], comp[q])), (m,))[0]) for r, q, m in judged]
        refused: set[tuple[int, int]] = set()
        votes: dict[tuple[int, int], list[int]] = {}
        while True:
            best, pair, via = -np.inf, None, None
            for r, q, m, slack in bridges:
                if labels[r] == labels[q] or (int(labels[r]), int(labels[q])) in refused:
                    continue
                a, b = labels == labels[r], labels == labels[q]
                avg = float(sims[np.ix_(a, b)].mean())
                if avg >= cut - slack and avg >= best:
                    best, pair, via = avg, (labels[r], labels[q]), (r, q, m, slack)
            if judged and self._join_votes:
                # A group vote: two groups between which at least _join_votes judged pairs say yes, and at least
                # _join_vote_share of the judged pairs between them, are one story's reports whatever the average
                # of their other links (in a crowded topic most of those pairs are nobody's candidates).
                votes = {}
                # the members of each side that say yes to the other group: a vote of the story's reports needs
                # _join_vote_members of them on each side, not one report matching many (_join_vote_members)
                voters: dict[tuple[int, int], tuple[set[int], set[int]]] = {}
                # each member's yes partners in the other group: a group too small for the members asked (below)
                partners: dict[tuple[tuple[int, int], int], set[int]] = {}
                for r, q, m in judged:
                    if labels[r] != labels[q]:
                        key = (min(int(labels[r]), int(labels[q])), max(int(labels[r]), int(labels[q])))
                        tally = votes.setdefault(key, [0, 0, r, q])
                        tally[0] += m >= 0
                        tally[1] += 1
                        if m >= 0:
                            low, high = voters.setdefault(key, (set(), set()))
                            (low if int(labels[r]) == key[0] else high).add(r)
                            (high if int(labels[r]) == key[0] else low).add(q)
                            partners.setdefault((key, r), set()).add(q)
                            partners.setdefault((key, q), set()).add(r)
                for (ga, gb), (yes, n, r, q) in sorted(votes.items()):
                    if yes < self._join_votes or yes < self._join_vote_share * n or (ga, gb) in refused:
                        continue
                    if self._join_vote_members > 1 and min(len(x) for x in voters[(ga, gb)]) < self._join_vote_members \
                            and not self._small_group_votes(labels, (ga, gb), voters[(ga, gb)], partners):
                        continue
                    avg = float(sims[np.ix_(labels == ga, labels == gb)].mean())
                    if pair is None or avg > best:
                        best, pair, via = avg, (ga, gb), (r, q, float("nan"), float("inf"))
            if pair is None and own_link:
                pair, via, best = self._judged_link(labels, own_link, refused)
            if pair is None:
                return labels
            if self.crosslingual_place_veto and self._places_apart(comp, labels == pair[0], labels == pair[1]):
                refused.add((int(pair[0]), int(pair[1])))
                refused.add((int(pair[1]), int(pair[0])))
                continue
            if bridged is not None and via is not None:
                r, q, m, slack = via
                i, j = min(comp[r], comp[q]), max(comp[r], comp[q])
                other = self._ids[comp[q if labels[r] == pair[1] else r]][:12]
                if isinstance(m, str):
                    note = f"its group and {other}'s were joined by the judged average link: {m}"
                elif np.isnan(m):
                    yes, n = votes[(min(int(pair[0]), int(pair[1])), max(int(pair[0]), int(pair[1])))][:2]
                    note = (f"its group and {other}'s were joined by the judge's votes: {yes} of the {n} judged pairs"
                            f" between them the same story (average link {best:.2f}, cut {cut:.2f})")
                else:
                    kind = ("each other's best match" if (i, j) in self._mutual and slack == self._mutual_join_slack
                            else "judged across languages" if self._langs[i] != self._langs[j] else "judged")
                    note = (f"its group and {other}'s were joined by a"
                            f" pair {kind} ({self._ids[comp[r]][:12]} / {self._ids[comp[q]][:12]},"
                            f" {self._judged_text(i, j, m)}) with an average link of {best:.2f}, within"
                            f" {slack:.2f} of the cut {cut:.2f}")
                for x in np.nonzero((labels == pair[0]) | (labels == pair[1]))[0]:
                    bridged.setdefault(int(x), note)
            labels[labels == pair[1]] = pair[0]

    def _small_group_votes(self, labels: np.ndarray, key: tuple[int, int], voters: tuple[set[int], set[int]],
                           partners: Mapping[tuple[tuple[int, int], int], set[int]]) -> bool:
        """Whether a group vote between the groups ``key`` (labels) holds although one of them has fewer members
        than ``_join_vote_members`` (so fewer voters than asked): the other group has that many voters and every
        member of the small group says the model's own yes to at least ``_join_vote_members`` members of the other
        (``partners``: (key, row) -> its yes partners there). ``voters``: each group's members saying yes.

        Why (ecb57, issue #11): three members a side cannot come from a group of one or two, so one report (or a
        pair) of a story that the average link left out never joined it, however many of its judged pairs said
        yes: on ECB+ train a Lohan rehab pair (10 and 11 of the story's 18 reports at or above the cut), a Cumbria
        murder report (6 of 10) and a Brooklyn shooting pair (7 and 5 of 9). Each member's own several yeses keep
        out what the members rule was for (xstream57): a pair of reports of another event bridged by one or two
        yeses of each (stop 42's de/ja quake pair into two Chilean quakes)."""
        need = self._join_vote_members
        small = [k for k, g in enumerate(key) if int(np.count_nonzero(labels == g)) < need]
        if len(small) != 1 or len(voters[1 - small[0]]) < need:
            return False
        rows = np.nonzero(labels == key[small[0]])[0]
        return all(len(partners.get((key, int(x)), ())) >= need for x in rows)

    def _judged_link(self, labels: np.ndarray, own_link: Sequence[tuple[int, int, float, bool, bool]],
                     refused: set[tuple[int, int]]) -> tuple[tuple[int, int] | None, Any, float]:
        """The two groups whose judged pairs average highest on the judge's scale, when that average is at most
        ``_judged_link_slack`` under the cut, they number at least ``_judged_link_pairs``, one of them is the
        model's own yes, none is held apart by the verdict's rules and one at least is not a same-language pair of
        ``_judged_link_except``: ((label, label), (row, row, note, inf), average margin), or (None, None, nan).
        ``own_link``: (row, row, the model's own margin, vetoed, excepted) of each judged pair of the component.

        Why (stream55, issue #11): the average link averages every pair of two groups, most of them nobody's
        candidates (a cosine + entity link well under the cut), so two groups of one story whose judged pairs
        lean yes stay apart: on the dev stream an en/en VoteVets story (4 and 3 reports, judged pairs 0.25, 0.10,
        0.02 over and 0.03, 0.39, 0.47 under the cut) and a zh/zh NFL wild-card preview (6 and 3, most judged
        pairs at the cut). The judged pairs are the judge's own evidence about the two groups; an average of
        them, not their best one, keeps one report matching a crowded topic out. English same-language groups are
        left out as shipped (settings.refine_full_gold_languages): on ECB+ train two instances of one event
        kind (two Paris jewellery heists, two Turkmen elections, two undersea cable cuts) have judged pairs that lean
        yes as well, and the rule took the full judge's B-cubed F1 0.9136 -> 0.9059."""
        tally: dict[tuple[int, int], list[Any]] = {}
        for r, q, m, vetoed, excepted in own_link:
            if labels[r] == labels[q]:
                continue
            key = (min(int(labels[r]), int(labels[q])), max(int(labels[r]), int(labels[q])))
            t = tally.setdefault(key, [0, 0.0, 0, False, r, q, True])
            t[0] += 1
            t[1] += m
            t[2] += m >= 0
            t[3] |= vetoed
            t[6] &= excepted
        slack = float(self._judged_link_slack or 0.0)
        best: tuple[float, tuple[int, int] | None, Any] = (-np.inf, None, None)
        for key, (n, total, yes, vetoed, r, q, excepted) in sorted(tally.items()):
            mean = total / n
            if n < self._judged_link_pairs or not yes or vetoed or excepted or key in refused or mean < -slack:
                continue
            if mean > best[0]:
                note = f"{n} judged pairs between them, {yes} the same story, {mean:+.2f} on average against the cut"
                best = (mean, key, (r, q, note, float("inf")))
        return best[1], best[2], best[0] if best[1] is not None else float("nan")

    def _bridges(self, i: int, j: int) -> bool:
        """Whether a judged-yes pair (stream positions) may bridge two groups: across languages always;
        within one language with ``_join_same_language``, or when ``_join_except`` is set and the
        language is not in it (the languages no gold half holds: ECB+ train, English, rejected
        same-language bridges, one topic's events of one kind; settings.refine_full_join_same_language_other)."""
        if self._join_same_language or self._other_language(np.array([i]), np.array([j]))[0]:
            return True
        lang = self._langs[i]
        return self._join_except is not None and bool(lang) and lang == self._langs[j] and lang not in self._join_except

    def _places_apart(self, comp: Sequence[int], a: np.ndarray, b: np.ndarray) -> bool:
        """Whether two groups of a component (boolean rows) place themselves in two countries and name none in
        common (:func:`~storylens.cluster._places.place_conflict`).

        With a judge that reads where each text places its event (:meth:`_own_places`), a group's strong countries
        are where its reports put the event: a country two members' openings (or datelines) name, or one member
        places its event in, sure (named again in its text, or its dateline's); a place a text only mentions is
        no country of its story. Why (xstream52, dev stream, `--judge full` out of fold: 0.882 / 0.878 / 0.970
        with the keys' reading, 0.896 / 0.902 / 0.970 with no place rule): an English and a Spanish report of
        CNN's count of Trump's golf days name "Turnberry in Scotland" in a photo caption and "Iran's supreme
        leader" in a link to another story; their keys placed them in GB and IR, and the English and Italian
        reports of the same count ("West Palm Beach") were split off as another country's story.
        Without such a judge (the link model's refine): the entity keys' places, as the online join reads them."""
        sides = []
        langs = {self._langs[comp[int(r)]] for r in np.nonzero(a | b)[0]}
        for rows in (np.nonzero(a)[0], np.nonzero(b)[0]):
            members = [comp[int(r)] for r in rows]
            counts = Counter(k for p in members for k in self._ents[p])
            every = group_places(counts, len(rows))[1]
            own = self._own_places(members)
            if own is not None:
                opened = Counter(c for _, opening, _ in own for c in opening)
                strong = frozenset(c for c, k in opened.items() if k >= 2).union(*(mine for mine, _, _ in own))
                sides.append((strong, every.union(*(named for _, _, named in own))))
                continue
            # each group's places: those two of its members name (one member: its own), as the online join
            # reads a story's (:func:`~storylens.cluster._places.group_places`) ...
            strong = group_places(counts, len(rows))[0]
            if len(rows) > 1 and len(langs) > 1:
                # ... and a country every member naming a place places itself in (by any name: "Espanha" in
                # one, Madrid in another) that one of them names outright (trial54 F10: Spain's housing plan,
                # es/pt, and Japan's stimulus, ja/zh, bridged by a weak yes; each pair names its country once, in
                # one language, and a report filed from MADRID names no place of its own: its dateline is the desk's;
                # groups in two or more languages only: one language's stories -- BASIL, ECB+ -- read as before)
                each = [places_of(self._ents[p]) for p in members]
                placed = [e for _, e in each if e]
                if placed:
                    strong = strong | (frozenset.intersection(*placed) & frozenset().union(*(s for s, _ in each)))
            sides.append((strong, every))
        return place_conflict(sides[0], sides[1]) is not None

    def _own_places(self, positions: Sequence[int]) -> list[tuple[frozenset[str], frozenset[str], frozenset[str]]] | None:
        """(own, opening, named) countries of the articles at these stream positions as the refine's judge reads
        them (``own_places``: where a text places its event, sure; what its opening names; every country it
        names), each article read once per refine; None without such a judge."""
        if self._own_reader is None or self._own_read is None:
            return None
        todo = [p for p in dict.fromkeys(int(p) for p in positions) if p not in self._own_read]
        if todo:
            self._own_read.update(zip(todo, self._own_reader(todo)))
        return [self._own_read[int(p)] for p in positions]

    def _judged_text(self, i: int, j: int, margin: float) -> str:
        """How a judged pair (stream positions, i < j) stands against its cut, for the move reasons:
        its margin, or the model's margin under the cut and the rule that lifted it to the cut."""
        lift = (self._lifted or {}).get((int(i), int(j)))
        if lift is None:  # a pair under its cut can sit in a group its average link holds (trial49 F14)
            return f"judged {margin:.2f} over its cut" if margin >= 0 else f"judged {-margin:.2f} under its cut"
        return f"judged {-lift[0]:.2f} under its cut, joined as {lift[1]}"

    def _note_why(self, comp: Sequence[int], sims: np.ndarray, labels: np.ndarray, bridged: Mapping[int, str]) -> None:
        """Say, for each article of a refined group of two or more, what holds it there (read by refine's
        move reasons): its strongest link in the group (a judged pair: its score against its cut; else the
        cosine + names link), its average link to the others against the cut, and a judged bridge."""
        if self._why is None:
            return
        cut = self._refine_cut()
        labels = np.asarray(labels)
        for r, p in enumerate(comp):
            mates = np.nonzero(labels == labels[r])[0]
            mates = mates[mates != r]
            if not len(mates):
                self._why[self._ids[p]] = f"alone: no link to a group reached the cut {cut:.2f} on average"
                continue
            q = int(mates[np.argmax(sims[r, mates])])
            i, j = min(int(p), int(comp[q])), max(int(p), int(comp[q]))
            margin = (self._judged or {}).get((i, j))
            link = self._judged_text(i, j, margin) if margin is not None else f"link {float(sims[r, q]):.2f}"

            why = (f"closest to {self._ids[comp[q]][:12]} ({link}); average link to the group's"
                   f" {len(mates)} other article{'s' if len(mates) != 1 else ''} {float(sims[r, mates].mean()):.2f}"
                   f" (cut {cut:.2f})")
            if r in bridged:
                why += f"; {bridged[r]}"
            self._why[self._ids[p]] = why

    def _link_matrix(self, comp: Sequence[int]) -> np.ndarray:
        """Dense link scores between the articles of one component (what average link averages)."""
        vecs = self._vecs[list(comp)]
        sims = (vecs @ vecs.T).astype(np.float64)
        if self.refine_entity_weight:
            m = self._entity_matrix(comp)
            sims += self.refine_entity_weight * (m @ m.T).toarray()
        if self._lex is not None:
            x = self._lex[list(comp)]
            pos = np.asarray(comp)
            sims += np.where(self._other_language(pos[:, None], pos[None, :]), self._lexical_stand_in(),
                             self.refine_lexical_weight * (x @ x.T).toarray())
        if self._lead is not None:
            pos = np.asarray(comp)
            e5 = self._lead[0][pos].astype(np.float64)
            sims += self._lead_link(pos[:, None], pos[None, :], e5 @ e5.T)
        if self._links is not None:
            # Cross-lingual pairs: the link probability, placed on this scale so that a pair at the
            # link cut sits at the refine cut (LINK_SCALE per unit of probability).
            ctx, model, link_cut = self._links
            pos = np.asarray(comp)
            a, b = np.nonzero(np.triu(self._other_language(pos[:, None], pos[None, :]), 1))
            if len(a):
                p = model.proba(ctx.pairs(pos[a], pos[b]))
                sims[a, b] = sims[b, a] = self._refine_cut() + LINK_SCALE * (p - link_cut)
        blind_a, blind_b, blind_link = self._blind_links(comp)
        if len(blind_a):
            # a side the sentence encoder does not read: the online join's rule on this scale, in place of the
            # cosine, entity, lexical, lead and link model's links (the judge's verdict below still stands). The
            # rule reads only the keys in common, so two pairs of one article with the same keys (one city, one
            # count) tie; the judge's score, where it read the pair, orders them (try46 stream3: the Hebrew
            # Haifa fire and Haifa crash reports both "#40, haifa" with the English fire report, the crash joined it
            # by the articles' order though the judge scored it 0.31 and the fire 0.49).
            if self._blind_scores:
                pos = np.asarray(comp)
                blind_link = blind_link + BLIND_TIE_BREAK * np.array(
                    [self._blind_scores.get((min(x, y), max(x, y)), 0.0)
                     for x, y in zip(pos[blind_a].tolist(), pos[blind_b].tolist())])
            sims[blind_a, blind_b] = sims[blind_b, blind_a] = blind_link
        if self._judged is not None:
            # Judged pairs: the similarity on the same scale (a pair at the judge's cut sits at the
            # refine cut); cross-lingual pairs take it, same-language ones the higher of the two links.
            local = {int(p): r for r, p in enumerate(comp)}
            pairs = [(local[i], local[j], m) for i in local for j, m in self._judged_by(i) if j in local]
            if pairs:
                a, b, margin = (np.asarray(x) for x in zip(*pairs))
                other = self._other_language(np.asarray(comp)[a], np.asarray(comp)[b])
                if self._overruled:
                    at = np.asarray(comp)
                    other |= np.array([(int(at[x]), int(at[y])) in self._overruled for x, y in zip(a, b)], dtype=np.bool_)
                link = self._refine_cut() + LINK_SCALE * margin.astype(np.float64)
                if len(blind_a):
                    # a yes of the judge on a pair the online join's rule links (a side the encoder does not
                    # read) is never weaker than that rule's link, which the pair keeps without a verdict
                    blind = self._blind_rows(comp)
                    other &= ~((blind[a] | blind[b]) & (margin >= 0))
                sims[a, b] = sims[b, a] = np.where(other, link, np.maximum(sims[a, b], link))
            vetoed = [(local[i], local[j]) for i, j in self._vetoed if i in local and j in local]
            if vetoed:
                # so low that no average over a group holding the pair reaches the cut (n^2 > 2 x its pairs)
                a, b = (np.asarray(x) for x in zip(*vetoed))
                sims[a, b] = sims[b, a] = -float(len(comp)) ** 2 * (float(np.abs(sims).max()) + 1.0)
        if self._judged is None and self.events_reader is not None:
            a, b = self._events_conflicts(comp)
            if len(a):
                # the events rule (storylens.similarity.events_apart), which the online join and the judged refine
                # read: as low as a vetoed judged pair (above)
                sims[a, b] = sims[b, a] = -float(len(comp)) ** 2 * (float(np.abs(sims).max()) + 1.0)
                self._note_held(comp, a, b, "the events rule (two events of one kind)")
        if self.crosslingual_place_veto and self.refine_place_regroup:
            a, b = self._place_conflicts(comp)
            if len(a):
                # the online join's place rule, pair by pair: as low as a vetoed judged pair (above)
                sims[a, b] = sims[b, a] = -float(len(comp)) ** 2 * (float(np.abs(sims).max()) + 1.0)
                self._note_held(comp, a, b, "the place rule (two countries)")
        return self._date_penalised(comp, sims)

    def _note_held(self, comp: Sequence[int], a: np.ndarray, b: np.ndarray, rule: str) -> None:
        """Record the pairs (local rows a[k], b[k] of ``comp``) a rule of the link matrix held apart, for
        :meth:`_held_apart` (the singleton rejoin undoes no split a rule made)."""
        if self._held is None:
            return
        for x, y in zip(np.asarray(a).tolist(), np.asarray(b).tolist()):
            p, q = int(comp[x]), int(comp[y])
            self._held[(min(p, q), max(p, q))] = rule

    def _events_conflicts(self, comp: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """(rows, rows) of the pairs of one component whose openings report two events of one kind
        (:func:`storylens.similarity.events_apart`), read through ``events_reader``: the refine without a pair judge
        (``stories --refine --judge links``) holds them apart as the online join and the judged refine do (issue #11
        F1: two Paris robberies four days apart, two Crete quakes, two strikes on Kyiv joined only there). Only the
        openings that date an event with a figure or name an election are compared (most date none)."""
        from ..similarity import events_apart

        assert self.events_reader is not None  # checked by the caller
        ids = [self._ids[p] for p in comp]
        read = self.events_reader(ids)
        dated = [(r, e) for r, a in enumerate(ids) if (e := read.get(a)) is not None and (e.dated_figures or e.election)]
        pairs = [(r, q) for k, (r, e) in enumerate(dated) for q, f in dated[k + 1:] if events_apart(e, f) is not None]
        if not pairs:
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
        a, b = (np.asarray(x, dtype=np.intp) for x in zip(*pairs))
        return a, b

    def _blind_rows(self, positions: Sequence[int]) -> np.ndarray:
        """Which of the stored articles at ``positions`` are in a language the sentence encoder does not read
        (:func:`storylens.text.use_covers`; none while ``blind_sim`` is None)."""
        if self.blind_sim is None:
            return np.zeros(len(positions), dtype=bool)
        from ..text import use_covers

        return np.array([not use_covers(self._langs[int(p)]) for p in positions], dtype=bool)

    def _blind_pair_evidence(self, i: int, j: int) -> bool:
        """Whether stored articles ``i`` and ``j`` have a key in common that carries a join with a side the
        sentence encoder does not read (the online join's rule: :func:`_keys_in_common`, :func:`_blind_evidence`)."""
        return _blind_evidence(_keys_in_common(self._ents[i], self._ents[j], self.small_count_keys)[2])

    def _blind_links(self, comp: Sequence[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Local rows (a, b) and links of the pairs of a component with a side in a language the sentence encoder
        does not read: the online join's rule (:meth:`_score`) on the refine's scale. The cosine counts as
        ``blind_sim``; with a name, place or number other than a bare year in common the pair's entity cosine adds
        (``entity_weight``, at least ``crosslingual_entity_floor`` across languages), else nothing does; the link
        is the refine cut plus the online score's distance from its threshold. Issue #11 (stop 45, N3): the refine
        read such cosines at face value and split a Greek report (cosine 0.16 to its English story) out of the
        story the online join had put it in, and could join two Hebrew reports of two events at 0.83."""
        empty = np.zeros(0, dtype=np.int64)
        blind = self._blind_rows(comp)
        if not blind.any():
            return empty, empty, np.zeros(0)
        pos = np.asarray(comp, dtype=np.int64)
        a, b = np.nonzero(np.triu(blind[:, None] | blind[None, :], 1))
        m = self._entity_matrix(comp)
        ent = np.asarray(m[a].multiply(m[b]).sum(axis=1)).ravel() if len(a) else np.zeros(0)
        other = self._other_language(pos[a], pos[b])
        ent = np.where(other, np.maximum(ent, self.crosslingual_entity_floor), ent)
        evidence = np.array([self._blind_pair_evidence(int(pos[x]), int(pos[y])) for x, y in zip(a, b)], dtype=bool)
        score = float(self.blind_sim) + np.where(evidence, self.entity_weight * ent, 0.0)  # type: ignore[arg-type]
        return a, b, self._refine_cut() + score - self.threshold

    def _place_conflicts(self, comp: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """Local rows (a, b) of the cross-lingual article pairs of a component whose entity keys name
        two countries and none in common (:func:`~storylens.cluster._places.place_conflict`, the online
        join's rule). The average-link regrouping read no places: a Portuguese coup report from Bissau
        ("Guiné-Bissau") judged +0.08 over its cut against the English Conakry report moved into the
        Conakry story that the online join had kept it out of (final33 D1). Only articles naming a
        country by its name (strong) can conflict, so the pairs are among those."""
        read = [(r, places_of(self._ents[p])) for r, p in enumerate(comp)]
        rows = [(r, every) for r, (strong, every) in read if strong]
        if len(rows) < 2:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        index = {c: k for k, c in enumerate(sorted(set().union(*(every for _, every in rows))))}
        named = np.zeros((len(rows), len(index)), dtype=np.float32)
        for k, (_, every) in enumerate(rows):
            named[k, [index[c] for c in every]] = 1.0
        local = np.asarray([r for r, _ in rows], dtype=np.int64)
        pos = np.asarray(comp, dtype=np.int64)[local]
        apart = np.triu((named @ named.T) == 0, 1) & self._other_language(pos[:, None], pos[None, :])
        a, b = np.nonzero(apart)
        return local[a], local[b]

    def _date_penalised(self, comp: Sequence[int], sims: np.ndarray) -> np.ndarray:
        """The online date rule on article pairs: the date penalty off both dates' gap, and no link
        beyond ``max_gap_days`` (refine read no dates: on BASIL ingested with dates it chained events
        weeks apart, B³ F1 0.961 online -> 0.933 refined). Undated articles are unpenalised."""
        if not self.use_dates:
            return sims
        days = np.asarray([d.toordinal() if (d := self._dates[i]) is not None else 0 for i in comp], dtype=np.float64)
        dated = days > 0
        if dated.sum() < 2:
            return sims
        both = dated[:, None] & dated[None, :]
        gap = np.abs(days[:, None] - days[None, :])
        sims = sims - np.where(both, self.date_weight * (1.0 - np.exp(-gap / self.time_decay_days)), 0.0)
        return np.where(both & (gap > self.max_gap_days), -10.0 * len(comp), sims)

    def _judged_by(self, i: int) -> list[tuple[int, float]]:
        """The judged candidate pairs (j, score - cut) of stream position ``i`` with j > i."""
        if self._judged_adj is None:
            self._judged_adj = {}
            for (a, b), margin in (self._judged or {}).items():
                self._judged_adj.setdefault(a, []).append((b, margin))
        return self._judged_adj.get(i, [])

    # ---- persistence
    def state(self, include_vectors: bool = True, include_assignments: bool = True) -> dict[str, Any]:
        """JSON-able snapshot (params, articles in stream order, corrections, history).

        Story membership is stored explicitly, so a snapshot taken after live
        corrections restores exactly; vectors are base64 float32 rows. A store
        that keeps vectors and assignment reasons itself can leave both out
        (the snapshot then holds ids, stories, dates, languages, entity keys).
        """
        self._check_fitted()
        n = len(self._ids)
        articles = []
        for i in range(n):
            day = self._dates[i]
            rec = {"id": self._ids[i], "story": self.article_story_[self._ids[i]],
                   "published": day.isoformat() if day else None,
                   "entities": sorted(self._ents[i]), "language": self._langs[i]}
            if include_vectors:
                rec["vector"] = base64.b64encode(self._vecs[i].astype(np.float32).tobytes()).decode("ascii")
            articles.append(rec)
        return {
            "format": STATE_FORMAT,
            "params": self.get_params(),
            "articles": articles,
            "assignments": ({k: _assignment_to_dict(v) for k, v in self.assignments_.items()}
                            if include_assignments else {}),
            "corrections": self.corrections_,
            "history": self.history_,
            # The cached entity norms (refreshed lazily) are state too: without them a
            # restored clusterer scores up to ~0.1 differently from the live one.
            "entity_norms": {sid: list(st.norm_cache) for sid, st in self.stories_.items() if st.norm_cache},
        }

    def _index_all(self) -> None:
        """Add to the HNSW index the articles a windowed clusterer (a rebuild's: ``candidate_window``)
        scanned instead: a whole-store pass (refine) or a saved index needs them all."""
        n = len(self._ids)
        done = self._index.get_current_count() if self._index is not None else n
        if done < n:
            self._index.add_items(self._vecs[done:n], np.arange(done, n), num_threads=1)

    def save_index(self, path: str | Path) -> None:
        """Write the ANN index to ``path`` so :meth:`from_state` can skip rebuilding it (~0.5 ms/article)."""
        self._check_fitted()
        if self._index is not None:
            self._index_all()
            self._index.save_index(str(path))

    @classmethod
    def from_state(cls, state: dict[str, Any], index_path: str | Path | None = None) -> StoryClusterer:
        """Rebuild a clusterer (index, stories, corrections) from :meth:`state` output.

        ``index_path`` (written by :meth:`save_index`) is loaded instead of
        rebuilding the ANN index when it exists and holds exactly the
        snapshot's articles; a missing, stale or unreadable file is rebuilt.
        """
        if state.get("format") != STATE_FORMAT:
            raise ConfigError(f"unsupported clusterer state format {state.get('format')!r}; expected {STATE_FORMAT}")
        articles = state["articles"]
        if any("vector" not in rec for rec in articles):
            raise ConfigError("clusterer state has no vectors: save it with state(include_vectors=True)")
        raw = b"".join(base64.b64decode(rec["vector"]) for rec in articles)
        vectors = np.frombuffer(raw, dtype=np.float32) if raw else np.zeros(0, dtype=np.float32)
        self = cls.from_rows(
            state["params"], [rec["id"] for rec in articles], [rec["story"] for rec in articles],
            [date.fromisoformat(rec["published"]) if rec.get("published") else None for rec in articles],
            [rec["entities"] for rec in articles], [rec.get("language") for rec in articles],
            vectors.reshape(len(articles), -1) if articles else vectors.reshape(0, 0),
            corrections=state.get("corrections", []), history=state.get("history", []),
            entity_norms=state.get("entity_norms", {}), index_path=index_path)
        self.assignments_ = {k: _assignment_from_dict(v) for k, v in state.get("assignments", {}).items()}
        return self

    @classmethod
    def from_rows(cls, params: dict[str, Any], ids: Sequence[str], stories: Sequence[str],
                  published: Sequence[date | None], entities: Sequence[Iterable[str]],
                  languages: Sequence[str | None], vectors: np.ndarray, *,
                  corrections: Iterable[dict[str, Any]] = (), history: Iterable[dict[str, Any]] = (),
                  entity_norms: Mapping[str, Sequence[Any]] | None = None,
                  index_path: str | Path | None = None) -> StoryClusterer:
        """Rebuild a clusterer from column data in stream order (what a store keeps), in bulk.

        ``vectors`` is an ``n x d`` float32 array of L2-normalised rows (as
        :meth:`_checked_vector` leaves them). The result is the state that
        adding the articles one by one to their stories gives, bit for bit
        (same float32 sums in the same order, same key-count order), built
        with array operations and one pass per story instead of one
        :meth:`_add_article`/:meth:`_join` per article.
        """
        from itertools import chain

        import hnswlib

        try:  # Counter.update's C loop without its per-call checks (a few microseconds, per story)
            from collections import _count_elements  # type: ignore[attr-defined]
        except ImportError:  # pragma: no cover - other Pythons
            def _count_elements(counter: Counter, items: Iterable[str]) -> None:
                counter.update(items)

        self = cls(**dict(params))
        self.corrections_ = [dict(r) for r in corrections]
        self.history_ = [dict(r) for r in history]
        self._reset(keep_corrections=True)
        n = len(ids)
        if not (len(stories) == len(published) == len(entities) == len(languages) == n):
            raise ConfigError("clusterer rows: ids, stories, dates, entities and languages differ in length")
        self.assignments_ = {}
        if n == 0:
            return self
        vecs = np.asarray(vectors, dtype=np.float32)
        if vecs.ndim != 2 or vecs.shape[0] != n or vecs.shape[1] == 0:
            raise ConfigError(f"clusterer rows: expected {n} vectors, got an array of shape {vecs.shape}")
        dim = int(vecs.shape[1])
        cap = 1024  # the capacity _add_article would have grown to (doubling from 1024)
        while cap < n:
            cap *= 2
        self._vecs = np.zeros((cap, dim), dtype=np.float32)
        self._vecs[:n] = vecs
        self._ids = list(ids)
        self._pos = {aid: i for i, aid in enumerate(self._ids)}
        self._dates = list(published)
        self._ents = [frozenset(e) for e in entities]
        self._langs = list(languages)
        ords = [d.toordinal() if d else 0 for d in self._dates]
        self._ord_arr = np.zeros(cap, dtype=np.int64)
        self._ord_arr[:n] = ords
        dated = [o for o in ords if o]
        self._ord_range = (min(dated), max(dated)) if dated else (0, 0)
        self.entity_df_ = Counter(chain.from_iterable(self._ents))
        self.labels_ = list(stories)
        groups: dict[str, list[int]] = {}
        for i, sid in enumerate(self.labels_):
            groups.setdefault(sid, []).append(i)
        order = {sid: j for j, sid in enumerate(groups)}
        sidx = np.fromiter((order[sid] for sid in self.labels_), dtype=np.int64, count=n)
        # Each story's sum as _join builds it (``0 + v1``, then ``+ v2``, ... in arrival order, float32):
        # one vectorised add per rank, the r-th members of all stories at once.
        by_story = np.argsort(sidx, kind="stable")
        starts = np.searchsorted(sidx[by_story], np.arange(len(groups)))
        rank = np.empty(n, dtype=np.int64)
        rank[by_story] = np.arange(n) - np.repeat(starts, np.diff(np.append(starts, n)))
        by_rank = np.argsort(rank, kind="stable")
        cuts = np.searchsorted(rank[by_rank], np.arange(1, int(rank.max()) + 1))
        sums = np.zeros((len(groups), dim), dtype=np.float32)
        for ps in np.split(by_rank, cuts):
            sums[sidx[ps]] += vecs[ps]
        ents = self._ents
        for j, (sid, rows) in enumerate(groups.items()):
            days = [d for p in rows if (d := self._dates[p]) is not None]
            counts: Counter = Counter()
            _count_elements(counts, chain.from_iterable(ents[p] for p in rows) if len(rows) > 1 else ents[rows[0]])
            self.stories_[sid] = StoryState(
                sid, [self._ids[p] for p in rows], sums[j], min(days) if days else None,
                max(days) if days else None, counts, rows[0],
                Counter(self._langs[p] for p in rows if self._langs[p]))
        self.article_story_ = dict(zip(self._ids, self.labels_))  # arrival order, as the one-by-one path
        for sid, cached in (entity_norms or {}).items():
            if sid in self.stories_:
                self.stories_[sid].norm_cache = (int(cached[0]), int(cached[1]), float(cached[2]))
        if not self._load_index(index_path):
            index = hnswlib.Index(space="ip", dim=dim)
            index.init_index(max_elements=1024, ef_construction=64, M=16, random_seed=7)
            if cap > 1024:
                index.resize_index(cap)
            index.set_ef(max(int(self.ef), int(self.n_neighbors)))
            # One batched insert (single thread, same order) builds the same graph as
            # inserting one by one, without the per-call overhead.
            index.add_items(self._vecs[:n], np.arange(n), num_threads=1)
            self._index = index
        return self

    def _load_index(self, path: str | Path | None) -> bool:
        import hnswlib

        if path is None or not Path(path).is_file():
            return False
        index = hnswlib.Index(space="ip", dim=int(self._vecs.shape[1]))
        try:
            index.load_index(str(path), max_elements=int(self._vecs.shape[0]))
        except (RuntimeError, ValueError, OSError):
            return False
        if index.get_current_count() != len(self._ids):
            return False  # stale: written for another set of articles
        index.set_ef(max(int(self.ef), int(self.n_neighbors)))
        self._index = index
        return True


_MAX_DF = 0.5  # share of texts above which a word is a function word of the stream
_WORD = re.compile(r"[^\W\d_]{3,}")


def _tfidf_rows(texts: Sequence[str]) -> Any:
    """L2-normalised TF-IDF rows (sublinear tf, smoothed idf) of ``texts``, one per text (scipy sparse).

    Words are lower-cased letter runs of 3+ characters; a word in more than half
    of the texts (once there are 20 or more) is dropped as a function word of
    the stream's languages, so no per-language stop list is needed.
    """
    from scipy.sparse import csr_matrix

    vocab: dict[str, int] = {}
    counts = []
    for t in texts:
        c = Counter(w.lower() for w in _WORD.findall(t or ""))
        counts.append(c)
    df: Counter = Counter()
    for c in counts:
        df.update(c.keys())
    n = len(texts)
    cap = n * _MAX_DF if n >= 20 else n + 1
    idf = {w: math.log((1 + n) / (1 + d)) + 1.0 for w, d in df.items() if d <= cap}
    data, indices, indptr = [], [], [0]
    for c in counts:
        for w, k in c.items():
            if w in idf:
                indices.append(vocab.setdefault(w, len(vocab)))
                data.append((1.0 + math.log(k)) * idf[w])
        indptr.append(len(indices))
    m = csr_matrix((np.asarray(data, dtype=np.float64), indices, indptr), shape=(n, max(len(vocab), 1)))
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(m.multiply(1.0 / norms[:, None]))


def _assignment_to_dict(a: Assignment) -> dict[str, Any]:
    return {"article": a.article, "story": a.story, "score": a.score, "new_story": a.new_story,
            "nearest": [list(x) for x in a.nearest], "shared_entities": list(a.shared_entities),
            "reason": a.reason}


def _assignment_from_dict(d: dict[str, Any]) -> Assignment:
    return Assignment(d["article"], d["story"], d["score"], d["new_story"],
                      tuple((str(a), float(s)) for a, s in d["nearest"]), tuple(d["shared_entities"]),
                      d["reason"])
