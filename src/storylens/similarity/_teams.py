"""Teams and contests read in one text: a club's name run, the sides of a contest, its result."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from ..text import LANGUAGES as TEXT_LANGUAGES
from ..text import (
    base,
    calendar_word,
    club_acronyms,
    club_words,
    given_name_gender,
    language_word,
    profile,
)
from ._common import _WORD, PLACE_LEAD_CHARS, _fold
from ._offices import _GENITIVE_MIN, _possessive_key
from ._places import _unelided

if TYPE_CHECKING:
    from ._sides import _Text


# the digits a cut ends on when it runs through a number (with its decimal and group marks)
_CUT_NUMBER = re.compile(r"\d[\d.,]*$")


def _lead_cut(text: str, chars: int = PLACE_LEAD_CHARS) -> str:
    """The first ``chars`` characters of ``text`` (the opening the rules read), without the part of a number the cut
    runs through: "seit Juni 2024" cut after "Juni 20" dated an event on 20 June (join54: a Handelsblatt report of the
    ECB's rate cut held apart from its Turkish report, "the openings date two events a week or more apart, 20 June and
    5 June")."""
    cut = text[:chars]
    if len(text) > chars and text[chars].isdigit() and cut[-1:].isdigit():
        return _CUT_NUMBER.sub("", cut)
    return cut


def _data_languages(lang: str | None) -> list[str]:
    """The language of ``lang``'s text data, or every language with text data when it has none (or is unknown)."""
    code = base(lang) if lang else None
    return [code] if code and code in TEXT_LANGUAGES else list(TEXT_LANGUAGES)

_CLAUSE_BREAK = re.compile(r"[,.;:!?\n\"“”«»—–()，。；：！？]")

# A lowercase word of at most this many letters between two capitalised words of a team's name is a particle of the
# name ("Atlético de Madrid", "Olympique de Marseille", "Athletic Club"): a rule, not tuned.
_PARTICLE_LETTERS = 3

# The lowercase words inside a club's or firm's name ("Atlético de Madrid", "Olympique de Marseille", "Bank of
# America"), as written: no preposition of place or time ("in Munich", "am Samstag").
_NAME_PARTICLES = frozenset({"de", "del", "della", "di", "da", "do", "dos", "du", "des", "la", "von", "van", "of", "y"})

# Auxiliaries between a team and a contest cue ("has beaten", "hat ... besiegt", "a battu", "ha derrotado"): folded.
_CONTEST_AUXILIARIES = frozenset({"has", "have", "had", "hat", "haben", "hatte", "a", "ont", "ha", "han", "hanno",
                                  "heeft", "hebben"})


# Words of time that open a sentence capitalised or stand before a contest as its "when", never a club's name:
# "Yesterday's 2-1 win over Chelsea", "Last night's defeat by Everton", "Tonight's derby", "the Second leg";
# lower case, a possessive's ending cut off (:func:`_when_word`). Weekdays and months of every language are the text
# layer's (text.calendar_word). A rule, not tuned (break55 F2).
_WHEN_WORDS = frozenset(
    "yesterday today tonight tomorrow weekend night morning evening afternoon midweek last this next week month year "
    "season first second third fourth fifth gestern heute morgen abend wochenende hier aujourd'hui ayer hoy mañana "
    "ieri oggi domani".split())


def _when_word(word: str) -> bool:
    """Whether ``word`` tells when, not who: a weekday or month of any language (text.calendar_word, also with a
    possessive's "'s" or a German genitive's "s": "Saturday's", "Samstags"), or a word of :data:`_WHEN_WORDS`
    ("Yesterday's", "Tonight's"). A possessive's 's on a club ("Liverpool's 2-1 win") keeps the club."""
    key = _possessive_key(_unelided(word))
    return key in _WHEN_WORDS or calendar_word(key) or (key.endswith("s") and len(key) > _GENITIVE_MIN
                                                        and calendar_word(key[:-1]))


# A possessive's mark at a word's end ("Saturday's", "Sundays'"), and the last words before a contest cue where a day's
# possessive names the contest ("Saturday's 1-2 derby defeat by": the result's digits are no words): a rule, not tuned.
_POSSESSIVE_MARK = re.compile(r"['’]s?$")
_DAY_POSSESSIVE_WORDS = 3


def _name_run(words: Sequence[str], start: int, step: int) -> list[str]:
    """The capitalised words of a name from ``words[start]`` on, reading forward (``step`` 1) or back (-1), with the
    short lowercase particles between two of its words ("Atlético de Madrid") and an elided article cut off
    ("l'Olympique" -> "Olympique"). A word of time (:func:`_when_word`: "Saturday's", "Samstag", "Yesterday's") is
    no part of a club's name and ends the run (break55 F2: "Saturday's 1-2 derby defeat by Everton" read
    "Saturday's" as the side that lost, and a preview and its own match's follow-up were "two matches"); a run that
    starts at one is empty."""
    run: list[str] = []
    k = start
    while 0 <= k < len(words):
        w = re.sub(r"^[a-z][’']", "", words[k])
        if w[:1].isupper() and _when_word(w):
            break
        if w[:1].isupper() or (run and w in _NAME_PARTICLES and 0 <= k + step < len(words)
              and re.sub(r"^[a-z][’']", "", words[k + step])[:1].isupper()):
            run.append(w)
        else:
            break
        k += step
    return run if step > 0 else run[::-1]

# Prepositions whose object is no contest's object in a clause that closes with its verb ("hat am Samstag in der
# Bundesliga Bayer Leverkusen besiegt": "Samstag" and "Bundesliga" are when and where): German's, lower case.
_CLAUSE_PREPOSITIONS = frozenset({"am", "an", "im", "in", "beim", "bei", "vor", "nach", "zum", "zur", "auf", "um",
                                  "aus", "von", "vom", "mit", "seit", "während"})


def _clause_object(before: Sequence[str]) -> list[str]:
    """The object's words of a clause that closes with its contest verb (German's participle: "hat den FC Bayern am
    Dienstag im DFB-Pokal mit 1:0 besiegt"): the last name before the verb, past lowercase words and names that are a
    preposition's object, the preposition one or two words before the name ("am Dienstag", "in der Bundesliga"); a
    run of names after a preposition is a place and a club when it has two words or more ("in München Bayer
    Leverkusen": "Bayer Leverkusen")."""
    k = len(before) - 1
    while k >= 0:
        if not before[k][:1].isupper():
            k -= 1
            continue
        run = _name_run(before, k, -1)
        if not run:
            # a word of time ends every run (:func:`_name_run`), so one read back from it is empty: step past it
            # ("hat Dortmund am Samstag mit 2:1 besiegt"; fix55b read the preposition before "Samstag" and went back
            # to the same word forever: CI's similarity tests hung)
            k -= 1
            continue
        start = k - len(run) + 1
        if any(w in _CLAUSE_PREPOSITIONS for w in before[max(start - 2, 0):start]):
            if len(run) >= 2 and start >= 1 and before[start - 1] in _CLAUSE_PREPOSITIONS:
                return run[1:]
            k = start - 1
            continue
        return run
    return []


def _team_contest(t: _Text) -> tuple[list[str], list[str]] | None:
    """:func:`_team_pairing` of the text data ``contest_cues``: a contest or deal done ("beat", "besiegte")."""
    return _team_pairing(t, _contest_pattern(t.lang), _result_noun_patterns(t.lang))


def _team_fixture(t: _Text) -> tuple[list[str], list[str]] | None:
    """:func:`_team_pairing` of the text data ``fixture_cues``: a match to come ("face", "empfängt", "recibe al",
    "reçoit")."""
    return _team_pairing(t, _cue_pattern(t.lang, "fixture_cues"))


def _team_pairing(t: _Text, pattern: re.Pattern[str] | None, nouns: Sequence[re.Pattern[str]] = ()
                  ) -> tuple[list[str], list[str]] | None:
    """(the subject's words, the object's words) of the first cue of ``pattern`` (text data ``contest_cues``) of ``t``'s
    opening (:func:`_lead_cut`, sentence by sentence) with a capitalised name right before it (an auxiliary between:
    "has beaten", "a battu") and one as its object: within CONTEST_GAP + 1 words after the cue ("beat Barcelona
    3-2", "a battu l'Olympique lyonnais 2-0", a lowercase word right before the result counted: "lyonnais"), or, when
    the cue closes its clause (German's participle: "hat am Samstag in München Borussia Dortmund mit 2:1 besiegt"),
    the last name before it, past lowercase words and results; one naming a side by its acronym alone ("den BVB")
    only when no contest of the opening names both in words; or of a result told as a noun phrase (``nouns``,
    :func:`_contests`: "nach dem 3:0 gegen den FSV Mainz 05"), whose subject is empty when the phrase names no side.
    None when it tells none."""
    found = [sides for sides, _ in _contests(_lead_cut(t.text.strip()), pattern, t.lang, nouns)]
    # a side named by its acronym alone ("Le PSG bat Lyon") has no word the rules match another spelling by: a
    # contest of the opening naming both sides in words ("Le Paris Saint-Germain a battu l'Olympique lyonnais") first
    sides = next((sides for sides in found if all(_club_words(side) for side in sides)), found[0] if found else None)
    if sides is None:
        return None
    subject, obj = sides
    return _acronym_club(subject, t.text), _acronym_club(obj, t.text)


def _acronym_club(side: list[str], text: str) -> list[str]:
    """The words of the club a side named by its acronym alone stands for: a name ``text`` writes whose capitals
    spell it ("Paris Saint-Germain" for "PSG", "Hamburger SV" for "HSV", a club's name: :func:`_club_named`; not "Sportdirektor Clemens Fritz" for
    "SCF", break60c N4), else the club of text data clubs.json
    "acronyms" ("BVB": "Borussia Dortmund"); the side as it is otherwise. break59d F4: "Der BVB hat am Mittwoch Bayer
    Leverkusen mit 2:0 geschlagen. ... für Borussia Dortmund" was neither a side of "Borussia Dortmund beat Schalke
    04 2-0" on Saturday (BVB is no word of it) nor another club (the text writes "Borussia Dortmund"): one story."""
    if len(side) != 1 or not _ACRONYM.fullmatch(side[0]):
        return side
    for m in re.finditer(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*)+", text):
        run = m.group(0).split()
        # any part of the run: a capitalised article or word before the name ("Le Paris Saint-Germain")
        for part in (run[i:j] for i in range(len(run)) for j in range(len(run), i + 1, -1)):
            if "".join(c for w in part for c in w if c.isupper()) == side[0] and _club_words(part) \
                    and _club_named(part):
                return _club_words(part)
    return list(club_acronyms().get(side[0], side))


@lru_cache(maxsize=256)
def _contest_sides(text: str, lang: str | None) -> frozenset[str]:
    """The folded words of both sides of every contest in ``text`` whose sentence gives a result (``_RESULT``,
    :func:`_contests`): "Milan beat Juventus 2-1", "El Barcelona venció al Betis por 2-0", "Barcelona besiegt Betis
    mit 2:0". Such a side is a team, even one named by its city alone (break58: "same place: Barcelona", "different
    places: Milan vs Derby" of match reports)."""
    return frozenset(_fold(w) for (subject, obj), sentence
                     in _contests(text, _contest_pattern(lang), lang, _result_noun_patterns(lang))
                     if next(_results(sentence), None) is not None for w in (*subject, *obj))


def _contests(text: str, pattern: re.Pattern[str] | None, lang: str | None = None,
              nouns: Sequence[re.Pattern[str]] = ()) -> Iterator[tuple[tuple[list[str], list[str]], str]]:
    """((subject's words, object's words), the sentence) of every cue of ``pattern`` (text data ``contest_cues`` or
    ``fixture_cues``) in ``text`` (written in ``lang``) that has both (:func:`_team_pairing` reads the first of an
    opening), and of every result told as a noun phrase (``nouns``: :func:`_result_noun_patterns`) with an object,
    its subject the side the phrase names ("beim 3:0-Sieg des FC Bayern gegen den FSV Mainz 05") or none ("nach dem
    3:0 gegen den FSV Mainz 05": the text's own side, unnamed there); in the order they stand. A result's colon reads
    as a dash in the sentence given. A cue right before a word that links two clauses (text data "clause_links":
    "und", "and", "y") closes its clause, whose object stands before it; a noun of the language's lexicon is no side
    (:func:`_lexicon_noun`); an acronym is (:func:`_side_words`). break59b M3: "Der FC Bayern München hat den BVB mit
    3:0 besiegt und die Tabellenführung verteidigt" read "Tabellenführung" as Bayern's opponent, "BVB" being too short
    a word for a side."""
    if pattern is None and not nouns:
        return
    code = (base(lang) or lang) if lang else None
    links = frozenset(profile(code).clause_links) if code in TEXT_LANGUAGES else frozenset()
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        # a result's colon is no clause break ("hat Bayer Leverkusen mit 2:0 besiegt": the object stands before it),
        # nor a clock time's ("um 20:30 Uhr"), which is no result either
        sentence = _scores_marked(sentence)
        cues = [(m, True) for noun in nouns for m in noun.finditer(sentence)]
        # a verb's cue inside a result's noun phrase ("after Bayern's 3-0 win over Mainz") is that phrase's
        cues += [(m, False) for m in (pattern.finditer(sentence) if pattern is not None else ())
                 if not any(n.start() <= m.start() < n.end() for n, _ in cues)]
        for m, noun in sorted(cues, key=lambda cue: cue[0].start()):
            before = _WORD.findall(_CLAUSE_BREAK.split(sentence[: m.start()])[-1])
            rest = _CLAUSE_BREAK.split(sentence[m.end():], maxsplit=1)[0]
            after = _WORD.findall(re.split(r"\d", rest, maxsplit=1)[0])  # the object's name ends at a result
            subject = _noun_subject(m, code) if noun else _verb_subject(before)
            obj: list[str] = []
            first = next((i for i, w in enumerate(after[: CONTEST_GAP + 1])
                          if re.sub(r"^[a-z][’']", "", w)[:1].isupper()), None)
            if first is not None:
                obj = _name_run(after, first, 1)
                tail = rest.split(obj[-1], 1)[-1] if obj else ""
                nxt = _WORD.findall(tail)[:1]
                if nxt and nxt[0].islower() and len(nxt[0]) > _PARTICLE_LETTERS \
                        and re.match(rf"\W*{re.escape(nxt[0])}\W+\d", tail):
                    obj.append(nxt[0])  # "l'Olympique lyonnais 2-0"
            if obj and _lexicon_noun(obj, code):
                obj = []
            if obj and noun:
                obj = _before_person(obj)
                if _epithet_object(obj, after[first - 1] if first else "", code):
                    obj = []
            if not obj and not noun and (not rest.strip(" \u00a0") or (after[:1] and after[0].casefold() in links)):
                obj = _clause_object(before)
                if obj and subject and obj[0] == subject[0]:
                    obj = []
            subject, obj = _side_words(subject, code), _side_words(obj, code)
            if obj and (subject or noun):
                yield (subject, obj), sentence


def _verb_subject(before: Sequence[str]) -> list[str]:
    """The subject's words of a contest verb, from the words of its clause ``before`` it (:func:`_contests`)."""
    if before and _fold(before[-1]) in _CONTEST_AUXILIARIES:
        subject = _name_run(before, len(before) - 2, -1)
    else:
        subject = _name_run(before, len(before) - 1, -1)
    if not subject:
        # a verb-final clause: its subject opens the clause ("Der FC Bayern hat ..."), a capitalised article
        # before it left out by the name's words of 3+ letters below. Not a contest named by its day's
        # possessive ("from Saturday's 1-2 derby defeat by Everton", "in Sunday's 2-1 win over Chelsea"): the
        # day is whose, and the clause's first name no side (break55 F2: "Slot" / "Liverpool" v Everton)
        k = next((i for i, w in enumerate(before) if w[:1].isupper() and not _when_word(w)), None)
        dated = any(_when_word(w) and _POSSESSIVE_MARK.search(w) for w in before[-_DAY_POSSESSIVE_WORDS:])
        subject = _name_run(before, k, 1) if k is not None and not dated else []
    return subject


def _noun_subject(m: re.Match[str], lang: str | None) -> list[str]:
    """The side a result told as a noun phrase names as whose it is (the cue's group "whose": "des FC Bayern",
    "Bayern's"), a possessive's mark cut off; none for a phrase dated by a day's possessive ("Saturday's 3-0 win",
    "After Saturday's 3-0 win": the day is whose), a lowercase word or a word of the language (:func:`_whose_words`).
    break60c N1: "After/Following/Despite Saturday's 3-0 win over Mainz, Bayern Munich host Celtic" read the contest
    "After – Mainz" and split from the Celtic match's report; N2: "nach dem 3:0-Sieg der Münchner / des
    Rekordmeisters / der Gastgeber gegen Mainz" read the sides "Münchner", "Rekordmeisters", "Gastgeber"."""
    whose = m.groupdict().get("whose") or ""
    words = [_POSSESSIVE_MARK.sub("", w) for w in _WORD.findall(whose)]
    if any(_when_word(w) for w in words):
        return []
    words = _whose_words(words, lang, at_start=not m.string[: m.start("whose")].strip() if whose else False)
    return _name_run(words, 0, 1) if words and words[0][:1].isupper() else []


def _whose_words(words: list[str], lang: str | None, at_start: bool) -> list[str]:
    """The words of a noun phrase's whose that may name a side: its leading stop words left out ("With", "Nach"),
    and at a sentence's start, where a capital is no sign of a name, its leading common words before another word
    ("Following Bayern's": :func:`storylens.text.language_word`). In German, which capitalises its nouns, a club's
    name only (text data "capitalised_nouns"): a run holding a word of clubs.json ("des FC Bayern", "der Borussia Dortmund"), an acronym ("des BVB")
    or a large city's name ("des 1. FC Köln"); "der Münchner", "des Rekordmeisters", "der Gastgeber" are epithets
    of the text's own side, unnamed there (and "der Bayern" goes unread: a missed side, no false one)."""
    while words and (words[0].casefold() in _stop_words(lang)
                     or (at_start and len(words) > 1 and language_word(words[0], lang))):
        words = words[1:]
        at_start = False
    if lang in TEXT_LANGUAGES and profile(lang).capitalised_nouns and words and not _club_named(words):
        return []
    return words


# The plural definite articles before a noun phrase's object that mark an epithet when the object is a word of the
# language ("contre les Bavarois", "ante los Bávaros", "contro i Bavaresi"): a club is singular there ("le Bayern",
# "el Betis", "il Napoli"). A rule of the languages, not tuned.
_PLURAL_ARTICLES = {"fr": frozenset({"les"}), "es": frozenset({"los", "las"}), "it": frozenset({"i", "gli", "le"}),
                    "pt": frozenset({"os", "as"})}


def _epithet_object(obj: Sequence[str], article: str, lang: str | None) -> bool:
    """Whether the object of a result told as a noun phrase is an epithet of the other side, no name of it (as
    :func:`_whose_words` for its whose): in German, a run naming no club (:func:`_club_named`) whose last word is a
    noun of agent or demonym in "-er" ("gegen die Münchner", "gegen den Rekordmeister") or a compound ("gegen die
    Bayern-Stars"); in French, Spanish, Italian, Portuguese, a word of the language (:func:`storylens.text.
    language_word`) after a plural article (``article``, the word before it: "contre les Bavarois"). break60c2 P2:
    "Nach der 0:3-Niederlage des FSV Mainz 05 gegen die Münchner" read the side "Münchner" and split the loser's
    reaction from the match's report. "gegen die Bayern", "gegen Tottenham" stay sides."""
    if _club_named(obj):
        return False
    if lang in TEXT_LANGUAGES and profile(lang).capitalised_nouns:
        return obj[-1].endswith("er") or any("-" in w for w in obj)
    return article.casefold() in _PLURAL_ARTICLES.get(lang or "", frozenset()) and language_word(obj[0], lang)


def _before_person(obj: list[str]) -> list[str]:
    """A noun phrase's object cut before a person's name run into it: a given name (text data given_names.json) that
    is no club word and has a capitalised word after it. Polish writes no comma after a fronted phrase (break60c2 P3:
    "Po sobotnim zwycięstwie 3:0 nad Mainz Vincent Kompany pochwalił Kane'a" read the object "Mainz Vincent
    Kompany", whose coach every text about the club writes)."""
    before, after = club_words()
    for k in range(1, len(obj) - 1):
        if given_name_gender(obj[k]) and obj[k + 1][:1].isupper() and obj[k] not in before and obj[k] not in after:
            return obj[:k]
    return obj


def _stop_words(lang: str | None) -> frozenset[str]:
    from ..text import stop_words

    return stop_words(lang) if lang else frozenset()


def _club_named(words: Sequence[str]) -> bool:
    """Whether a run of capitalised ``words`` names a club by a club word of clubs.json ("FC", "Borussia", "United"),
    an acronym ("BVB") or a large city (GeoNames' names: "Mainz", "Leverkusen")."""
    from ..analysis.entities import exact_key, place_names

    before, after = club_words()
    cities = place_names()[0]
    return any(w in before or w in after or _ACRONYM.fullmatch(w) or exact_key(_unelided(w)) in cities
               for w in words)


@cache
def _result_noun_patterns(lang: str | None) -> tuple[re.Pattern[str], ...]:
    """The text data ``result_noun_cues`` of ``lang`` (every language's when it has none), each its own pattern (each
    has its group "whose")."""
    return tuple(re.compile(c, re.IGNORECASE) for code in _data_languages(lang)
                 for c in profile(code).result_noun_cues)


def _side_words(run: Sequence[str], lang: str | None) -> list[str]:
    """The words of a side's name the contest rules read: those of 4+ letters ("FC", "de" left out), or, when it has
    none, its acronym of three capitals ("den BVB", "le PSG"); none for a noun of the lexicon (:func:`_lexicon_noun`)."""
    if _lexicon_noun(run, lang):
        return []
    words = [w for w in run if len(w) > _PARTICLE_LETTERS]
    return words or [w for w in run if _ACRONYM.fullmatch(w)][:1]


def _club_words(side: Sequence[str]) -> list[str]:
    """The words of 4+ letters of a side's name (:func:`_side_words`): none for a side named by its acronym alone."""
    return [w for w in side if len(_unelided(w)) > _PARTICLE_LETTERS]


# A club's acronym ("BVB", "PSG", "HSV"): three capitals; two ("FC", "AC") are a part of many clubs' names.
_ACRONYM = re.compile(r"[A-ZÄÖÜ]{3}")

# German common-noun endings ("Tabellenführung", "Meisterschaft"): no club's one-word name ends so.
_DE_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "ungen", "schaften")


