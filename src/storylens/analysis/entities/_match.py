"""Whether two name forms name one person or thing: token and name similarity, transliteration variants,
sound readings across scripts (Cyrillic, Han, Hangul, Kana), pinyin, surname particles
(part of :mod:`storylens.analysis.entities`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from anyascii import anyascii
from rapidfuzz import fuzz

from ...text import (
    NAME_INFLECTING_LANGUAGES,
    abjad,
    polish_reading,
    ru_stem,
    same_surname,
    script_of,
    sound_match,
    sound_script_readings,
    sound_skeleton,
)
from ...text._hanzi import chinese_name_match
from ._names import (
    _CYRILLIC_RE,
    _NAME_SIM,
    _SURNAME_PARTICLES,
    _SURNAME_SIM,
    _TOKEN_SIM,
    _alphabet,
    _core,
    _strip_accents,
    _suffix,
    _without_initials,
    clean_name,
    is_acronym,
    phonetic_tokens,
)


@dataclass
class _Form:
    text: str
    types: Counter = field(default_factory=Counter)
    sources: set = field(default_factory=set)
    count: int = 0
    first: int = 0
    keys: tuple[str, ...] = ()
    core: tuple[str, ...] = ()  # keys without generational suffixes
    suffix: tuple[str, ...] = ()  # ("#jr",) etc.

    def __post_init__(self) -> None:
        self.core = _core(self.keys)
        self.suffix = _suffix(self.keys)

    @property
    def is_acronym(self) -> bool:
        return is_acronym(self.text)

    @property
    def n_tokens(self) -> int:
        return len(self.core)


def _token_match(a: str, b: str) -> float:
    if a == b:
        return 100.0
    if min(len(a), len(b)) < 4 or a[0] != b[0]:
        return 0.0  # transliteration keeps the first sound: "Anders" is not "Sanders"
    return fuzz.ratio(a, b)


def _name_similarity(ka: Sequence[str], kb: Sequence[str]) -> float | None:
    """Similarity of two same-length phonetic keys, or None when they are different names."""
    scores = [_token_match(x, y) for x, y in zip(ka, kb)]
    if min(scores) < _TOKEN_SIM or scores[-1] < _SURNAME_SIM:
        return None
    mean = sum(scores) / len(scores)
    return mean if mean >= _NAME_SIM else None


def _variant_similarity(fa: _Form, fb: _Form) -> tuple[float, str] | None:
    """(similarity, kind of variant) when two forms spell one name, else None."""
    if fa.suffix != fb.suffix:
        return None
    ca, cb = fa.core, fb.core
    if len(ca) == 1 == len(cb) and len(ca[0]) < 5 and _alphabet(fa.text) != _alphabet(fb.text):
        return None  # one short word in two alphabets: the sound key is too weak ("Lei" / "Леже")
    note = "transliteration variant"
    if len(ca) != len(cb):
        ca, cb = _without_initials(ca), _without_initials(cb)
        note = "same name without middle initial"
        if len(ca) != len(cb):
            return None
    score = _name_similarity(ca, cb)
    return None if score is None else (score, note)


def _same_person_name(fa: _Form, fb: _Form) -> bool:
    """Two full names can be one person: same suffix, surname and first name (or its initial)."""
    if fa.suffix != fb.suffix:
        return False
    scripts = {script_of(fa.text), script_of(fb.text)}
    if chinese_name_match(fa.text, fb.text) or chinese_name_match(fb.text, fa.text):
        return True  # 王建国 / Wang Jianguo / Ван Цзяньго: every syllable read (trial53 F4)
    sound = [bool(_SOUND_SCRIPT_RE.search(f.text)) for f in (fa, fb)]
    if sound[0] != sound[1] and script_of((fb if sound[0] else fa).text) == "latin" \
            and _sound_script_match((fb if sound[0] else fa).text, (fa if sound[0] else fb).text):
        return True  # アントン・ベリチ / 안톤 벨리치 / Anton Belič
    if all(sound) and any(sound_match(a, b) for a in sound_script_readings(fa.text)
                          for b in sound_script_readings(fb.text)):
        return True  # アントン・ベリチ / 안톤 벨리치, both read by sound
    if len(scripts) == 2 and (scripts <= {"latin", "han", "arabic"} or "latin" in scripts and any(abjad(f.text) for f in (fa, fb))) and (
            _skeleton_match(fa.text, fb.text) or _pinyin_match(fa.text, fb.text) or _pinyin_match(fb.text, fa.text)):
        return True  # 朔尔茨 / شولتس / Scholz (王丽 / Wang Li still by the phonetic keys below)
    cyrillic = [bool(_CYRILLIC_RE.search(f.text)) and script_of(f.text) == "other" for f in (fa, fb)]
    if cyrillic[0] != cyrillic[1] and sound[0] != sound[1] and cyrillic[0] == sound[1]:
        # Іван Ткачук / イワン・トカチュク, Лена Варга / 레나 바르가: the Cyrillic name's Latin readings read by sound
        cyr_text, sound_text = (fa.text, fb.text) if cyrillic[0] else (fb.text, fa.text)
        return any(_sound_script_match(r, sound_text) for r in _cyrillic_readings(cyr_text))
    if cyrillic[0] != cyrillic[1]:
        cyr_form, other = (fa, fb) if cyrillic[0] else (fb, fa)
        b = clean_name(other.text)
        readings = _cyrillic_readings(cyr_form.text)
        if any(sound_match(a, b) or _han_full_name_match(a, b) or _pinyin_match(a, b) for a in readings):
            return True  # 哈萨尼 / Игли Хасани: the Chinese spelling read in pinyin  # Арбен Кола / Arben Kola / 阿尔本·科拉: "Кола" keys as "kol", too short for the keys below
        if script_of(other.text) == "latin" and _whole_reading_match(cyr_form.text, other.text):
            return True  # Анджей Дуда / Andrzej Duda: the stem "Дуд" keys too short, the whole reading does not
    return _keys_one_person(fa.core, fb.core)


def same_name(a: str, b: str) -> bool:
    """Whether two written full names (two words or more) can name one person across scripts and case forms, as
    the entity linker's guard reads them (:func:`_same_person_name`): "Ігор Коваленко" / "Ihor Kowalenko",
    "Αλέξανδρος Κολιάδης" / "Alexandros Koliadis", "Ігоря Коваленка" / "Ihor Kovalenko"; not "Петро Коваленко"
    / "Ihor Kowalenko". The similarity verdict of a language the sentence encoder does not read counts such a
    name as one both texts write (:func:`storylens.similarity._openings._shared_full_names`)."""
    fa, fb = _Form(a, keys=phonetic_tokens(a)), _Form(b, keys=phonetic_tokens(b))
    return len(fa.core) >= 2 and len(fb.core) >= 2 and _same_person_name(fa, fb)


def _whole_reading_match(cyrillic: str, latin: str) -> bool:
    """A Cyrillic full name read whole (no case ending cut: :func:`_cyrillic_readings`) keys as the Latin
    full name, as written or as Polish spelling is said: the same surname key and a close first name
    (Анджей Дуда / Andrzej Duda, whose surname has one consonant sound, too few for
    :func:`storylens.text.sound_match`, and whose stem "Дуд" keys too short; trial 17 #9)."""
    whole = _core(phonetic_tokens(_cyrillic_readings(cyrillic)[1]))
    if len(whole) < 2 or len(whole[-1]) < 4:
        return False
    for spelling in dict.fromkeys((latin, polish_reading(latin))):
        core = _core(phonetic_tokens(spelling))
        if len(core) == len(whole) and core[-1] == whole[-1] and _token_match(core[0], whole[0]) >= _TOKEN_SIM:
            return True
    return False


# Case endings of Slavic names as phonetic keys spell them (y reads i, j reads i): what is left of two
# forms of one name after their common stem ("iaroslav|a" / "iaroslav|", "kaksinsk|eho" / "kaksinsk|i",
# "schiler|ove" / "schiler|ova", "kovalsk|iei" / "kovalsk|a").
_CASE_ENDINGS = frozenset({"", "a", "e", "i", "o", "u", "ou", "em", "om", "ovi", "ego", "eho", "emu", "ei", "iei",
                           "ie", "ii", "ia", "iu", "oi", "im", "ym", "ogo", "omu"})
_INFLECTING_LANGUAGES = NAME_INFLECTING_LANGUAGES  # text: the languages that decline names


def _inflected_key(a: str, b: str) -> bool:
    """Two phonetic keys are one word in two cases: a common stem of three letters or more (four when
    a key is as short as its stem) and two case endings (:data:`_CASE_ENDINGS`)."""
    if a == b:
        return True
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    if n < 3 or (n < 4 and n in (len(a), len(b))):
        return False
    return a[n:] in _CASE_ENDINGS and b[n:] in _CASE_ENDINGS


def _inflected_name(ka: Sequence[str], kb: Sequence[str]) -> bool:
    """Two full names' keys are one name in two cases, word by word ("Jaroslava Kaczyńského" / "Jarosław
    Kaczyński", "Aleny Schillerové" / "Alena Schillerová"); the surname must differ by its ending too
    when the given name does ("Jana Nowak" is no case of "Jan Nowak")."""
    if not 2 <= len(ka) == len(kb) <= 3 or tuple(ka) == tuple(kb):
        return False
    if tuple(ka[:-1]) == tuple(kb[:-1]) and same_surname(ka[-1], kb[-1]):
        return True  # a woman's surname form beside its base: "Lucía Ferrerová" / "Lucía Ferrer" (trial59 F19)
    if not all(_inflected_key(x, y) for x, y in zip(ka, kb)):
        return False
    return ka[-1] != kb[-1] or ka[0] == kb[0]


def _keys_one_person(ka: Sequence[str], kb: Sequence[str]) -> bool:
    """Two full names' phonetic keys can be one person: surname, first name (or its initial), middles."""
    if _inflected_name(ka, kb):
        return True  # "Andrzeja Domańskiego" / "Andrzej Domański"
    if _token_match(ka[-1], kb[-1]) < _SURNAME_SIM:
        return False
    a0, b0 = ka[0], kb[0]
    if len(a0) == 1 or len(b0) == 1:
        first_ok = a0[0] == b0[0]
    else:
        first_ok = _token_match(a0, b0) >= _TOKEN_SIM
    ma, mb = ka[1:-1], kb[1:-1]
    middle_ok = not (ma and mb) or _name_similarity(ma, mb) is not None if len(ma) == len(mb) else not (ma and mb)
    return first_ok and middle_ok


# Consonant skeletons are language knowledge (storylens.text._sound); entities clean the names first.


def _script_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s\-·・•‧]+", clean_name(name)) if t]


