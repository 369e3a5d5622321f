"""The gazetteer: places a text names in any script, and their countries."""

from __future__ import annotations

import copy
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import cache, cached_property, lru_cache
from pathlib import Path

from ..text import (
    ARABIC_MARK,
    LEMMA_LANGUAGES,
    NEW_WORDS,
    alternation,
    base,
    profile,
    scale_words,
    territory_names,
)
from ..text import LANGUAGES as TEXT_LANGUAGES
from ._common import _CJK_CHAR, _COMMON_INITIAL, GAZETTEER_FILE, PLACE_COMMON_FORMS_FILE, _data_json, _fold

# "New" in the languages read (text.NEW_WORDS): "New Mexico", "Nowa Gwinea", "Nueva Guinea" name no country.
_NEW_FOLDED = frozenset(_fold(w) for w in NEW_WORDS)

_NEW_WORD = re.compile(rf"\b(?:{'|'.join(NEW_WORDS)})\s", re.UNICODE)

# A word-final Arabic hamza is a letter of the word, but transliterated it is an apostrophe that the
# folding drops: "خبراء" (experts) became "khbr", Khobar's key (final29 #15: "different places: Khobar").
# The hamza is kept as a digit, so the word matches no name.
_ARABIC_HAMZA = re.compile(r"(?<=[\u0600-\u06ff])\u0621")

_HAMZA_KEPT = re.compile(r"(?<=[\u0600-\u06ff])0")


@cache
def _common_word_keys() -> frozenset[str]:
    """Folded common words that are a place's key in the gazetteer (strict finds only): every language's
    "place_common_words" (text data: Arabic "خبر" / "الخبر", news, is Khobar's key; "مدينة", city, Medina's:
    final41 #7 "different places: Orenburg vs Madinah") and number words, the Arabic ones with the Arabic
    article too (review4 #9: not Polish "bln" with it, "lbln" is Lublin's key) ("مليار", billion, is
    Malāyer's "mlyr": trial 17 #11; Italian "mila", thousand, is a key of Milan)."""
    keys = {_fold(w) for w in scale_words()}
    arabic = {_fold(w) for w in scale_words(("ar",))}  # the article only on Arabic words: "lbln" is Lublin's
    common = {_fold(w) for lang in TEXT_LANGUAGES for w in profile(lang).place_common_words}
    return frozenset(common) | frozenset(keys) | frozenset("l" + k for k in arabic if k)


def _evidenced(text: str, pending: Mapping[str, str], found: AbstractSet[str]) -> set[str]:
    """The cities of ``pending`` (id -> key, read from a word that is also a common word of its script: "سيول",
    torrents, is Seoul's Arabic name) with evidence in ``text``: its country is named, itself (a place found
    or a CLDR name of it in a language with such words: "عمان", Oman, which the gazetteer leaves to Amman) or
    by another place of it, or a cue ("العاصمة", the capital; "مدينة", city: text data "place_evidence_cues")
    stands up to two words before the word. "سيول" beside "كوريا الجنوبية" is Seoul; in a flood report without
    Korea it is the torrents (trial57 F5: "different places: Seoul vs Jordan, Amman")."""
    countries = _city_countries()
    named = {p for p in found if not p.startswith("c")} | {countries.get(p) for p in found if p.startswith("c")}
    langs = [lang for lang in TEXT_LANGUAGES if profile(lang).place_evidence_words]
    cues = {w for lang in langs for w in profile(lang).place_evidence_cues}
    words = _LETTERS.findall(text)
    spaced = f" {' '.join(words)} "
    kept = set()
    for city, key in pending.items():
        country = countries.get(city)
        if country in named or country and any(f" {ARABIC_MARK.sub('', name)} " in spaced for lang in langs
                                               for name, code in territory_names(lang).items() if code == country) \
                or any(_fold(w) == key and cues.intersection(words[max(0, i - 2) : i]) for i, w in enumerate(words)):
            kept.add(city)
    return kept


@cache
def _evidence_word_keys() -> frozenset[str]:
    """Folded words of the caseless scripts that are both a common word and a large city's own name in that
    script (text data "place_evidence_words": Arabic "سيول" torrents / Seoul, "مسقط" birthplace / Muscat):
    a strict find keeps such a city only with evidence (:meth:`Gazetteer._evidenced`)."""
    return frozenset(_fold(w) for lang in TEXT_LANGUAGES for w in profile(lang).place_evidence_words)


@cache
def _common_forms() -> tuple[frozenset[str], frozenset[str]]:
    """Lower-cased word forms of the languages read that fold to a large city's foreign name but are
    inflected common words (``data/place-common-forms.json``, scripts/build_place_common_forms.py):
    (forms of languages that capitalise every noun, read in any case: German "Türen" doors, "Wieden"
    willows; the others', read only as written in lower case: Italian "tori" bulls, "misurata" measured,
    while "Misurata" is Misrata)."""
    data = _data_json(PLACE_COMMON_FORMS_FILE, None, lambda raw: dict(raw["forms"]))
    capitalised = {lang for lang in data if lang in TEXT_LANGUAGES and profile(lang).capitalised_nouns}
    return (frozenset(f for lang in capitalised for f in data[lang]),
            frozenset(f for lang, forms in data.items() if lang not in capitalised for f in forms))


