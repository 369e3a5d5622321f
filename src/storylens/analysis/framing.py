"""Framing and tone: how documents *word* the same facts.

- :func:`find_framing` takes aligned sentence pairs (:class:`AlignedPair`, one
  sentence from each of two documents that report the same thing) and surfaces
  different names for the same actor or act ("protesters" vs "rioters",
  "ideological sabotage" vs "ideological diversion") as
  :class:`~storylens.models.Framing` records. Two sources of evidence:
  concept groups from a small general news lexicon
  (``data/framing_lexicon.json``, English/German/French/Russian), and, in pairs of
  the same language, words that take each other's place in the sentence
  (difflib over lemmas) and that an optional embedder finds close in meaning.
- :func:`tone_cues` counts loaded terms (inside and outside quotations), hedges
  ("reportedly", "angeblich", "selon", "якобы") and attributed vs asserted
  sentences for one document, with a simple 0..1 score.

Lemmas come from ``simplemma`` (one language at a time: asking it about several
languages at once is ~20x slower).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .._datafile import SHIPPED_DATA, read_json
from ..errors import ConfigError, DataFileError
from ..models import Document, Evidence, Framing, Tone
from ..text import FRAMING_STOP_WORDS, reporting_verb_pattern

__all__ = [
    "AlignedPair",
    "Concept",
    "Lexicon",
    "ToneCues",
    "align_sentences",
    "find_framing",
    "load_lexicon",
    "tone_cues",
    "tone_cues_by_doc",
]

_LANGS = ("en", "de", "fr", "ru")
_TOKEN_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_QUOTE_RE = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|„[^“”]*[“”]|‘[^’]{12,}’")

# Function words never count as a word choice.
_STOP = FRAMING_STOP_WORDS  # moved to storylens.text (one place for word lists)


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Concept:
    """A group of words naming one thing with different connotations."""

    name: str
    terms: Mapping[str, tuple[str, ...]]  # language -> lemma-form terms
    neutral: frozenset[str] = frozenset()  # terms whose difference alone is not framing
    senses: Mapping[str, int] = field(default_factory=dict)  # term -> sense id; one id = translations
    # Unmarked terms ("say", "dead", "tuer"): across languages any two of them are one language's
    # idiom against another's, not a word choice (trial 14: "dead / tué / starb / погиб" rows).
    plain: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Lexicon:
    """The framing lexicon with a per-language index from a term's first word to its concepts."""

    concepts: tuple[Concept, ...]
    loaded: Mapping[str, frozenset[str]]
    hedges: Mapping[str, tuple[str, ...]]
    speech: Mapping[str, frozenset[str]]
    index: Mapping[str, Mapping[str, tuple[tuple[tuple[str, ...], int, str], ...]]] = field(default_factory=dict)


_PACKAGED: list[Lexicon] = []  # the packaged lexicon, read once per process (it was re-read per comparison)


def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """Read the framing lexicon (the packaged one by default, read once per process)."""
    if path is None and _PACKAGED:
        return _PACKAGED[0]
    if path is None:  # the shipped lexicon: a damaged one names it and the reinstall (robust75 R1)
        lexicon = read_json(SHIPPED_DATA / "framing_lexicon.json", _lexicon_of)
        _PACKAGED[:] = [lexicon]
        return lexicon
    try:  # a file given by the caller: an option's error, as before
        return read_json(path, _lexicon_of, fix="pass a valid framing lexicon file")
    except DataFileError as exc:
        raise ConfigError(f"framing lexicon {exc}") from exc


def _lexicon_of(data: dict) -> Lexicon:
    """The lexicon of a framing lexicon file's JSON object."""
    concepts = tuple(
        Concept(
            c["concept"],
            {k: tuple(v) for k, v in c["terms"].items()},
            frozenset(c.get("neutral", ())),
            {term: i for i, group in enumerate(c.get("senses", ())) for term in group},
            frozenset(c.get("plain", ())),
        )
        for c in data["concepts"]
    )
    return Lexicon(
        concepts=concepts,
        loaded={k: frozenset(v) for k, v in data.get("loaded", {}).items()},
        hedges={k: tuple(v) for k, v in data.get("hedges", {}).items()},
        speech={k: frozenset(v) for k, v in data.get("speech", {}).items()},
        index=_build_index(concepts),
    )


