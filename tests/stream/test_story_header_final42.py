"""The story header's dates (final42 P2): a story whose articles have no date read "10 articles, ? to ?."."""

from __future__ import annotations

import pytest

from storylens.stream.render import _span


@pytest.mark.parametrize(("first", "last", "shown"), [
    (None, None, "undated"),
    ("2026-11-02", "2026-11-04", "2026-11-02 to 2026-11-04"),
    ("2026-11-02", "2026-11-02", "2026-11-02"),
    ("2026-11-02", None, "2026-11-02"),
])
def test_the_story_header_gives_its_dates_or_says_undated(first, last, shown):
    assert _span(first, last) == shown
