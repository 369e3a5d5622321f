"""Search across scripts: the articles that name the query's organisation or person in another spelling.

Full-text search finds a word as written (and a Cyrillic or Greek word by its Latin spelling), so
"蒙塔内尔" found only the Chinese report of Lucía Montaner, "صندوق النقد الدولي" only the Arabic
one and "IWF Kreditprogramm" only the German one (trial 20 #19). The semantic half cannot stand in:
a bare name's or acronym's USE vector carries little meaning, 0.05-0.14 to the reports that name it
on trial 20's store (the cut is 0.18, a name's 0.5; unrelated reports reached 0.17-0.21 on trial 15's).

Two readings the text layer has, each checked on the article's own text:

* an alias group the query names (:func:`storylens.cluster.alias_keys`: IMF = IWF = FMI = МВФ = صندوق النقد الدولي
  = 国际货币基金组织, Germany = Deutschland = 德国): each other form is searched, and a hit counts
  when its text names the group;
* a person's name (a name query, or a Chinese name in transliteration characters, or Arabic words):
  the reports of the text hits' stories and their nearest articles by meaning (the vectors of what
  the name found: the semantic side) count when they write a name that sounds as the query does in
  another script (:func:`~storylens.text.sound_match`: 蒙塔内尔 ~ Montaner ~ مونتانير).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from difflib import SequenceMatcher
from functools import cache

from ..store.base import ArticleRecord, Store
from ..text import ARABIC_LETTERS

__all__ = ["across_scripts"]

_RRF_K = 60
_NAME_CANDIDATES = 10  # texts read for a name's other spellings, per result asked for
_SNIPPET_CHARS = 40
_HAN = re.compile("[\u3400-\u9fff]")
_ARABIC_WORD = re.compile(f"[{ARABIC_LETTERS}]+")
# Latin, Cyrillic or Greek words with a capital first (a name's part)
_CASED_WORD = re.compile(r"\b[^\W\d_][^\W\d_'’-]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_KANA = re.compile("[\u30a1-\u30fa]")
_HANGUL = re.compile("[\uac00-\ud7a3]")
# a Katakana name, its parts joined by "・" ("ルシア・モンタネール"); a Hangul word
_KANA_NAME = re.compile("[\u30a1-\u30fa\u30fc]{2,}(?:[・･][\u30a1-\u30fa\u30fc]{2,})*")
_HANGUL_WORD = re.compile("[\uac00-\ud7a3]{2,}")
_DOTS = "·・•‧"


@cache
def _han_name() -> re.Pattern[str]:
    """A run of the characters Chinese writes foreign names with (text/data/zh.json
    "transliteration_chars"), two at least, its parts joined by a middle dot ("露西娅·蒙塔内尔")."""
    from ..text import profile

    chars = re.escape(profile("zh").transliteration_chars)
    part = f"[{chars}]{{2,}}"
    return re.compile(f"{part}(?:[{_DOTS}]{part})*")


def query_name(query: str, is_name: bool) -> str | None:
    """The person's name ``query`` is, as :func:`~storylens.text.sound_match` reads it, or None: a name
    query (``is_name``: :func:`~storylens.stream.queries.name_query`), a query that is one Chinese
    transliterated name ("蒙塔内尔", "露西娅·蒙塔内尔"), or one to three Arabic words ("مونتانير")."""
    q = query.strip()
    words = q.split()
    # capitalised words, as name_query reads a name but also those a lexicon or the gazetteer knows
    # ("Montaner" is a German word, "Ukraine" a place): only a text that writes it by sound matches
    if is_name or (1 <= len(words) <= 3 and all(_cased_name(w) for w in words)):
        return q
    if _KANA.search(q):
        return q if _KANA_NAME.fullmatch(q) else None
    if _HANGUL.search(q):
        return " ".join(_without_particle(w) for w in words) if all(_HANGUL_WORD.fullmatch(w) for w in words) \
            and 1 <= len(words) <= 3 else None
    if _HAN.search(q):
        return q if _han_name().fullmatch(q) else None
    if 1 <= len(words) <= 3 and all(_ARABIC_WORD.fullmatch(w) for w in words):
        return q
    return None


@cache
def _korean_particles() -> tuple[str, ...]:
    """Korean's particles (text/data/ko.json "particles", "topic_particles"), longest first."""
    from ..text import profile

    ko = profile("ko")
    return tuple(sorted(set(ko.particles) | set(ko.topic_particles), key=len, reverse=True))


def _without_particle(word: str) -> str:
    """A Hangul word without the particle it ends with, two letters left at least."""
    return next((word[: -len(p)] for p in _korean_particles() if word.endswith(p) and len(word) - len(p) >= 2), word)


