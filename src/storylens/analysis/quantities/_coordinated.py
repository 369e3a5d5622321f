"""Counts of people joined by "and" as one subject (qty59, break57 F8): "Ein Mann und zwei Kinder starben", "Un
homme et deux enfants sont morts", "Un hombre y dos niños murieron", "A man and two children died" are a toll of
three, not of the two the toll's verb stands next to ("killed: 2 vs 3" against "Drei Menschen starben" was a false
conflict); "eine Frau und ein Kind getötet" is a toll of two. The conjuncts are a singular person after an
indefinite article or a possessive (text data "single_person"; the bare noun in a language without articles:
"Мужчина и двое детей погибли") or a counted noun ("zwei Kinder", "Two women", "двое детей": single_person "plurals"),
joined by the language's "people_and" word or a comma, a possessive allowed after it ("A mother and her two
children"); the count that carries the toll takes the sum and the whole span. A conjunct that opens the run's clause
but is read as no person ("A teacher and two children were killed") leaves the sum a lower bound: never an exact
figure that may be wrong (qty55: "Two women and a man", "Мужчина и двое детей", "A mother and her two children and
three neighbours" gave 1, 2 and 5 killed, each a false conflict against the report that counted them all)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ...text import LANGUAGES, alternation, profile
from ._lexicon import _COUNTED, _EVENT_FILLERS, _PERSON_NOUNS, _events
from ._measures import _PEOPLE, _measure_of, unit_key
from ._records import Quantity, one_named
from ._units import _number_word

# A word between a conjunct's article and its noun: a word ("young") or an age glued to its unit ("12-year-old",
# "45-jähriger").
_MODIFIER = r"(?:[^\W\d_][\w'’-]*|\d{1,3}-[^\W\d_][\w'’-]*)"
# Words between a counted conjunct's number and the joiner: its noun and an adjective ("zwei kleine Kinder").
_NOUN_WORDS = 2
# "Both" between an article and a noun: "Die beiden Lehrer", "les deux", "ambos" (two people, never one).
_BOTH = frozenset({"both", "beiden", "beide", "ambos", "ambas", "entrambi", "entrambe", "tous", "toutes"})
# Nouns that after a definite article name a body, not a person: "la policía", "a polícia", "la police" (the force;
# "un policía" is an officer: break59c F6).
_COLLECTIVES = frozenset({"policía", "polícia", "police", "polizia", "guardia", "guarda"})
# How a plural adjective after its noun ends in the languages that put it there ("dos niños pequeños", "deux enfants
# blessés", "due bambini piccoli"); a finite verb ends otherwise ("escaparon", "fugiram", "s'évadèrent", "fuggirono").
_PLURAL_ADJECTIVE_ENDINGS: dict[str, tuple[str, ...]] = {"es": ("s",), "pt": ("s",), "fr": ("s", "x"), "it": ("i", "e")}


@cache
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """(a joiner ending a text, a singular person ending a text, a conjunct's noun and the joiner after it, a
    singular person starting at a position) for ``lang``; None without the data. A person is a singular noun after an indefinite article or a
    possessive ("a man", "his wife"); in a language without articles (ru, pl, uk) the bare noun ("мужчина"). A
    possessive may stand after the joiner ("and her two children", "и её двое детей" stays the count's)."""
    prof = profile(lang)
    if not prof.people_and or not prof.single_person_nouns:
        return None
    poss = rf"(?:(?:{alternation(prof.single_person_possessives)})\s+)?" if prof.single_person_possessives else ""
    joiner = re.compile(rf"(?:\s*,\s*|\s+(?:{alternation(sorted(prof.people_and))})\s+){poss}$", re.IGNORECASE)
    nouns = alternation(prof.single_person_nouns)
    if prof.single_person_articles:
        # a definite article too: "The driver and two passengers" are three (toll59, break57 F5)
        dets = alternation((*prof.single_person_articles, *prof.single_person_definites, *prof.single_person_possessives))
        # an elided article touches its noun: it "un'insegnante" (break56b F5); an age may stand between: "A
        # 12-year-old girl and two adults" (toll59)
        one = rf"(?<![\w'’-])(?:{dets})(?:\s+|(?<=['’]))(?:{_MODIFIER}\s+){{0,2}}?(?:{nouns})"
    else:
        # the word for "one" may stand before the bare noun: "Zginął jeden policjant i dwóch przechodniów" (toll59)
        ones = rf"(?:(?:{alternation(prof.one_words)})\s+)?" if prof.one_words else ""
        one = rf"(?<![\w'’-]){ones}(?:{nouns})"
    person = re.compile(rf"{one}$", re.IGNORECASE)
    # after a conjunct (its noun's words, none after a bare noun), the joiner and a possessive: the next conjunct
    # starts at its end ("Murieron dos niños y una mujer", "Погибли мужчина, женщина и трое детей": the toll before)
    step = re.compile(rf"(?P<noun>(?:\s+[^\W\d_][\w'’-]*){{0,{_NOUN_WORDS}}}?)"
                      rf"(?P<join>\s*,\s*|\s+(?:{alternation(sorted(prof.people_and))})\s+){poss}", re.IGNORECASE)
    return joiner, person, step, re.compile(rf"{one}(?![\w'’-])", re.IGNORECASE)


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
    joiner, person, step, person_at = pats
    prof = profile(lang)
    and_words = {w.lower() for w in prof.people_and}
    out = list(found)
    i = len(out) - 1
    while i >= 0:
        q = out[i]
        if (q.kind != "count" or q.value is None or q.part or getattr(q, "whole", False)
                or unit_key(q.unit) not in _COUNTED):
            i -= 1
            continue
        # a victim named alone carries the run as one person: the run is the toll ("Two children and a teacher")
        high = q.value if one_named(q) else q.high
        start, total, low, absorbed, joined, unread = q.start, q.value, q.low, [], False, False
        while True:
            j = joiner.search(text, 0, start)
            if j is None:
                break
            left = j.start()
            one = _one_person(person.search(text, 0, left), lang)
            prev = next((k for k in range(i - 1, -1, -1) if out[k].end <= left and k not in absorbed), None)
            p = out[prev] if prev is not None else None
            # a figure inside the person's words is that person read alone ("ein Kind starb"): the run takes it in,
            # unless it is a toll of its own ("Погиб мужчина и двое детей получили ранения": 1 killed, 2 injured)
            own = p is not None and one is not None and p.start >= one.start()
            if one is not None and (p is None or p.end <= one.start() or own):
                if own and p is not None and unit_key(p.unit) in _COUNTED and unit_key(p.unit) != unit_key(q.unit):
                    break
                start, total = one.start(), total + 1
                low, high = (None if low is None else low + 1), (None if high is None else high + 1)
            elif p is not None and p.value is not None and _counts_people(text, p, q, left, lang):
                start, total = p.start, total + p.value
                low = None if low is None or p.low is None else low + p.low
                high = None if high is None or (p.high is None and not one_named(p)) else high + (p.high or p.value)
                absorbed.append(prev)
            else:
                # an "and" before the run joins a conjunct not read as people ("A nurse and two children were
                # killed"): the run holds at least its sum, never an exact figure that may be wrong
                unread = _and_word(j.group(), and_words) and _unread_conjunct(text, left, q, out, lang)
                break
            joined = joined or _and_word(j.group(), and_words)
        end, more = q.end, _conjuncts_after(text, q, out, lang, step, person_at)
        if more is not None:
            end, joined = more[0], True
            total, low, high = total + more[1], (None if low is None else low + more[1]), (None if high is None else high + more[1])
        if unread:
            out[i] = replace(out[i], low=total, high=None, vague=True, approx="min")
        if not joined or (start, end) == (q.start, q.end):
            i -= 1
            continue
        # any figure inside the run is one of its parts (a single victim read of "ein Kind", a counted conjunct)
        inside = [k for k in range(len(out)) if k != i and start <= out[k].start and out[k].end <= end]
        vague = {"low": total, "high": None, "vague": True, "approx": "min"} if unread else {"low": low, "high": high}
        out[i] = replace(q, start=start, end=end, value=total, text=text[start:end], **vague)
        out = [x for k, x in enumerate(out) if k not in inside]
        i -= 1 + sum(1 for k in inside if k < i)
    return out


def _one_person(m: re.Match[str] | None, lang: str) -> re.Match[str] | None:
    """``m`` (a singular person's match, :func:`_patterns`) unless it may be more than one: a number word or "both"
    between its article and its noun ("Die drei Fahrer", "the two drivers", "Die beiden Lehrer"), or a definite
    article before a noun whose plural has the same form ("the police", "la policía": the force; break59c F1)."""
    if m is None:
        return None
    prof = profile(lang)
    words = [w.lower() for w in re.findall(r"[^\W_][\w'’-]*", m.group())]
    if any(_number_word(w, lang) or w in _BOTH for w in words[1:-1]):
        return None
    if words and words[0] in prof.single_person_plural_definites:
        return None  # de "die"/"der"/"den": plural or genitive forms too ("Die Fahrer", "Zwei der Fahrer")
    definite = bool(words) and words[0] in prof.single_person_definites
    if definite and (words[-1] in prof.single_person_plurals or words[-1] in _COLLECTIVES):
        return None
    return m


def _and_word(joiner: str, and_words: set[str]) -> bool:
    """Whether a joiner ("and", ", ", "and her") holds the language's "and"."""
    return any(w.lower() in and_words for w in joiner.split())


def _counts_people(text: str, p: Quantity, q: Quantity, left: int, lang: str) -> bool:
    """Whether the count ``p`` before a joiner at ``left`` is a conjunct of the toll ``q``'s people: it counts
    people (a people measure or noun, a person noun's plural of the language's "single_person" data: "zwei
    Kinder", "three civilians", "Two women", "Две женщины"; or the toll's own reading), not "300 cattle", "17 000
    infections connues et 150 morts"; only its noun stands between ("12 people were injured and two were killed"
    has a toll of its own between)."""
    if p.kind != "count" or not p.value or p.part or p.unit is None:
        return False
    if not (_people_noun(p.unit, lang) or unit_key(p.unit) == unit_key(q.unit)):
        return False
    between = text[p.end:left]
    return (re.fullmatch(rf"\s+(?:[^\W\d_][\w'’-]*\s*){{1,{_NOUN_WORDS}}}", between) is not None
            and not any(w.lower() in _events(lang) for w in between.split())
            and not _verb_after_noun(between.split(), p.unit, lang))


def _verb_after_noun(words: list[str], unit: str, lang: str) -> bool:
    """Whether a word after the counted noun ``unit`` among ``words`` (those between a count and the joiner) is
    no adjective of it but the conjunct's own verb: "Two inmates escaped and a guard was killed", "Dos presos
    escaparon y un guardia murió" (break59c F2: 3 killed, 2 killed). Where adjectives stand before the noun (en,
    de, ru, pl, …) no word may follow it; in es/pt/fr/it one may, if it ends as a plural adjective does ("dos niños
    pequeños", "due bambini piccoli"), not as a finite verb ("escaparon", "fugiram", "s'enfuirent", "fuggirono")."""
    low = [w.lower() for w in words]
    head = unit.lower().split()[-1]
    # the count's noun: its unit, or the last people word when the unit is already a toll ("Two men escaped": killed)
    at = low.index(head) if head in low else max((k for k, w in enumerate(low) if _people_noun(w, lang)), default=-1)
    if at < 0:
        return False
    tail = low[at + 1 :]
    endings = _PLURAL_ADJECTIVE_ENDINGS.get(lang)
    if endings is None:
        return bool(tail)
    return any(not w.endswith(endings) for w in tail)


def _conjuncts_after(text: str, q: Quantity, found: list[Quantity], lang: str, step: re.Pattern[str],
                     person_at: re.Pattern[str]) -> tuple[int, float] | None:
    """(end, people added) of the conjuncts joined after the toll count ``q`` ("Murieron dos niños y una mujer" +1,
    "Погибли мужчина, женщина и трое детей" +4): singular persons or counts of people with no toll of their own,
    joined by commas and ending with the language's "and"; None when none is. Only a conjunct's noun stands between
    ("Two children died and a woman …", "Three people were killed and a man said" have a clause of their own), and
    none has a toll of its own after it ("Погибли трое детей и женщина получила ранения": the woman was injured)."""
    pos, added, best = q.end, 0.0, None
    and_words = {w.lower() for w in profile(lang).people_and}
    while (m := step.match(text, pos)) is not None:
        if any(w.lower() in _events(lang) or w.lower() in _EVENT_FILLERS for w in m.group("noun").split()):
            break
        if _verb_after_noun(m.group("noun").split(), q.unit or "", lang):
            break  # "Two men escaped and a guard was killed": a clause of its own (break59c F2)
        if pos == q.end and "," in m.group("join") and _any_people(m.group("noun")):
            return None  # an apposition names who the people were: "Deux personnes, un homme et une femme, ont été
            # blessées" are two (break55 F8's apposition read gave them a toll, and the run then summed four)
        one = _one_person(person_at.match(text, m.end("join")) or person_at.match(text, m.end()), lang)  # "and his wife"
        nxt = next((x for x in found if x.start == m.end()), None)
        if one is not None:
            pos, added = one.end(), added + 1
        elif nxt is not None and nxt.value and nxt.kind == "count" and not nxt.part and nxt.unit is not None and (
                unit_key(nxt.unit) == unit_key(q.unit) or _people_noun(nxt.unit, lang)):
            pos, added = nxt.end, added + nxt.value
        else:
            break
        if _and_word(m.group("join"), and_words):
            best = (pos, added)
    if best is None or not _no_toll_of_its_own(text, q.end, best[0], q, found, lang):
        return None
    return best


def _any_people(noun: str) -> bool:
    """Whether ``noun`` (a count's noun words) is a word for people of any kind ("personnes", "people", "человека"),
    not a kind of person ("enfants", "women")."""
    words = noun.lower().split()
    return len(words) == 1 and (words[0] in _PERSON_NOUNS or _measure_of(words[0]) == "person")


def _people_noun(unit: str, lang: str) -> bool:
    """Whether a count's unit names people: a people measure or noun, a person noun's plural ("Kinder", "детей")."""
    low = unit.lower()
    return _measure_of(low) in _PEOPLE or low in _PERSON_NOUNS or low in profile(lang).single_person_plurals


def _no_toll_of_its_own(text: str, start: int, end: int, q: Quantity, found: list[Quantity], lang: str) -> bool:
    """Whether the conjuncts between ``start`` and ``end`` after the toll count ``q`` share its toll: no other
    toll read among them and none in the few words after the last ("Погибли трое детей и женщина получила
    ранения": the woman was injured)."""
    if any(x is not q and start <= x.start <= end and x.unit is not None and unit_key(x.unit) in _COUNTED
           and unit_key(x.unit) != unit_key(q.unit) for x in found):
        return False
    clause = re.match(r"[^.;:!?,]*", text[end:]).group()  # type: ignore[union-attr]
    keys = {_events(lang).get(w.lower()) for w in re.findall(r"[^\W\d_][\w'’-]*", clause)[:4]} - {None}
    return not keys or unit_key(q.unit) in keys


def _unread_conjunct(text: str, left: int, q: Quantity, found: list[Quantity], lang: str) -> bool:
    """Whether the words before an "and" at ``left`` are a conjunct of the run not read as people: one to three
    words opening their clause (after an article or a possessive where the language has them: "A teacher and two
    children", "Медсестра и двое детей"), or right after the toll's own verb ("Murieron una enfermera y dos
    niños"), with no figure, toll or auxiliary among them. Not a clause of its own ("A man was killed and two
    children were injured", "Погибли трое детей и женщина …"), nor the object of another verb ("The storm
    destroyed a house and two people died": a verb before)."""
    prof = profile(lang)
    dets = (*prof.single_person_articles, *prof.single_person_definites, *prof.single_person_possessives)
    head = rf"(?:{alternation(dets)})(?:\s+|(?<=['’]))" if prof.single_person_articles else ""
    m = re.search(rf"(?<![\w'’-]){head}(?:[^\W\d_][\w'’-]*\s+){{0,2}}[^\W\d_][\w'’-]*$", text[:left], re.IGNORECASE)
    if m is None or any(m.start() < x.end and x.start < left for x in found):
        return False
    if any(w.lower() in _events(lang) or w.lower() in _EVENT_FILLERS for w in m.group().split()):
        return False
    before = text[:m.start()].rstrip()
    if not before or before[-1] in ".;:!?\"“”«»„":
        return True
    words = re.findall(r"[^\W\d_][\w'’-]*", before[-40:])
    return bool(words) and _events(lang).get(words[-1].lower()) == unit_key(q.unit)
