"""`similarity --pairs`: one bad row is data (an error column), the other rows are scored, exit 1."""

from __future__ import annotations

import csv

import pytest
from typer.testing import CliRunner

from storylens import similarity as sim
from storylens.models import Failure

A = ("Storm hits Berlin. Trees fell on cars and two people were hurt, the fire brigade said on Monday. "
     "Trains to Hamburg were stopped until the evening.")
B = ("Sturm trifft Berlin. Bäume fielen auf Autos, zwei Menschen wurden verletzt, sagte die Feuerwehr am Montag. "
     "Die Züge nach Hamburg standen bis zum Abend still.")


def test_bad_rows_are_data_and_the_others_are_scored(tmp_path, fast):
    from storylens import cli

    pairs = tmp_path / "pairs.csv"
    pairs.write_text(
        "id,text1,text2\n"
        f'1,"{A}","{B}"\n'
        f'2,"{A}",\n'                       # empty text2
        f'3,{A},{B}\n'                      # unquoted commas: more fields than the header
        f'4,"{B}","{A}"\n', encoding="utf-8")
    res = CliRunner().invoke(cli.app, ["similarity", "--pairs", str(pairs), "--fast"])
    assert res.exit_code == 1, res.output
    out = list(csv.DictReader(res.stdout.splitlines()))
    assert [r["id"] for r in out] == ["1", "2", "3", "4"]
    assert [bool(r["error"]) for r in out] == [False, True, True, False]
    assert out[0]["overall"] and out[3]["overall"] and out[0]["same_story"] in ("True", "False")
    assert "empty text2" in out[1]["error"] and out[1]["overall"] == ""
    assert "more field" in out[2]["error"]
    assert "scored 2 of 4 pairs, 2 failed" in res.stderr and "row 2: empty text2" in res.stderr


def test_a_pair_that_breaks_scoring_fails_alone(monkeypatch, fast):
    real = sim.prepare_text

    def brittle(text, title=None):
        if "poison" in text:
            raise ValueError("cannot prepare this text")
        return real(text, title)

    monkeypatch.setattr(sim._scoring, "prepare_text", brittle)
    rows = [{"text1": A, "text2": B}, {"text1": "poison " + A, "text2": B}, {"text1": B, "text2": A}]
    results = sim.score_rows(rows, embedder=fast, fast=True)
    assert isinstance(results[1], Failure) and results[1].source == "row 2"
    assert "cannot prepare" in results[1].reason
    assert all(isinstance(r, sim.PairScore) for r in (results[0], results[2]))


def test_a_file_level_problem_is_still_one_error(tmp_path, fast):
    from storylens import cli

    pairs = tmp_path / "pairs.csv"
    pairs.write_text("a,b\n1,2\n", encoding="utf-8")
    res = CliRunner().invoke(cli.app, ["similarity", "--pairs", str(pairs), "--fast"])
    assert res.exit_code == 2 and "text1" in res.output and len(res.output.strip().splitlines()) == 1


@pytest.mark.parametrize("sep", [";", "\t"])
def test_a_spreadsheet_csv_with_another_separator_is_read(tmp_path, fast, sep):
    # "text1;text2" (a spreadsheet's CSV in many locales) was "missing column(s) text1, text2".
    from storylens import cli

    pairs = tmp_path / "pairs.csv"
    pairs.write_text(f"id{sep}text1{sep}text2\n1{sep}{A}{sep}{B}\n", encoding="utf-8")
    res = CliRunner().invoke(cli.app, ["similarity", "--pairs", str(pairs), "--fast"])
    assert res.exit_code == 0, res.output
    [row] = list(csv.DictReader(res.stdout.splitlines()))
    assert row["id"] == "1" and row["overall"] and not row["error"]


