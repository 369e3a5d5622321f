"""Trial 16 #6: Arabic names of three words after a title ("الرئيس التركي رجب طيب أردوغان"), an Arabic
surname written as two words ("علي يرلي كايا" / "يرلي كايا"), and a Chinese spelling that writes an r
before a consonant as 尔 and no silent Turkish ğ (埃尔多安 Erdoğan), each linked to its Latin name.
Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.entities._scripts import _arabic_people
from storylens.text import sound_match

from ._docs import segmented_doc


def _entity_of(entities, form):
    return next((set(e.variants) for e in entities if form in e.variants), set())


@pytest.mark.parametrize("text, name", [
    ("وتعهد الرئيس التركي رجب طيب أردوغان بعدم التخلي عن المتضررين.", "رجب طيب أردوغان"),
    ("وقال وزير الداخلية التركي علي يرلي كايا إن 46 مبنى انهارت.", "علي يرلي كايا"),
    ("وقال رئيس الوزراء الهندي ناريندرا مودي إن البلاد مستعدة.", "ناريندرا مودي"),  # two words stay two
    ("وأكد وزير الخارجية أحمد علي ضرورة الحوار.", "أحمد علي"),  # a noun after the name is not the name's
], ids=["erdogan", "yerlikaya", "two-words", "noun-after"])
def test_an_arabic_name_after_a_title_keeps_its_third_word(text, name):
    assert name in _arabic_people(text)


def test_arabic_and_chinese_spellings_join_the_latin_person(extractor):
    ar = segmented_doc("وقال وزير الداخلية التركي علي يرلي كايا إن 46 مبنى انهارت. وأضاف يرلي كايا إن البحث مستمر. "
                       "وتعهد الرئيس التركي رجب طيب أردوغان بعدم التخلي عن المتضررين.", "ar", "d1")
    zh = segmented_doc("土耳其总统埃尔多安表示，政府不会让任何一位公民独自面对困难。", "zh", "d2")
    de = segmented_doc("Innenminister Ali Yerlikaya sagte, 46 Gebäude seien eingestürzt. "
                       "Präsident Recep Tayyip Erdoğan versprach den Opfern Hilfe.", "de", "d3")
    entities = extractor.extract([ar, zh, de])
    erdogan = _entity_of(entities, "Recep Tayyip Erdoğan")
    assert {"رجب طيب أردوغان", "埃尔多安"} <= erdogan
    assert {"علي يرلي كايا", "يرلي كايا"} <= _entity_of(entities, "Ali Yerlikaya")


@pytest.mark.parametrize("han, latin, same", [
    ("埃尔多安", "Erdoğan", True),  # 尔 writes the r, ğ is silent
    ("默克尔", "Merkel", True),  # the r before k unwritten, as before
    ("埃尔多安", "Erdmann", False),
])
def test_a_chinese_spelling_reads_a_latin_r_either_way(han, latin, same):
    assert bool(sound_match(han, latin)) is same


def test_a_lake_is_a_place_and_not_the_city_it_is_named_after(extractor):
    # trial 16 #11: "Lake Van" a PERSON, "Van" its surname, so the lake took in the city and province
    en = segmented_doc(
        "A magnitude 6.8 earthquake struck Turkey's eastern province of Van before dawn on Tuesday, "
        "killing at least 14 people and injuring 120, the country's disaster management authority AFAD "
        'said.\n\n'
        'The quake hit at 3:17 a.m. local time (0017 GMT) at a depth of 10 km (6 miles), with its '
        'epicentre near the town of Ercis on the northern shore of Lake Van, according to the U.S. '
        'Geological Survey (USGS).\n\n'
        'Interior Minister Ali Yerlikaya said 46 buildings had collapsed in Ercis and in the provincial '
        'capital Van, and that search and rescue teams were working through the rubble.\n\n'
        '"Search and rescue efforts are continuing at 46 collapsed buildings, and we are doing '
        'everything we can to reach people trapped under the debris," Yerlikaya told reporters in Van.\n\n'
        "Schools in Van and neighbouring Bitlis province will stay closed for a week, the governor's "
        'office said.\n\n'
        'Van was hit by a magnitude 7.1 earthquake in October 2011 that killed 644 people.'
        "", "en", "d1")
    entities = extractor.extract([en])
    lake = next(e for e in entities if "Lake Van" in e.variants)
    assert lake.type == "PLACE"
    assert "Van" not in lake.variants
