"""Word tables and patterns for dates: month and weekday names, relative-day and "N days ago" phrases,
years, ISO / day-month / CJK date forms, and the clock-time, decade and ordinal patterns that are no quantities."""

from __future__ import annotations

import re

from ...text import CALENDAR_LANGUAGES, LANGUAGES, all_month_names, all_weekday_names, alternation, profile
from ._records import _is_cjk

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "январь": 1, "феврале": 2, "февраль": 2, "январе": 1, "март": 3, "марте": 3, "апрель": 4,
    "апреле": 4, "мае": 5, "июнь": 6, "июне": 6, "июль": 7, "июле": 7, "август": 8,
    "августе": 8, "сентябрь": 9, "сентябре": 9, "октябрь": 10, "октябре": 10, "ноябрь": 11,
    "ноябре": 11, "декабрь": 12, "декабре": 12,
}
_BASE_MONTHS = frozenset(_MONTHS)
# Wide month names of every language from babel (CLDR): "stycznia", "enero", "gennaio", "ocak",
# "يناير"; abbreviations stay the hand-picked English ones ("ago" is Spanish for August).
# The languages read for their months only count too (text.CALENDAR_LANGUAGES: "februarie", "február"); a word of one
# counts only in its own language's text (_dates._kept_word_hits).
_MONTHS.update({w: m for w, m in all_month_names(CALENDAR_LANGUAGES).items() if len(w) >= 4 and w not in _MONTHS
                and not _is_cjk(w)})
# The month words of the languages read for their months only and of no other language ("marts", "martie", "május"):
# is_date_word knows them in every text, but a unit is no month outside its own language (break_dates72 h19: en
# "Walmart opened 12 marts" lost its unit "marts"; _numbers._no_unit_word).
_CALENDAR_ONLY_MONTHS = frozenset(_MONTHS) - _BASE_MONTHS - frozenset(all_month_names(LANGUAGES))
# Month names the data adds by hand are whole names however short: the Levantine "آب" (August).
_MONTHS.update({w: m for lg in LANGUAGES for w, m in profile(lg).month_extra if not _is_cjk(w)})
_MONTH_ALT = alternation(_MONTHS)
_MONTH_FIRST_WORDS = frozenset(w.split()[0] for w in _MONTHS if " " in w)
# English month names are proper nouns; "may" and "march" are also a verb.
_AMBIGUOUS_MONTHS = {"may", "march", "mar", "jan", "dec", "sep", "aug", "mai"}

_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
    "понедельник": 0, "вторник": 1, "среда": 2, "среду": 2, "четверг": 3, "пятница": 4,
    "пятницу": 4, "суббота": 5, "субботу": 5, "воскресенье": 6,
}
# Inflected weekdays of the data ("до понедельника", "do poniedziałku", "pazartesiye kadar") count everywhere.
_WEEKDAYS.update({w: d for lg in LANGUAGES for w, d in profile(lg).weekday_forms})
_BASE_WEEKDAYS = tuple(_WEEKDAYS)
_WEEKDAYS.update({w: d for w, d in all_weekday_names().items() if w not in _WEEKDAYS and not _is_cjk(w)})
_WEEKDAY_ALT = alternation(_WEEKDAYS)
_PAST_MARK = r"last|past|previous|letzten|vergangenen|letzte|vergangene|прошлый|прошлую|прошлое"
_NEXT_MARK = r"next|coming|this coming|nächsten|kommenden|nächste|kommende|следующий|следующую|ближайший"
# Particles glued to a word (text data "particles": Korean "월요일에", "월요일부터"): the weekday ends before them.
_GLUED = alternation(p for lg in LANGUAGES for p in profile(lg).particles)
_WEEKDAY_END = rf"(?:\b|(?=(?:{_GLUED})\b))" if _GLUED else r"\b"
_WEEKDAY_RE = re.compile(
    rf"(?:\b(?P<pre>{_PAST_MARK}|{_NEXT_MARK})\s+)?\b(?P<wd>{_WEEKDAY_ALT})"
    rf"(?:abend|nacht|morgen|vormittag|nachmittag|mittag|früh)?s?{_WEEKDAY_END}"
    r"(?:\s+(?P<post>dernier|prochain))?",
    re.IGNORECASE,
)

