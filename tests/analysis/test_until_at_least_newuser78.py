"""newuser78 L3: "suspended traffic … until at least Thursday" (published Tuesday) was read as the Thursday before,
"until Thursday" as the coming one: "at least" between the "until" word and the weekday hid the limit. "until at least
/ bis mindestens / jusqu'à au moins / hasta al menos / fino ad almeno / até pelo menos / tot minstens" read as "until"
does (text data "weekday_ahead", "weekday_limit_until"). Publication Wednesday 2 December 2026: the coming Saturday is
5 December, the last one 28 November. The texts are written for these tests."""

from __future__ import annotations

import pytest

from ._weekdays import reading

COMING_SATURDAY, LAST_SATURDAY = "2026-12-05", "2026-11-28"


@pytest.mark.parametrize(("text", "lang", "target"), [
    ("Schools were suspended until at least Saturday.", "en", "Saturday"),
    ("SNCF suspended traffic on the line until at least Saturday.", "en", "Saturday"),
    ("The trial was adjourned till at least Saturday.", "en", "Saturday"),
    ("The road is closed until at least Saturday.", "en", "Saturday"),
    ("Les cours ont été suspendus jusqu'à au moins samedi.", "fr", "samedi"),
    ("Le trafic a été suspendu jusqu'au moins samedi.", "fr", "samedi"),
    ("Las clases fueron suspendidas hasta al menos el sábado.", "es", "sábado"),
    ("El Gobierno prorrogó el toque de queda hasta por lo menos el sábado.", "es", "sábado"),
    ("Le lezioni sono state sospese fino ad almeno sabato.", "it", "sabato"),
    ("Der Verkehr bleibt bis mindestens Samstag eingestellt.", "de", "Samstag"),
    ("Die Strecke bleibt bis zumindest Samstag gesperrt.", "de", "Samstag"),
    ("Het treinverkeer blijft tot minstens zaterdag stilliggen.", "nl", "zaterdag"),
])
def test_until_at_least_a_weekday_is_the_coming_one(text, lang, target):
    assert reading(text, lang, target) == COMING_SATURDAY


@pytest.mark.parametrize(("plain", "at_least", "lang", "target"), [
    ("The protest lasted until Saturday.", "The protest lasted until at least Saturday.", "en", "Saturday"),
    ("The road stayed open until Saturday.", "The road stayed open until at least Saturday.", "en", "Saturday"),
    ("Les cours ont été suspendus jusqu'à samedi.", "Les cours ont été suspendus jusqu'à au moins samedi.", "fr",
     "samedi"),
    ("La carretera permaneció cerrada hasta el sábado.", "La carretera permaneció cerrada hasta al menos el sábado.",
     "es", "sábado"),
])
def test_at_least_reads_as_until_does(plain, at_least, lang, target):
    assert reading(at_least, lang, target) == reading(plain, lang, target)
