"""Chinese person and place names read by sound into Latin pinyin and Russian Palladius spelling.

A Chinese name of its own (王建国, 李敏, 上海) is written by every other language by the sound of its
syllables, not by its consonants: Latin reports write pinyin (Wang Jianguo, Li Min, Shanghai), Russian
ones the Palladius system (Ван Цзяньго, Ли Минь, Шанхай). The readings come from anyascii (toneless
pinyin, one reading per character) and the table of ``text/data/pinyin_names.json`` (surnames read
otherwise than the everyday word, compound surnames, the Palladius initials and finals). Used by entity
linking (storylens.analysis.entities) to link such names across scripts (trial53 F4).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import product
from pathlib import Path

from anyascii import anyascii

from .._datafile import read_json
from ._codes import base

__all__ = ["chinese_compound_surname", "chinese_compound_surnames", "chinese_name_match", "chinese_place_match",
           "han_lookup_form", "hangul_chinese_name", "hangul_common_word", "hangul_place_match", "hangul_reading", "latin_hangul_match", "palladius",
           "pinyin_syllables", "place_syllables"]

_DATA = Path(__file__).resolve().parent / "data" / "pinyin_names.json"
_HAN_ONLY = re.compile("[\u4e00-\u9fff]{2,4}")
_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s")
# Russian case endings a Chinese name may take in running text: after a consonant (Шанхая is Шанхай's
# genitive, Си Цзиньпина Си Цзиньпин's), with the soft sign or й dropped before them.
_HARD_ENDINGS = ("а", "у", "ом", "е", "ым")
_SOFT_ENDINGS = ("я", "ю", "ем", "е", "и", "ём")


@lru_cache(maxsize=1)
def _table() -> dict:
    return read_json(_DATA)  # a damaged file: one error naming it (robust75 R1)


_HANT = Path(__file__).resolve().parent / "data" / "zh_hant_chars.json"


@lru_cache(maxsize=1)
def _hant_table() -> dict[int, int]:
    """Traditional character -> Simplified one; a damaged file is one error naming it (str.maketrans raises a
    ValueError for two strings of unequal length, a TypeError for others)."""
    return read_json(_HANT, lambda raw: str.maketrans(raw["traditional"], raw["simplified"]))


def han_lookup_form(text: str, language: str | None) -> str:
    """``text`` as the Chinese word lists are looked up in it: a Chinese (``language`` "zh", "zh-Hant", "zh-TW")
    text's Traditional characters as Simplified ones, one character for one (text/data/zh_hant_chars.json), so
    spans found in the result are the text's and each list, written in Simplified characters, reads both scripts
    ("預計未來三天" holds "未来", future, no denial; "沒收", confiscate, is "没收"; fieldcases78 z6). Any other
    language's text is returned as it is: Japanese writes "週一回" (once a week) and "無" in its own forms."""
    if not text or base(language) != "zh":
        return text
    return text.translate(_hant_table())


def pinyin_syllables(han: str, surname: int = 0) -> list[str]:
    """The toneless pinyin syllables of ``han``, one per character, lower-case (anyascii); the first
    ``surname`` characters read as a surname ("曾" -> "zeng", not the everyday "ceng"; a compound surname's
    two characters give one syllable each)."""
    readings = _table()["surname_readings"]
    head = han[:surname]
    out: list[str] = []
    if head in readings and len(head) == 1:
        out.append(readings[head])
    else:
        out += [anyascii(c).lower() for c in head]
    return out + [anyascii(c).lower() for c in han[surname:]]


def place_syllables(han: str) -> list[str]:
    """The toneless pinyin syllables of a Chinese place name ``han``, one per character: a character read
    otherwise in a place name than anyascii's first reading takes its place reading (text data
    "place_readings": 重庆 -> chong qing, not zhong qing; 成都 -> cheng du; 厦门 -> xia men), a whole name of
    the table first (六安 -> lu an), longest first; every other character as :func:`pinyin_syllables` reads it."""
    readings = _table()["place_readings"]
    longest = max(map(len, readings))
    out: list[str] = []
    pos = 0
    while pos < len(han):
        size = next((n for n in range(min(longest, len(han) - pos), 0, -1) if han[pos : pos + n] in readings), 0)
        if size:
            out += readings[han[pos : pos + size]].split()
            pos += size
        else:
            out.append(anyascii(han[pos]).lower())
            pos += 1
    return out


def _initial_final(s: str) -> tuple[str, str]:
    """A pinyin syllable's initial ("" for none) and final: "qiang" -> ("q", "iang"), "zhi" -> ("zh", "i")."""
    initial = next((i for i in _INITIALS if s.startswith(i) and len(s) > len(i)), "")
    return initial, s[len(initial):]


