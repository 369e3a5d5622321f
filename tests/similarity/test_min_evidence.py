"""Too little text gets no verdict: "not enough text to judge" with the reason ("a" vs "b" said same story 0.73)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from storylens import similarity as sim
from storylens.cli import app
from storylens.report import render, validate
from storylens.settings import DEFAULT

LONG_A = ("Storm Ciara hit Berlin on Monday. Trees fell on cars in three districts and two people were hurt, "
          "the fire brigade said. Trains to Hamburg were stopped until the evening.")
LONG_B = ("A storm swept over Berlin on Monday, uprooting trees that crushed parked cars. The fire service "
          "reported two injured. Rail services to Hamburg were halted for most of the day.")


@pytest.fixture
def fast(hashing_embedder):
    return {"embedder": hashing_embedder, "fast": True}


@pytest.mark.parametrize("a, b", [("a", "b"), ("Storm hits Berlin.", LONG_B), (LONG_A, "Sturm in Berlin.")])
def test_short_texts_get_no_verdict(fast, a, b):
    score = sim.score_pair(a, b, **fast)
    assert score.same_story is None
    assert score.undecided and score.undecided.startswith("not enough text to judge")
    assert f"at least {DEFAULT.similarity_min_words} words" in score.undecided
    assert score.reasons == (score.undecided,)
    assert score.as_dict()["same_story"] is None


def test_identical_short_texts_are_still_copies(fast):
    score = sim.score_pair("Storm hits Berlin.", "Storm hits Berlin.", **fast)
    assert score.same_story is True and score.undecided is None and score.overall == 1.0


def test_texts_long_enough_get_a_verdict(fast):
    assert sim.word_count(LONG_A) >= DEFAULT.similarity_min_words
    score = sim.score_pair(LONG_A, LONG_B, **fast)
    assert score.same_story in (True, False) and score.undecided is None


def test_word_count_counts_cjk_characters():
    assert sim.word_count("王丽说") == 3 and sim.word_count("Storm, hits Berlin!") == 3


def _compare_texts(tmp_path, embedder, text_a, text_b):
    """A fresh-cache `fast` comparison of two files holding ``text_a`` and ``text_b``."""
    from storylens import Comparer

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(text_a, encoding="utf-8")
    b.write_text(text_b, encoding="utf-8")
    return Comparer(embedder=embedder, similarity_model="fast", cache=False).compare([a, b])


def test_compare_reports_not_enough_text(tmp_path, hashing_embedder):
    result = _compare_texts(tmp_path, hashing_embedder, "a\n", "b\n")
    assert result.similarity.same_story is None and "not enough text" in result.similarity.undecided
    payload = json.loads(render(result, "json"))
    validate(payload, "comparison")
    assert payload["similarity"]["same_story"] is None
    for fmt in ("terminal", "markdown", "html"):
        text = render(result, fmt)
        assert "not enough text to judge" in text.lower()
        assert "same story —" not in text.lower() and "different stories" not in text.lower()


def test_similarity_cli_prints_the_reason_not_scores(tmp_path, monkeypatch, hashing_embedder):
    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: hashing_embedder)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("a\n", encoding="utf-8")
    b.write_text("b\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["similarity", str(a), str(b), "--fast"])
    assert res.exit_code == 0, res.output
    assert "not enough text to judge" in res.output and "overall" not in res.output


def test_no_verdict_means_no_scores_in_json_csv_and_every_report(tmp_path, hashing_embedder):
    result = _compare_texts(tmp_path, hashing_embedder, "A fire destroyed a warehouse in Berlin. Nobody was hurt.\n",
                            "Ein Feuer hat in Berlin eine Lagerhalle zerstört.\n")
    assert result.similarity.overall is None and set(result.similarity.dimensions.values()) == {None}
    payload = json.loads(render(result, "json"))
    validate(payload, "comparison")
    assert payload["similarity"]["overall"] is None
    for fmt in ("terminal", "markdown", "html"):
        assert "overall" not in render(result, fmt).lower()
    score = sim.score_pair("Storm hits Berlin.", LONG_B, embedder=hashing_embedder, fast=True)
    assert {score.as_dict()[d] for d in sim.DIMENSIONS} == {None}

