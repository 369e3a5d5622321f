"""Property tests (hypothesis): every reader, on random and mutated inputs, gives records only
(no exception), stores no text that was not in its input and no date that is not ISO.

Deterministic (derandomized) and small here; ``benchmarks/ingest_fuzz.py`` runs thousands of inputs.
"""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ..fuzz_inputs import KINDS, mutate, run_reader, seeds

FUZZ = settings(max_examples=8, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
_names = itertools.count()


def _check(tmp_path, kind: str, data: bytes) -> None:
    path = tmp_path / f"input{next(_names)}{kind}"
    path.write_bytes(data)
    outcome = run_reader(path)
    assert outcome.crash is None, (data[:200], outcome.crash)
    assert not outcome.invented, (data[:200], outcome.invented)
    assert not outcome.bad_dates, outcome.bad_dates


@pytest.mark.parametrize("kind", sorted(KINDS))
@FUZZ
@given(seed=st.integers(0, 2**32 - 1), steps=st.integers(1, 8))
def test_mutated_inputs_give_records_only_and_invent_nothing(tmp_path, kind, seed, steps):
    rng = random.Random(seed)
    _check(tmp_path, kind, mutate(rng.choice(seeds(kind)), rng, steps))


@pytest.mark.parametrize("kind", sorted(KINDS))
@FUZZ
@given(data=st.binary(max_size=600))
def test_random_bytes_give_records_only(tmp_path, kind, data):
    _check(tmp_path, kind, data)


@FUZZ
@given(text=st.text(max_size=300))
def test_any_unicode_text_gives_records_only_and_invents_nothing(tmp_path, text):
    _check(tmp_path, ".txt", text.encode("utf-8"))


def test_the_mutator_changes_inputs():
    rng = random.Random(0)
    data = seeds(".txt")[0]
    assert sum(mutate(data, rng) != data for _ in range(20)) >= 18