def _syllable(s: str) -> tuple[str, ...]:
    t = _table()
    if s in t["palladius_whole"]:
        return tuple(t["palladius_whole"][s])
    initial, final = _initial_final(s)
    cyr_initial = t["palladius_initials"].get(initial, "")
    if final == "i" and initial in t["palladius_after_sibilant_i"]:
        return (cyr_initial + t["palladius_after_sibilant_i"][initial],)
    if initial in ("j", "q", "x") and final in t["palladius_after_jqx_u"]:
        return tuple(cyr_initial + f for f in t["palladius_after_jqx_u"][final])
    finals = t["palladius_finals"].get(final)
    if finals is None:
        return ()
    return tuple(cyr_initial + f for f in finals)


def palladius(syllables: list[str]) -> tuple[str, ...]:
    """Every Palladius spelling of pinyin ``syllables`` joined into one lower-case word (["jian", "guo"]
    -> ("цзяньго",)); () when a syllable is not pinyin. Some finals have two usual spellings (hui хуэй /
    хуй, uo о / уо), so a name may have more than one."""
    options = [_syllable(s) for s in syllables]
    if not all(options):
        return ()
    return tuple("".join(p) for p in product(*options))


_CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_JUNGSEONG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_JONGSEONG = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"
# after ㅈ ㅉ ㅊ a y-glide vowel is written without its glide (쟈 -> 자): the transcription's rule
_UNGLIDED = str.maketrans("ㅑㅒㅕㅖㅛㅠ", "ㅏㅐㅓㅔㅗㅜ")
_HANGUL_ONLY = re.compile("[\uac00-\ud7a3]+")


def _compose(parts: list[str], initial: str) -> str:
    """Hangul syllables of ``parts`` (each an optional initial jamo, a vowel jamo, an optional final jamo;
    "ㅏㄴ", "ㄹㅟ"); a part with no initial takes ``initial`` if first, else the silent ㅇ."""
    out = []
    for k, part in enumerate(parts):
        lead = part[0] if part[0] in _CHOSEONG else (initial if k == 0 else "ㅇ")
        rest = part[1:] if part[0] in _CHOSEONG else part
        vowel, coda = rest[0], rest[1:]
        if k == 0 and lead in "ㅈㅉㅊ":
            vowel = vowel.translate(_UNGLIDED)
        code = (_CHOSEONG.index(lead) * 21 + _JUNGSEONG.index(vowel)) * 28 + (_JONGSEONG.index(coda) if coda else 0)
        out.append(chr(0xAC00 + code))
    return "".join(out)


def _hangul_syllable(s: str) -> tuple[str, ...]:
    t = _table()
    if s in t["hangul_whole"]:
        return tuple(_compose(parts, "ㅇ") for parts in t["hangul_whole"][s])
    initial, final = _initial_final(s)
    jamo = t["hangul_initials"].get(initial, "ㅇ")
    if final == "i" and initial in t["hangul_after_sibilant_i"]:
        return (_compose(["ㅡ"], jamo),)
    parts = t["hangul_after_jqx_u"].get(final) if initial in ("j", "q", "x") else None
    parts = parts or t["hangul_finals"].get(final)
    return (_compose(parts, jamo),) if parts else ()


def hangul_reading(syllables: list[str]) -> tuple[str, ...]:
    """Every Hangul spelling of pinyin ``syllables`` by the Korean transcription of Mandarin, as one word
    (["li", "guo", "qiang"] -> ("리궈창",), ["yan", "cheng"] -> ("옌청",)); () when a syllable is not pinyin.
    lu / nu have two (anyascii writes lü as lu)."""
    options = [_hangul_syllable(s) for s in syllables]
    if not all(options):
        return ()
    return tuple("".join(p) for p in product(*options))