def _common_form_only(text: str, key: str) -> bool:
    """True when every word of ``text`` that folds to the one-word city key ``key`` is an inflected common
    word (:func:`_common_forms`), spelled with its accents: German "Türen" is no Turin (trial55 F4:
    "different places: Turin vs Frankfurt am Main"), Polish "Wiedeń" (Vienna) is no German "Wieden"."""
    any_case, lower_only = _common_forms()
    seen = False
    words, at = _letter_words(text)
    for word in (words[i] for i in at.get(key, ())):  # the words that fold to the key
        low = word.lower()
        if not (low in any_case or word == low and low in lower_only):
            return False
        seen = True
    return seen


def _inside_longer_place(text: str, key: str, n: int, label: str) -> bool:
    """True when every run of ``n`` words of ``text`` that folds to the city key ``key`` opens a longer
    GeoNames name of another place (``data/place-keys.json``, inflected as the entity linker keys it):
    "Петропавловске-Камчатском" holds "Петропавловск", a name of Petropavl in Kazakhstan (trial55 F4:
    "different places: Moscow vs Petropavl" for Petropavlovsk-Kamchatsky)."""
    from ..analysis.entities import exact_key as _exact_key
    from ..analysis.entities import place_names as _places

    index = _places()[0]
    words, at = _letter_words(text)
    seen = False
    # the runs that fold to the key, not the text's last (a one-word run: where the words folding to it stand)
    starts = [i for i in at.get(key, ()) if i < len(words) - 1] if n == 1 else \
        [i for i in range(len(words) - n) if _fold(" ".join(words[i : i + n])) == key]
    for i in starts:
        if not any((other := index.get(_exact_key(" ".join(words[i : i + n + m])))) and other != label
                   for m in (1, 2)):
            return False
        seen = True
    return seen


def _transliterated_only(text: str, key: str, n: int) -> bool:
    """True when the only runs of ``n`` words of ``text`` that fold to the city key ``key`` are Latin or
    Cyrillic words that no Latin or Cyrillic name of a large city spells (GeoNames' names,
    ``data/place-keys.json``): the gazetteer also keys cities by their names in other scripts,
    transliterated, and an English "Sejm" folds to "sejm", a key of Sejong (trial 17 #11). A run in
    another script (Arabic "بغداد") is read as the gazetteer reads it."""
    from ..analysis.entities import (
        exact_key as _exact_key,  # GeoNames' Latin and Cyrillic names, keyed
    )
    from ..analysis.entities import (
        place_names as _places,
    )

    index = _places()[0]  # ~0.04 CPU-s once per process; a city's own label (most hits) never asks it
    if key in index:  # a name as GeoNames spells it in Latin letters
        return False
    words, at = _letter_words(text)
    first, seen = key.split(" ", 1)[0], False
    for i in at.get(first, ()):  # the words that fold to the key's first word
        run = words[i : i + n]
        if _fold(" ".join(run)) != key:
            continue
        if any(not _latin_or_cyrillic(w) for w in run) or _exact_key(" ".join(run)) in index:
            return False
        seen = True
    return seen

_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")

_ARABIC_WORDS = re.compile("[\u0621-\u064a\u0671-\u06d3]+")


@cache
def _arabic_place_names() -> frozenset[str]:
    """Arabic names of countries (CLDR) and of large cities (GeoNames, the entity linker's index), by
    :func:`~storylens.analysis.entities.exact_key`."""
    from ..analysis.entities import exact_key as _exact_key
    from ..analysis.entities import place_names as _places

    return frozenset({_exact_key(n) for n in territory_names("ar")}
                     | {k for k in _places()[0] if _ARABIC_LETTER.search(k)})


def _arabic_unspelled(text: str, key: str, n: int, gazetteer: Gazetteer) -> bool:
    """True when the only runs of ``n`` folded words of ``text`` that make the place key ``key`` come from Arabic
    words that no Arabic name of a country or large city spells, even without a one-letter proclitic ("و",
    "ب", "ل", "ف", "ك": text data "number_prefixes" and "ك") or with غ as GeoNames' Persian-style گ. Folded,
    Arabic loses its vowels, hamza and ain, and common words meet other places' keys: "علماني" (secular) read
    Germany (lmny), "الوطن" (the homeland) Luton, "سيتم" (will be) Saitama, "تاريخ" (date) Tarija, "الأخير" (the
    last) Cairo (SemEval dev, ar). "لألمانيا", "أورنبورغ" stay."""
    from ..analysis.entities import exact_key as _exact_key

    known = _arabic_place_names()
    clitics = (*profile("ar").number_prefixes, "ك")
    tokens: list[tuple[str, int]] = []  # (folded token as find reads it, index of its source word)
    words = _letter_words(text)[0]
    for w, word in enumerate(words):
        kept = _ARABIC_HAMZA.sub("0", word) if "\u0621" in word else word
        tokens.extend((gazetteer._arabic_g(tok), w) for tok in _fold(kept).split())
    seen = False
    for i in range(len(tokens) - n + 1):
        if " ".join(tok for tok, _ in tokens[i : i + n]) != key:
            continue
        run = [words[w] for w in dict.fromkeys(w for _, w in tokens[i : i + n])]
        if not all(_ARABIC_LETTER.search(w) for w in run):
            return False
        phrase = " ".join(run)
        forms = [phrase] + [phrase[1:] for c in clitics if phrase.startswith(c) and len(phrase) > 3]
        if any(_spells_this(k, gazetteer.names.get(key, ""), gazetteer)
               for f in forms for k in (_exact_key(f), _exact_key(f.replace("غ", "گ"))) if k in known):
            return False
        seen = True
    return seen


