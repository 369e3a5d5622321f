"""Near-duplicate text detection: word shingles on normalised text.

Two news texts that share most of their word 5-grams are copies of one article
(a syndicated wire story, a re-headed or updated version, a copy with
paragraphs cut), whatever a learned model says: the SemEval training data
holds no such pairs, so the similarity model has never seen the top of the
scale. This module gives the signal the model cannot override.

Normalisation: Unicode NFKC, case folded, punctuation dropped, whitespace
collapsed; CJK, Thai and similar scripts written without spaces are split
into single characters, so they shingle too. Containment is measured against
the *shorter* text: a copy with its last paragraphs cut is still fully
contained in the original.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache

__all__ = ["SHINGLE_WORDS", "NearDuplicate", "looks_like_wall", "near_duplicate", "other_particulars", "shingles",
           "updated_figures"]

SHINGLE_WORDS = 5
# A shorter text must have at least this many shingles (~25 words) to be judged a
# copy: two one-line texts sharing a stock phrase are not the same story.
MIN_SHINGLES = 20
# Shared share of the shorter text's shingles from which a pair is a copy. On dev.csv
# (1,283 SemEval pairs, no real copies) the highest containment of a pair of articles is
# 0.71 (the four pairs above 0.8 are cookie/registration/bot walls, see below and
# benchmarks/semeval.py, "near-duplicates on dev"); BASIL copies with another header
# and the last 40 % cut reach 1.0 (benchmarks/gate.py, "copies").
CONTAINMENT_MIN = 0.8
# ... and the shorter text must be at least this share of the longer one, so a
# two-paragraph brief quoted inside a long feature does not make the feature a copy.
LENGTH_RATIO_MIN = 0.2

# What scraped pages say instead of the article: consent banners, registration and
# paywalls, bot checks. Two pages of one site's wall share all their text but not their
# story (dev.csv has four such pairs, all judged different stories by annotators who saw
# the real articles), so a wall is never called a copy. Kinds, not particular pages.
_WALL_PATTERNS = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"cookie|plików cookie|çerez|файл(?:ы|ов) cookie",
    (r"privacy policy|datenschutz|polityc\w* prywatności|politique de confidentialité|política de privacidad"
     r"|informativa (?:sulla )?privacy|gizlilik politika|политик\w* конфиденциальности"),
    (r"not a robot|nie jestem robotem|kein roboter|pas un robot|no soy un robot|non sono un robot|robot değilim"
     r"|не робот|captcha"),
    r"\bIP[ -]?(?:address|adres|adresse|adresi)|(?:adres|adresse|dirección|indirizzo) IP|IP-адрес",
    (r"free trial|registered users|subscribe to (?:read|continue)|enable javascript|javascript (?:is )?disabled"
     r"|zum weiterlesen|abonnez-vous|suscríbete|abbonati"),
    r"\bpassword|passwort|mot de passe|contraseña|hasło|work email",
    r"accept(?:er)? (?:and|et) (?:close|fermer)|zaakceptuj|akzeptieren und|aceptar y|accetta e|kabul et",
))
WALL_MIN_KINDS = 2  # distinct kinds of wall wording in the first WALL_CHARS characters
WALL_CHARS = 1500


# The texts whose wall test and shingles are kept: a comparison of N documents reads each text's in every pair it is in
# (80 BASIL articles: 6,400 readings of 80 texts, ~14 % of the comparison's CPU; perf65, issue #16). Frozen answers,
# shared safely; the shingles only of texts up to _KEPT_CHARS (a news article's are a few hundred strings, ~0.1 MB;
# a 100,000-character text's ~1.5 MB, so 128 of them would hold ~200 MB).
_TEXTS_KEPT = 128
_KEPT_CHARS = 20_000


@lru_cache(maxsize=_TEXTS_KEPT)
def looks_like_wall(text: str) -> bool:
    """Whether a scraped text is a consent, registration or bot-check wall rather than an article."""
    head = text[:WALL_CHARS]
    return sum(bool(p.search(head)) for p in _WALL_PATTERNS) >= WALL_MIN_KINDS


# A CJK, kana, hangul or Thai character is a token of its own, also after a digit or a Latin letter: "3人の作業員が
#転落" was one token when the second alternative ran on through the characters (break56a 2: a fall and a robbery
# in Shinjuku shared 91 % of their "shingles").
_SPACELESS = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f"
_TOKEN = re.compile(rf"[{_SPACELESS}]|[^\W_{_SPACELESS}]+", re.UNICODE)


@dataclass(frozen=True)
class NearDuplicate:
    """How much of two texts is the same text."""

    containment: float  # shared shingles / shingles of the shorter text, 0..1
    jaccard: float  # shared shingles / all distinct shingles, 0..1
    shorter: int  # shingles of the shorter text
    length_ratio: float  # shingles of the shorter / the longer text, 0..1

    wall: bool = False  # one of the texts is a consent/registration/bot wall, not an article
    # why the shared words tell two occasions (:func:`other_particulars`: another place, day or figures
    # swapped into kept text), else None
    particulars: str | None = None
    # the figures one text's update changed when the two are versions of one short article (:func:`updated_figures`:
    # "3 / 5", the first text's / the second's), else None; such a pair is a copy whatever its shingle share
    update: str | None = None

    @property
    def is_copy(self) -> bool:
        """Near-identical text: one is a (possibly cut or re-headed) copy of the other, with its places, days
        and figures (break53 F4)."""
        if self.wall or self.particulars is not None:
            return False
        if self.jaccard == 1.0 and self.shorter:  # the same text, however short, is the same text
            return True
        if self.update is not None:
            return True
        return (self.containment >= CONTAINMENT_MIN and self.shorter >= MIN_SHINGLES
                and self.length_ratio >= LENGTH_RATIO_MIN)

    @property
    def floor(self) -> float:
        """Lowest similarity a copy may get: 0.95 at the containment threshold, 1.0 when identical."""
        if not self.is_copy:
            return 0.0
        return 0.95 + 0.05 * max(0.0, self.containment - CONTAINMENT_MIN) / (1.0 - CONTAINMENT_MIN)

    @property
    def reason(self) -> str:
        if self.update is not None and self.containment < CONTAINMENT_MIN:
            # not "one version updated": which text is the newer is not known here, and the ledger of the same two
            # texts lists the figures as a conflict unless it reads them as one outlet's ordered versions (break56a F3)
            return f"near-identical text apart from its figures ({self.update})"
        share = int(self.containment * 100)  # floor: 99.6 % shared is not "100 %"
        return f"near-identical text: {share} % of shingles shared"


def _normalised(text: str) -> str:
    """The text the tokens are read from: NFKC, case-folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(_normalised(text))