def _cased_name(word: str) -> bool:
    """A capitalised word of letters (a hyphen joining two): "Montaner", "Монтанер", "Jean-Luc"."""
    return word[:1].isupper() and any(c.islower() for c in word[1:]) and word.replace("-", "").isalpha()


def _names_in(text: str) -> Iterable[tuple[str, int, int]]:
    """The names ``text`` may write, with their spans: Chinese transliterated runs, Arabic words and
    pairs of them, capitalised Latin/Cyrillic/Greek words and pairs of them."""
    for m in _han_name().finditer(text):
        yield m.group(), m.start(), m.end()
        at = m.start()
        for part in re.split(f"[{_DOTS}]", m.group()) if re.search(f"[{_DOTS}]", m.group()) else ():
            yield part, at, at + len(part)  # a surname alone ("Lucía Montaner" ~ 蒙塔内尔 of 露西娅·蒙塔内尔)
            at += len(part) + 1
    for m in _KANA_NAME.finditer(text):
        yield m.group(), m.start(), m.end()
        if "・" in m.group() or "･" in m.group():
            yield re.split("[・･]", m.group())[-1], m.end() - len(re.split("[・･]", m.group())[-1]), m.end()
    for m in _HANGUL_WORD.finditer(text):
        word = m.group()
        yield word, m.start(), m.end()
        bare = _without_particle(word)
        if bare != word:  # Korean writes its particle on the name ("몬타네르는")
            yield bare, m.start(), m.start() + len(bare)
    arabic_stops = _arabic_function_words()
    for pattern in (_ARABIC_WORD, _CASED_WORD):
        prev: re.Match[str] | None = None
        for m in pattern.finditer(text):
            if pattern is _CASED_WORD and not m.group()[:1].isupper():
                prev = None
                continue
            if pattern is _ARABIC_WORD and m.group() in arabic_stops:
                # a function word is no name's part: "ما زالوا" (still) sounded as Muzzarelli (final40 #7)
                prev = None
                continue
            yield m.group(), m.start(), m.end()
            if prev is not None and text[prev.end():m.start()].strip() == "":
                yield f"{prev.group()} {m.group()}", prev.start(), m.end()
            prev = m


@cache
def _arabic_function_words() -> frozenset[str]:
    """Arabic's function words (spaCy's stop words: "ما", "في", "لا"), which no name is written with."""
    from ..text import stop_words

    return stop_words("ar")


def _script(text: str) -> str:
    """'kana', 'hangul', 'arabic', 'cyrillic', 'han', 'latin' or 'other': the first the text has, in that
    order (:func:`~storylens.text.script_of`'s fine scripts)."""
    from ..text import script_of

    return script_of(text, fine=True)


def _readings(name: str) -> tuple[str, ...]:
    """``name`` as :func:`~storylens.text.sound_match` reads it: a Katakana or Hangul name by its Latin
    readings (as entity linking reads them: "モンタネール" montaneeru), any other as written."""
    if _CYRILLIC.search(name):
        from anyascii import anyascii

        # a Cyrillic name in Latin letters too, read as a Latin name is (its r before a consonant, which Chinese
        # writes as 尔 or drops: Георгиева ~ 格奥尔基耶娃, final37 §1)
        return (name, anyascii(name))
    if not (_KANA.search(name) or _HANGUL.search(name)):
        from ..text import spelling_readings

        # a Latin name as German or Polish spelling says it too ("Georgiewa" ~ Георгиева ~ ゲオルギエバ)
        return (name, *spelling_readings(name)[1:])
    from ..text import sound_script_readings

    return sound_script_readings(name)


def _sound_alike(a: str, b: str) -> bool:
    from ..text import sound_match

    return any(sound_match(x, y) for x in _readings(a) for y in _readings(b))


