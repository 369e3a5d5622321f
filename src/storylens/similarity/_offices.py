"""One-holder offices read in one text (a governor, a mayor, a CEO, and who holds the office), and the title
and calendar words around names."""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..text import LANGUAGES as TEXT_LANGUAGES
from ..text import (
    LEMMA_LANGUAGES,
    base,
    calendar_word,
    given_name_gender,
    month_also_name,
    stop_words,
)
from ._common import _fold

if TYPE_CHECKING:
    from ._sides import _Text


_POSSESSIVE_END = re.compile(r"(?<=\w)['’]s$")

# How much of the text the actors rule reads for the event's month: the title, dateline and first sentence
# or two. Wider than PLACE_LEAD_CHARS: a wire lead states the event's month at its end ("... que avait tué
# 33 mineurs en mars 2025", 330 characters in; trial45 v/fr.txt).
EVENT_MONTH_CHARS = 600


def _lexicon_word(word: str, lang: str | None) -> bool:
    """Whether ``word`` is a common word of ``lang``, no name: one simplemma's lexicon of the language knows and no
    given-name list holds. False in a language simplemma does not lemmatise (no lexicon to ask)."""
    code = base(lang) or ""
    if code not in LEMMA_LANGUAGES or code not in TEXT_LANGUAGES:
        return False
    from .._cache import is_known

    return given_name_gender(word) is None and is_known(word.lower(), code)

# One-holder offices (English): an office names one person at a time, so two texts naming two holders of one office
# tell two times. "Gov." is the governor's abbreviation; "chairwoman" the chairman's office.
_OFFICE_ROLES = {"secretary": "secretary", "governor": "governor", "gov": "governor", "mayor": "mayor",
                 "president": "president", "chancellor": "chancellor", "premier": "premier", "ceo": "CEO",
                 "chairman": "chairman", "chairwoman": "chairman", "sheriff": "sheriff", "commissioner": "commissioner",
                 "coach": "coach", "ambassador": "ambassador"}

# A secretary's department names the office ("Interior Secretary", "Secretary of the Interior"); for the other roles
# a department word is no qualifier ("Foreign Minister" of two countries: two offices written alike).
_DEPARTMENTS = frozenset({"interior", "commerce", "defense", "defence", "state", "treasury", "home", "foreign",
                          "health", "energy", "labor", "labour", "education", "transportation", "transport",
                          "agriculture", "homeland", "justice", "navy", "army", "veterans"})

# Capitalised words before or after a role that name no office: articles, titles, ranks, a holder's time.
_NOT_OFFICES = frozenset({"the", "a", "an", "former", "then", "ex", "vice", "deputy", "assistant", "acting", "prime",
                          "general", "lieutenant", "lt", "new", "newly", "outgoing", "incoming", "interim", "late",
                          "mr", "mrs", "ms", "dr", "and", "but", "its", "his", "her", "their", "our", "as", "by",
                          "when", "after", "while", "said", "says", "team", "club", "head", "chief", "senior",
                          "executive", "party", "press", "white", "house", "us", "u.s", "state's", "county", "city"})

# Words before a role that make its holder a past one ("former Interior Secretary Gale Norton"): a recalled holder.
_PAST_HOLDER = re.compile(r"\b(?:former|then|ex|late|previous|predecessor|preceded|antiguo|antigua|anterior|"
                          r"ancien|ancienne|ehemalige\w*|frühere\w*|antigo|antiga|precedente)\W*$", re.IGNORECASE)

# A role is a word of its own: no prefix fused or hyphenated to it ("vice-governor", "co-chairman", es
# "vicealcaldesa", pt "vice-prefeita", de "Vize-Bürgermeister" name another office; break55 F1) and no suffix
# ("Governor-elect", "Secretary-General").
_ROLE_RE = r"(?<![\w-])(?i:secretary|governor|gov\.|mayor|president|chancellor|premier|ceo|chairman|chairwoman|" \
           r"sheriff|commissioner|coach|ambassador)(?![\w-])"

_NAME_WORD = r"(?:[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:['’\-][A-Za-z]+)?|[A-Z]\.)"

_HOLDER = rf"(?P<name>{_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}){{1,3}})"

_QUAL = r"[A-Z][\w'’\-]+"

