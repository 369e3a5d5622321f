"""Native names of Japanese and Korean text, which has no capitals to read names by: people before a title,
places and organisations before their suffixes, and their readings in Latin letters, by which they meet the
names English reports write (林芳正 / Yoshimasa Hayashi, 이재명 / Lee Jae-myung, 石川県 / Ishikawa, 서울고등법원 /
Seoul High Court). All cues and readings are text data ("native_names" of ``text/data/ja.json``, ``ko.json``);
part of :mod:`storylens.analysis.entities`.

Why (trial49 F6, F17): a Japanese or Korean article gave no entity at all (the rules read capitals, Han
transliterations of foreign names, Katakana and Hangul spellings of foreign names), so nothing was linked
across a ja/en or ko/en pair and the stream had no name key to join them by (F13)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

from ...text import profile
from ...text._hanzi import chinese_compound_surname
from ...text._lang import NativeNames
from ._names import _HAN

NATIVE_LANGUAGES = ("ja", "ko")
_HAN_RUN = re.compile(f"[{_HAN}々ヶ]+")
_KANA_RUN = re.compile("[\u30a1-\u30fa\u30fc]{2,}")
_HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")
_KANA = re.compile("[\u3040-\u30ff]")
_HANGUL = re.compile("[\uac00-\ud7a3]")


def native_language(text: str, language: str | None) -> str | None:
    """"ja" or "ko" when ``text`` is read by this module: its language, or, unknown, its script (Kana: ja,
    Hangul: ko); None otherwise (Chinese has its own rules)."""
    lang = (language or "").split("-")[0].lower()
    if lang in NATIVE_LANGUAGES:
        return lang
    if lang:
        return None
    return "ja" if _KANA.search(text) else "ko" if _HANGUL.search(text) else None


def _names(lang: str) -> NativeNames:
    return profile(lang).native_names


# ------------------------------------------------------------------ mentions


def native_mentions(text: str, lang: str) -> list[tuple[str, str]]:
    """(form, type) of the native names in ``text`` (a sentence or a whole article) of language ``lang``
    ("ja", "ko"; any other gives []), in text order, each form once: PERSON, PLACE or ORG."""
    if lang == "ja":
        found = _japanese(text, _names("ja"))
    elif lang == "ko":
        found = _korean(text, _names("ko"))
    else:
        return []
    return list(dict.fromkeys(found))


@lru_cache(maxsize=8)
def _surname_table(nn: NativeNames) -> tuple[dict[str, tuple[str, ...]], tuple[int, ...]]:
    """(surname -> its readings, the surnames' lengths, longest first) of one language's table."""
    return dict(nn.surnames), tuple(sorted({len(s) for s, _ in nn.surnames}, reverse=True))


def _surname_of(name: str, nn: NativeNames) -> str | None:
    """``name`` when it is a surname of the table, else the longest surname it opens with when a given name of
    one to three characters (Japanese) or syllables (Korean) follows it."""
    table, sizes = _surname_table(nn)
    if name in table:  # a surname alone: "岸田首相" (Kishida), not 岸 (Kishi) and a given name 田
        return name
    for size in sizes:
        if 1 <= len(name) - size <= 3 and name[:size] in table:
            return name[:size]
    return None


def _japanese(text: str, nn: NativeNames) -> list[tuple[str, str]]:
    if not nn.surnames and not nn.place_suffixes:
        return []
    out: list[tuple[str, str]] = []
    titles = nn.person_titles
    for run in _HAN_RUN.finditer(text):
        s, e = run.span()
        body = run.group()
        # a person: the run's last characters before a title in the run ("林芳正官房長官") or after it ("…さん")
        title = next((t for t in titles if body.endswith(t) and len(body) > len(t)), None) \
            if body[-1] in _title_ends(titles) else None
        after = next((t for t in titles if text.startswith(t, e)), None) \
            if title is None and text[e : e + 1] in _title_starts(titles) else None
        if title or after:
            head = body[: len(body) - len(title)] if title else body
            # "李国強副市長": the deputy mayor; 副 belongs to the title, 副市 is no place
            prefix = next((p for p in nn.title_prefixes if head.endswith(p) and len(head) > len(p)), "")
            head = head[: len(head) - len(prefix)]
            person = _japanese_person(head, nn)
            if person:
                out.append((person, "PERSON"))
                body = body[: len(head) - len(person)]  # what stands before the name is read below
                e = s + len(body)
            elif title:
                # "輪島市長": the mayor of 輪島市, whose place is read below with its suffix
                body = head + title[0] if title.startswith(nn.place_suffixes) and not prefix else head
                e = s + len(body)
        out.extend(_japanese_places_and_bodies(body, nn))
    for run in _KANA_RUN.finditer(text):  # a foreign name in Katakana before a title ("ゼレンスキー大統領")
        if text[run.end() : run.end() + 1] in _title_starts(titles) \
                and any(text.startswith(t, run.end()) for t in titles if _HAN_RUN.match(t[:1])) \
                and text[run.start() - 1 : run.start()] not in ("・", "･") \
                and not run.group().endswith(_ja_countries()):  # "ロシア大統領": Russia's president
            out.append((run.group(), "PERSON"))
    return out


@lru_cache(maxsize=4)
def _title_ends(titles: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t[-1] for t in titles)


@lru_cache(maxsize=4)
def _title_starts(titles: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t[0] for t in titles)


def _japanese_person(head: str, nn: NativeNames) -> str | None:
    """The name that ends ``head`` (the Han characters before a title): its longest tail of two to five
    characters that opens with a known surname and ends in no place's or organisation's suffix; else its last
    three characters when they open with a Chinese surname (text data "chinese_surnames")."""
    for size in range(min(5, len(head)), 1, -1):
        name = head[len(head) - size :]
        if name in nn.not_names or name.endswith((*nn.place_suffixes, *nn.organisation_suffixes)):
            continue
        if _surname_of(name, nn):
            return name
    for size in (4, 3):  # 欧陽明, 司馬光: a compound surname and a given name of one or two characters
        name = head[-size:]
        if len(name) == size and chinese_compound_surname(name) and _no_place_or_body(name, nn):
            return name
    name = head[-3:]
    if len(name) == 3 and name[0] in nn.chinese_surnames and _no_place_or_body(name, nn):
        return name  # a Chinese name (李国強, 習近平): a surname and a given name of two characters
    if len(head) == 2 and head[0] in nn.chinese_surnames and _no_place_or_body(head, nn):
        # "運転手の趙強容疑者": a surname and a given name of one character, the whole run before the title (a
        # longer run's last two characters are as often a word's: "…国大統領"); a country is none ("韓国大統領")
        return head
    return None


def _no_place_or_body(name: str, nn: NativeNames) -> bool:
    """Whether ``name`` may be a person's: no place's or organisation's suffix ends it, no country or word of the
    table's "not_names" is it."""
    return not name.endswith((*nn.place_suffixes, *nn.organisation_suffixes)) and name not in nn.not_names \
        and name not in _ja_country_set()[0]


@lru_cache(maxsize=4)
def _japanese_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]:
    nn = _names(lang)
    orgs = "|".join(map(re.escape, nn.organisation_suffixes)) or "(?!)"
    places = "|".join(map(re.escape, nn.place_suffixes)) or "(?!)"
    regions = "|".join(map(re.escape, sorted((r for r, _ in nn.regions), key=len, reverse=True)))
    suffixes = "|".join(map(re.escape, nn.region_suffixes))
    han = f"[{_HAN}々ヶ]"
    return (re.compile(f"{han}{{0,6}}?(?:{orgs})"), re.compile(f"{han}{{2,4}}?(?:{places})"),
            re.compile(f"(?:{regions})(?:{suffixes})?") if regions else None)


