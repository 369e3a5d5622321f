"""hdr69: update stamps at the page's top that were misread. (1) A byline whose line ends in an update stamp ("By Jane
Doe, Reuters. Updated 14 March 2026 10:15") gave the outlet "Reuters. Updated" and the update as the published date,
or (de, fr) lost the byline in the text; (2) an update stamp opening the page ("Aktualisiert: 14.03.2026", CNN's
"Updated 1015 GMT (1815 HKT) March 14, 2026") became the title; (3) a "Stand:" date (the time a page is shown as of)
was the published date, and a lone "Stand:" line stayed in the text. Every update's date is CleanText.updated, never
the published date; a page dated by it alone is undated and says so in one warning line."""

import pytest

from storylens.models import RawDocument
from storylens.prepare.clean import clean_text
from storylens.report.compare import prepare_document

BODY = {
    "en": "The city said on Friday that schools would reopen after the storm.\n\nRepairs will take a week.",
    "de": "Die Stadt teilte am Freitag mit, die Schulen würden wieder öffnen.\n\nDie Reparaturen dauern eine Woche.",
    "fr": "La ville a annoncé vendredi que les écoles rouvriraient.\n\nLes réparations prendront une semaine.",
    "es": "La ciudad anunció el viernes que las escuelas reabrirían.\n\nLas reparaciones durarán una semana.",
}
TITLE = {"en": "Schools to reopen Monday", "de": "Schulen öffnen am Montag wieder",
         "fr": "Les écoles rouvriront lundi", "es": "Las escuelas reabren el lunes"}


@pytest.mark.parametrize(("line", "lang", "author", "outlet"), [
    ("By Jane Doe, Reuters. Updated 14 March 2026 10:15", "en", "Jane Doe", "Reuters"),
    ("By Jane Doe, Reuters. Last updated: 14 March 2026", "en", "Jane Doe", "Reuters"),
    ("Von Hans Müller, dpa. Aktualisiert am 14.03.2026, 10:15 Uhr", "de", "Hans Müller", "dpa"),
    ("Par Jean Dupont, AFP. Mis à jour le 14 mars 2026 à 10h15", "fr", "Jean Dupont", "AFP"),
    ("Por Ana García, EFE. Actualizado 14 de marzo de 2026, 10:15", "es", "Ana García", "EFE"),
])
def test_a_byline_ending_in_an_update_stamp(line, lang, author, outlet):
    clean = clean_text(f"{TITLE[lang]}\n{line}\n\n{BODY[lang]}")
    assert (clean.authors, clean.outlet, clean.published, clean.updated) == ((author,), outlet, None, "2026-03-14")
    assert clean.title == TITLE[lang]
    assert clean.text.startswith(f"{TITLE[lang]}\n\n")  # the byline's line is no text


@pytest.mark.parametrize(("line", "lang", "published", "updated"), [
    ("By Jane Doe, Reuters. Published 12 March 2026. Updated 14 March 2026", "en", "2026-03-12", "2026-03-14"),
    ("By Jane Doe, Reuters. Posted March 12, 2026", "en", "2026-03-12", None),
    ("Von Jane Doe, dpa. Veröffentlicht am 12.03.2026, 09:00 Uhr. Aktualisiert am 14.03.2026", "de", "2026-03-12",
     "2026-03-14"),
])
def test_a_byline_ending_in_a_publication_stamp_and_an_update_stamp(line, lang, published, updated):
    # the same kind: every keyed stamp closing the byline's line is read by its keyword, none is the outlet's
    clean = clean_text(f"{TITLE[lang]}\n{line}\n\n{BODY[lang]}")
    assert (clean.authors, clean.outlet, clean.published, clean.updated) == (("Jane Doe",), line.split(", ")[1].split(".")[0],
                                                                             published, updated)
    assert clean.text.startswith(f"{TITLE[lang]}\n\n")


@pytest.mark.parametrize(("stamp", "lang"), [
    ("Aktualisiert: 14.03.2026", "de"),
    ("Last updated: 14 March 2026", "en"),
    ("Updated 10:15 AM EDT, Sat March 14, 2026", "en"),
    ("Updated 1015 GMT (1815 HKT) March 14, 2026", "en"),
    ("Mis à jour le 14/03/2026", "fr"),
    ("Actualizado el 14 de marzo de 2026", "es"),
    ("Stand: 14.03.2026", "de"),
    ("Stand: 14.03.2026 10:15 Uhr", "de"),
])
@pytest.mark.parametrize("layout", ["{stamp}\n\n{body}", "{stamp}\n\n{title}\n\n{body}", "{title}\n{stamp}\n\n{body}"])
def test_an_update_stamp_is_no_title_and_no_publication(stamp, lang, layout):
    clean = clean_text(layout.format(stamp=stamp, title=TITLE[lang], body=BODY[lang]))
    assert (clean.published, clean.updated) == (None, "2026-03-14")
    assert clean.title in (None, TITLE[lang])
    assert stamp not in clean.text


@pytest.mark.parametrize("top", ["Stand:\n14.03.2026 10:15 Uhr", "Stand:\n14.03.2026", "Aktualisiert:\n14.03.2026"])
def test_a_lone_keyword_line_dates_the_update_with_the_line_under_it(top):
    clean = clean_text(f"{TITLE['de']}\n{top}\n\n{BODY['de']}")
    assert (clean.published, clean.updated, clean.title) == (None, "2026-03-14", TITLE["de"])
    assert "Stand" not in clean.text and "Aktualisiert" not in clean.text and "14.03.2026" not in clean.text


def test_a_lone_stand_without_a_date_is_furniture():
    clean = clean_text(f"{TITLE['de']}\nStand:\n\n{BODY['de']}")
    assert (clean.published, clean.updated) == (None, None)
    assert "Stand" not in clean.text


def test_stand_beside_a_publication_date():
    clean = clean_text(f"{TITLE['de']}\nVeröffentlicht: 12.03.2026\nStand: 14.03.2026 10:15 Uhr\n\n{BODY['de']}")
    assert (clean.published, clean.updated) == ("2026-03-12", "2026-03-14")


def test_a_page_dated_by_stand_alone_is_undated_with_a_warning():
    doc = prepare_document(RawDocument(text=f"Stand: 14.03.2026\n\n{TITLE['de']}\n\n{BODY['de']}", source="a.txt"), "d1")
    assert doc.published is None
    assert [w for w in doc.warnings if "only an update time (2026-03-14)" in w]
