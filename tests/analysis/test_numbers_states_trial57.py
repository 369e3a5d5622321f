"""trial57 numbers and states across languages, read from the text alone (inputs written for the tests).

F22: a closing told by a verbal noun after a decision verb ("قررت السلطات إغلاق الطريق", «a décidé la fermeture
de la route», "beschloss die Sperrung der Straße") said no state, so "the road reopened" beside it was shared;
a site ("the site would reopen", "إغلاق الموقع") was no measure's place. F2: aircraft had no measure key
("planes" / "самолета" / "飞机" were three words), and a Chinese count "2架灭火飞机前往" took "灭火" (extinguish),
the word after the classifier, as its unit instead of the head noun 飞机."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import measure_stance
from storylens.analysis.quantities import extract_numbers, unit_key

_DECIDED_CLOSING = [
    ("ar", "وقررت السلطات إغلاق الطريق أمام حركة السير يوم السبت."),
    ("ar", "أعلنت الحكومة إغلاق المطار حتى إشعار آخر."),
    ("ar", "وقررت سلطة إقليم البترا إغلاق الموقع أمام الزوار يوم السبت."),
    ("fr", "Les autorités ont décidé la fermeture de la route samedi."),
    ("fr", "Le préfet a ordonné la fermeture du pont."),
    ("es", "Las autoridades decidieron el cierre de la carretera el sábado."),
    ("it", "Il prefetto ha ordinato la chiusura della strada."),
    ("pt", "O governo decidiu o fechamento da fronteira."),
    ("de", "Die Behörden beschlossen am Freitag die Sperrung der Straße."),
    ("ru", "Власти приняли решение о закрытии дороги в субботу."),
]


@pytest.mark.parametrize(("lang", "text"), _DECIDED_CLOSING)
def test_a_decided_closing_is_a_closed_state(lang: str, text: str) -> None:
    assert measure_stance(text, lang) == "closed"


@pytest.mark.parametrize(("lang", "text", "stance"), [
    ("en", "The authority said the site would reopen to visitors on Saturday.", "lifted"),
    ("en", "Police sealed off the site of the blast.", "closed"),
    ("ar", "أعلنت الحكومة إعادة فتح المطار", "lifted"),  # the reopening is no closing
])
def test_a_site_is_a_measure_place(lang: str, text: str, stance: str) -> None:
    assert measure_stance(text, lang) == stance


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Investigators were at the site on Monday."),  # a site, no act on it
    ("ar", "قررت الحكومة رفع الرواتب."),  # a decision of something else
    ("fr", "Le conseil a décidé la construction d'une route."),
    ("de", "Die Regierung beschloss die Sanierung der Straße."),
])
def test_no_closing_without_a_closing_noun(lang: str, text: str) -> None:
    assert measure_stance(text, lang) is None


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("zh", "以色列23日派出2架灭火飞机前往塞浦路斯，协助扑灭山火。", 2),
    ("en", "Israel sent three firefighting planes to Cyprus on Wednesday.", 3),
    ("fr", "Israël a envoyé trois avions à Chypre.", 3),
    ("es", "Israel envió dos aviones a Chipre.", 2),
    ("ar", "أرسلت إسرائيل ثلاث طائرات إطفاء إلى قبرص", 3),
    ("ru", "Израиль направил три самолета на Кипр.", 3),
    ("de", "Griechenland schickte zwei Löschflugzeuge.", 2),
])
def test_aircraft_counts_are_one_measure(lang: str, text: str, value: int) -> None:
    found = [(q.value, unit_key(q.unit)) for q in extract_numbers(text, lang)]
    assert (value, "aircraft") in found


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("zh", "约旦派出2架直升机协助灭火。", 2),
    ("en", "Jordan sent two helicopters.", 2),
    ("ru", "Иордания направила два вертолета.", 2),
])
def test_helicopters_are_their_own_measure(lang: str, text: str, value: int) -> None:
    # a helicopter is no plane: "two helicopters" against "three planes" is no conflict (left44's counted objects)
    found = [(q.value, unit_key(q.unit)) for q in extract_numbers(text, lang)]
    assert (value, "helicopter") in found and (value, "aircraft") not in found


def test_zh_head_noun_before_a_verb_counts_only_objects() -> None:
    # a toll's verb after the noun is still the toll: "2艘渔船遇难" counts the lost, as before
    assert [unit_key(q.unit) for q in extract_numbers("2艘渔船遇难", "zh")] == ["killed"]


@pytest.mark.parametrize(("lang", "text", "counts"), [
    ("zh", "截至22时，已造成7人死亡、23人受伤。", [(7, "killed"), (23, "injured")]),  # F15: no count "22 时"
    ("ja", "午後10時現在、7人が死亡した。", [(7, "killed")]),
    ("ko", "오후 3시 현재 2명이 숨졌다.", [(2, "killed")]),
    ("zh", "事故造成3人死亡，救援持续了24小时。", [(3, "killed"), (24, "hour")]),  # a duration stays one
    ("ja", "救助活動は3時間続いた。", [(3, "hour")]),
])
def test_an_hour_of_the_day_is_no_count(lang: str, text: str, counts: list[tuple[int, str]]) -> None:
    assert [(q.value, unit_key(q.unit)) for q in extract_numbers(text, lang)] == counts
