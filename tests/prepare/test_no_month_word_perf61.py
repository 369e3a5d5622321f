"""_iso_date does not ask dateparser for "a number, a word, a year" whose word is no month form of any language
dateparser knows (prepare.clean._no_month_word; perf61): "Outlet 12 that 4022 people" matched the outlet header's
shape, and each such call cost ~2 CPU-ms (its locales ~0.3 s in a process's first). dateparser reads no date there;
every month form it knows is still given to it."""

from __future__ import annotations

import importlib

import dateparser
import pytest

from storylens.ingest.dates import DATE_LANGUAGES, MONTH_KEYS
from storylens.prepare import clean as C
from storylens.prepare.clean import clean_text

_JUNK = ["12 that 4022", "3 und 2019", "14 сказал 2020", "5 dans 2021", "Outlet 7, 2020", "11 and 2012."]


@pytest.mark.parametrize("text", _JUNK)
def test_a_word_that_is_no_month_is_not_asked_and_dateparser_reads_no_date_there(text):
    assert C._no_month_word(text)
    assert dateparser.parse(text, languages=list(DATE_LANGUAGES), settings=C._FULL_DATE_DMY) is None
    assert C._iso_date(text) is None


def _forms() -> list[str]:
    out = []
    for lang in DATE_LANGUAGES:
        info = importlib.import_module(f"dateparser.data.date_translation_data.{lang}").info
        out += [str(f) for key in MONTH_KEYS for f in info.get(key, ())]
    return sorted(set(out))


def test_every_month_form_of_the_date_languages_is_still_given_to_dateparser():
    shaped = [t for f in _forms() for t in (f"26 {f} 2026", f"{f} 3, 2025") if C._NAMED_FULL_DATE.fullmatch(t)]
    assert len(shaped) > 300  # the check below runs over the forms, not over nothing
    assert [t for t in shaped if C._no_month_word(t)] == []


@pytest.mark.parametrize(("text", "iso"), [("10. Februar 2020", "2020-02-10"), ("20 stycznia 2020", "2020-01-20"),
                                           ("January 01, 2020", "2020-01-01"), ("3 мая 2021", "2021-05-03"),
                                           ("26 noiembrie 2026", "2026-11-26")])
def test_dates_with_a_month_name_read_as_before(text, iso):
    assert not C._no_month_word(text)
    assert C._iso_date(text) == iso


def test_the_outlet_sentence_asks_dateparser_nothing(dateparser_calls):
    clean = clean_text("Council backs housing plan\n\nAnna Berg told Outlet 12 that 4022 people were affected by "
                       "the plan.\n\nThe council voted 21 to 4 on Monday.\n")
    assert clean.published is None
    assert "12 that 4022" not in [text for text, _ in dateparser_calls]
