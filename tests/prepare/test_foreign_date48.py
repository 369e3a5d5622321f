"""A full date in a language outside DATE_LANGUAGES (prepare.clean._foreign_date, the last fallback of a header's,
a dateline's or a date line's date): dateparser is asked only in the languages that have the word as a month's
name (stop 48). Asked in every language it knows, it built all ~200 locales for a word that is no month (~2 CPU-s
of a first batch: "Outlet 12 that 4022 people" holds the shape "12 that 4022"), and a word another language has
for a period was read back from the clock ("26 Den 2026", Czech "day": 26 days before today)."""

from __future__ import annotations

import importlib

import dateparser
import pytest

from storylens.ingest.dates import MONTH_KEYS, date_fold
from storylens.prepare import clean as C
from storylens.prepare.clean import clean_text

_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]}


@pytest.fixture(autouse=True)
def _fresh_cache():
    C._foreign_date.cache_clear()
    C._dateparser_date.cache_clear()  # (dateparser's answers kept per process, suite80: a spy sees every call)
    yield
    C._foreign_date.cache_clear()
    C._dateparser_date.cache_clear()


def test_a_sentence_with_the_shape_of_a_date_is_not_given_to_dateparser_in_every_language(dateparser_calls):
    asked = dateparser_calls
    clean = clean_text("Council backs housing plan\n\nAnna Berg told Outlet 12 that 4022 people were affected by "
                       "the plan.\n\nThe council voted 21 to 4 on Monday.\n")
    assert clean.published is None
    assert C._foreign_date("12 that 4022") is None
    # (DATE_LANGUAGES' 16 may be asked first, by _iso_date; never all of them)
    assert [a for a in asked if a[0] == "12 that 4022" and a[1] is None] == []


@pytest.mark.parametrize("text", ["26 Den 2026", "26 dydd 2026", "26 bil 2026", "3 xyzzy 2025"])
def test_a_word_that_is_no_month_gives_no_date(text):
    # before: 26 days before the clock's day (Czech "den", Welsh "dydd"), 26 months after it (Somali "bil")
    assert C._foreign_date(text) is None


# Month names of languages outside DATE_LANGUAGES, whole and shortened, in both orders: the date dateparser reads
# asked in every language it knows (as before), and now.
_MONTHS = {"ro": ["ianuarie", "februarie", "noiembrie", "decembrie"], "el": ["Ιανουαρίου", "Νοεμβρίου", "Μαΐου"],
           "he": ["ביולי", "בינואר"], "fi": ["syyskuuta", "tammikuuta"], "hu": ["november", "március"],
           "sv": ["februari", "okt"], "id": ["Agustus", "Mei"], "hr": ["siječnja", "prosinca"], "sw": ["Machi"]}


@pytest.mark.parametrize("text", [t for words in _MONTHS.values() for w in words
                                  for t in (f"26 {w} 2026", f"{w} 3, 2025")])
def test_a_month_name_gives_the_date_dateparser_reads_in_every_language(text):
    assert C._NAMED_FULL_DATE.fullmatch(text)
    before = dateparser.parse(text, settings=_SETTINGS)
    assert before is not None
    assert C._foreign_date(text) == before.date().isoformat()


def test_the_languages_tried_are_those_naming_the_month_in_dateparser_order():
    from dateparser.data.languages_info import language_order

    langs = C._month_languages("NOIEMBRIE")
    assert "ro" in langs and list(langs) == sorted(langs, key=language_order.index)
    for lang in langs:
        info = importlib.import_module(f"dateparser.data.date_translation_data.{lang}").info
        assert any(date_fold(f) == "noiembrie" for key in MONTH_KEYS for f in info.get(key, ()))
    assert C._month_languages("Νοεμβρίου") == C._month_languages("νοεμβριου")  # case and accents as dateparser's
    assert C._month_languages("that") == ()
