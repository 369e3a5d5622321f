"""Counts of people read as the count of the evacuated where two aligned sentences both tell an evacuation:
:func:`evacuee_reading` (issue #12, newuser72 HIGH-1).

One language writes the evacuees as a measure of their own ("Rund 1200 Anwohner … wurden evakuiert" reads
"evacuated", as do "ewakuowano", "tahliye edildiğini", "تم إجلاء"), another as people ("About 2,000 residents …
were evacuated", "habitants", "vecinos", "жителей", "居民" read "person"); two keys, so the figures were never
set side by side and 2,000 against 1,200 evacuees was shown as agreement. Stop 72 read such counts as
"evacuated" when they were read (every sentence, every report): its tester found 27 losses ("were not evacuated",
"3,000 residents, many of whom were evacuated", "while the factory was evacuated" read as evacuees). Here the
reading is made only for two aligned sentences that both count evacuees, and only for a count of people tied
to an affirmed evacuation word of its language in one clause (text data "evacuee_words", "evacuee_breaks").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from ...text import LANGUAGES, profile
from ._measures import unit_key

# What the evacuees are counted as, and the key of a count of people (text data "measures").
EVACUATED = "evacuated"
_PERSON = "person"

# How far apart a count of people and its evacuation word may stand. After the count: its noun, a short
# modifier or relative clause and the passive's auxiliary ("About 2,000 residents living near the site were
# evacuated", "Около 1200 жителей, проживающих рядом с предприятием, были эвакуированы": 6 and 7 words); before
# it, the verb's object follows at once ("evacuated about 2,000 residents", "تم إجلاء نحو 1200 من السكان").
# Characters for Chinese, which writes no spaces ("约2000名附近居民已被疏散": 7 characters). Set by hand on
# newuser72's texts and the probes of benchmarks/data/conflict_probes73_evac.jsonl (not tuned on a split).
_AFTER_WORDS, _BEFORE_WORDS = 12, 4
_AFTER_CHARS, _BEFORE_CHARS = 16, 6
# Words (Chinese: characters) before an evacuation word that precedes its count whose negation or modality
# reaches it ("did not evacuate", "nie ewakuowano", "لم يتم إجلاء", "plans to evacuate", "未疏散").
_LEAD_WORDS = 3
# The characters either side of a count searched for its evacuation word: past the gaps above in any script.
_WINDOW = 200


def _spaceless(lang: str) -> bool:
    return lang in ("zh", "ja")


@cache
def _words(lang: str) -> re.Pattern[str] | None:
    words = profile(lang).evacuee_words if lang in LANGUAGES else ()
    return re.compile("|".join(f"(?:{p})" for p in words), re.IGNORECASE) if words else None


@cache
def _breaks(lang: str) -> re.Pattern[str] | None:
    """The language's break words (text data "evacuee_breaks") and its negations (text data "negation"), as one
    pattern: a negation is a whole word ("not", "nie", "لم"), but "n't" closes one and "n'" opens one, and a
    Chinese one is a run of characters ("没有", "未")."""
    prof = profile(lang)
    parts = [f"(?:{p})" for p in prof.evacuee_breaks]
    for w in prof.negation:
        w = w.replace("’", "'")
        if _spaceless(lang):
            parts.append(re.escape(w))
            continue
        left = "" if w.startswith("n't") else r"(?<!\w)"
        right = "" if w.endswith("'") else r"(?!\w)"
        parts.append(left + re.escape(w) + right)
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


# A sentence's or a clause's end between a count and an evacuation word (the claim-wide check reads a report's
# sentences of a claim as one text): the count is another sentence's.
_CLAUSE_END = re.compile(r"[.!?;:()\[\]。！？；：]")


def _apart(gap: str, lang: str, breaks: re.Pattern[str]) -> bool:
    """Whether ``gap`` (the text between a count and its evacuation word) sets them apart: another figure, a
    clause's end, a break word or a negation of the language."""
    return bool(re.search(r"\d", gap) or _CLAUSE_END.search(gap) or breaks.search(gap.replace("’", "'")))


def _count_words(text: str, lang: str) -> int:
    return len(text.strip()) if _spaceless(lang) else len(text.split())


