"""newuser67 H3: an empty path ("" — an unset shell variable, "$DIR") is the working directory to the file system
(Path("") is "."): `ingest ""` read the whole working directory, `compare "" a.txt` said ".: is a directory" of an
input nobody typed, and the Python API did the same. Now each says "<empty path>: an empty path ..." and reads the
other inputs."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from storylens.cli import app
from storylens.errors import InputError
from storylens.ingest.files import EMPTY_PATH_REASON, EMPTY_PATH_SOURCE, read_path
from storylens.ingest.walk import expand_paths
from storylens.models import Failure

TEXT = "Heavy rain flooded twelve streets in Leeds on Monday, the city council said in a statement.\n"


def test_read_path_refuses_an_empty_path():
    with pytest.raises(InputError) as caught:
        read_path("")
    assert caught.value.source == EMPTY_PATH_SOURCE and "empty path" in str(caught.value)


def test_the_walk_reads_no_working_directory(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    found = list(expand_paths([""]))
    assert found == [Failure(EMPTY_PATH_SOURCE, "read", EMPTY_PATH_REASON)]


@pytest.mark.parametrize("command", [["compare", "", "a.txt"], ["similarity", "", "a.txt"]])
def test_the_cli_names_the_empty_input(tmp_path, monkeypatch, command):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, command)
    assert result.exit_code != 0
    assert f"{EMPTY_PATH_SOURCE}: an empty path" in result.output and "is a directory" not in result.output
