"""What full-text search matches a word by, beyond the word as written: its stems and Latin spelling.

Stems: what a query word shares with its inflected forms, in every language StoryLens reads.

Full-text search must find "madencilerin" and "madenciler" for "madenci" (trial 9), "minatori" for
"minatore", "Халкова" for "Халковой". PostgreSQL stems an article in its own language's
configuration; SQLite's tokenizer stems nothing. Both backends therefore also ask for a query word's
Snowball stem in each language of :data:`LANGUAGES` that has one, as a prefix of an indexed word: the
stemmers only strip endings, so every inflected form of the word starts with its stem.

The language list is Snowball's (``snowballstemmer.algorithms()``) named as babel names the language
(tr -> "turkish"): a language with a data file and a Snowball stemmer is stemmed, no table here.
A language Snowball has no stemmer for (Polish, trial 10: "skazać" found neither "skazany" nor
"skazał") gives its inflectional endings in its data file (``search_endings``): a query word its
lexicon knows (simplemma) is asked for without its longest ending, and so is its lemma when that
stem begins the word ("skazany" -> lemma "skazać" -> "skaza"). A word the lexicon does not know
(German "Zinsen", English "rate") gets no such stem, so other languages' search is not widened.

Spellings: the indexes also keep a Cyrillic or Greek word as anyascii spells it in Latin letters
(:func:`search_spellings`), so "Sepulveda" finds "Сепульведа" (trial 9), and an inflected
"Сепульведы" ("sepulvedy") by the stem "sepulved".
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import cache, lru_cache
from typing import Any

from anyascii import anyascii

from ._letters import ARABIC_MARK, ARABIC_MARKS

__all__ = ["folded", "search_spelling", "search_spellings", "search_stems", "unmarked", "word_reason"]

# A stem shorter than this asks for too many words as a prefix (English "rate" -> "rat*", German
# "Zinsen" -> Turkish "z"): the word is then matched as written only.
MIN_STEM = 5


# This thread's stemmers. A Snowball stemmer keeps the word it is stemming and its cursors on the object, so two
# threads stemming with one stemmer corrupt each other's word: the web app's search, eight requests at once,
# failed one in twelve runs of tests/web/test_server.py with snowballstemmer's "assert self.bra <= self.ket" (stop 58).
_THREAD = threading.local()


def _stemmers() -> tuple[Any, ...]:
    """This thread's Snowball stemmers of :func:`_stemmer_of`, in the order of ``LANGUAGES``."""
    found = getattr(_THREAD, "stemmers", None)
    if found is None:
        found = _THREAD.stemmers = tuple(_stemmer_of().values())
    return found


def _stemmer_of() -> dict[str, Any]:
    """Language code -> this thread's Snowball stemmer, for each language of :data:`LANGUAGES` that has one (a new
    set in each thread: a stemmer is not thread-safe, and making one is cheap, its tables are its class's)."""
    found = getattr(_THREAD, "stemmer_of", None)
    if found is None:
        import snowballstemmer

        found = _THREAD.stemmer_of = {code: snowballstemmer.stemmer(name) for code, name in _stemmer_names().items()}
    return found


@cache
def _stemmer_names() -> dict[str, str]:
    """Language code -> its Snowball algorithm's name, for each language of :data:`LANGUAGES` that has one."""
    import snowballstemmer
    from babel import Locale

    from ._lang import LANGUAGES

    known = set(snowballstemmer.algorithms())
    named = {code: (Locale.parse(code).english_name or "").lower() for code in LANGUAGES}
    return {code: n for code, n in named.items() if n in known}


@lru_cache(maxsize=4096)
def search_stems(word: str) -> tuple[str, ...]:
    """The lower-cased stems of ``word`` (one per language whose stemmer strips an ending from it, or
    keeps it whole) that begin it and have at least :data:`MIN_STEM` characters: the prefixes its
    inflected forms share, as the word writes them. The index holds words as written: a stem that
    drops a letter's marks (Russian "шахтёры" -> "шахтер") asks for the word's own letters
    ("шахтёр"); one that rewrites more (German "ß" -> "ss") gives no prefix and is skipped."""
    low = word.lower()
    if not low.isalpha():
        return ()
    found = {low[: len(s)] for s in {st.stemWord(low) for st in _stemmers()}
             if len(s) >= MIN_STEM and unmarked(low[: len(s)]) == unmarked(s)}
    return tuple(sorted(found | _ending_stems(low)))


