"""Czech and Portuguese percentages bind the measure their clause names (final33 D8: "se ziskem 34,5 procenta
hlasů" and "Volební účast dosáhla 68,9 procenta" carried no measure, so a turnout was compared with a vote
share and the swapped figures of another report were never told apart: cs.json and pt.json had no
``percent_measures``). Every language with percentage words names the same measures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers, percent_measures

DATA = Path(__file__).resolve().parents[2] / "src" / "storylens" / "text" / "data"


@pytest.mark.parametrize(("text", "lang", "measure"), [
    ("Hnutí ANO vyhrálo sněmovní volby se ziskem 34,5 procenta hlasů.", "cs", "vote share"),
    ("Volební účast dosáhla 68,9 procenta, uvedl Český statistický úřad.", "cs", "turnout"),
    ("Inflace v listopadu zpomalila na 2,4 procenta.", "cs", "inflation"),
    ("Nezaměstnanost klesla na 3,8 procenta.", "cs", "unemployment"),
    ("Po sečtení 99,6 procenta okrsků vede ANO.", "cs", "counted"),
    ("O partido venceu com 34,5% dos votos.", "pt", "vote share"),
    ("A participação chegou a 68,9%.", "pt", "turnout"),
    ("A inflação caiu para 2,4% em novembro.", "pt", "inflation"),
])
def test_the_clause_names_the_measure(text, lang, measure):
    assert measure in percent_measures(text, lang)
    found = [q for q in extract_numbers(text, lang) if q.unit == "%"]
    assert found and found[0].measure == measure


@pytest.mark.parametrize(("a", "la", "b", "lb"), [
    ("Volební účast dosáhla 68,9 procenta.", "cs", "ANO won 68.9% of the vote.", "en"),
    ("Hnutí ANO získalo 34,5 procenta hlasů.", "cs", "Turnout reached 34.5%.", "en"),
    ("A participação chegou a 68,9%.", "pt", "El partido obtuvo el 68,9 % de los votos.", "es"),
])
def test_turnout_and_vote_share_are_never_compared(a, la, b, lb):
    assert compare_numbers(extract_numbers(a, la), extract_numbers(b, lb)) == []


@pytest.mark.parametrize(("a", "la", "b", "lb"), [
    ("Hnutí ANO vyhrálo volby se ziskem 34,5 procenta hlasů.", "cs", "ANO won with 68.9% of the vote.", "en"),
    ("Volební účast dosáhla 68,9 procenta.", "cs", "Frekwencja wyniosła 34,5 proc.", "pl"),
    ("O partido venceu com 34,5% dos votos.", "pt", "ANO won with 68.9% of the vote.", "en"),
])
def test_one_measure_of_two_figures_conflicts(a, la, b, lb):
    assert compare_numbers(extract_numbers(a, la), extract_numbers(b, lb))


def test_every_language_with_percent_words_names_the_same_measures():
    english = set(json.loads((DATA / "en.json").read_text(encoding="utf-8"))["percent_measures"])
    for path in sorted(DATA.glob("??.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        if "percent" in raw:
            assert set(raw.get("percent_measures", {})) == english, path.name
