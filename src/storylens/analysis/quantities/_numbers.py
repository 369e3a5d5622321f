"""Extraction of quantity mentions: :func:`extract_numbers` gathers the candidates (digits, words,
compounds, zeros, duals, CJK numerals, scales), picks among them and builds each :class:`Quantity`."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Literal

from ...text import (
    LANGUAGES,
    alternation,
    base,
    field_patterns,
    measure_words,
    month_names,
    normalise_digits,
    profile,
    scale_words,
)
from ._calendar import _CALENDAR_ONLY_MONTHS
from ._clock import _times, bare_hours
from ._compounds import and_half_candidates, fraction_candidates, word_run_candidates
from ._context import (
    _change_amounts,
    _grades,
    _parts,
    _percent_bound_measures,
    _percent_periods,
    _percent_states,
    _ranges,
    _revisions,
    _running_counts,
    _tallies,
    _wholes,
)
from ._coordinated import coordinated_counts
from ._dates import is_date_word
from ._lexicon import (
    _MULT_WORDS,
    _PERSON_NOUNS,
    _SMALL,
    _approximators,
    _data_langs,
    _data_number_re,
    _events,
    _percent_words,
    word_key,
    word_pattern,
)
from ._measures import _PEOPLE, CELSIUS, TEMPERATURE_CHANGES, _measure_of
from ._parse import (
    _basis_point_word_candidates,
    _digit_candidates,
    _excluded_spans,
    _number_word_candidates,
    _parse_digits,
    _phrase_candidates,
    _vague_amount_candidates,
)
from ._records import Quantity, _is_cjk
from ._scan import _CLASSIFIERS, _langs, _overlaps, _pick, _word_langs, _words_after, _words_before
from ._single import single_victim_candidates
from ._units import (
    _HANGUL,
    _PP,
    FAHRENHEIT,
    PEOPLE_CLASSIFIERS,
    TEMPERATURE,
    _apply_approx,
    _bend,
    _change_subject,
    _change_verbs,
    _cjk_unit,
    _compound_re,
    _event_before,
    _linked_toll,
    _measure_before,
    _reported,
    _temperature_after,
    _toll_after,
    _toll_frame,
    _toll_particle,
    _toll_words,
    _unit_after,
    _unspaced,
    _verb_form,
    below_zero,
    counted_words,
    counter_unit,
    english_actors_after,
    fahrenheit_range_as_celsius,
    glued_temperature,
    own_toll_after,
    temperature_change,
    unscaled_temperature,
)


def _compound_candidates(text: str, lang: str | None) -> list[tuple[int, int, dict]]:
    rx = _compound_re(lang) if lang else None
    if rx is None or lang is None:
        return []
    prof = profile(lang)
    numbers, units = dict(prof.compound_numbers), dict(prof.compound_units)
    out = []
    for m in rx.finditer(text):
        n = m.group("n").rstrip("-").lower()
        value = float(n) if n.isdigit() else numbers.get(n)
        unit = units.get(m.group("u").lower())
        if m.group("u").lower() in prof.compound_age_units and not _term_word_next(text, m.end(), lang):
            continue  # "five-year-old", "der Fünfjährige": an age's adjective, read by the age's readers
        if value is not None and unit:
            out.append((m.start(), m.end(), {"value": value, "kind": "count", "unit": unit}))
    return out


@cache
def _term_words(lang: str) -> tuple[re.Pattern[str], ...]:
    return tuple(p for field in ("term_penalty", "term_demand", "term_custody")
                 for p in field_patterns(lang, field))


def _term_word_next(text: str, end: int, lang: str) -> bool:
    """Whether a term's word (text data "term_cues") opens the next word after ``end``: "a five-year| prison
    sentence", "eine fünfjährige| Haftstrafe", "пятилетний| срок" (trial47 F4)."""
    pos = end + len(text[end:]) - len(text[end:].lstrip())
    return any(p.match(text, pos) for p in _term_words(lang))


def _words_re(words: set[str], edge: str) -> re.Pattern[str] | None:
    """One pattern for ``words`` of every script: a spaced word between ``edge`` characters (a regex class body:
    ``\\w`` or ``\\w-``), a CJK word anywhere, a Korean word from its start only (a predicate's ending is glued
    to its stem: "사망자는 없었다" says "사망자는 없", none dead); None for no words."""
    spaced = alternation(w for w in words if not _unspaced(w[:1]) and not _HANGUL.match(w))
    cjk = alternation(w for w in words if _unspaced(w[:1]))
    hangul = alternation(w for w in words if _HANGUL.match(w))
    parts = ([rf"(?<![{edge}])(?:{spaced})(?![{edge}])"] if spaced else []) + ([f"(?:{cjk})"] if cjk else []) + (
        [rf"(?<![{edge}])(?:{hangul})"] if hangul else [])
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


@cache
def _zero_re(lang: str | None) -> re.Pattern[str] | None:
    return _words_re({w for lg in ((lang,) if lang in LANGUAGES else LANGUAGES) for w in profile(lg).zero_counts},
                     r"\w-")


# What a toll of nobody of the killed and the injured together counts (text data "casualty_words"): split into
# a zero of each when the figure is built (:func:`_casualty_zeros`).
_CASUALTIES = "casualties"


@cache
def _casualty_re(lang: str | None) -> re.Pattern[str] | None:
    """The language's words for the killed and the injured together (text data "casualty_words": "casualties",
    "伤亡", "死傷者", "인명 피해"), as :func:`_toll_words` finds a toll word; None when it has none."""
    return _words_re({w for lg in ((lang,) if lang in LANGUAGES else LANGUAGES) for w in profile(lg).casualty_words},
                     r"\w")


def _zero_toll(lang: str | None, text: str) -> tuple[re.Match[str], str] | None:
    """The first toll word in ``text`` a zero may deny and what it counts: a word of "measures" counting people
    (its key) or a word of "casualty_words" (:data:`_CASUALTIES`), whichever comes first."""
    found = _toll_words(lang).search(text)
    casualty = _casualty_re(lang)
    both = casualty.search(text) if casualty else None
    if both and (found is None or both.start() <= found.start()):
        return both, _CASUALTIES
    key = measure_words().get(found.group().lower()) if found else None
    return (found, key) if found and key else None


def _casualty_zeros(found: list[Quantity]) -> list[Quantity]:
    """``found`` with a toll of nobody of the killed and injured together (:data:`_CASUALTIES`) as two zeros on
    its words, one killed and one injured: "未造成人员伤亡" against "3人受伤" is "injured: none vs 3"."""
    out: list[Quantity] = []
    for q in found:
        split = q.unit == _CASUALTIES and q.value == 0  # "20 casualties" is neither 20 dead nor 20 injured
        out.extend((replace(q, unit="killed"), replace(q, unit="injured")) if split else (q,))
    return out


# The rest of a sentence that ends as a question ("?", "？", "؟").
_QUESTION_END = re.compile(r"[^.!?。！？؟]*[?？؟]")


def _zero_candidates(text: str, lang: str | None) -> list[tuple[int, int, dict]]:
    """A toll of nobody: "No one was killed", "Nikt nie zginął", "无人死亡" (text/data "zero_counts").
    Only with a toll word in the rest of the clause, so "nobody knows" is no number, and none with a question
    of the count before it (text data "count_questions"): "No one knows how many were killed" (review41)."""
    rx = _zero_re(lang)
    out = []
    for m in rx.finditer(text) if rx else ():
        if _QUESTION_END.match(text, m.end()):
            continue  # "Ölen kimse var mı?", "Was anyone killed?": a question counts nobody (review36a H6's kind)
        clause = re.split(r"[,.;:!?()\"“”«»，。；：！？]", text[m.start() : m.end() + 60])[0]
        near = " ".join(clause.split()[:8]) if " " in clause else clause[:12]
        before = re.split(r"[,.;:!?()\"“”«»，。；：！？]", text[max(0, m.start() - 40) : m.start()])[-1]
        toll = _zero_toll(lang, near) or _zero_toll(lang, " ".join(before.split()[-3:]))
        found, key = toll if toll else (None, None)
        if found is None and lang in LANGUAGES and any(
                w.lower() in profile(lang).arrest_verbs for w in before.split()[-3:]):
            # the agent's verb before the nobody it arrests: "La policía no detuvo a nadie" (text data "arrest_verbs";
            # not after it: "Nadie detuvo el tren" is nobody stopping a train)
            found, key = m, "arrested"
        if found and found.string is near and re.search(r"\d", near[: found.start()]):
            found = None  # "Nobody said the 3 dead were …": the toll is another number's
        if found and found.string is near and any(rx.search(near, 0, found.start()) for rx in field_patterns(lang, "count_questions")):
            found = None  # "No one knows how many were killed", "Nadie sabe cuántas murieron": the toll is unknown
        key = key if found else None
        if key and not _among_victims(text, m.start(), m.end(), lang):
            out.append((m.start(), m.end(), {"value": 0.0, "kind": "count", "unit": key}))
    return out


