"""The speaker written before a quotation: name cleaning, country and role words, subjects before the
quote, appositions, colons and coordinated subjects, person nouns and addressees (part of
:mod:`storylens.analysis.quotes`)."""

from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import lru_cache
from heapq import merge

from ...text import LANGUAGES, base, given_name_gender, listed_given_name, profile, territory_names
from ._vocab import (
    _ACT,
    _ACT_RE,
    _AUX,
    _BODY_HEADS,
    _CAP_TOKEN,
    _CHUNK_BREAK,
    _CONNECTORS,
    _CREDIT_WORDS,
    _DEPUTY_WORDS,
    _DETS,
    _LONG_ROLE_HEADS,
    _NAME_MARKS,
    _ORG_WORDS,
    _PARTY_MEMBERS,
    _PRONOUNS,
    _QUOTE_SLOT,
    _ROLE_DETS,
    _ROLE_HEADS,
    _SAY,
    _SAY_RE,
    _STATEMENT_SOURCES,
    _STOP_CAPS,
    _TITLES,
    _TOKEN_RE,
    _UP,
    _function_words,
    _is_title,
    _non_speakers,
    _plausible_speaker,
    _role_phrase_length,
)


def _drop_leading_complement(text: str, start: int, toks: list[str]) -> list[str]:
    """The person in a capitalised run: "Selon Gérald Martin", "(ministre de) l'Intérieur Gérald Martin",
    "(sindaco di) Milano Marco Rossi" -> the last two words."""
    while toks and toks[0].lower().strip("’'") in _STOP_CAPS:
        toks = toks[1:]
    # a photo credit glued to the text before a name: "…Reino Unido: Getty Donald Trump ha sido …"
    while len(toks) >= 3 and toks[0].lower().strip(".:/") in _CREDIT_WORDS:
        toks = toks[1:]
    if len(toks) >= 3 and toks[0].lower() in _function_words() and not _is_title(toks[0]):
        toks = toks[1:]
    before = text[max(0, start - 7) : start]
    if len(toks) >= 3 and (re.search(r"\w['’]$", before) or re.search(r"(?:^|\s)(?:di|de|del|della|dello|of|von|du|des|w|we|в|z)\s$", before)):
        toks = toks[1:]  # the complement of the role word before it, then the name
    return toks


_ELIDED_NOUN = re.compile(r"^[LlDd]['’][a-zà-ÿ]{3,}$")


@lru_cache(maxsize=1024)
def _english_word(token: str) -> bool:
    from ..._cache import is_known

    return is_known(token.lower(), "en")


def _clean_name(tokens: list[str]) -> list[str]:
    """Drop sentence-initial function words and leading titles from a name run."""
    while tokens and tokens[0].lower().strip("’'") in _STOP_CAPS:
        tokens = tokens[1:]
    while len(tokens) > 1 and _ELIDED_NOUN.match(tokens[0]):
        tokens = tokens[1:]  # "L'attore Kumud Mishra", "L'acteur …": an elided article on a common noun
    while len(tokens) > 2 and _platform_word(tokens[0]):
        tokens = tokens[1:]  # "(na) Twitterze Jan Nowak", "(в) Telegram-канале Иван Петров": where it was written
    if tokens and tokens[-1].lower().strip(".,’'") in _ORG_WORDS:
        return tokens  # "White House", "New York Times": the whole run is the name
    if len(tokens) >= 3 and _acronym(tokens[0]) and not _acronym(tokens[1]) and given_name_gender(tokens[1]) \
            and not all(_english_word(t) for t in tokens[2:]):
        # "(la députée) LFI Mathilde Panot", "(депутат от) ЛДПР Иван Петров": a party's short name after a role
        # written in lower case, then a person's given name and surname: the person (not "SPCA North Peace", "DECC
        # Metro Station": after a given name only English words, an organisation's name)
        tokens = tokens[1:]
    # "Szef WHO Tedros Adhanom Ghebreyesus", "Глава МЧС Александр Куренков": an organisation's short name
    # after a role is the role's complement ("SPCA North Peace" alone is an organisation's name)
    for i in range(min(2, len(tokens) - 2) - 1, 0, -1):
        if _acronym(tokens[i]) and (_role_word(tokens[i - 1]) or _is_title(tokens[i - 1])) \
                and not any(_acronym(t) for t in tokens[i + 1 :]) and not _is_title(tokens[i + 1]):
            return tokens[i + 1 :]
    # "Kazakhstan's President Kassym-Jomart Tokayev" -> "Kassym-Jomart Tokayev"
    last_title = -1
    for i, tok in enumerate(tokens[:-1]):
        if tok.lower().rstrip("’'s").rstrip("’'") in _TITLES or _is_title(tok) or tok.endswith(("’s", "'s")):
            last_title = i
        elif i == last_title + 1 and len(tokens) - i >= 3 and _role_word(tok) and not _acronym(tokens[i + 1]):
            # "Minatrice Carolina Sepúlveda", "Bergarbeiterin …": the role, then the name ("Глава МИД
            # Сергей Лавров" is a role phrase, read whole by _without_role_phrase)
            last_title = i
    return tokens[last_title + 1 :]


_PLATFORMS = tuple(sorted({w for lang in LANGUAGES for w in profile(lang).share_buttons if len(w) >= 6}))


def _platform_word(tok: str) -> bool:
    """A social platform's name in any case form ("Twitterze", "Facebooku", "Telegram-канале"): text/data
    "share_buttons" of six letters or more, as the start of the word."""
    return tok.lower().startswith(_PLATFORMS)


def _role_word(tok: str) -> bool:
    """A role noun capitalised at a sentence start or in German ("Minatrice", "Bergarbeiterin"), also
    as the head of a German compound ("Minenarbeiterin": text/data "role_words" of six letters or more)."""
    low = tok.lower()
    # a head of six letters or more with at least three before it: each such ending of the word looked up (the same
    # test as scanning every head for one the word ends with, a few set look-ups instead of 443 endswith: warm73)
    return low in _ROLE_HEADS or (tok.replace("-", "").isalpha() and any(
        low[-n:] in _LONG_ROLE_HEADS for n in range(6, len(low) - 2))) \
        or len(low) >= 7 and low.endswith(_ROLE_SUFFIXES)


# text/data/<xx>.json "role_suffixes": "Gewerkschafterin", "Aktivistin" name a role, not a person
_ROLE_SUFFIXES = tuple(sorted({w for lang in LANGUAGES for w in profile(lang).role_suffixes}))


@lru_cache(maxsize=64)
def _country_stems(prefix: str) -> tuple[str, ...]:
    _, _, places = _non_speakers()
    return tuple(n for n in places if n.startswith(prefix))


def _drop_country(tokens: list[str], language: str | None, titled: bool = False) -> list[str]:
    """"Министр иностранных дел России Сергей Лавров", "Kanclerz Niemiec Olaf Scholz": the country
    the role belongs to (a genitive) opens the run, then the person (at least two words stay).
    After a title, languages that put the role's place in the genitive ("Мэр Москвы Сергей
    Собянин", "burmistrz Krakowa Jacek Majchrowski"; text/data "genitive_after_title") drop it too."""
    lang = base(language) or ""
    before = len(tokens)
    while len(tokens) >= 3 and _country_word(tokens[0], lang):
        tokens = tokens[1:]
    # one complement only, and never a first name before a patronymic ("Владимир Владимирович Путин")
    if titled and before == len(tokens) == 3 and profile(lang).genitive_after_title \
            and not tokens[1].endswith((".", "вич", "вна", "ична")):
        tokens = tokens[1:]
    return tokens


@lru_cache(maxsize=8192)
def _country_word(token: str, language: str) -> bool:
    """A country name of the text's language inflected: babel's "россия" -> "России", "francja" ->
    "Francji" (only the last letter swapped, so "Francis" is no "francia"), or a form the data
    lists ("Niemiec": text/data "country_forms"). The uninflected name is no sign: "Jordan",
    "Georgia" and "Israel" are also given names."""
    low = token.lower().strip(".,’'")
    if len(low) < 4 or not low.isalpha() or not language:
        return False
    if low in _country_forms(language):
        return True
    names = territory_names(language)
    if low in names:
        return False
    for name in names:
        if name[:3] == low[:3] and name.isalpha() and len(name) >= 5:
            shared = len(os.path.commonprefix((low, name)))
            if shared >= len(name) - 1 and len(low) - shared <= 2:
                return True
    return False


@lru_cache(maxsize=32)
def _country_forms(language: str) -> frozenset[str]:
    return frozenset(w.lower() for w in profile(language).country_forms)


def _name_suffix(tokens: list[str]) -> list[str]:
    """The longest run of capitalised tokens at the end of ``tokens``."""
    run: list[str] = []
    for tok in reversed(tokens):
        if _CAP_TOKEN.match(tok) or (run and tok.lower() in _CONNECTORS):
            run.insert(0, tok)
        else:
            break
    while run and run[0].lower() in _CONNECTORS:
        run = run[1:]
    return run


def _name_prefix(tokens: list[str]) -> list[str]:
    run: list[str] = []
    for i, tok in enumerate(tokens):
        if _CAP_TOKEN.match(tok) or (run and tok.lower() in _CONNECTORS):
            run.append(tok)
        elif run and tok.endswith(".") and _is_title(tok) and i + 1 < len(tokens) and _CAP_TOKEN.match(tokens[i + 1]):
            # "Instytutu Zdrowia Publicznego dr. Piotra Nowaka", "Uniwersytetu Warszawskiego prof. Alojzy Nowak":
            # a lower-case academic title inside the run; _clean_name keeps the words after it
            run.append(tok)
        else:
            break
    while run and run[-1].lower() in _CONNECTORS:
        run = run[:-1]
    return run


def _strip_aux_tail(tokens: list[str]) -> list[str]:
    while tokens and tokens[-1].lower() in _AUX:
        tokens = tokens[:-1]
    return tokens


_DESC_STOP = {
    "in", "on", "at", "during", "after", "before", "when", "while", "that", "who", "which", "to",
    "and", "but", "mit", "im", "am", "auf", "bei", "dans", "lors", "en", "que", "qui", "в",
    "на", "что", "durante", "this", "last", "friday", "thursday", "monday", "tuesday",
    "wednesday", "saturday", "sunday", "yesterday", "today", "energisch", "as", "because",
    "mehrmals", "gestern", "heute", "bereits", "dann", "nach", "zu", "über", "für",
}


_PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w.]*")
_AND = {"and", "und", "et", "y", "и", "e"}
# the "and" of two people named as one subject (text data "people_and"), every language's: a name run is read
# before its language is known
_JOINT = frozenset(w for lg in LANGUAGES for w in profile(lg).people_and)
# the "and" of a coordinated speaker (_joint_subject): every language's but Dutch "en", the Spanish and French "in"
# ("dijo Mikaela Shiffrin en Facebook")
_JOINT_SPEAKERS_AND = _JOINT - {"en"}
_JOINT_GAP = 40  # characters between the two names: "and" and a role ("i minister", "et la préfète")


Subject = tuple[str, str]  # (kind, speaker): kind is name | description | pronoun


_PERSON_RELATIVE_WORDS = frozenset(w for lang in LANGUAGES for w in profile(lang).person_relatives if " " not in w)


# Relative words that open a clause on a person and are never an article or "that"/"que" (text/data
# "person_relatives" less "complementizers" and articles: German "der"/"die", Spanish "que" are both)
_RESTRICTIVE_RELATIVES = frozenset(
    w for lang in LANGUAGES for w in profile(lang).person_relatives
    if " " not in w and w not in profile(lang).complementizers and w not in _DETS
) | {"which"}  # a body's relative too: "The company which bought Twitter said" (quotes73: the speaker was Twitter)


_LETTERS = re.compile(r"[^\W\d_]+")


def _restrictive_relative(chunk: str) -> int | None:
    """Offset in ``chunk`` (the words before a verb, no comma) of a relative word that follows a noun phrase
    of at least two words ("The federal judge who blocked …", "El juez quien …"), else None."""
    for m in _LETTERS.finditer(chunk):
        if m.group().lower() in _RESTRICTIVE_RELATIVES:
            return _relative_cut(chunk, m.start())
    return None


def _relative_cut(chunk: str, at: int) -> int | None:
    """``at`` when the first relative word of ``chunk``, there, follows a noun phrase of two words or more, or
    opens the clause after one word that names people (:func:`_lone_antecedent`) and is written in lower case.
    (The two last words only: ``rsplit`` keeps a long clause's words unsplit.)"""
    before = chunk[:at].rsplit(None, 2)
    if len(before) == 1 and _lone_antecedent(before[0]) and chunk[at : at + 5].lower() != "which" \
            and chunk[at:at + 1].islower():
        # "Residents who fled the fire said" (quotes74: the speaker was "the fire"); not "Szef WHO Tedros …"
        return at
    if len(before) >= 2 and before[-1][:1].isalpha() and before[-1] not in _NAME_MARKS:
        if chunk[at : at + 5].lower() == "which" and (
                before[-2].lower() not in _DETS or len(before) > 2 and before[0].split()[-1].lower() not in _AND):
            # "which" on a noun after its article only: not "It is unclear which Anna Schmidt said"; and the two
            # opening the clause: not after a fronted adverbial, "Under the plan which Congress passed Joe Biden
            # said" (quotes73fix: the speaker was "the plan")
            return None
        return at
    return None


# Relative words that are also complementizers (text/data "person_relatives" and "complementizers": Italian "che",
# Spanish, French and Portuguese "que"): no restrictive cut reads them, since after a verb they open a clause
_COMPLEMENTIZER_RELATIVES = frozenset(w for lang in LANGUAGES for w in profile(lang).person_relatives
                                      if w in profile(lang).complementizers)
# the plural articles of Italian and Portuguese, which _DETS leaves out ("i" is Polish "and", "as" English)
_PLURAL_ARTICLES = frozenset({"gli", "i", "os", "as"})
# the plural articles that open a group before "che"/"que", with every article the quote rules know
_GROUP_ARTICLES = _DETS | _PLURAL_ARTICLES


def _group_before_relative(words: Sequence[str], masked: str, verb_start: int) -> str | None:
    """"Gli abitanti che sono fuggiti dall'incendio hanno detto", "I residenti che …": an article and a lower-case
    noun (and an adjective) open the clause, then "che"/"que", a relative there, as no verb stands before it to
    take a complement clause; with a plural verb of saying (text/data "plural_verb_endings") or a person noun the
    group is the subject (quotes74: the speaker was None; "Il fatto che …" is no group)."""
    for j in (2, 3):
        if len(words) > j + 1 and words[j].lower() in _COMPLEMENTIZER_RELATIVES:
            head = words[:j]
            if words[0].lower() in _GROUP_ARTICLES and all(t.isalpha() and t.islower() for t in head[1:]) \
                    and (_person_head(head[1].lower()) or _plural_verb_at(masked, verb_start)):
                return " ".join(head)
            return None
    return None


def _plural_verb_at(masked: str, verb_start: int) -> bool:
    """Whether the verb of saying at ``verb_start`` ends as a plural (text/data "plural_verb_endings")."""
    rest = masked[verb_start : verb_start + _VERB_REACH].split(None, 1)
    return bool(rest) and rest[0].rstrip(".,;:").endswith(_ANY_PLURAL_VERB_ENDINGS)


# English words for people that stand alone before "who" ("Those who fled the fire said", "People who …"): the
# clause's subject, never the fire
_LONE_PEOPLE = frozenset({"people", "those", "anyone", "everyone", "others", "police", "many", "some"})
_LONE_PLURAL_CHARS = 5  # "residents", "officials": the bare plural _description_before reads as a description


def _lone_antecedent(word: str) -> bool:
    """A clause's one word before its relative word that may be the relative's antecedent and the verb's subject:
    a bare plural ("Residents who fled the fire said", "villagers who survived …") or a person noun ("Doctors",
    "Police"). Not a verb or adjective opening a question ("Unclear who …", "Asked who …")."""
    low = word.lower()
    if not word.isalpha() or word.isupper():
        return False
    plural = len(low) >= _LONE_PLURAL_CHARS and low.endswith("s") and not low.endswith(("ss", "us", "is"))
    return plural or low in _LONE_PEOPLE or _person_head(low)


class _Clause:
    """The words of one clause of a quote-masked sentence, from a chunk break (or the start) to the next,
    read once: a sentence of one clause and many verbs (an unpunctuated paragraph of 88 KB, newuser71
    HIGH-13) asked :func:`_subject_before` to tokenise the words before each verb again (quadratic). The
    words before a verb are the clause's tokens that end by it, the one it cuts shortened (a prefix of a
    run of word characters is one token); the first body head, "and" and relative word are found once."""

    __slots__ = ("end", "ends", "first_and", "first_head", "masked", "relative", "starts", "tokens")

    def __init__(self, masked: str, start: int, end: int) -> None:
        self.masked, self.end = masked, end
        found = list(_TOKEN_RE.finditer(masked, start, end))  # (no anchor or lookaround: as on the slice)
        self.starts = [m.start() for m in found]
        self.ends = [m.end() for m in found]
        self.tokens = [m.group() for m in found]
        self.first_head = next((i for i, t in enumerate(self.tokens) if t[:1].isupper() and t.lower() in _BODY_HEADS),
                               len(self.tokens))
        self.first_and = next((i for i, t in enumerate(self.tokens) if t.lower() in _AND), len(self.tokens))
        rel = next((m for m in _LETTERS.finditer(masked, start, end) if m.group().lower() in _RESTRICTIVE_RELATIVES), None)
        self.relative = (rel.start(), rel.end()) if rel else None

    def before(self, verb_start: int) -> tuple[list[str], int]:
        """The tokens of the clause before ``verb_start`` and how many of them are whole clause tokens."""
        whole = bisect_right(self.ends, verb_start)
        toks = self.tokens[:whole]
        if whole < len(self.starts) and self.starts[whole] < verb_start:
            toks.append(self.masked[self.starts[whole] : verb_start])  # the token the verb's offset cuts
        return toks, whole

    def relative_before(self, clause_start: int, verb_start: int) -> int | None:
        """:func:`_restrictive_relative` of ``masked[clause_start:verb_start]``."""
        if self.relative and self.relative[1] <= verb_start:
            return _relative_cut(self.masked[clause_start:verb_start], self.relative[0] - clause_start)
        at = verb_start  # the letters the verb's offset cuts, a word of their own in the slice
        while at > clause_start and _LETTERS.match(self.masked, at - 1, verb_start):
            at -= 1
        if at < verb_start and _LETTERS.match(self.masked, verb_start) \
                and self.masked[at:verb_start].lower() in _RESTRICTIVE_RELATIVES:
            return _relative_cut(self.masked[clause_start:verb_start], at - clause_start)
        return None


@lru_cache(maxsize=16)
def _clauses(masked: str) -> dict[int, _Clause]:
    """This sentence's clauses read so far, by where each starts (filled by :func:`_clause`)."""
    return {}


def _clause(masked: str, start: int, verb_start: int) -> _Clause | None:
    """The clause of ``masked`` that opens at ``start`` and holds ``verb_start``; None when a chunk break of
    the whole sentence stands across ``verb_start`` (" - " cut after its hyphen: no break before the verb)."""
    found = _clauses(masked)
    clause = found.get(start)
    if clause is None:
        brk = _CHUNK_BREAK.search(masked, start)
        clause = found[start] = _Clause(masked, start, brk.start() if brk else len(masked))
    return clause if verb_start <= clause.end else None


@lru_cache(maxsize=16)
def _breaks(masked: str) -> tuple[list[int], list[int]]:
    """Where the chunk breaks of the whole sentence start and end."""
    found = list(_CHUNK_BREAK.finditer(masked))
    return [m.start() for m in found], [m.end() for m in found]


def _chunks_before(masked: str, verb_start: int) -> list[str]:
    """``_CHUNK_BREAK.split(masked[:verb_start])`` from the sentence's breaks found once (a split of the text
    before each verb was quadratic in a long sentence): the breaks that end by ``verb_start`` are the cut text's
    (a break reads at most three characters; one across the cut, " - " cut after its hyphen, is none there)."""
    starts, ends = _breaks(masked)
    k = bisect_right(ends, verb_start)
    return [masked[a:b] for a, b in zip([0, *ends[:k]], [*starts[:k], verb_start])]


