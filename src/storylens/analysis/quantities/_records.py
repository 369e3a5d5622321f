"""The records the quantities return: :class:`Quantity`, :class:`ResolvedDate`, :class:`PublicationDate`,
and the few helpers every task shares (the languages with built-in tables, a CJK test, a pattern that never matches)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...models import DateMention, NumberMention

LANGS = ("en", "de", "fr", "ru")


def _is_cjk(word: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" for c in word)


@dataclass(frozen=True)
class Quantity(NumberMention):
    """A number as written plus its meaning.

    ``text`` is the number phrase ("Dozens", "20,000", "1.5 million"), ``value``
    a representative value, ``low``/``high`` the range it stands for (``None`` =
    unbounded), ``vague`` whether the writer gave no exact figure, ``unit`` what
    is counted ("terrorists", "killed", "%", "USD", "years"), ``kind`` one of
    count | percent | money | fraction | multiplier, ``start``/``end`` the offsets
    of ``text`` in the text that was searched.
    """

    low: float | None = None
    high: float | None = None
    vague: bool = False
    kind: str = "count"
    start: int = 0
    end: int = 0
    # A count of a tally that only rises (the dead, the injured, aftershocks) read at one moment: "rose to
    # 52", "124 so far", "87 by 6 a.m.", or beside a bounded toll ("at least 14 killed and 120 injured").
    # Another report's other figure is an earlier or later reading, not a contradiction (figures differ).
    running: bool = False
    # What a percentage counts: -1 a lack ("30 % without power"), 1 its end ("restored to 88 %"), 0 unsaid.
    state: int = 0
    # The measure a percentage's own clause names (text/data "percent_measures": "inflation", "core
    # inflation", "growth", "unemployment", "rate"), None when it names none: "Headline inflation stood
    # at 2.0 %, while core inflation was 2.4 %" holds two measures, each figure compared with its own. A count of
    # degrees with no scale said in a temperature's clause ("Temperatures reached 40 degrees", en) has "temperature"
    # (_units.TEMPERATURE): read in °C by its text's one written scale or against the other side's temperatures.
    measure: str | None = None
    # The size of a whole, not a part of it: "the 460-seat Sejm", "248 seats of 460" (the 460); compared
    # only with another whole ("seat (total): 460 vs 450"), never with a party's seats (trial 17 #2).
    whole: bool = False
    # A part of a count just given: "42 injured, of whom 3 seriously", "其中3人伤势较重", "うち3人は重傷" (the 3);
    # compared only with another part, never with the count it is part of (trial59 F15: "injured: 42 vs 3").
    part: bool = False
    # The unit of the tally whose change this figure is the amount of ("rose by three to 12": the 3, of "killed");
    # the figure itself has no unit, so it is no count of the tally, and it is compared only with another change
    # of that tally ("killed (change): 3 vs 2", break53 F11: "risen by three" / "risen by two" gave nothing).
    change_of: str | None = None
    # The grade of injury attached to its injury word (text data "injury_grades": "Four people were seriously
    # injured", "schwer verletzt") or opening its part ("four of them seriously", "davon vier schwer"): "serious";
    # None when it gives none, or the grade is negated or of another noun ("injured in a serious accident").
    grade: str | None = None
    # Whether its sentence marks a toll as a whole (text data "toll_total_marks": "in total", "insgesamt").
    total_mark: bool = False
    # The grade parts a part word gives right after this toll of the injured, (figure, grade): "25 people were
    # injured, four of them seriously" -> ((4.0, "serious"),) on the 25; read when the part itself is not compared.
    graded_parts: tuple[tuple[float, str], ...] = ()


@dataclass(frozen=True)
class ResolvedDate(DateMention):
    """A date expression and what it resolves to.

    ``date`` is ``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY`` (or ``None`` when it cannot
    be resolved, e.g. "Thursday" without a publication date); ``until`` closes a
    range ("earlier this week" -> Monday .. publication day); ``precision`` is
    day | week | month | year; ``relative`` says it was resolved against the
    publication date.
    """

    until: str | None = None
    precision: str = "day"
    relative: bool = False
    start: int = 0
    end: int = 0
    # The day a night range belongs to ("in der Nacht zum Dienstag", "dans la nuit de lundi à mardi",
    # "в ночь на вторник": Tuesday's), the timeline's date for it; None for other dates and ranges.
    day: str | None = None


@dataclass(frozen=True)
class PublicationDate:
    """A document's publication date and where it came from."""

    date: str | None
    inferred: bool = False
    reason: str = ""


_NEVER = re.compile(r"(?!)")


def one_named(q: NumberMention) -> bool:
    """Whether ``q`` is a victim named without a numeral ("A teacher was killed", "погиб мужчина":
    ``_single.single_victim_candidates``): one, with no upper bound and no approximator word. The sentence says one
    such person died, not that the toll was one: against "Three people, among them a teacher, were killed" it is no
    conflict (break56b F5's check of the new teacher reading: "killed: 3 vs 1"), against "No one was killed" it is."""
    return (q.value == 1 and getattr(q, "low", None) == 1 and getattr(q, "high", 1) is None
            and getattr(q, "approx", None) is None)
