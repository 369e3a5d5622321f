"""Names in scripts without capitals: Chinese (dotted foreign names, glosses, surname + speech verb),
Japanese and Korean readings, Arabic names and lineages (part of :mod:`storylens.analysis.entities`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..._imports import LazyPattern, lazy_pattern
from ...text import LANGUAGES, alternation, profile, territory_names
from ...text._hanzi import chinese_compound_surnames, hangul_chinese_name, hangul_common_word, place_syllables
from ...text._lang import NativeNames
from ._aliases import _territory_pattern, known_name_keys, load_aliases
from ._names import _HAN, _HAN_RE, _exact_key

_ARABIC_RE = re.compile("[\u0600-\u06FF]")
_ZH_DOTS = frozenset("·・•‧")
_ZH_DOT_NAME = lazy_pattern(f"[{_HAN}]{{1,6}}(?:[·・•‧][{_HAN}]{{1,8}})+")
_ZH_GLOSS = lazy_pattern(
    f"([{_HAN}·・•‧]{{2,14}})\\s*[（(]\\s*([A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){{0,4}})\\s*[)）]"
)
_ZH_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤习"
)
_ZH_SPEECH = "说|表示|称|指出|告诉|认为|强调|介绍|透露|说道|宣布"
_ZH_TITLES = (
    "预报员|发言人|主席|总统|总理|部长|市长|教授|记者|主任|局长|首相|议员|法官|警官|医生|经理|总裁|董事长|"
    "队长|大使|省长|书记|院长|校长|专家|研究员|官员|"
    # court roles before a name (上诉人王建国, 被告人张某某; trial53 F4)
    "上诉人|被告人|原告|嫌疑人|律师|证人|"
    # heads of a place or a business before a name (副市长李国强, 社长朴智勋, 店主王海涛; trial57 F17/F34)
    "区长|县长|镇长|村长|厂长|所长|社长|店主|老板|站长|处长|科长|会长|厅长|"
    # roles an accident's report names people by (司机赵强, 机长王建国; try46 F6)
    "司机|驾驶员|机长|船长"
)
# What follows a Chinese person's name as the sentence's subject besides a speech verb: a particle or an adverb
# of the predicate ("李国强在现场表示", "王海涛已被警方控制", "李敏被警方带走", "王建国向记者介绍"; trial57 F17).
_ZH_SUBJECT_NEXT = "在|已|被|向|对|曾|将|也|还|正|随后|目前|当天"
# a name: a compound surname (欧阳, 司马: text data pinyin_names "compound_surnames") or a surname, then a given
# name of one or two characters (副市长欧阳明 was not read; try46 F6)
_ZH_NAME = LazyPattern(lambda: re.compile(
    f"(?:{'|'.join(sorted(chinese_compound_surnames(), key=len, reverse=True))}|[{_ZH_SURNAMES}])[{_HAN}]{{1,2}}?"))
_ZH_NAME_SPEAKS = LazyPattern(lambda: re.compile(f"(?<![{_HAN}])?({_ZH_NAME.pattern})(?={_ZH_SPEECH})"))
_ZH_TITLE_NAME = LazyPattern(lambda: re.compile(
    f"(?:{'|'.join(sorted({*_ZH_TITLES.split('|'), *profile('zh').titles}, key=len, reverse=True))})"
    f"({_ZH_NAME.pattern})(?={_ZH_SPEECH}|{_ZH_SUBJECT_NEXT}|[，。、；：的）)]|$)"))
# A Chinese name of three characters opening a sentence or a paragraph as its subject: "李国强在现场表示",
# "王海涛已被警方控制" (trial57 F17: the common news frame was not read). Three characters (a surname and a
# two-character given name; two read common words: "方案已", "高温已"), or a compound surname and its given name
# ("欧阳明在…"); places are left out by the caller.
_ZH_SUBJECT_NAME = LazyPattern(lambda: re.compile(
    f"(?:^|(?<=[。！？!?\n]))\\s*((?:{'|'.join(chinese_compound_surnames())})[{_HAN}]{{1,2}}?|[{_ZH_SURNAMES}][{_HAN}]{{2}})"
    f"(?={_ZH_SPEECH}|{_ZH_SUBJECT_NEXT})"))
# Not names although they start with a surname character: pronoun-like or common words.
_ZH_NOT_NAMES = frozenset("方面 周四 周三 周二 周一 周五 周六 周日 周末 高度 同时 金额 江河 石油 黄金 万人 龙卷 马上 向来 于是 任何 任务 程度 白天".split())


# Characters that end a transliterated name on its left or right: particles,
# classifiers and common nouns around names ("英国男子加里·麦克拉伦", "的").
# Common function characters that are also sound characters (于, 让, 季, 切): a name grown past four
# characters never takes one ("由于乔尔吉娅·梅洛尼" was "于乔尔吉娅·…", "第三季克里斯蒂娜" "季克里斯蒂娜").
_ZH_FUNCTION_CHARS = frozenset("于让季切的在和与对由位这一等")
_ZH_NAME_STOPS = frozenset("的是在了和与及或被将对向由为于从把让给说称表示男女子国人名位岁者员长家")


@lru_cache(maxsize=1)
def _zh_title_words() -> tuple[str, ...]:
    return tuple(sorted({*profile("zh").titles, *_ZH_TITLES.split("|")}, key=len, reverse=True))


def _trim_titles(text: str, start: int, dot: int, after: int, end: int) -> tuple[int, int]:
    """A title is not part of the name it touches: "(众议院)领袖米奇·麦康奈尔" -> "米奇·麦康奈尔",
    "唐纳德·特朗普总统" -> "唐纳德·特朗普" (text/data/zh.json "titles")."""
    chars = profile("zh").transliteration_chars
    if chars:
        # the parts of a name spelled by sound are made of the sound characters ("察官特雷" -> "特雷")
        while start < dot - 1 and text[start] not in chars:
            start += 1
        cut = after
        while cut < end and text[cut] in chars:
            cut += 1
        if cut > after:
            end = cut
    left, right = text[start:dot], text[after:end]
    for title in _zh_title_words():
        i = left.rfind(title)
        if i >= 0 and dot - (start + i + len(title)) >= 1:
            start = start + i + len(title)
            left = text[start:dot]
        j = right.find(title)
        if j >= 1:
            end = after + j
            right = text[after:end]
    return start, end


@lru_cache(maxsize=1)
def _zh_countries() -> frozenset[str]:
    return frozenset(territory_names("zh"))


def _after_country(text: str, start: int, dot: int) -> int:
    """A country name reaching into a name's left part is no part of it: "意大利卢卡·贝尔托尼" -> "卢卡·…"
    (利 is a sound character, so the name began at it); one that begins inside it is a name's sound."""
    countries = _zh_countries()
    for k in range(dot - 1, start, -1):
        # the country begins before the name: 马里 (Mali) inside "马里奥·德拉吉" is no country
        if any(0 <= k - n < start and text[k - n : k] in countries for n in range(2, 6)):
            return k
    return start