# Relative phrases -> (kind, offset) resolved against publication.
_RELATIVE = {
    "en": [
        (r"the day before yesterday", ("day", -2)), (r"yesterday", ("day", -1)),
        (r"today|this morning|this afternoon|tonight|this evening", ("day", 0)),
        (r"tomorrow", ("day", 1)),
        (r"earlier this week|this week|at the start of the week|at the beginning of the week", ("week", 0)),
        (r"last week", ("week", -1)), (r"next week", ("week", 1)),
        (r"last month", ("month", -1)), (r"this month", ("month", 0)),
        (r"last year", ("year", -1)), (r"this year", ("year", 0)), (r"next year", ("year", 1)),
    ],
    "de": [
        (r"vorgestern", ("day", -2)), (r"gestern", ("day", -1)), (r"heute", ("day", 0)),
        # "morgen" (tomorrow) is written lower-case, "der Morgen" (the morning) is a noun: "standen am Morgen
        # Tausende Pendler" was "tomorrow" (trial59 F7; the case-blind pattern let "Tausende" pass as the lower-case
        # word after it). A capital "Morgen" is tomorrow only opening a sentence before a lower-case word ("Morgen
        # beginnt der Streik"); "heute morgen" (the old spelling of "heute Morgen") is this morning. A language without
        # relative words of its own reads these too, and Dutch writes the morning small after its determiners ("in de
        # morgen", "elke morgen", "deze morgen").
        ((r"(?<!heute )(?<!gestern )(?<!de )(?<!deze )(?<!elke )(?<!iedere )(?<!een )(?-i:morgen)(?=\s+(?-i:[a-zäöü]))"
          r"|(?:(?<=^)|(?<=[.!?:»«„\"] ))(?-i:Morgen)(?=\s+(?-i:[a-zäöü]))"), ("day", 1)),
        (r"(?:in )?diese[rn]? Woche|Anfang der Woche|zu Wochenbeginn", ("week", 0)),
        (r"(?:in der )?(?:letzten|vergangenen) Woche|letzte Woche|vergangene Woche", ("week", -1)),
        (r"(?:im )?(?:letzten|vergangenen) Monat", ("month", -1)),
        (r"(?:im )?(?:letzten|vergangenen|vorigen) Jahr|letztes Jahr|voriges Jahr", ("year", -1)),
        (r"(?:in )?diese[mn]? Jahr", ("year", 0)),
    ],
    "fr": [
        (r"avant-hier", ("day", -2)), (r"hier", ("day", -1)), (r"aujourd'hui|aujourd’hui", ("day", 0)),
        (r"demain", ("day", 1)), (r"cette semaine|en début de semaine", ("week", 0)),
        (r"la semaine dernière|la semaine passée", ("week", -1)),
        (r"le mois dernier", ("month", -1)), (r"l'année dernière|l’année dernière|l'an dernier|l’an dernier", ("year", -1)),
        (r"cette année", ("year", 0)),
    ],
    "ru": [
        (r"позавчера", ("day", -2)), (r"вчера", ("day", -1)), (r"сегодня", ("day", 0)),
        (r"завтра", ("day", 1)), (r"на этой неделе|в начале недели", ("week", 0)),
        (r"на прошлой неделе", ("week", -1)), (r"в прошлом месяце", ("month", -1)),
        (r"в прошлом году", ("year", -1)), (r"в этом году", ("year", 0)),
    ],
}
def _first_letters(pattern: str) -> str | None:
    """The characters a match of ``pattern`` can start with, as a character class's inside (letters as written, the
    caller's case-blind class adds their other cases; "\\d" for a digit), or None when the pattern may start with
    anything else or is beyond this reading: literals, ``\\d``, groups, alternatives, optional parts (what follows
    counts too), zero-width assertions and inline flags."""
    from re import _parser  # type: ignore[attr-defined]

    def first(items: list, i: int = 0) -> set[str] | None:
        """The first letters of the sequence ``items[i:]``; "" in the set: it may match empty."""
        if i == len(items):
            return {""}
        op, av = items[i]
        name = str(op)
        if name == "LITERAL":
            return {chr(av)}
        if name == "IN" and [(str(o), str(a)) for o, a in av] == [("CATEGORY", "CATEGORY_DIGIT")]:
            return {r"\d"}
        if name in ("ASSERT", "ASSERT_NOT", "AT"):  # zero-width: the next item starts the match
            return first(items, i + 1)
        if name == "SUBPATTERN":
            head = first(list(av[3]), 0)
        elif name == "BRANCH":
            heads = [first(list(alt), 0) for alt in av[1]]
            head = None if any(h is None for h in heads) else set().union(*heads)  # type: ignore[arg-type]
        elif name == "MAX_REPEAT" and av[1] >= 1:
            head = first(list(av[2]), 0)
            if head is not None and av[0] == 0:
                head.add("")
        else:
            return None
        if head is None:
            return None
        if "" in head:
            rest = first(items, i + 1)
            if rest is None:
                return None
            head = (head - {""}) | rest
        return head

    found = first(list(_parser.parse(pattern, re.IGNORECASE)))
    if not found or "" in found or any(not c.isalpha() and c != r"\d" for c in found):
        return None
    return "".join(c if c == r"\d" else re.escape(c) for c in sorted(found))