def _spells_this(arabic_key: str, place: str, gazetteer: Gazetteer) -> bool:
    """Whether the Arabic name ``arabic_key`` (a key of :func:`_arabic_place_names`) may name ``place``: it
    is not the name of another place of the gazetteer. Folded, "المنيا" (Minya, Egypt) is "ألمانيا"'s "lmny",
    Germany (trial57 F5's kind: an Egyptian report read as set in Germany)."""
    from ..analysis.entities import place_names as _places

    code = _arabic_country_codes().get(arabic_key)
    if code is not None:
        return code == place
    label = _places()[0].get(arabic_key)
    other = gazetteer.names.get(_fold(label)) if label else None
    return other is None or other == place or gazetteer.labels.get(place, "") == label


@cache
def _arabic_country_codes() -> dict[str, str]:
    from ..analysis.entities import exact_key as _exact_key

    return {_exact_key(n): code for n, code in territory_names("ar").items()}


def _sound_script(ch: str) -> str | None:
    """"kana" for Katakana (the script of foreign names in Japanese), "hangul" for Hangul, else None."""
    return "kana" if "\u30a1" <= ch <= "\u30ff" else "hangul" if "\uac00" <= ch <= "\ud7a3" else None


@cache
def _cjk_name_tails() -> tuple[frozenset[str], re.Pattern[str]]:
    """(what a Korean name may carry glued: a particle, a place suffix and its particle ("서울시에서"); a
    time-zone word after a name: "日本時間", "한국 시각"), from the text data ("particles",
    "place_suffixes", "time_zone_words")."""
    particles = {"", *(w for lang in TEXT_LANGUAGES for w in profile(lang).particles)}
    suffixes = {w for lang in TEXT_LANGUAGES for w in profile(lang).place_suffixes}
    tails = frozenset(particles | {s + p for s in suffixes for p in particles})
    zones = [w for lang in TEXT_LANGUAGES for w in profile(lang).time_zone_words]
    return tails, re.compile(rf"\s?(?:{alternation(zones)})") if zones else re.compile("(?!)")


@cache
def _han_region_suffixes() -> frozenset[str]:
    """Han characters that make a city's name its state's or province's ("华盛顿州", "吉林省"; text data
    "region_suffixes")."""
    return frozenset(w for lang in TEXT_LANGUAGES for w in profile(lang).region_suffixes)


def _whole_cjk_name(text: str, start: int, end: int) -> bool:
    """Whether the gazetteer's CJK name at ``text[start:end]`` names a place: a Katakana or Hangul name is
    a whole word, not a fragment of a longer transliterated one (ゼルヴァン is no Van, 케스트리아 no Kayes,
    목소리가 no Riga: trial 19 #2), a Korean word ending in a particle or a place suffix ("모스크바의",
    "서울시에서"); and a name before a time-zone word is a clock's zone, not a place of the story
    ("日本時間", "한국 시각"); a Han name before a state's or province's suffix names that region ("华盛顿州":
    :func:`_han_region_suffixes`)."""
    tails, zone = _cjk_name_tails()
    if zone.match(text, end) or end < len(text) and text[end] in _han_region_suffixes():
        return False
    script = _sound_script(text[start])
    if script is None:
        return True
    if start > 0 and _sound_script(text[start - 1]) == script:
        return False
    tail = end
    while tail < len(text) and _sound_script(text[tail]) == script:
        tail += 1
    return tail == end or script == "hangul" and text[end:tail] in tails


@cache
def _han_sound_chars() -> frozenset[str]:
    return frozenset(profile("zh").transliteration_chars) | {"·", "・"}


def _inside_han_name(text: str, start: int, end: int) -> bool:
    """Whether the Han place name at ``text[start:end]`` is a piece of a longer transliterated name: both
    neighbours are characters that transliteration uses (text/data/zh.json "transliteration_chars") or a
    name's middle dot. "圣埃瓦里斯托" (San Evaristo) holds 瓦里, GeoNames' Han name of Warri (trial 20 #8);
    "在巴黎举行" keeps Paris (在, 举 are no sound characters)."""
    if not ("\u4e00" <= text[start] <= "\u9fff"):
        return False
    sound = _han_sound_chars()
    return start > 0 and end < len(text) and text[start - 1] in sound and text[end] in sound

# A Han place name of two characters with this many sound characters glued to one side is the piece of a longer name
# spelled by sound: 塞特卡利 (Seitkali) holds 卡利 (Cali), 卡拉干达州 (Karaganda region) 达州 (Dazhou),
# 阿拉木图 (Almaty) 阿拉 (Arrah) (trial45 W4); one character is often a word's ("东京奥运会", "巴黎圣母院").
_HAN_PIECE_RUN = 2


