"""Attribution vocabulary: verbs of saying, speech acts, participles, pronouns, titles, role words and the
patterns built from them; what may be a speaker at all (part of :mod:`storylens.analysis.quotes`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..._imports import LazyPattern as _LazyPattern
from ...text import (
    ACCORDING_TO_BEYOND,
    LANGUAGES,
    all_month_names,
    all_weekday_names,
    alternation,
    profile,
    stop_words,
    territory_names,
)

_SAY = [
    # English
    "said", "says", "say", "added", "adds", "told", "tells", "asked", "asks", "stated",
    "declared", "declares", "announced", "announces", "explained", "explains", "noted",
    "wrote", "writes", "tweeted", "tweets", "insisted", "insists", "argued", "argues", "warned",
    "warns", "claimed", "continued", "replied", "responded", "recalled", "stressed",
    "emphasized", "emphasised", "urged", "acknowledged", "admitted", "complained", "conceded",
    "suggested", "predicted", "promised", "vowed", "countered", "remarked", "observed",
    "testified", "posted", "captioned", "shouted", "joked", "quipped", "reiterated", "pointed out",
    "went on", "confirmed", "put it", "cautioned", "concluded", "contended", "maintained",
    "lamented", "pledged", "boasted", "retorted", "mused", "pleaded", "demanded", "said in a statement",
    "reply", "replies", "answered", "answers",
    # German
    "sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint",
    "fügte", "schrieb", "schreibt", "warnte", "fragte", "fragt", "wiederholt", "wiederholte",
    "antwortete", "kritisierte", "forderte", "teilte", "sprach", "verkündete", "bekräftigte",
    # French
    "a déclaré", "déclare", "a dit", "dit", "a affirmé", "affirme", "a ajouté", "ajoute",
    "a expliqué", "explique", "a souligné", "souligne", "a estimé", "estime", "a assuré", "assure",
    "a indiqué", "indique", "a précisé", "précise", "a averti", "a lancé", "a martelé",
    # Russian
    "заявил", "заявила", "заявили", "сказал", "сказала", "сказали", "отметил", "отметила",
    "подчеркнул", "подчеркнула", "добавил", "добавила", "сообщил", "сообщила", "пояснил",
    "пояснила", "говорит", "считает", "написал", "написала",
    # Spanish / Italian
    "dijo", "afirmó", "declaró", "señaló", "añadió", "explicó", "aseguró", "indicó", "anunció",
    "agregó", "sostuvo", "manifestó", "expresó", "comentó", "advirtió", "destacó", "subrayó",
    "respondió", "preguntó", "escribió", "tuiteó", "reiteró", "insistió", "ha detto",
    "ha dichiarato", "ha aggiunto",
]
# Every language's reporting verbs from storylens.text data (text/data/<xx>.json); scripts
# without spaces between words (Chinese) are attributed by _cjk_attributions instead.
_CJK = ("zh", "ja")
_SAY += [v for lang in LANGUAGES if lang not in _CJK for v in profile(lang).reporting_verbs]
# Verbs of threatening (text/data "threat_verbs"): verbs of saying whose subject must be a person (_threat_subject)
_THREATS = frozenset(v.lower() for lang in LANGUAGES if lang not in _CJK for v in profile(lang).threat_verbs)
_SAY += sorted(_THREATS)
# Speech acts that make their subject the speaker of a quote in the same
# sentence ("Tokayev attacked ... “so-called free media”"), never the object.
_ACT = [
    "attacked", "thanked", "expressed", "ordered", "accused", "praised", "criticized",
    "criticised", "denounced", "condemned", "blamed", "highlighted", "called", "described",
    "dubbed", "labeled", "labelled", "slammed", "hailed", "rejected", "dismissed", "welcomed",
    "referred", "defended", "appealed", "spoke", "speaks", "calls", "describes", "invited",
]
_ACT += [v for lang in LANGUAGES for v in profile(lang).speech_acts]  # text/data/<xx>.json "speech_acts"
# "…, saying “…”": the speaker is the nearest person named before the participle.
_PARTICIPLES = [
    "saying", "adding", "noting", "writing", "telling", "insisting", "arguing", "warning",
    "explaining", "declaring", "stressing", "calling", "asking", "decrying", "describing",
    "denouncing", "praising", "accusing", "criticizing", "criticising", "urging", "vowing",
    "promising", "claiming", "suggesting", "threatening", "railing", "declaring",
    "condemning", "blasting", "slamming", "labeling", "labelling", "branding", "blaming", "lamenting",
    "sagend", "disant", "ajoutant",
]
# "The New York Times reported …": a medium passing words on, weaker than a speaker's own verb.
_REPORT = ["reported", "reports", "berichtete", "berichtet", "rapporte", "сообщает", "informó"]
# text/data "according_to" of the languages read, and of some without a data file (text/_tables.py)
_BY = sorted({w for lang in LANGUAGES for w in profile(lang).according_to} | set(ACCORDING_TO_BEYOND))
# Pronouns that are not also common function words of another language ("on" is Polish "he"
# but English "on"; Turkish "o" is Spanish "or"), so they can be used whatever the language.
_PRONOUNS = {
    "he", "she", "they", "er", "sie", "il", "elle", "ils", "elles", "он", "она", "они", "ella", "él",
    "ellos", "ellas", "lui", "lei", "loro", "ona", "oni", "onlar",
}
_ORG_WORDS = {
    "times", "post", "news", "journal", "committee", "party", "house", "department", "ministry",
    "council", "agency", "office", "court", "university", "association", "union", "bank", "group",
    "inc", "corp", "security", "service", "services", "administration", "government", "press",
    "tribune", "herald", "guardian", "network", "foundation", "institute", "organization", "nacional",
    "zeitung", "allgemeine", "monde", "figaro", "magazine",
}
_PLURAL_PRONOUNS = {"they", "ils", "elles", "они", "ellos", "ellas", "loro", "oni", "onlar"}
_AUX = {
    "has", "had", "have", "also", "then", "later", "further", "again", "once", "would", "will",
    "previously", "earlier", "repeatedly", "recently", "reportedly", "hat", "habe", "auch", "noch",
    "а", "также", "тогда", "ещё", "и", "y", "también", "also,", "ise",
}
_DETS = {
    "the", "a", "an", "der", "die", "das", "ein", "eine", "einer", "le", "la", "les", "un", "une",
    "l'", "el", "los", "las", "una", "il", "lo", "its", "his", "her", "their",
}
_STOP_CAPS = {
    "the", "a", "an", "but", "and", "however", "in", "on", "at", "as", "after", "when", "while",
    "if", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "his",
    "her", "their", "our", "my", "its", "yet", "so", "then", "now", "also", "still", "even",
    "meanwhile", "later", "earlier", "instead", "there", "here", "for", "with", "by", "from",
    "der", "die", "das", "ein", "eine", "und", "aber", "auch", "er", "es", "doch", "dann", "nun",
    "le", "la", "les", "il", "elle", "et", "mais", "el", "los", "las", "y", "pero", "но", "и",
    "а", "он", "она", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "last", "next", "during", "speaking", "asked", "told",
}
_TITLES = {
    "president", "prime", "minister", "chancellor", "senator", "sen.", "rep.", "representative",
    "gov.", "governor", "secretary", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "mayor",
    "chairman", "chairwoman", "judge", "justice", "speaker", "general", "gen.", "pope", "king",
    "queen", "prince", "sheikh", "herr", "frau", "m.", "mme", "präsident", "präsidentin", "kanzler",
    "kanzlerin", "bundeskanzlerin", "bundeskanzler", "ministerpräsident", "außenminister",
    "président", "présidente", "ministre", "президент", "премьер", "министр", "presidente",
    "ministro", "leader", "attorney", "lt.", "col.", "sgt.", "director", "ambassador", "commissioner",
    "sir", "lord", "lady", "vice", "former", "majority", "minority", "house", "senate", "state",
    "defense", "foreign", "interior", "sens.", "reps.", "u.s.", "white", "councillor", "councilor",
    "councilman", "councilwoman", "spokesman", "spokeswoman", "spokesperson", "professor", "prof.", "inspector",
    "detective", "superintendent", "archbishop", "bishop", "cardinal", "rabbi", "rev.",
    # "Hong Kong Chief Executive John Lee", "Fire Chief Ana Ruiz" (break50 P7: the speaker kept the title)
    "chief", "executive",
}
_TITLES |= {t.lower() for lang in LANGUAGES for t in profile(lang).titles}  # text/data/<xx>.json "titles"
# Definite descriptions that stand for a person named earlier ("the Kazakh leader").
_ROLE_HEADS = {
    "leader", "president", "chancellor", "premier", "minister", "senator", "governor", "mayor", "pope",
    "king", "queen", "präsident", "präsidentin", "kanzler", "kanzlerin", "président", "présidente",
    "президент", "presidente",
    # other languages' heads of "the minister said" ("le ministre", "il sindaco", "министр")
    "ministre", "ministro", "ministra", "sindaco", "sindaca", "министр", "мэр", "губернатор", "wojewoda",
    "burmistrz", "prezydent", "alcalde", "alcaldesa", "presidenta", "sprecher", "sprecherin",
    "bürgermeister", "bürgermeisterin", "maire", "ministerin", "spokesman", "spokeswoman", "başkan", "bakan",
    "pontiff", "papst", "pape", "papa", "papież", "папа", "понтифик", "pontefice", "pontífice",
}
_ROLE_HEADS |= {w for lang in LANGUAGES for w in profile(lang).role_words}  # text/data/<xx>.json "role_words"
# The role heads a word may end with as a compound's head: those of five letters or more, as one tuple for
# str.endswith (a generator over the 443 heads took ~0.1 ms a word: warm73), and those of six or more as a set, for
# the compound-head test of quotes._subjects._role_word
_ROLE_HEAD_ENDINGS = tuple(sorted(w for w in _ROLE_HEADS if len(w) >= 5))
_LONG_ROLE_HEADS = frozenset(w for w in _ROLE_HEADS if len(w) >= 6)
# Heads of a body's name that capitalises its first word only (text/data "body_heads": "Министерство обороны")
_BODY_HEADS = frozenset(w for lang in LANGUAGES for w in profile(lang).body_heads)
# "говорится в сообщении", "сообщили в пресс-службе" (text/data "statement_sources"), longest first
_STATEMENT_SOURCES = tuple(sorted({w for lang in LANGUAGES for w in profile(lang).statement_sources}, key=len, reverse=True))
_NAME_MARKS = frozenset("«»\"„“”")


@lru_cache(maxsize=1)
def _statement_owner_re() -> re.Pattern[str]:
    """"a statement from the agency", "un communiqué de l'établissement", "un comunicato dell'ente",
    "komunikat instytutu": an article or none, a document a body speaks through, its link (text data
    "statement_documents", "statement_links"), then the owner."""
    docs = {w for lang in LANGUAGES for w in profile(lang).statement_documents}
    links = {w for lang in LANGUAGES for w in profile(lang).statement_links}
    return re.compile(rf"^(?:\w+\s+)?(?:{alternation(sorted(docs, key=len, reverse=True))})\s+"
                      rf"(?:(?:{alternation(sorted(links, key=len, reverse=True))})(?:\s+|(?<=['’])))?(?P<owner>\S.*)$",
                      re.IGNORECASE)


def _fold(text: str) -> str:
    """Lower case without accents, one apostrophe: "le chef de l’Etat" == "Le chef de l'État"."""
    import unicodedata

    text = unicodedata.normalize("NFKD", text.replace("’", "'").lower())
    return "".join(c for c in text if not unicodedata.combining(c))


# Phrases that stand for a role ("szef rządu" -> premier, "le chef de l'État" -> président,
# "Regierungschef" -> Kanzler): text/data/<xx>.json "role_phrases".
_ROLE_PHRASES = {_fold(k): roles for lang in LANGUAGES for k, roles in profile(lang).role_phrases}


@lru_cache(maxsize=1)
def _role_phrase_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])({alternation(_ROLE_PHRASES)})(?![\w])")


def _role_phrase_roles(speaker: str) -> tuple[str, ...]:
    """The roles a speaker phrase stands for ("el jefe del Ejecutivo" -> presidente del gobierno, presidente)."""
    # "l'élu": the elided article is not part of the phrase
    m = _role_phrase_re().search(_fold(_ELIDED_ARTICLE.sub("", speaker.strip()))) if _ROLE_PHRASES else None
    return _ROLE_PHRASES[m.group(1)] if m else ()


def _role_phrase_length(toks: Sequence[str]) -> int:
    """How many of ``toks`` make a role phrase from the first ("szef rządu", "глава правительства"), else 0."""
    for n in (4, 3, 2):
        if len(toks) >= n and _fold(" ".join(t.rstrip(".,;:") for t in toks[:n])) in _ROLE_PHRASES:
            return n
    return 0
# "Vice President Mike Pence", "Deputy Prime Minister": a second in office is not "the president" / "the
# prime minister" (English writes the deputy as a separate word; vicepresidente, Vizekanzler are other roles)
_DEPUTY_WORDS = frozenset({"vice", "deputy"})
# a singular indefinite article: "une responsable de MSF", "a senior official" (one unnamed person)
_INDEFINITE = frozenset({"a", "an", "un", "une", "una", "uno", "ein", "eine", "einer"})
_FORMER = re.compile(r"\b(?:former|ex|ehemalige[rn]?|ancien(?:ne)?|бывш(?:ий|ая|его|ей|ему|им)|był(?:y|ego|ym)|экс|ex-|"
                     r"ex(?:minist|president|premier|canciller|alcald|sindac|jef)\w*)\b", re.IGNORECASE)
_ROLE_DETS = {"the", "der", "die", "le", "la", "el", "il", "lo", "l'"}
_ELIDED_ARTICLE = re.compile(r"^([lL]['’])(?=\w)")
_EX_PREFIX = re.compile(r"^(ex)-?(?=\w{4,})", re.IGNORECASE)


def _role_tokens(description: str) -> list[str]:
    """The words of a role description with an elided article and an "ex" prefix apart, so the
    role word is the head: "L'ex ministro" -> l' ex ministro, "El exministro" -> El ex ministro,
    "Ex-Minister" -> ex Minister."""
    out: list[str] = []
    for tok in description.rstrip(".,;:!?").split():
        elided = _ELIDED_ARTICLE.match(tok)
        if elided:
            out.append("l'")
            tok = tok[elided.end() :]
        ex = _EX_PREFIX.match(tok)
        if ex and tok[ex.end() :].lstrip("-").lower() in _ROLE_HEADS:
            out.append("ex")
            tok = tok[ex.end() :].lstrip("-")
        out.append(tok)
    return out
# "der 48-Jährige", "the 48-year-old", "el hombre de 48 años": the person the story is about
_AGE_RE = re.compile(
    "|".join([r"\d+-(?:year-old|jährige|jährigen|летний)"] + [profile(lg).age_description for lg in LANGUAGES
                                                          if profile(lg).age_description]),
    re.IGNORECASE,
)

# capitals of the Latin, Cyrillic and Greek scripts (Greek's "ΆΈΉΊΌΎΏ" with their accents: "Ο Νίκος Καραλής"), and
# "Ɂ", ingest.lossy's mark of a capital lost in a mis-decoding ("Ɂlvaro Gómez" is a name; mojibake79)
_UP = "\u0241A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐЎĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ\u0386\u0388-\u038a\u038c\u038e-\u03a1\u03a3-\u03ab"
# A wire dateline opening a sentence: the place in capitals (one to three words), maybe a date, a state or an
# agency, then a dash or a colon ("WASHINGTON -- ", "SAN JOSE, Calif. -- ", "MOSCOW, June 3 (Reuters) - ",
# "МОСКВА, 3 июня —", "MOSCÚ, 3 jun (EFE).- "). The place is where the story was filed, never the sentence's
# subject nor a speaker (final41 #8; BASIL speakers: "WASHINGTON -- President Barack Obama on Friday …, ¶ "…,"
# he said" lost Obama).
_DATELINE_PLACE = rf"[{_UP}][{_UP}'’.\-]+(?:[ \t][{_UP}][{_UP}'’.\-]+){{0,2}}"
_DATELINE = re.compile(
    # with a date, state or agency after the place, a dash or a colon ("MOSCOW, June 3 (Reuters) -"); a bare place
    # of five capitals or more before a dash ("WASHINGTON --"; not "NATO - …" nor "WARSAW: …", a speaker's line)
    rf"\s*(?:{_DATELINE_PLACE}(?:(?:,[ \t][^\n,—–()]{{1,25}}?){{1,2}}(?:[ \t]*\([^)\n]{{1,25}}\))?|[ \t]*\([^)\n]{{1,25}}\))"
    r"\.?[ \t]*(?:--|[—–:-])"
    rf"|(?=(?:[ \t]?[{_UP}]){{5}}){_DATELINE_PLACE}[ \t]*(?:--|[—–-]))[ \t]*(?=\S)"
)
# (an Arabic surname with its article joined by a hyphen is capitalised after it: "al-Zoubi", "el-Sisi", "bin-Salman";
# trial57 F6: "… spokesman Lt. Col. Hatem al-Zoubi said." gave the speaker of the sentence before, "officials")
# ("аль-Асад", "эль-Сиси": Cyrillic writes the article small and hyphened too; issue #12)
_CAP_TOKEN = re.compile(rf"^(?:(?:al|el|as|ash|ad|ar|at|az|an|ibn|bin|abu|abd|аль|эль|ас|аш|ад|ар|ат|аз|ан|ибн|бин|абу|абд)-)?"
                        rf"(?:[{_UP}][\w’'.\-]*|[{_UP}]\.)$")
# ("&" joins a firm's names: "Müller & Söhne", "Ernst & Young" are one name, never their last word alone; trial20 #12)
# ("фон дер Ляйен", "ван дер Белен": Cyrillic writes the particles of a Western surname small too; issue #12)
_CONNECTORS = {"de", "da", "van", "von", "bin", "al", "el", "du", "dos", "di", "der", "la", "le", "ibn", "del", "&",
               "фон", "дер", "ван", "де", "ди", "дю", "дель", "бен", "ибн", "аль"}


def _alternation(words: Sequence[str]) -> str:
    """One regex alternative for many words, as a trie ("sa(?:id|ys|y)"): with hundreds of
    reporting verbs in ten languages a flat alternation takes ~0.5 s to compile and is slow to match.
    Longer words still win over their prefixes because each branch is followed by the caller's
    boundary check."""
    trie: dict = {}
    for word in {w.lower() for w in words}:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    end = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if end else body


_INVERTED = re.compile(r"-t?-?(il|elle|ils|elles)\b", re.IGNORECASE)


def _words_re(words: Sequence[str], tail: str = r"(?![\w-])") -> _LazyPattern:
    return _LazyPattern(lambda: re.compile(rf"(?<![\w-])(?:{_alternation(words)}){tail}", re.IGNORECASE))


_SAY_RE = _words_re(_SAY)
_ACT_RE = _words_re(_ACT)
_PART_RE = _words_re(_PARTICIPLES)
_REPORT_RE = _words_re(_REPORT)
_BY_RE = _words_re(_BY, r"\s+")
_SO_RE = re.compile(r",\s+so\s+(?=\S)")  # German: «…», so Tokayev.
_QUOTE_SLOT = "§"
_TOKEN_RE = re.compile(r"[\w’'.\-]+|[^\w\s]")
_CHUNK_BREAK = re.compile(r"[,;:§()—–\[\]]|\s-\s")


@dataclass(frozen=True)
class _Attribution:
    start: int  # span of the attribution phrase in the masked context
    end: int
    kind: str  # name | description | pronoun
    speaker: str
    rule: str


# German compound titles: "Gesundheitsministerin", "Bundestagspräsident", "Regierungssprecher"
_TITLE_SUFFIX = (
    "minister", "ministerin", "präsident", "präsidentin", "kanzler", "kanzlerin", "sprecher", "sprecherin",
    "chef", "chefin", "direktor", "direktorin", "vorsitzende", "vorsitzender", "bürgermeister",
    "bürgermeisterin", "senator", "senatorin", "botschafter", "botschafterin", "ministre", "ministro",
)


def _is_title(tok: str) -> bool:
    low = tok.lower().removesuffix("-elect").removesuffix("-designate")  # "Representative-elect Mikie Sherrill"
    if "-" in low and all(part in _TITLES for part in low.split("-")):
        return True  # "WHO Director-General Tedros …", "Secretary-General", "Vice-President" (not "King-Smith")
    return low in _TITLES or (len(low) > 9 and low.endswith(_TITLE_SUFFIX))


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    """spaCy's stop words of every language (built on first use: ten word-list files)."""
    return frozenset().union(*(stop_words(lg) for lg in LANGUAGES)) - {"will", "may", "mark", "bill"}