def _japanese_places_and_bodies(body: str, nn: NativeNames) -> list[tuple[str, str]]:
    """Places and organisations a run of Han characters is made of, read from its start ("石川県能登地方":
    石川県, 能登地方; "気象庁"): each one where the last ended; a run that opens with none has none."""
    org_rx, place_rx, region_rx = _japanese_patterns("ja")
    out: list[tuple[str, str]] = []
    pos = 0
    while pos < len(body):
        org, place = org_rx.match(body, pos), place_rx.match(body, pos)
        region = region_rx.match(body, pos) if region_rx else None
        if not (org or place or region) and (country := _country_before(body[pos:])):
            # "中国黒竜江省": a country before a province whose name of three characters leaves the pattern's
            # four no room (try46 F6); the country is read as a territory elsewhere
            pos += len(country)
            continue
        if org:  # an organisation's suffix ends the name, a place inside it is its seat ("石川県警察")
            m, kind = org, "ORG"
        elif place:
            m, kind = place, "PLACE"
        elif region and region.end() - pos >= 2:  # "北海道", "東京": a prefecture written without a suffix
            m, kind = region, "PLACE"
        else:
            break
        form = m.group()
        country = _country_before(form)
        if country:  # "中国雲南省": the country (read as a territory elsewhere), then its province
            form = form[len(country) :]
        if (len(form) >= 2 and form not in nn.not_names and not form.startswith(tuple(nn.not_names))
                and not _in_common_word(body, m.start(), m.end(), nn.common_words, nn.regions)):
            out.append((form, kind))
        pos = m.end()
    return out


