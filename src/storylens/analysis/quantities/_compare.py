"""Comparison of two sets of figures: compatibility up to rounding and approximation, grouping by
measure and period, :func:`compare_numbers`, :func:`differing_numbers`, :func:`differing_lone_counts`,
:func:`bound_label`."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ...models import NumberMention
from ...text import normalise_digits
from ._context import _part_among, _toll_links
from ._lexicon import COUNTED
from ._measures import (
    _ARREST_KEYS,
    _RUNNING_MEASURES,
    _USUAL_PERIOD,
    CELSIUS,
    TEMPERATURE_CHANGES,
    _measure_of,
    _money_key,
    _same_unit,
    same_count_key,
    unit_key,
)
from ._numbers import _CJK_DIGITS, cjk_numeral_value, extract_numbers
from ._records import Quantity, one_named
from ._units import TEMPERATURE, _bend, counted_words, fahrenheit_range_as_celsius


def _as_quantity(m: NumberMention) -> Quantity:
    """A mention as a :class:`Quantity`: its text re-read for the range a word figure stands for
    ("dozens"), then bent by the approximator it was stored with (``approx``: "about $2.7 million")."""
    if isinstance(m, Quantity):
        return m
    parsed = [q for q in extract_numbers(m.text) if q.value is not None]
    first = parsed[0].value if parsed else None
    if parsed and (m.value is None or (first is not None and abs(first - m.value) < 1e-9) or parsed[0].vague):
        q = parsed[0]
        value, unit, low, high, vague, kind = q.value, m.unit or q.unit, q.low, q.high, q.vague, q.kind
    else:
        value, unit, low, high, vague, kind = m.value, m.unit, m.value, m.value, False, "count"
    if m.approx is not None and value is not None:
        low, high = _bend(value, low, high, m.approx)
        vague = True
    return Quantity(m.text, value, unit, low, high, vague, kind, approx=m.approx)


_PLAIN_DECIMAL = re.compile(r"\d+[.,](\d{1,2})")


def _decimal_places(q: Quantity) -> int:
    """Digits after the decimal mark of an exact figure written as a plain decimal ("24,10": 2), so
    0 for integers, figures with a scale word ("1.5 million") and approximate ones."""
    m = _PLAIN_DECIMAL.fullmatch(q.text.strip())
    if not m or q.vague or q.low != q.high or q.value is None:
        return 0
    return len(m.group(1)) if abs(float(m.group(0).replace(",", ".")) - q.value) < 1e-9 else 0


_AROUND = frozenset({"near", "approx"})


def _last_digit(v: float) -> float:
    """The place of the last significant digit of ``v``: 1.2e6 -> 1e5, 104 -> 1, 100 -> 100, 2.5 -> 0.1."""
    if v == 0:
        return 1.0
    place = 10.0 ** math.floor(math.log10(abs(v)))
    while place > 1e-6 and abs(v / place - round(v / place)) > 1e-6:
        place /= 10
    return place


def _both_around(a: Quantity, b: Quantity) -> bool:
    return a.approx in _AROUND and b.approx in _AROUND and _digits(a) and _digits(b)


def _compatible(a: Quantity, b: Quantity, tolerance: float = 0.02) -> bool:
    if a.value is None or b.value is None:
        return True
    if a.unit == "vote" and b.unit == "vote":  # a tally is exact: 5-2 and 5-3 disagree
        return abs(a.value - b.value) < 1e-9
    if _both_around(a, b):
        # Two approximate figures ("près de 1,2 million" / "près de 1,4 million") are one figure only
        # up to rounding: their ±15 % windows overlap, yet a corrected figure is a new one.
        return abs(a.value - b.value) < (_last_digit(a.value) + _last_digit(b.value)) / 2
    lo_a = a.low if a.low is not None else -float("inf")
    hi_a = a.high if a.high is not None else float("inf")
    lo_b = b.low if b.low is not None else -float("inf")
    hi_b = b.high if b.high is not None else float("inf")
    # Exact figures that differ by rounding ("1.5 million" vs "1,520,000") are not a conflict,
    # but two figures written to the cent ("24.10" / "24,12 per euro") differ by more than rounding.
    # Whole figures differ by rounding only up to half the last significant digit of the rounder one
    # (final31: "133 seats" / "135 seats" and "57 killed" / "58 killed" were one figure under a flat 2 %).
    places = min(_decimal_places(a), _decimal_places(b))
    rounding = max(_last_digit(a.value), _last_digit(b.value)) / 2
    slack = (0.5 * 10.0 ** -places if places else min(tolerance * max(abs(a.value), abs(b.value)), rounding)) + 1e-9
    return lo_a <= hi_b + slack and lo_b <= hi_a + slack


def _label(q: Quantity) -> str:
    # digits of other scripts as a reader compares them: "٣٠" is 30 (trial 16 #4)
    t = " ".join(normalise_digits(q.text).split())
    return t.lower() if not any(ch.isdigit() for ch in t) else t


_GLUED_SCALE = re.compile(r"-?\d{1,3}(?:[.,]\d)?(?P<s>[CF])")


def _glued_scales(qa: list[Quantity], qb: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """Both sides with a scale's letter glued to a figure ("The Met Office recorded 33C"), read as no temperature for
    want of a temperature word near it (a seat may be "46C"), read in degrees Celsius when the other side holds a
    temperature ("Temperatures hit 34C"): one fact, so "°C: 34 vs 33", not two unrelated units (break58 F2)."""
    def read(q: Quantity) -> Quantity:
        m = _GLUED_SCALE.fullmatch(q.text.strip())
        if not m or q.unit not in ("c", "f") or q.value is None:
            return q
        if m.group("s") == "C":
            return replace(q, unit=CELSIUS)
        value, low, high = fahrenheit_range_as_celsius(q.value, q.low, q.high)
        return replace(q, unit=CELSIUS, value=value, low=low, high=high)

    def hot(qs: list[Quantity]) -> bool:
        return any(q.unit == CELSIUS for q in qs)

    qa, qb = [read(q) for q in qa] if hot(qb) else qa, [read(q) for q in qb] if hot(qa) else qb
    return _apart(_unscaled_degrees(qa, qb)), _apart(_unscaled_degrees(qb, qa))


# The unit a temperature of no scale said that stays unread is compared under: only with another such, never with
# degrees of no temperature ("turned 180 degrees", "It was 115 degrees in Phoenix": "degree: 180 vs 40").
_UNREAD_TEMPERATURE = "degrees (temperature)"


def _apart(qs: list[Quantity]) -> list[Quantity]:
    """``qs`` with each temperature of no scale left unread by :func:`_unscaled_degrees` under its own unit."""
    return [replace(q, unit=_UNREAD_TEMPERATURE) if q.measure == TEMPERATURE and q.unit != CELSIUS else q for q in qs]


# The highest figure read as degrees Celsius when neither scale agrees with the other side (a heatwave's air).
_CELSIUS_MAX = 60.0


def _unscaled_degrees(qs: list[Quantity], other: list[Quantity]) -> list[Quantity]:
    """``qs`` with each temperature of no scale said ("Temperatures reached 40 degrees", ``measure``
    :data:`TEMPERATURE`) read in degrees Celsius against the other side's temperatures ("40 Grad", "40 °C"): as
    written when that agrees with one of them, as Fahrenheit converted when that does ("115 degrees" / "46 Grad"),
    else (a conflict in either scale) as written up to :data:`_CELSIUS_MAX`, converted above it; shown as written
    ("°C: 40 degrees vs 42"). Against the other side's own temperatures of no scale said, one that agrees with
    one of them only in Fahrenheit converted is read so ("115 degrees" / "46 degrees", a US and a UK report: one
    fact), the rest as written. A side with no temperature leaves it unread (qty55)."""
    theirs = [y for y in other if y.unit == CELSIUS]
    if not theirs:
        return _unscaled_pairs(qs, [y for y in other if y.measure == TEMPERATURE and y.unit != CELSIUS])
    out = []
    for q in qs:
        if q.measure != TEMPERATURE or q.unit == CELSIUS or q.value is None:
            out.append(q)
            continue
        as_c = replace(q, unit=CELSIUS, text=f"{q.text.strip()} degrees", measure=None)
        value, low, high = fahrenheit_range_as_celsius(q.value, q.low, q.high)
        as_f = replace(as_c, value=value, low=low, high=high)
        if any(_compatible(as_c, y) for y in theirs):
            out.append(as_c)
        elif any(_compatible(as_f, y) for y in theirs) or q.value > _CELSIUS_MAX:
            out.append(as_f)
        else:
            out.append(as_c)
    return out


def _unscaled_pairs(qs: list[Quantity], mates: list[Quantity]) -> list[Quantity]:
    """``qs`` with each temperature of no scale said that agrees with none of ``mates`` (the other side's, of no
    scale either) as written but with one of them in Fahrenheit converted, so converted (:func:`_unscaled_degrees`)."""
    if not mates:
        return qs
    out = []
    for q in qs:
        if q.measure == TEMPERATURE and q.unit != CELSIUS and q.value is not None \
                and not any(_compatible(q, y) for y in mates):
            value, low, high = fahrenheit_range_as_celsius(q.value, q.low, q.high)
            as_f = replace(q, value=value, low=low, high=high)
            q = as_f if any(_compatible(as_f, y) for y in mates) else q
        out.append(q)
    return out


def compare_numbers(a: Sequence[NumberMention], b: Sequence[NumberMention]) -> list[str]:
    """Conflicts between two sets of numbers about the same thing, e.g. ``["killed: dozens vs 164"]``.

    Numbers are paired by :func:`unit_key`; a unit conflicts when no number on one side is
    compatible with any on the other (vague ranges like "dozens" = 24..99 are compatible with
    "30", not with "164"), or when, each number paired with one compatible number of the other
    side, a number is left on both sides: "89 seats … 28.4% and 78 seats" / "91 seats … 28.2%
    and 78 seats" changed 89 to 91 although 78 is on both sides (trial 12 reported only the %).
    """
    qa, qb = _glued_scales([_as_quantity(m) for m in a], [_as_quantity(m) for m in b])
    out = []
    for key, xs, ys in _figure_groups(qa, qb):
        if _running_key(key, xs, ys) and not one_moment(key, qa, qb):
            continue  # readings of a rising tally at two moments: figures differ (differing_numbers)
        if _toll_share(key):
            continue  # "three of them seriously" / "two of them critically": two shares, each of what? (differs)
        left_x, left_y = _unpaired(xs, ys)
        left_x, left_y = _same_places(xs, ys, left_x, left_y)
        # A figure the other side writes without a unit is that side's too: "18 seats short of the
        # 116 needed" / "116 Sitze nötig" (the 116 of the first has no unit word of its own).
        left_x = [x for x in left_x if not _written_bare(x, qb)]
        left_y = [y for y in left_y if not _written_bare(y, qa)]
        left_x = [x for x in left_x if not _told_as_part(x, key, qa, qb)]
        left_y = [y for y in left_y if not _told_as_part(y, key, qb, qa)]
        if left_x and left_y:
            left = " / ".join(dict.fromkeys(_conflict_label(x) for x in left_x))
            right = " / ".join(dict.fromkeys(_conflict_label(y) for y in left_y))
            out.append(f"{key}: {left} vs {right}")
    out += _change_conflicts(qa, qb)
    return out


# The toll whose parts are grades of it (seriously, critically, in hospital) that a report may give alone.
_GRADED_TOLL = "injured"


def _told_as_part(q: Quantity, key: str, own: Sequence[Quantity], others: Sequence[Quantity]) -> bool:
    """Whether ``q`` (a figure of ``own``, one side's figures) is the part of the injured ``others`` (the other
    side's) give with a part word of their language ("25 injured, four of them seriously", "davon vier schwer",
    "dont quatre grièvement": the text data's "part_before" / "part_after"): a report giving only that grade ("Four
    people were seriously injured") names the share the other report counts within its total, never another total
    (newuser78 M2: "injured: 25 vs 4"). Positive evidence on both sides (conflicts79fix, its tester's 44 hidden
    conflicts): ``q`` states the figure with a grade of injury (:attr:`Quantity.grade`, text data "injury_grades")
    of the part's own grade class, its report marks no whole toll ("in total", "insgesamt") and gives no part of its
    own; the part is a grade part (no noun of its own: "four of them in Lyon" is no grade). Anything else is
    compared as before: "Four people were injured" / "Four people were slightly injured" / "Only four people were
    injured in total" against "25 injured, four of them seriously" stay conflicts. Of the injured only: a part of
    the dead ("Four people were killed, two of them children") is no toll of its own."""
    if getattr(q, "part", False) or getattr(q, "whole", False) or q.value is None or key != _GRADED_TOLL:
        return False
    grade = getattr(q, "grade", None)
    if grade is None or any(getattr(o, "total_mark", False) for o in own if o.kind == "count"):
        return False
    if any((getattr(o, "part", False) and o.value is not None) or getattr(o, "graded_parts", ())
           for o in (q, *own) if o.kind == "count"):
        return False
    if any((q.value, grade) in getattr(o, "graded_parts", ()) for o in others if o.kind == "count"):
        return True  # the total the part is told of ("25 injured, four of them seriously"), the part not passed
    return any(getattr(o, "part", False) and o.value is not None and getattr(o, "grade", None) == grade
               and o.value == q.value and _compatible(q, o) and _graded_part(o, others) for o in others)


def _graded_part(part: Quantity, others: Sequence[Quantity]) -> bool:
    """Whether ``part`` (a figure a part word opens, with a grade) is a grade part of the injured: no noun of its
    own (no unit, or a grade word read as its unit: "dont quatre grièvement") and the nearest count before it in its
    text is of the injured ("25 Menschen wurden verletzt, davon vier schwer")."""
    if part.unit is not None and unit_key(part.unit) != _GRADED_TOLL and part.unit.lower() not in _toll_links(None):
        return False
    before = [o for o in others if not getattr(o, "part", False) and o.kind == "count" and o.unit is not None
              and o.value is not None and o.start < part.start]
    if not before:
        return False
    whole = max(before, key=lambda o: o.start)
    return same_count_key(_GRADED_TOLL, unit_key(whole.unit) or "")


def _toll_share(key: str) -> bool:
    """Whether a group's key (:func:`_figure_groups`) is a share of a toll that names no noun of its own: "Twelve
    people were injured, three of them seriously", "Four people died — three of them in hospital", "drei von ihnen
    schwer" (label "injured (of them)"). What the share counts is in words the reading does not keep (seriously,
    critically, in hospital), so two reports' shares are two parts, never one figure they disagree on (toll59,
    break57 F5: "injured (of them): 3 vs 2" against "two of them critically"); the figures only differ. A share
    with its noun ("of whom 3 children") still compares with another (trial59 F15)."""
    return key.endswith(" (of them)") and key[: -len(" (of them)")] in COUNTED


def _change_conflicts(qa: Sequence[Quantity], qb: Sequence[Quantity]) -> list[str]:
    """Conflicts between the amounts of one tally's change (``Quantity.change_of``): "has risen by three to 12" /
    "has risen by two to 12" -> "killed (change): 3 vs 2". An amount is compared with another change of the same
    tally only, never with a count (it has no unit of its own)."""
    out = []
    for key in dict.fromkeys(unit_key(q.change_of) for q in qa if getattr(q, "change_of", None)):
        if key is None:
            continue
        xs = [q for q in qa if getattr(q, "change_of", None) and unit_key(q.change_of) == key]
        ys = [q for q in qb if getattr(q, "change_of", None) and _same_unit(key, unit_key(q.change_of))]
        left_x, left_y = _unpaired(xs, ys)
        if xs and ys and left_x and left_y:
            left = " / ".join(dict.fromkeys(_conflict_label(x) for x in left_x))
            right = " / ".join(dict.fromkeys(_conflict_label(y) for y in left_y))
            out.append(f"{key} (change): {left} vs {right}")
    return out


def _conflict_label(q: Quantity) -> str:
    """A conflicting figure as :func:`_label` shows it, a number word that names one number in digits
    ("killed: 14 vs 9", not "14 vs nueve", as ``differs`` shows it); a word for a range stays a word
    ("killed: dozens vs 164"), and so does a toll of nobody ("killed: no one vs 3")."""
    if q.unit == CELSIUS and re.fullmatch(r"\d+(?:[.,]\d+)?[CF]", q.text.strip()):
        q = replace(q, text=q.text.strip()[:-1])  # "46C", "120F": the figure, its scale said once (qty59)
    label = _label(_in_digits(q) if q.value and _exact_figure(q) else q)
    if q.unit == CELSIUS and q.value is not None:
        # a temperature says its scale: "°C: 46 vs 119 °F" (a Fahrenheit figure is compared in degrees Celsius)
        written = re.fullmatch(r"\d+(?:[.,]\d+)?", normalise_digits(q.text).strip())
        fahrenheit = written is not None and abs(float(written.group().replace(",", ".")) - q.value) > 1e-6
        return f"{label} °F" if fahrenheit else label
    return label


def _figure_groups(qa: Sequence[Quantity], qb: Sequence[Quantity]) -> list[tuple[str, list[Quantity], list[Quantity]]]:
    """(unit key, figures of a, figures of b) for each unit key of ``qa``; percentages of opposite
    ``state`` are kept apart ("restored to 88 %" / "30 % without power" count two things, trial 16 #4),
    and so are percentages of two named measures (:func:`_by_measure`)."""
    out = []
    for key in dict.fromkeys(unit_key(q.unit) for q in qa):
        if key is None:
            continue
        xs = [q for q in qa if unit_key(q.unit) == key]
        # an arrest's count by its verb and by its noun are one count, unless a side gives both (a part: "arrested 12
        # people, among them 3 suspects of the killing")
        one_arrest = all(len(_ARREST_KEYS & {unit_key(q.unit) for q in side}) < 2 for side in (qa, qb))
        ys = [q for q in qb if (same_count_key if one_arrest else _same_unit)(key, unit_key(q.unit))]
        if key != "%":
            # the size of a whole ("the 460-seat Sejm") against another whole only (trial 17 #2)
            # and a part of a count ("of whom 3 seriously") against another part only (trial59 F15)
            for whole, part in dict.fromkeys((getattr(x, "whole", False), getattr(x, "part", False)) for x in xs):
                label = f"{key} (total)" if whole else f"{key} (of them)" if part else key
                out.append((label, [x for x in xs if (getattr(x, "whole", False), getattr(x, "part", False)) == (whole, part)],
                            [y for y in ys if (getattr(y, "whole", False), getattr(y, "part", False)) == (whole, part)]))
            continue
        for state in dict.fromkeys(getattr(x, "state", 0) for x in xs):
            mine = [x for x in xs if getattr(x, "state", 0) == state]
            theirs = [y for y in ys if getattr(y, "state", 0) * state != -1]
            out.extend((key, m, t) for m, t in _by_measure(mine, theirs))
    return out


def _by_measure(xs: list[Quantity], ys: list[Quantity]) -> list[tuple[list[Quantity], list[Quantity]]]:
    """Percentages grouped by the measure each one's clause names, when every one names one: "core
    inflation … 2.4 %" is compared with "inflazione di fondo … 2,0 %", not with "inflación general … 2,4 %"
    (final30). With an unnamed one on either side the figures stay one group, as before: an unnamed
    figure may be any of the other side's."""
    out = []
    for apart in _APART_MEASURES:
        # the share counted of a partial result ("with 99.6 % of constituencies counted") is never a
        # party's share of the vote, whatever the other figures name (trial 17 #12)
        mine = [x for x in xs if getattr(x, "measure", None) == apart]
        theirs = [y for y in ys if getattr(y, "measure", None) == apart]
        if mine:
            out.append((mine, theirs))
        xs = [x for x in xs if getattr(x, "measure", None) != apart]
        ys = [y for y in ys if getattr(y, "measure", None) != apart]
    if not xs:
        return out
    measures = [getattr(q, "measure", None) for q in (*xs, *ys)]
    if None in measures or _USUAL_PERIOD in measures:
        return [*out, *_by_period(xs, ys)]
    return [*out, *(([x for x in xs if x.measure == m], [y for y in ys if y.measure == m])
                    for m in dict.fromkeys(x.measure for x in xs))]


def _period_of(measure: str | None) -> str | None:
    """The period other than a year a percentage's ``measure`` names ("month on month" of "inflation (month
    on month)" or of "month on month"), else None."""
    if measure is None or measure == _USUAL_PERIOD:
        return None
    return next((key for key in _OTHER_PERIODS if measure == key or measure.endswith(f"({key})")), None)


_OTHER_PERIODS = ("month on month", "quarter on quarter")


def _by_period(xs: list[Quantity], ys: list[Quantity]) -> list[tuple[list[Quantity], list[Quantity]]]:
    """Percentages of which some name no measure (or only a year's period) as one group, as an unnamed
    figure may be any of the other side's, but a change over a month or a quarter never with a figure marked
    as a year's or named without a period ("0,6% desde marzo" / "inflación interanual … 3,3%", "1,2% від
    березня" / "15,1% у річному вимірі": final38 §2): one group per such period with the unnamed figures,
    and one of the others when it holds a named figure."""
    periods = list(dict.fromkeys(p for q in (*xs, *ys) if (p := _period_of(getattr(q, "measure", None)))))
    if not periods:
        return [(xs, ys)]

    def unnamed(q: Quantity) -> bool:
        return getattr(q, "measure", None) is None

    out = [([x for x in xs if unnamed(x) or _period_of(x.measure) == p],
            [y for y in ys if unnamed(y) or _period_of(y.measure) == p]) for p in periods]
    rest = ([x for x in xs if unnamed(x) or _period_of(x.measure) is None],
            [y for y in ys if unnamed(y) or _period_of(y.measure) is None])
    if any(not unnamed(q) for q in (*rest[0], *rest[1])):
        out.append(rest)
    return [(m, t) for m, t in out if m]


# Measures compared only with their own kind even beside a percentage that names none (:func:`_by_measure`):
# a share counted, and a currency's change, which a report states with the currency's name ("the peso fell
# 7.2%" is never the "5,25%" of "a taxa básica de juros … para 5,25%", trial 20 #5).
_APART_MEASURES = ("counted", "currency")


def _running_key(key: str, xs: Sequence[Quantity], ys: Sequence[Quantity]) -> bool:
    """Whether two sides' figures of ``key`` are readings of a rising tally (:func:`_running_counts`), or
    shares of an outage and its repair ("30 % without power" in the morning, "%12 elektrik kesintisi"
    at 14:30; "restored to 88 %"): a state that changes by the hour, read at two moments (final29)."""
    if key == "%" and xs and ys:
        return all(getattr(q, "state", 0) for q in (*xs, *ys))
    return key in _RUNNING_MEASURES and bool(xs) and bool(ys) and any(getattr(q, "running", False) for q in (*xs, *ys))


def one_moment(key: str, qa: Sequence[Quantity], qb: Sequence[Quantity]) -> bool:
    """Whether both sides read another rising tally than ``key`` alike, each of its figures on one side the
    same figure, bound and all, on the other: "3人が死亡し、少なくとも42人がけがをした" / "killing five people and
    injuring at least 42" read the injured at one moment, so their two death tolls, marked running only beside
    that bound, are one moment's too: a contradiction, not two readings (trial49 F5: "figures differ (not a
    contradiction)" while the headlines' 3 vs 5 conflicted)."""
    for other in _RUNNING_MEASURES - {key}:
        xs = [q for q in qa if unit_key(q.unit) == other and q.value]
        ys = [q for q in qb if unit_key(q.unit) == other and q.value]
        if xs and ys and all(any(_same_reading(x, y) for y in ys) for x in xs) and all(
                any(_same_reading(x, y) for x in xs) for y in ys):
            return True
    return False


def _same_reading(x: Quantity, y: Quantity) -> bool:
    return x.value == y.value and x.low == y.low and x.high == y.high


def _same_places(xs: Sequence[Quantity], ys: Sequence[Quantity], left_x: list[Quantity],
                 left_y: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """The figures left on both sides that stand at one place among the figures both give: as many
    shared figures before each. "89 … and 78 seats" / "91 … and 78 seats" changed the first figure;
    "the MRO 2.15% and the marginal rate 2.40%" / "the deposit rate 2% and the MRO 2.15%" name two
    other rates beside the shared one (trial 15 #3: "%: 2.40 vs 2", a false conflict)."""
    if not left_x or not left_y:
        return left_x, left_y
    # a figure written twice is one (_unpaired keeps one copy): its other copy is left too, not a shared figure that
    # moves the left one a place on ("€3m" in a headline and "an estimated €3m" in the lede against "3000万欧元")
    left_labels = {_label(q) for q in (*left_x, *left_y)}
    shared_x = [x for x in xs if x not in left_x and _label(x) not in left_labels]
    shared_y = [y for y in ys if y not in left_y and _label(y) not in left_labels]

    def place(q: Quantity, shared: list[Quantity]) -> int:
        return sum(1 for s in shared if s.start < q.start)

    x_places = {id(x): place(x, shared_x) for x in left_x}
    y_places = {id(y): place(y, shared_y) for y in left_y}
    if shared_x and shared_y:
        # A changed figure replaces one figure by one at its place; where the figures agree on one item and
        # one side then lists several at a place where the other gives one, they are other items of a list
        # ("Rumunii (15,3 proc.), Luksemburgu (13,5 proc.), Hiszpanii (12,9 proc.) i we Włoszech (12,2 proc.)"
        # / "Romania (15.3%), … open-ended contracts it was 6.1%": "%: 13,5 / 12,9 / 12,2 vs 6.1" was a false
        # conflict; stop 37, xl25)
        nx, ny = Counter(x_places.values()), Counter(y_places.values())
        even = {k for k in nx if nx[k] == ny.get(k)}
        x_places = {k: v for k, v in x_places.items() if v in even}
        y_places = {k: v for k, v in y_places.items() if v in even}
    return ([x for x in left_x if x_places.get(id(x), -1) in y_places.values()],
            [y for y in left_y if y_places.get(id(y), -1) in x_places.values()])


def _written_bare(q: Quantity, others: Sequence[Quantity]) -> bool:
    """Whether ``others`` hold ``q``'s value without a unit word."""
    return q.value is not None and any(o.unit is None and o.value is not None and abs(o.value - q.value) < 1e-9
                                       for o in others)


def _unpaired(xs: Sequence[Quantity], ys: Sequence[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """The figures of each side left when each is paired with at most one compatible figure of the
    other (a figure written twice, "230 … 230", is one). The pairing tries the fewest-partner
    figures first, so a vague figure ("dozens") does not take the only partner of an exact one."""
    xs = list({_label(x): x for x in xs}.values())
    ys = list({_label(y): y for y in ys}.values())
    partners = {i: [j for j, y in enumerate(ys) if _compatible(x, y)] for i, x in enumerate(xs)}
    taken: set[int] = set()
    paired: set[int] = set()
    for i in sorted(partners, key=lambda i: len(partners[i])):
        free = [j for j in partners[i] if j not in taken]
        if free:
            taken.add(free[0])
            paired.add(i)
    return [x for i, x in enumerate(xs) if i not in paired], [y for j, y in enumerate(ys) if j not in taken]


def bound_label(q: NumberMention) -> str:
    """A figure as a reader compares it: "at least 42", "at most 10", "about 12,000", "no one"."""
    q = _as_quantity(q)
    label = _label(q)
    if not any(ch.isdigit() for ch in label) or q.value is None:
        return label
    if q.low is not None and q.high is None:
        return f"at least {label}"
    if q.high is not None and (q.low is None or q.approx == "max"):  # "up to 500" counts from zero
        return f"at most {label}"
    if q.vague or (q.low is not None and q.high is not None and q.low != q.high):
        return f"about {label}"
    return label


def differing_numbers(a: Sequence[NumberMention], b: Sequence[NumberMention],
                      tolerance: float = 0.02) -> list[tuple[str, str, str]]:
    """(key, figure of a, figure of b) for every quantity both sides state in digits with
    different values that do not contradict each other, e.g. ``("killed", "at least 42",
    "at least 57")``: two lower bounds are compatible by design, yet a reader wants to see
    that one source counts 15 more dead. Not a conflict (see :func:`compare_numbers`, which
    reports the incompatible ones); figures equal up to rounding ("1.5 million" /
    "1,520,000") and word figures ("dozens", "une centaine") do not differ."""
    qa, qb = _glued_scales([_as_quantity(m) for m in a], [_as_quantity(m) for m in b])
    out = []
    for key, all_x, all_y in _figure_groups(qa, qb):
        # a victim named without a numeral gives no figure of the toll ("eine Lehrerin getötet" / "Three people …")
        xs = [_in_digits(q) for q in all_x if q.value is not None and _exact_figure(q) and not one_named(q)]
        ys = [_in_digits(q) for q in all_y if q.value is not None and _exact_figure(q) and not one_named(q)]
        if not xs or not ys:
            continue  # nothing to compare
        running = _running_key(key, all_x, all_y) and not one_moment(key, qa, qb)
        if not running and not _toll_share(key) and not any(_compatible(x, y) for x in xs for y in ys):
            continue  # a conflict (compare_numbers says so); a rising tally's two readings only differ
        if any(_same_figure(x, y, tolerance) for x in xs for y in ys):
            continue
        left = " / ".join(dict.fromkeys(bound_label(x) for x in xs))
        right = " / ".join(dict.fromkeys(bound_label(y) for y in ys))
        out.append((key, left, right))
    return out


def differing_scoped_tolls(text_a: str, lang_a: str | None, a: Sequence[NumberMention], text_b: str,
                           lang_b: str | None, b: Sequence[NumberMention],
                           tolerance: float = 0.02) -> list[tuple[str, str, str]]:
    """(what, figure of a, figure of b) for a toll (:data:`COUNTED`) one side counts within a group, its figure and
    noun followed by the language's "among" words ("27 blessés parmi les passagers", "18 feriti tra i passeggeri",
    "14 injured among the passengers": marked ``part``), and the other side counts plainly ("injuring 23
    passengers"), the two not equal up to rounding (issue #12, newuser78: a shared claim with no note, as a part is
    compared with parts only). Never a conflict: the group's toll may be a part of the other's (the crew or the
    driver hurt too), so the caller shows it as a difference it did not judge. ``text_a`` and ``text_b`` are the
    texts the mentions' offsets read. A figure of the group whose noun is no toll ("Five children among the dead")
    is a share, not the toll, and says nothing here; so does a side with figures of the toll of both kinds."""
    qa, qb = _glued_scales([_as_quantity(m) for m in a], [_as_quantity(m) for m in b])

    def scoped(q: Quantity, text: str, lang: str | None, among: re.Pattern[str] | None) -> bool:
        # the toll's word between the figure and the "among" word, the group's noun none: "27 blessés parmi les
        # passagers", not "Five children were among the dead"
        hit = among.match(text, q.end) if among is not None and getattr(q, "part", False) and isinstance(q.end, int) \
            else None
        if hit is None:
            return False
        group = re.search(r"[^\W\d_]+$", hit.group())
        tolls = counted_words(hit.group(), lang)
        return group is not None and any(end <= group.start() for _, end, _ in tolls) \
            and not any(end > group.start() for _, end, _ in tolls)

    def plain(q: Quantity) -> bool:
        return not getattr(q, "part", False) and not getattr(q, "whole", False)

    among_a, among_b = _part_among(lang_a), _part_among(lang_b)
    out = []
    for key in dict.fromkeys(unit_key(q.unit) for q in qa):
        if key not in COUNTED:
            continue
        xs = [q for q in qa if unit_key(q.unit) == key and q.value is not None]
        ys = [q for q in qb if same_count_key(key, unit_key(q.unit)) and q.value is not None]
        if not xs or not ys or not (all(scoped(x, text_a, lang_a, among_a) for x in xs) and all(plain(y) for y in ys)
                                    or all(plain(x) for x in xs) and all(scoped(y, text_b, lang_b, among_b) for y in ys)):
            continue
        xs = [_in_digits(q) for q in xs if _exact_figure(q) and not one_named(q)]
        ys = [_in_digits(q) for q in ys if _exact_figure(q) and not one_named(q)]
        if not xs or not ys or any(_same_figure(x, y, tolerance) for x in xs for y in ys):
            continue
        groups, plains = (xs, ys) if all(getattr(x, "part", False) for x in xs) else (ys, xs)
        if any(abs(total - float(y.value)) < 1e-9 for total in _group_totals(groups, qa if groups is xs else qb)
               for y in plains if y.value is not None):
            continue  # the groups' tolls add up to the other's: "27 feriti tra i passeggeri e 3 tra i membri
            # dell'equipaggio" / "injuring 30 people" (conflict_probes78_figures F10)
        out.append((key, " / ".join(dict.fromkeys(bound_label(x) for x in xs)),
                    " / ".join(dict.fromkeys(bound_label(y) for y in ys))))
    return out


def _group_totals(groups: Sequence[Quantity], side: Sequence[Quantity]) -> set[float]:
    """What the toll counted within groups (:func:`differing_scoped_tolls`) may add up to with a count after the
    first group that names no toll of its own ("27 feriti tra i passeggeri e 3 tra i membri dell'equipaggio": 30):
    the groups' sum alone, with each such count, and with all of them."""
    first = min(q.start for q in groups if isinstance(q.start, int)) if any(isinstance(q.start, int) for q in groups) else None
    total = sum(float(q.value) for q in groups if q.value is not None)
    extras = [float(q.value) for q in side if q not in groups and q.value and getattr(q, "kind", "count") == "count"
              and first is not None and isinstance(q.start, int) and q.start > first
              and unit_key(q.unit) not in COUNTED and unit_key(q.unit) != "%" and not _money_key(unit_key(q.unit) or "")]
    return {total, total + sum(extras), *(total + e for e in extras)}


def differing_lone_counts(a: Sequence[NumberMention], b: Sequence[NumberMention],
                          tolerance: float = 0.02) -> list[tuple[str, str, str]]:
    """(what, figure of a, figure of b) for two aligned sentences of two languages that each give one
    count of a noun no measure knows, one rounded and one exact, compatible and not equal up to rounding:
    "About 130 investors" / "133 Anleger" -> ``[("anleger", "about 130", "133")]`` (final33 D4:
    the nouns share no unit key, so :func:`differing_numbers` never set them side by side). Of two
    languages such nouns cannot be told apart (:func:`same_measure`); a sentence with more than one
    figure, a percentage, money or a known measure says nothing here. The caller asks only for units of
    two languages: in one language two nouns are two things."""
    xs, ys = _lone_count(a), _lone_count(b)
    if xs is None or ys is None or _same_unit(unit_key(xs.unit), unit_key(ys.unit)):
        return []
    if (xs.approx in _AROUND) == (ys.approx in _AROUND) or not _compatible(xs, ys):
        return []
    x, y = _in_digits(xs), _in_digits(ys)
    if _same_figure(x, y, tolerance):
        return []
    # named by the exact figure's noun: each rounded figure against it is one line ("anleger: about 130 (d1,
    # d3) vs 133 (d2)"), whatever language the rounded ones write
    exact = ys if xs.approx in _AROUND else xs
    return [((exact.unit or "").lower(), bound_label(x), bound_label(y))]


def unmatched_lone_counts(a: Sequence[NumberMention], b: Sequence[NumberMention],
                          tolerance: float = 0.02) -> list[tuple[str, str, str]]:
    """(what, figure of a, figure of b) for two aligned sentences of two languages that each give one exact
    count of a noun no measure knows (or two rounded ones whose ranges hold neither value), the two not equal
    up to rounding: "Rescuers pulled 180 survivors from
    the water." / "Die Retter zogen 60 Überlebende aus dem Wasser." -> ``[("survivors", "180", "60")]``
    (trial47 F8: shared with no note). Of two languages such nouns cannot be told apart (:func:`same_measure`),
    so this is no contradiction either: the caller shows it as a difference it did not judge. Named by the
    first side's noun. The caller asks only for units of two languages: in one language two nouns are two
    things."""
    xs, ys = _lone_count(a), _lone_count(b)
    if xs is None or ys is None or _same_unit(unit_key(xs.unit), unit_key(ys.unit)):
        return []
    rounded = xs.approx in _AROUND and ys.approx in _AROUND and _digits(xs) and _digits(ys)
    if not rounded and (xs.approx is not None or ys.approx is not None or xs.vague or ys.vague):
        return []  # a bound or one rounded figure: differing_lone_counts' or no difference to show
    # two rounded figures whose ranges (APPROX_SPREAD either side) hold neither's value differ: "circa 40
    # treni" / "environ 60 trains" (trial51 F2: shared with no note); "about 40" / "environ 45" do not
    x, y = _in_digits(xs), _in_digits(ys)
    if _same_figure(x, y, tolerance):
        return []
    return [((xs.unit or "").lower(), bound_label(x), bound_label(y))]


def _lone_count(mentions: Sequence[NumberMention]) -> Quantity | None:
    """The one figure of ``mentions`` when it is a count of a noun no measure knows, else None."""
    found = [_as_quantity(m) for m in mentions if m.value is not None]
    if len(found) != 1:
        return None
    q = found[0]
    if not q.unit or getattr(q, "kind", "count") != "count" or unit_key(q.unit) in ("%", "times", "bp", "vote"):
        return None
    if _money_key(unit_key(q.unit) or "") or _measure_of(q.unit.lower()) is not None or not _exact_figure(q):
        return None
    if q.unit == CELSIUS or q.unit in TEMPERATURE_CHANGES.values() or getattr(q, "measure", None) == TEMPERATURE:
        return None  # a temperature or its change is a measure known: "8 degrees above normal" / "40 grados" (break55)
    return q


def _exact_figure(q: Quantity) -> bool:
    """A figure in digits, or a number word that names one number ("eleven", "once", "elf", also
    "at least eleven"): trial 14's "Al menos once personas murieron" / "возросло до 14" had no
    ``differs`` because the Spanish figure was a word. Words for a range ("dozens", "une centaine")
    name no figure to set against another."""
    return _digits(q) or (q.value is not None and q.low == q.value and float(q.value).is_integer()
                          and (q.high is None or q.high == q.value))


def _in_digits(q: Quantity) -> Quantity:
    """An exact number word written in digits, so the reader sees "at least 11", not "at least once"
    (Spanish for eleven)."""
    if _digits(q) or q.value is None:
        return q
    return replace(q, text=str(int(q.value)))


def _same_figure(x: Quantity, y: Quantity, tolerance: float) -> bool:
    """Equal up to rounding, or two approximate figures one of whose ranges (the one the conflict
    check compares, :data:`APPROX_SPREAD` either side) holds the other's value. An approximate
    figure against an exact one of another value differs without conflicting: "about 50 seats" /
    "48 seats" told the reader nothing (trial 12: the count had been corrected), "about $2.7
    million" / "$2.9 million" is worth the reader's look."""
    u, v = float(x.value or 0.0), float(y.value or 0.0)
    if abs(u - v) <= tolerance * max(abs(u), abs(v)):
        return True
    if x.approx not in _AROUND or y.approx not in _AROUND:
        return False
    return _approximately(x, y, tolerance) or _approximately(y, x, tolerance)


def _approximately(q: Quantity, other: Quantity, tolerance: float) -> bool:
    """``other``'s value lies in the two-sided range of an approximate figure ("about", "nearly"), as
    the conflict check (:func:`_compatible`) reads it; a bound ("at least 42") holds any larger count,
    yet a reader wants to see 42 against 57."""
    if q.approx not in ("approx", "near") or q.low is None or q.high is None:
        return False
    return _compatible(q, replace(other, low=other.value, high=other.value, approx=None), tolerance)


def _digits(q: Quantity) -> bool:
    """A figure written in digits, or in Chinese numeral characters of a hundred or more ("一千三百":
    how Chinese writes a figure that other languages write in digits; trial45 W7)."""
    return any(ch.isdigit() for ch in q.text) or _written_figure(q.text)


def _written_figure(text: str) -> bool:
    value = cjk_numeral_value(text) if len(text) > 1 and text[:1] in _CJK_DIGITS else None
    return value is not None and value >= 100