def stem_readings(stem: str) -> tuple[str, ...]:
    """``stem`` and what each language's Snowball stemmer makes of it, when at least :data:`MIN_STEM`
    characters: the lexemes an index that stems by language holds for a word of that stem (English
    keeps "President" as "presid", a stem of "presidente" being "president"). Shorter readings are
    left out: French reads the Spanish stem "miner" as "min", which every "mine" and "mines" is."""
    low = stem.lower()
    return tuple(dict.fromkeys([low, *sorted({r for st in _stemmers() if len(r := st.stemWord(low)) >= MIN_STEM})]))


@cache
def _ending_languages() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(language, its search endings, longest first) for each language with a lexicon and endings."""
    from ._lang import LANGUAGES, LEMMA_LANGUAGES, profile

    return tuple((code, profile(code).search_endings) for code in LANGUAGES
                 if code in LEMMA_LANGUAGES and profile(code).search_endings)


def _ending_stems(low: str) -> set[str]:
    """The prefixes of ``low`` left by stripping a language's longest search ending from it and from
    its lemma, in each language of :func:`_ending_languages` whose lexicon knows it."""
    from .._cache import is_known
    from ._lang import stem

    found = set()
    for code, endings in _ending_languages():
        # A word with no ending of the language is not asked of its lexicon: loading simplemma's
        # Polish dictionary cost 2.8 s of a cold `storylens search inflation` (0.14 s without).
        if (own := _strip_ending(low, endings)) is None or not is_known(low, code):
            continue
        found.add(own)
        cut = _strip_ending(stem(low, code), endings)
        if cut and low.startswith(cut):
            found.add(cut)
    return found


def _strip_ending(word: str, endings: tuple[str, ...]) -> str | None:
    """``word`` without the longest of ``endings`` that leaves :data:`MIN_STEM` letters, or None."""
    return next((word[: -len(e)] for e in endings if word.endswith(e) and len(word) - len(e) >= MIN_STEM), None)


# Alphabets whose letters anyascii spells as a Latin-script reader would (Cyrillic "Сепульведа" ->
# "Sepul'veda", Greek "Σεπούλβεδα" -> "Sepoulveda"): a Latin name written in them is found by its Latin
# spelling. Arabic and Hebrew (consonants only) and Chinese (pinyin syllables) are not read so.
# Latin letters with no decomposition into a base letter and a mark (Turkish "ı", Polish "ł", Danish "ø",
# Croatian "đ", Maltese "ħ"): the tokenizers keep them, so "Kızılay" and "Kizilay" found disjoint sets
# (trial 16 #12); a word with one is also indexed and asked for as anyascii spells it ("kizilay").
_UNFOLDED = "ıłŁøØđĐħĦŧŦ"
_SPELLED = re.compile("[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]")
_SPELT = re.compile(f"[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f{_UNFOLDED}{ARABIC_MARKS}]")
# A word, an Arabic word's vowel marks inside it ("عمّان": \w does not take them)
_WORD = re.compile(f"(?:[^\\W\\d_]|[{ARABIC_MARKS}])+")


def search_spelling(word: str, marked_latin: bool = False) -> str | None:
    """The Latin-letter spelling a search index also keeps for ``word`` (lower case, ASCII letters and
    digits), or None: a Cyrillic or Greek word's transliteration ("Сепульведы" -> "sepulvedy"), and
    with ``marked_latin`` a Latin word's letters without their marks ("Sepúlveda" -> "sepulveda"; for
    an index whose tokenizer keeps them, PostgreSQL's). A Latin word with a letter no tokenizer folds
    (:data:`_UNFOLDED`) is spelt too ("Kızılay" -> "kizilay"). An Arabic word with vowel marks is kept without
    them ("عمّان" -> "عمان"; the tokenizers keep the marks, and a query is asked without them: robust67, a search
    did not find a text with marks, nor one with marks a text without)."""
    if ARABIC_MARK.search(word):
        bare = ARABIC_MARK.sub("", word)
        return bare if bare and bare != word else None
    if _SPELT.search(word):
        spelt = re.sub(r"[^a-z0-9]", "", anyascii(word).lower())
        return spelt or None
    if marked_latin:
        low = word.lower()
        bare = unmarked(low)
        return bare if bare != low else None
    return None


def search_spellings(text: str | None, marked_latin: bool = False) -> str:
    """The :func:`search_spelling` of each word of ``text``, once each, space-separated ("" for none)."""
    if not text or not (marked_latin or _SPELT.search(text)):  # no Cyrillic or Greek: nothing to spell
        return ""  # (every stored article is asked: 0.10 -> 0.01 ms for a Latin-script dev text)
    found = {search_spelling(w, marked_latin) for w in set(_WORD.findall(text))}
    return " ".join(sorted(w for w in found if w))


# The letters of :data:`_UNFOLDED` as their base letter: no decomposition gives it (review of stop 34:
# "Kılıçdaroğlu" folded to "kılıcdaroglu", not "kilicdaroglu"; "Łódź" to "łodz").
_BASE_LETTER = str.maketrans("ıłøđħŧ", "ilodht")


def folded(text: str) -> str:
    """``text`` casefolded, accents and other combining marks dropped after NFKD ("Grèce" -> "grece",
    "Europäische" -> "europaische", Turkish "İstanbul" -> "istanbul", whose casefold "i̇" keeps a combining
    dot), and the letters without a decomposition as their base letter (Turkish dotless "ı": "Kılıçdaroğlu"
    -> "kilicdaroglu", as "Kilicdaroglu"; "Łódź" -> "lodz"; the search indexes fold them so too,
    :func:`search_spelling`): how word lists and texts are compared when neither side's accents can be
    trusted."""
    if text.isascii():  # most words: nothing to decompose
        return text.lower()
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.casefold())
                   if not unicodedata.combining(ch)).translate(_BASE_LETTER)


def unmarked(text: str) -> str:
    """``text`` without combining marks, case kept (ё -> е, ä -> a, ئ -> ي, "Ayşe" -> "Ayse", "İbrahim" -> "Ibrahim"),
    after NFKD: a ligature, a fullwidth or a long-s letter is its plain letters ("ﬁnance" -> "finance"). A letter
    with no decomposition stays ("ß", "ø", "ł", "đ"; :func:`folded` maps those too, and casefolds). robust75 R5:
    prepare.clean's NFKD ``_unaccented`` and this module's NFD ``_unmarked`` were the one helper; they differed only
    on compatibility characters, in 2 of dev.csv's 403,756 letter words ("½", a fraktur word)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _spelt(word: str) -> str:
    """``word`` as the indexes compare it: lower case, without marks, Cyrillic or Greek in Latin letters."""
    return search_spelling(word) or unmarked(word.lower())


