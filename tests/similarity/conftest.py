"""Fixtures of the similarity tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def fast(monkeypatch, hashing_embedder):
    # The fast model on the hashing embedder: the rows' handling is under test, not the scores.
    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: hashing_embedder)
    return hashing_embedder