def _in_common_word(body: str, start: int, end: int, words: Sequence[str], regions: Sequence[tuple[str, str]]) -> bool:
    """Whether the name ``body[start:end]`` ends in a common word (text data "common_words": "大都市", "中央政府",
    "与党") or is cut inside one ("株式市場": "株式市" before 場; review41: each was a place or an organisation),
    unless a known region names it ("東京都市場", "大阪市場": Tokyo's, Osaka's market)."""
    for w in words:
        if body.endswith(w, start, end):
            return True
        i = body.find(w, max(start, end - len(w) + 1), end + len(w) - 1)
        if i != -1 and i < end < i + len(w):
            return not any(body.startswith(r, start) and end - start - len(r) <= 1 for r, _ in regions)
    return False


@lru_cache(maxsize=1)
def _ja_countries() -> tuple[str, ...]:
    from ...text import territory_names

    return tuple(sorted((n for n in territory_names("ja") if len(n) >= 2), key=len, reverse=True))


@lru_cache(maxsize=1)
def _ja_country_set() -> tuple[frozenset[str], tuple[int, ...]]:
    names = _ja_countries()
    return frozenset(names), tuple(sorted({len(n) for n in names}, reverse=True))


def _country_before(form: str) -> str | None:
    """The country name (babel's, in Japanese) ``form`` opens with when two characters or more follow it."""
    names, sizes = _ja_country_set()
    return next((form[:n] for n in sizes if len(form) - n >= 2 and form[:n] in names), None)