def _among_victims(text: str, start: int, end: int, lang: str | None) -> bool:
    """Whether the absence ``text[start:end]`` denies someone among the victims, not the victims: a scope of the
    language (text data "zero_scope": "среди", "wśród", "unter den") whose noun is a toll word, in the clause
    before the absence ("Россиян среди погибших и пострадавших нет", "Polaków wśród rannych nie ma", "Deutsche
    seien unter den Verletzten keine": no Russians among the dead, no toll of nobody; review41)."""
    if lang not in LANGUAGES:
        return False
    clause_start = max((e.end() for e in _CLAUSE_END.finditer(text, 0, start)), default=0)
    tolls = [(a, b) for a, b, key in counted_words(text[:end], lang) if key in ("killed", "injured") and a >= clause_start]
    for pattern in field_patterns(lang, "zero_scope"):
        for hit in pattern.finditer(text, clause_start, end):
            if any(hit.start() < a < hit.end() for a, _ in tolls):
                return True
    return False


# Words between a word of absence and the toll it denies: "no serious injuries", "nie było rannych", "no hubo
# heridos" (one), "пострадавших нет", "Verletzte gab es nicht" (none: the toll stands right before). More let
# "no word on injuries" deny the injured (a report missing, no toll of nobody).
_ABSENCE_GAP_WORDS = 1
# Words between a toll that opens its clause and the absence that closes it: «Жертв в результате наводнения в
# среду нет» (five), "Todesopfer gab es bei dem Hochwasser am Mittwoch keine" (seven; trial53 F17). A toll word
# opening its clause is the clause's subject or topic, so the absence at its end is said of it.
_ABSENCE_FRAME_WORDS = 7
# The same in a script written without spaces, in characters: "无人受伤", "没有人员受伤".
_ABSENCE_GAP_CHARS = 2
# The tolls an absence may deny: the killed, the injured and the arrested ("Não houve detidos", "Задержанных нет",
# "keine Festnahmen", "no arrests": a protest's usual count; trial53 F1). The missing, evacuees and the rescued
# are left out: "no one is missing" is a search's end, "without evacuating" no count.
_ABSENCE_TOLLS = frozenset({"killed", "injured", "arrested"})
_CLAUSE_END = re.compile(r"[,.;:!?()\"“”«»，。；：！？、،؛]")
_CLAUSE_TAIL = re.compile(r"\s*(?:$|[,.;:!?()\"“”«»，。；：！？、،؛])")


def _absence_zero_candidates(text: str, lang: str | None) -> list[tuple[int, int, dict]]:
    """A toll of nobody written as the absence of its victims: "There were no injuries", «Пострадавших нет»,
    "Verletzte gab es nicht", "No hubo heridos", "Non ci sono feriti", "Nie było rannych", "Não houve feridos",
    «لا إصابات», "无人受伤" (text data "absence_negation" next to a word of "measures" counting people killed or
    injured). trial50 F1/F18: in ru, uk, cs, tr, pt, ar these were no figure, and "no one was injured" against
    "two were injured" was a shared claim across languages. The toll word must touch the absence
    (:data:`_ABSENCE_GAP_WORDS`), in one clause, with no figure between; a question counts nobody. The span is
    the absence's and its toll's, so a zero of "zero_counts" over the same words is one reading."""
    # the language's words that deny a thing exists, each pattern on its own, so a longer one is read where a
    # shorter one matches first ("No hubo que lamentar víctimas" beside "no hubo": trial52 F16)
    absences = field_patterns(lang, "absence_negation") if lang in LANGUAGES else ()
    if not absences:
        return []
    tolls = [(a, b, key) for a, b, key in counted_words(text, lang) + _prefix_negated_tolls(text, lang)
             if key in _ABSENCE_TOLLS]
    casualty = _casualty_re(lang)
    if casualty:  # "没有人员伤亡", "no casualties": none killed and none injured
        tolls = sorted(tolls + [(m.start(), m.end(), _CASUALTIES) for m in casualty.finditer(text)
                                if not _overlaps(m.start(), m.end(), [t[:2] for t in tolls])])
    if not tolls:
        return []
    spaced = not (lang in ("zh", "ja") or _is_cjk(text.strip()[:1]))
    out = []
    read: set[tuple[int, int]] = set()  # the tolls one absence already reads
    for m in (m for absence in absences for m in absence.finditer(text)):
        if not m.group().strip() or _QUESTION_END.match(text, m.end()):
            continue
        for a, b, key in tolls:
            if (a, b) in read:
                continue
            # a toll inside the absence's words is next to it: "Kimse yaralanmadı" (the pattern takes the verb)
            gap = text[m.end() : a] if a >= m.end() else text[b : m.start()] if b <= m.start() else ""
            # a toll before its absence only when the absence ends the clause: "Пострадавших нет.", "Verletzte
            # gab es nicht, …", but not "shoot to kill without warning" (the seeds)
            if b <= m.start() and not _CLAUSE_TAIL.match(text, m.end()):
                continue
            if _CLAUSE_END.search(gap) or re.search(r"\d", gap):
                continue
            if any(q.search(text, min(m.start(), a), max(m.end(), b)) for q in field_patterns(lang, "count_questions")):
                continue  # "Kimse kaç kişinin öldüğünü bilmiyor" (nobody knows how many died): the toll is unknown
            if b <= m.start() and _among_victims(text, m.start(), m.end(), lang):
                break
            near = (len(gap.split()) <= _ABSENCE_GAP_WORDS) if spaced else (len(gap.strip()) <= _ABSENCE_GAP_CHARS)
            # the toll opening its clause and the absence closing it frame the whole clause: «Жертв в результате
            # наводнения … нет», "Todesopfer gab es bei dem Hochwasser … keine" (trial53 F17)
            framed = spaced and b <= m.start() and len(gap.split()) <= _ABSENCE_FRAME_WORDS and not text[
                max((e.end() for e in _CLAUSE_END.finditer(text, 0, a)), default=0) : a].strip()
            # … but not of a group among them: «Жертв среди россиян нет» (text data "zero_among")
            framed = framed and not any(q.search(gap) for q in field_patterns(lang, "zero_among"))
            if near or framed:
                # a framed zero keeps its toll's word: a weekday or a place between is another reader's span
                span = (a, b) if framed and not near else (min(m.start(), a), max(m.end(), b))
                # a second toll of one denial ("weder Tote noch Verletzte", "no deaths or injuries", "geen doden
                # of gewonden"): its span starts after the toll the denial already read, so both zeros stand
                # (trial54 F12: "Non si registrano vittime né feriti" counted only the dead)
                first = max((y for x, y in read if span[0] <= x and y <= a), default=None)
                if first is not None:
                    span = (first + len(text[first:a]) - len(text[first:a].lstrip()), span[1])
                out.append((*span, {"value": 0.0, "kind": "count", "unit": key}))
                read.add((a, b))
                break
    return out


def _prefix_negated_tolls(text: str, lang: str | None) -> list[tuple[int, int, str]]:
    """Toll words written with the language's negation prefix glued on (text data "negation_prefix": cs "ne" +
    "zemřel"), as (start, end, key) over the whole word: "Nikdo nezemřel" (no one died) is a toll of nobody
    only with its absence around it (:func:`_absence_zero_candidates`; trial52 F16: no figure)."""
    if lang not in LANGUAGES:
        return []
    found = []
    for prefix, keys in profile(lang).negation_prefix:
        for m in re.finditer(rf"(?<![\w-]){re.escape(prefix)}([^\W\d_]+)", text, re.IGNORECASE):
            hits = counted_words(m.group(1), lang)
            if hits and hits[0][:2] == (0, len(m.group(1))) and hits[0][2] in keys:
                found.append((m.start(), m.end(), hits[0][2]))
    return found


@cache
def _one_re(lang: str | None) -> re.Pattern[str] | None:
    """A word for "one" right next to a noun a measure of people or a toll knows (text/data "one_count",
    "measures"), the noun before it where the language puts it there ("شخصا واحدا")."""
    if lang not in LANGUAGES or not profile(lang).one_words:
        return None
    # and, in a language without articles, its person nouns: "Погиб один военный", "один полицейский и двое
    # прохожих" (toll59; where "one" is also the article, "Un policier a été blessé" is one victim named: _single)
    prof = profile(lang)
    persons = () if prof.single_person_articles else prof.single_person_nouns
    nouns = alternation({*(w for w, key in prof.measures if key in _PEOPLE or key in ("killed", "injured")), *persons})
    one = alternation(profile(lang).one_words)
    if profile(lang).one_after:
        return re.compile(rf"(?<![\w-])(?:{nouns})\s+(?P<one>{one})(?![\w-])", re.IGNORECASE)
    if _is_cjk(profile(lang).one_words[0][:1]):
        # no spaces: "一人死亡", "一名工人遇难"; never inside a longer numeral ("十一人", "一百")
        return re.compile(rf"(?<![〇零一二两兩三四五六七八九十百千万萬亿億])(?P<one>{one})(?:{nouns})")
    return re.compile(rf"(?<![\w-])(?P<one>{one})\s+(?:{nouns})(?![\w-])", re.IGNORECASE)