# Picture agencies and credit words that scraped captions leave in front of the next sentence.
_CREDIT_WORDS = frozenset({"getty", "images", "afp", "reuters", "epa", "ap", "dpa", "pap", "tass", "xinhua", "anadolu",
                           "shutterstock", "imago", "picture-alliance", "photo", "foto", "fot"})


_HAN = re.compile(r"[\u3400-\u9fff]")


_ARABIC = re.compile(r"[\u0600-\u06ff]")


@lru_cache(maxsize=1)
def _non_speakers() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """(month and weekday words, weekday stems, country names) of every language, built on first use."""
    return (
        frozenset(w for w in (*all_month_names(), *all_weekday_names()) if len(w) >= 4),
        tuple(w for w in all_weekday_names() if len(w) >= 5),
        frozenset(n for lang in LANGUAGES for n in territory_names(lang)),
    )
_HOLIDAYS = {"year", "year's", "day", "eve", "christmas", "easter", "weihnachten", "noël", "ostern", "navidad", "natale", "jahr", "rok", "год"}
_TIME_PLACE_PREPS = {"am", "im", "on", "in", "at", "w", "we", "в", "во", "le", "el", "en", "dans", "à", "a", "al", "il", "nel"}


# English words that title case capitalises inside a title but no person's name holds ("Worse Than It Looks",
# "What You Need to Know"); not "I", a regnal number ("Juan Carlos I").
_CLAUSE_WORDS_IN_TITLES = frozenset({"than", "it", "it's", "it’s", "is", "are", "was", "were", "you", "we", "they",
                                     "not", "what", "how", "why"})