def _han_name_piece(text: str, start: int, end: int, spans: list[tuple[int, int, str]], country: bool = False) -> bool:
    """Whether the Han place name at ``text[start:end]`` is no whole word of the text: it lies inside a longer
    name the gazetteer found or across one as long or longer (``spans``: every (start, end, name) it found), or it is a
    piece of a transliterated name (:func:`_inside_han_name`, or, a name of two characters, a run of two
    sound characters or more glued to one side). A neighbouring name of the gazetteer is a word boundary: "哈萨克斯坦卡拉干达州"
    counts its sound run from 卡, "意大利罗马" keeps Rome, "俄罗斯莫斯科" Moscow. A run counts only on a side where
    the name's own edge character is a sound character ("美国德克萨斯州": 国 is none), and a ``country`` before a
    run is a boundary (review37a M1: "美国加利福尼亚州", "泰国普吉岛" lost the US and Thailand), unless the run
    goes on into a name's middle dot ("马里奥·德拉吉" is Mario Draghi, not Mali)."""
    if not ("\u4e00" <= text[start] <= "\u9fff"):
        return False
    if any(a <= start and end <= b and (a, b) != (start, end)
           or (a < start < b < end or start < a < end < b) and b - a >= end - start for a, b, _ in spans):
        # inside a longer name ("达州" of a listed "卡拉干达州"), or across one as long or longer; a shorter name across
        # this one's edge is the piece, read in a run of sound characters that goes on past the name (break56 F4:
        # "在莫斯科克里姆林宫" holds 科克, Cork, across Moscow's last character, and lost Moscow with it)
        return True
    if _inside_han_name(text, start, end):
        return True
    if end - start > _HAN_PIECE_RUN:
        return False  # a name of three characters or more is rarely a piece ("哈萨克斯坦卡拉干达州": Kazakhstan)
    sound = _han_sound_chars()
    ends = {b for a, b, _ in spans if b <= start}
    begins = {a for a, b, _ in spans if a >= end}
    left = start
    while text[start] in sound and left > 0 and left not in ends and text[left - 1] in sound and start - left < _HAN_PIECE_RUN:
        left -= 1
    right = end
    directed = text.startswith(profile("zh").place_directions, end)  # "伦敦西南部": London, whatever 西南 sounds
    while (not directed and text[end - 1] in sound and right < len(text) and right not in begins and text[right] in sound
           and right - end < _HAN_PIECE_RUN):
        right += 1
    if country and right - end >= _HAN_PIECE_RUN and not any(ch in "·・" for ch in text[end:right]):
        right = end  # "泰国普吉岛", "智利阿塔卡马": the country, then the region
    return start - left >= _HAN_PIECE_RUN or right - end >= _HAN_PIECE_RUN


def _latin_or_cyrillic(word: str) -> bool:
    return all("LATIN" in (n := unicodedata.name(ch, "")) or "CYRILLIC" in n for ch in word if ch.isalpha())

_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=4)
def _letter_words(text: str) -> tuple[tuple[str, ...], dict[str, list[int]]]:
    """The runs of letters of ``text`` (``_LETTERS``) and, by their fold, the positions of those that fold to it
    (ascending; read-only: kept for the last texts). The strict :meth:`Gazetteer.find` reads a text's words again for
    each city it checks (:func:`_common_form_only`, :func:`_inside_longer_place`, :func:`_transliterated_only`: a
    scan and a fold of every word each; perf58: ~40 % of a strict find of a whole dev text)."""
    words = tuple(m.group(0) for m in _LETTERS.finditer(text))
    at: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        at.setdefault(_fold(word), []).append(i)
    return words, at

# Gazetteer.find keeps its answers for texts up to this long, this many at most (a few MB of keys)
_FIND_KEPT_CHARS = 400

_FIND_KEPT_MAX = 8192


