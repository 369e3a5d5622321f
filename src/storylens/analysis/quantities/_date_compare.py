"""Comparison of dates: agreement of two dates or ranges, which side of the publication a date is
(:func:`date_side`), the role of a date in its sentence (:func:`date_role`), :func:`compare_dated` and
:func:`compare_dates`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ...models import DateMention
from ...text import LANGUAGES, alternation, base, profile, reporting_verb_pattern, stem, stop_words
from ._calendar import _JA_WEEKDAY, _WEEKDAY_RE, _WEEKDAYS, _ZH_WEEKDAY, _ZH_WEEKDAY_RE
from ._context import _measure_spans, percent_measures
from ._dates import _weekday_tense
from ._records import _is_cjk


def _dates_agree(a: DateMention, ra: tuple[str, str], b: DateMention, rb: tuple[str, str]) -> bool:
    """Two dates that may date one thing: their ranges overlap, and two spans of years both written
    whole ("2017-2021", "entre 2019 y 2022") give one term, so their ends agree too (since trial 18 #9
    reads "from 2017 to 2021" as a span, not the years 2017 and 2021 that "2019 / 2022" did not meet)."""
    if not (ra[0] <= rb[1] and rb[0] <= ra[1]):
        return _turn_of_year(a, b) or _turn_of_year(b, a)
    if _year_span(a) and _year_span(b):
        return (a.date, getattr(a, "until", None)) == (b.date, getattr(b, "until", None))
    return True


def _turn_of_year(year: DateMention, day: DateMention) -> bool:
    """Whether ``year`` is a bare year ("2024") and ``day`` one day at its turn: 1 January of the next year or 31
    December of the one before. The night of a year's turn is named by either year and its hours fall on both days:
    de "in der Silvesternacht 2024" / en "in the early hours of January 1" (2025-01-01) was a false "date: January 1
    (2025-01-01) vs 2024" (break56 F6), as fr "la nuit du réveillon 2024", es "en Nochevieja de 2024" would be, and
    "the New Year 2025 celebrations" on 31 December 2024. A year written alone dates that coarsely; a day a day
    further off still conflicts."""
    if not (year.date and len(year.date) == 4 and year.date.isdigit() and getattr(year, "until", None) in (None, year.date)):
        return False
    if not (day.date and len(day.date) == 10 and getattr(day, "until", None) in (None, day.date)):
        return False
    y = int(year.date)
    return day.date in (f"{y + 1:04d}-01-01", f"{y - 1:04d}-12-31")


def _year_span(d: DateMention) -> bool:
    until = getattr(d, "until", None)
    return bool(until and d.date and len(d.date) == 4 and len(until) == 4)


def _date_range(d: DateMention) -> tuple[str, str] | None:
    if not d.date:
        return None
    until = getattr(d, "until", None) or d.date
    # A prefix date ("2021-12", "2020") spans all days that start with it.
    return d.date, until + "\uffff" if len(until) < 10 else until


def date_side(d: DateMention, published: str | None) -> int:
    """Where ``d`` lies against the day ``published`` (``YYYY-MM-DD``): -1 wholly before it, 1 wholly after it,
    0 when it holds that day, cannot be read or ``published`` is unknown ("in March" of an article of 26
    November 2026 resolved to 2026-03: -1; "7 December": 1)."""
    span = _date_range(d)
    if span is None or not published:
        return 0
    day = published[:10]
    first = span[0][:10] + "-01-01"[len(span[0][:10]) - 4:] if len(span[0]) < 10 else span[0][:10]
    if span[1] < day:
        return -1
    return 1 if first > day else 0


# What a date of a sentence dates: the event, the statement about it ("officials said Sunday", "в
# воскресенье сообщили"), the start of a state ("burning since Saturday", "seit Samstag") or the end of a
# time limit ("would stay closed until Monday", "bleibt bis Montag gesperrt"). Two dates conflict only
# when they date the same thing, the event first.
DATE_ROLES = ("event", "report", "start", "period", "limit")
_SINCE_WORDS = [w for lg in LANGUAGES for w in profile(lg).date_since]
_SINCE_RE = re.compile(
    rf"(?:(?<!\w)(?:{alternation(w for w in _SINCE_WORDS if not _is_cjk(w))})\s+"
    rf"|(?:{alternation(w for w in _SINCE_WORDS if _is_cjk(w))}))$",
    re.IGNORECASE,
)
# "desde el pasado sábado", "seit vergangenem Samstag": one word between a spaced since-word and a
# bare date ("с ним в субботу" holds its own preposition, so "с" there is "with", no start).
_SINCE_WORD_RE = re.compile(
    rf"(?<!\w)(?:{alternation(w for w in _SINCE_WORDS if not _is_cjk(w))})\s+[^\W\d_]+\s+$", re.IGNORECASE
)
_SINCE_NOT_RE = re.compile(
    rf"(?:{alternation(w for lg in LANGUAGES for w in profile(lg).date_since_not)})$", re.IGNORECASE
)


@cache
def _until_res(language: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's limit words (text data "date_until") as a pattern ending a text before a date, and its
    postpositions ("date_until_after": "kadar", "まで") as one opening the text after it; None where it has
    none. Words of a language with spaces stand alone; Chinese and Japanese ones touch the date ("至下周一")."""
    code = base(language) if language else None
    if code not in LANGUAGES:
        return None, None
    words, after = profile(code).date_until + profile(code).date_by, profile(code).date_until_after
    spaced = [w for w in words if not _is_cjk(w)]
    joined = [w for w in words if _is_cjk(w)]
    parts = ([rf"(?<!\w)(?:{alternation(spaced)})\s+"] if spaced else []) + ([f"(?:{alternation(joined)})"] if joined else [])
    before_re = re.compile(f"(?:{'|'.join(parts)})$", re.IGNORECASE) if parts else None
    # a postposition of a script without spaces touches the next word ("金曜日まで通行止め", trial52 F7)
    edge = "" if code in ("ja", "zh") else r"(?!\w)"
    after_re = (re.compile(rf"(?:['’][^\W\d_]+)?\s*(?:{alternation(after)}){edge}", re.IGNORECASE)
                if after else None)
    return before_re, after_re


