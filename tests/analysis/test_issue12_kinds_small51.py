"""Issue #12 kinds (stop 50, small51): counters, adjectives, "No." answers, revised tolls, surname particles,
weekdays beside agreeing days. Each input is one line; the other inputs are the same kind in other languages."""

import pytest

from storylens.analysis.entities._scripts import _arabic_people
from storylens.analysis.quantities import compare_dates, extract_dates, extract_numbers

from ._docs import speakers_of


def _read(text: str, lang: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit) for q in extract_numbers(text, lang)]


@pytest.mark.parametrize(("text", "expected"), [
    ("超过1200架次航班被取消。", [(1200.0, "flight")]),  # 架次: sorties/flights, not aircraft
    ("出动战机80架次", [(80.0, "flight")]),
    ("有30架飞机受损。", [(30.0, "aircraft")]),
])
def test_zh_sorties_count_flights(text, expected):
    assert _read(text, "zh") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("3 mladí policisté byli zraněni.", [(3.0, "injured")]),
    ("Zraněny byly 3 mladé ženy.", [(3.0, "injured")]),
    ("Zahynuli 2 starší muži.", [(2.0, "killed")]),
])
def test_cs_adjective_before_the_counted_noun(text, expected):
    assert _read(text, "cs") == expected


def test_no_adjective_across_a_figure():
    # "leží" (lies) ends like an adjective; the 12 between it and "zraněných" belongs to the injured
    assert _read("Ve 3 nemocnicích leží 12 zraněných.", "cs")[0] != (3.0, "injured")


@pytest.mark.parametrize(("text", "expected"), [
    ("Were people hurt? No. 3 were killed.", [(3.0, "killed")]),
    ("Was anyone hurt? No. 12 people were injured.", [(12.0, "injured")]),
    ("He wore jersey No. 3 in the final.", []),  # a label stays a label
    ("No. 3 seed Nadal lost.", []),
])
def test_en_no_answering_a_question(text, expected):
    assert _read(text, "en") == expected


def test_de_nein_answer_unchanged():
    assert _read("Gab es Verletzte? Nein. 3 wurden getötet.", "de") == [(3.0, "killed")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Officials revised the death toll down to 3 from 5.", "en"),
    ("Officials revised the death toll from Tuesday's bus crash down to 3 from 5.", "en"),
    ("Die Zahl der Toten wurde von 5 auf 3 korrigiert.", "de"),
    ("Le bilan a été révisé à 3 morts, contre 5 auparavant.", "fr"),
    ("Число погибших пересмотрено с 5 до 3.", "ru"),
    ("El balance de muertos se revisó a la baja, de 5 a 3.", "es"),
])
def test_revised_toll_new_and_former(text, lang):
    found = extract_numbers(text, lang)
    assert sorted((q.value, q.unit, q.running) for q in found) == [(3.0, "killed", True), (5.0, "killed", True)]


def test_change_without_toll_is_no_revision():
    assert [q.unit for q in extract_numbers("Prices rose to 12 from 9 dollars.", "en")] == [None, "USD"]


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ('وقالت رئيسة المفوضية الأوروبية أورسولا فون دير لاين إن "الاتحاد سيدعم أوكرانيا".', "ar", "أورسولا فون دير لاين"),
    ('وقال رئيس الوزراء الهولندي مارك فان دي روته إن "الوضع خطير".', "ar", "مارك فان دي روته"),
    ('وقال ولي العهد محمد بن سلمان إن "المملكة مستعدة".', "ar", "محمد بن سلمان"),
    ("Председатель Еврокомиссии Урсула фон дер Ляйен заявила: «ЕС поддержит Украину».", "ru", "Урсула фон дер Ляйен"),
    ("«Ситуация серьёзная», — сказал Марк ван дер Берг.", "ru", "Марк ван дер Берг"),
    ("Голова Єврокомісії Урсула фон дер Ляєн заявила: «ЄС підтримає Україну».", "uk", "Урсула фон дер Ляєн"),
    ("Президент Сирии Башар аль-Асад заявил: «Мы готовы».", "ru", "Башар аль-Асад"),
    ("«Мы готовы», — заявил Абдель Фаттах ас-Сиси.", "ru", "Абдель Фаттах ас-Сиси"),
])
def test_surname_particles_stay_in_the_speaker(text, lang, speaker):
    assert speakers_of(text, lang) == [speaker]


def test_arabic_person_with_particles():
    assert "أورسولا فون دير لاين" in _arabic_people("وقالت رئيسة المفوضية الأوروبية أورسولا فون دير لاين إن الاتحاد سيدعم أوكرانيا")


_PUB = "2026-11-06"


@pytest.mark.parametrize(("a", "la", "b", "lb", "weekday"), [
    ("4 Kasım 2026 Çarşamba", "tr", "в четверг, 4 ноября", "ru", True),  # one day, two weekdays
    ("4 listopada, w środę", "pl", "Thursday November 4", "en", True),
    ("4 Kasım 2026 Çarşamba", "tr", "в среду, 4 ноября", "ru", False),  # agree
    # the weekday dates another event: not beside the day
    ("On Wednesday, police said the attack of November 4 was planned.", "en", "jeudi 4 novembre", "fr", False),
])
def test_weekday_beside_an_agreeing_day(a, la, b, lb, weekday):
    notes = compare_dates(extract_dates(a, published=_PUB, language=la), extract_dates(b, published=_PUB, language=lb))
    assert any(n.startswith("weekday: ") for n in notes) is weekday
    assert not any(n.startswith("date: ") for n in notes)


def test_weekday_with_differing_days_is_the_date_note():
    notes = compare_dates(extract_dates("4 Kasım 2026 Çarşamba", published=_PUB, language="tr"),
                          extract_dates("в четверг, 5 ноября", published=_PUB, language="ru"))
    assert len(notes) == 1 and notes[0].startswith("date: ") and "Çarşamba" in notes[0] and "в четверг" in notes[0]
