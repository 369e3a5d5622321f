"""hdr68 (robust67b): an update stamp alone at the page's top ("Updated: 14 March 2026 10:15", "Aktualisiert:", "Mis
à jour le", "Actualizado:"), over or under the headline, was read as the publication date: an update is no
publication. Now its date is kept apart (CleanText.updated) and never the published date; when it is the only date
the document is undated and its report says why in one warning line (nothing is invented)."""

import pytest

from storylens.models import RawDocument
from storylens.prepare.clean import clean_text
from storylens.report.compare import prepare_document

LEADS = {
    "en": ("Schools to reopen Monday", "The city said on Friday that schools would reopen after the storm."),
    "de": ("Schulen öffnen am Montag wieder", "Die Stadt teilte am Freitag mit, die Schulen würden wieder öffnen."),
    "fr": ("Les écoles rouvriront lundi", "La ville a annoncé vendredi que les écoles rouvriraient après la tempête."),
    "es": ("Las escuelas reabren el lunes", "La ciudad anunció el viernes que las escuelas reabrirían tras la tormenta."),
}
STAMPS = [
    ("Updated: 14 March 2026 10:15", "en"),
    ("Aktualisiert: 14.03.2026 10:15", "de"),
    ("Mis à jour le 14 mars 2026 à 10h15", "fr"),
    ("Actualizado: 14 de marzo de 2026 10:15", "es"),
]


@pytest.mark.parametrize(("stamp", "lang"), STAMPS)
@pytest.mark.parametrize("layout", ["{title}\n{stamp}\n\n{lead}\n", "{stamp}\n{title}\n\n{lead}\n",
                                    "{stamp}\n\n{lead}\n"])
def test_an_update_stamp_alone_is_no_publication_date(stamp, lang, layout):
    title, lead = LEADS[lang]
    clean = clean_text(layout.format(title=title, stamp=stamp, lead=lead))
    assert (clean.published, clean.updated) == (None, "2026-03-14")
    assert stamp not in clean.text


@pytest.mark.parametrize(("published", "lang"), [("Published: 12 March 2026", "en"), ("Veröffentlicht: 12.03.2026", "de")])
def test_the_publication_stamp_beside_an_update_stamp_is_the_date(published, lang):
    title, lead = LEADS[lang]
    stamp = {lg: s for s, lg in STAMPS}[lang]
    for top in (f"{published}\n{stamp}", f"{stamp}\n{published}"):
        clean = clean_text(f"{title}\n{top}\n\n{lead}\n")
        assert (clean.published, clean.updated) == ("2026-03-12", "2026-03-14")


def test_a_document_dated_only_by_its_update_says_so_in_one_warning_line():
    title, lead = LEADS["en"]
    doc = prepare_document(RawDocument("u.txt", f"{title}\nUpdated: 14 March 2026 10:15\n\n{lead}\n"), "d1")
    assert doc.published is None
    notes = [w for w in doc.warnings if w.startswith("date:")]
    assert len(notes) == 1 and "2026-03-14" in notes[0] and "\n" not in notes[0]
    dated = prepare_document(RawDocument("p.txt", f"{title}\nUpdated: 14 March 2026 10:15\n\n{lead}\n",
                                         metadata={"published": "2026-03-12"}), "d2")
    assert dated.published == "2026-03-12" and not any(w.startswith("date:") for w in dated.warnings)


@pytest.mark.parametrize(("fields", "published", "authors"), [
    ("Redacción · Actualizado: 30 nov. 2026", None, ()),
    ("World | Updated: 30 November 2026 | By Jane Holloway", None, ("Jane Holloway",)),
    ("Binnenland | Aktualisiert: 30.11.2026, 16:22 | Door Sanne de Groot", None, ("Sanne de Groot",)),
    ("World | Published: 29 November 2026 | Updated: 30 November 2026 | By Jane Holloway", "2026-11-29",
     ("Jane Holloway",)),
])
def test_an_update_field_in_a_header_line_of_fields_is_no_publication_date(fields, published, authors):
    title, lead = LEADS["es"]
    clean = clean_text(f"{title}\n{fields}\n\n{lead}\n")
    assert (clean.published, clean.updated, clean.authors) == (published, "2026-11-30", authors)
    assert fields not in clean.text