class Gazetteer:
    """Countries and large cities by folded name (and by raw CJK name), from the shipped JSON."""

    def __init__(self, names: Mapping[str, str], cjk: Mapping[str, str], labels: Mapping[str, str]):
        self.names = names
        self.cjk = cjk
        self.labels = labels
        self.max_words = max((k.count(" ") + 1 for k in names), default=1)
        # Index for find(): which words open a name (most words of a text open none), and
        # CJK names by their first two characters (a substring test per name was ~13 ms a text).
        # the most words of a name each first word opens: find() joins no longer run after it (most open only
        # one-word names; joining up to max_words words at each was a fifth of find's time, perf41); its keys
        # are the words that open a name (:attr:`_first_words`)
        self._longest: dict[str, int] = {}
        for k in names:
            first, words = k.split(" ", 1)[0], k.count(" ") + 1
            if words > self._longest.get(first, 0):
                self._longest[first] = words
        self._cjk_by_start: dict[str, list[str]] = {}
        for name in cjk:
            self._cjk_by_start.setdefault(name[:2], []).append(name)
        # find()'s answers for short texts (a word, a run of names, an opening), each a copy of the kept set: the
        # rules of one text ask about the same words and runs again (3,015 finds of 100 dev pairs, 1,655 of them
        # new; perf48, issue 16). The tables are read-only after loading; cleared when full.
        self._found: dict[tuple[str, str | None, bool], frozenset[str]] = {}

    @classmethod
    def load(cls, path: str | Path | None = None) -> Gazetteer:
        """The gazetteer in ``path``, or the shipped one: a new object each call (its own :meth:`find` answers)
        over tables read once per process and file (read-only after loading: reading the JSON and indexing it
        cost ~33 ms a call, ~340 calls in tests/report + tests/similarity; suite50). Raises ModelError when the
        shipped file is missing."""
        if path is None and cls is Gazetteer:
            return _shipped_gazetteer()
        return _data_json(GAZETTEER_FILE, path, lambda data: cls(data["names"], data["cjk"], data["labels"]))

    def find(self, text: str, folded: str | None = None, *, strict: bool = False) -> set[str]:
        """Ids of places named in ``text`` (country ISO code or city geoname id). ``strict``: no country
        that only a region's compound name holds ("Emilia-Romania", "New Jersey", "Guinea-Bissau":
        :meth:`_region_masked`), no city that is an Arabic common word ("خبراء" experts, "الخبر" the news:
        Khobar); the reasons and the verdict's place rule read the difference as no place of the text
        (:func:`_analyse`), the place features stay as trained (their check subset holds "New Jersey").
        Either way a city read only from a word that is also a common word of its script ("سيول", torrents:
        Seoul) needs evidence (:func:`_evidenced`; trial57 F5: the word dragged an ar–en pair of one flood
        apart)."""
        short = len(text) <= _FIND_KEPT_CHARS
        if short:
            kept = self._found.get((text, folded, strict))
            if kept is not None:
                return set(kept)
        found = self._find(text, folded, strict)
        if short:
            if len(self._found) >= _FIND_KEPT_MAX:
                self._found.clear()
            self._found[text, folded, strict] = frozenset(found)
        return found

    def _find(self, text: str, folded: str | None, strict: bool) -> set[str]:
        """:meth:`find`, computed."""
        found: set[str] = set()
        pending: dict[str, str] = {}  # cities read only from a word that is also a common word (features too)
        masked = None
        if strict:
            masked = self._region_masked(_ARABIC_HAMZA.sub("0", text) if "\u0621" in text else text)
            if masked is not None:
                folded = _fold(masked)
        folded = folded if folded is not None else _fold(text)
        words = folded.split()
        if "gh" in folded:  # only a word with "gh" can change (:meth:`_arabic_g`): the others kept as they are
            words = [self._arabic_g(w) for w in words]
        covered = 0  # strict: words before this belong to a country's longer name ("guinea bissau": no Guinea)
        arabic = strict and _ARABIC_LETTER.search(text) is not None  # asked once, not at each key
        longest = self._longest
        read: dict[str, list[tuple[int, int]]] = {}  # strict: place -> the runs (start, words) it was read from
        # strict: key -> whether the text passes its checks, which depend on the key and the text only (a key's
        # words fix its length): asked at each occurrence, a paragraph naming one city 1,300 times was quadratic
        passed: dict[str, bool] = {}
        for i, word in enumerate(words):
            if word not in longest:
                continue
            for n in range(min(longest[word], len(words) - i), 0, -1):
                key = " ".join(words[i : i + n])
                if key in self.names and i >= covered:
                    if strict and key not in passed:  # (each key's text checks once: they read the whole text)
                        passed[key] = not (key in _common_word_keys()
                                           or self.names[key].startswith("c") and _fold(self.labels.get(self.names[key], "")) != key
                                           and _transliterated_only(text, key, n)
                                           or arabic and _arabic_unspelled(text, key, n, self)
                                           or self.names[key].startswith("c") and self._common_or_inside(text, key, n))
                    if strict and not passed[key]:
                        continue
                    if key in _evidence_word_keys() and self.names[key].startswith("c") \
                            and not any(_latin_or_cyrillic(w) for w in _LETTERS.findall(text) if _fold(w) == key):
                        pending[self.names[key]] = key
                        continue
                    found.add(self.names[key])
                    if strict:
                        read.setdefault(self.names[key], []).append((i, n))
                    if strict and n > 1 and not self.names[key].startswith("c"):
                        covered = i + n  # a city's ("Mexico City") still names its country
        if read:
            found -= self._inside_longer_names(masked if masked is not None else text, words, read)
        if _CJK_CHAR.search(text, 0, 200) is not None:  # any(_is_cjk(ch) for ch in text[:200])
            starts = self._cjk_by_start
            spans = [(i, i + len(name), name) for i in range(len(text) - 1) for name in starts.get(text[i : i + 2], ())
                     if text.startswith(name, i)]
            for i, end, name in spans:
                if _whole_cjk_name(text, i, end) and not (
                        strict and _han_name_piece(text, i, end, spans, not self.cjk[name].startswith("c"))):
                    found.add(self.cjk[name])
        return found | _evidenced(text, pending, found) if pending else found

    def _inside_longer_names(self, text: str, words: Sequence[str], read: Mapping[str, Sequence[tuple[int, int]]]) -> set[str]:
        """The places of ``read`` (place -> the runs of ``words``, ``text`` folded, it was read from) that the text names
        only inside a longer name of a place of another country, written as a name: "New York" holds York (GB), "South
        Carolina" and "Carolina del Sur" Carolina (PR), "Northern Ireland" Ireland, "Benin City" Benin, "Santiago de Cuba"
        Santiago (CL), "Нью-Йорк" York (places70 probes; stop 70's wider attempt was dropped, break70p). The longer name is
        a name of the gazetteer the strict find read (a city's, a country's) or a region's of two words or more
        (data/region-countries.json, region-exonyms.json), the longest at its start, every word of it capitalised but a
        lower-case joiner inside ("del", "upon", "y") and the words joined by spaces, a hyphen or an apostrophe only:
        "new Mexico tariffs", "east London", "In Rabat, Malta's minister" hold nothing (:func:`_written_as_name`). Not
        held: a capital inside a two-word city's name ("East London" in a British text is London's, "East Jerusalem"
        Jerusalem's), a territory or its capital inside its own region's name ("Hong Kong SAR": :func:`_territory_regions`;
Carolina, PR, is still no place of "South Carolina"). Linear in the
        places read: only the starts a few words before a run are tried."""
        regions, region_longest, most = _longer_region_names()
        countries = _city_countries()

        def country(place: str) -> str | None:
            return place if not place.startswith("c") else countries.get(place)

        # the gazetteer's names the find read, by start: (words, country, a two-word city's name)
        names: dict[int, list[tuple[int, str | None, bool]]] = {}
        for place, runs in read.items():
            for i, n in runs:
                if n > 1:
                    names.setdefault(i, []).append((n, country(place), n == 2 and place.startswith("c")))
        inner: dict[int, set[int]] = {}  # start -> the words of the runs read there
        for runs in read.values():
            for j, m in runs:
                inner.setdefault(j, set()).add(m)

        def holds_a_run(i: int, n: int) -> bool:
            return any(j + m <= i + n and (j, m) != (i, n) for j in range(i, i + n) for m in inner.get(j, ()))

        longer: dict[int, tuple[int, str | None, bool]] = {}  # start -> (words, country, a two-word city's name)
        sources: Sequence[tuple[int, int, str] | None] | None = None
        for i in sorted({s for j in inner for s in range(max(0, j - most + 1), j + 1)} | set(names)):
            ends = list(names.get(i, ()))
            for n in range(min(region_longest.get(words[i], 0), len(words) - i), 1, -1):
                if (c := regions.get(" ".join(words[i : i + n]))) is not None:
                    ends.append((n, c, False))
            if not ends:
                continue
            for n, c, city in sorted(ends, key=lambda e: -e[0]):
                if not holds_a_run(i, n):
                    break  # nor does a shorter name at this start
                if sources is None:
                    sources = _folded_sources(text, len(words))
                    if len(sources) != len(words):
                        return set()  # the text's words and its folded words do not line up: read as before
                if _written_as_name(text, sources[i : i + n], words[i : i + n]):
                    longer[i] = (n, c, city)
                    break  # the longest name written as one at this start
        if not longer:
            return set()
        capitals, territories = _capital_ids(), _territory_regions()

        reach = max(n for n, _, _ in longer.values())

        def held(place: str, j: int, m: int) -> bool:
            c = country(place)
            whole = not place.startswith("c") or place in capitals  # the territory, or its capital ("Hong Kong")
            return any(j + m <= i + n and (i, n) != (j, m) and c != lc and not (whole and (lc, c) in territories)
                       and not (city and place in capitals)
                       for i in range(max(0, j - reach + 1), j + 1) if i in longer for n, lc, city in (longer[i],))

        return {place for place, runs in read.items() if all(held(place, j, m) for j, m in runs)}

    def _common_or_inside(self, text: str, key: str, n: int) -> bool:
        """A city's key that the text spells only as an inflected common word ("Türen": Turin) or only
        inside a longer name of another place ("Петропавловске-Камчатском": Petropavl)."""
        label = self.labels.get(self.names[key], "")
        return (n == 1 and _fold(label) != key and _common_form_only(text, key)
                or _inside_longer_place(text, key, n, label))

    def _arabic_g(self, word: str) -> str:
        """A folded Arabic word with غ ("gh") as GeoNames' Persian-style names write گ ("g"), when only that
        spelling is a key: "أورنبورغ" (wrnbwrgh) is Orenburg's "wrnbwrg" (final41 #7: Orenburg was not read).
        An Arabic word folds without vowels (no a, e, i, o, u), a Latin one with gh has them ("high")."""
        if "gh" not in word or word in self._first_words or any(v in word for v in "aeiou"):
            return word
        plain = word.replace("gh", "g")
        return plain if plain in self._first_words else word

    @property
    def _first_words(self) -> Mapping[str, int]:
        """The words that open a name (membership only; one table with :attr:`_longest`, so the shipped
        gazetteer's pickle, read by every process, holds them once)."""
        return self._longest

    @cached_property
    def word_cities(self) -> Mapping[str, str]:
        """Cities whose own one-word name (the label, as written) the gazetteer does not key, label -> id:
        names the gazetteer's build left out as far more often words or people's names ("Nice", "Mobile",
        "Florence", "Vladimir": scripts/train_similarity.py NOT_PLACES) or as shorter than its keys ("Qom",
        "Ufa"). A label of two such cities ("Victoria", "Hamilton") names neither. :func:`_word_cities` reads
        them where the writing shows a place."""
        counts = Counter(label for pid, label in self.labels.items() if pid.startswith("c"))
        return {label: pid for pid, label in self.labels.items()
                if pid.startswith("c") and counts[label] == 1 and len(label) >= 3 and label.isalpha()
                and label[:1].isupper() and _fold(label) not in self.names}

    @cached_property
    def openings(self) -> frozenset[str]:
        """The first two words of the folded names of two words or more ("new york" of "new york city")."""
        return frozenset(" ".join(k.split(" ", 2)[:2]) for k in self.names if " " in k)

    def _region_masked(self, text: str) -> str | None:
        """``text`` with the country word of a region's compound name blanked, or None when it has
        none: "Emilia-Romania" (Polish for Emilia-Romagna), "New Mexico", "Nowa Gwinea" name no
        Romania, Mexico or Guinea (final29: a Polish report of Italy's floods read as set in Romania).
        A country joined by a hyphen to a capitalised word that is no place itself, or after "New"
        in any language, unless the whole run is a name of the gazetteer ("Papua-Nowa Gwinea",
        "Nouvelle-Calédonie"); "Israel-Gaza", "Russia-Ukraine" and "Ukraine-Krieg" keep their countries."""
        if "-" not in text and not _NEW_WORD.search(text):
            return text if "0" in text and _HAMZA_KEPT.search(text) else None
        words = list(_LETTERS.finditer(text))
        spans = []
        for prev, word in itertools.pairwise(words):
            sep = text[prev.end() : word.start()]
            if sep != "-" and sep != " ":
                continue  # neither a hyphen's run nor "New"'s: not folded (perf58)
            first = _fold(prev.group())
            if not (sep == "-" and prev.group()[:1].isupper() and prev.group()[1:].islower()
                    and first not in self.names or sep in ("-", " ") and first in _NEW_FOLDED):
                continue
            place = self.names.get(_fold(word.group()))
            if place is None or place.startswith("c") or not word.group()[:1].isupper():
                continue
            tail = _fold(text[max(0, prev.start() - 80) : word.end()]).split()
            if any(" ".join(tail[-n:]) in self.names for n in range(2, min(self.max_words, len(tail)) + 1)):
                continue  # the whole run is a name: "Papua-Nowa Gwinea", "Nouvelle-Calédonie"
            spans.append(word.span())
        if not spans:
            return text if "0" in text and _HAMZA_KEPT.search(text) else None
        out, at = [], 0
        for start, end in spans:
            out += [text[at:start], "_" * (end - start)]
            at = end
        return "".join(out) + text[at:]


