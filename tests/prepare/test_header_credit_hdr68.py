"""hdr68 (newuser67 MEDIUM/LOW): a wire agency credited inside an "Outlet, date" header line stayed in the outlet ("Le
Monde avec AFP", "The Guardian with Reuters"), or made the name too long for one and the line went unread ("El País
con EFE y Europa Press, 14 de marzo de 2026": the header became the title and a claim, no date); and a credited
agency was kept only in the removed header line, never among the contributors the JSON report gives. Now the
outlet is the name before the credit and the agencies are contributors, in every language's "with"."""

import pytest

from storylens.prepare.clean import clean_text

HEADLINE = "Schools to reopen Monday"
LEAD = "The city said on Friday that schools would reopen after the storm damage was repaired."

HEADERS = [
    ("El País con EFE y Europa Press, 14 de marzo de 2026", "El País", ("EFE", "Europa Press")),
    ("Le Monde avec AFP, 14 mars 2026", "Le Monde", ("AFP",)),
    ("Der Spiegel mit dpa und Reuters, 14. März 2026", "Der Spiegel", ("dpa", "Reuters")),
    ("The Guardian with Reuters, 14 March 2026", "The Guardian", ("Reuters",)),
]


@pytest.mark.parametrize(("header", "outlet", "credited"), HEADERS)
def test_a_credit_in_an_outlet_header_over_the_headline_is_contributors(header, outlet, credited):
    clean = clean_text(f"{header}\n{HEADLINE}\n\n{LEAD}\n")
    assert (clean.outlet, clean.contributors, clean.published, clean.title) == (outlet, credited, "2026-03-14",
                                                                               HEADLINE)
    assert header not in clean.text and clean.text.startswith(HEADLINE)


@pytest.mark.parametrize(("header", "outlet", "credited"), HEADERS)
def test_a_credit_in_an_outlet_header_under_the_headline_or_alone_is_contributors(header, outlet, credited):
    under = clean_text(f"{HEADLINE}\n{header}\n\n{LEAD}\n")
    alone = clean_text(f"{header}\n\n{LEAD}\n")
    for clean in (under, alone):
        assert (clean.outlet, clean.contributors, clean.published) == (outlet, credited, "2026-03-14")
        assert header not in clean.text
    assert under.title == HEADLINE


@pytest.mark.parametrize(("header", "author", "outlet", "credited"), [
    ("By Jane Doe, The Guardian with Reuters, 14 March 2026", "Jane Doe", "The Guardian", ("Reuters",)),
    ("Par Jean Dupont, Le Monde avec AFP, 14 mars 2026", "Jean Dupont", "Le Monde", ("AFP",)),
    ("Por Ana García, El País con EFE y Europa Press, 14 de marzo de 2026", "Ana García", "El País",
     ("EFE", "Europa Press")),
    ("Von Hans Müller, Der Spiegel mit dpa, 14. März 2026", "Hans Müller", "Der Spiegel", ("dpa",)),
])
def test_a_credit_after_the_outlet_of_a_dated_byline_is_contributors(header, author, outlet, credited):
    clean = clean_text(f"{header}\n{HEADLINE}\n\n{LEAD}\n")
    assert (clean.authors, clean.outlet, clean.contributors, clean.published) == ((author,), outlet, credited,
                                                                                  "2026-03-14")


@pytest.mark.parametrize(("byline", "outlet", "credited"), [
    ("Par Libération avec AFP", "Libération", ("AFP",)),
    ("The Guardian with AP and Reuters", "The Guardian", ("AP", "Reuters")),
    ("Por El Mundo con EFE", "El Mundo", ("EFE",)),
])
def test_a_bylines_credited_agencies_are_contributors(byline, outlet, credited):
    clean = clean_text(f"{HEADLINE}\n{byline}\n\n{LEAD}\n")
    assert (clean.outlet, clean.contributors) == (outlet, credited)


def test_a_person_credited_with_an_agency_keeps_the_agency_as_contributor():
    clean = clean_text(f"{HEADLINE}\nBy Jane Holloway with Reuters\n\n{LEAD}\n")
    assert (clean.authors, clean.contributors) == (("Jane Holloway",), ("Reuters",))
    # a "with" that credits no agency credits nothing, whatever the line is read as
    for line in ("The Guardian with Reuters and friends, 14 March 2026", "Die Regierung mit dpa und AFP, 14. März 2026"):
        assert clean_text(f"{HEADLINE}\n{line}\n\n{LEAD}\n").contributors == ()

