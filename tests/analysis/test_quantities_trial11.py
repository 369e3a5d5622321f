"""Units of counts misread in the earthquake trial (stop 24, trial 11): nouns a disaster report
counts (buildings, villages, aftershocks …) had no key across languages, so "48 buildings" and
"84 здания" never met; a magnitude, an injured count and "two earthquakes" were read as tolls."""

import pytest

from storylens.analysis.quantities import compare_numbers, differing_numbers, extract_numbers, unit_key


def _keys(text: str, lang: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, unit_key(q.unit, lang)) for q in extract_numbers(text, lang)]


@pytest.mark.parametrize(
    "text, lang, value, key",
    [
        ("At least 37 buildings were destroyed.", "en", 37, "building"),
        ("Mindestens 37 Gebäude wurden zerstört.", "de", 37, "building"),
        ("Au moins 37 bâtiments ont été détruits.", "fr", 37, "building"),
        ("Al menos 37 edificios quedaron destruidos.", "es", 37, "building"),
        ("Разрушены 37 зданий.", "ru", 37, "building"),
        ("Повреждены 3 здания.", "ru", 3, "building"),
        ("En az 37 bina yıkıldı.", "tr", 37, "building"),
        ("至少37栋建筑被毁。", "zh", 37, "building"),
        ("انهار 37 مبنى.", "ar", 37, "building"),
        ("Almeno 37 edifici sono crollati.", "it", 37, "building"),
        ("Zniszczonych zostało 37 budynków.", "pl", 37, "building"),
        ("Rescuers reached 9 villages after 120 aftershocks.", "en", 9, "village"),
        ("Rescuers reached 9 villages after 120 aftershocks.", "en", 120, "aftershock"),
        ("Die Retter erreichten 9 Dörfer.", "de", 9, "village"),
        ("Зарегистрировано 120 афтершоков.", "ru", 120, "aftershock"),
        ("Se registraron 120 réplicas.", "es", 120, "aftershock"),
        ("Dos hospitales y 14 escuelas resultaron dañados.", "es", 14, "school"),
        ("5 hastane hasar gördü.", "tr", 5, "hospital"),
        ("Uszkodzonych zostało 40 pojazdów.", "pl", 40, "vehicle"),
    ],
)
def test_disaster_nouns_are_one_unit_across_languages(text, lang, value, key):
    assert (value, key) in _keys(text, lang)


def test_buildings_in_two_languages_are_compared():
    # "at least 48" and 84 are compatible bounds: a difference a reader sees, not a conflict
    en = extract_numbers("At least 48 buildings collapsed.", "en")
    for other, lang in (("Разрушены 84 здания.", "ru"), ("84 Gebäude stürzten ein.", "de"), ("地震造成84栋建筑倒塌。", "zh")):
        assert differing_numbers(en, extract_numbers(other, lang)) == [("building", "at least 48", "84")]
    assert compare_numbers(extract_numbers("48 buildings collapsed.", "en"),
                           extract_numbers("Разрушены 84 здания.", "ru")) == ["building: 48 vs 84"]


@pytest.mark.parametrize(
    "text, lang, value, key",
    [
        ("Un terremoto de magnitud 6,1 deja al menos doce muertos en el este", "es", 6.1, "magnitude"),
        ("Un terremoto de magnitud 6,1 deja al menos doce muertos en el este", "es", 12, "killed"),
        ("Ein Beben der Stärke 5,9 fordert mindestens acht Tote", "de", 5.9, "magnitude"),
        ("Almeno 9 persone sono morte e circa 200 sono rimaste ferite.", "it", 200, "injured"),
        ("Al menos 9 personas murieron y unas 200 resultaron heridas.", "es", 200, "injured"),
        ("In 2023, three earthquakes killed more than 1,000 people.", "en", 3, "earthquake"),
        ("In 2023, three earthquakes killed more than 1,000 people.", "en", 1000, "killed"),
    ],
)
def test_a_toll_word_belongs_to_its_own_number(text, lang, value, key):
    assert (value, key) in _keys(text, lang)


def test_injured_are_no_difference_in_the_toll():
    # the 300 injured were read as killed: "at least 10" vs "at least 12 / about 300"
    dead = extract_numbers("At least 10 people were killed.", "en")
    both = extract_numbers("Almeno 12 persone sono morte e circa 300 sono rimaste ferite.", "it")
    assert compare_numbers(dead, both) == []
    assert differing_numbers(dead, both) == [("killed", "at least 10", "at least 12")]


@pytest.mark.parametrize(
    "text, lang, value, key",
    [
        ("A magnitude 5.8 earthquake struck the region.", "en", 5.8, "magnitude"),
        ("The quake killed at least 9 people and injured about 200.", "en", 9, "killed"),
        ("The quake, killing at least 9 people and injuring about 200, hit at dawn.", "en", 9, "killed"),
        ("The quake, killing at least 9 people and injuring about 200, hit at dawn.", "en", 200, "injured"),
        ("Погибли 9 человек, около 200 получили ранения.", "ru", 200, "injured"),
        ("地震发生在5.8级地震，目前已造成至少9人死亡、约200人受伤。", "zh", 9, "killed"),
        ("地震发生在5.8级地震，目前已造成至少9人死亡、约200人受伤。", "zh", 200, "injured"),
        ("لقي 9 أشخاص حتفهم وأصيب نحو 200 آخرين.", "ar", 200, "injured"),
    ],
)
def test_each_count_of_a_quake_report_keeps_its_own_measure(text, lang, value, key):
    assert (value, key) in _keys(text, lang)


@pytest.mark.parametrize(
    "text, lang, value",
    [
        ("The flood left 2,000 homeless.", "en", 2000),
        ("L'inondation a fait 2 000 sans-abri.", "fr", 2000),
        ("L'alluvione ha lasciato 2.000 senzatetto.", "it", 2000),
        ("Die Flut hinterließ 3500 Obdachlose.", "de", 3500),
    ],
)
def test_the_homeless_are_counted_with_the_displaced(text, lang, value):
    assert (value, "evacuated") in _keys(text, lang)


def test_an_arabic_singular_wounded_is_injured():
    assert (300, "injured") in _keys("أسفر الزلزال عن 300 جريح.", "ar")


@pytest.mark.parametrize(
    "text, value, key",
    [
        ("أسفر الزلزال عن 300 جريح و12 قتيلا و5 مفقودين.", 12, "killed"),
        ("أسفر الزلزال عن 300 جريح و12 قتيلا و5 مفقودين.", 5, "missing"),
        ("وقتل ١٢ شخصا و٣٠٠ جريح.", 12, "killed"),
        ("وقتل ١٢ شخصا و٣٠٠ جريح.", 300, "injured"),
    ],
)
def test_an_arabic_and_glued_to_a_number_leaves_the_number(text, value, key):
    assert (value, key) in _keys(text, "ar")