@cache
def _longer_region_names() -> tuple[dict[str, str], dict[str, int], int]:
    """(the folded names of two words or more of countries' first-level subdivisions -> country, as
    :func:`~storylens.similarity._openings._regions` reads them: "new york" -> US; each first word -> the most words of
    a name it opens; the most words of any)."""
    from ._openings import _regions

    names = {k: c for k, c in _regions()[0].items() if " " in k}
    longest: dict[str, int] = {}
    for k in names:
        first, n = k.split(" ", 1)[0], k.count(" ") + 1
        longest[first] = max(n, longest.get(first, 0))
    return names, longest, max(longest.values(), default=1)


@cache
def _territory_regions() -> frozenset[tuple[str, str]]:
    """(country, territory) of data/region-exonyms.json "territory_regions": a region of the country that is the
    territory itself ("Hong Kong SAR": CN, HK)."""
    raw: dict = _data_json("region-exonyms.json").get("territory_regions", {})
    return frozenset((country, t) for country, territories in raw.items() for t in territories)


@cache
def _capital_ids() -> frozenset[str]:
    """The gazetteer ids of the cities that are their country's capital (data/place-capitals.json)."""
    return _data_json("place-capitals.json", None, lambda data: frozenset(data["capitals"]))

# lower-case words a place's name writes between its capitalised words ("Carolina del Sur", "Kingston upon Hull",
# "Castilla y León", "Port of Spain", "Santiago de los Caballeros", "Boulogne-sur-Mer")
_NAME_JOINERS = frozenset({"of", "the", "and", "upon", "on", "de", "del", "della", "delle", "dei", "di", "da", "do", "dos",
                           "das", "du", "des", "la", "las", "los", "le", "les", "el", "y", "e", "i", "et", "und", "am",
                           "an", "im", "na", "sur", "der", "von"})

