"""trial45 W9: a job title after a byline's name ("Daniyar Akhmetov, Karaganda correspondent") was read as a
second author (or the outlet). Any language's roles (text/data "byline" "job_titles") are the author's."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import is_job_title, parse_byline
from storylens.report.compare import _split_authors


@pytest.mark.parametrize(("byline", "authors", "outlet"), [
    ("By Daniyar Akhmetov, Karaganda correspondent", ["By Daniyar Akhmetov"], None),
    ("By Jane Hill, Senior Editor", ["By Jane Hill"], None),
    ("By Jane Hill, Moscow Bureau Chief, Reuters", ["By Jane Hill"], "Reuters"),
    ("Von Anna Berger, Korrespondentin in Moskau", ["Von Anna Berger"], None),
    ("By Jane Hill and Tom Beck", ["By Jane Hill", "Tom Beck"], None),
    ("By Daniyar Akhmetov, Reuters", ["By Daniyar Akhmetov"], "Reuters"),
])
def test_a_role_is_no_author_nor_outlet(byline, authors, outlet):
    assert parse_byline(byline) == (authors, outlet)


@pytest.mark.parametrize("part", ["Karaganda correspondent", "corresponsal en Moscú", "inviata a Kiev",
                                  "korespondentka w Moskwie", "корреспондент в Москве", "Ankara muhabiri"])
def test_roles_of_several_languages(part):
    assert is_job_title(part)


@pytest.mark.parametrize("part", ["Tom Beck", "Reuters", "Anna Berger"])
def test_names_are_no_roles(part):
    assert not is_job_title(part)


def test_a_page_byline_keeps_one_author():
    # trafilatura's author field of the trial's page: "Daniyar Akhmetov, Karaganda correspondent"
    assert _split_authors("Daniyar Akhmetov, Karaganda correspondent") == ["Daniyar Akhmetov"]