def _build_index(concepts: Sequence[Concept]) -> dict[str, dict[str, tuple]]:
    index: dict[str, dict[str, list]] = {}
    for ci, concept in enumerate(concepts):
        for lang, terms in concept.terms.items():
            # Terms are written as lemmas; tokens match by lemma or by surface form ("troops"),
            # so loading the lexicon needs no lemmatiser (and none of its dictionaries).
            for term in terms:
                words = tuple(term.lower().split())
                index.setdefault(lang, {}).setdefault(words[0], []).append((words, ci, term))
    return {lang: {k: tuple(v) for k, v in d.items()} for lang, d in index.items()}


# --------------------------------------------------------------------------- tokens


@dataclass(frozen=True)
class _Token:
    surface: str
    lemma: str
    start: int
    end: int


def _code(language: str | None) -> str:
    return (language or "en").split("-")[0].lower()


def _lang(language: str | None) -> str:
    lang = (language or "en").split("-")[0].lower()
    return lang if lang in _LANGS else "en"


@lru_cache(maxsize=1 << 16)
def _lemma(word: str, lang: str) -> str:
    # Kept per process: a word is in many texts (80 BASIL articles: 89,951 calls, ~9,000 words),
    # and the import and the cache's lock and lookup were half of the tone cues' CPU.
    from .._cache import lemmatize  # simplemma, with the answers kept on disk (start-up)

    return lemmatize(word.lower(), lang).lower()


def _tokens(text: str, lang: str) -> list[_Token]:
    return list(_token_tuple(text, lang))


@lru_cache(maxsize=1 << 13)
def _token_tuple(text: str, lang: str) -> tuple[_Token, ...]:
    # A sentence is in every aligned pair it is part of (80 BASIL articles: 15,105 tokenisations).
    return tuple(_Token(m.group(), _lemma(m.group(), lang), m.start(), m.end()) for m in _TOKEN_RE.finditer(text))


def _forms(token: _Token, lang: str) -> set[str]:
    """Lemma, surface and, in English, the surface without its inflection.

    simplemma misses some regular forms ("claimed" -> "claime"), so strip the ending too.
    """
    low = token.surface.lower()
    forms = {token.lemma, low}
    if lang == "en" and len(low) > 4:
        for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("d", "")):
            if low.endswith(suffix):
                forms.add(low[: -len(suffix)] + repl)
    return forms


def _term_hits(tokens: Sequence[_Token], lang: str, lexicon: Lexicon) -> list[tuple[int, str, str, int, int]]:
    """(concept index, term, surface, first token, last token + 1), longest match wins."""
    index = lexicon.index.get(lang, {})
    hits = []
    for i, tok in enumerate(tokens):
        for key in _forms(tok, lang):
            for words, ci, term in index.get(key, ()):
                j = i + len(words)
                if j <= len(tokens) and all(w in _forms(t, lang) for w, t in zip(words, tokens[i:j])):
                    surface = " ".join(t.surface for t in tokens[i:j])
                    hits.append((ci, term, surface, i, j))
    hits.sort(key=lambda h: (-(h[4] - h[3]), h[3]))
    return sorted(_non_overlapping(hits, len(tokens)), key=lambda h: h[3])


