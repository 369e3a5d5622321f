"""Issue #13: ``storylens similarity --similarity-model`` did not exist ("No such option") while ``compare`` has it:
a user who learnt the option there could not pick the model of one pair or of ``--pairs``. It is another name of
``--model`` (``-m``), with compare's help text; ``--fast-similarity`` is another name of the hidden ``--fast``."""

from __future__ import annotations

import json
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from storylens import similarity as sim
from storylens.cli import app
from storylens.models import Failure

from ..conftest import CNN_SEED, FAZ_SEED


def _option(command: str, name: str):
    group: Any = typer.main.get_command(app)  # a click Group: its commands by name
    [param] = [p for p in group.commands[command].params if name in p.opts]
    return param


def test_similarity_has_compare_s_option_with_its_help_and_choices():
    ours, theirs = _option("similarity", "--similarity-model"), _option("compare", "--similarity-model")
    assert ours.help == theirs.help
    assert list(ours.type.choices) == list(theirs.type.choices) == ["fast", "full"]
    assert {"--model", "-m"} <= set(ours.opts)  # the old names still work


@pytest.mark.parametrize("flags", [["--similarity-model", "fast"], ["--fast-similarity"]])
def test_similarity_model_fast_scores_as_model_fast_without_e5(monkeypatch, flags):
    import storylens.embed

    def refuse(cache=True):
        raise AssertionError("the fast similarity model must not embed leads with e5")

    baseline = CliRunner().invoke(app, ["similarity", str(CNN_SEED), str(FAZ_SEED), "-f", "json", "--model", "fast"])
    monkeypatch.setattr(storylens.embed, "get_document_embedder", refuse)
    res = CliRunner().invoke(app, ["similarity", str(CNN_SEED), str(FAZ_SEED), "-f", "json", *flags])
    assert res.exit_code == 0 == baseline.exit_code, res.output
    assert json.loads(res.stdout) == json.loads(baseline.stdout)
    assert json.loads(res.stdout)["model"].startswith("fast ")


def test_an_unknown_model_name_is_one_usage_error():
    res = CliRunner().invoke(app, ["similarity", str(CNN_SEED), str(FAZ_SEED), "--similarity-model", "slow"])
    assert res.exit_code == 2 and "'slow' is not one of 'fast', 'full'" in res.output


@pytest.mark.parametrize(("options", "variant", "hint"), [
    (["--similarity-model", "full"], "full", False),  # named: the user knows the cost, no hint
    (["--similarity-model", "fast"], "fast", False),
    ([], "full", True),
])
def test_pairs_reads_the_option_as_model(tmp_path, monkeypatch, options, variant, hint):
    import dataclasses

    from storylens import cli

    seen = {}

    def scored(rows, **encoders):  # the model chosen is under test, not the scores
        seen["variant"] = encoders["variant"]
        return [Failure(f"row {k + 1}", "not scored here") for k in range(len(rows))]

    monkeypatch.setattr(sim, "score_rows", scored)
    monkeypatch.setattr(cli, "_SETTINGS", dataclasses.replace(cli._SETTINGS, similarity_pairs_hint_texts=1))
    pairs = tmp_path / "pairs.csv"
    pairs.write_text('text1,text2\n"The council met on Tuesday.","The council met again."\n', encoding="utf-8")
    res = CliRunner().invoke(app, ["similarity", "--pairs", str(pairs), *options])
    assert res.exit_code == 1, res.output  # every row "failed" in the stand-in
    assert seen["variant"] == variant
    assert ("distinct texts" in res.stderr) == hint, res.stderr