def _dot_names(text: str) -> list[tuple[int, int]]:
    """Spans of middle-dot names: each side of a dot grows over Han characters up
    to a stop character (left part at most 4, or 6 of sound characters only; right part at most 6)."""
    spans: list[tuple[int, int]] = []
    chars = profile("zh").transliteration_chars
    for m in re.finditer("[·・•‧]", text):
        start = m.start()
        while start > 0 and m.start() - start < 4 and _HAN_RE.match(text[start - 1]) and text[start - 1] not in _ZH_NAME_STOPS:
            start -= 1
        # a longer given name spelled by sound only ("弗朗切斯科", "克里斯蒂娜": five characters)
        while (0 < start and m.start() - start < 6 and text[start - 1] in chars
               and text[start - 1] not in _ZH_NAME_STOPS and text[start - 1] not in _ZH_FUNCTION_CHARS
               and all(c in chars for c in text[start : m.start()])):
            start -= 1
        end = m.end()
        while end < len(text) and end - m.end() < 6 and _HAN_RE.match(text[end]) and text[end] not in _ZH_NAME_STOPS:
            end += 1
        start, end = _trim_titles(text, start, m.start(), m.end(), end)
        start = _after_country(text, start, m.start())
        if start < m.start() and end > m.end():
            if spans and spans[-1][1] >= m.start():  # 约翰·菲茨杰拉德·肯尼迪: one name, two dots
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return spans


