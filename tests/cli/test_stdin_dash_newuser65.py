"""newuser65 LOW: `-` is standard input to `compare` only; `ingest -` and `similarity --pairs -` said "-: file not
found; check the path". Each now says it reads no standard input and what to pass instead."""

from __future__ import annotations

from typer.testing import CliRunner

from storylens import cli


def test_ingest_names_standard_input(tmp_path):
    res = CliRunner().invoke(cli.app, ["ingest", "-", "--db", str(tmp_path / "s.db")], input="Floods hit Valencia.")
    assert res.exit_code != 0
    assert "ingest reads no standard input; save the articles to files" in res.output
    assert "file not found" not in res.output


def test_pairs_names_standard_input():
    res = CliRunner().invoke(cli.app, ["similarity", "--pairs", "-"], input="text1,text2\na,b\n")
    assert res.exit_code == 2
    assert "--pairs reads no standard input; save the CSV to a file and pass its path" in res.output