def _non_overlapping(hits: Sequence[tuple[int, str, str, int, int]], n_tokens: int) -> list[tuple[int, str, str, int, int]]:
    """The hits, in their order, that overlap none kept before them (tokens ``h[3]`` to ``h[4]``, of ``n_tokens``)."""
    chosen: list[tuple[int, str, str, int, int]] = []
    # the tokens the chosen hits cover: a hit of one token or more overlaps a chosen one exactly when it covers one
    # of them (each hit against every chosen one was quadratic: one sentence with a term 1,300 times, quotes72)
    taken = bytearray(n_tokens + 1)
    for h in hits:
        if h[3] < h[4]:
            free = not any(taken[h[3] : h[4]])
        else:  # (an empty run, if the lexicon had one, as the overlap test read it: strictly inside a chosen hit)
            free = not any(h[3] < c[4] and c[3] < h[4] for c in chosen)
        if free:
            chosen.append(h)
            taken[h[3] : h[4]] = b"\x01" * (h[4] - h[3])
    return chosen


# --------------------------------------------------------------------------- framing


@dataclass(frozen=True)
class AlignedPair:
    """Two sentences from different documents judged to report the same thing."""

    doc_a: str
    sentence_a: str
    text_a: str
    doc_b: str
    sentence_b: str
    text_b: str
    score: float = 1.0
    language_a: str | None = None
    language_b: str | None = None


def _same_term(a: str, b: str) -> bool:
    """One word across languages or spellings ("terrorist"/"террорист", "protester"/"protestor")."""
    from anyascii import anyascii
    from rapidfuzz import fuzz

    x, y = anyascii(a).lower(), anyascii(b).lower()
    return x == y or fuzz.ratio(x, y) >= 85


def _same_sense(concept: Concept, a: str, b: str, *, across: bool = False) -> bool:
    """Translations ("protester" / "Demonstrant") or spellings of one word are not a word choice.

    ``across`` (the two sentences are in different languages): two of the concept's plain words
    ("dead" / "tué", "said" / "affirme") are also the same word; within one language "killed"
    vs "died" stays a choice.
    """
    sa, sb = concept.senses.get(a), concept.senses.get(b)
    if sa is not None and sa == sb:
        return True
    if across and a in concept.plain and b in concept.plain:
        return True
    return _same_term(a, b)


def _lexicon_framing(pair: AlignedPair, lexicon: Lexicon) -> list[tuple[str, str, str]]:
    """(concept, term in a, term in b) for concepts both sentences name differently."""
    la, lb = _lang(pair.language_a), _lang(pair.language_b)
    hits_a = _term_hits(_tokens(pair.text_a, la), la, lexicon)
    hits_b = _term_hits(_tokens(pair.text_b, lb), lb, lexicon)
    # The languages as given: Italian and Spanish are both read with the English lexicon.
    across = _code(pair.language_a) != _code(pair.language_b)
    out = []
    for ci, concept in enumerate(lexicon.concepts):
        a = [(term, surf) for c, term, surf, _, _ in hits_a if c == ci]
        b = [(term, surf) for c, term, surf, _, _ in hits_b if c == ci]
        only_a = [x for x in a if not any(_same_sense(concept, x[0], y[0], across=across) for y in b)]
        only_b = [y for y in b if not any(_same_sense(concept, y[0], x[0], across=across) for x in a)]
        if not only_a or not only_b:
            continue
        if all(t in concept.neutral for t, _ in only_a + only_b):
            continue
        out.append((concept.name, _display(only_a[0][1], la), _display(only_b[0][1], lb)))
    return out


def _display(surface: str, lang: str) -> str:
    # German nouns keep their capital; elsewhere a capital only marks the start of a sentence.
    return surface if lang == "de" else surface.lower()


def _content(tokens: Sequence[_Token], lang: str) -> list[_Token]:
    stop = _STOP.get(lang, set())
    return [t for t in tokens if len(t.surface) > 2 and t.surface.lower() not in stop and t.lemma not in stop]


def _substitutions(pair: AlignedPair) -> list[tuple[str, str, str]]:
    """(context word, word in a, word in b) where one word took the other's place."""
    lang = _lang(pair.language_a)
    ta, tb = _content(_tokens(pair.text_a, lang), lang), _content(_tokens(pair.text_b, lang), lang)
    la, lb = [t.lemma for t in ta], [t.lemma for t in tb]
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, la, lb, autojunk=False).get_opcodes():
        # A one-for-one swap between shared words is a word choice; longer rewrites are paraphrase.
        if op != "replace" or i2 - i1 != 1 or j2 - j1 != 1 or i1 == 0 or i2 == len(la):
            continue
        a, b = ta[i1], tb[j1]
        if _is_fact_word(a, lang) or _is_fact_word(b, lang):
            continue
        out.append((ta[i1 - 1].surface.lower(), a.surface.lower(), b.surface.lower()))
    return out


