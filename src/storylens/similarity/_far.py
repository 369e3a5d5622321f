"""What the far-apart rule (:func:`~storylens.similarity._verdict._published_apart`) reads beyond the shared names,
places, days and figures: the publication gap it may trust, and the weak ties of one story told weeks apart.

Issue #11 (newuser66): one office holder's two events months apart, and two blasts on one template, were "same story".
The rule that holds such pairs apart (samestory67) split true stories that testers (break67s, break67s2) wrote: a fine
six weeks after a plant failure naming the company only at a sentence start ("Covestro was fined ..."), "Nguyen Van
An" and "Mr Nguyen", a follow-up recalling the month ("the blast in March", "im März", "last month's explosion"), one
blast told from Ludwigshafen and from its district Oppau, a date written "04/03/2026" read the other way round, a
year's typo. Each is one tie here; any one keeps the rule silent.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache, lru_cache

from ..settings import DEFAULT
from ..text import (
    alternation,
    base,
    calendar_words,
    courtesy_titles_any,
    institution_name_only,
    month_names,
    profile,
    role_words_any,
    stop_words,
)
from ._common import _fold
from ._places import Gazetteer
from ._sides import _Text

# A word as the ties read it: letters, with inner hyphens and apostrophes ("Nguyen", "TotalEnergies", "Bourg-en-Bresse").
_WORD = re.compile(r"[^\W\d_](?:[\w’'-]*\w)?")
# Languages that capitalise every noun but have no text data saying so (Luxembourgish): a capital says no more there
# than in German (text data "capitalised_nouns").
_NOUNS_CAPITALISED = frozenset({"lb"})
# An elided French or Italian article or pronoun fused to the word opening a sentence ("L'entreprise", "L'enquête",
# "D'après"): the word after it is what may be a name.
_ELIDED = re.compile(r"^(?:[LlDdJjMmNnSsTtCc]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’]")
# Articles before which a courtesy title is a noun ("eine Frau Anfang 60", "a Mr Average"), not a title; a preposition
# before it is not ("gegen Frau Müller").
_ARTICLES = frozenset({"a", "an", "the", "ein", "eine", "einer", "einem", "einen", "eines", "die", "der", "den", "dem",
                       "des", "das", "un", "une", "le", "la", "les"})
# Where a sentence starts: the text's start, a line's, or after a full stop, question or exclamation mark (a closing
# quotation mark allowed) and a space.
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?][\"”»’']?\s+)\s*[\"“„«]?(?P<word>[^\W\d_][\w’'-]*)", re.MULTILINE)


def _published_apart_gap(a: str | None, b: str | None, least: int) -> float | None:
    """The publication gap in days the far-apart rule may read, or None when either date is unknown or the gap may be a
    misread date rather than two times (``a``, ``b``: ISO dates, their first 10 characters read; ``least``:
    settings.published_apart_days):

    - a date whose day and month are both 12 or less may have been written "04/03/2026" and read the other way round
      (break67s pair 41: one tornado on "04/03/2026" and "April 3, 2026", 30 days apart read day-first): when swapping
      the two fields of either date brings the gap below ``least``, the gap is unknown. The ISO date that reaches the
      rule no longer says how it was written, so any such date counts.
    - two dates a whole number of years apart on the same month and day are a year's typo as often as an anniversary
      (break67s pair 11): unknown too, whatever else the texts share.
    """
    da, db = _day(a), _day(b)
    if da is None or db is None:
        return None
    gap = abs((da - db).days)
    if da.year != db.year and (da.month, da.day) == (db.month, db.day):
        return None
    for x, y in ((da, db), (db, da)):
        swapped = _swapped(x)
        if swapped is not None and abs((swapped - y).days) < least:
            return None
    return float(gap)


def _day(iso: str | None) -> date | None:
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def _swapped(d: date) -> date | None:
    """``d`` with its day and month swapped, when both are 12 or less and differ, else None."""
    if d.day > 12 or d.day == d.month:
        return None
    return d.replace(month=d.day, day=d.month)


def _nouns_capitalised(a: _Text, b: _Text) -> str:
    """The base code of the first of ``a``, ``b`` whose language capitalises every noun (text data
    "capitalised_nouns": German; Luxembourgish), or "". There the name reader drops every capitalised word its lexicon
    knows with a capital lemma ("Passau", "Trier", "Bayer", "Siemens" are German nouns too), so the far-apart rule
    cannot establish that two texts name nothing in common (break68s: 7 German follow-ups split)."""
    for t in (a, b):
        lang = base(t.lang)
        if lang and (lang in _NOUNS_CAPITALISED or profile(lang).capitalised_nouns):
            return lang
    return ""


def _far_ties(a: _Text, b: _Text, gazetteer: Gazetteer | None = None) -> tuple[tuple[str, str], ...]:
    """The weak ties of one story two texts published weeks apart share, as (folded word or "", what is shared for the
    reasons), empty when none; the rule drops the words of the office holders' names it weighed already (a holder's
    surname opens sentences in each of his events). Read only for a dated pair the rule may hold apart. The ties:

    - a capitalised word at a sentence start of one text that the other text writes capitalised too, that is no stop
      word, month or weekday of the language and that its lexicon does not know as a common word (a lone word opening a
      sentence, not a run of capitalised words the name reader reads: break67s2, "Covestro was fined 2 million euros"
      six weeks after "The operator Covestro said a valve had failed"; "Fire", "Mayor", "Explosion" are the lexicon's);
    - a run of two or more capitalised words opening a sentence of one text that the other writes whole, no title
      before a name in either (break68s2: "Kestrel Foods recalled ..." / "Kestrel Foods was fined ..."; a shared last
      word alone, "Harvest Dairy" / "Meadow Dairy", ties nothing; "Transport Secretary Louise Haigh" is her title);
    - a family name after a courtesy title in one text that the other writes capitalised ("Mr Nguyen" / "Nguyen Van An",
      "Frau Schneider" / "Anna Schneider", family name first or last);
    - a place named as part of another in one text ("Oppau, a district of Ludwigshafen") whose part or whole the other
      writes;
    - the later text recalling the earlier's month beside an event noun of its language ("the blast in March", "the
      January 5 attack", "die Explosion im März", "l'explosion survenue en mars", "last month's explosion" a month on);
    - in a language that capitalises every noun (:func:`_nouns_capitalised`), a capitalised word right after a place
      or source preposition of the language (text data ``far_tie_prepositions``: "in Passau", "von Bayer") that the
      other text writes capitalised (break68s: the name reader drops "Passau", "Bayer" as known nouns).

    ``gazetteer``: a country the gazetteer knows opening a sentence is no tie (break68s d08: "Ukraine" opens sentences
    of two events); None reads no countries.
    """
    if base(a.lang) is None or base(b.lang) is None:
        return ()
    out: list[tuple[str, str]] = []
    if a.cased and b.cased:
        for x, y in ((a, b), (b, a)):
            written = _capitalised(y.text)
            lang = base(x.lang) or ""
            for word in _sentence_start_words(x.text, lang):
                if word in written and not _country(word, gazetteer):
                    out.append((_fold(word).replace(" ", ""), f"{word} at a sentence start"))
            for run in _sentence_start_runs(x.text, lang):
                # the whole run, not a shared last word: "Harvest Dairy" / "Meadow Dairy" are two companies
                if _writes(y.text, run) and not _before_name(x.text, run) and not _before_name(y.text, run) \
                        and not _country(run, gazetteer) and not _body_of_place(x.text, run):
                    out.append((_fold(run), f"{run} at a sentence start"))
            for word in _after_preposition(x.text, lang):
                if word in written and not _country(word, gazetteer):
                    out.append((_fold(word).replace(" ", ""), f"{word} in both"))
            for word in _after_courtesy_title(x.text, lang):
                if word in written:
                    out.append((_fold(word).replace(" ", ""), f"the family name {word}"))
            for part, whole in _districts(x.text, lang):
                if part in written or whole in written:
                    out.append(("", f"{part}, part of {whole}"))
    recalled = _recalled_month(a, b) or _recalled_year(a, b)
    if recalled:
        out.append(("", recalled))
    return tuple(dict.fromkeys(out))


# Per text, not per pair: a dated stream reads each text against many others weeks apart (BASIL tune's 150 texts make
# 10,761 such pairs; 0.22 CPU-ms a pair with these cached).
@lru_cache(maxsize=1024)
def _capitalised(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text) if w[:1].isupper())


def _country(word: str, gazetteer: Gazetteer | None) -> bool:
    """Whether ``word`` names a country alone (gazetteer ids of two capitals): every event in it writes it."""
    return gazetteer is not None and any(len(p) == 2 and p.isupper() for p in gazetteer.find(word, strict=True))


@lru_cache(maxsize=1024)
def _after_preposition(text: str, lang: str) -> tuple[str, ...]:
    """The capitalised words right after a preposition of ``lang``'s ``far_tie_prepositions`` in ``text`` ("in
    Passau", "bei Siemens"), no stop word or month; none for a language without them."""
    pattern = _preposition_pattern(lang)
    if pattern is None:
        return ()
    skip = stop_words(lang) | calendar_words(lang)
    return tuple(w for m in pattern.finditer(text) if (w := m.group("name")).lower() not in skip)


@cache
def _preposition_pattern(lang: str) -> re.Pattern[str] | None:
    words = profile(lang).far_tie_prepositions
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w-])(?:{alternatives}) (?P<name>[^\W\d_][\w’'-]*\w)(?![\w’'-])")


