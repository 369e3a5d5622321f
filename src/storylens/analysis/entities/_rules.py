"""Rule extraction for languages without a spaCy model: capitalised name runs, titles, places, institutions,
acronyms and their long forms, and which sentences may hold a name (part of :mod:`storylens.analysis.entities`)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from functools import lru_cache

from rapidfuzz import fuzz

from ...models import Document
from ...text import (
    LANGUAGES,
    NEW_WORDS,
    calendar_words,
    month_names,
    navigation_words,
    organisation_words_any,
    profile,
    stop_words,
)
from ...text._hanzi import han_lookup_form
from ._aliases import _SEMEVAL_LANGS, _default_alias_tables, _territory_pattern, territory_groups
from ._gazetteer import _alias_of, _inflected_city, _place_data, _places
from ._names import (
    _CASE_LANGUAGES,
    _COMPOUND_HEADS,
    _CONNECTORS,
    _HAN,
    _HAN_RE,
    _INITIAL_SKIP,
    _NOT_ACRONYMS,
    _ORG_WORDS,
    _PLACE_SUFFIXES,
    _QUOTE_CLOSE,
    _QUOTE_OPEN,
    _ROLE_ACRONYMS,
    _STOPWORDS,
    _SURNAME_PARTICLES,
    _TITLES,
    _WORD_RE,
    _doc_language,
    _exact_key,
    _initials,
    _name_tokens,
    _Raw,
    clean_name,
    is_acronym,
)
from ._native import native_mentions
from ._scripts import (
    _ARABIC_RE,
    _ZH_DOTS,
    _ZH_GLOSS,
    _ZH_NAME_SPEAKS,
    _ZH_NOT_NAMES,
    _ZH_SUBJECT_NAME,
    _ZH_TITLE_NAME,
    _arabic_alias_forms,
    _arabic_people,
    _arabic_places,
    _dot_names,
    _known_name,
    _sound_script_people,
    _time_zone_after,
    _unspaced_alias_forms,
    _zh_transliterated,
    zh_admin_places,
)


def _dotted_name_parts(text: str, name: str, lang: str = "zh") -> list[str]:
    """The surname of a dotted foreign full name (加里·麦克拉伦) written alone before a name honorific of the
    language (麦克拉伦先生 "Mr McLaren": text data "name_honorifics"), which no title or verb rule reads
    (semeval-mclaren-zh-en). Two characters or more, beside no dot. A bare surname with no honorific
    (麦克拉伦的朋友) and the full name written without its dot (加里麦克拉伦) are not read: as mentions they made
    the story's one person the only anchor of sentences that state different things (ent44: a zh sentence of
    mourning friends aligned to an English tribute, semeval-mclaren eval-half unique P/R 0.700/0.778 ->
    0.667/0.667)."""
    parts = [p for p in re.split("[" + "".join(_ZH_DOTS) + "]", name) if p]
    if len(parts) < 2 or not all(_HAN_RE.match(p) for p in parts):
        return []
    surname = parts[-1]
    honorifics = profile(lang).name_honorifics
    if len(surname) < 2 or not honorifics:
        return []
    for m in re.finditer(re.escape(surname), text):
        before = text[m.start() - 1 : m.start()]
        if before not in _ZH_DOTS and text.startswith(honorifics, m.end()):
            return [surname]
    return []


# Last characters of a Chinese place's name (a province, city, county, district, town, village, state).
_ZH_PLACE_ENDS = frozenset("省市县区镇村乡州")  # not 国, 山: given names end so (王建国)
_ZH_PREDICATE_STARTS = frozenset("在已被向对曾将也还")


@lru_cache(maxsize=1)
def _zh_places() -> frozenset[str]:
    """The Han names of the large places the entity linker knows (GeoNames; ``place_names``)."""
    han: dict[str, list[str]] = _places()[2]
    return frozenset(n for names in han.values() for n in names)


def _script_mentions(text: str, lang: str) -> list[tuple[str, str, str, str | None]]:
    """(form, type, source, gloss) for Chinese or Arabic text (see above). A Chinese text is read in its Traditional
    characters as Simplified ones, which the cues and lists are written in ("預報員王麗說" as "预报员王丽说";
    text._hanzi.han_lookup_form, one character for one; fieldcases78 z6: 王麗 was no mention), and each form found
    is the text's own."""
    look = han_lookup_form(text, lang)
    found = _script_mentions_read(look, lang)
    if look == text:
        return found
    return [(_as_written(form, look, text), etype, source, gloss if gloss is None else _as_written(gloss, look, text))
            for form, etype, source, gloss in found]


def _as_written(form: str, look: str, text: str) -> str:
    """``form``, found in ``look`` (``text`` read one character for one), as ``text`` writes it."""
    at = look.find(form)
    return text[at : at + len(form)] if at >= 0 else form


def _script_mentions_read(text: str, lang: str) -> list[tuple[str, str, str, str | None]]:
    """:func:`_script_mentions` of ``text`` as its lists read it."""
    found: list[tuple[str, str, str, str | None]] = []
    glossed: set[str] = set()
    for start, end in _dot_names(text):
        name = text[start:end]
        gloss = _ZH_GLOSS.match(text, start)
        if gloss and gloss.group(1) == name:
            found.append((name, "PERSON", "script", gloss.group(2)))
            found.append((gloss.group(2), "PERSON", "script", None))
            glossed.add(name)
        else:
            found.append((name, "PERSON", "script", None))
    for zh_rx in (_ZH_TITLE_NAME, _ZH_NAME_SPEAKS, _ZH_SUBJECT_NAME):
        for m in zh_rx.finditer(text):
            name = m.group(1)
            if text[m.start(1) - 1:m.start(1)] in _ZH_DOTS:
                continue  # 杜什库 of 伊利尔·杜什库说: the end of a dotted name, not a Chinese name
            if zh_rx is _ZH_SUBJECT_NAME and (name[-1] in _ZH_PLACE_ENDS or name[-1] in _ZH_PREDICATE_STARTS
                                           or _known_name(name) or name in _zh_places()):
                continue  # 张家口已…, 江苏省在…: a place opening the sentence; 李敏已被…: 已 opens the predicate
            if name not in _ZH_NOT_NAMES and not any(name == f[0] for f in found):
                found.append((name, "PERSON", "script", None))
    for form, etype in _unspaced_alias_forms():
        if form in text and not any(form in f[0] for f in found):
            found.append((form, etype, "script", None))  # 国連 / 유엔 (United Nations): the alias table's forms
    if _ARABIC_RE.search(text):
        for form, etype, rx in _arabic_alias_forms():
            if form in text and rx.search(text) and not any(form in f[0] for f in found):
                found.append((form, etype, "script", None))  # صندوق النقد الدولي (IMF): trial20 #13
    # Japanese and Korean names of their own, by their cues (text data "native_names"): 林芳正 before 官房長官,
    # 이재명 before 대표, 石川県, 서울고등법원 (trial49 F6/F17: none was read)
    natives = native_mentions(text, lang)
    own_people = {name for name, etype in natives if etype == "PERSON"}
    for name in _sound_script_people(text, lang):
        # "부산에서 한덕수 국무총리": a word before a Korean name of its own is no foreign given name
        # "박지훈 한국철도공사 사장": a Korean name of its own before its body's name is neither a foreign given name
        # nor a surname (trial57 F34: "박지훈 한국철도공사" one PERSON)
        if not any(name == f[0] for f in found) and name.split()[-1] not in own_people \
                and not (len(name.split()) == 2 and name.split()[0] in own_people
                         and name.split()[1] in {n for n, t in natives if t == "ORG"}):
            found.append((name, "PERSON", "script", None))
    for name, etype in natives:
        if not any(name == f[0] for f in found):
            found.append((name, etype, "script", None))
    names = {f[0] for f in found if f[1] == "PERSON"}
    if _HAN_RE.search(text):
        for name in _zh_transliterated(text):
            if name not in names and name not in glossed:
                found.append((name, "PERSON", "script", None))
                names.add(name)
        if lang not in ("ja", "ko"):  # 江苏省, 响水县 (trial50 F14); Japanese has its own (_native)
            for name in zh_admin_places(text):
                if not any(name == f[0] for f in found):
                    found.append((name, "PLACE", "script", None))
    elif _ARABIC_RE.search(text):
        for name in _arabic_people(text):
            if name not in names:
                found.append((name, "PERSON", "script", None))
                names.add(name)
        for name in _arabic_places(text):  # "إقليم الحوز", "جنوب مراكش", "بين مراكش وتارودانت" (trial50 F14)
            if name not in names and not any(name == f[0] for f in found):
                found.append((name, "PLACE", "script", None))
    pattern_lang = "zh" if _HAN_RE.search(text) else "ar" if _ARABIC_RE.search(text) else lang
    if pattern_lang in ("zh", "ar"):
        zone = _time_zone_after()
        for m in _territory_pattern(pattern_lang).finditer(text):
            if not (zone and zone.match(text, m.end(1))):  # "日本時間" is a clock's zone, no place (trial 19 #2)
                found.append((m.group(1), "PLACE", "script", None))
    # Latin-script names inside the text, by the capitalisation rules.
    latin = re.sub(f"[{_HAN}\u0600-\u06FF\u3000-\u303F\uFF00-\uFFEF]", " ", text)
    for form, etype, source in _rule_mentions(latin, "en"):
        if source != "weak" and not any(form == f[0] for f in found):
            found.append((form, etype, "rule", None))
    return found


def _capitalised(tok: str) -> bool:
    return tok[:1].isupper() and any(ch.isalpha() for ch in tok)


_SENTENCE_OPENERS = ".!?«\"“„"


def _starts_sentence(text: str, pos: int) -> bool:
    """True when only stopwords stand between ``pos`` and the sentence (or quote) start.

    The segmenter leaves quoted sentences whole, so "…жизни. Тем не менее" counts too.
    """
    prefix = text[:pos]
    cut = max(prefix.rfind(ch) for ch in _SENTENCE_OPENERS)
    between = prefix[cut + 1 :]
    return all(w.casefold() in _STOPWORDS for w in re.findall(r"\w+", between))


def _ends_sentence(token: str) -> bool:
    """A word with a full stop that is not an initial or acronym ("Ватикане." ends a sentence)."""
    bare = token.rstrip(".")
    return token.endswith(".") and len(bare) > 1 and not is_acronym(bare)