def _short_alike(name: str, word: str) -> bool:
    """A one-word name and a word in another script whose consonant skeletons are one, where
    :func:`~storylens.text.sound_match` asks for more than a short name has (three consonants, or a first
    name beside it): "Kickl" (k-l) / "Кикль" / "Киклем" (its instrumental case: one consonant more at the
    end), "Rabie" (r-b) / "ربيع" (trial55 F8: none of them found another). In letters that write the vowels
    the word's Latin letters must also be near the name's (difflib ratio >= ``search_sound_common_ratio``):
    "Кулак" (k-l-k) is no "Kickl"; Arabic writes no short vowels, so there the skeletons must be equal.
    Search only: the words read are those of the reports of what the query found (their stories, their
    nearest by meaning), not the whole store."""
    from anyascii import anyascii

    from ..settings import DEFAULT
    from ..text import consonant_letters, sound_skeleton

    if len(name.split()) != 1 or len(word.split()) != 1:
        return False
    scripts = {_script(name), _script(word)}
    if len(scripts) != 2 or not scripts <= _SPELLED_SCRIPTS | {"arabic"}:
        return False
    arabic = "arabic" in scripts

    def latin(x: str) -> str:
        return re.sub(r"[^a-z]", "", anyascii(x).casefold())

    for x in _readings(name):
        for y in _readings(word):
            sx, sy = sound_skeleton(x, arabic), sound_skeleton(y, arabic)
            if len(sx) < 2 or len(sy) < 2:
                continue
            if arabic:
                # and its consonants as written, which Arabic keeps apart where the classes merge them (r/l,
                # g/k): "Кикль" k-l is no "غلوري" gh-l-r (Glory), which the classes read k-l too
                if sx == sy and consonant_letters(x) == consonant_letters(y):
                    return True
                continue
            if (sy.startswith(sx) and len(sy) - len(sx) <= 1 or sx == sy) and \
                    SequenceMatcher(None, latin(x), latin(y)).ratio() >= DEFAULT.search_sound_common_ratio:
                return True
    return False


def _respelled(a: str, b: str) -> bool:
    """Two Latin spellings of one name in two orthographies ("Georgieva" / "Georgiewa", final37 §1): a
    reading of each (:func:`~storylens.text.spelling_readings`) is the same, letter for letter."""
    from ..text import spelling_readings

    return a != b and _script(a) == _script(b) == "latin" and bool(set(spelling_readings(a)) & set(spelling_readings(b)))


def sounded(name: str, text: str, language: str | None = None) -> tuple[int, int] | None:
    """The span of a name in ``text`` written in another script than ``name`` that sounds as it does
    (:func:`~storylens.text.sound_match`; Katakana and Hangul by their Latin readings), or in another Latin
    orthography (:func:`_respelled`), or of ``name`` itself with a Korean particle on it; None when there is none.
    A sound-alike must be a name's word (:func:`_name_like`; ``language``: the text's, for its lexicon)."""
    from ..text import calendar_word

    mine = _script(name)
    # (word, start, end, own): a word in the name's own script is kept only as the name itself (a Korean
    # particle aside: "몬타네르는", the index holds Korean words whole) or a respelling of it, and then counts
    # as found; one in another script counts when it sounds as the name does
    found = []
    for word, start, end in _names_in(text):
        own = _script(word) == mine
        if not own or word == name or _respelled(name, word):
            found.append((word, start, end, own))
    # a month or weekday is no name, nor a word of one ("تشرين الثاني", November, sounds as "Solano")
    calendar = [(start, end) for word, start, end, _ in found if calendar_word(word)]
    for word, start, end, own in found:
        if not any(a < end and start < b for a, b in calendar) and (
                own or (_sound_alike(name, word) or _short_alike(name, word)) and _name_like(word, name, language)):
            return start, end
    return None


# Alphabets whose words are spaced and spelled letter by letter: a name there has as many words as the
# query and a length near its own (Han, Kana and Hangul names do not; Arabic drops vowels).
_SPELLED_SCRIPTS = frozenset({"latin", "cyrillic", "greek"})


def _name_like(word: str, name: str, language: str | None) -> bool:
    """Whether ``word`` (a text's capitalised span that sounds as ``name``) may be the name and not a
    common word that happens to share its consonants (final38 §5: "Георгиева" ~ Polish "Krajowa" of
    "Prokuratura Krajowa"; review34a #7: ~ "Georg Giewa"). In a spelled alphabet on both sides: no more
    words than the name and a length near its own (in Latin letters). A word the text's lexicon reads as
    a common word (a lower-case headword: "krajowa" -> "krajowy") counts only when its Latin letters are
    near a reading of the name's, letter for letter ("Путин" / "Putin", "Kowalczyk" / "Ковальчик"), not a looser sound."""
    from anyascii import anyascii

    from ..settings import DEFAULT
    from ..text import common_word, spelling_readings

    if _script(word) in _SPELLED_SCRIPTS and _script(name) in _SPELLED_SCRIPTS:
        if len(word.split()) > len(name.split()):
            return False
        a, b = len(anyascii(word)), len(anyascii(name))
        if min(a, b) < DEFAULT.search_sound_length_ratio * max(a, b):
            return False
    if not any(common_word(w, language) for w in word.split()):
        return True

    def latin(x: str) -> set[str]:
        return {re.sub(r"[^a-z]", "", anyascii(r).casefold()) for r in (*_readings(x), *spelling_readings(anyascii(x)))}

    names = latin(name)  # once, not once per reading of the word
    return any(SequenceMatcher(None, a, b).ratio() >= DEFAULT.search_sound_common_ratio for a in latin(word) for b in names)


