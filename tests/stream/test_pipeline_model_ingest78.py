"""benchmarks/_lib/pipeline.py: the structural model of `storylens ingest --workers N` that ingest_cpu.py projects a
run's main / worker CPU split with (ingest78)."""

from __future__ import annotations

import sys

import pytest

from tests._bench import BENCH

sys.path.insert(0, str(BENCH))

from _lib.pipeline import pipeline_rate


@pytest.mark.parametrize("share", ["fair", "main"])
@pytest.mark.parametrize(("main_ms", "worker_ms"), [(7.8, 13.2), (2.0, 13.0), (12.0, 4.0)])
def test_the_cores_busy_are_the_cpu_spent_over_the_time_taken(main_ms, worker_ms, share):
    rate, cores = pipeline_rate(main_ms, worker_ms, share=share)
    assert cores == pytest.approx(rate * (main_ms + worker_ms) / 1000, rel=1e-6)
    assert cores <= 2 + 1e-9


def test_a_run_bound_by_one_side_goes_at_that_sides_rate():
    # the workers the bound: two cores for 10 CPU-ms an article (less the first batch, which no commit overlaps)
    assert pipeline_rate(0.01, 10.0, articles=3200)[0] == pytest.approx(200, rel=0.02)
    # the ingesting process the bound, given a core of its own: 10 CPU-ms an article on one core
    assert pipeline_rate(10.0, 1.0, articles=3200, share="main")[0] == pytest.approx(100, rel=0.02)


def test_equal_shares_leave_a_core_idle_where_the_ingesting_process_needs_more_than_its_share():
    """Stop 76's split (main 7.8, workers 13.2 CPU-ms an article): 3 processes on 2 cores give the ingesting process
    2/3 of a core while the workers run, so the batches ahead fill and the workers wait for it (measured there: 93
    articles/s, 1.85 cores busy); with that process first both cores stay busy."""
    fair, fair_cores = pipeline_rate(7.8, 13.2)
    first, first_cores = pipeline_rate(7.8, 13.2, share="main")
    assert fair_cores < 1.9
    assert first_cores > 1.98
    assert fair < first < 2000 / (7.8 + 13.2)
    # a split the equal shares already balance (the ingesting process under a third of the CPU) loses nothing
    assert pipeline_rate(6.0, 14.0)[1] > 1.97