def _one_candidates(text: str, lang: str | None) -> list[tuple[int, int, dict]]:
    """The count 1 written as a word that is also an article or a pronoun: only next to whom it counts
    ("One person was killed", "kam ein Mensch ums Leben", "Nie żyje jedna osoba", "شخصا واحدا لقي حتفه";
    trial final43 W1: 2 against 1 was no conflict). "one of the victims", "ein Haus", "un des blessés" stay
    no count. The span is the word alone: what it counts is read after it as for any number."""
    rx = _one_re(lang)
    out = []
    for m in rx.finditer(text) if rx else ():
        # a Han "一人" may be part of a word ("统一人民", "唯一人选"): a count only with its toll right after
        if _is_cjk(m.group("one")[:1]) and not _toll_words(lang).search(text[m.end() : m.end() + 6]):
            continue
        out.append((m.start("one"), m.end("one"), {"value": 1.0, "kind": "count", "unit": None}))
    return out


def _article_scale_candidates(text: str, lang: str | None) -> list[tuple[int, int, dict]]:
    """"eine Million Menschen", "un millón de personas", "bir milyon kişi", "مليون شخص": one of the
    scale (text/data "article_scale"); never after digits ("1,5 Millionen" is the digits' scale)."""
    prof = profile(lang) if lang else None
    if prof is None or not prof.article_scale_words:
        return []
    articles = alternation(prof.article_scale_articles) if prof.article_scale_articles else None
    words = alternation(prof.article_scale_words)
    lead = rf"(?:(?:{articles})\s+)?" if articles else ""
    rx = re.compile(rf"(?<![\w\d.,])(?<!\d\s){lead}({words})(?![\w-])", re.IGNORECASE)
    scales = scale_words((lang,)) if lang else {}
    return [(m.start(), m.end(), {"value": scales.get(m.group(1).lower(), 0.0), "kind": "count", "unit": None})
            for m in rx.finditer(text) if scales.get(m.group(1).lower())]


def _data_number_words(text: str, lang: str | None) -> list[tuple[int, int, dict]]:
    """Number words of languages the word-run parser does not cover ("siete", "trzy", "تسع")."""
    if lang in ("zh", "ja"):  # "十九人が負傷": Han numerals in Japanese too (trial55 F1)
        return _cjk_numerals(text)
    if not lang or lang in _SMALL or lang == "de":
        return []
    rx, words = _data_number_re(lang)
    if rx is None:
        return []
    # a match whose key is no data word is skipped (the pattern ignores case more widely than lower() maps)
    return [(m.start(), m.end(), {"value": float(words[word_key(m.group())]), "kind": "count", "unit": None})
            for m in rx.finditer(text)
            if word_key(m.group()) in words and _counts_here(text, m.group(), m.start(), m.end(), lang)]


@cache
def _collective_re(lang: str | None) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    if lang not in LANGUAGES or not profile(lang).collective_numerals:
        return None, {}
    words = dict(profile(lang).collective_numerals)
    return word_pattern(words), words


def _collective_candidates(text: str, lang: str | None) -> list[tuple[int, int, dict]]:
    """Collective numerals (text/data "collective_numerals"): "загинули двоє людей", "погибли двое рабочих,
    ещё пятеро пострадали", "zginęło dwoje dzieci" count 2, 2 and 5, 2 (trial49 F3: no count at all). Like any
    number word, what it counts is read after it ("двое суток": days) or from the toll around it."""
    rx, words = _collective_re(lang)
    if rx is None:
        return []
    return [(m.start(), m.end(), {"value": float(words[word_key(m.group())]), "kind": "count", "unit": None})
            for m in rx.finditer(text) if word_key(m.group()) in words]


def _dual_candidates(text: str, lang: str | None) -> list[tuple[int, int, dict]]:
    """Two of a noun written as its dual in one word (text/data "dual_units": ar "بالسجن سنتين", two years in
    prison; fixx left: the term had no figure), the noun's singular as the unit; a glued prefix ("لسنتين")
    stays outside the figure."""
    rx, units = _dual_re(lang)
    if rx is None:
        return []
    return [(m.start("dual"), m.end("dual"), {"value": 2.0, "low": 2.0, "high": 2.0, "kind": "count",
                                                "unit": units[m.group("dual")], "dual": True}) for m in rx.finditer(text)]


@cache
def _dual_re(lang: str | None) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    if lang not in LANGUAGES or not profile(lang).dual_units:
        return None, {}
    units = dict(profile(lang).dual_units)
    prefixes = alternation(profile(lang).number_prefixes) if profile(lang).number_prefixes else None
    glued = f"(?:{prefixes})?" if prefixes else ""
    return re.compile(rf"(?<!\w){glued}(?P<dual>{alternation(units)})(?!\w)"), units


# Chinese numerals in characters (trial 18 #2 "判处九年有期徒刑"; trial45 W7 "约一千三百名矿工" against
# "About 1,200 miners" was no conflict): a run of numeral characters with its units (十 百 千, 万 亿 for
# the larger sections), "零" a gap ("一千零五"), the colloquial tail of the next lower unit ("一千二" is
# 1,200, "三百五" 350). A run without a unit is one digit (二 to 九; "一" alone is "one", read by
# _one_candidates where it counts people) or no count (a year written digit by digit, "二〇一九年"); a run
# after "第" is an ordinal ("第三十二届").
_CJK_DIGITS = {"〇": 0, "零": 0, "一": 1, "两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
               "八": 8, "九": 9}
_CJK_UNITS = {"十": 10, "百": 100, "千": 1000}
_CJK_SECTIONS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
_CJK_NUMERAL_CHARS = "".join((*_CJK_DIGITS, *_CJK_UNITS, *_CJK_SECTIONS))
_CJK_NUMERAL = re.compile(rf"(?<![{_CJK_NUMERAL_CHARS}第])[{_CJK_NUMERAL_CHARS}]+")


def cjk_numeral_value(run: str) -> int | None:
    """The value of a Chinese numeral written in characters ("一千三百" 1300, "三十二" 32, "两千" 2000,
    "一千二" 1200, "二百五十万" 2,500,000, "一万二" 12,000), or None when ``run`` is no numeral of units (a
    unit after a unit of the same or a lower section the wrong way round, a section word first: "万一", "千万"
    is read as 10,000,000 only as written: a count where a measure follows) or no single value (two digits
    side by side are a range, "七八十": see :func:`cjk_numeral_range`)."""
    if not run or run[0] in _CJK_SECTIONS or _cjk_range_at(run) is not None:
        return None
    if not any(ch in _CJK_UNITS or ch in _CJK_SECTIONS for ch in run):
        return _CJK_DIGITS[run] if len(run) == 1 and run not in "〇零一" else None
    total = section = number = 0
    last_unit, last_section, after_zero = 0, 0, False
    for ch in run:
        if ch in _CJK_DIGITS:
            number, after_zero = _CJK_DIGITS[ch], after_zero or _CJK_DIGITS[ch] == 0
        elif ch in _CJK_UNITS:
            unit = _CJK_UNITS[ch]
            if last_unit and unit >= last_unit:
                return None  # "十百": no numeral
            section += (number or 1) * unit
            number, last_unit, after_zero = 0, unit, False
        else:
            big = _CJK_SECTIONS[ch]
            if last_section and big >= last_section:
                return None
            total = (total + section + number) * big if big > 10_000 else total + (section + number) * big
            section = number = last_unit = 0
            last_section, after_zero = big, False
    if number and last_unit >= 100 and not after_zero and run[-2] in _CJK_UNITS:
        number *= last_unit // 10  # "一千二": the tail counts the next lower unit
    elif number and not after_zero and run[-2] in _CJK_SECTIONS:
        number *= last_section // 10  # "一万二" is 1.2万 (review37a H2: read 10,002), "三亿五" 3.5亿
    return total + section + number


def _cjk_range_at(run: str) -> int | None:
    """Where the second of two digits side by side stands ("七八十": 1), the colloquial range of two
    neighbouring digits (三四, 七八, 三五); None when the run has none, or has no unit (a year digit by digit)."""
    if not any(ch in _CJK_UNITS or ch in _CJK_SECTIONS for ch in run) and len(run) != 2:
        return None
    for i in range(1, len(run)):
        a, b = _CJK_DIGITS.get(run[i - 1]), _CJK_DIGITS.get(run[i])
        if a and b and 0 < b - a <= 2 and run[i - 1] != "一":
            return i
    return None


def cjk_numeral_range(run: str) -> tuple[int, int] | None:
    """The low and high values of a Chinese numeral with two neighbouring digits side by side, as "seventy or
    eighty" is a range (review37a H1: read as exactly the higher one): "七八十" (70, 80), "三四百" (300, 400),
    "两三千" (2000, 3000), "十七八" (17, 18), "三五" (3, 5); None for any other run."""
    at = _cjk_range_at(run)
    if at is None:
        return None
    low, high = cjk_numeral_value(run[:at] + run[at + 1:]), cjk_numeral_value(run[: at - 1] + run[at:])
    return (low, high) if low is not None and high is not None and low < high else None


