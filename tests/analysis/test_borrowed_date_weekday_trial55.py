"""trial55 F9: an undated article borrows another's publication date (``PublicationDate.inferred``), and a weekday
it names was counted back from that borrowed day: "El sábado por la tarde la línea seguía cortada" of a report on
Friday 7 June's derailment went on the timeline as Saturday 1 June, a week before the event it follows. A weekday
alone is not dated against a borrowed date (the article may be days later); a day and month beside it still date
the sentence, and an article's own publication date still dates its weekdays."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import build_timeline
from tests.analysis._docs import doc_of

FRIDAY = "2024-06-07"
LAST_SATURDAY = "2024-06-01"

CASES = [
    ("es", "Eran las 14.15 del viernes 7 de junio cuando dos coches del tren se salieron de la vía.",
     "El sábado por la tarde la línea seguía cortada."),
    ("fr", "Vendredi 7 juin, deux voitures du train ont déraillé à l'entrée du tunnel.",
     "Samedi après-midi, la ligne restait coupée."),
    ("de", "Am Freitag, 7. Juni, entgleisten zwei Wagen des Zuges vor dem Tunnel.",
     "Am Samstagnachmittag war die Strecke weiter gesperrt. Am Samstag war die Strecke weiter gesperrt."),
    ("en", "Two carriages derailed at the tunnel entrance on Friday, June 7.",
     "On Saturday afternoon the line was still closed."),
    ("it", "Venerdì 7 giugno due carrozze del treno sono deragliate all'ingresso della galleria.",
     "Sabato pomeriggio la linea era ancora interrotta."),
]


@pytest.mark.parametrize(("lang", "event", "later"), CASES)
def test_a_weekday_is_not_counted_back_from_a_borrowed_date(lang, event, later):
    doc = doc_of("d1", [event, later], lang)
    timeline = build_timeline([doc], {"d1": FRIDAY}, assumed=frozenset({"d1"}))
    dates = {row.date for row in timeline}
    assert LAST_SATURDAY not in dates
    assert FRIDAY in dates  # the day and month the article names still date its sentence


@pytest.mark.parametrize(("lang", "event", "later"), CASES)
def test_an_own_publication_date_still_dates_the_weekday(lang, event, later):
    doc = doc_of("d1", [event, later], lang)
    dates = {row.date for row in build_timeline([doc], {"d1": "2024-06-09"})}
    assert "2024-06-08" in dates  # published on Sunday: Saturday is the day before


def test_only_the_borrowing_document_loses_its_weekday():
    own = doc_of("d2", ["La ligne restait coupée samedi après-midi."], "fr")
    borrowed = doc_of("d1", ["El sábado por la tarde la línea seguía cortada."], "es")
    timeline = build_timeline([borrowed, own], {"d1": "2024-06-09", "d2": "2024-06-09"}, assumed=frozenset({"d1"}))
    assert [(row.date, [e.doc for e in row.evidence]) for row in timeline] == [("2024-06-08", ["d2"])]
