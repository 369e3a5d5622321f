"""hdr68b (tester break68h): readings hdr68's header rules got wrong. A byline with a wire's credit and a date gave the
date as the outlet and no published date; an event's weekday phrase ("Breaking News on Friday, 13 March 2026") was an
outlet's weekday edition and dated the report by the event's day; a surname opening with an article ("Par Le Pen")
was an outlet and the author lost; an update field beside a byline ("By Jane Doe | Updated: 14 March 2026") gave the
outlet "Updated:" and the update as the published date, or its date was dropped with no word."""

import pytest

from storylens.models import RawDocument
from storylens.prepare.clean import clean_text, parse_byline
from storylens.report.compare import prepare_document

LEADS = {
    "en": ("Council approves housing plan", "The council said on Friday that the plan would cost 40 million euros."),
    "de": ("Rat billigt Wohnungsplan", "Der Rat teilte am Freitag mit, der Plan koste 40 Millionen Euro."),
    "fr": ("Le conseil adopte le plan logement", "Le conseil a indiqué vendredi que le plan coûterait 40 millions."),
    "es": ("El consejo aprueba el plan de vivienda", "El consejo dijo el viernes que el plan costaría 40 millones."),
    "nl": ("Raad keurt woonplan goed", "De raad zei vrijdag dat het plan 40 miljoen euro kost."),
}


def _under(lang: str, header: str) -> str:
    title, lead = LEADS[lang]
    return f"{title}\n{header}\n\n{lead}\n"


@pytest.mark.parametrize(("line", "lang", "authors", "agencies"), [
    ("By Jane Doe with AP, 14 March 2026", "en", ("Jane Doe",), ("AP",)),
    ("Par Jean Dupont avec AFP, 14 mars 2026", "fr", ("Jean Dupont",), ("AFP",)),
    ("Von Hans Müller mit dpa, 14. März 2026", "de", ("Hans Müller",), ("dpa",)),
    ("Por Ana García con EFE, 14 de marzo de 2026", "es", ("Ana García",), ("EFE",)),
    ("By Jane Doe and John Roe with Reuters, 14 March 2026", "en", ("Jane Doe", "John Roe"), ("Reuters",)),
])
def test_a_credited_byline_with_a_date_gives_the_date_as_published_never_as_the_outlet(line, lang, authors, agencies):
    clean = clean_text(_under(lang, line))
    assert (clean.authors, clean.contributors, clean.outlet) == (authors, agencies, None)
    assert clean.published == "2026-03-14" and clean.title == LEADS[lang][0]


@pytest.mark.parametrize("byline", ["Jane Doe with AP, 14 March 2026", "Jane Doe, 14 March 2026",
                                    "La Vanguardia, 14 de marzo de 2026"])
def test_parse_byline_never_takes_a_date_for_the_outlet(byline):
    # a date is neither an author nor an outlet: the line is no byline alone (a header reader takes its date)
    assert parse_byline(byline) is None


@pytest.mark.parametrize(("line", "lang", "outlet"), [
    ("Por La Vanguardia, 14 de marzo de 2026", "es", "La Vanguardia"),
    ("Par Le Monde, 14 mars 2026", "fr", "Le Monde"),
    ("By Reuters, 14 March 2026", "en", "Reuters"),
])
def test_an_outlet_after_the_marker_with_a_date_is_the_outlet_and_the_date_published(line, lang, outlet):
    # the date was the outlet, or (its reading refused) the marked outlet a dateline's place "Por La Vanguardia"
    clean = clean_text(_under(lang, line))
    assert (clean.outlet, clean.authors, clean.place, clean.published) == (outlet, (), None, "2026-03-14")


@pytest.mark.parametrize(("line", "lang"), [
    ("Breaking News on Friday, 13 March 2026", "en"),
    ("Royal Mail on Monday, 16 March 2026", "en"),
    ("Streik bei Post am Montag, 16. März 2026", "de"),
    ("Tag der Presse am Sonntag, 15. März 2026", "de"),
    ("Fin del mundo el domingo, 15 de marzo de 2026", "es"),
    ("Fête du Journal le dimanche 15 mars 2026", "fr"),
])
def test_an_event_on_a_weekday_is_no_weekday_edition(line, lang):
    # (no outlet: as main reads them, these lines stay text or a dateline's place, not a header of the report)
    assert clean_text(_under(lang, line)).outlet is None


@pytest.mark.parametrize(("line", "lang", "outlet"), [
    ("Welt am Sonntag, 15. März 2026", "de", "Welt am Sonntag"),
    ("The Mail on Sunday, 15 March 2026", "en", "The Mail on Sunday"),
    ("The Times on Saturday, 14 March 2026", "en", "The Times on Saturday"),
])
def test_a_listed_weekday_edition_is_still_the_outlet(line, lang, outlet):
    clean = clean_text(_under(lang, line))
    assert clean.outlet == outlet and clean.published is not None


@pytest.mark.parametrize(("line", "lang", "author"), [
    ("Par Le Pen", "fr", "Le Pen"),
    ("Par La Fontaine", "fr", "La Fontaine"),
    ("Par Le Goff", "fr", "Le Goff"),
    ("Por El Amrani", "es", "El Amrani"),
    ("Von Der Leyen", "de", "Der Leyen"),
    ("By Le Pen", "en", "Le Pen"),
])
def test_an_article_and_one_name_unlisted_is_the_author(line, lang, author):
    clean = clean_text(_under(lang, line))
    assert (clean.authors, clean.outlet) == ((author,), None)


@pytest.mark.parametrize(("line", "lang", "authors", "outlet"), [
    ("By Jane Doe | Updated: 14 March 2026", "en", ("Jane Doe",), None),
    ("By Jane Doe, Updated 14 March 2026", "en", ("Jane Doe",), None),
    ("Reuters | Updated: 14 March 2026", "en", (), "Reuters"),
    ("The Guardian | Last updated: 14 March 2026 10:15", "en", (), "The Guardian"),
    ("Von Hans Müller | Aktualisiert: 14.03.2026", "de", ("Hans Müller",), None),
    ("Par Jean Dupont | Mis à jour le 14 mars 2026", "fr", ("Jean Dupont",), None),
    ("Por Ana García | Actualizado: 14/03/2026", "es", ("Ana García",), None),
    ("Door Sanne de Groot | Bijgewerkt: 14 maart 2026", "nl", ("Sanne de Groot",), None),
    ("By Jane Doe | Updated March 14, 2026 10:15 a.m. ET", "en", ("Jane Doe",), None),
])
def test_an_update_field_beside_a_byline_is_the_update_in_any_order(line, lang, authors, outlet):
    clean = clean_text(_under(lang, line))
    assert (clean.authors, clean.outlet) == (authors, outlet)
    assert (clean.published, clean.updated) == (None, "2026-03-14")
    # the update alone dates nothing: one warning line says so (it was dropped silently, or the published date)
    doc = prepare_document(RawDocument("a.txt", _under(lang, line)), "a")
    assert doc.published is None
    assert len([w for w in doc.warnings if w.startswith("date:") and "2026-03-14" in w]) == 1
