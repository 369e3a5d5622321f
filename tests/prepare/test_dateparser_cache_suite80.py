"""prepare.clean._dateparser_date keeps dateparser's answer per (text, languages) for the process (suite80): the same day
strings come back in every article of a day, and each dateparser call cost ~1.5 CPU-ms idle, a quarter of
tests/prepare's CPU. Its answers are dateparser's own, asked again or not, in one thread or many, and the languages
a page decides are part of what is kept (a Croatian page's "listopada" is October, a Polish page's November)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import dateparser
import pytest

from storylens.ingest.dates import DATE_LANGUAGES
from storylens.prepare import clean as C

_TEXTS = ["12. März 2026", "March 12, 2026", "12 de marzo de 2026", "12 марта 2026", "14.03.2026", "10/12/2026",
          "12 marca 2026", "4 Mart 2026", "14 березня 2026", "12 mars 2026", "Friday, 13 March 2026 10:15",
          "٢٦ نوفمبر ٢٠٢٦", "30 February 2026", "Monday 2020", "March 2020", "12 that 4022", "3 und 2019",
          "2026年11月29日", "12 marzo 2026", "14 maart 2026", "5. října 2026", "13/14/2026", "1 mai 2026"]


def _dateparser(text: str, languages: tuple[str, ...]) -> str | None:
    parsed = dateparser.parse(text, languages=list(languages), settings=C._FULL_DATE_DMY)
    return parsed.date().isoformat() if parsed else None


@pytest.fixture(autouse=True)
def _fresh_cache():
    C._dateparser_date.cache_clear()
    yield
    C._dateparser_date.cache_clear()


def test_a_kept_answer_is_dateparsers_own():
    languages = tuple(DATE_LANGUAGES)
    fresh = [_dateparser(t, languages) for t in _TEXTS]
    assert [C._dateparser_date(t, languages) for t in _TEXTS] == fresh  # asked first
    assert [C._dateparser_date(t, languages) for t in reversed(_TEXTS)] == fresh[::-1]  # kept
    assert C._dateparser_date.cache_info().hits == len(_TEXTS)
    assert fresh[0] == "2026-03-12" and fresh[4] == "2026-03-14" and "2026-02-30" not in fresh


def test_the_languages_are_part_of_what_is_kept():
    assert C._dateparser_date("26. listopada 2026", ("hr",)) == "2026-10-26"
    assert C._dateparser_date("26. listopada 2026", ("pl",)) == "2026-11-26"
    assert C._dateparser_date("26. listopada 2026", ("hr",)) == "2026-10-26"


def test_dateparser_is_asked_once_per_text_and_languages(dateparser_calls):
    for _ in range(3):
        assert C._iso_date("12. März 2026") == "2026-03-12"
    assert [text for text, _ in dateparser_calls] == ["12. März 2026"]


def test_many_threads_read_the_dates_one_reads():
    languages = tuple(DATE_LANGUAGES)
    serial = [_dateparser(t, languages) for t in _TEXTS]
    n = 6
    start = threading.Barrier(n)

    def read(k: int) -> list[str | None]:
        start.wait(timeout=60)  # all at once, each in its own order, the cache empty at first
        order = _TEXTS[k:] + _TEXTS[:k]
        found = {t: C._dateparser_date(t, languages) for t in order * 2}
        return [found[t] for t in _TEXTS]

    with ThreadPoolExecutor(n) as pool:
        assert all(got == serial for got in pool.map(read, range(n)))
