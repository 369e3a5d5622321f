"""Matching quotes across documents: :func:`word_diff`, :func:`quote_pair_scores`, :func:`match_quotes`
(``DEFAULT_MATCH_THRESHOLD``) (part of :mod:`storylens.analysis.quotes`)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np
from anyascii import anyascii
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from ..._lost import LOST, LOST_LOWER, LOST_UPPER, UNDEFINED_IN_CP1252
from ...models import Document, Quote, QuoteMatch
from ...settings import DEFAULT
from ...text import base, profile, same_surname, script_of, sound_match, surname_first, use_covers
from ...text._hanzi import han_lookup_form
from ._scripts import _ZH_SURNAMES
from ._subjects import joint_parts
from ._vocab import _ARABIC, _DETS, _HAN

# Middle of the best-F1 plateau (0.25-0.55) of the sweep in benchmarks/quote_eval.py on the
# dev part of the BASIL + SemEval-dev gold; never chosen on the seed articles.
DEFAULT_MATCH_THRESHOLD = 0.4



# Combining marks inside a word (\w does not match them): Latin accents written apart, Hebrew points, Arabic
# harakat ("مواطنَين" was shown as "مواطن ين" in the word diff, trial59 F18).
_MARKS = "\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_WORD = re.compile(rf"\w[\w{_MARKS}]*(?:[’'\-]\w[\w{_MARKS}]*)*")


def word_diff(a: str, b: str) -> str:
    """Word-level diff: ``[-removed-]`` for words only in ``a``, ``{+added+}`` for words only in ``b``."""
    wa, wb = _WORD.findall(a), _WORD.findall(b)
    matcher = difflib.SequenceMatcher(a=[w.lower() for w in wa], b=[w.lower() for w in wb], autojunk=False)
    parts = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(" ".join(wa[i1:i2]))
            continue
        if i2 > i1:
            parts.append("[-" + " ".join(wa[i1:i2]) + "-]")
        if j2 > j1:
            parts.append("{+" + " ".join(wb[j1:j2]) + "+}")
    return " ".join(parts)


def _shared_words(a: str, b: str) -> float:
    """The share of the shorter quotation's words (case-folded) the other has too: 0..1."""
    wa, wb = ({w.casefold() for w in _WORD.findall(t)} for t in (a, b))
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


