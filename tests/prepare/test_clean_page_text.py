"""A web page saved as plain text reads as its HTML does: masthead, one-line menu, byline, time stamp,
rights notice and share line are page furniture, the stamp is the publication date, the headline the
title; an Italian wire dateline in capitals and its agency credit line are furniture too."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

PAGE = """The Oregon Courier
Home  Metro  Politics  Arts & Culture  Sports
Dam operator fined over Willamette fish kill
By Jane Hill, Reuters
March 3, 2026 at 6:15 pm

PORTLAND (Reuters) - A federal judge on Tuesday fined the operator of the Foster dam $2.1 million over a 2024 fish kill on the Willamette River.

The company said it would not appeal. "We accept the ruling," a spokesman told Reuters.

Copyright 2026 Reuters. All rights reserved.
Share this article: Facebook X Email
"""


def test_plain_text_page_furniture_is_removed_and_read():
    c = clean_text(PAGE)
    kinds = {r.text: r.kind for r in c.removed}
    assert kinds["Home  Metro  Politics  Arts & Culture  Sports"] == "navigation"
    assert kinds["March 3, 2026 at 6:15 pm"] == "header"
    assert kinds["Copyright 2026 Reuters. All rights reserved."] == "copyright"
    assert kinds["Share this article: Facebook X Email"] == "social_widget"
    assert c.published == "2026-03-03" and c.outlet == "The Oregon Courier"
    assert c.title == "Dam operator fined over Willamette fish kill"
    assert "Sports" not in c.text and "6:15" not in c.text and "Facebook" not in c.text
    assert 'a spokesman told Reuters.' in c.text  # a report's sentence naming the agency stays


@pytest.mark.parametrize("menu", ["News | Local | Crime & Courts | Weather | Opinion",
                                  "Startseite  Politik  Wirtschaft  Rhein-Main  Sport"])
def test_a_one_line_menu_with_site_items_is_navigation(menu):
    c = clean_text(f"Daily Planet\n{menu}\n\nCity council approves new budget\n\nThe council voted 7-2 on Monday.\n")
    assert ("navigation", menu) in {(r.kind, r.text) for r in c.removed}
    assert menu not in c.text


def test_names_apart_by_spaces_are_no_menu():
    names = "Anna Berg  Jonas Lind  Petra Holm  Karl Ek"
    c = clean_text(f"Winners of the 2026 chess open\n{names}\n\nThe four players shared first place on Sunday.\n")
    assert names in c.text


@pytest.mark.parametrize(("stamp", "day"), [("14. März 2026, 18:40 Uhr", "2026-03-14"),
                                            ("Oct 13, 2026 4:12 p.m.", "2026-10-13"),
                                            ("26 novembre 2026", "2026-11-26")])
def test_a_time_stamp_without_keyword_is_the_publication_date(stamp, day):
    c = clean_text(f"Headline of the day\nBy Ann Lee\n{stamp}\n\nThe mayor resigned on Friday after a vote.\n")
    assert c.published == day and stamp not in c.text


@pytest.mark.parametrize(("text", "place", "outlet", "day"), [
    ("ROMA, 3 MAR - Il governo ha approvato il decreto sulle bollette. Lo riferisce l'AGI.\n\nIl testo passa ora alla Camera.",
     "ROMA", "AGI", "--03-03"),
    ("MILANO, 12 DIC - La Borsa ha chiuso in rialzo dell'1,2 per cento. Lo rende noto l'ANSA.\n\nBene le banche.",
     "MILANO", "ANSA", "--12-12"),
])
def test_italian_capitals_dateline_and_agency_credit(text, place, outlet, day):
    c = clean_text("Titolo della notizia\n\n" + text)
    assert (c.place, c.outlet, c.dateline_day) == (place, outlet, day)
    assert "riferisce" not in c.text and "rende noto" not in c.text and not c.text.splitlines()[2].startswith(place)
    assert {"dateline", "agency_credit"} <= {r.kind for r in c.removed}


def test_a_lower_case_place_with_a_dash_is_no_capitals_dateline():
    c = clean_text("Titolo\n\nRoma, 3 marzo - una giornata di sole. Lo dice Mario.\n")
    assert c.place is None and "Roma, 3 marzo" in c.text


@pytest.mark.parametrize(("text", "title"), [
    ("Floods close schools in Passau\n\nHeavy rain flooded the old town on Tuesday.\n", "Floods close schools in Passau"),
    ("Heavy rain flooded the old town on Tuesday.\n\nSchools stay closed.\n", None),  # a lead sentence
    ("Heavy rain flooded the old town on Tuesday. Schools stay closed.\n", None),  # one paragraph
])
def test_the_headline_line_is_the_title(text, title):
    assert clean_text(text).title == title


@pytest.mark.parametrize(("text", "outlet"), [
    ("Titolo\n\nIl governo ha approvato il decreto.\n\nIl testo passa alla Camera. (ANSA).\n", "ANSA"),
    ("Titolo\n\nIl governo ha approvato il decreto.\n\n(AGI)\n", "AGI"),
])
def test_a_closing_agency_in_brackets_is_a_credit(text, outlet):
    c = clean_text(text)
    assert c.outlet == outlet and f"({outlet})" not in c.text and c.text.endswith(".")
    assert ("agency_credit", outlet) in {(r.kind, r.text.strip("().")) for r in c.removed}


def test_an_agency_in_brackets_inside_a_sentence_stays():
    c = clean_text("Title\n\nThe court ruled, a lawyer told (Reuters) reporters.\n\nThe agency (AFP) said so.\n")
    assert "(Reuters)" in c.text and "(AFP)" in c.text and c.outlet is None


def test_a_masthead_under_the_headline_is_the_pages_outlet():
    # Trial 11: "headline / The Independent / By …, Associated Press / MALATYA, Turkey (AP) —": the
    # masthead became a unique claim ("What d7 adds") and the byline's agency the outlet.
    text = ("Strong earthquake kills at least 12 in eastern Turkey\n\nThe Independent\n"
            "By Suzan Fraser, Associated Press\n\nMALATYA, Turkey (AP) — A magnitude 6.1 earthquake struck "
            "eastern Turkey early Saturday, killing at least 12 people, officials said.")
    cleaned = clean_text(text)
    assert cleaned.outlet == "The Independent"
    assert "The Independent" not in cleaned.text and cleaned.text.startswith("Strong earthquake kills")
    assert ("masthead", "The Independent") in [(r.kind, r.text) for r in cleaned.removed]