@lru_cache(maxsize=1024)
def _sentence_start_words(text: str, lang: str) -> tuple[str, ...]:
    """The capitalised words opening a sentence of ``text`` (``lang``: a base code) alone, the next word not
    capitalised, that may be names: no stop word, month or weekday of the language, and not a word its lexicon knows
    as a common one (German: a noun the lexicon knows; others: the word in lower case)."""
    from .._cache import is_known, lemmatize  # simplemma, answered from disk when asked before

    stops = stop_words(lang)
    calendar = calendar_words(lang)
    out: list[str] = []
    for m in _SENTENCE_START.finditer(text):
        word = m.group("word").rstrip("’'-")
        if lang in {"fr", "it"}:
            word = _ELIDED.sub("", word)  # "L'entreprise": "entreprise", in lower case, is no name
        if len(word) < 3 or not word[:1].isupper():
            continue
        after = text[m.end("word"):].lstrip(" ")
        if after[:1].isupper():
            continue  # a run of capitalised words: the name reader's ("Republican National Committee")
        low = word.lower()
        if low in stops or low in calendar:
            continue
        if lang == "de":
            if is_known(word, "de") and lemmatize(word, "de")[:1].isupper():
                continue
        elif is_known(low, lang):
            continue
        out.append(word)
    return tuple(out)


