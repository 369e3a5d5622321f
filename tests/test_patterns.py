"""more_patterns_cached: a pattern used early stays compiled while a long run compiles many others."""

from __future__ import annotations

import re

import pytest

from storylens._patterns import PATTERN_CACHE, more_patterns_cached


@pytest.fixture(autouse=True)
def _restore():
    saved = re._MAXCACHE
    yield
    re._MAXCACHE = saved
    re.purge()


def test_an_early_pattern_is_not_compiled_again_after_a_thousand_others():
    re._MAXCACHE = 512  # CPython 3.11's own
    more_patterns_cached()
    assert re._MAXCACHE == PATTERN_CACHE
    re.purge()
    early = re.compile(r"\d[.,]\d(?#ingest69)")
    for i in range(1000):  # the per-language patterns of an ingest: ~1,900 in one process
        re.compile(rf"(?:word{i})\b")
    assert re.compile(r"\d[.,]\d(?#ingest69)") is early  # the cached object: not compiled again


def test_a_larger_cache_is_left_as_it_is():
    re._MAXCACHE = 10 * PATTERN_CACHE
    more_patterns_cached()
    assert re._MAXCACHE == 10 * PATTERN_CACHE