_OFFICE_PATTERNS = (
    # "Qeshm Governor Mehdi Irannejad", "Qeshm island governor Heydar Alishbandi", "Interior Secretary Ken Salazar"
    re.compile(rf"(?P<q>{_QUAL})(?:['’]s)?[ \u00a0]+(?:[a-z]+[ \u00a0]+)?(?P<role>{_ROLE_RE})[ \u00a0]+{_HOLDER}"),
    # "Secretary of the Interior Dirk Kempthorne", "the governor of Qeshm, Mehdi Irannejad"
    re.compile(rf"(?P<role>{_ROLE_RE})[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?(?P<q>{_QUAL})(?:[ \u00a0]+[a-z]+)?,?"
               rf"[ \u00a0]+{_HOLDER}"),
    # "Qeshm's governor, Heidar Alishvandi"; "the interior secretary, Ken Salazar"
    re.compile(rf"(?P<q>{_QUAL}|(?<=the )[a-z]+)(?:['’]s)?[ \u00a0]+(?P<role>{_ROLE_RE}),[ \u00a0]+{_HOLDER}"),
    # "Heidar Alishvandi, the governor of Qeshm", "Heydar Alishbandi, Governor of Qeshm island", "Abdolreza
    # Sheikholeslami, the governor of Hormozgan Province"
    re.compile(rf"{_HOLDER},[ \u00a0]+(?:the[ \u00a0]+)?(?P<role>{_ROLE_RE})[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?"
               rf"(?P<q>{_QUAL})"),
    # "Ken Salazar, the Interior Secretary", "Tony Reagins, the Angels' general manager" (no: no one-holder role)
    re.compile(rf"{_HOLDER},[ \u00a0]+(?:the[ \u00a0]+)?(?P<q>{_QUAL})(?:['’]s?)?[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
               rf"(?P<role>{_ROLE_RE})"),
)

# The same offices in the other languages read (folded role -> the English role of the key, so that two languages'
# texts naming one place's office compare): written with their place after a preposition ("el gobernador de Qeshm,
# Heidar Alishvandi", "Heidar Alishvandi, gouverneur de Qeshm", "der Bürgermeister von Köln, Max Muster") or, in
# German, after the place's genitive ("Kölns Oberbürgermeisterin Henriette Reker").
_OFFICE_ROLES_OTHER = {
    "es": {"gobernador": "governor", "gobernadora": "governor", "alcalde": "mayor", "alcaldesa": "mayor"},
    "pt": {"governador": "governor", "governadora": "governor", "prefeito": "mayor", "prefeita": "mayor"},
    "fr": {"gouverneur": "governor", "gouverneure": "governor", "maire": "mayor"},
    "it": {"governatore": "governor", "governatrice": "governor", "sindaco": "mayor", "sindaca": "mayor"},
    "de": {"gouverneur": "governor", "gouverneurin": "governor", "bürgermeister": "mayor",
           "bürgermeisterin": "mayor", "oberbürgermeister": "mayor", "oberbürgermeisterin": "mayor"},
}

_OFFICE_LANGUAGES = frozenset({"en", *_OFFICE_ROLES_OTHER})

_OFFICE_OF = {"es": r"de(?:l| la)?", "pt": r"d[eoa]", "fr": r"d[eu]|de la", "it": r"di|del(?:la)?",
              "de": r"von|vom|der|des"}

_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"

_NAME_WORD_ANY = rf"(?:[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?(?:['’\-][{_UPPER}{_LOWER}]+)?|[{_UPPER}]\.)"

_HOLDER_ANY = rf"(?P<name>{_NAME_WORD_ANY}(?:[ \u00a0]+{_NAME_WORD_ANY}){{1,3}})"

_QUAL_ANY = rf"[{_UPPER}][\w'’\-]+"


@lru_cache(maxsize=8)
def _office_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """The office patterns of a language (English: _OFFICE_PATTERNS)."""
    if lang == "en":
        return _OFFICE_PATTERNS
    roles = "|".join(sorted(_OFFICE_ROLES_OTHER[lang], key=len, reverse=True))
    role = rf"(?<![\w-])(?P<role>(?i:{roles}))(?![\w-])"
    of = rf"(?:{_OFFICE_OF[lang]})[ \u00a0]+(?:(?:el|la|le|il|lo|o|a|der|die|das|l['’])[ \u00a0]*)?"
    out = [re.compile(rf"{role}[ \u00a0]+{of}(?P<q>{_QUAL_ANY}),[ \u00a0]+{_HOLDER_ANY}"),
           re.compile(rf"{_HOLDER_ANY},[ \u00a0]+(?:(?:el|la|le|il|lo|o|a|der|die|das)[ \u00a0]+)?{role}[ \u00a0]+{of}"
                      rf"(?P<q>{_QUAL_ANY})")]
    if lang == "de":
        out.append(re.compile(rf"(?P<q>[{_UPPER}][\w\-]+)s[ \u00a0]+{role}[ \u00a0]+{_HOLDER_ANY}"))
    return tuple(out)