@lru_cache(maxsize=16)
def _subjects_read(masked: str) -> dict[tuple[int, bool], Subject | None]:
    """This sentence's subjects read so far, by verb offset and ``bare_plural`` (filled by :func:`_subject_before`)."""
    return {}


def _subject_before(masked: str, verb_start: int, bare_plural: bool = True) -> Subject | None:
    """(kind, speaker) of the phrase right before a verb, or None. Each answer is read once per sentence: a
    coordinated subject asks the subject of the verbs before it, whose own coordinated subjects ask again (an
    unpunctuated paragraph of "who … and … said" repeats was cubic: 8 KB, 29 CPU-s). The reading depends on
    ``masked`` and the offset only, and every verb it asks about stands before ``verb_start`` (no cycle)."""
    found = _subjects_read(masked)
    key = (verb_start, bare_plural)
    if key not in found:
        found[key] = _read_subject_before(masked, verb_start, bare_plural)
    return found[key]


def _read_subject_before(masked: str, verb_start: int, bare_plural: bool) -> Subject | None:
    chunks = _chunks_before(masked, verb_start)
    clause_start = verb_start - len(chunks[-1])
    clause = _clause(masked, clause_start, verb_start)
    if clause is None:
        words, whole = _TOKEN_RE.findall(chunks[-1]), 0
    else:
        words, whole = clause.before(verb_start)
    last = _strip_aux_tail(list(words))
    before_chunk = masked[: verb_start - len(chunks[-1])].rstrip()
    if not last:
        # (not "Водитель «…», сообщил X", "The driver "…," said X": the quotation, no apposition, stands
        # between the clause's own subject and the verb; the speaker follows the verb)
        if len(chunks) >= 3 and before_chunk.endswith(",") and not before_chunk[:-1].rstrip().endswith(_QUOTE_SLOT):
            return _appositive_subject(chunks)
        return None
    if len(last) == 1 and last[0].lower() in _PERSON_RELATIVE_WORDS and len(chunks) >= 2 and before_chunk.endswith(","):
        # "… even from President Trump, who said “…”", "senator Maria Nowak, która powiedziała": the person the
        # relative hangs on (text/data "person_relatives"), a full name or a titled surname (BASIL speakers, stop 36)
        prev = _TOKEN_RE.findall(chunks[-2])
        suffix = _name_suffix(prev)
        name = _clean_name(suffix)
        # (a lower-case role before a surname titles it too: "del presidente Trump, quien dijo")
        titled = len(name) < len(suffix) or (len(prev) > len(suffix) and prev[-len(suffix) - 1].lower() in _ROLE_HEADS)
        if name and (len(name) >= 2 or titled) and _plausible_speaker(" ".join(name)):
            return "name", " ".join(name)
    group = _group_before_relative(words, masked, verb_start)
    if group:  # (before the cut: Italian "qui", here, is read as the French relative)
        return "description", group
    cut = _restrictive_relative(chunks[-1]) if clause is None else clause.relative_before(clause_start, verb_start)
    if cut is not None:
        # "The federal judge who blocked … North Carolina's voter identification law cited …", "The senator who
        # met Joe Biden on Monday said": the relative clause between the subject and its verb names someone
        # else; the subject is the phrase before the relative word
        return _subject_before(masked, verb_start - len(chunks[-1]) + cut, bare_plural)
    if last[-1].lower() in _PRONOUNS:
        return "pronoun", last[-1]
    # the conjunction may be the stripped tail itself: "Moreau negó los cargos y dijo", "… и сказал"
    has_and = any(t.lower() in _AND for t in words) if clause is None \
        else clause.first_and < whole or len(words) > whole and words[-1].lower() in _AND
    if has_and and words and words[0].lower() in _PERSON_RELATIVE_WORDS and len(chunks) >= 2 \
            and before_chunk.endswith(",") and not before_chunk[:-1].rstrip().endswith(_QUOTE_SLOT):
        # "Le maire, qui a visité Lyon et a déclaré « … »", "The mayor, who visited Lyon and said": the verb is the
        # relative clause's second, its subject the relative's antecedent before the comma (quotes73: the speaker
        # was "a visité Lyon et", "Lyon")
        found = _subject_before(masked, len(before_chunk) - 1, bare_plural)
        if found and found[0] != "pronoun" and _noun_phrase(found):
            return found
    if has_and and _verb_follows_and(masked, _coordination_start(verb_start, chunks), verb_start):
        found = _coordinated_subject(masked, verb_start, chunks, bare_plural)
        if found:
            return found
    # (no body head among the clause's whole tokens before its first)
    body = _body_subject(last, 0 if clause is None else min(clause.first_head, whole))
    if body:
        return "name", body
    joint = _joint_before(masked, verb_start, chunks, last)
    if joint:
        return joint
    places = _group_of_places(last, masked, verb_start, bare_plural)
    if places:
        return "description", places
    suffix = _name_suffix(last)
    name = _clean_name(suffix)
    client = _client_before(last, len(last) - len(suffix)) if suffix else None
    if client:  # "Adwokatka Sejtkalego Ajgerim Nurłanowa powiedziała", "Адвокат Сейткали заявил"
        return client
    place = _role_of_place(last, len(last) - len(suffix))
    if place:
        return "description", place
    person = _person_before_origin(last, len(last) - len(suffix))
    if person:
        return "name", person
    group = _group_at_place(last, len(last) - len(suffix), masked, verb_start) if suffix else None
    if group:
        return "description", group
    proxy = _spokesperson_of(last, len(last) - len(suffix)) if suffix else None
    if suffix and not proxy:
        # German capitalises the noun, so the run opens at it and takes "von" as a particle: "Ein Sprecher von
        # Präsident Emmanuel Macron", "Eine Quelle aus dem Umfeld von Präsident …" (the speaker was the principal):
        # a spokesperson's noun, its link, then a title or a given name inside the run
        # (or a noun without an article before the given name, a title: "Die Anwältin von Klimaaktivistin Greta
        # Thunberg", break56: the speaker was "von Klimaaktivistin Greta Thunberg"; "Der Sprecher der Grünen Max
        # Müller" is the body's spokesman, named)
        proxy = next((_spokesperson_of(last, r) for r in range(len(last) - len(suffix) + 2, len(last) - 1)
                      if last[r - 1].lower() in _SPOKESPERSON_LINKS and last[r - 2].lower() in _SPOKESPERSON_NOUNS
                      and (last[r].lower() in _TITLES or given_name_gender(last[r]) is not None
                           or r + 2 < len(last) and given_name_gender(last[r + 1]) is not None
                           and last[r - 1].lower() not in _DETS)), None)
    if proxy:
        return "description", proxy
    if name:
        owner = _owned_by(last, len(last) - len(suffix))
        return ("description", owner) if owner else ("name", " ".join(name))
    opening = _opening_person(last)
    if opening:
        return "name", opening
    for n in (4, 3, 2):  # "Szef rządu zapowiedział", "Глава государства заявил"
        if len(last) >= n and _role_phrase_length(last[-n:]) == n:
            return "description", " ".join(last[-n:])
    if _plural_group(last, masked, verb_start):
        return "description", " ".join(last)
    if len(last) == 1 and _ELIDED_DET.match(last[0]):
        return "description", last[0]  # "l'Institution juge …": the article elided onto a capitalised noun
    found = _description_before(last, bare_plural)
    if found is None and len(last) >= 2 and last[-1].islower() and last[-1] in _ROLE_HEADS and last[-2].isalpha() \
            and last[-2].lower() not in _DETS and not given_name_gender(last[-2]):
        # "Zwracając się do wiernych papież powiedział: „…”", "Przemawiając w Sejmie premier powiedział": a bare
        # lower-case role in the nominative right before the verb, after an opening participle or adverbial with
        # no comma
        # (a language without articles; where the role has one, _description_before reads it)
        return "description", last[-1]
    return found


def _joined_name(toks: Sequence[str]) -> str:
    """Tokens as written: no space inside the marks of a quoted name ("Компания «Аэрофлот»")."""
    return re.sub(r"([«„“\"])\s+(.*?)\s+([»“”\"])", r"\1\2\3", " ".join(toks))


def _body_subject(last: Sequence[str], skip: int = 0) -> str | None:
    """A body the clause before the verb names by its capitalised head and the lower-case (or quoted, or
    capitalised place) words after it, at most four: "Министерство здравоохранения (сообщило)", "Компания
    «Аэрофлот» (заявила)", "Министерство обороны России"; text data "body_heads". The head alone
    ("Компания заявила") is left to the other rules, and so is a head before a person's name. ``skip``: the
    tokens known to hold no head (:class:`_Clause`)."""
    for i in range(skip, len(last)):
        tok = last[i]
        if not (tok[:1].isupper() and tok.lower() in _BODY_HEADS):
            continue
        rest = list(last[i + 1 :])
        words = [t for t in rest if t not in _NAME_MARKS]
        if not 1 <= len(words) <= _BODY_WORDS or not all(re.sub(r"[-'’]", "", t).isalpha() for t in words):
            return None
        if sum(t[:1].isupper() for t in words) >= 2 and not any(t in _NAME_MARKS for t in rest):
            return None  # "Министерство … Сергей Шойгу": a person after the body
        return _joined_name(last[i:])
    return None


_BODY_WORDS = 4


# "od", "from", "de": what joins a document to its owner (text/data "statement_links", one word)
_STATEMENT_LINKS = frozenset(w for lang in LANGUAGES for w in profile(lang).statement_links if w.isalpha())