def _relative_re(rules: list[tuple[str, tuple[str, int]]]) -> re.Pattern[str]:
    """One language's relative phrases as one pattern; the group name ("r3") says which phrase matched. A word
    starting with none of the phrases' first letters is passed over before its alternatives are tried (a lookahead
    of the same case-blind letters: the same matches, ~half the scan's CPU on dev texts, ingest79)."""
    phrases = "|".join(f"(?P<r{i}>{p})" for i, (p, _) in enumerate(rules))
    return re.compile(r"(?<!\w)" + _guard(phrases) + "(?:" + phrases + r")(?!\w)", re.IGNORECASE)


def _guard(pattern: str) -> str:
    """A lookahead of the characters a match of ``pattern`` can start with (:func:`_first_letters`), "" when unknown:
    before a case-blind pattern, the same matches and a position no match starts at is passed over at once."""
    letters = _first_letters(pattern)
    # a guard of digits alone passes over nothing a digit-led pattern would not at once (ja/ko: 16 % slower with it,
    # tester_ingest79)
    return f"(?=[{letters}])" if letters and letters != r"\d" else ""


def _guarded(pattern: str) -> re.Pattern[str]:
    """``re.compile(pattern, re.IGNORECASE)`` behind its :func:`_guard`: the same matches. The pattern is grouped
    behind the guard, so a top-level "|" leaves no alternative unguarded (pt: "há N anos|N anos atrás" was 1.64x
    slower with its second alternative outside, tester_ingest79)."""
    guard = _guard(pattern)
    return re.compile(f"{guard}(?:{pattern})" if guard else pattern, re.IGNORECASE)