_SOUND_SCRIPT_RE = re.compile("[\u30a1-\u30fa\uac00-\ud7a3]")


def _sound_scripts_match(other: str, name: str) -> str | None:
    """Why a Katakana name and a Hangul one (either way round) are one name spelled by sound, or None."""
    kana = [bool(re.search("[\u30a1-\u30fa]", n)) for n in (other, name)]
    hangul = [bool(re.search("[\uac00-\ud7a3]", n)) for n in (other, name)]
    if not (kana[0] and hangul[1] or hangul[0] and kana[1]):
        return None
    if any(sound_match(a, b) for a in sound_script_readings(other) for b in sound_script_readings(name)):
        return f"same consonants across scripts: {name} ~ {other}"
    return None


_KANA_PLACE = re.compile("([\u30a1-\u30fa\u30fc]{3,})(?:市|省|州|県|区)?")


def kana_hangul_place_match(kana: str, word: str) -> str | None:
    """Why a Katakana place (its suffix 市 省 州 県 区 aside) and a Hangul word (its Sino-Korean suffix 시 성 주 현 구
    aside) are one place spelled by sound (ハルビン市 / 하얼빈시: try46 F7); three syllables at least, None otherwise."""
    m = _KANA_PLACE.fullmatch(kana)
    if not m or not re.fullmatch("[\uac00-\ud7a3]+", word):
        return None
    stem = word[:-1] if word[-1] in "시성주현구" and len(word) >= 4 else word
    if len(stem) < 3:
        return None
    return _sound_scripts_match(m.group(1), stem)