def _is_fact_word(token: _Token, lang: str) -> bool:
    """Names, weekdays and months differ because facts differ, not wording."""
    from .quantities import is_date_word

    if is_date_word(token.surface):
        return True
    # Outside German a capital inside the sentence marks a name ("Almaty" vs "Astana").
    return lang != "de" and token.surface[:1].isupper()


def _as_pair(item: AlignedPair | tuple[Evidence, Evidence]) -> AlignedPair:
    if isinstance(item, AlignedPair):
        return item
    a, b = item
    return AlignedPair(a.doc, a.sentence, a.text, b.doc, b.sentence, b.text)


def find_framing(
    pairs: Iterable[AlignedPair | tuple[Evidence, Evidence]],
    *,
    lexicon: Lexicon | None = None,
    embedder: Any | None = None,
    min_similarity: float = 0.5,
) -> tuple[Framing, ...]:
    """Different wording for the same actor or act in aligned sentence pairs.

    ``pairs`` are :class:`AlignedPair` records or ``(Evidence, Evidence)`` tuples
    (language then unknown: English lemmas). Lexicon concept groups work in
    every language pair. The generic rule (a
    one-word swap between shared context, same language only) needs an
    ``embedder`` with ``embed(list[str]) -> (n, d)`` L2-normalised rows and keeps
    swaps whose words are at least ``min_similarity`` alike. Identical framings
    found in several pairs are merged, keeping all the evidence.
    """
    lexicon = lexicon or load_lexicon()
    found: dict[tuple, tuple[str, dict[str, str], list[Evidence]]] = {}
    for pair in map(_as_pair, pairs):
        if pair.doc_a == pair.doc_b:
            continue
        items = _lexicon_framing(pair, lexicon)
        # The languages as given, not as the lexicon reads them (_lang maps a language it has no
        # words for to English): Italian "traghetto" vs Spanish "transbordador" is a translation.
        if embedder is not None and _code(pair.language_a) == _code(pair.language_b):
            known = {(a, b) for _, a, b in items}
            items += [
                (f"word choice after '{ctx}'", a, b)
                for ctx, a, b in _similar_swaps(_substitutions(pair), embedder, min_similarity)
                if (a, b) not in known
            ]
        for concept, term_a, term_b in items:
            # Met as (d1, d2) in one pair and (d2, d1) in another, it is still one framing.
            key = (concept, *sorted(((pair.doc_a, term_a), (pair.doc_b, term_b))))
            ev = [Evidence(pair.doc_a, pair.sentence_a, pair.text_a), Evidence(pair.doc_b, pair.sentence_b, pair.text_b)]
            if key in found:
                found[key][2].extend(e for e in ev if e not in found[key][2])
            else:
                found[key] = (concept, {pair.doc_a: term_a, pair.doc_b: term_b}, ev)
    return tuple(Framing(concept, terms, tuple(ev)) for concept, terms, ev in found.values())


def _similar_swaps(swaps: list[tuple[str, str, str]], embedder: Any, min_similarity: float) -> list[tuple[str, str, str]]:
    if not swaps:
        return []
    words = [w for _, a, b in swaps for w in (a, b)]
    vecs = embedder.embed(words)
    out = []
    for k, swap in enumerate(swaps):
        sim = float(vecs[2 * k] @ vecs[2 * k + 1])
        if sim >= min_similarity:
            out.append(swap)
    return out


# --------------------------------------------------------------------------- tone


# The tone of one document is the typed :class:`storylens.models.Tone` of the report contract.
ToneCues = Tone


def _quote_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTE_RE.finditer(text)]