# A foreign name in Katakana with its parts joined by "・" ("アントン・ベリチ"): always a person.
_KANA_DOTTED = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}(?:[・･][\u30a1-\u30fa\u30fc]{2,})+")


@lru_cache(maxsize=4)
def _hangul_name_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(a name of two Hangul words after a title word, one before it) in ``lang``'s data ("titles",
    "particles", "topic_particles"): "지진학자 안톤 벨리치는", "미라 코스텔라츠 민방위청장은"."""
    data = profile(lang)
    if not data.titles or not data.particles:
        return None
    titles, ends = alternation(data.titles), alternation({*data.particles, *data.topic_particles})
    name = r"([\uac00-\ud7a3]{1,4} [\uac00-\ud7a3]{2,6}?)"
    return (re.compile(rf"(?<!\S)[\uac00-\ud7a3]*(?:{titles}) {name}(?:{ends})?(?=[\s,.\"“”]|$)"),
            re.compile(rf"(?<!\S){name} [\uac00-\ud7a3]*(?:{titles})(?:{ends})?(?=[\s,.\"“”]|$)"))


def _sound_script_people(text: str, lang: str) -> list[str]:
    """Foreign names a Japanese or Korean text spells by sound (trial 19 #9): a Katakana name with "・",
    a two-word Hangul name beside a title; a Chinese name of one Hangul word before the place or body it
    heads and its title ("어우양밍 하얼빈시 부시장": Ouyang Ming, Harbin's vice-mayor), never that place or
    body with the name (try46 F7 read "어우양밍 하얼빈시" and "광둥성 교통운수청" as people)."""
    names = [m.group() for m in _KANA_DOTTED.finditer(text)]
    # both patterns need Hangul letters: a text without any has no such name, whatever its language
    patterns = _hangul_name_patterns(lang) if _HANGUL_RE.search(text) and lang in LANGUAGES else None
    for k, rx in enumerate(patterns or ()):
        for m in rx.finditer(text):
            name = _without_final_particle(m.group(1), lang)
            first, last = name.split()
            if lang == "ko" and (hangul_common_word(first) or hangul_common_word(last)):
                # "우리 외교부 대변인은", "국방부 대변인 …": a pronoun or a title is no part of a name (break48 F12)
                continue
            if k == 1 and _hangul_seat(last, lang) and (_hangul_seat(first, lang) or hangul_chinese_name(first)):
                # "어우양밍 하얼빈시 부시장", "광둥성 교통운수청 부청장": a Chinese name or a place, then a place or a
                # body; a foreign surname may end so too ("코리나 마차도": 도 is a province's suffix)
                continue
            names.append(name)
    if patterns and lang == "ko":
        for m in _hangul_seated_name(lang).finditer(text):
            seat = m.group(2).split()
            # right before its title a name of three syllables at least ("장웨이밍 부시장은"; 2 are as often a word's)
            if all(_hangul_seat(w, lang) for w in seat) and (seat or len(m.group(1)) >= 3) \
                    and hangul_chinese_name(m.group(1)):
                names.append(m.group(1))
    return list(dict.fromkeys(names))


@lru_cache(maxsize=4)
def _hangul_seats(lang: str) -> tuple[str, ...]:
    """The last syllables of a place's or a body's name in ``lang`` (text data native_names "region_suffixes",
    "organisation_suffixes"; a Chinese province, district or prefecture as Korean writes it: 성, 구, 주)."""
    nn = profile(lang).native_names
    return tuple({*nn.region_suffixes, *nn.organisation_suffixes, "성", "구", "주"})


def _hangul_seat(word: str, lang: str) -> bool:
    """Whether a Hangul word names a place or a body by its suffix (하얼빈시, 광둥성, 교통운수청): two syllables
    at least before it."""
    return any(word.endswith(x) and len(word) - len(x) >= 2 for x in _hangul_seats(lang))


@lru_cache(maxsize=4)
def _hangul_seated_name(lang: str) -> re.Pattern[str]:
    """One Hangul word, then up to two words (the place or body it heads), then a title word (its particle
    aside): "어우양밍 하얼빈시 부시장은", "류즈쥔 광둥성 교통운수청 부청장은", "장웨이밍 부시장은"."""
    data = profile(lang)
    titles, ends = alternation(data.titles), alternation({*data.particles, *data.topic_particles})
    return re.compile(rf"(?<!\S)([\uac00-\ud7a3]{{2,5}}) ((?:[\uac00-\ud7a3]{{3,}} ){{0,2}})[\uac00-\ud7a3]*(?:{titles})"
                      rf"(?:{ends})?(?=[\s,.\"“”]|$)")


def _without_final_particle(name: str, lang: str) -> str:
    """A Hangul name with a particle no name ends with cut off (text/data "name_final_particles"): a name
    before the title word of another phrase ("헨리크 셰베리는 소방관 약 60명이 …", final36 F4d)."""
    last = name.rsplit(" ", 1)[-1]
    for particle in profile(lang).name_final_particles:
        if last.endswith(particle) and len(last) - len(particle) >= 2:
            return name[: -len(particle)]
    return name


_HANGUL_RE = re.compile("[\uac00-\ud7a3]")


@lru_cache(maxsize=1)
def _unspaced_alias_forms() -> tuple[tuple[str, str], ...]:
    """(form, type) of the alias table's organisations and people written in Han, Kana or Hangul ("国連",
    "유엔", "谭德塞", "安倍晋三"): no capital marks them, and the Chinese name rules read transliterations only,
    so the text is searched for them; longest first ("安倍晋三" before "安倍")."""
    script = re.compile("^[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]{2,}$")
    found = [(f, g.type) for g in load_aliases() if g.type in ("ORG", "PERSON") for f in g.forms if script.match(f)]
    return tuple(sorted(found, key=lambda ft: -len(ft[0])))


@lru_cache(maxsize=1)
def _arabic_alias_forms() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(form, type, its pattern) of the alias table's organisations written in Arabic ("صندوق النقد الدولي"):
    a caseless script, so the text is searched for them as for Han (trial20 #13: the IMF was unlinked in
    Arabic). A whole word each, after a proclitic or none ("وصندوق", text data "number_prefixes"); forms
    of single letters ("أ ف ب") are left to the agency readings (a letter ends and starts many words)."""
    clitics = alternation(profile("ar").number_prefixes)
    out = []
    for group in load_aliases():
        for form in group.forms:
            if group.type == "ORG" and _ARABIC_RE.search(form) and all(len(w) > 1 for w in form.split()):
                rx = re.compile(rf"(?<![\u0600-\u06FF])(?:{clitics})?{re.escape(form)}(?![\u0600-\u06FF])")
                out.append((form, group.type, rx))
    return tuple(out)


@lru_cache(maxsize=1)
def _time_zone_after() -> re.Pattern[str] | None:
    """A time-zone word after a country's name (text data "time_zone_words": "時間", "시각")."""
    words = [w for lang in LANGUAGES for w in profile(lang).time_zone_words]
    return re.compile(rf"\s?(?:{alternation(words)})") if words else None


# Foreign names spelled by sound in Chinese ("德国总理朔尔茨", "朔尔茨对记者说"): a run of the
# characters transliteration uses (text/data/zh.json "transliteration_chars") after a title or
# before a reporting verb (and its addressee).
@lru_cache(maxsize=1)
def _zh_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    zh = profile("zh")
    chars = re.escape(zh.transliteration_chars)
    titles = "|".join(sorted({*zh.titles, *_ZH_TITLES.split("|"), "外长", "首相", "总理", "總理", "国王", "國王"}, key=len, reverse=True))
    verbs = "|".join(sorted({*zh.reporting_verbs, *zh.addressees}, key=len, reverse=True))
    return (
        # a king's or pope's regnal number stays on the name: 国王穆罕默德六世, 国王查尔斯三世 (text.regnal_name)
        re.compile(f"(?:{titles})([{chars}]{{2,6}}(?:[一二三四五六七八九十]{{1,3}}世)?)(?![{chars}])"),
        re.compile(f"(?<![{chars}])([{chars}]{{2,6}})(?:{verbs})"),
    )


def _zh_transliterated(text: str) -> list[str]:
    if not profile("zh").transliteration_chars:
        return []
    after_title, before_verb = _zh_patterns()
    # a run touching a middle dot is a part of a dotted full name (马尔科 of 马尔科·费雷蒂), found whole
    names = [m.group(1) for rx in (after_title, before_verb) for m in rx.finditer(text)
             if text[m.end(1):m.end(1) + 1] not in _ZH_DOTS and text[m.start(1) - 1:m.start(1)] not in _ZH_DOTS]
    return [n for n in dict.fromkeys(names) if n not in _ZH_NOT_NAMES and not _territory_pattern("zh").fullmatch(n)]


_AR_STOPS = frozenset({
    "إن", "أن", "ان", "إنه", "أنه", "في", "على", "عن", "بأن", "إلى", "من", "خلال", "مع", "بعد", "قبل", "يوم",
    "اليوم", "أمس", "لدى", "عبر", "حول", "أمام", "الذي", "التي", "وقال", "قال", "وأضاف", "كما",
    "ضد", "نحو", "منذ", "حتى", "عند", "بين", "دون", "وسط", "أثناء", "بشأن", "إثر", "لكن", "وهو", "وهي",
})


_AR_TITLE_LINKS = frozenset({"باسم"})  # "in the name of": a spokesman's title goes on after it


@lru_cache(maxsize=1)
def _ar_patterns() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    ar = profile("ar")
    return frozenset(ar.titles), frozenset(ar.reporting_verbs), frozenset(a for a in ar.addressees if " " not in a)


@lru_cache(maxsize=1)
def _ar_bodies() -> frozenset[str]:
    """Arabic head nouns of a body (text/data/ar.json "construct_heads": بلدية municipality, وزارة ministry …)."""
    return frozenset(profile("ar").construct_heads)


_AR_POSSESSIVES = ("هما", "هم", "ها", "ه")  # his, her, their: "محاميه" his lawyer, "محاميتها" her lawyer


def _possessed_title(word: str, titles: frozenset[str]) -> bool:
    """A title with a possessive ending ("محاميه" = محامي + ه), its ت back to ة ("محاميته")."""
    for ending in _AR_POSSESSIVES:
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) >= 3:
            stem = stem[:-1] + "ة" if stem.endswith("ت") else stem
            if stem in titles or "ال" + stem in titles:
                return True
    return False