# Words before a role (or before its place, "Acting Texas Governor Dan Patrick") that make the person named the holder
# of another office, or of this office for one side only, so no second holder of it (break55 F1, F4): a deputy's,
# an acting or interim holder's, a holder to come or gone ("the Houston deputy mayor", "Texas lieutenant governor",
# "Con Edison interim CEO", es "el teniente de alcalde", fr "le premier adjoint à la maire", de "der stellvertretende
# Bürgermeister", "der amtierende Bürgermeister") and an allegiance ("the Russian-installed governor of Kherson",
# "Moscow-appointed", "self-proclaimed", "exiled", "rebel": two sides' rival governors of one place at one time).
# Modifiers written after the role ("alcalde en funciones de Madrid", "gobernador electo", "maire par intérim") break
# the other languages' patterns, which want the place's preposition right after the role.
_OFFICE_MODIFIER = re.compile(
    r"(?<![\w-])(?:deputy|vice|lieutenant|lt|acting|interim|assistant|associate|elect|designate|incoming|caretaker|"
    r"provisional|temporary|shadow|junior|(?-i:Under)|would-be|presumptive|former|ex|"
    r"exiled?|self-\w+|rebel|separatist|de[ \u00a0]+facto|puppet|rival|parallel|occupation|opposition|pro-\w+|"
    r"\w+-(?:installed|appointed|backed|imposed|controlled|aligned|recogni[sz]ed|named)|"
    # es, pt, it
    r"teniente|interin[oa]|adjunt[oa]|accidental|suplente|substitut[oa]|sostitut[oa]|reggente|exiliad[oa]|"
    r"autoproclamad[oa]|autoproclamat[oa]|prorrus[oa]|"
    # fr
    r"adjointe?|intérimaire|suppléante?|autoproclamée?|"
    # de
    r"stellvertretend\w*|vize|kommissarisch\w*|amtierend\w*|designiert\w*|künftig\w*|zweite\w*|dritte\w*|"
    r"eingesetzt\w*|selbsternannt\w*|\w+isch(?:e[rnms]?)?)(?![\w-])",
    re.IGNORECASE)

# A nationality before a governor or mayor is an allegiance when the office's place is another ("the Ukrainian
# governor of Kherson", "the Russian mayor of Melitopol"): a capitalised -ian/-ean/-ese/-ish/-i adjective.
_DEMONYM = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:ian|ean|ese|ish|i)(?![\w-])")

# Qualifiers naming a body of many holders of a role (break55 F4): a bloc whose institutions each have a president
# and whose member states each have an ambassador to it ("EU President", "UN Ambassador"), a commission of several
# commissioners (the European Commission's 27; a US regulator's acronym ending in its Commission, "FCC", "SEC"), a
# board of governors ("Fed Governor"), a cabinet of secretaries. Offices such as board member or minister without
# portfolio are no role read at all (_OFFICE_ROLES).
_BLOCS = frozenset({"eu", "e.u", "european", "un", "u.n", "union", "nations", "asean", "opec", "nato"})

_MANY_HOLDERS = {"commissioner": frozenset({"commission"}), "governor": frozenset({"fed", "federal", "reserve", "frb"}),
                 "secretary": frozenset({"cabinet"})}


def _office_lead(text: str, m: re.Match[str]) -> str:
    """The words written before an office's role in match ``m`` of an office pattern: between the holder and the
    role when the holder comes first ("Emmanuel Grégoire, premier adjoint à la maire de ..."), else up to three
    words before the office (its place or its role; a sentence's or clause's break ends them) and the words between
    place and role ("Acting Texas Governor", "Houston deputy mayor")."""
    role_at = m.start("role")
    if m.start("name") < role_at:
        return text[m.end("name"):role_at]
    start = min(m.start("q"), role_at)
    before = re.split(r"[.,;:!?\n\"“”«»()\[\]]", text[max(0, start - 40):start])[-1]
    return " ".join([*before.split()[-3:], text[start:role_at]])