def _cjk_vague(text: str, m: re.Match[str], lang: str) -> tuple[int, int, dict] | None:
    """A numeral of units alone after a word that makes it vague ("数百" 200 to 999, "上百" 100 to 999, "几十"
    20 to 99), read as "hundreds" and "dozens" are read; or a numeral ending in a unit and a word that adds
    some of the next unit down ("十几" 11 to 19). None for any other run."""
    run = m.group()
    after = next((w for w in profile(lang).vague_numeral_suffixes if text.startswith(w, m.end())), None)
    if after and run[-1] in _CJK_UNITS:
        value = cjk_numeral_value(run)
        if value is not None:
            step = _CJK_UNITS[run[-1]] // 10
            low, high = value + step, value + 9 * step
            return m.start(), m.end() + len(after), {"value": float(low), "low": float(low), "high": float(high),
                                                     "vague": True, "kind": "count", "unit": None}
    if any(ch in _CJK_DIGITS for ch in run):
        return None  # "造成十一人": 成 ends the verb "cause", the numeral has its digits
    before = next(((w, k) for w, k in sorted(profile(lang).vague_numeral_prefixes, key=lambda p: -len(p[0]))
                   if text.endswith(w, 0, m.start())), None)
    value = cjk_numeral_value(run) if run[0] not in _CJK_SECTIONS else cjk_numeral_value("一" + run)
    if before is None or value is None:
        return None
    word, lowest = before
    if lowest == 1 and run[0] == "十":
        return None  # "a hundred up" words are no "ten up": "造成十人死亡" is ten (上百, 成千 only)
    if lowest == 1:  # "上百" / "成千" reach the unit: at least a hundred / a thousand, as "至少一百" reads
        return m.start() - len(word), m.end(), {"value": float(value), "low": float(value), "high": None,
                                                "vague": True, "approx": "min", "kind": "count", "unit": None}
    return m.start() - len(word), m.end(), {"value": float(3 * value), "low": float(lowest * value),
                                            "high": float(10 * value - 1), "vague": True, "kind": "count",
                                            "unit": None}


def _people_after(text: str, at: int) -> bool:
    """Whether a numeral ending at ``at`` counts people: a person classifier follows it ("八十名警察", "数百人被困"),
    or a word of "more than" and then one ("十余人", "千余名", "二十多位"). The classifier says what is counted
    whatever noun or verb comes next (trial47 F6: "八十名警察赶到" and "数百人被困" gave no number while "80名警察"
    and "数百人受伤" did, so "12 trapped" against "数百人被困" was shared with no note)."""
    for word, _how in profile("zh").approximators_after:
        if text.startswith(word, at) and len(word) == 1:
            at += 1
            break
    return text[at : at + 1] in _PERSON_CLASSIFIERS


def _piece_after(text: str, at: int) -> str:
    """The three characters after a Chinese numeral ending at ``at``, a "more than" after it ("十余户", "二十多所")
    and its classifiers skipped: the noun it counts ("民房", "学校")."""
    for word, _how in profile("zh").approximators_after:
        if text.startswith(word, at) and len(word) == 1 and text[at + 1 : at + 2] in _CLASSIFIERS:
            at += 1
            break
    return text[at : at + 4].lstrip("".join(_CLASSIFIERS))[:3] or " "


# The classifiers of people: "人" people, "名" and "位" the counting words for persons.
_PERSON_CLASSIFIERS = frozenset("人名位")


def _cjk_numerals(text: str) -> list[tuple[int, int, dict]]:
    from ._lexicon import _CJK_CURRENCIES

    out = []
    approximators = tuple(w for w, _how in profile("zh").approximators)
    for m in _CJK_NUMERAL.finditer(text):
        piece = _piece_after(text, m.end())
        counted = (_measure_of(piece) and not piece.startswith(_CJK_NOT_DURATION) or text.startswith(_CJK_CURRENCIES, m.end())
                   or _people_after(text, m.end()))
        vague = _cjk_vague(text, m, "zh")
        if vague is not None:
            piece = _piece_after(text, vague[1])
            if (_measure_of(piece) and not piece.startswith(_CJK_NOT_DURATION) or text.startswith(_CJK_CURRENCIES, vague[1])
                    or _people_after(text, vague[1])):
                out.append(vague)
            continue
        span = cjk_numeral_range(m.group())
        if span is not None:
            if counted:
                out.append((m.start(), m.end(), {"value": float(span[0]), "low": float(span[0]), "high": float(span[1]),
                                                 "vague": True, "kind": "count", "unit": None}))
            continue
        value = cjk_numeral_value(m.group())
        if value is None:
            continue
        # units alone ("百人", "千人计划") are no count of one hundred or one thousand unless an approximator says
        # so ("近千人": nearly a thousand; review37a H1: "数百" read as exactly 100); "十人" is ten people
        # ("千余名": more than a thousand, its "more than" after it)
        if m.group()[0] in "百千" and not text.endswith(approximators, 0, m.start()) and not (
                m.group() in "百千" and text[m.end() : m.end() + 1] in "余餘多" and _people_after(text, m.end())):
            continue
        # a hundred or more with its digits written ("一千三百人在井下") is a figure wherever digits are one; a
        # smaller numeral, or units alone ("千万" by all means, "百姓" the people), only before what it counts
        written = value >= 100 and any(ch in _CJK_DIGITS for ch in m.group())
        if written or counted:
            out.append((m.start(), m.end(), {"value": float(value), "kind": "count", "unit": None}))
    return out


# "年" opening a word that is no count of years: a school year ("九年级"), a decade ("八十年代").
_CJK_NOT_DURATION = ("年级", "年級", "年代")


def _counts_here(text: str, word: str, start: int, end: int, lang: str) -> bool:
    """A number word that is also an everyday word (it "sei": six and "you are") is no number after
    the words that mark its other sense ("tu sei", "non sei"), before a verb ("sei stato") or before
    an elided article ("sei d'accordo")."""
    other = dict(profile(lang).number_word_senses).get(word.lower())
    if other is None:
        return True
    before = _words_before(text, start, 1)
    if before and before[-1].lower() in other:
        return False
    nxt = _words_after(text, end, 1)
    if not nxt or re.search(r"['’]", nxt[0][0]):
        return not nxt
    return not _verb_form(nxt[0][0], lang)


@cache
def _scale_after_word(lang: str | None) -> tuple[dict[str, float], re.Pattern[str] | None]:
    """The language's scale words and the pattern of one right after a number word."""
    scales = scale_words((lang,)) if lang else {}
    return scales, (re.compile(rf"\s+({alternation(scales)})(?![\w])", re.IGNORECASE) if scales else None)


def _word_scale_candidates(text: str, cands: list[tuple[int, int, dict]], lang: str | None) -> list[tuple[int, int, dict]]:
    """A number word and the scale word after it as one figure: "zwei Milliarden Euro" is 2 billion
    (trial 8: the count 2 with the unit "milliarden"), "tres millones", "две тысячи"."""
    scales, rx = _scale_after_word(lang)
    dozen = _dozen_after_word(lang)
    if rx is None and dozen is None:
        return []
    out = []
    for start, end, info in cands:
        if info.get("kind") != "count" or info.get("unit") or any(ch.isdigit() for ch in text[start:end]):
            continue
        m = rx.match(text, end) if rx is not None else None
        if m and info.get("value") and info["value"] < 1000:
            value = info["value"] * scales[m.group(1).lower()]
            out.append((start, m.end(), {**info, "value": value, "low": value, "high": value}))
            continue
        m = dozen.match(text, end) if dozen is not None else None
        if m and info.get("value") and info["value"] < 100 and not info.get("vague"):
            # "zwei Dutzend", "deux douzaines", "две дюжины": a round figure, as English "two dozen" reads
            value = info["value"] * 12
            out.append((start, m.end(), {**info, "value": value, "low": value * 0.8, "high": value * 1.2, "vague": True}))
    return out


@cache
def _dozen_after_word(lang: str | None) -> re.Pattern[str] | None:
    """A word for a dozen (text data "dozen_words") right after a number word, of ``lang`` (every language's when
    unknown); English's own run reader reads "two dozen" (:func:`_parse._number_word_candidates`)."""
    words = {w for lg in _data_langs(lang) for w in profile(lg).dozen_words if lg != "en"}
    return re.compile(rf"\s+({alternation(words)})(?![\w])", re.IGNORECASE) if words else None


# Kept per process: a sentence is read by the claims' anchors and checks, the details' neighbour counts and
# the similarity's openings (80 BASIL articles: 3,235 calls for 2,112 texts, ~0.5 ms each). The reading is a
# pure function of (text, language) and returns a tuple of frozen values, so a kept answer is the answer.
_NUMBERS_KEPT = 50_000
_FOUND: dict[tuple[str, str | None], tuple[Quantity, ...]] = {}


def extract_numbers(text: str, language: str | None = None) -> tuple[Quantity, ...]:
    """Quantities in ``text``, in text order; years, dates, times and ordinals are left out."""
    key = (text, language)
    found = _FOUND.get(key)
    if found is None:
        if len(_FOUND) >= _NUMBERS_KEPT:
            _FOUND.clear()
        found = _FOUND[key] = _extract_numbers(text, language)
    return found


# Digits after a minus sign, which the figures' pattern leaves unread (a hyphen: "20-25", "COVID-19").
_SIGNED_DIGITS = re.compile(r"(?<![\w.,/\-−])[-−](\d+(?:[.,]\d+)?)")