# what joins the words of a name: spaces, a hyphen, an apostrophe ("New York", "Нью-Йорк", "Côte d'Ivoire"); a comma,
# full stop or line break ends the name ("In Rabat, Malta's minister", "Paris, Texas")
# Spaces, or one hyphen or apostrophe with no space: a spaced dash is a dateline's or a headline's break, not part of
# a name ("RABAT - Malta's foreign minister", "JERSEY - City officials": break71p HIGH, Rabat and Jersey were lost)
_NAME_SEPARATOR = re.compile(r"[ \u00a0]{1,2}|['’\-‐‑]")

_ALNUM_RUN = re.compile(r"[^\W_]+")


@lru_cache(maxsize=4)
def _folded_sources(text: str, count: int) -> tuple[tuple[int, int, str] | None, ...]:
    """For each of the ``count`` words of ``_fold(text)``, the (start, end) in ``text`` of the run of letters and digits it folds from and
    the word: the folding is character by character, so the runs folded one by one make the text's folded words, but
    where a character outside the runs folds to letters ("N°5" -> "ndeg5"): then each run between spaces is folded
    whole, and a run that folds to other words than its pieces gives None for each of its words."""
    out: list[tuple[int, int, str] | None] = []
    for run in _ALNUM_RUN.finditer(text):
        out.extend((run.start(), run.end(), part) for part in _fold(run.group()).split())
    if len(out) == count:
        return tuple(out)
    out = []
    for token in re.finditer(r"\S+", text):
        parts = _fold(token.group()).split()
        runs = [(run, part) for run in _ALNUM_RUN.finditer(token.group()) for part in _fold(run.group()).split()]
        if [part for _, part in runs] == parts:
            out.extend((token.start() + run.start(), token.start() + run.end(), part) for run, part in runs)
        else:
            out.extend([None] * len(parts))
    return tuple(out)


def _written_as_name(text: str, sources: Sequence[tuple[int, int, str] | None], words: Sequence[str]) -> bool:
    """Whether the runs of ``text`` at ``sources`` (a longer place name's folded ``words``, :func:`_folded_sources`) are
    written as a name: each capitalised in its script ("New York", "Нью-Йорк", "NEW YORK"; no word of a script without
    case), but a lower-case joiner between two ("Carolina del Sur"), and one separated from the next only by spaces, a
    hyphen or an apostrophe (:data:`_NAME_SEPARATOR`)."""
    if any(s is None or s[2] != w for s, w in zip(sources, words, strict=True)):
        return False  # not lined up with the folded words
    spans = list(dict.fromkeys(s[:2] for s in sources if s is not None))  # "Нью" folds to "n yu": one run
    for k, (start, end) in enumerate(spans):
        word = text[start:end]
        if not (word[:1].isupper() or 0 < k < len(spans) - 1 and word in _NAME_JOINERS):
            return False
        if k and not _NAME_SEPARATOR.fullmatch(text, spans[k - 1][1], start):
            return False
        if k and len(word) == 1 and text[spans[k - 1][1]:start] in ("'", "’"):
            return False  # a possessive's "S" ("SAINT LUCIA'S PRIME MINISTER"; break71p): no word of a name
    return True


