"""Speakers in scripts without capitals: Chinese and Japanese (verb-final clauses, titled and foreign
names) and Arabic (names, lineages, titles) (part of :mod:`storylens.analysis.quotes`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..._imports import lazy_pattern
from ...text import alternation, profile, territory_names
from ...text._lang import NativeNames
from ._subjects import Subject
from ._vocab import _ARABIC, _CJK, _HAN, _QUOTE_SLOT, _TOKEN_RE, _Attribution, _plausible_speaker


def _cjk_colon_subject(lead: str) -> Subject | None:
    """"质问者破坏了拜登的竞选活动：“…”", "王丽表示：“…”" without the verb matched: the person the clause
    before the full-width colon opens with (a description ending in a person noun, or a name)."""
    clause = re.split(r"[。！？；§]", lead)[-1].strip()
    if not _HAN.match(clause):
        return None
    last = re.split(r"[，,]", clause)[-1]
    pronoun = next((p for p in sorted(_CJK_PRONOUNS, key=len, reverse=True) if last.startswith(p)), None)
    if pronoun and not _cjk_person_phrase(clause):
        return "pronoun", pronoun  # "当被问及…时，他的回答是：“…”" (his answer was)
    described = _cjk_person_phrase(clause)
    if described:
        return ("description" if described.endswith(_ZH_PERSON_NOUNS) else "name"), described
    name = _cjk_opening_name(clause)
    return ("name", name) if name else None
_CJK_VERBS = sorted({v for lang in _CJK for v in profile(lang).reporting_verbs}, key=lambda w: (-len(w), w))
_CJK_ATT = lazy_pattern(
    rf"(?P<who>[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){{0,3}} ?|[^，,。；;：:“”「」§！？\s]{{1,24}}?)(?:{'|'.join(map(re.escape, _CJK_VERBS))})"
)
_CJK_PRONOUNS = {"他", "她", "他们", "她们"}
_CJK_NAMING_AS = ("为", "為", "作", "做")  # 称为, 称作: "call (someone) …"
_ZH_SURNAMES = frozenset(profile("zh").surnames)
# Japanese surnames of two characters or more (the single ones, 林 or 森, are Chinese surnames too)
_JA_SURNAMES = frozenset(s for s, _ in profile("ja").native_names.surnames if len(s) >= 2)


# What stands between a speaker and the verb and is not the speaker: the addressee ("对记者",
# text/data "addressees"), a day ("14日", "周一"), a setting ("在新闻发布会上").
_CJK_ADDRESSEES = tuple(sorted({a for lang in _CJK for a in profile(lang).addressees}, key=len, reverse=True))
_CJK_TAIL = lazy_pattern(
    r"(?:" + alternation(_CJK_ADDRESSEES) + r"|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号號]|[周週]|星期[一二三四五六日天]"
    r"|[今昨前明当當]天|在[^，,。；;：:\s]{1,24}?[上中时時]|[对對向跟][^，,。；;：:\s]{1,6}?"
    # a place without a postposition and a part of that day ("图斯克当晚在华沙说": in Warsaw that evening;
    # trial 17): no 的 or person noun in it, so "在场的一名男子" (a man present) stays a description
    # (日 inside a place's name, not closing it: "谭德塞在日内瓦表示" in Geneva, "在日本")
    r"|在(?:[^，,。；;：:\s的人者员員在晚日夜天]|日(?!$)){2,8}?|[当當今昨前次][晚日夜]"
    # a weekday or part of the day ("周三", "上午"), an adverb ("总是", "随后") before the verb (dev23 zh gold)
    r"|[周週][一二三四五六日天]|[上下中晚早]午|晚上|早上|总是|總是|一直|曾经|曾經|再次|随后|隨後|随即|隨即|已经|已經|正在|也|还|還|都|又|则|則|曾|所|开始|開始)$"
) if _CJK_ADDRESSEES else None


def _cjk_speaker_part(who: str) -> str:
    """'德國總理蕭茲14日對記者' -> '德國總理蕭茲', '王丽在新闻发布会上对记者' -> '王丽'."""
    while _CJK_TAIL is not None:
        m = _CJK_TAIL.search(who)
        if not m or m.start() == 0:
            return who
        who = who[: m.start()]
    return who


# Characters of transliterated foreign names (text/data/zh.json "transliteration_chars")
_ZH_SOUND_CHARS = frozenset(profile("zh").transliteration_chars or "")
# A setting, never a speaker: "…的红地毯上", "仪式上", "会议中" (a place noun and its postposition)
_CJK_PLACE = re.compile(r"[上中里裡内內外]$")


@cache
def _verb_final_patterns(language: str) -> tuple[tuple[re.Pattern[str], ...], tuple[str, ...], tuple[str, ...],
                                                  tuple[str, ...]]:
    """((speaker before the quotation, speaker after it, speaker before an adverbial and the quotation), titles,
    modifier particles, connective endings) for a language whose verb
    of saying ends the sentence (text data "verb_final", "quote_links", "quote_links_any_verb",
    "topic_particles", "reporting_verbs", "titles", "addressees", "modifier_particles"):
    "X氏は「…」と述べた", "X는 "…"고 말했다", "X 씨는 "…"며 울먹였다"; "「…」と、X氏は述べた", "「…」X長官が語った"."""
    data = profile(language)
    verbs, links, topics = alternation(data.reporting_verbs), alternation(data.quote_links), alternation(data.topic_particles)
    # (words apart by any run of spaces: an age in brackets is masked to spaces, "김영희(54) 씨" -> "김영희     씨")
    who = r"[^\s§。、，,.!?！？「」]+(?:[ \t]+[^\s§。、，,.!?！？「」]+){0,3}?"
    # an addressee may stand between the subject and the quotation, with a comma after it ("바르가 주지사는
    # 기자들에게 "…"라고", "知事は記者団に対し、「…」と"; "addressees")
    told = rf"(?:(?:{alternation(data.addressees)})[、，,]?\s*)?" if data.addressees else ""
    said = rf"(?:{links})[^§。.!?]{{0,30}}?(?:{verbs})"
    if data.quote_links_any_verb:  # "…"며 울먹였다: any verb closing the sentence
        said = rf"(?:{said}|(?:{alternation(data.quote_links_any_verb)})\s[^§。.!?\"“”]{{0,24}}?(?=[。.!?]|\s*$))"
    # a day or a setting closed by a comma between the subject and the quotation ("石破茂首相は3日、記者団に「…」と",
    # "林芳正官房長官は3日の記者会見で、「…」と": break50 N3, the speaker was lost); no topic particle in it, so
    # a later subject of its own ("…した後、Yは「…」") is still the speaker
    no_topic = "".join(re.escape(p) for p in data.topic_particles if len(p) == 1)
    # ("3日の記者会見で「…」と": or by the addressee or setting itself)
    close = rf"(?:[、，,]|(?=(?:{alternation(data.addressees)})))" if data.addressees else "[、，,]"
    when = rf"(?:[^\s§。、，,.!?！？「」\"“”{no_topic}]{{1,16}}?{close}\s*)?"
    # (a masked age may stand before the particle: "佐藤花子さん（54）は")
    before = re.compile(rf"(?P<who>{who})[ \t]*(?:{topics})\s*{when}{told}{_QUOTE_SLOT}\s*{said}")
    # a short adverbial of up to three spaced words between the subject and the quotation ("홍명보 감독은 경기 후
    # "…"고 말했다": after the match; trial53 F10); no word of the subject then ends in a topic particle, so
    # the subject stops at the first one ("손흥민 선수는 경기가 끝난 뒤": not "…경기" + 가)
    unmarked = "".join(f"(?<!{re.escape(p)})" for p in data.topic_particles)
    word = rf"[^\s§。、，,.!?！？「」]+{unmarked}"
    gap = r"(?:[^\s§。、，,.!?！？「」\"“”]+[ \t]+){1,3}?"
    gapped = re.compile(rf"(?P<who>{word}(?:[ \t]+{word}){{0,3}}?)(?:{topics})[ \t]+{gap}{told}{_QUOTE_SLOT}\s*{said}")
    after = re.compile(rf"{_QUOTE_SLOT}\s*(?:(?:{links})[、，,]?\s*)?(?P<who>{who})(?:{topics})\s*(?:{verbs})")
    # (a minister's title: "デジタル相", "経済安保相"; text data native_names "office_heads", break50b #4)
    titles = tuple(sorted(dict.fromkeys([*data.titles, *data.native_names.office_titles]), key=len, reverse=True))
    return (before, after, gapped), titles, data.modifier_particles, data.connective_endings


def _verb_final_speaker(who: str, titles: tuple[str, ...], modifiers: tuple[str, ...] = (),
                        connectives: tuple[str, ...] = (), honorifics: tuple[str, ...] = (),
                        prefixes: tuple[str, ...] = (), settings: tuple[str, ...] = (),
                        places: tuple[str, ...] = (), native: NativeNames | None = None,
                        joiners: tuple[str, ...] = ()) -> str:
    """The name in a Japanese or Korean subject: the last Katakana run with its "・" ("地震学者のアントン・ベリチ氏"
    -> アントン・ベリチ), else the words after the last modifier particle ("住民の佐藤花子さん", "구조대의 안나
    켈러 대장") left when the titles before and after it are dropped ("지진학자 안톤 벨리치" -> 안톤 벨리치,
    "미라 코스텔라츠 민방위청장" -> 미라 코스텔라츠, "엘레나 페트레스쿠 항만청장" -> 엘레나 페트레스쿠; "마리아 루이사" stays whole: :func:`_glued_title`)."""
    # the words after the last modifier particle first: "ソニーグループの吉田憲一郎社長" is 吉田憲一郎, whose company
    # stands before the particle (break50b #5: the company's Katakana was taken for a name)
    for particle in modifiers:
        who = who.rsplit(particle, 1)[-1]
    bare = _untitled(who, titles, joiners)
    kana = list(_KANA_NAME.finditer(bare))
    # a Katakana run that ends a company's name, or that a company's suffix follows, is no person's name: the
    # subject is the company, whole ("トヨタ自動車", "楽天グループ"; text data native_names "company_suffixes",
    # "organisation_suffixes")
    company = bool(kana) and native is not None and (
        kana[-1].group().endswith(native.company_suffixes)
        or bare.startswith((*native.company_suffixes, *native.organisation_suffixes), kana[-1].end()))
    if kana and not company:
        return kana[-1].group()
    # a dateline or a date before the subject ("東京12月3日 林芳正官房長官は": break50 N3): a name holds no digit
    while len(parts := who.split(None, 1)) > 1 and any(c.isdigit() for c in parts[0]):
        who = parts[1]
    def titled(word: str) -> bool:
        return any(_glued_title(word, t, honorifics, prefixes) for t in titles)

    office = False  # a title was dropped from the end
    dropped = ""
    for title in titles:
        if who.endswith(title) and len(who) > len(title) and _glued_title(who.split()[-1], title, honorifics, prefixes):
            office = title not in honorifics
            dropped = title
            head = who[: -len(title)]
            if " " in head.strip() and not head[-1].isspace() and title not in honorifics:
                # a title glued to the word before it after a name of its own is a compound office title
                # ("항만청장": port authority chief; text data "name_honorifics" are what a name itself takes)
                head = head.rsplit(None, 1)[0]
            who = _untitled(head.strip(), titles, joiners, once=False)
            break
    # a setting or an addressee before the name ("記者会見で李国強副市長は": at the press conference; text data
    # "addressees"), and after a title dropped, the place it is the office of ("리궈창 옌청시 부시장": Yancheng's vice
    # mayor; text data "place_suffixes"): trial59 F10, the speakers were "記者会見で李国強副" and "리궈창 옌청시"
    opening = next((a for a in sorted(settings, key=len, reverse=True) if who.startswith(a) and len(who) > len(a)), "")
    who = who[len(opening) :].strip()
    if office and native is not None and " " not in who:
        who = _office_holder(who, dropped, native) or who
    words = who.split()
    if office and len(words) > 1 and len(words[-1]) >= 3 and words[-1].endswith(places):
        words = words[:-1]
    while len(words) > 1 and titled(words[0]):
        words = words[1:]
    while len(words) > 1 and titled(words[-1]):
        words = words[:-1]
    # a phrase linked to the clause before the name ("지진과 관련해 레나 바르가"; "connective_endings": none
    # that ends a given name, as 로 ends "카를로")
    while len(words) > 1 and words[0].endswith(connectives):
        words = words[1:]
    return " ".join(words)


# A Katakana name, its parts joined by "・" ("アントン・ベリチ")
_KANA_NAME = re.compile(r"[\u30a1-\u30fa\u30fc]+(?:[・･][\u30a1-\u30fa\u30fc]+)*")


def _untitled(who: str, titles: tuple[str, ...], joiners: tuple[str, ...], once: bool = True) -> str:
    """``who`` without the title that ends it (when ``once``) and the titles joined to it before
    ("三木谷浩史会長兼社長" -> 三木谷浩史: text data "title_joiners"; break50b #5); a title alone stays."""
    if once:
        title = next((t for t in titles if who.endswith(t) and len(who) > len(t)), "")
        who = who[: len(who) - len(title)]
    while joint := next((j for j in joiners if who.endswith(j) and len(who) > len(j)), ""):
        title = next((t for t in titles if who[: -len(joint)].endswith(t) and len(who) - len(joint) > len(t)), "")
        if not title:
            break
        who = who[: -len(joint) - len(title)]
    return who


def _office_holder(head: str, title: str, native: NativeNames) -> str | None:
    """The name opening ``head``, the words before a Japanese office title, when the place the office is of
    follows it ("小池百合子東京都" (知事) -> 小池百合子; name then title, the usual Japanese order: break50 N3), or
    None: a known surname and a given name of one to three characters, then a place, a known region (text data
    "native_names" "regions") with or without its suffix ("東京都", "北海道"), else two characters and a place's
    or a body's suffix of one character ("横浜市", "消防庁": "place_suffixes", "organisation_suffixes"), or a body
    "organisation_heads" names ("日銀", "経団連")."""
    ends = tuple(x for x in (*native.place_suffixes, *native.organisation_suffixes) if len(x) == 1)
    regions = {r for r, _ in native.regions}
    surnames = {s for s, _ in native.surnames}

    def person(name: str) -> bool:
        return any(name[:n] in surnames and 1 <= len(name) - n <= 3 for n in (3, 2, 1))

    def region(place: str) -> bool:
        return place in regions or any(place.endswith(x) and place[: -len(x)] in regions for x in native.place_suffixes)

    # (a title that opens with the place's suffix, 市長 or 町長, leaves the place without it: "山中竹春横浜")
    place = head + title[0] if title[:1] in ends else head
    # (or a body the text data knows by name, whole or short: "植田和男日銀" (総裁), "茂木敏充自民党" (幹事長))
    bodies = {name for name, _ in native.organisation_heads}
    cuts = range(len(head) - 2, 1, -1)
    cut = next((c for c in cuts if (region(place[c:]) or head[c:] in bodies) and person(head[:c])), None)
    if cut is None and len(place) >= 5 and place.endswith(ends) and person(place[:-3]):
        cut = len(place) - 3
    return head[:cut] if cut else None


def _glued_title(word: str, title: str, honorifics: tuple[str, ...], prefixes: tuple[str, ...]) -> bool:
    """Whether ``word`` ends in ``title`` as a title: the title alone, a name's honorific ("김씨"), or glued to
    a head of two syllables or more ("항만청장", "대표이사") or to a one-syllable office prefix (text data
    "office_prefixes": "부시장"). A single other syllable before it is part of a name: "루이사" (Luisa),
    "라이사" (Raisa) end in 이사 (director) only by sound (review33b #6)."""
    if not word.endswith(title):
        return False
    head = word[: -len(title)]
    # (a Hangul block is one syllable; a single kanji before a Japanese title is a surname: "林氏", "林市長")
    return not head or title in honorifics or len(head) >= 2 or head in prefixes or not "\uac00" <= head <= "\ud7a3"


@cache
def _speaker_cues(language: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...],
                                         tuple[str, ...], tuple[str, ...], tuple[str, ...], NativeNames,
                                         tuple[str, ...]]:
    """What :func:`_verb_final_speaker` reads a subject by in ``language``, after ``who``: titles, modifier particles,
    connective endings, name honorifics, office prefixes, what opens a subject before the name (text data
    "addressees"), the endings of an office's place (the city, county and province; not 도 or 주, the ends of
    foreign given names: "페르난도"), the native names, title joiners."""
    data = profile(language)
    _, titles, modifiers, connectives = _verb_final_patterns(language)
    places = tuple(p for p in data.place_suffixes if p not in ("도", "주"))
    return (titles, modifiers, connectives, data.name_honorifics, data.office_prefixes, data.addressees, places,
            data.native_names, data.title_joiners)