def _plausible_speaker(name: str) -> bool:
    """Not a date ("Am Montagnachmittag", "Thursday"), not a country ("Niemcy"), no digits."""
    date_words, weekday_stems, places = _non_speakers()
    toks = name.lower().split()
    if not toks or any(ch.isdigit() for ch in name) or name.lower() in places:
        return False
    if len(toks) == 1 and toks[0] in _function_words() and not _ARABIC.search(name):  # "علي" is Ali too
        return False  # "Lors des élections …": a capitalised function word opening the sentence
    if toks[0] in _TIME_PLACE_PREPS:
        return False
    if any(t.strip(".,") in _CLAUSE_WORDS_IN_TITLES for t in toks[1:]):
        return False  # "(It's Even) Worse Than It Looks": a title-case book title before "said", no person
    last = toks[-1].strip(".,")
    if last in _HOLIDAYS:  # "New Year", "Christmas Day"
        return False
    if last in date_words and len(toks) >= 2 and _ARABIC.search(name) and not _ARABIC_DATE_HEAD.match(toks[0]) \
            and not any(t in date_words or t in _function_words() for t in toks[:-1]):
        # "باسكال مايو" (Pascal Mailhos): Arabic writes a surname as it sounds, and "مايو" is also May; a
        # name of two words or more whose words before it are no date or function words, and no article or
        # time noun opens ("منتصف مايو", mid-May), is a person (trial55 F7: the speaker was None)
        return True
    return last not in date_words and not last.startswith(weekday_stems)