# The end of a clause around a date: a limit denied in it ("would not reopen until Monday") dates the act.
_CLAUSE_END = re.compile(r"[,;:.!?。，；！？]")


def _is_limit(text: str, start: int, end: int, language: str | None) -> bool:
    """Is the date at ``text[start:end]`` the end of a time limit: a limit word right before it ("until
    Monday", "bis Montag", «до понедельника», "至下周一") or a postposition right after it ("pazartesiye
    kadar", "月曜日まで"), with no negation in its clause ("would not reopen until Monday", "pazartesiye
    kadar açılmayacak": the day of the reopening, an event's)? (text data "date_until", "date_until_after")"""
    before_re, after_re = _until_res(language)
    before = text[max(0, start - 40) : start]
    if not ((before_re is not None and before_re.search(before))
            or (after_re is not None and after_re.match(text, end))):
        return False
    code = base(language) if language else "en"
    head = _CLAUSE_END.split(text[:start])[-1]
    tail = _CLAUSE_END.split(text[end:])[0]
    clause = f"{head} {tail}".casefold()
    negation = profile(code).negation
    if any(_is_cjk(w[:1]) for w in negation):
        denied = any(w in clause for w in negation)
    else:
        denied = "n't" in clause or "n’t" in clause or any(w in negation for w in re.findall(r"[^\W\d_]+", clause))
    form = profile(code).negation_form
    return not (denied or (form and re.search(form, clause, re.IGNORECASE)))


def _is_since(before: str, mention: str) -> bool:
    """Does ``before`` end in a since-word of ``mention`` (a date), not in a word that only holds one?"""
    if _SINCE_NOT_RE.search(before):  # "来自周六的报道" is "from", no start
        return False
    return bool(_SINCE_RE.search(before) or (not re.search(r"\s", mention) and _SINCE_WORD_RE.search(before)))


@cache
def _since_phrase_re(language: str | None) -> re.Pattern[str] | None:
    """The language's openings of a since-phrase (text data "date_since_phrase") as one pattern, None without."""
    code = base(language) if language else None
    if code not in LANGUAGES or not profile(code).date_since_phrase:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(f'(?:{p})' for p in profile(code).date_since_phrase)})", re.IGNORECASE)


# The end of a since-phrase's clause before its date, and how many words at most stand between its opening and
# the date ("since introducing the budget last month": 3; "depuis qu'il a présenté le budget le mois dernier": 5).
# Chosen by hand (a short clause), not tuned.
_SINCE_CLAUSE_END = re.compile(r"[,;:.!?()\[\]«»\"“”—–]")
_SINCE_PHRASE_WORDS = 8
# Two words name one act when their lemmas are one or share this many first letters ("arrival" / "arrive",
# "festnahme" / "festnehmen", "introduce"): chosen by hand; a wrong match keeps a conflict, as before dates67.
_ACT_PREFIX = 5
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _since_phrase(text: str, start: int, language: str | None) -> str | None:
    """The since-phrase that the date at ``text[start:]`` ends, from its since-word to the date, or None (text data
    "date_since_phrase"): a since-word and a gerund, a possessive or a clause, then at most
    :data:`_SINCE_PHRASE_WORDS` words and the date, no comma or other clause mark between and no coordinator (text
    data "date_since_phrase_stops": "since taking office and resigned on March 3" dates the resignation)."""
    opening = _since_phrase_re(language)
    if opening is None:
        return None
    clause = _SINCE_CLAUSE_END.split(text[:start])[-1]
    found = list(opening.finditer(clause))
    if not found:
        return None
    between = _WORD_RE.findall(clause[found[-1].end():])
    stops = profile(base(language)).date_since_phrase_stops if language else ()
    if len(between) > _SINCE_PHRASE_WORDS or any(w.lower() in stops for w in between):
        return None
    return clause[found[-1].start():]