def _sound_script_match(latin: str, name: str) -> str | None:
    """Why a Latin name and a Katakana or Hangul name are one spelled by sound, or None."""
    for reading in sound_script_readings(name):
        if len(reading.split()) == len(_script_tokens(latin)) and sound_match(reading, latin):
            return f"same consonants across scripts: {name} ~ {latin}"
    # word by word, any reading of each (로베르트 lobeleuteu / Robert, 레반도프스키 levandofeuseuki / Lewandowski
    # read as Polish, w as v: no one reading of the whole fits both; trial53 F9)
    nt, lt = _script_tokens(name), _script_tokens(latin)
    if len(nt) == len(lt) >= 2 and all(
            any(sound_match(r, x) for r in sound_script_readings(n) for x in dict.fromkeys((w, polish_reading(w))))
            for n, w in zip(nt, lt)):
        return f"same consonants across scripts, word by word: {name} ~ {latin}"
    return None


def _cyrillic_sounds(name: str) -> str:
    """A Cyrillic name in Latin letters as it sounds: дж is the j of Gianni (anyascii writes "dzh"),
    case endings dropped (Колой -> Kol), soft and hard signs gone."""
    tokens = [ru_stem(t) for t in _script_tokens(name)]
    latin = anyascii(" ".join(tokens)).replace("'", "").replace('"', "")
    return re.sub("dzh", "j", re.sub("Dzh", "J", latin))


