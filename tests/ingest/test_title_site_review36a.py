"""A page's ``<title>`` part is the outlet only when it reads as a site's name (review36a M6): "Opinion",
"Live updates", "Gallery", "what we know" or "Spanish Prime Minister Pedro Sánchez" beside the headline
were read as the outlet, and won over the outlet the article's dateline names. The pages are short reports
written for the test in the shape of the review's pages."""

from __future__ import annotations

import pytest

from storylens.ingest import read_path
from storylens.ingest.files import title_site
from storylens.report.compare import prepare_document


@pytest.mark.parametrize(("title", "headline"), [
    ("Floods in Spain kill 158 - Opinion", "Floods in Spain kill 158"),
    ("Floods in Spain - what we know", "Floods in Spain"),
    ("Floods in Spain | Live updates", "Floods in Spain"),
    ("War in Ukraine - Day 900 - Live", "War in Ukraine"),
    ("Floods in Spain | Photos | Gallery", "Floods in Spain"),
    ("Floods in Spain | Analysis", "Floods in Spain"),
    ("Sánchez visits Valencia - Spanish Prime Minister Pedro Sánchez", "Sánchez visits Valencia"),
    ("Live | Floods in Spain", "Floods in Spain"),  # a kicker before the headline
    ("Hochwasser in Passau | Liveticker", "Hochwasser in Passau"),
    ("Hochwasser in Passau - Bürgermeister Jürgen Dupper", "Hochwasser in Passau"),
    ("Inondations à Valence - En direct", "Inondations à Valence"),
    ("Inundaciones en Valencia | Lo que sabemos", "Inundaciones en Valencia"),
    ("Powódź w Orsku | Relacja na żywo", "Powódź w Orsku"),
    ("Наводнение в Орске - Что известно", "Наводнение в Орске"),
    ("Orsk'ta sel | Canlı yayın", "Orsk'ta sel"),
    ("Tagesblatt - Erdbeben in Izmir", "Erdbeben in Izmir"),  # an unlisted name before the headline
])
def test_a_section_kicker_or_a_person_in_the_title_is_no_outlet(title, headline):
    assert title_site(f"<title>{title}</title>", headline) is None


@pytest.mark.parametrize(("title", "headline", "site"), [
    ("Floods in Spain | Daily Courier", "Floods in Spain", "Daily Courier"),
    ("Hochwasser in Passau | Tagesblatt", "Hochwasser in Passau", "Tagesblatt"),
    ("Le Monde - Inondations à Valence", "Inondations à Valence", "Le Monde"),  # listed: first part too
    ("Powódź w Orsku – Gazeta Nadwiślańska", "Powódź w Orsku", "Gazeta Nadwiślańska"),
    ("فيضانات في إسبانيا - الجزيرة نت", "فيضانات في إسبانيا", "الجزيرة نت"),
])
def test_a_site_s_name_after_the_headline_is_still_read(title, headline, site):
    assert title_site(f"<title>{title}</title>", headline) == site


HEADLINE = "Floods in Spain kill 158"
BODY = ("<p>VALENCIA, Oct 31, 2024 (Reuters) - Flash floods in eastern Spain have killed at least 158 people, "
        "officials said on Thursday.</p><p>Rescue teams searched the town of Paiporta for survivors as the "
        "water receded.</p><p>The government declared three days of national mourning.</p>")


def _page(tmp_path, title: str, head: str = "", body: str = BODY):
    path = tmp_path / "page.html"
    path.write_text(f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title>{head}"
                    f"</head><body><article><h1>{HEADLINE}</h1>{body}</article></body></html>", encoding="utf-8")
    return prepare_document(read_path(path), "d1")


def test_a_kicker_in_the_title_does_not_hide_the_dateline_s_outlet(tmp_path):
    assert _page(tmp_path, f"{HEADLINE} - Opinion").outlet == "Reuters"


def test_the_dateline_s_outlet_wins_over_the_title_s_site(tmp_path):
    assert _page(tmp_path, f"{HEADLINE} | Daily Courier").outlet == "Reuters"


def test_og_site_name_wins_over_the_title_s_site(tmp_path):
    head = "<meta property=\"og:site_name\" content=\"The Valencia Herald\">"
    body = BODY.replace("VALENCIA, Oct 31, 2024 (Reuters) - ", "")
    assert _page(tmp_path, f"{HEADLINE} | Daily Courier", head, body).outlet == "The Valencia Herald"


def test_the_title_s_site_is_the_outlet_when_nothing_else_names_one(tmp_path):
    body = BODY.replace("VALENCIA, Oct 31, 2024 (Reuters) - ", "")
    assert _page(tmp_path, f"{HEADLINE} | Daily Courier", body=body).outlet == "Daily Courier"
    assert _page(tmp_path, f"{HEADLINE} - Opinion", body=body).outlet is None
