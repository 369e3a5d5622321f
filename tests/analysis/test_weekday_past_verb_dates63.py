"""A bare weekday after a past verb is the last such day, even when a future word stands earlier in its clause (issue
#12, a new user's finding: "…heard on Tuesday" was read as the next Tuesday, a false date conflict against the right
past day). Main read the future word ("expected to", "will", «votará») as the clause's tense because the language's
own past forms ("heard", «escuchó», "a reçu", "hörte") were not among its tense words. Future cases stay ahead."""
from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_dates

PUB = "2026-12-02"  # a Wednesday
LAST_TUESDAY, NEXT_TUESDAY = "2026-12-01", "2026-12-08"


def _day(text: str, lang: str) -> str | None:
    days = [d.date for d in extract_dates(text, PUB, lang) if d.precision == "day" and d.relative]
    return days[-1] if days else None


@pytest.mark.parametrize(("text", "lang"), [
    ("The panel, which is expected to report next month, heard on Tuesday that the driver was drunk.", "en"),
    ("Officials will review the evidence that the committee heard on Tuesday.", "en"),
    ("The company will appeal the ruling, which the court handed down on Tuesday.", "en"),
    ("The minister, who will step down in March, resigned on Tuesday.", "en"),
    ("The court heard on Tuesday that the driver was drunk.", "en"),
    ("Die Kommission, die nächste Woche abstimmen wird, hörte am Dienstag den Minister.", "de"),
    ("Das Gericht hat am Dienstag die ersten Zeugen gehört.", "de"),
    ("Le comité va examiner le rapport qu'il a reçu mardi.", "fr"),
    ("La commission, qui votera la semaine prochaine, a entendu mardi le ministre.", "fr"),
    ("El comité va a examinar el informe que recibió el martes.", "es"),
    ("La comisión, que votará la próxima semana, escuchó el martes al ministro.", "es"),
])
def test_weekday_after_a_past_verb_is_the_last_one(text, lang):
    assert _day(text, lang) == LAST_TUESDAY


@pytest.mark.parametrize(("text", "lang"), [
    ("The minister will meet the unions on Tuesday.", "en"),
    ("The minister is to meet the unions on Tuesday.", "en"),
    ("The vote is scheduled for Tuesday.", "en"),
    ("The appeal will be heard on Tuesday.", "en"),
    ("The border will remain closed on Tuesday.", "en"),
    ("Los comercios permanecerán cerrados el martes.", "es"),
    ("La carretera seguirá cerrada hasta el martes.", "es"),
    ("Il ponte resterà chiuso fino a martedì.", "it"),
    ("Das Gericht wird am Dienstag die ersten Zeugen hören.", "de"),
    ("Le tribunal entendra mardi les premiers témoins.", "fr"),
    ("El tribunal escuchará el martes a los primeros testigos.", "es"),
])
def test_weekday_of_a_future_verb_stays_ahead(text, lang):
    assert _day(text, lang) == NEXT_TUESDAY