# Arabic words that open a date phrase before a month: the article ("الخامس من مايو"), "mid", "early",
# "late", "start", "end", "month of"
_ARABIC_DATE_HEAD = re.compile(r"^(?:ال|منتصف|أوائل|أواخر|مطلع|بداية|نهاية|شهر|خلال|أول|آخر)")

# A name token keeps a trailing dot only as an initial or a short abbreviation (L., Mr., Jr.),
# so "Thursday. Tokayev" is two runs; runs never cross a line break.
# (a three-letter surname ending a sentence, "Ewą Lis. Lis wyszła", is no abbreviation: text/data "abbreviations")
_NAME_ABBREVIATIONS = sorted({a.capitalize() for lang in LANGUAGES for a in profile(lang).abbreviations
                              if 2 <= len(a) <= 3 and a.isalpha()}, key=lambda w: (-len(w), w))
_NAME_TOKEN = rf"(?<![\w’'\-])(?:[{_UP}]\.|(?:{'|'.join(map(re.escape, _NAME_ABBREVIATIONS))})\.|[{_UP}][\w’'\-]*)"
# (never across a run of spaces: "… la Sindicatura de Cuentas  El concejal …" glues a headline to the body)
_NAME_RUN = re.compile(rf"{_NAME_TOKEN}(?:[ \t](?:(?:{'|'.join(sorted(_CONNECTORS))})[ \t]){{0,2}}{_NAME_TOKEN})+")


