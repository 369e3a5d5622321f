"""Language knowledge: one place for everything StoryLens knows about a language.

Per language (ISO 639-1 code) this package answers:

- :func:`stop_words` — spaCy's ``spacy.lang.<xx>.stop_words`` (no model needed);
- :func:`month_names`, :func:`weekday_names` — babel's CLDR names in every
  form a news text uses (wide, abbreviated, format = genitive in Polish and
  Russian, stand-alone), lower-cased, mapped to 1..12 / 0..6;
- :func:`territory_names` — babel's country names ("Niemcy", "瑞士") mapped to
  the ISO code, so exonyms need no hand tables;
- :func:`stem` — simplemma's lemma (inflection-tolerant across the 10 languages);
- :func:`profile` — the data file ``text/data/<xx>.json``: scale words
  ("tys." = 1e3, "亿" = 1e8), decimal comma, negation words (and the number bounds
  holding one that deny nothing: "не менее", "nicht weniger als"), reporting verbs,
  pronouns, abbreviations that do not end a sentence, the "48-year-old" pattern,
  night phrases ("Nacht zu" + weekday = the night before that day), dateline
  words ("le 14 mars", "14 marca 2024 r.", the dispatch mark "电" and the "据" before an agency, the
  lower-case words of a place "Santiago du Chili", the wire agencies "EFE", "أ ف ب"), a site's navigation
  words ("Sections  News  Sports", "Inicio | Deportes"), role words that
  stand for a named person ("kanclerz", "министр") and addressees that are not the
  speaker ("对记者", "للصحفيين"), speech acts ("gratulierte"), what a number measures
  ("Stärke"/"magnitude"/"级", see :func:`measure_words`; counts of people under one key in every
  language: killed, injured, missing, evacuated, rescued, arrested), compound adjectives
  ("dreitägige", "trzydniowa"), number words, clock-time cues ("um … Uhr", "a las"),
  the characters Chinese spells foreign names with ("朔尔茨"), approximators that bend
  a number's range ("co najmniej", "至少", "2300多人"), words that count nobody ("No one
  was killed", "nikt", "无人死亡"), role phrases that stand for a titled person
  ("szef rządu" = premier, "le chef de l'État" = président), the preposition of a
  passive's agent after a quotation ("jugée « lamentable » par le Mexique"), the form
  of a verb of saying right after a quotation ("a raconté", "recalcó", "zażartował"),
  a verb's lemma ending (no number's unit: "12 tys. musiało" -> musieć), place
  nouns that never open a name ("Hauptstadt Tirana", "Norden Albaniens"), verbs of
  change whose number is the new value ("возросло до 41", "41'e yükseldi"), currency and
  percent words ("milyar avro", "millones de euros", "欧元", "yüzde 25"), a scale word
  after an article ("eine Million", "bir milyon"), verbs of denial ("отверг", "wies …
  zurück"), words that hold a negation without negating ("下落不明", "не только"),
  negations that deny nothing (a negated permission is a ban, "darf kein Amt ausüben";
  a degree, "pas ou peu", "почти не") and the words that join clauses ("but", "und"); for scripts that
  glue particles or write no spaces, the particles a unit drops ("명이" -> 명), clock and day marks
  ("2시 47분", "23일"), whether the verb ends the clause (tolls and speakers after the figure or the
  quotation: "71명이 숨지고", "X氏は「…」と述べた"), the marks linking a quotation to its verb and the
  speaker's particles ("と", "고"; "は", "는"), and time-zone words after a country ("日本時間").

Adding a language is adding ``data/<xx>.json`` (plus what babel and spaCy
already know); no code changes. :data:`LANGUAGES` lists the languages with a
data file. Segmentation lives in :mod:`storylens.text.segment`, language
identification in :mod:`storylens.text.language` (and the cheap
:func:`guess_language` for documents without one). The hand-made word lists
other modules tuned their figures with live in ``text/_tables.py``; the letters
and ASCII function words the code-page judge reads (22 Latin-script languages,
beyond :data:`LANGUAGES`) in ``text/_letters.py``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the names below load on first use (PEP 562), each from its own module
    from ._codes import READER_LANGUAGE, base, reader_language
    from ._figures import (
        SUFFIX_SCALES,
        fold_scale_word,
        grouped_digits,
        phone_spans,
        scale_after,
        scale_chain,
        scale_chain_spans,
        scale_factor,
        suffix_reading,
        suffix_scales,
    )
    from ._lang import (
        LANGUAGES,
        LEMMA_LANGUAGES,
        NAME_INFLECTING_LANGUAGES,
        Outlets,
        Profile,
        age_notice_pattern,
        all_month_names,
        all_weekday_names,
        alternation,
        arabic_known_words,
        calendar_word,
        calendar_words,
        club_acronyms,
        club_words,
        competition_names,
        continue_headings,
        country_names,
        courtesy_titles_any,
        currency_names,
        day_adverbs_any,
        field_pattern,
        field_patterns,
        furniture,
        given_name_gender,
        institution_name_only,
        institution_words_any,
        international_body_names,
        junk_words,
        language_name,
        link_headings,
        measure_words,
        month_also_name,
        month_names,
        month_pattern,
        months_named,
        nationality_adjectives,
        navigation_words,
        normalise_digits,
        number_name_words,
        organisation_nouns,
        organisation_words_any,
        outlets,
        page_words,
        profile,
        rate_terms,
        reporting_verb_pattern,
        role_words_any,
        scale_words,
        short_month_names,
        site_notices,
        stem,
        stop_words,
        stop_words_any,
        territory_names,
        title_kickers,
        unread_encoder_note,
        unread_language_note,
        update_marker_pattern,
        use_covers,
        use_languages,
        weekday_names,
    )
    from ._letters import ARABIC_LETTERS, ARABIC_MARK, ARABIC_MARKS, ASCII_FUNCTION_WORDS, LATIN_LETTERS, SCRIPT_RANGES
    from ._names import nominative_name, regnal_name, same_surname, short_given_name, surname_first
    from ._sound import (
        abjad,
        abjad_forms,
        abjad_name_match,
        consonant_letters,
        main_script,
        polish_reading,
        script_of,
        sound_match,
        sound_script_readings,
        sound_skeleton,
        spelling_readings,
    )
    from ._stems import (
        common_word,
        folded,
        language_word,
        search_spelling,
        search_spellings,
        search_stems,
        stem_readings,
        word_reason,
    )
    from ._tables import (
        ACCORDING_TO_BEYOND,
        CLAIM_STOP_WORDS,
        CLOCK_ZONES,
        ENTITY_STOP_WORDS,
        FRAMING_STOP_WORDS,
        MONTH_FIRST_ZONES,
        NAME_STOP_WORDS,
        NEW_WORDS,
        guess_language,
        past_forms,
        ru_stem,
    )

# name -> the module defining it. Importing the package loads none of them: `storylens stories`
# needs only base() and reader_language() (_codes), not the language profiles (_lang: a
# dataclass of ~430 fields) or the sound keys (_sound: anyascii, 15 patterns) other commands use.
_LAZY = {
    "READER_LANGUAGE": "_codes",
    "base": "_codes",
    "reader_language": "_codes",
    "SUFFIX_SCALES": "_figures",
    "fold_scale_word": "_figures",
    "grouped_digits": "_figures",
    "scale_after": "_figures",
    "scale_chain": "_figures",
    "scale_chain_spans": "_figures",
    "scale_factor": "_figures",
    "phone_spans": "_figures",
    "suffix_reading": "_figures",
    "suffix_scales": "_figures",
    "LANGUAGES": "_lang",
    "LEMMA_LANGUAGES": "_lang",
    "NAME_INFLECTING_LANGUAGES": "_lang",
    "Outlets": "_lang",
    "Profile": "_lang",
    "age_notice_pattern": "_lang",
    "arabic_known_words": "_lang",
    "all_month_names": "_lang",
    "all_weekday_names": "_lang",
    "alternation": "_lang",
    "calendar_word": "_lang",
    "calendar_words": "_lang",
    "continue_headings": "_lang",
    "club_acronyms": "_lang",
    "club_words": "_lang",
    "competition_names": "_lang",
    "international_body_names": "_lang",
    "currency_names": "_lang",
    "field_pattern": "_lang",
    "field_patterns": "_lang",
    "furniture": "_lang",
    "given_name_gender": "_lang",
    "number_name_words": "_lang",
    "junk_words": "_lang",
    "link_headings": "_lang",
    "role_words_any": "_lang",
    "title_kickers": "_lang",
    "language_name": "_lang",
    "organisation_nouns": "_lang",
    "organisation_words_any": "_lang",
    "institution_name_only": "_lang",
    "courtesy_titles_any": "_lang",
    "day_adverbs_any": "_lang",
    "stop_words_any": "_lang",
    "institution_words_any": "_lang",
    "unread_encoder_note": "_lang",
    "unread_language_note": "_lang",
    "update_marker_pattern": "_lang",
    "measure_words": "_lang",
    "month_also_name": "_lang",
    "month_names": "_lang",
    "month_pattern": "_lang",
    "months_named": "_lang",
    "nationality_adjectives": "_lang",
    "navigation_words": "_lang",
    "normalise_digits": "_lang",
    "outlets": "_lang",
    "page_words": "_lang",
    "profile": "_lang",
    "rate_terms": "_lang",
    "reporting_verb_pattern": "_lang",
    "scale_words": "_lang",
    "short_month_names": "_lang",
    "site_notices": "_lang",
    "stem": "_lang",
    "declined_proper_form": "_lang",
    "stop_words": "_lang",
    "territory_names": "_lang",
    "country_names": "_lang",
    "use_covers": "_lang",
    "use_languages": "_lang",
    "weekday_names": "_lang",
    "ARABIC_LETTERS": "_letters",
    "ARABIC_MARK": "_letters",
    "ARABIC_MARKS": "_letters",
    "ASCII_FUNCTION_WORDS": "_letters",
    "LATIN_LETTERS": "_letters",
    "SCRIPT_RANGES": "_letters",
    "nominative_name": "_names",
    "city_case_forms": "_places",
    "city_case_languages": "_places",
    "genitive_bases": "_places",
    "latin_forms": "_places",
    "company_apposition": "_places",
    "person_after": "_places",
    "destination_spans": "_places",
    "prefix_splits": "_places",
    "reads_city_cases": "_places",
    "bare_name_word": "_places",
    "regnal_name": "_names",
    "same_surname": "_names",
    "short_given_name": "_names",
    "surname_first": "_names",
    "consonant_letters": "_sound",
    "main_script": "_sound",
    "polish_reading": "_sound",
    "script_of": "_sound",
    "sound_match": "_sound",
    "abjad": "_sound",
    "abjad_forms": "_sound",
    "abjad_name_match": "_sound",
    "sound_script_readings": "_sound",
    "sound_skeleton": "_sound",
    "spelling_readings": "_sound",
    "common_word": "_stems",
    "language_word": "_stems",
    "folded": "_stems",
    "search_spelling": "_stems",
    "search_spellings": "_stems",
    "search_stems": "_stems",
    "stem_readings": "_stems",
    "word_reason": "_stems",
    "ACCORDING_TO_BEYOND": "_tables",
    "CLAIM_STOP_WORDS": "_tables",
    "CLOCK_ZONES": "_tables",
    "MONTH_FIRST_ZONES": "_tables",
    "ENTITY_STOP_WORDS": "_tables",
    "FRAMING_STOP_WORDS": "_tables",
    "NAME_STOP_WORDS": "_tables",
    "NEW_WORDS": "_tables",
    "guess_language": "_tables",
    "past_forms": "_tables",
    "ru_stem": "_tables",
}

__all__ = [
    "ACCORDING_TO_BEYOND",
    "ARABIC_LETTERS",
    "ARABIC_MARK",
    "ARABIC_MARKS",
    "ASCII_FUNCTION_WORDS",
    "CLAIM_STOP_WORDS",
    "CLOCK_ZONES",
    "ENTITY_STOP_WORDS",
    "FRAMING_STOP_WORDS",
    "LANGUAGES",
    "LATIN_LETTERS",
    "LEMMA_LANGUAGES",
    "MONTH_FIRST_ZONES",
    "NAME_INFLECTING_LANGUAGES",
    "NAME_STOP_WORDS",
    "NEW_WORDS",
    "READER_LANGUAGE",
    "SCRIPT_RANGES",
    "SUFFIX_SCALES",
    "Outlets",
    "Profile",
    "abjad",
    "abjad_forms",
    "abjad_name_match",
    "age_notice_pattern",
    "all_month_names",
    "all_weekday_names",
    "alternation",
    "arabic_known_words",
    "bare_name_word",
    "base",
    "calendar_word",
    "calendar_words",
    "city_case_forms",
    "city_case_languages",
    "club_acronyms",
    "club_words",
    "common_word",
    "company_apposition",
    "competition_names",
    "consonant_letters",
    "continue_headings",
    "country_names",
    "courtesy_titles_any",
    "currency_names",
    "day_adverbs_any",
    "declined_proper_form",
    "destination_spans",
    "field_pattern",
    "field_patterns",
    "fold_scale_word",
    "folded",
    "furniture",
    "genitive_bases",
    "given_name_gender",
    "grouped_digits",
    "guess_language",
    "institution_name_only",
    "institution_words_any",
    "international_body_names",
    "junk_words",
    "language_name",
    "language_word",
    "latin_forms",
    "link_headings",
    "main_script",
    "measure_words",
    "month_also_name",
    "month_names",
    "month_pattern",
    "months_named",
    "nationality_adjectives",
    "navigation_words",
    "nominative_name",
    "normalise_digits",
    "number_name_words",
    "organisation_nouns",
    "organisation_words_any",
    "outlets",
    "page_words",
    "past_forms",
    "person_after",
    "phone_spans",
    "polish_reading",
    "prefix_splits",
    "profile",
    "rate_terms",
    "reader_language",
    "reads_city_cases",
    "regnal_name",
    "reporting_verb_pattern",
    "role_words_any",
    "ru_stem",
    "same_surname",
    "scale_after",
    "scale_chain",
    "scale_chain_spans",
    "scale_factor",
    "scale_words",
    "script_of",
    "search_spelling",
    "search_spellings",
    "search_stems",
    "short_given_name",
    "short_month_names",
    "site_notices",
    "sound_match",
    "sound_script_readings",
    "sound_skeleton",
    "spelling_readings",
    "stem",
    "stem_readings",
    "stop_words",
    "stop_words_any",
    "suffix_reading",
    "suffix_scales",
    "surname_first",
    "territory_names",
    "title_kickers",
    "unread_encoder_note",
    "unread_language_note",
    "update_marker_pattern",
    "use_covers",
    "use_languages",
    "weekday_names",
    "word_reason",
]


def __getattr__(name: str) -> Any:
    try:
        module = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
