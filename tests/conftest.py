"""Shared fixtures: the real embedding models (loaded once per session), a hashing embedder for
the fast tier, the seeds (inside the repository) and the shared benchmark data (skipped without it).

Test tiers: a test that takes a real model (the ``embedder`` / ``doc_embedder``
fixtures) is marked ``slow`` automatically; ``pytest -m "not slow"`` (``make
test-fast``) runs the rest in seconds. Tests about plumbing use
``hashing_embedder`` instead of a model.
"""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
SEEDS = REPO / "examples" / "seeds"  # the two seed articles ship with the repository
TEST_DATA = Path(__file__).resolve().parent / "data"
MODEL_FIXTURES = frozenset({"embedder", "doc_embedder"})
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
def hashing_embedder():
    from storylens.embed import HashingEmbedder

    return HashingEmbedder()


def pytest_collection_modifyitems(config, items):
    # A test that loads a real model is slow whatever its file says.
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    if not DATA.exists():
        pytest.skip(f"shared data not found at {DATA}")
    return DATA


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    # Tests never touch the user's embedding cache.
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cache"))
