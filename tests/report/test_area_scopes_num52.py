"""break50 N11 and N4 (num52): a district's count against the city's total or another district's, and a figure both
reports state in one sentence of one and two of the other.

N11: "In the Kadikoy district, 250 people were evacuated" / "900 people were evacuated across the city" was a conflict,
and so were two districts' counts ("In the Uskudar district alone, 300 …"). One district's two counts still conflict.
N4: "… passera à 1 426 euros … Cela représente une hausse de 2 %" / "… will rise to 1,462 euros …, an increase of 2%":
the two-kinds veto left the 2 % both state as only the French report's. Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import AlignedPair, Unit, _both_kinds_elsewhere, _components, _two_kinds_of_figures
from storylens.analysis.quantities import count_scope, scopes_apart
from storylens.models import NOT_JUDGED, Document
from storylens.report.pipeline import _AnchoredFigures, _claim_wide_figures, _Measures, _unmet_tolls

from ._docs import claim_of, titled_doc


def _unit(doc: str, n: int, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s{n}", text, 0, len(text), lang)


def _check(a: tuple[str, str], b: tuple[str, str]) -> list[list[str]]:
    m = _Measures({"d1": "2026-11-04", "d2": "2026-11-04"},
                  sentences={"d1": (("d1:s0", a[1], a[0]),), "d2": (("d2:s0", b[1], b[0]),)})
    ua, ub = _unit("d1", 0, a[1], a[0]), _unit("d2", 0, b[1], b[0])
    return [check(ua, ub) for check in (m.measure_conflicts, _AnchoredFigures(m))]


_CITY = ("en", "Heavy rain flooded homes across Istanbul, and 900 people were evacuated across the city.")


@pytest.mark.parametrize("district, city", [
    (("en", "In the Kadikoy district, 250 people were evacuated from flooded ground floors."), _CITY),
    (("tr", "Kadıköy ilçesinde 250 kişi tahliye edildi."), ("tr", "İstanbul genelinde 900 kişi tahliye edildi.")),
    (("de", "Im Stadtteil Kadıköy wurden 250 Menschen evakuiert."), ("fr", "900 personnes ont été évacuées dans toute la ville.")),
    (("es", "En el distrito de Kadıköy, 250 personas fueron evacuadas."), ("ru", "По всему городу эвакуировали 900 человек.")),
    (("en", "In the Kadikoy district alone, 250 people were evacuated."), ("en", "In the Uskudar district alone, 300 people were evacuated.")),
    (("de", "Im Stadtteil Kadıköy wurden 250 Menschen evakuiert."), ("es", "En el distrito de Üsküdar, 300 personas fueron evacuadas.")),
], ids=["en-city", "tr-city", "de-fr-city", "es-ru-city", "en-two-districts-alone", "de-es-two-districts"])
def test_a_districts_count_is_no_conflict_with_the_citys_or_another_districts(district, city):
    assert scopes_apart(count_scope(district[1], district[0]), count_scope(city[1], city[0]))
    assert _check(district, city) == [[], []]


@pytest.mark.parametrize("a, b", [
    (("en", "In the Kadikoy district, 250 people were evacuated."), ("en", "In the Kadikoy district, 300 people were evacuated.")),
    (("tr", "Kadıköy ilçesinde 250 kişi tahliye edildi."), ("ru", "В районе Кадыкёй эвакуировали 300 человек.")),
    (("en", "In the Kadikoy district, 250 people were evacuated."), ("en", "300 people were evacuated.")),
], ids=["one-district", "one-district-two-scripts", "district-against-unscoped"])
def test_one_districts_two_counts_still_conflict(a, b):
    assert not scopes_apart(count_scope(a[1], a[0]), count_scope(b[1], b[0]))
    assert _check(a, b)[0] == ["evacuated: 250 vs 300"]


def test_no_area_in_a_common_noun_before_district():
    assert count_scope("Heavy rain in the flooded district killed 3.", "en") is None


def test_a_sentence_of_both_kinds_joins_the_two_sentences_of_the_other_report():
    fr = _unit("d1", 1, "Le salaire minimum passera à 1 426 euros nets par mois au 1er janvier.", "fr")
    fr2 = _unit("d1", 2, "Cela représente une hausse de 2 % sur un an.", "fr")
    en = _unit("d2", 1, "France's minimum wage will rise to 1,462 euros net a month, an increase of 2% on the year.", "en")
    pairs = [AlignedPair(fr, en, 0.70, 1.09, 0.0), AlignedPair(fr2, en, 0.60, 1.0, 0.0)]
    assert sorted(_components([fr, fr2, en], pairs, 0.5, _two_kinds_of_figures, joined_anyway=_both_kinds_elsewhere)) == [[0, 1, 2]]
    assert sorted(_components([fr, fr2, en], pairs, 0.5, _two_kinds_of_figures)) == [[0, 2], [1]]  # the veto alone
    # another report's sentence of one kind only still keeps them apart (trial64 F8)
    money = _unit("d2", 1, "France's minimum wage will rise to 1,462 euros net a month.", "en")
    pairs = [AlignedPair(fr, money, 0.70, 1.09, 0.0), AlignedPair(fr2, money, 0.60, 1.0, 0.0)]
    assert sorted(_components([fr, fr2, money], pairs, 0.5, _two_kinds_of_figures,
                              joined_anyway=_both_kinds_elsewhere)) == [[0, 2], [1]]


def _docs_measures(*docs: Document) -> _Measures:
    return _Measures({d.id: d.published for d in docs},
                     sentences={d.id: tuple((s.id, s.text, d.language) for s in d.sentences) for d in docs})


@pytest.mark.parametrize("other, shown", [
    (("en", "In the Uskudar district, 300 people were evacuated from flooded ground floors."), False),
    (("en", "In the Kadikoy district, 300 people were evacuated from flooded ground floors."), True),
])
def test_a_claim_wide_difference_of_two_districts_is_not_shown(other, shown):
    head = "Heavy rain flooded homes across Istanbul on Wednesday."
    d1 = titled_doc("d1", "en", [head, "In the Kadikoy district, 250 people were evacuated from flooded ground floors."],
                    "2026-11-04")
    d2 = titled_doc("d2", other[0], [head, other[1]], "2026-11-04")
    out = _claim_wide_figures(claim_of("c1", (d1, 0), (d1, 1), (d2, 0), (d2, 1)), [d1, d2], _docs_measures(d1, d2))
    assert (out.differs == f"evacuated: 250 vs 300 {NOT_JUDGED}") if shown else out.differs is None


def test_an_unmet_district_toll_against_the_citys_is_no_conflict():
    """break50 N11: the district's 250 (a claim of its own) and the city's 900 met as unmet tolls: "evacuated: 250 vs 900"."""
    d1 = titled_doc("d1", "en", ["Heavy rain flooded homes across Istanbul on Wednesday.",
                                 "In the Kadikoy district, 250 people were evacuated from flooded ground floors."], "2026-11-04")
    d2 = titled_doc("d2", "en", ["Heavy rain flooded homes across Istanbul on Wednesday.",
                                 "900 people were evacuated across the city, the disaster agency said."], "2026-11-04")
    claims = [claim_of("c1", (d1, 0), (d2, 0), (d2, 1)), claim_of("c2", (d1, 1))]
    assert _unmet_tolls(claims, [d1, d2], _docs_measures(d1, d2), {"d1": 0, "d2": 0}) == claims