def _verb_final_attributions(masked: str, language: str) -> list[_Attribution]:
    """Speakers of a language whose verb of saying follows the quotation (Japanese, Korean; trial 19 #8):
    the subject marked by a topic or subject particle before the quotation or between it and the verb."""
    patterns = _verb_final_patterns(language)[0]
    out: list[_Attribution] = []
    not_after = profile(language).topic_not_after
    for rx in patterns:
        for m in rx.finditer(masked):
            if not_after and m.group("who").endswith(not_after):
                continue  # "物価高については「…」と語った": as for prices, no subject (text data "topic_not_after")
            name = _verb_final_speaker(m.group("who"), *_speaker_cues(language))
            if name and not any(a.start <= m.start("who") < a.end for a in out):
                out.append(_Attribution(m.start("who"), m.end(), "name", name, "subject-verb"))
    return out


def _topic_speaker(lead: str, tail: str, language: str) -> str | None:
    """The subject that ``lead`` (the words before a quotation in a verb-final language) ends with, marked by a
    topic particle, when ``tail`` (what follows the closing mark) opens with a quote link ("野党は「…」と反発した":
    the opposition, whatever verb closes the clause), else None. A quotation after a clause with its own
    speaker: "石破茂首相は「…」と述べ、野党は「…」と反発した" (break50b #6: both went to 石破茂)."""
    data = profile(language)
    lead = lead.rstrip(" \t、，,")
    topic = next((p for p in sorted(data.topic_particles, key=len, reverse=True) if lead.endswith(p)), None)
    if topic is None or not tail.lstrip().startswith(tuple(data.quote_links)) \
            or lead[: -len(topic)].endswith(data.topic_not_after):
        return None
    who = re.split(r"[\s§。、，,.!?！？「」\"“”]", lead[: -len(topic)])[-1]
    if not who or not _plausible_speaker(who):
        return None
    return _verb_final_speaker(who, *_speaker_cues(language)) or None


def _cjk_attributions(masked: str) -> list[_Attribution]:
    """“…。”市气象台首席预报员王丽说。 / 她表示，…: the name (a surname and one or two characters) before the verb."""
    out = []
    for m in _CJK_ATT.finditer(masked):
        who = _cjk_speaker_part(m.group("who"))
        honorific = next((h for h in _ZH_HONORIFICS if who.endswith(h) and len(who) > len(h) + 1), None)
        if honorific:  # "护士长张丽女士表示", "首席经济学家张明博士说": the name before its honorific
            who = who[: -len(honorific)]
        # a passive of naming: "她被同事们称为“英雄”" (she is called "hero" by her colleagues): the agent
        # speaks ("王丽被记者问及时说" stays Wang Li's: 被 there is the asking's, not the saying's)
        if masked[m.end() : m.end() + 1] in _CJK_NAMING_AS:
            who = who[who.rfind("被") + 1 :] or who
        if who[:1].isascii() and who[:1].isupper():  # "…，”Fara 宣布"
            out.append(_Attribution(m.start("who"), m.end(), "name", who.strip(), "subject-verb"))
            continue
        for pron in sorted(_CJK_PRONOUNS, key=len, reverse=True):
            if who.endswith(pron):
                out.append(_Attribution(m.start("who"), m.end(), "pronoun", pron, "subject-verb"))
                break
        else:
            tail = who.rsplit("的", 1)[-1]
            if tail != who and 2 <= len(tail) <= 6 and (_ZH_SOUND_CHARS.issuperset(tail) or _cjk_name(tail) == tail):
                who = tail  # "慌乱的拜登": an adjective with 的 before the person ("男孩的父亲" stays whole)
            name = _cjk_name(who) or _cjk_titled_name(who) or _cjk_name_then_title(who)
            if name:
                out.append(_Attribution(m.start("who"), m.end(), "name", name, "subject-verb"))
            elif len(who) >= 2 and not _CJK_PLACE.search(who):
                # a short transliterated name without a title ("鲁哈尼表示") is a name: a later 他 refers to it
                kind = "name" if len(who) <= 4 and not who.endswith(_ZH_TITLES) and _TRANSLITERATED.fullmatch(who) \
                    and _ZH_SOUND_CHARS.issuperset(who) else "description"
                out.append(_Attribution(m.start("who"), m.end(), kind, who, "subject-verb"))
    return out + _cjk_clause_subjects(masked, out)


