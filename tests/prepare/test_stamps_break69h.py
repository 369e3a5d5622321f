"""break69h L1-L3 (hdr69b): two update stamps on one line keep the latest; a word before the day makes a comma's
"place" a dateline's only when it looks like a place (a listed city, upper-case) or a sentence opens after it; a lone stamp keyword is read with its date or clock line and
stays in the text over any other line (a score)."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

DE = "\n\nDie Stadt teilte am Freitag mit, die Schulen würden wieder öffnen.\n\nDie Reparaturen dauern eine Woche, hieß es."
EN = "\n\nThe city said on Friday that schools would reopen after the storm.\n\nRepairs will take a week, officials said."


def test_two_update_stamps_on_a_line_keep_the_latest():  # L1: the first was kept
    c = clean_text(f"Schools to reopen Monday\nBy Jane Doe, Reuters. Updated 13 March 2026. Updated 14 March 2026{EN}")
    assert (c.published, c.updated, c.authors, c.outlet) == (None, "2026-03-14", ("Jane Doe",), "Reuters")


@pytest.mark.parametrize(("text", "subject"), [
    ("Trump, on March 14, 2026 (AP) — said he would sign the bill.\n\nDemocrats objected.", "Trump"),
    ("Merkel, am 14. März 2026 (dpa) - hat ihre Memoiren vorgestellt.\n\nDas Buch erscheint im Herbst.", "Merkel"),
])
def test_a_person_before_a_word_and_a_day_is_no_dateline_place(text, subject):  # L2: the subject was cut
    c = clean_text(text)
    assert c.place is None and c.text.startswith(subject)


@pytest.mark.parametrize(("text", "place"), [
    ("Birmingham, on 14 March 2026 (Reuters) - Police arrested three men.\n\nThey were questioned.", "Birmingham"),
    ("LEEDS, on March 14, 2026 (AP) — Police arrested three men.\n\nThey were questioned.", "LEEDS"),
    ("Castel del Piano, il 14 marzo 2026 (ANSA) - Police arrested three men.\n\nNessun ferito.", "Castel del Piano"),
])
def test_a_place_before_a_word_and_a_day_stays_a_dateline(text, place):
    c = clean_text(text)
    assert (c.place, c.published) == (place, "2026-03-14") and c.text.startswith("Police arrested")


def test_a_lone_stand_over_its_clock_line_takes_both():  # L3: "10:15 Uhr" stayed in the text
    c = clean_text(f"Schulen öffnen am Montag wieder\nStand:\n10:15 Uhr{DE}")
    assert c.title == "Schulen öffnen am Montag wieder" and "10:15" not in c.text and "Stand" not in c.text
    assert [r.text for r in c.removed if r.kind == "stamp"] == ["Stand:", "10:15 Uhr"]


def test_a_lone_stand_over_a_score_stays_in_the_text():  # L3: the label was removed
    c = clean_text("Bayern schlägt Dortmund\nStand:\n2:1 nach 90 Minuten\n\nDer FC Bayern hat das Spitzenspiel "
                   "gewonnen.\n\nKane traf doppelt.")
    assert "Stand:\n2:1 nach 90 Minuten" in c.text and c.updated is None


@pytest.mark.parametrize(("label", "date"), [("Published:", "March 12, 2026"), ("Veröffentlicht:", "12.03.2026")])
def test_a_lone_publication_label_goes_with_its_date_line(label, date):  # L3: the label stayed in the text
    c = clean_text(f"Schools to reopen Monday\n{label}\n{date}{EN}")
    assert (c.title, c.published, c.updated) == ("Schools to reopen Monday", "2026-03-12", None)
    assert label not in c.text and date not in c.text