def _count_hedges(text: str, hedges: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    low = text.lower()
    # Longest first, and blank what matched: "berichten zufolge" must not count "zufolge" again.
    for h in sorted(hedges, key=len, reverse=True):
        pattern = rf"(?<!\w){re.escape(h.lower())}(?!\w)"
        n = len(re.findall(pattern, low))
        if n:
            out[h] = n
            low = re.sub(pattern, lambda m: " " * len(m.group()), low)
    return out


def tone_cues(document: Document, *, lexicon: Lexicon | None = None) -> ToneCues:
    """Loaded terms, hedges and attribution counts for one document."""
    lexicon = lexicon or load_lexicon()
    lang = _lang(document.language)
    text = document.text
    tokens = _tokens(text, lang)
    quotes = _quote_spans(text)
    loaded_set = lexicon.loaded.get(lang, frozenset())
    loaded: dict[str, int] = {}
    quoted = 0
    for t in tokens:
        key = t.lemma if t.lemma in loaded_set else t.surface.lower() if t.surface.lower() in loaded_set else None
        if key is None:
            continue
        loaded[key] = loaded.get(key, 0) + 1
        quoted += any(s <= t.start < e for s, e in quotes)
    sentences = [s.text for s in document.sentences] or [p for p in re.split(r"(?<=[.!?])\s+", text) if p.strip()]
    speech = lexicon.speech.get(lang, frozenset())
    # the lexicon's speech lemmas cover en/de/fr/ru only: every Italian, Turkish, Spanish and Chinese
    # sentence was counted as asserted (trial 6), so each language's reporting verbs count too
    said = reporting_verb_pattern(_code(document.language))
    attributions = sum(1 for s in sentences if _attributed(s, lang, speech) or (said and said.search(s.lower())))
    words = len(tokens)
    own = sum(loaded.values()) - quoted
    per100 = 100.0 * (own + 0.5 * quoted) / max(words, 1)
    return ToneCues(
        doc=document.id,
        words=words,
        sentences=len(sentences),
        loaded=loaded,
        loaded_quoted=quoted,
        hedges=_count_hedges(text, lexicon.hedges.get(lang, ())),
        attributions=attributions,
        assertions=len(sentences) - attributions,
        score=round(per100 / (per100 + 2.0), 3),
    )


def _attributed(sentence: str, lang: str, speech: frozenset[str]) -> bool:
    return any(t.lemma in speech or t.surface.lower() in speech for t in _tokens(sentence, lang))


def tone_cues_by_doc(documents: Sequence[Document], *, lexicon: Lexicon | None = None) -> dict[str, ToneCues]:
    """:func:`tone_cues` for each document, keyed by document id."""
    lexicon = lexicon or load_lexicon()
    return {d.id: tone_cues(d, lexicon=lexicon) for d in documents}


def align_sentences(
    documents: Sequence[Document], embedder: Any, *, min_score: float = 0.5
) -> tuple[AlignedPair, ...]:
    """Mutually best-matching sentences between every two documents (cosine >= ``min_score``).

    A stand-in for the claim matcher's alignment, so framing can run on two
    documents directly: ``find_framing(align_sentences(docs, embedder))``.
    """
    vectors = {d.id: embedder.embed([s.text for s in d.sentences]) for d in documents if d.sentences}
    pairs = []
    for i, a in enumerate(documents):
        for b in documents[i + 1 :]:
            if a.id not in vectors or b.id not in vectors:
                continue
            sims = vectors[a.id] @ vectors[b.id].T
            best_b, best_a = sims.argmax(axis=1), sims.argmax(axis=0)
            for ia, ib in enumerate(best_b):
                score = float(sims[ia, ib])
                if best_a[ib] == ia and score >= min_score:
                    sa, sb = a.sentences[ia], b.sentences[ib]
                    pairs.append(AlignedPair(a.id, sa.id, sa.text, b.id, sb.id, sb.text, round(score, 3),
                                             sa.language or a.language, sb.language or b.language))
    return tuple(pairs)
