"""robust67 MEDIUM: "The Guardian with Reuters" (a line under the headline, or the page's first line) was taken as one
outlet's name ("The" and one lower-case word make an outlet's shape) while "Le Monde avec AFP" was split into the
outlet and the wire agency's credit; a credit of two agencies ("with AP and Reuters", "avec AFP et Reuters") was
read as no credit (the line left in the text, or "Reuters" the outlet). Now every language's form splits alike."""

import pytest

from storylens.prepare.clean import clean_text, parse_byline

TITLE = "Floods hit the coast after days of rain"
LEADS = {
    "en": ("London, 4 November 2026", "Heavy rain flooded the coast on Tuesday, and 12 people died, officials said."),
    "fr": ("Rabat, 4 novembre 2026", "De fortes pluies ont inondé la côte mardi, et 12 personnes sont mortes."),
    "de": ("Berlin, 4. November 2026", "Heftiger Regen hat am Dienstag die Küste überflutet, 12 Menschen starben."),
    "es": ("Madrid, 4 de noviembre de 2026", "Fuertes lluvias inundaron la costa el martes y 12 personas murieron."),
}
CREDITS = [
    ("The Guardian with Reuters", "The Guardian", "en"),
    ("The Guardian with AP and Reuters", "The Guardian", "en"),
    ("Le Monde avec AFP", "Le Monde", "fr"),
    ("Le Monde avec AFP et Reuters", "Le Monde", "fr"),
    ("Süddeutsche Zeitung mit dpa und AFP", "Süddeutsche Zeitung", "de"),
    ("El País con EFE", "El País", "es"),
    ("El País con EFE y Europa Press", "El País", "es"),
]


@pytest.mark.parametrize(("line", "outlet", "lang"), CREDITS)
def test_an_outlet_credited_with_agencies_over_the_dateline_is_the_outlet(line, outlet, lang):
    dateline, lead = LEADS[lang]
    clean = clean_text(f"{TITLE}\n\n{line}\n{dateline}\n\n{lead}\n")
    assert (clean.outlet, clean.authors, clean.published) == (outlet, (), "2026-11-04")
    assert line not in clean.text and clean.text.split("\n")[-1] == lead


@pytest.mark.parametrize(("line", "outlet", "lang"), CREDITS)
def test_the_pages_first_line_credited_with_agencies_is_its_outlet(line, outlet, lang):
    clean = clean_text(f"{line}\n{TITLE}\nBy Jane Holloway\nLONDON (Reuters) — {LEADS[lang][1]}\n")
    assert (clean.outlet, clean.authors, clean.title) == (outlet, ("Jane Holloway",), TITLE)
    assert line not in clean.text


@pytest.mark.parametrize(("byline", "parsed"), [
    ("The Guardian with AP and Reuters", ([], "The Guardian")),
    ("Le Monde avec AFP et Reuters", ([], "Le Monde")),
    ("Jane Holloway with Reuters and AP", (["Jane Holloway"], None)),
    ("El Mundo con EFE y Europa Press", ([], "El Mundo")),
    ("Jean Dupont (avec AFP et Reuters)", (["Jean Dupont"], None)),
])
def test_two_agencies_credited_with_a_with_are_both_credit(byline, parsed):
    assert parse_byline(byline) == parsed


@pytest.mark.parametrize("line", ["The Guardian with Reuters and friends", "Die Regierung mit dpa und AFP"])
def test_a_credit_with_a_word_that_is_no_agency_or_no_outlet_before_it_is_no_byline(line):
    lead = LEADS["en"][1]
    clean = clean_text(f"{TITLE}\n\n{line}\n\n{lead}\n")
    assert clean.authors == () and clean.outlet != line.split(" with ")[0] and line in clean.text
