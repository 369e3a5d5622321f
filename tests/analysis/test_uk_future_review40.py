"""review40: the Ukrainian future was guessed from a perfective prefix and a 3rd-person ending, but the endings
missed the plural "-ють" and the singular "-є" (Ukrainian has no "-т" there, unlike Russian's "-ют", "-ет"):
«Міст відкриють у понеділок» (they will open it on Monday), «відкриє», in an article of Thursday 3 December, were
dated Monday 30 November, the day before. The present's forms with the same endings stay presents: a vowel of
the imperfective stem before them ("відкривають", "використовують", "розуміють", "працює"). Sentences written for
these tests in the manner of wire reports; the publication day is a Thursday."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_dates

PUBLISHED = "2026-12-03"


@pytest.mark.parametrize("text", [
    "Міст відкриють у понеділок, повідомили у міськраді.",
    "Міст відкриє у понеділок мер Києва.",
    "Дорогу закриють у вівторок на ремонт.",
    "Засідання відбудеться у вівторок.",
])
def test_a_perfective_future_dates_the_weekday_ahead(text):
    assert [d.date > PUBLISHED for d in extract_dates(text, published=PUBLISHED, language="uk")] == [True]


@pytest.mark.parametrize("text", [
    "У вівторок у Брюсселі проходить саміт НАТО.",
    "У вівторок депутати використовують нову систему голосування.",
    "У вівторок мешканці відкривають купальний сезон.",
    "У вівторок студенти розуміють, що іспит складний.",
    "У вівторок бригада працює на об'єкті з самого ранку.",
    "Попереднє засідання відбулося у вівторок.",
    "У вівторок поліцейські затримали підозрюваного.",
])
def test_a_present_or_past_dates_the_weekday_behind(text):
    assert [d.date < PUBLISHED for d in extract_dates(text, published=PUBLISHED, language="uk")] == [True]
