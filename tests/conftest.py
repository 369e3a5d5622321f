"""Shared fixtures: the real embedding model (loaded once per session) and the shared data."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
SEEDS = DATA / "seeds"
CNN_SEED = SEEDS / "000_f41a21d6102af561.txt"
FAZ_SEED = SEEDS / "001_b69586f12682ff66.txt"


@pytest.fixture(scope="session")
def embedder():
    from storylens.embed import CachedEmbedder, UseEmbedder

    return CachedEmbedder(UseEmbedder(), None)


@pytest.fixture(scope="session")
def doc_embedder():
    from storylens.embed import CachedEmbedder, E5Embedder

    return CachedEmbedder(E5Embedder(), None)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    if not DATA.exists():
        pytest.skip(f"shared data not found at {DATA}")
    return DATA


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    # Tests never touch the user's embedding cache.
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
