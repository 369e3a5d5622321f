"""Two lists of figures that agree on one item: the other figures are other items, not a changed figure (stop 37,
xl25: the ledger gold's pl-en Eurostat pair showed "%: 13,5 / 12,9 / 12,2 vs 6.1", a false conflict, for a Polish
list of four countries' rates against a cut English sentence giving Romania's and one other rate)."""

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers


def _conflicts(a: str, la: str, b: str, lb: str) -> list[str]:
    return compare_numbers(extract_numbers(a, la), extract_numbers(b, lb))


@pytest.mark.parametrize("a, la, b, lb", [
    (("Najwyższy wskaźnik odnotowano w Rumunii (15,3 proc.), Luksemburgu (13,5 proc.), Hiszpanii (12,9 proc.) "
      "i we Włoszech (12,2 proc.)."), "pl",
     "Workers are most at risk of poverty in Romania (15.3%), while for open-ended contracts it was 6.1%.", "en"),
    ("La tasa más alta se registró en Rumanía (15,3%), Luxemburgo (13,5%) y España (12,9%).", "es",
     "The rate was highest in Romania (15.3%); for permanent contracts it was 6.1%.", "en"),
    ("Am höchsten war die Quote in Rumänien (15,3 Prozent), Luxemburg (13,5 Prozent) und Spanien (12,9 Prozent).",
     "de", "Romania had the highest rate (15.3%), and permanent staff 6.1%.", "en"),
])
def test_a_list_agreeing_on_one_item_is_no_conflict(a, la, b, lb):
    assert _conflicts(a, la, b, lb) == []


@pytest.mark.parametrize("a, la, b, lb, conflict", [
    ("The party won 89 seats with 28.4% and the other 78 seats.", "en",
     "Die Partei gewann 91 Sitze mit 28,2 Prozent, die andere 78 Sitze.", "de", "seat: 89 vs 91"),
    ("Inflacja wyniosła 2,1 proc. w maju i 2,5 proc. w czerwcu.", "pl",
     "Inflation was 2.1% in May and 3.0% in June.", "en", "%: 2,5 vs 3.0"),
    ("Zginęły trzy osoby.", "pl", "Five people were killed.", "en", None),
])
def test_a_changed_figure_beside_a_shared_one_still_conflicts(a, la, b, lb, conflict):
    out = _conflicts(a, la, b, lb)
    assert out and (conflict is None or conflict in out)