def _sequences(text: str) -> list[tuple[list[str], bool]]:
    """Runs of capitalised words separated by plain spaces; (words, starts the sentence)."""
    out: list[tuple[list[str], bool]] = []
    words = list(_WORD_RE.finditer(text))
    run: list[re.Match] = []

    def flush() -> None:
        while run and run[-1].group(0).casefold() in _CONNECTORS:
            run.pop()
        if run:
            at_start = _starts_sentence(text, run[0].start())
            cut = _client_cut([m.group(0) for m in run], prev[-3:])
            if cut:  # "адвокат Сейткали Айгерим Нурланова": the client, then the lawyer, two people
                role = 1 if run[0].group(0).casefold() in _client_roles() else 0  # "Adwokatka (Sejtkalego)"
                out.append(([m.group(0) for m in run[role:cut]], at_start and not role))
                out.append(([m.group(0) for m in run[cut:]], False))
            else:
                out.append(([m.group(0) for m in run], at_start))
        run.clear()

    prev: list[str] = []  # the words before the run (the last three read)
    for m in words:
        tok = m.group(0).rstrip(".") if not is_acronym(m.group(0)) else m.group(0)
        joined = (
            bool(run)
            and text[run[-1].end() : m.start()] in (" ", "\u00a0")
            and not _ends_sentence(run[-1].group(0))
        )
        if _capitalised(tok) and (tok.casefold() not in _STOPWORDS or _named_stopword(tok, text, m.start())):
            if run and not joined:
                read = [x.group(0) for x in run]
                flush()
                prev[:] = read
            run.append(m)
        elif run and joined and (_is_connector(tok, run[-1].group(0)) or _ELIDED_CAPITAL.fullmatch(tok)):
            # (an elided preposition the rules kept, a known name's: "Côte d'Ivoire", :func:`_elision_in_name`)
            run.append(m)
        else:
            read = [x.group(0) for x in run]
            flush()
            if read:
                prev[:] = read  # "Адвокат (семьи Сейткали …)": a role opening the sentence is a word before the run
            prev.append(tok)
            del prev[:-3]
            if _ends_sentence(m.group(0)):
                prev.clear()  # "… adwokat. Sejtkali …": no role across a sentence end
    flush()
    return out


def _named_stopword(tok: str, text: str, pos: int) -> bool:
    """A capitalised word that is another language's function word, inside a sentence, and a place of the
    alias table: the German "an der Oder" (the river; "oder" is "or") is a name, "Oder" opening a sentence
    stays a word (trial50 F14). Also a capitalised Cyrillic function word inside a sentence right before
    another capitalised word: a Chinese or Korean surname written as one ("представитель суда Ли Минь",
    «Не Вэй»: "ли" and "не" are particles; trial53 F4 read only "Минь")."""
    if _starts_sentence(text, pos):
        return False
    if _CYRILLIC_WORD.fullmatch(tok):
        nxt = _NEXT_WORD.match(text, pos + len(tok))
        return nxt is not None and nxt.group(1).casefold() not in _STOPWORDS
    return _alias_place(tok)


_CYRILLIC_WORD = re.compile("[А-ЯЁ][а-яё]{1,3}")
_NEXT_WORD = re.compile(r"[ \u00a0]([А-ЯЁ][а-яё]+)\b")


def _alias_place(tok: str) -> bool:
    """``tok`` is one word of four letters or more, capitalised, and a place's form in the alias table."""
    if len(tok) < 4 or not tok[:1].isupper() or not tok[1:].islower():
        return False
    group = _alias_of(tok, _default_alias_tables()[1])
    return group is not None and group.type == "PLACE"


def _client_roles() -> frozenset[str]:
    from ..quotes._subjects import _CLIENT_ROLES

    return _CLIENT_ROLES


def _client_cut(words: list[str], before: list[str]) -> int:
    """Where a run after a lawyer's noun (text/data "client_roles": one of the words ``before`` it, only lower-case
    words between, or the run's first word) turns from the client in the genitive to the lawyer's own name, as
    the quote speaker rules read it ("(адвокат) Сейткали | Айгерим Нурланова", "(адвокат семьи) Сейткали |
    Айгерим Нурланова", "Adwokatka Sejtkalego | Ajgerim Nurłanowa"); 0 for none."""
    from ..quotes._subjects import _CLIENT_ROLES, _client_split

    at = next((k for k in range(len(before) - 1, -1, -1) if before[k].casefold() in _CLIENT_ROLES), None)
    if words[0].casefold() in _CLIENT_ROLES:
        role, lead, rest = words[0], [], words[1:]
    elif at is not None and all(w.isalpha() and w.islower() for w in before[at + 1 :]):
        role, lead, rest = before[at], before[at + 1 :], words
    else:
        return 0
    if len(rest) < 3:
        return 0
    found = _client_split(role, lead + rest)
    if not found or found[0] != "name" or not " ".join(rest).rstrip(".").endswith(found[1]):
        return 0
    return len(words) - len(found[1].split())


_ELIDED_CAPITAL = re.compile(r"(?:[dDlL]|[Dd]ell|[Nn]ell)['’][A-ZÀ-Ý]\w+")


def _is_connector(tok: str, previous: str) -> bool:
    """"von der Leyen", "de la Rosa"; a bare German article never joins two nouns."""
    low = tok.casefold()
    if tok in ("El", "Al") and previous[:1].isupper():
        return True  # "Bouabid El Guerrab", "Hamad Al Thani": an Arabic name's article, written capitalised
    if low in {"der", "des", "die", "den", "la"}:
        return previous.casefold() in {"von", "de"}
    return low in _CONNECTORS


@lru_cache(maxsize=16)
def _org_heads(lang: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in profile(lang).organisation_heads) if lang in LANGUAGES else frozenset()


def _org_head(token: str, lang: str) -> bool:
    """The language's head noun of an organisation's name (text/data "organisation_heads": Turkish
    "Yönetim Konseyi", the Governing Council, was typed a person, trial 15 #6)."""
    return token.casefold() in _org_heads(lang)


@lru_cache(maxsize=1)
def _org_words_all() -> frozenset[str]:
    """The organisation words of every language (text/data "organisation_words", folded) beside the shared
    list: "Generalitat Valenciana", "Junta de Andalucía", "Bundesregierung" name a body, never a person."""
    return _ORG_WORDS | organisation_words_any()


def _org_word(token: str) -> bool:
    """A word that makes a capitalised run an organisation's name, wherever it stands ("Generalitat
    Valenciana", "Council of Europe", "Ministerium für Finanzen"): :func:`_org_words_all`."""
    return token.casefold() in _org_words_all()


_LATIN_WORD = re.compile("[A-Za-zÀ-ɏ-]+")


def _club_name(tokens: Sequence[str]) -> bool:
    """Two or three words that end in a large city's name and hold no given name, the whole no place: a club or a
    firm named with its city ("Bayern München", "Real Madrid", "Inter Mailand"; fix58: typed as persons, as two
    capitalised words are). A person whose surname is a city's has a given name ("Carlos Santos")."""
    from ...text import given_name_gender

    if not 2 <= len(tokens) <= 3 or not all(t[:1].isupper() and _LATIN_WORD.fullmatch(t) for t in tokens):
        return False  # (Latin only: a Cyrillic surname's key drops a case ending, "Хасани" read as Hassan)
    index = _places()[0]
    if not index.get(_exact_key(tokens[-1])) or index.get(_exact_key(" ".join(tokens))) is not None \
            or _known_name(" ".join(tokens)) or _new_place(list(tokens)) or _near_territory(" ".join(tokens)):
        return False  # ("Nuevo México": a region named with its country's or city's name)
    return not any(given_name_gender(t) for t in tokens) and not any(index.get(_exact_key(t)) for t in tokens[:-1])


def _rule_type(form: str, lang: str | None = None) -> str:
    """A capitalised run's type by its words; ``lang`` adds the language's place nouns, counts and
    time words (text/data), which are evidence against a person."""
    tokens = form.split()
    if is_acronym(form) or _hyphen_acronym(form):
        return "ORG"
    if _hyphen_place(form):
        return "PLACE"  # "Дезенцано-дель-Гарда", "Ростов-на-Дону"
    if _known_compound_place(form):
        return "PLACE"  # "Санкт-Петербург", "Baden-Württemberg", "Нижнего Новгорода": a known place, not a double name
    if lang and _city_and_word(tokens, lang):
        return "PLACE"  # "Milano Centrale", "Roma Termini": a city and a common word of the language
    if _club_name(tokens):
        return "ORG"  # "Bayern München", "Real Madrid", "Borussia Dortmund": a club or firm named with its city
    if _place_headed(tokens) or _place_prefixed(tokens):
        return "PLACE"
    if any(_org_word(t) for t in tokens) or (lang and _org_head(tokens[-1], lang)):
        return "ORG"
    if lang in _CASE_LANGUAGES and 2 <= len(tokens) <= 3 and any(_org_lemma(t, lang) for t in tokens):
        return "ORG"
    if any(t.casefold().endswith(_COMPOUND_HEADS) and len(t) > 7 for t in tokens[-1:]):
        return "ORG"
    if len(tokens) == 2 and tokens[0].casefold().endswith(_COMPOUND_HEADS) and len(tokens[0]) > 7:
        return "ORG"  # "Zentralbank Calveras", "Notenbank Chiles": the body and a genitive name (trial20 #13: PERSON)
    if len(tokens) == 1 and form.casefold().endswith(_PLACE_SUFFIXES):
        return "PLACE"
    if lang and _place_compound(tokens[-1], lang):
        return "PLACE"  # "Atacama-Region", "Copiapó-Provinz": a place named with its kind
    if len(tokens) >= 2 and _city_adjective(tokens[0]):
        return "OTHER"  # "Prager Leitindex", "Frankfurter Börse": a thing of a city, not a person
    if lang and any(t.casefold() in _count_or_time_words(lang) for t in tokens):
        return "OTHER"  # "Drei Tote", "Uhr Ortszeit", "Zwei Stunden": German capitalises every noun
    if lang and len(tokens) >= 2 and _inflected_country(tokens[-1], lang):
        return "OTHER"  # "Seite Chiles", "Norden Chiles": a noun and a country's genitive
    if _new_place(tokens) or _near_territory(form):
        return "PLACE"  # "Nuevo México", "Guiné-Bissau" (final30): a region or country, not a double name
    if 2 <= len(tokens) <= 3 and _facility_first(tokens[0]):
        return "PLACE"  # "Terminal Burchardkai", "Bahnhof Zoo": a facility and its name, no first name (trial47 F11)
    # a particle inside a surname is no word of its own: "François Villeroy de Galhau", "Ursula von der Leyen"
    particles = sum(1 for t in tokens[1:-1] if t in _SURNAME_PARTICLES)
    if 2 <= len(_name_tokens(form)) <= 4 and len(tokens) - particles <= 3:
        return "PERSON"
    return "OTHER"


