"""Dates: :func:`extract_dates` resolves absolute, weekday, relative and "ago" phrases against the
publication date into :class:`ResolvedDate` records; :func:`day_first` decides day-month order per text;
:func:`is_date_word`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache, lru_cache, partial
from itertools import pairwise

from ...models import DateMention
from ...settings import DEFAULT
from ...text import (
    LANGUAGES,
    all_month_names,
    alternation,
    base,
    calendar_date_names,
    measure_words,
    month_names,
    normalise_digits,
    profile,
)
from ._calendar import (
    _AGO_COMPILED,
    _AGO_MORE_COMPILED,
    _AMBIGUOUS_MONTHS,
    _BASE_MONTHS,
    _BASE_WEEKDAYS,
    _DAY_MONTH_RE,
    _DM_DOTS_RE,
    _DM_SLASH_RE,
    _DMY2_RE,
    _DMY_RE,
    _ISO_RE,
    _JA_WEEKDAY,
    _MONTH_DAY_RE,
    _MONTH_FIRST_WORDS,
    _MONTH_RE,
    _MONTH_YEAR_RE,
    _MONTHS,
    _NEXT_MARK,
    _RELATIVE,
    _RELATIVE_RE,
    _WEEKDAY_RE,
    _WEEKDAYS,
    _YEAR_RE,
    _YEAR_SPAN_RE,
    _YEAR_SUFFIX,
    _ZH_DATE_RE,
    _ZH_DAY_RE,
    _ZH_WEEKDAY,
    _ZH_WEEKDAY_RE,
    _ZH_YEAR_RE,
)
from ._clock import _CLOCK_ZONE, extract_times
from ._lexicon import _COUNT_AFTER_YEAR, _COUNTED, _data_number_re
from ._records import ResolvedDate, _is_cjk
from ._scan import _langs, _parse_day, _pick, _words_after


def _glued(word: str) -> bool:
    """Is ``word`` written in a script that glues words together (Chinese, Japanese kana, Korean hangul)?"""
    return any("\u3040" <= c <= "\u30ff" or "\u3400" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in word)


def _ymd(d: dt.date) -> str:
    return d.isoformat()


def _year_for(month: int, day: int | None, pub: dt.date | None, future: bool = False, past: bool = False) -> int | None:
    """The year of a day or month written without one: the nearest to publication, leaning to the past.

    Reports mostly look back, so a date ahead of publication counts double its
    distance ("January 1" in an article of 8 December is next year's; "December
    28" in one of 7 January is last year's). When the clause speaks of the future
    ("will leave at the end of February") the lean flips; when its last verb is a past one ("a programme
    agreed in March", in an article of 26 November) the date is the last one on or before publication.
    """
    if pub is None:
        return None
    best = _nearest_year(month, day, pub, future)
    if past and not future and best is not None and (dt.date(best, month, min(day or 1, 28)) - pub).days > _PAST_SLACK_DAYS:
        # a past verb looks back, unless the date is the next few weeks' (a publication date a day or a version
        # behind its text: "fell in July" of an article dated 5 June stays this July)
        return pub.year if (month, day or 1) <= (pub.month, pub.day) else pub.year - 1
    return best


# How far ahead of publication a date after a past verb may still be read ahead (:func:`_year_for`): set by
# hand to a month, not tuned.
_PAST_SLACK_DAYS = 31


def _nearest_year(month: int, day: int | None, pub: dt.date, future: bool) -> int | None:
    best, best_cost = None, float("inf")
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cand = dt.date(year, month, day or 15)
        except ValueError:
            continue
        days = (cand - pub).days
        ahead, back = (1.0, 2.0) if future else (2.0, 1.0)
        cost = days * ahead if days > 0 else -days * back
        if cost < best_cost:
            best, best_cost = year, cost
    return best


_FUTURE_WORDS = [w for lg in LANGUAGES for w in profile(lg).future_words]
# Chinese future words ("预计": expected) stand inside a run of characters, without word bounds.
_FUTURE_RE = re.compile(
    r"\b(?:will|won't|shall|is to|are to|is due|are due|scheduled|plans? to|planned|expected to|"
    r"wird|werden|soll|sollen|geplant|va|vont|sera|seront|prévu|devrait|будет|будут|планирует|намерен"
    rf"|{alternation(w for w in _FUTURE_WORDS if not _is_cjk(w))})(?!\w)"
    rf"|{alternation(w for w in _FUTURE_WORDS if _is_cjk(w)) or '(?!)'}",
    re.IGNORECASE,
)
# A weekday after an ahead word of any language ("until", "jusqu'à", "hasta el", "حتى يوم", "至下") is
# the next one. Words of languages with spaces stand alone; Chinese ones touch the weekday ("至下周一").
_AHEAD_WORDS = [w for lg in LANGUAGES for w in profile(lg).weekday_ahead]
_AHEAD_RE = re.compile(
    rf"(?:(?<!\w)(?:{alternation(w for w in _AHEAD_WORDS if not _is_cjk(w))})\s+"
    rf"|(?:{alternation(w for w in _AHEAD_WORDS if _is_cjk(w))}))$",
    re.IGNORECASE,
)
def _behind_pattern(words: Iterable[str]) -> re.Pattern[str]:
    words = list(words)
    return re.compile(
        rf"(?:(?<!\w)(?:{alternation(w for w in words if not _is_cjk(w)) or '(?!)'})\s+"
        rf"|(?:{alternation(w for w in words if _is_cjk(w)) or '(?!)'})\s*)$",
        re.IGNORECASE,
    )


_BEHIND_WORDS = [w for lg in LANGUAGES for w in profile(lg).weekday_behind]
_BEHIND_RE = _behind_pattern(_BEHIND_WORDS)


@cache
def _behind_re(lang: str | None) -> re.Pattern[str]:
    """The behind words of ``lang`` (text data "weekday_behind"), of every language when it is unknown: Italian
    "da" and Portuguese "desde" are "since" in their own language only (German "da" is "because")."""
    return _behind_pattern(profile(lang).weekday_behind) if lang in LANGUAGES else _BEHIND_RE


def _behind(text: str, start: int, lang: str | None = None, lo: int | None = None) -> bool:
    """Does a behind word of ``lang`` stand right before ``start`` ("since Monday", «chiusa da lunedì»), not the
    end of a longer ahead word ("a partire da lunedì", "desde el próximo lunes": from)?"""
    lo = max(0, start - 30) if lo is None else lo
    back = _behind_re(lang).search(text, lo, start)
    if back is None:
        return False
    ahead = _AHEAD_RE.search(text, lo, start)
    return not (ahead and ahead.start() < back.start())


@cache
def _opening_re(lang: str | None) -> re.Pattern[str] | None:
    """A clause opened by an ahead word of ``lang`` right before a weekday (text data "weekday_ahead_opening":
    "From Monday,", "Da lunedì", "Starting Monday"), None for a language without them."""
    words = profile(lang).weekday_ahead_opening if lang in LANGUAGES else ()
    return re.compile(rf"^\s*(?:{alternation(words)})\s+$", re.IGNORECASE) if words else None


def _opening(text: str, start: int, lang: str | None) -> bool:
    """Is the weekday at ``start`` opened by a start word of ``lang`` at its clause's start (:func:`_opening_re`)?"""
    rx = _opening_re(lang)
    if rx is None:
        return False
    clause = re.split(r"[,;:.!?]\s|[，。；！？\n“”\"«»„(—–]", text[max(0, start - 40) : start])[-1]
    return len(clause) < 40 and rx.match(clause) is not None


@cache
def _and_words(lang: str | None) -> re.Pattern[str] | None:
    """``lang``'s words for "and" (text data "people_and", "days_and") standing alone, None without them."""
    words = {*profile(lang).people_and, *profile(lang).days_and} if lang in LANGUAGES else set()
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE) if words else None


# A count before an ahead weekday makes it a tally up to that day ("5387 حالة وفاة حتى يوم الجمعة"); a number inside
# a code is none ("Droga S7 … do piątku", "国道57号は金曜日まで", "A-13": trial52 F25 read these a week back).
_COUNT_IN_CLAUSE = re.compile(r"(?<![^\W\d_])(?<![-‐])\d+(?!\d*\s*[号號호번線线])")


def _past_after(text: str, end: int, lang: str | None, sentence: bool = False, forms: bool = True) -> bool:
    """Does the rest of the weekday's clause after ``end`` (its sentence when ``sentence``: after "From Monday,")
    hold a past word of any language's data or, when ``forms``, a past form of ``lang``, verbs of telling aside
    ("Until Monday the road was closed", "道路は月曜日まで通行止めだった", "From Monday, trains ran again")?"""
    stops = r"[.;!?。；！？\n]" if sentence else r"[,;:.!?，。；！？、\n“”\"«»„]"
    after = re.split(stops, text[end : end + 100], maxsplit=1)[0]
    if (joins := _and_words(lang)) is not None:
        # a clause joined by "and" has its own tense: «se mantiene hasta el lunes y no se registraron heridos»
        after = joins.split(after, maxsplit=1)[0]
    after = _TELLING_RE.sub(" ", after)
    if _PAST_RE.search(after):
        return True
    form = _past_form(lang) if forms else None
    return form is not None and any(_past_word(m.group(), lang) for m in form.finditer(after))
# Postpositions after the weekday ("pazartesiye kadar", "Pazartesi'ye kadar": until Monday).
# Chinese ones touch the weekday ("周四之前": before Thursday).
_AHEAD_AFTER_WORDS = [w for lg in LANGUAGES for w in profile(lg).weekday_ahead_after]
# Japanese and Korean ones are glued to the weekday too ("金曜日まで", "금요일까지": until Friday; trial52 F25).
_AHEAD_AFTER_RE = re.compile(
    rf"(?:['’][^\W\d_]+)?\s+(?:{alternation(w for w in _AHEAD_AFTER_WORDS if not _glued(w))})(?!\w)"
    rf"|{alternation(w for w in _AHEAD_AFTER_WORDS if _glued(w)) or '(?!)'}",
    re.IGNORECASE,
)
# A future written inside a clause-final verb (text/data "future_form": Turkish "açıklanacak").
_FUTURE_AFTER = [profile(lg).future_form for lg in LANGUAGES if profile(lg).future_form]
_FUTURE_AFTER_RE = re.compile("|".join(f"(?:{f})" for f in _FUTURE_AFTER) or "(?!)", re.IGNORECASE)
# The language data's verbs of telling ("said", "mitteilten", "ont annoncé", "informaron", "сообщили"):
# a weekday in their own clause dates the telling, which is past (see :func:`_ahead`).
_TELLING = [w for lg in LANGUAGES for w in (*profile(lg).reporting_verbs, *profile(lg).source_verbs)
            if "…" not in w and not _is_cjk(w[:1])]
_TELLING_RE = re.compile(rf"(?<!\w)(?:{alternation(_TELLING)})(?!\w)", re.IGNORECASE)
# A past word right after a passive auxiliary is a participle ("will be announced"): no tense of its own.
_PASSIVE_RE = re.compile(
    rf"(?<!\w)(?:{alternation(w for lg in LANGUAGES for w in profile(lg).passive_auxiliaries) or '(?!)'})\s+$",
    re.IGNORECASE)
_PAST_RE = re.compile(rf"(?<!\w)(?:{alternation(w for lg in LANGUAGES for w in profile(lg).past_words)})(?!\w)",
                      re.IGNORECASE)


def _date_clause(text: str, start: int) -> str:
    """The clause before a date at ``start`` (at most 80 characters), Chinese stops included."""
    # a period after a one-letter word is an abbreviation's ("at 2 a.m. on Saturday", "U.S."), no sentence end
    return re.split(r"(?<!\b[^\W\d_])\.\s|[;!?]\s|[。；！？\n“”\"]", text[max(0, start - 80) : start])[-1]


def _future(text: str, start: int) -> bool:
    """Does the clause before ``start`` speak of the future ("will leave at the end of February")?"""
    return bool(_FUTURE_RE.search(_date_clause(text, start)))


@cache
def _data_pattern(lang: str | None, field: str) -> re.Pattern[str] | None:
    """Text data ``field`` of ``lang``, a regular expression ("participle_dated_before_weekday",
    "participle_before_weekday", "weekday_attribute_after", "future_lemma"), compiled; None for a language without
    it."""
    form = getattr(profile(lang), field) if lang in LANGUAGES else ""
    return re.compile(form) if form else None


@cache
def _past_form(lang: str | None) -> re.Pattern[str] | None:
    """The past verb forms of ``lang`` (text data "past_form"), none for a language without them."""
    form = profile(lang).past_form if lang in LANGUAGES else ""
    return re.compile(form, re.IGNORECASE) if form else None


def _lean(text: str, start: int, lang: str | None) -> tuple[bool, bool]:
    """(future, past) of the clause before a date at ``start``: the future as :func:`_future` reads it, and,
    when the clause holds no future word, whether its last tense word is a past one (text data "past_words",
    "past_form"; not a participle after a passive auxiliary: "will be agreed in March")."""
    clause = _date_clause(text, start)
    if _FUTURE_RE.search(clause):  # :func:`_future` on the clause read once
        return True, False
    form = _past_form(lang)
    # the language's own forms only: "said", "was" of every language's "past_words" name the telling or a state
    # ("the minister said elections are in February"), not the dated act
    pasts = [m for m in form.finditer(clause) if _past_word(m.group(), lang)] if form is not None else []
    return False, any(not _PASSIVE_RE.search(clause, 0, m.start()) for m in pasts)


def _ahead(text: str, start: int, end: int, lang: str | None = None) -> bool:
    """Is the weekday at ``start``..``end`` the next one? :func:`_weekday_tense` reads it ahead."""
    return _weekday_tense(text, start, end, lang, behind=False) == 1


def _weekday_tense(text: str, start: int, end: int, lang: str | None = None, behind: bool = True) -> int:
    """Which way the weekday at ``start``..``end`` of ``text`` points, as the reader reads it to choose the last or
    the next such day: 1 ahead, -1 behind (a clear past), 0 neither (a present, no tense, a telling).

    Ahead (1) when the last tense word of its clause is a future one ("will reopen on Monday"), or its own comma
    clause has a future verb form of ``lang`` and no past one (text data "future_inflection": "sagte, das Terminal
    werde am Montag wieder öffnen", "a déclaré que le port rouvrira lundi", «заявил, что порт откроется в
    понедельник»: the verb of telling before it is no tense of the weekday's clause; trial47 F3 dated these a day
    before publication), or an ahead word stands right before it ("bis Montag", "至下周一") or a postposition right
    after it ("pazartesiye kadar") and no past verb comes last ("schools were closed until Monday", "will reopen,
    officials said Monday" look back) nor a number stands before it (a tally "up to" the day looks back). Never
    after a behind word ("seit Montag wird … vermisst", "since Monday": text data "weekday_behind"; 0).

    Behind (-1) when the last tense word of its clause is a past one ("began on Monday", "a été signé dimanche") or
    a past follows it in its clause ("hat am Montag … abgestimmt", "is maandag begonnen"; :func:`_past_after`).
    A weekday that dates a telling ("officials said Monday") is 0: the telling is no tense of the act. With
    ``behind`` False a weekday not ahead is 0 (:func:`_ahead`, which reads every weekday, need not look further).

    dates66 (issue #12): a participle right before the weekday that dates a thing made or said ("répondra aux
    critiques formulées lundi", "will examine the report published on Monday": :func:`_dated_participle`) makes it
    behind whatever future the clause holds; "until" after a past act that sets a limit ("Schools were suspended
    until Saturday": :func:`_limit_act`) makes it ahead (:func:`_weekday_mentions` leaves a far one unresolved)."""
    clause = _date_clause(text, start)
    if _opening(text, start, lang):
        # "From Monday, trains run again", "Da lunedì i treni tornano": a start ahead, unless its sentence is past
        return -1 if _past_after(text, end, lang, sentence=True) else 1
    if _behind(text, start, lang):
        return 0  # "seit Montag", "since Monday", "截至周一": a start or a tally behind us
    if _dated_participle(text, start, lang) == -1:
        # "répondra aux critiques formulées lundi", "will examine the report published on Monday": the weekday is
        # the participle's, a past, whatever future the clause holds (dates66, issue #12); an unsure one is left
        # undated by :func:`_weekday_mentions`
        return -1 if behind else 0
    if _attribute_participle(text, start, end, lang):
        # "die am Montag geäußerte Kritik", "de op maandag geuite kritiek": the participle's act, a past, whatever
        # future the clause holds (dates67)
        return -1 if behind else 0
    if _future_own_clause(text, start, end, lang) or _verb_final_future(text, end, lang):
        return 1
    if _told(text, start, end, lang):
        return 0
    if _limit_act(text, start, end, lang):
        return 1  # "Schools were suspended until Saturday": the limit a past act set (see _weekday_mentions)
    tenses = [(m.start(), True, m.group()) for m in _FUTURE_RE.finditer(clause)]
    tenses += [(m.start(), False, m.group()) for m in _PAST_RE.finditer(clause)
               if not _PASSIVE_RE.search(clause, 0, m.start())]
    told_limit = bool(tenses) and _telling_before_limit(text, end, clause, max(tenses), lang)
    if tenses and not told_limit:
        return 1 if max(tenses)[1] else -1
    words = re.findall(r"[^\W\d_]+", re.split(r"[.;!?,]", text[end:], maxsplit=1)[0])
    # a verb-final said clause ends in the telling: "… kapalı kalacağını söyledi" (said they will stay closed;
    # trial48 F12): the verb before the verb of telling is the clause's own
    while len(words) > 1 and _TELLING_RE.fullmatch(" ".join(words[-2:])):
        words = words[:-2]
    while len(words) > 1 and _TELLING_RE.fullmatch(words[-1]):
        words = words[:-1]
    if words and _FUTURE_AFTER_RE.fullmatch(words[-1]):
        return 1  # the clause's last verb is a future: "Sonuçlar Çarşamba günü açıklanacak"
    if words and _present_future_after(words, lang):
        return 1  # the clause's last verb is a present of the near future: «Köprü cumartesi günü açılıyor»
    # "Until Monday the road was closed", "도로는 월요일까지 통제됐다": a past after the weekday looks back; a count
    # before it makes it a tally up to the day ("5387 حالة وفاة حتى يوم الجمعة": deaths as of Friday), unless a said
    # clause's verb of staying holds the limit (told_limit: "said plant 1 stays closed until Friday", «sagte, Block 1
    # bleibt bis Freitag geschlossen»; robust75 R2: the name's number read it as a tally, the Friday before), as long as
    # the count stands before that verb: one after it is the tally the state holds ("the toll remains high with 5387
    # deaths until Friday", «le bilan reste lourd : 5387 morts jusqu'à vendredi»; robust76fix #1), a duration aside
    unlisted = _unlisted(clause, lang)
    near = (not _COUNT_IN_CLAUSE.search(clause)
            or ((told_limit or (not tenses and _staying_limit(text, end, unlisted, lang)))
                and not _tally_after_staying(unlisted, lang))) \
        and bool(
        (_AHEAD_RE.search(unlisted) and not _behind(clause, len(clause), lang, 0))
        or _AHEAD_AFTER_RE.match(text, end))
    if near and _ahead_unless_past(text, start, end, lang):
        near = False  # "Rescuers worked through Sunday night": main's reading of a past clause (break66d H1)
    if not (near or behind):
        return 0
    # a participle of the language's past forms after the weekday is the state a said clause's verb of staying holds
    # (told_limit: «zei dat de fabriek tot vrijdag gesloten blijft», «zei, de fabriek blijft tot vrijdag gesloten»;
    # leftovers78, the Dutch data's "gesloten", an agreement's "concluded" too, read it back), no past of its own
    past_after = _past_after(text, end, lang, forms=not told_limit)
    if near and not past_after:
        return 1
    # not ahead: the last weekday whatever else is read; a past of the language's own forms before it ("began on
    # Monday": :func:`_lean`) or a perfect in its clause ("hat am Montag … abgestimmt") tells that it is behind, unless
    # its clause holds a future form too ("continuarão fechadas nesta segunda-feira": a participle, no past; break64d F06)
    if not behind or not (past_after or _lean(text, start, lang)[1] or _perfect(text, start, end, lang)):
        return 0
    own = _own_clause(text, start, end, lang)
    form = _future_inflection(lang)
    future = _FUTURE_RE.search(own) or (form is not None and any(_future_word(m.group(), lang) for m in form.finditer(own)))
    return 0 if future else -1


def _clause_after(text: str, end: int) -> str:
    """The rest of the clause after a weekday ending at ``end``: up to 80 characters, cut at its first punctuation
    mark or quotation mark (the words a verb-final clause ends in: «… bis Freitag geschlossen bleibt»)."""
    return re.split(r"[,;:.!?，。；！？\n“”\"«»„]", text[end : end + 80], maxsplit=1)[0]


def _staying_limit(text: str, end: int, unlisted: str, lang: str | None) -> bool:
    """Does a verb of staying or a future marker of ``lang`` hold the "until" limit of the weekday at ``end`` whose
    clause shows no tense word (:func:`_told_present` on the clause, ``unlisted``: its words as :func:`_unlisted`
    reads them): «a dit que l'usine 1 reste fermée jusqu'à vendredi», where the telling stands beyond the clause
    (robust75 R2)."""
    return _told_present(unlisted, _clause_after(text, end), lang)


# Unit symbols of a duration read in every language: "stays closed 24 h until Friday" (a number of hours, no tally)
_DURATION_SYMBOLS = frozenset({"h", "hrs", "hr", "min", "mins"})
_DURATION_KEYS = frozenset({"minute", "hour", "day", "week", "month", "year"})


@cache
def _duration_words(lang: str | None) -> frozenset[str]:
    """The words of a span of time (text data "measures" whose key is a minute, hour, day, week, month or year) of
    ``lang``, every language's for an unknown one, with the unit symbols ("h", "min")."""
    langs = [lang] if lang in LANGUAGES else list(LANGUAGES)
    words = {w.lower() for lg in langs for w, key in profile(lg).measures if key in _DURATION_KEYS}
    return frozenset(words | _DURATION_SYMBOLS)


def _verb_second(lang: str | None, verb: str) -> bool:
    """Whether the clause of ``verb`` (a verb of staying found by :func:`_told_presents_re`) puts a main clause's
    subject after its second verb when something else opens the clause (text data "verb_second": German, Dutch):
    ``lang``'s flag, and for a language without a data file or none, whether ``verb`` is of a verb-second language's
    list ("bleiben" is, "remains", "reste" are not). The verbs weighed are every language's there, so the verb found
    tells its language (leftovers77, issue #12: None read every language's flag, "the death toll remains 5387 until
    Friday" the coming Friday, and an unknown language its empty profile, «Laut Stadt bleiben 200 Anwohner bis
    Freitag evakuiert» the Friday before). A verb-second language without a data file (Swedish, Danish, Norwegian)
    has no verbs of staying listed to find: its file sets the flag when it comes."""
    if lang in LANGUAGES:
        return profile(lang).verb_second
    return _folded_verb(verb) in _verb_second_verbs()


def _folded_verb(verb: str) -> str:
    return " ".join(verb.casefold().split())


@cache
def _verb_second_verbs() -> frozenset[str]:
    """The verbs of staying of every verb-second language (text data "weekday_told_presents" where "verb_second")."""
    return frozenset(_folded_verb(w) for lg in LANGUAGES if profile(lg).verb_second
                     for w in profile(lg).weekday_told_presents)


def _tally_after_staying(before: str, lang: str | None) -> bool:
    """Does a count stand between a said clause's verb of staying and its "until" word at the end of ``before`` (the
    words before the weekday; :func:`_told_presents_re`): "the toll remains high with 5387 deaths until", «el balance
    sigue alto: 530 muertos hasta el»? That count is the tally the state holds up to the day, no name's number ("plant
    1 stays closed until": before the verb). A duration is none ("stays closed 24 h until", "for 2 more days until":
    the next words are a span of time, :func:`_duration_words`), nor a count right after the verb or after a verb
    that opens its sentence: the subject's («bleiben 200 Anwohner bis Freitag evakuiert»). robust76fix #1."""
    found = _told_presents_re(lang)
    aheads = list(_AHEAD_RE.finditer(before))
    if found is None or not aheads:
        return False
    hits = [m for m in found[0].finditer(before, 0, aheads[-1].start())]
    if not hits:
        return False  # the verb stands after the weekday («bis Freitag geschlossen bleibt»): every count is before it
    if not re.search(r"[^\W\d_]", before[: hits[-1].start()].rsplit(".", 1)[-1]):
        return False  # the verb opens its sentence, the subject follows: «تبقى المحطة 2 مغلقة حتى يوم الجمعة»
    gap = before[hits[-1].end() : aheads[-1].start()]
    spans = _duration_words(lang)
    for count in _COUNT_IN_CLAUSE.finditer(gap):
        nxt = re.findall(r"[^\W\d_]+", gap[count.end() :])[:2]
        lead = gap[: count.start()]
        # a count right after the verb is its subject's where the language puts the subject after a second verb
        # («Laut Stadt bleiben 200 Anwohner bis Freitag evakuiert»); elsewhere the verb's complement, a tally ("the
        # death toll remains 5387 until Friday", «le bilan reste 812 morts»: final76 read them ahead)
        after_verb = not (re.search(r"[^\W\d_]", lead) or re.search(r"[:;]", lead))
        if (not after_verb or not _verb_second(lang, hits[-1].group())) and not any(w.lower() in spans for w in nxt):
            return True
    return False


def _telling_before_limit(text: str, end: int, clause: str, last: tuple[int, bool, str], lang: str | None) -> bool:
    """Is ``last`` (position, future, word), the last tense word of a weekday's ``clause``, a verb of telling that
    opens the said clause, while an "until" word stands right before the weekday ("bis", "until", "jusqu'à", "hasta
    el", "fino a") or a postposition right after it ("kadar"), and the said clause shows a present or future verb of
    its own (:func:`_told_present`)? "The mayor said the plant stays closed until Friday", «Der Bürgermeister sagte,
    das Werk bleibt bis Freitag geschlossen»: the telling is no tense of the limit. final73 #1: these were the Friday
    before publication while «сказал, что завод закрыт до пятницы» was the next one, and the stream split a de/ru
    pair of one story. Without such a verb the telling's past reads it, as before: a past verb outside the short
    past-word lists ("said the plant sat idle until Friday", «sagte, das Werk stand bis Freitag still»; dates74fix
    #1) looks back."""
    at, future, word = last
    if future or not _telling_word(word.lower()):
        return False
    before = _unlisted(clause, lang)
    if not (_AHEAD_RE.search(before) or _AHEAD_AFTER_RE.match(text, end)):
        return False
    said = re.split(r"[,，]", before[at + len(word):])[-1]  # the said clause's part after its last comma
    after = _clause_after(text, end)
    return _told_present(said, after, lang)


@lru_cache(maxsize=4096)
def _telling_word(word: str) -> bool:
    """Is ``word`` (lower case, a past word of the text data) a verb of telling? Cached: the alternation of every
    language's verbs of telling costs ~0.1 ms a match, once for each weekday of a long text."""
    return _TELLING_RE.fullmatch(word) is not None


@cache
def _told_presents_re(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(``lang``'s present and future verbs of a said clause (text data "weekday_told_presents"; every language's
    for an unknown one), the same as a clause's last word), None without any. Not after an elided or reflexive
    pronoun: «s'est caché», «si è nascosto» are pasts."""
    langs = [lang] if lang in LANGUAGES else list(LANGUAGES)
    words = {w for lg in langs for w in profile(lg).weekday_told_presents}
    if not words:
        return None
    spaced = _phrases(w for w in words if not _glued(w))
    glued = alternation(w for w in words if _glued(w))
    form = "|".join(f for f in (rf"(?<![\w'’])(?<!\bse\s)(?<!\bsi\s)(?:{spaced})(?!\w)" if spaced else "", glued) if f)
    return re.compile(form, re.IGNORECASE), re.compile(rf"(?:{form})\W*$", re.IGNORECASE)


def _told_present(said: str, after: str, lang: str | None) -> bool:
    """Does a said clause hold its limit in a state or a future of ``lang`` (:func:`_told_presents_re`): a verb of
    staying or a future marker in ``said`` (its words before the weekday, ending in the "until" word) at most
    ``told_state_gap_words`` (settings) words before that "until" word, with no clause conjunction between ("stays closed until",
    «bleibt bis Freitag geschlossen»), or as the last word of ``after``, the rest of its comma clause (verb last:
    «dass das Werk bis Freitag geschlossen bleibt»)? dates74fix2: a copula or a present further back reads a past
    ("are arrived until", «sind bis Freitag geblieben», "is calm after firefighters fought the blaze until")."""
    found = _told_presents_re(lang)
    if found is None:
        return False
    anywhere, last = found
    if last.search(after):
        return True
    hits = list(anywhere.finditer(said))
    ahead = _AHEAD_RE.search(said)
    if not hits or ahead is None or hits[-1].end() > ahead.start():
        return False
    gap = re.findall(r"[^\W\d_]+", said[hits[-1].end() : ahead.start()])
    breaks = _told_breaks(lang)
    return len(gap) <= DEFAULT.told_state_gap_words and not any(w.lower() in breaks for w in gap)


@cache
def _told_breaks(lang: str | None) -> frozenset[str]:
    """The conjunctions that open a new clause between a said clause's verb of staying and its "until" word (text
    data "weekday_told_breaks"): ``lang``'s, every language's for an unknown one (as :func:`_told_presents_re`)."""
    langs = [lang] if lang in LANGUAGES else list(LANGUAGES)
    return frozenset(w for lg in langs for w in profile(lg).weekday_told_breaks)


def _unlisted(before: str, lang: str | None) -> str:
    """``before`` (the words before a weekday) without the weekdays listed right before it ("… until Friday and ",
    "… bis Freitag, Samstag und ", "… hasta el viernes y el "), so the list's "until" is read as the later weekdays'
    too; else ``before``."""
    listed_re = _listed_re(lang)
    if listed_re is None:
        return before
    while (listed := listed_re.search(before)) and listed[1].lower() in _WEEKDAYS:
        before = f"{before[: listed.start()]} "
    return before


@cache
def _listed_re(lang: str | None) -> re.Pattern[str] | None:
    """A word and a list's comma or "and" word of ``lang`` (:func:`_and_words`) ending a text, one short word ("el")
    after them at most, compiled once (built per call it cost half again on a long text of "until" weekdays)."""
    joins = _and_words(lang)
    if joins is None:
        return None
    return re.compile(rf"\s([^\W\d_]+)(?:\s*,\s*|\s+(?:{joins.pattern})\s+)(?:[^\W\d_]{{1,3}}\s+)?$")


@cache
def _unless_past_re(lang: str | None) -> re.Pattern[str] | None:
    """``lang``'s "until" words that point ahead only in a clause with no past (text data
    "weekday_ahead_unless_past"), right before a position; None without them."""
    return _words_before(profile(lang).weekday_ahead_unless_past) if lang in LANGUAGES else None


def _ahead_unless_past(text: str, start: int, end: int, lang: str | None) -> bool:
    """Does such a word ("through") stand right before the weekday at ``start``..``end`` in a comma clause holding a
    past of ``lang`` (:func:`_past_in`) that is no participle after a present auxiliary ("Rescuers worked through
    Sunday night", "The storm raged through Sunday"; not "The road is closed through Saturday")? Then the word says
    nothing of the way (dates66b, break66d H1: read as the coming Sunday, a false conflict)."""
    rx = _unless_past_re(lang)
    if rx is None or rx.search(text, max(0, start - 20), start) is None:
        return False
    own = _own_clause(text, start, end, lang)
    found = _limit_re(lang)
    presents = found[3] if found is not None else None
    form = _past_form(lang)
    pasts = [m for m in _PAST_RE.finditer(own) if not _PASSIVE_RE.search(own, 0, m.start())]
    if form is not None:
        pasts += [m for m in form.finditer(own) if _past_word(m.group(), lang)]
    return any(not (presents is not None and presents.search(own, 0, m.start())) for m in pasts)


def _perfect(text: str, start: int, end: int, lang: str | None) -> bool:
    """Does the comma clause of the weekday at ``start``..``end`` (:func:`_own_clause`) hold a perfect of ``lang``:
    a form of one of its "perfect_auxiliaries" and a small word of its "participle_form" ("hat am Montag über den
    Haushalt abgestimmt", "ist maandag begonnen")? False for a language without both."""
    data = profile(lang) if lang in LANGUAGES else None
    if data is None or not data.perfect_auxiliaries or not data.participle_form:
        return False
    from ..._cache import lemmatize

    own = _own_clause(text, start, end, lang)
    return any(lemmatize(w, lang or "") in data.perfect_auxiliaries for w in _WORD_RE.findall(own)) and _participle_in(
        own, lang)


def _dated_participle(text: str, start: int, lang: str | None) -> int:
    """Is the word right before the weekday at ``start`` (after "on" or an article at most) a participle of ``lang`` of
    an act that dates what it made or said, or an event ("les critiques formulées lundi", "le rapport publié lundi",
    "el informe publicado el lunes", "criticism voiced on Monday": text data "participle_dated_before_weekday")?
    Other participles there are as often an adjective or a noun of the future's object ("i cittadini colpiti lunedì":
    break65d3 H1): 0. -1 (a past even in a clause of an inflected future or "will": dates66, issue #12) when the
    participle's noun is the object of a future verb before it in its comma clause ("will examine the report
    published on Monday", «répondra aux critiques formulées lundi») or the verb of a relative clause with no
    future (", which shareholders approved on Monday"); else 1, unsure («Los votos emitidos el lunes se
    contarán el martes» may tell of the future: break66d M1). After a word that opens an absolute phrase (text data
    "participle_absolute_before": "with the treaty signed on Monday", "with a decision taken on Monday at the
    earliest") the participle is the future's: 0."""
    rx, found = _data_pattern(lang, "participle_dated_before_weekday"), _participle_re(lang)
    if rx is None or found is None:
        return 0
    word_re, _ = found
    m = word_re.search(text, max(0, start - 40), start)
    if m is None or not m.group("word")[:1].islower() or rx.fullmatch(m.group("word").lower()) is None:
        return 0
    if _passive_scope(text, m.start(), lang):
        return 0  # "sera (très probablement) publié lundi", "will be debated and passed on Monday": the clause's tense
    # the shapes are listed, so no lemma is asked (simplemma gives "prises" the noun "prise", "rapporto" the verb
    # "rapportare"); after a determiner the word is a noun, after a name or a future verb a name's or a predicate
    prev = re.findall(r"[^\W\d_]+", text[max(0, m.start() - 40) : m.start()])[-1:]
    if not prev or prev[0][:1].isupper() or prev[0].lower() in profile(lang).participle_noun_determiners:
        return 0
    future = _future_inflection(lang)
    if future is not None and future.fullmatch(prev[0]) is not None:
        return 0
    head = re.split(r"[,;:.!?]\s|[“”\"«»„(—–]", text[max(0, m.start() - 120) : m.start()])[-1]
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", head)]
    if set(words[-6:]) & set(profile(lang).participle_absolute_before):
        return 0  # "with the treaty signed on Monday", "with a decision taken on Monday at the earliest": the future's
    # the object of a future verb before it, at most five words after that verb, or the verb of a relative clause
    # ("the merger, which shareholders approved on Monday"): a past; else unsure
    futures = [f.end() for f in _FUTURE_RE.finditer(head)]
    if future is not None:
        futures += [f.end() for f in future.finditer(head) if _future_word(f.group(), lang)]
    if not futures:
        data = profile(lang)
        return -1 if words[:1] and (words[0] in data.thing_relatives or words[0] in data.person_relatives) else 1
    return -1 if len(re.findall(r"[^\W\d_]+", head[max(futures) :])) <= 5 else 1


@cache
def _attribute_res(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """``lang``'s patterns of a weekday dating a participle set before its noun (text data "attribute_weekday_before",
    "attribute_weekday_after"), None without them."""
    data = profile(lang) if lang in LANGUAGES else None
    if data is None or not data.attribute_weekday_before or not data.attribute_weekday_after:
        return None
    return re.compile(data.attribute_weekday_before), re.compile(data.attribute_weekday_after)


def _attribute_participle(text: str, start: int, end: int, lang: str | None) -> bool:
    """Is the weekday at ``start``..``end`` the date of a participle set before its noun, between a determiner and the
    participle ("die am Montag geäußerte Kritik", "der am Montag gewählte Präsident", "de op maandag geuite kritiek",
    "het op maandag gesloten akkoord")? Such a weekday dates the participle's act, done, whatever tense the clause
    holds (dates67: "Die am Montag geäußerte Kritik wird der Minister beantworten" was read as the coming Monday).
    Not a participle of a plan ("die am Montag geplante Sitzung", "de op maandag verwachte beslissing": text data
    "attribute_weekday_planned"), which may date what is to come."""
    found = _attribute_res(lang)
    if found is None:
        return False
    before, after = found
    m = after.match(text, end)
    if m is None or not before.search(text[max(0, start - 30) : start]):
        return False
    # a plan participle with a particle before it counts as the plan ("eingeplante", "neu angesetzte")
    return not m.group("participle").lower().endswith(profile(lang).attribute_weekday_planned)


def _passive_scope(text: str, at: int, lang: str | None) -> bool:
    """Is the participle at ``at`` a passive auxiliary's of ``lang`` (text data "passive_before_participle"): before it,
    back to the auxiliary in its sentence, only adverbs and conjunctions (text data "passive_scope_words",
    "passive_scope_suffixes"), other participles and phrases between commas ("will be formally and publicly
    presented", "sera, selon toute vraisemblance, publié", "sera examiné puis voté", "saranno con ogni probabilità
    pubblicati")? Such a participle has the auxiliary's tense (dates66b, break66d H2)."""
    data = profile(lang) if lang in LANGUAGES else None
    if data is None or not data.passive_before_participle:
        return False
    head = re.split(r"[.;:!?]\s", text[max(0, at - 160) : at])[-1]
    head = re.sub(r",[^,]{1,50},", " ", head)  # an aside between commas
    shape = _data_pattern(lang, "participle_before_weekday")
    for word in reversed(re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", head)):
        low = word.lower()
        if low in data.passive_before_participle:
            return True
        if not (low in data.passive_scope_words or (len(low) > 5 and low.endswith(data.passive_scope_suffixes))
                or (shape is not None and word[:1].islower() and shape.fullmatch(low))):
            return False
    return False


@cache
def _limit_re(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None,
                                          re.Pattern[str] | None] | None:
    """(``lang``'s "until" words right before a position, its acts that set a limit, its past states, its presents
    right before a participle, one word between at most) from text data "weekday_limit_until", "weekday_limit_acts",
    "weekday_limit_states", "weekday_limit_presents"; None for a language without the first two."""
    data = profile(lang) if lang in LANGUAGES else None
    if data is None or not data.weekday_limit_acts or (until := _words_before(data.weekday_limit_until)) is None:
        return None
    states, presents = data.weekday_limit_states, data.weekday_limit_presents
    return (until, re.compile(rf"(?<!\w)(?:{data.weekday_limit_acts})(?!\w)", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{_phrases(states)})(?!\w)", re.IGNORECASE) if states else None,
            re.compile(rf"(?<!\w)(?:{_phrases(presents)})\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE) if presents else None)


def _limit_act(text: str, start: int, end: int, lang: str | None) -> bool:
    """Is the weekday at ``start``..``end`` the limit a past act set: an "until" word of ``lang`` right before it and,
    in its comma clause, an act that sets a limit in a past ("Schools were suspended until Saturday", "Les cours ont
    été suspendus jusqu'à samedi", "El Gobierno prorrogó el toque de queda hasta el sábado"; text data
    "weekday_limit_*"), no past of a state ("stayed open until Saturday", "remained suspended") and no count (a
    tally)? Such a limit is ahead of the act; read ahead when near publication (:func:`_weekday_mentions`)."""
    found = _limit_re(lang)
    if found is None:
        return False
    until, acts, states, presents = found
    if until.search(text, max(0, start - 30), start) is None or _COUNT_IN_CLAUSE.search(_date_clause(text, start)):
        return False
    own = _own_clause(text, start, end, lang)
    if acts.search(own) is None or (states is not None and states.search(own) is not None):
        return False
    form = _future_inflection(lang)
    if _FUTURE_RE.search(own) or (form is not None and any(_future_word(m.group(), lang) for m in form.finditer(own))):
        return False  # "La carretera seguirá cerrada hasta el martes": a future's limit, ahead as ever
    # a past of the clause, not a participle after a present auxiliary ("are suspended until Saturday": a present)
    if any(not _PASSIVE_RE.search(own, 0, m.start()) for m in _PAST_RE.finditer(own)):
        return True
    form = _past_form(lang)
    return form is not None and any(_past_word(m.group(), lang) and not (presents and presents.search(own, 0, m.start()))
                                    for m in form.finditer(own))


@cache
def _limit_auxiliary_re(lang: str | None, field: str) -> re.Pattern[str] | None:
    """``lang``'s auxiliaries of a tense (text data ``field``: "weekday_limit_perfects" for the present perfect,
    "weekday_limit_pluperfects" for the pluperfect) right before a position, one word between at most; None without
    them."""
    words = _phrases(getattr(profile(lang), field)) if lang in LANGUAGES else ""
    return re.compile(rf"(?<!\w)(?:{words})\s+(?:[^\W\d_]+\s+)?$", re.IGNORECASE) if words else None


def _limit_in_tense(text: str, start: int, end: int, lang: str | None, field: str) -> bool:
    """Is the act that sets the limit of the weekday at ``start``..``end`` (:func:`_limit_act`) in the tense whose
    auxiliaries are text data ``field`` (:func:`_limit_auxiliary_re`): one of them right before the act in the
    weekday's comma clause?"""
    found, rx = _limit_re(lang), _limit_auxiliary_re(lang, field)
    if found is None or rx is None:
        return False
    own = _own_clause(text, start, end, lang)
    return any(rx.search(own, 0, m.start()) for m in found[1].finditer(own))


def _limit_pluperfect(text: str, start: int, end: int, lang: str | None) -> bool:
    """Is the act that sets the limit of the weekday at ``start``..``end`` (:func:`_limit_act`) a pluperfect ("Trains
    had been halted until Friday", "had extended the curfew until Friday", «avaient été suspendus jusqu'à vendredi»,
    «había prorrogado … hasta el viernes»)? Such a limit was set before another past: it may have run out on the last
    such day or still lie ahead, so its weekday is left unresolved (dates67; it was read as the coming day). Not in a
    sentence that tells who said it ("The operator said trains had been halted until Friday", «… hasta el viernes,
    dijo el ministerio»): the pluperfect is the telling's backshift of a limit that holds, read as the coming day as
    before (break67d U01, X07)."""
    sentence = _SENTENCE_END.split(text[:start])[-1] + " " + _SENTENCE_END.split(text[end:])[0]
    if _TELLING_RE.search(sentence):
        return False
    return _limit_in_tense(text, start, end, lang, "weekday_limit_pluperfects")


def _limit_perfect(text: str, start: int, end: int, lang: str | None) -> bool:
    """Is the act that sets the limit of the weekday at ``start``..``end`` (:func:`_limit_act`) a present perfect
    ("Schools have been suspended until Monday", "has extended the curfew until Sunday", «a prolongé le couvre-feu
    jusqu'à dimanche», «ha prorrogado … hasta el domingo»)? Such a limit holds now, so it is the coming day however
    far (dates66b, break66d M3)."""
    return _limit_in_tense(text, start, end, lang, "weekday_limit_perfects")


def _participle_in(clause: str, lang: str | None) -> bool:
    """Does ``clause`` hold a small word of the shape of ``lang``'s participles (text data "participle_form"), not
    one of its "perfect_auxiliaries" ("abgestimmt", "begonnen", "entgleist")? False for a language without the shape."""
    data = profile(lang)
    if not data.participle_form:
        return False
    from ..._cache import lemmatize

    return any(re.fullmatch(data.participle_form, w) for w in _WORD_RE.findall(clause)
               if not w[:1].isupper() and lemmatize(w, lang or "") not in data.perfect_auxiliaries)


_WORD_RE = re.compile(r"(?<!\w)[^\W\d_]+(?!\w)")


@cache
def _present_future_forms(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """(``lang``'s verb-final present of the near future, its relative participle) from text data
    "present_future_form", "relative_participle_form"; None for a language without the first."""
    data = profile(lang) if lang in LANGUAGES else None
    if data is None or not data.present_future_form:
        return None
    participle = re.compile(data.relative_participle_form) if data.relative_participle_form else None
    return re.compile(data.present_future_form), participle


def _present_future_after(words: list[str], lang: str | None) -> bool:
    """Are ``words`` (a weekday's clause after it) closed by ``lang``'s present of the near future with no
    relative participle before it («cumartesi günü yeniden açılıyor»; not «pazartesi günü başlayan grev sürüyor»)?"""
    forms = _present_future_forms(lang)
    if forms is None:
        return False
    present, participle = forms
    last = words[-1].lower()
    return bool(present.fullmatch(last)) and not (
        participle is not None and any(participle.fullmatch(w.lower()) for w in words[:-1]))


@cache
def _future_inflection(lang: str | None, modal: bool = False) -> re.Pattern[str] | None:
    """The future verb forms of ``lang`` (text data "future_inflection"; with ``modal`` "future_modal"), none for a
    language without them: only the text's own language, as French "-ra" is no future in Spanish ("para")."""
    data = profile(lang) if lang in LANGUAGES else None
    forms = (data.future_modal if modal else data.future_inflection) if data is not None else ()
    return re.compile("|".join(f"(?:{f})" for f in forms), re.IGNORECASE) if forms else None


@cache
def _complementizer(lang: str | None) -> re.Pattern[str] | None:
    """The words that open a said clause in ``lang`` (text data "complementizers": "que", "dass", «что»)."""
    words = profile(lang).complementizers if lang in LANGUAGES else frozenset()
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE) if words else None


def _future_own_clause(text: str, start: int, end: int, lang: str | None) -> bool:
    """Does the comma clause of the weekday at ``start``..``end`` hold a future verb form of ``lang`` and no
    past one (a past word of any language's data, or ``lang``'s own past form)?"""
    form, modal = _future_inflection(lang), _future_inflection(lang, modal=True)
    if form is None and modal is None:
        return False
    before = re.split(r"[,;:.!?]\s|[，。；！？\n“”\"«»„]", text[max(0, start - 80) : start])[-1]
    opener = _complementizer(lang)
    said = list(opener.finditer(before)) if opener is not None else []
    if said:  # "dijo que el puerto reabrirá el lunes": the said clause opens at "que"
        before = before[said[-1].end():]
    after = _clause_after(text, end)
    own = f"{before} {text[start:end]} {after}"
    tail = len(own) - len(after)  # where ``after`` starts in ``own``: a match there is at ``end`` + (its start - tail)

    def name(m: re.Match[str]) -> bool:
        at = start - len(before) + m.start() if m.start() < len(before) else end + m.start() - tail
        return _name_at(text, at, lang)

    def future(rx: re.Pattern[str] | None) -> bool:
        return rx is not None and any(_future_word(m.group(), lang) and not name(m) for m in rx.finditer(own))

    # an inflected future reads the weekday ahead as it always did (break65d3 H1: a participle test here read
    # «recevra maires et élus lundi» back); a modal's only when no participle dates the weekday (break65d M7)
    if not future(form) and not (future(modal) and not _participle_before(text, start, lang)
                                 and not _attribute_after(text, end, lang)):
        return False
    if (joins := _and_words(lang)) is not None:
        # a past in a clause joined by "and" is that clause's: «est arrivé lundi et signera vendredi l'accord»
        # (vendredi is ahead); the future may stand before the "and" («werde am Montag und Dienstag öffnen»)
        own = f"{joins.split(before)[-1]} {text[start:end]} {joins.split(after, maxsplit=1)[0]}"
    return not _past_in(own, lang)


def _attribute_after(text: str, end: int, lang: str | None) -> bool:
    """Does an attributive participle of ``lang`` follow the weekday ending at ``end`` ("die am Montag gefallene
    Entscheidung")? The weekday is the participle's, no plan's (dates66b, break66d G05)."""
    rx = _data_pattern(lang, "weekday_attribute_after")
    return rx is not None and rx.match(text, end) is not None


def _past_in(text: str, lang: str | None) -> bool:
    """Does ``text`` hold a past word of any language's data or a past form of ``lang`` (``_past_word``)?"""
    past = _past_form(lang)
    return bool(_PAST_RE.search(text)) or (past is not None and any(_past_word(m.group(), lang)
                                                                   for m in past.finditer(text)))


def _name_at(text: str, at: int, lang: str | None) -> bool:
    """Is the word at ``at`` in ``text`` a name, not a verb form: capitalised (not written in capitals) and either
    not the first word of its sentence or a word simplemma does not know in ``lang``? French "-ra" is a future's
    ending and a name's ("Ouattara", "Guerra", "Samara"); break53 F2: «Alassane Ouattara est arrivé lundi» was dated
    a week ahead."""
    word = re.match(r"[^\W\d_]+", text[at:])
    if word is None or not word.group()[:1].isupper() or word.group().isupper():
        return False
    if re.search(r"(?:^|[.!?\n…])[\s\"'“”«»„‘’()\[\]—–-]*$", text[max(0, at - 40) : at]) is None:
        return True  # a capital inside a sentence
    from ..._cache import is_known

    return not is_known(word.group().lower(), lang or "")


def _past_word(word: str, lang: str | None) -> bool:
    """Is ``word``, a match of ``lang``'s "past_form", a past? Where the language data gives a "past_lemma", a
    word simplemma knows is one only when its lemma matches it: «сказал» (сказать) is, «терминал» is not."""
    form = profile(lang).past_lemma if lang in LANGUAGES else ""
    if not form or " " in word.strip():
        return True
    from ..._cache import is_known, lemmatize

    word = word.strip().lower()
    return not is_known(word, lang or "") or bool(re.search(form, lemmatize(word, lang or "")))


def _own_clause(text: str, start: int, end: int, lang: str | None) -> str:
    """The comma clause of the weekday at ``start``..``end``, from the language's complementizer after the
    last comma before it ("sagte, das Terminal …", "zei dat de terminal …") to the next punctuation mark."""
    before = re.split(r"[,;:.!?]\s|[，。；！？\n“”\"«»„]", text[max(0, start - 80) : start])[-1]
    opener = _complementizer(lang)
    said = list(opener.finditer(before)) if opener is not None else []
    if said:
        before = before[said[-1].end():]
    after = _clause_after(text, end)
    return f"{before} {after}"


@cache
def _present(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str], str] | None:
    """(present form, its lemma, the participle prefix) of ``lang`` (text data "present_form", "present_lemma",
    "participle_prefix"), None for a language without them."""
    data = profile(lang) if lang in LANGUAGES else None
    if data is None or not data.present_form or not data.present_lemma:
        return None
    return re.compile(data.present_form), re.compile(data.present_lemma), data.participle_prefix


def _present_ahead(text: str, start: int, end: int, lang: str | None) -> bool:
    """Is the weekday at ``start``..``end`` in a clause of a present that is the language's future
    (:func:`_present_own_clause`), and after no behind word ("seit Montag")?"""
    if _behind(text, start, lang) or _habitual_clause(text, start, end, lang) or _participle_before(text, start, lang):
        return False
    if _present_before(text, start, end, lang):
        return True
    # a plural present written as its infinitive narrates a past as often, told by a past beside it (break65d M5)
    found = _present_own_clause(text, start, end, lang)
    return found == "present" or (found == "plural" and not _past_near(text, start, end, lang))


@cache
def _participle_re(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str] | None] | None:
    """(a participle right before a weekday, after "on" or an article at most; a passive auxiliary right before that
    participle) of ``lang`` (text data "participle_before_weekday", "passive_before_participle"), None without the
    first."""
    data = profile(lang) if lang in LANGUAGES else None
    if data is None or not data.participle_before_weekday:
        return None
    word = re.compile(r"(?<![\w'’])(?P<word>[^\W\d_]+)\s+(?:(?:on|el|le|la|les|il|lo|los|las|the)\s+)?$", re.IGNORECASE)
    passive = data.passive_before_participle
    return word, (re.compile(rf"(?<!\w)(?:{alternation(passive)})\s+$", re.IGNORECASE) if passive else None)


def _participle_before(text: str, start: int, lang: str | None) -> bool:
    """Is the word right before the weekday at ``start`` (after "on" or an article at most) a participle of ``lang``
    that dates what it tells ("debris found on Monday", "votes cast on Monday", "les critiques formulées lundi",
    "el accidente ocurrido el lunes"), not a passive of its clause's tense ("doit être examiné lundi")? Where a
    lemmatiser knows the word, only when its lemma is another word (French "lieu" is none). A weekday so dated is
    the participle's, a past: no future or present of the clause reads it ahead (break65d H3, M7)."""
    found = _participle_re(lang)
    if found is None:
        return False
    word_re, passive = found
    m = word_re.search(text, max(0, start - 40), start)
    if m is None:
        return False
    if m.group("word")[0].isupper():
        return False  # a name or a headline's word: "aux États-Unis lundi", "à Paris lundi", "Fred on Monday"
    word = m.group("word").lower()
    shape = profile(lang).participle_before_weekday
    if not re.fullmatch(shape, word):
        return False
    if passive is not None and passive.search(text, max(0, m.start() - 30), m.start()):
        return False
    if base(lang or "") == "en":
        return True  # English participles are listed or "-ed": "cut", "cast" are their verbs' lemmas too
    from ..._cache import is_known, lemmatize

    if not is_known(word, lang or ""):
        return False
    # a participle's lemma is its verb ("publiés" -> "publier") or, as simplemma gives many, its own masculine
    # singular ("formulées" -> "formulé", "tenus" -> "tenu"); a noun's is a noun ("sindacati" -> "sindacato" is no
    # participle shape; break65d2 H1 read "les partis lundi" back as a participle whose lemma differed)
    lemma = lemmatize(word, lang or "")
    endings = profile(lang).infinitive_endings
    verb = lemma.endswith(endings) if endings else True
    if lemma == word or not (verb or re.fullmatch(shape, lemma)):
        return False
    # a participle after a verb is its predicate, of the verb's tense ("Les écoles resteront fermées lundi", "Le
    # scuole restano chiuse lunedì"); after a noun it tells of that noun, a past ("l'accident survenu lundi"); after
    # a determiner it is a noun itself ("les élus lundi", "los invitados el lunes", "i sindacati lunedì")
    prev = re.findall(r"[^\W\d_]+", text[max(0, m.start() - 40) : m.start()])[-1:]
    if not prev or prev[0].lower() in profile(lang).participle_noun_determiners:
        return False
    if prev[0][0].isupper():
        return False  # a name's word: "aux Nations unies lundi" (break65d2 P20)
    return not endings or not lemmatize(prev[0].lower(), lang or "").endswith(endings)


@cache
def _habitual_words(lang: str | None) -> re.Pattern[str] | None:
    """``lang``'s words that make a present a habit (text data "weekday_habitual_words"), None without them."""
    words = profile(lang).weekday_habitual_words if lang in LANGUAGES else ()
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE) if words else None


def _habitual_clause(text: str, start: int, end: int, lang: str | None) -> bool:
    """Does the comma clause of the weekday at ``start``..``end`` hold a word of habit ("Montags treffen sich die
    Minister immer", "The market usually opens on Monday")? Its present is no future then (break65d H1)."""
    rx = _habitual_words(lang)
    return rx is not None and rx.search(_own_clause(text, start, end, lang)) is not None


def _past_near(text: str, start: int, end: int, lang: str | None) -> bool:
    """Does the sentence of the weekday at ``start``..``end`` or the next one hold a past or a verb of telling
    (a past word, a past form of ``lang``, a present of a verb of telling: "berichten", "spricht", and in a language
    of "capitalised_nouns" a small "-te"/"-ten" word whose lemma is another verb: "zählte", "mitteilte")? A present beside it narrates a past: "Die Kurse fallen am Montag
    um drei Prozent, wie die Börse am Dienstag mitteilte", "Am Montag treffen sich die Außenminister … Sie
    beschlossen neue Sanktionen" (break65d M5: read as the coming Monday, they opposed the past one)."""
    head = re.split(r"[.!?](?=\s)", text[max(0, start - 200) : start])[-1]
    tail = "".join(re.split(r"([.!?](?=\s))", text[end : end + 300])[:3])
    sentence = f"{head} {tail}"
    if _past_in(sentence, lang) or _TELLING_RE.search(sentence):
        return True
    if lang not in LANGUAGES:
        return False
    from ..._cache import is_known, lemmatize

    # a present of telling narrates as its past does: "steigen am Montag kräftig, wie Händler berichten", "die
    # Polizei spricht von einem friedlichen Verlauf" (break65d2 G11, G13: read ahead, they opposed the past Monday).
    # "geben" is left out: "es gibt" tells nothing.
    telling = (_telling_lemmas(lang) | frozenset(profile(lang).present_telling_lemmas)) - {"geben"}
    if telling and any(w[:1].islower() and is_known(w, lang or "") and lemmatize(w, lang or "") in telling
                       for w in re.findall(r"(?<!\w)[^\W\d_]{3,}(?!\w)", sentence)):
        return True
    if profile(lang).capitalised_nouns:
        return any(w[:1].islower() and is_known(w, lang or "") and (lemma := lemmatize(w, lang or "")) != w
                   and lemma.endswith("en") for w in re.findall(r"(?<!\w)[^\W\d_]{3,}ten?(?!\w)", sentence))
    if not profile(lang).present_plural_infinitive:
        return False
    # Dutch writes nouns small: a past is a "-de"/"-te" word or an "-en" word whose lemma is another verb ("meldde",
    # "spraken"), not a participle ("gesproken") nor a present ("vergadert": no such ending) (dates66)
    return any(not w.startswith("ge") and is_known(w, lang or "") and (lemma := lemmatize(w, lang or "")) != w
               and lemma.endswith("en") for w in re.findall(r"(?<!\w)[a-zë]{2,}(?:de|te|den|ten|en)(?!\w)", sentence))


@cache
def _present_future_before(lang: str | None) -> re.Pattern[str] | None:
    """``lang``'s presents of the future written right before a weekday (text data "present_future_before"), None
    without them."""
    forms = profile(lang).present_future_before if lang in LANGUAGES else ()
    return re.compile("|".join(f"(?:{f})" for f in forms), re.IGNORECASE) if forms else None


def _present_before(text: str, start: int, end: int, lang: str | None) -> bool:
    """Does a present of the future of ``lang`` end right before the weekday at ``start``..``end`` (text data
    "present_future_before": "The ministers are meeting on Monday", "Parliament votes on Monday") in a comma clause
    with no past word, past form or verb of telling ("are investigating a crash that happened on Monday" has none
    of the shape; "said the talks resume on Monday" is the telling's)?"""
    rx = _present_future_before(lang)
    if rx is None:
        return False
    before = re.split(r"[,;:.!?]\s|[“”\"«»„(—–]", text[max(0, start - 80) : start])[-1]
    if rx.search(before) is None:
        return False
    own = _own_clause(text, start, end, lang)
    return not (_past_in(own, lang) or _TELLING_RE.search(own))


def _present_own_clause(text: str, start: int, end: int, lang: str | None) -> str:
    """Does the comma clause of the weekday at ``start``..``end`` hold a present of ``lang`` (text data
    "present_form": "öffnet am Montag", "maandag weer opengaat", the German and Dutch future) and no past
    word, past form, participle ("hat am Montag geöffnet", "ist am Montag begonnen"), other verb form
    (German, whose nouns are capitalised: "öffnete", "kam") or verb of telling? "plural" when only a plural present
    written as its infinitive says so ("treffen sich am Montag"), "present" for another present, "" for none."""
    found = _present(lang)
    if found is None:
        return ""
    form, lemma_form, prefix = found
    own = _own_clause(text, start, end, lang)
    past = _past_form(lang)
    if _PAST_RE.search(own) or (past is not None and past.search(own)) or _TELLING_RE.search(own):
        return ""
    from ..._cache import is_known, lemmatize

    present, plural, verbs, auxiliary = False, False, 0, False
    words = _WORD_RE.findall(own)
    # a clause's last word written as an infinitive is a headline's participle ("200 Arbeiter am Montag entlassen",
    # "… im Kanzleramt empfangen": break65d M5) or a verb-final clause's, no plural present; a clause the weekday
    # closes has none after it ("De ministers vergaderen maandag", dates66: the verb before it is no last word)
    after = _WORD_RE.findall(_clause_after(text, end))
    last = after[-1] if after else ""
    for word in words:
        if word[:1].isupper() or not is_known(word, lang or ""):
            continue  # a German noun; a word simplemma does not know says nothing
        lemma = lemmatize(word, lang or "")
        if lemma == word and _plural_present(word, lang):
            # "Die Minister treffen sich am Montag": a plural present written as its infinitive (newuser64 M2)
            verbs += 1
            auxiliary = auxiliary or lemma in profile(lang).perfect_auxiliaries
            if auxiliary and verbs > 1:
                return ""  # "haben sich am Montag getroffen", "sind am Montag eingetroffen"
            plural = plural or word != last
            continue
        if lemma == word or not lemma_form.search(lemma):
            continue
        verbs += 1
        auxiliary = auxiliary or lemma in profile(lang).perfect_auxiliaries
        if auxiliary and verbs > 1:
            return ""  # "is maandag ontspoord": a perfect, whatever the participle's form
        if (prefix and word.startswith(prefix) and not lemma.startswith(prefix)) or (
                word.endswith(lemma[-2:]) and not profile(lang).infinitive_endings):
            # a participle: "geöffnet", "begonnen" (a perfect or a passive looks back); not Italian «riapre»
            # (riaprire), whose participles "present_strict" turns down as no present
            return ""
        if lemma in _telling_lemmas(lang):
            return ""  # "teilt … am Montag mit": the telling's day, however the verb is written
        data = profile(lang)
        if not (form.fullmatch(word) and _regular_present(word, lemma, data.present_endings, data.infinitive_endings,
                                                          data.present_stem_changes)):
            if data.capitalised_nouns or data.present_strict:
                return ""  # another form of a verb: a past ("öffnete", "kam") or a subjunctive
            continue  # Dutch writes nouns small ("school", lemma "scholen"): its pasts are "past_words"
        present = True
    kind = "present" if present else "plural" if plural else ""
    if auxiliary and profile(lang).participle_form and _participle_in(own, lang):
        return ""  # "ist am Montag entgleist": a participle simplemma does not take back to its verb
    return kind


def _plural_present(word: str, lang: str | None) -> bool:
    """Is ``word``, a small word that is its own lemma, the plural present of a verb of ``lang`` written as its
    infinitive (text data "present_plural_infinitive": German "treffen", "tagen", "beraten")? Only when a present of
    its stem with one of the language's "present_endings" ("trefft", "tagt", "beratet") goes back to it: "gegen",
    "zusammen", "morgen" have none."""
    data = profile(lang) if lang in LANGUAGES else None
    if data is None or not data.present_plural_infinitive or not word.endswith("en") or len(word) < 5:
        return False
    if word.lower() in data.present_plural_homographs:
        return False  # Dutch "staken", "braken": as often a past of another verb (break66d M2)
    from ..._cache import is_known, lemmatize

    stem = word[:-2]
    # the stem as the present writes it: a doubled consonant single, a vowel doubled, a voiced end unvoiced (Dutch
    # "stemmen" -> "stemt", "maken" -> "maakt", "geven" -> "geeft"; dates66: «De ministers vergaderen maandag»)
    stems = dict.fromkeys((stem, re.sub(r"(.)\1$", r"\1", stem), re.sub(r"([aeou])([^\Waeiou])$", r"\1\1\2", stem)))
    stems = dict.fromkeys([*stems, *(s[:-1] + {"v": "f", "z": "s"}[s[-1]] for s in stems if s[-1:] in "vz")])
    return any(is_known(f"{s}{e}", lang or "") and lemmatize(f"{s}{e}", lang or "") == word
               for s in stems for e in data.present_endings if e)


_UMLAUT = str.maketrans("aou", "äöü")


def _regular_present(word: str, lemma: str, endings: tuple[str, ...], infinitives: tuple[str, ...] = (),
                     changes: tuple[tuple[str, str], ...] = ()) -> bool:
    """Is ``word`` its infinitive ``lemma``'s stem (the lemma without "-en"/"-n"; a doubled last consonant made
    single, "beginn" -> "begin"; a last vowel doubled, "neem"; an umlaut, "fährt") with one of the language's
    present ``endings`` (text data "present_endings": "öffnet", "opent", "opengaat")? A strong past of the same
    shape ("erhielt", "trat", "sloot") is none. With ``infinitives`` (text data "infinitive_endings": Romance
    "-ar", "-ire") the stem is the lemma without the one it ends in, its last vowel changed by one of ``changes``
    ("cierr-a" of "cerrar") or not."""
    if infinitives:
        ending = next((e for e in infinitives if lemma.endswith(e) and len(lemma) > len(e) + 1), None)
        if ending is None:
            return False
        root = lemma[: -len(ending)]
        stems = {root} | {f"{m.string[:m.start()]}{new}{m.string[m.end():]}" for old, new in changes
                          for m in [re.search(rf"{re.escape(old)}(?=[^aeiouáéíóú]*$)", root)] if m}
        return any(word == f"{s}{e}" for s in stems for e in endings)
    stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
    stems = {stem, re.sub(r"(.)\1$", r"\1", stem), re.sub(r"([aeou])([^\Waeiou])$", r"\1\1\2", stem),
             stem.translate(_UMLAUT)}
    return any(word == f"{s}{e}" or (e and s.endswith(e) and word == s) for s in stems for e in endings)


@cache
def _telling_lemmas(lang: str | None) -> frozenset[str]:
    """The lemmas of ``lang``'s verbs of telling (text data "reporting_verbs", "source_verbs": "teilte … mit"
    gives "teilen"), so a present of one ("teilt … mit", "meldt") is read as the telling it is."""
    if lang not in LANGUAGES:
        return frozenset()
    from ..._cache import is_known, lemmatize

    words = {w for phrase in (*profile(lang).reporting_verbs, *profile(lang).source_verbs)
             for w in re.findall(r"[^\W\d_]+", phrase)}
    lemma_form = _present(lang)
    return frozenset(lemma for w in words if is_known(w, lang) and (lemma := lemmatize(w, lang)) != w
                     and lemma_form is not None and lemma_form[1].search(lemma))


def _future_word(word: str, lang: str | None) -> bool:
    """Is ``word``, a match of ``lang``'s "future_inflection", a future? Where the language data gives a
    "future_lemma", a word simplemma knows is one only when its lemma matches it: «пройдёт» (пройти) is,
    «проходит» (проходить, imperfective: a present) and «вертолёт» (a noun) are not (review39 F1)."""
    lemma_form = _data_pattern(lang, "future_lemma")
    if lemma_form is None or " " in word.strip():
        return True
    from ..._cache import is_known, lemmatize

    word = word.strip().lower()
    return not is_known(word, lang or "") or bool(lemma_form.search(lemmatize(word, lang or "")))


def _told(text: str, start: int, end: int, lang: str | None = None) -> bool:
    """Does the weekday at ``start``..``end`` date a telling: a verb of telling in its own comma clause
    ("wie die Behörden am Sonntag mitteilten", "ont annoncé dimanche les autorités", "как сообщили в
    воскресенье власти"), with no future word and no ahead word ("until") of that clause? Such a weekday
    looks back. Trial 46 W5: the clause before it, "23 Menschen werden noch vermisst, wie die Behörden",
    held "werden" (a passive, read as the future), and "am Sonntag" was dated a week after the article."""
    before = re.split(r"[,;:.!?]\s|[，。；！？\n“”\"«»„]", text[max(0, start - 80) : start])[-1]
    after = _clause_after(text, end)
    own = f"{before} {after}"
    # (an "until" before the weekday listed before it is this one's too: "said … closed until Friday and Saturday")
    if _AHEAD_RE.search(_unlisted(before, lang)) or _AHEAD_AFTER_RE.match(text, end) or _FUTURE_RE.search(own):
        return False
    return bool(_TELLING_RE.search(own)) and not _FUTURE_AFTER_RE.search(after)


def _safe_date(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def day_first(text: str, language: str | None = None) -> bool:
    """Are slash dates in ``text`` written day first (26/4/2020) or month first (4/26/2020)?

    Decided once per text, so "4/6/2020" and "26/4/2020" in one article read
    the same way: a first number above 12 means day first, a second one above
    12 means month first; with no such date, English texts are month first and
    every other language day first.
    """
    for m in _DMY_RE.finditer(normalise_digits(text)):
        if m.group(2) == ".":
            continue
        if int(m.group(1)) > 12:
            return True
        if int(m.group(3)) > 12:
            return False
    return base(language) not in (None, "en")


def _date_candidates(
    text: str, *, published: str | None, language: str | None, dayfirst: bool | None = None
) -> list[ResolvedDate]:
    text = normalise_digits(text)
    pub = _parse_day(published)
    langs = _langs(language)
    cands: list[tuple[int, int, object]] = []
    months, weekdays = _word_hits(text, base(language))
    dayfirst = day_first(text, language) if dayfirst is None else dayfirst
    cands += [(r.start, r.end, r) for r in _absolute_dates(text, pub, months, dayfirst, base(language))]
    if "月" in text or "월" in text or "周" in text or "星期" in text or "礼拜" in text or "日" in text or "号" in text \
            or "曜" in text:
        cands += [(r.start, r.end, r) for r in _zh_dates(text, pub, base(language))]
    cands += [(r.start, r.end, r) for r in _month_dates(text, pub, months, base(language))]
    cands += [(r.start, r.end, r) for r in _bare_days(text, pub, months, base(language))]
    cands += [(r.start, r.end, r) for r in _year_dates(text, pub, base(language))]
    cands += [(r.start, r.end, r) for r in _year_word_spans(text, base(language))]
    cands += [(r.start, r.end, r) for r in _weekday_dates(text, pub, weekdays, base(language))]
    cands += [(r.start, r.end, r) for r in _relative_dates(text, pub, langs, language is None)]
    cands += [(r.start, r.end, r) for r in _ago_dates(text, pub, base(language))]
    dates = _night_spans(text, [_night(text, r) for r in _apposed(text, [c[2] for c in _pick(cands)])])  # type: ignore[misc]
    return _day_pairs(text, dates, language)


@cache
def _days_joined(language: str | None) -> re.Pattern[str]:
    """A day number and a dash or the word for "and" right before another day ("1 i 2 lipca", "1-2 July")."""
    words = profile(language).days_and if language in LANGUAGES else ()
    joins = "[-–]" + (rf"|\s(?:{alternation(words)})\s" if words else "")
    return re.compile(rf"(?<![\d.,:/])((?:[12]?\d|3[01]))\.?(?:er|st|th)?\s*(?:{joins})\s*$", re.IGNORECASE)


_DAY_AFTER = re.compile(r"\s*[-–]\s*((?:[12]?\d|3[01]))(?!\d|[.,:/]\d)")


def _day_pairs(text: str, dates: list[ResolvedDate], language: str | None) -> list[ResolvedDate]:
    """A written day with another day of its month joined before it ("1 i 2 lipca", "1. und 2. Juli") or,
    month first, after it ("July 1-2") is one span of days: the first day, ``until`` the last (trial 15:
    "zaplanowano na 1 i 2 lipca" read as 2 July and a count 1)."""
    out = []
    for d in dates:
        written = next((int(w) for w in re.findall(r"\d+", d.text) if int(w) <= 31), None)
        if d.precision == "day" and d.until is None and written is not None:
            digit_first = text[d.start].isdigit()
            before = _days_joined(language).search(text, max(0, d.start - 12), d.start) if digit_first else None
            after = None if digit_first else _DAY_AFTER.match(text, d.end)
            if before and int(before.group(1)) < written:
                first = f"{d.date[:8]}{int(before.group(1)):02d}" if d.date else None
                d = replace(d, text=text[before.start(1) : d.end].strip(), date=first, until=d.date, start=before.start(1))
            elif after and int(after.group(1)) > written:
                last = f"{d.date[:8]}{int(after.group(1)):02d}" if d.date else None
                d = replace(d, text=text[d.start : after.end()].strip(), until=last, end=after.end())
        out.append(d)
    return out


# "Friday, March 15" / "Freitag, dem 15. März": the weekday names the date beside it. Resolved on
# its own against the publication day, it became the Friday before (8 March), a date the text never gave.
# The weekday may follow the date too: "2 Aralık Çarşamba" (tr), "December 2, Wednesday"; read the
# other way round, the written date took the weekday's past Wednesday (trial 12: 2 Aralık -> 25 November).
# A bracket opens the date too: "am Donnerstag (6.1.2022)", "в четверг (13.01)" (dedates79: the weekday was read as
# the Thursday before publication, 2022-01-13, beside the 2022-01-06 it names).
_APPOSITION = re.compile(r"\s*[,(]?\s*(?:dem|den|der|le|el|il|the)?\s*", re.IGNORECASE)


def _apposed(text: str, dates: list[ResolvedDate]) -> list[ResolvedDate]:
    """A weekday beside a written date takes the date, on either side of it: "2 Aralık Çarşamba",
    "2 December, Wednesday" (trial 12: the date took the weekday's past Wednesday instead, a false
    date conflict with "am Mittwoch")."""
    out = list(dates)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (a.date and b.date and len(a.date) == len(b.date) == 10):
            continue
        if not _APPOSITION.fullmatch(text[a.end: b.start]) or a.text.rstrip().endswith((".", "!", "?")):
            continue  # "... on 25 November. On Wednesday, ...": a sentence apart (the date took its full stop)
        # in a bracket too only a date of the weekday's own day: "am Samstag (20.10)" is a clock time, not 20 October
        # (dedates79fix: the Saturday became a Wednesday); "Donnerstag (7.1.2022)" of another day stays as it was read
        for k, day, written in ((i, a, b), (i + 1, b, a)):
            if _weekday_alone(day) and not _weekday_alone(written) and _same_weekday(day.date, written.date):
                out[k] = replace(day, date=written.date)
                break
    return out


def _weekday_alone(r: ResolvedDate) -> bool:
    """A weekday without a day number ("Wednesday", "am Mittwoch", "周四", "月曜日"), resolved from the publication day.
    A month alone ("in November", "via XX Settembre") is a date word too but no day: never one (trial54 F8: its
    "2026-11" was parsed as a day and `compare` crashed on every monthly-statistics headline)."""
    return r.relative and r.precision == "day" and not any(ch.isdigit() for ch in r.text) and (
        is_date_word(r.text.split()[-1]) or _ZH_WEEKDAY_RE.fullmatch(r.text) is not None)


def counted_from_reference(d: DateMention, lang: str | None = None) -> bool:
    """Whether ``d`` is a day read back from the reference day and nothing else: a weekday, a day of the
    month without its month ("11日", "le 11"), "yesterday" (``relative``, a day's precision, no month word
    and at most one number). "10 November" without a year is relative too, but only its year is read."""
    if not getattr(d, "relative", False) or getattr(d, "precision", "day") != "day":
        return False
    if len(re.findall(r"\d+", d.text)) > 1 or "月" in d.text or "월" in d.text:
        return False
    return not _word_hits(d.text, base(lang) if lang else None)[0]


def read_from_reference(d: DateMention, lang: str | None = None) -> bool:
    """Whether ``d`` is what its reference day alone gives: a day :func:`counted_from_reference` ("Thursday",
    "yesterday", "11日", "3 days ago") or a week, month or year of relative words, no month name and no year written
    ("last week", "le mois dernier", "next year"). Read against a publication day borrowed from another document,
    such a date is a guess (newuser64 M4); "10 November" and "in March" take only their year from it."""
    if counted_from_reference(d, lang):
        return True
    if not getattr(d, "relative", False) or getattr(d, "precision", "day") not in ("week", "month", "year"):
        return False
    return not re.search(r"\d", d.text) and not _word_hits(d.text, base(lang) if lang else None)[0]


def _same_weekday(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return dt.date.fromisoformat(a).weekday() == dt.date.fromisoformat(b).weekday()


# A night spans two days: "in der Nacht zu Freitag" (de), "в ночь на пятницу" (ru) and "overnight
# into Friday" are the night before that day; "Thursday night" runs into the next. Read as single
# days, a German "Nacht zu Freitag" against an English "Thursday night" was a false date conflict.
# The phrases are language data (``night`` in ``text/data/<xx>.json``), matched in any text.
def _phrase_alternatives(phrases: Iterable[str]) -> str:
    """An alternation of phrases, longest first (ties in one order, so the pattern's text is the same in every
    process: setup's compiled-pattern table serves it), their words joined by any run of spaces; never-matching
    when there are none."""
    words = sorted(set(phrases), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in words) or "(?!)"


@cache
def _night_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    before = _phrase_alternatives(p for lang in LANGUAGES for p in profile(lang).night_before)
    after = _phrase_alternatives(p for lang in LANGUAGES for p in profile(lang).night_after)
    return (re.compile(rf"\b(?:{before})\s+$", re.IGNORECASE), re.compile(rf"^\s+(?:{after})\b", re.IGNORECASE))


def _night(text: str, r: ResolvedDate) -> ResolvedDate:
    """A weekday of a night expression as the two days the night spans."""
    if r.precision != "day" or not r.date or len(r.date) != 10 or r.until:
        return r
    day = dt.date.fromisoformat(r.date)
    night_before, night_after = _night_patterns()
    if night_before.search(text[max(0, r.start - 24): r.start]):
        return replace(r, date=_ymd(day - dt.timedelta(days=1)), until=r.date, day=r.date)
    if night_after.match(text[r.end: r.end + 8]):
        return replace(r, until=_ymd(day + dt.timedelta(days=1)))
    return r


@cache
def _night_span_patterns() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """(before the first day, between the days) of each night span (text/data "night_span"), matched in
    any text as the night phrases are."""
    def words(phrase: str) -> str:
        return r"\s+".join(map(re.escape, phrase.split()))

    spans = {pair for lang in LANGUAGES for pair in profile(lang).night_span}
    return tuple((re.compile(rf"(?<![\w])(?:{words(a)})\s+$", re.IGNORECASE), re.compile(rf"\s+(?:{words(b)})\s+", re.IGNORECASE))
                 for a, b in sorted(spans))


def _night_spans(text: str, dates: list[ResolvedDate]) -> list[ResolvedDate]:
    """A night from one weekday to the next ("dans la nuit de lundi à mardi", "en la noche del lunes al
    martes", "in der Nacht von Montag auf Dienstag", "в ночь с понедельника на вторник") as one date, the
    night range of the second day (dated that day, :attr:`ResolvedDate.day`). Trial 16 #16: the first
    weekday alone dated Le Monde's lead to Monday, grouped with a report that named the wrong day."""
    patterns = _night_span_patterns()
    if not patterns or len(dates) < 2:
        return dates
    out: list[ResolvedDate] = []
    skip: set[int] = set()
    for i, (a, b) in enumerate(pairwise(dates)):
        if a.precision != "day" or b.precision != "day" or not a.date or not b.date or len(b.date) != 10:
            continue
        before, between = text[max(0, a.start - 24):a.start], text[a.end:b.start]
        if any(open_.search(before) and join.fullmatch(between) for open_, join in patterns):
            day = dt.date.fromisoformat(b.date)
            skip.add(i)
            dates[i + 1] = replace(b, start=a.start, text=text[a.start:b.end], until=b.date,
                                   date=_ymd(day - dt.timedelta(days=1)), day=b.date)
    out = [d for i, d in enumerate(dates) if i not in skip]
    return out


_WEEKDAY_PREFIXES = frozenset(w[:3] for w in _WEEKDAYS)
# The first word of a weekday's name of two words (Hebrew "יום רביעי", and "ביום רביעי" with the preposition the
# text data "weekday_forms" glues on): the word where the weekday pattern looks, as months' two-word names do
_WEEKDAY_FIRST_WORDS = frozenset(w.split()[0] for w in _WEEKDAYS if " " in w)


def _word_hits(text: str, lang: str | None = None) -> tuple[list[int], list[int]]:
    """Start offsets of month and weekday words: the big date patterns only run near them.

    babel's names count only in their own language ("domingo" is a Spanish Sunday
    but a surname in an English text); the hand tables above count everywhere.
    New lists on each call; the offsets of the last texts asked are kept (a text's numbers ask twice, for its
    dates and for the dates inside names, and its dates are read again for the similarity: pairfast51).
    """
    months, weekdays = _kept_word_hits(text, lang)
    return list(months), list(weekdays)


@lru_cache(maxsize=64)
def _kept_word_hits(text: str, lang: str | None) -> tuple[tuple[int, ...], tuple[int, ...]]:
    months: list[int] = []
    weekdays: list[int] = []
    own_months, own_days = _own_names(lang)
    for m in re.finditer(r"[^\W\d_]{2,}", text):  # two letters: the Levantine "آب" (August)
        low = m.group().lower()
        if (low in _MONTHS or low in _MONTH_FIRST_WORDS) and (low in _BASE_MONTHS or low in own_months):
            months.append(m.start())
        elif low[:3] in _WEEKDAY_PREFIXES:
            word = re.match(r"[^\W\d_]+", low)
            # a weekday of two hyphened words is one name ("segunda-feira": "segunda" alone is "second")
            joined = re.match(r"[^\W\d_]+-[^\W\d_]+", text[m.start() : m.start() + 30].lower())
            if not word or _known_weekday(word.group(), own_days) or (joined and joined.group() in _WEEKDAYS) \
                    or _two_word_weekday(low, text, m.end(), own_days):
                weekdays.append(m.start())
    if "'" in text or "’" in text:
        # a weekday written with an apostrophe (Ukrainian «п'ятниці», «п’ятницю»: trial52 F25 found none, the
        # letters before the apostrophe too short a word to look at)
        weekdays += [m.start() for m in re.finditer(r"(?<![\w'’])[^\W\d_]+['’][^\W\d_]+", text)
                     if m.group().lower() in _WEEKDAYS and m.start() not in weekdays]
        weekdays.sort()
    return tuple(months), tuple(weekdays)


def may_date_month(text: str, language: str | None = None) -> bool:
    """Whether :func:`extract_dates` of ``text`` in ``language`` may give a date of a month's precision, whatever the
    publication date: False when ``text`` has none of what the only readers of such dates need: a month word
    where the month patterns look (:func:`_word_hits`: :func:`_month_dates`), 月 or 월 (:func:`_zh_dates`), or a
    relative phrase of a month ("last month", "le mois dernier": ``_RELATIVE``, :func:`_relative_dates`, read in
    English alone when ``language`` is None, as there). The other readers give days, weeks and years, and what runs
    after them (the pick among overlapping spans, appositions, nights, ranges, the non-dates) changes no precision
    and adds no date. For a caller that wants months alone (:func:`storylens.similarity._openings._event_months`, the
    first 600 characters of a text): ~0.1 CPU-ms against the reader's ~0.4-0.9, and ~70 % of the dev leads it read
    name no month (ingest59)."""
    if "月" in text or "월" in text:
        return True
    # the words are those of the text extract_dates reads: its digits normalised and a bracketed second month name
    # blanked change no letter of the words outside them
    if _word_hits(text, base(language))[0]:
        return True
    for lang in ("en",) if language is None else _langs(language):
        rules = _RELATIVE[lang]
        if any(rules[int((m.lastgroup or "r0")[1:])][1][0] == "month" for m in _RELATIVE_RE[lang].finditer(text)):
            return True
    return False


def _two_word_weekday(low: str, text: str, end: int, own_days: frozenset[str]) -> bool:
    """Whether the word ``low`` (ending at ``end``) opens a weekday's name of two words, of the data or of the
    text's own language ("ביום רביעי", "יום רביעי": trial59's Hebrew report had its weekday unread)."""
    if low not in _WEEKDAY_FIRST_WORDS:
        return False
    second = re.match(r"\s+([^\W\d_]+)", text[end : end + 30])
    name = f"{low} {second.group(1).lower()}" if second else ""
    return name in own_days or name in _BASE_WEEKDAYS


_BASE_WEEKDAY_SET = frozenset(_BASE_WEEKDAYS)


def _known_weekday(word: str, own_days: frozenset[str]) -> bool:
    """Whether ``word`` starts with a weekday name of the tables or of the text's language (``own_days``).
    Each of the word's prefixes is looked up (a word's few letters, not a scan of the hundreds of names:
    504k ``startswith`` calls in 100 dev pairs, pairfast51); the same answer as testing each name."""
    return any(word[:k] in _BASE_WEEKDAY_SET or word[:k] in own_days for k in range(len(word) + 1))


def _month_number(word: str, lang: str | None) -> int:
    """The month (1-12) a month word of the tables names, read in the text's language ``lang`` when that language
    names a month by it: Croatian "listopada" is October, Polish "listopada" November (try48 F9: a Croatian report's
    "26. listopada 2026" was read as 26 November)."""
    low = word.lower()
    return month_names(lang).get(low) or _MONTHS[low]


def _own_names(lang: str | None) -> tuple[frozenset[str], frozenset[str]]:
    if not lang:
        return frozenset(), frozenset()
    from ...text import month_names, weekday_names

    names = month_names(lang)
    # the first word of a two-word month ("تشرين الثاني") marks where the date patterns look
    firsts = {w.split()[0] for w in names if " " in w}
    return frozenset(names) | frozenset(firsts), frozenset(weekday_names(lang))


def _near(rx: re.Pattern[str], text: str, hits: list[int], group: int | str, before: int, after: int = 40):
    """Matches of ``rx`` whose ``group`` starts at one of ``hits``, searching only a window around each.

    Scanning whole articles with these long alternations cost ~4 ms a pattern. With nothing ``before``, the one match
    whose group starts at a hit is the match starting there (a match's group starts at or after it): tried there
    alone, not at every character of the window after it (ingest77).
    """
    seen = set()
    if before == 0:
        for h in hits:
            m = rx.match(text, h, min(len(text), h + after))
            if m is not None and m.start(group) == h and m.span() not in seen:
                seen.add(m.span())
                yield m
        return
    for h in hits:
        for m in rx.finditer(text, max(0, h - before), min(len(text), h + after)):
            if m.start(group) == h and m.span() not in seen:
                seen.add(m.span())
                yield m


def _slash_days(text: str, pub: dt.date | None, lang: str | None) -> Iterable[ResolvedDate]:
    """Day and month with a slash and no year in a day-first text, after a preposition of the text's own language
    (pt "em 11/02": dates72, no date, so it was never the day "February 11" of an English report). After a word
    that stands before dates alone ("am 11/02 trat er zurück") it is read before anything; after a general
    preposition of time only before punctuation, the text's end or a clock time ("em 11/02, disse"), never before a
    word: "em 9/10 sondagens", "In 10/12 Fällen", "bei 11/12 Prozent" are fractions and tallies (break_dates72;
    the count "10" of "em 10/12 jogos" was lost). A bare "11/02" stays unread: a ratio or a score as often."""
    day_only, general = _slash_day_prepositions(lang)
    for m in _DM_SLASH_RE.finditer(text):
        day, month = int(m.group(1)), int(m.group(2))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        window = max(0, m.start() - 20)
        if not (day_only.search(text, window, m.start())
                or (general.search(text, window, m.start()) and _SLASH_DAY_END.match(text, m.end()))):
            continue
        year = _year_for(month, day, pub, *_lean(text, m.start(), lang))
        date = _safe_date(year, month, day) if year else None
        if year is None or date:
            yield ResolvedDate(m.group(), date, relative=True, start=m.start(), end=m.end())


# What may follow a slash day after a general preposition of time: punctuation, the text's end, or a clock time up
# to two words on ("em 11/02, disse", "in 11/02.", "em 11/02 às 15h", "em 11/02 às 15:30").
_SLASH_DAY_END = re.compile(r"\s*(?:$|[.,;:!?)\]»\"”—–-])|\s+(?:[^\W\d_]+\s+){0,2}\d{1,2}(?:[:h]\d{2}(?!\d)|h(?![^\W\d_])|\s+Uhr\b)")


@cache
def _slash_day_prepositions(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(words before dates alone, general prepositions of time and "since") closing the text before a slash day, of
    ``lang`` (text data "slash_day_prepositions", "adverbial_prepositions", "date_since"; every language's when
    ``lang`` is unknown): "in 10/12" of a Polish or German text is no Portuguese "em 10/12"."""
    own = base(lang)
    langs = [own] if own in LANGUAGES else list(LANGUAGES)
    day_only = {w for lg in langs for w in profile(lg).slash_day_prepositions}
    general = {w for lg in langs for w in (*profile(lg).adverbial_prepositions, *profile(lg).date_since)} - day_only

    def closing(words: set[str]) -> re.Pattern[str]:
        return re.compile(rf"(?<![^\W\d_])(?:{_phrase_alternatives(words)})\s+$", re.IGNORECASE)

    return closing(day_only), closing(general)


def _absolute_dates(
    text: str, pub: dt.date | None, months: list[int], dayfirst: bool = False, lang: str | None = None
) -> Iterable[ResolvedDate]:
    for m in _ISO_RE.finditer(text):
        d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            yield ResolvedDate(m.group(), d, start=m.start(), end=m.end())
    for m in _DMY_RE.finditer(text):
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        d = _safe_date(y, b, a) if m.group(2) == "." or dayfirst else _safe_date(y, a, b)
        if d:
            yield ResolvedDate(m.group(), d, start=m.start(), end=m.end())
    if lang != "en":
        yield from _day_month_dates(text, pub, lang)
        if dayfirst and "/" in text:
            yield from _slash_days(text, pub, lang)
    for rx, day_group, month_group, before in ((_DAY_MONTH_RE, 1, 2, 14), (_MONTH_DAY_RE, 2, 1, 0)):
        for m in _near(rx, text, months, month_group, before):
            month_word = m.group(month_group)
            if not _month_ok(text, m.start(month_group), month_word):
                continue
            if not m.group(3) and _in_name(text, m.start(month_group), m.end(), month_word):
                continue  # "Ponte 25 de Abril", "6 October Bridge": a name, no date
            day, month = int(m.group(day_group)), _month_number(month_word, lang)
            year = int(m.group(3)) if m.group(3) else _year_for(month, day, pub, *_lean(text, m.start(), lang))
            date = _safe_date(year, month, day) if year else None
            if year and date is None:
                continue
            yield ResolvedDate(m.group().strip(), date, relative=not m.group(3), start=m.start(), end=m.end())


def _day_month_dates(text: str, pub: dt.date | None, lang: str | None) -> Iterable[ResolvedDate]:
    """Day and month written with dots and no year ("(13.01.)", "am 6.1.", "Donnerstag (13.1.)"), and day, month
    and a two-digit year ("vom 06.01.22"), in a text of a language that writes them.

    "13.01." with a month of two digits and its trailing dot is a date, as before. Any other "d.m." is read only on
    positive evidence that it is one (dedates79, issue #12: "(13.1.)", "am 10.1." were the numbers 13.1 and 10.1):
    a weekday right before it that names the same day ("Donnerstag (13.1.)", "в четверг (13.01.)", "am Donnerstag,
    13.1."; dedates79fix: "am Samstag (20.10)" is a clock time, 20 October 2021 a Wednesday; without its trailing dot
    a "d.m" is none even then, one weekday in seven agreeing by chance: "am Montag (9.8)"), a word of the language
    that stands before such days (text data "day_month_prepositions": "am 6.1.", "vom 7.1.", "dnia 13.1.") with the
    trailing dot, or the end of a range whose start is such a date ("vom 7.1. bis 9.1.", "vom 10.-14.1."). "bis 8.1."
    and "seit 3.1." alone are no evidence ("alle Windows-Versionen bis 8.1.", "stieg bis 3.1."), nor is a day and a
    dash ("Die Plätze 3.-5.1."). "in 3.5", "bei 2.4", "§ 3.1.", "13.1 Mio", "am 6.1 Prozent" stay numbers. A day,
    month and two-digit year ("06.01.22") is read on the same evidence, never bare ("Version 10.01.22"). The year is
    the article's own (no publication date: no date, and no weekday to agree with)."""
    if base(lang) in _YEAR_FIRST_LANGS:
        return
    last_end = -1  # where the last day and month read as a date ended: a range may continue from it
    for m in _DM_DOTS_RE.finditer(text):
        day, month, dotted = int(m.group(1)), int(m.group(2)), bool(m.group(3))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        if not ((dotted and len(m.group(2)) == 2) or _day_range_end(text, last_end, m.start(), lang)
                or _day_month_evidence(text, m, lang, pub)):
            continue
        year = _year_for(month, day, pub, *_lean(text, m.start(), lang))
        date = _safe_date(year, month, day) if year else None
        if year is None or date:
            last_end = m.end()
            yield ResolvedDate(m.group(), date, relative=True, start=m.start(), end=m.end())
    for m in _DMY2_RE.finditer(text):
        day, month, year = int(m.group(1)), int(m.group(2)), 2000 + int(m.group(3))
        if pub is None or year not in (pub.year - 1, pub.year):
            continue
        date = _safe_date(year, month, day)
        if date and _led_as_date(text[max(0, m.start() - 40):m.start()], lang, partial(str, date)):  # never bare
            yield ResolvedDate(m.group(), date, start=m.start(), end=m.end())


# Languages that write a date of numbers year first ("22.01.06", "2022.01.06."): no day and month in them.
_YEAR_FIRST_LANGS = frozenset({"ko", "ja", "zh", "hu", "lt"})
# What stands between a weekday and the day and month it names: "Donnerstag (13.1.)", "Donnerstag, 13.1.",
# "Donnerstag, den 13.1.", "в четверг, 13.01."; a space alone is no apposition (dedates79fix: "am Sonntag 2.1.
# Sekunden schneller", and 2 January 2022 was a Sunday; a "13.01." of two digits needs no weekday)
_WEEKDAY_GAP = re.compile(r"\s*(?:[,(]\s*(?:den|dem)?|den|dem)\s*", re.IGNORECASE)
# A day and a dash right before a day and month: "10.-14.1.", "10. - 14.1." (group 1: the first day)
_DAY_DASH_BEFORE = re.compile(r"(?<![\d.,])([12]?\d|3[01])\.?\s*[-–]\s*$")


def _day_month_evidence(text: str, m: re.Match[str], lang: str | None, pub: dt.date | None) -> bool:
    """Is the "d.m." of ``m`` (:data:`_DM_DOTS_RE`) a date by what stands right before it (:func:`_day_month_dates`)?
    A weekday counts only when it names the same day, in the year the day is read in (so only with ``pub``)."""
    start, month, dotted = m.start(), int(m.group(2)), bool(m.group(3))
    window = text[max(0, start - 40):start]

    def day_of(day: int) -> str | None:  # the day read in its year, as :func:`_day_month_dates` will read it
        year = _year_for(month, day, pub, *_lean(text, start, lang))
        return _safe_date(year, month, day) if year else None

    if not dotted:
        # "(13.1)" without its trailing dot is no date even after an agreeing weekday: one weekday in seven agrees by
        # chance, and scores, decimals and clock times stand there ("am Montag (9.8)", "в понедельник (3.1)",
        # "am Mittwoch (6.10)"; retester_dedates79: 11 of 294 such probes dated, the weekday moved with them)
        return False
    if dash := _DAY_DASH_BEFORE.search(window):  # "vom 10.-14.1.": the evidence stands before the first day
        return _led_as_date(window[:dash.start()], lang, lambda: day_of(int(dash.group(1))))
    return _led_as_date(window, lang, lambda: day_of(int(m.group(1))))


def _led_as_date(window: str, lang: str | None, date: Callable[[], str | None]) -> bool:
    """Does ``window``, the text right before a day written in numbers (``date()``: that day, None without a year),
    show it a date: a weekday of the same day, or a word of ``lang`` that stands before such days ("am", "vom",
    "dnia") and no figure right before that word ("um 2 am 3.1.")?"""
    words = _day_month_prepositions(lang)
    found = words.search(window) if words is not None else None
    if found is not None and not _FIGURE_BEFORE.search(window, 0, found.start()):
        return True
    return _weekday_names(window, date)


def _weekday_names(window: str, date: Callable[[], str | None]) -> bool:
    """Does ``window`` end in a weekday (and a comma, a bracket or "den") that is the weekday of ``date()``?"""
    weekdays = [_WEEKDAYS.get(w.group("wd").lower()) for w in _WEEKDAY_RE.finditer(window)
                if _WEEKDAY_GAP.fullmatch(window, w.end())]
    if not weekdays or (day := date()) is None:
        return False
    return dt.date.fromisoformat(day).weekday() in weekdays


def _day_range_end(text: str, last_end: int, start: int, lang: str | None) -> bool:
    """Is the "d.m." at ``start`` the end of a range from a day and month read as a date that ended at ``last_end``:
    "vom 7.1. bis 9.1.", "am 10.1. - 12.1."? ("bis 3.1." alone is no evidence: "stieg bis 3.1.")"""
    return last_end >= 0 and _day_range_to(lang).fullmatch(text, last_end, start) is not None


@cache
def _day_range_to(lang: str | None) -> re.Pattern[str]:
    """What joins the two ends of a range of days in ``lang`` (text data "weekday_range_to": "bis", "до"; a dash)."""
    words = (profile(lang).weekday_range_to if lang in LANGUAGES else ()) + ("-", "–", "—")
    return re.compile(rf"\s*(?:{_phrase_alternatives(words)})\s*", re.IGNORECASE)


# A figure without a trailing dot ending a text: "2.8 ", "von 12 "
_FIGURE_BEFORE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?\s+$")


@cache
def _day_month_prepositions(lang: str | None) -> re.Pattern[str] | None:
    """``lang``'s words before a day and month ending a text (text data "day_month_prepositions"), None without."""
    words = profile(lang).day_month_prepositions if lang in LANGUAGES else ()
    return re.compile(rf"(?<![^\W\d_])(?:{_phrase_alternatives(words)})\s+$", re.IGNORECASE) if words else None


# "去年5月" is May of last year; "5月份" is May too, but "5个月" (five months) is no month name.
_ZH_YEAR_WORD = {"去年": -1, "今年": 0, "明年": 1, "前年": -2}
_ZH_MONTHS_COUNT = re.compile(r"[内內里裡间間]")


# Words right before a Chinese weekday (周一, 星期一, 礼拜一; a Traditional text is read in Simplified characters) that
# name its week, a calendar week running Monday to Sunday: 上 the week before publication's, 上上 two weeks back, 下 the
# week after it, 下下 two weeks on, 这 / 本 publication's own week. Not the 上 of 早上, 晚上, 马上, 以上, 加上, 算上, 会上
# ("晚上周六", "再加上周三的损失": retester_zh79), nor of 网上, 线上, 路上, 北上, 台上, 街上, 楼上, 身上 ("政府網上週一公布":
# final79, this week's Monday online). 下 and 本 end too many words to list ("天皇陛下周五", "全国上下周五", "在这种情况下
# 周五", "日本周一", "原本周五": stop 80's tester), so they name the week only where nothing or a word that leads to a
# time stands before them: the text's or a clause's start (punctuation, a space, a digit) or 在, 于, 从, 到, 至, 将, 会,
# 要, 定, 以, 和, 及, 与, 或, 计 (预计), 划 (计划), 是, 就, 也, 都, 还, 最 ("议会将于下周五投票", "双方定下周五签约",
# "下周一和下周三"); elsewhere ("学校下周一", "陛下周五") the weekday is read as before (text data "weekday_ahead": the
# coming such day). 下周五 said on a Wednesday is the Friday of the week after, not the coming Friday two days on as
# English "next Friday" may read (stop 79's testers).
_ZH_WEEK_SHIFTS = {"上上": -2, "上": -1, "下下": 2, "下": 1, "这": 0, "本": 0}
_ZH_WEEK_LEAD = r"(?:^|(?<=[\W\d_在于从到至将会要定以和及与或计划是就也都还最]))"
_ZH_WEEK_SHIFT = re.compile(r"(?:(?<![早晚马以加算会网线路北台街楼身])(?P<last>上上|上)"
                            rf"|{_ZH_WEEK_LEAD}(?P<next>下下|下)"
                            rf"|(?P<this>这)|{_ZH_WEEK_LEAD}(?P<own>本))个?$")
# A number right before 周 / 星期 makes it a count of weeks ("一周一次" once a week, "两周一次", "数周一直"), 每 a
# recurring day ("每周一", every Monday); a count of times right after the day's numeral makes it a frequency
# ("每周一次", "每周一至两次", "每周三次"), not 次日 (the next day).
_ZH_WEEK_COUNTED = re.compile(r"(?:[\d一二两三四五六七八九十几数多半百千]|[\d一二两三四五六七八九十几数多半]个)$")
_ZH_EVERY_WEEK = re.compile(r"每个?$")
_ZH_TIMES = re.compile(r"(?:[至到或、~～-][\d一二两三四五六七八九十]{1,3})?次(?!日)")


def _zh_dates(text: str, pub: dt.date | None, lang: str | None = None) -> Iterable[ResolvedDate]:
    """"2022年1月6日" / "1月6日" / "2022年1月" / "周四" (Chinese writes dates with digits and 年月日)."""
    for m in _ZH_DATE_RE.finditer(text):
        year, month, day = m.group(1), int(m.group(2)), m.group(3)
        if not 1 <= month <= 12:
            continue
        if day is None:
            if year:
                yield ResolvedDate(m.group(), f"{int(year):04d}-{month:02d}", precision="month", start=m.start(), end=m.end())
            elif m.group().strip()[-1] in "月월" and not _ZH_MONTHS_COUNT.match(text, m.end()):
                # "欧元区5月通胀率": May of the year the text speaks in, not the count 5 (trial 15)
                shift = _ZH_YEAR_WORD.get(text[max(0, m.start() - 2) : m.start()])
                y = pub.year + shift if pub and shift is not None else _year_for(month, None, pub, *_lean(text, m.start(), lang))
                yield ResolvedDate(m.group(), f"{y:04d}-{month:02d}" if y else None, precision="month",
                                   relative=True, start=m.start(), end=m.end())
            continue
        y = int(year) if year else _year_for(month, int(day), pub, *_lean(text, m.start(), lang))
        date = _safe_date(y, month, int(day)) if y else None
        if y is None or date:
            yield ResolvedDate(m.group(), date, relative=not year, start=m.start(), end=m.end())
    for m in _ZH_DAY_RE.finditer(text):
        day = int(m.group(1))
        if not 1 <= day <= 31 or pub is None:
            continue
        # the latest such day on or before publication (this month's, else last month's), the next one in a
        # clause of the future ("28日将举行会议")
        first = pub.replace(day=1)
        if _lean(text, m.start(), lang)[0] or _FUTURE_RE.search(text, m.end(), m.end() + 3):
            month_start = first if day >= pub.day else (first + dt.timedelta(days=32)).replace(day=1)
        else:
            month_start = first if day <= pub.day else (first - dt.timedelta(days=1)).replace(day=1)
        date = _safe_date(month_start.year, month_start.month, day)
        if date:
            yield ResolvedDate(m.group(), date, relative=True, start=m.start(), end=m.end())
    for m in _ZH_WEEKDAY_RE.finditer(text):
        wd = _ZH_WEEKDAY[m.group(1)] if m.group(1) else _JA_WEEKDAY[m.group(2)]
        before = text[max(0, m.start() - 3) : m.start()]
        if m.group(1) and (_ZH_WEEK_COUNTED.search(before) or _ZH_TIMES.match(text, m.end())):
            continue  # "一周一次", "两周一次", "每周一至两次", "数周一直": a count of weeks or of times, no weekday
        if m.group(1) and _ZH_EVERY_WEEK.search(before):
            # "每周一开放" (open every Monday): no single day, so no date, as "every Monday" (break65d H1)
            yield ResolvedDate(m.group(), None, relative=True, start=m.start(), end=m.end())
            continue
        # six characters: the word before 下 / 本 (and 个) is read, the window's start only the text's
        week = _ZH_WEEK_SHIFT.search(text[max(0, m.start() - 6) : m.start()]) if m.group(1) else None
        if week is not None and pub is not None:
            # "上周四" (last week's Thursday): that day of the week before publication's, a week running Monday to
            # Sunday (stop 79's tester: "上週四會見" was this week's Thursday, a false conflict with "last Thursday");
            # "下周五" that day of the week after it, "本周五" of publication's own week
            monday = pub - dt.timedelta(days=pub.weekday())
            shift = _ZH_WEEK_SHIFTS[next(g for g in week.groups() if g)]
            date = _ymd(monday + dt.timedelta(weeks=shift, days=wd))
            yield ResolvedDate(m.group(), date, relative=True, start=m.start(), end=m.end())
            continue
        mark = "next" if _ahead(text, m.start(), m.end(), lang) else ""
        yield ResolvedDate(m.group(), _resolve_weekday(wd, mark, pub), relative=True, start=m.start(), end=m.end())


@cache
def _bare_day_re(lang: str | None) -> re.Pattern[str] | None:
    """``lang``'s days of the month written alone (text data "bare_day_of_month") as one pattern, None without."""
    data = profile(lang) if lang in LANGUAGES else None
    if data is None or not data.bare_day_of_month:
        return None
    return re.compile("|".join(f"(?:{p})" for p in data.bare_day_of_month))


def _day_of_reference(day: int, pub: dt.date, future: bool) -> str | None:
    """The latest day ``day`` of a month on or before ``pub`` (this month's, else last month's), the next one on or
    after it when ``future``; None for a day its month lacks ("on the 31st" of a 30-day month)."""
    first = pub.replace(day=1)
    if future:
        month_start = first if day >= pub.day else (first + dt.timedelta(days=32)).replace(day=1)
    else:
        month_start = first if day <= pub.day else (first - dt.timedelta(days=1)).replace(day=1)
    return _safe_date(month_start.year, month_start.month, day)


# The end of the sentence around a bare day of the month (":func:`_bare_days`"): a month named in it gives the day
# its month ("In October, the council voted on the 5th"; "on the 5th and 6th of March").
_SENTENCE_END = re.compile(r"(?<!\b[^\W\d_])\.\s|[;!?]\s|[。；！？\n]")


def _bare_days(text: str, pub: dt.date | None, months: list[int], lang: str | None) -> Iterable[ResolvedDate]:
    """Days of the month written alone in a language with spaces ("on the 5th", "el día 5": text data
    "bare_day_of_month"), read as Chinese "5日" is (:func:`_zh_dates`): the latest such day on or before publication,
    the next one when its clause points ahead as a weekday's does (:func:`_weekday_tense`: "On the 8th, talks will
    resume"). "5日下午" and "on the 5th in the afternoon" of one report were no date to compare with each other
    (dates67): "on the 4th" against "5日" was no conflict. The patterns take a day only at a clause end or before a
    time of day, so no ordinal of a count ("on the 3rd and final day", "on the 5th and 6th floors", golf "on the
    5th, his first": break67d); none in a sentence that names a month (``months``: offsets of month words), whose
    month it may be. Without ``pub``, none: the day is counted from it (:func:`counted_from_reference`)."""
    rx = _bare_day_re(lang)
    if rx is None or pub is None:
        return
    for m in rx.finditer(text):
        head = _SENTENCE_END.split(text[: m.start()])[-1]
        tail = _SENTENCE_END.split(text[m.end() :])[0]
        if any(m.start() - len(head) <= at < m.end() + len(tail) for at in months):
            continue
        ahead = _lean(text, m.start(), lang)[0] or _weekday_tense(text, m.start(), m.end(), lang, behind=False) == 1
        if not head.strip() and not ahead:
            # a day that opens its sentence ("On the 8th, talks will resume"): the tense comes after it
            tenses = [(t.start(), True) for t in _FUTURE_RE.finditer(tail)]
            tenses += [(t.start(), False) for t in _PAST_RE.finditer(tail)]
            ahead = bool(tenses) and min(tenses)[1]
        date = _day_of_reference(int(m.group("day")), pub, ahead)
        if date:
            yield ResolvedDate(m.group().strip(), date, relative=True, start=m.start(), end=m.end())


def _name_words(words: Iterable[str]) -> str:
    """An alternation of name words: one written small here matches either case, one written capitalised only so."""
    parts = []
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        body = r"\s+".join(map(re.escape, w.split()))
        parts.append(f"[{re.escape(w[0])}{re.escape(w[0].upper())}]{body[len(re.escape(w[0])):]}" if w[:1].islower() else body)
    return "|".join(parts) or "(?!)"


@cache
def _date_name_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a head before a date, a small tail after it, a capitalised tail after it, a tail of any case after it) of
    every language's "date_name" data and of the calendar-only languages' (text.calendar_date_names) (:func:`_in_name`)."""
    extra = calendar_date_names()
    heads = _name_words([*(w for lg in LANGUAGES for w in profile(lg).date_name_heads),
                         *(w for kinds in extra.values() for w in kinds.get("heads", ()))])
    joins = _name_words(w for lg in LANGUAGES for w in profile(lg).date_name_joins)
    tails = [w for lg in LANGUAGES for w in profile(lg).date_name_tails]
    # "Ponte 25 de", "Place du 14-", "Via XX", "Plaza de", "Straße des 17.", "ул. 8": up to the month word
    before = re.compile(rf"(?<![^\W\d_])(?:{heads})\s+(?:(?:{joins})\s+)?(?:(?:\d{{1,2}}|[IVXLC]{{1,5}})\.?(?:\s*-\s*|\s+)"
                        rf"(?:(?:{joins})\s+)?)?$")
    small = re.compile(rf"\s+(?:{alternation(w for w in tails if w[:1].islower()) or '(?!)'})(?![^\W\d_])")
    capital = re.compile(rf"\s+(?:{'|'.join(re.escape(w) for w in tails if not w[:1].islower()) or '(?!)'})(?![^\W\d_])")
    # Hungarian "Október 6. utca", "a 3 május utcai": the street word follows a month of either case
    any_case = re.compile(rf"\.?\s+(?:{alternation(w for kinds in extra.values() for w in kinds.get('tails', ())) or '(?!)'})"
                          r"(?![^\W\d_])", re.IGNORECASE)
    return before, small, capital, any_case


@cache
def _small_months() -> frozenset[str]:
    """The month words of the languages that write months small only (text data "months_lowercase")."""
    small = {w for lg in LANGUAGES if profile(lg).months_lowercase for w in month_names(lg)}
    capital = {w for lg in LANGUAGES if not profile(lg).months_lowercase for w in month_names(lg)}
    return frozenset(small - capital)


def _in_name(text: str, month_start: int, end: int, month_word: str) -> bool:
    """Is the date whose month word starts at ``month_start`` and which ends at ``end`` part of a proper name: a
    place noun before it ("Ponte 25 de Abril", "Plaza de Mayo", "Place du 14-Juillet", "улица 8 Марта"), or one
    after it ("6 October Bridge", "29 Ekim Caddesi"; a small one, "25 de Abril bridge", only beside a month
    capitalised where its language writes months small)? Text data "date_name"; such a date is no date of the
    story (trial52 F10)."""
    before, small, capital, any_case = _date_name_patterns()
    head = before.search(text, max(0, month_start - 40), month_start)
    if head and not (head.group()[:1].islower() and month_word[:1].islower()):
        # a name is capitalised somewhere (or written in a caseless script: «جسر 6 أكتوبر»): «улица 8 Марта»,
        # "Avenida 9 de julio"; not «на улице 8 марта»
        return True
    if capital.match(text, end) or any_case.match(text, end):
        return True
    return bool(small.match(text, end)) and month_word[:1].isupper() and month_word.lower() in _small_months()


def date_in_name(text: str, month_start: int, end: int, month_word: str) -> bool:
    """Public :func:`_in_name`: is the date whose month word ``month_word`` starts at ``month_start`` of ``text`` and
    which ends at ``end`` part of a place's name ("Ponte 25 de Abril", "6 October Bridge")? The similarity's own
    date reader asks it (trial52 F10: "same dates: 25 April")."""
    return _in_name(text, month_start, end, month_word)


def name_date_spans(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """(start, end) of each day and month written without a year inside a place's name in ``text`` (:func:`_in_name`):
    no date, and its day no count either ("Ponte 25 de Abril": "same numbers: 25")."""
    text = normalise_digits(text)
    months, _ = _word_hits(text, base(language))
    spans = []
    for rx, month_group, before in ((_DAY_MONTH_RE, 2, 14), (_MONTH_DAY_RE, 1, 0)):
        for m in _near(rx, text, months, month_group, before):
            word = m.group(month_group)
            if not m.group(3) and _month_ok(text, m.start(month_group), word) and _in_name(text, m.start(month_group), m.end(), word):
                spans.append((m.start(), m.end()))
    return spans


def _month_ok(text: str, pos: int, word: str) -> bool:
    """English months are capitalised; 'may'/'march' need a date-like neighbour anyway."""
    return not (word.lower() in _MONTHS and word[0].islower() and word.lower() in (
        "may", "march", "jan", "dec", "mar", "sep", "aug", "oct", "nov", "feb", "apr", "jun", "jul"
    ))


# What a year-like number before a counted noun counts is no year: "W listopadzie 1500 osób wyszło na
# ulice", "W maju 2000 osób", "En marzo de 2000 personas" (read as 1500-11 / 2000-05 and the count lost).
# Words of time, events and magnitudes ("2018 года", "January 2018 killed") are no counted nouns.
_NOT_COUNTED = _COUNTED | {"day", "hour", "week", "month", "year", "magnitude"}
_NEXT = re.compile(r"\s+([^\W\d_]+)")


# Toll words of _COUNT_AFTER_YEAR that follow a year as readily as a count: "the blast in 2025 killed 32 miners"
# (a year after a preposition of time), "2000 killed" (a count).
_TOLL_AFTER_YEAR = frozenset({"dead", "killed", "injured", "arrested"})


@cache
def _time_preposition_before() -> re.Pattern[str]:
    """A preposition of time or "since" of any language (text/data "adverbial_prepositions", "date_since")
    closing the text before a number."""
    words = {w for lg in LANGUAGES for w in (*profile(lg).adverbial_prepositions, *profile(lg).date_since)}
    return re.compile(rf"(?<![^\W\d_])(?:{alternation(words)})\s+$", re.IGNORECASE)


def _year_before_toll(text: str, start: int, word: str) -> bool:
    """Whether the year-shaped number at ``start``, followed by the toll word ``word``, is a year: a preposition
    of time stands before it ("in 2025 killed 32", "since 2019 dead"; trial45: the year was read as a toll of
    2025, and a calendar year is never a count)."""
    return word.lower() in _TOLL_AFTER_YEAR and bool(_time_preposition_before().search(text, max(0, start - 20), start))


# An English article or determiner right before a year-shaped number (:func:`_attributive_year`).
_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])(?:the|a|an|this|that|its|their|last)\s+$", re.IGNORECASE)


@cache
def _english_singulars() -> frozenset[str]:
    """The English measure words in the singular (text/data en "measures", no plural ending): "earthquake", "house"."""
    endings = profile("en").noun_plural_endings
    return frozenset(w.lower() for w, _ in profile("en").measures if not w.lower().endswith(endings))


def _attributive_year(text: str, start: int, end: int) -> bool:
    """Whether the year-shaped number at ``text[start:end]`` names the time of the singular noun after it, an
    article before: "The 2023 earthquake killed 50,000", "a 1999 earthquake" (break49 O3: read as a count of 2023
    earthquakes); "the 2000 earthquakes" and "W maju 2000 osób" stay counts."""
    word = _NEXT.match(text, end)
    return bool(word and word.group(1).lower() in _english_singulars()
                and _ARTICLE_BEFORE.search(text, max(0, start - 8), start))


def _counted_after(text: str, end: int) -> bool:
    word = _NEXT.match(text, end)
    key = measure_words().get(word.group(1).lower()) if word else None
    return key is not None and key not in _NOT_COUNTED


# Month names of four letters or fewer that are no abbreviation: "in May" / "in June" are months (trial 15:
# "inflation slowed to 1.9% in May from 2.2% in April" lost its May, and April met Russian «в мае» as a
# date conflict); the ambiguous ones ("may", "mar") still need a word before them.
_SHORT_MONTH_NAMES = frozenset({
    "may", "june", "july", "mai", "juni", "juli", "märz", "mars", "juin", "août", "mayo", "maj", "mart", "ekim", "ocak",
    "июнь", "июль", "март", "май", "мае", "мая", "مايو", "مارس", "أيار", "آذار", "تموز", "آب",
})


def _attributive_month(text: str, start: int) -> bool:
    """Whether the month and year at ``start``, before a counted noun, name that noun's time rather than open a
    clause whose count follows: a count may follow a month and year only when they stand as an adverbial, after a
    preposition of time ("W maju 2000 osób", "En marzo de 2000 personas", "In May 2000 people"), or open the
    sentence; "the February 2023 earthquakes that killed more than 53,000" is the earthquakes of February 2023
    (trial64 F2: read as 2023 earthquakes, no date, and the toll of 2023 conflicted with today's "no deaths")."""
    before = text[max(0, start - 20):start]
    return bool(before.strip()) and not _time_preposition_before().search(before)


def _month_dates(text: str, pub: dt.date | None, months: list[int], lang: str | None = None) -> Iterable[ResolvedDate]:
    for m in _near(_MONTH_YEAR_RE, text, months, 1, 0):
        if _month_ok(text, m.start(1), m.group(1)) and (not _counted_after(text, m.end(2))
                                                         or _attributive_month(text, m.start())):
            yield ResolvedDate(m.group().strip(), f"{int(m.group(2)):04d}-{_month_number(m.group(1), lang):02d}",
                               precision="month", start=m.start(), end=m.end())
    for m in _near(_MONTH_RE, text, months, 1, 30):
        word = m.group(1)
        lead = m.group()[: m.start(1) - m.start()].strip()
        if len(word) <= 4 and word.lower() not in _SHORT_MONTH_NAMES:
            continue  # abbreviations only count next to a day number
        if word.lower() in _AMBIGUOUS_MONTHS and not lead:
            continue
        if not _month_ok(text, m.start(1), word) or (word[0].islower() and word.lower() in (
                "august", "june", "april", "july")):
            continue
        if _in_name(text, m.start(1), m.end(1), word):
            continue  # "Plaza de Mayo", "Via XX Settembre": a name, no month
        month = _month_number(word, lang)
        year = _year_for(month, None, pub, *_lean(text, m.start(), lang))
        date = f"{year:04d}-{month:02d}" if year else None
        yield ResolvedDate(m.group().strip(), date, precision="month", relative=True, start=m.start(), end=m.end())


@cache
def _part_of_whole(lang: str | None) -> re.Pattern[str] | None:
    """The text data's "whole_before" patterns of ``lang`` (every language's when unknown), each ending at the figure of a
    whole: the words from a part's figure to its whole's ("2000 of its 9000", "2000 из 9000", "2000 von 9000")."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    found = [p for lg in langs for p in profile(lg).whole_before if p.startswith("\\d")]
    return re.compile("|".join(f"(?:{p})" for p in found), re.IGNORECASE) if found else None


# The whole's figure after a part's (:func:`_part_of`): digits, not a year's own digits glued on
_WHOLE_FIGURE = re.compile(r"\d[\d.,]*")
_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")


def _part_of(text: str, start: int, end: int, lang: str | None) -> bool:
    """Whether the year-shaped number at ``text[start:end]`` is the part of a whole given next, "2000 of 9000" (text data
    "whole_before" from its start to the next figure): a count, as a part's figure is (break52: ru "Около 2000 из 9000
    сотрудников" read 2000 as a year, so "2000 vs 2500 of 9000" was never compared)."""
    pattern = _part_of_whole(lang)
    nxt = _WHOLE_FIGURE.search(text, end, end + 40)
    if pattern is None or nxt is None or _time_preposition_before().search(text, max(0, start - 20), start):
        return False  # "in 2000 of the …": a year after a preposition of time
    word = _LAST_WORD.search(text, max(0, start - 20), start)
    if word and measure_words().get(word.group(1).lower()) == "year":
        return False  # "im Jahr 2000 von …", "в году 2000": a year named so
    hit = pattern.search(text[start : nxt.start()])
    return hit is not None and hit.start() == 0


def _year_dates(text: str, pub: dt.date | None, lang: str | None = None) -> Iterable[ResolvedDate]:
    for m in _YEAR_SPAN_RE.finditer(text):
        nxt = _words_after(text, m.end(), 1)
        if int(m.group(2)) <= int(m.group(1)) or (nxt and nxt[0][0].lower() in _COUNT_AFTER_YEAR):
            continue  # "2000-1500" falls, "1900-2000 people" is a count
        end = m.end()
        suffix = _YEAR_SUFFIX.match(text[end:])
        if suffix:
            end += suffix.end()
        yield ResolvedDate(text[m.start() : end], m.group(1), until=m.group(2), precision="year", start=m.start(), end=end)
    for m in _ZH_YEAR_RE.finditer(text) if "年" in text or "년" in text else ():
        if m.group(2) and int(m.group(2)) <= int(m.group(1)):
            continue
        yield ResolvedDate(m.group(), m.group(1), until=m.group(2), precision="year", start=m.start(), end=m.end())
    for m in _YEAR_RE.finditer(text):
        if _CLOCK_ZONE.match(text, m.start()):
            continue  # "at 9 p.m. (1900 GMT)": a clock time, no year 1900 (trial 17 #10)
        nxt = _words_after(text, m.end(), 1)
        after = text[m.end() : m.end() + 2].strip()
        if ((nxt and nxt[0][0].lower() in _COUNT_AFTER_YEAR and not _year_before_toll(text, m.start(), nxt[0][0]))
                or after.startswith("%") or (_counted_after(text, m.end()) and not _attributive_year(text, m.start(), m.end()))
                or _part_of(text, m.start(), m.end(), lang)):
            continue  # "2000 people", "2000 osób", "2000 personas", "2000 из 9000" are counts
        end = m.end()
        suffix = _YEAR_SUFFIX.match(text[end:])
        if suffix:
            end += suffix.end()
        yield ResolvedDate(text[m.start() : end], m.group(1), precision="year", start=m.start(), end=end)


@cache
def _year_span_words(lang: str | None) -> re.Pattern[str] | None:
    """Two years of one span joined by words (text/data "range"): "entre 2017 y 2021", "بين عامي 2017
    و2021" (one word may stand between "between" and the first year), "von 2017 bis 2021", "from 2017 to
    2021", "с 2017 по 2021 год". "2017 and 2021" without "between" stays two years."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    between = {w for lg in langs for w in profile(lg).range_between}
    joined = {w for lg in langs for w in profile(lg).range_and}
    to = {w for lg in langs for w in (*profile(lg).range_to, *profile(lg).range_years_to) if not _is_cjk(w[:1])}
    after = {w for lg in langs for w in profile(lg).range_between_after}
    and_after = {w for lg in langs if profile(lg).range_between_after for w in profile(lg).range_and}
    year, edge = r"(1[89]\d{2}|20\d{2})", r"(?![\w.,/:\-]\d|\d)"
    parts = []
    if between and joined:
        parts.append(rf"(?<![^\W\d_])(?:{alternation(between)})\s+(?:[^\W\d_]+\s+)?{year}\s*(?:{alternation(joined)})\s*{year}{edge}")
    if after and and_after:
        # "2017 ile 2021 arasında", "2017 ve 2021 yılları arasında": the postposition closes the span
        parts.append(rf"(?<![\w.,/:\-]){year}\s+(?:{alternation(and_after)})\s+{year}{edge}"
                     rf"(?=(?:['’]\w+)?\s+(?:[^\W\d_]+\s+)?(?:{alternation(after)})(?!\w))")
    if to:
        parts.append(rf"(?<![\w.,/:\-]){year}\s+(?:{alternation(to)})\s+{year}{edge}")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def _year_word_spans(text: str, lang: str | None) -> Iterable[ResolvedDate]:
    """A span of years written with words, one date from the first ``until`` the last, as "2017-2021" and
    "2017年至2021年" are: trial 18 #9, a term of office was a "2017/2021" row (tr, zh) beside rows "2017"
    and "2021" for the same sentence in six other languages."""
    rx = _year_span_words(lang)
    for m in rx.finditer(text) if rx is not None and re.search(r"\d{4}", text) else ():
        pair = next(i for i in range(1, m.re.groups + 1, 2) if m.group(i))
        first, last = m.group(pair), m.group(pair + 1)
        if not 0 < int(last) - int(first) <= 100:
            continue
        end = m.end()
        suffix = _YEAR_SUFFIX.match(text[end:])
        end += suffix.end() if suffix else 0
        start = m.start(pair)
        yield ResolvedDate(text[start:end], first, until=last, precision="year", start=start, end=end)


def _weekday_dates(text: str, pub: dt.date | None, weekdays: list[int], lang: str | None = None) -> Iterable[ResolvedDate]:
    before: tuple[int, int, str] | None = None  # the last weekday: its end, its day and its date
    for r, wd in _weekday_mentions(text, pub, weekdays, lang):
        if pub and r.date and r.date > _ymd(pub) and before and before[2] and _range_end(text, before[0], r.start):
            # "von Samstag bis Sonntag", "from Friday until Monday": an end put ahead is the first such
            # day after the start (a past clause keeps both behind)
            start_day = dt.date.fromisoformat(before[2])
            r = replace(r, date=_ymd(start_day + dt.timedelta(days=(wd - before[1]) % 7 or 7)))
        before = (r.end, wd, r.date or "")
        yield r


def _range_end(text: str, prev_end: int, start: int) -> bool:
    """Is the weekday at ``start`` the end of a range opened by the weekday ending at ``prev_end``:
    only an ahead word between them ("Samstag bis Sonntag", "周一至周三")?"""
    between = text[prev_end:start]
    return len(between) <= 20 and bool(_AHEAD_RE.search(between) or _AHEAD_RE.search(between.strip()))


def _weekday_mentions(text: str, pub: dt.date | None, weekdays: list[int],
                      lang: str | None = None) -> Iterable[tuple[ResolvedDate, int]]:
    for m in _near(_WEEKDAY_RE, text, weekdays, "wd", 25):
        wd = _WEEKDAYS[m.group("wd").lower()]
        mark = (m.group("pre") or m.group("post") or "").lower()
        start = m.start()
        # Russian and German prepositions belong to the phrase ("в четверг", "am Donnerstag").
        lead = re.search(r"(?:\b(?:on|am|во|в|le)\s+)$", text[max(0, start - 4) : start], re.IGNORECASE)
        if lead:
            start -= len(lead.group())
        if _habitual(text, m, lang) or (not mark and _indefinite(text, m.start(), m.end(), lang)):
            # "every Monday", "jeden Montag", "Montags", "chaque lundi": no single day, so no date (break65d H1); nor
            # "eines Montags", "one Monday", "un lundi": some Monday (dates66, issue #12)
            yield ResolvedDate(text[start : m.end()], None, relative=True, start=start, end=m.end()), wd
            continue
        unsure = False
        if not mark and _ahead(text, m.start(), m.end(), lang):
            mark = "next"
            # "with the treaty signed on Monday", «Los votos emitidos el lunes se contarán el martes» beside a future:
            # the past or the coming day; unsure, so no date (break66d M1)
            unsure = _dated_participle(text, m.start(), lang) == 1
        date = None if unsure else _resolve_weekday(wd, mark, pub)
        if mark == "next" and pub is not None and ((wd - pub.weekday()) % 7 or 7) > DEFAULT.limit_act_ahead_days and \
                _limit_act(text, m.start(), m.end(), lang) and not _limit_perfect(text, m.start(), m.end(), lang):
            # "Schools were suspended until Saturday" of a Monday: the coming Saturday or the one the limit ran out
            # on; unsure, so no date (a Thursday's is the coming one). A present perfect's limit holds now: ahead.
            date = None
        if mark == "next" and _limit_act(text, m.start(), m.end(), lang) and _limit_pluperfect(text, m.start(), m.end(), lang):
            # "Trains had been halted until Friday": a limit set before another past, run out or still ahead; unsure,
            # so no date (dates67)
            date = None
        if not mark and pub is not None and _present_ahead(text, m.start(), m.end(), lang):
            # a present as the future ("öffnet am Montag", "gaat maandag open"): this day or the next such day
            date = _ymd(pub + dt.timedelta(days=(wd - pub.weekday()) % 7))
        end = m.end()
        if not (m.group("pre") or m.group("post")) and (week := _week_words(text, m.start(), end, lang)) is not None:
            # "nächste Woche Montag", "el lunes de la próxima semana", "a week on Monday": the words name the week
            kind, start, end = week[0], min(start, week[1]), week[2]
            if pub is not None:
                coming = pub + dt.timedelta(days=(wd - pub.weekday()) % 7 or 7)
                monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=1)
                date = _ymd(monday + dt.timedelta(days=wd) if kind == "next" else coming + dt.timedelta(weeks=1))
        yield ResolvedDate(text[start:end], date, relative=True, start=start, end=end), wd


def _phrases(phrases: Iterable[str]) -> str:
    """A regex alternation of ``phrases`` (lower case), longest first, their words apart by any white space; "" for
    none."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


def _words_before(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern of ``phrases`` (lower case, matched whole) ending right before a position, None without any."""
    words = _phrases(phrases)
    return re.compile(rf"(?<!\w)(?:{words})\s+$", re.IGNORECASE) if words else None


@cache
def _habitual_re(lang: str | None) -> tuple[re.Pattern[str] | None, bool, re.Pattern[str] | None]:
    """(words right before a weekday that make it recurring, whether a weekday with a glued "-s" is, words before
    such a one that make it a genitive) of ``lang`` (text data "weekday_habitual_before", "weekday_habitual_plural",
    "weekday_genitive_before")."""
    data = profile(lang) if lang in LANGUAGES else None
    if data is None:
        return None, False, None
    genitive = _phrases(data.weekday_genitive_before)
    # an adjective may stand between: "im Verlauf des gesamten Montags" (break65d2 H08, read as recurring)
    return (_words_before(data.weekday_habitual_before), data.weekday_habitual_plural,
            re.compile(rf"(?<!\w)(?:{genitive})\s+(?:[^\W\d_]+e[nrs]\s+)?$", re.IGNORECASE) if genitive else None)


def _habitual(text: str, m: re.Match[str], lang: str | None) -> bool:
    """Is the weekday matched by ``m`` (:data:`_WEEKDAY_RE`) a recurring one (:func:`_habitual_re`: "every Monday",
    "Mondays", "montags", "todos los lunes"; not "im Laufe des Donnerstags", nor one a mark dates: "nächsten
    Montags")?"""
    before, plural, genitive = _habitual_re(lang)
    if before is not None and before.search(text, max(0, m.start() - 30), m.start()):
        return True
    if not plural or m.group("pre") or m.group("post"):
        return False
    glued = re.match(r"[^\W\d_]*", text[m.end("wd") :])
    return (glued is not None and glued.group().lower().endswith("s")
            and not (genitive is not None and genitive.search(text, max(0, m.start() - 30), m.start())))


@cache
def _indefinite_re(lang: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None,
                                               tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]]:
    """(``lang``'s words right before a weekday that make it some one of its name, such words at a clause start,
    (words before, regex after) pairs) from text data "weekday_indefinite_before", "weekday_indefinite_clause_start",
    "weekday_indefinite_framed"."""
    data = profile(lang) if lang in LANGUAGES else None
    if data is None:
        return None, None, ()
    start = _phrases(data.weekday_indefinite_clause_start)
    return (_words_before(data.weekday_indefinite_before),
            re.compile(rf"(?:^|[.!?;:,—–]\s+|[\n(“\"«])(?:{start})\s+$", re.IGNORECASE) if start else None,
            tuple((_words_before([w]) or re.compile("(?!)"), re.compile(r, re.IGNORECASE))
                  for w, r in data.weekday_indefinite_framed))


def _indefinite(text: str, start: int, end: int, lang: str | None) -> bool:
    """Is the weekday at ``start``..``end`` an indefinite one ("eines Montags", "an einem Montag im Herbst", "One
    Monday morning, …", "un lundi d'automne", "un lunes de noviembre")? It names no day (dates66, issue #12). Only
    the sure forms: "Nach einem Montag voller Chaos", "Game One Monday night", "Sarà un lunedì nero" name one
    (break66d L1)."""
    before, clause_start, framed = _indefinite_re(lang)
    lo = max(0, start - 20)
    if before is not None and before.search(text, lo, start):
        return True
    if clause_start is not None and clause_start.search(text[max(0, start - 24) : start]):
        return True
    return any(b.search(text, lo, start) and a.match(text, end) for b, a in framed)


@cache
def _week_words_re(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(before, after) patterns of ``lang``'s words naming a weekday's week (text data "weekday_next_week_before",
    "weekday_next_week_after", "weekday_week_later_before", "weekday_week_later_after"), their groups "next" and
    "later"; None for a language without them."""
    data = profile(lang) if lang in LANGUAGES else None
    if data is None:
        return None
    def words(phrases: Iterable[str]) -> str:
        return _phrases(phrases) or "(?!)"

    befores, afters = (data.weekday_next_week_before, data.weekday_week_later_before), (
        data.weekday_next_week_after, data.weekday_week_later_after)
    if not any(befores) and not any(afters):
        return None
    before = re.compile(rf"(?<!\w)(?:(?P<next>{words(befores[0])})|(?P<later>{words(befores[1])}))\s+$", re.IGNORECASE)
    after = re.compile(rf"\s+(?:(?P<next>{words(afters[0])})|(?P<later>{words(afters[1])}))(?![\w-])", re.IGNORECASE)
    return before, after


def _week_words(text: str, start: int, end: int, lang: str | None) -> tuple[str, int, int] | None:
    """("next" or "later", start, end) when words of ``lang`` beside the weekday at ``start``..``end`` name its week
    (:func:`_week_words_re`): the span grows to hold them, so the mention is no bare weekday
    (quantities.bare_weekday)."""
    patterns = _week_words_re(lang)
    if patterns is None:
        return None
    before, after = patterns
    found: tuple[str, int, int] | None = None
    if (m := before.search(text, max(0, start - 30), start)) is not None:
        found = ("next" if m.group("next") else "later"), m.start(), end
    elif (m := after.match(text, end)) is not None and not _week_owner_before(text, start, lang):
        found = ("next" if m.group("next") else "later"), start, m.end()
    if found is None or any(re.match(rx, text[found[2] :], re.IGNORECASE) for rx in profile(lang).weekday_week_not_after):
        return None  # "lundi en huit heures", "on Monday week on week", "a week on Monday since …"
    return found


# Words that may stand right before a weekday, capitalised at a sentence's start, and leave it the day's name.
_WEEKDAY_LEADS = frozenset({"on", "am", "from", "until", "till", "by", "before", "after", "at", "for", "in", "le",
                            "el", "il", "w", "we", "в", "во", "op", "na", "no", "the", "a", "this", "next"})


def _week_owner_before(text: str, start: int, lang: str | None) -> bool:
    """Does a word right before the weekday at ``start`` take the week words after it for its own (break65d H2, M4)?
    A capitalised word or one joined by a hyphen makes a name ("Black Friday week", "Cyber Monday week",
    "Black-Friday-Woche"); a past or a verb of telling, after a preposition at most, makes the weekday its day and
    the week the next clause's ("De minister zei maandag volgende week met een voorstel te komen", "Minister
    zapowiedział w poniedziałek w przyszłym tygodniu nowe przepisy", "заявил в понедельник на следующей неделе")."""
    if text[max(0, start - 1) : start] == "-":
        return True
    words = re.findall(r"[^\W\d_]+", text[max(0, start - 60) : start])[-2:]
    if not words or not re.search(r"[^\W\d_][\s-]+$", text[max(0, start - 60) : start]):
        return False
    if words[-1][:1].isupper() and words[-1].lower() not in _WEEKDAY_LEADS:
        names = profile(lang).weekday_name_before if lang in LANGUAGES else ()
        if not names or words[-1].lower() in names:
            return True
    past = _past_form(lang)
    # the verb right before the weekday, or before its preposition ("zapowiedział w poniedziałek")
    return any(_TELLING_RE.fullmatch(w) or _PAST_RE.fullmatch(w)
               or (past is not None and past.fullmatch(w) is not None and _past_word(w, lang))
               for w in (words if len(words[-1]) <= 3 else words[-1:]))


def _resolve_weekday(wd: int, mark: str, pub: dt.date | None) -> str | None:
    if pub is None:
        return None
    back = (pub.weekday() - wd) % 7
    if mark and re.fullmatch(_NEXT_MARK + "|prochain", mark, re.IGNORECASE):
        ahead = (wd - pub.weekday()) % 7 or 7
        return _ymd(pub + dt.timedelta(days=ahead))
    if mark and back == 0:
        back = 7  # "last Friday" written on a Friday is a week ago
    return _ymd(pub - dt.timedelta(days=back))


def _relative_dates(text: str, pub: dt.date | None, langs: tuple[str, ...], unknown: bool) -> Iterable[ResolvedDate]:
    # With no language known, only English relative words: German "hier"/"morgen" mean other things.
    for lang in (("en",) if unknown else langs):
        for m in _RELATIVE_RE[lang].finditer(text):
            if lang == "en" and _inside_name(text, m.start()):
                continue
            group = m.lastgroup
            assert group is not None  # every alternative is a named group
            unit, offset = _RELATIVE[lang][int(group[1:])][1]
            yield _relative(m.group(), unit, offset, pub, m.start(), m.end())
        for m in _AGO_COMPILED[lang].finditer(text):
            yield ResolvedDate(m.group(), _dateparser_day(m.group(), lang, pub), relative=True,
                               start=m.start(), end=m.end())


def _ago_dates(text: str, pub: dt.date | None, lang: str | None) -> Iterable[ResolvedDate]:
    """"hace 9 años", "9 lat temu", "9 yıl önce", "قبل تسع سنوات", "9年前": a day that far back from ``pub``
    (:data:`_AGO_MORE`; None without a publication day or when dateparser cannot read it)."""
    pattern = _AGO_MORE_COMPILED.get(lang or "")
    if pattern is None:
        return
    for m in pattern.finditer(text):
        phrase = m.group()
        # the phrase, its number words in digits ("hace nueve años"), then "9년 전" for "9년전": each distinct
        # spelling read once (dateparser is slow and gives the same answer to the same phrase)
        day = None
        if lang and pub is not None:
            for spelling in dict.fromkeys((phrase, _in_digits_words(phrase, lang), _AGO_SPACED.sub(" ", phrase))):
                day = _dateparser_day(spelling, lang, pub)
                if day is not None:
                    break
        yield ResolvedDate(phrase, day, relative=True, start=m.start(), end=m.end())


_AGO_SPACED = re.compile(r"(?<=[년월일주])(?=전$)")


def _in_digits_words(phrase: str, lang: str) -> str:
    """``phrase`` with its number words (text data "number_words") written in digits: dateparser reads
    "hace 9 años", not "hace nueve años"."""
    rx, words = _data_number_re(lang)
    if rx is None:
        return phrase
    return rx.sub(lambda m: str(int(words[m.group().lower()])) if m.group().lower() in words else m.group(), phrase)


def _inside_name(text: str, start: int) -> bool:
    """A capital mid-sentence makes "Today" a name ("USA Today", the "Today" show)."""
    if not text[start].isupper():
        return False
    before = text[:start].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?\n“\"‘'(:—–-"


def _relative(text: str, unit: str, offset: int, pub: dt.date | None, start: int, end: int) -> ResolvedDate:
    if pub is None:
        return ResolvedDate(text, None, precision=unit, relative=True, start=start, end=end)
    if unit == "day":
        return ResolvedDate(text, _ymd(pub + dt.timedelta(days=offset)), relative=True, start=start, end=end)
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=offset)
        until = pub if offset == 0 else monday + dt.timedelta(days=6)
        return ResolvedDate(text, _ymd(monday), until=_ymd(until), precision="week", relative=True,
                            start=start, end=end)
    if unit == "month":
        y, mth = divmod(pub.year * 12 + pub.month - 1 + offset, 12)
        return ResolvedDate(text, f"{y:04d}-{mth + 1:02d}", precision="month", relative=True, start=start, end=end)
    return ResolvedDate(text, f"{pub.year + offset:04d}", precision="year", relative=True, start=start, end=end)


def _dateparser_day(phrase: str, lang: str, pub: dt.date | None) -> str | None:
    if pub is None:
        return None
    import dateparser  # slow import; only "N days ago" phrases need it

    base = dt.datetime(pub.year, pub.month, pub.day, 12)
    got = dateparser.parse(phrase, languages=[lang], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
    return got.date().isoformat() if got else None


def is_date_word(word: str) -> bool:
    """True for weekday and month names in the supported languages ("Thursday", "jeudi", "января")."""
    return word.lower() in _WEEKDAYS or word.lower() in _MONTHS


@cache
def _bracketed_month() -> re.Pattern[str]:
    """A month's other name in brackets after it, "يونيو (حزيران) 2024" (Asharq al-Awsat gives the Levantine
    name beside the Egyptian one): blanked so that the year after it still belongs to the month (trial 15:
    read 2025-06 and a separate year 2024), or after a slash, "أكتوبر/تشرين الأول 2011" (trial 16 #8: the
    first name alone took the year of publication, 2026-10)."""
    names = alternation(sorted(all_month_names(), key=len, reverse=True))
    return re.compile(rf"(?<![\w])((?:{names}))\s*(?:\((?:{names})\)|/\s*(?:{names})(?![\w]))", re.IGNORECASE)


@cache
def _second_month_name() -> re.Pattern[str]:
    """What every match of :func:`_bracketed_month` holds: a month name right after a bracket or after a slash and
    spaces. Searched first, it finds most texts with a bracket or a slash to hold none ("(AP)", "12/05/2020"), and
    the longer pattern (three times the names, tried at every letter) is not run. ingest60, this process, steady
    state, same outputs: the entity keys' digit sentences of 2,500 dev texts 0.51 -> 0.43 CPU-ms per article, the
    openings of 1,500 (a quarter hold a bracket or a slash: "(Reuters)") 0.44 -> 0.38 CPU-ms each; 4 ms to compile
    against the pattern's 10."""
    names = alternation(sorted(all_month_names(), key=len, reverse=True))
    return re.compile(rf"(?:\(|/\s*)(?:{names})", re.IGNORECASE)


def extract_dates(
    text: str, *, published: str | None, language: str | None = None, dayfirst: bool | None = None
) -> tuple[ResolvedDate, ...]:
    """Date expressions in ``text`` resolved against ``published`` (``YYYY-MM-DD``), in text order.

    Weekdays resolve to the latest such day on or before publication ("last X"
    strictly before, "next X" after); day-month without a year takes the
    publication year unless that lands more than a month after publication.
    ``dayfirst`` is how slash dates read (:func:`day_first` of the whole
    article; decided from ``text`` when None). ``text`` offsets are kept when
    Arabic-Indic digits are read ("٤/٦/٢٠٢٠"), and when a Chinese text's Traditional characters are read as the
    Simplified ones its word lists are written in ("週四" as "周四", Thursday: text._hanzi.han_lookup_form; fieldcases78
    z6); each date's text is then the text's own.
    """
    from ...text._hanzi import han_lookup_form

    original = text
    text = han_lookup_form(text, language)
    # the pattern needs a bracket or a slash before a month name: most sentences need no compile (~0.01 CPU-s) nor scan
    if ("(" in text or "/" in text) and _second_month_name().search(text):
        text = _bracketed_month().sub(lambda m: m.group(1) + " " * (len(m.group()) - len(m.group(1))), text)
    found = _weekday_ranges(text, _date_candidates(text, published=published, language=language, dayfirst=dayfirst),
                            lang=language, published=published)
    found = _without_non_dates(text, found, language)
    if text == original and normalise_digits(original) == original:
        return tuple(found)
    return tuple(replace(d, text=original[d.start : d.end].strip()) for d in found)


# A number date of digits and dots alone ("15.10.", "15.10"): a day and a month, or a clock time.
_DIGIT_DATE = re.compile(r"\d{1,2}[.:]\d{2}\.?")
# A code right before a bare year-like number: a train's ("IC 1834", "ICE 578", "TGV 6201"), a flight's ("LH 1834"),
# a road's. Era words and month abbreviations before a year are no codes ("AD 1834", "NOV 2026").
_CODE_BEFORE = re.compile(r"(?<![\w.])([A-ZÄÖÜ]{1,4})\s?$")
_NO_CODES = frozenset({"AD", "BC", "CE", "BCE", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT",
                       "OCT", "NOV", "DEC", "A", "I", "O", "Y", "E", "U"})


def _without_non_dates(text: str, found: list[ResolvedDate], language: str | None) -> list[ResolvedDate]:
    """``found`` without the numbers that are no dates (trial63 F8): a clock time read as a day and a month
    ("intorno alle 15.10." became 15 October: :func:`extract_times` reads the time by its cue, "alle", "um", "at",
    and leaves "am 15.10." a date), and a year that is a code's number ("IC 1834" of a train: a timeline row
    "1834" and a "date: 1834" on both sides of a claim)."""
    if not found:
        return found
    times = None
    out = []
    for d in found:
        digits = text[d.start:d.end].strip()
        if _DIGIT_DATE.fullmatch(digits):
            if times is None:
                times = extract_times(text, language)
            if any(t.start < d.end and d.start < t.end for t in times):
                continue
        if d.precision == "year" and digits.isdigit() and len(digits) == 4:
            code = _CODE_BEFORE.search(text[max(0, d.start - 8):d.start])
            if code is not None and code.group(1) not in _NO_CODES:
                continue
        out.append(d)
    return out


def _weekday_of(d: ResolvedDate) -> int | None:
    """The weekday ``d`` names when it is a weekday resolved to its day ("Monday", "poniedziałku", "пятницу"), else None."""
    if not d.relative or d.precision != "day" or not d.date or len(d.date) != 10:
        return None
    day = _WEEKDAYS.get(d.text.lower())
    return day if day is not None and dt.date.fromisoformat(d.date).weekday() == day else None


def _one_range(text: str, first: ResolvedDate, second: ResolvedDate, to: tuple[str, ...], since: tuple[str, ...]) -> bool:
    """Whether two weekdays are one range's start and end: only a word of ``to`` between them ("Monday to Friday"), or
    a word of ``since`` before the first, a word of ``to`` right before the second and no sentence or clause end nor
    figure between ("od poniedziałku pociągi nie będą kursować do piątku")."""
    between = text[first.end : second.start]
    if between.strip().lower() in to:
        return True
    if re.search(r"[.;:!?()\d]", between) or len(between.split()) > 8:
        return False
    before = " " + " ".join(text[max(0, first.start - 20) : first.start].lower().split())
    tail = " " + " ".join(between.lower().split())
    return any(before.endswith(" " + w) for w in since) and any(tail.endswith(" " + w) for w in to if w[0].isalpha())


def _weekday_ranges(text: str, found: list[ResolvedDate], *, lang: str | None,
                    published: str | None = None) -> list[ResolvedDate]:
    """``found`` with the end of a range of two weekdays ("from Monday to Friday", "od poniedziałku do piątku", "du lundi
    au vendredi", "с понедельника по пятницу": text data "weekday_range_to" between them) on the first such day on or
    after its start. Each weekday was resolved on its own, so a range could end before it starts (trial54 F9: pl «od
    poniedziałku … do piątku»; en/fr/es/ru/uk "Monday" ahead, "Friday" behind) or more than a week after it. A range
    whose end falls on or before publication is a past one: its start moves back to the last such day before the
    end instead ("Der Markt war von Montag bis Freitag geöffnet" in a Wednesday's article: the week before)."""
    words = profile(lang).weekday_range_to if lang in LANGUAGES else ()
    if not words or len(found) < 2:
        return found
    out = list(found)
    for n, (first, second) in enumerate(pairwise(found)):
        start, end = _weekday_of(out[n]), _weekday_of(second)
        if start is None or end is None or first.end > second.start:
            continue
        if not _one_range(text, first, second, words, profile(lang).weekday_range_from):
            continue
        days = (end - start) % 7 or 7
        if published and second.date and second.date <= published[:10]:
            back = (dt.date.fromisoformat(second.date) - dt.timedelta(days=days)).isoformat()
            if back != out[n].date:
                out[n] = replace(out[n], date=back)
            continue
        fixed = (dt.date.fromisoformat(out[n].date or "") + dt.timedelta(days=days)).isoformat()
        if fixed != second.date:
            out[n + 1] = replace(second, date=fixed)
    return out


@cache
def _headline_future(lang: str | None) -> re.Pattern[str] | None:
    """``lang``'s headline futures (text data "headline_future": "Road to reopen Monday"), None without them."""
    forms = profile(lang).headline_future if lang in LANGUAGES else ()
    return re.compile("|".join(f"(?:{f})" for f in forms), re.IGNORECASE) if forms else None


@cache
def _date_possessive(lang: str | None) -> re.Pattern[str] | None:
    """``lang``'s marks of a date that is a noun's (text data "date_possessive": "'s", "の", "의"), None without."""
    forms = profile(lang).date_possessive if lang in LANGUAGES else ()
    return re.compile("|".join(f"(?:{f})" for f in forms), re.IGNORECASE) if forms else None


def _a_nouns_day(text: str, end: int, lang: str | None) -> bool:
    """Whether the date ending at ``end`` is a noun's ("Monday's attack", "月曜日の地震": text data
    "date_possessive"): that event's day, which a future verb of the clause does not move forward."""
    mark = _date_possessive(lang)
    return mark is not None and mark.match(text, end) is not None


def _verb_final_future(text: str, end: int, lang: str | None) -> bool:
    """In a verb-final language (text data "verb_final": Japanese, Korean), does a future word of ``lang`` stand
    or its future verb form (text data "future_form": "개통될 것이라고") in the clause after the weekday ending at
    ``end``, where such a language puts its tense ("도로 월요일 재개통 예정", "월요일에 다시 개통될 것이라고 말했다",
    "月曜日に再開予定")? trial49 F20: these were read a week back."""
    if lang not in LANGUAGES or not profile(lang).verb_final or _a_nouns_day(text, end, lang):
        return False
    after = re.split(r"[.;!?,。；！？、，\n“”\"「」]", text[end : end + 40], maxsplit=1)[0]
    form = _verb_final_form(lang)
    return any(w in after for w in profile(lang).future_words) or (form is not None and form.search(after) is not None)


@cache
def _verb_final_form(lang: str) -> re.Pattern[str] | None:
    """``lang``'s future inside a clause-final verb (text data "future_form": Korean "개통될 것"), None without one."""
    form = profile(lang).future_form
    return re.compile(form) if form else None


def read_headline(headline: str, dates: Iterable[ResolvedDate], body: Iterable[ResolvedDate], *, published: str | None,
                  lang: str | None = None) -> tuple[ResolvedDate, ...]:
    """The dates of a headline (``dates``: :func:`extract_dates` of ``headline``) read as a headline: a weekday
    alone that no tense word of the headline puts ahead or behind (a weekday alone is read back by default)
    is the next such day after a headline future (text data "headline_future": "Road to reopen Monday",
    "Strike set to end Tuesday"; a future word after it in a verb-final language: "도로 월요일 재개통 예정"),
    else the day the body (``body``: the dates of the article's other sentences) gives that weekday, when
    its every reading gives one day ("Estrada reabre segunda-feira" over "disse que a estrada reabrirá na
    segunda-feira"): a headline drops the tense its body writes (trial49 F20: such headlines were dated a
    week back, in English too). A headline with a past word of its own ("Road reopened Monday") keeps its
    reading; one on the publication day (``published``, ``YYYY-MM-DD``) is that day. A weekday read ahead by a
    present of the future right before it (text data "present_future_before": "Road reopens Monday") that the body
    does not settle is read back: a headline's present tells a past as often. Returns the dates in order, as many
    as given."""
    out = list(dates)
    if not any(_weekday_alone(d) for d in out):
        return tuple(out)
    readings: dict[int, set[str]] = {}
    for d in body:
        if d.date and _weekday_alone(d):
            readings.setdefault(dt.date.fromisoformat(d.date).weekday(), set()).add(d.date)
    future = _headline_future(lang)
    for k, d in enumerate(out):
        if not (d.date and _weekday_alone(d)):
            continue
        clause = _date_clause(headline, d.start)
        if _FUTURE_RE.search(clause) or _behind(headline, d.start, lang):
            continue  # already read by its own tense or "since"
        if _PAST_RE.search(headline) or _lean(headline, d.start, lang)[1]:
            continue  # "Road reopened Monday": the headline's own past
        if _a_nouns_day(headline, d.end, lang):
            continue  # "Talks to resume after Monday's attack": the attack's day, read as its body reads it
        day = dt.date.fromisoformat(d.date)
        if (future is not None and future.search(clause)) or _verb_final_future(headline, d.end, lang):
            if published and d.date < published[:10]:  # read back from the publication day: the next one instead
                out[k] = replace(d, date=_ymd(day + dt.timedelta(days=7)))
            continue
        found = readings.get(day.weekday(), set())
        if len(found) == 1:
            out[k] = replace(d, date=next(iter(found)))
        elif published and d.date > published[:10] and _present_before(headline, d.start, d.end, lang):
            # a headline's present ("Road reopens Monday") tells a past as often as a future: read back, as the
            # headline's weekday was before the body's present was read ahead (newuser64 M2), unless its body says
            out[k] = replace(d, date=_ymd(day - dt.timedelta(days=7)))
    return tuple(out)


def read_with_next(text: str, dates: Iterable[ResolvedDate], following: str | None, *, published: str | None,
                   lang: str | None = None) -> tuple[ResolvedDate, ...]:
    """``dates`` of ``text`` (:func:`extract_dates` against ``published``, ``YYYY-MM-DD``) read with the sentence
    that follows it in its document (``following``, None for none): a weekday read ahead only by a German plural
    present written as its infinitive ("Am Montag treffen sich die Außenminister …") is read back, as main reads it,
    when that sentence holds a past or a verb of telling ("Sie beschlossen neue Sanktionen": break65d R05/D11, which
    :func:`extract_dates` sees only in one text). Returns the dates in order, as many as given."""
    out = list(dates)
    if not following or not published:
        return tuple(out)
    pub = dt.date.fromisoformat(published[:10])
    for k, d in enumerate(out):
        start = getattr(d, "start", None)
        if start is None or not d.date or d.date <= published[:10] or not _weekday_alone(d):
            continue
        if (m := _WEEKDAY_RE.search(d.text)) is None or m.group("pre") or m.group("post"):
            continue
        s, e = start + m.start(), start + m.end()
        if text[s:e] != m.group() or _ahead(text, s, e, lang) or _present_before(text, s, e, lang):
            continue
        if _present_own_clause(text, s, e, lang) != "plural" or not _past_near(following, 0, 0, lang):
            continue
        out[k] = replace(d, date=_resolve_weekday(_WEEKDAYS[m.group("wd").lower()], "", pub))
    return tuple(out)

