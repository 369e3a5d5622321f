"""The documents table's authors cell (trial55 F11: a desk byline with a reporting credit showed
" (+ Christoph Steitz)", an empty author before the contributor)."""

from storylens.report import _byline


def test_contributors_alone_when_no_author():
    assert _byline((), ("Christoph Steitz",)) == "Christoph Steitz"


def test_contributors_after_authors():
    assert _byline(("Maya Chen",), ("Ahmed Fahmy", "Aidan Lewis")) == "Maya Chen (+ Ahmed Fahmy, Aidan Lewis)"


def test_nobody():
    assert _byline((), ()) == ""