@lru_cache(maxsize=1)
def _pinyin_inventory() -> dict[str, tuple[str, ...]]:
    """Every toneless pinyin syllable the Hangul tables spell (an initial and a final, or a whole syllable) ->
    its Hangul spellings."""
    t = _table()
    bare = ("a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "er")  # a final with no initial: an, ou
    # o follows only b p m f (bo, mo); duo, zhuo are uo
    syllables = {*t["hangul_whole"], *bare, *(i + f for i in t["hangul_initials"] for f in t["hangul_finals"]
                                              if f != "o" or i in ("b", "p", "m", "f"))}
    return {s: r for s in syllables if (r := _hangul_syllable(s))}


@lru_cache(maxsize=1)
def _hangul_syllable_readings() -> tuple[frozenset[str], frozenset[str]]:
    """(the Hangul spellings of one pinyin syllable: 창, 자오, 웨이; of a Chinese surname, simple or compound:
    왕, 자오, 어우양), from zh's surname table and the compound surnames."""
    from . import profile

    one = frozenset(r for rs in _pinyin_inventory().values() for r in rs)
    surnames = [*profile("zh").surnames, *_table()["compound_surnames"]]
    readings = frozenset(r for s in surnames for r in hangul_reading(pinyin_syllables(s, len(s))))
    return one, readings


@lru_cache(maxsize=1)
def _korean_common_words() -> frozenset[str]:
    """Korean words that are no one's name (ko text data: "titles", native_names "person_titles" and
    "not_names", which holds the pronouns 우리, 저희; spaCy's Korean stop words)."""
    from . import profile, stop_words

    ko = profile("ko")
    nn = ko.native_names
    return frozenset({*ko.titles, *nn.person_titles, *nn.not_names, *stop_words("ko")})


def hangul_common_word(word: str) -> bool:
    """Whether a Hangul word is a common word of Korean that names no one (:func:`_korean_common_words`)."""
    return word in _korean_common_words()


def hangul_chinese_name(word: str) -> bool:
    """Whether a Hangul word reads as a Chinese name by the Korean transcription: a Chinese surname's spelling
    (왕, 자오, 어우양) then one or two syllables' (리신, 창, 밍), two to five Hangul syllables in all, and no
    common word of Korean's own (a title, a pronoun: 장관 minister, 후보 candidate, 우리 we read as 张关, 胡博, 吕日;
    break48 F12)."""
    if not _HANGUL_ONLY.fullmatch(word) or not 2 <= len(word) <= 5 or word in _korean_common_words():
        return False
    one, surnames = _hangul_syllable_readings()

    def given(rest: str, parts: int) -> bool:
        if not rest:
            return parts > 0
        return parts < 2 and any(rest[:n] in one and given(rest[n:], parts + 1) for n in (1, 2))

    return any(word[:n] in surnames and given(word[n:], 0) for n in (1, 2, 3))


@lru_cache(maxsize=4096)
def _pinyin_splits(word: str) -> tuple[tuple[str, ...], ...]:
    """Every way a lower-case Latin word splits into pinyin syllables ("weiming" -> (("wei", "ming"),); "xian" ->
    (("xi", "an"), ("xian",))); () when none."""
    if not word:
        return ((),)
    inventory = _pinyin_inventory()
    return tuple((word[:n], *tail) for n in range(1, min(6, len(word)) + 1) if word[:n] in inventory
                 for tail in _pinyin_splits(word[n:]))


@lru_cache(maxsize=4096)
def _latin_hangul_readings(latin: str) -> dict[str, str]:
    """Every Hangul spelling of a Latin name read as pinyin (one or two words, surname first or last; two
    syllables at least) -> the syllables it reads, space-separated; {} when no split fits."""
    words = [_fold_latin(w) for w in _tokens(latin)]
    if not words or len(words) > 2 or any(not re.fullmatch("[a-z]+", w) for w in words):
        return {}
    out: dict[str, str] = {}
    for order in ([words] if len(words) == 1 else [words, words[::-1]]):
        for split in product(*(_pinyin_splits(w) for w in order)):
            syllables = [s for part in split for s in part]
            if len(syllables) >= 2:
                for reading in hangul_reading(syllables):
                    out.setdefault(reading, " ".join(syllables))
    return out


def latin_hangul_match(latin: str, word: str, suffix: bool = False) -> str | None:
    """Why a Latin name in pinyin (Zhang Weiming, Weiming Zhang, Liu Zhijun; a place of one word: Guangzhou) and
    a Hangul word are one: the word spells its syllables by the Korean transcription of Mandarin, surname
    first (장웨이밍, 류즈쥔, 광저우); with ``suffix`` a place word may carry an administrative suffix in
    Sino-Korean (광저우시, 광둥성). None otherwise; every syllable must agree."""
    if not _HANGUL_ONLY.fullmatch(word):
        return None
    readings = _latin_hangul_readings(latin)
    forms = [word]
    if suffix:
        forms += [word[: -len(x)] for x in set(_table()["hangul_admin_suffixes"].values())
                  if word.endswith(x) and len(word) > len(x) + 1]
    found = next((f for f in forms if f in readings), None)
    return f"Korean reading: {latin} reads {readings[found]} ~ {word}" if found else None


def hangul_place_match(word: str, han: str) -> str | None:
    """Why a Chinese administrative place (盐城市, 响水县, 江苏省: a name of two characters or more and its
    suffix) and one Hangul word are one: the word spells the name by the Korean transcription and the suffix
    in Sino-Korean (옌청시, 샹수이현, 장쑤성) or leaves it out (옌청); None otherwise."""
    if not _HANGUL_ONLY.fullmatch(word) or not re.fullmatch("[\u4e00-\u9fff]{3,8}", han):
        return None
    suffixes = _table()["hangul_admin_suffixes"]
    suffix = next((x for x in sorted(suffixes, key=len, reverse=True) if han.endswith(x) and len(han) - len(x) >= 2), None)
    if suffix is None:
        return None
    syllables = place_syllables(han[: -len(suffix)])
    for head in hangul_reading(syllables):
        if word in (head, head + suffixes[suffix]):
            return f"Korean reading: {han} reads {' '.join(syllables)} ~ {word}"
    return None


def chinese_compound_surname(han: str) -> str:
    """The compound surname (欧阳, 司马; their traditional and Japanese forms 歐陽, 欧陽) a Chinese name of three
    characters or more opens with, or ""."""
    return han[:2] if len(han) >= 3 and han[:2] in _table()["compound_surnames"] else ""


def chinese_compound_surnames() -> tuple[str, ...]:
    """The compound surnames of the table (欧阳, 司马 and their traditional forms)."""
    return tuple(_table()["compound_surnames"])


def _surname_length(han: str) -> int:
    return 2 if chinese_compound_surname(han) else 1


def _fold_latin(word: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return re.sub(r"[\s'’-]+", "", plain).casefold().replace("v", "u")


def _fold_cyrillic(word: str) -> str:
    return re.sub(r"[\s'’-]+", "", word).casefold().replace("ё", "е")


def _cyrillic_fits(word: str, readings: tuple[str, ...]) -> bool:
    """A Cyrillic word is one of ``readings`` or its case form (Шанхая / шанхай, Цзиньпина / цзиньпин)."""
    w = _fold_cyrillic(word)
    for r in readings:
        if w == r:
            return True
        stem = r[:-1] if r[-1:] in "ьй" else r
        endings = _SOFT_ENDINGS if r[-1:] in "ьй" else _HARD_ENDINGS if r[-1:] not in "аеиоуыэюя" else ()
        if any(w == stem + e for e in endings):
            return True
    return False


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"\s+", name.strip()) if t]


