"""The analysis runs with one BLAS thread and gives the process its thread count back afterwards."""

from __future__ import annotations

from contextlib import ExitStack

import pytest

threadpoolctl = pytest.importorskip("threadpoolctl")


def _blas_threads() -> list[int]:
    return [i["num_threads"] for i in threadpoolctl.threadpool_info() if i["user_api"] == "blas"]


def test_one_thread_inside_overlapping_comparisons_and_the_original_count_after():
    from storylens.embed import HashingEmbedder
    from storylens.report.pipeline import Components

    if not _blas_threads():
        pytest.skip("numpy has no BLAS threadpool here")
    with threadpoolctl.threadpool_limits(limits=2, user_api="blas"):
        outer = _blas_threads()
        a, b = Components(HashingEmbedder()), Components(HashingEmbedder())
        seen = []
        with ExitStack() as stack:
            stack.enter_context(a.one_blas_thread())
            seen.append(_blas_threads())
            second = ExitStack()
            second.enter_context(b.one_blas_thread())  # a second comparison starts ...
            seen.append(_blas_threads())
            stack.close()  # ... and the first ends before it: the second still has one thread
            seen.append(_blas_threads())
            second.close()
        assert seen == [[1] * len(outer)] * 3
        assert _blas_threads() == outer  # the last one out restores what the first found
