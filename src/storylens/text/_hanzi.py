"""Chinese person and place names read by sound into Latin pinyin and Russian Palladius spelling.

A Chinese name of its own (王建国, 李敏, 上海) is written by every other language by the sound of its
syllables, not by its consonants: Latin reports write pinyin (Wang Jianguo, Li Min, Shanghai), Russian
ones the Palladius system (Ван Цзяньго, Ли Минь, Шанхай). The readings come from anyascii (toneless
pinyin, one reading per character) and the table of ``text/data/pinyin_names.json`` (surnames read
otherwise than the everyday word, compound surnames, the Palladius initials and finals). Used by entity
linking (storylens.analysis.entities) to link such names across scripts (trial53 F4).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from itertools import product
from pathlib import Path

from anyascii import anyascii

__all__ = ["chinese_name_match", "chinese_place_match", "hangul_place_match", "hangul_reading", "palladius",
           "pinyin_syllables"]

_DATA = Path(__file__).resolve().parent / "data" / "pinyin_names.json"
_HAN_ONLY = re.compile("[\u4e00-\u9fff]{2,4}")
_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s")
# Russian case endings a Chinese name may take in running text: after a consonant (Шанхая is Шанхай's
# genitive, Си Цзиньпина Си Цзиньпин's), with the soft sign or й dropped before them.
_HARD_ENDINGS = ("а", "у", "ом", "е", "ым")
_SOFT_ENDINGS = ("я", "ю", "ем", "е", "и", "ём")


@lru_cache(maxsize=1)
def _table() -> dict:
    return json.loads(_DATA.read_text(encoding="utf-8"))


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
    syllables = pinyin_syllables(han[: -len(suffix)])
    for head in hangul_reading(syllables):
        if word in (head, head + suffixes[suffix]):
            return f"Korean reading: {han} reads {' '.join(syllables)} ~ {word}"
    return None


def _surname_length(han: str) -> int:
    return 2 if han[:2] in _table()["compound_surnames"] and len(han) >= 3 else 1


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
    syllables = pinyin_syllables(han)
    if _cyrillic_fits(word, palladius(syllables)):
        return f"Palladius reading: {han} reads {''.join(syllables)} ~ {word}"
    return None
