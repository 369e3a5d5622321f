"""Names spelled by sound across scripts: consonant skeletons of Latin, Chinese and Arabic names.

A name written by sound in Chinese or Arabic keeps the consonants of the original and loses
its vowels (Arabic) or adds them (Chinese syllables): 朔尔茨 ShuoErCi / Scholz, 麦克拉伦
MaiKeLaLun / McLaren, شولتس shwlts / Scholz, عبد الله `bd llh / Abdullah. The skeleton keeps one
class per consonant sound, in order; :func:`sound_match` compares two names token by token.
Used by entity linking (storylens.analysis.entities) and quote speakers (storylens.analysis.quotes).
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

from ._letters import ARABIC_LETTERS

__all__ = [
    "ARABIC_LETTERS",
    "abjad",
    "abjad_forms",
    "abjad_name_match",
    "consonant_letters",
    "polish_reading",
    "script_of",
    "sound_match",
    "sound_script_readings",
    "sound_skeleton",
    "spelling_readings",
]

_HAN_RE = re.compile("[\u4e00-\u9fff]")
_ARABIC_RE = re.compile("[\u0600-\u06FF]")
# the scripts script_of(fine=True) tells apart before the coarse ones
_FINE_SCRIPTS = (("kana", re.compile("[\u30a1-\u30fa]")), ("hangul", re.compile("[\uac00-\ud7a3]")),
                 ("arabic", _ARABIC_RE), ("cyrillic", re.compile("[\u0400-\u04ff]")))


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s\-·・•‧]+", name.strip()) if t]


_LATIN_DIGRAPHS = (("tsch", "s"), ("sch", "s"), ("sh", "s"), ("ch", "k"), ("ck", "k"), ("ph", "f"), ("th", "t"),
                   ("tz", "s"), ("ts", "s"), ("zh", "s"), ("kh", "k"), ("gh", "g"), ("dh", "d"), ("qu", "k"),
                   ("x", "ks"), ("mc", "mk"))
# One class per consonant sound; voiced and voiceless stay apart for b/p and d/t (Chinese and
# Arabic keep them apart: 拜登 Biden, 普京 Putin; pinyin j/q/g/k mix, so g and k are one class),
# r and l are one (Chinese has one of them).
_CLASSES = str.maketrans({"v": "f", "j": "k", "g": "k", "c": "k", "q": "k", "z": "s", "r": "l"})
# Arabic writes p as b and v as f: comparing with Arabic, those merge.
_ARABIC_MERGE = str.maketrans({"p": "b", "v": "f"})
# Hebrew writes b and v with one letter (ב), p and f with another (פ), and readers tell them by points
# news text leaves out: comparing with Hebrew, the labials are one class.
_HEBREW_MERGE = str.maketrans({"p": "b", "v": "b", "f": "b"})
# Chinese writes a v (and the v-sound of Czech, Polish or German w) with w-syllables: 诺沃特纳
# Novotná, 哈尔科娃 Hálková; comparing with Chinese, w and v are one class.
_HAN_MERGE = str.maketrans({"w": "f"})
_PINYIN = re.compile(r"(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?([aeiouv]+)(ng|n|r)?")
_PINYIN_INITIAL = {"zh": "s", "ch": "s", "sh": "s", "x": "s", "z": "s", "c": "s", "s": "s", "j": "k", "q": "k",
                   "g": "k", "k": "k", "b": "b", "p": "p", "f": "f", "w": "w", "d": "d", "t": "t", "r": "l",
                   "l": "l", "m": "m", "n": "n", "h": "", "y": ""}


def script_of(text: str, fine: bool = False) -> str:
    """'han', 'arabic', 'latin' or 'other': the first of them the text contains. ``fine``: first
    'kana' (Katakana), 'hangul', 'arabic' or 'cyrillic', in that order, then the coarse ones (a
    Japanese text with Katakana in it is 'kana', a Cyrillic one 'cyrillic', not 'other')."""
    for name, pattern in _FINE_SCRIPTS if fine else ():
        if pattern.search(text):
            return name
    if _HAN_RE.search(text):
        return "han"
    if _ARABIC_RE.search(text):
        return "arabic"
    if re.search(r"[A-Za-zÀ-ɏ]", text):
        return "latin"
    return "other"


# The letters of a script, by Unicode block, for main_script. Han, kana and Hangul are one family:
# Japanese and Korean mix them.
_MAIN_SCRIPTS = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"),
    "cyrillic": _FINE_SCRIPTS[3][1],
    "greek": re.compile(r"[\u0370-\u03ff]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f]"),
    "hebrew": re.compile(r"[\u0590-\u05ff]"),
    "cjk": re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]"),
    "devanagari": re.compile(r"[\u0900-\u097f]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
}


def main_script(text: str) -> str | None:
    """The script most letters of ``text`` are written in: 'latin', 'cyrillic', 'greek', 'arabic',
    'hebrew', 'cjk' (Han, kana and Hangul), 'devanagari' or 'thai'; a CJK character counts as two letters
    (a word's worth). None without letters of these. Unlike :func:`script_of`, which names the first
    script found, this one counts."""
    counts = {name: len(p.findall(text)) * (2 if name == "cjk" else 1) for name, p in _MAIN_SCRIPTS.items()}
    name, most = max(counts.items(), key=lambda kv: kv[1])
    return name if most else None


@lru_cache(maxsize=4096)
def sound_script_readings(name: str) -> tuple[str, ...]:
    """Latin readings of a Katakana or Hangul name (anyascii's romanisation, "・" as a space), sorted, with
    the sounds these scripts write for Slavic and German letters: "ツ"/"츠" (ts) and "치" (chi) for c/č,
    "바" (ba) for va ("コステラツ" kosuteratsu / Kostelac, "미로바츠" / Mirovac)."""
    # the small ッ doubles the next consonant (ベッリ Belli: anyascii writes "betri"); a small ャュョ glides
    # after its i-syllable (チュ "chu", not anyascii's "chiyu")
    plain = re.sub(r"[・･\-]", " ", anyascii(name.replace("ッ", ""))).lower()
    plain = re.sub(r"(?<=[^aeiou ])iy(?=[aou])", "", plain) if re.search("[ャュョ]", name) else plain
    readings = {plain}
    for old, new in (("tsu", "c"), ("ts", "c"), ("cheu", "c"), ("chi", "ci"), ("ch", "c")):
        readings |= {r.replace(old, new) for r in readings}
    readings |= {r.replace("b", "v") for r in readings}
    if re.search("[\uac00-\ud7a3]", name):  # Korean writes an f with ㅍ (p): 슈테판 Stefan, 그로스코프 Grosskopf
        readings |= {r.replace("p", "f") for r in readings}
    if "プフ" in name:  # Katakana writes German pf as プフ (グロースコップフ Großkopf), Korean as ㅍ alone (그로스코프)
        readings |= {r.replace("pufu", "fu") for r in readings}
    # Katakana writes a v with ワ (イワン Ivan) and an h before a consonant with フ (フルヴォリン Hrvolin)
    readings |= {r.replace("w", "v") for r in readings}
    readings |= {re.sub(r"(?<![a-z])fu", "hu", r) for r in readings}
    return tuple(sorted(readings))


_HEBREW_RE = re.compile("[\u05d0-\u05ea]")


@lru_cache(maxsize=1)
def _hebrew_reading() -> dict[int, str]:
    """Hebrew letters as a name spelled in Hebrew says them (text/data he.json "name_reading"), for
    ``str.translate`` before anyascii: vav and alef, ayin are vowel seats, bet is b."""
    from ._lang import profile

    return {ord(k): v for k, v in profile("he").name_reading}


def abjad(token: str) -> bool:
    """Whether ``token`` is written in a script that leaves short vowels out (Arabic, Persian, Urdu, Hebrew):
    its name is compared by consonants, as :func:`sound_skeleton` reads it with ``arabic``."""
    return _ARABIC_RE.search(token) is not None or _HEBREW_RE.search(token) is not None


@lru_cache(maxsize=1)
def _abjad_clitics() -> tuple[str, ...]:
    """The one-letter words Arabic and Hebrew glue before a name ("ونتنياهو", "ונתניהו": and Netanyahu;
    text data "number_prefixes" and "proclitics" of ar and he), and the Arabic article, longest first."""
    from ._lang import profile

    words = {w.rstrip("-") for lang in ("ar", "he") for w in (*profile(lang).number_prefixes, *profile(lang).proclitics)}
    return tuple(sorted({*words, "ال", "وال", "بال", "لل"} - {""}, key=len, reverse=True))


def abjad_forms(word: str) -> list[str]:
    """An Arabic, Persian or Hebrew ``word`` and the word without each proclitic that leaves three letters at
    least: "ونتنياهو" -> ["ونتنياهو", "نتنياهو"], "בירושלים" -> [..., "ירושלים"]."""
    out = [word]
    for c in _abjad_clitics():
        if word.startswith(c) and len(word) - len(c) >= 3:
            out.append(word[len(c):])
    return out


def _collapse(t: str) -> str:
    return re.sub(r"(.)\1+", r"\1", t)


@lru_cache(maxsize=8192)
def sound_skeleton(token: str, arabic: bool = False, han: bool = False, hebrew: bool = False) -> str:
    """The consonant classes of one name token in order ("Scholz" -> "sls", "朔尔茨" -> "sls");
    ``arabic`` merges what Arabic writes alike (p/b, v/f) for comparisons with Arabic, ``hebrew`` what
    Hebrew writes alike (b/v with one letter ב, p/f with פ: יואב Yoav, לפיד Lapid) for comparisons with Hebrew, ``han``
    drops an r before a consonant, which Chinese does not write ("Merkel" 默克尔 mo-ke-er)."""
    script = script_of(token)
    if script == "han":
        out = ""
        for syllable in re.findall(r"[A-Z][a-z]*", anyascii(token)):
            low = syllable.lower()
            if low == "er":
                out += "l"  # 尔: the r/l of "Scholz", "Gary"
                continue
            m = _PINYIN.fullmatch(low)
            if not m:
                continue
            out += _PINYIN_INITIAL.get(m.group(1) or "", "")
            if m.group(3) in ("n", "ng"):
                out += "n"
    else:
        # Turkish ğ is silent (it lengthens the vowel): Erdoğan is 埃尔多安 er-duo-an, no g
        written_hebrew = script != "arabic" and _HEBREW_RE.search(token) is not None
        if written_hebrew:  # נתניהו is Netanyahu's ntnyhw, not anyascii's ntnyhv (text data he.json)
            token = token.translate(_hebrew_reading())
        t = re.sub(r"[^a-z]", "", anyascii(token.replace("ğ", "") if han else token).lower())
        if script == "arabic" or written_hebrew:
            for a, b in (("sh", "s"), ("kh", "k"), ("gh", "g"), ("th", "s"), ("dh", "d"), ("ts", "s")):
                t = t.replace(a, b)
            # an m before a long vowel's letter (ا ي و) stands before a vowel: no nasal before a consonant once the
            # letter is dropped ("ميميش" mymysh is Memiş's ms, not mns: trial64 F11, never linked to Okay Memiş)
            t = re.sub(r"m(?=[aeiouwy])", "M", t)
            t = re.sub(r"[aeiouwyh]", "", t)
        else:
            t = re.sub(r"c(?=[eiy])", "s", t)  # a soft c: "Nancy" 南希, "Francis"
            for a, b in _LATIN_DIGRAPHS:
                t = t.replace(a, b)
            if han:
                t = re.sub(r"r(?=[^aeiouyr])", "", t)
            # a nasal before a consonant, read while the vowels are there: "Trump" 特朗普 te-lang-pu,
            # but the m of "Dumon(t)" 杜蒙 du-meng stands before a vowel, and so does a doubled one
            # ("Emmanuel" إيمانويل / 埃马纽埃尔: one m, before the a; final40 #10 read "mm" as n + m)
            t = re.sub(r"(?<=.)m(?=[^aeiouyhm])", "n", _collapse(t))
            t = re.sub(r"[aeiouyh]", "", t)
        # Arabic writes no short vowels: a nasal before a consonant there (ترامب); not before another
        # nasal, where the reading lost a long vowel (هولتسمان hwltsmn, Holzmann: m-a-n)
        out = re.sub(r"(?<=.)m(?=[^aeiouymnM])", "n", t.translate(_CLASSES)).lower() if script == "arabic" or written_hebrew \
            else t.translate(_CLASSES)
    if arabic:
        out = out.translate(_ARABIC_MERGE)
    if hebrew:
        out = out.translate(_HEBREW_MERGE)
    if han:
        out = out.translate(_HAN_MERGE)
    return _collapse(out)


# Two Latin letters one Arabic letter's Latin reading writes (anyascii: ش "sh", خ "kh", غ "gh", ث "th", ذ "dh") and
# the Latin spellings of one sound, as one letter
_CONSONANT_DIGRAPHS = (("sh", "s"), ("kh", "k"), ("gh", "g"), ("th", "t"), ("dh", "d"), ("ck", "k"), ("ph", "f"))


def consonant_letters(name: str, *, keep_h: bool = False, q_as_k: bool = False) -> str:
    """``name``'s consonant letters in Latin (anyascii, case folded), a digraph as one letter, doubled letters
    once, the vowels and w, y (Arabic's long vowels) left out: "Rabie" / "ربيع" rb, "غلوري" glr, "Ouazzane" /
    "وزان" zn. Letters, not sound classes (:func:`sound_skeleton` merges r/l, g/k, which Arabic keeps apart:
    "وقال" ql is no "Kickl" kl). ``keep_h`` keeps an h, the one consonant of a short Arabic word after its
    article (الحوز "hz" / Al Haouz; a silent Latin h is left out otherwise); ``q_as_k`` reads q as k (القنيطرة /
    Kenitra). Used by the stream's search across scripts and the entity linker's Arabic places with the article."""
    t = re.sub(r"[^a-z]", "", anyascii(name).casefold())
    if q_as_k:
        t = t.replace("q", "k")
    for a, b in _CONSONANT_DIGRAPHS:
        t = t.replace(a, b)
    return _collapse(re.sub(r"[aeiouwy]" if keep_h else r"[aeiouwyh]", "", t))


def _subsequence(short: str, long_: str) -> bool:
    rest = iter(long_)
    return all(ch in rest for ch in short)


def _first_names_agree(a: str, b: str, arabic: bool, han: bool, hebrew: bool = False) -> bool:
    """Given names agree by their skeletons, or, as Chinese drops and devoices sounds in them
    (唐纳德 tang-na-de / Donald), by their first consonant with voicing ignored; Mary and Liz differ."""
    sa, sb = sound_skeleton(a, arabic, han, hebrew), sound_skeleton(b, arabic, han, hebrew)
    if sa == sb:
        return True
    if (arabic or han) and any(
            x[:1] in "Jj" and script_of(x) == "latin" and sound_skeleton(x[1:], arabic, han, hebrew) == other
            for x, other in ((a, sb), (b, sa))):
        return True  # a j said as y (Jana, Jiří): Chinese 亚娜 and Arabic يانا write the y
    if not (arabic or han):
        # Latin and Cyrillic write nearly every sound: one consonant dropped at most (Recep ldsp / Реджеп
        # lsp, Józef ksf / Иосиф sf), never a first consonant alone: Lech (lk) and Ярослав (lslf) are the
        # Kaczyński twins (review4 #7)
        short, long_ = sorted((sa, sb), key=len)
        return len(short) >= 2 and len(long_) - len(short) <= 1 and _subsequence(short, long_)
    devoice = str.maketrans({"b": "p", "d": "t"})
    return bool(sa and sb) and sa[0].translate(devoice) == sb[0].translate(devoice)


def abjad_name_match(latin: str, written: str) -> str | None:
    """Why a Latin name and one an Arabic, Persian or Hebrew text writes are one spelled by sound, or None:
    as many words; the surnames' consonant skeletons equal (:func:`sound_skeleton` read against the script:
    three consonants at least, or two beside a given name); every word before the surname agreeing too, the
    written word's skeleton the Latin one's or that with one consonant left out, the first kept or two left
    (بنيامين bnmn / Benjamin bnkmn, علی / Ali, ولادیمیر / Vladimir: the script drops a sound, it adds none),
    the nasals as one or not (محمد "mnd", the skeleton's nasal before a consonant / Mohammed "md"). Stricter
    than :func:`sound_match` on given names, where it takes the first consonant alone for Chinese's loose
    spellings: a name read from an uncapitalised text has no cue of its own, and "State Antony" of "Secretary
    of State Antony Blinken" met "تصريحات نتنياهو" (Netanyahu's statements) by ntn and one s."""
    ta, tb = _tokens(latin), _tokens(written)
    if not ta or len(ta) != len(tb):
        return None
    hebrew = _HEBREW_RE.search(written) is not None
    last = sound_skeleton(ta[-1], True, False, hebrew)
    if not last or last != sound_skeleton(tb[-1], True, False, hebrew) or len(last) < (2 if len(ta) >= 2 else 3):
        return None
    for x, y in zip(ta[:-1], tb[:-1]):
        sx, sy = sound_skeleton(x, True, False, hebrew), sound_skeleton(y, True, False, hebrew)
        if not any(sy and (sy[0] == sx[:1] or len(sy) >= 2) and len(sx) - len(sy) in (0, 1) and _subsequence(sy, sx)
                   for sx, sy in ((sx, sy), (_collapse(sx.replace("n", "m")), _collapse(sy.replace("n", "m"))))):
            return None
    return f"same consonants across scripts: {latin} ~ {written} ({last})"


# Polish spelling read aloud, as Russian, Chinese and Arabic write the name (trial 17 #9: Kaczyński /
# Качиньский / 卡钦斯基, Andrzej Duda / Анджей Дуда were never linked): cz and ć are the ch of Качиньский,
# sz the sh, rz and ż the zh, drz and dż the j of Анджей, ch the kh, c the ts of Моравецкий, w the v,
# j the y of Ярослав. Read so only a name that writes Polish (its letters or digraphs) in Latin letters.
# The spelling-to-sound table and the marks of a Polish name are language data (text/data/pl.json
# "name_reading"; review4 #10).
@lru_cache(maxsize=1)
def _polish_table() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    """(marks of a Polish name, its spelling -> sound table, the table's pattern, longest first)."""
    from ._lang import profile

    pl = profile("pl")
    sounds = dict(pl.name_reading)
    return (re.compile(pl.name_reading_marks or r"(?!)", re.IGNORECASE), sounds,
            re.compile("|".join(sorted(map(re.escape, sounds), key=len, reverse=True)) or r"(?!)"))


def _polish_reading(tokens: list[str]) -> list[str]:
    """A Latin name's tokens as Polish spelling is said (lower case), or ``tokens`` when it writes no Polish."""
    marks, sounds, spelling = _polish_table()
    if not tokens or any(script_of(t) != "latin" for t in tokens) or not any(marks.search(t) for t in tokens):
        return tokens
    return [spelling.sub(lambda m: sounds[m.group(0)], t.lower()) for t in tokens]


def polish_reading(name: str) -> str:
    """``name`` as Polish spelling is said, in lower case ("Andrzej Duda" -> "anjey duda"), or ``name``
    itself when it writes no Polish in Latin letters."""
    tokens = _tokens(name)
    read = _polish_reading(tokens)
    return name if read is tokens else " ".join(read)


# French spelling read aloud, as Chinese, Arabic and Russian write the name: "ch" is the sh of
# Marchand (马尔尚, مارشان, Маршан), and a final d/t/s/x/z after a vowel or nasal is silent
# (Dumont 杜蒙, Marchand 马尔尚, Richard Ришар).
_FRENCH_SILENT_END = re.compile(r"(?<=[aeiouynr])(?:ds|ts|[dtsxz])$")


@lru_cache(maxsize=8192)  # pure, and asked for every pair of full names (as sound_skeleton)
def _french_reading(token: str) -> str:
    if script_of(token) != "latin":
        return token
    low = _FRENCH_SILENT_END.sub("", anyascii(token).lower().replace("ch", "sh"))
    # a soft g is the zh of Léger (Леже), and the r of a final -er after a consonant is silent
    # (Léger, Didier, Olivier: Леже, Дидье, Оливье)
    low = re.sub(r"(?<=[^aeiou])er$", "e", re.sub(r"g(?=[eiy])", "zh", low))
    # French says the r before a consonant, and Chinese writes it (Marchand 马尔尚 ma-er-shang):
    # doubled, it outlives the han skeleton's drop of an unsaid r (Merkel 默克尔) and collapses after.
    return re.sub(r"r(?=[^aeiouyr])", "rr", low)


def sound_match(a: str, b: str) -> str | None:
    """Why two names in different scripts are one spelled by sound, or None: the surnames'
    consonant skeletons agree (three consonants at least, or two with the given names agreeing
    too), and where both give a first name, so do those. A full name on both sides may also be
    read as French spelling is said (Isabelle Marchand / 伊莎贝尔·马尔尚): both parts must agree."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return None
    found = _sound_match_tokens(a, b, ta, tb)
    if found is None:
        pa, pb = _polish_reading(ta), _polish_reading(tb)
        if (pa, pb) != (ta, tb):
            found = _sound_match_tokens(a, b, pa, pb)
            if found is not None:
                return found + ", read as Polish is said"
    if found is None and len(ta) >= 2 and len(tb) >= 2:
        fa, fb = [_french_reading(t) for t in ta], [_french_reading(t) for t in tb]
        if (fa, fb) != (ta, tb):
            found = _sound_match_tokens(a, b, fa, fb)
            if found is not None:
                found += ", read as French is said"
    if found is None and len(ta) >= 2 and len(tb) >= 2 and script_of(a) == script_of(b) == "latin":
        # a Latin name beside the Latin reading of a Katakana or Hangul one (final35 F4c)
        for reading, said in ((_german_reading, "German"), (_nordic_reading, "Swedish"), (_sj_nordic_reading, "Swedish")):
            ga, gb = [reading(t) for t in ta], [reading(t) for t in tb]
            if (ga, gb) != (ta, tb):
                found = _sound_match_tokens(a, b, ga, gb)
                if found is not None:
                    return found + f", read as {said} is said"
    if found is None and {script_of(a), script_of(b)} == {"han", "latin"} and any(_han_r_initial(t) for t in (*ta, *tb)):
        # Chinese writes a French or Portuguese J, a Kazakh or Russian Zh with r-initial characters (若昂 João,
        # 若泽 José, 让 Jean, 热拉尔 Gérard, 若马尔特 Zhomart: trial45 W4, 若马尔特·塞特卡利 was unlinked): the Latin
        # name read with such an initial as r
        ra, rb = [_j_as_r(t) for t in ta], [_j_as_r(t) for t in tb]
        if (ra, rb) != (ta, tb):
            found = _sound_match_tokens(a, b, ra, rb)
            if found is not None:
                return found + ", read as Chinese writes a J or Zh"
    if found is None and len(ta) >= 2 and len(tb) >= 2 and script_of(a) != script_of(b) \
            and "latin" in (script_of(a), script_of(b)) and any(_SJ.search(t.lower()) for t in (*ta, *tb)):
        # Swedish sj/skj/stj is said sh (final36 F4b: Henrik Sjöberg / ヘンリック・シェーベリ / 헨리크 셰베리 /
        # Хенрик Шёберг): the Latin name read so, its final -rg/-lg as written (Cyrillic) or said (Katakana)
        for reading in (_sj_reading, _sj_nordic_reading):
            ga, gb = [reading(t) for t in ta], [reading(t) for t in tb]
            found = _sound_match_tokens(a, b, ga, gb)
            if found is not None:
                return found + ", read as Swedish is said"
    return found


# The Latin initials Chinese writes with an r-initial character: J (João, Jean), Zh (Zhomart), Sch/Sh,
# Ž/Ż, a soft G (Gérard), Dzh.
_J_INITIAL = re.compile(r"^(?:dzh|zh|sch|sh|j|ž|ż|g(?=[eéèiy]))", re.IGNORECASE)


def _han_r_initial(token: str) -> bool:
    """A Han token whose first character's pinyin opens with r (若 ruo, 热 re, 让 rang, 茹 ru)."""
    return script_of(token) == "han" and anyascii(token[:1]).lower().startswith("r")


@lru_cache(maxsize=8192)
def _j_as_r(token: str) -> str:
    return _J_INITIAL.sub("r", token) if script_of(token) == "latin" else token


# Swedish sj, skj and stj open the sound sh (Sjöberg, Skjöld, Stjernberg), as Japanese, Korean and Russian
# write the name (シェーベリ, 셰베리, Шёберг).
_SJ = re.compile(r"^s[kt]?j")


@lru_cache(maxsize=8192)
def _sj_reading(token: str) -> str:
    return _SJ.sub("sh", anyascii(token).lower()) if script_of(token) == "latin" else token


def _sj_nordic_reading(token: str) -> str:
    return _nordic_reading(_sj_reading(token)) if script_of(token) == "latin" else token


# German spelling read aloud, as Japanese and Korean write the name (final35 F4c: Jürgen Wächter /
# ユルゲン・ヴェヒター yurugen vuehita / 위르겐 베히터; final36 F4c: Dietmar Grosskopf / 디트마어 그로스코프): the
# spelling-to-sound table is language data (text/data/de.json "name_reading").
@lru_cache(maxsize=1)
def _german_sounds() -> tuple[tuple[re.Pattern[str], str], ...]:
    from ._lang import profile

    return tuple((re.compile(spelling), sound) for spelling, sound in profile("de").name_reading)


@lru_cache(maxsize=8192)
def _german_reading(token: str) -> str:
    low = anyascii(token).lower()
    for spelling, sound in _german_sounds():
        low = spelling.sub(sound, low)
    return low


# A word shorter than this keeps its one spelling: a short name is one letter from another name (Wu / Vu, Jan /
# Yan, Wang / Vang), and those that a transliteration spells two ways are longer (Iwanow, Georgiewa; review34b #4).
_RESPELLED_MIN_LETTERS = 5


@lru_cache(maxsize=1)
def _name_spellings() -> tuple[tuple[tuple[re.Pattern[str], str], ...], ...]:
    """Each language's Latin spelling table (text/data "name_spelling"), compiled; the languages without one left out."""
    from ._lang import LANGUAGES, profile

    tables = (profile(lang).name_spelling for lang in LANGUAGES)
    return tuple(tuple((re.compile(p), r) for p, r in table) for table in tables if table)


def _respelled_word(word: str, table: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    low = word.casefold()
    if len(low) < _RESPELLED_MIN_LETTERS:
        return anyascii(low).lower()
    for pattern, reading in table:
        low = pattern.sub(reading, low)
    return anyascii(low).lower()


@lru_cache(maxsize=8192)
def spelling_readings(name: str) -> tuple[str, ...]:
    """A Latin name in lower case without marks, then as each Latin orthography with a table (text/data
    "name_spelling": German, Polish, Czech) writes a name from another script, words of 5+ letters only
    ("Georgiewa" -> ("georgiewa", "georgieva")): two spellings of one name in two Latin orthographies share a
    reading ("Georgieva" / "Georgiewa", final37 §1: a search for one missed the other's reports; "Szewczenko" /
    "Schewtschenko" / "Shevchenko"), two names do not ("Miller" / "Milla", "Koch" / "Koh", "Jones" / "Yones",
    "Wu" / "Vu"; review34b #4). Any other script: the name alone, lower case."""
    tokens = _tokens(name)
    if not tokens or any(script_of(t) != "latin" for t in tokens):
        return (name.lower(),)
    plain = " ".join(anyascii(t).lower() for t in tokens)
    said = (" ".join(_respelled_word(t, table) for t in tokens) for table in _name_spellings())
    return tuple(dict.fromkeys((plain, *said)))


@lru_cache(maxsize=8192)
def _nordic_reading(token: str) -> str:
    """A Swedish or Norwegian name's final g after r or l is said as a y, which Japanese and Korean write
    as a vowel (Hallberg / ハルベリ haruberi / 할베리, Lindberg / リンドベリ)."""
    return re.sub(r"(?<=[rl])g$", "", anyascii(token).lower())


def _han_kept_r(token: str, skeleton: str) -> str:
    """A Latin token's han skeleton with its r before a consonant kept (doubled, it outlives the drop,
    as :func:`_french_reading` does); a Chinese token's as it is."""
    if script_of(token) != "latin":
        return skeleton
    return sound_skeleton(re.sub(r"r(?=[^aeiouyr])", "rr", token), han=True)


def _sound_match_tokens(a: str, b: str, ta: list[str], tb: list[str]) -> str | None:
    arabic, han = abjad(a) or abjad(b), "han" in (script_of(a), script_of(b))
    hebrew = _HEBREW_RE.search(a) is not None or _HEBREW_RE.search(b) is not None
    if len(ta) != len(tb) and min(len(ta), len(tb)) == 1 and max(len(ta), len(tb)) == 2 \
            and sound_skeleton("".join(ta), arabic, han, hebrew) == sound_skeleton("".join(tb), arabic, han, hebrew):
        ta, tb = ["".join(ta)], ["".join(tb)]  # "عبد الله" / "Abdullah": one name written as two words
    elif len(ta) != len(tb) and min(len(ta), len(tb)) >= 1 and max(len(ta), len(tb)) >= 3:
        # "علي يرلي كايا" / "Ali Yerlikaya": Arabic writes the surname as two words
        long_, short = (ta, tb) if len(ta) > len(tb) else (tb, ta)
        joined = [*long_[:-2], long_[-2] + long_[-1]]
        if sound_skeleton(joined[-1], arabic, han, hebrew) == sound_skeleton(short[-1], arabic, han, hebrew) != sound_skeleton(long_[-1], arabic, han, hebrew):
            ta, tb = (joined, short) if long_ is ta else (short, joined)
    last_a, last_b = sound_skeleton(ta[-1], arabic, han, hebrew), sound_skeleton(tb[-1], arabic, han, hebrew)
    if han and last_a != last_b:
        # Chinese writes an r before a consonant as 尔 in some names (Erdoğan 埃尔多安, Marco 马尔科) and
        # drops it in others (Merkel 默克尔): the Latin surname read both ways
        last_a, last_b = _han_kept_r(ta[-1], last_a), _han_kept_r(tb[-1], last_b)
    if last_a != last_b or not last_a:
        return None
    both_first = len(ta) >= 2 and len(tb) >= 2
    if both_first and not (_first_names_agree(ta[0], tb[0], arabic, han, hebrew) or (
            # "رجب طيب أردوغان" / "Tayyip Erdoğan": the given name before the surname on both sides
            len(ta) != len(tb) and _first_names_agree(ta[-2], tb[-2], arabic, han, hebrew))):
        return None
    if len(last_a) < 3 and not (both_first and len(last_a) >= 2):
        return None
    return f"same consonants across scripts: {a} ~ {b} ({last_a})"