_UKRAINIAN_LETTERS = re.compile("[іїєґІЇЄҐ]")


def _cyrillic_readings(name: str) -> tuple[str, ...]:
    """The ways a Cyrillic name may be spelled in Latin letters: by sound with case endings cut
    (:func:`_cyrillic_sounds`), and whole, with х as h (Игли Хасани / Igli Hasani: the -и is part of
    the name, not a case ending; trial 7)."""
    whole = anyascii(" ".join(_script_tokens(name))).replace("'", "").replace('"', "")
    whole = re.sub("dzh", "j", re.sub("Dzh", "J", whole))
    readings: tuple[str, ...] = (_cyrillic_sounds(name), whole, re.sub("kh", "h", re.sub("Kh", "H", whole)))
    if _UKRAINIAN_LETTERS.search(name):  # Ukrainian г is an h (Грволін Hrvolin, Гаага Haaga)
        readings += tuple(re.sub("g", "h", re.sub("G", "H", r)) for r in readings[:2])
    return readings


def _cyrillic_sound_match(cyrillic: str, name: str) -> str | None:
    """Why a Cyrillic name and a Katakana or Hangul one are one spelled by sound (Іван Ткачук / イワン・
    トカチュク): a Latin reading of the Cyrillic name (:func:`_cyrillic_readings`) fits as a Latin name would."""
    for reading in _cyrillic_readings(cyrillic):
        why = _sound_script_match(reading, name)
        if why:
            return f"{why} (read from {cyrillic})"
    return None


def _cyrillic_han_match(cyrillic: str, han: str) -> str | None:
    """A Cyrillic and a Chinese name are one when a Latin reading of the Cyrillic one
    (:func:`_cyrillic_readings`) matches the Chinese one as a Latin name would (Маттео Сальвини ->
    Matteo Salvini ~ 马泰奥·萨尔维尼): the same test as Latin <-> Han, through the romanisation."""
    for reading in _cyrillic_readings(cyrillic):
        why = _skeleton_match(reading, han)
        if why:
            return f"{why} (read from {cyrillic})"
    return None