def _names_act(phrase: str, language: str | None, other: tuple[str, str | None]) -> bool:
    """Does the text ``other`` (text, language) name the act of the since-phrase ``phrase`` ("Since his arrival on
    Monday" / "arrived on Tuesday", "Seit seiner Festnahme am Montag" / "am Dienstag festgenommen": the phrase's
    first content word after its since-word, whose lemma is one with a word of ``other``'s or shares its first
    :data:`_ACT_PREFIX` letters)? Then the two dates are two dates of that act, a conflict (break67d). A text of
    another language is taken to name it: its words cannot be matched here, and the conflict is kept."""
    text, lang = other
    if not language or not lang or base(language) != base(lang):
        return True
    stops = stop_words(language)
    # the act is the phrase's first content word: its gerund, noun or verb ("since introducing the budget":
    # "introducing", not "budget", which a report of another act of the same man may name too)
    # (words split at an apostrophe, "qu'il" two; an auxiliary's lemma is a stop word: "a été élu" names "élu")
    acts = [a for w in re.findall(r"[^\W\d_]+", phrase)[1:]
            if w.lower() not in stops and len(w) > 2 and (a := stem(w, language)) not in stops][:1]
    words = {stem(w, lang) for w in re.findall(r"[^\W\d_]+", text) if w.lower() not in stops and len(w) > 2}
    return any(a == w or (len(a) >= _ACT_PREFIX and a[:_ACT_PREFIX] == w[:_ACT_PREFIX]) for a in acts for w in words)


@cache
def _report_re(language: str | None) -> re.Pattern[str] | None:
    """The verbs that date a statement in ``language``: its reporting verbs (:func:`storylens.text.
    reporting_verb_pattern`) and a source's verbs of reporting (text/data "source_verbs": "informó",
    "teilte mit", "сообщил", which rarely open a quotation: "NBC News informó: «…», dijo Giuliani" is
    Giuliani's); None unknown."""
    code = (language or "").split("-")[0]
    if code not in LANGUAGES:
        return None
    verbs = reporting_verb_pattern(code)
    sources = [v.lower() for v in profile(code).source_verbs]
    if verbs is None or not sources:
        return verbs
    body = alternation(sources)
    return re.compile(f"{verbs.pattern}|" + (body if code in ("zh", "ja") else rf"(?<!\w)(?:{body})(?!\w)"))


def date_role(text: str, date: DateMention, language: str | None, other: tuple[str, str | None] | None = None) -> str:
    """Is ``date`` (a mention in ``text``) the day of the event, of the statement (a reporting verb
    right before it, one short word between at most, or right after it: "officials said Sunday",
    "informaron este domingo", "в воскресенье сообщили"; not "said began Saturday" nor "am
    Sonntag, sagte er") or the start of a state ("since Saturday", "since joining the club in 2019": a
    since-phrase, :func:`_since_phrase`)? A statistic's months are read apart (:func:`compare_dated`). With
    ``other`` (the text and language a date is compared with), a since-phrase's date is its act's, an event, when
    ``other`` names that act (:func:`_names_act`: "Since his arrival on Monday" / "arrived on Tuesday")."""
    start, end = getattr(date, "start", 0), getattr(date, "end", 0)
    if not end:
        return "event"
    before = text[max(0, start - 40) : start]
    if _is_since(before, text[start:end]):
        return "start"
    phrase = _since_phrase(text, start, language)
    if phrase is not None and (other is None or not _names_act(phrase, language, other)):
        return "start"
    if _is_limit(text, start, end, language):
        return "limit"
    verbs = _report_re(language)
    if not verbs:
        return "event"
    if _is_cjk(verbs.pattern[:1]):  # Chinese: the characters right before or after ("29日说")
        return "report" if verbs.search(before[-3:]) or verbs.match(text, end) else "event"
    words = [w.lower() for w in re.findall(r"[\w'’]+", before)[-3:]]
    near = [" ".join(words[-1:]), " ".join(words[-2:])]  # "said Sunday", "a indiqué samedi"
    if len(words) > 1 and len(words[-1]) <= 4:  # one short word between: "informaron este domingo"
        near += [words[-2], " ".join(words[-3:-1])]
    # only the very next word, with no comma between: "в воскресенье сообщили", not "am Sonntag, sagte er"
    after = re.match(r"\s*([\w'’]+)", text[end : end + 30])
    particle = after.group(1).lower() if after else ""
    if any(verbs.fullmatch(w) or _split_verb(w, particle, language) for w in near if w) \
            or (after and verbs.fullmatch(particle)):
        return "report"  # "teilte am Samstag mit": a separable verb's particle after the day
    wide = text[max(0, start - 80) : start]
    if _inverted_report(before, verbs, language) or _clause_initial_report(wide, start <= 80, particle, verbs, language):
        return "report"
    return "event"


