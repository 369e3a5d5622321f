"""hdr68 (newuser67 MEDIUM 1): a headline right under a header line of the README's shape ("Outlet, date", "By X,
Outlet, date"; no blank line, then a blank line and the body) was no title when the header line went unread: the
header stayed the text's first line, the headline a sentence of the body, and the headline-future rule never read
it ("Schools to reopen Monday" dated a week back). Unread shapes of that line, in every language: a weekday before
the date ("Reuters, Saturday, 28 February 2026", "Der Spiegel, Samstag, 28. Februar 2026"), and the outlet after
the author in brackets or after "for" ("By Jane Doe (Reuters), 28 February 2026"; "By Jane Doe for Reuters, …"
gave the outlet "By Jane Doe for Reuters", "Par Jean Dupont (AFP), …" the dateline place "Par Jean Dupont")."""

import pytest

from storylens.models import RawDocument
from storylens.prepare.clean import clean_text
from storylens.report.compare import prepare_document

HEADLINE = "Schools to reopen Monday"
LEAD = "The city said on Friday that schools would reopen after the storm damage was repaired."


@pytest.mark.parametrize(("header", "outlet", "authors"), [
    ("Reuters, Saturday, 28 February 2026", "Reuters", ()),
    ("Calvén Herald, Saturday, 28 February 2026", "Calvén Herald", ()),
    ("Le Monde, samedi 28 février 2026", "Le Monde", ()),
    ("Der Spiegel, Samstag, 28. Februar 2026", "Der Spiegel", ()),
    ("El País, sábado, 28 de febrero de 2026", "El País", ()),
    ("By Jane Doe, Reuters, Saturday, 28 February 2026", "Reuters", ("Jane Doe",)),
    ("Von Hans Müller, Der Spiegel, Samstag, 28. Februar 2026", "Der Spiegel", ("Hans Müller",)),
    ("By Jane Doe (Reuters), 28 February 2026", "Reuters", ("Jane Doe",)),
    ("By Jane Doe for Reuters, 28 February 2026", "Reuters", ("Jane Doe",)),
    ("Par Jean Dupont (AFP), 28 février 2026", "AFP", ("Jean Dupont",)),
])
def test_the_headline_under_a_header_line_is_the_title(header, outlet, authors):
    for text in (f"{header}\n{HEADLINE}\n\n{LEAD}\n", f"{HEADLINE}\n{header}\n\n{LEAD}\n"):
        clean = clean_text(text)
        assert (clean.title, clean.outlet, clean.authors, clean.published, clean.place) == (
            HEADLINE, outlet, authors, "2026-02-28", None)
        assert header not in clean.text
    # the compared document: the headline is its title and first sentence, the rule's input (no header sentence)
    doc = prepare_document(RawDocument("a.txt", f"{header}\n{HEADLINE}\n\n{LEAD}\n"), "d1")
    assert (doc.title, doc.sentences[0].text, doc.published) == (HEADLINE, HEADLINE, "2026-02-28")


def test_a_dateline_with_its_weekday_names_no_outlet():
    # a place and the date's weekday stay no outlet (the dateline reader's, not a header's)
    for line in ("Berlin, Samstag, 28. Februar 2026", "WASHINGTON, Saturday, Feb. 28, 2026"):
        assert clean_text(f"{line}\n{HEADLINE}\n\n{LEAD}\n").outlet is None
    assert clean_text(f"Reuters, Saturday, 28 February 2026\n{HEADLINE}\n\n{LEAD}\n").outlet == "Reuters"
