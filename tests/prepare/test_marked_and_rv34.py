"""rv34 (review33a #2): the names after an author marker ("autor:", "yazan:", "by") were parted by a hard-coded
"and" list without Polish "oraz" or Turkish "ve", so "autor: Jan Nowak oraz Anna Kowalska" was no author and
the whole header line (outlet, date) was lost. Every "and" of clean.py is now the text data's ``people_and``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storylens.prepare import clean
from storylens.prepare.clean import clean_text

HEADLINE = "Crane collapse at Velmar port"
LEAD = "A container crane collapsed at the port of Velmar on Wednesday, killing four dock workers, officials said."


@pytest.mark.parametrize(("line", "authors", "outlet"), [
    ("Gazeta Górska | 10.12.2026 | autor: Jan Nowak oraz Anna Kowalska", ("Jan Nowak", "Anna Kowalska"), "Gazeta Górska"),
    ("autor: Jan Nowak oraz Anna Kowalska, Gazeta Górska, 10 grudnia 2026", ("Jan Nowak", "Anna Kowalska"),
     "Gazeta Górska"),
    ("Dağ Postası | yazan: Ayşe Yılmaz ve Mehmet Demir | 10.12.2026", ("Ayşe Yılmaz", "Mehmet Demir"), "Dağ Postası"),
    ("yazan: Ayşe Yılmaz ve Mehmet Demir - Dağ Postası - 10.12.2026", ("Ayşe Yılmaz", "Mehmet Demir"), "Dağ Postası"),
    # the words the old list had, read as before
    ("Gazeta Górska | 10.12.2026 | autor: Jan Nowak i Anna Kowalska", ("Jan Nowak", "Anna Kowalska"), "Gazeta Górska"),
    ("Northern Post - by Jane Holloway and Tom Reed - December 10, 2026", ("Jane Holloway", "Tom Reed"), "Northern Post"),
    ("von Karl Huber und Eva Berger | Bergland-Zeitung | 10.12.2026", ("Karl Huber", "Eva Berger"), "Bergland-Zeitung"),
    ("Northern Post - by Jane Holloway & Tom Reed - December 10, 2026", ("Jane Holloway", "Tom Reed"), "Northern Post"),
])
def test_the_names_after_a_marker_are_parted_by_any_languages_and(line, authors, outlet):
    out = clean_text(f"{HEADLINE}\n{line}\n\n{LEAD}\n\n{LEAD}")
    assert (out.authors, out.outlet, out.published) == (authors, outlet, "2026-12-10")


def test_clean_holds_no_and_list_of_its_own():
    """The "and" words live in the text data (people_and), read through one alternation."""
    source = Path(clean.__file__).read_text(encoding="utf-8")
    assert not re.search(r"and\|und|und\|et\|", source)
