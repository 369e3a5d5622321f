"""A wire agency credited after a byline's outlet or authors with a "with" ("Par Le Monde avec AFP", "Jan Nowak z
PAP") is the copy's syndication credit, no author nor its outlet. Stop 66: the line stayed a sentence, and across
languages the ledger aligned it with the other report's byline as a shared claim."""

import pytest

from storylens.ingest import read_string
from storylens.prepare.clean import parse_byline
from storylens.report.compare import prepare_document

_TITLE = "Le gouvernement suédois augmente le budget de la défense"
_BODY = "Le gouvernement suédois a annoncé mercredi une hausse de trois milliards de couronnes du budget de la défense."


@pytest.mark.parametrize(("byline", "parsed"), [
    ("Le Monde avec AFP", ([], "Le Monde")),
    ("Jean Dupont avec AFP", (["Jean Dupont"], None)),
    ("Anna Schmidt mit dpa", (["Anna Schmidt"], None)),
    ("Jan Nowak z PAP", (["Jan Nowak"], None)),
])
def test_an_agency_credited_with_a_with_is_no_author(byline, parsed) -> None:
    assert parse_byline(byline) == parsed


@pytest.mark.parametrize(("line", "authors", "outlet"), [
    ("Par Le Monde avec AFP", (), "Le Monde"),
    ("Le Monde avec AFP", (), "Le Monde"),
    ("Par Jean Dupont avec AFP", ("Jean Dupont",), None),
    ("Jan Nowak z PAP", ("Jan Nowak",), None),
])
def test_a_credit_line_under_the_headline_is_a_byline_not_a_sentence(line, authors, outlet) -> None:
    doc = prepare_document(read_string(f"{_TITLE}\n\n{line}\n\n{_BODY}\n"), "d1")
    assert (doc.authors, doc.outlet) == (authors, outlet)
    assert all(line not in s.text for s in doc.sentences)


def test_an_agency_after_an_and_is_the_outlet_as_before() -> None:
    assert parse_byline("Jean Dupont and Reuters") == (["Jean Dupont"], "Reuters")


@pytest.mark.parametrize("line", ["Die Regierung mit dpa", "La France avec l'AFP", "Merkel mit dpa"])
def test_no_marker_and_no_given_name_or_outlet_before_the_agency_stays_text(line) -> None:
    doc = prepare_document(read_string(f"{_TITLE}\n\n{line}\n\n{_BODY}\n"), "d1")
    assert doc.authors == () and any(line in s.text for s in doc.sentences)


@pytest.mark.parametrize(("line", "author"), [("Par Jean Dupont (avec AFP)", "Jean Dupont"),
                                              ("Von Anna Schmidt (mit dpa)", "Anna Schmidt"),
                                              ("By John Miller (with Reuters)", "John Miller")])
def test_an_agency_credit_in_brackets_is_a_byline_not_a_dateline(line, author) -> None:
    # newuser66b (main too): read as a dateline, the place was "Par Jean Dupont", the real dateline below stayed in the
    # lead and the publication date was lost
    text = f"{_TITLE}\n\n{line}\n\nParis, 12 novembre 2026 – {_BODY}\n"
    doc = prepare_document(read_string(text), "d1")
    assert (doc.authors, doc.outlet, doc.place, doc.published) == ((author,), None, "Paris", "2026-11-12")
    assert [s.text for s in doc.sentences] == [_TITLE, _BODY]


def test_an_outlet_and_its_agency_in_brackets_stay_a_header() -> None:
    # the bracket's "with" credit is no other bracket reading (a name clash of two module constants made this header a
    # dateline while the fix above was written)
    doc = prepare_document(read_string("A headline about the summit\n\nAgence France-Presse (AFP), 4 March 2026\n\n"
                                       "The summit opened on Tuesday in Paris with leaders of twenty countries.\n"), "d1")
    assert (doc.outlet, doc.published, doc.place) == ("Agence France-Presse (AFP)", "2026-03-04", None)