def _signed_temperature_candidates(text: str, lang: str | None) -> list[tuple[int, int, dict]]:
    """The digits of a temperature below zero written with a minus sign ("-25 °C", "-25 Grad", "-3 degrees Celsius"),
    unread before (break55 F8); its sign is read by :func:`below_zero` from the sign before them."""
    out = []
    for m in _SIGNED_DIGITS.finditer(text):
        value = _parse_digits(m.group(1), lang)
        if value is not None and _temperature_after(text, m.end(), lang):
            out.append((m.start(1), m.end(1), {"value": value, "kind": "count", "unit": None}))
    return out


def _extract_numbers(text: str, language: str | None) -> tuple[Quantity, ...]:
    langs = _langs(language)
    lang = langs[0] if len(langs) == 1 else base(language)
    # "٤٥ مليون": same offsets, ASCII digits; a Unicode hyphen (U+2010, the non-breaking U+2011 French typesetting
    # puts in "Dix‑neuf") is the ASCII one, else "Dix‑neuf" read as 10 and 9 and its "neuf" agreed with "neuf"
    original, text = text, normalise_digits(text).translate(_HYPHENS)
    excluded = _excluded_spans(text, language)
    cands = _digit_candidates(text, lang) + _number_word_candidates(text, _word_langs(language)) + _phrase_candidates(text)
    cands += _compound_candidates(text, lang) + _data_number_words(text, lang) + _article_scale_candidates(text, lang)
    cands += _dual_candidates(text, lang) + _one_candidates(text, lang) + _collective_candidates(text, lang)
    cands += _vague_amount_candidates(text, lang) + _signed_temperature_candidates(text, lang)
    zeros = _zero_candidates(text, lang)
    # a zero the language's "zero_counts" read keeps its own words ("no one in Tirana", not "no one was killed …")
    zeros += [c for c in _absence_zero_candidates(text, lang) if not _overlaps(c[0], c[1], [z[:2] for z in zeros])]
    cands += zeros + _basis_point_word_candidates(text, lang)
    cands += word_run_candidates(text, lang) + fraction_candidates(text, lang)
    cands += and_half_candidates(text, cands, lang)
    cands += _word_scale_candidates(text, cands, lang)
    cands += single_victim_candidates(text, cands, lang)
    cands = _halved(text, cands, lang)
    excluded += [(t.start, t.end) for t in _times(text, lang)] + bare_hours(text)
    cands = [c for c in cands if not _overlaps(c[0], c[1], excluded)]
    found = _tallies(text, [_to_quantity(text, s, e, info, lang) for s, e, info in _pick(cands)], lang)
    found = _ranges(text, _scale_remainders(text, found, lang), lang)
    found = _parts(text, _wholes(text, _percent_states(text, _running_counts(text, _change_amounts(text, _revisions(text, found, lang), lang), lang), lang), lang), lang)
    found = _percent_periods(text, _percent_bound_measures(text, found, lang), lang)
    found = _casualty_zeros(_living_victims(text, _uncued_home_leaving(text, found, lang), lang))
    found = _scoped_parts(text, _alive_after_all(text, found, lang), lang)
    found = coordinated_counts(text, found, lang)  # "Ein Mann und zwei Kinder starben": 3 killed (qty59)
    found = _text_scale(text, found, lang)  # "… hit 46C … reached 44 degrees": the 44 in °C (qty55)
    found = _grades(text, found, lang)  # "Four people were seriously injured": serious (conflicts79fix)
    return tuple(replace(q, text=original[q.start : q.end].strip()) if original != text else q for q in found)


def _written_scale(text: str, q: Quantity, lang: str | None) -> str | None:
    """The scale a temperature's figure is written in, "C" or "F": a symbol or a scale's words after it ("46 °C",
    "115 degrees Fahrenheit"), or a letter glued to it ("46C", "120F", :func:`glued_temperature`'s or not)."""
    if q.unit in ("c", "f", CELSIUS) and text[q.end - 1 : q.end] in ("C", "F") and text[q.end - 2 : q.end - 1].isdigit():
        return text[q.end - 1]
    if q.unit != CELSIUS:
        return None
    after = _temperature_after(text, q.end, lang)
    return None if after is None else ("F" if after[0] == FAHRENHEIT else "C")


def _text_scale(text: str, found: list[Quantity], lang: str | None) -> list[Quantity]:
    """``found`` with each temperature of no scale said (``measure`` :data:`TEMPERATURE`: "reached 44 degrees")
    read in the one scale the text writes its other temperatures in ("Temperatures hit 46C on Monday …": °C; "…
    104F …": °F, converted); a text that writes both ("40C (104F)") or none leaves it unread (qty55)."""
    unscaled = [k for k, q in enumerate(found) if q.measure == TEMPERATURE and q.unit != CELSIUS]
    if not unscaled:
        return found
    scales = {s for q in found if (s := _written_scale(text, q, lang))}
    if len(scales) != 1:
        return found
    out = list(found)
    for k in unscaled:
        q = out[k]
        if scales == {"F"} and q.value is not None:
            value, low, high = fahrenheit_range_as_celsius(q.value, q.low, q.high)
            out[k] = replace(q, unit=CELSIUS, value=value, low=low, high=high)
        else:
            out[k] = replace(q, unit=CELSIUS)
    return out


_BARE_SCALES = frozenset({1e3, 1e6, 1e9, 1e12})
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def _halved(text: str, cands: list[tuple[int, int, dict]], lang: str | None) -> list[tuple[int, int, dict]]:
    """``cands`` with a scale word written without digits and right after a half of its language (text data
    "half_scale": "half a million", "mezzo milione", "eine halbe Million", "medio millón") as half the scale,
    its span from the half (trial54 F11: "mezzo milione" was 1,000,000, so "half a million" stood against
    "500,000" as a false conflict). A language without the data leaves them as they are."""
    patterns = field_patterns(lang, "half_scale") if lang in LANGUAGES else ()
    if not patterns:
        return cands
    out = []
    for start, end, info in cands:
        if info.get("value") in _BARE_SCALES and not any(ch.isdigit() for ch in text[start:end]):
            before = text[max(0, start - 16):start]
            half = next((m for p in patterns if (m := p.search(before))), None)
            if half is not None:
                info = {**info, **{k: info[k] / 2 for k in ("value", "low", "high") if info.get(k) is not None}}
                start = start - len(before) + half.start()
        out.append((start, end, info))
    return out


# What a toll verb right before a count says of whatever noun it counts: "Zginęli dwaj policjanci", "Zahynuli dva
# hasiči", "загинули троє цивільних", "murieron tres bomberos" (trial49 F1's kind, the toll before the count).
# Evacuations, rescues, arrests and the missing are left out: "evacuated two towns", "rescued three dogs", "zatrzymała
# dwa samochody" (stopped two cars), "will be missing three games" count no people.
_TOLLS_OF_ANY_NOUN = frozenset({"killed", "injured"})


def _toll_right_before(text: str, start: int, lang: str | None) -> str | None:
    """The toll (killed, injured) of the word right before ``start``, past the words that may
    stand between (text data "toll_links": "zostali ciężko", "were seriously"), within the clause; else None."""
    words = _words_before(text, start, 3)
    links = profile(lang).toll_links if lang in LANGUAGES else frozenset()
    for word in reversed(words):
        low = word.lower()
        key = _events(lang).get(low)
        if key:
            return key if key in _TOLLS_OF_ANY_NOUN else None
        if low not in links:
            return None
    return None


_TRAPPED_OUTCOMES = frozenset({"killed", "rescued"})


def _rescue_right_before(text: str, start: int, lang: str | None) -> bool:
    """Whether the word right before ``start`` is a rescue's (text data "measures" "rescued": "saved", "retteten")."""
    words = _words_before(text, start, 1)
    return bool(words) and _events(lang).get(words[-1].lower()) == "rescued"


# The unit of a count of lives a verb touches without taking them (text data "lives_touched"): compared only with
# another such count.
LIVES_AFFECTED = "lives affected"


def _lives_touched_before(text: str, start: int, lang: str | None) -> bool:
    """Whether the word right before ``start`` touches lives without taking them (text data "lives_touched":
    "shattered", "changed", "veränderte", "a bouleversé", "cambió")."""
    if lang not in LANGUAGES:
        return False
    words = _words_before(text, start, 1)
    return bool(words) and words[-1].lower() in profile(lang).lives_touched


@cache
def _lives_of_re(lang: str) -> re.Pattern[str] | None:
    """The text data's "lives_of" phrases of ``lang`` as a pattern that ends at the count ("the lives of ", "la vie
    d'"), or None. The leftmost match is the longest: "the lives of", not "lives of" after an article."""
    phrases = profile(lang).lives_of
    if not phrases:
        return None
    body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{body})\s*$", re.IGNORECASE)


# Words after the count to a verb that took "the lives of" it ("das Leben von 12 Menschen gefordert", "the lives of
# 12 people were lost"): chosen by hand, a short clause.
_LIVES_AFTER_WORDS = 5


