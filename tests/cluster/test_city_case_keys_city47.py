"""A city written in a case form or with glued prefixes is the stream's city key, and one city is one key (try46 F0/F2).

try46's reports: two Czech reports of two events in Ostrava (a warehouse fire, a bus crash; "three hurt", "about 40"
firefighters / passengers) joined online on "#40" and "ostrave", the case form "v Ostravě" read as a plain name; two
Ukrainian ones of Kharkiv on "#40", the city key and "kharkovi", the transliterated case form beside it; two Greek ones
of Piraeus on "#40", "@piraeus" and "peiraia". A Hebrew report's "בברנו" (in Brno) and "בנמל חיפה" (in Haifa port)
gave no place key at all, so it never met the English report of its event. Now a case form of a gazetteer city in a
Latin-script case language (cs, sk, pl, hr, sl, lt, lv, fi, hu, tr: text data "place_forms") and a Hebrew word with its
prefixes are the city's key, and a word read as a city is no plain name beside it: one city alone is no key in
common (``_keys_in_common``), while the same city still meets a Latin-script report's name. The texts are try46's.
"""

from __future__ import annotations

import pytest

from storylens.cluster import _keys_in_common, entity_keys

CS_FIRE = ("V Ostravě hořel sklad\n\nVe středu v Ostravě vypukl požár skladu stavebnin. Tři zaměstnanci utrpěli "
           "lehká zranění.\nOheň hasilo asi 40 hasičů, uvedli záchranáři.")
CS_BUS = ("V Ostravě se srazil autobus s osobním autem\n\nVe středu v Ostravě se linkový autobus srazil s osobním "
          "autem. Tři lidé byli zraněni.\nV autobuse jelo asi 40 cestujících, uvedla policie.")
UK_FIRE = ("У Харкові горів склад\n\nУ середу в Харкові спалахнула пожежа на складі будівельних матеріалів. Троє "
           "працівників дістали легкі травми.\nВогонь гасили близько 40 рятувальників.")
UK_BUS = ("У Харкові автобус зіткнувся з легковиком\n\nУ середу в Харкові рейсовий автобус зіткнувся з легковим "
          "автомобілем. Троє людей травмовані.\nВ автобусі їхали близько 40 пасажирів, повідомили в поліції.")
EL_FIRE = ("Πυρκαγιά σε αποθήκη στον Πειραιά\n\nΜεγάλη πυρκαγιά ξέσπασε την Τετάρτη σε αποθήκη στο λιμάνι του "
           "Πειραιά. Τρεις εργαζόμενοι τραυματίστηκαν ελαφρά.\nΠερίπου 40 πυροσβέστες επιχείρησαν για ώρες.")
EL_CRASH = ("Τρεις τραυματίες σε τροχαίο στον Πειραιά\n\nΤρεις άνθρωποι τραυματίστηκαν την Τετάρτη σε τροχαίο μεταξύ "
            "λεωφορείου και αυτοκινήτου στον Πειραιά.\nΣτο λεωφορείο επέβαιναν περίπου 40 επιβάτες.")
HE_FIRE = ("שריפה פרצה במחסן בנמל חיפה\n\nשריפה גדולה פרצה ביום רביעי במחסן בנמל חיפה. שלושה עובדים נפצעו קל.\n"
           "כ-40 לוחמי אש פעלו במקום במשך שעות.")
HE_CRASH = ("שלושה פצועים בתאונת דרכים בחיפה\n\nשלושה בני אדם נפצעו ביום רביעי בתאונת דרכים בחיפה.\n"
            "כ-40 נוסעים היו באוטובוס.")
EN_FIRE = ("Fire breaks out at warehouse in Haifa port\n\nA large fire broke out at a warehouse in Haifa port on "
           "Wednesday. Three workers were lightly injured.\nAbout 40 firefighters battled the blaze for hours.")
HE_BRNO = "שלושה הרוגים בפיצוץ גז בברנו\n\nשלושה בני אדם נהרגו בפיצוץ גז בבניין מגורים בברנו שבצ'כיה."
EN_BRNO = "Gas blast kills three in Czech city of Brno\n\nThree people were killed in a gas blast in Brno on Tuesday."


def _shared(a: tuple[str, str], b: tuple[str, str]) -> list[str]:
    ka, kb = entity_keys(a[1], a[0]), entity_keys(b[1], b[0])
    return _keys_in_common(ka, kb, 2)[2]


@pytest.mark.parametrize(("a", "b"), [
    (("cs", CS_FIRE), ("cs", CS_BUS)),
    (("uk", UK_FIRE), ("uk", UK_BUS)),
    (("el", EL_FIRE), ("el", EL_CRASH)),
    (("he", HE_FIRE), ("he", HE_CRASH)),
])
def test_two_events_in_one_city_share_no_key(a, b):
    # one city and a small count: no key in common, however the city is written
    assert _shared(a, b) == []


@pytest.mark.parametrize(("lang", "text", "city", "gone"), [
    ("cs", CS_FIRE, "@ostrava", "ostrave"),
    ("uk", UK_FIRE, "@kharkiv", "kharkovi"),
    ("el", EL_FIRE, "@piraeus", "peiraia"),
])
def test_a_city_read_from_a_word_is_not_its_plain_key_too(lang, text, city, gone):
    keys = entity_keys(text, lang)
    assert city in keys and gone not in keys


@pytest.mark.parametrize(("lang", "text", "city"), [
    ("cs", "Policie v Brně a v Praze uvedla, že nikdo nezemřel.", {"@brno", "@prague"}),
    ("pl", "Policja w Krakowie i w Łodzi poinformowała, że nikt nie zginął.", {"@krakow", "@lodz"}),
    ("tr", "Polis İstanbul'da ve Ankara'nın merkezinde açıklama yaptı.", {"@istanbul", "@ankara"}),
    ("fi", "Poliisi kertoi Helsingissä ja Tampereella, että kukaan ei kuollut.", {"@helsinki", "@tampere"}),
    ("hu", "A rendőrség szerint Budapesten és Debrecenben senki sem halt meg.", {"@budapest", "@debrecen"}),
    ("he", HE_BRNO, {"@brno"}),
    ("he", HE_FIRE, {"@haifa"}),
])
def test_case_forms_and_prefixed_words_are_city_keys(lang, text, city):
    assert city <= entity_keys(text, lang)


def test_the_city_still_meets_a_latin_reports_name():
    # he fire / en fire of one Haifa event, he / en Brno: the city is met as the English report's name
    assert set(_shared(("he", HE_FIRE), ("en", EN_FIRE))) == {"#40", "haifa"}
    assert "brno" in _shared(("he", HE_BRNO), ("en", EN_BRNO))
    assert "krakow" in _shared(("pl", "Policja w Krakowie poinformowała."), ("en", "Police in Krakow said."))


def test_a_given_name_or_a_language_without_case_data_gives_no_city_key():
    # "Ivo" is a given name (GeoNames also spells Iwo, Nigeria so); English and German keep their plain keys
    assert not any(k.startswith("@") for k in entity_keys("Podle mluvčího Ivo Nováka nikdo nezemřel.", "cs"))
    assert entity_keys("Police in Berlin and Brno said.", "en") >= {"berlin", "brno"}
    assert not any(k.startswith("@") for k in entity_keys("Die Polizei in Brno und Ostrava teilte mit.", "de"))