# Endings of an Arabic word that is no name: the accusative's tanwin (حرفياً), a possessive (استقالته) or
# the feminine ة of a noun (ضرورة); a third word after a titled two-word name ending so is the sentence's.
_AR_NOT_NAME_ENDINGS = ("اً", "ًا", "ة", "ه", "ها", "هم", "هما")


def _third_name(word: str, text: str) -> bool:
    """Whether a third word after a title's two-word name is the name's ("الرئيس التركي رجب طيب أردوغان",
    "وزير الداخلية علي يرلي كايا": trial 16 #6 cut them to "رجب طيب", "علي يرلي"): a word with no ending
    of a common noun, or one the text names alone again."""
    if len(word) < 3 or word in _AR_STOPS or word in territory_names("ar") or _known_name(word):
        return False  # "روبرت هولتسمان ضد القرار": a preposition (against) of two letters
    if word in _ar_day_parts():
        return False  # "إيمانويل ماكرون مساء الاثنين": the evening of the day, not a third name (trial53 F9)
    return not word.endswith(_AR_NOT_NAME_ENDINGS) or len(re.findall(rf"(?<![\u0600-\u06FF]){word}(?![\u0600-\u06FF])", text)) > 1


@lru_cache(maxsize=1)
def _ar_day_parts() -> frozenset[str]:
    """Arabic parts of the day (text/data/ar.json "time_cues" am/pm: مساءً, صباحاً) and their bare forms
    without the adverb's alif or tanwin (مساء, صباح), as a word after a name writes them."""
    words = (*profile("ar").time_am, *profile("ar").time_pm)
    return frozenset({*words, *(w.rstrip("اً") for w in words)})