_NEW_KEYS = frozenset(w.casefold() for w in NEW_WORDS)


@lru_cache(maxsize=1)
def _facility_heads() -> frozenset[str]:
    """Every language's facility nouns (text/data "facility_compound_heads": "terminal", "bahnhof", "hafen")."""
    return frozenset(h for lang in LANGUAGES for h in profile(lang).facility_compound_heads)


def _facility_first(token: str) -> bool:
    """Whether a run's first word is a facility's noun, whole ("Terminal", "Flughafen"), and no given name
    ("Mine" is a Turkish one): the name after it is the facility's, in any language's text."""
    from ...text import given_name_gender

    return token.casefold() in _facility_heads() and given_name_gender(token) is None


def _new_place(tokens: Sequence[str]) -> bool:
    """"New" in a language read and a known country or large city: "Nuevo México", "New Mexico", "Nowy
    Meksyk", "Nueva York" name a place (a region of another country), never a person."""
    return (len(tokens) == 2 and tokens[0].casefold() in _NEW_KEYS
            and (_territory(tokens[1]) is not None or bool(_places()[0].get(_exact_key(tokens[1])))))


def _new_before_name(words: Sequence[str], core: Sequence[str], elsewhere: Collection[str]) -> bool:
    """A run "New X" whose X is a name seen elsewhere on its own and "New X" no known place: the
    adjective opens a sentence ("Nowy Sejm musi …"), it is no part of the name."""
    return (len(words) >= 2 and len(core) >= 2 and words[0].casefold() in _NEW_KEYS and core[1] in elsewhere
            and not _new_place(words))


@lru_cache(maxsize=1)
def _hyphen_territory_keys() -> tuple[str, ...]:
    """Folded keys of the countries' hyphenated names in the languages read ("guinea bissau", "guinee bissau")."""
    return tuple(sorted({_exact_key(f) for g in territory_groups() for f in g.forms if "-" in f and " " not in f}))


def _near_territory(form: str) -> bool:
    """A hyphenated word spelled within a letter or two of a country's hyphenated name in a language read
    ("Guiné-Bissau", Portuguese, beside "Guinée-Bissau" / "Guinea-Bissau"): a country, not a double name."""
    if "-" not in form or " " in form:
        return False
    key = _exact_key(form)
    return len(key) >= 8 and any(fuzz.ratio(key, k) >= 90 for k in _hyphen_territory_keys())


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    # every language's: the name keeps its own language inside another's text ("on the Île de la Cité")
    return frozenset(w for lang in _SEMEVAL_LANGS for w in profile(lang).place_heads)


def _place_headed(tokens: Sequence[str]) -> bool:
    """A kind of place, then "de"/"of" and the name: "Île de la Cité", "Isla de Pascua"."""
    return len(tokens) >= 3 and tokens[0].casefold() in _place_heads() and tokens[1].casefold() in _CONNECTORS | {"of"}


@lru_cache(maxsize=1)
def _place_prefixes() -> frozenset[str]:
    return frozenset(w for lang in _SEMEVAL_LANGS for w in profile(lang).place_prefixes)


def _place_prefixed(tokens: Sequence[str]) -> bool:
    """A kind of place right before one capitalised name: "Lake Van", "Mount Etna" (text/data
    "place_prefixes"; trial 16 #11: "Lake Van" a PERSON whose surname "Van" took the city in)."""
    return len(tokens) == 2 and tokens[0].casefold() in _place_prefixes() and tokens[1][:1].isupper()


@lru_cache(maxsize=1)
def _share_words() -> frozenset[str]:
    return frozenset(w for lang in _SEMEVAL_LANGS for w in profile(lang).share_buttons)


def _share_buttons(form: str) -> bool:
    """Page furniture: two or more words that are all a page's sharing buttons ("Facebook Twitter
    Email"), or three or more that are all its menu ("Sections Local Business Nation & World")."""
    words = [w for w in form.casefold().split() if w != "&"]
    if len(words) >= 2 and all(w in _share_words() for w in words):
        return True
    return len(words) >= 3 and all(w in navigation_words(_SEMEVAL_LANGS) or w in _share_words() for w in words)


@lru_cache(maxsize=1 << 12)
def _org_lemma(word: str, lang: str) -> bool:
    from ..._cache import lemmatize  # simplemma, answered from disk when asked before

    return word.isalpha() and lemmatize(word.lower(), lang) in _ORG_WORDS


def _place_compound(word: str, lang: str) -> bool:
    """A hyphenated name whose head is a kind of place of the language ("Atacama-Region")."""
    head = word.rsplit("-", 1)
    return len(head) == 2 and bool(head[0]) and head[1].casefold() in profile(lang).place_nouns


@lru_cache(maxsize=32)
def _count_or_time_words(lang: str) -> frozenset[str]:
    """Words that count or time something, never part of a name: the language's measure words
    ("Tote", "Verletzte", "Stunden"), clock words ("Uhr") and time words ("Ortszeit"), text/data."""
    prof = profile(lang)
    words = {w for w, _ in prof.measures if " " not in w and "-" not in w}
    return frozenset({*words, *prof.time_after, *prof.time_words})


def _particle_name_saying(form: str, text: str, lang: str) -> bool:
    """``form`` is a given name, a surname's particles and the surname (3-5 words: "Ursula von der Leyen", "Charles de
    Gaulle") and a verb of saying of the language follows it in ``text`` ("... a déclaré", "... dijo") or the
    language's "according to" alone opens the sentence before it ("Selon Charles de Gaulle, ..."): a person,
    though it opens the sentence (names70b: without the verb "Charles de Gaulle a été fermé" is the airport and
    "Dolores de Hidalgo celebró" the town, so a run without one is read as main read it)."""
    from ...text import given_name_gender  # imported locally as _club_name does

    words = form.split()
    if not (3 <= len(words) <= 5 and all(w in _CONNECTORS for w in words[1:-1])) or given_name_gender(words[0]) is None:
        return False
    if any(_exact_key(w) in _places()[0] for w in (words[0], words[-1])) or _alias_place(words[-1]):
        return False  # "Según Santiago de Compostela, ...": a city of the gazetteer opens it (break70n F05)
    at = text.find(form)
    if at < 0:
        return False
    after = text[at + len(form):].lstrip(" ,").casefold()
    prof = profile(lang)
    before = text[:at].strip().casefold()
    if before and before in {w.casefold() for w in prof.according_to}:
        return True  # "Selon Charles de Gaulle, ...", "Según Charles de Gaulle, ..."
    verbs = (*prof.reporting_verbs, *prof.speech_acts, *prof.source_verbs)
    return any(re.match(rf"{re.escape(v.casefold())}(?!\w)", after) for v in verbs)


def _person_evidence(form: str, text: str, lang: str) -> bool:
    """Something in the sentence says ``form`` is a person: a title or role word right before it
    ("Innenministerin Carolina Tohá", compounds too), or a reporting verb of the language."""
    at = text.find(form)
    before = _WORD_RUN.findall(text[max(0, at - 40) : at]) if at > 0 else []
    roles = _title_words(lang)
    if before and any(before[-1].casefold().endswith(r) for r in roles if len(r) >= 4):
        return True
    words = {w.casefold() for w in _WORD_RUN.findall(text)}
    verbs = (*profile(lang).reporting_verbs, *profile(lang).speech_acts)
    return any(v.split()[0] in words for v in verbs)


# Languages whose headlines capitalise a common noun after an adjective: German every noun, English in title case.
_TITLE_CASE_LANGUAGES = frozenset({"de", "en"})


def _adjective_noun_phrase(words: Sequence[str], lang: str) -> bool:
    """A capitalised run that is an adjective and then common nouns of the language, no given name in it: German
    capitalises every noun, and a headline or a sentence opens with an adjective before one ("Tödlicher Unfall auf
    der A7", "Schwerer Sturm über Hamburg", "Großer Brand in Köln"; break58: "Tödlicher Unfall" a PERSON), as
    English title-case headlines do ("Deadly Crash on I-95"). The first word's lemma is a lower-case word of
    simplemma's lexicon (a German noun's lemma is capitalised: "Unfall"), no given name ("Frank Richter" stays a
    person), and every later word a lexicon word (:func:`_lexicon_word`). German and English only: other languages
    write a headline's nouns in lower case, and their lexicons hold names' words ("Okay Memiş": Turkish "okay")."""
    from ..._cache import known_lemma
    from ...text import given_name_gender

    if len(words) < 2 or lang not in _TITLE_CASE_LANGUAGES or not words[0].isalpha():
        return False
    first = words[0]
    if given_name_gender(first) or _known_name(first):
        return False
    lemma = known_lemma(first.lower(), lang)
    return lemma is not None and lemma.islower() and all(_lexicon_word(w, lang) for w in words[1:])


def _titled_before(form: str, text: str, lang: str) -> bool:
    """A title or role word right before ``form`` ("Innenministerin Carolina Tohá"): :func:`_person_evidence`
    without its reporting verbs, which a headline's sentence holds as often ("Tödlicher Unfall: …, sagte die
    Polizei")."""
    at = text.find(form)
    before = _WORD_RUN.findall(text[max(0, at - 40) : at]) if at > 0 else []
    return bool(before) and any(before[-1].casefold().endswith(r) for r in _title_words(lang) if len(r) >= 4)


def _opens_with_number(words: list[str], lang: str) -> bool:
    """A run opening its sentence with a number word ("Drei Tote meldete …", "Tres mineros …"):
    the number is capitalised for the sentence, not a name's first word (mid-sentence "Dos Santos"
    and "Ten Hag" are names)."""
    from ..quantities import extract_numbers  # the language's number words, with their values

    first = words[0]
    return any(q.text.casefold() == first.casefold() and q.value is not None for q in extract_numbers(first, lang))


def _city_adjective(word: str) -> bool:
    """A German adjective of a large city (Prag -> Prager, Berlin -> Berliner, Wien -> Wiener)."""
    if len(word) < 6 or not word.endswith("er"):
        return False
    index = _places()[0]
    return any(index.get(_exact_key(stem)) for stem in (word[:-2], word[:-1]))


# German common-noun endings: a run "Bedingungen Budapest" starts with a noun, not a name.
_DE_NOUN_ENDINGS = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
    "tät", "täten", "nis", "nisse", "ismus", "ment", "mente", "ik", "iken", "ierung", "wahlen", "kräfte",
)


