"""The names a document holds: :class:`_NameIndex` (spellings, inflected and nominative forms, given
names by age) (part of :mod:`storylens.analysis.quotes`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..._imports import lazy_pattern
from ...text import base, given_name_gender, profile, stop_words
from ._phrases import _known_noun, _role_noun, _without_role_phrase
from ._scripts import _HEBREW, _abjad_office_holders, _abjad_people, _arabic_people, _cjk_people, _hebrew_people
from ._subjects import _acronym, _clean_name, _drop_country, _drop_leading_complement, _preposition
from ._vocab import (
    _ARABIC,
    _BODY_HEADS,
    _BY_OPENING,
    _CONNECTORS,
    _DATELINE,
    _DEPUTY_WORDS,
    _HAN,
    _NAME_RUN,
    _ORG_WORDS,
    _TITLES,
    _UP,
    _case_form,
    _is_title,
)

# The capitalised name opening a sentence, after an article or none ("Météo-France", "La Aemet", "Der Deutsche
# Wetterdienst", "L'Unicef"): the body a later "the agency" may stand for
_BODY_OPENING = lazy_pattern(rf"(?:(?:[{_UP}][a-zà-ÿ]{{1,2}}\s+)|[LlDd]['’])?([{_UP}][\w\-]+(?:[ \t][{_UP}][\w\-]+)*)")


# The connectors of _NAME_RUN that say "of" ("Bewegung ANO von Andrej Babiš", "ANO de Andrej Babiš").
_OF_CONNECTORS = frozenset({"von", "de", "del", "di", "du", "da", "do"})


def _person_after_body(tokens: list[str], language: str | None) -> list[str]:
    """The person of "<body> of <Given Surname>" read as one capitalised run: "Bewegung ANO von Andrej Babiš",
    "(movimiento) ANO de Andrej Babiš" -> "Andrej Babiš" (final31 #4: the party, not Babiš, spoke). The
    body holds an acronym, an organisation word, or (German capitalises nouns) a German noun; two capitalised
    words at least follow the connector, so "Ursula von der Leyen", "Charles de Gaulle" stay whole."""
    if len(tokens) >= 3 and tokens[0] in _OF_CONNECTORS and all(t[:1].isupper() for t in tokens[1:]):
        return tokens[1:]  # the body's acronym was cut before: "(ANO) de Andrej Babiš"
    for i in range(len(tokens) - 3, 0, -1):
        after = tokens[i + 1 :]
        if tokens[i] not in _OF_CONNECTORS or not all(t[:1].isupper() and t.lower() not in _CONNECTORS for t in after):
            continue
        body = tokens[:i]
        if any(_acronym(t) or t.lower() in _ORG_WORDS for t in body) or (
                base(language) == "de" and _known_noun(body[-1].lower(), "de")):
            return after
    return tokens


def _uninflected(name: str, spellings: dict[str, int]) -> str | None:
    """The spelling of ``name`` without a case ending on the given name, when the text also has it:
    "Bernarda Caillaux" -> "Bernard Caillaux", "Andrzeja Dudy" stays (its surname differs)."""
    first, _, rest = name.partition(" ")
    for other in spellings:
        o_first, _, o_rest = other.partition(" ")
        if other != name and o_rest == rest and first.startswith(o_first) and 0 < len(first) - len(o_first) <= 2 \
                and first[len(o_first) :].islower():
            return other
    return None


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` is the first word of a sentence or paragraph (its capital says nothing)."""
    before = text[max(0, start - 3) : start].rstrip(" \t\"“”«»„")
    return not before or before[-1] in ".!?\n"


@lru_cache(maxsize=32)
def _stop_words_of(language: str | None) -> frozenset[str]:
    """spaCy's stop words of the text's language (none when it is not known)."""
    return frozenset(stop_words(language)) - {"will", "may", "mark", "bill"} if language else frozenset()


def _inflected_from(toks: Sequence[str], parts: Sequence[str]) -> bool:
    """Whether the name ``toks`` is ``parts`` in another case: each word itself or a case form, at least one
    a case form; a surname alone against the full name's surname."""
    if len(toks) == 1:
        return _case_form(toks[0], parts[-1])
    return len(toks) == len(parts) and all(t == p or _case_form(t, p) for t, p in zip(toks, parts)) \
        and any(_case_form(t, p) for t, p in zip(toks, parts))


def _nominative_of(name: str, spellings: set[str]) -> str | None:
    """The spelling in ``spellings`` that ``name`` is a case form of ("Piotra Wójcika" -> "Piotr Wójcik")."""
    toks = name.split()
    # the other spelling's last words: a run may carry the role's complement ("Polskich Linii Kolejowych Piotr Wójcik")
    found = {" ".join(other.split()[-len(toks) :]) for other in spellings
             if other != name and len(other.split()) >= len(toks) and _inflected_from(toks, other.split()[-len(toks) :])}
    return found.pop() if len(found) == 1 else None


# A given name alone with an age in apposition: "Martine, 71 ans,", "Lucía, de 34 años,", "Ewa (64)"
_AGED_GIVEN = re.compile(rf"(?<![\w’'\-])([{_UP}][^\W\d_]+)(?:, (?:de )?\d{{1,3}}(?: \w{{1,5}})?,| \(\d{{1,3}}\))")


def _aged_given_names(text: str, names: Sequence[tuple[int, str, str | None]]) -> list[tuple[int, str, str | None]]:
    """(offset, given name, None) of people the text names by a given name alone with their age ("Dans le
    village, Martine, 71 ans, balaie …"; the given name listed in text/data/given_names.json), not part of
    a full name the index holds."""
    taken = {at for at, _, _ in names}
    words = {w for _, n, _ in names for w in n.split()}  # "Vidal, de 58 años" after "Tomás Vidal": his surname
    return [(m.start(1), m.group(1), None) for m in _AGED_GIVEN.finditer(text)
            if given_name_gender(m.group(1)) and m.start(1) not in taken and m.group(1) not in words
            and not any(at <= m.start(1) < at + len(n) + 2 for at, n, _ in names)]


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n\s*", text)]


@dataclass(frozen=True)
class _NameIndex:
    """Full person names in one document, in order of appearance, with their titles."""

    names: tuple[tuple[int, str, str | None], ...]  # (offset, full name, title word)
    language: str | None = None

    @cached_property
    def surnames(self) -> frozenset[str]:
        """Last words of person-like names ("New York Times" and "Homeland Security" are not people); read once (each
        quotation asks, quotes73)."""
        return frozenset(
            name.split()[-1] for _, name, _ in self.names if name.split()[-1].lower() not in _ORG_WORDS
        )

    @classmethod
    def build(cls, text: str, language: str | None = None) -> _NameIndex:
        names = []
        # a wire dateline opening a paragraph ("SAN JOSE, Calif. -- …") names the place filed from, no person
        datelines = [d.span() for d in (_DATELINE.match(text, p) for p in _paragraph_starts(text)) if d]
        for m in _NAME_RUN.finditer(text):
            if any(a <= m.start() < b for a, b in datelines):
                continue
            toks = _drop_leading_complement(text, m.start(), m.group(0).split())
            if len(toks) == 2 and _opens_sentence(text, m.start()) and not _is_title(toks[0]) \
                    and (toks[0].lower() in _stop_words_of(language) or _preposition(toks[0].lower())):
                # "Before Trump made his announcement", "Despite Trump saying …": a capitalised function word or
                # preposition (text/data "adverbial_prepositions"), then one name
                continue
            by = _BY_OPENING.match(" ".join(toks))  # "Según Delaney": a sentence-initial "according to"
            toks = " ".join(toks)[by.end() :].split() if by else toks
            toks = _without_role_phrase(" ".join(toks)).split()  # "Szef MSZ Radosław Sikorski"
            cleaned = _clean_name(toks)
            cleaned = _drop_country(cleaned, language, titled=len(cleaned) < len(toks))
            if language and len(cleaned) >= 3:  # "Прокурор Брешии Франческо Прете", "(posłanka) Lewicy Anna Nowak"
                lead = text[max(0, m.start() - 40) : m.start()] + " ".join(toks[: len(toks) - len(cleaned)])
                cleaned = _name_after_complement(cleaned, lead, base(language) or "")
            while len(cleaned) >= 3 and len(cleaned[0]) >= 2 and cleaned[0].isalpha() and cleaned[0].isupper():
                cleaned = cleaned[1:]  # an acronym of the role before the name: "(Глава российского) МИД Сергей Лавров"
            cleaned = _person_after_body(cleaned, language)
            title = None
            if len(cleaned) < len(toks):
                title = toks[len(toks) - len(cleaned) - 1].lower().rstrip(".")
                lead = text[max(0, m.start() - 25) : m.start()].lower() + " ".join(toks).lower()
                if re.search(r"\b(?:former|ex|ehemalige[rn]?|ancien(?:ne)?|бывший|expresidente)\b", lead):
                    title = "former " + title  # "the president" is not "former President Obama"
                elif any(t.lower() in _DEPUTY_WORDS for t in toks[max(0, len(toks) - len(cleaned) - 3) : len(toks) - len(cleaned) - 1]):
                    title = "vice " + title  # "the president" is not "Vice President Mike Pence"
            cleaned = [t.rstrip(".,’'") if not re.fullmatch(r".\.", t) else t for t in cleaned]
            if cleaned and len(cleaned[-1]) == 1:
                continue  # no surname is one letter: "(prezesa) TVP Z (kolei)" runs into a capitalised "Z"
            if len(cleaned) >= 2 and not any(t.lower() in _TITLES for t in cleaned):
                names.append((m.start(), " ".join(cleaned).removesuffix("’s").removesuffix("'s"), title))
        names = sorted(names + _aged_given_names(text, names))
        if _ARABIC.search(text):
            names = sorted(names + _arabic_people(text))
        if _HAN.search(text):
            names = sorted(names + _cjk_people(text))
        if language and _ARABIC.search(text):
            names = sorted(set(names) | set(_abjad_people(text, language)))
            held = [h for h in _abjad_office_holders(text, language) if not any(at == h[0] for at, _, _ in names)]
            names = sorted(names + held)
        if _HEBREW.search(text):
            names = sorted(names + _hebrew_people(text))
        return cls(tuple(names), language)

    def full_name(self, surface: str, before: int) -> str:
        """'Tokayev' -> 'Kassym-Jomart Tokayev' when the document names him in full."""
        toks = _drop_country(_clean_name(surface.split()), self.language) or surface.split()
        if not toks:
            return surface
        prof = profile(base(self.language)) if self.language else None
        genitive = prof.genitive_endings if prof and prof.genitive_after_title else ()
        # "Брешии Франческо Прете", "Zakładu Gospodarki Wodnej Grzegorz Walijewski": the role's place or body
        # before a name the text gives alone
        while genitive and len(toks) >= 3 and toks[0].lower().endswith(genitive) and not given_name_gender(toks[0]) \
                and any(name == " ".join(toks[1:]) or name == " ".join(toks[-2:]) for _, name, _ in self.names):
            toks = toks[1:]
        last = toks[-1].rstrip(".,’'").removesuffix("’s").removesuffix("'s")
        counts: dict[str, int] = {}
        latest: dict[str, int] = {}
        for offset, name, _ in self.names:
            parts = name.split()
            # "Mary Cheney" must not become "Liz Cheney": a given first name has to agree.
            # (Hebrew writes a geresh as an apostrophe ending the name: "סמוטריץ'", one spelling with or without it)
            if (parts[-1].rstrip("’'") == last and (len(toks) == 1 or parts[0] == toks[0])) or _joined_spelling(toks, parts):
                counts[name] = counts.get(name, 0) + 1
                if offset <= before or name not in latest:
                    latest[name] = offset
        inflecting = bool(self.language and profile(base(self.language)).surname_gender)
        if inflecting:
            # "Zdaniem Piotra Wójcika", "По словам Петрова": a case form of a name the text also gives in the
            # nominative ("Piotr Wójcik", "Сергей Петров") is that name
            spellings = {name for _, name, _ in self.names}
            for offset, name, _ in self.names:
                nominative = _nominative_of(name, spellings)
                parts = (nominative or name).split()
                if name in counts and nominative:
                    counts[nominative] = counts.get(nominative, 0) + counts.pop(name)
                    latest[nominative] = max(latest.get(nominative, -1), latest.pop(name))
                elif not counts and nominative is None and _inflected_from(toks, parts):
                    counts[name] = counts.get(name, 0) + 1
                    if offset <= before or name not in latest:
                        latest[name] = offset
        for name in list(counts):
            base_form = _uninflected(name, counts)
            if base_form:  # "Bernarda Caillaux" (pl genitive) counts for "Bernard Caillaux"
                counts[base_form] += counts.pop(name)
                latest[base_form] = max(latest[base_form], latest.pop(name))
        if not counts and len(toks) == 1 and (_ARABIC.search(last) or _HEBREW.search(last)):
            # a given name alone for the one person the text names in full with it ("وأضاف تيدروس" after "تيدروس
            # أدهانوم غيبريسوس"); none when two people share it. Only in scripts whose names the index reads after a
            # title (a capitalised run is no sure name: "Wyoming" is no "Wyoming U")
            firsts = {name for _, name, _ in self.names if len(name.split()) >= 2 and name.split()[0] == last}
            if len(firsts) == 1 and not any(name.split()[-1] == last for _, name, _ in self.names):
                return firsts.pop()
        best = None
        if counts:
            # the most used spelling; a run glued to a headline ("Milan Cathedral Andrea Bocelli") is rare
            best = max(counts, key=lambda nm: (latest[nm] <= before, counts[nm], -len(nm.split()), latest[nm]))
        return best or " ".join(toks)

    def last_person(self, before: int) -> str | None:
        found = None
        for offset, name, _ in self.names:
            if offset >= before:
                break
            found = name
        return found

    def titled(self, title: str, before: int) -> str | None:
        found = None
        for offset, name, t in self.names:
            if offset >= before:
                break
            if t == title:
                found = name
        return found


def _joined_spelling(toks: list[str], parts: list[str]) -> bool:
    """"نصر الله" and "حسن نصرالله": one surname written spaced and joined (Arabic compounds with
    الله, عبد, أبو are written both ways), so the short form still finds the full name."""
    if len(parts) < 2:
        return False
    if len(toks) == 2:
        return "".join(toks) == parts[-1]
    return len(toks) == 1 and parts[-2] + parts[-1] == toks[0]


def _script(word: str) -> str:
    """"cyrillic", "latin" or "other": the alphabet a word is written in."""
    if re.search(r"[а-яё]", word.lower()):
        return "cyrillic"
    return "latin" if re.search(r"[A-Za-zÀ-ÿĀ-ž]", word) else "other"


def _name_after_complement(toks: list[str], before: str, lang: str) -> list[str]:
    """A person's name without the role, its place or its body that open the span (pl/ru, where the role's
    complement stands in the genitive between role and name): "Прокурор Брешии Франческо Прете" -> "Франческо
    Прете", "(профсоюза) Filt-Cgil Анна Росси" -> "Анна Росси" (another script), "(posłanka) Lewicy Anna Nowak"
    -> "Anna Nowak" (text/data "genitive_endings"); at least two words stay."""
    while len(toks) >= 3 and _script(toks[0]) != _script(toks[-1]):
        toks = toks[1:]
    prof = profile(lang)
    if not prof.genitive_after_title:
        return toks  # ("El Ministerio de Educación" keeps its head: only pl/ru put the role's place in the genitive)
    last = re.search(r"(\w+)\W*$", before)
    titled = bool(last and _role_noun(last.group(1).lower()))
    # (a body's head before a lower-case genitive is the body's name: "Міністерство охорони здоров'я")
    while len(toks) >= 3 and _role_noun(toks[0].lower()) and not (toks[0].lower() in _BODY_HEADS and toks[1].islower()):
        toks, titled = toks[1:], True
    # (a word the name lists give as a given name is no place: "Burmistrz Kłodzka Michał Piszko" loses
    # "Kłodzka", "Burmistrz Anna Maria Nowak" keeps "Anna")
    # (a body of several words too: "rzecznik Instytutu Meteorologii Grzegorz Walijewski")
    # (a word before a surname's particle opens the name: "Голова Єврокомісії Урсула фон дер Ляєн" keeps "Урсула")
    while titled and len(toks) >= 3 and toks[0].lower().endswith(prof.genitive_endings) \
            and not toks[1].endswith(("вич", "вна", "ична")) and not given_name_gender(toks[0]) \
            and toks[1] not in _CONNECTORS:
        toks = toks[1:]
    return toks