# One pattern per language; the group name ("r3") says which phrase matched.
_RELATIVE_RE = {lang: _relative_re(rules) for lang, rules in _RELATIVE.items()}
_AGO_RE = {
    "en": r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten) (?:days?|weeks?|months?|years?) ago\b",
    "de": r"\bvor (?:\d+|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn) (?:Tag|Tagen|Woche|Wochen|Monat|Monaten|Jahr|Jahren)\b",
    "fr": r"\bil y a (?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (?:jours?|semaines?|mois|ans?)\b",
    "ru": r"\b(?:\d+|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять) (?:дня|дней|недели|недель|месяца|месяцев|года|лет) назад\b",
}
# "N years ago" in the languages of no relative-date rules above: a moment back from the publication day, never
# a figure (fixx left: "hace 9 años" was a 9-year term beside "nueve años de prisión"). Digits or number words
# up to ten; Arabic also its duals ("قبل عامين": two years ago).
_AGO_MORE = {
    "es": r"\bhace (?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) (?:días?|semanas?|mes(?:es)?|años?)\b",
    "it": r"\b(?:\d+|un|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci) (?:giorni|giorno|settimane?|mes[ei]|anni|anno) fa\b",
    "pt": (r"\bhá (?:\d+|um|uma|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez) (?:dias?|semanas?|m[eê]s(?:es)?|anos?)\b"
           r"|\b(?:\d+|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez) (?:dias|semanas|meses|anos) atrás\b"),
    "pl": (r"\b(?:\d+|dwa|dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć) "
           r"(?:dni|tygodnie|tygodni|miesiące|miesięcy|lata|lat) temu\b"),
    "tr": r"\b(?:\d+|bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on) (?:gün|hafta|ay|yıl) önce\b",
    "ar": (r"(?<!\w)قبل (?:(?:\d+|ثلاثة|ثلاث|أربعة|أربع|خمسة|خمس|ستة|ست|سبعة|سبع|ثمانية|ثماني|تسعة|تسع|عشرة|عشر) "
           r"(?:أيام|أسابيع|أشهر|شهور|سنوات|أعوام|سنين)|\d+ (?:يوما|يومًا|أسبوعا|شهرا|سنة|عاما|عامًا)"
           r"|يومين|أسبوعين|شهرين|سنتين|عامين)(?!\w)"),
    "zh": r"(?:\d+|[一二两三四五六七八九十]+)\s*(?:天|周|个星期|个月|年)(?:以)?前",
    "cs": (r"\bpřed (?:\d+|dvěma|třemi|čtyřmi|pěti|šesti|sedmi|osmi|devíti|deseti) "
           r"(?:dny|týdny|měsíci|lety)\b"),
    # final34 #6: the documented ja "9年前", ko "9년 전" (a particle may follow: "9년 전에"; "9년 전쟁" is a war),
    # uk "9 років тому", nl "9 jaar geleden"
    "ja": r"\d+\s*(?:日|週間|か月|ヶ月|カ月|ヵ月|ケ月|年)前",
    "ko": r"\d+\s*(?:일|주|주일|개월|달|년)\s*전(?=(?:에도|에는|에|엔|부터|까지|의|만|도)?(?![가-힣]))",
    "uk": (r"\b(?:\d+|два|дві|три|чотири|п['’]ять|шість|сім|вісім|дев['’]ять|десять) "
           r"(?:дні|днів|тижні|тижнів|місяці|місяців|роки|років) тому\b"),
    "nl": r"\b\d+ (?:dagen|weken|maanden|jaar) geleden\b",  # dateparser reads no "negen jaar geleden"
}
# the two tables compiled, each behind its first characters (_guarded: the same matches, ingest79)
_AGO_COMPILED = {lang: _guarded(p) for lang, p in _AGO_RE.items()}
_AGO_MORE_COMPILED = {lang: _guarded(p) for lang, p in _AGO_MORE.items()}
# Arabic glues "and" to the second of two years: "بين عامي 2014 و2017".
_YEAR_RE = re.compile(r"(?:(?<![\w.,/:\-])|(?<=(?:1[89]|20)\d{2}\sو))(1[89]\d{2}|20\d{2})(?![\w.,/:\-]\d|\d)")
# "2014-2017", "1998–2003": a span of years is a period, never the count 2014 to 2017.
_YEAR_SPAN_RE = re.compile(r"(?<![\w.,/:\-])(1[89]\d{2}|20\d{2})\s?[-–—]\s?(1[89]\d{2}|20\d{2})(?![\w.,/:\-]\d|\d)")
# Chinese writes a year with 年 and touches the characters around it: "在2014年至2017年间", "2020年";
# "2022年1月" is a month (_ZH_DATE_RE).
_ZH_YEAR_RE = re.compile(r"(?<!\d)(1[89]\d{2}|20\d{2})\s*[年년](?:\s*(?:至|到|-|–|—|~)\s*(1[89]\d{2}|20\d{2})\s*年[间間]?)?"
                         r"(?!\s*\d{1,2}\s*[月월])")