def _tied(text: str, lang: str, q: Any) -> bool:
    """Whether the count ``q`` of ``text`` is tied to an affirmed evacuation word in one clause: the nearest such word
    after it within :data:`_AFTER_WORDS` ("2,000 residents … were evacuated") or before it within
    :data:`_BEFORE_WORDS` ("evacuated 300 residents"), with no other figure, clause end, break word or negation
    between (nor, for a word before, in the words just before it). A farther word's gap holds the nearer word's, so
    only the nearest of each side is read, in a window of :data:`_WINDOW` characters (a long sentence of many counts
    costs no scan of the whole sentence per count)."""
    words, breaks = _words(lang), _breaks(lang)
    start, end = getattr(q, "start", None), getattr(q, "end", None)
    if words is None or breaks is None or start is None or not end or text[start:end] != q.text:
        return False
    after = words.search(text, end, min(len(text), end + _WINDOW))
    if after is not None:
        gap = text[end : after.start()]
        if _count_words(gap, lang) <= (_AFTER_CHARS if _spaceless(lang) else _AFTER_WORDS) \
                and not _apart(gap, lang, breaks):
            return True
    low = max(0, start - _WINDOW)
    before = None
    for before in words.finditer(text, low, start):
        pass
    if before is None or before.end() > start:
        return False
    lead = text[max(low, before.start() - _WINDOW // 4) : before.start()]
    lead = lead[-_LEAD_WORDS:] if _spaceless(lang) else " ".join(lead.split()[-_LEAD_WORDS:])
    gap = text[before.end() : start]
    # a comma after the word closes its object: "evacuated the area, pulling 300 people" (break_evac73)
    return _count_words(gap, lang) <= (_BEFORE_CHARS if _spaceless(lang) else _BEFORE_WORDS) \
        and "," not in gap and "،" not in gap and not _apart(f"{lead} {gap}", lang, breaks)


# Chinese people counted with a modifier of place between classifier and noun ("约2000名附近居民已被疏散"), which
# extraction reads by the modifier ("附近", nearby): people here only, where the count is tied to its evacuation
# (read as people everywhere, "约2000名附近居民未被疏散" met another report's count of people; break_evac73).
_ZH_PEOPLE_AFTER = re.compile(r"\s*名(?:附近|周边|周邊|当地|當地|周围|周圍|沿岸|下游)(?:居民|村民|民众|民眾|群众|群眾)")


def _people(text: str, lang: str | None, q: Any, key: str | None) -> bool:
    if key == _PERSON:
        return True
    end = getattr(q, "end", None)
    return lang == "zh" and isinstance(end, int) and bool(_ZH_PEOPLE_AFTER.match(text, end))


def _evacuees(text: str, lang: str | None, counts: Sequence[Any]) -> tuple[list[Any], bool]:
    """``counts`` with each count of people tied to an evacuation word (:func:`_tied`) read as evacuated, and
    whether the sentence counts evacuees: a count of people or of the evacuated so tied."""
    out, tied = [], False
    for q in counts:
        key = unit_key(q.unit) if lang and q.value else None
        if q.value and (key == EVACUATED or _people(text, lang, q, key)) and _tied(text, lang or "", q):
            # a count read "evacuated" by extraction is proof only when tied too: extraction reads partitives,
            # plans, nouns and populations so ("3.000 kişinin bir kısmı tahliye edildi", "Die Evakuierung von
            # 5000 Anwohnern wurde abgesagt", "Das Dorf hat 3000 Einwohner und wurde evakuiert"; break_evac73)
            out.append(q if key == EVACUATED else replace(q, unit=EVACUATED))
            tied = True
        else:
            out.append(q)
    return out, tied


def evacuee_reading(text_a: str, lang_a: str | None, counts_a: Sequence[Any], text_b: str, lang_b: str | None,
                    counts_b: Sequence[Any]) -> tuple[list[Any], list[Any]]:
    """The counts of two aligned sentences, each count of people tied to an affirmed evacuation word of its
    language read as the count of the evacuated ("About 2,000 residents … were evacuated" -> 2,000 evacuated),
    when both sentences hold a count so tied (a count read "evacuated" by extraction counts only if tied too): so "evacuated: 2,000 vs 1200" against
    "Rund 1200 Anwohner … wurden evakuiert", and "evacuated: 1,200 vs 2,000", not "person: …", between two English
    reports. Otherwise both as given: a count of people of a sentence that counts no evacuees, or a count not
    tied to its evacuation word ("were not evacuated", "3,000 residents, many of whom were evacuated", "while the
    factory was evacuated"), is compared as before."""
    read_a, tied_a = _evacuees(text_a, lang_a, counts_a)
    if not tied_a:
        return list(counts_a), list(counts_b)
    read_b, tied_b = _evacuees(text_b, lang_b, counts_b)
    if not tied_b:
        return list(counts_a), list(counts_b)
    return read_a, read_b