_ZH_PERSON_NOUNS = profile("zh").person_nouns
# What a name itself takes after it ("张丽女士", "张明博士"; text/data zh.json "name_honorifics")
_ZH_HONORIFICS = tuple(sorted(profile("zh").name_honorifics, key=len, reverse=True))
_CJK_CLAUSE_VERB = re.compile(r"[，,]\s*(?:" + "|".join(map(re.escape, _CJK_VERBS)) + ")")


def _cjk_clause_subjects(masked: str, found: list[_Attribution]) -> list[_Attribution]:
    """A reporting verb opening a clause of its own ("…打断，称他为“…”", "…指责他行为不当，大喊“…”")
    has the subject of the clause before it: a passive's agent ("被一系列质问者打断"), else the
    person that clause opens with ("房间后面的一名男子指责…", "王丽在台上…")."""
    out = []
    for m in _CJK_CLAUSE_VERB.finditer(masked):
        if any(a.start <= m.end() - 1 < a.end for a in found):
            continue
        before = masked[: m.start()]
        # (a space between Han characters ends a headline run into the text: "…的围攻 示威者涌入…")
        clause = re.split(r"[，,。；;：:！？!?§”」]|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])", before)[-1].strip()
        passive = clause.rfind("被")
        who = _cjk_person_phrase(clause[passive + 1 :]) if passive >= 0 else None
        if who is None and passive < 0:
            who = _cjk_person_phrase(clause) or _cjk_bare_subject(clause)
        start = len(before) - len(clause)
        if who:
            out.append(_Attribution(start, m.end(), "description" if who.endswith(_ZH_PERSON_NOUNS) else "name",
                                    who, "clause-subject"))
        elif passive < 0 and clause:
            # "博里奇走上讲台，大喊“…”": a left-out subject is the person the sentence is about, as 他 is
            out.append(_Attribution(start, m.end(), "pronoun", "他", "clause-subject"))
    return out


def _cjk_person_phrase(clause: str) -> str | None:
    """The description of a person a clause opens with, up to its first person noun
    ("房间后面的一名男子指责他" -> "房间后面的一名男子"), or a name the clause opens with."""
    ends = [i + len(n) for n in _ZH_PERSON_NOUNS for i in [clause.find(n)] if 0 <= i <= 12
            and not (n == "者" and clause[i - 1 : i] in ("或", "再"))]
    if not ends:
        return None
    end = min(ends)
    # "一群矿工家属", "几名矿工的家属": the head is the last person noun of the run
    while nxt := next((n for n in _ZH_PERSON_NOUNS for of in ("", "的") if clause.startswith(of + n, end)), None):
        end = clause.index(nxt, end) + len(nxt)
    return clause[:end] or None


def _cjk_name(chunk: str) -> str | None:
    """The personal name that ends ``chunk`` (after titles such as 首席预报员), or None: a Chinese
    surname and one or two characters, unless they end a longer transliterated name, which is taken
    whole ("塞普尔韦达", "卡罗琳娜·塞普尔韦达", not "韦达"). A Japanese surname of two or three characters (text/data
    ja.json "native_names" "surnames") and a given name of one to three ends a Japanese name written in Chinese
    ("岸田文雄", not "田文雄"; "宫崎县知事山本健一": trial64 F11)."""
    for size in range(6, 2, -1):
        cand = chunk[-size:]
        if len(cand) == size and _HAN.fullmatch(cand[-1]) and all(_HAN.match(c) for c in cand) and any(
                cand[:n] in _JA_SURNAMES and 1 <= size - n <= 3 for n in (3, 2)):
            return cand
    for size in (3, 2):
        cand = chunk[-size:]
        if len(cand) == size and (cand[0] in _ZH_SURNAMES or cand[:2] in _ZH_SURNAMES) and _HAN.match(cand):
            return _cjk_foreign_name(chunk, size) or cand
    return None


def _sound_run(text: str, end: int) -> str:
    """The run of transliteration characters (and the "·" between a foreign name's parts) ending at ``end``."""
    start = end
    while start > 0 and (text[start - 1] in _ZH_SOUND_CHARS or text[start - 1] in "·・" and start < end):
        start -= 1
    return text[start:end].lstrip("·・")


def _sound_prefix(text: str) -> str:
    """The run of transliteration characters (and "·") opening ``text``, without a trailing "·"."""
    end = 0
    while end < len(text) and (text[end] in _ZH_SOUND_CHARS or text[end] in "·・" and end):
        end += 1
    return text[:end].rstrip("·・")


def _cjk_foreign_name(chunk: str, size: int) -> str | None:
    """The whole transliterated name a Chinese-looking name of ``size`` characters ends: a run with
    a "·", or one of four characters or more (longer than a Chinese name)."""
    run = _sound_run(chunk, len(chunk))
    letters = len(run.replace("·", "").replace("・", ""))
    if ("·" in run or "・" in run) and letters > size or letters > size + (1 if size == 2 else 0):
        return run
    from ..entities._scripts import _ZH_FUNCTION_CHARS

    if size == 2 and letters == 3 and run[0] not in _ZH_SURNAMES and run[0] not in _ZH_FUNCTION_CHARS:
        return run  # "检察官普雷特": 普 is no surname, so 雷特 is the end of a three-sound name, not a Chinese one
    return None


_ZH_TITLES = tuple(sorted(profile("zh").titles, key=len, reverse=True))
_TRANSLITERATED = lazy_pattern(r"[\u3400-\u9fff·・]{2,8}")


def _cjk_name_then_title(chunk: str) -> str | None:
    """A Chinese name before its title, the whole subject ("李强总理说", "王毅外长表示": text data zh "titles"), or
    None; a country before a title is none ("韩国总统": 韩 is also a surname)."""
    title = next((t for t in _ZH_TITLES if chunk.endswith(t) and len(chunk) > len(t)), None)
    rest = chunk[: -len(title)] if title else ""
    return rest if rest and _cjk_name(rest) == rest and rest not in territory_names("zh") else None


def _cjk_titled_name(chunk: str) -> str | None:
    """A transliterated foreign name after a title: "空气质量计划经理凯西泰勒" -> "凯西泰勒"
    (Kathy Taylor), which :func:`_cjk_name` misses for want of a Chinese surname."""
    ends = [chunk.rfind(t) + len(t) for t in _ZH_TITLES if t in chunk]
    if not ends:
        return None
    rest = chunk[max(ends) :]
    return rest if _TRANSLITERATED.fullmatch(rest) else None


# A foreign name with its parts joined by "·" ("卡罗琳娜·塞普尔韦达"): always a person
_ZH_DOTTED = lazy_pattern(r"[\u3400-\u9fff]{1,8}(?:[·・][\u3400-\u9fff]{1,8})+")
# A day or part of the day right after a name ("博里奇周一抵达"): where the name ends
_CJK_DAY = re.compile(r"[周週][一二三四五六日天]|星期|[上下]午|[今昨明]天|\d")


def _cjk_people(text: str) -> list[tuple[int, str, str | None]]:
    """(offset, name, title) of people a Chinese text names outside an attribution, so that a later
    他/她 has an antecedent: a "·"-joined foreign name, and a name after a title ("总统博里奇周一抵达")."""
    out: dict[int, tuple[int, str, str | None]] = {}
    for m in _ZH_DOTTED.finditer(text):
        parts = re.split("[·・]", m.group())
        head = _sound_run(parts[0], len(parts[0]))  # "智利矿工卡罗琳娜": the name's own characters
        tail = _CJK_NAME_END.split(parts[-1], 1)[0]
        tail = _CJK_DAY.split(tail, 1)[0]
        sound = _sound_prefix(tail)
        if len(sound) >= 2:
            tail = sound  # "贝尔纳·卡约四年监禁": the surname ends where its transliteration characters do
        if head and tail:
            start = m.start() + len(parts[0]) - len(head)
            out[start] = (start, "·".join([head, *parts[1:-1], tail]), None)
    for title in _ZH_TITLES:
        if title not in text:
            continue  # most of the 80 titles are not in a text: no pattern built, none pushed out of re's cache
        for m in re.finditer(re.escape(title) + r"([\u3400-\u9fff·・]{2,12})", text):
            run = m.group(1)
            cut = min((c.start() for c in (_CJK_NAME_END.search(run, 1), _CJK_DAY.search(run, 1)) if c), default=len(run))
            name = run[:cut]
            sound = _sound_prefix(run)
            if len(name) > len(sound) >= 2:
                name = sound  # "总统博里奇抵达现场": the transliterated name ends before the verb
            foreign = 2 <= len(name) <= 12 and all(c in _ZH_SOUND_CHARS or c in "·・" for c in name)
            if (foreign or _cjk_name(name) == name) and m.start(1) not in out \
                    and not any(a < m.start(1) < a + len(n) for a, n, _ in out.values()):
                out[m.start(1)] = (m.start(1), name, title)
    return sorted(out.values())


# Where a name after a title ends: a reporting verb, a preposition or conjunction ("与", "对", "在"),
# an adverb ("也", "已") or a day ("14日": the Han run stops at the digit).
_CJK_NAME_END = re.compile("|".join(map(re.escape, _CJK_VERBS)) + r"|[与和在对對向同跟于於是的将將已也还還就都今昨当當并並称稱说說]")


def _cjk_titled(text: str, description: str, offset: int) -> str | None:
    """The person a Chinese title stands for: "大使说" -> 王丽 after "中国驻阿尔巴尼亚大使王丽14日表示",
    "法国总统表示" -> 马克龙 after "法国总统马克龙14日与…". The latest "<description><name>" before
    ``offset``; the name runs to the first verb, preposition or digit (two to six characters)."""
    if not description or not description.endswith(_ZH_TITLES):
        return None
    found = None
    for m in re.finditer(re.escape(description) + r"([\u3400-\u9fff·・]{2,12})", text[:offset]):
        run = m.group(1)
        if run.startswith(tuple(_CJK_VERBS)):
            continue  # "法国总统表示": the title alone is the subject here
        cut = _CJK_NAME_END.search(run, 1)
        name = run[: cut.start()] if cut else run
        if 2 <= len(name) <= 6 and not name.endswith(_ZH_TITLES):
            found = name
    return found