@lru_cache(maxsize=1 << 14)
def _de_feminine_noun(word: str) -> bool:
    """A German feminine "-in" form of a capitalised common noun that the lexicon lacks: "Präfektin" (Präfekt),
    "Dekanin", "Oberstin", "Admiralin"; "Präfektin Marie Dubois" was a person's name with the title kept
    (names72). The masculine form must be simplemma's noun lemma (capitalised), and neither the word nor its stem a
    given name or a place ("Martin", "Kristin", "Kremlin")."""
    if len(word) < 7 or not word.endswith("in") or not word[:1].isupper() or not word.isalpha():
        return False
    from ..._cache import is_known, lemmatize  # simplemma, answered from disk when asked before
    from ...text import given_name_gender

    stem = word[:-2]
    if given_name_gender(word) is not None or any(_places()[0].get(_exact_key(w)) for w in (word, stem)):
        return False
    return lemmatize(stem.lower(), "de") == stem and is_known(stem.lower(), "de")


def _trim_nouns(words: list[str], lang: str) -> list[str]:
    """Drop shouted words and, in German, common nouns at either end of a run:
    by ending ("Bedingungen") or, from simplemma's German lexicon, an inflected
    noun whose lemma differs ("Soldaten" -> Soldat, "Proteste" -> Protest,
    "Dutzende Menschen"). A run that is a known name as a whole stays
    ("Vereinten Nationen", "Vereinigte Staaten")."""
    words = [w for w in words if not (len(w) > 6 and w.isupper())]
    places = profile(lang).place_nouns | profile(lang).name_openers
    # "Hauptstadt Tirana", "Norden Albaniens": a kind of place or a direction, then the place;
    # "Strecke Mailand", "Betreibers Trenord": a common noun in apposition, then the name
    while len(words) >= 2 and (words[0].casefold() in places or (places and words[0].casefold().endswith("stadt"))):
        words = _without_particles(words[1:])
    if lang != "de":
        return words
    if words and _known_name(" ".join(words)):
        return words
    if "von" in words[1:-1] and all(_lexicon_word(w, lang) for w in words if w[:1].isupper()):
        return []  # "den Rauch von der Innenstadt": nouns joined by a preposition, no name's particle (names78)
    while words and (words[0].casefold().endswith(_DE_NOUN_ENDINGS) or _de_inflected_noun(words[0])
                     or len(words) > 2 and _de_feminine_noun(words[0])):  # two words stay: "Königin Silvia" is kept
        words = words[1:]
    while words and (words[-1].casefold().endswith(_DE_NOUN_ENDINGS) or _de_inflected_noun(words[-1])):
        words = words[:-1]
    return words


def _descriptor_kind(words: Sequence[str], lang: str) -> str | None:
    """"ORG" or "PLACE" when a German run opens with a compound whose head is an organisation's
    (text/data "organisation_compound_heads": "Katastrophenschutzbehörde Afad", "Erdbebenwarte Kandilli",
    "Grubenbetreiber Qarmet"), a facility's ("facility_compound_heads": "Kohlegrube Lenin") or a kind of place ("Nachbarprovinz Bitlis", "Grenzregion Van") before a name of one or two words:
    the descriptor and its name, no person (final29 #19). The name alone is the mention."""
    if lang != "de" or not 2 <= len(words) <= 3 or not words[1][:1].isupper():
        return None
    head = words[0].casefold()
    if any(head.endswith(h) and len(head) >= len(h) for h in profile(lang).facility_compound_heads):
        return "PLACE"  # "Kohlegrube Lenin", "Zeche Zollverein": a facility and its name (trial45 W9)
    if any(head.endswith((h, h + "s")) and len(head) > len(h) + 1 for h in profile(lang).organisation_compound_heads):
        return "ORG"  # "Logistikunternehmens Kessler Chemie": the genitive too (names78)
    if any(head.endswith(p) and len(head) > len(p) and len(p) >= 5 for p in profile(lang).place_nouns):
        return "PLACE"
    return None


def _without_particles(words: list[str]) -> list[str]:
    """A name never opens with a lower-case particle: "von Pioltello" once "Unfall" is cut is
    "Pioltello", "de Brescia" cut from "Spedali Civili de Brescia" is "Brescia"."""
    while words and words[0] in _CONNECTORS:
        words = words[1:]
    return words


def _place_pair(form: str) -> list[str] | None:
    """The two (or more) places of a hyphenated pair of places ("Milán-Verona", "Mailand-Verona":
    a line or a route between them), or None: every part must be a known place (a large city of
    GeoNames, inflected too, or a country or alias of the tables)."""
    parts = form.split("-")
    if len(parts) < 2 or " " in form or not all(len(p) >= 3 and p[:1].isupper() for p in parts):
        return None
    if _known_name(form):
        return None  # one place's own name: Portuguese "Guiné-Bissau", whose "Guiné" is Guinea too (places73)
    index = _places()[0]
    known = all(index.get(_exact_key(p)) or _known_name(p) or _inflected_city(p, index) for p in parts)
    return parts if known else None


# Lower-case links inside one hyphenated word: "Дезенцано-дель-Гарда", "Ростов-на-Дону",
# "Stratford-upon-Avon", "Châlons-en-Champagne": only places are written so.
_PLACE_LINKS = frozenset("del della di de du da dos das do la le en sur upon on am an im la на дель ди де ла ле сюр".split())


@lru_cache(maxsize=1)
def _region_keys() -> frozenset[str]:
    """The name keys of countries' hyphenated subdivisions (``data/region-names.json``, ISO 3166-2;
    built by scripts/build_region_names.py): "Baden-Württemberg", "Castilla-La Mancha", "Seine-Saint-Denis".
    Shipped keyed in ``data/place-keys.json`` (keying the 991 names took ~0.02 CPU-s of every comparison)."""
    return frozenset(_place_data()["regions"])


def _known_compound_place(form: str) -> bool:
    """A name of two or more parts (hyphenated or spaced) that is a large city of GeoNames (inflected
    too: "Санкт-Петербурге", "Нижнего Новгорода") or a country's hyphenated subdivision: the final check
    of stop 26 typed "Санкт-Петербург" PERSON, as every rule reads a hyphenated capitalised word as a
    double name ("Jean-Pierre", "Kramp-Karrenbauer") when it knows no place by that name."""
    if not ("-" in form or " " in form) or _hyphen_acronym(form) or is_acronym(form):
        return False
    key = _exact_key(form)
    if len(key.split()) < 2:
        return False  # a title word the key drops ("Bergbauministerin Aurora" -> "aurora"): one name, not two parts
    index = _places()[0]
    return key in index or key in _region_keys() or ("-" in form and _inflected_city(form, index) is not None)


def _hyphen_place(form: str) -> bool:
    """One word whose hyphenated parts hold a lower-case link between capitalised parts."""
    parts = form.split("-")
    return (" " not in form and len(parts) >= 3 and parts[0][:1].isupper() and parts[-1][:1].isupper()
            and any(p in _PLACE_LINKS for p in parts[1:-1]))


