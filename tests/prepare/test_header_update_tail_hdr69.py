"""hdr69: update stamps at the page's top that were misread. (1) A byline whose line ends in an update stamp ("By Jane
Doe, Reuters. Updated 14 March 2026 10:15") gave the outlet "Reuters. Updated" and the update as the published date,
or (de, fr) lost the byline in the text; (2) an update stamp opening the page ("Aktualisiert: 14.03.2026", CNN's
"Updated 1015 GMT (1815 HKT) March 14, 2026") became the title; (3) a "Stand:" date (the time a page is shown as of)
was the published date, and a lone "Stand:" line stayed in the text. Every update's date is CleanText.updated, never
the published date; a page dated by it alone is undated and says so in one warning line."""

import pytest

from storylens.prepare.clean import clean_text

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