_YEAR_SUFFIX = re.compile(r"^(?:\s*(?:год(?:ах|ами|ов|у|а|ы)?(?!\w)|г\.))")
_ISO_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DMY_RE = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d./-]\d|\d)")
# "(13.01.)": day and month with their dots and no year, a German way to write a date; the trailing dot (group 3) may
# be missing, and such a "d.m" is read only as the end of a range from a date ("am 10.1. - 12.1"):
# :func:`_dates._day_month_dates` reads which of them are dates
_DM_DOTS_RE = re.compile(r"(?<![\d.,])(\d{1,2})\.(\d{1,2})(\.?)(?![\d.,]*\d)")
# "06.01.22": day, month and a year of two digits, each of two digits (dedates79); read only when the year is the
# publication's or the one before (a version "10.01.22" of another year stays unread; Korean "22.01.06" is year first)
_DMY2_RE = re.compile(r"(?<![\w.,/-])(\d{2})\.(\d{2})\.(\d{2})(?![\w.,/-]*\d|\w)")
# "em 11/02": day and month with a slash and no year, read only after a preposition of time in a day-first text
# (_dates._slash_days: a bare "11/12" is as often a ratio or a score)
_DM_SLASH_RE = re.compile(r"(?<![\d./,-])(\d{1,2})/(\d{2})(?![\d./,-]*\d|/)")
# Chinese "2022年1月6日", "1月6日", "2022年1月"
_ZH_DATE_RE = re.compile(r"(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월](?:\s*(\d{1,2})\s*[日号일])?")  # Korean "2026년 11월 24일" too
# A day of the month alone ("卡尔韦拉中央银行26日宣布", "政府は26日、発表した"): the news agencies' way of dating a
# day of the publication's month; not a count of days ("3日内"), yen (日元) nor Japan (日本).
_ZH_DAY_RE = re.compile(r"(?<![\d年月월.,])(\d{1,2})\s*[日号](?![元本内间間前后後以])")
# Chinese weekdays ("周四", "星期日") and Japanese ones ("月曜日", "金曜"): Japanese names a day by its element.
_ZH_WEEKDAY_RE = re.compile(r"(?:星期|礼拜|周)([一二三四五六日天])|([月火水木金土日])曜(?:日)?")
_ZH_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_JA_WEEKDAY = {"月": 0, "火": 1, "水": 2, "木": 3, "金": 4, "土": 5, "日": 6}
# A number with a thousands group ("10.000", "10,000", "10 000"): never a day after a month name.
_GROUPED = r"\d{1,3}[.,\u00a0\u202f\u2009 ]\d{3}(?!\d)"
# Arabic writes a month twice, Levantine and international: "26 تشرين الثاني/نوفمبر 2026".
_MONTH_TWICE = rf"(?:\s?/\s?(?:{_MONTH_ALT})\b)?"
# The word between a month and its year ("January of 2018", "enero de 2018", "gennaio del 2018",
# "janeiro de 2018") and the year's word after ("w styczniu 2018 roku", "в январе 2018 года"): a month
# with its year is that month of that year, never a month resolved against the publication day
# (trial 14: "en enero de 2018" read as 2027-01).
# (only before a year of 1800-2099: "marzo de 1500 personas" is a count)
_MONTH_YEAR_LINK = r"(?:(?:of|de|del|di|d'|d’)\s*(?=(?:1[89]|20)\d\d\b))"
# A day's ordinal ending before its month: English's and French's, and the text data's ("day_ordinals": "1η Δεκεμβρίου")
_DAY_ORDINALS = alternation(["st", "nd", "rd", "th", "er", *(w for lg in LANGUAGES for w in profile(lg).day_ordinals)])
_DAY_MONTH_RE = re.compile(
    rf"\b(?:le\s+)?(\d{{1,2}})(?:{_DAY_ORDINALS}|\.)?(?:\s+(?:of|de|del))?\s+({_MONTH_ALT})\b\.?{_MONTH_TWICE}"
    r"(?:,?\s+(?:(?:de|del|di)\s+)?(\d{4})(?:\s+(?:года|г\.|r\.|roku))?)?",
    re.IGNORECASE,
)
# A decimal after a month is no day: "w listopadzie 2,4 proc.", "in November 2.4%" (final31 #5: the 2,4 was lost).
_MONTH_DAY_RE = re.compile(
    rf"\b({_MONTH_ALT})\.?\s+(?!{_GROUPED})(\d{{1,2}})(?![.,]\d)(?:st|nd|rd|th)?(?!\d)\b(?:,?\s+(\d{{4}}))?",
    re.IGNORECASE,
)
_MONTH_YEAR_RE = re.compile(
    rf"\b({_MONTH_ALT})\.?\s+{_MONTH_YEAR_LINK}?((?:1[89]|20)\d\d)\b(?:\s+(?:года|году|г\.|roku|r\.))?",
    re.IGNORECASE,
)
_MONTH_RE = re.compile(
    r"(?:\b(?:at the (?:end|beginning|start) of|in (?:early|late|mid-)?|early|late|since|until|by|"
    r"Ende|Anfang|Mitte|im|seit|bis|fin|début|mi-|en|depuis|в конце|в начале|в середине|в|с|до)\s*)?"
    rf"\b({_MONTH_ALT})\b(?!\.?\s+{_MONTH_YEAR_LINK}?(?!{_GROUPED})\d+(?![.,]\d))",  # "April 2", "December 2021",
    # "enero de 2018" are matched elsewhere
    re.IGNORECASE,
)
_TIME_RE = re.compile(
    r"\b\d{1,2}:\d{2}(?:\s*(?:a\.m\.|p\.m\.|am|pm|Uhr|h))?|\b\d{1,2}h\d{2}\b"
    r"|\b\d{1,2}(?:[.h]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|Uhr\b|o'clock|o’clock|heures?\b|час(?:а|ов)?\b)",
    re.IGNORECASE,
)
_DECADE_RE = re.compile(r"\b\d{2,4}['’]?s\b")  # "the 1990s", "in his 30s"
_ORDINAL_RE = re.compile(r"\b\d+(?:st|nd|rd|th|er|e|ème|-й|-го|-я)\b", re.IGNORECASE)