def _not_the_holder(text: str, m: re.Match[str], role: str, key: str) -> bool:
    """Whether match ``m`` of an office pattern (role, qualifier key folded) names no holder of a one-holder office:
    a modifier before it makes another office or one side's (_OFFICE_MODIFIER, _DEMONYM), or its qualifier names a
    body of many holders (_BLOCS, _MANY_HOLDERS)."""
    if key in _BLOCS or key in _MANY_HOLDERS.get(role, ()):
        return True
    if role == "commissioner" and re.fullmatch(r"[A-Z]{2,}C", m.group("q")):
        return True
    lead = _office_lead(text, m)
    if _OFFICE_MODIFIER.search(lead):
        return True
    return role in ("governor", "mayor") and any(w != m.group("q") for w in _DEMONYM.findall(lead))


def _qualifier_run(text: str, m: re.Match[str], qual: str, lang: str) -> str:
    """The office's qualifier as the reasons show it: with the capitalised words right before it, up to two ("New
    York", "Con Edison": break55 F6 showed "York governor", "Edison CEO"); the key keeps the one word the patterns
    read."""
    head = re.search(r"((?:[A-Z][\w'’.-]*[ \u00a0]){1,2})$", text[max(0, m.start("q") - 40) : m.start("q")])
    if head is None:
        return qual
    kept: list[str] = []
    for w in reversed(head.group(1).split()):  # from the qualifier back, to a word no place's name holds
        if w.lower() in _RUN_STOPS or _calendar_word(w) or w.lower() in stop_words(lang):
            break
        kept.insert(0, w)
    return " ".join([*kept, qual])


# Capitalised words that open a sentence or a title before an office's place, never part of the place's name
# (beside the function words and the words of time: "On Monday Houston Mayor ...").
_RUN_STOPS = frozenset({"former", "acting", "then", "yesterday", "today", "tonight", "meanwhile", "earlier", "later"})


def _office_holders(text: str, lang: str = "en") -> tuple[tuple[str, str, str], ...]:
    """(office key, office as written, holder as written) for every holder of a one-holder office (_OFFICE_ROLES; in
    es/pt/fr/it/de a place's governor or mayor, _OFFICE_ROLES_OTHER, written "el gobernador de Qeshm, Heidar
    Alishvandi" or "Heidar Alishvandi, gouverneur de Qeshm") that ``text`` in ``lang`` names with the office's
    place, body or department, no common word of ``lang`` (German's lexicon knows "Köln": a German office is read
    with a place its lexicon does not know only): "Qeshm Governor Mehdi Irannejad" ->
    ("governor|qeshm", "Qeshm governor", "Mehdi Irannejad"), "Interior Secretary Dirk Kempthorne" and "Secretary of
    the Interior Dirk Kempthorne" -> ("secretary|interior", ...). A holder of two or more capitalised words only; a
    past holder ("former Interior Secretary Gale Norton"), a role without its office ("President Bush", "Foreign
    Minister Lavrov": whose?), another office or one side's holder ("Acting Texas Governor Dan Patrick", "la
    vicealcaldesa de Madrid", "the Russian-installed governor of Kherson": :func:`_not_the_holder`) and a body's many
    holders ("EU Commissioner", "Fed Governor") are left out. Sorted, each once."""
    out: set[tuple[str, str, str]] = set()
    roles = _OFFICE_ROLES if lang == "en" else _OFFICE_ROLES_OTHER[lang]
    for pattern in _office_patterns(lang):
        for m in pattern.finditer(text):
            role = roles[m.group("role").casefold().rstrip(".")]
            qual = _POSSESSIVE_END.sub("", m.group("q")).rstrip("'’")
            key = _fold(qual)
            if key in _NOT_OFFICES or _calendar_word(qual) or key in roles:
                continue
            # a department names a secretary's office; any other qualifier must be a name (a place, a body, a firm:
            # "Qeshm", "Comcast-Spectacor"), no common word ("Police commissioner" of which city?)
            if key in _DEPARTMENTS:
                if role != "secretary":
                    continue
            elif qual[:1].islower() or _lexicon_word(qual, lang):
                continue
            if _PAST_HOLDER.search(text[max(0, m.start() - 14):min(m.start("role"), m.start("name"))]):
                continue
            if _not_the_holder(text, m, role, key):
                continue
            name = _POSSESSIVE_END.sub("", m.group("name"))
            # a person's name: no word of it a common word ("Trail Blazers", "Human Services", "On Saturday")
            if any(w.casefold().rstrip(".") in roles or (len(w.strip(".")) > 1 and _lexicon_word(w, lang))
                   for w in name.split()):
                continue
            # a holder the text is about or quotes: named near its start (EVENT_MONTH_CHARS) or by surname again; a
            # passing mention further down is often a recalled holder ("Trump fired Secretary of State Rex Tillerson
            # earlier this year", in a report of the defence secretary's departure: BASIL tune)
            surname = re.escape(name.split()[-1])
            if m.start() > EVENT_MONTH_CHARS and len(re.findall(rf"(?<![^\W\d_]){surname}(?![^\W\d_])", text)) < 2:
                continue
            out.add((f"{role}|{key}", f"{_qualifier_run(text, m, qual, lang)} {role}", name))
    return tuple(sorted(out))