def _statement_source(masked: str, pos: int) -> str | None:
    """The body a statement phrase after an impersonal verb names ("говорится в сообщении Министерства
    обороны", "сообщили в пресс-службе «Аэрофлота»"; text data "statement_sources"), in the case the
    phrase puts it: its quoted name, or a capitalised word and up to two lower-case genitive words."""
    rest = masked[pos : pos + 160].lstrip()
    low = rest.casefold()
    phrase = next((p for p in _STATEMENT_SOURCES if low.startswith(p) and not rest[len(p) : len(p) + 1].isalpha()), None)
    if phrase is None:
        return None
    toks = _TOKEN_RE.findall(rest[len(phrase) :])
    # (a lower-case noun before a quoted name: "в сообщении авиакомпании «Победа»")
    noun = 1 if toks[1:2] and toks[1] in _NAME_MARKS and toks[0].isalpha() and toks[0].islower() else 0
    if toks[noun : noun + 1] and toks[noun] in _NAME_MARKS:
        close = next((k for k in range(noun + 2, min(len(toks), noun + 8)) if toks[k] in _NAME_MARKS), None)
        return _joined_name(toks[: close + 1]) if close else None
    if len(toks) >= 3 and toks[0].lower() in _STATEMENT_LINKS:
        # "czytamy w e-mailu od pana Mateusza", "in a letter from Mr Smith": the link, an honorific or a role
        # in lower case, then the owner
        toks = toks[2:] if toks[1].isalpha() and toks[1].islower() and toks[2][:1].isupper() else toks[1:]
    if not toks or not toks[0].replace("-", "").rstrip(".").isalpha():
        return None
    if not toks[0][:1].isupper() and not _body_noun(toks[0].rstrip(".")):
        return None  # (a lower-case body in the genitive is one: "сообщили в пресс-службе полиции")
    words = [toks[0].rstrip(".")]
    for tok in toks[1:3]:
        # lower-case genitive words ("Министерства обороны"), or capitalised ones after a capitalised word
        # ("w liście Jana Kowalskiego", "w komunikacie Ministerstwa Zdrowia")
        cased = tok.islower() or (tok[:1].isupper() and words[-1][:1].isupper())
        if words[-1] != toks[len(words) - 1] or not (tok.rstrip(".").isalpha() and cased) or tok in _function_words():
            break  # (a word that carries the full stop ends the phrase)
        words.append(tok.rstrip("."))
    return " ".join(words)


# Languages with body heads (text/data "body_heads"): a head in a case form is read back through its lemma
_BODY_HEAD_LANGUAGES = tuple(sorted(lang for lang in LANGUAGES if profile(lang).body_heads))


def _body_noun(word: str) -> bool:
    """``word`` (lower case) is a body's head noun in any case form simplemma reads back to one ("полиции",
    "ведомства", "поліції")."""
    from ..._cache import lemmatize

    if not word.islower():
        return False
    for lang in _BODY_HEAD_LANGUAGES:
        try:
            if word in profile(lang).body_heads or lemmatize(word, lang) in profile(lang).body_heads:
                return True
        except ValueError:  # a language simplemma does not know
            continue
    return False


_OF = {"de", "du", "des", "of", "del", "di", "della", "dello"}


def _role_of_place(toks: Sequence[str], run_start: int) -> str | None:
    """"the mayor of London", "la maire de Paris": a role word, "of", then the capitalised run at ``run_start``
    is the role's place, not the speaker; the description from its article (or the role word) on."""
    k = run_start
    if k < 2 or k >= len(toks) or toks[k - 1].lower() not in _OF or toks[k - 2].lower() not in _ROLE_HEADS:
        return None
    if len(toks) - k > 2 or given_name_gender(toks[k]):
        return None  # "Secretary of State Mike Pompeo": the holder's name closes the run
    j = k - 2
    if j > 0 and toks[j - 1].lower() in _DETS:
        j -= 1
    return " ".join(toks[j:])


_OPENING_PLURAL_ARTICLES = _PLURAL_ARTICLES - {"as"}  # (not "as": English "As mayor of Rome, …")
_PLACE_LIST_WORDS = 3  # words of each place in "the mayors of Rome and Milan": "Santiago de Compostela"


def _group_of_places(last: list[str], masked: str, verb_start: int, bare_plural: bool) -> str | None:
    """A role or group of two places before the verb ("I sindaci di Roma e Milano", "Los alcaldes de Madrid y
    Sevilla", "Les maires de Lyon et de Marseille", "The mayors of Rome and Milan"): the phrase of the first place,
    as the clause without "and" and the second is read (a description ending in that place), then "and" and the
    second (speakers75: the speaker was the second place, "Milano"). None when a place opens with a listed given name
    of either gender or both (a person's full name after "and": "Il sindaco di Roma e Giuseppe Sala", "Le maire de
    Lyon et Jean Dupont": speakers76fix) or the first reading is no described group or role."""
    k = next((i for i in range(len(last) - 2, 1, -1) if last[i] in _JOINT_SPEAKERS_AND), 0)
    second = last[k + 1 :]
    if second and second[0].lower() in _ARTICLED_OF:
        second = second[1:]  # "et de Marseille"
    if not k or not 1 <= len(second) <= _PLACE_LIST_WORDS or _name_suffix(second) != second:
        return None
    first = _name_suffix(last[:k])
    if not 1 <= len(first) <= _PLACE_LIST_WORDS or k - len(first) < 2 \
            or last[k - 1 - len(first)].lower() not in _ARTICLED_OF | _PLACE_LINKS \
            or any(len(run) >= 2 and listed_given_name(run[0]) for run in (first, second)):
        return None  # (a one-word place may be a given name too: "Milan", "Florence")
    tail = " ".join(last[k:])
    before = masked[:verb_start].rstrip()
    if not before.endswith(tail):
        return None
    cut = len(before) - len(tail)
    found = _subject_before(masked[:cut].rstrip() + " " + masked[verb_start:], len(masked[:cut].rstrip()) + 1,
                            bare_plural)
    if not found or found[0] != "description" or not found[1].endswith(" ".join(first)):
        return None
    if last[0].lower() in _OPENING_PLURAL_ARTICLES and " ".join(last[1:]).startswith(found[1]):
        return f"{last[0]} {found[1]} {tail}"  # "I sindaci": Italian's plural article, not in _DETS (English "I")
    return f"{found[1]} {tail}"


_PLURAL_VERB_ENDINGS = tuple(sorted({e for lang in LANGUAGES for e in profile(lang).plural_verb_endings}))
# Italian's and Portuguese's ("hanno", "disseram"; text/data "article_plural_verb_endings"), for the rules that
# read the group's noun itself (quotes74: in the table above they made "Ieri sera" and "Lisboa" speakers)
_ARTICLE_PLURAL_VERB_ENDINGS = tuple(sorted({e for lang in LANGUAGES for e in profile(lang).article_plural_verb_endings}))
_ANY_PLURAL_VERB_ENDINGS = tuple(sorted({*_PLURAL_VERB_ENDINGS, *_ARTICLE_PLURAL_VERB_ENDINGS}))
# "of" before a group's place in those languages: "residenti di Roma", "moradores do Rio de Janeiro"
_ARTICLED_OF = frozenset(_OF | {"do", "da", "dos", "das", "dei", "degli", "delle"})
_GROUP_WORDS = 3  # "Doświadczeni ratownicy medyczni (podkreślają)"


def _plural_group(last: list[str], masked: str, verb_start: int) -> bool:
    """A group described in lower-case words (the first capitalised only as the sentence's) before a plural
    verb of saying ("Doświadczeni ratownicy podkreślają, że …", "Местные жители говорят"; text/data
    "plural_verb_endings"): the whole clause before the verb, one to three words."""
    verb = masked[verb_start:].split(None, 1)[0].rstrip(".,;:") if masked[verb_start:].strip() else ""
    # (Italian's and Portuguese's after a plural article only: "I residenti hanno detto", not "Ieri sera hanno …")
    articled = verb.endswith(_ARTICLE_PLURAL_VERB_ENDINGS) and len(last) >= 2 and last[0].lower() in _PLURAL_ARTICLES
    if not (verb.endswith(_PLURAL_VERB_ENDINGS) or articled) or not 1 <= len(last) <= _GROUP_WORDS:
        return False
    start = verb_start - len(" ".join(last)) - 1
    opens = start <= 0 or masked[:start].rstrip()[-1:] in ".!?\n§"
    return opens and all(t.isalpha() for t in last) and all(t.islower() for t in last[1:])
_NAME_ORIGIN = frozenset(w for lang in LANGUAGES for w in profile(lang).name_origin)
_ORIGIN_WORDS = 3  # "of New York", "z Nowego Sącza": a place or body after the person is short


_SPOKESPERSON_NOUNS = frozenset(w for lang in LANGUAGES for w in profile(lang).spokesperson_nouns | profile(lang).speaks_for_nouns)
_SPOKESPERSON_LINKS = frozenset(w for lang in LANGUAGES for w in profile(lang).spokesperson_links | profile(lang).speaks_for_links)
_SPOKESPERSON_GAP = 6  # words between the noun and the name: "porte-parole officiel du Premier ministre"


# text/data "client_roles": a lawyer's noun whose client follows it in the genitive (ru/pl/uk) or the construct
# state (ar)
_CLIENT_ROLES = frozenset(w for lang in LANGUAGES for w in profile(lang).client_roles)
_PATRONYMIC_ENDINGS = ("вич", "вна", "ична")
_CLIENT_NOUNS = 2  # lower-case words naming the client before its name: "(adwokatka) rodziny (Sejtkalego)"


def _client_split(role: str, toks: Sequence[str]) -> tuple[str, str] | None:
    """(kind, speaker) after a noun for one who acts for a client (``role``; text/data "client_roles"), whose
    client follows in the genitive: the capitalised run of ``toks`` opens with the client, and the speaker is
    the name after it ("адвокат Сейткали Айгерим Нурланова", "adwokatka Sejtkalego Ajgerim Nurłanowa", "адвокат
    Ивана Петрова Сергей Смирнов": a listed given name after the run's first word, else the run's last two
    words when it has three or more; "obrońca Zbigniewa Stonogi, Jan Kowalski": a name in apposition), or the
    role phrase when the run is the client alone ("obrońcy Stonogi", "адвокат Сейткали": never the client).
    None for another noun, or when the run opens with a given name in the nominative ("адвокат Сергей Смирнов",
    "adwokat Jan Kowalski": the lawyer named in apposition)."""
    if role.lower() not in _CLIENT_ROLES:
        return None
    lead = 0  # "адвокат семьи Сейткали …", "adwokatka rodziny Sejtkalego …": the client's noun in the genitive first
    while lead < _CLIENT_NOUNS and lead < len(toks) and toks[lead].isalpha() and toks[lead].islower() \
            and toks[lead] not in _DESC_STOP and toks[lead] not in _CLAUSE_VERBS and toks[lead] not in _DETS:
        lead += 1
    lead_words, toks = list(toks[:lead]), toks[lead:]
    run: list[str] = []
    for tok in _name_prefix(list(toks)):
        run.append(tok.rstrip("."))
        if tok.endswith(".") and len(tok) > 2 and not _is_title(tok):
            break  # "– mówili wtedy obrońcy Stonogi. Na tamto …": the sentence ends with the client
    if not run or any(t.lower() in _STOP_CAPS for t in run):
        return None
    after = list(toks[len(run) :])
    if after[:1] == [","] and not toks[len(run) - 1].endswith("."):
        # "mówił obrońca Zbigniewa Stonogi, Jan Kowalski": the lawyer's name in apposition after the client
        named = _clean_name(_name_prefix(after[1:]))
        if len(named) >= 2 and _plausible_speaker(" ".join(named)):
            return "name", " ".join(t.rstrip(".") for t in named)
    for i in range(1, len(run) - 1):
        if given_name_gender(run[i]) and not run[i + 1].endswith(_PATRONYMIC_ENDINGS):
            return "name", " ".join(run[i:])
    if given_name_gender(run[0]) or (len(run) >= 2 and run[1].endswith(_PATRONYMIC_ENDINGS)):
        return None
    if len(run) >= 3:
        return "name", " ".join(run[-2:])
    if lead and len(run) == 2:
        return None  # "адвокат потерпевшей Айгерим Нурланова": the client by a noun, then the lawyer's name
    return "description", " ".join([role, *lead_words, *run])