# The languages with a stemmer written in Cyrillic or Greek letters (the others' in Latin ones).
_SPELLED_LANGUAGES = frozenset({"ru", "uk", "bg", "sr", "mk", "be", "el"})


def _stem_languages(word: str, language: str | None) -> tuple[str, ...]:
    """The languages whose stemmers may relate ``word`` (a query word) to an inflected form: the
    query's ``language`` when it has a stemmer and writes in the word's alphabet, else every language
    with a stemmer (a one-word query's language is not known; :func:`word_reason` then asks lexicons)."""
    stemmers = _stemmer_of()
    if language in stemmers and (language in _SPELLED_LANGUAGES) == bool(_SPELLED.search(word)):
        return (language,)
    return tuple(stemmers)


def word_reason(query_word: str, words: Any, language: str | None = None, document_language: str | None = None) -> bool:
    """Whether one of ``words`` (an article's words, as written) is ``query_word`` or an inflected
    form of it: the same word (case, marks and Cyrillic/Greek spelling aside), or a word that begins
    with one of its :func:`search_stems` and that a stemmer of the query word's language (see
    :func:`_stem_languages`; ``language``: the query's, or None) stems as it stems the query word,
    or any word that begins with a stem its language's lexicon gives (Polish endings, ``search_endings``).
    (Trial 14: "train" found "BVB-Trainer" -- German stems both to "train" -- and "interest" found
    "intercity" by its Italian stem "inter".) A word in another script than the query word that
    begins with a stem's spelling counts as before (a Latin name's Cyrillic inflection, trial 9).

    When the query's language is unknown (a one- or two-word query) every stemmer is asked, so a
    stem stands only when no lexicon that knows both words reads them as two words
    (:func:`_lexicon_reading`). A word of the article's ``document_language`` (its lexicon knows it)
    is read by that language alone: by its stemmer and lexicon when the lexicon also knows the query
    word ("vacuna" - "vacunas", "выборы" - "выборах"), by any stemmer when it does not (a cognate:
    "presidente" - "President", "ministro" - "ministre"). The final check of stop 26 found "train"
    and "train crash" matching German "Trainer", which the German stemmer cuts to "train" but which
    the German lexicon lists as a word of its own. A word no lexicon knows (a name's inflection:
    "Salvinis", "Brescias") is read by the stemmers alone, as before; numbers match as written only."""
    from .._cache import is_known

    low = query_word.lower()
    target = _spelt(query_word)
    stems = search_stems(query_word)
    langs = _stem_languages(query_word, language) if stems else ()
    # the query's language unknown: the article's own stemmer and lexicon read its words
    stemmers = _stemmer_of()
    own = None if langs != tuple(stemmers) else _own_language(query_word, document_language)
    cyrillic = bool(_SPELLED.search(query_word))
    lexicon_stems = _ending_stems(low) if stems and low.isalpha() else set()
    spelt_stems = [(stem, _spelt(stem)) for stem in stems]  # the same for every word of the article
    query_stems = {c: stemmers[c].stemWord(low) for c in langs}

    def stemmed_alike(wlow: str) -> bool:
        return any(stemmers[c].stemWord(wlow) == q for c, q in query_stems.items())

    for word in words:
        spelt = _spelt(word)
        if spelt == target:
            return True
        for stem, spelt_stem in spelt_stems:
            if not spelt.startswith(spelt_stem):
                continue
            if bool(_SPELLED.search(word)) != cyrillic or stem in lexicon_stems:
                return True  # across scripts no stemmer reads both spellings; a lexicon's stem stands
            wlow = word.lower()
            if len(langs) == 1:  # the query's language
                if stemmed_alike(wlow):
                    return True
            elif own is not None and is_known(wlow, own):  # a word of the article's language
                if _own_word(wlow, low, own):
                    return True
            elif stemmed_alike(wlow) and _same_word(wlow, low, langs):
                return True
    return False