@pytest.mark.parametrize(("options", "limit", "hint"), [
    ([], 2, True),                     # the default model on a file over the limit
    (["--model", "full"], 2, False),   # asked for by name: the user knows the cost
    (["--model", "fast"], 2, False),
    ([], 3, False),                    # 3 distinct texts: not over the limit
])
def test_a_large_pairs_file_on_the_default_model_gets_one_cost_hint(tmp_path, monkeypatch, options, limit, hint):
    import dataclasses

    from storylens import cli

    seen = {}

    def scored(rows, **encoders):  # the hint is under test, not the scores
        seen["variant"] = encoders["variant"]
        return [Failure(f"row {k + 1}", "not scored here") for k in range(len(rows))]

    monkeypatch.setattr(sim, "score_rows", scored)
    monkeypatch.setattr(cli, "_SETTINGS", dataclasses.replace(cli._SETTINGS, similarity_pairs_hint_texts=limit))
    pairs = tmp_path / "pairs.csv"
    pairs.write_text(f'text1,text2\n"{A}","{B}"\n"{B}","{A} Later."\n', encoding="utf-8")
    res = CliRunner().invoke(cli.app, ["similarity", "--pairs", str(pairs), *options])
    assert res.exit_code == 1, res.output  # every row "failed" in the stand-in
    assert seen["variant"] == (options[1] if options else "full")  # the hint never changes the model
    assert ("3 distinct texts" in res.stderr and "--model fast" in res.stderr) == hint, res.stderr


def test_text_columns_of_file_names_are_one_error_naming_the_fix(tmp_path, fast, monkeypatch):
    """Trial 8: a pairs file of paths scored every row as "not enough text… 4 and 4 words", exit 0."""
    from storylens import cli

    (tmp_path / "in").mkdir()
    for name, text in (("fr.txt", A), ("en.txt", B)):
        (tmp_path / "in" / name).write_text(text, encoding="utf-8")
    pairs = tmp_path / "pairs.csv"
    pairs.write_text("text1,text2,lang1,lang2\nin/fr.txt,in/en.txt,fr,en\nin/en.txt,in/fr.txt,en,fr\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(cli.app, ["similarity", "--pairs", str(pairs), "--fast"])
    assert res.exit_code == 2, res.output
    [line] = res.output.strip().splitlines()
    assert "file names" in line and "'in/fr.txt'" in line and "storylens similarity A B" in line


def test_one_row_of_file_names_is_a_failed_row(tmp_path, fast):
    from storylens import cli

    pairs = tmp_path / "pairs.csv"
    pairs.write_text(f'text1,text2\n"{A}","{B}"\narticles/a.html,"{B}"\n', encoding="utf-8")
    res = CliRunner().invoke(cli.app, ["similarity", "--pairs", str(pairs), "--fast"])
    assert res.exit_code == 1, res.output
    out = list(csv.DictReader(res.stdout.splitlines()))
    assert out[0]["overall"] and not out[0]["error"]
    assert "is a file name, not an article's text" in out[1]["error"] and out[1]["overall"] == ""


@pytest.mark.parametrize(("value", "path"), [
    ("in/fr_afp.txt", True), ("article.html", True), ("https://example.com/a", True), ("C:\\news\\a.docx", True),
    ("Storm hits Berlin.", False), ("Berlin", False), ("3.5", False), ("", False), (A, False),
])
def test_looks_like_path(value, path):
    assert sim.looks_like_path(value) is path


def test_a_row_with_too_little_text_makes_the_exit_code_1(tmp_path, fast):
    # docs/cli.md: a row that cannot be scored makes the exit code 1; an undecided row has no scores
    from storylens import cli

    pairs = tmp_path / "pairs.csv"
    pairs.write_text(f'text1,text2\n"{A}","{B}"\nStorm.,Sturm.\n', encoding="utf-8")
    res = CliRunner().invoke(cli.app, ["similarity", "--pairs", str(pairs), "--fast"])
    assert res.exit_code == 1, res.output
    out = list(csv.DictReader(res.stdout.splitlines()))
    assert out[0]["overall"] and out[1]["undecided"].startswith("not enough text") and not out[1]["error"]
    assert "1 of 2 pairs have too little text to judge" in res.stderr
