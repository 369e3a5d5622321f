"""What one text's opening says: its people and their full names, its dates and weekdays, the days its
statements were made, and its event."""

from __future__ import annotations

import itertools
import math
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from ..text import LANGUAGES as TEXT_LANGUAGES
from ..text import (
    LEMMA_LANGUAGES,
    alternation,
    bare_name_word,
    base,
    common_word,
    company_apposition,
    competition_names,
    given_name_gender,
    nationality_adjectives,
    organisation_words_any,
    outlets,
    person_after,
    profile,
    role_words_any,
    script_of,
    stop_words_any,
    territory_names,
)
from ._common import (
    _CJK_CHAR,
    _COMMON_INITIAL,
    _WORD,
    _data_json,
    _dates,
    _fold,
    _is_cjk,
    _word_hits,
    _word_matches,
    _word_strings,
)
from ._offices import _POSSESSIVE_END, _TITLE_WORDS, EVENT_MONTH_CHARS, _calendar_word, _lexicon_word, _possessive_key
from ._places import _NEW_FOLDED, Gazetteer, _city_countries, _latin_or_cyrillic, _of_words, _place_countries_of
from ._teams import _CLAUSE_BREAK, _data_languages, _lead_cut

if TYPE_CHECKING:
    from ._sides import _Text



@dataclass(frozen=True)
class OpeningEvent:
    """What an opening says of its event (:func:`opening_event`): ``event_days``, the 'month-day' days
    it dates it on, and ``event_tolls``, (toll, at least, at most) of each toll it states (none read
    when it dates no event: the events rule reads tolls only beside days). The pair scorer's
    :attr:`Opening.event`, and the stream's online join's (which holds no texts)."""

    event_days: frozenset[str] = frozenset()
    event_tolls: tuple[tuple[str, float, float], ...] = ()
    # (kind, value) of each other count it states beside its days ("480,000 vehicles", "800 flights": the
    # unit key, one across languages), read by the long-gap rule of :func:`_events_apart`
    event_counts: tuple[tuple[str, float], ...] = ()
    # the level of the election it reports (:func:`election_level`: "local", "regional", "national", "european"),
    # read dated or not: two levels are two elections (:func:`_events_apart`)
    election: str = ""
    # 'month-day' of its dateline when it dates no event and has no publication date ("ROME, Oct 20 (Reuters)": a
    # wire report's day without a year, never given one), its figures read beside it: the long gap
    # (:func:`_weeks_dated`) reads it as the event's day, weeks being far wider than a day's filing delay
    filed: str = ""

    @property
    def dated_figures(self) -> bool:
        """Whether it dates its event (or was filed on a known day) with a figure beside: what the rules of
        :func:`_events_apart` but the election levels read."""
        return bool((self.event_days or self.filed) and (self.event_tolls or self.event_counts))


@dataclass(frozen=True)
class Opening:
    """What one text's opening says, read once per text (:func:`_read_opening`) for the rules of the
    verdict that compare openings: the people rule (:func:`_people_apart`: ``people``, ``words``,
    ``days``), the events rule (:func:`_events_apart`: ``event``), the actors rule (:func:`_actors_apart`:
    ``actors``, ``months``), the names rule (:func:`_names_apart`: ``names``) and the place rule
    (:func:`lead_countries_apart` and the reasons: ``places``, ``spelled``, ``regions``). The opening is
    the title, dateline and first sentence: the first PLACE_LEAD_CHARS characters of the stripped text
    (the event's month: the first EVENT_MONTH_CHARS). Reasons and verdict only: no model feature."""

    # Who the report is about (:func:`_lead_people`): the people the opening names in full and the text
    # names again by surname ("Viktor Halden" ... "Halden, 61"). Cased scripts only.
    people: tuple[str, ...] = ()
    # The actors rule's people (:func:`_opening_actors`): ``people`` without a capitalised common word read
    # as a given name, or a Chinese text's dotted names (:func:`_han_people`: "若马尔特·塞特卡利").
    actors: tuple[str, ...] = ()
    # The folded capitalised words of the opening, 3+ letters (a person of one opening named in the
    # other's), and its 'month-day' dates (:func:`_dates`). Cased scripts only.
    words: frozenset[str] = frozenset()
    days: frozenset[str] = frozenset()
    # The event it reports (:func:`_opening_event`): the days it dates it on and its tolls.
    event: OpeningEvent = OpeningEvent()
    # The months it dates its event in without a day ('YYYY-MM': "in March 2025", "в марте 2025 года",
    # "2025年3月"; :func:`_event_months`).
    months: frozenset[str] = frozenset()
    # The capitalised words it writes inside a sentence (:func:`_opening_names`): the island, port, ship or
    # town an event happened at, which the gazetteer often does not know ("Paros", "Kreta", "Tekirdag").
    names: tuple[str, ...] = ()
    # Its places, the dateline's included: the gazetteer's ids, the places its spellings miss (read
    # only when the opening names no country the gazetteer knows: :func:`_spelled_places`) and the
    # countries of the regions it names (:func:`_region_countries_of`, when the text names any).
    places: frozenset[str] = frozenset()
    spelled: frozenset[str] = frozenset()
    regions: frozenset[str] = frozenset()
    # The road, line or gate codes it names ("A1" of "sull'autostrada A1", "A14" of "the A14 motorway": the
    # analysis layer's :func:`~storylens.analysis.conflicts.measure_codes`), for the roads rule (:func:`_roads_apart`).
    codes: frozenset[str] = frozenset()
    # The weekdays it names as past days (0 Monday .. 6 Sunday: "в понедельник", "on Wednesday", "την Πέμπτη"), read
    # with or without a publication date (:func:`_opening_weekdays`), and the names it writes once or more (its
    # capitalised words as :func:`_opening_names` reads them, written at least once: the counterpart a minister meets,
    # "Wang Yi"; a Chinese text's dotted names), for the other-days rule (:func:`_other_days_apart`).
    weekdays: frozenset[int] = frozenset()
    mentions: tuple[str, ...] = ()
    # ('month-day', the words before the statement) of each day of :attr:`OpeningEvent.event_days` it writes only as a
    # statement's day ("said on 5 February", "said on Wednesday" with a publication date: :func:`_said_days`), which
    # the other-days rule leaves out unless the speaker is a name the other text writes too (:func:`_event_days`).
    said_days: tuple[tuple[str, str], ...] = ()


def _person_words(text: str, lang: str | None, gazetteer: Gazetteer, given: AbstractSet[str] = frozenset()) -> frozenset[str]:
    """Folded words of ``text`` that name or describe a person, never a place: the words of the people it names in
    full (:func:`full_names`: "Betty Ford", "Kenneth Dorsey") and the common words right after one ("Betty Ford Treatment
    Center": a body named after the person), the capitalised word right before such a name when it
    is a role noun, a noun of a person (text data "word_city" "person_nouns": "Mother", "Lawyer") or a common word of
    the language ("District Attorney Steve Cooley", "Sheriff's Deputy Jerry Ortiz", "Staatsanwalt Jens Weber"), and
    every capitalised role noun or noun of a person ("the District Attorney said", "Brooklyn Mother of 13").
    The cities and recalled rules read an opening's other names as the places the gazetteer does not know
    ("Valdivia"): ECB+ train's "Betty Ford" (a clinic named after a person) read as two cities and "Attorney" as
    one held follow-ups of one story apart (ecb52). ``given``: the text's given names (:func:`_given_names`): a
    name the lists leave out, their genders disagreeing ("Jean", "Kim"), is a person's beside a surname the text
    writes again alone, no place and no common word ("Le procureur Jean Dupont …" … "Dupont a précisé")."""
    code = base(lang) or ""
    langs = (code,) if code in TEXT_LANGUAGES else tuple(TEXT_LANGUAGES)
    nouns = _person_nouns(langs)
    people = full_names(text, gazetteer)
    stops = stop_words_any(langs)  # "En Valdivia …", "Selon Dupont": a word before a name, no given name
    out: set[str] = set()
    for run in _name_runs(text):
        for k, (first, surname) in enumerate(itertools.pairwise(run)):
            if f"{_fold(first)} {_possessive_key(surname)}" not in people and not (
                    _fold(first).replace(" ", "") in given and first.casefold() not in stops and not gazetteer.find(surname) and not _lexicon_word(_POSSESSIVE_END.sub("", surname), lang)
                    and _word_hits(_POSSESSIVE_END.sub("", surname), text, limit=1, not_after=f"{first} ")):
                continue
            out.update((_fold(first).replace(" ", ""), _fold(_possessive_key(surname)).replace(" ", "")))
            if k:
                title = _POSSESSIVE_END.sub("", run[k - 1])
                if title.casefold() not in stops and (_role_word(title.casefold(), nouns) or _lexicon_word(title, lang)):
                    out.add(_fold(title).replace(" ", ""))
            # common words right after the name head a body named after the person ("Betty Ford Treatment Center",
            # "Walter Reed Hospital"): no town's name
            for head in run[k + 2 : k + 2 + _BODY_HEAD_WORDS]:
                if not _lexicon_word(head := _POSSESSIVE_END.sub("", head), lang):
                    break
                out.add(_fold(head).replace(" ", ""))
    for m in _word_matches(text):
        # the capital asked first: the possessive key of every word of the text was ~10 % of this function (perf58)
        if m.group(0)[:1].isupper() and _role_word(word := _possessive_key(m.group(0)), nouns):
            out.add(_fold(word).replace(" ", ""))
    return frozenset(out)

@cache
def _person_nouns(langs: tuple[str, ...]) -> frozenset[str]:
    """The nouns of a person of ``langs`` (text data "word_city" "person_nouns"), every language's role nouns and the
    reasons' office titles: :func:`_person_words`' nouns, the same for every text of a language (a set of ~500 words
    was built again for each text, ~0.05 CPU-ms: ingest67)."""
    return frozenset({w for lg in langs for w in profile(lg).word_city_person_nouns} | role_words_any() | _TITLE_WORDS)


# The common words read after a person's name as the head of a body named after them ("Treatment Center"): a rule,
# not tuned (three: "Memorial Medical Center").
_BODY_HEAD_WORDS = 3


def _place_names(names: Iterable[str], t: _Text) -> tuple[str, ...]:
    """The names of an opening of ``t`` (:func:`_opening_names`) that may be a place the gazetteer does not know:
    without the words of a person or of one's office (:attr:`_Text.person_words`) and, German capitalising its nouns,
    the words its lexicon knows (:attr:`_Text.noun_words`: "Anklage", "Feuerwehr"), and a football competition's
    words the text writes as one (:func:`_competition_words`: "Liga" of "La Liga", break55 F5: "different cities in
    the openings: Liga vs Sevilla")."""
    cup = _competition_words(t.text)
    return tuple(w for w in names if (key := _fold(w).replace(" ", "")) not in t.person_words and key not in t.noun_words
                 and not (cup and (ws := _WORD.findall(w)) and all(_fold(x) in cup for x in ws)))


@lru_cache(maxsize=256)
def _competition_words(text: str) -> frozenset[str]:
    """The folded words of the football competitions (text data competitions.json: "La Liga", "Copa del Rey",
    "Premier League") ``text`` writes, as written: no place's name ("Liga", "Rey")."""
    return frozenset(_fold(w) for name in competition_names()
                     if name in text and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
                     for w in _WORD.findall(name))


@cache
def _roles_and_titles() -> frozenset[str]:
    """Every language's role nouns and the reasons' office titles (:func:`_role_holders`' roles: one set, not one
    built again for each text, ingest67)."""
    return role_words_any() | _TITLE_WORDS


def _role_holders(text: str) -> frozenset[str]:
    """Spelling keys (:func:`_spelling_key`) of the capitalised words (up to three) that follow a role noun of any
    language (text data "role_words", and the office titles of the reasons: "president", "mayor", "голова",
    "premiér") in ``text``: "Czech Prime Minister Petr Fiala" gives "petr", "fiala"."""
    roles = _roles_and_titles()
    words = _word_matches(text)
    out: set[str] = set()
    for k, m in enumerate(words):
        if not _role_word(m.group(0).casefold(), roles):
            continue
        # the rest of the title first: lower-case words and the office's own capitals ("Secretary of State Antony
        # Blinken", "Министр иностранных дел России Сергей Лавров"), up to TITLE_TAIL_WORDS, then the name
        j = k + 1
        while j < min(k + 1 + TITLE_TAIL_WORDS, len(words)) and _spaced(text, words, j - 1) \
                and words[j].group(0)[:1].islower():
            j += 1
        run: list[str] = []
        start = j
        for j in range(start, min(start + 4, len(words))):
            word = words[j].group(0)
            if not word[:1].isupper() or not _spaced(text, words, j - 1) or _role_word(word.casefold(), roles) \
                    or (start > k + 1 and _calendar_word(word)):  # "Prime Minister May" is a name
                break
            run.append(word)
        # after a tail, a name of two words at least: "said on Monday" is no title's ("The minister said on Monday")
        if start == k + 1 or len(run) >= 2:
            out.update(_spelling_key(_without_case_ending(word)) for word in run)
        out.update(_spelling_key(_without_case_ending(word)) for word in _apposition(text, words, start + len(run)))
    return frozenset(out)


def _apposition(text: str, words: Sequence[re.Match[str]], j: int) -> list[str]:
    """The name set off by commas right after a title's last word ``words[j - 1]``: two to four capitalised words
    one space apart, closed by a comma or a sentence's end ("El presidente del Gobierno, Pedro Sánchez, viajó",
    "the leader of the People's Party, Alberto Núñez Feijóo."), or []. Such a title's holder is an office holder as
    "Prime Minister Pedro Sánchez" is (break52 N4: the Spanish report of Sánchez's two occasions had none)."""
    if not 0 < j < len(words) or text[words[j - 1].end():words[j].start()] != ", ":
        return []
    run = []
    for i in range(j, min(j + 4, len(words))):
        if not words[i].group(0)[:1].isupper() or (i > j and not _spaced(text, words, i - 1)):
            break
        run.append(words[i])
    if len(run) < 2 or not re.match(r"\s*(?:[,.;]|$)", text[run[-1].end():]):
        return []
    return [m.group(0) for m in run]

# Lower-case words a title may run on with before its holder's name ("Secretary of State", "министр иностранных
# дел"): a rule, not tuned (three: "ministro de Asuntos Exteriores" has two before its capitals).
TITLE_TAIL_WORDS = 3

# The shortest role noun read at the end of a compound ("Außenminister", "US-Außenminister", "Regierungssprecher").
_COMPOUND_ROLE_MIN = 6