# Dates as coarse as a statistic's reference period: "in November", "im dritten Quartal", "in 2025".
_PERIOD_PRECISIONS = frozenset({"month", "quarter", "year"})
# Measures of a statistic read over a period (:data:`_PERIOD_MEASURES` named).
_STATISTICS = frozenset({"inflation", "core inflation", "growth"})


def _statistic_periods(text: str, language: str | None) -> list[tuple[int, int]] | None:
    """When ``text`` gives a figure of a statistic read over a period (a digit and an inflation or growth
    name, or a period: text data "percent_measures", "percent_periods"), the spans of its periods ("from
    October", "gegenüber Oktober", "比10月"), else None. Its months are the statistic's reference period and
    the month it is compared with, no day of an event: "Consumer prices rose 0.4% in November from October"
    set against "am Dienstag" of the rate decision, and "比10月" against "в ноябре", were date conflicts
    (final36 §3)."""
    if not any(c.isdigit() for c in text):
        return None
    periods = _measure_spans(text, language, "percent_periods")
    if not periods and not percent_measures(text, language) & _STATISTICS:
        return None
    return [(a, b) for a, b, _ in periods]


def _statistic_role(date: DateMention, bases: Sequence[tuple[int, int]], statistic: bool) -> str | None:
    """"base" for the month a statistic's change is measured from ("from October", "比10月": inside a
    span of ``bases``), "period" for a month of a pair that gives a statistic (``statistic``), else None."""
    start, end = getattr(date, "start", 0), getattr(date, "end", 0)
    if end and any(a <= start and end <= b for a, b in bases):
        return "base"
    if statistic and getattr(date, "precision", None) in _PERIOD_PRECISIONS:
        return "period"
    return None


def _inverted_report(before: str, verbs: re.Pattern[str], language: str | None) -> bool:
    """A verb of saying, then its subject opened by an article (at most four words), then the day, in
    the clause: "…, meldt de civiele bescherming dinsdag" (text/data "report_subject_articles"; a
    language that writes its subject after the verb). Not English: "said the quake struck Monday"."""
    articles = profile(base(language)).report_subject_articles if language else frozenset()
    if not articles:
        return False
    words = [w.lower() for w in re.findall(r"[\w'’]+", re.split(r"[,;:.!?]", before)[-1])]
    return any(verbs.fullmatch(words[i]) and words[i + 1] in articles
               for i in range(max(0, len(words) - 5), len(words) - 1))


def _clause_initial_report(before: str, text_start: bool, particle: str, verbs: re.Pattern[str],
                           language: str | None) -> bool:
    """A clause that opens with a verb of saying, its subject (at most six words, no word that opens a
    reported clause: text/data "complementizers") and then the day: "…, teilte der Zivilschutz am
    Samstag mit", "…, informó la defensa civil el sábado", "…, сообщил представитель МЧС в субботу",
    "…, said a spokesman on Saturday" (final34 #11: the day the follow-up was told, set against the
    event's Wednesday as a date conflict). The clause starts after a comma or semicolon in ``before``
    (or at the text's start); "informó que la avalancha ocurrió el miércoles" dates the event."""
    parts = re.split(r"[,;:.!?]", before)
    if len(parts) < 2 and not text_start:
        return False  # the clause may start before the window: its first word is unknown
    words = [w.lower() for w in re.findall(r"[\w'’]+", parts[-1])]
    reported = profile(base(language)).complementizers if language else frozenset()
    for size in (1, 2, 3):
        head, rest = " ".join(words[:size]), words[size:]
        if head and (verbs.fullmatch(head) or _split_verb(head, particle, language)):
            return len(rest) <= 6 and not any(w in reported for w in rest)
    return False


def _split_verb(word: str, particle: str, language: str | None) -> bool:
    """``word`` is the first part of a separable verb of saying whose particle comes right after the
    day: "teilte … am Samstag mit" (de "teilte mit"), "liet … zaterdag weten" (nl "liet weten")."""
    return bool(particle) and f"{word} {particle}" in _separable_verbs(language)


@cache
def _separable_verbs(language: str | None) -> frozenset[str]:
    """The language's reporting verbs of two words, lower-case ("teilte mit", "kondigde aan")."""
    code = base(language) if language else None
    if code not in LANGUAGES:
        return frozenset()
    return frozenset(v.lower() for v in (*profile(code).reporting_verbs, *profile(code).source_verbs)
                     if len(v.split()) == 2)


