"""Hand-made word lists that modules tuned their figures with, kept verbatim in one place.

Each list serves one task and was measured with that task's gold (the ledger
gold for claims, the entity gold for entities, the clustering benchmarks for
names, the framing tests), so they are not merged into spaCy's lists: swapping
one changes those figures and must be re-measured by the module's owner. New
code uses :func:`storylens.text.stop_words` instead.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = [
    "ACCORDING_TO_BEYOND",
    "CLAIM_STOP_WORDS",
    "CLOCK_ZONES",
    "ENTITY_STOP_WORDS",
    "FRAMING_STOP_WORDS",
    "MONTH_FIRST_ZONES",
    "NAME_STOP_WORDS",
    "NEW_WORDS",
    "RU_ENDINGS",
    "guess_language",
    "ru_stem",
]

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")

# similarity's gazetteer and cluster's alias keys: "New" in the languages read, as written. A country
# after it names a place of its own ("New Mexico", "Nowa Gwinea", "Nueva Guinea"; final29). Each reader
# folds the words as it folds the text it compares them with.
NEW_WORDS = ("New", "Nowa", "Nowy", "Nowe", "Nueva", "Nuevo", "Nouvelle", "Nouveau", "Nuova", "Nuovo", "Neu", "Yeni",
             "Новая", "Новый", "Nova", "Novo")

# Time-zone abbreviations after a four-digit clock time ("1900 GMT", "0630 UTC"): analysis reads the
# time, similarity and the date rules read no year 1900 in it (trial 17 #10: "same dates: 1900").
CLOCK_ZONES = ("GMT", "UTC", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "BST", "EST", "EDT", "CST", "CDT",
               "MST", "MDT", "PST", "PDT", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "Z")

# North American clock zones after a time ("10:20 AM EDT", "11:00 a.m. ET"): a page whose clock reads so writes its
# all-numeric dates month first, as CLDR's en-US short date does ("M/d/yy"): prepare reads "05/03/2013" beside it as
# 3 May, not 5 March (ecb52: a People.com header of 3 May 2013 was read as 5 March, 58 days before a 2 May report of
# one check-in). Day first is every other locale's order, and the order when nothing on the page decides.
MONTH_FIRST_ZONES = ("EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "ET", "CT", "MT",
                     "PT")

# analysis/quotes/_vocab.py: "according to" before a name in languages without a data file (the ten read hold
# theirs in data/<xx>.json "according_to"): a Czech "Podle Pavla Kovaříka „…“" names Kovařík, and the
# preposition is no part of the name (final30). Words that also mean something else before a capital
# (Portuguese "segundo", "second") are left out.
ACCORDING_TO_BEYOND = (
    "podle", "podľa", "за словами", "на думку", "prema riječima", "prema rečima", "po riječima",
    "po besedah", "de acordo com", "nas palavras de", "potrivit lui", "conform lui", "volgens", "enligt", "ifølge",
)

# analysis/claims.py: function words left out of alignment anchors and details.
CLAIM_STOP_WORDS = frozenset(
    """the a an and or but of to in on at for from by with as is are was were be been has have had
    that this these those it its he she they them his her their there which who whom what when where
    not no than then also said says would could should will can may might must into about after before
    over under more most some any all each other such only even just very der die das und oder ein eine
    den dem des ist sind war wurde werden hat haben nicht mit von zu auf für im in le la les un une des
    et ou de du est sont été pour par avec dans sur""".split()
)


# cluster/: capitalised words that start sentences or are function words, in the languages
# USE covers best; they would otherwise become "entities" of every article.
NAME_STOP_WORDS = frozenset(
    """a an the this that these those there then than he she it we they i you his her its our their
    my your in on at by for from to of and or but if as is are was were be been with without after
    before during since until while when where what which who whom whose why how all any some no not
    also however meanwhile but yet so still even just only more most many much other such both each
    mr mrs ms dr said says according monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december today yesterday
    tomorrow last next new first one two three read more photo video image getty ap reuters afp
    der die das ein eine einer eines dem den des und oder aber auch nicht mit von zu im am auf aus bei
    nach vor fur uber unter wie was wer wo wenn als dass es er sie wir ihr sich ist sind war waren
    le la les un une des du de et ou mais dans sur pour par avec sans il elle ils elles nous vous est
    el los las unos unas del y o pero en con sin por para es son fue lo al se su sus
    il lo gli uno una di da e ma con per tra fra che non
    w z na do i o a nie jest sa to ze po od
    bir ve ile da de bu su o icin gibi""".split()
)


# analysis/entities/_names.py: capitalised words that are never names on their own (sentence openers, weekdays,
# months, pronouns, capitalised function words in de/fr/es/it/ru). Lower-case, compared casefolded.
ENTITY_STOP_WORDS = frozenset(
    """
    the a an in on at of for and but or to from by with as after before during while when
    this that these those there here he she it we they i you his her its our their my your
    what which who whom whose why how where yes no not mr mrs ms dr
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    der die das den dem des ein eine einer eines einem einen und oder aber auch im am um an
    auf aus bei mit nach seit von vom zum zur für über unter vor hinter zwischen durch gegen
    er sie es wir ihr ich du man sein seine ihre dieser diese dieses jener wie was wer wo
    wann warum dass nicht noch schon nur so dann doch da als wenn ob weil trotz laut
    mein meine meinen meiner dein deine unser unsere unseren euer eure ihren ihrem seinen seinem
    kein keine keinen alle allen viele jede jeder jedes anders ja nein
    notre votre nos vos mon ma mes ton ta tes
    montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend
    januar jänner februar märz mai juni juli oktober dezember
    le la les un une des du de d l au aux et ou mais donc or ni car ce cet cette ces il elle ils elles
    nous vous je tu on en dans sur sous selon pour par avec sans chez vers lors depuis pendant
    qui que quoi dont où son sa ses leur leurs
    lundi mardi mercredi jeudi vendredi samedi dimanche
    janvier février fevrier mars avril juin juillet août aout septembre octobre novembre décembre
    el los las una unos unas y o pero en con sin según segun según desde hasta lunes martes
    miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto
    septiembre octubre noviembre diciembre il lo gli i e ma con per tra fra lunedì martedì
    mercoledì giovedì venerdì sabato domenica gennaio febbraio aprile maggio giugno luglio
    settembre ottobre dicembre
    в во на с со к ко о об от по за из у и а но или же ли не что как это этот эта эти тот та
    те он она оно они мы вы я его ее её их при для до после перед через между над под также
    понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье
    января февраля марта апреля мая июня июля августа сентября октября ноября декабря
    январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
    """.split()
)


# analysis/framing.py: function words never count as a word choice.
FRAMING_STOP_WORDS = {
    "en": set("the a an and or but of in on at to for with by from that this these those was were is are be been "
              "has have had he she it they them his her their its which who whom there as also not no into than then "
              "will would could should can may might do did does said says say about after before over under more most "
              "some any all each such only very just so".split()),
    "de": set("der die das den dem des ein eine einen einem einer und oder aber von im in am an auf zu mit bei für "
              "aus als nach vor über unter sich sie er es wir ihr ist sind war waren wird werden hat haben hatte "
              "nicht auch noch nur so wie dass daß".split()),
    "fr": set("le la les l un une des de du d et ou mais en au aux à dans par pour sur avec sans que qui ce cette "
              "ces il elle ils elles est sont était ont a été ne pas plus se sa son ses leur leurs".split()),
    "ru": set("и в во на с со по к ко у о об от до за из что как это он она они оно его ее её их был была были "
              "было есть не но а же ли бы то так уже еще ещё для при".split()),
}


# Russian case endings, longest first: "Токаева", "Путину", "России" share a stem with the base form.
RU_ENDINGS = tuple(
    sorted(
        "ого его ому ему ыми ими ой ей ий ый ая яя ую юю ом ем ам ям ах ях ии ия ию ие ье а я у ю е ы и о".split(),
        key=len,
        reverse=True,
    )
)


def past_forms(verb: str, language: str) -> list[str]:
    """The masculine, feminine, neuter and plural past forms of a Polish (-ł) or Russian (-л) verb form
    ("podało" -> podał, podała, podało, podali; "сообщил" -> сообщил, сообщила, сообщило, сообщили);
    [] for another language or form. The data list some forms of a verb and not others."""
    if language == "pl":
        m = re.fullmatch(r"(\w+ł)[ao]?", verb)
        return [m.group(1), m.group(1) + "a", m.group(1) + "o", m.group(1)[:-1] + "li"] if m else []
    if language == "ru":
        m = re.fullmatch(r"(\w+л)[аои]?", verb)
        return [m.group(1) + end for end in ("", "а", "о", "и")] if m else []
    return []


def ru_stem(token: str) -> str:
    """Drop one Russian case ending so inflected forms share a key (Токаева -> Токаев)."""
    if not _CYRILLIC.search(token):
        return token
    low = token.lower()
    for ending in RU_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            return token[: -len(ending)]
    return token


_LANG_HINTS = {
    "en": {"the", "and", "of", "to", "in", "is", "was", "that", "with", "said"},
    "de": {"der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "dem", "hat"},
    "fr": {"le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "du"},
    "es": {"el", "los", "las", "y", "que", "del", "una", "por", "para", "con", "es"},
    "it": {"il", "della", "che", "di", "gli", "una", "per", "non", "sono", "nel", "è"},
}


def guess_language(text: str) -> str:
    """Cheap language guess from script and function words (only used when a Document has none)."""
    sample = text[:3000]
    letters = [ch for ch in sample if ch.isalpha()]
    if letters and sum(bool(_CYRILLIC.match(ch)) for ch in letters) / len(letters) > 0.3:
        return "ru"
    words = Counter(w.casefold() for w in re.findall(r"\w+", sample))
    scores = {lang: sum(words[w] for w in hints) for lang, hints in _LANG_HINTS.items()}
    best = max(scores, key=scores.__getitem__)
    return best if scores[best] > 0 else "en"