# Words that join the next word to an Arabic name (text data "name_joins"): "بن" / "ابن" / "بنت" (son, daughter
# of), "آل" (the family of) name a lineage; "عبد" (servant of: "عبد الرحمن"), "أبو" (father of: "أبو الغيط").
_AR_NAME_JOINS = profile("ar").name_joins
_AR_LINEAGE = profile("ar").name_lineage


def _arabic_lineage(words: Sequence[str], j: int) -> str | None:
    """A name with a lineage or family word after its first word ("محمد بن عبد الرحمن آل ثاني", "فيصل بن فرحان
    آل سعود"), whole: each joining word (:data:`_AR_NAME_JOINS`) takes the word after it, article and all
    ("عبد الرحمن"); None when no lineage word ("بن", "آل") follows the first name."""
    if j + 2 >= len(words) or words[j] in _AR_NAME_JOINS or words[j].startswith("ال") or words[j + 1] not in _AR_LINEAGE:
        return None
    run, k = [words[j]], j + 1
    while k + 1 < len(words) and words[k] in _AR_NAME_JOINS and words[k + 1] not in _AR_STOPS:
        run += [words[k], words[k + 1]]
        k += 2
        if run[-1] == "عبد" and k < len(words):  # "بن عبد الرحمن": the servant's name follows
            run.append(words[k])
            k += 1
    return " ".join(run)