def compare_dated(a: tuple[str, Sequence[DateMention], str | None],
                  b: tuple[str, Sequence[DateMention], str | None]) -> list[str]:
    """Date conflicts of two units (text, dates, language): dates of the same role only, the
    event's first. "officials announced Sunday" and "the fire began Saturday" date two things,
    and "burning since Saturday" a start, so neither conflicts with "the toll rose Monday". When
    either unit gives a statistic's figure (:func:`_statistic_periods`), a month is its reference
    period, compared only with another such, and the month a change is measured from no date."""
    statistics = [_statistic_periods(text, language) for text, _, language in (a, b)]
    statistic = any(s is not None for s in statistics)  # one fact: the other side's months are its period too
    roles = []
    for (text, dates, language), bases, (other, _, other_language) in zip((a, b), statistics, (b, a)):
        grouped: dict[str, list[DateMention]] = {}
        for d in dates:
            role = _statistic_role(d, bases or [], statistic) or date_role(text, d, language, (other, other_language))
            grouped.setdefault(role, []).append(d)
        roles.append(grouped)
    for role in DATE_ROLES:
        if roles[0].get(role) and roles[1].get(role):
            return compare_dates(roles[0][role], roles[1][role])
    return []


def compare_dates(a: Sequence[DateMention], b: Sequence[DateMention]) -> list[str]:
    """Conflicts between two sets of resolved dates, e.g. ``["date: Thursday (2022-01-06) vs Wednesday (2022-01-05)"]``.

    Dates of different precision are compatible when one contains the other
    ("2022-01" vs "2022-01-06"); ranges ("this week") when they overlap.
    """
    ra = [(d, r) for d in a if (r := _date_range(d))]
    rb = [(d, r) for d in b if (r := _date_range(d))]
    if not ra or not rb:
        return []
    if any(_dates_agree(da, x, db, y) for da, x in ra for db, y in rb):
        return _weekday_conflict(a, b)
    left = " / ".join(dict.fromkeys(f"{d.text} ({d.date})" for d, _ in ra))
    right = " / ".join(dict.fromkeys(f"{d.text} ({d.date})" for d, _ in rb))
    return [f"date: {left} vs {right}"]


def _weekday_of(d: DateMention) -> int | None:
    """The weekday (0 = Monday) a mention's text names ("Çarşamba", "в четверг", "周三"), None for any other."""
    if any(ch.isdigit() for ch in d.text):
        return None  # a day of the month, whatever weekday its text also names
    if (m := _WEEKDAY_RE.search(d.text)) is not None:
        return _WEEKDAYS.get(m.group("wd").lower())
    if (z := _ZH_WEEKDAY_RE.search(d.text)) is not None:
        return _ZH_WEEKDAY[z.group(1)] if z.group(1) else _JA_WEEKDAY[z.group(2)]
    return None


def _named_days(dates: Sequence[DateMention]) -> list[tuple[DateMention, DateMention, int]]:
    """(day, weekday mention, weekday) for each weekday written right beside a day of the month ("4 Kasım 2026
    Çarşamba", "в четверг, 5 ноября", "4 listopada, w środę"): at most five characters between them."""
    out = []
    for w in dates:
        day = _weekday_of(w)
        ws, we = getattr(w, "start", None), getattr(w, "end", None)
        if day is None or ws is None or we is None:
            continue
        for d in dates:
            ds, de = getattr(d, "start", None), getattr(d, "end", None)
            if d is w or ds is None or de is None or not d.date or len(d.date) != 10 or _weekday_of(d) is not None:
                continue
            if 0 <= ds - we <= 5 or 0 <= ws - de <= 5:
                out.append((d, w, day))
    return out


def _weekday_conflict(a: Sequence[DateMention], b: Sequence[DateMention]) -> list[str]:
    """A weekday conflict of two sides whose dates agree: the same day named beside a different weekday ("4 Kasım
    2026 Çarşamba" / "в четверг, 4 ноября"), one side's weekday or its day is wrong (issue #12). Only a weekday
    written beside its day counts: a weekday elsewhere may date another event of the story. Where the dates
    differ, the date note holds the weekdays already; where no day is given, weekdays resolve to dates."""
    for da, wa, xa in _named_days(a):
        for db, wb, xb in _named_days(b):
            if da.date == db.date and xa != xb:
                return [f"weekday: {_beside(da, wa)} vs {_beside(db, wb)} ({da.date})"]
    return []


def _beside(d: DateMention, w: DateMention) -> str:
    """The day and its weekday in text order ("в четверг, 4 ноября" reads "в четверг / 4 ноября")."""
    first, second = (w, d) if getattr(w, "start", 0) < getattr(d, "start", 0) else (d, w)
    return f"{first.text} / {second.text}"


_NOTE_DATE = re.compile(r"\((\d{4}[^)]*)\)")


