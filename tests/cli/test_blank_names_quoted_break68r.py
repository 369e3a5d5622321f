"""break68r LOW: a blank name was quoted by `repr` on top of its shown form, so `ingest $' \\xff'` said
"' \\\\xff'"; `similarity --pairs " "` and `watch " "` said " : file not found" (ingest quotes it); `watch -` said
"-: file not found" where `--pairs -` says it reads no standard input. Now each is said as ingest says it."""

from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from storylens.cli import app


def _error(tmp_path, *args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code not in (0, None)
    assert "Traceback" not in result.output
    [line] = [x for x in result.output.splitlines() if x.startswith("storylens: error:")]
    return line


def test_an_undecodable_byte_in_a_blank_looking_name_is_not_escaped_twice(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    name = os.fsdecode(b" \xff")
    line = _error(tmp_path, "ingest", name, "--db", str(tmp_path / "s.db"))
    assert line.startswith("storylens: error: ' \\xff': file not found; check the path"), line


@pytest.mark.parametrize(("name", "shown"), [(" ", "' '"), ("\t", "'\\t'")])
@pytest.mark.parametrize("command", ["watch", "similarity"])
def test_blank_names_are_quoted_by_watch_and_similarity(tmp_path, monkeypatch, command, name, shown):
    monkeypatch.chdir(tmp_path)
    args = (["watch", name, "--db", str(tmp_path / "s.db"), "--times", "1"] if command == "watch"
            else ["similarity", "--pairs", name])
    assert _error(tmp_path, *args) == f"storylens: error: {shown}: file not found; check the path"


def test_watch_says_it_reads_no_standard_input(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    line = _error(tmp_path, "watch", "-", "--db", str(tmp_path / "s.db"), "--times", "1")
    assert line.startswith("storylens: error: -: watch reads no standard input"), line
    assert line.endswith("save the list to a file and pass its path")
    assert not (tmp_path / "s.db").exists()
