"""ent44: names across languages that stayed apart (issue #12's known misses), each as a rule of its kind with
inputs of other languages: an Arabic name after a title and a body of several words (رئيس هيئة قناة السويس أسامة
ربيع) and no Arabic comma glued to it; a one-word name of an inflecting language in another case and orthography
(Kamczatki / Kamchatka); one facility in two languages (İstanbul Havalimanı / Istanbul Airport)."""

from __future__ import annotations

import pytest

from storylens.analysis.entities._scripts import _arabic_people

from ._docs import entities_of as _entities
from ._docs import joined as _joined
from ._docs import variants_of as _variants

# ----------------------------------------------------------------------------- Arabic names after a body

@pytest.mark.parametrize(("text", "name"), [
    ("وقال رئيس هيئة قناة السويس أسامة ربيع إن الملاحة منتظمة.", "أسامة ربيع"),
    ("وقال رئيس هيئة الأرصاد الجوية محمود شاهين إن الأمطار ستستمر.", "محمود شاهين"),
    ("وقال رئيس بلدية مودينا جان كارلو موتساريلي إن المدينة مستعدة.", "جان كارلو موتساريلي"),
])
def test_an_arabic_name_after_a_title_and_its_body(text, name) -> None:
    assert name in _arabic_people(text)


def test_no_arabic_comma_glued_to_a_name() -> None:
    found = _arabic_people("وقال الفريق أسامة ربيع، رئيس هيئة قناة السويس، إن الملاحة منتظمة.")
    assert "أسامة ربيع" in found and not any("،" in n for n in found)


def test_an_arabic_name_and_its_latin_spelling() -> None:
    entities = _entities([("ar", ["وقال رئيس هيئة قناة السويس أسامة ربيع إن الملاحة منتظمة."]),
                          ("en", ["Suez Canal Authority chairman Osama Rabie said navigation was normal."])])
    assert _joined(entities, "أسامة ربيع", "Osama Rabie"), _variants(entities)


# ----------------------------------------------------------------------------- another case and orthography

@pytest.mark.parametrize(("docs", "a", "b"), [
    ([("pl", ["Trzęsienie ziemi nawiedziło wschodnie wybrzeże Kamczatki w środę."]),
      ("en", ["An earthquake struck off the east coast of Kamchatka on Wednesday."])], "Kamczatki", "Kamchatka"),
    ([("pl", ["Władze Czukotki ogłosiły żałobę po wypadku."]),
      ("en", ["The authorities of Chukotka declared mourning after the crash."])], "Czukotki", "Chukotka"),
])
def test_a_case_form_in_another_orthography(docs, a, b) -> None:
    entities = _entities(docs)
    assert _joined(entities, a, b), _variants(entities)


def test_one_language_or_another_word_is_no_respelling() -> None:
    same = _entities([("pl", ["Mieszkańcy Kamczatki i Czukotki odczuli wstrząsy."])])
    assert not _joined(same, "Kamczatki", "Czukotki")
    other = _entities([("pl", ["Trzęsienie ziemi nawiedziło Kamczatkę."]),
                       ("en", ["An earthquake struck Chukotka on Wednesday."])])
    assert not _joined(other, "Kamczatkę", "Chukotka"), _variants(other)


# ----------------------------------------------------------------------------- one facility in two languages

@pytest.mark.parametrize(("docs", "a", "b"), [
    ([("tr", ["Uçak İstanbul Havalimanı'na acil iniş yaptı."]),
      ("en", ["The plane made an emergency landing at Istanbul Airport."])], "İstanbul Havalimanı", "Istanbul Airport"),
    ([("fr", ["Le vol a été dévié vers l'Aéroport de Fiumicino."]),
      ("en", ["The flight was diverted to Fiumicino Airport."])], "Aéroport de Fiumicino", "Fiumicino Airport"),
])
def test_one_facility_in_two_languages(docs, a, b) -> None:
    entities = _entities(docs)
    assert _joined(entities, a, b), _variants(entities)


def test_two_facilities_of_two_places_stay_apart() -> None:
    entities = _entities([("tr", ["Uçak İstanbul Havalimanı'ndan kalktı."]),
                          ("en", ["The plane landed at Ankara Airport and then at Izmir Airport."])])
    assert not any("İstanbul Havalimanı" in e.variants and len(e.variants) > 1 for e in entities), _variants(entities)