def one_note_per_dates(notes: Sequence[str]) -> list[str]:
    """``notes`` (a claim's disagreements, "date: Friday (2026-11-27) vs sábado (2026-11-28)") without a date note
    whose two sides give the same resolved dates as an earlier one's, between the same documents: a headline pair
    and a body pair of one claim wrote "Friday" and "on Friday" (trial52 F10: three notes of one disagreement).
    Other notes pass as they are, in order."""
    seen, out = set(), []
    for note in notes:
        who, _, rest = note.rpartition("date: ") if "date: " in note else ("", "", "")
        if rest and " vs " in rest and (not who or who.endswith(": ")):
            left, _, right = rest.partition(" vs ")
            key = (who, frozenset(_NOTE_DATE.findall(left)), frozenset(_NOTE_DATE.findall(right)))
            if key[1] and key[2]:
                if key in seen:
                    continue
                seen.add(key)
        out.append(note)
    return out


# Issue #12 (BASIL tune, stop 63): two aligned sentences of one story share their topic, not always their event. Two
# shapes of false date conflict are told by the dates' own words (report.pipeline._Measures.date_conflicts uses them).

# Words right before a date that make it a noun's modifier (English: "the Sept. 11 attacks", "the November election",
# "the 2012 GOP primary"): the date names another event (:func:`date_is_name`).
_NAME_DETERMINERS = {"en": frozenset("the a an this that these those its his her their our".split())}
_POSSESSIVE = re.compile(r"['’]s(?!\w)")
# Only a month or a year names another event so: "Monday's attack", "the Sept. 11 attacks", "last week's vote" name a
# day, often the story's own ("Monday's earthquake" / "the quake struck on Sunday" is one event dated two ways).
_NAMED_PRECISIONS = frozenset({"month", "year"})


def date_is_name(text: str, date: DateMention, language: str | None) -> bool:
    """Whether ``date`` (a mention in ``text``, a month or a year) is part of a name of another event rather than
    the date of the sentence's act: followed by a possessive ("last year's CPAC keynote"), or, in a language whose
    determiners are listed here (English), between a determiner and a word that is no function word ("the November
    election", "the 2012 GOP primary"). A day is never one (:data:`_NAMED_PRECISIONS`). BASIL tune 2b95d2cf and
    6f95dcb9: such dates stood against the day of the story's own act as date conflicts. The caller sets names aside
    only when both sides have one: a name on one side may date the other's act ("the March 2019 collapse" /
    "collapsed in April 2019", break63d H3)."""
    start, end = getattr(date, "start", 0), getattr(date, "end", 0)
    if not end or getattr(date, "precision", None) not in _NAMED_PRECISIONS:
        return False
    if _POSSESSIVE.match(text, end):
        return True
    code = (base(language) or "") if language else ""
    determiners = _NAME_DETERMINERS.get(code)
    if not determiners:
        return False
    before = re.findall(r"[\w'’]+", text[max(0, start - 20) : start])
    after = re.match(r"\s+([^\W\d_][\w-]*)", text[end : end + 40])
    return bool(before and before[-1].lower() in determiners and after
                and after.group(1).lower() not in stop_words(code))


# The words of a name's noun read after its date ("the November election" -> election; "last year's CPAC keynote
# speech" -> CPAC, keynote, speech): at most this many, up to a function word or a mark
_NAME_NOUN_WORDS = 3
_NAME_NOUN = re.compile(r"\s+([^\W\d_][\w-]*)")


def name_noun_named(text: str, date: DateMention, other: str, language: str | None) -> bool:
    """Whether ``other`` (a sentence of the same language) names the noun that ``date``, a name of another event in
    ``text`` (:func:`date_is_name`), stands before: a word of one lemma (``text.stem``), or one ending in the other
    ("quake" / "earthquake"). A name whose noun the other side never names dates another event than the other
    side's act ("refocus on the November election" / "declared back in December", BASIL tune 2b95d2cf, issue #12,
    stop 72). Only a noun of a scheduled event (text data "scheduled_event_nouns": election, summit, conference)
    counts: any other name ("the March 2019 collapse", "the January vote", "last month's attack") is kept as
    before, for the other side may tell that act in other words ("caved in", "went to the polls", "stormed")."""
    start = getattr(date, "end", 0)
    if (m := _POSSESSIVE.match(text, start)) is not None:
        start = m.end()
    code = (base(language) or "") if language else ""
    stops = stop_words(code)
    nouns: list[str] = []
    while len(nouns) < _NAME_NOUN_WORDS and (m := _NAME_NOUN.match(text, start)) and m.group(1).lower() not in stops:
        nouns.append(m.group(1))
        start = m.end()
    scheduled = set(profile(code).scheduled_event_nouns) if code else set()
    if not any(n.lower() in scheduled for n in nouns):
        # not a scheduled event (or none named): as before, an ordinary date, which may date the other side's act
        # told in other words ("last month's attack" / "stormed the embassy on 3 January")
        return True
    words = {w.lower() for w in re.findall(r"[^\W\d_][\w-]*", other)}
    stems = {stem(w, code) for w in words}
    for noun in (n.lower() for n in nouns):
        if noun in words or stem(noun, code) in stems or any(_one_word_family(noun, w) for w in words):
            return True
    return False


