"""Figures read in their clause: percentages bound to a measure or a period, running tallies, states,
wholes, score-like tallies and ranges; :func:`percent_measures`, :func:`unnamed_percentages`,
:func:`measure_before_percentages`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from itertools import pairwise

from ...settings import DEFAULT
from ...text import LANGUAGES, alternation, base, field_pattern, field_patterns, month_pattern, profile
from ._lexicon import _TOLL_IN_CLAUSE, _events, _percent_words
from ._measures import _RUNNING_MEASURES, _USUAL_PERIOD, _measure_of, anchor_measure, unit_key
from ._parse import _parse_digits
from ._records import _NEVER, Quantity
from ._units import _change_verb_near, _change_verbs, _clause_before, _unit_after

_CUED_ONLY = frozenset({"evacuated", "rescued"})
# A count of aftershocks is always a reading so far (the observatory counts on): "recorded 87 aftershocks" in
# one report and "124" in a later one (trial 16 #4: Le Monde's and Xinhua's 87 against Asharq al-Awsat's 124).
_ALWAYS_RUNNING = frozenset({"aftershock"})


@cache
def _keyed_patterns(field: str, lang: str | None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One pattern per key of a profile's keyed pattern list (``percent_measures``, ``percent_periods``):
    the text's language's, or every language's when it is unknown. ``{month}`` in a pattern is any month
    name of its language ("from October", "gegenüber Oktober", "по сравнению с октябрём": final35 F3a)."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    keyed: dict[str, list[str]] = {}
    for lg in langs:
        for key, pattern in getattr(profile(lg), field):
            if "{month}" in pattern:
                if not month_pattern(lg):
                    continue
                pattern = pattern.replace("{month}", month_pattern(lg))
            keyed.setdefault(key, []).append(pattern)
    return tuple((key, re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)) for key, pats in keyed.items())


def percent_measures(text: str, lang: str | None) -> frozenset[str]:
    """What the percentages of ``text`` may measure, by the nouns it names (text/data "percent_measures":
    "inflation", "core inflation", "growth", "rate", "unemployment"); empty when it names none. "ECB cuts
    rates to 2%" names a rate, "欧洲央行预计欧元区今年经济增长0.9%" growth: their figures are no one measure
    (final29 #8). A name inside a longer one counts as the longer: "core inflation" is no "inflation"."""
    return frozenset(key for _, _, key in _measure_spans(text, lang))


def money_subjects(text: str, lang: str | None) -> frozenset[str]:
    """What the amounts of money of ``text`` may be, by the nouns it names (text/data "money_subjects": "damage",
    "cost", "aid", "fine", "budget", "compensation", "ransom", "bail"), one key in every language: "De schade
    wordt geschat op 2 miljoen euro" and "maddi hasarın 5 milyon avroyu bulduğunu" both name damage. Empty when
    it names none."""
    return frozenset(key for key, pattern in _keyed_patterns("money_subjects", lang) if pattern.search(text))


def unnamed_percentages(text: str, found: Sequence[Quantity], lang: str | None) -> bool:
    """Whether the percentages of ``found`` (read from ``text``) bind no measure while ``text`` names one
    only after them, in a later clause: "Wages rose 5% in October as inflation eased" (the 5 is the
    wages', review4 #6). A measure named before the figure and cut off by a comma ("La tasa de depósito,
    la referencia …, queda en el 1,75%") may still be the figure's: False."""
    percents = [q for q in found if q.unit == "%"]
    spans = _measure_spans(text, lang)
    return bool(percents and spans and all(anchor_measure(q) is None for q in percents)
                and min(s for s, _, _ in spans) >= min(q.end for q in percents))


def measure_before_percentages(text: str, found: Sequence[Quantity], lang: str | None) -> bool:
    """Whether every percentage of ``found`` (read from ``text``) has a measure name before it in its sentence
    with no conjunction or subordinator between, only commas ("Selon la BCE, l'inflation … a ralenti au
    troisième trimestre, à 2,4 %": the 2,4 is the inflation's, though the comma leaves it unbound). Not
    when a clause link stands between ("Inflation eased while wages rose 5.2%": the 5.2 is the wages')."""
    percents = [q for q in found if q.unit == "%"]
    spans = _measure_spans(text, lang)
    if not percents or not spans:
        return False
    for q in percents:
        before = [end for _, end, _ in spans if end <= q.start]
        if anchor_measure(q) is None and (
                not before or _clause_opening(lang).search(text, max(before), q.start)):
            return False
    return True


def _measure_spans(text: str, lang: str | None, field: str = "percent_measures") -> list[tuple[int, int, str]]:
    """(start, end, key) of each measure name (``field="percent_periods"``: each period name) of ``text`` in
    text order, a name inside a longer one's span left out ("inflation" in "core inflation", "inflazione" in
    "inflazione di fondo", "环比" in "季度环比")."""
    return sorted(set(_nested_out([(m.start(), m.end(), key) for key, pattern in _keyed_patterns(field, lang)
                                   for m in pattern.finditer(text) if m.end() > m.start()])))


# A clause's edge for a percentage's measure: punctuation, but not a decimal mark ("2,0 %", "1.4 %").
_MEASURE_EDGE = re.compile(r"[,.](?!\d)|[;:!?()\"“”«»，。；：！？、،؛]")


@cache
def _clause_opening(lang: str | None) -> re.Pattern[str]:
    """A conjunction or subordinator that opens the next clause ("and", "as", "mientras", "während";
    text data "clause_links", "subordinators"); CJK and Arabic words without word boundaries."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    words = {w for lg in langs for w in (*profile(lg).clause_links, *profile(lg).subordinators) if w.strip(" ,،，")}
    if not words:
        # a language whose data lists none (pt): an empty alternation matched everywhere and ended every
        # percentage's clause at the figure ("34,5% dos votos" bound no measure)
        return _NEVER
    return re.compile(rf"(?<![^\W\u3400-\u9fff])(?:{alternation(words)})(?![^\W\u3400-\u9fff])", re.IGNORECASE)


def _percent_bound_measures(text: str, found: list[Quantity], lang: str | None) -> list[Quantity]:
    """``found`` with each percentage's ``measure``: the nearest measure name before it in its clause,
    after the percentage before it ("la disoccupazione è scesa al 6,1 %, mentre l'inflazione è rimasta
    al 1,4 %"; "inflation held at 1.4 % while unemployment fell to 6.1 %"), else the nearest after it
    before the next one ("a 2.4 % rise in core inflation"); None when the clause names none (final30)."""
    percents = sorted((q for q in found if q.unit == "%"), key=lambda q: q.start)
    if not percents:
        return found
    spans = _measure_spans(text, lang)
    if not spans:
        return found
    bound: dict[int, str] = {}
    taken: dict[tuple[int, int, str], tuple[int, Quantity]] = {}  # a share-counted name -> its nearest percentage
    for i, q in enumerate(percents):
        lo = percents[i - 1].end if i else 0
        hi = percents[i + 1].start if i + 1 < len(percents) else len(text)
        edges_before = [m.end() for m in _MEASURE_EDGE.finditer(text, lo, q.start)]
        lo = max([lo, *edges_before, _linked_clause_start(text, lo, q.start, spans, lang)])
        # past a percent word after the figure: the dot of "proc." ends no clause ("35,4 proc. głosów")
        word_after = _percent_words(lang)[1]
        written = word_after.match(text, q.end, hi) if word_after is not None and q.end < hi else None
        edge_after = _MEASURE_EDGE.search(text, written.end() if written else q.end, hi)
        hi = edge_after.start() if edge_after else hi
        link_after = _clause_opening(lang).search(text, q.end, hi)
        hi = link_after.start() if link_after else hi  # "rose 5% in October as inflation eased" (review4 #6)
        before = [span for span in spans if lo <= span[0] and span[1] <= q.start]
        after = [span for span in spans if q.end <= span[0] and span[1] <= hi]
        if before or after:
            span = before[-1] if before else after[0]
            bound[id(q)] = span[2]
            if span[2] in _ONE_FIGURE_MEASURES:
                gap = span[0] - q.end if span[0] >= q.end else q.start - span[1]
                if gap > DEFAULT.percent_counted_gap_chars:
                    del bound[id(q)]  # the counting word is another clause part's ("Nach Auszählung aller Stimmen kam …")
                elif span in taken and taken[span][0] <= gap:
                    del bound[id(q)]
                else:
                    if span in taken:
                        del bound[id(taken[span][1])]
                    taken[span] = (gap, q)
    return [replace(q, measure=bound[id(q)]) if id(q) in bound else q for q in found]
# Measures of a change over a period; a policy rate, a share of the vote or of the jobless has none ("at its
# monthly meeting the bank raised rates to 5.5%" is the rate's figure whatever the word "monthly").
_PERIOD_MEASURES = frozenset({None, "inflation", "core inflation", "growth"})


def _percent_periods(text: str, found: list[Quantity], lang: str | None) -> list[Quantity]:
    """``found`` with each percentage of a change over another period than a year (text data
    "percent_periods": "1.1% month on month", "la mensual fue del 1,1%", "环比上涨1.1%", "gegenüber dem
    Vormonat … um 1,1 Prozent") measuring that: its ``measure`` "inflation (month on month)", or the period
    alone when its clause names no measure. A monthly and an annual rate of one index are two measures, never
    one figure told two ways (trial 20 #1: "%: 1.1 vs 9,8" where both reports give both). The period is the
    nearest one before the figure in its clause, after the percentage before it, else the nearest after it."""
    percents = sorted((q for q in found if q.unit == "%"), key=lambda q: q.start)
    if not percents:
        return found
    spans = _measure_spans(text, lang, "percent_periods")
    if not spans:
        return found
    period: dict[int, str] = {}
    for i, q in enumerate(percents):
        lo = percents[i - 1].end if i else 0
        hi = percents[i + 1].start if i + 1 < len(percents) else len(text)
        lo = max([lo, *(m.end() for m in _MEASURE_EDGE.finditer(text, lo, q.start)),
                  *(m.end() for m in _clause_opening(lang).finditer(text, lo, q.start))])
        word_after = _percent_words(lang)[1]  # past "proc.": its dot ends no clause ("0,3 proc. m/m")
        written = word_after.match(text, q.end, hi) if word_after is not None and q.end < hi else None
        edge_after = _MEASURE_EDGE.search(text, written.end() if written else q.end, hi)
        hi = edge_after.start() if edge_after else hi
        # a link word that opens a period name, or stands an article before one, is none ("2,4 Prozent höher als
        # ein Jahr zuvor", "0,4 Prozent höher als im März", "7,9 Prozent weniger als im Vorjahresmonat": "als" is
        # a subordinator too)
        link_after = next((m for m in _clause_opening(lang).finditer(text, q.end, hi)
                           if not any(a <= m.start() < b or (m.end() <= a and _OPENS_PERIOD.fullmatch(text, m.end(), a))
                                      for a, b, _ in spans)), None)
        hi = link_after.start() if link_after else hi
        before = [span for span in spans if lo <= span[0] and span[1] <= q.start]
        after = [span for span in spans if q.end <= span[0] and span[1] <= hi]
        if before or after:
            period[id(q)] = (before[-1] if before else after[0])[2]
    measures = _measure_spans(text, lang)
    # a sentence of one percentage whose only periods are a year's reads it over a year too ("Prices rose
    # 2.4% in April, the biggest annual rise since 2023"): no month-on-month figure (final38 §2). Not with
    # two: "0,1 Prozent weniger als im Februar und 2,9 Prozent weniger als im Vorjahresmonat" (dev)
    yearly = len(percents) == 1 and {key for _, _, key in spans} == {_USUAL_PERIOD}
    out = []
    for q in found:
        key = period.get(id(q), _USUAL_PERIOD if yearly and q.unit == "%" else None)
        if key == _USUAL_PERIOD and q.measure is None:
            # a change over a year with no measure named ("зросли на 15,1% у річному вимірі", "um 2,4 Prozent
            # höher als ein Jahr zuvor") is the usual reading marked: never a month-on-month figure, yet any
            # named measure's of the other side (anchor_measure); a named one keeps its name
            q = replace(q, measure=_USUAL_PERIOD)
        elif key is not None and key != _USUAL_PERIOD and q.measure in _PERIOD_MEASURES:
            # a period without its noun names the measure its sentence named before ("La inflación interanual
            # subió al 9,8%, y la mensual fue del 1,1%": the monthly inflation)
            named = q.measure or next((m for s, e, m in reversed(measures) if e <= q.start and m in _PERIOD_MEASURES), None)
            q = replace(q, measure=f"{named} ({key})" if named else key)
        out.append(q)
    return out


# What may stand between a link word and the period name it opens: a space, or one short word ("als im Vorjahr").
_OPENS_PERIOD = re.compile(r"\s+(?:[^\W\d_]{1,4}\s+)?")


def _nested_out(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``found`` without a span inside a longer one ("سنوي" of "ربع سنوي", "环比" of "季度环比")."""
    return [f for f in found if not any(o is not f and o[0] <= f[0] and f[1] <= o[1] and o[1] - o[0] > f[1] - f[0]
                                        for o in found)]


def _linked_clause_start(text: str, lo: int, start: int, spans: Sequence[tuple[int, int, str]], lang: str | None) -> int:
    """Where the clause of a percentage starting at ``start`` opens, when a conjunction or subordinator with
    no comma before it opens a clause of its own between a measure name and the figure: "Inflation eased
    while wages rose 7%" (fixv: the 7 was the inflation's). Only the link nearest the figure counts, and only
    when a word stands between the measure name and it and two words between it and the figure (a subject
    and a verb): "mehr als 7 Prozent", "as high as 7%", "inflation and unemployment rose 7%" keep their
    measure. ``lo`` when no such link stands there."""
    names = [end for s, end, _ in spans if lo <= s and end <= start]
    if not names:
        return lo
    links = list(_clause_opening(lang).finditer(text, names[0], start))
    if not links:
        return lo
    link = links[-1]
    before = [end for end in names if end <= link.start()]
    if not before or len(_WORDS.findall(text, max(before), link.start())) < 1:
        return lo
    return link.end() if len(_WORDS.findall(text, link.end(), start)) >= 2 else lo


_WORDS = re.compile(r"[^\W\d_]+")


# Measures a name gives to one percentage only, the nearest: "po przeliczeniu 99,6 % głosów PiS ma 35,6 %"
# counts 99.6 % of the votes, and PiS's 35.6 % is a share of them, not a share counted (trial 17 #12).
_ONE_FIGURE_MEASURES = frozenset({"counted"})


def _running_measure(q: Quantity) -> bool:
    return q.kind == "count" and q.unit is not None and unit_key(q.unit) in _RUNNING_MEASURES


@cache
def _revision_patterns(lang: str | None) -> tuple[re.Pattern[str], ...]:
    """``lang``'s revision patterns (text data "revision_pairs"), every language's when it has none of its own."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    return tuple(re.compile(p, re.IGNORECASE) for lg in langs for p in profile(lg).revision_pairs)


def _stray_unit(unit: str) -> bool:
    """A word read as a unit that no measure knows and no symbol or code is: "5 auparavant" (before), "3 reported"."""
    return unit.islower() and _measure_of(unit) is None and unit_key(unit) == unit


def _revisions(text: str, found: list[Quantity], lang: str | None) -> list[Quantity]:
    """``found`` with a revised toll's two figures read alike: "revised the death toll down to 3 from 5", "von 5 auf
    3 korrigiert", "с 5 до 3" name the new toll and the former one, the same tally at two moments (issue #12: the 5
    had no unit, so a report of 5 dead was set against nothing, and the 3 of a long clause none either). Both take
    the toll's unit and are marked ``running``: another report's 5 or 3 is an earlier or a later reading, not a
    contradiction. Read only after a verb of change in the clause (:func:`_changed`: "revised", "rose",
    "korrigiert") and when one figure is a toll (:data:`_RUNNING_MEASURES`) and the other is of no other measure."""
    pats = _revision_patterns(lang)
    if not pats or len(found) < 2:
        return found
    out = list(found)
    for i, (a, b) in enumerate(pairwise(found)):
        if a.kind != "count" or b.kind != "count" or b.start - a.end > 60 or a.value is None or b.value is None:
            continue
        units = {unit_key(q.unit) for q in (a, b) if q.unit is not None and not _stray_unit(q.unit)}
        if not units and _TOLL_IN_CLAUSE.search(text, max(0, a.start - 160), a.start):
            units = {"killed"}  # "the death toll from Tuesday's bus crash down to 3 from 5": the toll is far before
        if len(units) != 1 or not units <= _RUNNING_MEASURES:
            continue
        head = max(0, a.start - 40)
        masked = f"{text[head:a.start]}#{text[a.end:b.start]}#"
        # the pair ends the window: the pattern joins these two figures, not an earlier one
        if not any((m := rx.search(masked)) is not None and m.end() == len(masked) for rx in pats):
            continue
        if not _changed(text, a.start, b.end, lang):
            continue
        unit = next((q.unit for q in (a, b) if q.unit is not None and unit_key(q.unit) in units), "killed")
        out[i], out[i + 1] = replace(out[i], unit=unit, running=True), replace(out[i + 1], unit=unit, running=True)
    return out


@cache
def _change_amount_patterns(lang: str | None) -> tuple[re.Pattern[str], ...]:
    """``lang``'s patterns of a change's amount and new value (text data "change_amount_pairs"), every language's
    when unknown."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    return tuple(re.compile(p, re.IGNORECASE) for lg in langs for p in profile(lg).change_amount_pairs)


def _change_amounts(text: str, found: list[Quantity], lang: str | None) -> list[Quantity]:
    """``found`` with the amount of a change of a tally read as no count of the tally: "stieg die Zahl der Toten um
    zwei auf zwölf", "rose by 2 to 12", "выросло на два до двенадцати" say 12 dead, not 2 (break51 N10: "killed: 2 / 12
    vs 4 / 14"). The amount keeps its figure, with no unit (the tally's is the new value's), as es "subió en dos
    hasta 12" already read; only after a verb of change (:func:`_changed`) and with two counts."""
    pats = _change_amount_patterns(lang)
    if not pats or len(found) < 2:
        return found
    out = list(found)
    for i, (a, b) in enumerate(pairwise(found)):
        if a.kind != "count" or b.kind != "count" or b.start - a.end > 40 or a.value is None or a.vague:
            continue
        masked = f"{text[max(0, a.start - 10):a.start]}#{text[a.end:b.start]}#"
        if any(rx.search(masked) for rx in pats) and _changed(text, a.start, b.end, lang):
            out[i] = replace(a, unit=None, running=False, change_of=b.unit)
    return out


def _running_counts(text: str, found: list[Quantity], lang: str | None) -> list[Quantity]:
    """``found`` with the counts of a rising tally (:data:`_RUNNING_MEASURES`) marked ``running`` when the
    text reads them at a moment: a verb of change sets them ("выросло до 52", "升至38人", "52'ye
    yükseldi", "steigt auf 38"), a cue says so ("so far", "by 6 a.m.", "bis zum Morgen", text/data
    "running_cues"), or another toll of the text is a lower bound ("killing at least 14 people and
    injuring 120": the two tolls of one sentence are read alike). Trial 16 #2/#3/#4: a death toll
    rising 14 -> 38 -> 52 through the day was "figures differ" while the injured 120 / 410 and the
    aftershocks 87 / 124 beside it were conflicts."""
    # a zero count ("no one was killed") is no reading of a tally: it denies every toll
    tolls = [q for q in found if _running_measure(q) and q.value]
    if not tolls:
        return found
    cues = field_pattern(lang, "running_cues")
    cued = cues is not None and cues.search(text) is not None
    if not cued:
        tolls = [q for q in tolls if unit_key(q.unit) not in _CUED_ONLY]
    read = {id(q) for q in tolls if cued or unit_key(q.unit) in _ALWAYS_RUNNING or _change_verb_near(text, q.start, q.end, lang)}
    # a toll beside a bounded or running one is read alike ("выросло до 52, ранены 410")
    beside = [q for q in tolls if q.approx in ("above", "min") or id(q) in read]
    out = []
    for q in found:
        if q in tolls and (id(q) in read or (any(b is not q for b in beside) and q.approx not in ("above", "min"))):
            q = replace(q, running=True)
        out.append(q)
    return out


_CLAUSE_EDGE = re.compile(r"[,;:.!?()\"“”«»，。；：！？、]")


def _percent_states(text: str, found: list[Quantity], lang: str | None) -> list[Quantity]:
    """``found`` with each percentage's ``state`` read in its clause: -1 for a lack ("30 % without
    power", "%12'sinde elektrik kesintisi", "约30%的家庭停电"), 1 for its end ("restored to 88 %")."""
    if not any(q.unit == "%" for q in found):
        return found
    lack, restored = field_pattern(lang, "state_lack"), field_pattern(lang, "state_restored")
    out = []
    for q in found:
        if q.unit == "%":
            before = _CLAUSE_EDGE.split(text[max(0, q.start - 120):q.start])[-1]
            after = _CLAUSE_EDGE.split(text[q.end:q.end + 120])[0]
            clause = f"{before} {after}"
            if lack is not None and lack.search(clause):
                q = replace(q, state=-1)
            elif restored is not None and restored.search(clause):
                q = replace(q, state=1)
        out.append(q)
    return out


@cache
def _whole_patterns(lang: str | None) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(before, after): the text data's "whole_before" patterns, anchored at the figure's start, and its
    "whole_after" patterns, matched at its end, of ``lang`` (every language's when unknown)."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    before = [p for lg in langs for p in profile(lg).whole_before]
    after = [p for lg in langs for p in profile(lg).whole_after]
    return (re.compile("|".join(f"(?:{p})" for p in before), re.IGNORECASE) if before else None,
            re.compile("|".join(f"(?:{p})" for p in after), re.IGNORECASE) if after else None)


def _wholes(text: str, found: list[Quantity], lang: str | None) -> list[Quantity]:
    """``found`` with each count that sizes a whole marked ``whole``: an attribute of a noun ("the
    460-seat Sejm", "460-osobowym Sejmie", "460-местном", "拥有460个席位的众议院", "el Sejm de 460 escaños")
    or the total of a part ("248 seats of 460", "248 мандатами из 460", "248 sièges sur 460", "من أصل 460",
    "460个席位中的248个"). A part without a unit of its own counts the whole's ("około 130 z 199 mandatów":
    130 seats; final32, "about 130" against 133 seats was never compared)."""
    before, after = _whole_patterns(lang)
    if before is None and after is None:
        return found
    out: list[Quantity] = []
    for q in found:
        if q.kind == "count" and q.unit != "%":
            window = text[max(0, q.start - 60):q.start]
            part = before.search(window) if before is not None else None
            if (after is not None and after.match(text, q.end) is not None) or part is not None:
                q = replace(q, whole=True)
            # the part's word may be the whole's owner, no unit: "About 2,000 of the plant's 9,000 workers" (break50 P2)
            if part is not None and q.unit is not None and out and (out[-1].unit is None or _possessive(out[-1].unit)) \
                    and out[-1].kind == "count" \
                    and out[-1].start >= q.start - len(window) + part.start():
                out[-1] = replace(out[-1], unit=q.unit)
        out.append(q)
    return out


def _possessive(word: str) -> bool:
    """Whether ``word`` is an owner's ("plant's", "workers'"): no unit of a count."""
    return word.endswith(("'s", "’s", "s'", "s’"))


@cache
def _part_pattern(lang: str | None) -> re.Pattern[str] | None:
    """The text data's "part_before" patterns of ``lang`` (every language's when unknown), matched at the end of
    the words before a figure."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    words = [p for lg in langs for p in profile(lg).part_before]
    return re.compile("|".join(f"(?:{p})" for p in words), re.IGNORECASE) if words else None


def _parts(text: str, found: list[Quantity], lang: str | None) -> list[Quantity]:
    """``found`` with each count that a subset word opens marked ``part``: "42 people were injured, of whom 3
    seriously", "davon drei schwer", "dont trois grièvement", "из них трое", "其中3人伤势较重", "うち3人は重傷",
    "부상자 가운데 3명은 중상". Such a count is a share of the count before it (or of another sentence's:
    "けがをした人のうち3人"), not a second reading of it (trial59 F15: "injured: 42 vs 3")."""
    pattern, after, among = _part_pattern(lang), _part_after(lang), _part_among(lang)
    if pattern is None and after is None and among is None:
        return found
    out: list[Quantity] = []
    for q in found:
        if q.kind == "count" and q.unit != "%":
            window = text[max(0, q.start - 30):q.start]
            hit = pattern.search(window) if pattern is not None else None
            if hit is not None and not window[hit.end():].strip(" ,:，、"):
                q = replace(q, part=True)
            elif among is not None and among.match(text, q.end) is not None:
                q = replace(q, part=True)  # "Five children among dead": a group of the dead, not their toll
            elif after is not None and (tail := after.match(text, q.end)) is not None and (
                    q.unit is None or (q.unit.lower() in tail.group().lower())
                    or any(o.kind == "count" and o.unit == q.unit and o.value is not None for o in out)):
                # "zwölf von ihnen" (no unit of its own), "Twelve of the injured" (the whole named), "64 injured,
                # twelve of them" (a count of its unit before it): a share (trial63 F8). "Trois d'entre eux sont
                # morts" alone is the whole toll of the dead, however a group it is part of.
                q = replace(q, part=True)
        out.append(q)
    return out


@cache
def _toll_links(lang: str | None) -> frozenset[str]:
    """``lang``'s words between a toll's count and its verb (text data "toll_links": the grades "seriously", "schwer",
    "grièvement", "gravemente", "ciężko"), every language's when unknown: read as a part's unit, they are no noun."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    return frozenset(w for lg in langs for w in profile(lg).toll_links)


@cache
def _injury_grades(lang: str | None) -> dict[str, str]:
    """``lang``'s grades of injury, word -> class (text data "injury_grades"); every language's when unknown."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    return {w: g for lg in langs for w, g in profile(lg).injury_grades}


@cache
def _grade_phrases(lang: str | None) -> dict[tuple[str, ...], str]:
    """``lang``'s grades of injury as word sequences -> class (text data "injury_grades": "seriously", "schwer",
    "de gravedad", "in modo grave"); every language's when unknown."""
    return {tuple(w.replace("’", "'").split()): g for w, g in _injury_grades(lang).items()}


@cache
def _grade_negations(lang: str | None) -> frozenset[str]:
    """``lang``'s one-word negations (text data "negation": "not", "nicht", "pas", "no", "non", "nie"), every
    language's when unknown: a grade after one is no grade ("not seriously", "nicht schwer", "pas grièvement")."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    return frozenset(w.replace("’", "'") for lg in langs for w in profile(lg).negation if " " not in w)


@cache
def _injury_words() -> frozenset[str]:
    """Every language's words of the injured ("injured", "hurt", "verletzt", "blessées", "heridos", "feriti",
    "ranni"): the words a grade of injury must stand beside."""
    return frozenset(w for w, k in _events(None).items() if k == "injured")


_WORD_RE = re.compile(r"\w+['’]?")
_CLAUSE_RE = re.compile(r"[,;:.!?()\[\]—–]")
_GRADE_NEGATION_WORDS = 3  # words before a grade read for a negation ("n'ont pas été grièvement blessées")


_CONTRACTED_NOT = re.compile(r"n['’]t\b", re.IGNORECASE)


def _words(segment: str) -> list[str]:
    """The words of ``segment``, lower case; an English "n't" read as "not" ("weren't", "wasn't", "didn't": the
    splitter would cut "weren'" + "t" and miss the negation, conflicts80fix)."""
    return [w.lower().replace("’", "'") for w in _WORD_RE.findall(_CONTRACTED_NOT.sub(" not", segment))]


@cache
def _grade_followers(lang: str | None) -> frozenset[str]:
    """``lang``'s words that may follow a grade told after its injury word (text data "grade_followers":
    conjunctions), every language's when unknown."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    return frozenset(w for lg in langs for w in profile(lg).grade_followers)


@cache
def _clause_negations(lang: str | None) -> frozenset[str]:
    """``lang``'s one-word negations that void a grade anywhere in its figure's clause ("None of the four people
    were seriously injured"): "negation" less "grade_negation_skip" (fr "personne", "plus")."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    skip = {w for lg in langs for w in profile(lg).grade_negation_skip}
    return frozenset(w for w in _grade_negations(lang) if w not in skip)


@cache
def _injury_stems(lang: str | None) -> tuple[str, ...]:
    """``lang``'s stems of the words of injury (text data "injury_stems"), every language's when unknown."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    return tuple(dict.fromkeys(w for lg in langs for w in profile(lg).injury_stems))


def _injury_mentions(text: str, lang: str | None) -> int:
    """How many words of injury ``text`` holds (the injured words of every language, the stems of ``lang``'s)."""
    injury, stems = _injury_words(), _injury_stems(lang)
    return sum(1 for w in _words(text) if w in injury or w.startswith(stems))


def injury_told_elsewhere(text: str, lang: str | None) -> bool:
    """Whether ``text`` (a whole report) speaks of injury more than once or marks a whole toll (text data
    "injury_stems", "toll_total_marks"): then a grade of the injured it gives ("Four people were seriously injured.
    They were the only casualties") is no part of another report's total given alone (conflicts80fix: the phrases
    of "no one else was hurt" are no list to close; positive evidence of the part is a single mention)."""
    marks = field_pattern(lang, "toll_total_marks")  # a whole toll's marks
    return _injury_mentions(text, lang) > 1 or (marks is not None and marks.search(text) is not None)


def _grade_starting(words: list[str], i: int, phrases: dict[tuple[str, ...], str]) -> tuple[str, int] | None:
    """The grade (class, length) whose words start at ``words[i]``, the longest."""
    for n in sorted({len(k) for k in phrases}, reverse=True):
        cls = phrases.get(tuple(words[i:i + n])) if i >= 0 else None
        if cls is not None:
            return cls, n
    return None


def _grade_ending(words: list[str], i: int, phrases: dict[tuple[str, ...], str]) -> tuple[str, int] | None:
    """The grade (class, start) whose words end just before ``words[i]``, the longest."""
    for n in sorted({len(k) for k in phrases}, reverse=True):
        cls = phrases.get(tuple(words[i - n:i])) if i - n >= 0 else None
        if cls is not None:
            return cls, i - n
    return None


def _attached_grade(words: list[str], k: int, phrases: dict[tuple[str, ...], str],
                    negations: frozenset[str], followers: frozenset[str] = frozenset()) -> str | None:
    """The grade attached to the injury word ``words[k]``: a grade of the language directly before it ("seriously
    injured", "schwer verletzt", "grièvement blessées") or directly after it ("injured seriously", "heridos de
    gravedad", "feriti in modo grave"), void after a negation in the few words before the grade ("not seriously
    injured", "nicht schwer verletzt", "n'ont pas été grièvement blessées", "no resultaron heridos de gravedad")."""
    before = _grade_ending(words, k, phrases)
    after = _grade_starting(words, k + 1, phrases)
    found = (before[0], before[1]) if before else (after[0], k + 1) if after else None
    if found is None:
        return None
    if not before and after and k + 1 + after[1] < len(words) and words[k + 1 + after[1]] not in followers:
        return None  # "hurt slightly after 9 pm": a grade after the injury word ends its clause or a conjunction
    cls, start = found
    if any(w in negations for w in words[max(0, start - _GRADE_NEGATION_WORDS):start]):
        return None
    return cls


def _grade_of(text: str, q: Quantity, prev_end: int, stop: int, lang: str | None) -> str | None:
    """The grade of injury of the count ``q`` (conflicts80): only a grade ATTACHED to the injury word of its clause
    (the first one after the figure, else the nearest one before it, after the previous figure: "Four people were
    seriously injured", "The crash seriously injured four"), or, for a part, the grade that opens what follows the
    figure and its part word ("four of them seriously", "davon vier schwer", "dont quatre grièvement", "cuatro de
    ellas de gravedad"). A grade elsewhere in the clause is none: "injured in a serious accident" (it qualifies
    another noun), "injured but not seriously", "as light rain fell" (conflicts79fix's re-tester: 21 of 94 real
    conflicts lost to a grade read anywhere in six words)."""
    phrases, negations, followers = _grade_phrases(lang), _clause_negations(lang), _grade_followers(lang)
    after = _CLAUSE_RE.split(text[q.end:stop], maxsplit=1)[0]
    clause = _words(_CLAUSE_RE.split(text[prev_end:q.start])[-1]) + _words(after)
    if any(w in negations for w in clause):
        return None  # "None of the four people were seriously injured": a negation in the clause voids the grade
    if q.part:
        skip = _part_after(lang)
        m = skip.match(after) if skip is not None else None
        opening = _words(after[m.end():] if m else after)
        first = _grade_starting(opening, 0, phrases)
        if first is not None:
            return first[0]
    injury = _injury_words()
    words = _words(after)
    k = next((i for i, w in enumerate(words) if w in injury), None)
    if k is not None:
        return _attached_grade(words, k, phrases, negations, followers)
    # the injury word right before the figure, or with only its grade between ("The crash seriously injured four",
    # "blessant grièvement quatre personnes"); not "Four were seriously injured and two slightly" (the two)
    words = _words(_CLAUSE_RE.split(text[prev_end:q.start])[-1])
    if words and words[-1] in injury:
        return _attached_grade(words, len(words) - 1, phrases, negations, followers)
    k = next((i for i in range(len(words) - 1, -1, -1) if words[i] in injury), None)
    between = _grade_starting(words, k + 1, phrases) if k is not None else None
    if k is None or between is None or k + 1 + between[1] != len(words):
        return None
    return _attached_grade(words, k, phrases, negations)


def _grades(text: str, found: list[Quantity], lang: str | None) -> list[Quantity]:
    """``found`` with each count's grade of injury (:attr:`Quantity.grade`, :func:`_grade_of`: a grade attached to
    the injury word, "Four people were seriously injured", or opening a part, "four of them seriously", "davon vier
    schwer") and whether its sentence marks a whole toll (:attr:`Quantity.total_mark`: "Only four people were
    injured in total"). Read by quantities._compare._told_as_part (conflicts79fix): a grade given alone matches
    another report's part of the same grade only."""
    marks = field_pattern(lang, "toll_total_marks")  # a whole toll's marks
    if not _injury_grades(lang):
        return found
    starts = sorted(q.start for q in found)
    ends = sorted(q.end for q in found)
    # The report marks a whole toll anywhere ("in total", "Personne d'autre n'a été touché"), or speaks of injury
    # anywhere but the one injury word of its grade: its grade is no part given alone (conflicts80fix; a list of
    # the phrases of "no one else was hurt" cannot cover the kind, so positive evidence: one mention only).
    total = marks is not None and marks.search(text) is not None
    mentions = _injury_mentions(text, lang)
    out: list[Quantity] = []
    for q in found:
        if q.kind != "count" or q.value is None:
            out.append(q)
            continue
        stop = next((s for s in starts if s >= q.end), len(text))
        prev_end = max((e for e in ends if e <= q.start), default=0)
        grade = _grade_of(text, q, prev_end, stop, lang)
        if grade is not None and not q.part and mentions > 1:
            grade = None  # it speaks of injury elsewhere: "… seriously injured. No one else was hurt" (conflicts80fix)
        out.append(replace(q, grade=grade, total_mark=total) if grade or total else q)
    return _graded_parts(out)


def _graded_parts(found: list[Quantity]) -> list[Quantity]:
    """``found`` with each toll of the injured carrying the grade parts told right after it (:attr:`Quantity.
    graded_parts`): a part with a grade and no noun of its own ("four of them seriously", "davon vier schwer", "dont
    quatre grièvement"; not "four of them in Lyon", "two of them children"), of the nearest count before it."""
    out = list(found)
    for q in found:
        if not q.part or q.grade is None or q.value is None:
            continue
        if q.unit is not None and unit_key(q.unit) != "injured" and q.unit.lower() not in _toll_links(None) \
                and q.unit.lower() not in _injury_grades(None):
            continue  # a part with a noun of its own: a group, not a grade
        before = [i for i, o in enumerate(out) if o.kind == "count" and not o.part and o.value is not None
                  and o.unit is not None and o.start < q.start]
        if not before:
            continue
        i = max(before, key=lambda j: out[j].start)
        if unit_key(out[i].unit or "") == "injured":
            out[i] = replace(out[i], graded_parts=(*out[i].graded_parts, (q.value, q.grade)))
    return out


@cache
def _part_after(lang: str | None) -> re.Pattern[str] | None:
    """The text data's "part_after" patterns of ``lang`` (every language's when unknown), matched at a figure's end:
    "zwölf von ihnen schwer", "Twelve of the injured", "trois d'entre eux"."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    words = [p for lg in langs for p in profile(lg).part_after]
    return re.compile("|".join(f"(?:{p})" for p in words), re.IGNORECASE) if words else None


@cache
def _part_among(lang: str | None) -> re.Pattern[str] | None:
    """The text data's "part_among" patterns of ``lang`` (every language's when unknown), matched at a figure's end:
    "Five children among dead", "fünf Kinder unter den Toten"."""
    langs = (lang,) if lang in LANGUAGES else LANGUAGES
    words = [p for lg in langs for p in profile(lg).part_among]
    return re.compile("|".join(f"(?:{p})" for p in words), re.IGNORECASE) if words else None


_TALLY_DIGITS = re.compile(r"(?<![\d.,:/-])(\d{1,3})\s?[-–—:]\s?(\d{1,3})(?![\d:/-]|[.,]\d|\s?(?:%|Uhr\b|h\b))")


@cache
def _tally_between(lang: str | None) -> re.Pattern[str] | None:
    """What stands between the two numbers of a tally in words: a "to" word, a vote noun before it."""
    words = profile(lang).tally_to if lang in LANGUAGES else ()
    return re.compile(rf"^\s*(?:[^\W\d_]+\s+)?(?:{alternation(words)})\s*$", re.IGNORECASE) if words else None


@cache
def _tally_word(lang: str | None) -> re.Pattern[str]:
    """A vote word of the language at a word start (its data are stems: "vot", "stimm", "oy"): as a
    substring Turkish "oy" was found in "boyunca" (during) and "17 saat boyunca 3-2" became a vote.
    Chinese "票" has no word boundary."""
    words = profile(lang).tally_words if lang in LANGUAGES else ()
    if not words:
        return _NEVER
    edge = "" if lang == "zh" else r"(?<![^\W\d_])"
    return re.compile(f"{edge}(?:{alternation(words)})", re.IGNORECASE)


def _tallies(text: str, found: list[Quantity], lang: str | None) -> list[Quantity]:
    """Two numbers of a vote as one figure, the unit ``vote`` ("voted 5-2", "four to three", "cinq
    voix contre deux", "mit fünf zu zwei Stimmen"), in a text with a vote word of its language
    (text/data "tally"): before, "5-2" was the count 5 and "four to three" two counts, so a 5-2
    against a 4-3 vote was a shared claim (trial 8). The value is a + b/1000, compared exactly."""
    prof = profile(lang) if lang in LANGUAGES else None
    if prof is None or not prof.tally_words:
        return found
    if not _tally_word(lang).search(text):
        return found
    out, tallies = list(found), []
    for m in _TALLY_DIGITS.finditer(text):
        tallies.append((m.start(), m.end(), int(m.group(1)), int(m.group(2))))
    to = _tally_between(lang)
    ordered = sorted(found, key=lambda q: q.start)
    for a, b in pairwise(ordered):
        if to is None or a.value is None or b.value is None or a.vague or b.vague:
            continue
        between = text[a.end : b.start]
        if to.match(between) and a.value == int(a.value) and b.value == int(b.value) and max(a.value, b.value) < 1000:
            tallies.append((a.start, b.end, int(a.value), int(b.value)))
    for start, end, x, y in tallies:
        if any(t.unit == "vote" and t.start < end and start < t.end for t in out):
            continue
        value = x + y / 1000
        out = [q for q in out if not (q.start < end and start < q.end)]
        out.append(Quantity(text[start:end], value, "vote", value, value, False, "count", start, end))
    return sorted(out, key=lambda q: q.start)


@cache
def _range_words(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(what joins "48 to 72" / "48–72", what joins "between 48 and 72" with the next number
    glued or not, the "between" word before the first) of the language (text/data "range")."""
    prof = profile(lang) if lang in LANGUAGES else profile("en")
    to = rf"|\s*(?:{alternation(prof.range_to)})\s*" if prof.range_to else ""
    joined = re.compile(rf"(?:\s?[-–—]\s?{to})(?=\d)", re.IGNORECASE)
    glued = re.compile(rf"\s*(?:{alternation(prof.range_and)})\s*(?=\d)" if prof.range_and else r"(?!)", re.IGNORECASE)
    edge = "" if lang == "zh" else r"(?<![^\W\d_])"
    between = re.compile(rf"{edge}(?:{alternation(prof.range_between)})\s*$" if prof.range_between else r"(?!)",
                         re.IGNORECASE)
    return joined, glued, between


def _changed(text: str, start: int, end: int, lang: str | None) -> bool:
    """A verb of change next to the two numbers or earlier in their sentence: "rose from 48 to 72",
    "وارتفع عدد القتلى من 48 إلى 72", "从48人上升到72人" are an old and a new value."""
    verb = _change_verbs(lang)[0]
    return _change_verb_near(text, start, end, lang) or bool(verb is not None and verb.search(_clause_before(text, start)))


_RANGE_END = re.compile(r"\d+(?:[.,]\d+)?")


def _ranges(text: str, found: list[Quantity], lang: str | None) -> list[Quantity]:
    """"48–72 hours", "48 to 72 hours", "entre 48 y 72 horas", "بين 48 و72 ساعة" as one figure from
    48 to 72 (approximate), not the two counts 48 and 72 (trial: compared one by one, "48" had no unit
    and the Arabic "72" none at all). A range rises: "3-2" is a score; "from 48 to 72" after a verb of
    change is two values."""
    joined, glued, between = _range_words(lang)
    out = list(found)
    for a in found:
        if a.value is None or a.vague or a.kind not in ("count", "percent", "money") or a.unit == "vote":
            continue
        link = joined.match(text, a.end) or (glued.match(text, a.end) if between.search(text[max(0, a.start - 25):a.start])
                                             else None)
        second = _RANGE_END.match(text, link.end()) if link else None
        if second is None:
            continue
        b = next((q for q in out if q.start == second.start()), None)
        high = b.value if b is not None else _parse_digits(second.group(), lang)
        if high is None or high <= a.value or _changed(text, a.start, second.end(), lang):
            continue
        unit, kind, _ = (b.unit, b.kind, b.end) if b is not None else _unit_after(text, second.end(), lang)
        if b is None:
            kind = kind or a.kind
        first = None if a.unit is None or any(ch.isdigit() for ch in a.unit) else a.unit  # Arabic "و72"
        if first is not None and unit is not None and unit_key(first, lang) != unit_key(unit, lang):
            continue  # "48 hours to 72 people": two figures
        unit = unit or first
        end = b.end if b is not None else second.end()
        merged = Quantity(text[a.start:end], a.value, unit, a.low, high, True, kind or "count", a.start, end)
        out = [q for q in out if q is not a and q is not b] + [merged]
    return sorted(out, key=lambda q: q.start)


def count_scope(text: str, language: str | None) -> tuple[str, frozenset[str]] | None:
    """Where ``text`` (a sentence or clause) tells its counts of: ``("area", places)`` for a sub-area of a city named
    (text data "area_scope": "In the Kadikoy district, 250 people were evacuated" gives ``{"kadikoy"}``, the name
    folded to ASCII lower case), ``("whole", frozenset())`` for the whole area ("whole_scope": "across the city",
    "stadtweit", "İstanbul genelinde"), None for neither or both. break50 N11: a district's count stood against the
    city's total as a conflict."""
    from anyascii import anyascii

    lang = base(language) if language else None
    places = set()
    for rx in field_patterns(lang, "area_scope") if lang in LANGUAGES else ():
        for m in rx.finditer(text):
            name = m.group("place")
            if name and (name[:1].isupper() or name[:1].lower() == name[:1].upper()):  # a name, not "the flooded district"
                places.add(anyascii(name).lower())
    whole = any(rx.search(text) for rx in (field_patterns(lang, "whole_scope") if lang in LANGUAGES else ()))
    if places and not whole:
        return "area", frozenset(places)
    if whole and not places:
        return "whole", frozenset()
    return None


def scopes_apart(a: tuple[str, frozenset[str]] | None, b: tuple[str, frozenset[str]] | None) -> bool:
    """Whether two :func:`count_scope` results tell counts of two areas: a district's and the whole's, or two districts
    no name of which is the other's (a name's inflection kept: "kadikoy" / "kadikoyde" are one)."""
    if a is None or b is None:
        return False
    if {a[0], b[0]} == {"area", "whole"}:
        return True
    if a[0] == b[0] == "area":
        from rapidfuzz import fuzz

        # one name in two scripts or inflections: "kadykey" (Кадыкёй) / "kadikoy" 71, "kadikoy" / "uskudar" 29
        return not any(x.startswith(y[:5]) or y.startswith(x[:5]) or fuzz.ratio(x, y) >= _ONE_AREA_NAME
                       for x in a[1] for y in b[1])
    return False


_ONE_AREA_NAME = 65  # rapidfuzz ratio from which two area names folded to ASCII are one (see scopes_apart)
