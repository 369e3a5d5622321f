"""Counts of workers in every language the text layer reads (trial59 F4): "Около 800 докеров" against "Близько 1800
докерів" (a dockers' strike in Gdańsk) was a shared claim with no conflict and no "differs" note: dockers, employees
and strikers were no measure, so the two figures were never set against each other. They are the ``worker``
measure now (text data ``measures.worker``), in every language: "worker: 800 vs 1800"."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers, unit_key
from storylens.text import LANGUAGES, profile


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("ru", "Около 800 докеров польской компании начали забастовку.", 800),
    ("uk", "Близько 1800 докерів польської компанії розпочали страйк.", 1800),
    ("pl", "Około 800 dokerów spółki rozpoczęło strajk.", 800),
    ("en", "About 800 dockers walked out on Tuesday.", 800),
    ("en", "The company's 1,200 employees were sent home.", 1200),
    ("de", "Rund 800 Hafenarbeiter legten die Arbeit nieder.", 800),
    ("fr", "Quelque 800 dockers ont cessé le travail.", 800),
    ("es", "Unos 800 estibadores iniciaron la huelga.", 800),
    ("it", "Circa 800 portuali hanno incrociato le braccia.", 800),
    ("pt", "Cerca de 800 estivadores entraram em greve.", 800),
    ("cs", "Asi 800 přístavních dělníků vstoupilo do stávky.", 800),
])
def test_dockers_and_employees_are_workers(lang, text, value):
    assert (value, "worker") in [(q.value, unit_key(q.unit)) for q in extract_numbers(text, lang)]


def test_a_count_of_dockers_that_more_than_doubles_conflicts():
    a = extract_numbers("Около 800 докеров польской компании начали забастовку.", "ru")
    b = extract_numbers("Близько 1800 докерів польської компанії розпочали страйк.", "uk")
    assert compare_numbers(a, b)  # a disagreement, not a silent share


def test_every_language_counts_workers():
    assert all(any(key == "worker" for _, key in profile(lang).measures) for lang in LANGUAGES)