@lru_cache(maxsize=1024)
def _sentence_start_runs(text: str, lang: str) -> tuple[str, ...]:
    """The runs of two or more capitalised words opening a sentence of ``text`` (``lang``: a base code), leading stop
    words, months and weekdays of the language dropped ("The Kestrel Foods board" -> "Kestrel Foods"). A company of
    ordinary words written only at sentence starts ("Kestrel Foods recalled ...", "National Grid said ...") is read
    by no other tie: :func:`_sentence_start_words` skips runs and its words are the lexicon's (break68s2 t08, v01,
    w03). No lexicon check: the caller needs the other text to write the whole run."""
    skip = stop_words(lang) | calendar_words(lang)
    out: list[str] = []
    for m in _SENTENCE_START.finditer(text):
        words: list[str] = []
        end = m.start("word")
        for w in _RUN_WORD.finditer(text, end):
            if not w.group(0)[:1].isupper() or (words and text[end:w.start()] != " "):
                break
            words.append(w.group(0).rstrip("’'-"))
            end = w.end()
        while words and words[0].lower() in skip:
            words.pop(0)
        while words and words[-1].lower() in skip:
            words.pop()
        if len(words) >= 2:
            out.append(" ".join(words))
    return tuple(dict.fromkeys(out))


_RUN_WORD = re.compile(r"[^\W\d_][\w’'-]*")