_PINYIN_MIN_RATIO = 85


def _pinyin_match(latin: str, han: str) -> str | None:
    """A Chinese transliteration of one word and a Latin name whose surname (or whole name) it spells
    in pinyin: 哈萨尼 HaSaNi / Igli Hasani, 杜什库 DuShenKu / Dushku (anyascii gives toneless pinyin,
    so pypinyin adds nothing here). Spelling, not consonants: the skeleton of a short surname ("sn")
    is too weak alone. Same first letter, ratio of at least 85."""
    if script_of(han) != "han" or script_of(latin) != "latin":
        return None
    ht = _script_tokens(han)
    if len(ht) != 1 or not 2 <= len(ht[0]) <= 5:
        return None
    reading = anyascii(ht[0]).lower()
    lt = [_strip_accents(t).lower() for t in _script_tokens(latin)]
    for candidate in dict.fromkeys((lt[-1], "".join(lt))):
        if len(candidate) >= 4 and candidate[0] == reading[0] and fuzz.ratio(reading, candidate) >= _PINYIN_MIN_RATIO:
            return f"pinyin spelling: {han} reads {reading} ~ {latin}"
    return None
_FRENCH_WA = re.compile(r"o[iy]")


def _particle_surname_match(latin: str, han: str) -> str | None:
    """A Chinese name that writes only the first part of a Latin surname joined by a particle: 维勒鲁瓦
    (wei-le-lu-wa) for François Villeroy de Galhau, with French "oi"/"oy" said "wa" (瓦). The part must be
    a given name's successor, and the whole Chinese name must agree by consonants (:func:`sound_match`)."""
    words = latin.split()
    at = next((i for i in range(2, len(words) - 1) if words[i].casefold() in _SURNAME_PARTICLES), None)
    if at is None or not words[at - 1][:1].isupper():
        return None
    head = words[at - 1]
    for reading in dict.fromkeys((head, _FRENCH_WA.sub("wa", head))):
        why = sound_match(reading, han)
        if why:
            return f"{why}, the first part of the surname {' '.join(words[at - 1 :])}"
    return None


def _skeleton_match(a: str, b: str) -> str | None:
    """Why two names in different scripts are one spelled by sound (:func:`storylens.text.sound_match`)."""
    return sound_match(clean_name(a), clean_name(b)) or _han_full_name_match(clean_name(a), clean_name(b))


_HAN_LOOSE = str.maketrans({"d": "t", "b": "p"})


def _han_full_name_match(a: str, b: str) -> str | None:
    """A Latin full name and a dotted Chinese one, every part agreeing when Chinese writes an r before
    a consonant as 尔 (Marco 马尔科, Arben 阿尔本; Merkel 默克尔 drops it) and an unaspirated t or p as
    pinyin d or b (Ferretti 费雷蒂, Pisa 比萨). Looser than :func:`sound_match`, so only whole names
    of two parts or more, with four consonants at least between them."""
    scripts = {script_of(a), script_of(b)}
    if scripts != {"latin", "han"}:
        return None
    latin, han = (a, b) if script_of(a) == "latin" else (b, a)
    lt, ht = _script_tokens(latin), _script_tokens(han)
    if len(lt) < 2 or len(lt) != len(ht):
        return None
    total = 0
    for x, y in zip(lt, ht):
        target = sound_skeleton(y, han=True).translate(_HAN_LOOSE)
        options = {sound_skeleton(x, han=True).translate(_HAN_LOOSE), sound_skeleton(x).translate(_HAN_LOOSE)}
        if not target or target not in options:
            return None
        total += len(target)
    if total < 4 or len(sound_skeleton(ht[-1], han=True)) < 2:
        return None
    return f"same consonants across scripts: {latin} ~ {han} (r as 尔, t as d)"
