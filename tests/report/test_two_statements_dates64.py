"""The days of two statements that quote other words are no date conflict (issue #12, stop 64).

BASIL tune 0c78e748: "Trump's account tweeted Saturday: “I had to fire General Flynn because he lied …”" against "“I
feel badly for General Flynn,” Mr. Trump said on Monday" was "date: Saturday (2017-12-02) vs on Monday (2017-12-04)":
two statements, each dated by its report. A statement's day (a date of the "report" role, quantities.date_role) is
one fact of two reports only when they quote the statement alike; report.pipeline._two_statements tells two
statements of one language by their quotations sharing no content word (names and the titles before them aside).
Kept: the same words quoted with two days, a report that quotes nothing, two languages (their quotations share no
words whatever they say).
"""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.report.pipeline import _Measures

PUBLISHED = "2017-12-04"


def _date_conflicts(first: tuple[str, str], second: tuple[str, str]) -> list[str]:
    units, sentences = [], {}
    for doc, (text, language) in (("d1", first), ("d2", second)):
        units.append(Unit(doc, f"{doc}:s1", text, 0, len(text), language))
        sentences[doc] = ((f"{doc}:s1", text, language),)
    measures = _Measures({"d1": PUBLISHED, "d2": PUBLISHED}, sentences=sentences)
    return [c for c in measures.measure_conflicts(*units) if c.startswith("date:")]


# main: "date: on Saturday (2017-12-02) vs on Monday (2017-12-04)" and the like, both orders
@pytest.mark.parametrize(("first", "second"), [
    (("Trump tweeted on Saturday: “I had to fire General Flynn because he lied to the Vice President and the FBI.”", "en"),
     ("“I feel badly for General Flynn,” Mr. Trump said on Monday.", "en")),
    (("Trump schrieb am Samstag auf Twitter: „Ich musste General Flynn entlassen, weil er den Vizepräsidenten belogen hat.“",
      "de"), ("„Flynn tut mir sehr leid“, sagte Trump am Montag.", "de")),
    (("Le président a déclaré samedi : « Je devais renvoyer le général Flynn parce qu'il a menti. »", "fr"),
     ("« Je suis désolé pour le général Flynn », a déclaré le président lundi.", "fr")),
])
def test_two_statements_quoting_other_words_are_no_date_conflict(first, second):
    assert _date_conflicts(first, second) == [] and _date_conflicts(second, first) == []


@pytest.mark.parametrize(("first", "second"), [
    # the same words quoted with two days: one statement dated two ways
    (("Trump tweeted on Saturday: “I had to fire General Flynn because he lied to the Vice President.”", "en"),
     ("“I had to fire General Flynn because he lied to the Vice President,” Mr. Trump said on Monday.", "en")),
    (("Trump schrieb am Samstag: „Ich musste General Flynn entlassen, weil er gelogen hat.“", "de"),
     ("„Ich musste General Flynn entlassen, weil er gelogen hat“, sagte Trump am Montag.", "de")),
    # one report quotes nothing
    (("Trump tweeted on Saturday that he had to fire Flynn.", "en"),
     ("“I feel badly for General Flynn,” Mr. Trump said on Monday.", "en")),
    # two languages
    (("Trump tweeted on Saturday: “I had to fire General Flynn because he lied.”", "en"),
     ("„Flynn tut mir sehr leid“, sagte Trump am Montag.", "de")),
])
def test_one_statement_or_unknown_still_conflicts(first, second):
    assert _date_conflicts(first, second) and _date_conflicts(second, first)