_AR_STOP = {
    "إن", "أن", "ان", "إنه", "أنه", "في", "على", "عن", "بأن", "إلى", "من", "خلال", "لـ", "ل", "إنها", "أنها",
    "عبر", "مع", "بعد", "قبل", "أمام", "حول", "لدى", "اليوم", "أمس", "يوم",
}
_AR_TITLES = frozenset(profile("ar").titles)
# A lawyer's noun in the construct state (no article: text/data "client_roles"): the word after it is the client
_AR_CLIENT_ROLES = profile("ar").client_roles
# "للصحفيين" (to reporters) ends a speaker's name like a preposition does (text/data/ar.json "addressees")
_AR_STOP |= {a for a in profile("ar").addressees if " " not in a}
_AR_ADVERB_ENDINGS = ("ً", "اً", "ًا")
_AR_OF_LI = re.compile(r"^ل[^ل]\S{2,}$")
_AR_CONSTRUCT = profile("ar").construct_heads
# "عن X قوله" (quoted X as saying): text/data ar.json "quoted_as_saying"
_AR_QUOTED_AS = re.compile(r"(?<![\w])عن\s+((?:[\u0600-\u06ff]+\s+){1,8}?)(?:" + alternation(profile("ar").quoted_as_saying)
                           + r")(?![\w])") if profile("ar").quoted_as_saying else re.compile(r"(?!)")
_AR_OF = "باسم"  # "المتحدث باسم الوزارة": the spokesman *of* the ministry, one title


def _ar_construct(words: list[str], i: int) -> bool:
    """A title's complement without the article that binds to the defined word after it: "لمنظمة"
    (of the organisation), "منظمة" in "رئيس منظمة الصحة العالمية" (text/data "construct_heads")."""
    bound = words[i + 1 : i + 2] and words[i + 1].startswith("ال")
    return bool(bound and (_AR_OF_LI.match(words[i]) or words[i] in _AR_CONSTRUCT))


def _ar_bare_head(word: str, complement: bool = False) -> bool:
    """A title or a body's head noun written without the article ("رئيس", "وزير", "بلدية"; text/data "titles",
    "construct_heads"), so in the construct state: the next word is its complement. ``complement``: ``word`` is
    itself a title's complement, where a feminine noun (ة) is a head too ("خارجية" in "وزير خارجية تركيا")."""
    return word.isalpha() and not word.startswith("ال") and (
        word in _AR_TITLES or word in _AR_CONSTRUCT or (complement and word.endswith("ة")))


def _ar_construct_chain(words: list[str]) -> bool:
    """Whether ``words`` open with a body's construct head and a bare noun bound to a defined word after it
    ("هيئة قناة السويس", "مجلس إدارة الشركة"; text/data "construct_heads")."""
    return len(words) >= 3 and words[0] in _AR_CONSTRUCT and not words[1].startswith("ال") \
        and words[2].strip("،.:").startswith("ال")


def _arabic_name(words: list[str], titled: bool = False, closed: bool = False) -> tuple[str, str] | None:
    """"وزير الصحة أحمد علي" / "الفنانة راندا البحيري" -> the name after the title; a title alone -> description.
    ``titled``: the title stands before ``words`` (the name index's match); ``closed``: a preposition,
    conjunction or punctuation follows ``words`` (a third name word may then end the name)."""
    if titled and _ar_construct_chain(words):
        # "رئيس هيئة قناة السويس": the body the title heads, a chain of bare nouns closed by a defined one, is
        # no name (trial55 F7: "هيئة قناة" was the speaker)
        return "description", " ".join(words)
    i = 0
    # the title's complements and adjectives all carry the article: "وزير الداخلية التركي كمال أرتورك"
    while i < len(words) and (words[i] in _AR_TITLES or (i > 0 and words[0] in _AR_TITLES and (
            words[i].startswith(("ال", "لل")) or _ar_construct(words, i)))):
        # "المدير العام لمنظمة الصحة العالمية تيدروس …": "لمنظمة" (of the organisation) belongs to the title
        i += 1
        if i + 1 < len(words) and words[i] == _AR_OF:
            i += 2
        # a title without the article is in the construct state: the bare word after it is what it heads, no
        # name ("رئيس آفاد أوكاي ميميش": the head of AFAD, Okay Memiş; "رئيس بلدية إسطنبول": of Istanbul's
        # municipality); trial64 F11, the speaker was "آفاد أوكاي ميميش"
        # ("وزير خارجية تركيا هاكان فيدان": a feminine noun in the construct state heads the next word in turn)
        while 0 < i < len(words) and _ar_bare_head(words[i - 1], complement=words[0] != words[i - 1]) \
                and not words[i].startswith(("ال", "لل")) and words[i] not in _AR_TITLES and words[i] not in _AR_STOP:
            i += 1
    if i == len(words):
        return ("description", " ".join(words)) if words else None
    if i == 1 and words[0] in _AR_CLIENT_ROLES:
        # "محامية سيتكالي أيغريم نورلانوفا" (Seitkali's lawyer Aigerim Nurlanova): the client in the genitive,
        # then her name; the client alone after the noun is no speaker ("محامي سيتكالي": the role phrase)
        if len(words) >= 4:
            return _arabic_name(words[2:], titled=True, closed=closed)
        return "description", " ".join(words)
    if i == 0 and words[0].startswith("ال"):
        return "description", " ".join(words[:3])
    # two words, three when the second binds to the next ("محمد بن سلمان", "أحمد عبد الفتاح"), the whole
    # lineage when there is one ("محمد بن عبد الرحمن آل ثاني": final33 D7 cut it to "محمد بن عبد")
    joined = _arabic_joined_length(words, i)
    if joined > 2:
        return "name", " ".join(words[i : i + joined])
    size = 3 if len(words) - i >= 3 and words[i + 1] in ("بن", "بنت", "ابن", "أبو", "عبد") else 2
    if size == 2 and (i > 0 or titled) and closed and len(words) - i == 3 and _arabic_third_name(words[i + 2]):
        size = 3  # "الرئيس التركي رجب طيب أردوغان": the entity table's reading of a titled name (final29 #11)
    if size == 2 and (i > 0 or titled) and closed and len(words) - i == 3 and _arabic_nisba(words[i + 2]):
        size = 3  # "رئيس الوزراء العراقي محمد شياع السوداني": a family name by origin closes the name (break50 P7)
    return "name", " ".join(words[i : i + size])


def _arabic_nisba(word: str) -> bool:
    """A nisba, the family name that says where a family is from, written with the article: "ال" + at least three
    letters + "ي" ("السوداني", "الحلبوسي", "الكاظمي"). Only the third word of a titled name closed by punctuation or
    a preposition (:func:`_arabic_name`) is read so: an adjective there would be a second one after the title's."""
    return word.startswith("ال") and word.endswith("ي") and len(word) >= 6 and word.isalpha() \
        and word not in _AR_TITLES and word not in _AR_STOP


# Words that join the next word to an Arabic name (as analysis.entities reads them): "بن" / "ابن" / "بنت"
# (son, daughter of), "آل" (the family of), "عبد" (servant of: "عبد الرحمن"), "أبو" (father of)
_AR_NAME_JOINS = profile("ar").name_joins  # text data "name_joins", as entities reads them
_AR_PARTICLES = profile("ar").name_particles  # text data "name_particles": "فون", "فان", "دي"


def _arabic_joined_length(words: list[str], i: int) -> int:
    """How many of ``words`` from ``i`` one name with its joining words holds: "عبد الله بن زايد آل نهيان" 6,
    "محمد بن عبد الرحمن آل ثاني" 6, "أبو محمد الجولاني" 3 (a kunya, then a nisba with the article); 1 or 2
    for a name without joins (the caller then reads it as before)."""
    k = i + 2 if words[i] in ("عبد", "أبو") and i + 1 < len(words) else i + 1
    while k + 1 < len(words):
        if words[k] in _AR_NAME_JOINS and not words[k + 1].startswith("لل"):
            k += 2
            if words[k - 1] == "عبد" and k < len(words):  # "بن عبد الرحمن": the servant's name follows
                k += 1
            continue
        # a Western surname's particles, one or two, then its word: "أورسولا فون دير لاين", "مارك فان دي روته"
        p = k
        while p < len(words) and p - k < 2 and words[p] in _AR_PARTICLES:
            p += 1
        if p == k or p >= len(words) or words[p] in _AR_STOP or words[p].startswith(("ال", "لل")):
            break
        k = p + 1
    if words[i] == "أبو" and k == i + 2 and k < len(words) and words[k].startswith("ال") and words[k].endswith("ي"):
        k += 1  # "أبو محمد الجولاني": the nisba after the kunya
    if words[i] == "عبد" and k == i + 2 and k < len(words) and words[k] not in _AR_STOP and words[k] not in _AR_TITLES:
        k += 1  # "عبد القادر الدخيل": the servant's name is the given name, the surname follows (break57 kind)
    return min(k, len(words)) - i


# The present tense of derived verb forms ("يتحدث" he speaks, "يستعد" he prepares, "تتحدث" she speaks):
# names seldom open so
_AR_VERB_PREFIXES = ("يت", "يست", "تت", "تست")


def _arabic_third_name(word: str) -> bool:
    """Whether the third word after a title's two-word name is the name's, as the entity table reads it
    (analysis/entities.py): no article or preposition on it, no title, verb or addressee, no common
    noun's ending."""
    from ..entities._scripts import _ar_patterns, _third_name

    titles, verbs, addressees = _ar_patterns()
    if word.startswith(_AR_VERB_PREFIXES):
        return False  # "للأمين العام حسن نصرالله يتحدث …": a verb in the present (he speaks), no name
    if word[:1] in ("ف", "و") and word[1:] in _AR_STOP:
        return False  # "فإن" (then that), "وقد"
    if word.startswith(("ال", "لل")) or word in titles or word in verbs or word in addressees or word in _AR_STOP:
        return False
    if len(word) > 4 and word[0] in "بكوف" and word[1:3] == "ال":
        return False  # "هالة زايد بالأطباء" (with the doctors): a preposition or conjunction on a defined noun
    return _third_name(word, "")


# "لأنصاره" (to his supporters), "لمؤيديها", "لجمهوره": the preposition li- glued to a noun that carries a
# possessive pronoun; no name word is written so (trial 17: "توسك لأنصاره" was a speaker's name)
_AR_TO_HIS = re.compile(r"^ل[\u0621-\u064a]{2,}(?:ه|ها|هم|هما|هن)$")