def _body_of_place(text: str, run: str) -> bool:
    """Whether ``run`` opens a public body's name of a place, as its last word or the words after it show (text data
    ``institution_words``: "West Yorkshire Fire" of "West Yorkshire Fire and Rescue Service", "Leeds City Council",
    "Devon Police"): one county's fire service attends every fire of the county, so its name ties no two events
    (newuser68: two fires 126 days apart, "what ties them: West Yorkshire Fire at a sentence start")."""
    if institution_name_only(run.split()[-1]):
        return True
    after = re.match(r"[ \t]+(?:(?:and|und|et|y|&)[ \t]+)?([^\W\d_][\w'’-]*)", text[text.find(run) + len(run):])
    return after is not None and institution_name_only(after.group(1))


def _writes(text: str, run: str) -> bool:
    """Whether ``text`` writes ``run`` as whole words (case as written)."""
    return re.search(rf"(?<![\w’'-]){re.escape(run)}(?![\w’'-])", text) is not None


def _before_name(text: str, run: str) -> bool:
    """Whether ``text`` writes ``run`` right before another capitalised word: a title before a name ("Transport
    Secretary Louise Haigh" in each of her events), the holder's name weighed by the rule already."""
    return any(text[m.end():m.end() + 1].isupper()
               for m in re.finditer(rf"(?<![\w’'-]){re.escape(run)} ", text))


@lru_cache(maxsize=1024)
def _after_courtesy_title(text: str, lang: str) -> tuple[str, ...]:
    """The capitalised words right after a courtesy title of ``lang`` in ``text`` ("Mr Nguyen", "Frau Schneider"), but
    a word the lexicon knows as a common one where the title is a noun: after an article ("eine Frau Anfang 60") or
    before a figure ("Frau Mitte 40"). "Schneider", "Müller" are German nouns as well as family names, so a known
    word alone does not decide (break68s d10)."""
    pattern = _courtesy_pattern(lang)
    if pattern is None:
        return ()
    from .._cache import is_known, lemmatize  # simplemma, answered from disk when asked before

    out: list[str] = []
    for m in pattern.finditer(text):
        word = m.group("name")
        if word.casefold() in _title_words():
            continue  # "Señor Presidente", "Mr President", "Herr Minister": a role, no family name (names69b)
        common = (is_known(word, lang) and lemmatize(word, lang)[:1].isupper()) if lang == "de" \
            else is_known(word.lower(), lang)
        before = text[:m.start()].rstrip().rsplit(None, 1)
        noun = (bool(before) and before[-1].lower() in _ARTICLES) or bool(re.match(r"\s*\d", text[m.end():]))
        if not (common and noun):
            out.append(word)
    return tuple(out)


@cache
def _title_words() -> frozenset[str]:
    """Folded role words and courtesy titles of every language (text data "role_words", "courtesy_titles"): a word
    after a courtesy title that is one of them is no family name."""
    return role_words_any() | courtesy_titles_any()


@cache
def _courtesy_pattern(lang: str) -> re.Pattern[str] | None:
    titles = profile(lang).courtesy_titles
    if not titles:
        return None
    return re.compile(rf"(?<![\w.])(?:{alternation(titles)})(?!\w) (?P<name>[^\W\d_][\w’'-]*\w)")


@lru_cache(maxsize=1024)
def _districts(text: str, lang: str) -> tuple[tuple[str, str], ...]:
    """(part, whole) of each place ``text`` names as part of another (text data ``district_of`` of ``lang``)."""
    return tuple((m.group("part"), m.group("whole")) for p in _district_patterns(lang) for m in p.finditer(text))