# Letters two words of one family share at their start ("election" / "elected", which their lemmas do not join)
_FAMILY_PREFIX = 5


def _one_word_family(noun: str, word: str) -> bool:
    """Whether ``noun`` and ``word`` look like one family: one ends in the other ("quake" / "earthquake") or both
    start with the same :data:`_FAMILY_PREFIX` letters ("election" / "elected"). Erring towards one family keeps
    a date conflict, as before."""
    if len(noun) > 3 and word.endswith(noun) or len(word) > 3 and noun.endswith(word):
        return True
    return len(noun) >= _FAMILY_PREFIX and len(word) >= _FAMILY_PREFIX and noun[:_FAMILY_PREFIX] == word[:_FAMILY_PREFIX]


def same_expressions(a: Sequence[DateMention], b: Sequence[DateMention]) -> frozenset[str]:
    """The relative date expressions (casefolded, a leading "on"/"in" aside) both sides write alike: "last week" of a
    Sunday's report and of a Monday's are one expression, whatever two weeks the two publication days count them to
    (BASIL tune 4f473faf: "last week (2015-03-23) vs last week (2015-03-16)"). The caller applies it only to
    publication days at most ``settings.same_expression_days`` apart."""

    def said(dates: Sequence[DateMention]) -> set[str]:
        return {_expression(d) for d in dates if getattr(d, "relative", False)}

    return frozenset(said(a) & said(b))


def written_alike(d: DateMention, expressions: frozenset[str]) -> bool:
    """Whether ``d`` is relative and written as one of ``expressions`` (:func:`same_expressions`)."""
    return bool(getattr(d, "relative", False)) and _expression(d) in expressions


def _expression(d: DateMention) -> str:
    """How ``d`` is written, casefolded, a leading "on"/"in"/"at" aside: "On Monday" and "monday" are one."""
    return re.sub(r"^(?:on|in|at)\s+", "", d.text.strip().casefold())


def bare_weekday(text: str, date: DateMention, language: str | None) -> int | None:
    """The weekday (0 = Monday) ``date``, a mention in ``text``, names when it is the bare weekday name: no day of the
    month in it and no word of ``language``'s "weekday_marks" in it, right before it or right after it ("next
    Monday", "lundi prochain", "el pasado lunes", "上周一", "every Monday" are not bare; "ce lundi", "este lunes",
    "this Monday" are: a demonstrative names the nearest such day, as the bare name does). None for any other mention
    and for a language without marks (nothing is known of its weeks).

    Two reports that both name one weekday bare name one day: "Schools will remain closed on Monday" and "Die Schulen
    bleiben am Montag geschlossen" of one Monday were read as two Mondays a week apart (the future counted to the
    next one, the present to that day). Which week a reading picks is partly the tense reader's guess;
    :func:`same_weekdays` says when the name both reports wrote is the fact."""
    day = _weekday_of(date)
    start, end = getattr(date, "start", None), getattr(date, "end", None)
    code = base(language) if language else None
    if day is None or start is None or end is None or code not in LANGUAGES:
        return None
    marks = frozenset(profile(code).weekday_marks)
    if not marks:
        return None
    if (m := _WEEKDAY_RE.search(date.text)) is not None and (m.group("pre") or m.group("post")):
        return None
    if _is_cjk(date.text[:1]):
        # marks touch a Chinese weekday ("上周一", "下星期三", "每周五")
        near = text[max(0, start - 2) : start] + date.text
        return None if any(mark in near for mark in marks) else day
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", date.text)]
    before = re.findall(r"[^\W\d_]+", text[max(0, start - 30) : start])[-1:]
    after = re.match(r"[\s,]*([^\W\d_]+)", text[end : end + 30])
    words += [w.casefold() for w in before] + ([after.group(1).casefold()] if after else [])
    return None if any(w in marks for w in words) else day