def chinese_name_match(other: str, han: str) -> str | None:
    """Why a Chinese person name of its own (2 to 4 Han characters, no dot: 王建国, 欧阳娜娜) and a Latin or
    Cyrillic name of two words or more are one: the surname word spells the surname's syllable(s) and
    the rest spells the given name's, in pinyin for Latin (Wang Jianguo, Jianguo Wang, Li Min) or in
    Palladius for Cyrillic (Ван Цзяньго, Ли Минь, Си Цзиньпина); None otherwise. Every syllable must
    agree, so two people of one surname (王建国 / Wang Lei) never match. A Hangul name may be one word: Korean
    writes a Chinese name by the transcription (李国强 리궈창, 王丽 왕리: :func:`hangul_reading`)."""
    if not _HAN_ONLY.fullmatch(han):
        return None
    korean = other.replace(" ", "")
    words = _tokens(other)
    if len(words) < 2 and not _HANGUL_ONLY.fullmatch(korean):
        return None
    n = _surname_length(han)
    syllables = pinyin_syllables(han, n)
    sur, given = syllables[:n], syllables[n:]
    if _HANGUL_ONLY.fullmatch(korean):
        if korean in hangul_reading(sur + given):
            return f"Korean reading: {han} reads {' '.join(sur + given)} ~ {other}"
        return None
    if re.search("[\u0400-\u04ff]", other):
        if any(not re.fullmatch("[\u0400-\u04ff-]+", w) for w in words):
            return None
        sur_cyr, given_cyr = palladius(sur), palladius(given)
        if not sur_cyr or not given_cyr:
            return None
        head, rest = words[0], "".join(words[1:])
        if _fold_cyrillic(head) in sur_cyr and _cyrillic_fits(rest, given_cyr):
            return f"Palladius reading: {han} reads {' '.join(sur + given)} ~ {other}"
        return None
    if any(not re.fullmatch(r"[A-Za-zÀ-ɏ'’-]+", w) for w in words):
        return None
    sur_key, given_key = "".join(sur).replace("v", "u"), "".join(given).replace("v", "u")
    for head, rest in ((words[0], "".join(words[1:])), (words[-1], "".join(words[:-1]))):
        if _fold_latin(head) == sur_key and _fold_latin(rest) == given_key:
            return f"pinyin reading: {han} reads {' '.join(sur + given)} ~ {other}"
    return None


def chinese_place_match(word: str, han: str) -> str | None:
    """Why a Chinese place name without its suffix (上海 of 上海市) and one Cyrillic word are one: the word is
    the Palladius spelling or its case form (Шанхай, Шанхая); None otherwise. Two syllables at least."""
    if not re.fullmatch("[\u4e00-\u9fff]{2,6}", han) or not re.fullmatch("[\u0400-\u04ff]+", word):
        return None
    syllables = place_syllables(han)
    if _cyrillic_fits(word, palladius(syllables)):
        return f"Palladius reading: {han} reads {''.join(syllables)} ~ {word}"
    return None