def _lexicon_noun(run: Sequence[str], lang: str | None) -> bool:
    """Whether a one-word run of a German text is a common noun of its lexicon: simplemma knows it, with a
    capitalised headword, and it ends as German nouns do ("Tabellenführung", "Meisterschaft"). German capitalises its
    nouns, and its lexicon holds places and clubs' words as well ("Bayern", "Wolfsburg", "Borussia"): the ending tells
    the noun. A language writing its nouns in lower case capitalises only names in a sentence ("Celtic", "Spurs",
    "Arsenal", words its lexicon knows, are clubs there)."""
    from .._cache import is_known, lemmatize

    if len(run) != 1 or lang != "de" or not run[0].lower().endswith(_DE_NOUN_ENDINGS):
        return False
    return is_known(run[0], "de") and lemmatize(run[0], "de")[:1].isupper()


# A game's, a fight's or a vote's result as written in an opening: "3-2", "20-13", "2:0", a fighter's record
# "45-7-2"; not a clock time ("5:55", "14:30": :func:`_results`), a date ("2012-07-07") or a figure's part.
_RESULT = re.compile(r"(?<!\d)(?<!\d[.,:/\-–])(\d{1,3})\s?([-–:])\s?(\d{1,3})(?:[-–](\d{1,3}))?(?!\d|[.,:/\-–]\d)")


