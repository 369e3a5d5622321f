"""hdr70: real outlets' stamp lines and datelines that main misread.

1. Two stamps on one line (Le Monde "Publié le …, modifié le …", El País "… CET Actualizado: …", Corriere "… (modifica
   il … | 12:30)", Reuters "… GMT+1 Updated 2 hours ago"), Guardian "Last modified on …": the published and updated
   dates where stated, the line out of the text; a stamp with no date ("Publié aujourd'hui à 10h15", "Updated 2 hours
   ago") is removed and dates nothing (no date from the clock).
2. A lone publication stamp opening the page ("Posted March 14, 2026") is no title.
3. A time said relative to now is no dateline place ("Tomorrow, on March 14 (Reuters) -").
4. Spiegel's kicker / headline / teaser / "Von …" / date layout: the byline and date read; the kicker stays as main
   reads it (break70h H1: a kicker rule removed real short Title Case headlines).
Look-alikes stay text."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

BODY = {
    "en": "The city council approved the new transport plan on Friday after a long debate, officials said.\n\n"
          "The plan adds three bus lines and extends the tram network by 2028, according to the mayor's office.",
    "de": "Der Stadtrat hat den neuen Verkehrsplan am Freitag nach langer Debatte gebilligt, teilten Beamte mit.\n\n"
          "Der Plan sieht drei neue Buslinien vor und verlängert das Straßenbahnnetz bis 2028.",
    "fr": "Le conseil municipal a approuvé le nouveau plan de transport vendredi après un long débat, selon la mairie.\n\n"
          "Le plan ajoute trois lignes de bus et prolonge le tramway vers les quartiers nord d'ici à 2028.",
    "es": "El ayuntamiento aprobó el nuevo plan de transporte el viernes tras un largo debate, según fuentes municipales.\n\n"
          "El plan añade tres líneas de autobús y amplía el tranvía a los barrios del norte antes de 2028.",
    "it": "Il consiglio comunale ha approvato venerdì il nuovo piano dei trasporti dopo un lungo dibattito.\n\n"
          "Il piano aggiunge tre linee di autobus e prolunga il tram verso i quartieri nord entro il 2028.",
}
TITLE = {"en": "City council approves new transport plan", "de": "Stadtrat billigt neuen Verkehrsplan",
         "fr": "Le conseil municipal approuve le plan de transport", "es": "El ayuntamiento aprueba el plan de transporte",
         "it": "Il comune approva il piano dei trasporti"}


@pytest.mark.parametrize(("lang", "stamps", "published", "updated"), [
    ("fr", "Publié le 13 mars 2026 à 10h15, modifié le 14 mars 2026 à 12h30", "2026-03-13", "2026-03-14"),
    ("es", "13 MAR 2026 - 10:15 CET Actualizado: 14 MAR 2026 - 12:30 CET", "2026-03-13", "2026-03-14"),
    ("it", "13 marzo 2026 (modifica il 14 marzo 2026 | 12:30)", "2026-03-13", "2026-03-14"),
    ("it", "13 marzo 2026 | 10:15 (modifica il 14 marzo 2026 | 12:30)", "2026-03-13", "2026-03-14"),
    ("en", "Last modified on Sat 14 Mar 2026 12.30 GMT", None, "2026-03-14"),
    ("en", "March 13, 2026 10:15 AM GMT+1 Updated 2 hours ago", "2026-03-13", None),
    ("en", "March 13, 2026 10:15 AM GMT+1\nUpdated 2 hours ago", "2026-03-13", None),
    ("de", "Veröffentlicht am 13.03.2026, 10:15 Uhr, aktualisiert am 14.03.2026, 12:30 Uhr", "2026-03-13", "2026-03-14"),
    ("en", "Published March 13, 2026 10:15 AM, updated March 14, 2026 12:30 PM", "2026-03-13", "2026-03-14"),
    ("es", "Publicado el 13 de marzo de 2026 a las 10:15, actualizado el 14 de marzo de 2026 a las 12:30",
     "2026-03-13", "2026-03-14"),
    ("it", "Pubblicato il 13 marzo 2026 alle 10:15, aggiornato il 14 marzo 2026 alle 12:30", "2026-03-13", "2026-03-14"),
    # no date stated: none is made from the clock
    ("fr", "Publié aujourd'hui à 10h15", None, None),
    ("fr", "Publié aujourd\u2019hui à 10h15, modifié aujourd\u2019hui à 12h30", None, None),
    ("fr", "Publié hier à 10h15, modifié à 12h30", None, None),
    ("de", "Aktualisiert vor 2 Stunden", None, None),
])
def test_stamp_line_under_the_headline(lang, stamps, published, updated):
    clean = clean_text(f"{TITLE[lang]}\n\n{stamps}\n\n{BODY[lang]}")
    assert (clean.published, clean.updated, clean.title) == (published, updated, TITLE[lang])
    assert clean.text == f"{TITLE[lang]}\n\n{BODY[lang]}"  # every stamp out of the text
    assert all(item.kind in ("stamp", "header") for item in clean.removed)


def test_each_stamp_removed_on_its_own_the_update_last():
    clean = clean_text(f"{TITLE['fr']}\n\nPublié le 13 mars 2026 à 10h15, modifié le 14 mars 2026 à 12h30\n\n{BODY['fr']}")
    assert [(r.kind, r.text) for r in clean.removed] == [("stamp", "Publié le 13 mars 2026 à 10h15"),
                                                         ("stamp", "modifié le 14 mars 2026 à 12h30")]


def test_two_stamps_opening_the_page_are_no_title():
    clean = clean_text(f"Publié le 13 mars 2026 à 10h15, modifié le 14 mars 2026 à 12h30\n{TITLE['fr']}\n\n{BODY['fr']}")
    assert (clean.published, clean.updated, clean.title) == ("2026-03-13", "2026-03-14", TITLE["fr"])


@pytest.mark.parametrize(("lang", "stamp"), [
    ("en", "Posted March 14, 2026"),
    ("de", "Veröffentlicht am 14.03.2026"),
    ("fr", "Publié le 14 mars 2026"),
    ("es", "Publicado el 14 de marzo de 2026"),
    ("it", "Pubblicato il 14 marzo 2026"),
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_lone_publication_stamp_opening_the_page_is_no_title(lang, stamp, gap):
    clean = clean_text(f"{stamp}{gap}{TITLE[lang]}\n\n{BODY[lang]}")
    assert (clean.published, clean.title) == ("2026-03-14", TITLE[lang])
    assert stamp not in clean.text


@pytest.mark.parametrize(("lang", "opening"), [
    ("en", "Tomorrow, on March 14 (Reuters) -"),
    ("en", "Tonight, on March 14 (Reuters) -"),
    ("en", "Earlier, on March 14 (Reuters) -"),
    ("en", "Tomorrow, on March 14, 2026 (Reuters) -"),
    ("fr", "Demain, le 14 mars (AFP) -"),
    ("it", "Domani, il 14 marzo (ANSA) -"),
    ("it", "Stasera, il 14 marzo (ANSA) -"),
    ("de", "Heute Abend, am 14. März (dpa) -"),
    ("es", "Mañana, el 14 de marzo (EFE).-"),
])
def test_a_time_word_is_no_dateline_place(lang, opening):
    assert clean_text(f"{TITLE[lang]}\n\n{opening} {BODY[lang]}").place is None


@pytest.mark.parametrize(("lang", "opening", "place"), [
    ("fr", "PARIS, le 14 mars (AFP) -", "PARIS"),
    ("fr", "Nice, le 14 mars (AFP) -", "Nice"),
    ("de", "Essen, am 14. März (dpa) -", "Essen"),
    ("es", "Madrid, el 14 de marzo (EFE).-", "Madrid"),
    ("it", "Roma, il 14 marzo (ANSA) -", "Roma"),
])
def test_places_still_read(lang, opening, place):
    assert clean_text(f"{TITLE[lang]}\n\n{opening} {BODY[lang]}").place == place


SPIEGEL_TEASER = "Die Stadt will den Nahverkehr ausbauen. Kritiker warnen vor den Kosten."


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(("byline", "authors"), [
    ("Von Anna Schmidt", ("Anna Schmidt",)),
    ("Von Anna Schmidt und Jonas Weber", ("Anna Schmidt", "Jonas Weber")),
])
def test_spiegel_layout(gap, byline, authors):
    lines = ["Verkehrswende in Hamburg", TITLE["de"], SPIEGEL_TEASER, byline, "14.03.2026, 10.15 Uhr"]
    clean = clean_text(gap.join(lines) + f"\n\n{BODY['de']}")
    assert (clean.authors, clean.published) == (authors, "2026-03-14")
    # the kicker stays (break70h H1): no line of the top is lost
    assert clean.text.startswith(gap.join(lines[:3]) + "\n\n")


@pytest.mark.parametrize(("text", "title"), [
    (f"{TITLE['en']}\n\nPosted by the ministry, the letter said the plan would change the bus routes.\n\n{BODY['en']}",
     TITLE["en"]),
    (f"Modifié le règlement intérieur, l'Assemblée vote le budget\n\n{BODY['fr']}",
     "Modifié le règlement intérieur, l'Assemblée vote le budget"),
    (f"{TITLE['en']}\n\nLast modified cars are banned from the race from 14 March 2026, officials said.\n\n{BODY['en']}",
     TITLE["en"]),
    (f"Last modified cars banned from the race\n\n{BODY['en']}", "Last modified cars banned from the race"),
    (f"{TITLE['en']}\n\nThe app was updated 2 hours ago, the company said on Friday.\n\n{BODY['en']}", TITLE["en"]),
    (f"{TITLE['fr']}\n\nPublié aujourd'hui à 10h15, le rapport accuse la direction de négligence grave.\n\n{BODY['fr']}",
     TITLE["fr"]),
    (f"Demain, la grève des transports\n\n{BODY['fr']}", "Demain, la grève des transports"),
])
def test_look_alikes_stay_text(text, title):
    clean = clean_text(text)
    assert (clean.title, clean.published, clean.updated) == (title, None, None)
    assert not [r for r in clean.removed if r.kind in ("stamp", "header")]


def test_three_top_lines_that_are_no_kicker_stay():
    # a first line longer than the second is a headline over a subheading, no kicker under a headline
    lines = ["Stadtrat billigt nach langer Debatte den neuen Verkehrsplan für Hamburg", "Mehr Busse", SPIEGEL_TEASER,
             "Von Anna Schmidt"]
    clean = clean_text("\n".join(lines) + f"\n\n{BODY['de']}")
    assert clean.text.startswith(lines[0])


@pytest.mark.parametrize(("lang", "stamps", "published", "updated"), [
    ("es", "Madrid - 13 MAR 2026 - 10:15 CET Actualizado: 14 MAR 2026 - 12:30 CET", "2026-03-13", "2026-03-14"),
    ("en", "March 13, 2026 10:15 AM GMT+1Updated 2 hours ago", "2026-03-13", None),  # glued as Reuters' copy is
    ("en", "Fri 13 Mar 2026 10.15 GMT Last modified on Sat 14 Mar 2026 12.30 GMT", "2026-03-13", "2026-03-14"),
])
def test_a_place_before_the_stamps_or_a_glued_keyword(lang, stamps, published, updated):
    clean = clean_text(f"{TITLE[lang]}\n\n{stamps}\n\n{BODY[lang]}")
    assert (clean.published, clean.updated, clean.title) == (published, updated, TITLE[lang])
    assert clean.text == f"{TITLE[lang]}\n\n{BODY[lang]}"


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
@pytest.mark.parametrize(("headline", "subheading", "standfirst", "byline", "body"), [
    ("Senate Passes Climate Bill", "The measure now goes to the House, where its fate is uncertain",
     "Democrats hailed the vote. Republicans called it a tax grab.", "By Jane Doe", BODY["en"]),
    ("Brexit Talks Resume", "UK and EU negotiators meet in Brussels for a new round of talks",
     "The talks began on Monday. Both sides said progress was possible.", "By Jane Doe", BODY["en"]),
    ("Fed Raises Rates Again", "The Federal Reserve lifted its benchmark rate by a quarter point on Wednesday",
     "Markets rose. Analysts expect more hikes.", "Updated March 14, 2026 10:15 AM EDT", BODY["en"]),
    ("Biden Resigns", "The President Announces His Decision In An Address To The Nation",
     "He spoke from the Oval Office. Aides were stunned.", "By Jane Doe", BODY["en"]),
    ("Sánchez Convoca Elecciones", "El presidente anuncia comicios anticipados para el 28 de julio",
     "La decisión sorprende. El PP celebra.", "Por Ana García", BODY["es"]),
    ("Merz Trifft Macron", "Der Kanzler reist zu Gesprächen über die Verteidigung nach Paris",
     "Die Themen sind Rüstung und Handel. Die Opposition ist skeptisch.", "Von Anna Schmidt", BODY["de"]),
    ("Macron en Chine", "Le président français rencontre son homologue chinois à Pékin",
     "La visite dure trois jours. Les entreprises suivent.", "Par Jean Dupont", BODY["fr"]),
])
def test_a_short_title_case_headline_is_no_kicker(gap, headline, subheading, standfirst, byline, body):
    # break70h H1: in Title Case every lower-case word is a function word, so such a headline read as a kicker's
    # label, was removed as navigation and its subheading became the title
    clean = clean_text(gap.join([headline, subheading, standfirst, byline]) + f"\n\n{body}")
    assert clean.text.startswith(headline)
    assert clean.title in (headline, None)
    assert not [r for r in clean.removed if r.kind == "navigation"]


def test_a_headline_over_its_subheading_is_no_kicker():
    # a lower-case word that is no function word ("deal", "collapses"): a headline, kept in the text as on main
    lines = ["Iran deal collapses", "Talks in Vienna end without agreement as both sides blame each other",
             "The talks ended late on Friday. Diplomats said no new round was planned.", "By Jane Doe"]
    clean = clean_text("\n".join(lines) + f"\n\n{BODY['en']}")
    assert clean.text.startswith("Iran deal collapses\n")
    assert not [r for r in clean.removed if r.kind == "navigation"]


@pytest.mark.parametrize(("lang", "opening"), [
    ("en", "Tomorrow, March 14 (Reuters) -"),
    ("en", "Tonight, March 14, 2026 (Reuters) -"),
    ("fr", "Demain, 14 mars (AFP) -"),
    ("it", "Domani, 14 marzo 2026 (ANSA) -"),
    ("de", "Heute Abend, 14. März 2026 (dpa) -"),
    ("es", "Mañana, 14 mar (EFE).-"),
])
def test_a_time_word_before_a_dateline_without_on_is_no_place_either(lang, opening):
    clean = clean_text(f"{TITLE[lang]}\n\n{opening} {BODY[lang]}")
    assert clean.place is None
    assert clean.published == "2026-03-14" or clean.dateline_day == "--03-14"  # still read as the dateline


def test_a_listed_city_that_is_a_time_word_stays_a_place():
    assert clean_text(f"{TITLE['it']}\n\nOra, 14 marzo 2026 (ANSA) - {BODY['it']}").place == "Ora"


@pytest.mark.parametrize(("stamp", "published", "updated"), [
    ("14.03.2026, 10.15 Uhr • aus DER SPIEGEL 12/2026", "2026-03-14", None),
    ("Aktualisiert am 14.03.2026, 10:15 Uhr | DIE ZEIT Nr. 12/2026", None, "2026-03-14"),
])
def test_a_stamp_with_its_print_issue(stamp, published, updated):
    clean = clean_text(f"{TITLE['de']}\n\n{stamp}\n\n{BODY['de']}")
    assert (clean.published, clean.updated, clean.text) == (published, updated, f"{TITLE['de']}\n\n{BODY['de']}")


def test_spiegel_print_layout():
    lines = ["Verkehrswende in Hamburg", TITLE["de"], SPIEGEL_TEASER, "Von Anna Schmidt",
             "14.03.2026, 10.15 Uhr • aus DER SPIEGEL 12/2026"]
    clean = clean_text("\n".join(lines) + f"\n\n{BODY['de']}")
    assert (clean.authors, clean.published) == (("Anna Schmidt",), "2026-03-14")
    assert "SPIEGEL" not in clean.text


@pytest.mark.parametrize(("opening", "place"), [
    ("NOW ZAD, Afghanistan, March 14 (Reuters) -", "NOW ZAD, Afghanistan"),
    ("NOW ZAD, March 14 (Reuters) -", "NOW ZAD"),
    ("Hoy, March 14 (Reuters) -", "Hoy"),  # Orkney; Spanish "hoy" (today) is no English time word
])
def test_a_place_opening_with_a_time_word_is_a_place(opening, place):
    # break70h H2: only a place that is wholly a time word or phrase is none ("Tomorrow", "Heute Abend")
    clean = clean_text(f"{TITLE['en']}\n\n{opening} {BODY['en']}")
    assert (clean.place, clean.dateline_day) == (place, "--03-14")


@pytest.mark.parametrize("opening", ["Tomorrow night, March 14 (Reuters) -", "Tomorrow night, March 14, 2026 (Reuters) -"])
def test_a_time_phrase_before_a_day_is_no_place_and_gives_no_day(opening):
    # tz71: "night" is no place's word, so the line is no dateline: no place, no day, and none from the clock
    clean = clean_text(f"{TITLE['en']}\n\n{opening} {BODY['en']}")
    assert (clean.place, clean.dateline_day, clean.published) == (None, None, None)
