"""Whole articles of tester break66d (stop 66) on dates66's readings: two outlets' reports of one event, published
the same Wednesday (2026-12-02), one giving a weekday and the other the date it names. No date conflict is right.

C9: "with the treaty signed on Monday" after a future is the coming Monday (break66d M1; dates66 read the last one
and set it against "December 7", and "this week" against it once that Monday was left undated)."""

from __future__ import annotations

import pytest

from ._probes import conflicts_of_articles

_PUBLISHED = "2026-12-02"
_FIRST = ("The deal will be finalised this week, with the treaty signed on Monday in Brussels. The agreement cuts "
          "tariffs on cars and farm goods. Both parliaments must still ratify it. Negotiations lasted seven years.")
_SECOND = ("The treaty will be signed on December 7 in Brussels, officials said. The agreement cuts tariffs on cars and "
           "farm goods. Both parliaments must still ratify it. Negotiations lasted seven years.")
_PAIRS = {"C9": (_FIRST, _SECOND)}


@pytest.fixture(scope="module")
def comparer(embedder):
    from storylens.report.compare import Comparer

    return Comparer(embedder=embedder)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(_PAIRS))
def test_a_weekday_and_the_date_it_names_are_no_conflict(comparer, name):
    probe = {"id": name, "documents": [
        {"language": "en", "published": _PUBLISHED, "outlet": outlet, "title": "The treaty", "text": text}
        for outlet, text in zip(("Outlet A", "Outlet B"), _PAIRS[name], strict=True)]}
    dated = [c for c in conflicts_of_articles(comparer, probe) if "date" in c]
    assert not dated, dated