@cache
def _district_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in profile(lang).district_of)


def _recalled_month(a: _Text, b: _Text) -> str:
    """How the later text recalls the earlier one's event by an event noun of its language (text data ``event_nouns``
    and ``recall_nouns``: "fire", "Hochwasser", "incendie"), or "": the earlier publication's month or that of the
    week before it (the event is reported after it happens), written as a month name within a sentence's reach of the
    noun ("the blast in March", "the January 5 attack", "die Explosion im März") whose last time on or before the later
    publication is that month (break68s d11: "the explosion in March" a year on is this year's March); or the month
    before the later publication's when that is such a month, or the earlier text came out at most
    settings.published_apart_last_month_days before ("last month's explosion" on 4 March of a blast on 30 January, break68s s12; text
    data ``last_month``); or a capitalised word right before the noun, inside a sentence, that the earlier text writes
    capitalised ("Six weeks after the Covestro blast"). English writes a month with a capital ("may", "march" are
    verbs)."""
    da, db = _day(a.published), _day(b.published)
    if da is None or db is None or da == db:
        return ""
    later = b if da < db else a
    first, last = min(da, db), max(da, db)
    week_before = first - timedelta(days=7)
    months = {(first.year, first.month), (week_before.year, week_before.month)}
    lang = base(later.lang) or ""
    nouns = _event_noun_pattern(lang)
    if nouns is None:
        return ""
    names = month_names(lang)
    capital = lang in {"en", "de"}
    before_last = last.replace(day=1) - timedelta(days=1)
    loose = (last - first).days <= DEFAULT.published_apart_last_month_days
    recall_last = _last_month_pattern(lang) if (before_last.year, before_last.month) in months or loose else None
    earlier_written = _capitalised((a if later is b else b).text)
    stops = stop_words(lang)
    for m in nouns.finditer(later.text):
        start = max(later.text.rfind(".", 0, m.start()), later.text.rfind("\n", 0, m.start())) + 1
        stop = min((i for i in (later.text.find(".", m.end()), later.text.find("\n", m.end())) if i >= 0),
                   default=len(later.text))
        window = later.text[max(start, m.start() - 60):min(stop, m.end() + 60)]
        for w in _WORD.findall(window):
            month = names.get(w.casefold())
            if month is None or (capital and not w[:1].isupper()):
                continue
            # the month's last time on or before the later publication: within a year, never after it
            if (last.year if month <= last.month else last.year - 1, month) in months:
                return f"recalls {w} ({m.group(0)})"
        if recall_last is not None and (found := recall_last.search(window)):
            return f"recalls {found.group(0).strip()} ({m.group(0)})"
        # "the Covestro blast", "the Lanxess explosion's victims": a name before the noun, not opening the sentence
        before = re.search(r"(?<=[a-z,;] )(?:the |der |die |das |l'|la |le )?([^\W\d_][\w-]*?)(?:'s|’s)? $",
                           later.text[start:m.start()])
        if before is not None and before.group(1)[:1].isupper() and before.group(1) in earlier_written \
                and before.group(1).lower() not in stops | calendar_words(lang) \
                and not _noun_in_name(later.text, m, lang):  # "the Tuesday blast": any week's
            return f"recalls the {before.group(1)} {m.group(0)}"
    return ""


def _recalled_year(a: _Text, b: _Text) -> str:
    """How the later text recalls an event of the year before its own, the earlier text's (text data ``last_year``:
    "last year's derailment", "a year after", "l'année dernière", "im vergangenen Jahr", "el año pasado"), or "":
    only when the earlier text came out in the calendar year before the later one's. A back reference with no event
    noun, which Portuguese, Czech or Swedish data do not list: apart72, an anniversary "one year after the freight
    train derailment" with neither its day nor its toll was held apart by the place rule (p71-en-anniversary-bare)."""
    da, db = _day(a.published), _day(b.published)
    if da is None or db is None or abs(da.year - db.year) != 1:
        return ""
    later = b if da < db else a
    pattern = _last_year_pattern(base(later.lang) or "")
    found = pattern.search(later.text) if pattern is not None else None
    return f"recalls {found.group(0).strip()}" if found else ""