def _arabic_after(toks: list[str]) -> tuple[str, str] | None:
    """"وقال وزير الصحة أحمد علي إن …" -> the name; "وأضاف أن …" (no subject) -> the last speaker."""
    words: list[str] = []
    closed = False
    for i, tok in enumerate(toks[:8]):  # title, its complements and adjectives, then the name
        if tok in ("،", ",") and words and toks[i + 1 : i + 2] and toks[i + 1] in _AR_TITLE_FORMS \
                and not any(w in _AR_TITLE_FORMS for w in words):
            # "وقال تيدروس أدهانوم غيبريسوس، المدير العام …": a title in apposition after the name says the words
            # before it are a person's name, a third word too
            return _arabic_name(words, titled=True, closed=True)
        if not _ARABIC.search(tok) or tok in _AR_STOP or tok.endswith(_AR_ADVERB_ENDINGS) or toks[i + 1 : i + 2] == ["ً"]:
            closed = not tok.endswith(_AR_ADVERB_ENDINGS)
            break  # "ويقول حرفياً": an adverb in the accusative, the subject is in the verb
        if words and _AR_TO_HIS.match(tok):
            closed = True
            break  # "وقال توسك لأنصاره" (Tusk told his supporters): the addressee, no part of the name
        words.append(tok)
    else:
        # eight words read (a long title and a name of three: "المدير العام لمنظمة الصحة العالمية تيدروس أدهانوم
        # غيبريسوس إن"): what follows them still closes the name
        nxt = toks[len(words)] if len(toks) > len(words) else ""
        closed = bool(nxt) and (not _ARABIC.search(nxt) or nxt in _AR_STOP)
    if not words:
        return "pronoun", "هو"
    principal = _ar_speaks_for(words)
    if principal is not None:
        return "description", principal
    return _arabic_name(words, closed=closed or len(toks) == len(words))


def _ar_speaks_for(words: Sequence[str]) -> str | None:
    """The description when ``words`` (after a verb of saying) open with one who speaks for a person, its link and
    that person's title (text/data "speaks_for": "المتحدث باسم رئيس الوزراء الإسرائيلي بنيامين نتنياهو", his
    spokesman; "مصدر مقرب من الرئيس الفرنسي إيمانويل ماكرون", a source close to him): the whole phrase, never the
    principal (break53 F5). A body after the link ("المتحدث باسم وزارة الخارجية أحمد أبو زيد") leaves the name
    the spokesman's. None otherwise."""
    data = profile("ar")
    noun = words[0][1:] if words[0][:1] in "وف" and words[0][1:] in data.speaks_for_nouns else words[0]
    if noun not in data.speaks_for_nouns:
        return None
    # the link at once, or after one adjective ("مصدر مقرب من"), then a person's title
    at = next((n for n in (1, 2) if n < len(words) and words[n] in data.speaks_for_links), None)
    if at is None or at + 1 >= len(words) or words[at + 1] not in _AR_TITLE_FORMS:
        return None
    return " ".join(words)


# Hebrew letters: a script without capitals, where a speaker after the verb is known by where it stops
_HEBREW = re.compile(r"[\u05d0-\u05ea]")
# what closes the subject after a verb of saying: the sentence's end, a comma before an apposition, a bracket
_HEBREW_CLOSERS = frozenset({",", ".", ";", "!", "?", "(", "–", "—", "-", ":"})


@cache
def _hebrew_not_names() -> frozenset[str]:
    """Hebrew words that are no person's name after a verb of saying: spaCy's stop words and the text data's
    role words, titles and addressees ("ראש", "הדוברת", "לכתבים"), each as written."""
    from ...text import stop_words

    data = profile("he")
    return frozenset(stop_words("he")) | {w for w in (*data.role_words, *data.titles, *data.addressees) if " " not in w}


def _hebrew_after(toks: list[str]) -> tuple[str, str] | None:
    """The subject right after a Hebrew verb of saying, or None for the readers of cased scripts. Hebrew has no
    capitals: the subject is the run of words the sentence's end or a comma closes (an apposition follows: "אמר
    ניקוס קראליס, ראש הארגון"). A run of one to three words none of which is a function word, a role or an
    addressee is a name ("\"…\", אמר ניקוס קראליס." -> the name), or a description when it opens with the article
    ה ("אמר הדובר הצבאי"); a run opening with a role of the text data ("role_phrases", "titles", "role_words") is
    that role with its complement ("אמר ראש עיריית הרקליון": the mayor of Heraklion), or the person named after a
    role ("אמר שר החוץ ישראל כץ"); no word ("\"…\", הוסיף.") is the pronoun the verb holds."""
    settings = profile("he").statement_settings
    if toks and toks[0] in settings and not (len(toks) > 1 and toks[1] in _hebrew_time_words() - settings):
        # "כך אמר לאחר ישיבת חירום.", "אמר בישיבת הממשלה:": the occasion of the statement (text data
        # "statement_settings"), never its speaker (break57 F5 read "ישיבת חירום", the emergency meeting): the
        # verb holds its subject when the occasion runs to the clause's end ("לאחר מכן", afterwards, is a time)
        words = _hebrew_run(toks)
        rest = toks[_hebrew_length(toks, words) :][:1]
        return ("pronoun", "הוא") if (not rest or rest[0] in _HEBREW_CLOSERS) and len(words) < 6 else None
    toks = _without_hebrew_time(toks)  # "אמר הבוקר ראש הממשלה …": the day of the statement, then its subject
    words = _hebrew_run(toks)
    # a complementizer closes the subject too: "אמר ראש האופוזיציה יאיר לפיד כי "…"" (text data "complementizers")
    # (and the occasion after it: "אמר ראש העירייה אלון דוידי לאחר הישיבה", text data "statement_settings")
    cut = next((k for k, w in enumerate(words) if k and (w in profile("he").complementizers or w in settings)), None)
    if cut is not None:
        words = words[:cut]
    used = _hebrew_length(toks, words)
    rest = toks[used : used + 1]
    closed = not rest or rest[0] in _HEBREW_CLOSERS or cut is not None
    if not words:
        return ("pronoun", "הוא") if closed else None
    if not closed:
        return None
    found = _hebrew_subject(words)
    if found and found[0] == "description" and rest == [","]:
        # "אמר מפקד הכבאות במחוז, אייל כספי.": the role, then the person's name in apposition after the comma
        named = _hebrew_run(toks[used + 1 :])
        after = toks[used + 1 + _hebrew_length(toks[used + 1 :], named) :][:1]
        if 2 <= len(named) <= 3 and (not after or after[0] in _HEBREW_CLOSERS) \
                and not any(w in _hebrew_not_names() for w in named):
            return "name", " ".join(named).rstrip(".")
    return found


def _hebrew_run(toks: Sequence[str]) -> list[str]:
    """The Hebrew words ``toks`` opens with, six at most; an acronym's gershayim joins its parts ("מד״א", "צה"ל",
    "מנכ״ל": the tokenizer splits them at the mark). A full stop glued to a word ends the sentence and the run: Hebrew
    writes abbreviations with a geresh, not a stop (break58: '"…", כך אמר ראש הממשלה נתניהו. לפיד תקף …' gave the
    speaker "נתניהו. לפיד", the next sentence's subject)."""
    words: list[str] = []
    k = 0
    while k < len(toks) and len(words) < 6:
        tok = toks[k]
        if not _HEBREW.search(tok):
            break
        if k + 2 < len(toks) and toks[k + 1] in ('"', "״") and _HEBREW.match(toks[k + 2]) and len(toks[k + 2].rstrip(".")) == 1:
            tok, k = tok + "״" + toks[k + 2], k + 2
        if tok.endswith(".") and _HEBREW.search(tok.rstrip(".")):
            words.append(tok.rstrip("."))
            break
        words.append(tok)
        k += 1
    return words


def _hebrew_length(toks: Sequence[str], words: Sequence[str]) -> int:
    """How many of ``toks`` the words :func:`_hebrew_run` read from them take (an acronym takes three)."""
    return len(words) + 2 * sum(1 for w in words if "״" in w and w not in toks)


def _hebrew_subject(words: Sequence[str]) -> Subject | None:
    """A Hebrew subject phrase of :func:`_hebrew_after` read whole (no capitals tell where a name starts): a role
    with its complement or with the person named after it, a description opening with the article ה, or a name of
    one to three words none of which is a function word, a role or an addressee."""
    role = next((n for n in range(min(3, len(words)), 0, -1) if " ".join(words[:n]) in _hebrew_roles()), 0)
    if role:
        named = words[role:]
        if " ".join(words[:role]) in profile("he").place_roles and 3 <= len(named) <= 4 \
                and not any(w in _hebrew_not_names() for w in named):
            # the role's place, then the holder's name ("ראש העיר שדרות אלון דוידי", "ראש עיריית תל אביב רון
            # חולדאי"): two words, three with a name particle ("בן", text data "name_particles")
            size = 3 if named[-2] in profile("he").name_particles else 2
            return "name", " ".join(named[-size:])
        # a role without the article is in the construct state: a defined word after it is its complement, no
        # name ("מפקד הכבאות": the commander of the fire service; "דוברת המשטרה": the police's spokeswoman)
        construct = not words[role - 1].startswith("ה") and bool(named) and named[0].startswith("ה")
        if 2 <= len(named) <= 3 and not construct and not any(w in _hebrew_not_names() for w in named):
            return "name", " ".join(named)
        # the complement and its adjectives carry the article; a name after them is the holder's ("ראש העירייה
        # יונה יהב", "מנהל המכון הגיאופיזי יואב כהן")
        holder = list(named)
        while construct and holder and holder[0].startswith("ה"):
            holder = holder[1:]
        if construct and 2 <= len(holder) <= 3 and not any(w in _hebrew_not_names() for w in holder):
            return "name", " ".join(holder)
        chained = _hebrew_construct_holder(words[role - 1], named)
        if chained:
            return "name", chained
        return ("description", " ".join(words)) if len(words) <= 4 else None
    if len(words) > 3 or any(w in _hebrew_not_names() for w in words):
        return None
    return ("description" if words[0].startswith("ה") else "name"), " ".join(words)


def _hebrew_construct_holder(role: str, named: Sequence[str]) -> str | None:
    """The holder's name after a role in the construct state whose complement is a chain: one or two bare nouns,
    then a defined one and its adjectives ("אלוף פיקוד הדרום ירון פינקלמן": the general of the Southern Command;
    "מפקד פיקוד העורף רפי מילוא"), two or three words (break53 F7 gave no speaker). Not when a noun of the chain is
    a role itself ("דובר ראש הממשלה בנימין נתניהו": the prime minister's spokesman; the name is the principal's)."""
    if role.startswith("ה") or not named or named[0].startswith("ה"):
        return None
    j = 0
    while j < min(2, len(named)) and not named[j].startswith("ה") and named[j] not in _hebrew_roles() \
            and named[j] not in _hebrew_not_names():
        j += 1
    if j == 0 or j >= len(named) or not named[j].startswith("ה") or named[j] in _hebrew_not_names():
        return None
    holder = list(named[j:])
    while holder and holder[0].startswith("ה"):
        holder = holder[1:]
    if holder and holder[0] in profile("he").ranks:
        holder = holder[1:]  # the holder's rank, then the name ("מפקד חיל האוויר אלוף תומר בר"; text data "ranks")
    if 2 <= len(holder) <= 3 and not any(w in _hebrew_not_names() or w in _hebrew_roles() for w in holder):
        return " ".join(holder)
    return None


