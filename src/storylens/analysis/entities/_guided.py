"""Names a Korean or Arabic text writes without the cue its rules need, read by the other reports' names
(trial53 F9).

A Korean report names people bare, without the title word the Korean rules need ("후반 손흥민과 이강인의
연속골로", "로베르트 레반도프스키에게"), so a ko/pl or ko/en pair had no entity at all for them. Across
languages, a Hangul word (its particle cut) is a person when it reads as one Latin name of another report,
and only one: a Korean name of its own by the surname's and given name's readings (손흥민 / Son Heung-min,
:func:`native_person_match`), a foreign name of two words by sound, word by word (로베르트 레반도프스키 /
Robert Lewandowski; a Polish name also by its Polish reading, w as v). The Latin name is read from the
other report's capitalised words, so a name the rules cut ("Son" of "Son Heung-min") is found too.
A city is read the same way (:func:`places_by_others`): an Arabic word that is a large city's name in the
gazetteer (الرباط, بالرباط "in Rabat") or a Hangul word that sounds as one (바르샤바 / Warszawa), when another
report names that very city.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from ..._datafile import read_json
from ...models import Document
from ...text import (
    ARABIC_MARK,
    ARABIC_MARKS,
    abjad,
    abjad_forms,
    abjad_name_match,
    arabic_known_words,
    profile,
    script_of,
    stop_words,
    territory_names,
)
from ...text._hanzi import chinese_name_match, hangul_place_match, latin_hangul_match
from ._gazetteer import _places, case_city
from ._match import _KANA_PLACE, _sound_script_match, kana_hangul_place_match
from ._names import _exact_key, _Raw
from ._native import _particles, _without_particle, native_person_match

_HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")
# Two or three capitalised words, a hyphenated given name's second part in lower case ("Son Heung-min")
_LATIN_NAME = re.compile(r"\b[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-Za-zß-ÿ]+)?(?: [A-ZÀ-Þ][a-zß-ÿ]+(?:-[a-zß-ÿ]+)?){1,2}\b")


@lru_cache(maxsize=1)
def _name_particles() -> tuple[str, ...]:
    """Korean particles a bare name may carry (ko.json "particles", "name_final_particles" and
    "dative_particles": 레반도프스키에게 "to Lewandowski"), longest first."""
    dative = read_json(Path(__file__).resolve().parents[2] / "text" / "data" / "ko.json",
                       lambda raw: tuple(raw.get("dative_particles", ())))
    words = {*_particles("ko"), *profile("ko").name_final_particles, *dative}
    return tuple(sorted(words, key=len, reverse=True))


def _latin_names(documents: Sequence[Document], languages: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """Every run of two or three capitalised words of the non-Korean reports, and each two-word tail of a
    three-word run ("Korei Hong Myung-bo" -> "Hong Myung-bo": a country's genitive before the name): form ->
    (doc id, sentence id) of its first sentence."""
    out: dict[str, tuple[str, str]] = {}
    for doc in documents:
        if languages.get(doc.id) == "ko":
            continue
        for sent in doc.sentences:
            for m in _LATIN_NAME.finditer(sent.text):
                words = m.group().split()
                for k in range(len(words) - 1):
                    out.setdefault(" ".join(words[k:]), (doc.id, sent.id))
    return out


def hangul_people_by_others(documents: Sequence[Document], raws: list[_Raw],
                            languages: Mapping[str, str]) -> list[_Raw]:
    """The Korean people and their Latin names (new mentions only) that one reads as the other, across
    reports of other languages; [] when no Korean report stands beside a report in Latin letters."""
    if not any(languages.get(d.id) == "ko" for d in documents) or all(languages.get(d.id) == "ko" for d in documents):
        return []
    latin = {u: at for u, at in _latin_names(documents, languages).items() if script_of(u) == "latin"}
    if not latin:
        return []
    particles = _name_particles()
    have = {(r.sentence, r.text) for r in raws}
    out: list[_Raw] = []

    def add(doc: str, sent: str, text: str) -> None:
        if (sent, text) not in have:
            have.add((sent, text))
            out.append(_Raw(doc, sent, text, "PERSON", "script", len(raws) + len(out)))

    for doc in documents:
        if languages.get(doc.id) != "ko":
            continue
        for sent in doc.sentences:
            plain = _HANGUL_WORD.findall(sent.text)
            words = [_without_particle(w, particles) for w in plain]
            for i, w in enumerate(words):
                fits: dict[str, str] = {}
                if 2 <= len(w) <= 4:
                    fits = {u: w for u in latin if native_person_match(u, w, "ko")}
                if not fits and 2 <= len(w) <= 5:  # 장웨이밍 / Zhang Weiming: a Chinese name by its pinyin (try46 F7)
                    fits = {u: w for u in latin if " " in u and latin_hangul_match(u, w)}
                if not fits and i + 1 < len(words) and len(plain[i]) >= 2 and len(words[i + 1]) >= 2:
                    pair = f"{plain[i]} {words[i + 1]}"  # the first word carries no particle (안드레이: 이 is its own)
                    fits = {u: pair for u in latin if _sound_script_match(u, pair)}
                if len(fits) == 1:  # one Latin name only: no reading is guessed between two
                    u, name = next(iter(fits.items()))
                    add(doc.id, sent.id, name)
                    add(*latin[u], u)
    return out


def hangul_chinese_by_others(documents: Sequence[Document], raws: list[_Raw],
                             languages: Mapping[str, str]) -> tuple[list[_Raw], set[tuple[str, str]]]:
    """The Hangul words of Korean reports that spell a Chinese person or administrative place another report
    names in Chinese characters, by the Korean transcription of Mandarin (리궈창 / 李国强, 옌청시 / 盐城市,
    장쑤성 / 江苏省; trial59 F10); and the (sentence, form) of Korean mentions those words split: a person of
    two words whose second word is such a place ("리궈창 옌청시 부시장": the vice-mayor of Yancheng)."""
    if not any(languages.get(d.id) == "ko" for d in documents):
        return [], set()
    # the matchers read only Chinese characters (chinese_name_match, hangul_place_match)
    han = [r for r in raws if languages.get(r.doc) != "ko" and script_of(r.text) == "han"]
    people = {r.text for r in han if r.type == "PERSON"}
    places = {r.text for r in han if r.type == "PLACE"}
    if not people and not places:
        return [], set()
    particles = _name_particles()
    have = {(r.sentence, r.text) for r in raws}
    out: list[_Raw] = []
    for doc in documents:
        if languages.get(doc.id) != "ko":
            continue
        for sent in doc.sentences:
            for w in dict.fromkeys(_without_particle(w, particles) for w in _HANGUL_WORD.findall(sent.text)):
                kind = "PERSON" if any(chinese_name_match(w, h) for h in people) \
                    else "PLACE" if any(hangul_place_match(w, h) for h in places) else None
                if kind and (sent.id, w) not in have:
                    have.add((sent.id, w))
                    out.append(_Raw(doc.id, sent.id, w, kind, "script", len(raws) + len(out)))
    found = {(r.sentence, r.text): r.type for r in out}
    split = {(r.sentence, r.text) for r in raws if r.type == "PERSON" and languages.get(r.doc) == "ko"
             and len(words := r.text.split()) == 2 and found.get((r.sentence, words[1])) == "PLACE"}
    return out, split


# (its short-vowel marks and shadda inside it: "عمّان" is one word, looked up without them; newuser66: cut at the
# shadda, Amman's Arabic name was no place and "only d2 mentions: Amman")
_ARABIC_WORD = re.compile(f"[\u0621-\u064a{ARABIC_MARKS}]+")
_PREFIX_LETTER = re.compile(f"^.[{ARABIC_MARKS}]*")  # a word's first letter and its marks
_ARABIC_PREFIXES = ("و", "ب", "ل", "ف")  # and, in, to, so: glued to the word ("بالرباط", "والرباط")


def _named_cities(raws: list[_Raw], languages: Mapping[str, str], skip: str) -> dict[str, str]:
    """City -> the form that names it, over the mentions of the reports not in language ``skip``: a large city of
    the gazetteer by its name or a case form ("Warszawie" -> Warsaw)."""
    index = _places()[0]
    out: dict[str, str] = {}
    for r in raws:
        if languages.get(r.doc) == skip or r.type == "PERSON":
            continue
        city = index.get(_exact_key(r.text)) or case_city(r.text, index, languages.get(r.doc))
        if city:
            out.setdefault(city, r.text)
    return out


def places_by_others(documents: Sequence[Document], raws: list[_Raw], languages: Mapping[str, str]) -> list[_Raw]:
    """New PLACE mentions of Arabic and Korean reports: a word naming a large city that a report of another
    language names too (the gazetteer's Arabic name; a Hangul word by sound, only one such city fitting)."""
    index = _places()[0]
    have = {(r.sentence, r.text) for r in raws}
    out: list[_Raw] = []
    for lang in ("ar", "ko", "fa", "he"):
        docs = [d for d in documents if languages.get(d.id) == lang]
        if not docs:
            continue
        cities = _named_cities(raws, languages, lang)
        countries = _named_countries(raws, languages, lang) if lang in ("ko", "fa", "he") else set()
        pinyin = _pinyin_places(raws, languages) if lang == "ko" else []
        kana = _kana_places(raws, languages) if lang == "ko" else []
        if not cities and not countries and not pinyin and not kana:
            continue
        for doc in docs:
            for sent in doc.sentences:
                words = [*_abjad_place_words(sent.text, lang, cities, countries, index)] if lang in ("fa", "he") \
                    else [*_city_words(sent.text, lang, cities, index), *_country_words(sent.text, countries)]
                for found in [*words,
                              *_pinyin_words(sent.text, pinyin), *_kana_words(sent.text, kana)]:
                    if (sent.id, found) not in have:
                        have.add((sent.id, found))
                        out.append(_Raw(doc.id, sent.id, found, "PLACE", "script", len(raws) + len(out)))
    return out


def _pinyin_places(raws: list[_Raw], languages: Mapping[str, str]) -> list[str]:
    """The one-word Latin places of the non-Korean reports (Guangzhou, Sichuan), which a Korean report may
    spell by the Korean transcription of Mandarin."""
    return list(dict.fromkeys(r.text for r in raws if languages.get(r.doc) != "ko" and r.type == "PLACE"
                              and " " not in r.text and script_of(r.text) == "latin"))


def _arabic_forms(word: str) -> list[str]:
    """``word`` and the word without its proclitics (up to two: "وَبِالقاهرة", and in Cairo), each as written: a
    prefix letter glued to "ال" ("بالرباط") or written with its own vowel mark ("وَدمشق"; final66 M4: cut at the mark,
    these were found before the marks were read inside words). Last, one prefix letter cut with neither ("ودمشق",
    "وبيروت": and Damascus, and Beirut, as Arabic mostly writes them; robust67: no city found): a form only the
    caller's look-up of a large city another report names accepts, tried after the word itself ("بيروت" is
    Beirut, never "يروت"), and never cut from a word the text layer knows whole (:func:`_arabic_known_words`:
    "بليون", billion, is no "ب" + "ليون", in Lyon; break67r)."""
    forms, rest = [word], word
    for _ in range(2):
        unmarked = ARABIC_MARK.sub("", rest)
        if len(unmarked) < 2 or not unmarked.startswith(_ARABIC_PREFIXES):
            break
        after = _PREFIX_LETTER.sub("", rest, count=1)
        if not (ARABIC_MARK.sub("", after).startswith("ال") or ARABIC_MARK.match(rest, 1)):
            if rest == word and unmarked not in _arabic_known_words():
                forms.append(after)
            break
        forms.append(after)
        rest = after
    return forms


def _arabic_known_words() -> frozenset[str]:
    """text.arabic_known_words, which the unmarked proclitic cut of :func:`_arabic_forms` leaves whole. A city
    that opens with a prefix letter is found as the word itself first ("وهران", "باريس"), so none is lost."""
    return arabic_known_words()


def _city_words(text: str, lang: str, cities: Mapping[str, str], index: Mapping[str, str]) -> list[str]:
    found: list[str] = []
    if lang == "ar":
        for w in _ARABIC_WORD.findall(text):
            for form in _arabic_forms(w):
                bare = ARABIC_MARK.sub("", form)
                if len(bare) >= 4 and index.get(_exact_key(bare)) in cities:
                    found.append(form)
                    break
        return found
    particles = _name_particles()
    for w in _HANGUL_WORD.findall(text):
        stem = _without_particle(w, particles)
        if len(stem) < 3:
            continue
        fits = {city for city, form in cities.items() if _sound_script_match(city, stem) or _sound_script_match(form, stem)}
        if len(fits) == 1:
            found.append(stem)
    return found


def _abjad_place_words(text: str, lang: str, cities: Mapping[str, str], countries: set[str],
                       index: Mapping[str, str]) -> list[str]:
    """Persian or Hebrew words (a proclitic cut: "בירושלים" in Jerusalem) naming a large city of ``cities`` by the
    gazetteer's name in that script, or a country of ``countries`` by its CLDR name in ``lang`` (one word or two:
    "ארצות הברית"); issue 12 F4: a Persian or Hebrew report had no place at all beside an English one."""
    names = territory_names(lang)
    words = _ABJAD_WORD.findall(text)
    found: list[str] = []
    for i, w in enumerate(words):
        for form in abjad_forms(w):
            pair = f"{form} {words[i + 1]}" if i + 1 < len(words) else ""
            if pair and names.get(pair) in countries:
                found.append(pair)
                break
            if names.get(form) in countries or len(form) >= 4 and index.get(_exact_key(form)) in cities:
                found.append(form)
                break
    return found


def _pinyin_words(text: str, places: Sequence[str]) -> list[str]:
    """Hangul words (a particle cut) that spell one of the Latin ``places`` in pinyin by the Korean
    transcription, an administrative suffix allowed (광저우시 / Guangzhou, 쓰촨성 / Sichuan; try46 F7)."""
    if not places:
        return []
    particles = _name_particles()
    stems = dict.fromkeys(_without_particle(w, particles) for w in _HANGUL_WORD.findall(text))
    return [w for w in stems if len(w) >= 2 and any(latin_hangul_match(u, w, suffix=True) for u in places)]


def _kana_places(raws: list[_Raw], languages: Mapping[str, str]) -> list[str]:
    """The Katakana places of the non-Korean reports (ハルビン市, ウルムチ), which a Korean report spells by sound."""
    return list(dict.fromkeys(r.text for r in raws if languages.get(r.doc) != "ko" and r.type == "PLACE"
                              and _KANA_PLACE.fullmatch(r.text)))


def _kana_words(text: str, places: Sequence[str]) -> list[str]:
    """Hangul words (a particle cut) that spell one, and only one, of the Katakana ``places`` by sound."""
    if not places:
        return []
    particles = _name_particles()
    stems = dict.fromkeys(_without_particle(w, particles) for w in _HANGUL_WORD.findall(text))
    return [w for w in stems if len({u for u in places if kana_hangul_place_match(u, w)}) == 1]


def _named_countries(raws: list[_Raw], languages: Mapping[str, str], skip: str) -> set[str]:
    """ISO codes of the countries the reports not in language ``skip`` name by their own CLDR name ("Polska")."""
    return {code for r in raws if languages.get(r.doc) != skip
            and (code := territory_names(languages.get(r.doc)).get(r.text.lower()))}


def _country_words(text: str, countries: set[str]) -> list[str]:
    """Korean country names (CLDR, a particle cut: "폴란드를" -> 폴란드) of a country in ``countries``."""
    if not countries:
        return []
    names = territory_names("ko")
    particles = _name_particles()
    stems = (_without_particle(w, particles) for w in _HANGUL_WORD.findall(text))
    return [w for w in stems if names.get(w) in countries]


# A word of a script that writes no capitals and no short vowels (Arabic, Persian, Hebrew), with the
# joiners it writes inside a word (ZWNJ in "آیت‌الله", a Hebrew geresh in "ג'ו")
_ABJAD_WORD = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff\u05d0-\u05ea\u200c'׳]+")


def abjad_people_by_others(documents: Sequence[Document], raws: list[_Raw]) -> list[_Raw]:
    """People an Arabic, Persian or Hebrew report names that another report names in Latin letters (issue 12,
    F10: خامنئی / Khamenei, נתניהו / Netanyahu, يائير لابيد / Yair Lapid were no entity of their report).
    These scripts write no capitals, so no rule sees a name start; a run of as many words as a Latin
    person's name (a proclitic cut from its first word: "ونتنياهو") is that person when its consonants are
    the name's (:func:`storylens.text.abjad_name_match`: the surname's three consonants at least, or two with the
    given name's too, every given name agreeing) and fit no other Latin name. A surname alone is read when another report writes it
    beside a given name (the full name's last word), so a common word of three consonants must meet a name
    the other report gives in full."""


    docs = {d.id: d for d in documents}
    targets = [d for d in documents if any(abjad(s.text) for s in d.sentences)]
    if not targets:
        return []
    latin: dict[str, str] = {}  # Latin or Cyrillic person form -> its type
    for r in raws:
        if r.type != "PERSON" or script_of(r.text) not in ("latin", "other") or abjad(r.text) \
                or not r.text[:1].isupper() or docs.get(r.doc) in targets:
            continue
        words = r.text.split()
        if len(words) >= 2:
            latin.setdefault(r.text, r.type)
            latin.setdefault(words[-1], r.type)
    if not latin:
        return []
    have = {(r.sentence, r.text) for r in raws}
    stops = frozenset(w for lang in ("ar", "he", "fa") for w in stop_words(lang))
    out: list[_Raw] = []
    for doc in targets:
        for sent in doc.sentences:
            if not abjad(sent.text):
                continue
            words = _ABJAD_WORD.findall(sent.text)
            for n in (3, 2, 1):
                for i in range(len(words) - n + 1):
                    run = words[i : i + n]
                    for first in abjad_forms(run[0]):
                        form = " ".join([first, *run[1:]])
                        if n > 1 and (len(first) < 3 or first in stops):
                            continue  # "إن بلينكن" (that Blinken): a particle is no given name
                        fits = {u for u in latin if len(u.split()) == n and abjad_name_match(u, form)}
                        if len(fits) != 1:
                            continue
                        if (sent.id, form) not in have and not any(
                                o.sentence == sent.id and form in o.text for o in out) and not any(
                                # the surname of a full name the rules read ("دينيس باسلر"): no mention more
                                o.sentence == sent.id and form in o.text and any(abjad_name_match(u, o.text) for u in latin)
                                for o in raws):
                            have.add((sent.id, form))
                            out.append(_Raw(doc.id, sent.id, form, "PERSON", "script", len(raws) + len(out)))
                        break
    return out