def _client_before(toks: list[str], run_start: int) -> tuple[str, str] | None:
    """:func:`_client_split` of a subject before its verb: the lawyer's noun opens the capitalised run at a
    sentence start ("Adwokatka Sejtkalego Ajgerim Nurłanowa powiedziała") or stands right before it ("… a
    adwokat Sejtkalego Ajgerim Nurłanowa powiedziała")."""
    if toks[run_start].lower() in _CLIENT_ROLES:
        return _client_split(toks[run_start], toks[run_start + 1 :])
    for at in range(run_start - 1, max(-1, run_start - 2 - _CLIENT_NOUNS), -1):
        if toks[at].lower() in _CLIENT_ROLES:
            return _client_split(toks[at], toks[at + 1 :])  # "… adwokatka (rodziny) Sejtkalego Ajgerim …"
        if not (toks[at].isalpha() and toks[at].islower()):
            break
    return None


def _spokesperson_of(toks: list[str], run_start: int) -> str | None:
    """The description when the name run at ``toks[run_start:]`` is the one a spokesperson speaks for
    ("A spokesman for Prime Minister Boris Johnson said", "Le porte-parole officiel du Premier ministre Boris
    Johnson a déclaré", "El portavoz del primer ministro …"; text/data "spokesperson"): the whole phrase from
    its article, else None ("spokesman John Smith" names the spokesman)."""
    for i in range(run_start - 2, max(-1, run_start - 2 - _SPOKESPERSON_GAP), -1):
        if toks[i].lower() not in _SPOKESPERSON_NOUNS:
            continue
        between = [t.lower() for t in toks[i + 1 : run_start]]
        linked = any(t in _SPOKESPERSON_LINKS or _ELIDED_OF.match(t) for t in between)
        if not linked or any(t in {",", ";", ":"} for t in between):
            return None
        while i >= 1 and toks[i - 1].lower() in _SPOKESPERSON_NOUNS:
            i -= 1  # "Une source proche du président …": both nouns are the description's
        back = next((j for j in (i - 3, i - 2) if j >= 0 and toks[j].lower() in _SPOKESPERSON_NOUNS
                     and all(t.islower() for t in toks[j + 1 : i])), None)
        if back is not None:
            i = back  # "Eine Quelle aus dem Umfeld von Präsident …": the source, then where it stands
        start = i - 1 if i >= 1 and toks[i - 1].lower() in _DETS | {"a", "an", "un", "une", "uno"} else i
        return " ".join(toks[start:])
    return None


def _person_before_origin(toks: list[str], run_start: int) -> str | None:
    """The person when the name run before a verb is a place or body tied to a name before it
    ("Sen. Susan Collins of Maine said", "Jan Kowalski z Krakowa powiedział"): that full name (two
    or more words; "Bank of America said" stays the bank), else None."""
    if not 1 <= len(toks) - run_start <= _ORIGIN_WORDS or run_start < 3 \
            or toks[run_start - 1].lower() not in _NAME_ORIGIN:
        return None
    name = _clean_name(_name_suffix(toks[: run_start - 1]))
    if len(name) < 2:
        return None
    holder = _clean_name(list(toks[run_start:]))
    if len(holder) >= 2 and given_name_gender(holder[-2]):
        return None  # "US Secretary of State Mike Pompeo said": a title of, then the person holding it
    person = " ".join(name)
    return person if _plausible_speaker(person) else None
_ELIDED_OF = re.compile(rf"^[dD]['’][{_UP}]")
_ELIDED_DET = re.compile(rf"^[lL]['’][{_UP}][\w\-]+$")


_PLACE_LINKS = _NAME_ORIGIN | frozenset(w for lang in LANGUAGES for w in profile(lang).adverbial_prepositions)


def _group_at_place(toks: list[str], run_start: int, masked: str, verb_start: int) -> str | None:
    """People named by a noun and their place or body before the verb ("firefighters from Krakow said",
    "police officers in Warsaw said", "Strażacy z Krakowa powiedzieli", "Пожарные из Кракова заявили"; text/data
    "name_origin", "adverbial_prepositions"): the whole phrase, not the place (final41 #8 kind: the place
    of a dateline or a complement was the speaker). The noun is an English person noun or, before a plural verb of
    saying (text/data "plural_verb_endings"), the clause's opening word; a capitalised run of at most three
    words (an article before it allowed: "officials from the Pentagon") follows its preposition."""
    k = run_start
    if k >= 2 and toks[k - 1].lower() in _DETS and k - 1 < len(toks):
        k -= 1  # "officials from the Pentagon"
    if k < 2 or len(toks) - run_start > _ORIGIN_WORDS or toks[k - 1].lower() not in _PLACE_LINKS:
        return None
    head_at = k - 2
    head = toks[head_at]
    if not head.isalpha() or not (head.islower() or head_at == 0):
        return None
    low = head.lower()
    if low in _ROLE_HEADS or any(given_name_gender(t) for t in toks[run_start:]):
        return None  # "Secretary of State Mike Pompeo said": a title, its place, then the holder's name
    person = _en_person_noun(low) or (low.endswith("s") and _en_person_noun(low[:-1]))
    if not person:
        verb = masked[verb_start:].split(None, 1)[0].rstrip(".,;:") if masked[verb_start:].strip() else ""
        if not (head_at == 0 and _PLURAL_VERB_ENDINGS and verb.endswith(_PLURAL_VERB_ENDINGS)):
            return None
    start = head_at
    while start > 0 and start > head_at - 2 and toks[start - 1].isalpha() and toks[start - 1].islower() \
            and toks[start - 1].lower() not in _DESC_STOP and not _preposition(toks[start - 1].lower()):
        start -= 1  # "local firefighters from Krakow", "the police officers in Warsaw"
    if start > 0 and toks[start - 1].lower() in _DETS:
        start -= 1
    if start == head_at and head_at > 0 and not person:
        return None
    return " ".join(toks[start:])


def _owned_by(toks: list[str], run_start: int) -> str | None:
    """The phrase when the name only owns the subject: "L'entourage d'Emmanuel Macron explique",
    "the lawyer of Harvey Weinstein said" -> that phrase, not the name (a role word before the
    complement is a title instead: "President of Ukraine Volodymyr Zelensky")."""
    link = run_start - 1
    if link >= 2 and toks[link].lower() in _DETS and toks[link - 1].lower() in _OF:
        link -= 1  # "le ministère de la Santé", "the Ministry of the Interior": an article after the link
    if link < 1 or not (_ELIDED_OF.match(toks[link]) or toks[link].lower() in _OF):
        return None
    noun = link - 1
    head = re.sub(r"^[lL]['’]", "", toks[noun])
    if not head.isalpha() or _is_title(head) or head.lower() in _ROLE_HEADS:
        return None
    if not head[:1].islower() and head.lower() not in _ORG_WORDS:
        # (a capitalised body word heads a body's name: "The Ministry of Health said" is the ministry, not
        # "Health"; break50 P7 kind)
        return None
    start = noun - 1 if noun >= 1 and toks[noun - 1].lower() in _DETS else noun
    return " ".join(toks[start:])


def _opening_person(toks: list[str]) -> str | None:
    """The person a clause opens with when role words come first and only lower-case words
    (adverbials) stand between the name and the verb: "Rzecznik prezydenta Rafał Leśkiewicz pytany
    o szczegóły (odpowiedział)", "Глава российской делегации Владимир Мединский после заседания
    (сообщил)". Nothing when the clause has a second capitalised word after the name."""
    k = 0
    while k < min(5, len(toks)) and toks[k].isalpha() and (toks[k].islower() or _is_title(toks[k])
                                                          or toks[k].lower() in _ROLE_HEADS
                                                          or k and _acronym(toks[k])):  # "Глава ВОЗ Тедрос …"
        k += 1
    if k == 0:
        return None
    run = _name_prefix(toks[k:])
    rest = toks[k + len(run) :]
    if len(run) < 2 or len(rest) > 6 or any(not t.islower() for t in rest if t.isalpha()):
        return None
    name = " ".join(_clean_name(run))
    return name if len(name.split()) >= 2 and _plausible_speaker(name) else None


_BULLET_LEAD = re.compile(r"^.*[•▪■●►]\s*")
_AGE_CHUNK = re.compile(r"^\s*(?:\w{1,6}\s+)?\d{1,3}(?:\s+[^\W\d]{1,7})?\s*$")


def _age_chunk(chunk: str) -> bool:
    """", 31 год,", ", 45 lat,", ", 48 ans,", ", 45,", ", aged 45,": a person's age in apposition."""
    return bool(_AGE_CHUNK.match(chunk))


def _party_of_place(chunk: str) -> bool:
    """", Democrat of New Jersey,", ", Republican of Tennessee,": a party member's place in apposition."""
    toks = chunk.split()
    return len(toks) >= 3 and toks[0] in _PARTY_MEMBERS and toks[1] == "of" and all(t[:1].isupper() for t in toks[2:])


