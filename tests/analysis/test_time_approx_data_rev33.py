"""rev33: the approximators written after a clock time ("2时47分左右", "02.47 sularında") were a pattern in
code; now each language's text data ("local_time" "approx_after"), the same words."""

from __future__ import annotations

import pytest

from storylens.analysis import quantities
from storylens.analysis.quantities import _clock
from storylens.text import LANGUAGES, profile


@pytest.mark.parametrize(("lang", "approx", "exact"), [
    ("zh", "当地时间2时47分左右发生地震。", "当地时间2时47分发生地震。"),
    ("zh", "当地时间3时47分前后发生地震。", "当地时间3时47分发生地震。"),
    ("zh", "当地时间凌晨1时05分左右，震中附近停电。", "当地时间凌晨1时05分，震中附近停电。"),
])
def test_an_approximator_after_a_local_time_makes_it_inexact(lang, approx, exact):
    assert quantities.time_local(exact, lang) == (True,)
    assert quantities.time_local(approx, lang) == (False,)


def test_the_after_approximators_are_the_data_files():
    words = {w for lg in LANGUAGES for w in profile(lg).local_time_approx_after}
    assert {"左右", "前后", "sularında"} <= words
    assert all(_clock._TIME_APPROX_AFTER.match(" " + w) for w in words)