def _clock_time(m: re.Match[str]) -> bool:
    """Whether a ``_RESULT`` match is a clock time: a colon between a figure below 24 and two digits ("5:55",
    "um 20:30 Uhr", "at 15:00"), or a colon before a third figure ("10:30-12")."""
    return m.group(2) == ":" and bool(m.group(4) or (len(m.group(3)) == 2 and int(m.group(1)) < 24))


def _results(text: str) -> Iterator[re.Match[str]]:
    """The results ``text`` writes (``_RESULT``), clock times left out (:func:`_clock_time`): every reader of results
    (:func:`_contests`, :func:`_contest_sides`, ``_contests._result_clauses``, ``_contests._opening_results``) reads
    them here, on the text as written, before a colon becomes anything else (review of stop 59: the clauses'
    clock-time test ran on a copy whose colons were dashes already, so "um 20:30 Uhr" was a result there)."""
    return (m for m in _RESULT.finditer(text) if not _clock_time(m))


def _scores_marked(text: str) -> str:
    """``text`` with each result's colon or en dash a hyphen ("mit 3:0 besiegt", "3–0": no clause break in a result)
    and each clock time's colon an "h" ("um 20h30 Uhr": neither a result nor a clause break), one character for one:
    offsets kept."""
    chars = list(text)
    for m in _RESULT.finditer(text):
        clock = _clock_time(m)
        for k in range(m.start(), m.end()):
            if chars[k] in ":–":
                chars[k] = "h" if clock else "-"
    return "".join(chars)

# The most words between a contest cue (text data ``contest_cues``: "beat", "stopped", "victory over") and the
# first word of the counterpart it reads as its object ("stopping American challenger Tony Thompson", "blasted a
# sluggish Hasim Rahman"): a rule, not tuned; a name further on is another part of the sentence ("signed the stopgap
# funding bill on Friday evening with House Speaker Mike Johnson").
CONTEST_GAP = 3


@cache
def _contest_pattern(lang: str | None) -> re.Pattern[str] | None:
    """The text data ``contest_cues`` of ``lang`` (every language's when it has none) as one pattern, or None."""
    return _cue_pattern(lang, "contest_cues")


@cache
def _cue_pattern(lang: str | None, field_name: str) -> re.Pattern[str] | None:
    """The text data patterns ``field_name`` of ``lang`` (every language's when it has none) as one pattern, or None."""
    cues = [c for code in _data_languages(lang) for c in getattr(profile(code), field_name)]
    return re.compile("|".join(f"(?:{c})" for c in cues), re.IGNORECASE) if cues else None