_AR_PARTICLES = profile("ar").name_particles  # text data "name_particles": "فون", "فان", "دي"


def _arabic_particle_name(words: Sequence[str], j: int, gaps: Sequence[str]) -> str | None:
    """A given name, one or two particles of a Western surname and its word ("أورسولا فون دير لاين", "مارك فان دي
    روته"), whole; None when no particle follows the first name, or no plain word (no article, no stop word, no
    punctuation between) follows the particles. ``gaps``: the text between word ``k`` and ``k + 1``."""
    p = j + 1
    while p < len(words) and p - j <= 2 and words[p] in _AR_PARTICLES:
        p += 1
    if p == j + 1 or p >= len(words) or words[p] in _AR_STOPS or words[p].startswith(("ال", "لل")) \
            or any(g.strip() for g in gaps[j:p]):
        return None
    return " ".join(words[j : p + 1])


_AR_CLIENT_ROLES = profile("ar").client_roles


# An Arabic word: the letters of the Arabic block without its punctuation (، ؛ ؟ ٪ ٫ ٬ ۔), which glued to a name
# ("أسامة ربيع،": ent44)
_AR_WORD = re.compile("(?:(?![\u060C\u061B\u061F\u066A-\u066D\u06D4])[\u0600-\u06FF])+")


def _arabic_people(text: str) -> list[str]:
    """Two-word names after a title ("المستشار الألماني أولاف شولتس": the title's adjectives
    start with ال) or right after a reporting verb ("وقال غاري ماكلارين إن"), and one word
    after a verb when it ends a name already found ("وقال شولتس للصحفيين")."""
    titles, verbs, addressees = _ar_patterns()
    found = list(_AR_WORD.finditer(text))
    words = [m.group() for m in found]
    out: list[str] = []
    for i, w in enumerate(words):
        if w in titles:
            j = i + 1
            # the title's complement: adjectives and nouns with the article, "باسم" (speaking for)
            # before one ("المتحدثة باسم الوزارة يانا نوفوتنا")
            while j < len(words) and words[j] not in addressees and (
                    words[j].startswith("ال")
                    or (words[j] in _AR_TITLE_LINKS and j + 1 < len(words) and words[j + 1].startswith("ال"))):
                j += 1
        elif w in verbs:
            j = i + 1
        else:
            continue
        while j < len(words) and _possessed_title(words[j], titles):
            j += 1  # "وأعلن محاميه أنطوان ليجيه": "his lawyer" is the role, the name follows
        if words[j - 1] in _AR_CLIENT_ROLES and j + 2 < len(words) and not any(
                x in _AR_STOPS or x in titles or x in verbs or x.startswith(("ال", "لل")) for x in words[j : j + 3]) \
                and not any(text[found[k].end() : found[k + 1].start()].strip() for k in (j, j + 1)):
            # "محامية سيتكالي أيغريم نورلانوفا": a lawyer's noun in the construct state (text/data "client_roles"),
            # its client, then her two-word name (as the quote speaker rules read it)
            j += 1
        while w in titles and j + 2 < len(words) and words[j] in _AR_TITLE_LINKS and words[j + 1] in _ar_bodies():
            j += 1  # "المتحدثة باسم وزارة الخارجية ماريا زاخاروفا": speaking for a body, named below
        while w in titles and j + 1 < len(words) and words[j] in _ar_bodies():
            # "رئيس بلدية مودينا": head of the municipality of Modena, the title's complement (final40: a PERSON
            # "بلدية مودينا"); a name may follow it ("رئيس بلدية مودينا جان كارلو موتساريلي")
            j += 2
            # "رئيس هيئة قناة السويس أسامة ربيع": a common noun (ة) of the complement in construct with a definite
            # one ("the Suez Canal Authority"), then the name (ent44: no name was read there)
            while j < len(words) and words[j - 1].endswith("ة") and words[j].startswith("ال"):
                j += 1
            # ... and its adjectives ("هيئة الأرصاد الجوية": the meteorological authority)
            while j + 2 < len(words) and words[j - 1].startswith("ال") and words[j].startswith("ال") \
                    and words[j].endswith(("ية", "ي")):
                j += 1
        if j == i + 1 and not w.startswith("ال") and w.isalpha() and w in titles:
            # a title without the article is in the construct state: the bare word after it is what it heads
            # ("رئيس آفاد أوكاي ميميش": the head of AFAD, Okay Memiş; "مدير ناسا بيل نيلسون"), and a feminine
            # noun there heads the next in turn ("وزير خارجية تركيا هاكان فيدان"); trial64 F11, the person was
            # "آفاد أوكاي ميميش" and no name of another script met it
            while j + 2 < len(words) and not words[j].startswith(("ال", "لل")) and words[j] not in titles \
                    and words[j] not in _AR_STOPS and words[j] not in verbs and words[j] not in addressees \
                    and not text[found[j].end() : found[j + 1].start()].strip() \
                    and (j == i + 1 or words[j - 1].endswith("ة")):
                j += 1
        run: list[str] = []
        for k, x in enumerate(words[j : j + 3], start=j):
            if run and text[found[k - 1].end() : found[k].start()].strip():
                break  # "القاضية إيلينا مورافيتس: «لقد …»": a name ends at a colon or a quotation mark
            god = x == "الله" and run[-1:] == ["عبد"]  # "عبد الله": one name, article and all
            # "عامل الإقليم بوعبيد الكراب": after a title, a family name with its article (El Guerrab) follows the
            # given name; a feminine noun (ة) is the sentence's
            family = w in titles and len(run) == 1 and run[0] not in _AR_NAME_JOINS and x.startswith("ال") \
                and not x.endswith("ة") and len(x) >= 5 \
                and x not in territory_names("ar")
            if not god and not family and (
                    x in _AR_STOPS or x in addressees or x in titles or x in verbs or x.startswith(("ال", "لل"))):
                break
            run.append(x)
        size = 3 if len(run) == 3 and (run[0] in ("عبد", "أبو") or (w in titles and _third_name(run[2], text))) else 2
        if run and (run[0] in territory_names("ar") or _known_name(run[0])):
            continue  # "وقال الرئيس: فرنسا تقف …": a country opens the clause, no name follows the verb
        lineage = _arabic_lineage(words, j)
        particled = _arabic_particle_name(words, j, [text[found[k].end() : found[k + 1].start()] for k in range(len(found) - 1)])
        if lineage:  # "محمد بن عبد الرحمن آل ثاني": the whole name (final31 #7 cut it to "محمد بن عبد")
            out.append(lineage)
        elif particled:  # "أورسولا فون دير لاين": the surname's particles and its word (issue #12: "أورسولا فون")
            out.append(particled)
        elif len(run) >= 2:
            out.append(" ".join(run[:size] if run[0] not in ("عبد", "أبو") else run[:2]))
        elif len(run) == 1 and any(name.split()[-1] == run[0] for name in out):
            out.append(run[0])
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _ar_place_cues() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """(the place cues of text/data/ar.json "place_cues", the directions among them, the proclitics)."""
    ar = profile("ar")
    cues = frozenset(ar.place_cues)
    return cues, frozenset(c for c in cues if c.startswith(("جنوب", "شمال", "شرق", "غرب"))), tuple(ar.number_prefixes)