def _role_word(low: str, roles: AbstractSet[str]) -> bool:
    """Whether a folded word is a role noun (text data "role_words", the reasons' office titles), or a compound or a
    hyphenated word that ends with one of _COMPOUND_ROLE_MIN or more letters ("außenminister", "us-außenminister")."""
    if low in roles:
        return True
    last = low.rsplit("-", 1)[-1]
    # A proper suffix of _COMPOUND_ROLE_MIN or more letters looked up, not every role noun scanned: the same answer
    # (a role r ends ``last`` and is shorter iff last[i:] == r for some i >= 1), in O(len(last)) set lookups instead
    # of O(roles) (join53: the scan was 70 % of an article's side, 960k calls for 39 BASIL texts).
    # (no proper suffix that long of a word of _COMPOUND_ROLE_MIN letters or fewer: most words are not scanned, perf58)
    return last in roles or len(last) > _COMPOUND_ROLE_MIN \
        and any(last[i:] in roles for i in range(1, len(last) - _COMPOUND_ROLE_MIN + 1))


def _full_names(text: str) -> tuple[tuple[str, str], ...]:
    """(folded, as written) of every two neighbouring words of a run of two or three capitalised words of ``text`` (a person's "Alexandros Koliadis",
    a place's "Los Angeles"), in any cased script: "Αλέξανδρος Κολιάδης" folds as "Alexandros Koliadis" does.
    Neither word is one the text also writes in lower case ("The", "Στην"), a calendar word or all capitals,
    and the run is no outlet's name ("Associated Press": the source of both texts, not a name they share).
    The names features read the kept sentences only (the head and the tail): a Greek report's mayor in its
    fourth sentence of five was no name in common with its English translation (trial55 F5: "DIFFERENT
    STORIES 0.71 … no names in common" while the entity table linked Κολιάδης = Koliadis)."""
    lower = {w.lower() for w in _word_strings(text) if w[:1].islower()}
    outlets = _outlet_keys()
    out: dict[str, str] = {}
    run: list[str] = []  # the capitalised words of the current run
    end = -1
    for m in itertools.chain(_word_matches(text), [None]):
        word = m.group(0) if m is not None else ""
        ok = (m is not None and len(word) >= 3 and word[:1].isupper() and not word.isupper()
              and word.lower() not in lower and not _calendar_word(word))
        if ok and run and text[end : m.start()] == " ":  # type: ignore[union-attr]
            run.append(word)
        else:
            if 2 <= len(run) <= 3:  # a name, or one after a genitive ("Ρόδου Αλέξανδρος Κολιάδης"): two words of it;
                for pair in itertools.pairwise(run):  # "New York Daily News" is no name of two words
                    key = _fold(" ".join(pair))
                    # the label drops a possessive or a Turkish case suffix after an apostrophe from its last word
                    # ("same names: Narendra Modi’s", issue 12; a first word's is inside a longer name: "Year's
                    # Day" of "New Year's Day"); the key keeps it, as the names features were trained on it
                    label = f"{pair[0]} {bare_name_word(_POSSESSIVE_END.sub('', pair[1]))}"
                    if key.replace(" ", "") not in outlets:
                        out.setdefault(key, label)
            run = [word] if ok else []
        if m is not None:
            end = m.end()
    return tuple(out.items())


def _shared_full_names(a: _Text, b: _Text, linked: bool = False) -> tuple[str, ...]:
    """The two-word names (:func:`_full_names`) both whole texts write, as the text in Latin letters writes
    them when one does. ``linked``: also two names the entity linker reads as one person's across scripts and
    case forms (:func:`storylens.analysis.entities.same_name`: "Ігор Коваленко" / "Ihor Kowalenko", which fold
    apart), for a pair whose verdict rests on such evidence (a language the sentence encoder does not read)."""
    keys_b = dict(b.full_names)
    out = []
    unmatched = []
    for key, label in a.full_names:
        if key in keys_b:
            other = keys_b[key]
            out.append(other if not _latin_or_cyrillic(label) and _latin_or_cyrillic(other) else label)
        elif linked:
            unmatched.append(label)
    if a.cased != b.cased:
        # an Arabic, Persian or Hebrew text writes no capitals, so it has no full names of its own: the other
        # text's, spelled by sound in its words (issue 12 F4: "no names in common" for محمد بن سلمان / Mohammed bin
        # Salman); the Latin spelling, in the cased text's order. A Chinese or Japanese text's are its dotted
        # transliterations (:func:`_dotted_full_names`: "奥拉夫·朔尔茨", "オラフ・ショルツ" / "Olaf Scholz").
        cased, plain = (a, b) if a.cased else (b, a)
        seen = set(out)
        for name in (*_abjad_full_names(cased.text, cased.full_names, plain.text),
                     *_dotted_full_names(cased.full_names, plain.text)):
            if name not in seen:
                out.append(name)
                seen.add(name)
    if unmatched:
        from ..analysis.entities import same_name

        seen = set(out)
        for label in unmatched:
            match = next((o for _, o in b.full_names if same_name(label, o)), None)
            if match is not None:
                name = match if script_of(match) == "latin" != script_of(label) else label
                if name not in seen:
                    out.append(name)
                    seen.add(name)
    return tuple(out)

# A foreign name written whole in Katakana, its parts joined by a middle dot ("アントン・ベリチ", "オラフ・ショルツ"):
# Japanese writes foreign names so, and a run of Katakana words joined by the dot is rarely anything else.
_KANA_DOTTED = re.compile("[\u30a1-\u30fa\u30fc]{2,}(?:[・･][\u30a1-\u30fa\u30fc]{2,})+")


def _dotted_full_names(full_names: Sequence[tuple[str, str]], text: str) -> tuple[str, ...]:
    """The two-word names of a cased text (``full_names``, :func:`_full_names`) that the Chinese or Japanese ``text``
    writes as a dotted transliteration (:func:`_han_dotted`, :data:`_KANA_DOTTED`), as the entity linker reads the two
    as one person (:func:`storylens.analysis.entities.same_name`: "奥拉夫·朔尔茨" / "Olaf Scholz", "安东尼奥·古特雷斯" /
    "Antonio Guterres", "オラフ・ショルツ" / "Olaf Scholz"); in the cased text's spelling. A native name (no dot:
    "王建国", "山本健一") has no word boundary to read here and is left out, and so is a dotted name that reads as two
    names of the other text, as :func:`_abjad_full_names` leaves an Arabic one (SemEval dev: "查尔斯·麦克" read as
    "Staff Mick" and "State Mike", the words before Mick Mulvaney's and Mike Pompeo's surnames). A same_name per
    dotted name and name of the other text: a report writes a few dotted names (0.3 CPU-ms a zh/en dev pair, 1.8 on
    first reading the names)."""
    if not full_names or not _CJK_CHAR.search(text):
        return ()
    dotted = dict.fromkeys(m.group() for pattern in (_han_dotted(), _KANA_DOTTED) for m in pattern.finditer(text))
    if not dotted:
        return ()
    from ..analysis.entities import same_name

    found: set[str] = set()
    for name in dotted:
        fits = [label for _, label in full_names if same_name(label, name)]
        if len(fits) == 1:
            found.add(fits[0])
    return tuple(label for _, label in full_names if label in found)

_ABJAD_WORD = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff\u05d0-\u05ea\u200c'\u05f3]+")


def _abjad_full_names(cased: str, full_names: Sequence[tuple[str, str]], text: str) -> tuple[str, ...]:
    """The names of the cased text ``cased`` that ``text``, in a script that writes consonants only (Arabic,
    Persian, Hebrew), spells by sound, a proclitic off the first word ("ونتنياهو"), and for no other of them
    (:func:`storylens.text.sound_match`: the surname's consonants, three at least or two with the given name's):
    "بنيامين نتنياهو" / "Benjamin Netanyahu", "יואב גלנט" / "Yoav Gallant", "محمد بن سلمان" / "Mohammed bin
    Salman". A name is two neighbouring capitalised words of ``cased`` (``full_names``, :func:`_full_names`,
    and any two inside a longer run: "Supreme Leader Ayatollah Ali Khamenei"), or two joined by a lower-case
    word of lineage that Arabic writes as a word of its own (text data ar "name_joins": bin, ben, ibn as بن,
    al as آل). Candidates by the surname's consonant skeleton, so each name costs a lookup, not a pass."""
    from ..text import abjad, abjad_forms, abjad_name_match, consonant_letters, sound_skeleton

    if not abjad(text):
        return ()
    labels = [label for _, label in full_names]
    lineage = {consonant_letters(w) for w in profile("ar").name_lineage}
    lower = {w.lower() for w in _WORD.findall(cased) if w[:1].islower()}
    words_c = [m for m in _WORD.finditer(cased)]
    for i, m in enumerate(words_c[:-1]):
        first, nxt = m.group(0), words_c[i + 1]
        if not (first[:1].isupper() and len(first) >= 3 and first.lower() not in lower and not _calendar_word(first)):
            continue
        gap = cased[m.end() : nxt.start()]
        if gap != " ":
            continue
        second = nxt.group(0)
        if second[:1].isupper() and len(second) >= 3 and second.lower() not in lower:
            labels.append(f"{first} {second}")
        elif second[:1].islower() and consonant_letters(second) in lineage and i + 2 < len(words_c) \
                and cased[nxt.end() : words_c[i + 2].start()] == " " and words_c[i + 2].group(0)[:1].isupper():
            labels.append(f"{first} {second} {words_c[i + 2].group(0)}")
    labels = [x for x in dict.fromkeys(labels) if all(_latin_or_cyrillic(w) for w in x.split())]
    if not labels:
        return ()
    hebrew = re.search("[\u05d0-\u05ea]", text) is not None
    words = _ABJAD_WORD.findall(text)
    at: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        if i and abjad(w):
            at.setdefault(sound_skeleton(w, True, False, hebrew), []).append(i)
    fits: dict[str, set[str]] = {}  # the abjad run -> the names it spells
    for label in labels:
        parts = label.split()
        n = len(parts)
        for i in at.get(sound_skeleton(parts[-1], True, False, hebrew), ()):
            if i < n - 1:
                continue
            for first in abjad_forms(words[i - n + 1]):
                run = " ".join([first, *words[i - n + 2 : i + 1]])
                if len(first) >= 3 and abjad_name_match(label, run):
                    fits.setdefault(run, set()).add(label)
                    break
    found = {next(iter(names)) for names in fits.values() if len(names) == 1}
    # a two-word tail of a name found whole ("bin Salman") is no name more
    return tuple(x for x in labels if x in found and not any(x != y and y.endswith(" " + x) for y in found))

# The cased scripts whose names fold into one another's letters only as transliterations, which case endings
# and spelling conventions keep apart ("Okay Memiş" / "Окая Мемиша", "Kierzkowski" / "Кєрзковський").
_CASED_SCRIPTS = frozenset({"latin", "cyrillic", "greek"})


def _other_cased_scripts(a: _Text, b: _Text) -> bool:
    """Whether two cased texts are written mostly in two of the cased scripts (:data:`_CASED_SCRIPTS`): then a name
    both write folds apart whenever one text declines it ("Окая Мемиша", genitive) or transliterates it its own way,
    and only the entity linker's reading (:func:`storylens.analysis.entities.same_name`) meets the two spellings.
    Trial64 F1: a Turkish and a Russian report of one earthquake said "no names in common" beside the entity table's
    "Okay Memiş = Окая Мемиша". Read only when both texts have two-word names to compare (the link costs a
    :func:`same_name` per name pair)."""
    from ..text import main_script  # imported here: the import block above is shared with other changes

    if not (a.full_names and b.full_names and a.cased and b.cased):
        return False
    sa, sb = main_script(a.text), main_script(b.text)
    return sa != sb and sa in _CASED_SCRIPTS and sb in _CASED_SCRIPTS


def _spells(lang: str | None, cased: bool, lead_places: AbstractSet[str]) -> bool:
    """Whether the places the gazetteer's spellings miss (:func:`_spelled_places`) are read, in the whole
    text and in its opening alike: a cased language other than English (English names are the
    gazetteer's own: an English text skips the GeoNames index, ~0.5 CPU-s to load) whose opening
    (``lead_places``, without places only inside a name or in lower case) names no country it knows."""
    return cased and base(lang) not in (None, "en") and not _place_countries_of(lead_places)


def _read_opening(text: str, lang: str | None, published: str | None, gazetteer: Gazetteer, *, cased: bool,
                  dateline: str, dateline_places: frozenset[str], off_places: frozenset[str], regions: bool,
                  given: AbstractSet[str], unread: AbstractSet[str] = frozenset()) -> Opening:
    """The :class:`Opening` of ``text`` (prepared, its dateline header apart: ``dateline``, whose places
    ``dateline_places`` are the opening's), read once: the opening (PLACE_LEAD_CHARS of the stripped
    text) is cut, scanned for dates and read for its event here, and each rule's reader gets it.
    ``cased``: a script with capitals (the people, words, days and names are read in those only);
    ``off_places``: the text's places named only inside a name or in lower case (no evidence that the
    opening names a country); ``regions``: whether the text names a region of a country at all;
    ``given``: the text's given names (:func:`_given_names`); ``unread``: the one-word city names the text writes
    nowhere as a place (:func:`_region_countries_of`)."""
    from ..settings import DEFAULT

    stripped = text.strip()
    opening = _lead_cut(stripped)
    days = frozenset(_dates(opening, lang)[1])
    filed = _dateline_day(dateline) if dateline and not published else None
    places = frozenset(gazetteer.find(opening)) | dateline_places
    spelled = _spelled_places(f"{dateline}\n{opening}", lang, gazetteer) \
        if _spells(lang, cased, places - off_places) else frozenset[str]()
    if cased:
        spelled |= _word_cities(opening, lang, gazetteer)
    people = _lead_people(stripped, opening, given, gazetteer, lang) if cased else ()
    # the opening's names written names_apart_min_count times (the names rule's) and once (its counterparts')
    names, once = _opening_names_at(text, opening, gazetteer, (DEFAULT.names_apart_min_count, 1)) if cased else ((), ())
    return Opening(
        # no capitals: a Chinese text's actors are its dotted names, and no word of it is read as a name
        people=people, actors=_opening_actors(people, lang) if cased else _han_people(stripped, opening),
        words=frozenset(k for w in _WORD.findall(opening) if w[:1].isupper() and len(k := _fold(w).replace(" ", "")) >= 3)
        if cased else frozenset(), days=days if cased else frozenset(),
        event=_held_opening_event(opening, days, lang=lang, published=published, filed=filed),
        months=_event_months(_lead_cut(stripped, EVENT_MONTH_CHARS), lang=lang, published=published),
        names=names,
        places=places, spelled=spelled,
        regions=_region_countries_of(f"{dateline}\n{opening}", unread=unread) if regions else frozenset(),
        codes=_measure_codes(opening, lang),
        weekdays=_opening_weekdays(opening, lang=lang, published=published),
        said_days=_said_days(opening, lang=lang, published=published) if cased else (),
        mentions=_counterparts(text, opening, gazetteer, lang, once) if cased
        else _titled_names(opening, lang) + _han_people(stripped, opening),
    )