def _snippet(text: str, start: int, end: int) -> str:
    """``text`` around ``[start:end]``, the match in brackets, as the full-text snippets are."""
    a, b = max(0, start - _SNIPPET_CHARS), min(len(text), end + _SNIPPET_CHARS)
    body = f"{text[a:start]}[{text[start:end]}]{text[end:b]}"
    return ("…" if a else "") + " ".join(body.split()) + ("" if b == len(text) else "…")


def _alias_hits(store: Store, query: str, groups: Iterable[str], limit: int) -> list[tuple[str, str | None]]:
    """Full-text hits of the other forms of ``groups`` (alias keys), by their reciprocal ranks summed
    over the forms; unchecked (:func:`across_scripts` reads each hit's text)."""
    from ..cluster import alias_forms
    from .queries import keyword_query  # (queries imports this module)

    asked = query.casefold()
    # a form's words are any of them, as a query's: "Federal Republic of Germany" without its "of"
    forms = [keyword_query(form) for key in sorted(groups) for form in alias_forms(key) if form.casefold() not in asked]
    scores: dict[str, float] = {}
    snippets: dict[str, str | None] = {}
    # every form's hits in one statement, each form ranked and cut as alone: the hits of one search per
    # form (17-60 forms a query: as many statements, and round trips on PostgreSQL)
    for hits in store.search_texts(forms, limit=limit):
        for rank, (aid, snip) in enumerate(hits, start=1):
            scores[aid] = scores.get(aid, 0.0) + 1.0 / (_RRF_K + rank)
            snippets.setdefault(aid, snip)
    return [(aid, snippets[aid]) for aid in sorted(scores, key=lambda a: (-scores[a], a))]


def _meaning_neighbours(store: Store, text_hits: Sequence[str], limit: int) -> list[str]:
    """The reports of the text hits' stories, then the nearest articles by meaning to the first
    hits' vectors (in that order, once each): where a report naming the query in another script is."""
    out: dict[str, None] = {}
    top = list(text_hits[:limit])
    stories = sorted({r.story for r in store.assignments(top).values()}) if top else []
    for members in (store.story_members(stories) if stories else {}).values():
        out.update((aid, None) for aid, _ in members)
    vectors = store.vectors(top[:5]) if top else {}
    if vectors:
        import numpy as np

        for row in store.nearest_many(np.stack([vectors[a] for a in top[:5] if a in vectors]), k=3 * limit):
            out.update((aid, None) for aid, _ in row)
    return list(out)


def across_scripts(store: Store, query: str, text_hits: Sequence[tuple[str, str | None]],
                   meaning_hits: Sequence[str], read: Mapping[str, ArticleRecord], *, is_name: bool,
                   limit: int) -> tuple[list[tuple[str, str | None]], dict[str, ArticleRecord]]:
    """(articles not in ``text_hits`` that name the query in another spelling, with a snippet; the
    records read). ``meaning_hits``: the query's own semantic neighbours (any cosine), also checked;
    ``read``: records already read. Alias hits come first, by their forms' ranks; then names, in
    the order found (stories of the text hits, their meaning neighbours, the query's)."""
    from ..cluster import alias_keys

    groups = alias_keys(query)[0]
    name = query_name(query, is_name)
    if not groups and name is None:
        return [], {}
    have = {aid for aid, _ in text_hits}
    candidates: dict[str, str | None] = {}
    if groups:
        candidates.update((aid, s) for aid, s in _alias_hits(store, query, groups, limit) if aid not in have)
    if name is not None:
        around = _meaning_neighbours(store, [aid for aid, _ in text_hits], limit) + list(meaning_hits)
        # read at most this many texts for a name (a story of hundreds of reports would be read whole)
        around = [aid for aid in dict.fromkeys(around) if aid not in have and aid not in candidates][:_NAME_CANDIDATES * limit]
        candidates.update((aid, None) for aid in around)
    records = dict(read)
    records |= {a.id: a for a in store.articles([c for c in candidates if c not in records])}
    out = []
    for aid, snip in candidates.items():
        a = records.get(aid)
        if a is None:
            continue
        text = f"{a.title or ''}\n{a.text}"
        if groups and groups & alias_keys(text)[0]:
            out.append((aid, snip))
        elif name is not None and (span := sounded(name, text, a.language)) is not None:
            out.append((aid, _snippet(text, *span)))
    return out, records
