"""trial64 F13: a conflict shown for one pair only. Reuters' "forcing the evacuation of 250 people" counted "people"
(the noun of the act before the count was not read), and its headline's "hundreds evacuated" made the report give
two figures, so its 250 never met the Ukrainian report's "евакуювали 200 людей" in another claim: "evacuated: 250
vs 200" was shown for PAP/Pravda only. A noun of an act done to people before a count says what it counts (text
data "count_nouns"); a word for a range that holds a report's one exact figure is no second figure; every counted
measure of an event (evacuated, rescued, arrested too) is compared across claims. Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers
from storylens.models import Document
from storylens.report.pipeline import _Measures, _unmet_tolls

from ._docs import claim_of, titled_doc


@pytest.mark.parametrize("text, lang, unit", [
    ("A fire destroyed the hall, forcing the evacuation of 250 people, firefighters said.", "en", "evacuated"),
    ("Les pompiers ont procédé à l'évacuation de 250 personnes.", "fr", "evacuated"),
    ("Die Feuerwehr ordnete die Evakuierung von 250 Menschen an.", "de", "evacuated"),
    ("Las autoridades ordenaron la evacuación de unas 250 personas.", "es", "evacuated"),
    ("Straż przeprowadziła ewakuację 250 osób.", "pl", "evacuated"),
    ("Власти объявили эвакуацию 250 человек.", "ru", "evacuated"),
    ("Police announced the arrest of 3 people.", "en", "arrested"),
    ("The rescue of 12 miners took two days.", "en", "rescued"),
], ids=["en", "fr", "de", "es", "pl", "ru", "en-arrest", "en-rescue"])
def test_a_noun_of_an_act_before_a_count_says_what_it_counts(text, lang, unit):
    assert extract_numbers(text, lang)[0].unit == unit


@pytest.mark.parametrize("text", [
    "After the evacuation, 250 people returned home.",  # another clause
    "Officials opened an evacuation centre for 250 people.",  # a noun of content between
])
def test_a_noun_of_an_act_that_does_not_govern_the_count_says_nothing(text):
    assert extract_numbers(text, "en")[-1].unit == "people"


def _doc(doc_id: str, lang: str, sentences: list[str], published: str = "2026-11-08") -> Document:
    return titled_doc(doc_id, lang, sentences, published)


_claim = claim_of


_EN = ["Fire destroys Warsaw market hall, hundreds evacuated",
       "A fire destroyed a market hall in Warsaw overnight, forcing the evacuation of 250 people, firefighters said.",
       "No one was killed."]


@pytest.mark.parametrize("lang, other", [
    ("uk", ["У Варшаві згорів торговий центр", "У ніч на неділю у Варшаві згорів торговий центр.",
            "З будівлі евакуювали 200 людей, ніхто не загинув."]),
    ("de", ["Markthalle in Warschau abgebrannt", "In der Nacht brannte in Warschau eine Markthalle ab.",
            "200 Menschen wurden evakuiert, niemand kam ums Leben."]),
], ids=["uk", "de"])
def test_an_evacuated_count_that_never_meets_the_other_is_a_conflict(lang, other):
    en, xx = _doc("d1", "en", _EN), _doc("d2", lang, other)
    # the aligner's pairing of trial64 F13: the English lead with the other's lead, its toll with the other's zero
    claims = [_claim("c1", (en, 0), (xx, 0)), _claim("c2", (en, 1), (xx, 1)), _claim("c3", (en, 2), (xx, 2))]
    out = _unmet_tolls(claims, [en, xx], _Measures({"d1": en.published, "d2": xx.published}), {"d1": 0, "d2": 0})
    conflicting = [c for c in out if c.status == "conflicting"]
    assert len(conflicting) == 1 and "evacuated: 250 vs 200" in (conflicting[0].conflict or "")


def test_a_word_for_a_range_that_does_not_hold_the_figure_is_a_second_figure():
    # "dozens evacuated" (24-99) and 250: the report gives two figures, none is set against another report's
    en = _doc("d1", "en", ["Fire destroys Warsaw market hall, dozens evacuated", _EN[1], _EN[2]])
    xx = _doc("d2", "uk", ["У Варшаві згорів торговий центр", "У ніч на неділю у Варшаві згорів торговий центр.",
                           "З будівлі евакуювали 200 людей, ніхто не загинув."])
    claims = [_claim("c1", (en, 0), (xx, 0)), _claim("c2", (en, 1), (xx, 1)), _claim("c3", (en, 2), (xx, 2))]
    out = _unmet_tolls(claims, [en, xx], _Measures({"d1": en.published, "d2": xx.published}), {"d1": 0, "d2": 0})
    assert out == claims
