"""Things a report counts that each language names its own way (text data "counted_objects": tugboats, helicopters,
ambulances, drones) are one measure across languages: their counts are compared and judged like a toll's.

trial55/56 p5: «إن ثماني قاطرات شاركت في عملية التعويم» / "Six tugboats took part in the operation" / « huit
remorqueurs ont participé à l'opération » was a shared claim with "قاطرات: 8 vs 6 (not judged: two languages' nouns,
maybe two things)": two nouns no measure knew, which per-word vectors cannot tell from other ships ("tugboats" is
nearer "navires" than "remorqueurs" under USE)."""

from __future__ import annotations

import pytest

from storylens.analysis import quantities
from storylens.analysis.claims import Unit
from storylens.report.pipeline import _Measures

EN_TUGS = "Six tugboats took part in the operation, Rabiee said."

EIGHT_TUGS = [
    ("وقال الفريق أسامة ربيع، رئيس هيئة قناة السويس، إن ثماني قاطرات شاركت في عملية التعويم.", "ar"),
    ("Selon son président, Oussama Rabie, huit remorqueurs ont participé à l'opération.", "fr"),
    ("Acht Schlepper waren an dem Einsatz beteiligt.", "de"),
    ("En la operación participaron ocho remolcadores.", "es"),
    ("All'operazione hanno partecipato otto rimorchiatori.", "it"),
    ("W operacji wzięło udział osiem holowników.", "pl"),
    ("В операции участвовали восемь буксиров.", "ru"),
    ("В операції брали участь вісім буксирів.", "uk"),
    ("Operasyona sekiz römorkör katıldı.", "tr"),
    ("共有8艘拖船参与了救援行动。", "zh"),
]


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s1", text, 0, len(text), lang)


def _measures() -> _Measures:
    return _Measures({"d1": "2024-03-12", "d2": "2024-03-12"})


@pytest.mark.parametrize(("text", "lang"), EIGHT_TUGS)
def test_tugboats_in_every_language_are_one_measure(text, lang):
    (count,) = [q for q in quantities.extract_numbers(text, lang) if q.value is not None]
    assert (count.value, quantities.unit_key(count.unit)) == (8, "tugboat")


@pytest.mark.parametrize(("text", "lang"), EIGHT_TUGS)
def test_two_counts_of_tugboats_in_two_languages_conflict(text, lang):
    a, b = _unit("d1", EN_TUGS, "en"), _unit("d2", text, lang)
    measures = _measures()
    assert measures.measure_conflicts(a, b) == ["tugboat: 6 vs 8"]
    assert measures.noun_differences(a, b) == []  # judged: no "maybe two things" note


@pytest.mark.parametrize(("text", "lang"), [
    ("Huit remorqueurs ont participé à l'opération.", "fr"),
    ("В операции участвовали шесть буксиров.", "ru"),
])
def test_the_same_count_of_tugboats_agrees(text, lang):
    a = _unit("d1", "Eight tugboats took part in the operation." if lang == "fr" else EN_TUGS, "en")
    assert _measures().measure_conflicts(a, _unit("d2", text, lang)) == []


@pytest.mark.parametrize(("a", "la", "b", "lb", "line"), [
    ("Firefighters used 12 helicopters.", "en", "Пожарные задействовали 10 вертолетов.", "ru", "helicopter: 12 vs 10"),
    ("Die Feuerwehr setzte zwölf Hubschrauber ein.", "de", "Los bomberos usaron diez helicópteros.", "es",
     "helicopter: 12 vs 10"),
    ("Twenty ambulances were sent to the scene.", "en", "Na miejsce wysłano 15 karetek.", "pl", "ambulance: 20 vs 15"),
    ("Russia launched 40 drones overnight.", "en", "Росія запустила вночі 35 дронів.", "uk", "drone: 40 vs 35"),
    ("Firefighters used 12 helicopters.", "en", "消防部门共出动10架直升机。", "zh", "helicopter: 12 vs 10"),
    ("Twenty ambulances were sent to the scene.", "en", "现场派出了15辆救护车。", "zh", "ambulance: 20 vs 15"),
])
def test_other_counted_objects_conflict_across_languages(a, la, b, lb, line):
    assert _measures().measure_conflicts(_unit("d1", a, la), _unit("d2", b, lb)) == [line]


@pytest.mark.parametrize(("text", "lang"), [
    ("Six navires ont participé à l'opération.", "fr"),  # ships are not tugboats
    ("Sechs Schiffe nahmen an der Aktion teil.", "de"),
])
def test_another_thing_is_not_compared_with_tugboats(text, lang):
    a, b = _unit("d1", "Eight tugboats took part in the operation.", "en"), _unit("d2", text, lang)
    assert _measures().measure_conflicts(a, b) == []