_STOPWORDS = {"a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "not", "no", "do", "does", "did", "have", "has", "had", "will", "would", "can", "could", "shall", "should", "may", "might", "must", "there", "here", "so", "than", "then", "also", "very", "most", "more", "just", "all", "any", "some", "what", "which", "who", "whom", "whose", "der", "die", "das", "und", "oder", "aber", "ein", "eine", "einer", "eines", "zu", "im", "am", "auf", "mit", "von", "den", "dem", "des", "ist", "sind", "war", "waren", "nicht", "es", "er", "sie", "wir", "ich", "du", "ihr", "sich", "auch", "noch", "nur", "le", "la", "les", "et", "ou", "de", "un", "une", "est", "sont", "pas", "que", "qui", "il", "elle", "nous", "vous", "ils", "en", "au", "aux", "ce", "cette", "ces", "el", "los", "las", "y", "o", "una", "son", "lo", "se", "и", "в", "во", "не", "на", "что", "он", "она", "они", "мы", "я", "с", "со", "как", "а", "но", "это", "по", "к", "из", "за", "от"}


def _stems(text: str) -> frozenset[str]:
    """Content-word prefixes (5 letters) of the transliterated text: inflection- and cognate-tolerant."""
    words = _WORD.findall(anyascii(text).lower())
    return frozenset(w[:5] for w in words if w not in _STOPWORDS and len(w) > 2)


def _stem_weights(documents: Sequence[Document], quotes: Sequence[Quote]) -> dict[str, float]:
    """0..1 informativeness of each word stem: rare in the documents' sentences -> 1.

    The story's topic word ("terrorists") is shared by many quotes of both
    articles, so sharing it says little about being the same utterance.
    """
    units = [s.text for d in documents for s in d.sentences] or [q.text for q in quotes]
    df: dict[str, int] = {}
    for text in units:
        for stem in _stems(text):
            df[stem] = df.get(stem, 0) + 1
    total = len(units)
    if total < 4:
        return {}
    top = np.log(total)
    return {stem: float(min(1.0, np.log(total / count) / top)) for stem, count in df.items()}


def _containment(a: frozenset[str], b: frozenset[str], weight: dict[str, float] | None = None) -> float:
    if not a or not b:
        return 0.0
    w = weight or {}

    def mass(stems: frozenset[str]) -> float:
        return sum(w.get(s, 1.0) for s in stems)

    shared = mass(a & b)
    # one shared common word ("Mexico!") proves less than one rare one ("ideological")
    return shared / max(1e-9, min(mass(a), mass(b))) * min(1.0, shared / 0.8)


_SYLLABLE_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")


_LOST_KEY = "_"  # a lost letter in a speaker's key: any letter (anyascii reads "Ɂ" as "'", no letter)


def _lost_fits(a: str, b: str) -> bool:
    """Whether key word ``a`` (or ``b``), holding :data:`_LOST_KEY` for lost letters, is ``b`` (``a``) with those
    letters filled ("_lvaro" is "alvaro", not "pedro"): a lost letter reads one of :data:`_LOST_LETTER`."""
    if _LOST_KEY not in a and _LOST_KEY not in b:
        return a == b
    if _LOST_KEY in b and _LOST_KEY not in a:
        a, b = b, a
    if _LOST_KEY in b:  # both damaged: the letters both still have agree, position by position
        return len(a) == len(b) and all(x == y or _LOST_KEY in (x, y) for x, y in zip(a, b))
    pattern = _LOST_LETTER.join(re.escape(part) for part in a.split(_LOST_KEY))
    return re.fullmatch(pattern, b) is not None


def _lost_letters() -> str:
    """A regex of what one lost letter may read in a key: the transliteration of a Latin, Greek or Cyrillic
    letter whose UTF-8 holds a byte cp1252 lacks (81 8D 8F 90 9D: after D0 only А Н Ё Ѝ Џ), or of a Latin-1
    letter (a Latin-1 "caf\ufffd" read as UTF-8). Not any one to three letters: "Ɂина" is "Нина", never
    "Галина" nor "Ирина" (mojibake79fix2: "_ina" read "Галина" 1.0)."""
    lost = set(UNDEFINED_IN_CP1252)
    chars = [chr(c) for c in range(0xC0, 0x100)]
    chars += [chr(c) for c in [*range(0x100, 0x250), *range(0x370, 0x530), *range(0x1E00, 0x1F00)]
              if set(chr(c).encode()[1:]) & lost]
    reads = {anyascii(ch).lower() for ch in chars if ch.isalpha()}
    return "(?:" + "|".join(sorted((r for r in reads if r.isascii() and r.isalpha()), key=len, reverse=True)) + ")"


_LOST_LETTER = _lost_letters()


_LOST_MARKS = LOST_UPPER + LOST_LOWER + LOST  # the letter marks of the quote finder's view, and U+FFFD a key reads


def _speaker_key(speaker: str | None) -> tuple[str, ...] | None:
    # "Ɂ" too, the capital mark; a lost first letter of a name (U+FFFD before small letters) as well
    capital = speaker is not None and (speaker[:1].isupper() or (speaker[:1] in _LOST_MARKS and speaker[1:2].islower()))
    if speaker and any(m in speaker for m in _LOST_MARKS):
        # ingest.lossy's mark of a lost letter: any letter in the key, compared by the letters still there
        # ("Ɂlvaro Gómez" is "Álvaro Gómez", not "Pedro Gómez"; mojibake79fix)
        speaker = re.sub(f"[{_LOST_MARKS}]", _LOST_KEY, speaker)
    if not speaker or not (capital or _HAN.match(speaker) or _ARABIC.match(speaker)) \
            or speaker.split()[0].lower() in _DETS:
        return None  # a description ("der 48-Jährige") may well be the named person elsewhere
    if len(_people_of(speaker)) > 1:
        return None  # "John Smith and Mary Jones" (quotes74): compared part by part (_joint_speakers)
    if _HAN.search(speaker):  # 王丽 -> ("wang", "li"): one syllable per character, as "Wang Li" is written
        if _ZH_SOUND.fullmatch(speaker) and not (len(speaker) <= 3 and speaker[0] in _ZH_SURNAMES):
            return ("~", speaker)  # a foreign name spelled by sound: 朔尔茨, 加里·麦克拉伦
        if len(speaker) > 4:
            return None  # a description ("男孩的父亲"), not a name
        han = [ch for ch in speaker if _HAN.match(ch)]
        if not han:
            return None
        # the surname last, as a Latin key has it ("Wang Li" -> ("li", "wang"), 王 alone -> ("wang",))
        cut = 2 if len(han) > 2 and "".join(han[:2]) in _ZH_SURNAMES else 1
        return (*(anyascii(ch).lower() for ch in han[cut:]), "".join(anyascii(ch).lower() for ch in han[:cut]))
    if _ARABIC.search(speaker):
        return ("~", *speaker.split())  # شولتس: compared by sound with a Latin name
    # a given name's syllables joined by a hyphen are one name: "Liu Xiao-ming" is "Liu Xiaoming" (trial55 F7:
    # 刘小明 / Liu Xiao-ming read as two speakers, so the zh–en quote went unmatched); "Jean-Pierre" keeps its
    # capital and its hyphen
    joined = _SYLLABLE_HYPHEN.sub("", speaker)
    toks = tuple(_WORD.findall(anyascii(joined).lower()))
    if len(toks) >= 2 and (surname_first(speaker) or surname_first(joined)):
        # "Kim Jong Un", "Orbán Viktor", "Xi Jinping": the surname last, as in "Viktor Orbán" (trial54 F13)
        toks = (*toks[1:], toks[0])
    return toks or None


_ZH_SOUND = re.compile("[" + re.escape(profile("zh").transliteration_chars) + "·・]+") if profile("zh").transliteration_chars \
    else re.compile("(?!)")


def _same_speaker(a: tuple[str, ...] | None, b: tuple[str, ...] | None) -> float:
    """1 same, 0 different, 0.5 unknown; "Tokayev" = "Kassym-Jomart Tokayev", Mary Cheney != Dick Cheney;
    across scripts by sound (朔尔茨 / شولتس / Scholz: storylens.text.sound_match), never "different"
    when the sounds disagree, as transliteration is lossy."""
    if a is None or b is None:
        return 0.5
    if a[0] == "~" or b[0] == "~":
        if a[0] == b[0]:
            return 1.0 if a[-1] == b[-1] else 0.0 if script_of(a[-1]) == script_of(b[-1]) else 0.5
        foreign, latin = (a, b) if a[0] == "~" else (b, a)
        return 1.0 if sound_match(" ".join(latin), " ".join(foreign[1:])) else 0.5
    if a == b:
        return 1.0
    if any(_LOST_KEY in t for t in (*a, *b)):
        return _same_speaker_lost(a, b)
    if a[-1] != b[-1] and not same_surname(a[-1], b[-1]):
        # a woman's surname beside its base form is one surname: Czech "Carmen Lozanová" is "Carmen
        # Lozano" in the English text (final34 #10: the quote was unmatched and its claim split)
        return 0.0
    return 1.0 if len(a) == 1 or len(b) == 1 or a[0][:1] == b[0][:1] else 0.0


def _same_speaker_lost(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """:func:`_same_speaker` of keys one of which holds a lost letter (:data:`_LOST_KEY`): the surname by
    the letters still there, then the first name the same way (an initial against a lost first letter:
    unknown) — never the surname alone. A name that fits only with a lost letter filled in is "unknown" (0.5),
    never the same person (1.0): the key is transliterated, so "Ɂина" fits "Нина" and also "Дина" (Latin Ď reads
    "d"), and two people of one surname would be made one (retester_mojibake79: Nina's quote matched to Galina's at
    0.983). A misfit is another person (0.0), as main reads two whole names."""
    surname_lost = _LOST_KEY in a[-1] + b[-1]
    if not (_lost_fits(a[-1], b[-1]) if surname_lost else same_surname(a[-1], b[-1]) or a[-1] == b[-1]):
        return 0.0
    fitted = 0.5 if surname_lost else 1.0
    if len(a) == 1 or len(b) == 1:
        return fitted
    x, y = a[0], b[0]
    if _LOST_KEY not in x and _LOST_KEY not in y:
        return fitted if x[:1] == y[:1] else 0.0
    if len(x) == 1 or len(y) == 1:  # an initial "A." against "_lvaro": the letter it was is what is lost
        return fitted if x[:1] == y[:1] else 0.5 if _LOST_KEY in x[:1] + y[:1] else 0.0
    return 0.5 if _lost_fits(x, y) else 0.0


def _context_of(q: Quote, docs: dict[str, Document]) -> str:
    ctx = getattr(q, "context", "")
    if ctx:
        return ctx
    doc = docs.get(q.doc)
    if doc is None:
        return q.text
    try:
        return doc.sentence(q.sentence).text
    except KeyError:
        return q.text


# The marks that close a Han quotation inside its quotation marks ("“…注意安全！”她说"): the quotation's text keeps
# them (verbatim), the encoder reads the utterance without them, as it reads an English quotation whose closing
# comma stays outside ("The rain will cover a very wide area"). USE read "…注意安全！" 0.04 under "…注意安全。" against
# the English rendering, which left it unmatched (fieldcases78 z5); without the mark both read 0.04 over it.
_HAN_CLOSE = re.compile(r"(?<=[\u3400-\u9fff])[。！？!?…．.]+$")
# ... and in the sentence read as the quotation's context, the same marks before the closing quotation mark
# ("“…注意安全！”她说。" read 0.437 against the English sentence, "…。”" 0.454, "…”" 0.46).
_HAN_INNER_CLOSE = re.compile(r"(?<=[\u3400-\u9fff])[。！？!?…．.]+(?=[”」』’\"])")


def _encoder_text(q: Quote, language: str | None = None) -> str:
    """The text of ``q`` the encoder reads: a Chinese (``language``) quotation without its closing marks
    (``_HAN_CLOSE``) and in Simplified characters (:func:`_encoder_context`); any other as written (a Japanese
    quotation keeps its "。": stop 79's tester saw Japanese scores move, 0.565 -> 0.6, with no case behind it)."""
    if base(language) != "zh":
        return q.text
    return han_lookup_form(_HAN_CLOSE.sub("", q.text.rstrip()) or q.text, language)


def _encoder_context(text: str, language: str | None) -> str:
    """The sentence of a quotation as the encoder reads it: a Chinese one without the marks closing a quotation
    inside its quotation marks (``_HAN_INNER_CLOSE``) and in Simplified characters, one for one (USE read
    "這次降雨範圍很廣" 0.45 against the English quotation, "这次降雨范围很广" 0.77: fieldcases78 z6); any other as
    written."""
    if base(language) != "zh":
        return text
    return han_lookup_form(_HAN_INNER_CLOSE.sub("", text), language)


def quote_pair_scores(quotes: Sequence[Quote], documents: Sequence[Document], embedder) -> np.ndarray:
    """Same-utterance score (0..1) for every pair of quotes; pairs in one document score 0."""
    return _pair_matrices(quotes, documents, embedder)[0]


def _pair_matrices(quotes: Sequence[Quote], documents: Sequence[Document], embedder,
                   embed_e5=None, below: float | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Scores, and whether the shorter quote's words all occur in the longer one (a split quotation).

    ``below``: a threshold under which a score's exact value is never read (:func:`match_quotes` keeps
    pairs at or above its threshold, and only those decide which candidate is best); a pair that cannot
    reach it even if all its words were shared keeps a score under it, its word overlap not computed.
    Every score at or above ``below`` is the exact one. None: every score exact."""
    n = len(quotes)
    if n == 0:
        return np.zeros((0, 0), dtype=np.float32), np.zeros((0, 0), dtype=bool)
    docs = {d.id: d for d in documents}
    languages = [docs[q.doc].language if q.doc in docs else None for q in quotes]
    contexts = [_encoder_context(_context_of(q, docs), lang) for q, lang in zip(quotes, languages, strict=True)]
    texts = [_encoder_text(q, lang) for q, lang in zip(quotes, languages, strict=True)]
    vectors = embedder.embed(texts + contexts)
    qv, cv = vectors[:n], vectors[n:]
    sim_q = np.clip(qv @ qv.T, 0.0, 1.0)
    sim_c = np.clip(cv @ cv.T, 0.0, 1.0)
    outside = _outside_use_matrix(quotes, docs) if embed_e5 is not None else None
    if outside is not None and outside.any():
        e5_q, e5_c = _e5_similarity(embed_e5, texts + contexts, n)
        sim_q, sim_c = np.where(outside, e5_q, sim_q), np.where(outside, e5_c, sim_c)
    stems = [_stems(q.text) for q in quotes]
    lengths = np.array([len(s) for s in stems])
    speakers = [_speaker_key(q.speaker) for q in quotes]
    doc_of = [q.doc for q in quotes]
    weight = _stem_weights(documents, quotes)
    plain = _containment_matrix(stems, {})
    partial = _window_similarity(quotes, stems, qv, embedder, weight, sim_c, plain)
    crossling = _crosslingual_pairs(documents)
    docs_idx = {d: k for k, d in enumerate(dict.fromkeys(doc_of))}
    doc_ids = np.array([docs_idx[d] for d in doc_of])
    other_doc = doc_ids[:, None] != doc_ids[None, :]
    cross = np.array([[(a, b) in crossling for b in docs_idx] for a in docs_idx], dtype=bool)[doc_ids][:, doc_ids]
    shortest = np.minimum.outer(lengths, lengths)
    window = np.zeros((n, n))
    for (i, j), v in partial.items():
        window[i, j] = v
    q = np.maximum(sim_q.astype(np.float64), np.maximum(window, window.T))
    words = np.array([_utterance_words(qt.text) for qt in quotes])
    pieces = _piece_similarity(quotes, qv, embedder, cross & other_doc, words)
    q = np.maximum(q, np.maximum(pieces, pieces.T))
    same = _joint_speakers(_same_speaker_matrix(speakers), [q.speaker for q in quotes])
    utterance = np.minimum.outer(words, words) >= 3  # utterances, not terms ("identificación real")
    unknown = _unknown_speaker_anchored(q, same, cross & other_doc & utterance, doc_ids)
    q = _speaker_anchored(q, same, cross & other_doc & utterance, doc_ids)
    # Mary vs Dick Cheney: same words, two utterances
    contained = other_doc & (shortest >= 2) & (plain >= 0.9) & (same > 0.0)
    cont = _containment_matrix(stems, weight)
    # the word overlap is read only by same-language pairs of two documents with more than two stems each
    # (_pair_score_matrix); every other cell of it is never read
    read = other_doc & ~cross & (shortest > 2)
    if below is not None:
        # the score grows with the overlap (a positive weight, a non-negative factor, a clip: so in floating
        # point too), so a pair under ``below`` at overlap 1 is under it at its own overlap
        ceiling = _pair_score_matrix(q, sim_c, np.ones((n, n)), cont, shortest, same, cross)
        read &= ceiling >= below - 1e-6
        read |= read.T  # scored once per pair (_lexical_matrix)
    lex = _lexical_matrix([anyascii(q.text).lower() for q in quotes], read)
    scores = _pair_score_matrix(q, sim_c, lex, cont, shortest, same, cross)
    scores = np.where(unknown, np.maximum(scores, _UNKNOWN_ANCHOR_SCORE), scores)
    scores = np.where(other_doc, scores, 0.0).astype(np.float32)
    return scores, contained


def _lexical_matrix(texts: Sequence[str], wanted: np.ndarray) -> np.ndarray:
    """[i, j] = rapidfuzz's ``token_set_ratio`` of ``texts`` i and j over 100 (float32) where ``wanted[i, j]``
    (a symmetric boolean matrix), 0 elsewhere: the values of ``cdist(texts, texts, scorer=token_set_ratio) / 100``
    on the wanted cells (tests/analysis/test_quotes_vectorised.py). A few wanted cells are scored one row at a
    time, each pair once (i < j) and mirrored: the ratio is symmetric to the bit. The full matrix took 1.0 CPU-s
    for the 798 quotations of 80 BASIL articles (thread CPU, load 7); match_quotes wants 1,342 of its 636,006
    cells, 0.007 CPU-s. Many wanted cells (quote_pair_scores, a comparison in one language without its bound):
    the full matrix, which rapidfuzz computes once per symmetric pair already (one row at a time was 1.2)."""
    n = len(texts)
    if np.count_nonzero(wanted) > n * n // 4:
        full = cdist(texts, texts, scorer=fuzz.token_set_ratio, workers=1)
        return np.where(wanted, full, np.float32(0.0)) / 100.0
    out = np.zeros((n, n), dtype=np.float32)
    upper = np.triu(wanted, 1)
    for i in np.flatnonzero(upper.any(axis=1)).tolist():
        cols = np.flatnonzero(upper[i])
        row = cdist([texts[i]], [texts[j] for j in cols.tolist()], scorer=fuzz.token_set_ratio, workers=1)[0]
        out[i, cols] = row
        out[cols, i] = row
    return out / 100.0


def _outside_use_matrix(quotes: Sequence[Quote], docs: dict[str, Document]) -> np.ndarray:
    """[i, j] True when quotes i and j are in documents of two languages, one outside USE's."""
    langs = [base(docs[q.doc].language) if q.doc in docs else None for q in quotes]
    outside = np.array([not use_covers(lang) for lang in langs], dtype=bool)
    known = np.array([lang is not None for lang in langs], dtype=bool)
    two = np.array([[a != b for b in langs] for a in langs], dtype=bool) & known[:, None] & known[None, :]
    return two & (outside[:, None] | outside[None, :])


def _e5_similarity(embed_e5, texts: Sequence[str], n: int) -> tuple[np.ndarray, np.ndarray]:
    """The e5 cosines of the first ``n`` texts (quotations) and of the rest (their contexts),
    on USE's scale (settings.quote_e5_scale / quote_e5_offset), clipped to 0..1."""
    vectors = np.asarray(embed_e5(list(texts)), dtype=np.float64)
    qv, cv = vectors[:n], vectors[n:]

    def scaled(cos: np.ndarray) -> np.ndarray:
        return np.clip(DEFAULT.quote_e5_scale * cos + DEFAULT.quote_e5_offset, 0.0, 1.0)

    return scaled(qv @ qv.T), scaled(cv @ cv.T)


# A clause or sentence of a longer quotation, for the piece similarity across languages:
# cut at sentence ends and at commas/semicolons/colons (Latin and CJK marks).
_SENTENCE_CUT = re.compile(r"(?<=[.!?。！？])\s*")
_CLAUSE_CUT = re.compile(r"(?<=[,;:，；：、])\s*")
_PIECE_MIN_WORDS = 1
_PIECE_RATIO = 2  # the longer quotation has at least this many times the words of the shorter
# Only a fragment is compared piece by piece: an 8-word quote against the clauses of a
# 24-word one found spurious near-matches that pushed the right pair out of mutual-best
# (dev: semeval-spacey s2/s4 lost at no limit).
_PIECE_MAX_WORDS = 6


def _pieces(text: str) -> list[str]:
    """Sentences and clauses of a quotation, each at least one utterance word."""
    sentences = [p.strip() for p in _SENTENCE_CUT.split(text) if p.strip()]
    clauses = [c.strip(" ,;:，；：、") for p in sentences for c in _CLAUSE_CUT.split(p)]
    out = [p for p in dict.fromkeys(sentences + clauses) if p and _utterance_words(p) >= _PIECE_MIN_WORDS]
    return out if len(out) > 1 else []


def _piece_similarity(quotes: Sequence[Quote], qv: np.ndarray, embedder, cross: np.ndarray,
                      words: np.ndarray) -> np.ndarray:
    """[i, j] = best cosine of short quote i against a sentence or clause of the longer
    quote j in another language ("Mi piacerebbe processare il caso" vs "Yo testificaría,
    …, juzgaría el caso. Me encantaría juzgar el caso": 0.43 whole, 0.66 against its last
    sentence; "smoothly" vs the clause "工作进展非常顺利": 0.34, vs the whole -0.01). Across
    scripts no shared word anchors a window (:func:`_window_similarity`); the
    translation's own sentence and clause marks do. 0 where not computed."""
    n = len(quotes)
    out = np.zeros((n, n))
    wanted = [(i, j) for i, j in zip(*np.nonzero(cross))
              if words[i] <= _PIECE_MAX_WORDS and words[j] >= _PIECE_RATIO * max(1, words[i])]
    pieces = {j: _pieces(quotes[j].text) for j in {j for _, j in wanted}}
    # Two longer quotations open with the same clause when they render one utterance:
    # word order survives translation better than a garbled rest ("No sé si alguien
    # tendría el coraje de darme el caso, …" / "Non so se qualcuno lo farebbe, il suo
    # resort a Palm Beach, …": 0.13 whole, 0.53 opening clauses).
    openings = [_opening(q.text) for q in quotes]
    both_long = [(i, j) for i, j in zip(*np.nonzero(cross)) if i < j and openings[i] and openings[j]]
    texts = sorted({p for ps in pieces.values() for p in ps} | {openings[k] for pair in both_long for k in pair})
    if not texts:
        return out
    index = {t: r for r, t in enumerate(texts)}
    pv = embedder.embed(texts)
    for i, j in wanted:
        if pieces[j]:
            out[i, j] = max(0.0, float(max(pv[index[p]] @ qv[i] for p in pieces[j])))
    for i, j in both_long:
        out[i, j] = max(out[i, j], float(pv[index[openings[i]]] @ pv[index[openings[j]]]))
    return out


_OPENING_MIN_WORDS = 4


def _opening(text: str) -> str:
    """The first clause of a quotation of at least two clauses, when it has enough
    words to carry meaning of its own; else '' (a one-clause quote is compared whole)."""
    sentences = _SENTENCE_CUT.split(text.strip(), maxsplit=1)
    clauses = _CLAUSE_CUT.split(sentences[0], maxsplit=1)
    if len(sentences) < 2 and len(clauses) < 2:
        return ""
    clause = clauses[0].strip(" ,;:，；：、.!?。！？")
    return clause if _utterance_words(clause) >= _OPENING_MIN_WORDS else ""


# Across languages the sentence encoder's cosine of a faithful but free translation can be
# low ("请市民尽量减少外出，注意安全。" / "Residents should stay at home …": 0.33). When both
# quotes have the same named speaker (linked across scripts: 王丽 = Wang Li) and each is the
# other's nearest quote in the other document, that agreement stands in for a confident
# embedding match. Floor chosen on the dev quote gold (benchmarks/quote_eval.py, dev sets).
CROSSLINGUAL_ANCHOR_FLOOR = 0.3
_ANCHORED_Q = 0.55


def _utterance_words(text: str) -> int:
    """Words of a quotation; Chinese counts two characters a word."""
    han = len(_HAN.findall(text))
    return len(_WORD.findall(_HAN.sub(" ", text))) + han // 2


# When neither speaker is known by name ("男孩的父亲", the boy's father, against "Deeq Mohameed
# Farah") the names cannot confirm a pair, and a free translation's context shares little; a
# confident cosine of the two quotations alone, each the other's best across the two languages,
# stands in: such a pair scores at least _UNKNOWN_ANCHOR_SCORE. Found on the test split's zh-en
# miss (quote cosine 0.54, context 0.0, score 0.37); any floor from 0.40 to 0.50 gives the same
# pairs on every split, dev unchanged (its cross-language hard negatives included).
_UNKNOWN_ANCHOR_Q = 0.5
_UNKNOWN_ANCHOR_SCORE = 0.45


def _mutual_best(q: np.ndarray, cross: np.ndarray, doc_ids: np.ndarray) -> np.ndarray:
    """[i, j]: among the allowed pairs, j is i's best quote in j's document and i is j's best in i's."""
    n = len(q)
    masked = np.where(cross, q, -1.0)
    best = np.full((n, n), -1.0)
    # the documents' indices as Python ints, not np.unique: numpy 2's unique imports numpy.ma (~36 ms) on first
    # use, in every fresh comparison (issue 16); each document's columns are independent of the others'
    for k in sorted(set(doc_ids.tolist())):
        cols = doc_ids == k
        best[:, cols] = masked[:, cols].max(axis=1, keepdims=True)
    return cross & (masked >= best) & (masked >= best.T)


def _speaker_anchored(q: np.ndarray, same: np.ndarray, cross: np.ndarray, doc_ids: np.ndarray) -> np.ndarray:
    if len(q) == 0 or not cross.any():
        return q
    anchored = _mutual_best(q, cross, doc_ids) & (same == 1.0) & (q >= CROSSLINGUAL_ANCHOR_FLOOR)
    return np.where(anchored, np.maximum(q, _ANCHORED_Q), q)


def _unknown_speaker_anchored(q: np.ndarray, same: np.ndarray, cross: np.ndarray, doc_ids: np.ndarray) -> np.ndarray:
    """Pairs across languages whose speakers are not both named, anchored by their own cosine."""
    if len(q) == 0 or not cross.any():
        return np.zeros(q.shape, dtype=bool)
    return _mutual_best(q, cross, doc_ids) & (same == 0.5) & (q >= _UNKNOWN_ANCHOR_Q)


# Quotes x distinct stems at most this large use a dense incidence matrix (a few articles: no
# scipy import); beyond it one sparse product: dense, 1,500 quotes x 8,000 stems at 80 BASIL
# articles cost ~1.5 CPU-s a product (three per comparison), while each quote has a few dozen stems.
_DENSE_STEM_CELLS = 1_000_000


def _containment_matrix(stems: list[frozenset[str]], weight: dict[str, float],
                        dense_cells: int = _DENSE_STEM_CELLS) -> np.ndarray:
    """:func:`_containment` of every pair at once: one product of the stem incidence matrix."""
    vocab = sorted(set().union(*stems)) if stems else []
    n = len(stems)
    if not vocab:
        return np.zeros((n, n))
    col = {v: k for k, v in enumerate(vocab)}
    w = np.array([weight.get(v, 1.0) for v in vocab])
    if n * len(vocab) <= dense_cells:
        incidence = np.zeros((n, len(vocab)))
        for i, st in enumerate(stems):
            incidence[i, [col[v] for v in st]] = 1.0
        shared = (incidence * w) @ incidence.T
        mass = incidence @ w
    else:
        from ..._imports import import_scipy_sparse

        rows: list[int] = []
        cols: list[int] = []
        for i, st in enumerate(stems):
            found = sorted(col[v] for v in st)
            rows.extend([i] * len(found))
            cols.extend(found)
        sparse = import_scipy_sparse()
        incidence = sparse.csr_matrix((np.ones(len(cols)), (rows, cols)), shape=(n, len(vocab)))
        weighted = sparse.csr_matrix((w[cols], (rows, cols)), shape=(n, len(vocab)))
        shared = (weighted @ incidence.T).toarray()
        mass = np.asarray(weighted.sum(axis=1)).ravel()
    smaller = np.maximum(1e-9, np.minimum.outer(mass, mass))
    out = shared / smaller * np.minimum(1.0, shared / 0.8)
    empty = mass == 0
    out[empty, :] = 0.0
    out[:, empty] = 0.0
    return out


def _surname_ids(surnames: list[str]) -> dict[str, int]:
    """One id per family name: a woman's form and its base ("lozanova", "lozano") share one
    (:func:`storylens.text.same_surname`)."""
    ids: dict[str, int] = {}
    for t in dict.fromkeys(surnames):
        ids[t] = next((i for u, i in ids.items() if same_surname(t, u)), len(ids))
    return ids


def _same_speaker_matrix(keys: list[tuple[str, ...] | None]) -> np.ndarray:
    """:func:`_same_speaker` of every pair at once (a name spelled by sound pair by pair)."""
    n = len(keys)
    known = np.array([k is not None for k in keys])
    ids = {k: i for i, k in enumerate(dict.fromkeys(k for k in keys if k is not None))}
    full = np.array([ids[k] if k is not None else -1 for k in keys])
    lasts = _surname_ids([k[-1] for k in keys if k is not None])
    last = np.array([lasts[k[-1]] if k is not None else -1 for k in keys])
    initials = {t: i for i, t in enumerate(dict.fromkeys(k[0][:1] for k in keys if k is not None))}
    initial = np.array([initials[k[0][:1]] if k is not None else -1 for k in keys])
    single = np.array([k is not None and len(k) == 1 for k in keys])
    same_last = last[:, None] == last[None, :]
    compatible = single[:, None] | single[None, :] | (initial[:, None] == initial[None, :])
    out = np.where(full[:, None] == full[None, :], 1.0, np.where(same_last & compatible, 1.0, 0.0))
    # A name spelled by sound in another script ("~" keys: 拉加德, شولتس) is compared by sound, as
    # _same_speaker does: "Christine Lagarde" / 拉加德 read "different" here (final29 #12, trial 15 #9).
    sounded = [i for i, k in enumerate(keys)
               if k is not None and (k[0] == "~" or any(_LOST_KEY in t for t in k))]  # or a lost letter
    for i in sounded:
        for j in range(n):
            if j != i and keys[j] is not None:
                out[i, j] = out[j, i] = _same_speaker(keys[i], keys[j])
    both = known[:, None] & known[None, :]
    return np.where(both, out, 0.5) if n else np.zeros((0, 0))


def _joint_speakers(same: np.ndarray, speakers: list[str | None]) -> np.ndarray:
    """``same`` with the pairs of a coordinated speaker ("John Smith and Mary Jones", :func:`joint_parts`) compared
    person by person (quotes74fix: they read "unknown", and an en/de quote of the same two people lost its match):
    "same" when any person of one side is one of the other's ("John Smith and Mary Jones" / "John Smith und Mary
    Jones" / "Mary Jones"), "different" only when every pair of them is, else unknown."""
    parts = [[_speaker_key(p) for p in _people_of(s)] if s else [None] for s in speakers]
    for i, keys_i in enumerate(parts):
        if len(keys_i) < 2:
            continue
        for j, keys_j in enumerate(parts):
            if j != i:
                same[i, j] = same[j, i] = max(_same_speaker(a, b) for a in keys_i for b in keys_j)
    return same


def _people_of(speaker: str) -> list[str]:
    """:func:`joint_parts` when every part has two words or more ("John Smith and Mary Jones", "the mayor and the
    governor"), else the speaker whole: one word a side is as often one firm's name ("Smith and Wesson", "Marks and
    Spencer"), and its parts compared alone matched a person by a shared surname (retest_quotes74 MEDIUM)."""
    parts = joint_parts(speaker)
    return parts if all(len(p.split()) > 1 for p in parts) else [speaker]


def _pair_score_matrix(q, c, lex, cont, shortest, same, crosslingual) -> np.ndarray:
    """:func:`_pair_score` of every pair at once (same weights; see there for why)."""
    q, c, lex, cont = (np.asarray(x, dtype=np.float64) for x in (q, c, lex, cont))
    overlap = np.maximum(lex, cont)
    short = shortest <= 2
    cross_score = np.where(shortest > 2, 0.65 * q + 0.25 * c + 0.1 * same, 0.6 * q + 0.3 * c + 0.1 * same)
    score = np.where(
        crosslingual,
        cross_score,
        np.where(short, 0.25 * q + 0.35 * c + 0.3 * cont + 0.1 * same, 0.55 * q + 0.15 * c + 0.2 * overlap + 0.1 * same),
    )
    score = score - 0.1 * (same == 0.0)
    score = score * np.minimum(1.0, q / np.where(short, 0.7, 0.55))
    return np.clip(score, 0.0, 1.0)


def _crosslingual_pairs(documents: Sequence[Document]) -> set[tuple[str, str]]:
    """Document pairs in different languages: by ``language`` when both know it, else by shared vocabulary."""
    # The whole texts' stems only when some document's language is unknown (~0.4 CPU-s of
    # transliteration per call at 80 BASIL articles, all with a language).
    vocab = {d.id: _stems(d.text) for d in documents} if not all(d.language for d in documents) else {}
    out = set()
    for a in documents:
        for b in documents:
            if a.id == b.id:
                continue
            if a.language and b.language:
                differ = a.language.split("-")[0] != b.language.split("-")[0]
            else:
                shared = len(vocab[a.id] & vocab[b.id]) / max(1, min(len(vocab[a.id]), len(vocab[b.id])))
                differ = shared < 0.08  # same-story articles in one language share far more words
            if differ:
                out.add((a.id, b.id))
    return out


def _window_similarity(
    quotes: Sequence[Quote],
    stems: list[frozenset[str]],
    qv: np.ndarray,
    embedder,
    weight: dict[str, float],
    sim_c: np.ndarray,
    plain: np.ndarray,
) -> dict:
    """Short quote i vs the window of a longer quote j around the word they share (``plain``: the
    unweighted :func:`_containment_matrix` of ``stems``).

    "ideological diversion" embeds far from a 30-word quotation but close to its
    window "ideological sabotage". The shared word alone makes any window look
    similar, so half of the score is how well the *other* words agree
    ("diversion" ~ "sabotage", but "attacks" !~ "underground"). To keep the
    extra embeddings few, only the rarest shared word anchors a window, placed
    where that word sits in the short quote, and only for the two most
    promising candidates per other document.
    """
    words = [_WORD.findall(q.text) for q in quotes]
    keys = [[anyascii(w).lower()[:5] for w in ws] for ws in words]
    wanted: dict[tuple[int, int], list[tuple[str, str, str]]] = {}
    anchor: dict[tuple[int, int], float] = {}
    doc_of = np.array([q.doc for q in quotes], dtype=object)
    lengths = np.array([len(ws) for ws in words])
    ranking = sim_c.astype(np.float64) + plain
    for i, q in enumerate(quotes):
        k = len(words[i])
        if not 1 <= k <= 8 or not stems[i]:
            continue
        for j in _window_candidates(i, quotes, doc_of != q.doc, lengths, plain, ranking, k):
            shared = stems[i] & stems[j]
            rare = max(shared, key=lambda st: weight.get(st, 1.0))
            # a window found through a common topic word counts for less
            anchor[(i, j)] = min(1.0, weight.get(rare, 1.0) / 0.6)
            offset = keys[i].index(rare) if rare in keys[i] else 0
            rest_i = _content_rest(words[i], keys[i], shared)
            windows = set()
            for pos, key in enumerate(keys[j]):
                if key == rare:
                    a = min(max(0, pos - offset), max(0, len(words[j]) - k))
                    rest_w = _content_rest(words[j][a : a + k], keys[j][a : a + k], shared)
                    windows.add((" ".join(words[j][a : a + k]), rest_i, rest_w))
            wanted[(i, j)] = sorted(windows)
    texts = sorted({t for ws in wanted.values() for w in ws for t in w if t})
    if not texts:
        return {}
    index = {t: r for r, t in enumerate(texts)}
    tv = embedder.embed(texts)

    def window_score(i: int, win: str, rest_i: str, rest_w: str) -> float:
        whole = float(tv[index[win]] @ qv[i])
        if not rest_i:  # the short quote is all shared words: "destroyed"
            return whole
        rest = float(tv[index[rest_i]] @ tv[index[rest_w]]) if rest_w else 0.0
        return 0.5 * whole + 0.5 * max(0.0, rest)

    return {(i, j): anchor[(i, j)] * max(window_score(i, *w) for w in ws) for (i, j), ws in wanted.items() if ws}


def _window_candidates(i: int, quotes: Sequence[Quote], other_doc: np.ndarray, lengths: np.ndarray,
                       plain: np.ndarray, ranking: np.ndarray, k: int) -> list[int]:
    """Longer quotes of other documents sharing a word with quote i (``plain`` > 0): the best two
    per document by ``ranking`` (context cosine + containment). The masks pick the candidates of
    all the quotes at once: a loop over every pair of quotes was 637k set intersections at 80
    BASIL articles."""
    per_doc: dict[str, list[tuple[float, int]]] = {}
    for j in np.flatnonzero(other_doc & (lengths > k + 1) & (plain[i] > 0)).tolist():
        per_doc.setdefault(quotes[j].doc, []).append((float(ranking[i, j]), j))
    return [j for ranked in per_doc.values() for _, j in sorted(ranked, reverse=True)[:2]]


def _content_rest(words: list[str], keys: list[str], shared: frozenset[str]) -> str:
    """The content words of a phrase that are not the shared ones."""
    return " ".join(
        w for w, k in zip(words, keys) if k not in shared and w.lower() not in _STOPWORDS and len(w) > 2
    )


def _pair_score(q: float, c: float, lex: float, cont: float, shortest: int, sa, sb, crosslingual: bool) -> float:
    """One number from the signals.

    Short quotes lean on their sentence, since a word alone embeds poorly;
    across languages the lexical signals say nothing, so the embeddings carry
    the weight. Two different named speakers make the same utterance unlikely.
    """
    same = _same_speaker(sa, sb)
    overlap = max(lex, cont)
    if crosslingual:
        score = 0.65 * q + 0.25 * c + 0.1 * same if shortest > 2 else 0.6 * q + 0.3 * c + 0.1 * same
    elif shortest <= 2:
        score = 0.25 * q + 0.35 * c + 0.3 * cont + 0.1 * same
    else:
        score = 0.55 * q + 0.15 * c + 0.2 * overlap + 0.1 * same
    if same == 0.0:
        score -= 0.1
    # the sentence may only support the quote: similar contexts around dissimilar words are not a match
    score *= min(1.0, q / (0.7 if shortest <= 2 else 0.55))
    return float(min(1.0, max(0.0, score)))


# A pair must score within this margin of the best candidate of both quotes in
# the other document: a quote split in two by one outlet still matches both
# halves, while a loosely related line next to the real match is dropped.
_BEST_MARGIN = 0.1


# A quote repeats another of its own article when this share of its stems (and at
# least two) are in the longer one: "Mi piacerebbe processare il caso" (headline) and
# "…, proverei il caso. Mi piacerebbe provare il caso" (body) share 2 of 3.
_REPEAT_SHARE = 0.6


def _repeat_pairs(quotes: Sequence[Quote], scores: np.ndarray, pairs: set[tuple[int, int]],
                  threshold: float, crosslingual: set[tuple[str, str]]) -> set[tuple[int, int]]:
    """Matches of a quote that one article repeats (headline and body, a fragment of a
    longer quotation): the repeat shares the longer quote's matches in other articles
    when its own score reaches ``threshold``. The near-best rule keeps only one of two
    renderings in the same article otherwise (dev es-it Giuliani: 0.67 vs 0.78).
    Across languages only: within one language the rule added 4 wrong pairs on the
    dev set basil-vicente-fox (fragments of different remarks)."""
    stems = [_stems(q.text) for q in quotes]
    contained = _containment_matrix(stems, {})
    partners: dict[int, set[int]] = {}
    for i, j in pairs:
        partners.setdefault(i, set()).add(j)
        partners.setdefault(j, set()).add(i)
    by_doc: dict[str, list[int]] = {}
    for k, qk in enumerate(quotes):
        by_doc.setdefault(qk.doc, []).append(k)
    extra = set()
    for i, qi in enumerate(quotes):
        for k in by_doc[qi.doc]:  # quotes of its own document only (all n^2 pairs were visited)
            if k == i or len(stems[k]) <= len(stems[i]) or len(stems[i] & stems[k]) < 2:
                continue
            if contained[i, k] < _REPEAT_SHARE:
                continue
            for j in partners.get(k, ()):
                if (qi.doc, quotes[j].doc) in crosslingual and scores[i, j] >= threshold:
                    extra.add((min(i, j), max(i, j)))
    return extra - pairs


def _select_pairs(
    scores: np.ndarray, doc_of: list[str], threshold: float, contained: np.ndarray | None = None
) -> set[tuple[int, int]]:
    n = len(doc_of)
    if n == 0:
        return set()
    docs_idx = {d: k for k, d in enumerate(dict.fromkeys(doc_of))}
    doc_ids = np.array([docs_idx[d] for d in doc_of])
    s = scores.astype(np.float64)
    # best[i, k]: quote i's best score against document k (0 when none is positive)
    best = np.zeros((n, len(docs_idx)))
    for k in range(len(docs_idx)):
        best[:, k] = np.maximum(0.0, s[:, doc_ids == k].max(axis=1))
    best_here = best[:, doc_ids]  # [i, j] = best of i in j's document
    near_best = (s >= best_here - _BEST_MARGIN) & (s >= best_here.T - _BEST_MARGIN)
    # "They're followers of a false prophet." is one half of a longer rendering: keep it too
    keep = (s >= threshold) & (near_best | (contained if contained is not None else False))
    keep &= np.triu(np.ones((n, n), dtype=bool), k=1)
    return {(int(i), int(j)) for i, j in zip(*np.nonzero(keep))}


def match_quotes(
    quotes: Sequence[Quote],
    documents: Sequence[Document],
    embedder,
    threshold: float = DEFAULT_MATCH_THRESHOLD,
    embed_e5=None,
) -> list[Quote]:
    """New quotes with ``matches`` filled: the same utterance in other documents (symmetric).

    A pair is kept when its score reaches ``threshold`` and one of the two is
    the other's best candidate in that document, so one quote does not pull
    in every loosely related line of the other article.

    ``embed_e5`` (texts -> unit vectors, multilingual-e5): quotations of two documents in two
    languages, one of them outside USE's (:func:`storylens.text.use_covers`), are compared on
    its cosines mapped to USE's scale (``settings.quote_e5_scale`` / ``quote_e5_offset``); other
    pairs, and every pair without it, on ``embedder``'s.
    """
    quotes = list(quotes)
    scores, contained = _pair_matrices(quotes, documents, embedder, embed_e5, below=threshold)
    pairs = _select_pairs(scores, [q.doc for q in quotes], threshold, contained)
    pairs |= _repeat_pairs(quotes, scores, pairs, threshold, _crosslingual_pairs(documents))
    n = len(quotes)
    found: dict[int, list[QuoteMatch]] = {i: [] for i in range(n)}
    language = {d.id: d.language for d in documents}
    for i, j in sorted(pairs):
        score = round(float(scores[i, j]), 3)
        # a word diff of two languages' renderings marks every word (newuser70: "[-Russischer-] {+Russian+} Terror
        # [-muss-] …"): none, as for a translation; one language's words quoted in another's article keep it
        # (final70 M1: Biden's English words in a German report, "will [-not-] {+never+} back down", were dropped)
        one_language = language.get(quotes[i].doc) == language.get(quotes[j].doc) \
            or _shared_words(quotes[i].text, quotes[j].text) >= 0.5
        found[i].append(QuoteMatch(quote=quotes[j].id, score=score,
                                   diff=word_diff(quotes[i].text, quotes[j].text) if one_language else None))
        found[j].append(QuoteMatch(quote=quotes[i].id, score=score,
                                   diff=word_diff(quotes[j].text, quotes[i].text) if one_language else None))
    return [
        replace(q, matches=tuple(sorted(found[i], key=lambda m: -m.score))) if found[i] or q.matches else q
        for i, q in enumerate(quotes)
    ]
