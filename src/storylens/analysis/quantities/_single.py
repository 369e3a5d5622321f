"""One victim named without a numeral (trial57 F40): "a man died", "Un uomo di 67 anni è morto", "ein Mann
starb", "погиб мужчина", "Zginął mężczyzna" are a toll of one, so "No deaths were reported" against them is
"killed: 0 vs 1". The articles and nouns are text data ("single_person")."""

from __future__ import annotations

import re
from functools import cache

from ...text import LANGUAGES, alternation, profile
from ._measures import _measure_of
from ._units import counted_words

_C = tuple[int, int, dict]
_TOLLS = frozenset({"killed", "injured"})
_CLAUSE_END = re.compile(r"[.;!?。；！？]|,\s|\s[-–—]\s")
# Words between the noun and its toll ("di 67 anni è", "was seriously") and between a toll and the noun after it,
# ages only ("погиб 67-летний мужчина").
_AFTER_WORDS, _BEFORE_WORDS = 6, 2


@cache
def _single_re(lang: str) -> re.Pattern[str] | None:
    prof = profile(lang)
    if not prof.single_person_nouns:
        return None
    nouns = alternation(prof.single_person_nouns)
    if prof.single_person_articles:
        arts = alternation(prof.single_person_articles)
        # up to two words between: "a 67-year-old man", "ein älterer Mann", "una giovane donna" (not a clause)
        # an elided article touches its noun: "un'insegnante"
        return re.compile(rf"(?<![\w'’-])(?P<one>{arts})(?:\s+|(?<=['’]))(?:[\w'’-]+\s+){{0,2}}?(?P<noun>{nouns})(?![\w-])",
                          re.IGNORECASE)
    return re.compile(rf"(?<![\w-])(?P<noun>{nouns})(?![\w-])", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_][\w'’-]*", text)


def _ages_only(text: str, start: int, end: int, cands: list[_C]) -> bool:
    """Whether every figure between ``start`` and ``end`` is an age ("di 67 anni", "67-year-old")."""
    for a, b, _ in cands:
        if start <= a and b <= end:
            before = _words(text[max(0, a - 20) : a])
            if before and _measure_of(before[-1].lower()) == "age":
                continue  # the age's word before its number: Hebrew "אישה בת 81 נהרגה" (text data measures "age")
            nxt = _words(text[b : b + 20])
            glued = re.match(r"-?[^\W\d_]+", text[b : b + 20])
            word = glued.group().lstrip("-") if glued and text[b : b + 1] == "-" else (nxt[0] if nxt else "")
            if _measure_of(word.lower()) != "year" and not word.lower().endswith(("year-old", "jährige", "jähriger",
                                                                                  "летний", "річний", "letni")):
                return False
    return True


def single_victim_candidates(text: str, cands: list[_C], lang: str | None) -> list[_C]:
    """A toll of one (killed or injured) for a singular person noun with no numeral and its toll in the same
    clause: after an indefinite article, the toll within a few words after the noun, no reporting verb between
    ("A man said three died" counts no one); without articles (ru, uk, pl, cs) the toll right before or after
    the noun, no figure before the noun ("погибли пять человек" is the five's)."""
    if lang not in LANGUAGES:
        return []
    rx = _single_re(lang)
    if rx is None:
        return []
    articles = bool(profile(lang).single_person_articles)
    reporting = {v.lower() for v in profile(lang).reporting_verbs}
    relatives = set(profile(lang).single_person_stops)
    and_words = {w.lower() for w in profile(lang).people_and}
    out: list[_C] = []
    for m in rx.finditer(text):
        noun_start, noun_end = m.span("noun")
        stop = _CLAUSE_END.search(text, noun_end)
        clause_end = stop.start() if stop else len(text)
        # the last clause end before the noun (searched forward: reversed, ", " reads " ," and "died, a man said"
        # took the toll before the comma for the speaker's, qty55)
        clause_start = max((c.end() for c in _CLAUSE_END.finditer(text, 0, noun_start)), default=0)
        tolls = [(a, b, key) for a, b, key in counted_words(text[:clause_end], lang)
                 if key in _TOLLS and b <= clause_end and a >= clause_start]
        after = next(((a, b, key) for a, b, key in tolls if a >= noun_end), None)
        found = None
        if after and len(_words(text[noun_end : after[0]])) <= _AFTER_WORDS:
            between = {w.lower() for w in _words(text[noun_end : after[0]])}
            # "The attack killed a soldier and wounded two civilians": a toll right before the article is this
            # person's, the one after "and" another verb's (qty55: the soldier was read as injured)
            own_verb = articles and between & and_words and any(
                b <= m.start("one") and not _words(text[b : m.start("one")]) for _, b, _ in tolls)
            if not between & (reporting | relatives) and not own_verb and _ages_only(text, noun_end, after[0], cands):
                found = after
        if found is None:
            # the toll right before: "погиб мужчина", "Murió un hombre de 67 años", "È morto un uomo"
            first = m.start("one") if articles else noun_start
            before = next(((a, b, key) for a, b, key in reversed(tolls) if b <= first), None)
            # nothing between but an age ("погиб 67-летний мужчина"): "One of those killed was a child", "Jedna z
            # ofiar to dziecko" name a victim among the counted, no toll of their own
            gap = _words(text[before[1] : first]) if before else []
            if before and len(gap) <= _BEFORE_WORDS and all(any(ch.isdigit() for ch in w) for w in gap) and _ages_only(
                    text, before[1], first, cands):
                found = before
        if found is None:
            continue
        # (a figure a colon parts from the noun is a headline's other half: "…בעוצמה 6.1 בכרתים: אישה נהרגה")
        if not articles and any(b <= noun_start and noun_start - b <= 14 and ":" not in text[b:noun_start]
                                and not _joined(text[b:noun_start], lang)
                                and not _ages_only(text, a, b, [(a, b, {})]) for a, b, _ in cands):
            continue  # "пять человек погибли", "5 мужчин": the figure before the noun counts them
        start, end = m.span("one") if articles else (noun_start, noun_end)
        # no upper bound: one victim named, not the whole toll (:func:`._records.one_named`)
        out.append((start, end, {"value": 1.0, "low": 1.0, "high": None, "kind": "count", "unit": found[2]}))
    return out


def _joined(between: str, lang: str) -> bool:
    """Whether the words between a figure and a person noun hold the language's "and" ("Две женщины и мужчина
    погибли": the figure counts the women, the man is one of his own; qty55)."""
    and_words = profile(lang).people_and
    return any(w.lower() in and_words for w in _words(between))