@cache
def _regions() -> tuple[dict[str, str], int]:
    """Folded names of countries' first-level subdivisions -> ISO country code (data/region-countries.json,
    built from ISO 3166-2 by scripts/build_region_countries.py, and data/region-exonyms.json, the English, German
    and French names those catalogues lack: "Crete", "Sicily", "Katalonien"), and the most words a name has. An
    exonym the city gazetteer knows stays the gazetteer's, as the build leaves such names out (break50 P6: a Crete
    quake against a Chile one was "same story 0.69", its opening read as naming no place)."""
    regions = _data_json("region-countries.json", None, lambda data: dict(data["regions"]))
    names = _default_gazetteer().names
    for name, country in _data_json("region-exonyms.json", None, lambda data: dict(data["regions"])).items():
        if (key := _fold(name)) not in names:
            regions.setdefault(key, country)
    return regions, max((k.count(" ") + 1 for k in regions), default=1)


@cache
def _region_first_words() -> frozenset[str]:
    return frozenset(k.split(" ", 1)[0] for k in _regions()[0])


# Regions whose whole name is one compass word (Cameroon's West, East, North and South): a news text's capitalised
# "West" or "South" is a direction, a bloc or the first word of another name ("the West Bank", "the South of the
# country", "Western"), which read Cameroon beside Ramallah (break57b G7: a UN vote in New York / a Ramallah report
# "different places"); their regions are read by their longer names ("Far North") or with "Region" ("the South
# Region").
# Regions whose one-word name is an English common word read first as that word (the simplemma English lexicon's
# lower-case words among the one-word names of data/region-countries.json, less those the press reads as the place:
# Texas, California, Michigan, Java, Fars): "Delta Air Lines", "the Mekong delta", "the Delta variant" are no Nigerian
# Delta State, "Rivers" no Rivers State, "Male" no Maldives (break68n). Such a name is a region only in context
# (:func:`_homonym_in_context`): the region's noun after it ("Delta State", "Unity State") or the text naming its country.
_HOMONYM_REGIONS = frozenset({
    "acre", "afar", "ascension", "baker", "balkan", "bled", "bloke", "bong", "cascade", "cascades", "chin", "coast",
    "cuvette", "debar", "delta", "encamp", "falcon", "grad", "lakes", "male", "maritime", "mascara", "mono", "pool",
    "quiche", "rivers", "savanna", "savannah", "store", "tartar", "unite", "unity", "wake", "zeta"})
# The nouns after a region's name that make it the region ("Delta State", "the Maritime Region")
_REGION_NOUNS = frozenset({"state", "region", "province", "governorate", "department", "county", "district"})


def _homonym_in_context(text: str, keys: Sequence[str], country: str) -> bool:
    """Whether the one-word region name ``keys[0]`` (of :data:`_HOMONYM_REGIONS`) is the region in ``text``: the next
    word (``keys[1]``, folded) is a region's noun, or the text names the region's ``country`` (ISO code) or a city of it
    (the gazetteer's :meth:`~storylens.similarity._places.Gazetteer.find`)."""
    if len(keys) > 1 and keys[1] in _REGION_NOUNS:
        return True
    from ._places import _place_countries_of

    return country in _place_countries_of(frozenset(_default_gazetteer().find(text)))


_COMPASS_REGIONS = frozenset({"north", "south", "east", "west", "centre", "center", "central", "northern", "southern",
                              "eastern", "western"})


def _region_countries_of(text: str, folded: str | None = None, unread: AbstractSet[str] = frozenset()) -> frozenset[str]:
    """The countries whose first-level subdivisions the text names ("Nuevo México" -> US), written as a
    name: its first and last words capitalised, a one-word name not opening a sentence (Portuguese
    "vitória", victory, is no "Vitória", Australia's Victoria) nor one of ``unread``: a city's one-word name that is a
    common word or a given name as often, which the text writes nowhere as a place (:func:`_word_cities`: "The
    letter from Mary" names no Mary, Turkmenistan's province), nor the first word of a longer place's name of the
    gazetteer or of a longer region ("South Sudan", "South Korea", "North Carolina": no South or North, Cameroon's
    regions)."""
    regions, longest = _regions()
    places = _default_gazetteer().names
    firsts = _region_first_words()
    if firsts.isdisjoint((folded if folded is not None else _fold(text)).split()):
        return frozenset()  # no word opens a region's name (most texts: ~0.05 ms, the scan below ~1 ms)
    words = _word_matches(text)
    found = set()
    inside = -1  # the last word of the longest region's name an earlier word opens
    for i, w in enumerate(words):
        # only a capitalised word that opens a region's name is folded with the words after it
        if not w.group()[:1].isupper() or _fold(w.group()).split(" ", 1)[0] not in firsts:
            continue
        if i <= inside or _after_new_word(text, words, i):
            # a region's name inside a longer one ("California" of "Baja California", "Tyrol" of "South Tyrol") or
            # after "New" ("England" of "New England"): no such region (break57 F6's kind: "New South Wales" read
            # Cameroon's "South")
            continue
        keys = [_fold(x.group()) for x in words[i : i + longest]]
        inside = max([inside] + [i + n - 1 for n in range(2, len(keys) + 1) if " ".join(keys[:n]) in regions
                                 and words[i + n - 1].group()[:1].isupper() and _spaced_run(text, words, i, n)])
        for n in range(1, len(keys) + 1):
            country = regions.get(" ".join(keys[:n]))
            if country is None or not words[i + n - 1].group()[:1].isupper():
                continue
            if n == 1 and (i == 0 or re.search(r"[.!?:\n\"“«(]\s*$", text[max(0, w.start() - 3) : w.start()])):
                continue  # a capital a sentence's start explains
            if n == 1 and w.group() in unread:
                continue  # "The letter from Mary" (break50 N7)
            if n == 1 and keys[0] in _COMPASS_REGIONS and not (len(keys) > 1 and keys[1] in ("region", "province")):
                continue  # "the West Bank", "the South of the country", "the West": no Cameroon (break57b G7)
            if n == 1 and keys[0] in _HOMONYM_REGIONS and not _homonym_in_context(text, keys, country):
                continue  # "Delta Air Lines", "the Delta variant": no Delta State (break68n)
            if n == 1 and _given_name_before_surname(text, words, i):
                continue  # "Isabel Rodríguez" is no Isabel (Solomon Islands), "Mary Cheney" no Mary (Turkmenistan)
            if n == 1 and _heads_a_name(text, words, i):
                continue  # "Gulf of Gdansk" is no Gulf (Papua New Guinea): try48 F10, "different places: … vs PG"
            if n == 1 and any((name := " ".join(keys[:m])) in places or name in regions and words[i + m - 1].group()[:1].isupper()
                              for m in range(2, len(keys) + 1)):
                # the first word of a longer place's or region's name: "South" of "South Sudan", "South Korea",
                # "South Kordofan", "North Carolina" is no South or North (Cameroon's regions; fault57a: "different
                # places: Sudan vs Cameroon, South Sudan")
                continue
            if n == 1 and i + 1 < len(words) and text[w.end() : words[i + 1].start()] in (" ", "-") \
                    and _fold(words[i + 1].group()) in _adjective_keys():
                continue  # "West" of "the West African bloc ECOWAS" is no West (Cameroon's region: break57 F1)
            found.add(country)
    return frozenset(found)


@cache
def _country_homonyms() -> dict[str, tuple[str, frozenset[str]]]:
    """Country code -> (the code of the country one of whose first-level subdivisions shares the country's name,
    the gazetteer ids of that subdivision's cities): data/region-exonyms.json "country_homonyms" (Georgia: the
    United States, Atlanta; Niger: Nigeria, Minna, Bida, Suleja)."""
    raw: dict = _data_json("region-exonyms.json").get("country_homonyms", {})
    return {code: (entry["region_country"], frozenset(entry["cities"])) for code, entry in raw.items()}


def _homonym_countries(text: str, places: AbstractSet[str], gazetteer: Gazetteer) -> frozenset[str]:
    """The countries of ``places`` (gazetteer ids read in ``text``, its dateline's too) that the text names by a
    name it means as another country's region (:func:`_country_homonyms`): it names a city of that region ("protests
    in Atlanta, Georgia") or writes the name right after a place of the region's country and a comma ("Columbus,
    Georgia"), and no city of the country itself (a text with Tbilisi means the country, Atlanta or not). Break57
    F7: a Tbilisi and an Atlanta protest of one day were "same place: Georgia", SAME 0.80."""
    homonyms = _country_homonyms()
    if homonyms.keys().isdisjoint(places):
        return frozenset()  # most texts
    of = _city_countries()
    out = set()
    for country in homonyms.keys() & places:
        region_country, cities = homonyms[country]
        if any(of.get(p) == country for p in places):
            continue  # a city of the country itself: "Tbilisi", "Niamey"
        if cities & places or _written_after_place_of(text, country, region_country, gazetteer):
            out.add(country)
    return frozenset(out)


def _written_after_place_of(text: str, country: str, region_country: str, gazetteer: Gazetteer) -> bool:
    """Whether ``text`` writes a one-word name of ``country`` right after ", " and a city of ``region_country``
    of one or two words ("Columbus, Georgia", "Minna, Niger"). A country before the comma is a list of countries, no
    city and its region (break59a F1: "Estados Unidos, Georgia y Ucrania", "the United States, Georgia and
    Moldova", "Nigeria, Niger, Chad and Cameroon" read Georgia and Niger as the US and the Nigerian state)."""
    words = _word_matches(text)
    for i, w in enumerate(words):
        if i == 0 or gazetteer.names.get(_fold(w.group())) != country or text[words[i - 1].end() : w.start()] != ", ":
            continue
        for start in (i - 1, i - 2):
            if start >= 0 and _names_a_city_of(text[words[start].start() : words[i - 1].end()], region_country,
                                               gazetteer):
                return True
    return False


def _names_a_city_of(phrase: str, country: str, gazetteer: Gazetteer) -> bool:
    """Whether the gazetteer reads ``phrase`` as a city of ``country`` and as no country ("Columbus" is a US city,
    "United States" and "Estados Unidos" are the country, "Nigeria" too)."""
    ids = frozenset(gazetteer.find(phrase))
    if any(len(p) == 2 and p.isupper() for p in ids):
        return False  # a country: "The United States, Georgia and Moldova"
    cities = _city_countries()
    return any(cities.get(p) == country for p in ids)


def _region_fragments(text: str) -> frozenset[str]:
    """Folded words that are a region's whole name and that ``text`` writes only inside a longer region's name or
    after "New" ("California" of "Baja California", "England" of "New England", named nowhere else): no name the text shares with a text of
    the shorter region ("same names: California" joined a Baja California fire and a California one)."""
    regions, longest = _regions()
    if _region_first_words().isdisjoint(_fold(text).split()):
        return frozenset()
    words = _word_matches(text)
    firsts = _region_first_words()
    # a region's name after "New": "England" of "New England"
    inner: set[int] = {i for i in range(1, len(words)) if _after_new_word(text, words, i)}
    for i, w in enumerate(words):
        if not w.group()[:1].isupper() or _fold(w.group()).split(" ", 1)[0] not in firsts:
            continue
        keys = [_fold(x.group()) for x in words[i : i + longest]]
        n = max((n for n in range(2, len(keys) + 1) if " ".join(keys[:n]) in regions
                 and words[i + n - 1].group()[:1].isupper() and _spaced_run(text, words, i, n)), default=0)
        inner.update(range(i + 1, i + n))
    folded = [_fold(w.group()) for w in words]
    fragments = {folded[j] for j in inner if folded[j] in regions}
    return frozenset(k.replace(" ", "") for k in fragments
                     if all(j in inner for j, f in enumerate(folded) if f == k))


def _after_new_word(text: str, words: Sequence[re.Match[str]], i: int) -> bool:
    """Whether ``words[i]`` follows a capitalised "New" of the languages read (text.NEW_WORDS) after a space or a
    hyphen, and the two open a name of their own (:func:`_new_names`): "New England", "Nouvelle-Angleterre",
    "Nueva Inglaterra", "New South Wales" name no England or Wales (the gazetteer reads "New Mexico" so: no
    Mexico). A headline's adjective names its region: "New Bavaria Coalition Sworn In" is Bavaria (break59a F4)."""
    if not (i > 0 and _fold(words[i - 1].group()) in _NEW_FOLDED and words[i - 1].group()[:1].isupper()
            and text[words[i - 1].end() : words[i].start()] in (" ", "-")):
        return False
    names, longest = _new_names()
    keys = [_fold(w.group()) for w in words[i - 1 : i - 1 + longest]]
    return any(" ".join(keys[:n]) in names and _spaced_run(text, words, i - 1, n) for n in range(2, len(keys) + 1))


@cache
def _new_names() -> tuple[frozenset[str], int]:
    """Folded names that open with a "New" word (text.NEW_WORDS) of the gazetteer ("New Zealand", "New Delhi"),
    of the region table ("New South Wales", "Nouvelle-Écosse", "Nuevo León") and data/region-exonyms.json
    "new_names" (a region no table holds: "New England"), and the most words one has."""
    regions, _ = _regions()
    extra: list = _data_json("region-exonyms.json").get("new_names", [])
    names = frozenset(n for n in itertools.chain(_default_gazetteer().names, regions, map(_fold, extra))
                      if n.split(" ", 1)[0] in _NEW_FOLDED and " " in n)
    return names, max((n.count(" ") + 1 for n in names), default=2)


def _spaced_run(text: str, words: Sequence[re.Match[str]], i: int, n: int) -> bool:
    """Whether ``words[i : i + n]`` are one run: only spaces or hyphens between them ("Baja California", "Rio Grande
    do Sul"), no comma or full stop ("Baja. California")."""
    return all(not text[words[k].end() : words[k + 1].start()].strip(" -") for k in range(i, i + n - 1))


def _heads_a_name(text: str, words: Sequence[re.Match[str]], i: int) -> bool:
    """Whether the word ``words[i]`` is the head of a longer name joined by a word that joins a noun to the name it
    belongs to ("of", "de", "von": :func:`_of_words`) and a capitalised word: "Gulf of Gdansk", "Bay of Biscay"."""
    return (i + 2 < len(words) and words[i + 1].group().lower() in _of_words() and words[i + 2].group()[:1].isupper()
            and text[words[i].end() : words[i + 1].start()] == " " == text[words[i + 1].end() : words[i + 2].start()])