def _lives_of(text: str, start: int, end: int, lang: str | None) -> str | None:
    """What a count after "the lives of" (text data "lives_of": "the lives of", "das Leben von", "la vie de", "la
    vida de") counts, from the verb before the phrase: "killed" after a verb that takes lives (text data
    "lives_taking": "claimed", "forderte", "a coûté", "se cobró"), "rescued" after a rescue ("saved"),
    :data:`LIVES_AFFECTED` after any other verb ("endangered", "put … at risk", "fought to save") unless the clause
    after the count says them killed ("mourned the lives of 12 people killed in the crash"). With the phrase
    opening its clause or after an auxiliary (text data "lives_of_auxiliaries": "hat … gefordert"), a taking verb
    among the :data:`_LIVES_AFTER_WORDS` words of its clause after the count makes it "killed", else lives
    affected. None when no such phrase stands right before ``start`` (newuser67 H4: "saved the lives of 12 people"
    was "killed: 12 vs 2")."""
    if lang not in LANGUAGES:
        return None
    rx = _lives_of_re(lang)
    clause = re.split(r"[,.;:!?()\"“”«»]", text[max(0, start - 80) : start])[-1]
    found = rx.search(clause) if rx is not None else None
    if found is None:
        return None
    prof = profile(lang)
    words = [w.lower() for w in _words_before(clause, found.start(), 3)]
    verb = words[-1] if words else ""  # the verb before the phrase; none when it opens its clause
    # a verb of two words ("cut short", "snuffed out": tester final67b, both were tolls before the rule)
    if verb in prof.lives_taking or " ".join(words[-2:]) in prof.lives_taking or (
            len(words) == 3 and words[0] in prof.lives_taking and words[1] in prof.toll_bracket_articles):
        return "killed"  # or a subject between ("forderte der Sturm das Leben von 12 Menschen")
    if _events(lang).get(verb) == "rescued":
        return "rescued"
    if not verb or verb in prof.lives_of_auxiliaries:
        after = re.split(r"[,.;:!?()\"“”«»]", text[end : end + 80])[0].lower().split()[: _LIVES_AFTER_WORDS]
        if any(w in prof.lives_taking for w in after):
            return "killed"
    # the people counted said dead after it: "honoured the lives of 12 people killed in the crash"
    return "killed" if _toll_after(text, end, lang) == "killed" else LIVES_AFFECTED


@cache
def _saved_things(lang: str | None) -> frozenset[str]:
    """The text data's "saved_things" of ``lang`` (every language's when unknown): "jobs", "emplois"."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    return frozenset(w for lg in langs for w in profile(lg).saved_things)


def _uncued_home_leaving(text: str, found: list[Quantity], lang: str | None) -> list[Quantity]:
    """``found`` with no "evacuated" unit when only a phrase of leaving home (text data "home_leaving")
    says so and nothing in the sentence says the leaving was forced or a disaster's (text data
    "displacement_cues"): "20,000 people left their homes to watch the parade", "2 million work from
    their homes", "100.000 Menschen verließen ihre Häuser, um zu feiern" count no displaced people
    (review36a M3); "forced 13,000 from their homes", "mussten ihre Häuser verlassen" do."""
    from ._measures import unit_key

    if not any(unit_key(q.unit) == "evacuated" for q in found):
        return found
    spans = [m.span() for rx in field_patterns(lang, "home_leaving") for m in rx.finditer(text)]
    if not spans:
        return found
    if any(key == "evacuated" and not any(s <= a and b <= e for s, e in spans) for a, b, key in counted_words(text, lang)):
        return found  # another word of the event ("evacuated", "displaced") counts it
    if any(rx.search(text) for rx in field_patterns(lang, "displacement_cues")):
        return found
    return [replace(q, unit=None) if unit_key(q.unit) == "evacuated" else q for q in found]


def _living_victims(text: str, found: list[Quantity], lang: str | None) -> list[Quantity]:
    """``found`` with no "killed" unit on its counts when only a word of victims (text data
    "victim_words": "victimes", "vittime", "ofiary", "жертв") reads them so and the sentence says the
    victims live (text data "victims_alive"): "Deux victimes ont été transportées à l'hôpital", "Trois
    personnes ont été victimes d'un malaise" count no dead (review36a L4). A zero keeps its reading:
    "Aucune victime" is no dead either way."""
    from ._measures import unit_key

    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    victims = {w for lg in langs for w in profile(lg).victim_words}
    if not victims or not any(unit_key(q.unit) == "killed" and q.value for q in found):
        return found
    words = [text[a:b].lower() for a, b, key in counted_words(text, lang) if key == "killed"]
    if not words or any(w not in victims for w in words):
        return found
    if not any(rx.search(text) for rx in field_patterns(lang, "victims_alive")):
        return found
    return [replace(q, unit=None) if unit_key(q.unit) == "killed" and q.value else q for q in found]


# Where a count's clause ends for :func:`_alive_after_all`: a clause mark, a sentence's end or the next figure.
_COUNT_CLAUSE_END = re.compile(r"[,;:!?()\"“”«»，。；：！？]|\.(?:\s|$)|\d")


# The counts a "found alive" clause corrects: the dead and the missing ("Three of the 20 missing were found alive": the
# 20 stay the missing reported, the three are no count of the missing; break50b 9).
_LOST = frozenset({"killed", "missing"})


def _alive_after_all(text: str, found: list[Quantity], lang: str | None) -> list[Quantity]:
    """``found`` with no "killed" unit on a count whose own clause says those counted are alive after all (text data
    "found_alive"): "two people listed as dead had been found alive in hospital", "deux personnes portées disparues
    … retrouvées vivantes", "zwei für tot erklärte Menschen wurden lebend aufgefunden" correct a toll, they state
    none (break49 O2: "killed: 2 vs 5", the correction read as a toll that fell, split one quake into two
    stories). The clause runs from the count to a clause mark or the next figure."""
    from ._measures import unit_key

    patterns = field_patterns(lang, "found_alive") if lang in LANGUAGES else ()
    if not patterns or not any(q.value and unit_key(q.unit) in _LOST for q in found):
        return found
    links = frozenset(profile(lang).clause_links) if lang in LANGUAGES else frozenset()
    out: list[Quantity] = []
    for q in found:
        if q.value and unit_key(q.unit) in _LOST:
            stop = _COUNT_CLAUSE_END.search(text, q.end)
            clause = text[q.end : stop.start() if stop else len(text)]
            # a clause link opens another clause: "Three people died and the driver is alive" keeps its toll
            link = next((m.start() for m in re.finditer(r"[^\W\d_]+", clause) if m.group().lower() in links), None)
            if any(rx.search(clause[:link]) for rx in patterns):
                share = _share_before(text, out, q, links)
                if share is None:
                    q = replace(q, unit=None)
                else:
                    # "Two of the 14 dead were found alive", "Zwei der 14 Toten wurden lebend gefunden", "Dos de
                    # los 14 muertos fueron hallados con vida": the share is alive, the whole stays the (former)
                    # toll (break50 N5: "killed: 2 vs 12" read the two found alive as a toll)
                    out[share] = replace(out[share], unit=None, part=True)
        out.append(q)
    return out


# Prepositions of a passive's agent: "killed by three suspects", "von drei Tätern", "par deux hommes", "por dos
# hombres", "pelos", "da due uomini", "przez dwóch" (break59c F4)
_AGENT_PREPOSITIONS = frozenset({"by", "von", "durch", "par", "por", "pelo", "pela", "pelos", "pelas", "da", "dai",
                                 "dagli", "przez"})


def _agent_before(text: str, start: int) -> bool:
    """Whether the word right before ``start`` is a passive's agent preposition (:data:`_AGENT_PREPOSITIONS`)."""
    words = text[max(0, start - 20) : start].split()
    return bool(words) and words[-1].lower() in _AGENT_PREPOSITIONS


def _joined_before(text: str, start: int, lang: str) -> bool:
    """Whether one of ``lang``'s "and" words stands among the four words before ``start``."""
    ands = {w.lower() for w in profile(lang).people_and}
    return any(w.lower() in ands for w in text[max(0, start - 60) : start].split()[-4:])


def _person_word(word: str, lang: str) -> bool:
    """Whether ``word`` is one of ``lang``'s person nouns (text data single_person "plurals" and "nouns": "один
    военный", "двое прохожих", "zwei Demonstranten")."""
    prof, low = profile(lang), word.lower()
    return low in prof.single_person_plurals or low in prof.single_person_nouns


def _share_before(text: str, out: list[Quantity], q: Quantity, links: frozenset[str]) -> int | None:
    """The index in ``out`` of a smaller count that opens ``q``'s phrase as its share: "Two of the 14 dead",
    "Deux des 14 morts", "Zwei der 14 Toten" (at most three words between, no clause mark or link); else None."""
    from ._measures import unit_key

    if not out:
        return None
    p = out[-1]
    between = text[p.end : q.start]
    words = re.findall(r"[^\W\d_]+", between)
    # the share may carry the whole's people noun or toll: "Two of the 14 people reported dead" read "Two" as people
    if (p.kind != "count" or p.value is None or q.value is None or not 0 < p.value < q.value
            or not (unit_key(p.unit) in (None, unit_key(q.unit)) or _measure_of(str(p.unit).lower()) in _PEOPLE)
            or not 1 <= len(words) <= 3
            or any(w.lower() in links for w in words) or re.search(r"[^\w\s'’]", between)):
        return None
    return len(out) - 1


