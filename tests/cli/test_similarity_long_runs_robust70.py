"""robust70 finding 4: ``storylens similarity`` leaves a run without spaces over settings.max_word_chars out of what it
scores, as compare and the stream do, and now says so in the same ``long runs:`` line (it said nothing)."""

from __future__ import annotations

import csv

from typer.testing import CliRunner

from storylens.cli import app

_BASE = "The council met on Tuesday to discuss the new budget for the city schools and roads. " * 8
_RUN = "https://t.example/?" + "q%2F&r=1;" * 200  # a 1,819-character tracking URL: no word


def _files(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(f"Budget vote in city council\n\n{_BASE}{_RUN} {_BASE}", encoding="utf-8")
    b.write_text(f"City council votes on budget\n\n{_BASE}", encoding="utf-8")
    return a, b


def _long_runs_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("storylens: warning: ") and "long runs: " in line]


def test_similarity_of_two_files_says_the_long_run_as_compare_does(tmp_path):
    a, b = _files(tmp_path)
    compared = CliRunner().invoke(app, ["compare", str(a), str(b), "--similarity-model", "fast"])
    scored = CliRunner().invoke(app, ["similarity", str(a), str(b), "--model", "fast"])
    assert scored.exit_code == 0, scored.output
    said = _long_runs_lines(scored.output)
    assert said == _long_runs_lines(compared.output)
    assert said == [(f"storylens: warning: {a}: long runs: 1 run of characters without spaces left out of the analysis "
                    "(the longest 1,819 characters, at character 709: encoded data, a rule line or a pasted blob; the "
                    "limit is 1,000: settings.max_word_chars)")]


def test_similarity_pairs_says_the_long_run_of_its_row_and_column(tmp_path):
    a, b = _files(tmp_path)
    pairs = tmp_path / "pairs.csv"
    with pairs.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["text1", "text2"])
        out.writerow([b.read_text(encoding="utf-8"), b.read_text(encoding="utf-8")])
        out.writerow([b.read_text(encoding="utf-8"), a.read_text(encoding="utf-8")])
    scored = CliRunner().invoke(app, ["similarity", "--pairs", str(pairs), "--model", "fast"])
    said = _long_runs_lines(scored.output)
    assert len(said) == 1 and said[0].startswith(f"storylens: warning: {pairs}: row 2 text2: long runs: 1 run ")