def _korean(text: str, nn: NativeNames) -> list[tuple[str, str]]:
    if not nn.surnames:
        return []
    particles = _particles("ko")
    words = list(_HANGUL_WORD.finditer(text))
    out: list[tuple[str, str]] = []
    regions = dict(nn.regions)
    ends = _korean_ends(nn)
    for m in words:
        w = m.group()
        if len(w) < 2:
            continue
        # a person: surname + a two-syllable given name, one word, then a title ("이재명 대표에게")
        if 3 <= len(w) <= 4 and text[m.end() : m.end() + 1] == " " and _korean_person(w, nn):
            nxt = text[m.end() + 1 : m.end() + 12]
            if any(nxt.startswith(t) and _word_end(nxt[len(t) :], particles) for t in nn.person_titles):
                out.append((w, "PERSON"))
                continue
            # the body between the name and its title, Korea's usual order ("박지훈 한국철도공사 사장은": Park Ji-hoon,
            # Korail's president; trial57 F34 read "박지훈 한국철도공사" as one person)
            body = re.match(r"([\uac00-\ud7a3]{3,}) (.{0,10})", text[m.end() + 1 : m.end() + 40])
            if body and body.group(1).endswith(nn.organisation_suffixes) and body.group(1) not in nn.not_names \
                    and any(body.group(2).startswith(t) and _word_end(body.group(2)[len(t) :], particles)
                            for t in nn.person_titles):
                out.append((w, "PERSON"))
                continue
        if w[-1] not in ends:
            continue  # most words: no organisation's or region's name ends so, nor a particle
        stem = _without_particle(w, particles)
        # a region whose name ends in an organisation's suffix ("오사카부": Osaka Prefecture, "부" a ministry's end)
        # is the region
        if len(stem) >= 3 and stem not in nn.not_names and stem not in regions and stem.endswith(nn.organisation_suffixes):
            out.append((stem, "ORG"))  # "서울고등법원은" -> 서울고등법원, "더불어민주당" (3 syllables at least)
            continue
        for form in (stem, w):
            region = _region_of(form, regions, nn.region_suffixes)
            # a region's bare name that is also a common word ("경기": Gyeonggi, a match, the economy; trial53 F9
            # read "홍명보 감독은 경기 후" as a PLACE) only with its suffix ("경기도")
            if region and form not in nn.not_names:
                out.append((form, "PLACE"))
                break
    return out


@lru_cache(maxsize=4)
def _korean_ends(nn: NativeNames) -> frozenset[str]:
    """The last syllables of the words :func:`_korean` reads as an organisation or a region: of the
    organisations' suffixes, the regions' names and suffixes, and the particles that may follow them."""
    words = [*nn.organisation_suffixes, *(r for r, _ in nn.regions), *nn.region_suffixes, *_particles("ko")]
    return frozenset(w[-1] for w in words if w)


def _word_end(rest: str, particles: Sequence[str]) -> bool:
    """Whether the title before ``rest`` ends its word, alone or with a particle ("대표에게", "대표는")."""
    word = re.match("[\uac00-\ud7a3]*", rest)
    tail = word.group() if word else ""
    return not tail or tail in particles or tail in ("에게", "께서", "에게서", "으로부터", "로부터", "측은", "측")


def _korean_person(word: str, nn: NativeNames) -> bool:
    surname = _surname_of(word, nn)
    return surname is not None and len(word) - len(surname) == 2 and word not in nn.not_names \
        and not _korean_body(word, nn)


def _korean_body(word: str, nn: NativeNames) -> bool:
    """Whether a word read as surname + given name is a body or a place whose role follows ("국방부 대변인은":
    국 + 방부 before a title, "경찰청 대변인", "민주당 대표", "서울시 대변인"): it ends in a one-syllable
    organisation suffix (부 ministry, 청 agency, 당 party), names a known organisation or a region. An
    organisation and its role name no person (given names ending so are rare)."""
    return word.endswith(tuple(s for s in nn.organisation_suffixes if len(s) == 1)) \
        or any(word == head for head, _ in nn.organisation_heads) \
        or _region_of(word, dict(nn.regions), nn.region_suffixes) is not None


@lru_cache(maxsize=4)
def _particles(lang: str) -> tuple[str, ...]:
    return tuple(sorted(profile(lang).particles, key=len, reverse=True))


def _without_particle(word: str, particles: Sequence[str]) -> str:
    for p in particles:
        if word.endswith(p) and len(word) - len(p) >= 2:
            return word[: -len(p)]
    return word