# Two spellings of one surname ("Alishvandi" / "Alishbandi", a transliteration): at least this similar
# (difflib ratio) are one person's. A rule, not tuned.
_SAME_SURNAME_RATIO = 0.75


def _same_holder(x: str, y: str) -> bool:
    """Whether two holders' names (as written) may be one person: a name word of three or more letters in common
    ("Heydar" of "Heydar Alishbandi" / "Heidar Alishvandi" is not, but the surnames are alike) or two alike
    surnames."""
    wx = {_fold(w) for w in x.split() if len(w.strip(".")) >= 3}
    wy = {_fold(w) for w in y.split() if len(w.strip(".")) >= 3}
    if wx & wy:
        return True
    return difflib.SequenceMatcher(None, _fold(x.split()[-1]), _fold(y.split()[-1])).ratio() >= _SAME_SURNAME_RATIO


def _holder_written(holder: str, t: _Text) -> bool:
    """Whether ``t`` writes the holder's surname, or a capitalised word spelled alike (:func:`_same_holder`)."""
    surname = holder.split()[-1]
    if re.search(rf"(?<![^\W\d_]){re.escape(surname)}(?![^\W\d_])", t.text, re.IGNORECASE):
        return True
    return any(_same_holder(holder, w) for w in set(re.findall(r"\b[A-Z][a-z]{3,}\b", t.text)))

# Capitalised in many languages but not names: kept as features, left out of the reasons.
_TITLE_WORDS = frozenset(
    "president präsident président presidente prezydent президент minister ministerin ministre ministro "
    "chancellor kanzler kanzlerin chancelier prime premier governor senator senate mayor king queen pope "
    "general secretary sekretär mr mrs ms dr prof herr frau monsieur madame señor".split()
)

# a wire dateline's month ("ANKARA, Nov 24 (Reuters)") is no shared name (trial 16 #14); weekdays and
# months of every language, in their case forms too ("Niedzielne", "Воскресенья": trial 17 #1), are
# the text layer's (text.calendar_word)
_CALENDAR_WORDS = _TITLE_WORDS | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())

# A German genitive ("Sonntags", "Oktobers") is read only on a word longer than this: "Mais", "Junis"
# and "Mays" are names as often.
_GENITIVE_MIN = 6


@lru_cache(maxsize=1 << 15)
def _calendar_word(name: str) -> bool:
    """A weekday or month (a title word too), also a weekday's possessive or a German genitive: "Sunday's",
    "Sundays'", "Sonntags", "Oktobers" are no shared names (trial 17 #1: "same names: Sunday's" was the
    one name a Polish and a Slovak election shared, and it lifted the rule for two countries). The
    possessive of a month that is a name too is a name's ("May's government", review4 #12).
    Kept per word (perf48, issue 16): a word reads the same tables every time, and the names rules asked
    ~55 times a pair, each a scan of every language's weekday stems (~0.5 % of an uncached pair's CPU)."""
    low, key = name.lower(), _possessive_key(name)
    if low in _CALENDAR_WORDS or calendar_word(low):
        return True
    if key != low and (key in _TITLE_WORDS or calendar_word(key) and not month_also_name(key)):
        return True
    return len(key) > _GENITIVE_MIN and key.endswith("s") and key[:-1] not in _TITLE_WORDS and calendar_word(key[:-1])


def _possessive_key(name: str) -> str:
    """A name without its possessive ending, case-folded: "Italy's" -> "italy", "Reuters'" -> "reuters"."""
    return _POSSESSIVE.sub("", name.casefold())

# compiled once: the rules ask for a possessive key ~170 times a text (re's cache lookup cost more than the sub)
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