def _hebrew_before(masked: str, verb_start: int, after: Sequence[str], known: frozenset[str] = frozenset()) -> Subject | None:
    """The subject a Hebrew clause writes before its verb of saying ("ראש העירייה יונה יהב אמר: …", "דוברת המשטרה
    אמרה כי …"): the clause's words from its start (a sentence end, a comma, a colon or a quotation) to the verb, read
    by :func:`_hebrew_subject`. Only with a role in it (a fronted time or place, "ביום שלישי אמר …", is no subject),
    or a name when the verb's complement opens after it: nothing but punctuation or a complementizer ("יאיר לפיד
    אמר כי …") follows, past a time phrase ("נתניהו אמר ביום חמישי כי"; text data "weekday_forms",
    "statement_days"). A name is two or three words, or one the text gives as a surname (``known``: "נתניהו
    הוסיף כי" after "בנימין נתניהו"). None when a subject follows the verb (``after``: its tokens; break52 N2)."""
    after = _without_hebrew_time(after)
    # one word between the verb and its colon is where or to whom it was said ("הנשיא יצחק הרצוג אמר בטקס: …", at
    # the ceremony; "אמר בכנסת:", in the Knesset; break56 F5 gave the speaker "בטקס"), when a role before the verb
    # names the subject (below)
    setting = len(after) >= 2 and after[1] == ":"
    if after and _HEBREW.search(after[0]) and after[0] not in _hebrew_not_names() and not after[0].startswith("ש") \
            and not setting:
        return None  # "ביום שלישי אמר השר …": the subject after the verb
    # (a double mark inside a word is an abbreviation's gershayim: "יו"ר האופוזיציה יאיר לפיד אמר כי")
    clause = re.split(rf"[.!?;:,()“”«»{_QUOTE_SLOT}–—]|(?<![\u05d0-\u05ea])\"|\"(?![\u05d0-\u05ea])",
                      masked[:verb_start])[-1].split()
    if not clause:
        appositive = _hebrew_apposition(masked[:verb_start])
        if appositive:
            return appositive
    words = _hebrew_run(clause)
    if not words or len(words) != len(clause):
        return None
    found = _hebrew_subject(words)
    has_role = any(" ".join(words[:n]) in _hebrew_roles() for n in range(1, min(3, len(words)) + 1))
    if found and has_role:
        return found
    if setting and after[0] not in _hebrew_not_names() and not after[0].startswith("ש"):
        return None  # no role before the verb: the word before the colon may be its subject ("אמר השר:")
    opens = not after or after[0] in _HEBREW_CLOSERS or after[0] in profile("he").complementizers \
        or (after[0].startswith("ש") and after[0] not in _hebrew_not_names())
    named = found is not None and found[0] == "name" and not any(w in _hebrew_time_words() for w in words) \
        and not any(w in profile("he").statement_settings for w in words) \
        and (len(words) >= 2 or words[0] in known)
    return found if named and opens else None


def _hebrew_apposition(lead: str) -> Subject | None:
    """The subject a Hebrew clause writes as a role and its holder between commas right before the verb ("דובר
    צה"ל, תא"ל דניאל הגרי, אמר כי": the IDF spokesman, Brig. Gen. Daniel Hagari; break51 O7 gave none): the
    holder's name, read with its rank or title (:func:`_hebrew_subject`), when the role before it or the rank
    says it is someone's."""
    parts = re.split(r"[,،]", lead)
    if len(parts) < 3 or parts[-1].strip():
        return None
    head = re.split(rf"[.!?;:()“”«»{_QUOTE_SLOT}–—]|(?<![\u05d0-\u05ea])\"|\"(?![\u05d0-\u05ea])", parts[-3])[-1].split()
    held = parts[-2].split()
    if not head or not held or len(held) > 5 or not all(_HEBREW.search(w) for w in (*head, *held)):
        return None
    found = _hebrew_subject(_hebrew_run(held))
    head_role = any(" ".join(head[:n]) in _hebrew_roles() for n in range(1, min(3, len(head)) + 1))
    held_role = any(" ".join(held[:n]) in _hebrew_roles() for n in range(1, min(3, len(held)) + 1))
    rank = next((n for n in range(min(2, len(held)), 0, -1) if " ".join(held[:n]) in _hebrew_roles()), 0)
    if found and found[0] == "description" and head_role and rank and 2 <= len(held) - rank <= 3 \
            and not any(w in _hebrew_not_names() for w in held[rank:]):
        # the role before the commas, the rank and the holder between them: a name opening with ה is no article
        # here ("הרמטכ"ל, רב-אלוף הרצי הלוי, אמר": Herzi Halevi; break53 F7 read "the Herzi" as a complement)
        return "name", " ".join(held[rank:])
    if held_role and (found is None or found[0] == "description"):
        # the name before the commas, its role between them ("תת-אלוף דניאל הגרי, דובר צה"ל, אמר"): the name's, not
        # the role's, which a speaker named in the sentence before took (break53 F7)
        named = _hebrew_subject(_hebrew_run(head))
        if named and named[0] == "name" and 2 <= len(named[1].split()) <= 3:
            return named
    if found and found[0] == "name" and (head_role or held_role) and 2 <= len(found[1].split()) <= 3:
        return found
    return None


@cache
def _hebrew_time_words() -> frozenset[str]:
    """The words of a Hebrew time phrase: the weekdays and months as dates write them (text data
    "weekday_forms", "month_extra": "ביום חמישי", "בינואר") and the days of a statement ("statement_days":
    "אתמול", "הבוקר", "בשבוע שעבר")."""
    data = profile("he")
    words = {w for form, _ in data.weekday_forms for w in form.split()} | {w for w, _ in data.month_extra}
    return frozenset(words | data.statement_days)


def _without_hebrew_time(toks: Sequence[str]) -> list[str]:
    """``toks`` without the time phrase they open with ("ביום חמישי כי …" -> "כי …")."""
    k = 0
    while k < len(toks) and toks[k] in _hebrew_time_words():
        k += 1
    return list(toks[k:])


def _hebrew_people(text: str) -> list[tuple[int, str, str | None]]:
    """(offset, name, role) of people a Hebrew text names after a role, where the name ends at a verb of saying,
    punctuation or the text's end ("ראש הממשלה בנימין נתניהו אמר", "אמר שר הביטחון יואב גלנט:"): the names a
    surname alone later stands for ("נתניהו הוסיף כי"; text data "titles", "role_words", "role_phrases")."""
    out: list[tuple[int, str, str | None]] = []
    verbs = frozenset(profile("he").reporting_verbs)
    roles = sorted(_hebrew_roles(), key=len, reverse=True)
    pattern = re.compile(r"(?<![\u05d0-\u05ea])ו?(?:" + "|".join(re.escape(r) for r in roles) + r")(?![\u05d0-\u05ea])")
    pos = 0
    while m := pattern.search(text, pos):
        pos = m.end()
        toks = _TOKEN_RE.findall(text[m.start() : m.start() + 120])
        words = _hebrew_run(toks)
        used = _hebrew_length(toks, words)
        stop = next((k for k, w in enumerate(words) if w in verbs), None)
        closed = bool(used) and toks[used - 1].endswith(".")  # a full stop glued to the last word
        open_run = stop is None and not closed and (used < len(toks) and toks[used] not in _HEBREW_CLOSERS
                                                    and toks[used] not in ('"', "״", "“", "”") or len(words) == 6)
        if open_run:
            # the run's end is unknown (another verb follows the name: "ראש הממשלה בנימין נתניהו ביקר ביום שני",
            # break57 F5): a defined role, then a name of two words, read as the sentence's subject
            held = _hebrew_defined_holder(text, m.group(0).lstrip("ו"), words)
            # (a role the text has named its holder for is that person again: "… ראש הממשלה ביקר באשקלון" later
            # is no name "ביקר באשקלון")
            if held and not any(r == m.group(0).lstrip("ו") for _, _, r in out):
                out.append((m.start() + text[m.start() :].find(held), held, m.group(0).lstrip("ו")))
            continue
        run = words[:stop] if stop is not None else words
        # a verb after the role ends the run: the role named without its holder ("שר הביטחון הגיע לבסיס", text data
        # "predicate_words"; break58: the name "הגיע לבסיס בצפון"); so does the occasion or the day after the name
        # ("אמר ראש הממשלה נתניהו בישיבה.": no name "נתניהו בישיבה"; "statement_settings", time words)
        ends = _hebrew_predicates() | profile("he").statement_settings | _hebrew_time_words()
        run = run[: next((k for k, w in enumerate(run) if k and w.removeprefix("ו") in ends), len(run))]
        if run and run[0].startswith("ו") and run[0][1:] in _hebrew_roles() | {r.split()[0] for r in roles}:
            run = [run[0][1:], *run[1:]]
        found = _hebrew_subject(run)
        if found and found[0] == "name" and len(found[1].split()) >= 2:
            out.append((m.start() + text[m.start() :].find(found[1]), found[1], m.group(0).lstrip("ו")))
    return out



def _hebrew_defined_holder(text: str, role: str, words: Sequence[str]) -> str | None:
    """The holder's name after a role whose last word carries the article, when no verb of saying or punctuation
    ends the run ("ראש הממשלה בנימין נתניהו ביקר", "ראש העירייה אלון דוידי קרא לממשלה"): the two words after the
    role, or after the place a place role names ("ראש העיר שדרות אלון דוידי ביקר": a word the text also writes
    with the locative ב, "בשדרות"; text data "place_roles"). None when a word of the two is a function word, a
    role, a time or a setting, carries the article (a complement: "ראש הממשלה הזמני"), or no word follows them."""
    data = profile("he")
    size = len(role.split())
    if not role.split()[-1].startswith("ה") or [w.lstrip("ו") for w in words[:1]] + list(words[1:size]) != role.split():
        return None
    named = list(words[size:])
    if role in data.place_apposition_roles:
        # the place, then the holder: the place a word the text also writes with a locative prefix ("בשדרות"); else
        # no telling the place from a given name ("ראש העיר אשקלון תומר גלאם" is no "אשקלון תומר")
        if not named or not re.search(rf"(?<![\u05d0-\u05ea])[במל]{re.escape(named[0])}(?![\u05d0-\u05ea])", text):
            return None
        named = named[1:]
    if len(named) < 3:
        return None  # (the word after the name, its verb, must be there: the run is no shorter name)
    holder = named[:2]
    bad = _hebrew_not_names() | _hebrew_time_words() | data.statement_settings | frozenset(data.reporting_verbs) \
        | data.predicate_words
    # (a verb where the name would be: the role named without its holder, "ראש העירייה ביקש סיוע"; break58)
    if any(w in bad or w.removeprefix("ו") in data.predicate_words or w.startswith("ה") or w in _hebrew_roles()
           for w in holder):
        return None
    return " ".join(holder)