def shingles(text: str, size: int = SHINGLE_WORDS) -> frozenset[str]:
    """Word ``size``-grams of the normalised text (a text shorter than ``size`` words is one shingle)."""
    return _kept_shingles(text, size) if len(text) <= _KEPT_CHARS else _shingles(text, size)


@lru_cache(maxsize=_TEXTS_KEPT)
def _kept_shingles(text: str, size: int) -> frozenset[str]:
    return _shingles(text, size)


def _shingles(text: str, size: int) -> frozenset[str]:
    tokens = _tokens(text)
    if not tokens:
        return frozenset()
    # Kept as strings: hashing each gram with blake2b cost more than the rest of the work together.
    return frozenset(" ".join(tokens[i : i + size]) for i in range(max(len(tokens) - size + 1, 1)))


def near_duplicate(a: str | frozenset[str], b: str | frozenset[str], wall: bool | None = None,
                   texts: tuple[str, str] | None = None, updates: bool = False) -> NearDuplicate:
    """Shingle overlap of two texts (or of two precomputed :func:`shingles` sets).

    ``wall``: whether either text is a wall (:func:`looks_like_wall`); computed from the
    texts when they are given as strings and ``wall`` is None. ``texts``: the two texts when ``a``
    and ``b`` are shingle sets; with them (or string inputs) a pair the shingles call a copy is read
    for swapped particulars (:func:`other_particulars`). ``updates``: also read a short pair the shingles
    call no copy for one article's update (:func:`updated_figures`), which then is one (the similarity
    verdict's floor; the stream's copy links and the ledger's versions keep the shingle rule alone).
    """
    if wall is None:
        wall = any(looks_like_wall(t) for t in (a, b) if isinstance(t, str))
    sa = shingles(a) if isinstance(a, str) else a
    sb = shingles(b) if isinstance(b, str) else b
    if not sa or not sb:
        return NearDuplicate(0.0, 0.0, 0, 0.0, wall)
    shared = len(sa & sb)
    small, large = sorted((len(sa), len(sb)))
    found = NearDuplicate(shared / small, shared / (len(sa) + len(sb) - shared), small, small / large, wall)
    if texts is None and isinstance(a, str) and isinstance(b, str):
        texts = (a, b)
    if texts is not None and found.is_copy and (why := other_particulars(*texts)) is not None:
        found = NearDuplicate(found.containment, found.jaccard, found.shorter, found.length_ratio, wall, why)
    elif (updates and texts is not None and not found.is_copy and not wall and found.containment >= UPDATE_CONTAINMENT_MIN
          and (changed := updated_figures(*texts)) is not None):
        found = NearDuplicate(found.containment, found.jaccard, found.shorter, found.length_ratio, wall, None, changed)
    return found


