"""fewer_collections: the collector's thresholds raised for a comparison, then given back as found."""

from __future__ import annotations

import gc
import threading

import pytest

from storylens._gc import THRESHOLDS, fewer_collections


@pytest.fixture(autouse=True)
def _restore():
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)


def test_raised_inside_and_restored_after():
    gc.set_threshold(700, 10, 10)
    with fewer_collections():
        assert gc.get_threshold() == THRESHOLDS
        with fewer_collections():  # nested: one raise
            assert gc.get_threshold() == THRESHOLDS
        assert gc.get_threshold() == THRESHOLDS
    assert gc.get_threshold() == (700, 10, 10)


def test_restored_when_the_comparison_raises():
    gc.set_threshold(700, 10, 10)
    with pytest.raises(ValueError), fewer_collections():
        raise ValueError("a failed comparison")
    assert gc.get_threshold() == (700, 10, 10)


def test_higher_thresholds_and_a_switched_off_collector_are_left_alone():
    gc.set_threshold(100_000, 5, 50)
    with fewer_collections():
        assert gc.get_threshold() == (100_000, 20, 50)  # each raised to at least THRESHOLDS, never lowered
    assert gc.get_threshold() == (100_000, 5, 50)
    gc.set_threshold(0, 10, 10)  # threshold 0: the user switched automatic collection off
    with fewer_collections():
        assert gc.get_threshold() == (0, 10, 10)


def test_concurrent_comparisons_share_one_raise():
    gc.set_threshold(700, 10, 10)
    inside, leave = threading.Event(), threading.Event()

    def other():
        with fewer_collections():
            inside.set()
            leave.wait(5)

    worker = threading.Thread(target=other)
    worker.start()
    inside.wait(5)
    with fewer_collections():
        pass
    assert gc.get_threshold() == THRESHOLDS  # the other comparison still runs
    leave.set()
    worker.join(5)
    assert gc.get_threshold() == (700, 10, 10)
