"""Word-level soft alignment of two units without translation (BERTScore-style).

Each distinct content word of a unit (stop words of its language removed,
simplemma lemma; Chinese as Han-character bigrams) is embedded on its own with
the multilingual sentence encoder, which places single words of different
languages near each other. A unit pair scores the IDF-weighted greedy match of
its words: recall = mean over the first unit's words of the best cosine to a
word of the second, precision the other way round, and their harmonic mean.
IDF is computed per document over its units (a word every unit of the story
repeats says little). Numbers are words too: "12" matches "12" with cosine 1.

Measured in ``benchmarks/ledger_wordalign.py`` (tune half of the ledger gold).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np

from .._imports import lazy_pattern
from ..text import CLAIM_STOP_WORDS, base, stem, stop_words

__all__ = ["content_words", "word_f1"]

_TOKEN = lazy_pattern(
    r"[\u4e00-\u9fff\u3400-\u4dbf]+|[^\W_\u4e00-\u9fff\u3400-\u4dbf]+(?:[-'’][^\W_\u4e00-\u9fff\u3400-\u4dbf]+)*"
)
_HAN = lazy_pattern(r"[\u4e00-\u9fff\u3400-\u4dbf]")


def content_words(text: str, language: str | None) -> list[str]:
    """Distinct content words (lemmas) of ``text``, in order."""
    lang = base(language)
    stops = stop_words(lang) | CLAIM_STOP_WORDS
    out: list[str] = []
    for token in _TOKEN.findall(text):
        if _HAN.match(token):
            grams = [token] if len(token) <= 2 else [token[i : i + 2] for i in range(len(token) - 1)]
            out.extend(g for g in grams if g not in stops)
            continue
        low = token.lower()
        if low in stops or (len(low) < 2 and not low.isdigit()):
            continue
        lemma = stem(token, lang, cased=True) if token[:1].isupper() else stem(low, lang)
        if lemma and lemma not in stops:
            out.append(lemma)
    return list(dict.fromkeys(out))


def _idf(word_lists: Sequence[list[str]]) -> dict[str, float]:
    n = len(word_lists)
    df: dict[str, int] = {}
    for words in word_lists:
        for w in set(words):
            df[w] = df.get(w, 0) + 1
    return {w: math.log((n + 1) / (d + 1)) + 1.0 for w, d in df.items()}


def _padded(word_lists: Sequence[list[str]], index: dict[str, int], idf: dict[str, float], width: int):
    ids = np.zeros((len(word_lists), width), dtype=np.int64)
    weight = np.zeros((len(word_lists), width), dtype=np.float32)
    for r, words in enumerate(word_lists):
        for c, w in enumerate(words[:width]):
            ids[r, c] = index[w]
            weight[r, c] = idf[w]
    return ids, weight


def word_f1(
    words_a: Sequence[list[str]],
    words_b: Sequence[list[str]],
    embed: Callable[[Sequence[str]], np.ndarray],
    floor: float = 0.0,
    max_words: int = 40,
) -> np.ndarray:
    """(len(words_a), len(words_b)) matrix of IDF-weighted greedy word-match F1.

    Word cosines are rescaled as ``max(0, (cos - floor) / (1 - floor))`` so that
    the cosine two unrelated words get anyway counts as no match. A unit
    without content words scores 0 with everything.
    """
    out = np.zeros((len(words_a), len(words_b)), dtype=np.float32)
    vocab = list(dict.fromkeys(w for ws in (*words_a, *words_b) for w in ws))
    if not vocab or not len(words_a) or not len(words_b):
        return out
    index = {w: i for i, w in enumerate(vocab)}
    vectors = np.asarray(embed(vocab), dtype=np.float32)
    sims = vectors @ vectors.T
    sims = np.clip((sims - floor) / (1.0 - floor), 0.0, 1.0)
    width = max(1, min(max_words, max(len(ws) for ws in (*words_a, *words_b))))
    ids_a, wt_a = _padded(words_a, index, _idf(words_a), width)
    ids_b, wt_b = _padded(words_b, index, _idf(words_b), width)
    # (na, nb, width_a, width_b) word cosines; padded words count as no match.
    block = sims[ids_a[:, None, :, None], ids_b[None, :, None, :]]
    block = block * (wt_a[:, None, :, None] > 0) * (wt_b[None, :, None, :] > 0)
    best_for_a = block.max(axis=3)  # (na, nb, wa)
    best_for_b = block.max(axis=2)  # (na, nb, wb)
    sum_a = wt_a.sum(axis=1)
    sum_b = wt_b.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        recall = (best_for_a * wt_a[:, None, :]).sum(axis=2) / sum_a[:, None]
        precision = (best_for_b * wt_b[None, :, :]).sum(axis=2) / sum_b[None, :]
        f1 = 2 * precision * recall / (precision + recall)
    out[:] = np.nan_to_num(f1, nan=0.0, posinf=0.0, neginf=0.0)
    return out
