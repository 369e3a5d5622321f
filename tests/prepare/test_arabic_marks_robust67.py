"""robust67 MEDIUM (Arabic): a month name written with its vowel marks ("الثّاني") was no month, so the dateline was
no dateline; "عمان في 15 ..." (in) read the place "عمان في" or no dateline at all; a city after an unmarked proclitic
("ودمشق", "وبيروت": and + city) was no city. (Search: tests/store/test_search_arabic_marks_robust67.py.)"""

from __future__ import annotations

import pytest

from storylens.analysis.entities._gazetteer import _places
from storylens.analysis.entities._guided import _city_words
from storylens.ingest import read_string
from storylens.report.compare import prepare_document

_TITLE = "حريق في مصنع قرب عمان"
_LEAD = "اندلع حريق كبير في مصنع للبلاستيك قرب عمان مساء الأحد، وأصيب ثلاثة عمال."


@pytest.mark.parametrize(("dateline", "published", "place", "outlet"), [
    ("عمّان، 15 تشرين الثّاني 2026 (بترا) -", "2026-11-15", "عمّان", "بترا"),
    ("عمان، 15 تِشرين الثّانِي 2026 -", "2026-11-15", "عمان", None),
    ("دمشق، 3 آذَار 2026 (سانا) -", "2026-03-03", "دمشق", "سانا"),
    ("عمان في 15 تشرين الثاني 2026 -", "2026-11-15", "عمان", None),
    ("عمّان في 15 تشرين الثّاني 2026 -", "2026-11-15", "عمّان", None),
    ("القاهرة في 15 نوفمبر 2026 (أ ف ب) -", "2026-11-15", "القاهرة", "أ ف ب"),
    ("الدار البيضاء في 15 نوفمبر 2026 -", "2026-11-15", "الدار البيضاء", None),
])
def test_a_marked_month_and_an_in_before_the_day_make_a_dateline(dateline, published, place, outlet):
    doc = prepare_document(read_string(f"{_TITLE}\n\n{dateline} {_LEAD}\n"), "d1")
    assert (doc.published, doc.place, doc.outlet) == (published, place, outlet)
    assert doc.sentences[-1].text == _LEAD  # the dateline, marks and all, is out of the lead


def test_an_outlet_header_with_a_marked_month_is_the_outlet_and_date():
    doc = prepare_document(read_string(f"{_TITLE}\n\nصحيفة النَّهار، 3 آذَار 2026\n\n{_LEAD}\n"), "d1")
    assert (doc.outlet, doc.published, doc.place) == ("صحيفة النَّهار", "2026-03-03", None)


@pytest.mark.parametrize(("word", "found"), [
    ("ودمشق", "دمشق"), ("وبيروت", "بيروت"), ("فبغداد", "بغداد"), ("بيروت", "بيروت"), ("والقاهرة", "القاهرة"),
])
def test_a_city_after_an_unmarked_proclitic_is_found(word, found):
    index = _places()[0]
    cities = {index[k]: k for k in ("damascus", "beirut", "baghdad", "cairo") if index.get(k)}
    assert len(cities) == 4
    assert _city_words(f"قال {word} أمس", "ar", cities, index) == [found]


def test_a_word_whose_cut_names_no_city_another_report_names_is_no_city():
    index = _places()[0]
    cities = {index["cairo"]: "cairo"}
    assert _city_words("قال ودمشق أمس وبيروت", "ar", cities, index) == []