def common_word(word: str, language: str | None) -> bool:
    """Whether ``language``'s lexicon (simplemma) reads ``word`` as a form of a common word: it knows the
    word (case folded) and its headword is written in lower case ("Krajowa" -> "krajowy"; not
    "Sikorski", whose headword is capitalised). False for a language without a lexicon."""
    from .._cache import is_known, lemmatize
    from ._lang import LEMMA_LANGUAGES

    if language not in LEMMA_LANGUAGES:
        return False
    low = word.lower()
    return is_known(low, language) and lemmatize(low, language)[:1].islower()


# German joins a compound's parts with these linking letters ("Werk-s-explosion", "Hafen-s-tadt", "Sonne-n-schein")
_LINKS = ("s", "es", "n", "en", "e", "er", "ens")
# A compound's parts: its modifier (linking letters cut) and its head at least this long. German surnames are often
# two nouns with a short head ("Stein-meier", "Ober-maier", "Lauter-bach", "Brink-haus"), event nouns have long ones
# ("Werks-explosion", "Olympia-verschiebung", "Hafen-streik"). Set on two lists written for it (stop 73), of the words
# the lexicon does not know whole: of 12 event compounds and 24 German surnames, a head of >= 5 letters read 12 and 8
# as compounds, >= 6 read 10 ("Fabrik-brand" and "Lagerhallen-brand" not) and 3 ("Kiese-wetter", "Wagen-knecht",
# "Wolfs-berger"); a name read as a compound only loses search's name cut (its meaning hits count from 0.18, not 0.5).
_MODIFIER_LETTERS = 4
_HEAD_LETTERS = 6
# A longer word is read as no compound: each cut asks the lexicon twice, and a 20,000-letter word cost 5.2 CPU-s
# (queries73 tester); German's long compounds in news run to 30-odd letters ("Hochwasserkatastrophe" 21).
_COMPOUND_MAX_LETTERS = 40
# The head's KIND: a surname's head is a thing, a trade or a man from a place ("Wagen-knecht", "Gold-schmidt",
# "Wolfs-berger", "Hundert-wasser", "Kiese-wetter", "Schwarz-schild", "Schimmel-pfennig", "Kirch-schläger": 21 the
# queries73 tester found, each losing search's name cut), an event compound's an event or an abstract noun. So the
# head is one of the language's event nouns (its profile's "event_nouns": "Explosion", "Unglück", "Anschlag"), a
# derived abstract noun (text data "compound_abstract_endings": "Einigung", "Verschiebung"), or one of the heads of
# news events (text data "compound_event_heads": "Streik", "Absturz").


