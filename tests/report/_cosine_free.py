"""Claims from sentences whose vectors share no direction: only a rule that reads no cosine (the rate
pairs of trial 15, the toll pairs of final42) can put two sentences in one claim."""

from __future__ import annotations

import hashlib

import numpy as np

from storylens.models import Document, Sentence
from storylens.report.pipeline import claim_aligner


def unrelated_embed(texts):
    """Unrelated directions for every text (4,096 dimensions, seeded by the text's SHA-1)."""
    rows = []
    for t in texts:
        rng = np.random.default_rng(int(hashlib.sha1(t.encode()).hexdigest()[:8], 16))
        v = rng.standard_normal(4096).astype(np.float32)
        rows.append(v / np.linalg.norm(v))
    return np.stack(rows)


def document(doc_id, sentences, lang, published):
    text, sents, pos = "", [], 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(f"{doc_id}:s{i}", s, pos, pos + len(s), language=lang))
        text += s + " "
        pos += len(s) + 1
    return Document(doc_id, doc_id, text.strip(), tuple(sents), language=lang, published=published)


def claims_of(*docs, **params):
    aligner = claim_aligner(unrelated_embed, (), {d.id: d.published for d in docs}, pair_model=None, **params)
    claims, _ = aligner.claims(list(docs))
    return claims


def holding(claims, sentence):
    """The claim with ``sentence`` among its evidence."""
    return next(c for c in claims if sentence in {e.sentence for e in c.evidence})