def _given_name_before_surname(text: str, words: Sequence[re.Match[str]], i: int) -> bool:
    """Whether the one-word region name ``words[i]`` is part of a person's name: a given name (text/data/
    given_names.json) before it, or itself a given name a capitalised word follows after one space, which is no
    role ("Texas Governor") nor a common English word (trial54 F4: "la ministra de Vivienda, Isabel Rodríguez" gave
    the Solomon Islands, whose province is Isabel; Mary, Karen, Paola, Luca, Nelson, Lara, Miranda … are
    regions of Turkmenistan, Myanmar, Malta, New Zealand, Venezuela too)."""
    if i >= 1 and text[words[i - 1].end() : words[i].start()] == " " and words[i - 1].group()[:1].isupper() \
            and given_name_gender(words[i - 1].group()):
        return True  # the surname after a given name: "Isabel Rodrigues" is no Rodrigues (Mauritius)
    if i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    follower = nxt.group()
    if i >= 1 and text[words[i - 1].end() : words[i].start()] == " " \
            and words[i - 1].group().casefold() in role_words_any() and _surname_shaped(text, words[i], nxt) \
            and _transcribed_given_name(text, words, i):
        # between a role noun and a surname it is a given name the given-name lists lack: "Мэр Юта Штайнрук" (Mayor
        # Jutta Steinruck) is no Utah (newuser72 LOW-8: "different datelines: Germany vs United States")
        return True
    if not given_name_gender(words[i].group()):
        return False
    # a common English word after it names a body or a thing of the region ("Nevada Office of Traffic Safety",
    # "Tennessee Department of Health", "Victoria Harbour", "Texas A&M"), no surname
    return text[words[i].end() : nxt.start()] == " " and follower[:1].isupper() and len(follower) >= 2 \
        and follower.casefold() not in role_words_any() and not common_word(follower, "en")


# Regions whose name, transcribed into Cyrillic, is also a given name (Jutta, Georgia, Virginia, Carolina, Indiana,
# Dakota): only these between a role noun and a surname may be the person's given name. A Latin region there is the
# role's region ("Chief Minister Karnataka Siddaramaiah"), and so is any other ("Губернатор Огайо Девайн").
_REGIONS_ALSO_GIVEN_NAMES = frozenset({"юта", "джорджия", "вирджиния", "виргиния", "каролина", "индиана", "дакота"})

# The Cyrillic role noun (ru/uk/bg, any case form or compound: "губернатора", "вице-губернатор") of an office that
# governs a state or region: the region right after it is the office's, whatever given name it also is
# ("Губернатор Юта Кокс" is Utah's governor, "Мэр Юта Штайнрук" Mayor Jutta Steinruck: cluster74)
_REGION_TITLE_STEM = "губернатор"


def _transcribed_given_name(text: str, words: Sequence[re.Match[str]], i: int) -> bool:
    """Whether the region ``words[i]`` between a role noun and a surname-shaped word may be a foreign given name
    transcribed ("Мэр Юта Штайнрук": Jutta): one of :data:`_REGIONS_ALSO_GIVEN_NAMES` after a role noun that governs no
    region (a governor's, :data:`_REGION_TITLE_STEM`, does: "Губернатор Юта Кокс" is Utah's) (a Latin region there is the
    role's region, as South Asian and Italian news write it: "Chief Minister Karnataka Siddaramaiah", "Ministro
    Sicilia Renato Schifani"; so is "Губернатор Огайо Девайн"), its follower no given name and no capitalised word after it ("Chief Minister Sindh Murad Ali Shah":
    places73fix)."""
    if words[i].group().casefold() not in _REGIONS_ALSO_GIVEN_NAMES:
        return False  # "Губернатор Огайо Девайн" is Ohio's governor (retest_places73: 8 US states lost)
    if _REGION_TITLE_STEM in words[i - 1].group().casefold():
        return False  # "Губернатор Юта Кокс" is Utah's governor too: a governor's title governs a region
    if given_name_gender(words[i + 1].group()):
        return False
    after = words[i + 2] if i + 2 < len(words) else None
    return after is None or text[words[i + 1].end() : after.start()] != " " or not after.group()[:1].isupper()


def _surname_shaped(text: str, word: re.Match[str], nxt: re.Match[str]) -> bool:
    """``nxt`` reads as a surname after ``word``: one space between, capitalised, in lower case after its first letter
    (no acronym), three letters or more, no role noun nor common English word ("Utah Jazz" is a team, "Texas A&M")."""
    follower = nxt.group()
    return text[word.end() : nxt.start()] == " " and follower[:1].isupper() and follower[1:].islower() \
        and len(follower) >= 3 and follower.casefold() not in role_words_any() and not common_word(follower, "en")


def _doubtful_cities(places: AbstractSet[str], region_countries: AbstractSet[str]) -> frozenset[str]:
    """Gazetteer cities of a country the text names nothing else of, while it names a region of another
    country: the gazetteer knows one city by each name (the largest), and the text's is likely another
    ("SANTA FE, … en el sur de Nuevo México" is New Mexico's capital, not Argentina's Santa Fe; final31 #9)."""
    if not region_countries:
        return frozenset()
    cities = _city_countries()
    of = {p: p if len(p) == 2 and p.isupper() else cities.get(p) for p in places}
    return frozenset(p for p, c in of.items() if c and p != c and c not in region_countries
                     and sum(1 for q in of.values() if q == c) == 1)


def _text_name_keys(text: str, cased: bool | None = None) -> frozenset[str]:
    """A text's :attr:`_Text.name_keys`: the name keys of its capitalised words (:func:`_name_keys`), a
    text without case's the parts of its dotted Chinese names (:func:`_han_name_parts`); ``cased``:
    :func:`_cased` of the text when known."""
    return _name_keys(text) if (_cased(text) if cased is None else cased) else _han_name_parts(text)


def _name_keys(text: str) -> frozenset[str]:
    """The entity linker's name keys (:func:`~storylens.analysis.entities.phonetic_tokens`) of the
    capitalised words of ``text``, 3+ letters: a person named anywhere in a text, in any script or
    case form the linker folds ("Сейткали", "Seitkali" -> "seitkal", "seitkali")."""
    # (the keys of the words as written, a Turkish suffix kept: the name features were trained on them; names52)
    from ..analysis.entities import written_phonetic_tokens

    words = {w for w in _word_strings(text) if w[:1].isupper() and len(w) >= 3}
    return frozenset(k for w in words for k in written_phonetic_tokens(w) if len(k) >= 3)


@cache
def _han_dotted() -> re.Pattern[str]:
    """A transliterated name written whole in Chinese: parts of the characters transliteration uses (text
    data ``transliteration_chars``: Chinese has no spaces, so the name ends where they do) joined by a
    middle dot ("马尔特·塞特卡利" of "前矿长若马尔特·塞特卡利九年")."""
    chars = "".join(sorted(re.escape(c) for c in profile("zh").transliteration_chars))
    return re.compile(rf"[{chars}]{{1,8}}(?:[·・•‧][{chars}]{{1,10}})+")


def _han_name_parts(text: str) -> frozenset[str]:
    """The parts (2+ characters) of the dotted transliterated names of a Chinese text: its name keys for
    the actors rule, matched by sound against other scripts' names."""
    return frozenset(p for m in _han_dotted().finditer(text) for p in re.split("[·・•‧]", m.group()) if len(p) >= 2)


@cache
def _titled_name_re(lang: str | None) -> re.Pattern[str] | None:
    """A name written right before a title of a language that writes its titles after the name and no spaces
    (Japanese: "石破茂首相", "マルコス大統領", "林芳正官房長官"; text data ``titles``): a run of two to four kanji or of
    katakana, or None for another language. Chinese writes its titles before the name as often ("外长王毅")."""
    if base(lang) != "ja":
        return None
    titles = sorted((t for t in profile("ja").titles if len(t) >= 2 and t not in ("さん",)), key=len, reverse=True)
    if not titles:
        return None
    # a katakana name may stand before an office's kanji and then its title ("ブリンケン国務長官"); a kanji name
    # follows no kanji or katakana (a run of six kanji is an office and a name glued: not read)
    return re.compile(rf"(?<![\u4e00-\u9fff\u30a1-\u30fa・ー])([\u4e00-\u9fff]{{2,4}}|[\u30a1-\u30fa・ー]{{2,}})"
                      rf"(?:(?<=[\u30a1-\u30fa・ー])[\u4e00-\u9fff]{{1,3}}?)?(?:{alternation(titles)})")


def _titled_names(text: str, lang: str | None) -> tuple[str, ...]:
    """The names ``text`` writes right before a title (:func:`_titled_name_re`: Japanese "石破茂" of "石破茂首相",
    "マルコス" of "マルコス大統領"), in order, each once; () in another language. The people a Japanese report's
    opening names, for the other-days rule (break52 N4: 石破 in the Diet on the 10th and meeting Marcos on the 13th
    were "same story 0.73": no name of a text without capitals was read)."""
    pattern = _titled_name_re(lang)
    if pattern is None:
        return ()
    return tuple(dict.fromkeys(m.group(1) for m in pattern.finditer(text)))


def _titled_written(name: str, other: _Text) -> bool:
    """Whether ``other`` writes a name of a Japanese opening (:func:`_titled_names`): the name itself, or a titled name
    one of the two opens ("石破首相" of "石破茂首相": the surname alone)."""
    if name in other.text:
        return True
    return any(len(x) >= 2 and (x.startswith(name) or name.startswith(x)) for x in other.role_names)


def _han_people(text: str, opening: str) -> tuple[str, ...]:
    """The people a Chinese report is about: each dotted name its ``opening`` (:class:`Opening`) writes
    whose last part (2+ characters) the text writes again ("若马尔特·塞特卡利" ... "塞特卡利现年54岁").
    Native Chinese names carry no dot and are not read: a pair with one is left to the score."""
    out = []
    for m in _han_dotted().finditer(opening):
        last = re.split("[·・•‧]", m.group())[-1]
        if len(last) >= 2 and text.count(last) >= 2:
            out.append(m.group())
    return tuple(dict.fromkeys(out))


def _event_months(lead: str, *, lang: str | None, published: str | None = None) -> frozenset[str]:
    """The months ('YYYY-MM') the ``lead`` (the first EVENT_MONTH_CHARS of the text) dates something in
    without a day ("in March 2025"): the time of an event a report looks back on, not the report's own
    day (a weekday or "Dec 1" is read against the publication date and is the same for two reports of
    one day). ``published`` (ISO) gives a month written without a year ("in March") its year."""
    from ..analysis.quantities import may_date_month

    try:
        # a lead with no month word, 月 or "last month" dates no month: not read for dates (ingest59)
        if not may_date_month(lead, lang):
            return frozenset()
        # the opening's reader (:func:`_opening_dates`): a text of PLACE_LEAD_CHARS or fewer is read once (5 % of dev)
        found = _opening_dates(lead, published=published, lang=lang)
    except Exception:  # noqa: BLE001 - evidence for a reason line; never worth failing a pair
        return frozenset()
    return frozenset(d.date for d in found if d.precision == "month" and d.until is None and d.date
                     and len(d.date) == 7)


@lru_cache(maxsize=32)
def _opening_dates(opening: str, *, published: str | None, lang: str | None) -> tuple[Any, ...]:
    """``analysis.quantities.extract_dates(opening, published=published, language=lang)`` (a tuple of frozen
    records), kept for the few openings read last: one opening's event, weekdays and statement days read the same
    dates (join55: two or three date readings of each opening were ~5 % of the online join's analyses). Raises what
    the reader raises."""
    from ..analysis.quantities import extract_dates

    return extract_dates(opening, published=published, language=lang)

# The tolls the events rule reads (analysis.quantities.unit_key's casualty keys): tallies that only rise.
_TOLLS = ("killed", "injured")

# Counts of time are no figure of an occasion (a sentence of "four years" an appeal overturns, an age, "three
# days of rain"): the events rule's counts leave them out.
_TIME_KINDS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})


def _opening_event(opening: str, written: AbstractSet[str], *, lang: str | None, published: str | None,
                   filed: str | None = None) -> OpeningEvent:
    """The event the ``opening`` (:class:`Opening`) reports: ``event_days``, the 'month-day' days it
    dates it on (``written``, its :func:`_dates`: "23 November", or a weekday read against ``published``:
    "on Monday"), and ``event_tolls``, the largest exact figure of each toll it states, as (toll, at
    least, at most): ("killed", 38.0, inf) for "at least 38 killed"; no tolls when it dates no event
    (the rule reads them only beside days). Empty when the date or number reader fails."""
    from ..analysis.quantities import extract_numbers, unit_key

    days = set(written)
    tolls: dict[str, tuple[float, float]] = {}
    try:
        found = _opening_dates(opening, published=published, lang=lang)
    except Exception:  # noqa: BLE001 - evidence for a reason line; never worth failing a pair
        return OpeningEvent()
    days |= {d.date[5:] for d in found if d.precision == "day" and d.until is None and d.date and len(d.date) == 10}
    days |= _bare_days(opening, lang, published)
    election = election_level(opening, lang)
    # a dateline's day ("--10-20") stands for an undated opening's day in the long gap only (not an event day)
    filed_day = filed[-5:] if filed and not days and not published and re.fullmatch(r"-*\d\d-\d\d", filed) else ""
    if _revises(opening, lang):
        # a correction of a figure an earlier report gave: one event's figures told again on the day of the
        # correction, no occasion of their own (break49 N2: a robbery's value put at 1.2 million euros four days
        # after the owner's 3 million, a quake's toll revised to 3 and its magnitude put at 5.5 by another agency)
        return OpeningEvent(frozenset(days), election=election, filed=filed_day)
    if not days and not filed_day:
        # The rule (_events_apart) reads tolls only beside days, so an undated opening's are not read:
        # extract_numbers is ~7 of an opening's ~12 CPU-ms, and most openings date no event (the stream's
        # online join read every joining article's opening: its cluster stage 1.7 -> 5.8 CPU-s per 2k).
        return OpeningEvent(election=election)
    try:
        numbers = extract_numbers(opening, lang)
    except Exception:  # noqa: BLE001 - as above
        return OpeningEvent()
    counts: dict[str, set[float]] = {}
    for q in numbers:
        if q.kind == "money" and q.value is not None and q.unit and any(c.isdigit() for c in q.text):
            # a sum of the event ("jewels worth €1.2 million", "1,2 millones de euros"): one kind per currency
            # across languages (issue #11 F1: two Paris jewellery robberies four days apart, €1.2 million and
            # €300,000, were one story); a follow-up tells the sum again, alike
            counts.setdefault(f"{MONEY_KIND}{q.unit.upper()}", set()).add(float(q.value))
            continue
        key = unit_key(q.unit, lang) if q.kind == "count" and q.value is not None else None
        if (key and key not in _TOLLS and key not in _TIME_KINDS and q.value is not None
                and not (q.vague and not any(c.isdigit() for c in q.text))):  # not a word's range ("hundreds")
            counts.setdefault(key, set()).add(float(q.value))
        if key in _TOLLS and q.value is not None:
            if key == "injured" and _in_care(opening, q.start, q.end, lang):
                continue  # "12 Verletzte werden noch im Krankenhaus behandelt": those still in care, no toll
            low = float(q.low if q.low is not None else q.value)
            high = float(q.high if q.high is not None else math.inf if q.vague else q.value)
            was = tolls.get(key, (0.0, 0.0))
            tolls[key] = (max(was[0], low), max(was[1], high))
    return OpeningEvent(frozenset(days), tuple(sorted((k, lo, hi) for k, (lo, hi) in tolls.items())),
                        tuple(sorted((k, v) for k, vs in counts.items() for v in vs)), election, filed_day)