def _event_head(head: str, language: str) -> bool:
    """Whether the lower-case ``head`` of a compound is an event or abstract noun (its language's text data
    "compound_abstract_endings", "compound_event_heads", "event_nouns")."""
    from ._lang import field_patterns, profile

    data = profile(language)
    if head.endswith(data.compound_abstract_endings) or head in data.compound_event_heads:
        return True
    return any(p.search(head) for p in field_patterns(language, "event_nouns"))


def compound_noun(word: str, language: str | None) -> bool:
    """Whether ``word`` is a noun compound of a language that capitalises its nouns (its profile's
    ``capitalised_nouns``: German) that its lexicon does not list whole: a word the lexicon knows (its linking
    letters cut: "Werks", "Chemie"), then a noun it knows (its headword capitalised: "Explosion") naming an event
    or an abstract thing (:func:`_event_head`), each at least :data:`_MODIFIER_LETTERS` / :data:`_HEAD_LETTERS`
    letters. "Werksexplosion" and "Chemieexplosion" are no name (newuser72 MED-4: read as one, search cut their
    meaning hits at 0.5 and found none); a surname made of two nouns ("Wagen-knecht", "Gold-schmidt") has a head of
    another kind."""
    from .._cache import is_known, lemmatize
    from ._lang import LEMMA_LANGUAGES, profile

    if (language not in LEMMA_LANGUAGES or not profile(language).capitalised_nouns or not word.isalpha()
            or len(word) > _COMPOUND_MAX_LETTERS):
        return False
    low = word.lower()
    for cut in range(_MODIFIER_LETTERS, len(low) - _HEAD_LETTERS + 1):
        head = low[cut:].capitalize()
        if (not _event_head(low[cut:], language) or not is_known(head, language)
                or not lemmatize(head, language)[:1].isupper()):
            continue
        modifier = low[:cut]
        stems = [modifier] + [modifier[: -len(k)] for k in _LINKS if modifier.endswith(k)]
        if any(len(m) >= _MODIFIER_LETTERS and is_known(m, language) for m in stems):
            return True
    return False


def language_word(word: str, language: str | None) -> bool:
    """Whether ``word``, in any case, is a word of ``language``: one of its stop words (spaCy's) or a form of a
    common word of its lexicon (:func:`common_word`): "DE", "KNEW", "Un", "Who", so a capitalised or shouted form of
    it is no name or acronym of its own there. With no ``language``, a stop word of any language of
    :data:`LANGUAGES` (no lexicon is read: most words are some language's)."""
    from ._lang import stop_words, stop_words_any

    if language is None:
        return word.casefold() in stop_words_any()
    return word.casefold() in stop_words(language) or common_word(word, language)