def _appositive_subject(chunks: list[str]) -> Subject | None:
    """"Spacey's attorney, Jennifer L. Keller, told" / "Tokayev, in his address, said"."""
    for at, chunk in ((-2, chunks[-2]), (-3, chunks[-3])):
        if _PARTY_TAG.fullmatch(chunk.strip()) or _party_of_place(chunk):
            continue  # "Sen. Jack Reed, D-R.I., said", "Mikie Sherrill, Democrat of New Jersey, said"
        toks = _TOKEN_RE.findall(chunk)
        if toks and toks[0] in _TO_ADDRESSEE:
            continue  # "… dire «sì» a Thappad, ha risposto": an addressee, not an apposition
        while toks and (toks[0].lower() in _STOP_CAPS or not re.match(r"\w", toks[0])):
            toks = toks[1:]  # (and the closing mark of a title before it: "On ABC's “This Week,” Sen. X, R-Ariz.,")
        # "John Smith and Mary Jones, who met on Monday, said" (quotes74: the speaker was Mary Jones); the people
        # open the clause ("Udo Müller, Gründer und Chef, sagte": German nouns after a name are its apposition)
        joint = _joint_subject(toks) if not any(c.strip() for c in chunks[: len(chunks) + at]) else None
        if joint:
            return joint
        run = _name_prefix(toks)
        # the whole chunk is a name, or a name "of Patton Boggs"
        if run and (len(run) == len(toks) or toks[len(run)].lower() in {"of", "from", "at", "von", "de"}):
            name = _clean_name(run)
            if name:
                return "name", " ".join(name)
    if chunks[0] == "" and 4 <= len(chunks) <= 9:
        # a quotation's slot and its comma before the name ("“…,” Ms. Hendry, 54, the finance minister, told
        # the BBC"): the apposition opens after them
        chunks = chunks[[bool(c.strip()) for c in chunks].index(True):] if any(c.strip() for c in chunks) else chunks
    if 4 <= len(chunks) <= 7:
        # "Даниэль Францони, 31 год, официант ресторана, которая …, сказала": a long apposition
        # after the sentence's opening name (dev23 ru gold); only the clause's first chunk, after a
        # list bullet ("В новостях • Даниэль Францони"); a relative clause or an age marks the apposition
        toks = _TOKEN_RE.findall(_BULLET_LEAD.sub("", chunks[0]))
        run = _name_prefix(toks)
        name = _clean_name(run)
        # (a surname after a title counts: "Ms. Hendry, 54, the finance minister,")
        if run and len(run) == len(toks) and (len(name) >= 2 or 0 < len(name) < len(run)) and _plausible_speaker(" ".join(name)) \
                and (_RELATIVE.search(" " + " ".join(chunks[1:-1])) or any(map(_age_chunk, chunks[1:-1]))):
            return "name", " ".join(name)
    if len(chunks) < 3:
        return None  # only empty chunks before the name: nothing stands in apposition (a dev text crashed here)
    # "the congressman, speaking in a whisper, said"
    toks = _TOKEN_RE.findall(chunks[-3])
    if 2 <= len(toks) <= 5 and toks[0].lower() in _DETS and not any(t.lower() in _DESC_STOP for t in toks):
        # "El presidente Mariano Rajoy, que compareció como testigo, dijo": lower-case role words, then the
        # name closing the chunk is the subject, not the whole description
        j = next((k for k in range(1, len(toks)) if not toks[k].islower()), len(toks))
        run = _name_prefix(toks[j:])
        if j >= 2 and j + len(run) == len(toks) and len(run) >= 2 and _plausible_speaker(" ".join(run)):
            return "name", " ".join(_clean_name(run))
        return "description", " ".join(toks)
    return None


def _subject_before_quote(masked: str, slot: int) -> Subject | None:
    """The name right before a quotation whose verb follows it (verb-final languages)."""
    toks = _strip_aux_tail(_TOKEN_RE.findall(masked[:slot].rstrip(" ,:")))
    if toks and toks[-1].lower() in _PRONOUNS:
        return "pronoun", toks[-1]
    name = _clean_name(_name_suffix(toks))
    if name and _plausible_speaker(" ".join(name)):
        return "name", " ".join(name)
    if len(toks) >= 2 and toks[-1].islower() and toks[-1] in _ROLE_HEADS and _relative_participle(toks[-2]):
        return "description", toks[-1]  # "Ankara'ya gelen bakan, "…" dedi": the role the participle qualifies
    return None


_RELATIVE_PARTICIPLES = tuple(re.compile(profile(lang).relative_participle_form) for lang in LANGUAGES
                              if profile(lang).relative_participle_form)


def _relative_participle(word: str) -> bool:
    """A relative participle (text/data "relative_participle_form": Turkish "gelen", "konuşan"), or "eden", the
    one of "etmek" that makes verbs of nouns ("ziyaret eden", which the form leaves out with the ablatives "-den")."""
    word = word.lower()
    return word == "eden" or any(rx.fullmatch(word) for rx in _RELATIVE_PARTICIPLES)


# How far a match of the verb patterns reads from where it starts: the longest word (literals, one character each
# in any case), the boundary after it, one spare. A match starting further than this before the end of the text a
# scan is given is the match of the whole text there.
_VERB_REACH = 2 + max(len(w.lower()) for w in (*_SAY, *_ACT))
_VERB_PATTERNS = {"say": _SAY_RE, "act": _ACT_RE}


@lru_cache(maxsize=4096)
def _first_verb(which: str, masked: str, start: int) -> int | None:
    """Where the first match of a verb pattern from ``start`` on starts in the whole text, or None."""
    found = _VERB_PATTERNS[which].search(masked, start)
    return found.start() if found else None


