"""Word-level soft alignment: content words per language, greedy IDF-weighted word-match F1."""

import numpy as np

from storylens.analysis._wordmatch import content_words, word_f1
from storylens.analysis.claims import ClaimAligner
from storylens.models import Document, Sentence

# A toy "multilingual" word space: translations share a vector, other words are orthogonal.
_MEANING = {"schule": "school", "schließen": "close", "stadt": "city", "学校": "school", "停课": "close"}


def _embed(texts):
    keys = sorted({_MEANING.get(t, t) for t in texts})
    out = np.zeros((len(texts), max(1, len(keys))), dtype=np.float32)
    for r, t in enumerate(texts):
        out[r, keys.index(_MEANING.get(t, t))] = 1.0
    return out


def test_content_words_drop_stop_words_and_lemmatise():
    words = content_words("Die Schulen in der Stadt wurden geschlossen.", "de")
    assert "die" not in words and "in" not in words and "der" not in words
    assert "schule" in words and "stadt" in words


def test_chinese_is_read_as_character_bigrams_and_numbers_stay_apart():
    words = content_words("全市已有12所学校停课。", "zh")
    assert "学校" in words and "停课" in words and "12" in words
    assert all(len(w) <= 2 for w in words if not w.isdigit())


def test_word_f1_is_one_for_a_word_by_word_translation_and_zero_for_unrelated_words():
    a = [["school", "city", "close"], ["weather", "rain"]]
    b = [["schule", "stadt", "schließen"], ["minister", "resign"]]
    f1 = word_f1(a, b, _embed)
    assert f1.shape == (2, 2)
    assert f1[0, 0] == 1.0
    assert f1[1, 1] == 0.0 and f1[0, 1] == 0.0
    assert 0.0 < word_f1([["school", "city", "minister"]], [["schule"]], _embed)[0, 0] < 1.0


def test_a_unit_without_content_words_scores_zero():
    assert word_f1([[]], [["school"]], _embed).tolist() == [[0.0]]
    assert word_f1([], [["school"]], _embed).shape == (0, 1)


def _doc(doc_id, text, language):
    return Document(doc_id, f"<{doc_id}>", text, (Sentence(f"{doc_id}:s0", text, 0, len(text), language=language),),
                    language=language)


def test_word_weight_only_raises_cross_language_scores():
    en = _doc("d1", "City schools close", "en")
    de = _doc("d2", "Stadt Schulen schließen", "de")
    en2 = _doc("d3", "City schools close", "en")

    def sentence_embed(texts):  # distinct units are orthogonal (cosine 0); single words as in _embed
        if not any(" " in t for t in texts):
            return _embed(texts)
        keys = sorted(set(texts))
        return np.eye(len(keys), dtype=np.float32)[[keys.index(t) for t in texts]]

    # The word term is the cosine rule's (the learned pair model reads word F1 as a feature).
    off = ClaimAligner(embed=sentence_embed, word_weight=0.0, csls_weight=0.0, pair_model=None)
    on = ClaimAligner(embed=sentence_embed, word_weight=1.0, word_floor=0.0, csls_weight=0.0, pair_model=None)
    _, pairs_off = off.align([en, de, en2])
    _, pairs_on = on.align([en, de, en2])
    score = {(p.a.doc, p.b.doc): p.score for p in pairs_on}
    score_off = {(p.a.doc, p.b.doc): p.score for p in pairs_off}
    assert score[("d1", "d2")] > score_off.get(("d1", "d2"), 0.0)
    assert score.get(("d1", "d3")) == score_off.get(("d1", "d3"))