def _own_language(word: str, language: str | None) -> str | None:
    """``language`` (an article's) when it has a stemmer and a lexicon and writes in ``word``'s alphabet."""
    from ._lang import LEMMA_LANGUAGES

    ok = language in _stemmer_of() and language in LEMMA_LANGUAGES
    return language if ok and (language in _SPELLED_LANGUAGES) == bool(_SPELLED.search(word)) else None


def _own_word(word: str, query_word: str, language: str) -> bool:
    """May ``word`` (an article's, lower case, known to its ``language``'s lexicon) be a form of
    ``query_word``: that language's stemmer and lexicon read both alike when the lexicon knows the
    query word too ("vacunas" for "vacuna"; not German "Trainer" for "train"), else the query word is
    another language's (a cognate: "President" for "presidente") and any stemmer that stems both
    alike stands, the lexicon having no reading of it."""
    stemmers = _stemmer_of()
    reading = _lexicon_reading(word, query_word, language)
    if reading is None:
        return any(st.stemWord(word) == st.stemWord(query_word) for st in stemmers.values())
    return reading and stemmers[language].stemWord(word) == stemmers[language].stemWord(query_word)


def _same_word(word: str, query_word: str, languages: tuple[str, ...]) -> bool:
    """May ``word`` (an article's, lower case) be an inflected form of ``query_word`` in ``languages``
    (every stemmer's, the article's language being unknown), as their lexicons read them: one reads
    both as one word, or none that knows both reads them as two (a name, a rare word, a cognate:
    the stemmer is then the only reader)."""
    readings = {_lexicon_reading(word, query_word, c) for c in languages}
    return True in readings or False not in readings


def _lexicon_reading(word: str, query_word: str, language: str) -> bool | None:
    """How ``language``'s lexicon (simplemma) reads ``word`` (an article's, lower case) against
    ``query_word`` (lower case): None when it does not know both; True when one lemma is the other
    word or both lemmas are one, or stem alike ("vacunas" -> "vacunar", "vacuna" -> "vacuno":
    simplemma picks one reading of an ambiguous form, so lemmas alone lost same-language plurals);
    False when ``word`` is a headword of its own, neither the query word nor its lemma (German
    "Trainer", lemma "trainer", for "train"), or its lemma is a word made from the query's lemma
    ("Trainers" -> "trainer"), or the lemmas' stems differ."""
    from .._cache import is_known
    from ._lang import LEMMA_LANGUAGES, stem

    if language not in LEMMA_LANGUAGES or not (is_known(word, language) and is_known(query_word, language)):
        return None
    lemma, query_lemma = stem(word, language), stem(query_word, language)
    if query_lemma in (lemma, word) or lemma == query_word:
        return True
    stemmer = _stemmer_of().get(language)
    if lemma == word and query_lemma != query_word and stemmer is not None:
        return _inflected_headword(word, query_word, query_lemma, stemmer)
    if lemma == word and query_lemma == query_word and query_word.startswith(word) and len(query_word) == len(word) + 1:
        # two headwords one ending apart, the query's the longer: a gender or case form ("presidente" /
        # "president": Dutch, with a data file since trial19, lists both; "Trainer" for "train" stays two)
        return True
    if lemma == word or lemma.startswith(query_lemma):
        return False
    return stemmer is not None and stemmer.stemWord(lemma) == stemmer.stemWord(query_lemma)


# The most letters a headword's inflectional ending has past its stem ("выборы" -> "выбор"; "vacunación"
# -> "vacun" is a derivation, five letters).
_HEADWORD_ENDING = 2


def _inflected_headword(word: str, query_word: str, query_lemma: str, stemmer: Any) -> bool:
    """May ``word``, a headword of its own, be a form of ``query_word``, an inflected form of another
    headword: the stemmer reads the three alike and ``word`` is its stem and a short ending, as a
    plural-only noun is (stop 27 left: "выборах", lemma "выбор", did not find "выборы", which the lexicon
    lists as its own headword; the other direction did). A query word that is a headword ("train") or a
    long ending ("vacunación" for "vacunas") stays another word."""
    root = stemmer.stemWord(word)
    return (root == stemmer.stemWord(query_word) == stemmer.stemWord(query_lemma) and word.startswith(root)
            and len(word) - len(root) <= _HEADWORD_ENDING)