def _arabic_places(text: str) -> list[str]:
    """Places an Arabic text names after a place noun or a direction (text data "place_cues"): "إقليم الحوز"
    (the province of Al Haouz), "جنوب مراكش" (south of Marrakech), both ends of "بين مراكش وتارودانت" (between
    Marrakech and Taroudant), "بمدينة أكادير". A name after a direction or "بين" has no article ("جنوب البلاد",
    south of the country, is none); a word of the stop list, a title or a cue is never one (trial50 F14: no
    Moroccan place of an Arabic report was read)."""
    cues, directions, prefixes = _ar_place_cues()
    if not cues:
        return []
    titles = _ar_patterns()[0]
    found = list(re.finditer(r"[\u0621-\u065F\u0670-\u06D3]+", text))  # letters and marks, no "،" or "؟"
    words = [m.group() for m in found]

    def name(k: int, article: bool) -> str | None:
        if k >= len(words) or text[found[k - 1].end() : found[k].start()].strip():
            return None  # "إقليم، ..." : a mark between cue and word
        x = words[k]
        if len(x) < 3 or x in _AR_STOPS or x in titles or x in cues or (x.startswith("ال") and not article):
            return None
        return x

    out: list[str] = []
    for i, w in enumerate(words):
        cue = w if w in cues else w[1:] if w[:1] in prefixes and w[1:] in cues else None
        if cue is None:
            continue
        if cue == "بين":  # both ends, the second after و (and)
            first = name(i + 1, False)
            if first and i + 2 < len(words) and words[i + 2].startswith("و") \
                    and not text[found[i + 1].end() : found[i + 2].start()].strip():
                second = words[i + 2][1:]
                if len(second) >= 3 and not second.startswith("ال") and second not in _AR_STOPS:
                    out += [first, second]
            continue
        place = name(i + 1, cue not in directions)
        if place:
            out.append(place)
    return list(dict.fromkeys(out))