# A short text's update (a wire's next filing: its toll raised, its filing time, an update marker added) breaks up to
# five shingles per changed figure: a 45-word wire brief with its toll changed twice and a new filing time shares
# only ~60 % of its shingles with the first filing (versions42's six wires: 0.51-0.74), under CONTAINMENT_MIN. Pairs
# sharing less than this are not read for an update (most pairs share ~0: the reading costs nothing for them). A rule,
# not tuned: an update of a text under _PARTICULARS_TOKENS tokens changing one figure in every five words still
# shares more.
UPDATE_CONTAINMENT_MIN = 0.3
# Words only one version writes (an update marker "(Neu: Opferzahl gestiegen)", "(Ampliación)", a sentence the update
# adds) are at most this share of the shorter text's tokens; each kept stretch between them is the same words. A rule.
UPDATE_ADDED_MAX = 0.2
# An update changes a toll (in the headline and the body: one change), a filing time, perhaps a second count; one
# template's two occasions change most of its figures (break56a 1: two constituencies' results 7, two trading days
# 8, two lottery draws 6). At most this many distinct changes. A rule, not tuned.
UPDATE_CHANGES_MAX = 3
# A figure that is part of a date is another day, not an update: "14.08.2024", "2024-08-14", "12/03/2024", "14.07.",
# "8月14日", a year (break56a 1: two quakes, two weather days, two exchange rates read as one article's update).
_DATE_SHAPE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}\.\d{1,2}\.(?!\d)|\d+\s*[年月日号]"
                         r"|(?<![\d.,])(?:1[89]|20)\d\d(?![\d.,]\d)")


def updated_figures(a: str, b: str) -> str | None:
    """The figures one version changed, ``a``'s / ``b``'s ("3 / 5, 34,1 / 36,0"), when ``a`` and ``b`` are one short article's versions,
    else None. Both are at most ``_PARTICULARS_TOKENS`` tokens (a longer update keeps most shingles and is a copy by
    them) and the shorter at least ``MIN_SHINGLES``; every swap is at most ``_SWAP_TOKENS`` tokens each side, each a
    figure (digits, or a number word: "zwei" / "drei", "cinq" / "onze") with an approximator's words only ("al menos
    3" / "5", "three" / "at least five": text data ``approximators``), no figure of a date or a year; at most
    ``UPDATE_CHANGES_MAX`` distinct changes; words one side alone writes at most ``UPDATE_ADDED_MAX`` of the
    shorter; and no other day, place or date swapped in (:func:`other_particulars`: one template's next event is no
    update). A swapped name, verb or other word makes them two texts ("beat Chelsea 3-1" / "beat Fulham 2-0",
    "rose" / "fell", "up" / "down", "expected" / "not expected")."""
    from difflib import SequenceMatcher

    na, nb = _normalised(a), _normalised(b)
    sa, sb = list(_TOKEN.finditer(na)), list(_TOKEN.finditer(nb))
    ta, tb = [m.group() for m in sa], [m.group() for m in sb]
    if ta == tb or max(len(ta), len(tb)) > _PARTICULARS_TOKENS or min(len(ta), len(tb)) < MIN_SHINGLES:
        return None
    changes: list[str] = []
    added = 0
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if tag in ("insert", "delete"):
            added += (i2 - i1) + (j2 - j1)
            continue
        if i2 - i1 > _SWAP_TOKENS or j2 - j1 > _SWAP_TOKENS or not (_figure_swap(ta[i1:i2]) and _figure_swap(tb[j1:j2])):
            return None
        if _in_date(na, sa, i1, i2) or _in_date(nb, sb, j1, j2):
            return None
        changes.append(f"{_figure_span(na, sa[i1].start(), sa[i2 - 1].end())} / "
                       f"{_figure_span(nb, sb[j1].start(), sb[j2 - 1].end())}")
    distinct = list(dict.fromkeys(changes))
    if not distinct or len(distinct) > UPDATE_CHANGES_MAX or added > UPDATE_ADDED_MAX * min(len(ta), len(tb)):
        return None
    return None if other_particulars(a, b) is not None else ", ".join(distinct)


