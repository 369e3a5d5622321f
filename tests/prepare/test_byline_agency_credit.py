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