# Characters before which a Chinese administrative name may start: a preposition of place ("在江苏省"), a
# conjunction ("和", "与", "及") or a list mark; at a run's start or right after another such name it may too.
_ZH_PLACE_BEFORE = frozenset("在于从至到赴和与及、经向往")


def zh_admin_places(text: str) -> list[str]:
    """Chinese provinces, cities, counties and towns by their suffix (text data zh "native_names"
    "place_suffixes": 省, 市, 县 …): a name of two or three characters before it, where a name may start (a
    run's start, after 在 / 于 / 和 …, or right after another such name: 江苏省盐城市响水县 is three), not a word
    of the table's "not_names" (城市, 全省). trial50 F14: 江苏省 and 响水县 were never read."""
    nn = profile("zh").native_names
    if not nn.place_suffixes:
        return []
    out: list[str] = []
    for run in re.finditer(f"[{_HAN}]+", text):
        body, pos, chained = run.group(), 0, True
        while pos < len(body) - 2:
            found = None
            if chained or body[pos - 1] in _ZH_PLACE_BEFORE:
                found = _zh_admin_at(body, pos, nn)
                if chained and body[pos] in _ZH_PLACE_BEFORE and (after := _zh_admin_at(body, pos + 1, nn)):
                    # "江苏省和盐城市": 和 ("and") joins two places; it opens the next one only when nothing
                    # follows it (广东省和平县 is Heping County)
                    out.append(after)
                    pos += 1 + len(after)
                    continue
            if found:
                out.append(found)
                pos += len(found)
                chained = True
            else:
                pos += 1
                chained = False
    return list(dict.fromkeys(out))


def _zh_admin_at(body: str, pos: int, nn: NativeNames) -> str | None:
    """The place name of two or three characters and its suffix that starts ``body`` at ``pos``, or None."""
    for size in (2, 3):
        suffix = next((x for x in nn.place_suffixes if body.startswith(x, pos + size)), None)
        form = body[pos : pos + size] + suffix if suffix else ""
        if suffix and form not in nn.not_names and body[pos : pos + size] not in nn.not_names:
            return form
    return None


def zh_place_reading(form: str) -> str | None:
    """The pinyin of a Chinese administrative name without its suffix, lower-case and toneless (江苏省 ->
    "jiangsu", 响水县 -> "xiangshui"; a heteronym by its place reading: 重庆市 -> "chongqing", 成都市 ->
    "chengdu", :func:`storylens.text._hanzi.place_syllables`), as Latin reports write it; None for no such form."""
    suffix = next((x for x in profile("zh").native_names.place_suffixes if form.endswith(x)), None)
    if not suffix or len(form) - len(suffix) < 2 or not re.fullmatch(f"[{_HAN}]+", form):
        return None
    return "".join(place_syllables(form[: -len(suffix)]))


def _known_name(form: str) -> bool:
    """``form`` is a name of the alias table or of babel's territories (any language)."""
    return _exact_key(form) in known_name_keys()