def _verbs_between(which: str, masked: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``pattern.finditer(masked, start, end)``. When the whole text has no match from ``start`` until
    ``_VERB_REACH`` before ``end``, neither has the cut text (a match there reads no character at ``end`` or
    after), and the scan starts there: a paragraph with no verb of that kind was scanned whole at each verb."""
    first = _first_verb(which, masked, start)
    if first is None or first >= end - _VERB_REACH:
        start = max(start, end - _VERB_REACH)
    return _VERB_PATTERNS[which].finditer(masked, start, end)


def _noun_phrase(found: Subject) -> bool:
    """A name, or a description that is a noun phrase: a capital opens it or a role or person noun stands in it;
    never a verb phrase ("Emmanuel Macron a rappelé lundi, que Olaf Scholz …": quotes73fix, the comma-relative
    step read "que" as a relative and the speaker was "a rappelé lundi")."""
    if found[0] == "name" or found[1][:1].isupper():
        return True
    return any(_person_head(t.lower()) for t in _TOKEN_RE.findall(found[1]))


def _person_head(word: str) -> bool:
    """A lower-case word that heads a description of a person: a role, a spokesperson noun or an English person
    noun ("mayor", "porte-parole", "contractor")."""
    return word in _ROLE_HEADS or word in _SPOKESPERSON_NOUNS or _en_person_noun(word)


# Words that may stand between "and" and a verb the subject before "and" governs: auxiliaries and adverbs
# ("and has said", "et a déclaré", "e ha detto", "y luego dijo", "and later told")
_AND_VERB_GAP = _AUX | {
    "a", "ha", "hat", "ont", "avait", "aveva", "había", "hatte", "has", "have", "had", "is", "was",
    "ensuite", "aussi", "puis", "poi", "anche", "luego", "después", "dann", "danach", "потом", "затем",
}
_ADVERB_RE = re.compile(r"[^\W\d_]+(?:ly|ment|mente)")
# A phrase that opens with a preposition right after "and" is an adverbial of the shared verb, not its subject: "Joe
# Biden met Olaf Scholz and in an interview with CNN said" is Biden's (retest_quotes73: 10 such gave CNN, Kyiv, Monde,
# País, Corriere, ТАСС). "X visited Lyon and in Paris Y said" is then read as on main.
_AND_PREPOSITIONS = frozenset({
    "in", "on", "at", "during", "with", "after", "before", "via", "through", "from", "for", "by", "over",
    "dans", "lors", "au", "aux", "à", "pendant", "sur", "après", "avant", "par", "devant", "en",
    "con", "durante", "tras", "ante", "desde", "según", "nel", "nella", "nei", "al", "alla", "ai", "su", "sul",
    "dopo", "im", "bei", "beim", "auf", "nach", "während", "vor", "vom", "über", "gegenüber",
    "в", "во", "на", "после", "при", "перед", "с", "со", "w", "we", "podczas", "po", "przed", "dla",
})


def _coordination_start(verb_start: int, chunks: list[str]) -> int:
    """Where the coordinated reading of the verb at ``verb_start`` starts: its last three chunks (:func:`_chunks_before`)."""
    return max(0, verb_start - sum(len(c) + 1 for c in chunks[-3:]))


def _verb_follows_and(masked: str, start: int, verb_start: int) -> bool:
    """Whether only auxiliaries or adverbs stand between the last "and" before a verb and the verb: "The mayor
    visited Lyon and said" shares its subject; "The mayor visited Lyon and Joe Biden said" does not (quotes73fix:
    the speaker was "The mayor"; main's name rule gave "Anne Hidalgo" for "Anne Hidalgo visited Lyon and Joe Biden
    said"). Without an "and" in reach the coordinated reading stays as it was."""
    toks = [t.lower() for t in _TOKEN_RE.findall(masked[start:verb_start])]
    at = next((i for i in range(len(toks) - 1, -1, -1) if toks[i] in _AND), None)
    if at is None or (at + 1 < len(toks) and toks[at + 1] in _AND_PREPOSITIONS):
        return True
    return all(t in _AND_VERB_GAP or t == "," or _ADVERB_RE.fullmatch(t) for t in toks[at + 1 :])


def _coordinated_subject(masked: str, verb_start: int, chunks: list[str], bare_plural: bool) -> Subject | None:
    """The subject of the first of two coordinated verbs ("X thanked … and expressed")."""
    start = _coordination_start(verb_start, chunks)
    # the earlier verbs in order (ties: the verb of saying first, as a stable sort of both lists had them), read
    # only until one has a subject: all of them for each verb was quadratic in an unpunctuated paragraph
    earlier = merge(_verbs_between("say", masked, start, verb_start), _verbs_between("act", masked, start, verb_start),
                    key=lambda m: m.start())
    for m in earlier:
        subj = _subject_before(masked, m.start(), bare_plural)
        if subj:
            return subj
    # "Klobuchar shared the article and said", "Grimm stormed back, leaned into him and said"
    for chunk in reversed(chunks[-3:]):
        toks = _TOKEN_RE.findall(chunk)
        while toks and toks[0].lower() in _STOP_CAPS:
            toks = toks[1:]
        if toks and toks[0].lower() in _PRONOUNS:
            return "pronoun", toks[0]
        prefix = _name_prefix(toks)
        run = _clean_name(prefix)
        after = toks[len(prefix)] if len(toks) > len(prefix) else ""
        # a verb follows the name; in any language a lower-case word right after a clause's opening name
        # is its verb or a negation ("Moreau negó los cargos y dijo", "Moreau a nié … et a déclaré")
        if run and (re.fullmatch(r"[a-zà-ÿа-я]+(?:ed|s|te|t)", after)
                    or after.isalpha() and after.islower() and after not in _CONNECTORS | _OF | _AND):
            return "name", " ".join(run)
        described = _opening_description(_TOKEN_RE.findall(chunk))
        if described:
            return "description", described
    return None


_JOINT_PART_WORDS = 4  # words of one person in a coordinated subject: "Governor Mary Ann Jones", "the deputy mayor"


def _joint_subject(toks: Sequence[str]) -> Subject | None:
    """Two or more people named as one subject, the whole of ``toks`` (a clause's words before its verb, or an
    apposition's): "John Smith and Mary Jones", "Smith and Jones", "the mayor and the governor", "John Smith,
    Mary Jones and Peter Brown", "Anna Schmidt und Jan Müller", "Jan Kowalski i Anna Nowak" (quotes74: the
    speaker was the last person alone). One speaker string, the people as written (a title before a name
    dropped: "Mayor John Smith and Governor Mary Jones" -> "John Smith and Mary Jones"), joined by ", " and the
    text's own "and" (text/data "people_and"): a reader expects both names, and the resolver reads each part
    (:func:`joint_parts`). Kind "name" when every part is a name, else "description". None unless exactly one
    "and" stands between the parts and every part is a name run or a described person ("The mayor visited Lyon
    and Joe Biden" is no joint subject; "the Department of Health and Human Services" neither)."""
    toks = list(toks)
    while toks and toks[0].lower() in _STOP_CAPS and toks[0].lower() not in _DETS:
        toks = toks[1:]  # "But Smith and Jones said"
    ands = [i for i, t in enumerate(toks) if t in _JOINT_SPEAKERS_AND]
    if len(ands) != 1 or not 0 < ands[0] < len(toks) - 1:
        return None
    k = ands[0]
    groups: list[list[str]] = [[]]
    for t in toks[:k]:
        if t == ",":
            groups.append([])
        else:
            groups[-1].append(t)
    groups.append(toks[k + 1 :])
    parts = [_joint_part(g) for g in groups]
    if any(p is None for p in parts) or len({p[1] for p in parts if p}) < len(parts):
        return None
    if len(parts) >= 3 and not _joint_list(groups, [p for p in parts if p]):
        return None
    kinds = {p[0] for p in parts if p}
    words = [p[1] for p in parts if p]
    return ("name" if kinds == {"name"} else "description"), f"{', '.join(words[:-1])} {toks[k]} {words[-1]}"


_JOINT_LIST_PARTS = 6  # people of one listed subject: "John Smith, Mary Jones and Peter Brown"


def _joint_before(masked: str, verb_start: int, chunks: list[str], last: list[str]) -> Subject | None:
    """:func:`_joint_subject` of the clause before a verb, with the comma-separated people listed before its last
    chunk ("John Smith, Mary Jones and Peter Brown said": a comma is a chunk break). Earlier chunks join only
    while each is one person (:func:`_joint_part`): "In Paris, Smith and Jones said" is Smith and Jones's."""
    toks = list(last)
    end = verb_start - len(chunks[-1])  # where the last chunk opens, its break before it
    for chunk in reversed(chunks[-_JOINT_LIST_PARTS:-1]):
        words = _TOKEN_RE.findall(chunk)
        if masked[end - 1 : end] != "," or _joint_part(words) is None:
            break
        toks = [*words, ",", *toks]
        end -= len(chunk) + 1
    return _joint_subject(toks)


def _joint_list(groups: list[list[str]], parts: list[Subject]) -> bool:
    """Whether three or more parts are a list of people, not a person and an apposition of roles: "said Udo
    Müller, Gründer und Co-Vorstandschef" (a German noun is capitalised: a one-word "name"), "said John Smith,
    chairman and founder". The names all of one word or all of more; each description with its article."""
    names = {len(g) == 1 for g, p in zip(groups, parts) if p[0] == "name"}
    return len(names) <= 1 and all(g[0].lower() in _DETS or g[0].lower() in _POSSESSIVE_DETS
                                   for g, p in zip(groups, parts) if p[0] == "description")


# the possessive that opens a described person of a coordinated subject: "Jones and her husband", "Schmidt und
# seine Frau"
_POSSESSIVE_DETS = frozenset({"his", "her", "their", "its", "sein", "seine", "ihr", "ihre", "son", "sa", "ses", "leur",
                              "su", "sus", "suo", "sua"})


def _joint_part(toks: list[str]) -> Subject | None:
    """One person of a coordinated subject: a name run (a title before it dropped), or a described person (an
    article or possessive, up to three lower-case words, a person noun last: "the mayor", "his wife"; or a
    lower-case role or a bare plural of a person noun alone: "мэр", "residents"). Only a capitalised title is
    dropped: a lower-case role before a capitalised word may be the role's body in the genitive ("prezes Prawa i
    Sprawiedliwości" is no "Prawa" and "Sprawiedliwości"), unless a full name follows it (:func:`_role_named`)."""
    if not toks or not all(t.replace("-", "").replace(".", "").isalpha() for t in toks):
        return None
    if len(toks) > _JOINT_PART_WORDS:
        return _role_named(toks)
    name = _clean_name(list(toks))
    dropped = toks[: len(toks) - len(name)]
    if name and list(name) == toks[len(dropped) :] and all(t[:1].isupper() for t in name) \
            and all(t[:1].isupper() and (t.lower().rstrip(".") in _TITLES or t.lower() in _ROLE_HEADS) for t in dropped) \
            and _plausible_speaker(" ".join(name)):
        return "name", " ".join(name)
    named = _role_named(toks)
    if named:
        return named
    head = toks[-1].lower()
    person = _person_head(head) or head.endswith("s") and _person_head(head[:-1])
    if not person or not all(t.islower() for t in toks[1:]):
        return None
    if len(toks) == 1 or toks[0].lower() in _DETS or toks[0].lower() in _POSSESSIVE_DETS:
        return "description", " ".join(toks)
    return None


_JOINT_ROLE_WORDS = 5  # words of a role before a coordinated person's name: "la cheffe de la police"


def _role_named(toks: list[str]) -> Subject | None:
    """A person of a coordinated subject written as a role, then a name of two words or more: "police chief Anna
    Berg", "mayor Tom Lee", "Polizeichefin Anna Berg", "le maire Tom Lee", "la comisaria Ana Berg", "la cheffe de
    la police Anna Berg" (speakers75: the coordinated speaker was the last person alone). The name of two words
    keeps "prezes Prawa i Sprawiedliwości" out (a role, then its body's name in the genitive)."""
    run = _name_suffix(toks)
    if len(run) < len(toks) and _clean_name(list(run)) == run:
        role = toks[: len(toks) - len(run)]
    else:
        run = _clean_name(list(toks))  # "Polizeichefin Anna Berg": a capitalised role word in the run
        role = toks[: len(toks) - len(run)]
    if not 2 <= len(run) <= _JOINT_PART_WORDS or not 1 <= len(role) <= _JOINT_ROLE_WORDS \
            or not run[0][:1].isupper() or toks[len(role) :] != run or not _role_phrase(role, run) or not _plausible_speaker(" ".join(run)):
        return None
    return "name", " ".join(run)


def _role_phrase(role: list[str], name: Sequence[str]) -> bool:
    """Whether ``role`` is a person's role before the name ``name``: an article, at most one modifier, the role
    noun, and a complement of one noun ("(the) (police) chief", "(la) cheffe (de la police)", "(la) jefa (de
    policía)"). The role noun is listed (a title, a role or person noun, any case: "Polizeichefin"), or a
    lower-case word the lists lack after an article at most, before a listed given name ("la questora Anna
    Berg"). A modifier is a lower-case word (or the capitalised first: "Police chief Anna Berg") after a listed
    role noun only: "officials told Tom Lee" is no role; nor is "residents of New York" (no complement's noun)."""
    of = next((i for i, t in enumerate(role) if t.lower() in _OF), len(role))
    complement = [t for t in role[of + 1 :] if t.lower() not in _DETS]
    if of < len(role) and (len(complement) != 1 or not complement[0].islower()
                           or complement[0] in _function_words() or len(role) - of > 3 or _person_word(complement[0])):
        return False  # "the lawyer of senator Tom Lee": the name is the senator's, the speaker the lawyer
    before = role[:of]
    if before and before[0].lower() in _DETS | _POSSESSIVE_DETS:
        before = before[1:]
    if not before:
        return False
    head, modifiers = before[-1], before[:-1]
    if _is_title(head.rstrip(".")) or _role_word(head) or _person_head(head.lower()):
        return len(modifiers) <= 1 and all(t.isalpha() and (t.islower() or t is role[0]) and t.lower() not in
                                           _function_words() for t in modifiers)
    return not modifiers and head.isalpha() and head.islower() and head not in _function_words() \
        and given_name_gender(name[0]) is not None


def _person_word(word: str) -> bool:
    """Whether ``word`` names a person by role or kind, singular or plural: a title, a listed role, a person noun
    ("senator", "maire", "alcalde", "coach"; speakers76fix: "the lawyer of senator Tom Lee", "la femme du maire Tom
    Lee", "fans of coach Mike Brown" gave the named people, the role of the complement's)."""
    low = word.lower()
    return bool(_is_title(word.rstrip(".")) or _role_word(word) or _person_head(low)
                or low.endswith("s") and _person_head(low[:-1]))


def joint_parts(speaker: str) -> list[str]:
    """The people of a coordinated speaker (:func:`_joint_subject`): "John Smith, Mary Jones and Peter Brown" ->
    the three names; a speaker of one person -> itself alone. For the resolver and for code that compares
    speakers (a coordinated speaker is any of its people)."""
    words = speaker.split(" ")
    at = [i for i, w in enumerate(words) if w in _JOINT_SPEAKERS_AND]
    if len(at) != 1 or not 0 < at[0] < len(words) - 1:
        return [speaker]
    k = at[0]
    parts = [p.strip() for p in " ".join(words[:k]).split(",")] + [" ".join(words[k + 1 :])]
    # (one name said twice is a firm's: "Johnson and Johnson" is no two people, nor Boris Johnson)
    return parts if all(parts) and len(set(parts)) == len(parts) else [speaker]


_COORDINATED_HEAD_WORDS = 3  # words from the article to the role: "The", "deputy", "mayor"


def _opening_description(toks: list[str]) -> str | None:
    """A role opening a clause with its article, then a lower-case word, its verb: "The mayor visited Lyon and
    said", "Le maire a visité Lyon et a déclaré", "Il sindaco ha visitato Milano e ha detto" (quotes73: the
    speaker was the place, "Lyon", or "a visité Lyon et", the French auxiliary read as the English article).
    The role is a role or spokesperson noun, or an English person noun; not "The mayor of Lyon and …"."""
    if len(toks) < 3 or toks[0].lower() not in _ROLE_DETS:
        return None
    for k in range(1, min(_COORDINATED_HEAD_WORDS, len(toks) - 2) + 1):
        word, after = toks[k].lower(), toks[k + 1]
        if not word.isalpha() or not (toks[k].islower() or word in _ROLE_HEADS):
            return None
        if _person_head(word):
            if after.islower() and (after in _ROLE_HEADS or after in _SPOKESPERSON_NOUNS or after in _TITLES
                                    or after in _DEPUTY_WORDS):
                # a qualifier before the role: "The former mayor", "The former deputy mayor" (quotes73fix: the
                # speaker was "The former")
                continue
            verb = after.isalpha() and after.islower() and after not in _CONNECTORS | _OF | _AND
            return " ".join(toks[: k + 1]) if verb else None
    return None


_TIME_NOUNS = frozenset(w for lang in LANGUAGES for w in profile(lang).time_nouns)


def _description_before(last: list[str], bare_plural: bool) -> Subject | None:
    """"a foreign ministry spokesman said", "Mr. Trump’s adoring fans reply", "officials said"."""
    for i in range(len(last) - 2, max(-1, len(last) - 7), -1):
        possessive = last[i].endswith(("’s", "'s"))
        if last[i].lower() in _DETS or possessive:
            if not possessive and i and _preposition(last[i - 1].lower()):
                return None  # "In a pair of evening tweets, …": a preposition's object, the noun no verb
            start = i
            if possessive:
                while start > 0 and _CAP_TOKEN.match(last[start - 1]):
                    start -= 1
            desc = last[start:]
            if not possessive and (desc[-1].lower() in _TIME_NOUNS or _date_phrase(desc[1:])):
                # "The congressman over the weekend joked": the time phrase is no subject, the phrase before it is
                if i >= 2 and last[i - 1].isalpha() and last[i - 1].islower():
                    return _description_before(last[: i - 1], bare_plural)
                return None
            if not any(t.lower() in _DESC_STOP for t in desc):
                return "description", " ".join(desc)
            break
    if bare_plural and len(last) <= 2 and last[-1].isalpha() and last[-1].endswith("s") and len(last[-1]) > 4:
        return "description", " ".join(last)
    if 2 <= len(last) <= _GROUP_WORDS and last[-1].isalpha() and last[-1].islower() and last[-1].endswith("s") \
            and all(t.isalpha() and t[:1].isupper() for t in last[:-1]) and _en_person_noun(last[-1][:-1]):
        # "Top Democratic lawmakers accused the president of …": people described by capitalised adjectives
        return "description", " ".join(last)
    return None


_CLAUSE_VERBS = {
    "was", "is", "were", "are", "had", "has", "have", "would", "will", "could", "should", "did", "does",
    "might", "must", "can", "war", "ist", "sei", "hat", "habe", "wurde", "werde", "est", "était", "a",
    "avait", "sera", "был", "была", "было", "будет", "es", "fue", "era", "ha",
}


def _preposition_a(toks: list[str]) -> bool:
    """"a" before an article is the Spanish/Portuguese preposition ("dijo Giuliani a los
    periodistas"), not the French verb of a reported clause ("… a été")."""
    return len(toks) > 1 and toks[0].lower() == "a" and toks[1].lower() in _DETS
# The dative preposition that opens an addressee after a verb of saying: "dijo a Headstart de ANC",
# "reprocha al dirigente socialista", "dice ad Ahmedabad Mirror", "a déclaré aux journalistes".
_TO_ADDRESSEE = {"a", "al", "ad", "à", "au", "aux", "ai", "alla", "allo", "agli", "alle", "all'"}


# English nouns for a person named by the body they serve ("a White House official", "a Senate aide"):
# after them "a" is the English article, not the es/it/pt preposition of an addressee.
_EN_BODY_NOUNS = frozenset(profile("en").spokesperson_nouns) | frozenset(profile("en").role_words) | {
    "official", "officials", "source", "sources", "officer", "diplomat", "lawmaker", "staffer", "analyst",
    "executive", "member", "spokesmen", "aides", "strategist", "negotiator", "investigator", "employee",
}


_EN_PERSON_ENDINGS = profile("en").person_noun_endings
_ROMANCE_ADDRESSEE_LANGUAGES = ("es", "it", "pt")  # where "a" before a name is the addressee's preposition


@lru_cache(maxsize=1024)
def _en_person_noun(word: str) -> bool:
    """An English noun for a person: the hand list, or a word the English lexicon knows with a person's
    ending ("contractor", "engineer", "lobbyist") that no language using "a" for an addressee has ("ayer")."""
    if word in _EN_BODY_NOUNS:
        return True
    if len(word) < _EN_PERSON_MIN_CHARS or not word.isalpha() or not word.endswith(_EN_PERSON_ENDINGS):
        return False
    from ..._cache import is_known

    if not is_known(word, "en"):
        return False
    shipped = _romance_known_shipped()
    if shipped is not None and word.isascii() and word.islower():
        return word not in shipped
    return not any(is_known(word, lang) for lang in _ROMANCE_ADDRESSEE_LANGUAGES)


_EN_PERSON_MIN_CHARS = 5
ROMANCE_KNOWN_FILE = "en-person-nouns-romance.json"


def romance_known_person_nouns() -> dict:
    """What ``data/en-person-nouns-romance.json`` ships: every lower-case ASCII word simplemma's English
    lexicon knows that :func:`_en_person_noun` would ask about (its length and person endings) and that
    the es/it/pt lexicons know too, with the simplemma version and the endings it was built for.
    Loads four lexicons (~1.2 CPU-s); ``scripts/build_person_nouns.py`` writes it."""
    import simplemma
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    from ..._cache import library_version

    candidates = {key.lower() for key in DefaultDictionaryFactory().get_dictionary("en")}
    asked = sorted(w for w in candidates if len(w) >= _EN_PERSON_MIN_CHARS and w.isascii() and w.isalpha()
                   and w.endswith(_EN_PERSON_ENDINGS) and simplemma.is_known(w, "en"))
    return {"simplemma": library_version("simplemma"), "endings": list(_EN_PERSON_ENDINGS),
            "min_chars": _EN_PERSON_MIN_CHARS, "languages": list(_ROMANCE_ADDRESSEE_LANGUAGES),
            "known_elsewhere": [w for w in asked if simplemma.is_known(w, _ROMANCE_ADDRESSEE_LANGUAGES)]}


@lru_cache(maxsize=1)
def _romance_known_shipped() -> frozenset[str] | None:
    """The shipped answer of "do the es/it/pt lexicons know this English person noun" (an empty-cache
    comparison loaded those three lexicons, ~1.2 CPU-s, for one word such as "contingent"); None when
    it was built for another simplemma release or other endings, and the lexicons are asked."""
    import json
    from importlib import resources

    from ..._cache import library_version  # read once per process

    try:
        data = json.loads(resources.files("storylens").joinpath(f"data/{ROMANCE_KNOWN_FILE}").read_text("utf-8"))
        same = (data["simplemma"] == library_version("simplemma") and tuple(data["endings"]) == _EN_PERSON_ENDINGS
                and data["min_chars"] == _EN_PERSON_MIN_CHARS
                and tuple(data["languages"]) == _ROMANCE_ADDRESSEE_LANGUAGES)
    except (OSError, ValueError, KeyError, ModuleNotFoundError):  # PackageNotFoundError's base
        return None
    return frozenset(data["known_elsewhere"]) if same else None


def _acronym(tok: str) -> bool:
    """"MSZ", "MSWiA", "PiS", "МИД": an organisation's short name (McCain and DeSantis are no acronyms)."""
    letters = [c for c in tok if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return len(letters) >= 2 and upper >= 2 and 2 * upper >= len(letters)


_ADVERBIAL_PREPOSITIONS = frozenset(w for lang in LANGUAGES for w in profile(lang).adverbial_prepositions)


def _preposition(tok: str) -> bool:
    """A preposition that opens a time or place adverbial ("w", "przed", "entre"; text/data
    "adverbial_prepositions"), not one that links a role to its place ("il sindaco di Milano Giuseppe Sala")."""
    return tok in _ADVERBIAL_PREPOSITIONS


def _date_phrase(words: list[str]) -> bool:
    """"el martes", "le 3 janvier": a time phrase after the verb, never the speaker."""
    from ..quantities import is_date_word

    words = [w.rstrip(".,;") for w in words]  # "(dijo) el viernes.": the clause's full stop on the word
    return bool(words) and all(is_date_word(w) or w.isdigit() for w in words)


_RELATIVE = re.compile(r"(?:^|[\s,–—-])(?:who|whose|which|der|die|qui|que|который|которая)\s", re.IGNORECASE)