@cache
def _last_year_pattern(lang: str) -> re.Pattern[str] | None:
    phrases = profile(lang).last_year if lang else ()
    return re.compile("|".join(phrases), re.IGNORECASE) if phrases else None


def _noun_in_name(text: str, noun: re.Match[str], lang: str) -> bool:
    """Whether the event noun at ``noun`` is a word of a body's name: written with a capital where its language writes
    nouns small, or followed by another capitalised word ("West Yorkshire Fire and Rescue Service", "Fire Department":
    newuser68 read two fires' services as "recalls the Yorkshire Fire")."""
    if lang != "de" and noun.group(0)[:1].isupper():
        return True
    return _NAME_GOES_ON.match(text, noun.end()) is not None


# after a noun, the next word of a name: "Fire and Rescue Service", "Fire Brigade", "Explosion & Co"
_NAME_GOES_ON = re.compile(r"[ \t]+(?:(?:and|und|et|y|e|&)[ \t]+)?[^\W\d_a-zß-ÿ]")


@cache
def _event_noun_pattern(lang: str) -> re.Pattern[str] | None:
    nouns = profile(lang).event_nouns + profile(lang).recall_nouns
    return re.compile("|".join(nouns), re.IGNORECASE) if nouns else None


@cache
def _last_month_pattern(lang: str) -> re.Pattern[str] | None:
    phrases = profile(lang).last_month
    return re.compile("|".join(phrases), re.IGNORECASE) if phrases else None


# a quotation's words: between straight, curly, guillemet or low-9 quotes, on one line
_QUOTED = re.compile(r"[\"“”«»„]([^\"“”«»„\n]{10,400})[\"“”«»„]")
_QUOTE_WORDS = 5


def _place_recalls(a: _Text, b: _Text) -> tuple[str, ...]:
    """What ties a later text to the earlier's event beyond the place they share, read only by the far-apart rule's
    place tie (:attr:`PairFeatures.place_recalls`; apart72fix MEDIUM-3): the later text naming the earlier
    publication's month (or that of the week before it) by a month word of its language, with no event noun needed
    ("flooded in January", "last January", "el pasado mes de enero": two events in one city months apart seldom
    fall in the month the other's report came out), and a quotation of 5+ words both texts write ("We will rebuild
    this city")."""
    out: list[str] = []
    da, db = _day(a.published), _day(b.published)
    if da is not None and db is not None and da != db:
        earlier, later = (da, b) if da < db else (db, a)
        lang = later.lang or ""
        names = month_names(lang)
        months = {earlier.month, (earlier - timedelta(days=7)).month}
        capital = base(lang) in {"en", "de"}
        for w in set(re.findall(r"[^\W\d_]+", later.text)):
            month = names.get(w.casefold())
            if month in months and (not capital or w[:1].isupper()) and not _own_month(later, month):
                out.append(w)
                break
    shared = _quote_grams(a.text) & _quote_grams(b.text)
    if shared:
        out.append("“" + min(shared) + "…”")
    return tuple(out)


def _own_month(t: _Text, month: int) -> bool:
    """Whether ``month`` is ``t``'s own publication month (a text dates its own days by it)."""
    d = _day(t.published)
    return d is not None and d.month == month


def _quote_grams(text: str) -> frozenset[str]:
    """The 5-word runs of the text's quotations, folded."""
    out: set[str] = set()
    for m in _QUOTED.finditer(text):
        words = re.findall(r"\w+", m.group(1).casefold())
        out.update(" ".join(words[i:i + _QUOTE_WORDS]) for i in range(len(words) - _QUOTE_WORDS + 1))
    return frozenset(out)