def _region_of(form: str, regions: dict[str, str], suffixes: Sequence[str]) -> str | None:
    """The English name of the region ``form`` names (a region's native name, with one of its suffixes or
    none: "경기도", "서울특별시", "石川県"), or None."""
    if form in regions:
        return regions[form]
    for suffix in suffixes:
        if form.endswith(suffix) and form[: -len(suffix)] in regions:
            return regions[form[: -len(suffix)]]
    return None


# ------------------------------------------------------------------ readings


# Revised Romanisation of Korean (2000): initial, medial and final jamo of a Hangul syllable, by Unicode's
# decomposition (syllable = 0xAC00 + (initial * 21 + medial) * 28 + final).
_RR_INITIAL = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_RR_MEDIAL = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
              "yu", "eu", "ui", "i")
_RR_FINAL = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t",
             "ng", "t", "t", "k", "t", "p", "t")


def hangul_syllables(word: str) -> list[str]:
    """Each Hangul syllable of ``word`` in the Revised Romanisation, alone ("재명" -> ["jae", "myeong"]);
    a character that is no Hangul syllable is left out."""
    out = []
    for ch in word:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            out.append(_RR_INITIAL[code // 588] + _RR_MEDIAL[(code % 588) // 28] + _RR_FINAL[code % 28])
    return out


def _syllable_spellings(rr: str) -> tuple[str, ...]:
    """The spellings English reports give one syllable of a Korean given name: the Revised Romanisation and
    the older usual one (eo as u: "myeong" / "myung", "seok" / "suk"; a final u as oo: "su" / "soo"; an
    initial g as k: "geun" / "keun"; ui as ee: "hui" / "hee")."""
    spellings = {rr}
    usual = rr.replace("eo", "u") if "eo" in rr else rr
    usual = usual[:-1] + "oo" if usual.endswith("u") and not usual.endswith(("eu", "yu")) else usual
    usual = "k" + usual[1:] if usual.startswith("g") else usual
    usual = usual.replace("ui", "ee")
    spellings.add(usual)
    return tuple(sorted(spellings, key=lambda s: s != rr))


def fold_reading(text: str) -> str:
    """A romanised name folded to what its spellings share: accents, case, hyphens and spaces gone, voiced and
    voiceless stops one (g/k, d/t, b/p), r as l, ch as j, sh as s, and the vowels of the spellings of one
    sound one (eo, eu, oo, ou and u as o; ae and ai as e; ee and ui as i; a doubled letter once).
    "Jae-myung", "jaemyeong" -> "jemyong"; "Duck-soo", "deoksu" -> "tokso"; "Ōno", "Ohno" -> "ono"."""
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    s = re.sub("[^a-z]", "", s)
    for a, b in (("ck", "k"), ("sh", "s"), ("ch", "j"), ("oh", "o"), ("eo", "o"), ("eu", "o"), ("oo", "o"),
                 ("ou", "o"), ("ae", "e"), ("ai", "e"), ("ee", "i"), ("ui", "i"), ("u", "o")):
        s = s.replace(a, b)
    s = s.translate(str.maketrans("gdbr", "ktpl"))
    return re.sub(r"(.)\1+", r"\1", s)


def _readings(surname: str, lang: str) -> tuple[str, ...]:
    return _surname_table(_names(lang))[0].get(surname, ())


def native_person_match(latin: str, native: str, lang: str) -> str | None:
    """The reason ``native`` (a Japanese or Korean name read by :func:`native_mentions`) and the Latin
    ``latin`` (two or three words) name one person, or None.

    Korean: the surname is one of its usual spellings ("이" Lee, Yi, Rhee) and the given name's syllables, in
    the Revised Romanisation, fold (:func:`fold_reading`) to the Latin given name (이재명 / Lee Jae-myung,
    Jae-myung Lee). Japanese: the Latin name holds the surname's reading as its first or last word
    ("林" Hayashi: 林芳正 / Yoshimasa Hayashi); Han characters give a given name no one reading, so the
    caller links only when one Latin name fits."""
    words = [w for w in re.split(r"[\s]+", latin.strip()) if w]
    if not 2 <= len(words) <= 3:
        return None
    nn = _names(lang)
    surname = _surname_of(native, nn)
    if surname is None:
        return None
    readings = _readings(surname, lang)
    folded = {fold_reading(r) for r in readings}
    if lang == "ko":
        given = fold_reading("".join(hangul_syllables(native[len(surname) :])))
        for sur, rest in ((words[0], words[1:]), (words[-1], words[:-1])):
            if fold_reading(sur) in folded and fold_reading("".join(rest)) == given:
                reading = f"{readings[0]} {'-'.join(s.capitalize() if i == 0 else s for i, s in enumerate(hangul_syllables(native[len(surname):])))}"
                return f"Korean reading: {native} ~ {latin} ({surname} = {'/'.join(readings)}; {reading})"
        return None
    if fold_reading(words[-1]) in folded or fold_reading(words[0]) in folded:  # 林芳正 or 岸田 alone
        return f"Japanese surname reading: {native} ~ {latin} ({surname} = {readings[0]})"
    return None


def native_place_name(native: str, lang: str) -> str | None:
    """The English name of the region a Japanese or Korean place form names ("石川県" -> "Ishikawa",
    "경기도" -> "Gyeonggi"), or None."""
    nn = _names(lang)
    return _region_of(native, dict(nn.regions), nn.region_suffixes)


def native_org_name(native: str, lang: str) -> tuple[str | None, str, str] | None:
    """(the English name of the region the organisation's name opens with or None, the English head its name
    ends with, why in words) for a Japanese or Korean organisation ("서울고등법원" -> ("Seoul", "High Court",
    "서울 (Seoul) + 고등법원 (High Court)"), "気象庁" -> (None, "Meteorological Agency", "気象庁 (Meteorological
    Agency)")), or None when no head of the table ends it."""
    nn = _names(lang)
    for head, english in nn.organisation_heads:
        if native.endswith(head):
            before = native[: -len(head)]
            regions = dict(nn.regions)
            opening = next((r for r in sorted(regions, key=len, reverse=True) if before.startswith(r)), None) \
                if before else None
            parts = [f"{opening} ({regions[opening]})"] if opening else [before] if before else []
            return (regions[opening] if opening else None, english, " + ".join([*parts, f"{head} ({english})"]))
    return None


# ------------------------------------------------------------------ stream keys


def native_keys(text: str, language: str | None) -> frozenset[str]:
    """The keys a Latin-script report's capitalised words give the native names of ``text``
    (:func:`storylens.cluster.entity_keys`: lowercased words): a Korean person's surname in its usual
    spelling and each given-name syllable in its spellings ("이재명" -> lee, jae, myeong, myung), a Japanese
    person's surname reading ("林芳正" -> hayashi), a region's English name's words ("石川県" -> ishikawa) and
    the region an organisation's name opens with ("서울고등법원" -> seoul). Empty for a text of another
    language."""
    lang = native_language(text, language)
    if lang is None:
        return frozenset()
    keys: set[str] = set()
    for form, kind in native_mentions(text, lang):
        keys.update(_form_keys(form, kind, lang))
    return frozenset(k for k in keys if len(k) >= 2)


def _form_keys(form: str, kind: str, lang: str) -> Iterable[str]:
    if kind == "PERSON":
        surname = _surname_of(form, _names(lang))
        if surname is None:  # a Katakana name: the words a Latin report spells it with are not known
            return ()
        readings = _readings(surname, lang)
        out = [readings[0].lower()] if readings else []
        if lang == "ko":
            out += [s for rr in hangul_syllables(form[len(surname) :]) for s in _syllable_spellings(rr)]
        return out
    if kind == "PLACE":
        place = native_place_name(form, lang)
        return place.lower().split() if place else ()
    org = native_org_name(form, lang)
    return org[0].lower().split() if org and org[0] else ()
