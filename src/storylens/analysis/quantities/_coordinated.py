"""Counts of people joined by "and" as one subject (qty59, break57 F8): "Ein Mann und zwei Kinder starben", "Un
homme et deux enfants sont morts", "Un hombre y dos niños murieron", "A man and two children died" are a toll of
three, not of the two the toll's verb stands next to ("killed: 2 vs 3" against "Drei Menschen starben" was a false
conflict); "eine Frau und ein Kind getötet" is a toll of two. The conjuncts are a singular person after an
indefinite article (text data "single_person") or a counted noun ("zwei Kinder"), joined by the language's
"people_and" word or a comma; the count that carries the toll takes the sum and the whole span."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ...text import LANGUAGES, alternation, profile
from ._lexicon import _COUNTED, _PERSON_NOUNS, _events
from ._measures import _PEOPLE, _measure_of, unit_key
from ._records import Quantity

# Words between a counted conjunct's number and the joiner: its noun and an adjective ("zwei kleine Kinder").
_NOUN_WORDS = 2


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """(a joiner ending a text, a singular person after an indefinite article ending a text) for ``lang``; None
    without the data."""
    prof = profile(lang)
    if not prof.people_and or not prof.single_person_articles or not prof.single_person_nouns:
        return None
    joiner = re.compile(rf"(?:\s*,\s*|\s+(?:{alternation(sorted(prof.people_and))})\s+)$", re.IGNORECASE)
    arts, nouns = alternation(prof.single_person_articles), alternation(prof.single_person_nouns)
    person = re.compile(rf"(?<![\w'’-])(?:{arts})\s+(?:[^\W\d_][\w'’-]*\s+){{0,2}}?(?:{nouns})$", re.IGNORECASE)
    # after a count, its noun, the joiner and one person: "Murieron dos niños y una mujer" (the toll before them)
    after = re.compile(rf"\s+(?:[^\W\d_][\w'’-]*\s+){{1,{_NOUN_WORDS}}}?(?:{alternation(sorted(prof.people_and))})\s+"
                       rf"(?:{arts})\s+(?:[^\W\d_][\w'’-]*\s+){{0,2}}?(?:{nouns})(?![\w'’-])", re.IGNORECASE)
    return joiner, person, after


def coordinated_counts(text: str, found: list[Quantity], lang: str | None) -> list[Quantity]:
    """``found`` with each toll count (killed, injured, arrested, …: what happened to them) that ends a run of
    people joined by "and" widened to the run and summed: "Ein Mann und zwei Kinder starben" 3 killed, "a man, a
    woman and two children were injured" 4 injured. A counted conjunct before it ("Drei Soldaten und zwei
    Zivilisten wurden getötet") is taken in when it counts people (a people measure or noun, or the toll's own
    reading; not "300 cattle and 12 people", "17 000 infections connues et 150 morts") and has no toll of its own; a run with no "and" is none."""
    if lang not in LANGUAGES or len(text) < 8:
        return found
    pats = _patterns(lang)
    if pats is None:
        return found
    joiner, person, after = pats
    and_words = {w.lower() for w in profile(lang).people_and}
    out = list(found)
    i = len(out) - 1
    while i >= 0:
        q = out[i]
        if (q.kind != "count" or q.value is None or q.part or getattr(q, "whole", False)
                or unit_key(q.unit) not in _COUNTED):
            i -= 1
            continue
        start, total, low, high, absorbed, joined = q.start, q.value, q.low, q.high, [], False
        while True:
            j = joiner.search(text, 0, start)
            if j is None:
                break
            left = j.start()
            one = person.search(text, 0, left)
            prev = next((k for k in range(i - 1, -1, -1) if out[k].end <= left and k not in absorbed), None)
            p = out[prev] if prev is not None else None
            # a figure inside the person's words is that person read alone ("ein Kind starb"): the run takes it in
            if one is not None and (p is None or p.end <= one.start() or p.start >= one.start()):
                start, total = one.start(), total + 1
                low, high = (None if low is None else low + 1), (None if high is None else high + 1)
            elif (p is not None and p.kind == "count" and p.value and not p.part
                    and p.unit is not None and (_measure_of(p.unit.lower()) in _PEOPLE or p.unit.lower() in _PERSON_NOUNS
                                                or unit_key(p.unit) == unit_key(q.unit))
                    and re.fullmatch(rf"\s+(?:[^\W\d_][\w'’-]*\s*){{1,{_NOUN_WORDS}}}", text[p.end:left])
                    and not any(w.lower() in _events(lang) for w in text[p.end:left].split())):
                # people ("zwei Kinder", "three civilians"), not "300 cattle", "17 000 infections connues et 150 morts"; "Zwei Kinder und eine Frau wurden getötet": the
                # toll after reads both; "12 people were injured and two were killed" has a toll of its own between
                start, total = p.start, total + p.value
                low = None if low is None or p.low is None else low + p.low
                high = None if high is None or p.high is None else high + p.high
                absorbed.append(prev)
            else:
                break
            joined = joined or j.group().strip().lower() in and_words
        end = q.end
        more = after.match(text, q.end)
        if more is not None and not any(w.lower() in _events(lang) for w in more.group().split()):
            end, total, joined = more.end(), total + 1, True
            low, high = (None if low is None else low + 1), (None if high is None else high + 1)
        if not joined or (start, end) == (q.start, q.end):
            i -= 1
            continue
        # any figure inside the run is one of its parts (a single victim read of "ein Kind", a counted conjunct)
        inside = [k for k in range(len(out)) if k != i and start <= out[k].start and out[k].end <= end]
        out[i] = replace(q, start=start, end=end, value=total, low=low, high=high, text=text[start:end])
        out = [x for k, x in enumerate(out) if k not in inside]
        i -= 1 + sum(1 for k in inside if k < i)
    return out