@cache
def _hebrew_predicates() -> frozenset[str]:
    """Hebrew words that open a predicate (text data "predicate_words"): no word of a name."""
    return profile("he").predicate_words


@cache
def _hebrew_roles() -> frozenset[str]:
    """The Hebrew roles, titles and role phrases of the text data, each with its acronym's mark written both ways: the
    gershayim "״" and the ASCII double quote most texts type for it ("הרמטכ"ל" is "הרמטכ״ל", break53 F7)."""
    data = profile("he")
    roles = {*data.role_words, *data.titles, *(p for p, _ in data.role_phrases)}
    return frozenset(roles | {r.replace("״", '"') for r in roles} | {r.replace('"', "״") for r in roles})


# Letters of the Arabic script (Arabic, Persian) and the zero-width non-joiner Persian writes inside a word (می‌گوید)
_ABJAD_WORD = re.compile(r"^[\u0600-\u06ff\u200c]+$")


def _abjad_before(masked: str, verb_start: int, language: str | None, known: frozenset[str] = frozenset()) -> Subject | None:
    """The subject an Arabic-script language that puts its verb last (text data "verb_final": Persian) writes
    before its verb of saying, from the clause's start (a sentence end, a colon, a quotation): a name of two or
    three words before an apposition ("مجتبی خالدی، سخنگوی اورژانس کشور، گفت"), a name after a title and its
    comma ("سخنگوی اورژانس، مجتبی خالدی، گفت"), a title with its complement ("استاندار کرمانشاه اظهار کرد"), or a
    name alone ("علی رضایی گفت"). No capitals tell a name: its words are no stop word, title or role word of the
    language (text data "titles", "role_words"; spaCy's stop words). None for any other language."""
    from ...text import stop_words

    data = profile(language)
    if not data.verb_final or not data.language:
        return None
    clause = re.split(rf"[.!?;:«»\"“”{_QUOTE_SLOT}]", masked[:verb_start])[-1]
    parts = [p.split() for p in re.split(r"[،,]", clause)]
    parts = [p for p in parts if p]
    if not parts or not all(_ABJAD_WORD.match(w) for p in parts for w in p):
        return None
    last = parts[-1]
    if len(parts) == 1 and len(last) >= 2 and last[0] in data.pronouns_singular and last[1] != "را":
        # "او این را پس از جلسه اضطراری گفت": the subject opens the clause, its object and adjuncts follow (break57
        # F4 read no speaker; "او را", him, is an object)
        return "pronoun", last[0]
    cut = next((k for k in range(2, len(last)) if last[k] in data.adverbial_prepositions), None)
    if cut is not None:
        # a place or an occasion between the subject and its verb ("محمدرضا عارف روز شنبه در تهران گفت", "وزیر خارجه
        # عباس عراقچی در دیدار با همتای عمانی خود گفت"; text data "adverbial_prepositions"; break56 F2 gave none, or the
        # counterpart): the subject before it, when that is a name ("نماینده ایران در سازمان ملل …" is one role)
        head = " ".join(last[:cut])
        found = _abjad_before(head + " ", len(head) + 1, language, known)
        if found and found[0] == "name" and len(found[1].split()) >= 2:
            return found
    titles = {t for t in (*data.titles, *data.role_words) if " " not in t}
    stops = stop_words(data.language)

    def name_like(words: Sequence[str]) -> bool:
        return 2 <= len(words) <= 3 and not any(w in stops or w in titles for w in words)

    # (the day of the statement before the verb is no part of its subject: "… روز پنجشنبه گفت"; text data
    # "weekday_forms", "statement_days"; break52 N2's shape in Persian)
    days = {w for form, _ in data.weekday_forms for w in form.split()} | data.statement_days
    # (nor is a particle after the subject: "رئیس‌جمهور مسعود پزشکیان نیز تأکید کرد", "also", break56 F2)
    while parts and parts[-1] and (parts[-1][-1] in days or len(parts[-1]) > 1 and parts[-1][-1] in stops):
        parts[-1] = parts[-1][:-1]
    parts = [p for p in parts if p]
    if not parts:
        return None
    if len(parts) == 1 and len(parts[0]) == 1 and parts[0][0] in data.pronouns_singular:
        return "pronoun", parts[0][0]  # "وی افزود: «…»": the person named before
    if len(parts) == 1 and len(parts[0]) == 1 and parts[0][0] in known:
        return "name", parts[0][0]  # "نتانیاهو افزود": a surname the text gives in full before
    title = next((k for k, w in enumerate(parts[0][:2]) if w in titles), None) if len(parts) == 1 else None
    rest = parts[0][title + 1 :] if title is not None else []
    if len(rest) >= 3 and name_like(rest[-2:]):
        # a title, its complement, then the holder ("وزیر دفاع یوآو گالانت", "نخست وزیر بنیامین نتانیاهو" with the
        # complement before): the name is the last two words
        return "name", " ".join(rest[-2:])
    if len(rest) == 2 and name_like(rest) and (title == 1 or "\u200c" in parts[0][0]):
        # a title of two words ("نخست وزیر") or of two joined by the zero-width non-joiner ("رئیس‌جمهور مسعود
        # پزشکیان", "آیت‌الله علی خامنه‌ای") is whole: the two words after it are the holder (break53 F6)
        return "name", " ".join(rest)
    if len(parts) >= 2 and name_like(parts[0]):
        return "name", " ".join(parts[0])
    if len(parts) >= 2 and parts[0][0] in titles and name_like(parts[1]):
        return "name", " ".join(parts[1])
    if len(parts) == 1 and parts[0][0] in titles and len(parts[0]) <= 5:
        return "description", " ".join(parts[0])
    if len(parts) == 1 and name_like(parts[0]):
        return "name", " ".join(parts[0])
    return None


def _abjad_after_by(masked: str, pos: int, language: str | None, known: frozenset[str] = frozenset()) -> Subject | None:
    """The source an Arabic-script language that puts its verb last (Persian) names after "according to" at ``pos``
    ("به گفته رئیس‌جمهور مسعود پزشکیان، «…»"), read as :func:`_abjad_before` reads a subject: up to the quotation,
    the clause's end or the comma that closes it (an apposition after a name: "به گفته عباس عراقچی، وزیر امور خارجه،
    «…»"); None when it gives no name. The Arabic reading (a title, then the name) cut "رئیس‌جمهور" at its non-joiner
    (break53 F6)."""
    if not profile(language).verb_final:
        return None
    phrase = re.split(rf"[.!?;:«»\"“”{_QUOTE_SLOT}]", masked[pos:])[0]
    parts = [p for p in re.split(r"[،,]", phrase) if p.strip()]
    if not parts:
        return None
    # the name and its apposition ("عباس عراقچی، وزیر امور خارجه"), or a title and its holder ("سخنگوی دولت، فاطمه
    # مهاجرانی"): _abjad_before reads both from the parts before the verb
    head = "،".join(parts[:2]) if len(parts) >= 2 else parts[0]
    found = _abjad_before(head + " ", len(head) + 1, language, known)
    # a name only: a title with its body and no holder ("به گفته سخنگوی هلال احمر") is read as before (no speaker)
    return found if found and found[0] == "name" else None


def _abjad_known_before(masked: str, verb_start: int, known: frozenset[str]) -> Subject | None:
    """The subject an Arabic clause writes before its verb of saying when its last word is a surname the text
    gives in full (``known``: "رئيس الوزراء بنيامين نتنياهو قال …", "نتنياهو أضاف أن …"): that name, with the word
    before it when that is no title or stop word (break52 N2's shape in Arabic; the verb first, "وقال X", is
    read after the verb)."""
    clause = re.split(rf"[.!?;:،,«»\"“”{_QUOTE_SLOT}()]", masked[:verb_start])[-1].split()
    if not clause or len(clause) > 6 or clause[-1] not in known or not all(_ABJAD_WORD.match(w) for w in clause):
        return None
    before = clause[-2] if len(clause) >= 2 else ""
    if before and before not in _AR_TITLE_FORMS and before not in _AR_STOP and not before.startswith("ال"):
        return "name", f"{before} {clause[-1]}"
    return "name", clause[-1]


def _abjad_people(text: str, language: str | None) -> list[tuple[int, str, str | None]]:
    """(offset, name, None) of the people a verb-final Arabic-script text (Persian) names as the subject of a verb
    of saying (:func:`_abjad_before`): the full names a surname alone later stands for ("نتانیاهو افزود")."""
    data = profile(language)
    if not data.verb_final or not data.reporting_verbs or not _ARABIC.search(text):
        return []
    out: list[tuple[int, str, str | None]] = []
    verbs = re.compile(r"(?<![\w\u200c])(?:" + "|".join(map(re.escape, sorted(data.reporting_verbs, key=len, reverse=True)))
                       + r")(?![\w\u200c])")
    for m in verbs.finditer(text):
        found = _abjad_before(text, m.start(), language)
        if found and found[0] == "name" and len(found[1].split()) >= 2:
            out.append((text.rfind(found[1], 0, m.start()), found[1], None))
    return out


_REGION_WORDS = 4  # the longest region or country name after an office ("کهگیلویه و بویراحمد")


