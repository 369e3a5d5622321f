"""A bar between two authors parts two people, not an author and an outlet (review33a #1, #2).

"By Sarah Quinlan | John Smith" gave the author Sarah Quinlan and the outlet "John Smith": a bar's last part
was the outlet whenever it was one name. A part opening with a given name is a person's unless an outlet's
word names it. A list of people after a bar is parted by any language's "and" of the text data's
``people_and`` ("en", "oraz" were missing from the hard-coded lists)."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text, parse_byline

HEADLINE = "Crane collapse at Velmar port"
LEAD = "A container crane collapsed at the port of Velmar on Wednesday, killing four dock workers, officials said."


def _read(line: str):
    out = clean_text(f"{HEADLINE}\n{line}\n\n{LEAD}\n\n{LEAD}")
    return out.authors, out.outlet


@pytest.mark.parametrize(("line", "authors"), [
    ("By Sarah Quinlan | John Smith", ("Sarah Quinlan", "John Smith")),
    ("Dec. 11, 2026 | By Sarah Quinlan | John Smith", ("Sarah Quinlan", "John Smith")),
    ("By Maria Rossi | Luca Bianchi", ("Maria Rossi", "Luca Bianchi")),
    ("Von Hans Müller | Klaus Weber", ("Hans Müller", "Klaus Weber")),
    ("By Tom Reed • Emily Carter", ("Tom Reed", "Emily Carter")),
])
def test_a_second_person_after_a_bar_is_an_author(line, authors):
    assert _read(line) == (authors, None)


@pytest.mark.parametrize(("line", "authors"), [
    ("By Jane Holloway | Jan de Vries en Piet Bakker", ("Jane Holloway", "Jan de Vries", "Piet Bakker")),
    ("By Anna Kowalska | Jan Nowak oraz Piotr Zieliński", ("Anna Kowalska", "Jan Nowak", "Piotr Zieliński")),
])
def test_a_list_joined_by_any_languages_and_is_people(line, authors):
    assert _read(line) == (authors, None)


@pytest.mark.parametrize(("line", "authors", "outlet"), [
    ("Dec. 11, 2026 | By Sarah Quinlan | Harbor Ledger", ("Sarah Quinlan",), "Harbor Ledger"),
    ("By Tom Reed | Valley Beacon", ("Tom Reed",), "Valley Beacon"),
    ("By Tom Reed | Le Phare", ("Tom Reed",), "Le Phare"),
])
def test_an_outlet_with_a_persons_shape_stays_the_outlet(line, authors, outlet):
    assert _read(line) == (authors, outlet)


def test_many_bar_parts_do_not_recurse_without_bound():
    parse_byline("By Sarah Quinlan | " + " | ".join(["Harbor Ledger"] * 1500))  # no RecursionError