@cache
def _revision_pattern(lang: str | None) -> re.Pattern[str] | None:
    """The text data ``revision_cues`` of ``lang`` as one pattern (every language's when it has none), or None."""
    cues = [c for code in _data_languages(lang) for c in profile(code).revision_cues]
    return re.compile("|".join(f"(?:{c})" for c in cues), re.IGNORECASE) if cues else None


def _revises(opening: str, lang: str | None) -> bool:
    """Whether ``opening`` corrects a figure an earlier report gave (text data ``revision_cues``)."""
    pattern = _revision_pattern(lang)
    return pattern is not None and pattern.search(opening) is not None


@cache
def _election_patterns(lang: str | None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(level, pattern) of the text data ``election_levels`` of ``lang`` (every language's when it has none)."""
    return tuple((key, re.compile(p, re.IGNORECASE)) for code in _data_languages(lang)
                 for key, p in profile(code).election_levels)


def election_level(opening: str, lang: str | None) -> str:
    """The level of the election an opening reports (text data ``election_levels``: "local", "regional", "national",
    "european"), the level named first when it names several ("a regional election ... two weeks after the national
    election"), or "" when it names none."""
    found = [(m.start(), key) for key, pattern in _election_patterns(lang) if (m := pattern.search(opening))]
    return min(found)[1] if found else ""


@cache
def _bare_day_re(lang: str | None) -> re.Pattern[str] | None:
    """A day of the month written alone with its mark ("9日", "16일", "14号": text data ``day_marks``),
    not one the mark's ``not_before`` makes something else ("30日元" yen, "3일간" three days)."""
    if not lang or base(lang) not in TEXT_LANGUAGES or not profile(base(lang)).day_marks:
        return None
    p = profile(base(lang))
    after = f"(?!{alternation(p.day_not_before)})" if p.day_not_before else ""
    return re.compile(rf"(?<![\d.,])([12]?\d|3[01])\s?(?:{alternation(p.day_marks)}){after}")


def _bare_days(opening: str, lang: str | None, published: str | None) -> set[str]:
    """'month-day' of each day of the month the opening writes alone ("9日に沈没", "16일 오후": the
    languages that date an event by its day only, in the month of the report), read in the month of
    the publication date, or the month before when the day is later than the publication's (final34
    claim 2: a Japanese ferry sinking on the 9th and a Korean one on the 16th dated nothing, so the
    events rule never read them). A day after a month's mark ("12月9日", "12월 9일": ``not_after``) is a
    whole date, which the date reader reads. Nothing without a publication date."""
    pattern = _bare_day_re(lang)
    if pattern is None or not published:
        return set()
    from datetime import date, timedelta

    try:
        when = date.fromisoformat(published[:10])
    except ValueError:
        return set()
    months = profile(base(lang)).day_not_after
    out: set[str] = set()
    for m in pattern.finditer(opening):
        if months and opening[: m.start()].rstrip().endswith(months):
            continue
        day = int(m.group(1))
        month_start = when.replace(day=1) if day <= when.day else (when.replace(day=1) - timedelta(days=1)).replace(day=1)
        try:
            out.add(month_start.replace(day=day).isoformat()[5:])
        except ValueError:  # "31日" in a 30-day month: no such day
            continue
    return out

# A Sunday: a weekday of an opening without a publication date is read against it, only to know which weekday it
# names (:func:`_opening_weekdays`); the date it resolves to is never used.
_WEEKDAY_ANCHOR = "2001-01-07"


@cache
def _weekday_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """(the folded weekday words of every language's calendar and text data "weekday_forms", written without spaces;
    those in a script without spaces: "星期三", "水曜日")."""
    from ..text import all_weekday_names

    words = {w.casefold() for w in all_weekday_names(tuple(TEXT_LANGUAGES))}
    words |= {w.casefold() for lg in TEXT_LANGUAGES for w, _ in profile(lg).weekday_forms}
    cjk = tuple(sorted(w for w in words if any(_is_cjk(ch) for ch in w)))
    return frozenset(w for w in words if w not in cjk), cjk


def _opening_weekdays(opening: str, *, lang: str | None, published: str | None) -> frozenset[int]:
    """The weekdays (0 Monday .. 6 Sunday) an opening names as past or present days ("в понедельник", "on Wednesday",
    "την Πέμπτη", "星期三"): the date reader's weekday mentions, resolved against ``published`` (or, without it, a
    Sunday, only to know the weekday), future ones ("until Friday", "next Monday") left out. Without a publication
    date the reader resolves no weekday to a day, so two openings dated "on Monday" and "on Wednesday" had no day
    apart (break50 N10); the weekday itself tells two days apart whatever the year. Empty when it names none."""
    from datetime import date

    words, cjk = _weekday_words()
    low = opening.casefold()
    if not (any(w in words for w in re.findall(r"[^\W\d_]+", low)) or any(w in low for w in cjk)) and not any(
            (" " in w or "-" in w) and w in low for w in words):
        return frozenset()

    anchor = published[:10] if published else _WEEKDAY_ANCHOR
    try:
        found = _opening_dates(opening, published=anchor, lang=lang)
    except Exception:  # noqa: BLE001 - evidence for a reason line; never worth failing a pair
        return frozenset()
    out: set[int] = set()
    for d in found:
        if d.precision != "day" or d.until is not None or not d.date or len(d.date) != 10 or d.date > anchor:
            continue
        if _statement_day(opening, d.start, d.end, lang):
            continue
        text = d.text.casefold()
        if any(w in words for w in re.findall(r"[^\W\d_]+", text)) or any(w in text for w in cjk) \
                or any((" " in w or "-" in w) and w in text for w in words):
            try:
                out.add(date.fromisoformat(d.date).weekday())
            except ValueError:
                continue
    return frozenset(out)


def _said_days(opening: str, *, lang: str | None, published: str | None) -> tuple[tuple[str, str], ...]:
    """('month-day', its speaker's words) of each day the date reader finds in ``opening`` (resolved against
    ``published``) only where it dates a statement (:func:`_statement_day`: "said on 5 February", "erklärte am 5.
    Februar", "said on Wednesday" with a publication date), written nowhere else as the event's. The speaker's
    words: the sentence before the date, and when its last clause is one word or none ("Am Mittwoch sagte Regierungssprecher Steffen
    Hebestreit"), the clause after it too. :func:`_opening_weekdays` leaves such weekdays out; a day of the month, or
    a weekday the publication date resolves, stayed the event's day (break52 N1: a spokesman's word on an EU summit
    "on 5 February" against the summit on the 3rd). Empty when the opening has no reporting verb of its language."""
    code = (base(lang) or lang) if lang else None
    verbs = _statement_verbs(code) if code in TEXT_LANGUAGES else ()
    low = opening.casefold()
    if not verbs or not any(v[0] in low for v in verbs):
        return ()

    try:
        found = _opening_dates(opening, published=published, lang=lang)
    except Exception:  # noqa: BLE001 - evidence for a reason line; never worth failing a pair
        return ()
    said: dict[str, str] = {}
    event: set[str] = set()
    for d in found:
        if d.precision != "day" or d.until is not None or not d.date or len(d.date) != 10:
            continue
        if not _statement_day(opening, d.start, d.end, lang):
            event.add(d.date[5:])
            continue
        speaker = re.split(r"[.!?\n。！？]\s", opening[:d.start])[-1]
        if (verb := _fronted_statement_verb(opening, d.start, d.end, code, verbs)) is not None:
            speaker = opening[d.end:verb]  # "On Wednesday, Foreign Minister Antonio Tajani said": the words between
        elif len(_CLAUSE_BREAK.split(speaker)[-1].split()) <= 1:
            speaker = f"{speaker} {_CLAUSE_BREAK.split(opening[d.end:])[0]}"
        said[d.date[5:]] = f"{said.get(d.date[5:], '')} {speaker}".strip()
    return tuple(sorted((day, who) for day, who in said.items() if day not in event))

# The most words between a reporting verb and the weekday it dates ("told reporters on Wednesday", "said in Paris on
# Monday"): a rule, not tuned; "Police said gunmen attacked on Monday" (three between) keeps the attack's day.
STATEMENT_DAY_GAP = 2

# The most words between a weekday that opens its sentence and the reporting verb it dates ("On Wednesday, Foreign
# Minister Antonio Tajani said", «Mercoledì il ministro degli Esteri Antonio Tajani ha detto»: 4 and 7): a rule, not
# tuned; a speaker's name and office, not a clause (an event's verb between keeps the day the event's).
STATEMENT_FRONT_GAP = 8


@cache
def _statement_verbs(lang: str) -> tuple[tuple[str, ...], ...]:
    """The folded words of a language's reporting and source verbs (text data "reporting_verbs", "source_verbs":
    ("said",), ("told",), ("a", "déclaré"), ("заявил",)), each as a tuple of words."""
    p = profile(lang)
    return tuple(dict.fromkeys(tuple(v.casefold().split()) for v in (*p.reporting_verbs, *p.source_verbs)
                               if v.strip()))


def _statement_day(opening: str, start: int, end: int, lang: str | None) -> bool:
    """Whether the weekday written at ``opening[start:end]`` dates a statement rather than the event: a reporting
    verb of the language (:func:`_statement_verbs`) ends at most STATEMENT_DAY_GAP words before it ("said on
    Wednesday", "told reporters on Wednesday", "erklärte am Mittwoch", "a déclaré mercredi") or starts right after
    it ("во вторник заявил", "on Monday said"), with no clause break between. A follow-up told days later dates its
    words so ("Scholz said on Wednesday that his talks with Macron on Tuesday ..."): that day is no day of the
    meeting's, and read as one it gave the follow-up a day in common with another meeting (same52's refine: the
    Macron-Scholz follow-up joined Macron's meeting with Meloni on Thursday, a day after its "said on Wednesday")."""
    code = (base(lang) or lang) if lang else None
    verbs = _statement_verbs(code) if code in TEXT_LANGUAGES else ()
    if not verbs:
        return False
    before = _CLAUSE_BREAK.split(opening[:start])[-1].casefold().split()
    after = _CLAUSE_BREAK.split(opening[end:])[0].casefold().split()
    for verb in verbs:
        n = len(verb)
        # the verb's last word STATEMENT_DAY_GAP words or fewer before the weekday, or its first word right after
        for k in range(max(0, len(before) - n - STATEMENT_DAY_GAP), len(before) - n + 1):
            if tuple(before[k:k + n]) == verb:
                return True
        if tuple(after[:n]) == verb:
            return True
    return _fronted_statement_verb(opening, start, end, code, verbs) is not None


@cache
def _past_form_re(lang: str) -> re.Pattern[str] | None:
    """``lang``'s past verb forms (text data "past_form": "met", "attacked", «ha incontrato»), or None."""
    form = profile(lang).past_form
    return re.compile(form, re.IGNORECASE) if form else None


def _fronted_statement_verb(opening: str, start: int, end: int, lang: str | None,
                            verbs: tuple[tuple[str, ...], ...]) -> int | None:
    """Where in ``opening`` the reporting verb starts when the weekday at ``opening[start:end]`` opens its sentence (at most two words before it: "On", "Am",
    "Le") and dates the reporting verb (one of ``verbs``) that follows its speaker, STATEMENT_FRONT_GAP words or
    fewer after it: "On Wednesday, Foreign Minister Antonio Tajani said the meeting … had been very positive",
    «Mercoledì Antonio Tajani, ministro degli Esteri, ha detto che …». The words between are the speaker: no past
    verb form of ``lang`` among them (text data "past_form": "On Monday, gunmen attacked a hotel, police said" keeps
    the attack's day), no break but commas, and after a comma past the weekday's own the verb comes right away (an
    apposition: "…, ministro degli Esteri, ha detto"; not "On Monday, a bomb exploded, police said"). break53 F1:
    only a weekday after the verb was read as the statement's, and a follow-up opening with its weekday was held
    apart from the meeting it reports on. None when it does not."""
    head = re.split(r"[.!?\n。！？]\s|\s[-—–]\s", opening[:start])[-1]  # a dateline's dash opens a sentence too
    if len(head.split()) > 2 or _CLAUSE_BREAK.search(head):
        return None
    rest = re.split(r"[.!?\n。！？](?:\s|$)", opening[end:], maxsplit=1)[0]
    spans = list(re.finditer(r"[^\W_][\w'’-]*|[^\w\s]", rest))
    tokens = [m.group() for m in spans]
    folded = [t.casefold() for t in tokens]
    past = _past_form_re(lang) if lang in TEXT_LANGUAGES else None
    words = commas = 0
    for i, token in enumerate(tokens):
        if not token[0].isalnum():
            if token != ",":
                return None  # a quote, a dash, a colon: no speaker's words
            commas += 1 if words else 0  # the comma right after the weekday is the weekday's own
            continue
        verb = next((v for v in verbs if tuple(folded[i:i + len(v)]) == v), None)
        if verb is not None:
            after = folded[i + len(verb) : i + len(verb) + 2]
            # "On Monday, police said, gunmen attacked …" (a parenthesis), "troops said to be loyal to …" (a
            # passive): the verb dates nothing, the weekday is the event's (break54 4)
            if (after[:1] == [","] and after[1:] and after[1] not in _speech_links(lang)) \
                    or after == ["to", "be"]:
                return None  # (but "заявил, что", "sagte, dass": a comma before the complementizer)
            return end + spans[i].start() if words > 0 and (commas == 0 or folded[i - 1] == ",") else None
        if folded[i] in _clause_relatives(lang):
            return None  # "On Monday, gunmen who police said belonged to …": the verb is the relative clause's
        words += 1
        if words > STATEMENT_FRONT_GAP:
            return None
        # an event's verb before the reporting one; a capitalised word is a name ("Ahmed", "Mohammed")
        pair = " ".join(t for t in tokens[max(0, i - 1) : i + 1] if t[0].isalnum())
        if past is not None and not token[:1].isupper() and past.search(pair):
            return None
    return None


@cache
def _clause_relatives(lang: str | None) -> frozenset[str]:
    """The one-word relative pronouns of ``lang`` (text data "person_relatives" and "thing_relatives": who, which,
    qui, che, que, который). German's are its articles ("der", "die") and its relative clauses stand between commas,
    which :func:`_fronted_statement_verb` reads already, so none for it."""
    if lang is None or base(lang) not in TEXT_LANGUAGES or base(lang) == "de":
        return frozenset()
    data = profile(base(lang))
    return frozenset(w for w in (*data.person_relatives, *data.thing_relatives) if " " not in w)


@cache
def _speech_links(lang: str | None) -> frozenset[str]:
    """The words that join a verb of saying to what was said (text data "complementizers", "utterance_links": что,
    dass, że, that) of ``lang``, of every language when it is unknown."""
    langs = (base(lang),) if lang and base(lang) in TEXT_LANGUAGES else tuple(TEXT_LANGUAGES)
    return frozenset(w for lg in langs for w in (*profile(lg).complementizers, *profile(lg).utterance_links))

_CLAUSE_END = re.compile(r"[.;!?\n。；！？]")


@cache
def _care_res(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The still-words and care-words of ``lang`` (every language when unknown) as word-start patterns."""
    langs = (base(lang),) if lang and base(lang) in TEXT_LANGUAGES else tuple(TEXT_LANGUAGES)
    still = [w for lg in langs for w in profile(lg).care_still_words]
    care = [w for lg in langs for w in profile(lg).care_words]
    if not (still and care):
        return None
    return _word_starts(still), _word_starts(care)


def _word_starts(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(words)})")


def _in_care(text: str, start: int, end: int, lang: str | None) -> bool:
    """Whether the clause around ``text[start:end]`` (a casualty count) holds a still-word and a care-word
    of the language (text/data ``care_still_words``, ``care_words``): the people still in care, not the
    toll ("12 Verletzte werden noch im Krankenhaus behandelt", final34 #2: read as an injured toll that
    fell from 30 to 12, a follow-up was 'a different story')."""
    res = _care_res(lang)
    if res is None:
        return False
    before = [m.end() for m in _CLAUSE_END.finditer(text, 0, start)]
    after = _CLAUSE_END.search(text, end)
    clause = text[before[-1] if before else 0 : after.start() if after else len(text)].lower()
    return all(r.search(clause) for r in res)


def _lead_people(stripped: str, opening: str, given: AbstractSet[str], gazetteer: Gazetteer,
                 lang: str | None = None) -> tuple[str, ...]:
    """The people a report is about: each name its ``opening`` (:class:`Opening`: title, dateline, first
    sentence; in a title in title case, :func:`_title_case_line`, only a given name of the name lists that is no
    common word of ``lang``: :func:`_title_given_name`) writes as given name + surname ("Viktor Halden") whose given name the text (``stripped``)
    writes only before another name (``given``: :func:`_given_names` of its sentences) and whose
    surname the text writes again alone ("Halden, 61, served ..."). The surname is no place, month or
    title word. Trial 18 #1: two ex-ministers' verdicts a week apart, one court story each, were "the
    same story" (0.64) with no name in common; their protagonists differ."""
    out: list[str] = []
    # A title in title case capitalises its verbs and common nouns, so its capitals are no evidence of a name
    # ("Reverses Bush" of "Obama Reverses Bush on Species Protection Measure", ECB+ train: "different people in
    # the openings: Reverses Bush vs Ken Salazar" held a same-story pair apart; the names rule reads no word of such
    # a title, :func:`_title_case_line`): there only the name lists tell a given name ("Sheriff's Deputy Jerry
    # Ortiz", "Fred LaRue, Watergate Figure, Dies at 75": people named in full only in the title).
    title = _title_case_line(opening)
    runs = [(run, True) for run in _name_runs(opening[:title])] + [(run, False) for run in _name_runs(opening[title:])]
    for run, titled in runs:
        first, last = run[-2:]  # a run's last two words: "Transportes Viktor Halden" is Viktor Halden
        # a case ending or possessive after an apostrophe is no part of the name: Turkish "Seytkali'ye",
        # then "Seytkali'yi" (trial45: no person was read of the Turkish report); "Halden's"
        last = re.split(r"['’]", last, maxsplit=1)[0]
        key = _fold(last).replace(" ", "")
        # "One Australian", "A British": a sentence's opening word and an adjective of nation (ECB+ dev)
        if (_fold(first).replace(" ", "") not in given or len(key) < 3 or len(first) < 2 or _calendar_word(last)
                or first.casefold() in _TITLE_WORDS | _COMMON_INITIAL | _COUNT_WORDS
                or last.casefold() in _COMMON_INITIAL or {key, _fold(first).replace(" ", "")} & _adjective_keys()
                or gazetteer.find(last) or (titled and not _title_given_name(first, lang))):
            continue
        # the surname again anywhere, not right after the given name: "Halden, de 61 años"
        if _word_hits(last, stripped, limit=1, not_after=f"{first} "):
            out.append(f"{first} {last}")
    return tuple(dict.fromkeys(out))


def _title_given_name(word: str, lang: str | None) -> bool:
    """Whether ``word``, a capitalised word of a title in title case, is a given name there: one the name lists hold
    (:func:`~storylens.text.given_name_gender`) that the lexicon of ``lang`` does not know as a common word (a
    title capitalises "Beat", "Sue", "Will": "Colts Beat Chiefs"). Any listed given name in a language simplemma
    does not lemmatise."""
    if given_name_gender(word) is None:
        return False
    code = base(lang) or ""
    if code not in LEMMA_LANGUAGES or code not in TEXT_LANGUAGES:
        return True
    from .._cache import is_known

    return not is_known(word.lower(), code)


def full_names(text: str, gazetteer: Gazetteer | None = None) -> frozenset[str]:
    """The people ``text`` names in full, folded: a given name of the name lists (the text layer's
    :func:`~storylens.text.given_name_gender`, ~80 locales) and the capitalised word right after it,
    inside a run of capitalised words ("Außenminister Heiko Maas" -> "heiko maas", "Chad Wolf's"
    -> "chad wolf"). Not a person: a given name that closes a place with the word before it ("New
    York Times"), a second word the text also writes in lower case ("Washington Post" beside "the
    post"), of fewer than 3 letters, in capitals (an acronym), a month or weekday. Folded as every
    name feature is (:func:`_fold`), so one person's spellings in two Latin-script languages meet
    ("Andrzej Duda"); in two scripts only where the transliterations agree and the name lists hold
    the given name's form ("Іван").
    The refine pass reads them across languages (:meth:`storylens.cluster.StoryClusterer.refine`):
    the model's name features read only its kept sentences, so a person a report names lower down
    is no evidence there."""
    gazetteer = gazetteer or _default_gazetteer()
    lower = {w for w in _word_strings(text) if w[:1].islower()}
    out: set[str] = set()
    for run in _name_runs(text):
        for k, (given, surname) in enumerate(itertools.pairwise(run)):
            if given_name_gender(given) is None or _calendar_word(given):
                continue
            if k and f"{_fold(run[k - 1])} {_fold(given)}" in gazetteer.openings:  # "New York"
                continue
            last = _possessive_key(surname)
            if len(last) < 3 or surname.isupper() or last in lower or _calendar_word(surname):
                continue
            if _place_or_body(_fold(given), _fold(last), gazetteer, given_name_gender(surname) is not None):
                continue
            out.add(f"{_fold(given)} {_fold(last)}")
    return frozenset(out)


def _place_or_body(given: str, last: str, gazetteer: Gazetteer, last_given: bool) -> bool:
    """Whether a given name and the word after it (both folded) name a place or a body, not a person
    (review34a #4): a place of the gazetteer ("Virginia Beach", "Santa Clara"), a city and a region
    named as a given name is (``last_given``: "Alexandria Virginia"; not "Mauricio Rivera", "Orlando
    Rivas", whose regions are surnames: dev texts), a word of the text layer's ``organisation_words`` ("Regina Police",
    "Christian Democrats"), or a city and a plural common noun, as a team is named ("Charlotte
    Hornets": a lexicon reads the word as the plural of another; "Madison Keys" is lost with them)."""
    pair = f"{given} {last}"
    if pair in gazetteer.names or pair in gazetteer.openings or last in _organisation_words():
        return True
    if given not in gazetteer.names:
        return False
    return (last_given and last in _regions()[0]) or _plural_noun(last)


@cache
def _organisation_words() -> frozenset[str]:
    return frozenset(_fold(w) for w in organisation_words_any())


def _plural_noun(word: str) -> bool:
    """Whether a lexicon reads ``word`` (folded) as a regular plural of a headword ("hornets" ->
    "hornet"), in a language whose data lists its plural endings (``noun_plural_endings``): a common
    noun, not a surname ("Gates" is one too: only a city's name before it is read so)."""
    from .._cache import is_known, lemmatize
    from ..text import LEMMA_LANGUAGES

    # English first, whose lexicon `storylens setup` builds: its yes ("hornets", "keys") ends the search before
    # another language's lexicon is built for it (the answer is the same in any order)
    for lang in sorted(LEMMA_LANGUAGES, key=lambda code: (code != "en", code)):
        ends = profile(lang).noun_plural_endings if lang in TEXT_LANGUAGES else ()
        # a word with none of the endings is no such plural: its lexicon is not asked (built on first use: an
        # English text's "Paris Street" built es, fr and pt's, trial newuser61 M3)
        ends = tuple(e for e in ends if word.endswith(e))
        if ends and is_known(word, lang) and any(word == lemmatize(word, lang) + e for e in ends):
            return True
    return False


@cache
def _default_gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _spelled_places(text: str, lang: str | None, gazetteer: Gazetteer, own_cases: bool = False) -> frozenset[str]:
    """Gazetteer ids of the countries and large cities ``text`` names in spellings the gazetteer lacks:
    a large city in another language's form ("Bukareszt", "Warszawy": GeoNames' names, inflected too)
    and, in languages that inflect a country's name by case (those whose data puts a role's place in
    the genitive: pl, ru), a country so inflected ("w Rumunii": babel's "rumunia", its ending swapped).
    A lone capitalised word only: none inside a run of names ("Bennie Thompson", "Pasig City"), none
    that opens a sentence as a common word of the language ("Drugie") or is one in English ("the City"). Trial 12: PAP's report on Romania's election
    named no place the gazetteer knows, and the place rule saw none. ``own_cases``: the language's own case
    endings too (:func:`storylens.text.city_case_forms`: Czech "v Brně", "v Praze"; the stream's city keys read
    them so), for the languages the sentence encoder does not read only (:func:`_inflected_places`: the model's
    features stay as trained)."""
    from ..analysis.entities import (
        exact_key as _exact_key,  # GeoNames' names in every script
    )
    from ..analysis.entities import (
        inflected_city as _inflected_city,
    )
    from ..analysis.entities import (
        place_names as _places,
    )

    index, label, _ = _places()
    code = base(lang) or ""
    inflecting = code in TEXT_LANGUAGES and profile(code).genitive_after_title
    countries = territory_names(code) if inflecting else {}
    words = _word_matches(text)
    found: set[str] = set()
    for k, m in enumerate(words):
        word = m.group(0)
        if not word[:1].isupper() or len(word) < 4 or word.isupper() or _fold(word) in gazetteer.names:
            continue
        if any(0 <= j < len(words) and words[j].group(0)[:1].isupper() and _spaced(text, words, min(j, k))
               for j in (k - 1, k + 1)):
            # a part of a longer name: only a country it names as its last word after a common noun counts,
            # a national institution's ("Narodowy Bank Polski", "Банк России"; trial 15: NBP's decision named
            # no place), not a person's surname ("Jan Polski")
            last = k + 1 >= len(words) or not (words[k + 1].group(0)[:1].isupper() and _spaced(text, words, k))
            noun = k > 0 and _lower_lemma(words[k - 1].group(0), code)
            country = _inflected_country(word.lower(), countries, code) if last and noun else None
            if country is not None:
                found.add(country)
            continue
        if _opens_sentence(text, m.start()) and _lower_lemma(word, code) or _lower_lemma(word, "en"):
            continue  # "Drugie miejsce ...", "the City": a common word ("Drug" is a city in India)
        city = index.get(_exact_key(word)) or _inflected_city(word, index, code if own_cases else None)
        place = gazetteer.names.get(_fold(label[city])) if city else _inflected_country(word.lower(), countries, code)
        if place is not None:
            found.add(place)
    return frozenset(found)

# The lexicons a city's name is looked up in as a common word (:func:`_word_cities`): every language read.
_WORD_CITY_LEXICONS = tuple(lg for lg in TEXT_LANGUAGES if lg in LEMMA_LANGUAGES)


@cache
def _word_city_words(langs: tuple[str, ...]) -> tuple[Any, ...]:
    """The text data :func:`_word_city_reading` reads of ``langs``, gathered once a language (they were gathered again
    for each text, every language's for a text of none: ingest67): (place prepositions lower-cased, person
    prepositions, person nouns with every language's role nouns, place verbs, place heads, place nouns, directions,
    pronouns, clause coordinators, name heads, place endings, stop words with the prepositions, the followers of a
    place (None where any word may follow), whether a language of them capitalises its nouns). Shared: never changed."""
    profiles = [profile(lg) for lg in langs]
    preps = frozenset(w.lower() for p in profiles for w in p.place_prepositions)
    person_preps = frozenset(w for p in profiles for w in p.word_city_person_prepositions)
    person_nouns = frozenset(w for p in profiles for w in p.word_city_person_nouns) | role_words_any()
    verbs = frozenset(w for p in profiles for w in p.word_city_place_verbs)
    heads = frozenset(w for p in profiles for w in p.place_heads)
    place_nouns = frozenset(w for p in profiles for w in p.word_city_place_nouns)
    directions = frozenset(w for p in profiles for w in p.word_city_directions)
    pronouns = frozenset(w for p in profiles for w in p.word_city_pronouns)
    coordinators = frozenset(w for p in profiles for w in p.clause_after_comma)
    name_heads = frozenset(w for p in profiles for w in p.word_city_name_heads)
    place_endings = frozenset(w for p in profiles for w in p.word_city_place_endings)
    # the lower-case words that may follow a place after an event verb, in the languages whose data list them (a noun
    # modifier before its noun: English): None where any word may
    # ("hit Nice airport" keeps a place: a place noun follows)
    stops = frozenset(stop_words_any(langs)) | preps
    followers = frozenset(w for p in profiles for w in p.word_city_followers) | stops | place_nouns \
        if any(p.word_city_followers for p in profiles) else None
    capitalised = any(p.capitalised_nouns for p in profiles)
    return (preps, person_preps, person_nouns, verbs, heads, place_nouns, directions, pronouns, coordinators,
            name_heads, place_endings, stops, followers, capitalised)


def _word_city_reading(text: str, lang: str | None, gazetteer: Gazetteer) -> tuple[frozenset[str], frozenset[str]]:
    """Gazetteer ids of the large cities ``text`` names by a one-word name that the gazetteer does not key
    (:attr:`Gazetteer.word_cities`: a common word or a person's name as often, "Nice", "Mobile", "Florence",
    "Vladimir", or shorter than its keys, "Qom", "Ufa"), where the writing shows a place: the name as its
    label spells it, capitalised inside a sentence and outside a run of capitalised words ("floods in Nice",
    not "Vladimir Putin", "Abraham Lincoln"), or with a possessive or case ending ("Nice's mayor" opening a
    sentence). A name that is also a given name (text/data/given_names.json: "Florence", "Regina") and any
    name in a language that capitalises every noun (German "Corona") counts only right after one of the
    language's place prepositions ("in Florence"); one that a lexicon of the languages read knows as a common word
    ("nice", "mobile") counts there or with an ending ("Nice's"), never only for its capital ("the Mobile app"); one
    the text data list as no name (:func:`_common_name_words`: the currency "Corona", "la crise de Corona") never. A sentence-initial "Nice was hit" alone stays unread: "Nice to see" opens
    sentences too. Break49 O4: two floods in Nice and Toulon read as one story,
    Nice no place at all. The place rule and reasons only (the model's place features stay as trained).

    Returns those ids and the names (labels) the text writes where the writing shows something else: inside a longer
    name ("Hurricane Florence", "Florence Pugh"), a person's ("the husband of Regina", "Regina, 34,"), a company's, a
    noun's modifier ("hit Mobile phone networks") or a common word ("the Mobile app"); a name that only opens a
    sentence or only follows "from" shows neither (:func:`_shared_names`, :func:`_word_city_split`)."""
    cities = gazetteer.word_cities
    if not cities:
        return frozenset(), frozenset()
    code = base(lang) or ""
    langs = (code,) if code in TEXT_LANGUAGES else tuple(TEXT_LANGUAGES)
    (preps, person_preps, person_nouns, verbs, heads, place_nouns, directions, pronouns, coordinators, name_heads,
     place_endings, stops, followers, capitalised) = _word_city_words(langs)
    nouns = capitalised if code else False
    words = _word_matches(text)
    found: set[str] = set()
    others: set[str] = set()
    for k, m in enumerate(words):
        word = m.group(0)
        # both endings follow an apostrophe: a word without one is read without searching it (two searches a word)
        ending = (_CASE_ENDING.search(word) or _S_ENDING.search(word)) if "'" in word or "’" in word else None
        name = word[: ending.start()] if ending else word
        city = cities.get(name)
        if city is None or _spelling_key(name) in _common_name_words():
            continue  # a word the text data list as no name: a currency ("Corona": "la crise de Corona")
        # a capitalised function word opening the sentence is no part of a name: "In Nice, 3 people died" (break50b 10)
        if any(0 <= j < len(words) and words[j].group(0)[:1].isupper() and _spaced(text, words, min(j, k))
               and not (j == k - 1 and words[j].group(0).lower() in stops and _opens_sentence(text, words[j].start()))
               and not (j == k - 1 and words[j].group(0).lower() in directions)  # German "Richtung Nice"
               # "Van'ın Muradiye ilçesi": a case ending parts two names ("St. Mary's Hospital" stays one)
               and not (j == k + 1 and ending is not None and not ending.group(0).endswith(("s", "S")))
               for j in (k - 1, k + 1)):
            # a part of a longer name: "Vladimir Putin", "Lake Van", "Mobile World Congress"; a storm's, a title
            # holder's or a person's full name shows no place ("Hurricane Florence", "Princess Mary", "Florence
            # Pugh"), a run such as "Van Valiliği", "Mobile County", "Regina Police" may be the city's own
            if k > 0 and words[k - 1].group(0).lower() in name_heads and _spaced(text, words, k - 1) \
                    or given_name_gender(name) is not None and _next_word(text, words, k) \
                    and words[k + 1].group(0)[:1].isupper() and _next_word(text, words, k) not in place_nouns \
                    and gazetteer.names.get(_fold(words[k + 1].group(0))) is None \
                    and not any(_lower_lemma(words[k + 1].group(0), lg) for lg in langs):
                others.add(name)  # (not "Van Valimiz", "Van Adli Tıp Kurumu": the city's office, institute)
            continue
        if _ends_longer_place(text, words, k, name, gazetteer, heads):
            others.add(name)
            continue  # "the Isle of Man's government": the island, not Man of Côte d'Ivoire (break50 N7)
        if re.match(r"\s*[,(]\s*\d{1,3}\s*[,)]", text[m.end():]):
            others.add(name)
            continue  # a person's age: "The car struck Regina, 34, …", "Florence (34) a été" (not "In Nice, 3 died")
        before = words[k - 1].group(0).lower() if k > 0 and _spaced(text, words, k - 1) else ""
        before2 = words[k - 2].group(0).lower() if k > 1 and _spaced(text, words, k - 2) else ""
        if _country_apposition(text, m.end(), city, gazetteer):
            found.add(city)  # "Nice, France, was hit", "Florence, Italy", "Mobile, Alabama" (break50b 10)
            continue
        if (before in preps or before in person_preps) and before2 in place_nouns:
            found.add(city)  # "The mayor of Nice said", "le maire de Florence" (break50b 10)
            continue
        if before in preps and before2 in person_nouns:
            others.add(name)
            continue  # a person's: "Le mari de Florence", "El presidente de Regina" (break50 N7)
        if company_apposition(text, m.end(), langs):
            others.add(name)
            continue  # a company's or a unit's: "results from Mobile, the carrier's unit" (break50 N7)
        # "Storm Regina moved toward Nice", "The fire spread to Nice from Cannes" (break50b 10)
        after_prep = before in preps or before in directions or f"{before2} {before}" in directions
        given = nouns or given_name_gender(name) is not None
        after_verb = before in verbs and _verb_object(text, words, k, followers, pronouns if given else set(),
                                                       coordinators)
        if before in verbs and not after_verb:
            others.add(name)  # a noun's modifier or a person: "hit Mobile phone networks", "struck Regina as she"
        possessed = ending is not None and ending.group(0).endswith(("s", "S")) \
            and _next_word(text, words, k) in place_nouns  # "Nice's mayor", "Florence's streets" (break50b 10)
        if given:
            # a given name after "from"/"de" is its bearer as often: "The letter from Mary" (break50 N7)
            if after_prep and (before not in person_preps or f"{before2} {before}" in directions) \
                    or after_verb or possessed \
                    or ending is not None and ending.group(0)[1:].lower() in place_endings:  # "Van'da", "Van'dan"
                found.add(city)
            continue
        if _opens_sentence(text, m.start()):
            # "Man's best friend", "Nice to see": a sentence's first word is capitalised whatever it is; a possessive
            # there counts before a role or place noun only ("Nice's mayor", "Nice's streets")
            if ending is not None and not ending.group(0).endswith(("s", "S")):
                found.add(city)  # a case ending: Turkish "Nice'te"
            elif possessed:
                found.add(city)
            elif ending is None and followers is not None and not _verb_object(text, words, k, followers, set()):
                others.add(name)  # a noun's modifier: "Nice weather returned", "Mobile phone networks failed"
            continue
        if after_prep or after_verb or ending is not None:
            found.add(city)
        elif not any(_lower_lemma(name, lg) for lg in _WORD_CITY_LEXICONS):
            found.add(city)  # not "the Mobile app": a common word of a language read
        else:
            others.add(name)
    return frozenset(found), frozenset(others)


def _word_cities(text: str, lang: str | None, gazetteer: Gazetteer) -> frozenset[str]:
    """The gazetteer ids of :func:`_word_city_reading`."""
    return _word_city_reading(text, lang, gazetteer)[0]


def _verb_object(text: str, words: Sequence[re.Match[str]], k: int, followers: AbstractSet[str] | None,
                 pronouns: AbstractSet[str], coordinators: AbstractSet[str] = frozenset()) -> bool:
    """Whether ``words[k]``, right after an event verb ("hit", "struck"), is the place the event hit: no lower-case
    word outside ``followers`` right after it (``None``: any word may follow), which makes it a noun's modifier
    ("Floods hit Mobile phone networks"; "hit Nice on Monday", "hit Nice hard" keep it), and none of ``pronouns`` (a
    person's, for a given name) later in its sentence: "The car struck Regina as she crossed the road", "The news
    hit Regina hard, her husband said" (break50b 3); not one of another clause, after a comma and one of
    ``coordinators`` (:func:`~storylens.text.person_after`, break51 N8)."""
    nxt = _next_word(text, words, k)
    if followers is not None and nxt and words[k + 1].group(0).islower() and nxt not in followers \
            and not nxt.endswith("ly"):
        return False
    return not (pronouns and person_after(text, words[k].end(), set(pronouns), set(coordinators)))


def _country_apposition(text: str, end: int, city: str, gazetteer: Gazetteer) -> bool:
    """Whether a comma and the name of the city's own country or of one of its regions follow the name at ``end``,
    up to the next comma or stop: "Nice, France, was hit", "Mobile, Alabama", "Regina, Saskatchewan" (the
    gazetteer's countries and data/region-countries.json's regions)."""
    tail = re.match(r"\s*,\s*(?:[^\W\d_]{1,3}\s+)?([^\W\d_][^,.;:!?()\n]{1,40})(?=[,.;:!?()\n]|$)", text[end:])
    if tail is None or not tail.group(1)[:1].isupper():  # ("Nice, en France": a short preposition before it)
        return False
    country = _place_countries_of(frozenset({city}))
    if not country:
        return False
    seg = tail.group(1).strip()
    # ("in" before the segment: a region's one-word name opening a text would read as a sentence's capital)
    named = _place_countries_of(frozenset(p for p in gazetteer.find(seg) if len(p) == 2)) | _region_countries_of(f"in {seg}")
    return bool(named & country)


def _next_word(text: str, words: Sequence[re.Match[str]], k: int) -> str:
    """The word after ``words[k]``, lower case, when only spaces part them; "" otherwise."""
    return words[k + 1].group(0).lower() if k + 1 < len(words) and _spaced(text, words, k) else ""


def _ends_longer_place(text: str, words: Sequence[re.Match[str]], k: int, name: str, gazetteer: Gazetteer,
                         heads: set[str]) -> bool:
    """Whether ``words[k]`` (``name`` without its ending) ends a longer place name: the gazetteer keys the run of the
    one to three words before it with it ("Isle of Man", "Île de Man"), or a place head and a short linking word
    precede it ("Isle of ...", "Lake of ...": text data "place_heads")."""
    for n in (1, 2, 3):
        if k - n < 0:
            break
        run = text[words[k - n].start():words[k].start() + len(name)]
        if _fold(run) in gazetteer.names:
            return True
    return k >= 2 and words[k - 2].group(0).lower() in heads and len(words[k - 1].group(0)) <= 3 \
        and words[k - 1].group(0).islower()


def _spaced(text: str, words: Sequence[re.Match[str]], j: int) -> bool:
    """Words ``j`` and ``j + 1`` stand one space apart (one run of a name)."""
    return text[words[j].end() : words[j + 1].start()] == " "


def _opens_sentence(text: str, start: int) -> bool:
    """The word opens a sentence, a line or a clause after a dash (:func:`_after_stop`)."""
    return _after_stop(text, start, ".!?:;…\n–—")


def _lower_lemma(word: str, code: str) -> bool:
    """The language's lexicon reads ``word`` as a common word: its lemma is lower case ("drugie" ->
    "drugi"; "rumunii" -> "Rumunia" is a name)."""
    if code not in LEMMA_LANGUAGES or code not in TEXT_LANGUAGES:
        return False
    from .._cache import is_known, lemmatize  # simplemma, answered from disk when asked before

    low = word.lower()
    return is_known(low, code) and lemmatize(low, code).islower()


def _inflected_country(low: str, countries: Mapping[str, str], code: str = "") -> str | None:
    """The ISO code of the country ``low`` names with a case ending ("rumunii" -> "rumunia" -> RO): the
    name with at most its last letter changed and two added (as
    :func:`storylens.analysis.quotes._subjects._country_word` reads it, so "Francis" is no "francia"), or, in
    language ``code``, a form whose lemma is the name: a stem that alternates ("w Polsce" -> "polska",
    "w Ameryce" -> "ameryka"; trial 15: PAP's report named Poland only so, and the place rule saw no place). Of two
    names so read, the one the form shares more letters with: Polish "Nigerii" is Nigeria's, not Niger's ("niger" and
    two letters added), Russian "Нигере" Niger's (break56b F3: "w Nigerii" was read as Niger)."""
    if not countries:
        return None
    best, best_shared = None, 0
    for name, iso in _country_stems(countries).get(low[:3], ()):  # the names whose first three letters are the form's
        shared = len(os.path.commonprefix((low, name)))
        if shared >= len(name) - 1 and 0 < len(low) - shared <= 2 and shared > best_shared:
            best, best_shared = iso, shared
    if best is not None:
        return best
    if code == "pl":
        # a Polish name that loses the "e" of its last syllable before a case ending: "Niger" -> "w Nigrze",
        # "Nigru", "Nigrem" (break57 F1: the Polish report of a Niger coup named no place)
        for name, iso in _country_stems(countries).get(low[:3], ()):
            if name[-2] == "e" and low.startswith(name[:-2] + name[-1]) and 1 <= len(low) - len(name) + 1 <= 3:
                return iso
    if countries and code in LEMMA_LANGUAGES and code in TEXT_LANGUAGES:
        from .._cache import lemmatize  # simplemma, answered from disk when asked before

        lemma = lemmatize(low, code).lower()
        if lemma != low and len(lemma) >= 5:
            return countries.get(lemma)
    return None


def _country_stems(countries: Mapping[str, str]) -> dict[str, list[tuple[str, str]]]:
    """The names of ``countries`` (a :func:`territory_names` table, cached and never changed) that
    :func:`_inflected_country` compares, alphabetic and of 5 letters or more, by their first three letters, in the
    table's order (so a tie goes to the same name): each word of an opening scanned the whole table (~250 names;
    perf58: ~2-3 % of a text's reading, profiled over 1,500 dev texts)."""
    held = _COUNTRY_STEMS.get(id(countries))
    if held is None or held[0] is not countries or held[1] != len(countries):
        index: dict[str, list[tuple[str, str]]] = {}
        for name, iso in countries.items():
            if name.isalpha() and len(name) >= 5:
                index.setdefault(name[:3], []).append((name, iso))
        held = _COUNTRY_STEMS[id(countries)] = (countries, len(countries), index)
    return held[2]

# id(table) -> (the table, its size, its index): the table is held, so its id is not reused while it is indexed
_COUNTRY_STEMS: dict[int, tuple[Mapping[str, str], int, dict[str, list[tuple[str, str]]]]] = {}


def _after_stop(sentence: str, start: int, stops: str = ".!?:;…") -> bool:
    """The word opens a clause after a full stop, colon or quote inside the "sentence" (a split miss),
    or after another of ``stops``; quotes and brackets before it are skipped."""
    before = sentence[:start].rstrip(" \t\"'“”‘’«»„(")
    return not before or before[-1] in stops


def _cased(text: str) -> bool:
    letters = "".join(filter(str.isalpha, text[:500]))  # builtins over the string: no Python loop
    cased = sum(map(str.isupper, letters)) + sum(map(str.islower, letters))
    return bool(letters) and cased / len(letters) > 0.8


def _opening_actors(people: tuple[str, ...], lang: str | None) -> tuple[str, ...]:
    """The opening's ``people`` (:func:`_lead_people`) without a capitalised common word read as a given
    name: a word the language's lexicon knows that no given-name list holds ("Former Lenin" of
    "Former Lenin mine director jailed", German "Jahre Haft" of "zu neun Jahren Haft")."""
    return tuple(p for p in people if not _lexicon_word(p.split()[0], lang))

# A headline in title case ("Ferry Sinks Off Greek Island") capitalises its common words: its words are no
# names when at least this share of them is capitalised (a rule, not tuned: a sentence-case headline
# capitalises its first word and its names, well under half of its words).
TITLE_CASE_SHARE = 0.6

_AFTER_FIGURE = re.compile(r"\d[\d.,]*\s*$")

_APOSTROPHE = re.compile(r"['’]")  # an elision's or a possessive's apostrophe


def _opening_names(text: str, opening: str, gazetteer: Gazetteer, min_count: int | None = None) -> tuple[str, ...]:
    """The names of the ``opening`` of ``text`` (:class:`Opening`: title and first sentence, the dateline left out):
    its capitalised words of 4+ letters that open no sentence, line or clause, without weekdays and
    months, adjectives of nations, places the gazetteer knows (countries and cities, alone or with a
    capitalised neighbour: "South Africa"), acronyms, news outlets, a word the text also writes in lower case
    ("Island" of a title "... Greek Island Of Paros ... the island") and the words of a title in title
    case. German capitalises its nouns too ("Insel", "Tote"): they stay, and being named in the other
    text (a German report of one story writes the other's "Fähre") only makes the rule fire less. A name is
    written at least ``min_count`` times in the text (default ``settings.names_apart_min_count``, where its
    calibration is)."""
    from ..settings import DEFAULT

    return _opening_names_at(text, opening, gazetteer,
                             (DEFAULT.names_apart_min_count if min_count is None else min_count,))[0]


def _opening_names_at(text: str, opening: str, gazetteer: Gazetteer,
                      min_counts: tuple[int, ...]) -> tuple[tuple[str, ...], ...]:
    """:func:`_opening_names` for each of ``min_counts`` in one pass over the opening: the reading of an opening wants
    its names written ``names_apart_min_count`` times (:attr:`Opening.names`) and once (:func:`_counterparts`), and
    the words' other tests are the same for both (join55: the second pass was ~3 % of the online join's analyses)."""
    most, least = max(min_counts), min(min_counts)
    title = _title_case_line(opening)  # a title in title case names nothing: its capitals are the style's
    adjectives, outlets = _adjective_keys(), _outlet_keys()
    lower = {w for w in _word_strings(text) if w[:1].islower()}
    out: list[tuple[str, int]] = []
    for m in _WORD.finditer(opening):
        parts = _APOSTROPHE.split(m.group(), maxsplit=1)
        word = parts[0]
        # an elided article or preposition before the name ("l'île d'Oléron", "nell'Umbria", "dell'Aquila"): the name
        if len(parts) == 2 and parts[0].islower() and len(parts[0]) <= 5 and parts[1][:1].isupper():
            word = _APOSTROPHE.split(parts[1], maxsplit=1)[0]
        # a word built on a name with a lower-case tail after a hyphen is an attribute ("Bush-era rule", "a
        # Kremlin-backed group"): the name is its head, as another report writes it ("the Bush administration");
        # ECB+ train: "Bush-era" was an opening's counterpart no other report writes
        hyphened = word.split("-")
        if len(hyphened) > 1 and hyphened[-1][:1].islower():
            word = "-".join(itertools.takewhile(lambda part: part[:1].isupper(), hyphened)) or word
        key = _fold(word).replace(" ", "")
        if (not word[:1].isupper() or len(key) < 4 or m.start() < title
                or _opens_sentence(opening, m.start()) or _calendar_word(word) or key in adjectives
                or key in outlets or word.lower() in lower
                or any(sum(c.isupper() for c in part) >= 2 for part in word.split("-"))
                or _AFTER_FIGURE.search(opening, 0, m.start())):
            continue  # (two capitals in one part: an acronym, "ISPs", "NGOs", or a word of a line in capitals;
            # "Pan-American" is a name; right after a figure, the figure's unit or scale: Greek "5,8 Ρίχτερ" was
            # the name that held an en/el report of one Crete quake apart, break51 N3)
        # the event's place is named again ("Ferry sinks off ... Paros" / "... off the Greek island of Paros")
        # the first ``most`` occurrences: as many as there are, up to ``most``, so each count compares as alone
        hits = len(_word_hits(word, text, limit=most))
        if hits < least:
            continue
        # a place the gazetteer knows, alone or with the capitalised word beside it ("South Africa", "Sea of
        # Marmara"'s "Marmara" is none): the country and city rules read those (ECB+ train: "Alexandria" vs
        # "Seacom" held two reports of one cable cut apart, "South" / "Africa" two more)
        # A run is the word's place only when the neighbour alone is not that place: "Jordan's Desert Highway"
        # and "China's Yunnan province" found Jordan and China, and the road and the province, the places
        # that tell two bus crashes or two landslides of one country apart, were no names (trial48 F16).
        if any(gazetteer.find(run) - gazetteer.find(other) for run, other in _runs_with(opening, m)):
            continue
        out.append((word, hits))
    return tuple(tuple(dict.fromkeys(w for w, n in out if n >= k)) for k in min_counts)


def _title_case_line(opening: str) -> int:
    """The length of the opening's first line when it is a title in title case (TITLE_CASE_SHARE of its 4+ words
    capitalised, another line after it: "Accused Philadelphia Kraft Foods Killer Held For Trial"), else 0."""
    first_line = opening.split("\n", 1)[0]
    words = _WORD.findall(first_line) if "\n" in opening else []
    title = len(words) >= 4 and sum(w[:1].isupper() for w in words) / len(words) >= TITLE_CASE_SHARE
    return len(first_line) if title else 0


def _counterparts(text: str, opening: str, gazetteer: Gazetteer, lang: str | None,
                  once: tuple[str, ...] | None = None) -> tuple[str, ...]:
    """The names of an opening written once or more (:func:`_opening_names`), without given names ("Sergei",
    "Сергей": the surname tells the person, and across scripts a given name's keys differ: "sergei" / "serg") and
    a country's name in a case form ("России", "Индии": territory names with their endings, as
    :func:`_inflected_country` reads them): who or what the opening's event is with (:attr:`Opening.mentions`)."""
    countries = territory_names(lang) if lang else {}
    once = _opening_names(text, opening, gazetteer, min_count=1) if once is None else once
    return tuple(w for w in once
                 if given_name_gender(w) is None
                 and not (countries and _inflected_country(w.lower(), countries, base(lang) or "")))


def _runs_with(text: str, m: re.Match[str]) -> tuple[tuple[str, str], ...]:
    """The word of ``m`` alone and with the capitalised word right before or after it (one space apart),
    each with the neighbour alone ("" for the word alone): (run, neighbour)."""
    word = m.group()
    before = re.search(r"([^\W\d_][\w'’-]*) $", text[: m.start()])
    after = re.match(r" ([^\W\d_][\w'’-]*)", text[m.end() :])
    runs = [(word, "")]
    if before and before.group(1)[:1].isupper():
        runs.append((f"{before.group(1)} {word}", before.group(1)))
    if after and after.group(1)[:1].isupper():
        runs.append((f"{word} {after.group(1)}", after.group(1)))
    return tuple(runs)


def _dateline_day(dateline: str) -> str | None:
    """The day without a year of a dateline header ("ROME, Oct 20 (Reuters) -" -> "--10-20"), read by the prepare
    layer's dateline reader as :func:`_dateline_place` reads its place; None when it has none."""
    from ..prepare.clean import clean_text

    line = dateline.strip()
    return clean_text(f"{line} The report goes on in this sentence.").dateline_day if line else None

# The events of the openings read last, by (opening, language, date, dateline day): a stream's batch reads an
# article's event for the online join (:func:`opening_event`, every article) and again in its rules-only analysis
# (:class:`VerdictRules`, an article with a candidate: a third of the dev texts, their openings alike in 789 of 815;
# perf57). Written days are read from the opening and language alone (:func:`_dates`), so the key is the whole input.
# As many as the stream's reader keeps (stream._clusterer._EVENTS_HELD; ~1 KB each): with 512, a candidate stored some
# batches before was read again by its analysis (perf56: 2,500 dev texts, 562 of 860 analyses read their opening's
# event again, 14 with 4,096; -0.13 CPU-s).
_EVENTS_READ: dict[tuple[str, str | None, str | None, str | None], OpeningEvent] = {}

_EVENTS_HELD = 4096


def _held_opening_event(opening: str, written: AbstractSet[str], *, lang: str | None, published: str | None,
                        filed: str | None) -> OpeningEvent:
    """:func:`_opening_event` of ``opening``, whose written days ``written`` are ``_dates(opening, lang)[1]``, kept
    for the last openings read (the event is a frozen value)."""
    key = (opening, lang, published, filed)
    held = _EVENTS_READ.get(key)
    if held is None:
        held = _opening_event(opening, written, lang=lang, published=published, filed=filed)
        _keep_opening_event(key, held)
    return held


def _keep_opening_event(key: tuple[str, str | None, str | None, str | None], event: OpeningEvent) -> None:
    """Keep ``event``, the :func:`_opening_event` of ``key`` (opening, language, date, dateline day), for the readers
    of that opening (:data:`_EVENTS_READ`; the oldest half goes past ``_EVENTS_HELD``)."""
    _EVENTS_READ[key] = event
    if len(_EVENTS_READ) > _EVENTS_HELD:  # the oldest half goes (dicts keep insertion order)
        for k in list(_EVENTS_READ)[: _EVENTS_HELD // 2]:
            _EVENTS_READ.pop(k, None)  # (another thread may have taken it)


def _measure_codes(text: str, lang: str | None) -> frozenset[str]:
    """:func:`storylens.analysis.conflicts.measure_codes` (the road, line or gate numbers beside their nouns, and bare
    road codes: "A14", "М-11" as "M11"), imported on first use as the module's other analysis-layer readers are."""
    from ..analysis.conflicts import measure_codes

    return measure_codes(text, lang)

# The prefix of the event counts' money kinds (:func:`_opening_event`: "money:EUR").
MONEY_KIND = "money:"

_COUNT_WORDS = frozenset("one two three four five six seven eight nine ten some many".split())


def _name_runs(text: str) -> tuple[tuple[str, ...], ...]:
    """Runs of two or more capitalised words, one space apart: "Kelvaria's", ["Viktor", "Halden"]."""
    return _name_runs_of(text)


@lru_cache(maxsize=8)
def _name_runs_of(text: str) -> tuple[tuple[str, ...], ...]:
    """:func:`_name_runs`, kept for the last texts: :func:`_person_words` and :func:`full_names` read the same whole
    text's runs (perf58: ~1 % of a text's reading)."""
    runs: list[list[str]] = []
    prev: re.Match[str] | None = None
    for m in _word_matches(text):
        if not m.group(0)[:1].isupper():
            prev = None
            continue
        if prev is not None and text[prev.end() : m.start()] == " ":
            runs[-1].append(m.group(0))
        else:
            runs.append([m.group(0)])
        prev = m
    return tuple(tuple(r) for r in runs if len(r) >= 2)


@cache
def _adjective_keys() -> frozenset[str]:
    """Folded adjectives of nations that languages write capitalised ("French", "Fransız")."""
    return frozenset(_fold(w).replace(" ", "") for w in nationality_adjectives())


@cache
def _outlet_keys() -> frozenset[str]:
    """Folded names of news outlets and agencies (data/outlets.json)."""
    return frozenset(_fold(o).replace(" ", "") for o in outlets().names)


@cache
def _common_name_words() -> frozenset[str]:
    """Spelling keys (:func:`_spelling_key`) of words the text data knows as common nouns that stand in or beside
    names, none a name alone: every language's currency words ("Euro", "Dollar", "рублей": "currencies") and
    babel's ISO 4217 codes ("USD"), and the heads of street and place names ("Straße", "Platz", "Rue": "date_name"),
    the place nouns and name openers of languages that capitalise nouns ("Stadt", "Flughafen") and the heads of
    islands and lakes ("Isle", "Lake": "place_heads"). Break49 O5: "same names: Euro, Straße" of "3 Millionen Euro"
    and "Prager Straße", "same names: USD" of a flood in Valencia and a parade in Moscow."""
    words: set[str] = set()
    for lang in TEXT_LANGUAGES:
        p = profile(lang)
        words |= {w.lower() for w in (*p.date_name_heads, *p.date_name_tails, *p.place_nouns, *p.name_openers,
                                      *p.place_heads)}
    return frozenset(_spelling_key(w) for w in words if " " not in w) | _currency_keys()


@cache
def _currency_keys() -> frozenset[str]:
    """Spelling keys of every language's currency words (text data "currencies") and babel's ISO 4217 codes."""
    from babel.numbers import list_currencies

    words = {w for lang in TEXT_LANGUAGES for w, _ in profile(lang).currencies} | {c.lower() for c in list_currencies()}
    return frozenset(_spelling_key(w) for w in words if " " not in w)

# A possessive "'s" at a word's end (:func:`_word_city_reading`: compiled once, as it is asked at every word of a text)
_S_ENDING = re.compile(r"['’]s$")

# A case ending written after an apostrophe, lower-case, at a name's end: Turkish "Kastamonu'da" (in
# Kastamonu), "Türkiye'nin", "Ankara'dan"; "O'Brien", "d'Ivoire" keep theirs (a capital follows).
_CASE_ENDING = re.compile(r"(?<=\w)['’][a-zçğıöşü]{1,5}$")


def _without_case_ending(name: str) -> str:
    """A shared name as a reason shows it: "Kastamonu'da" -> "Kastamonu" (trial59 F19: "same names: Bozkurt,
    Bozkurt-Abana, Kastamonu'da"), "Italy's" -> "Italy"."""
    return _CASE_ENDING.sub("", name)


def _spelling_key(name: str) -> str:
    """:func:`_possessive_key` without diacritics: "İzmir" and "Izmir" are one name in the reasons (final41 #10:
    "same names: Izmir" beside "same places: İzmir")."""
    folded = unicodedata.normalize("NFKD", _possessive_key(name))
    return "".join(c for c in folded if not unicodedata.combining(c))
