"""Article features for the clustering benchmarks (cached embeddings, lead doc vectors, entity keys)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from storylens.cluster import ArticleFeatures, doc_vectors, entity_keys

RESULTS = Path(__file__).resolve().parents[1] / "results"
DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


def cached_embedder():
    from storylens.embed import CachedEmbedder, UseEmbedder

    RESULTS.mkdir(parents=True, exist_ok=True)
    return CachedEmbedder(UseEmbedder(), RESULTS / ".embcache.sqlite")


def content_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def split_sentences(text: str, language: str = "en") -> list[str]:
    """The first 12 sentences from the rule splitter the stream uses
    (``storylens.prepare._lead.quick_lead_spans``), so the clustering figures are the product's.

    ``STORYLENS_BENCH_LEAD=pysbd``: lines first (the corpora keep one sentence or paragraph per
    line), then pysbd within a line, to compare the two (benchmarks/lead_splitters.py). pysbd leads
    score higher (BASIL eval 0.923 vs 0.919, ECB+ test 0.934 vs 0.920, 2026-11-30) for 19 ms per
    article against 0.08.
    """
    if os.environ.get("STORYLENS_BENCH_LEAD", "quick") == "quick":
        from storylens.prepare._lead import quick_lead_spans

        return [s.text for s in quick_lead_spans(text, language, n=12)]
    import pysbd

    try:
        seg = pysbd.Segmenter(language=language, clean=False)
    except ValueError:  # pysbd knows no rules for this language
        seg = pysbd.Segmenter(language="en", clean=False)
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line:
            out.extend(s.strip() for s in seg.segment(line) if s.strip())
    return out


def build_features(items: Sequence[dict], embedder, lead: int = 3, entity_chars: int | None = None) -> list[ArticleFeatures]:
    """items: dicts with id, title, text, published (date|None), language. One embed call for all."""
    from threadpoolctl import threadpool_limits

    sents = [split_sentences(it["text"], it.get("language") or "en") for it in items]
    # One BLAS thread: on the shared 2-core machine the default threading made USE
    # ~10x slower (44 vs 4.4 ms/sentence, benchmarks/cluster_scale.py).
    with threadpool_limits(limits=1, user_api="blas"):
        vecs = doc_vectors([(it.get("title"), s) for it, s in zip(items, sents)], embedder, lead=lead)
    out = []
    for it, v in zip(items, vecs):
        text = ((it.get("title") or "") + "\n" + it["text"])
        if entity_chars:
            text = text[:entity_chars]
        out.append(ArticleFeatures(it["id"], v, entity_keys(text, it.get("language")), it.get("published"),
                                   it.get("language"), it.get("outlet")))
    return out


def parse_date(s: str | None) -> date | None:
    return date.fromisoformat(s[:10]) if s else None


def product_features(items: Sequence[dict], embedder) -> tuple[list[ArticleFeatures], int]:
    """items as :func:`build_features` reads them, prepared as the stream's ingest prepares an article: the text
    cleaned (cookie and pay walls, share bars, boilerplate lines removed), its lead segmented and embedded
    (:func:`storylens.stream.prepare.prepare_and_embed`, float16 as every store keeps it) and its entity keys
    read as the commit reads them (:func:`storylens.stream.prepare.document_keys`: a wall page's headline only).
    :func:`build_features` embeds the raw text's first sentences, banners included. An item the ingest refuses
    (no sentences, too little text) keeps its raw-text features, so every dev pair is still scored; returns the
    features and how many items fell back so."""
    from threadpoolctl import threadpool_limits

    from storylens.models import RawDocument
    from storylens.stream.prepare import document_keys, prepare_and_embed, stream_tools

    raws = [(RawDocument(source=it["id"], text=it["text"], metadata={"title": it["title"]} if it.get("title") else {}),
             it["id"]) for it in items]
    with threadpool_limits(limits=1, user_api="blas"):
        outcomes = prepare_and_embed(raws, stream_tools(), embedder)
    refused = [it for it, (doc, _, _) in zip(items, outcomes) if doc is None]
    raw = iter(build_features(refused, embedder)) if refused else iter(())
    out = []
    for it, (doc, vec, _) in zip(items, outcomes):
        if doc is None:
            out.append(next(raw))
            continue
        out.append(ArticleFeatures(it["id"], vec, document_keys(doc), it.get("published"), it.get("language"),
                                   it.get("outlet")))
    return out, len(refused)
