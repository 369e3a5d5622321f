"""All-numeric header dates whose day and month could swap, read in the order the page writes its dates (ecb52).

People.com's "UPDATED 05/03/2013 at 11:00 AM EDT" (3 May) was read day first as 5 March, 58 days before
a report of the same check-in: what the page writes decides (another slash date only one order reads, a North
American clock zone, English dates with the month's name first), never the clock; nothing deciding, day first.
"""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

BODY = ("Lindsay Lohan checked into the clinic on Thursday night, her representative confirmed to reporters.\n"
        "She had been ordered by a court on {day} to enter a facility.\n")


@pytest.mark.parametrize(("header", "day", "published"), [
    ("UPDATED 05/03/2013 at 11:00 AM EDT", "Tuesday", "2013-05-03"),
    ("Posted 5/3/2013 10:20 a.m. ET", "Tuesday", "2013-05-03"),
    ("Publicado el 05/03/2013 a las 10:20 PDT", "martes", "2013-05-03"),
    ("Published 05/03/2013", "April 30, 2013", "2013-05-03"),  # the month's name first
    ("Published 05/03/2013", "04/30/2013", "2013-05-03"),  # only month first reads it
    # day first: the page says so, or nothing decides
    ("Published 05/03/2013", "30 April 2013", "2013-03-05"),
    ("Published 05/03/2013", "30/04/2013", "2013-03-05"),
    ("Published 05/03/2013 10:20 GMT", "Tuesday", "2013-03-05"),
    ("Publié le 05/03/2013 à 10h20", "mardi", "2013-03-05"),
    ("Veröffentlicht am 05.03.2013, 10:20 Uhr", "Dienstag", "2013-03-05"),
])
def test_slash_date_order_follows_the_page(header, day, published):
    cleaned = clean_text(f"Lohan checks into rehab\n{header}\n{BODY.format(day=day)}")
    # an update's stamp ("UPDATED …") dates the update, no publication (hdr68): its day is read in the same order
    assert (cleaned.updated if header.startswith("UPDATED") else cleaned.published) == published