_CASE_ENDING = 3  # letters a case ending adds to a nominative: "Wójcik-a", "Петров-а", "Piotr-a", "Kowalsk-iemu"


def _case_form(word: str, nominative: str) -> bool:
    """Whether ``word`` is ``nominative`` with a case ending ("Wójcika"/"Wójcik", "Петрова"/"Петров",
    "Dudy"/"Duda", "Majewską"/"Majewska": the nominative's final -a swapped), never the word itself."""
    if word == nominative or len(nominative) < 3 or not word[:1].isupper():
        return False
    if word.startswith(nominative) and len(word) - len(nominative) <= _CASE_ENDING and word[len(nominative) :].islower():
        return True
    if len(nominative) >= 4 and nominative[-2] in "eе" and nominative[-1].islower():
        mobile = nominative[:-2] + nominative[-1]  # "Leszek" -> "Leszka", "Павел" -> "Павла": the e drops
        if word.startswith(mobile) and 1 <= len(word) - len(mobile) <= _CASE_ENDING and word[len(mobile) :].islower():
            return True
    stem = nominative[:-1]  # only a nominative in -a swaps it ("Agnieszka" is no case form of "Agnieszką")
    return len(nominative) >= 4 and nominative[-1] in "aа" and word.startswith(stem) \
        and 1 <= len(word) - len(stem) <= _CASE_ENDING and word[len(stem) :].islower()


_PARTY_MEMBERS = frozenset(w for lang in LANGUAGES for w in profile(lang).party_members)
def _role_nominative(word: str) -> str:
    """"министра", "prezydenta", "ministra" (genitive, after "по словам", "według") -> the role head
    "министр", "prezydent", "minister"; other words unchanged."""
    if word in _ROLE_HEADS or len(word) < 5:
        return word
    for form in (word[:-1], word[:-2] + "er", word[:-2]):
        if form in _ROLE_HEADS:
            return form
    return word


_BY_OPENING = re.compile(r"^\s*(?:" + "|".join(map(re.escape, sorted(_BY, key=len, reverse=True))) + r")\s+", re.IGNORECASE)
