"""The generic words of bodies' names, per language (text data "institution_words"; issue #11, newuser67): a name made
only of them and function words is no body's own name ("Fire and Rescue Service", "City Council", "Ministry of
Health", "conseil municipal", "Ayuntamiento"); a name with a word of its own is ("Avon Fire and Rescue Service"), and
so is one body's name however institutional ("NHS", "Bundeswehr", "Guardia Civil")."""

from __future__ import annotations

import pytest

from storylens.text import institution_name_only


@pytest.mark.parametrize(("name", "langs"), [
    ("Rescue Service", ("en",)), ("Fire and Rescue Service", ("en",)), ("City Council", ("en",)),
    ("Ministry of Health", ("en",)), ("Health and Safety Executive", ("en",)), ("Police Department", ("en",)),
    ("Feuerwehr", ("de",)), ("Polizeipräsidium", ("de",)), ("Bundesamt für", ("de",)),
    ("conseil municipal", ("fr",)), ("Ayuntamiento", ("es",)), ("Ayuntamiento de", ("es",)), ("Health", ()),
])
def test_generic_names(name, langs):
    assert institution_name_only(name, langs)


@pytest.mark.parametrize("name", ["Avon Fire and Rescue Service", "Leeds City Council", "NHS", "FBI", "Bundeswehr",
                                  "Bundestag", "Guardia Civil", "Ayuntamiento de Valencia", "Leeds", "and", ""])
def test_names_of_their_own(name):
    assert not institution_name_only(name, ("en", "de", "es"))