@lru_cache(maxsize=64)
def _place_cue_sets(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The language's place cues, their stems before an elided " d'" / " l'" ("la province d'" -> "la province"), and
    its facility compound heads, as sets: a cue is looked up by the words before a name, not tried one by one."""
    cues = profile(lang).place_cues
    elided = frozenset(cue[:-3] for cue in cues if cue.endswith((" d'", " d’", " l'", " l’")))
    return frozenset(cues), elided, frozenset(profile(lang).facility_compound_heads)


def _ends_with_any(before: str, words: frozenset[str]) -> bool:
    """Whether ``before`` ends with one of ``words`` that no letter or digit precedes: the same test as
    ``before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum())`` for each w, made at
    each start a word may have in ``before`` (its 40 characters at most) instead of for each word."""
    return any(before[i:] in words for i in range(len(before) + 1) if i == 0 or not before[i - 1].isalnum())


# A run of word characters, as the pattern of a name's occurrence reads its edges ((?<!\w) … (?!\w))
_WORD_CHARS = re.compile(r"\w+")


@lru_cache(maxsize=8)
def _word_run_starts(text: str) -> dict[str, list[int]]:
    """Where each run of word characters of ``text`` starts, by the run: read once per sentence, so that finding a
    name of it costs its occurrences, not a scan of the sentence (quad71)."""
    out: dict[str, list[int]] = {}
    for m in _WORD_CHARS.finditer(text):
        out.setdefault(m.group(), []).append(m.start())
    return out


def _occurrences(form: str, text: str) -> list[int]:
    """The starts of ``form`` in ``text`` written as a whole (no word character on either side), left to right and
    apart: what the pattern of the form between ``(?<!\\w)`` and ``(?!\\w)`` finds, read from the starts of its first
    word (:func:`_word_run_starts`). A form that opens with no word character is read by that pattern."""
    head = _WORD_CHARS.match(form)
    if head is None:
        return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text)]
    out: list[int] = []
    reached = 0  # the end of the last occurrence: the pattern's matches do not overlap
    for start in _word_run_starts(text).get(head.group(), ()):
        end = start + len(form)
        if start >= reached and text.startswith(form, start) and not _WORD_CHARS.match(text, end, end + 1):
            out.append(start)
            reached = end
    return out


@lru_cache(maxsize=4096)
def _place_cued(form: str, text: str, lang: str) -> bool:
    """``form`` stands right after a word that makes it a place (text/data ``place_cues``: "near",
    "the town of", "cerca de", "alle porte di", "w pobliżu", "недалеко от города"). Read once per form and
    sentence: every mention of a name asks (quad71: an unpunctuated 11 KB paragraph asked 643 times)."""
    cues, elided, heads = _place_cue_sets(lang)
    if not cues and not heads:
        return False
    # every place the form is written, not only the first: "Michael Jordan visited Amman, the capital of
    # Jordan" writes "Jordan" first inside the person's name (final40 #10b)
    for start in _occurrences(form, text):
        end = start + len(form)
        after = re.match(r"\s+([^\W\d_]+)", text[end : end + 30])
        if after and after.group(1) in heads:
            return True  # "the Burchardkai terminal", "the Köhlbrand bridge": a facility's name (trial47 F11)
        before = " ".join(text[max(0, start - 40) : start].casefold().split())
        if _ends_with_any(before, cues):
            return True
        # "la province d'Al Haouz" as rule extraction reads it, the elision blanked ("l'OTAN" is "OTAN")
        if text[start - 1 : start] == " " and _ends_with_any(before, elided):
            return True
    return False


def _city_and_word(tokens: Sequence[str], lang: str) -> bool:
    """A large city (GeoNames) and one or two common words of a language that writes its nouns in
    lower case: a station or a quarter ("Milano Centrale", "Verona Porta Nuova"), not a person (whose given
    name may be a city's: "Florence Pugh", but English is not read so)."""
    return (2 <= len(tokens) <= 3 and lang in _LOWER_NOUN_LANGUAGES and bool(_places()[0].get(_exact_key(tokens[0])))
            and all(_common_word(t, lang) for t in tokens[1:]))


def _hyphen_acronym(word: str) -> bool:
    """An acronym of hyphenated acronyms ("FILT-CGIL", "CDU-CSU"): one name, not its first part."""
    parts = word.rstrip(".").split("-")
    return len(parts) >= 2 and all(is_acronym(p) for p in parts)


@lru_cache(maxsize=1 << 14)
def _de_inflected_noun(word: str) -> bool:
    """An inflected German common noun: simplemma knows the word and its lemma is
    another capitalised form ("Soldaten" -> "Soldat"). Names do not inflect so
    ("Russland", "Merkel"); a genitive -s ("Merkels", "Thomas" -> "Thoma") is left
    to the linker, which strips it only when the stem is a name elsewhere."""
    if len(word) < 4 or not word[:1].isupper() or "-" in word:
        return False
    from ..._cache import is_known, lemmatize  # simplemma, answered from disk when asked before

    # From the lower-cased word simplemma gives a noun's lemma capitalised
    # ("soldaten" -> "Soldat") and an adjective's or verb's in lower case
    # ("europäischen" -> "europäisch": "Europäischen Volkspartei" stays a name).
    lemma = lemmatize(word.lower(), "de")
    if lemma == word or not lemma[:1].isupper():
        return False
    if word.endswith("s") and lemma == word[:-1]:
        return False
    return is_known(word, "de")


# A Turkish case or possessive ending after an apostrophe closes the name it follows:
# "Arnavutluk'un Dıraç" is two names, "Milano Borsası'nda" is "Milano Borsası".
_TR_SUFFIX_RE = re.compile(r"^(\w+)['’]\w*[a-zçğıöşü]$")


def _split_turkish(words: list[str]) -> list[list[str]]:
    runs: list[list[str]] = [[]]
    for w in words:
        m = _TR_SUFFIX_RE.match(w)
        if m:
            runs[-1].append(m.group(1))
            runs.append([])
        else:
            runs[-1].append(w)
    return [r for r in runs if r]


@lru_cache(maxsize=32)
def _title_words(lang: str) -> frozenset[str]:
    """The language's titles and role words (text/data), casefolded."""
    prof = profile(lang)
    return frozenset(w.casefold() for w in (*prof.titles, *prof.role_words))


def _is_title(word: str, lang: str) -> bool:
    """A title of the text's language, also with a Turkish possessive ending ("Başbakanı", "Bakanı")."""
    low = word.casefold().rstrip(".")
    titles = _title_words(lang)
    if low in titles:
        return True
    return lang == "tr" and any(low == t + end for t in titles for end in ("ı", "i", "u", "ü", "sı", "si", "su", "sü"))


def _split_titles(words: list[str], lang: str) -> list[list[str]]:
    """A title of the text's language divides a run: "Arnavutluk Başbakanı İlir Duşku" is the place
    "Arnavutluk" and the person "İlir Duşku"; month and weekday names ("Kasım", "Cumartesi") go."""
    calendar = calendar_words(lang)
    parts: list[list[str]] = [[]]
    for w in words:
        if w.casefold() in calendar or _is_title(w, lang) or w.rstrip(".") in _ROLE_ACRONYMS:
            parts.append([])
        else:
            parts[-1].append(w)
    return [p for p in parts if p]


def _split_before_given_name(words: list[str], lang: str) -> list[list[str]]:
    """A run of capitalised dictionary words before a listed given name and a surname is the words, then the
    person: German capitalises the role noun or the party in the genitive before a name ("(die Anwältin von)
    Klimaaktivistin Greta Thunberg", "(der Sprecher der) Grünen Max Müller", "Sängerin Helene Fischer"), and a
    sentence or a headline opens with one ("Aktywistka Greta Thunberg"); break56: the person was "Grünen Max
    Müller". A word that is a given name itself stays in the name ("Rose Mary Smith")."""
    from ...text import LEMMA_LANGUAGES, given_name_gender

    if len(words) < 3 or lang not in LEMMA_LANGUAGES:
        return [words]
    for i in range(1, len(words) - 1):
        if words[i - 1] in _CONNECTORS:
            continue  # "Anwältin von Klimaaktivistin Greta Thunberg": a noun joined to the next
        if not _lexicon_word(words[i - 1], lang):
            break
        if given_name_gender(words[i]) and words[i + 1][:1].isupper():
            return [words[:i], words[i:]]
    return [words]


@lru_cache(maxsize=1 << 12)
def _lexicon_word(word: str, lang: str) -> bool:
    """A capitalised word of the language's lexicon with a lower-case lemma, no given name or known name; in
    German, which capitalises its nouns' lemmas, any word of the lexicon, also by its last part, as compounds are
    mostly missing ("Rekordmeister" -> "Meister")."""
    from ..._cache import known_lemma
    from ...text import given_name_gender

    low = word.lower()
    if not word[:1].isupper() or not low.replace("-", "").isalpha() or is_acronym(word) or given_name_gender(word) \
            or _known_name(word) or _inflected_country(word, lang):
        return False  # ("Kanclerz Niemiec Olaf Scholz": the country the role belongs to is read as a place)
    lemma = known_lemma(low, lang)
    if lang == "de":
        return lemma is not None or any(known_lemma(low[i:], "de") is not None for i in range(3, len(low) - 4))
    return lemma is not None and lemma.islower()


def _dated_month(word: str, text: str, lang: str) -> bool:
    """A month's name in capitals right after a day's number ("26 NOV", "3 DIC.")."""
    month = word.rstrip(".")
    return month.casefold() in month_names(lang) and bool(re.search(rf"\d\s*{re.escape(month)}\b", text))


@lru_cache(maxsize=32)
def _currency_words(lang: str) -> frozenset[str]:
    return frozenset(w for w, _ in profile(lang).currencies if " " not in w)


@lru_cache(maxsize=32)
def _unit_words(lang: str) -> frozenset[str]:
    """Words of a unit of measure, folded, never a name's first word: a temperature scale's (text data
    "temperature_units": "Fahrenheit", "Celsius") and the language's "unit_nouns" (German capitalises
    "Kilogramm", "Tonnen", "Liter"): "119 degrees Fahrenheit" was an organisation, "2000 Kilogramm Kokain" a person
    (fix58)."""
    prof = profile(lang)
    return frozenset(w.casefold() for w in (*prof.celsius_units, *prof.fahrenheit_units, *prof.unit_nouns)
                     if " " not in w)


_ELISION = re.compile(r"\b(?:[lLdDnNsSjJcC]|[Qq]u|[Dd]ell|[Nn]ell)['’](?=\w)")
_ELIDED_WORD = re.compile(r"\w[\w’'-]*")
_WORD_BEFORE = re.compile(r"([A-ZÀ-Ý][\w-]*)\s+$")


def _elision_in_name(text: str, m: re.Match[str]) -> bool:
    """Whether the elision ``m`` is part of a place's name, not an article or preposition cut off it: the word it
    opens is a large city's (GeoNames: "N'Djamena") or a country's or alias table's name, or so is the capitalised
    word before it with it ("Côte d'Ivoire"; break51 O8: "Côte" + "Ivoire", "Djamena", linked to nothing)."""
    word = _ELIDED_WORD.match(text, m.end())
    if word is None or not word.group(0)[:1].isupper():
        return False
    whole = text[m.start() : word.end()]
    if m.group(0)[:1].isupper() and (_places()[0].get(_exact_key(whole)) or _known_name(whole)):
        return True
    before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
    return before is not None and _known_name(text[before.start(1) : word.end()])


def _rule_mentions(text: str, lang: str) -> list[tuple[str, str, str]]:
    """(form, type, source) from capitalisation rules, for languages without a spaCy model."""
    found: list[tuple[str, str, str]] = []
    articled = {m.group(1) for m in _ARTICLE_NOUN.finditer(text)} if lang in _LOWER_NOUN_LANGUAGES else set()
    # French/Italian elision: "l'OTAN" is "OTAN" (blanked, so offsets stay put).
    text = _ELISION.sub(lambda m: m.group(0) if _elision_in_name(text, m) else " " * len(m.group(0)), text)
    upper_ratio = _upper_ratio(text)
    shouted_only = _shouted_only(text, lang)
    sequences = _sequences(text)
    if lang == "tr":
        sequences = [(run, at_start and i == 0) for words, at_start in sequences
                     for i, run in enumerate(_split_turkish(words))]
    for words, at_start in sequences:
        if len(words) >= 2 and is_acronym(words[0].rstrip(".")) and _known_name(" ".join(words)):
            found.append((clean_name(" ".join(words)).rstrip("."), "ORG", "rule"))  # an agency so named ("РИА Новости")
            continue
        # Acronyms are separate mentions even inside a run ("NATO Generalsekretär").
        names: list[list[str]] = [[]]
        after_acronym = False
        for j, w in enumerate(words):
            shouted = any(_all_caps_word(x) for x in words[max(0, j - 1) : j] + words[j + 1 : j + 2])
            if _hyphen_acronym(w) and upper_ratio < 0.5:
                found.append((w.rstrip("."), "ORG", "rule"))  # "FILT-CGIL": the whole, not "FILT"
                names.append([])
                after_acronym = True
            elif _all_caps_word(w) and (shouted or upper_ratio >= 0.5):
                names.append([])  # "ARTIKEL AUF EINER SEITE LESEN": page furniture, not names
            elif is_acronym(w.rstrip(".")) and _dated_month(w, text, lang):
                names.append([])  # "PARIGI, 26 NOV -": a dateline's month, not an acronym
            elif is_acronym(w.rstrip(".")) and w.rstrip(".") in shouted_only:
                names.append([])  # "UNO DE LOS HERIDOS", "WHO KNEW?": a headline's word, not an acronym
            elif is_acronym(w.rstrip(".")):
                # a shouted city ("ПРАГА, 12 ноя —") is the place, not an acronym
                shouted_place = len(w) >= 4 and bool(_places()[0].get(_exact_key(w)))
                found.append((w.rstrip(".") if "." not in w[:-1] else w, "PLACE" if shouted_place else "ORG", "rule"))
                names.append([])
                after_acronym = True
            elif after_acronym and not names[-1] and w in _CONNECTORS:
                continue  # "PX de la Bolsa de Praga": the name after the acronym is "Bolsa de Praga"
            else:
                names[-1].append(w)
                after_acronym = False
        names = [sub for part in names for sub in _split_titles(part, lang)]
        cut_names: set[int] = set()  # parts that a dictionary noun before their given name was cut from: people
        pieces: list[list[str]] = []
        for part in names:
            split = _split_before_given_name(part, lang)
            if len(split) == 2:
                cut_names.add(len(pieces) + 1)
            pieces.extend(split)
        names = pieces
        for at_part, part in enumerate(names):
            kind = _descriptor_kind(part, lang)
            if kind:  # "Katastrophenschutzbehörde Afad", "Nachbarprovinz Bitlis": the kind, then the name
                found.append((clean_name(" ".join(part[1:])), kind, "rule"))
                continue
            while part and part[0].casefold() in _unit_words(lang):
                part = part[1:]  # "(2000) Kilogramm Kokain", "(119 degrees) Fahrenheit": a unit, then its stuff
            part = _without_particles(_trim_nouns(part, lang))  # "(Leitung) von Francesco Prete"
            if len(part) >= 3 and _club_name(part[1:]) and _lexicon_word(part[0], lang):
                part = part[1:]  # "(Trainer von) Rekordmeister Bayern München": an epithet, then the club
            while part and part[-1] in _CONNECTORS:
                part = part[:-1]  # "ein System von Schmiergeldzahlungen": the noun cut, "von" ends no name
            if at_start and part and part[0] == words[0] and _opens_with_number(part, lang):
                part = part[1:]  # "Drei Tote meldete …": the rest is a run of its own
            at = next((i for i in range(min(2, len(part) - 2)) if profile(lang).genitive_after_title
                       and _inflected_country(part[i], lang)), None)
            if at is not None and (at == 0 or part[0].casefold() in _TITLES or part[0].casefold() in
                                   {*profile(lang).role_words, *(t.casefold() for t in profile(lang).titles)}):
                # "(z premierem) Albanii Edim Ramą", "Kanclerz Niemiec Olaf Scholz": the country the
                # role belongs to (a genitive), then the person
                found.append((part[at], "PLACE", "rule"))
                part = part[at + 1 :]
            if len(part) >= 3 and _known_compound_place(" ".join(part[:2])):
                # "Губернатор Нижнего Новгорода Глеб Никитин": the place the role belongs to, then the person
                found.append((" ".join(part[:2]), "PLACE", "rule"))
                part = part[2:]
            if not part:
                continue
            form = clean_name(" ".join(part))
            # "an der Oder": a river of the alias table whose name is a function word elsewhere ("oder")
            stop = form.casefold() in _STOPWORDS or " " not in form and form.casefold() in stop_words(lang)
            river = stop and " " not in form and not (at_start and part[0] == words[0]) and _alias_place(form)
            if not form or form.casefold() in _STOPWORDS and not river or len(form) < 2 or form in _NOT_ACRONYMS:
                continue
            if _share_buttons(form):
                continue
            pair = _place_pair(form)
            if pair:
                found.extend((p, "PLACE", "rule") for p in pair)  # "Milán-Verona": the line's two ends
                continue
            if " " not in form and form.casefold() in stop_words(lang) and not river:
                continue  # "– Co najmniej 42 …": a capitalised function word of the language ("co", "what")
            if " " not in form and form.casefold() in _currency_words(lang):
                continue  # "2,5 Millionen Lei": German capitalises a currency as a noun; no name
            if form.casefold() in _ORG_WORDS or form.casefold() in _TITLES:
                continue  # "Organisation", "Präsident" alone are common nouns
            if len(form.split()) >= 2:
                # A run opening a sentence may start with an ordinary word ("Изображение Фрэнсиса").
                # A run that is a whole quoted title («Стелла дель Норд») opens a title, not a sentence.
                opens = at_start and part[0] == words[0] and lang != "de" and not _quoted(text, form) \
                    and not _particle_name_saying(form, text, lang)
                source = "start" if opens else "rule"
                # "Protección Civil", "Guardia Civil": capitalised common words name an institution, not a person
                # (its head noun in its own base form: "Marco Rossi" reads "(I) mark, reds", a person; q22)
                etype = "ORG" if not _place_headed(form.split()) and all(_common_word(w, lang) for w in form.split()) \
                    and _own_lemma(form.split()[0], lang) else _rule_type(form, lang)
                if etype == "PERSON" and lang == "de" and any(w in _CONNECTORS for w in form.split()) \
                        and not _person_evidence(form, text, lang):
                    # "Krankenhaus von Copiapó": German capitalises every noun, and "von" joins a noun to
                    # its place as it joins a name ("Ursula von der Leyen"); a title or a verb of saying tells
                    # (a bare two-word run keeps PERSON: no given-name list, and "Olaf Scholz traf …" has none)
                    etype = "OTHER"
                if at_part in cut_names and etype == "OTHER":
                    etype = "PERSON"  # "(Капитан) Марко Росси": the role noun said so before it was cut
                elif etype == "PERSON" and _adjective_noun_phrase(form.split(), lang) and not _titled_before(form, text, lang):
                    etype = "OTHER"  # "Tödlicher Unfall auf der A7", "Schwerer Sturm": a headline's noun phrase
                found.append((form, etype, source))
            elif _place_compound(form, lang):
                found.append((form, "PLACE", "rule"))  # "Atacama-Region": its kind is the evidence
            elif _known_compound_place(form):
                found.append((form, "PLACE", "rule"))  # "Baden-Württemberg", "В Санкт-Петербурге": a known place
            elif lang == "de" and _de_articled_city_noun(form, text):
                continue  # "In der Halle lagerten …": the hall, not the city Halle (names78)
            elif lang == "de" or (at_start and part[0] == words[0]) or (
                    form in articled and _capitalised_common_noun(form, lang)):
                # German capitalises every noun; a single word counts only if confirmed later. So does
                # a common noun other languages capitalise for an institution ("l'État", "l'Intérieur").
                found.append((form, _rule_type(form, lang), "weak"))
            else:
                found.append((form, _rule_type(form, lang), "rule"))
    # "cerca de Desenzano del Garda", "w pobliżu Kutna": a place by the words before it
    return [(f, "PLACE" if t in ("PERSON", "OTHER") and _place_cued(f, text, lang) else t, src)
            for f, t, src in found]


# Words between an institution noun and its country ("Banco Central de Chile", "central bank of Chile").
_COUNTRY_LINKS = frozenset({"of", "the", "de", "del", "di", "della", "du", "de la", "der", "des", "von", "do", "da"})
_WORD_RUN = re.compile(r"[^\W\d_][\w’'-]*")


@lru_cache(maxsize=32)
def _institution_nouns(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The language's generic institution nouns (text/data "institution_nouns"), longest first, and
    each casefolded form's English key."""
    keys = {w.casefold(): key for w, key in profile(lang).institution_nouns}
    if not keys:
        return None, keys
    forms = sorted({w for w, _ in profile(lang).institution_nouns}, key=len, reverse=True)
    boundary, end = ("", "") if lang in ("zh", "ja") else (r"(?<![\w])", r"(?![\w])")
    return re.compile(f"{boundary}(?:{'|'.join(re.escape(f) for f in forms)}){end}", re.IGNORECASE), keys


def _institution_mentions(text: str, lang: str) -> list[tuple[str, str, str | None, str | None]]:
    """(surface, key, country, the country's words) of each generic institution noun in ``text``: the surface takes in the
    country named right before or after it ("New Zealand's central bank", "Banco Central de Chile",
    "ЦБ Новой Зеландии", "新西兰央行"); the country is its alias-table name, None when none is named."""
    pattern, keys = _institution_nouns(lang)
    if pattern is None:
        return []
    found = []
    for m in pattern.finditer(text):
        listed = next((w for w, _ in profile(lang).institution_nouns if w.casefold() == m.group().casefold()), "")
        if is_acronym(listed) and m.group() != listed:
            continue  # an abbreviation in its own case only ("ЦБ", not "цб")
        start, end, country, words = m.start(), m.end(), None, None
        for span in (_country_before(text, m.start(), lang), _country_after(text, m.end())):
            if span is not None:
                (start, end), country, words = (min(start, span[0]), max(end, span[1])), span[2], span[3]
                break
        found.append((text[start:end], keys[m.group().casefold()], country, words))
    return found


def _territory(candidate: str) -> str | None:
    """The country ``candidate`` names (any language, inflected too), by its English name."""
    group = _alias_of(candidate.removesuffix("'s").removesuffix("’s"), _default_alias_tables()[1])
    return group.name if group is not None and group.name in _territory_names() else None


@lru_cache(maxsize=1)
def _territory_names() -> frozenset[str]:
    return frozenset(g.name for g in territory_groups())


def _country_before(text: str, at: int, lang: str) -> tuple[int, int, str, str] | None:
    if lang in ("zh", "ja"):
        hit = next((m for m in _territory_pattern(lang).finditer(text[:at]) if m.end() == at), None)
        return (hit.start(), at, name, hit.group(1)) if hit is not None and (name := _territory(hit.group(1))) else None
    words = list(_WORD_RUN.finditer(text[max(0, at - 60) : at]))
    base = max(0, at - 60)
    for n in (3, 2, 1):
        run = words[-n:] if len(words) >= n else []
        words_of = text[base + run[0].start() : base + run[-1].end()] if run else ""
        if run and at - (base + run[-1].end()) <= 1 and (name := _territory(words_of)):
            return base + run[0].start(), at, name, words_of.removesuffix("'s").removesuffix("’s")
    return None


def _country_after(text: str, at: int) -> tuple[int, int, str, str] | None:
    words = list(_WORD_RUN.finditer(text, at, at + 60))
    skip = 0
    while skip < min(2, len(words)) and words[skip].group().casefold() in _COUNTRY_LINKS:
        skip += 1
    if not words or words[0].start() - at > 1:
        return None
    for n in (3, 2, 1):
        run = words[skip : skip + n]
        if len(run) == n and (name := _territory(text[run[0].start() : run[-1].end()])):
            return at, run[-1].end(), name, text[run[0].start() : run[-1].end()]
    return None


def _with_dotted_name_parts(documents: Sequence[Document], raws: list[_Raw]) -> list[_Raw]:
    """``raws`` with the other forms each document writes its dotted Chinese full names in, sentence by sentence
    (:func:`_dotted_name_parts`: 麦克拉伦先生 after 加里·麦克拉伦 in an earlier sentence)."""
    added: list[_Raw] = []
    for doc in documents:
        dotted = list(dict.fromkeys(r.text for r in raws if r.doc == doc.id and r.type == "PERSON"
                                    and any(d in r.text for d in _ZH_DOTS) and _HAN_RE.match(r.text)))
        if not dotted:
            continue
        for sent in doc.sentences:
            have = {r.text for r in raws if r.sentence == sent.id} | {r.text for r in added if r.sentence == sent.id}
            for name in dotted:
                for part in _dotted_name_parts(sent.text, name, (sent.language or doc.language or "zh").split("-")[0]):
                    if part not in have:
                        added.append(_Raw(doc.id, sent.id, part, "PERSON", "script", len(raws) + len(added)))
                        have.add(part)
    return raws + added if added else raws


def _with_institutions(documents: Sequence[Document], raws: list[_Raw]) -> list[_Raw]:
    """``raws`` with each generic institution noun of the documents as an ORG mention; a mention
    the other routes found at its words ("ЦБ" as an acronym) gives way to it."""
    added: list[_Raw] = []
    for doc in documents:
        lang = _doc_language(doc)
        for sent in doc.sentences:
            for surface, key, country, words in _institution_mentions(sent.text, sent.language or lang):
                added.append(_Raw(doc.id, sent.id, surface, "ORG", "institution", len(raws) + len(added),
                                  institution=(key, country)))
                if words and (sent.language or lang) != "en" and not any(r.sentence == sent.id and r.text == words for r in raws):
                    # the country stays a place of the text ("Banco Central de Nueva Zelanda": Nueva Zelanda)
                    added.append(_Raw(doc.id, sent.id, words, "PLACE", "rule", len(raws) + len(added)))
    if not added:
        return raws
    covered = {(r.sentence, w) for r in added for w in _WORD_RUN.findall(r.text)} | {(r.sentence, r.text) for r in added}
    kept = [r for r in raws if (r.sentence, r.text) not in covered]
    return kept + added


def _no_closing_link_word(raws: list[_Raw]) -> list[_Raw]:
    """``raws`` with no mention ending in a small conjunction or preposition (``_INITIAL_SKIP``): such a word is cut
    from its end ("Avon Fire and" of "Avon Fire and rescue crews", spaCy's PERSON, is "Avon Fire"; break68n), and a
    mention that is only such words is dropped. A body's name with a conjunction inside stays as spaCy reads it
    (names69b: joining two capitalised runs across "and" merged two bodies, "Bank of England and Federal Reserve")."""
    trimmed = []
    for r in raws:
        words = r.text.split()
        while len(words) > 1 and words[-1].casefold() in _INITIAL_SKIP and words[-1].islower():
            words.pop()
        if words and words[-1].casefold() in _INITIAL_SKIP and words[-1].islower():
            continue
        trimmed.append(r if len(words) == len(r.text.split()) else replace(r, text=" ".join(words)))
    return trimmed


# The words that end a public body's name (English; text data "institution_words" holds them among the other words of
# such names): "... Rescue Service", "... Safety Executive", "... Home Affairs Council".
_BODY_HEADS = frozenset({"service", "services", "council", "police", "constabulary", "department", "ministry", "executive",
                         "agency", "authority", "court", "hospital", "university", "college", "board", "office",
                         "commission", "committee", "government", "bureau", "directorate", "inspectorate",
                         "administration", "trust", "coastguard"})
# A capitalised word (the whole of a whitespace-separated token, or a token's head: "Service,"), the word "and" between
# two runs, the capitalised word that ends a token ("(Avon": the rest is punctuation).
_CAPITALISED_WORD = re.compile(r"[A-Z][\w'’-]*")
_AND_BETWEEN = re.compile(r"\s+and\s+")
_CAPITALISED_TAIL = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*$")
_TOKEN = re.compile(r"\S+")


def _capitalised_run_before(text: str, end: int) -> tuple[list[str], int]:
    """The capitalised words of ``text`` ending at character ``end`` (whitespace-separated, each wholly one word; the
    first may follow punctuation in its token: "(Avon") and the character offset where the run starts; ([], end)
    when the word before ``end`` is not capitalised."""
    words: list[str] = []  # read backwards
    pos = end
    while pos > 0:
        gap = pos
        while gap > 0 and text[gap - 1].isspace():
            gap -= 1
        if words and gap == pos:
            break
        start = gap
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        token = text[start:gap]
        if _CAPITALISED_WORD.fullmatch(token):
            words.append(token)
            pos = start
            continue
        tail = _CAPITALISED_TAIL.search(token)
        if tail:
            words.append(tail.group())
            pos = start + tail.start()
        break
    return words[::-1], pos


def _capitalised_run_after(text: str, start: int) -> list[str]:
    """The capitalised words of ``text`` from character ``start`` on (whitespace-separated; the last may be followed
    by punctuation in its token: "Service,")."""
    words: list[str] = []
    for token in _TOKEN.finditer(text, start):
        if _CAPITALISED_WORD.fullmatch(token.group()):
            words.append(token.group())
            continue
        head = _CAPITALISED_WORD.match(token.group())
        if head:
            words.append(head.group())
        break
    return words


def _body_spans(text: str) -> list[str]:
    """Public bodies' names with "and" inside in an English sentence: a capitalised run, "and", a capitalised run,
    where the two words at "and" are words of bodies' names (text data "institution_words") and neither ends one
    (``_BODY_HEADS``), the second run holds a body's head (the name ends at its last one) and the first holds no head
    and no acronym: "West Yorkshire Fire and Rescue Service", "Avon Fire and Rescue Service", "Justice and Home
    Affairs Council" (names70: spaCy read "West Yorkshire Fire" as a person and "Rescue Service" as a body). Two
    bodies stay two: "Bank of England and Federal Reserve" ("England" is no body's word), "Leeds City Council and
    West Yorkshire Police" (a head before "and"), "House and Senate" (no head after).

    The first run is the whole capitalised run before "and" (names70b: a match starting inside a run invented bodies),
    and it is no name's tail after "of"/"for" that follows a capitalised word: "Ministry of Justice and National
    Probation Service" is two bodies, not "Justice and National Probation Service" ("the head of West Yorkshire Fire
    and Rescue Service" still joins). Linear in the text's length: each " and " reads the runs beside it (names70b: a
    regex look-ahead at every capitalised word was quadratic in a long run)."""
    words = profile("en").institution_words
    out: list[str] = []
    for m in _AND_BETWEEN.finditer(text):
        left, begin = _capitalised_run_before(text, m.start())
        right = _capitalised_run_after(text, m.end())
        if not left or not right:
            continue
        before = text[max(0, begin - 100):begin].split()[-2:]  # bounded: linear however many "and"s
        if len(before) == 2 and before[1] in ("of", "for") and _CAPITALISED_WORD.match(before[0]):
            continue  # "Ministry of Justice and ...", "Department for Education and ...": another body's tail
        while left and left[0].casefold() in _STOPWORDS:
            left = left[1:]  # "The Health and Safety Executive": the article opens no name
        heads = [i for i, w in enumerate(right) if w.casefold() in _BODY_HEADS]
        if (left and heads and left[-1].casefold() in words and right[0].casefold() in words
                and left[-1].casefold() not in _BODY_HEADS and right[0].casefold() not in _BODY_HEADS
                and not any(w.casefold() in _BODY_HEADS or is_acronym(w) for w in left)):
            out.append(" ".join([*left, "and", *right[: heads[-1] + 1]]))
    return out


@lru_cache(maxsize=1)
def _and_companies() -> re.Pattern[str] | None:
    """One pattern for the companies named "X and Y" (text data "and_companies"), either joiner: "Marks and
    Spencer", "Marks & Spencer". As written (case kept): "marks and spencer" in lower case is no name."""
    names = profile("en").and_companies
    if not names:
        return None
    alts = sorted((r"\s+(?:and|&)\s+".join(re.escape(p) for p in n.split(" and ")) for n in names), key=len, reverse=True)
    return re.compile(rf"(?<![\w&]){'|'.join(f'(?:{a})' for a in alts)}(?![\w&])")


def _company_spans(text: str) -> list[str]:
    """The listed "X and Y" companies written in ``text`` ("Shares in Marks and Spencer rose": spaCy read the
    ORGs "Marks" and "Spencer"; names72)."""
    pattern = _and_companies()
    if pattern is None or (" and " not in text and "&" not in text):
        return []
    from ...text import given_name_gender

    out = []
    for m in pattern.finditer(text):
        before = re.search(r"([^\W\d_]+)\s+$", text[max(0, m.start() - 40) : m.start()])
        # two people or a person and another name: "Jonathan Marks and Spencer Wells", "Sharon Tate and Lyle
        # Lovett", "Boris Johnson and Johnson Controls", "Max Ernst and Young British Artists" (names72fix)
        if before and before.group(1)[:1].isupper() and given_name_gender(before.group(1)) is not None \
                or re.match(r"\s+[A-Z][a-z]", text[m.end() :]):
            continue
        out.append(m.group(0))
    return out


def _whole_bodies(sentences: Sequence[tuple[str, str, str]], raws: list[_Raw]) -> list[_Raw]:
    """``raws`` with each body's name of :func:`_body_spans` in an English sentence (``sentences``: (doc id, sentence
    id, text)) one ORG mention in place of the mentions of that sentence inside it (spaCy's PERSON "West Yorkshire
    Fire" and ORG "Rescue Service"); a listed "X and Y" company's name alike (:func:`_company_spans`)."""
    by_sentence: dict[str, list[_Raw]] = {}
    for r in raws:
        by_sentence.setdefault(r.sentence, []).append(r)
    dropped: set[int] = set()
    added: list[_Raw] = []
    for doc, sent, text in sentences:
        bodies = _body_spans(text) + _company_spans(text)
        if not bodies:
            continue
        # a mention written outside the bodies too stays ("In West Yorkshire, West Yorkshire Fire and Rescue ...")
        rest = text
        for body in bodies:
            rest = rest.replace(body, " ")
        mine = by_sentence.get(sent, [])  # this sentence's mentions only: linear in the mentions (names72)
        for body in bodies:
            inside = [r for r in mine if f" {r.text} " in f" {body} "
                      and not re.search(rf"(?<!\w){re.escape(r.text)}(?!\w)", rest)]
            order = min((r.order for r in inside), default=len(raws))
            dropped |= {id(r) for r in inside}
            body_raw = _Raw(doc, sent, body, "ORG", "spacy", order)
            mine = [r for r in mine if id(r) not in dropped] + [body_raw]
            added.append(body_raw)
    return [r for r in raws if id(r) not in dropped] + [r for r in added if id(r) not in dropped]


def _inflected_country(word: str, lang: str) -> bool:
    from ..quotes._subjects import _country_word  # the same reading the speaker rules use ("Albanii", "Niemiec")

    return _country_word(word, lang)


# An article before the word: lower case, or capitalised where a sentence opens ("Die Halle war voll"); a capital one
# inside a sentence is part of the name ("in Den Haag": names78's re-tester, The Hague's German mention was lost)
_DE_ARTICLE_BEFORE = re.compile(r"(?:(?:^|[.!?:»«\"“„]\s*)(?:Der|Die|Das|Dem|Den|Des|Ein|Eine|Einer|Einem|Eines)|"
                                r"(?:^|\s)(?:der|die|das|dem|den|des|ein|eine|einer|einem|eines))\s+$")


def _de_articled_city_noun(form: str, text: str) -> bool:
    """A German noun that is also a large city's name ("Halle", hall / Halle an der Saale), written after an article
    wherever the sentence has it: a German city takes none ("in Halle", "in der Halle" is a hall), a country or a
    region may ("in der Schweiz", the alias tables' names: kept). The German lexicon must know the word (a given name
    elsewhere counts: "Halle" is Halle Berry's too)."""
    from ..._cache import known_lemma

    if " " in form or _known_name(form) or not _places()[0].get(_exact_key(form)) or known_lemma(form.lower(), "de") is None:
        return False
    starts = _occurrences(form, text)
    return bool(starts) and all(_DE_ARTICLE_BEFORE.search(text[max(0, i - 12) : i]) for i in starts)


# Languages whose common nouns are written in lower case and that have articles: a capitalised
# common word right after the article names an institution ("l'État", "del Gobierno"), never a
# person (German capitalises every noun: "weak" anyway).
_LOWER_NOUN_LANGUAGES = frozenset({"fr", "es", "it", "pt"})
_ARTICLE_NOUN = re.compile(
    r"(?<![\w])(?:[lL]['’]|[dD]ell['’]|(?:le|la|el|il|lo|del|du|al|della|dello|nel|sul|o|a|do|da)\s+)([A-ZÀ-ÖØ-Þ]\w+)")


@lru_cache(maxsize=1 << 14)
def _capitalised_common_noun(word: str, lang: str) -> bool:
    """A common word of the language written with a capital: simplemma's lexicon knows it in lower
    case as its own lemma ("État" -> état, "Intérieur" -> intérieur), and no table names it
    ("Albanie", "France", "Paris" -> pari: an inflected reading is no common noun)."""
    if lang not in _LOWER_NOUN_LANGUAGES or not word[:1].isupper() or is_acronym(word) or not word.isalpha():
        return False
    from ..._cache import is_known, lemmatize  # simplemma, answered from disk when asked before

    low = word.lower()
    return is_known(low, lang) and lemmatize(low, lang) == low and not _known_name(word)


@lru_cache(maxsize=1 << 14)
def _common_word(word: str, lang: str) -> bool:
    """A word of the language's lexicon in lower case, inflected or not ("civil", "protección"),
    whose lemma is lower case too (the Polish lexicon lists "tusk" with the lemma "Tusk")."""
    if lang not in _LOWER_NOUN_LANGUAGES or not word.isalpha() or _known_name(word):
        return False
    from ..._cache import is_known, lemmatize  # simplemma, answered from disk when asked before

    low = word.lower()
    return is_known(low, lang) and lemmatize(low, lang).islower()


@lru_cache(maxsize=1 << 12)
def _own_lemma(word: str, lang: str) -> bool:
    """The word in lower case is its own lemma ("guardia", "protección", "borsa"), not an inflected
    form of another word ("marco" -> marcare, "rossi" -> rosso)."""
    from ..._cache import lemmatize  # simplemma, answered from disk when asked before

    low = word.lower()
    return lemmatize(low, lang) == low


def _upper_ratio(text: str) -> float:
    """Share of capitals among cased letters (CJK has no case and does not count)."""
    cased = [ch for ch in text if ch.isupper() or ch.islower()]
    if len(cased) < 20:  # "NATO 和 EU 发表声明": a few acronyms are not a shouted headline
        return 0.0
    return sum(ch.isupper() for ch in cased) / len(cased)


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _shouted_only(text: str, lang: str) -> frozenset[str]:
    """The words in capitals of two to six letters that ``text`` writes only inside a line in capitals: beside a
    word in capitals, one space or hyphen away, that is a stop word or a common word of ``lang`` (Spanish "UNO DE LOS
    HERIDOS" is no "UNO", English "WHO KNEW?" no "KNEW", French "VIOLENCES AU MALI" no "AU"; the acronym guards of
    bodies58, break57b G4). A stop word ends a run of capitalised words (:func:`_sequences`), so such a word stood
    alone in its run, no neighbour in capitals to show the line. Two acronyms side by side stay ("ВКС РФ")."""
    if sum(c.isupper() for c in text) < 4:
        return frozenset()  # most sentences: no two words in capitals
    from ...text import common_word

    stops = stop_words(lang)
    tokens = list(_LETTER_RUN.finditer(text))
    inside: set[str] = set()
    outside: set[str] = set()
    for k, m in enumerate(tokens):
        word = m.group()
        if not (2 <= len(word) <= 6 and word.isupper()):
            continue
        shouted = any(0 <= j < len(tokens) and _all_caps_word(x := tokens[j].group())
                      and text[tokens[min(j, k)].end() : tokens[max(j, k)].start()] in (" ", "-")
                      and (x.casefold() in stops or common_word(x, lang)) for j in (k - 1, k + 1))
        (inside if shouted else outside).add(word)
    return frozenset(inside - outside)


def _all_caps_word(word: str) -> bool:
    bare = word.rstrip(".")
    return len(bare) >= 2 and bare.isalpha() and bare.isupper()


def _acronyms_in(text: str) -> list[str]:
    """Acronyms spaCy may miss ("(CSTO)"); not words of an all-caps phrase ("ARTIKEL LESEN")."""
    # "FILT-CGIL" stays one word; any other hyphenated word is its parts ("U.S.-led", "NATO-Gipfel")
    # (a word without a hyphen is its own one part: only hyphenated ones are asked)
    words = [p.rstrip(".") for w in re.findall(r"\b[\w.]+(?:-[\w.]+)*", text)
             for p in ([w] if "-" in w and _hyphen_acronym(w) else w.split("-"))]
    upper_ratio = _upper_ratio(text)
    if upper_ratio >= 0.5:  # an all-caps headline
        return []
    out = []
    for j, w in enumerate(words):
        # the neighbours are read only for an acronym (1,809 BASIL sentences: ~100k words, few acronyms)
        if (is_acronym(w) or _hyphen_acronym(w)) \
                and not any(_all_caps_word(x) for x in words[max(0, j - 1) : j] + words[j + 1 : j + 2]):
            out.append(w)
    return out


_BRACKET_ACRONYM = re.compile(r"\(([^\W\d_]{2,6})\)")
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _bracket_acronyms(text: str) -> list[tuple[str, str]]:
    """(long form, acronym) for each "<name> (ACR)" in ``text``: the text itself binds the two
    ("Die Tschechische Nationalbank (CNB)", "La Banque nationale tchèque (CNB)", "Czeski Bank
    Narodowy (CNB)"). The long form is the longest run of words just before the bracket that
    opens with a capital, has as many initials as the acronym has letters, and spells most of
    them in any order (a translated name keeps the original's acronym: tchèque/Czech)."""
    out: list[tuple[str, str]] = []
    for m in _BRACKET_ACRONYM.finditer(text):
        acr = m.group(1)
        if not is_acronym(acr):
            continue
        before = text[: m.start()].rstrip()
        # the words right before the bracket, back to the nearest mark that ends a phrase
        cut = max(before.rfind(c) for c in ",;:.!?()\"„“”«»–—") + 1
        words = _LONG_WORD.findall(before[cut:])
        if not words or " ".join(words) != " ".join(before[cut:].split()[-len(words):]):
            continue  # something other than words (a figure, a mark) stands just before the bracket
        letters = acr.upper()
        best = None
        for n in range(1, min(len(words), len(letters) + 3) + 1):
            run = words[-n:]
            if not run[0][:1].isupper() or run[0].casefold() in _INITIAL_SKIP or is_acronym(run[0]):
                continue
            initials = _initials(" ".join(run), script=True)
            shared = sum(min(initials.count(c), letters.count(c)) for c in set(letters))
            if len(initials) == len(letters) and shared * 2 > len(letters):
                best = " ".join(run)
        if best:
            out.append((best, acr))
    return out


def _may_name(sentence: str) -> bool:
    """Whether spaCy could find a name in this English sentence that :meth:`EntityExtractor._spacy_mentions`
    keeps: a kept name has a capital letter, so the sentence has one after its first word, or its first
    word is capitalised and no stop word (a stop word alone is dropped, and a stop word followed by lower-case
    words is no name: 'The senate' is 'senate'). 'He said it was over.' holds none (~9 % of the English
    sentences of 80 BASIL articles, 5 % of their characters, never a kept name there)."""
    words = sentence.split()
    if not words:
        return False
    if any(ch.isupper() for word in words[1:] for ch in word):
        return True
    first = words[0]
    return any(ch.isupper() for ch in first) and first.strip(_FIRST_WORD_MARKS).casefold() not in _STOPWORDS


_FIRST_WORD_MARKS = "\"'“”‘’«»„‚()[]-—–.…"  # around a sentence's first word ('"We', '“I', '-His')


class _NoNames:
    """A sentence spaCy did not read (:func:`_may_name`): no entities."""

    ents: tuple[()] = ()


_NO_NAMES = _NoNames()


# The spaces between a quotation mark and its words: French spaces its guillemets (« Étoile du Nord »)
_QUOTE_SPACES = " \u00a0\u202f"


def _quoted(text: str, form: str) -> bool:
    """``form`` stands alone between quotation marks in ``text`` («Stella del Nord»). The marks are read by walking
    over the spaces from each occurrence, not by stripping the text before and after it: a copy of the sentence at
    each occurrence was quadratic in an unpunctuated paragraph (quad71)."""
    i = text.find(form)
    while i >= 0:
        before = i
        while before > 0 and text[before - 1] in _QUOTE_SPACES:
            before -= 1
        after = i + len(form)
        while after < len(text) and text[after] in _QUOTE_SPACES:
            after += 1
        if before > 0 and text[before - 1] in _QUOTE_OPEN and after < len(text) and text[after] in _QUOTE_CLOSE:
            return True
        i = text.find(form, i + 1)
    return False