# Where a scope word's reach ends for :func:`_scoped_parts`: a sentence's end or a semicolon.
_SCOPE_END = re.compile(r"[;!?。；！？]|\.(?:\s|$)")
_CLAUSE_MARK = re.compile(r"[,:;!?()\"“”«»，。；：！？、]|\.(?:\s|$)")


def _scoped_parts(text: str, found: list[Quantity], lang: str | None) -> list[Quantity]:
    """``found`` with each count marked ``part`` that a scope word (text data "part_scope": "alone", "allein",
    "à lui seul", "solo en", "только в") limits to one part of the event's area: "In the Kadikoy district alone,
    250 people were evacuated" is a district's count, not the city's total (break50 N11: "evacuated: 250 vs 900").
    The word is the count's when it stands between the figure before it (or its sentence's start) and the count, or
    after the count in its clause: "900 were evacuated, 250 of them in Kadikoy alone" and "killed 12 people, and in
    Kadikoy alone 3 died" scope the 250 and the 3 only."""
    patterns = field_patterns(lang, "part_scope") if lang in LANGUAGES else ()
    if not patterns or not any(rx.search(text) for rx in patterns):
        return found
    out = list(found)
    for i, q in enumerate(out):
        if q.kind != "count" or q.unit is None or q.unit == "%" or q.part:
            continue
        ends = [m.end() for m in _SCOPE_END.finditer(text, 0, q.start)]
        left = max([*ends, found[i - 1].end if i else 0])
        # after the count its clause only: "killed 12 people, and in Kadikoy alone 3 died" scopes the 3
        stop = _CLAUSE_MARK.search(text, q.end)
        right = min(stop.start() if stop else len(text), found[i + 1].start if i + 1 < len(found) else len(text))
        if any(rx.search(text, left, q.start) or rx.search(text, q.end, right) for rx in patterns):
            out[i] = replace(q, part=True)
    return out


_SCALED_DIGITS = re.compile(r"\d+(?:[.,]\d+)?\s+([^\W\d_]+)")


def _scale_remainders(text: str, found: list[Quantity], lang: str | None) -> list[Quantity]:
    """A figure written as a scale word and its remainder, "2 bin 300" (tr), "2 mil 300" (es), "2
    тысячи 300" (ru), as one figure: 2,300 with the remainder's unit and bound ("2 bin 300'den fazla":
    more than 2,300). Trial 16 #8 read two figures, 2000 (unit "den") and 300 (unit "fazla")."""
    if len(found) < 2:
        return found
    scales = scale_words((lang,) if lang in LANGUAGES else LANGUAGES)
    out: list[Quantity] = []
    for q in sorted(found, key=lambda q: q.start):
        prev = out[-1] if out else None
        m = _SCALED_DIGITS.fullmatch(prev.text) if prev is not None else None
        scale = scales.get(m.group(1).lower()) if m else None
        if (prev is not None and scale and q.value is not None and prev.value is not None
                and not text[prev.end:q.start].strip() and re.fullmatch(r"\d{1,3}(?:\s+[^\W\d_]+)?", q.text)
                and 0 < q.value < scale and prev.kind == q.kind == "count"):
            total = prev.value + q.value
            # the bound of either part ("más de 2 mil 300", "2 bin 300'den fazla") is the whole figure's
            how = q.approx or prev.approx
            low, high = _bend(total, total, total, how)
            out[-1] = replace(q, text=text[prev.start:q.end], value=total, start=prev.start, low=low, high=high,
                              approx=how, vague=q.vague or prev.vague)
            continue
        out.append(q)
    return out


# A speed after a number: "118 km/h", "118 kilómetros por hora", "118 chilometri orari", "118 км/ч",
# "50 mph", "Stundenkilometer".
_SPEED_AFTER = re.compile(
    r"\s?(?:(?:km|км|kilomet(?:er|re)s?|kilómetros|chilometri|kilomètres|kilometern?|километр(?:а|ов)?|kilometrów"
    r"|miles|millas)\s?(?:/\s?(?:h|ч|godz\.?|std\.?)(?!\w)|\s(?:per|an|a|por|all'|à l'|pro|в|na)\s?(?:hour|hora|ora"
    r"|heure|stunde|час|godzinę)\b|\s(?:orari|horaires)\b)|mph\b|kmh\b|km/h|stundenkilometer\w*|公里/小时|公里每小时)",
    re.IGNORECASE)
_ZH_SPEED_BEFORE = re.compile(r"(?:时速|每小时|限速)[^\d]{0,2}$")
# Words that stand for a group named elsewhere ("nine of them", "neun von ihnen", "девять из них"): what
# the number counts is not in them, so they are no unit (trial 14: "they: nine vs two" compared two groups).
_PRONOUN_UNITS = frozenset({
    "them", "those", "these", "they", "us", "it", "its", "their", "which", "whom", "ihnen", "denen", "eux", "elles", "ellos",
    "ellas", "loro", "essi", "esse", "них", "которых", "nich", "którzy", "których",
})


def _no_unit_word(unit: str, lang: str | None) -> bool:
    """A word that measures nothing: a pronoun, a month or weekday name ("Kilometer 112 sei seit
    September" gave the unit "september", trial 14), or a level (text/data "level_words", trial 15)."""
    low = unit.lower()
    if lang in LANGUAGES and low.startswith(profile(lang).level_words):  # "1,1450 seviyesine": a level
        return True
    if low in _PRONOUN_UNITS or (lang in LANGUAGES and low in profile(lang).pronouns_plural | profile(lang).pronouns_singular):
        return True
    if lang in LANGUAGES and low in _approximators(lang)[3]:  # "300'den fazla": a bound, not a unit
        return True
    if low in _CALENDAR_ONLY_MONTHS and low not in month_names(lang):
        return False  # Danish "marts" measures English "12 marts" (break_dates72 h19)
    return " " not in low and is_date_word(low)


def _cjk_after_approximator(text: str, end: int, lang: str | None) -> int:
    """Where a Chinese figure's unit starts: past a one-character "more than" written right after it, before
    another Han character (text data "approximators_after": "千余名警察" -> "名警察", "300多人" -> "人"); else
    ``end``."""
    if not _is_cjk(text[end + 1 : end + 2]):
        return end
    after = _approximators(lang)[3]
    return end + 1 if len(text[end : end + 1]) == 1 and text[end : end + 1] in after else end


def _before_bound(text: str, at: int, unit: str, lang: str | None) -> str:
    """A Han unit read two characters at a time, cut where a "more than" or "about" written after the counted noun
    starts (text data "approximators_after": "300戸以上" -> "戸", not "戸以"; trial64 F9: "1200便以上" was the unit
    "便以"); ``unit`` itself when none starts inside it."""
    start = text.find(unit, at, at + 2)
    if start < 0 or len(unit) < 2:
        return unit
    bounds = [w for w in _approximators(lang)[3] if _is_cjk(w[:1])]
    cut = next((k for k in range(1, len(unit)) if any(text.startswith(w, start + k) for w in bounds)), None)
    return unit[:cut] if cut else unit


# A case ending after an apostrophe is part of the number ("37'ye", "41'e", "yüzde 95'i"), not a unit.
_APOSTROPHE_SUFFIX = re.compile(r"['’][^\W\d_]{1,5}(?![\w'’])")


def _temperature_scale(text: str, end: int, unit: str | None, lang: str | None) -> str | None | Literal[False]:
    """°C or °F when ``unit`` is a temperature's scale, None when it is English degrees of no scale in a temperature's
    clause (:func:`unscaled_temperature`), False when it is no temperature."""
    if unit in (CELSIUS, FAHRENHEIT):
        return unit
    return None if unscaled_temperature(text, end, unit, lang) else False


