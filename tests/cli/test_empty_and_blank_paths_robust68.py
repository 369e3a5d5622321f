"""robust68 (open LOW): `watch ""` and `similarity --pairs ""` said ".: is a directory" (typer makes "" the Path
"."), where `ingest ""` names the empty path; `ingest " "` said " : file not found" (an input nobody can see);
`ingest "" ""` said the empty path twice. Now: the empty path by name with each command's fix, a blank name
quoted (' '), the empty path said once."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from storylens.cli import app
from storylens.ingest.files import EMPTY_PATH_SOURCE
from storylens.ingest.walk import expand_paths
from storylens.models import Failure


@pytest.mark.parametrize(("command", "fix"), [(["watch", ""], "pass the feed list file"),
                                              (["similarity", "--pairs", ""], "pass the pairs CSV file")])
def test_an_empty_file_argument_is_named(tmp_path, monkeypatch, command, fix):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, [*command, *(["--db", str(tmp_path / "s.db"), "--times", "1"]
                                                  if command[0] == "watch" else [])])
    assert result.exit_code not in (0, None)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert lines == [f"storylens: error: {EMPTY_PATH_SOURCE}: an empty path (an unset shell variable?); {fix}"
                     + (" (one URL per line)" if command[0] == "watch" else "")]
    assert not (tmp_path / "s.db").exists()


def test_a_blank_name_is_quoted(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["ingest", " ", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 1
    assert "storylens: error: ' ': file not found; check the path" in result.output


def test_a_name_ending_in_a_space_is_quoted_by_compare(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Heavy rain flooded twelve streets in Leeds on Monday, the council said.\n",
                                    encoding="utf-8")
    result = CliRunner().invoke(app, ["compare", "a.txt ", "a.txt"])
    assert result.exit_code != 0
    assert "'a.txt ': file not found" in result.output


def test_the_empty_path_is_said_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    found = list(expand_paths(["", "", "missing.txt"]))
    assert [f.source for f in found if isinstance(f, Failure)] == [EMPTY_PATH_SOURCE, "missing.txt"]
    result = CliRunner().invoke(app, ["ingest", "", "", "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 1 and result.output.count("an empty path") == 1
