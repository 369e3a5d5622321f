"""hdr68 (hdr67 open finding): an outlet whose name holds a weekday, its weekday edition ("Welt am Sonntag", "The Mail
on Sunday", "Journal du Dimanche") or a weekday paper ("Sunday Times"), in an "Outlet, date" header line under the
headline was read as a dateline (the name the place, no outlet) or not at all ("Mail on Sunday, 15 March 2026"
stayed the text's second line and the title was lost): a weekday in a header's name made it no outlet's shape."""

import pytest

from storylens.prepare.clean import clean_text

LEADS = {
    "de": ("Regierung plant neue Wohnungen", "Die Regierung hat am Freitag einen neuen Plan für Wohnungen vorgestellt."),
    "en": ("Government plans new homes", "The government announced a new housing plan on Friday for young people."),
    "fr": ("Le gouvernement prévoit des logements", "Le gouvernement a annoncé vendredi un nouveau plan pour le logement."),
}
HEADERS = [
    ("Welt am Sonntag, 15. März 2026", "Welt am Sonntag", "de"),
    ("Bild am Sonntag, 15. März 2026", "Bild am Sonntag", "de"),
    ("Mail on Sunday, 15 March 2026", "Mail on Sunday", "en"),
    ("The Mail on Sunday, 15 March 2026", "The Mail on Sunday", "en"),
    ("Sunday Times, 15 March 2026", "Sunday Times", "en"),
    ("Journal du Dimanche, 15 mars 2026", "Journal du Dimanche", "fr"),
    ("Le Journal du Dimanche, 15 mars 2026", "Le Journal du Dimanche", "fr"),
]


@pytest.mark.parametrize(("header", "outlet", "lang"), HEADERS)
def test_an_outlet_named_with_a_weekday_under_the_headline_is_the_outlet(header, outlet, lang):
    title, lead = LEADS[lang]
    clean = clean_text(f"{title}\n{header}\n\n{lead}\n")
    assert (clean.outlet, clean.published, clean.place, clean.title) == (outlet, "2026-03-15", None, title)
    assert header not in clean.text and ("header", header) in {(r.kind, r.text) for r in clean.removed}


@pytest.mark.parametrize(("header", "outlet", "lang"), HEADERS)
def test_an_outlet_named_with_a_weekday_over_the_headline_is_the_outlet(header, outlet, lang):
    title, lead = LEADS[lang]
    clean = clean_text(f"{header}\n{title}\n\n{lead}\n")
    assert (clean.outlet, clean.published, clean.place, clean.title) == (outlet, "2026-03-15", None, title)
    # an event's weekday before its date names no outlet: the edition or the outlet before "on"/"am" is listed (hdr68b)
    for line in ("Protests on Sunday, 15 March 2026", "Berlin am Sonntag, 15. März 2026"):
        assert clean_text(f"{title}\n{line}\n\n{lead}\n").outlet is None
