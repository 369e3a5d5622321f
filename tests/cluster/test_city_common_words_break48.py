"""A common word that opens a sentence is no city's case form in the stream's keys (break48 F1), and a Hebrew common
word whose letters are a city's key is no city (break48 F4).

Stop 47 read a capitalised word of a case language (cs, sk, pl, hr, sl, lt, lv, fi, hu, tr) as the city GeoNames
spells in its nominative or a case form, and dropped the word's plain key for the city's: a sentence's first word
was read so too, Czech "Budou" (they will be) Buda, "Musili" (they had to) Mosul, "Měnila" Manila, "Koruna" (the
crown) A Coruña, Polish "Kasa" Kazan, "Marka" Marka; the pair verdict's place reading skips such words
(``similarity._openings._spelled_places``). A city's own forms still read, at a sentence's start too ("Turussa": in Turku,
"Ankara'nın"), and the same words inside a sentence stay what they were. Hebrew "מדינה" (state) read as Medina and
"כפי" (as) as Hefei.
"""

from __future__ import annotations

import pytest

from storylens.cluster import entity_keys
from storylens.cluster._aliases import city_readings
from storylens.similarity import hebrew_places


@pytest.mark.parametrize(("language", "text"), [
    ("cs", "Budou stavět nový most. Musili ho opravit."),
    ("cs", "Měnila se pravidla. Koruna oslabila."),
    ("cs", "Pasta byla hotová. Kázání bylo dlouhé. Břemeno nesl sám."),
    ("pl", "Marka wzrosła. Kasa była pusta. Metro stanęło."),
])
def test_a_common_word_opening_a_sentence_is_no_city(language, text):
    assert city_readings(text, language) == {}
    assert not {k for k in entity_keys(text, language) if k.startswith("@")}


@pytest.mark.parametrize(("language", "text", "city"), [
    ("fi", "Turussa syttyi tulipalo keskiviikkona.", "turku"),
    ("fi", "Tampereen poliisi tiedotti asiasta.", "tampere"),
    ("tr", "Ankara'nın kararı açıklandı.", "ankara"),
    ("hu", "Budapesten tűz ütött ki szerdán.", "budapest"),
    ("cs", "Ve středu v Ostravě vypukl požár.", "ostrava"),
    ("pl", "W Krakowie wybuchł pożar.", "krakow"),
    ("lt", "Vilniuje kilo gaisras.", "vilnius"),
])
def test_a_city_s_case_form_still_reads(language, text, city):
    assert city in city_readings(text, language).values()
    assert "@" + city in entity_keys(text, language)


@pytest.mark.parametrize("text", ["מדינה קטנה הגישה תלונה.", "במדינה נרשמה עלייה.", "כפי שנמסר, שלושה נפצעו."])
def test_a_hebrew_common_word_is_no_city(text):
    assert hebrew_places(text) == {}
    assert not {k for k in entity_keys(text, "he") if k.startswith("@")}


def test_a_hebrew_city_still_reads():
    assert set(hebrew_places("שריפה פרצה בחיפה. ומחיפה הגיעו כוחות.").values()) == {"Haifa"}