# A figure's own joiners: "3-0", "3:1", "34,1", "08.10", "1/2" are one figure whose tokens the tokenizer splits.
_FIGURE_JOINED = re.compile(r"\d+(?:[-–:.,/]\d+)*")


def _figure_span(text: str, start: int, end: int) -> str:
    """``text[start:end]`` widened to the whole figure its ends are part of, for the reason: a match score changed from
    3-0 to 3-1 swaps the token "0" for "1", which reads "3-0 / 3-1", not "0 / 1" (break57 F6)."""
    for m in _FIGURE_JOINED.finditer(text, max(0, start - 24), min(len(text), end + 24)):
        if m.start() <= start < m.end():
            start = m.start()
        if m.start() < end <= m.end():
            end = m.end()
    return text[start:end]


def _figure_swap(words: list[str]) -> bool:
    """Whether ``words`` (one side of a swap) write a figure and nothing else but an approximator: "3", "al menos 3",
    "zwei", "08 10"; not "chelsea 3 1" (another team beaten), "rose 1 2" or "up 2 3" (another day's market)."""
    from ..analysis.quantities import number_words

    numbers, approximators = number_words(), _approximator_words()
    figure = [w in numbers or any(ch.isdigit() for ch in w) for w in words]
    return any(figure) and all(f or w in approximators for f, w in zip(figure, words, strict=True))


def _in_date(text: str, tokens: list[re.Match[str]], i1: int, i2: int) -> bool:
    """Whether the swapped tokens ``tokens[i1:i2]`` of ``text`` are part of a date or a year (:data:`_DATE_SHAPE`),
    read with two tokens of context each side."""
    start, end = tokens[i1].start(), tokens[i2 - 1].end()
    lo, hi = tokens[max(0, i1 - 2)].start(), tokens[min(len(tokens), i2 + 2) - 1].end()
    return any(m.start() + lo < end and m.end() + lo > start for m in _DATE_SHAPE.finditer(text[lo:hi]))


@cache
def _approximator_words() -> frozenset[str]:
    """The words of every language's approximators (text data: "at least", "mindestens", "al menos", "не менее"),
    case-folded: what an update may add before its new figure."""
    from ..text import LANGUAGES, profile

    return frozenset(w for lang in LANGUAGES for phrase, _ in profile(lang).approximators for w in _tokens(phrase))


# A swap inside otherwise kept text is read as another occasion's particulars when it is this short on
# both sides (a place, a day, a figure: "in Kyiv on Monday" / "in Madrid on Thursday"); a longer one is
# a re-headed copy's headline or a rewritten sentence, which the shingle share already weighs.
_SWAP_TOKENS = 4
_PARTICULARS_TOKENS = 600  # the opening's tokens other_particulars compares


