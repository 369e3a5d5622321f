"""Arabic written with its shadda and short-vowel marks (newuser66: "عمّان" in a Petra dispatch), and Levantine month
names of two words ("تشرين الثاني"): the dateline "عمّان، 15 تشرين الثاني 2026 (بترا) -" was no dateline (its date,
place and agency lost, the dateline left in the lead), and the city was no place (cut at its shadda), so an English
report's Amman was "only d2 mentions"."""

import pytest

from storylens.analysis.entities._gazetteer import _places
from storylens.analysis.entities._guided import _city_words
from storylens.ingest import read_string
from storylens.report.compare import prepare_document

_TITLE = "حريق في مصنع قرب عمان"
_LEAD = "اندلع حريق كبير في مصنع للبلاستيك قرب عمان مساء الأحد، وأصيب ثلاثة عمال."


@pytest.mark.parametrize(("dateline", "published", "place"), [
    ("عمّان، 15 تشرين الثاني 2026 (بترا) -", "2026-11-15", "عمّان"),
    ("عمان، 15 كانون الأول 2026 (بترا) -", "2026-12-15", "عمان"),
    ("دمشق، 3 تشرين الأول 2026 (سانا) -", "2026-10-03", "دمشق"),
])
def test_a_levantine_month_and_marked_place_make_a_dateline(dateline, published, place):
    doc = prepare_document(read_string(f"{_TITLE}\n\n{dateline} {_LEAD}\n"), "d1")
    assert (doc.published, doc.place) == (published, place)
    assert doc.sentences[-1].text == _LEAD


def test_a_city_written_with_its_shadda_is_found():
    index = _places()[0]
    amman = index.get("amman")
    assert amman, "the gazetteer names Amman"
    cities = {amman: "Amman"}
    assert _city_words("اندلع حريق قرب عمّان مساء الأحد", "ar", cities, index) == ["عمّان"]


@pytest.mark.parametrize(("word", "found"), [
    ("وَالقدس", "القدس"), ("وَبالقاهرة", "القاهرة"), ("وَدمشق", "دمشق"), ("بالرباط", "الرباط"), ("القُدس", "القُدس"),
])
def test_a_proclitic_written_with_its_vowel_mark_is_cut_as_before(word, found):
    # final66 M4: read with its marks inside, "وَالقدس" (and Jerusalem) lost the city found when the mark cut the word
    index = _places()[0]
    cities = {index[k]: k for k in ("jerusalem", "cairo", "damascus", "rabat") if index.get(k)}
    assert _city_words(f"قال {word} أمس", "ar", cities, index) == [found]
