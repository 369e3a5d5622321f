"""Gazetteer.load() reads and indexes the shipped file once per process and gives each caller its own object
(suite50: ~33 ms a call, ~340 calls in tests/report + tests/similarity)."""

from __future__ import annotations

from pathlib import Path

from storylens import similarity as sim
from storylens.similarity import Gazetteer

SHIPPED = Path(sim.__file__).parents[1] / "data" / sim.GAZETTEER_FILE
TEXTS = ["Flooding in New York City and Paris, France", "Powódź w Krakowie i we Wrocławiu", "泰国普吉岛发生地震",
         "Des inondations à Nouvelle-Calédonie", "انفجار في الخبر", "Emilia-Romania, alluvione"]


def test_the_shipped_gazetteer_is_read_once_and_answers_as_a_fresh_read():
    fresh = Gazetteer.load(SHIPPED)  # a path: read from the file, as before
    first, second = Gazetteer.load(), Gazetteer.load()
    assert first is not second and first._found is not second._found  # each its own find() answers
    assert first.names is second.names and first._longest is second._longest  # the tables read once
    for g in (first, second):
        assert (g.names, g.cjk, g.labels, g.max_words, g._longest, g._cjk_by_start, g.openings) == (
            fresh.names, fresh.cjk, fresh.labels, fresh.max_words, fresh._longest, fresh._cjk_by_start, fresh.openings)
    for text in TEXTS:
        for strict in (False, True):
            assert first.find(text, strict=strict) == fresh.find(text, strict=strict) == second.find(text, strict=strict)


def test_the_report_and_the_similarity_rules_share_one_read_of_the_shipped_gazetteer():
    # issue 16: a fresh comparison read the report's pickle of it and, for the similarity rules, the JSON again
    # (~31 CPU-ms); now one read, its label index (word_cities) built with the tables, not in each process
    from storylens.report import pipeline

    ours, rules = pipeline._shipped_gazetteer(), Gazetteer.load()
    assert ours is not rules and ours.names is rules.names and ours.labels is rules.labels
    assert "word_cities" in vars(rules) and rules.word_cities is ours.word_cities
