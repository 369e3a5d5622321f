""""Kept rates unchanged" says what "did not change the rates" says (final32 #1: a false polarity conflict
"d1 affirms, d2 denies" against German "nicht verändert", Russian "не стал менять", Chinese "维持利率不变"):
the privative adjective is a negative meaning of its language (text data ``negative_meaning``)."""

from __future__ import annotations

import pytest

from storylens.analysis import conflicts

EN = "The European Central Bank kept interest rates unchanged on Thursday."


@pytest.mark.parametrize(("a", "la", "b", "lb"), [
    (EN, "en", "Die Europäische Zentralbank hat die Leitzinsen am Donnerstag nicht verändert.", "de"),
    (EN, "en", "Европейский центробанк в четверг не стал менять процентные ставки.", "ru"),
    (EN, "en", "欧洲央行周四维持利率不变。", "zh"),
    ("Die EZB hat die Leitzinsen unverändert gelassen.", "de", "The ECB did not change interest rates.", "en"),
    ("La BCE a laissé ses taux inchangés jeudi.", "fr", "The ECB did not change interest rates on Thursday.", "en"),
    ("La BCE ha lasciato i tassi invariati.", "it", "Die EZB hat die Zinsen nicht verändert.", "de"),
])
def test_unchanged_agrees_with_a_negated_change(a, la, b, lb):
    assert conflicts.polarity(a, la, b, lb) is None


def test_a_change_against_no_change_still_disagrees():
    assert conflicts.polarity("The ECB changed interest rates on Thursday.", "en",
                              "Die EZB hat die Leitzinsen am Donnerstag nicht verändert.", "de") is not None
