"""break65d: false date conflicts the present-as-future and week-form readings of dates65 made (stop 65, dates65b).

Reports of one publication day, Wednesday 2 December 2026. dates65 (faeb5641) read each first sentence's weekday a
week off and opposed the other report's past Monday: a recurring weekday ("every Monday", "jeden Montag", "Montags":
now no date, H1), a participle's weekday after a progressive ("debris found on Monday", "votes cast on Monday": the
past, H3), week words another word continues ("on Monday week on week", "lundi en huit heures", "a week on Monday
since", M4) or that follow a telling's day ("zei maandag volgende week", M4), a German plural present told by a past
("…, wie die Börse am Dienstag mitteilte", M5). main had none of these conflicts."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.report.pipeline import _Measures

WEDNESDAY = "2026-12-02"


def _date_conflicts(first: tuple[str, str], second: tuple[str, str]) -> list[str]:
    """The date and weekday conflicts of two aligned sentences (text, language) of reports of WEDNESDAY."""
    units, sentences = [], {}
    for doc, (text, language) in (("d1", first), ("d2", second)):
        units.append(Unit(doc, f"{doc}:s1", text, 0, len(text), language))
        sentences[doc] = ((f"{doc}:s1", text, language),)
    measures = _Measures({"d1": WEDNESDAY, "d2": WEDNESDAY}, sentences=sentences)
    return [c for c in measures.measure_conflicts(*units) if c.startswith(("date:", "weekday:"))]


_MET = ("The ministers met on Monday in Brussels, the Council said on Tuesday.", "en")


@pytest.mark.parametrize(("first", "second"), [
    # break65d Y05, Y10, Y09 (H1)
    (("Die Minister treffen sich jeden Montag in Brüssel, teilte der Rat am Dienstag mit.", "de"), _MET),
    (("Montags treffen sich die Minister immer in Brüssel, teilte der Rat am Dienstag mit.", "de"), _MET),
    (("The market opens every Monday, the council said on Tuesday.", "en"),
     ("Le marché a ouvert lundi, a indiqué mardi la mairie.", "fr")),
    # break65d Y01, Y11 (H3)
    (("Investigators are examining debris found on Monday, the airline said on Tuesday.", "en"),
     ("Les débris de l'avion ont été retrouvés lundi, a indiqué mardi la compagnie.", "fr")),
    (("Officials are counting postal votes cast on Monday, the commission said on Tuesday.", "en"),
     ("La votación por correo se celebró el lunes, informó el martes la comisión.", "es")),
    # break65d X06, X07, X09, C23 (M4)
    (("Retail sales fell 3% on Monday week on week, the statistics office said on Tuesday.", "en"),
     ("Retail sales fell 3% on Monday, the statistics office said on Tuesday.", "en")),
    (("Le Parlement a adopté le texte lundi en huit heures de débat, a annoncé mardi le gouvernement.", "fr"),
     ("Parliament passed the bill on Monday after eight hours of debate, the government said on Tuesday.", "en")),
    (("It will be a week on Monday since the flood hit the town, the mayor said on Tuesday.", "en"),
     ("The town will mark a week since the flood on Monday, the mayor said on Tuesday.", "en")),
    (("De minister zei maandag volgende week met een voorstel te komen.", "nl"),
     ("The minister said on Monday he would present a proposal next week.", "en")),
    # break65d X14, Y04, C53 (M5)
    (("Am Montag demonstrieren in Berlin Tausende gegen die Reform, wie die Polizei am Dienstag mitteilte.", "de"),
     ("Thousands protested in Berlin against the reform on Monday, police said on Tuesday.", "en")),
    (("Die Aktien von Siemens steigen am Montag um fünf Prozent, wie die Börse am Dienstag mitteilte.", "de"),
     ("Siemens shares rose five percent on Monday, the exchange said on Tuesday.", "en")),
    (("Die Kurse fallen am Montag um drei Prozent, wie die Börse am Dienstag mitteilte.", "de"),
     ("Shares fell three percent on Monday.", "en")),
])
def test_no_date_conflict(first, second):
    assert _date_conflicts(first, second) == []
    assert _date_conflicts(second, first) == []


_MEET, _AGREED = ("Am Montag treffen sich die Außenminister der EU zum letzten Mal in diesem Jahr in Brüssel.",
                  "Sie beschlossen ein neues Sanktionspaket gegen Russland.")


def test_a_plural_present_told_as_a_past_by_the_next_sentence_is_read_back():
    """break65d R05: claims[].dates read each sentence alone; the past of the next one now tells the present's."""
    measures = _Measures({"d1": "2026-12-01"}, sentences={"d1": (("d1:s1", _MEET, "de"), ("d1:s2", _AGREED, "de"))})
    assert [d.date for d in measures.dates(_MEET, "d1", "de") if "Montag" in d.text] == ["2026-11-30"]
    # a sentence of the future after it keeps the coming Monday
    ahead = _Measures({"d1": "2026-12-01"}, sentences={"d1": (("d1:s1", _MEET, "de"),
                                                               ("d1:s2", "Sie wollen neue Sanktionen beschließen.", "de"))})
    assert [d.date for d in ahead.dates(_MEET, "d1", "de") if "Montag" in d.text] == ["2026-12-07"]


# break65d2 W07: a German plural present beside a present of telling ("wie Händler am Dienstag berichten") read
# ahead opposed the English report's past Monday (dates65c)
def test_a_german_present_told_by_a_present_telling_is_no_conflict():
    first = ("Die Kurse an der Börse fallen am Montag deutlich, wie Händler am Dienstag berichten.", "de")
    second = ("Shares fell sharply on Monday, traders said on Tuesday.", "en")
    assert _date_conflicts(first, second) == []
    assert _date_conflicts(second, first) == []
