"""An HTML page and its text twin give the same ledger (final41 #7b): the page's <h1> "Erdbeben erschüttert
Westtürkei" (3 words) was no claim while the .txt's first line was the shared headline claim, the lead fact
then sat inside a conflicting claim, and the outlet in ``<title>… | Tagesblatt</title>`` was not read. The
page and the twin are a short German report written for the test; the English report is the trial's."""

from __future__ import annotations

import pytest

import storylens
from storylens.ingest import read_path
from storylens.ingest.files import title_site
from storylens.models import RawDocument
from storylens.report.compare import prepare_document

HEADLINE = "Erdbeben erschüttert Westtürkei"
PARAGRAPHS = [
    ("ISTANBUL, 3. März 2025 – Ein Erdbeben der Stärke 6,1 hat am Montag die Provinz Izmir erschüttert. Mindestens "
     "14 Menschen kamen ums Leben, 230 wurden verletzt, teilte der Katastrophenschutz AFAD mit."),
    "„Wir werden alle Kräfte mobilisieren“, sagte Innenminister Ali Yerlikaya in Ankara.",
    "Die Schulen blieben geschlossen, als die Nachbeben am Dienstag nicht aufhörten.",
    "Der Flughafen von Izmir wurde nicht beschädigt.",
    "Präsident Recep Tayyip Erdoğan drohte den Bauunternehmern mit harten Strafen.",
]
PAGE = ("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">"
        f"<title>{HEADLINE} | Tagesblatt</title>"
        "<meta property=\"article:published_time\" content=\"2025-03-03T10:00:00Z\"></head><body>"
        "<nav><a href=\"/\">Startseite</a> <a href=\"/politik\">Politik</a> <a href=\"/sport\">Sport</a></nav>"
        f"<article><h1>{HEADLINE}</h1>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "<aside><h2>Mehr zum Thema</h2><ul><li><a href=\"/a\">Erdbeben in Syrien: Zahl der Toten steigt</a></li>"
        "</ul></aside></article><footer>© 2025 Tagesblatt. Alle Rechte vorbehalten.</footer></body></html>")
TWIN = f"{HEADLINE}\n\n" + "\n".join(PARAGRAPHS) + "\n"
EN = ("Earthquake rocks western Turkey\n\n"
      "ISTANBUL, March 3, 2025 - A magnitude 6.1 earthquake struck Izmir province on Monday. At least 21 people "
      "were killed and 230 injured, the disaster agency AFAD said.\n"
      "\"We will mobilise all our forces,\" Interior Minister Ali Yerlikaya told reporters in Ankara.\n"
      "Schools stayed open while the aftershocks did not stop on Tuesday.\n"
      "Izmir airport was damaged in the quake.\n"
      "President Recep Tayyip Erdogan threatened builders with harsh penalties.\n")


def _files(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "twin.txt").write_text(TWIN, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    return tmp_path / "page.html", tmp_path / "twin.txt", tmp_path / "en.txt"


def test_the_page_and_its_twin_are_the_same_document(tmp_path):
    page, twin, _ = _files(tmp_path)
    a, b = (prepare_document(read_path(p), "d1") for p in (page, twin))
    assert [s.text for s in a.sentences] == [s.text for s in b.sentences]
    assert a.sentences[0].text == HEADLINE
    assert (a.title, a.published, a.language) == (b.title, b.published, b.language) == (HEADLINE, "2025-03-03", "de")
    assert a.outlet == "Tagesblatt"


@pytest.mark.parametrize(("title", "headline", "site"), [
    ("Erdbeben erschüttert Westtürkei | Tagesblatt", "Erdbeben erschüttert Westtürkei", "Tagesblatt"),
    ("Le Monde - Inondations à Valence", "Inondations à Valence", "Le Monde"),
    ("Storm hits coast | World news | The Guardian", "Storm hits coast", "The Guardian"),
    ("洪水淹没奥尔斯克 - 新华网", "洪水淹没奥尔斯克", "新华网"),
    ("Powódź w Orsku &#8211; Gazeta Nadwiślańska", "Powódź w Orsku", "Gazeta Nadwiślańska"),
    ("Storm - what we know | BBC News", "Storm - what we know", "BBC News"),  # a dash inside the headline
])
def test_the_site_s_name_beside_the_headline_in_the_title_is_the_outlet(title, headline, site):
    assert title_site(f"<html><head><title>{title}</title></head></html>", headline) == site


@pytest.mark.parametrize(("title", "headline"), [
    ("Storm hits coast", "Storm hits coast"),  # no site named
    ("Storm hits coast | Live", "Floods in the north"),  # the title is another headline's
    ("Storm hits coast | Read the full report on the storm here now", "Storm hits coast"),  # a phrase, no name
    ("Storm hits coast | 3 March 2025", "Storm hits coast"),  # a date
])
def test_no_outlet_from_a_title_without_a_site_s_name(title, headline):
    assert title_site(f"<title>{title}</title>", headline) is None


BODY = ("A court in Drovnik on Tuesday sentenced former transport minister Viktor Halden to nine years in "
        "prison.\n\nHalden, 61, served as minister from 2017 to 2021.")


@pytest.mark.parametrize("title", ["Halden jailed", "Ex-minister Halden jailed", "德罗夫尼克前部长被判刑", "大雨警報"])
def test_a_short_given_title_is_the_headline(title):
    doc = prepare_document(RawDocument("a.html", BODY, metadata={"title": title}), "d1")
    assert doc.sentences[0].text == title


@pytest.mark.parametrize("title", ["Home", "World | Site", "Startseite Politik", "News"])
def test_a_site_s_title_is_no_headline(title):
    doc = prepare_document(RawDocument("a.html", BODY, metadata={"title": title}), "d1")
    assert not doc.text.startswith(title)


def test_the_page_and_its_twin_give_the_same_ledger(tmp_path, embedder):
    page, twin, en = _files(tmp_path)
    results = [storylens.compare([first, en], embedder=embedder) for first in (page, twin)]
    # each claim as the ledger shows it: its status, whether it conflicts, and every document's sentences
    ledgers = [sorted((c.status, bool(c.conflict), tuple(sorted((e.doc, e.text) for e in c.evidence)))
                      for c in r.claims) for r in results]
    assert ledgers[0] == ledgers[1]
    headline = [c for c in results[0].claims if any(e.text == HEADLINE for e in c.evidence)]
    assert len(headline) == 1 and headline[0].status == "shared"
    assert results[0].documents[0].outlet == "Tagesblatt"