def _abjad_office_holders(text: str, language: str | None) -> list[tuple[int, str, str | None]]:
    """(offset, name, title) of the people a verb-final Arabic-script text (Persian) names after an office and the
    region or country it serves, whatever the verb ("استاندار خراسان رضوی غلامحسین مظفری خواستار کمک بیشتر دولت
    شد", the governor of Khorasan Razavi; break57 F4: with no verb of saying the index missed him, and the pronoun
    of the next quotation went to the minister named before). The region ends the complement (text data
    "region_names", CLDR's country names), so the two words after it are the holder's name, when a word follows them
    (the predicate) and neither is a stop word, a title, a day or a place."""
    from ...text import stop_words

    data = profile(language)
    if not data.verb_final or not data.language or not _ARABIC.search(text):
        return []
    places = data.region_names | frozenset(territory_names(language))
    titles = {t for t in (*data.titles, *data.role_words) if " " not in t}
    bad = titles | set(stop_words(data.language)) | {w for form, _ in data.weekday_forms for w in form.split()} \
        | data.statement_days | {w for p in places for w in p.split()} | data.predicate_words
    out: list[tuple[int, str, str | None]] = []
    named: set[str] = set()
    for clause in re.finditer(r"[^.!?;:«»\"“”،,\n]+", text):
        words = [(m.start() + clause.start(), m.group()) for m in re.finditer(r"\S+", clause.group())]
        bare = [w for _, w in words]
        for i, word in enumerate(bare):
            if word not in titles:
                continue
            size = next((n for n in range(_REGION_WORDS, 0, -1) if " ".join(bare[i + 1 : i + 1 + n]) in places), 0)
            name = bare[i + 1 + size : i + 3 + size]
            role = " ".join(bare[i : i + 1 + size])
            # (an office the text has named its holder for is that person again: no name "خواستار کمک" later)
            if size and len(name) == 2 and len(bare) > i + 3 + size and all(_ABJAD_WORD.match(w) for w in name) \
                    and not any(w in bad for w in name) and role not in named:
                out.append((words[i + 1 + size][0], " ".join(name), word))
                named.add(role)
    return out


def _without_glued_li(masked: str, pos: int) -> str:
    """``masked`` with the preposition li- glued to the word at ``pos`` taken off, after "وفقا" (according
    to): "ووفقا للمفتش عمر يوسف" -> "المفتش عمر يوسف" (ل + ال is written لل), "وفقا لوزير الصحة" -> "وزير
    الصحة", so the title and the name after it are read as after a verb."""
    glued = re.match(r"\s*ل(ل?)(?=[\u0621-\u064a])", masked[pos:])
    if not glued:
        return masked
    start = pos + glued.end() - 1 - len(glued.group(1))  # (the same length: offsets after it hold)
    return masked[:start] + ("ال" if glued.group(1) else " ") + masked[pos + glued.end() :]


def _ar_clitic_forms(title: str) -> dict[str, str]:
    """A title with the clitics Arabic writes onto it -> the title: "والرئيس" (and the president),
    "للأمين" (for the secretary: ل + الأمين drops the article's alif), "برئيس", "كالمدير"."""
    bare = title[1:] if title.startswith("ال") else title
    forms = {title: title, "ل" + bare: title, **{p + title: title for p in "بك"}}
    return {**forms, **{c + f: title for f in list(forms) for c in "وف"}}


_AR_TITLE_FORMS = {form: t for title in _AR_TITLES if " " not in title for form, t in _ar_clitic_forms(title).items()} \
    | {t: t for t in _AR_TITLES}
# compiled on first use: only a text with Arabic letters reads it (~0.01 CPU-s of every comparison)
_AR_TITLED = lazy_pattern(
    r"(?<![\w])(?:" + alternation(sorted(_AR_TITLE_FORMS))
    + r")(?:\s+(?:ال\S+|لل\S{2,}|(?:ل[^ل\s]\S{2,}|" + alternation(_AR_CONSTRUCT) + r")(?=\s+ال)))*"
    + r"\s+((?:[\u0600-\u06ff]+\s+){1,2}[\u0600-\u06ff]+)"
)


def _arabic_people(text: str) -> list[tuple[int, str, str | None]]:
    """(offset, name, title phrase) of people an Arabic text introduces with a title ("الفنانة عبير
    صبري", "الرئيس الفرنسي إيمانويل ماكرون" -> title "الرئيس الفرنسي")."""
    out: list[tuple[int, str, str | None]] = []
    pos = 0
    while m := _AR_TITLED.search(text, pos):
        words = m.group(1).split()
        pos = m.end()
        if words[0] in _AR_TITLE_FORMS:  # "النائب بالوزير السابق عادل …": the second title introduces the name
            pos = m.start(1)
            continue
        start, end = m.start(1), m.end()
        head = text[m.start() : m.start(1)].split()
        if head and not head[-1].startswith("ال") and words[0] in _ar_places():
            # a title in the construct state, then the bare name of the region or country it serves: "محافظ نينوى
            # عبد القادر الدخيل" (the governor of Nineveh; text data "region_names", CLDR's countries), the holder
            # after it (break57 F4's kind in Arabic: the speaker was "نينوى عبد القادر")
            rest = re.compile(r"\s+((?:[\u0600-\u06ff]+\s+){1,2}[\u0600-\u06ff]+)").match(text, start + len(words[0]))
            if rest is None:
                continue
            start, end, words = rest.start(1), rest.end(), rest.group(1).split()
        cut = next((k for k, w in enumerate(words) if w in _AR_STOP), len(words))
        after = re.match(r"\s*([\u0600-\u06ff]*)", text[end:])
        closed = cut < len(words) or not after or not after.group(1) or after.group(1) in _AR_STOP \
            or (len(words) == 3 and len(re.findall(rf"(?<![\u0600-\u06ff]){re.escape(words[2])}(?![\u0600-\u06ff])", text)) > 1)
        # (a third word the text names alone again is the surname: "… أردوغان أنقرة. وقال أردوغان")
        got = _arabic_name(words[:cut], titled=True, closed=closed)
        if got and got[0] == "name" and len(got[1].split()) >= 2 and not _ar_prepositional(got[1].split()[0]):
            title = text[m.start() : start].split()
            if title:
                title[0] = _AR_TITLE_FORMS.get(title[0], title[0])
            out.append((start, got[1], " ".join(title) or None))
    return out


def _ar_prepositional(word: str) -> bool:
    """An Arabic word that is the preposition bi- or li- glued to a verbal noun, a participle or a feminine noun (the
    rest of five letters or more opening with م or ت, or of four or more ending in ة or ات: "بمساعدات", "بتقديم",
    "بضرورة", "لمواجهة"): the object of a verb after a title without its holder, no name (break58: "وطالب المحافظ
    الحكومة بمساعدات إضافية" gave the speaker "بمساعدات إضافية"). Names so opened are shorter ("بتول", "بسمة",
    "لمياء") or open otherwise ("بوتين", "بشار", "بلينكن")."""
    if len(word) < 5 or word[0] not in "بل" or word.startswith("ال"):
        return False
    rest = word[1:]
    return len(rest) >= 5 and rest[0] in "مت" or rest.endswith(("ة", "ات"))


@cache
def _ar_places() -> frozenset[str]:
    """Arabic names of regions and countries written bare after a title ("نينوى", "مصر"): text data "region_names"
    and CLDR's territory names."""
    return profile("ar").region_names | frozenset(territory_names("ar"))


def _arabic_bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def _arabic_titled(names: Sequence[tuple[int, str, str | None]], description: str, offset: int) -> str | None:
    """The person an Arabic description stands for: "الرئيس الفرنسي" -> the latest person before
    ``offset`` introduced as "الرئيس الفرنسي إيمانويل ماكرون"; "الوزير" -> "وزير الخارجية التركي
    هاكان فيدان". Every word of the description is in the title (article aside); a title opening
    with the description's own first word wins ("الرئيس" is Macron, not "رئيس الوزراء" Rama)."""
    words = description.split()
    if not words:
        return None
    bare = {_arabic_bare(w) for w in words}
    exact = loose = None
    for at, name, title in names:
        if at >= offset:
            break
        parts = (title or "").split()
        if not parts or _ARABIC.search(parts[0]) is None or not bare <= {_arabic_bare(w) for w in parts}:
            continue
        if parts[0] == words[0]:
            exact = name
        else:
            loose = name
    return exact or loose


def _arabic_surname(names: Sequence[tuple[int, str, str | None]], description: str, offset: int) -> str | None:
    """"الراوي" after "الدكتور كريم الراوي": a surname with the article looks like a description; it is
    the latest person before ``offset`` whose name ends with it."""
    if " " in description or description in _AR_TITLES:
        return None
    found = None
    for at, name, _ in names:
        if at >= offset:
            break
        if name.split()[-1] == description:
            found = name
    return found


def _arabic_named_body(text: str, description: str, offset: int) -> str | None:
    """The organisation a definite noun stands for: "الوزارة" -> "وزارة الصحة المصرية", "الشركة" ->
    "شركة أرامكو", the latest before ``offset`` the text names with the same noun in the construct
    state (no article) and its complements (the article's words, or one name)."""
    if " " in description or not description.startswith("ال") or len(description) < 5:
        return None
    found = None
    for m in re.finditer(rf"(?<![\w]){re.escape(description[2:])}((?:\s+\S+){{1,3}})", text[:offset]):
        words: list[str] = []
        for w in m.group(1).split():
            if not _ARABIC.fullmatch(w[:1]) or w in _AR_STOP or (words and not w.startswith("ال")):
                break
            words.append(w.strip("،.:"))
            if not w.startswith("ال") or w[-1:] in "،.:":
                break  # "شركة أرامكو": one name; a comma or a full stop ends the phrase
        if words:
            found = " ".join([description[2:], *words])
    return found


# What follows a person's bare name at a sentence start: a setting or a day, an adverb ("博里奇周一抵达",
# "王丽在现场", "塞普尔韦达也说"); a place name is followed by 的, 发生 … and a country is no speaker.
_CJK_AFTER_SUBJECT = re.compile(r"在|[周週][一二三四五六日天]|星期|[今昨当當]天|\d|也|曾|已|随后|隨後|一直|始终|始終")
# An attribute before the subject, closed by 的: "现年67岁的卡约一直否认指控" (Caillaux, 67, has always denied)
_CJK_ATTRIBUTE = re.compile(r"^[^，。“”「」]{1,12}?的")


def _cjk_bare_subject(sentence: str) -> str | None:
    """The person a Chinese sentence opens with, without a title: a transliterated name or a Chinese
    one right before a setting, a day or an adverb; after an attribute ending in 的."""
    attribute = _CJK_ATTRIBUTE.match(sentence)
    if attribute:
        found = _cjk_opening_name(sentence[attribute.end() :])
        if found:
            return found
    return _cjk_opening_name(sentence)


def _cjk_opening_name(sentence: str) -> str | None:
    run = _sound_prefix(sentence)
    for size in range(min(len(run), 8), 1, -1):
        if _CJK_AFTER_SUBJECT.match(sentence, size) and _plausible_speaker(run[:size]):
            return run[:size]
    for size in (3, 2):
        cand = sentence[:size]
        if _cjk_name(cand) == cand and _CJK_AFTER_SUBJECT.match(sentence, size):
            return cand
    return None
