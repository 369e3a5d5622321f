"""Trial 16 #6: Arabic names of three words after a title ("الرئيس التركي رجب طيب أردوغان"), an Arabic
surname written as two words ("علي يرلي كايا" / "يرلي كايا"), and a Chinese spelling that writes an r
before a consonant as 尔 and no silent Turkish ğ (埃尔多安 Erdoğan), each linked to its Latin name.
Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.entities import EntityExtractor, _arabic_people
from storylens.text import sound_match

from ._docs import segmented_doc


@pytest.fixture(scope="module")
def extractor():
    return EntityExtractor()


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