def _unelided(word: str) -> str:
    """A word without an elided article or preposition of one or two letters glued to it: "l'Olympique" ->
    "Olympique", "l'incendie" -> "incendie", "qu'Arsenal" -> "Arsenal"."""
    return _ELIDED.sub("", word) if "'" in word or "’" in word else word  # no sub without an apostrophe (_ELIDED)

_ELIDED = re.compile(r"^[^\W\d_]{1,2}['’]")


@cache
def _of_words() -> frozenset[str]:
    """Prepositions that also join a name to its owner ("de", "di", "of", "von"): after them a titled
    person's surname is still the person ("una victoria de Montenegro")."""
    from ..analysis.entities import (
        COUNTRY_LINKS as _COUNTRY_LINKS,  # the words between a noun and the name it belongs to
    )

    return frozenset(_COUNTRY_LINKS)


def _titled(before: Sequence[str], langs: Sequence[str]) -> bool:
    """The words ``before`` a given name end with a title or role word of one of ``langs`` (text/data:
    "ministro", "Minister", "Regierungschef", "Başbakan"), or with one and its portfolio ("ministra de
    Trabajo", "Minister of Labour")."""
    from ..analysis.entities import titled_words as _titled_words  # the entity rules' reading of titles

    return any(_titled_words(before, lg) for lg in langs)


def _surname_after(text: str, word: re.Match[str], nxt: re.Match[str], gazetteer: Gazetteer, lang: str | None) -> bool:
    """``nxt`` reads as the surname after a place-named given name: a capitalised word right after
    it (one space), neither a place nor a word the language's lexicon knows in lower case
    ("Tohá", "Williams"; not "Washington Post", "Santiago Police", "Santiago Chile")."""
    after = nxt.group()
    if not after[:1].isupper() or text[word.end() : nxt.start()] != " " or _fold(after) in gazetteer.names:
        return False
    if after.lower() in _COMMON_INITIAL or len(after) < 3 or after.isupper():
        return False
    from .._cache import is_known, lemmatize  # simplemma, answered from disk when asked before

    # A language simplemma has no lexicon for (Chinese, Arabic: it raises) reads a Latin name as English.
    code = base(lang)
    code = code if code in TEXT_LANGUAGES and code in LEMMA_LANGUAGES else "en"
    # A word the lexicon knows only as a name (Polish "kaczyński", lemma "Kaczyński") is still a surname:
    # "Jarosław Kaczyński" read "different places: … vs Yaroslavl" (final32 #9)
    return not (is_known(after.lower(), code) and lemmatize(after.lower(), code).islower())


@cache
def _city_countries() -> dict[str, str]:
    """Gazetteer city id -> ISO country code (data/place-countries.json, built from GeoNames by
    scripts/build_place_countries.py)."""
    return _data_json("place-countries.json", None, lambda data: dict(data["countries"]))


def _place_countries_of(ids: AbstractSet[str]) -> frozenset[str]:
    """The countries of gazetteer places: a country is its own, a city its country's."""
    cities = _city_countries()
    return frozenset(c for p in ids if (c := p if len(p) == 2 and p.isupper() else cities.get(p)))

_SHIPPED_GAZETTEER: dict[tuple[int, int], Gazetteer] = {}  # the shipped file's (size, time) -> its tables, indexed


def _shipped_gazetteer(*, reread: bool = False) -> Gazetteer:
    """A new :class:`Gazetteer` over the shipped file's tables, read once per process (again when the file is
    replaced: scripts/train_similarity.py --gazetteer), with an empty :meth:`~Gazetteer.find` memo. The tables
    come indexed from the derived tables (``storylens._cache.derived``, built by ``storylens setup`` or on
    first use: reading the JSON and indexing it cost ~31 ms of every fresh comparison, beside the report's
    own read of that pickle, issue 16). ``reread=True`` reads them from disk even when this process holds
    them (``storylens setup`` writes them into its target so). Raises ModelError when the file is missing."""
    here = Path(__file__).resolve().parent
    shipped = here.parent / "data" / GAZETTEER_FILE
    try:
        stat = shipped.stat()
    except OSError:
        stat = None
    key = (stat.st_size, stat.st_mtime_ns) if stat is not None else None
    template = _SHIPPED_GAZETTEER.get(key) if key is not None and not reread else None
    if template is None:
        if key is None:
            template = _read_shipped_gazetteer()  # ModelError: the file is missing
        else:
            from .._cache import derived

            # keyed on this package's code too: the pickle holds the indexes Gazetteer builds (its word_cities folded by
            # anyascii, whose version is in the key: break66s)
            template = derived("gazetteer", _read_shipped_gazetteer, files=[*sorted(here.glob("*.py")), shipped],
                               libraries=("anyascii",))
        if key is not None:
            _SHIPPED_GAZETTEER.clear()
            _SHIPPED_GAZETTEER[key] = template
    fresh = copy.copy(template)  # the tables and indexes shared, read-only
    fresh._found = {}
    return fresh


def _read_shipped_gazetteer() -> Gazetteer:
    """The shipped file's tables, read and indexed (:attr:`Gazetteer.openings` and :attr:`Gazetteer.word_cities`
    too, shared by the copies: the latter folds 4,300 labels, ~5 ms of a comparison that reads a place)."""
    # ModelError when missing, DataFileError when damaged
    gazetteer = _data_json(GAZETTEER_FILE, None, lambda data: Gazetteer(data["names"], data["cjk"], data["labels"]))
    gazetteer.openings  # noqa: B018 - computed once here, shared by the copies
    gazetteer.word_cities  # noqa: B018
    return gazetteer