def _to_quantity(text: str, start: int, end: int, info: dict, lang: str | None) -> Quantity:
    number_text = text[start:end]
    # The approximator ("more than") bends the range; look for a casualty verb before it.
    context_start, info = _apply_approx(text, start, info, lang, end)
    unit, kind = info.get("unit"), info.get("kind", "count")
    before_pct = _percent_words(lang)[0]
    pct = before_pct.search(text[max(0, start - 12) : start]) if before_pct and kind == "count" and unit is None else None
    if pct:  # "yüzde 25", "%25": the percent word before the number
        unit, kind = "%", "percent"
    # "千余名警察", "300多人": the unit after a "more than" written after the figure (review39 Z1: "余名" was one)
    unit_at = _cjk_after_approximator(text, end, lang)
    section = _CJK_SECTIONS.get(text[unit_at : unit_at + 1]) if unit_at > end else None
    if section and info.get("value") is not None and info.get("kind", "count") == "count" and not info.get("unit"):
        # "10余万人": more than 100,000, its magnitude after the "more than" (read as more than 10 before)
        info = {**info, **{k: info[k] * section for k in ("value", "low", "high") if info.get(k) is not None}}
        unit_at += 1
        number_text = text[start:unit_at]
    speed = _SPEED_AFTER.match(text, end - len(unit) if unit and text[end - len(unit):end] == unit else end)
    if speed and kind == "count":  # "118 km/h": a speed, not a distance (trial 14: the unit "km")
        unit = "mph" if speed.group().strip().lower().startswith(("mph", "mile", "milla")) else "km/h"
    elif info.get("dual") and unit and _measure_of(unit.lower()) in _PEOPLE:
        # two people in one word ("شخصين لقيا حتفهما", two persons met their death): the toll word
        # around says what befell them, as for "ثلاثة أشخاص لقوا حتفهم" (final42 W1)
        unit = _event_before(text, start, lang) or _toll_after(text, end, lang) or unit
    elif unit is None or kind == "fraction":
        suffix = _APOSTROPHE_SUFFIX.match(text, end) if lang and profile(lang).apostrophe_suffixes else None
        counted = counter_unit(text, context_start, unit_at, lang)  # "관광객 830명", "830人の観光客": the noun, not the counter
        found: str | None
        kind_override: str | None
        if counted:
            found, kind_override, unit_end = counted[0], None, counted[1]
        else:
            found, kind_override, unit_end = _unit_after(text, suffix.end() if suffix else unit_at, lang)
        people_counter = bool(counted and counted[2])
        verb = _change_verbs(lang)[0]
        unit = None if found and verb is not None and verb.match(found) else found  # "37'ye yükseldi"
        kind = kind_override or kind
        # "夺走了12人的生命": a Chinese piece after a person classifier ("人的") counts people, whose
        # toll the verb before it may say, as "killed 12 people" does
        people_cjk = bool(unit and _is_cjk(unit[:1]) and (text[unit_at:unit_at + 1] in PEOPLE_CLASSIFIERS
                                                          or _measure_of(_cjk_unit(text, unit_at, unit)) in _PEOPLE))
        # people by the language's person nouns ("Demonstranten", "manifestants", "прохожих") take their toll as
        # "Menschen" does, past a day or an adverb: "Zwei Demonstranten wurden gestern verletzt" (toll59, break57
        # F5), not one they report ("Two protesters said police killed a man")
        people = bool(unit is None or unit in _PERSON_NOUNS or _measure_of(unit.lower()) in _PEOPLE or people_cjk
                      or people_counter)
        # a role noun's toll is read only as its own (own_toll_after): not "Two inmates escaped and a guard was
        # killed", "Two suspects killed a guard", "… two bystanders before killing himself" (break59c F2-F4)
        persons = bool(not people and unit and lang in LANGUAGES and _person_word(unit, lang)
                       and not _reported(text[end : end + 60], lang))
        persons_after = True  # whether a toll after a role noun may be its own (own_toll_after)
        if people or persons:
            before, after = _event_before(text, context_start, lang), _toll_after(text, max(end, unit_end), lang)
            if persons and lang and not own_toll_after(text, max(end, unit_end), lang):
                after, persons_after = None, False
            elif english_actors_after(text, end, unit, lang):
                after, persons_after = None, False  # "two firefighters rescued a child": their act, no toll (toll67)
            if persons and _agent_before(text, context_start):
                before = None  # "A guard was killed by three suspects": the killers, not the dead (break59c F4)
            if persons and lang and profile(lang).single_person_articles and _joined_before(text, context_start, lang):
                # the verb before a joined role noun may be the first conjunct's, which the run may not read
                # ("verletzte einen Polizisten und zwei Passanten": injured 2 exact against "injured 3", break59c F3)
                before = None
            if before == "rescued" and unit and unit.lower() in _saved_things(lang):
                before = None  # "saved 5,000 jobs": jobs kept, no people rescued (break51 N9)
            if lang and profile(lang).verb_final:  # "71명이 숨지고 452명이 다쳤다": each count's verb follows it
                before, after = after, before
            unit = (before or after or _change_subject(text, context_start, max(end, unit_end), lang)
                    or _toll_frame(text, context_start, end, lang) or _toll_particle(text, context_start, end, lang)
                    or unit)
        elif unit is not None and kind not in ("money", "percent") and not _measure_of(unit.lower()) \
                and unit.lower() not in _events(lang):
            # "Il numero degli sfollati è salito a 3.000 entro lunedì": a verb of change sets the
            # number of its subject; the word after it ("entro", by) is no unit. An amount of money or a
            # percentage is no one's toll: "killing 40 percent of the crop" (break49 O3: "killed: 40"), "… bị
            # thương; thiệt hại 2,5 nghìn tỷ đồng" (losses of 2.5 trillion dong, read as "injured")
            changed = _change_subject(text, context_start, max(end, unit_end), lang) if lang not in (None, "en") else None
            # a count of times is no one's toll: "He was injured three times last season" (review41)
            toll = _toll_right_before(text, context_start, lang) if unit.lower() not in _MULT_WORDS else None
            unit = changed or toll or unit
        lives = _lives_of(text, context_start, max(end, unit_end), lang) if people or persons or unit else None
        if (lives == "killed" and (people or persons)) or (lives is not None and unit
                                                          and _measure_of(unit.lower()) == "killed"):
            # "claimed the lives of 12 people" a toll, "saved the lives of 12 people" lives saved (newuser67 H4); a
            # count read as people ("gefährdete das Leben von 200 Menschen") stays people: it was never a toll
            unit = lives
        elif unit and _measure_of(unit.lower()) == "killed" and _rescue_right_before(text, context_start, lang):
            unit = "rescued"  # "Doctors saved 12 lives", "retteten 12 Menschen das Leben": lives saved, no dead
        elif unit and _measure_of(unit.lower()) == "killed" and _lives_touched_before(text, context_start, lang):
            unit = LIVES_AFFECTED  # "shattered more than 100 lives", "touched millions of lives": no toll
        leading = _measure_before(text, context_start, lang)
        if leading and not (unit and _measure_of(unit.lower()) == leading):
            # a magnitude is no toll nor an earthquake: "magnitud 6,1 deja al menos doce muertos"
            unit = leading  # "A magnitude 7.8 earthquake": the magnitude, not the earthquake
        if unit and _is_cjk(unit[:1]) and not counted:
            unit = _cjk_unit(text, unit_at, _before_bound(text, unit_at, unit, lang))
        if unit and unit.startswith("公里") and _ZH_SPEED_BEFORE.search(text[max(0, start - 6):start]):
            unit = "km/h"  # "时速达118公里": kilometres an hour
        if unit and _no_unit_word(unit, lang):
            unit = None
        elif unit and _measure_of(unit.lower()) == "injured" and _toll_after(text, end, lang) == "killed" \
                and not _linked_toll(text, end, lang) and persons_after:
            # "deux blessés graves sont morts": the injured who died are dead; "wounding 24 and killing a child"
            # kills another (the participle after the link counts what follows it)
            unit = "killed"
        if kind == "count" and lang and profile(lang).verb_final and (unit is None or people_counter
                                                                      or _measure_of(unit.lower()) in _PEOPLE):
            unit = _toll_after(text, end, lang) or unit  # "70人以上が負傷", "100여 명이 다쳤다": the verb after says it
    if kind == "count" and unit and _events(lang).get(unit.lower(), unit) == "trapped":
        # the trapped are a state; a rescue or a death the clause tells of them is what befell them: "saved 40
        # people trapped in basements", "12 people trapped in basements were rescued" (break50 P3, P5)
        outcome = _event_before(text, context_start, lang) or _toll_after(text, end, lang)
        unit = outcome if outcome in _TRAPPED_OUTCOMES else unit
    v, low, high = info["value"], info.get("low", info["value"]), info.get("high", info["value"])
    if unit == _PP:  # a percentage point is 100 basis points: "0,25 Prozentpunkte" is "25 basis points"
        v, low, high, unit = v * 100, None if low is None else low * 100, None if high is None else high * 100, "bp"
    if unit in ("c", "f") and text[end - 1 : end] in "CF" and text[end - 2 : end - 1].isdigit() \
            and glued_temperature(text, end - 1, lang):
        unit = CELSIUS if unit == "c" else FAHRENHEIT  # "Temperatures hit 46C", "120F" (qty59; "seat 46C" stays)
    scale: str | None | Literal[False] = _temperature_scale(text, end, unit, lang) if kind == "count" else False
    if scale is not False and temperature_change(text, context_start, end, lang):
        # "8 degrees above normal", "um 5 Grad gesunken": a change, compared only with changes (break55 F3)
        unit = TEMPERATURE_CHANGES[scale]
    elif scale is not False and (below_zero(text, start, end, lang) or below_zero(text, context_start, end, lang)):
        # "minus 25 degrees", "-25 °C", "15 degrees below zero": below zero, not 25 (break55 F8)
        v, low, high = -v, None if high is None else -high, None if low is None else -low
        number_text = f"-{number_text.strip()}"  # shown so: "°C: -25 vs 25", not "25 vs 25"
    if unit == FAHRENHEIT:  # "115 Grad Fahrenheit" is 46.1 °C: one figure with "46 degrees Celsius" (break56 F7)
        (v, low, high), unit = fahrenheit_range_as_celsius(v, low, high), CELSIUS
    # "Temperatures reached 40 degrees" (en): a temperature of no scale said, read by _text_scale or at comparison (qty55)
    measure = TEMPERATURE if kind == "count" and unscaled_temperature(text, end, unit, lang) else None
    return Quantity(
        text=number_text.strip(),
        value=float(v),
        unit=unit,
        low=low,
        high=high,
        vague=bool(info.get("vague", False)),
        kind=kind,
        start=start,
        end=end,
        approx=info.get("approx"),
        measure=measure,
    )
