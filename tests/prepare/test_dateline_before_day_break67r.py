"""break67r HIGH: the comma-less dateline (a day after a word before it, text data dateline.before_day, "عمان في 15
نوفمبر 2025 -") took any words before that word for a place, in every language: a first line such as "القمة العربية
في 3 آذار 2026" or "Manifestation le 14 mars 2026" got a place and a publication date and was removed from the
text. The comma-less form is a dateline only with the page's language's word, a listed city and no sentence going on
after the date."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

_AR_TITLE = "فيضانات تضرب الساحل بعد أيام من الأمطار"
_AR_LEAD = "قال مسؤولون إن أمطارا غزيرة أغرقت الساحل يوم الثلاثاء."
_FR_TITLE = "Inondations sur la côte après des jours de pluie"
_FR_LEAD = "De fortes pluies ont inondé la côte mardi, et 12 personnes sont mortes, selon les autorités."


@pytest.mark.parametrize("line", [
    "القمة العربية في 3 آذار 2026",
    "الانتخابات في 15 نوفمبر 2025",
    "الاحتفال في 3 آذار 2026: ماذا حدث",
    "افتتاح المعرض في 15 نوفمبر 2025 - صور",
    "وزير الخارجية في 15 نوفمبر 2025 -",
    "الاجتماع في 3 آذار 2026 - وهو الأول منذ سنوات - انتهى باتفاق.",
    # a listed city, but the line goes on as a sentence after the date (an aside between two dashes)
    "القاهرة في 3 آذار 2026 - وهو الأول منذ سنوات - انتهى باتفاق.",
])
def test_an_arabic_line_with_in_and_a_date_is_no_dateline_unless_its_place_is_a_city(line):
    for text in (f"{_AR_TITLE}\n\n{line}\n\n{_AR_LEAD}\n", f"{_AR_TITLE}\n\n{line} {_AR_LEAD}\n"):
        cleaned = clean_text(text)
        assert (cleaned.place, cleaned.published) == (None, None)
        assert line in cleaned.text


@pytest.mark.parametrize("line", [
    "Manifestation le 14 mars 2026",
    "Grève le 14 mars 2026: les transports perturbés",
    "Élections le 14 mars 2026 - ce qu'il faut savoir",
    # a listed city, but what follows the date is a headline's phrase, not the lead's sentence
    "Paris le 14 mars 2026: les transports perturbés",
    "Paris le 14 mars 2026 - ce qu'il faut savoir",
])
def test_a_french_line_with_le_and_a_date_is_no_dateline_unless_its_place_is_a_city(line):
    cleaned = clean_text(f"{_FR_TITLE}\n\n{line}\n\n{_FR_LEAD}\n")
    assert (cleaned.place, cleaned.published) == (None, None)
    assert line in cleaned.text


def test_another_languages_word_before_the_day_makes_no_dateline():
    # French "le" on an Arabic page, Arabic "في" on a French page: a word of the page's language only
    for text in (f"{_AR_TITLE}\n\nعمان le 15 نوفمبر 2025 - {_AR_LEAD}\n",
                 f"{_FR_TITLE}\n\nParis في 14 mars 2026 - {_FR_LEAD}\n"):
        assert clean_text(text).place is None


@pytest.mark.parametrize(("line", "place", "published"), [
    ("عمان في 15 نوفمبر 2025 -", "عمان", "2025-11-15"),
    ("القاهرة في 15 نوفمبر 2025 -", "القاهرة", "2025-11-15"),
    ("بيروت في 3 آذار 2026 -", "بيروت", "2026-03-03"),
    ("القاهرة في 15 نوفمبر 2025 (أ ش أ) -", "القاهرة", "2025-11-15"),
    ("عمان، 15 نوفمبر 2025 -", "عمان", "2025-11-15"),
])
def test_a_city_with_in_before_the_day_is_still_a_dateline(line, place, published):
    cleaned = clean_text(f"{_AR_TITLE}\n\n{line} {_AR_LEAD}\n")
    assert (cleaned.place, cleaned.published) == (place, published)
    assert cleaned.text.strip().endswith(_AR_LEAD) and line not in cleaned.text


def test_a_french_city_with_le_before_the_day_is_still_a_dateline():
    cleaned = clean_text(f"{_FR_TITLE}\n\nParis le 14 mars 2026 - {_FR_LEAD}\n")
    assert (cleaned.place, cleaned.published) == ("Paris", "2026-03-14")
    assert "le 14 mars" not in cleaned.text