def other_particulars(a: str, b: str) -> str | None:
    """Why two texts that share most of their words are two reports of two occasions rather than copies of one
    article, or None: a short swap inside the kept words (at most ``_SWAP_TOKENS`` tokens each side) puts
    another weekday or month or another place of the gazetteer in its place ("Sánchez met
    Zelensky in Kyiv on Monday …" / "… in Madrid on Thursday …", 24 days apart: break53 F4, the second meeting
    was stored as a copy of the first and shown in no story), or a date's figure ("el 3 de marzo" / "el 27 de
    marzo"). A syndicated, re-headed or cut copy keeps every place and day of the text it carries; a spelling of
    one place ("Kiev" / "Kyiv") is one place; an update's changed toll is still a version of one article.
    Compared on NFKC, case-folded tokens (a CJK character is one)."""
    from difflib import SequenceMatcher

    from ..text import all_month_names, all_weekday_names

    # (the opening only: an occasion's day and place stand there, and SequenceMatcher is quadratic on a long live
    # blog or results table: 2.3 CPU-s a pair on 10k words, break54 7)
    ta, tb = _tokens(a)[:_PARTICULARS_TOKENS], _tokens(b)[:_PARTICULARS_TOKENS]
    if ta == tb:
        return None
    weekdays, months = all_weekday_names(), all_month_names()
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes():
        if tag != "replace" or i2 - i1 > _SWAP_TOKENS or j2 - j1 > _SWAP_TOKENS:
            continue
        wa, wb = ta[i1:i2], tb[j1:j2]
        found = _swapped(wa, wb, weekdays, months)
        if found is None:
            da, db = _date_days(ta, i1, i2, months), _date_days(tb, j1, j2, months)
            found = "another date" if da and db and da != db else None
        if found is not None:
            return f"{found}: “{' '.join(wa)}” / “{' '.join(wb)}”"
    return None


def _swapped(wa: list[str], wb: list[str], weekdays: Mapping[str, int], months: Mapping[str, int]) -> str | None:
    """What kind of particular the swap ``wa`` -> ``wb`` changes, or None: "another day" (another of ``weekdays`` or
    ``months``, compared by number: "sept" / "september" is one month, break54 3), "another place". Figures are read
    by :func:`_date_days`; other figures alone are an update's (one outlet's later version: "all 41 passengers" ->
    "all 43"), which stays linked."""
    from ._places import Gazetteer, _place_countries_of

    for names in (weekdays, months):  # a weekday for a weekday, a month for a month: "Monday" / "March 3" may be one day
        da = {names[w] for w in (*wa, "".join(wa)) if w in names}
        db = {names[w] for w in (*wb, "".join(wb)) if w in names}
        if da and db and da != db:
            return "another day"
    # A side without a letter names no place (every name of the gazetteer has one): an update's changed figure
    # ("41" / "43", the commonest swap of a copy) reads no gazetteer, whose first load costs a process ~35
    # CPU-ms (32 articles into the 12k synthetic SQLite store: its only two swaps were figures, issue 13)
    if not _lettered(wa) or not _lettered(wb):
        return None
    gazetteer = Gazetteer.load()
    pa, pb = gazetteer.find(" ".join(wa), strict=True), gazetteer.find(" ".join(wb), strict=True)
    if pa and pb and not pa & pb and not _holds(pa, pb, _place_countries_of) and not _holds(pb, pa, _place_countries_of):
        return "another place"
    return None


def _lettered(words: list[str]) -> bool:
    """Whether any of ``words`` holds a letter (of any script: a CJK character is one)."""
    return any(ch.isalpha() for w in words for ch in w)


# A day of the month as written: "3", "03", "3rd", "1er", "1º" (NFKC "1o"); the text's tokens drop "." and ","
_DAY_TOKEN = re.compile(r"0?([1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|e|o)?")


def _date_days(tokens: list[str], i1: int, i2: int, months: Mapping[str, int]) -> set[int]:
    """The days of the month that ``tokens[i1:i2]`` write beside a month name ("3 March", "March 3rd", "el 3 de marzo":
    next to it, or with one short word between), as numbers: "5. Mai" / "05. Mai" and "1er mars" / "1 mars" are one
    date (break54 3). A figure over 31 is no day, so a toll beside a month ("Since March, 41 people") stays an
    update's (break54 2)."""
    days = set()
    for k in range(i1, i2):
        m = _DAY_TOKEN.fullmatch(tokens[k])
        if m is None:
            continue
        near = [tokens[n] for n in (k - 1, k + 1) if 0 <= n < len(tokens)]
        near += [tokens[n] for n, gap in ((k - 2, k - 1), (k + 2, k + 1)) if 0 <= n < len(tokens) and len(tokens[gap]) <= 3]
        if any(w in months for w in near):
            days.add(int(m.group(1)))
    return days


def _holds(countries: AbstractSet[str], places: AbstractSet[str], countries_of: Callable[[AbstractSet[str]], AbstractSet[str]]
           ) -> bool:
    """Whether ``countries`` are only countries (ISO codes) and hold a place of ``places``: a copy may write "Ukraine"
    for "Kyiv"."""
    return all(len(p) == 2 and p.isupper() for p in countries) and bool(countries & countries_of(places))