def same_weekdays(a: tuple[str, Sequence[DateMention], str | None, str | None],
                  b: tuple[str, Sequence[DateMention], str | None, str | None]) -> frozenset[int]:
    """The weekdays both units (text, dates, language, publication day ``YYYY-MM-DD`` or None) name bare
    (:func:`bare_weekday`), in any two languages ("on Monday", "am Montag", "lundi"), whose readings do not point
    opposite ways: none of them points behind its own report's publication day while another points ahead of its
    own. A reading before its publication day points behind, one after it ahead (:func:`date_side`); one of the
    publication day itself points the way its sentence's tense does, as the date reader reads it to choose the last
    or the next weekday (``_dates._weekday_tense``: "began on Monday", "hat am Montag … abgestimmt", "a été signé
    dimanche", "is maandag begonnen" behind), and goes with either side only when that tense is a present or
    unknown ("bleiben am Montag geschlossen"). The caller sets the weekdays found aside as one expression.

    A bare weekday names the nearest day of that name: the one of the past days for a past act, the one ahead for a
    coming one, and on its own day that day. Two readings on one side (both past, both ahead, or one of them the
    publication day in a present: "am Montag bleiben … geschlossen" of a Monday's report read as that day, "lundi"
    in the future as a week on) differ only by the reader's guess of the tense. A past one and a future one differ by
    what the reports say: "Das Parlament hat am Montag abgestimmt" (7 December) and "Parliament will vote on Monday"
    (14 December) of one Wednesday are a true conflict (break64d W16, W19); so are "The rail strike began on Monday"
    (that day) and "Der Bahnstreik wird am Montag beginnen" (a week on) of one Monday (break64d2 R09-R14).

    A reading off the publication day that no tense word of its sentence chose (``_dates._weekday_tense`` 0: a
    present read as the coming day, "Die Minister treffen sich am Montag", or any weekday read back by default, "The
    ministers meet on Monday") is the reader's guess too: two such readings pointing opposite ways are one weekday;
    against a reading its tense chose ("met on Monday", "will meet on Monday") a guess still points its way
    (newuser64 M2: the German present read as the coming Monday must not oppose the English one read back)."""
    sides: list[dict[int, set[tuple[int, bool]]]] = []
    for text, dates, language, published in (a, b):
        found: dict[int, set[tuple[int, bool]]] = {}
        for d in dates:
            if (day := bare_weekday(text, d, language)) is not None:
                found.setdefault(day, set()).add(_pointing(text, d, language=language, published=published))
        sides.append(found)
    return frozenset(day for day in sides[0].keys() & sides[1].keys()
                     if not _opposite(sides[0][day] | sides[1][day]))


def act_way(text: str, dates: Sequence[DateMention], *, language: str | None, published: str | None) -> int:
    """Which way from ``published`` the resolved ``dates`` of ``text`` date its act: -1 all done, 1 all to come, 0
    neither, mixed, or unsure. A date wholly before or after the publication day points its way
    (:func:`date_side`); a bare weekday (:func:`bare_weekday`, as :func:`_pointing` reads one) that is the
    publication day points the way its sentence's tense chose (``_dates._weekday_tense``: "Romney joined … Tuesday"
    of a Tuesday's report behind), and is unsure (0) in a present or without a tense word. "Today" or an explicit
    date on the publication day is unsure (0): the tense reader takes the last tense word before it, so "The walkout,
    which unions say will last a week, began today." read as to come (break_conflicts73 G10/G12: six true lead
    conflicts lost). Leads of two reports that point opposite ways date two acts, one done and one to come (issue
    #12, stop 73: :func:`storylens.report.pipeline._split_lead_dates`)."""
    ways = set()
    for d in dates:
        if not d.date:
            continue
        side = date_side(d, published)
        if side == 0 and published:
            if getattr(d, "start", None) is None or getattr(d, "end", None) is None \
                    or bare_weekday(text, d, language) is None:
                return 0
            # the publication day: its sentence's tense
            side = _pointing(text, d, language=language, published=published)[0]
        ways.add(side)
    return ways.pop() if len(ways) == 1 else 0


def _opposite(readings: set[tuple[int, bool]]) -> bool:
    """Whether ``readings`` (way, chosen by a tense: :func:`_pointing`) hold one behind and one ahead, at least one of
    the two chosen by its tense."""
    return any(way == -1 and other == 1 and (sure or other_sure) for way, sure in readings for other, other_sure in readings)


def _pointing(text: str, d: DateMention, *, language: str | None, published: str | None) -> tuple[int, bool]:
    """Which way the bare weekday ``d`` of ``text`` points from ``published`` and whether a tense of its sentence
    chose it: :func:`date_side`, and on the publication day itself the tense of its sentence
    (``_dates._weekday_tense``: -1 past, 1 future, 0 present or none); a reading is chosen when that tense is not 0
    (without a publication day or offsets, every reading is taken as chosen)."""
    side = date_side(d, published)
    start, end = getattr(d, "start", None), getattr(d, "end", None)  # a resolved date's offsets in ``text``
    if not published or start is None or end is None:
        return side, True
    if not _is_cjk(d.text[:1]) and (m := _WEEKDAY_RE.search(d.text)) is not None:
        start, end = start + m.start(), start + m.end()  # the weekday itself, as the reader reads it
    tense = _weekday_tense(text, start, end, base(language) if language else None)
    return (side or tense), tense != 0
