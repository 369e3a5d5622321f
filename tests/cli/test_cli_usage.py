"""Usage errors and process-level failures: one line naming the input and the fix, non-zero exit."""

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from storylens.cli import app

runner = CliRunner()


@pytest.mark.parametrize("args, names", [
    (["compare", "--fromat", "json", "a.txt", "b.txt"], "--fromat"),
    (["compare"], "FILE_OR_URL"),
    (["search", "q", "--limit", "x"], "--limit"),
    (["similarity", "--format", "xml"], "xml"),
    (["story", "merge", "A"], "'OTHER_ID'"),
    (["serve", "--port", "99999"], "--port"),
    (["nosuch"], "nosuch"),
])
def test_a_usage_error_is_one_line_with_the_fix(args, names):
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert names in lines[0] and "--help'" in lines[0] and "Usage:" not in lines[0]


@pytest.mark.parametrize("word, command", [("web", "serve"), ("import", "ingest"), ("find", "search"),
                                           ("cluster", "stories")])
def test_a_word_for_a_command_names_the_command(word, command):
    """trial59 F20: "storylens web" said only "No such command 'web'"."""
    result = runner.invoke(app, [word])
    assert result.exit_code == 2
    assert f"No such command '{word}' (did you mean '{command}'?)" in result.output


def test_every_suggested_command_exists():
    import typer

    from storylens.cli import _COMMAND_WORDS

    names = set(typer.main.get_command(app).commands)
    assert set(_COMMAND_WORDS.values()) <= names
    assert not set(_COMMAND_WORDS) & names  # a word that is a command is never rerouted


def test_help_is_intact():
    result = runner.invoke(app, ["compare", "--help"])
    assert result.exit_code == 0
    assert result.output.startswith("Usage: storylens compare") and "--format" in result.output


def test_no_arguments_print_the_whole_help():
    result = runner.invoke(app, [])
    assert "Commands:" in result.output and "compare" in result.output


def test_console_script_usage_error_is_one_line():
    proc = subprocess.run([sys.executable, "-m", "storylens.cli", "stories", "--formt", "json"],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "storylens stories: error: No such option: --formt (Possible options: --format); see 'storylens stories --help'"]


def test_serve_on_a_busy_port_is_one_line_before_serving(tmp_path):
    import socket

    from storylens.store import open_store

    db = tmp_path / "s.db"
    open_store(db).close()
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = runner.invoke(app, ["serve", "--db", str(db), "--port", str(port), "--no-semantic"])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        (f"storylens: error: 127.0.0.1:{port}: the port is already in use (another server?); "
         "stop it or pass another --port")]


def test_serve_on_an_unknown_host_is_one_line(tmp_path):
    from storylens.store import open_store

    db = tmp_path / "s.db"
    open_store(db).close()
    result = runner.invoke(app, ["serve", "--db", str(db), "--host", "no-such-host.invalid", "--no-semantic"])
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1 and "--host no-such-host.invalid" in result.output


def test_an_empty_story_id_is_an_error_not_the_first_story(tmp_path):
    from storylens.store import open_store

    db = tmp_path / "s.db"
    open_store(db).close()
    result = runner.invoke(app, ["story", "", "--db", str(db)])
    assert result.exit_code == 2 and "give a story id" in result.output


@pytest.mark.parametrize("args", [["stories", "--limit", "0"], ["ingest", "a.txt", "--threshold", "5"]])
def test_out_of_range_numbers_are_usage_errors(args):
    result = runner.invoke(app, args)
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1 and "range" in result.output


@pytest.mark.parametrize("command, usage", [
    (["story", "merge"], "storylens story merge [OPTIONS] STORY_ID OTHER_ID"),
    (["compare"], "storylens compare [OPTIONS] FILE_OR_URL..."),
    (["search"], "storylens search [OPTIONS] QUERY"),
])
def test_usage_lines_name_arguments_without_braces(command, usage):
    # typer 0.28 printed "story merge [OPTIONS] {a} {b}".
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0 and usage in result.output and "{" not in result.output.splitlines()[0]


@pytest.mark.parametrize("query", ["", "   "])
def test_an_empty_search_query_is_an_error_as_in_the_api(tmp_path, query):
    # It exited 0 with an empty table; the API answered 422.
    result = runner.invoke(app, ["search", query, "--db", str(tmp_path / "s.db"), "--no-semantic"])
    assert result.exit_code == 2
    assert result.output.strip() == "storylens: error: search: the query is empty; give words or a sentence to search for"


@pytest.mark.parametrize("command", ["compare", "similarity"])
def test_an_ftp_url_is_an_unsupported_scheme_not_a_missing_file(tmp_path, command):
    other = tmp_path / "b.txt"
    other.write_text("A fire destroyed a warehouse in Berlin on Thursday night, the fire brigade said.\n", encoding="utf-8")
    result = runner.invoke(app, [command, "ftp://example.org/a.txt", str(other)])
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    assert "ftp://example.org/a.txt: ftp:// addresses are not supported" in result.output
    assert "not found" not in result.output


@pytest.mark.parametrize("command, creates", [
    (["ingest"], True), (["watch"], True), (["stories"], False), (["story", "show"], False),
    (["search"], False), (["story", "merge"], False), (["serve"], False),
])
def test_db_help_says_created_only_where_a_store_is_created(command, creates):
    # trial 15 #19: stories/story/search said "created if missing", though a missing store is an error.
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "400", "TERM": "dumb"})
    text = " ".join(result.output.split())
    assert result.exit_code == 0 and "--db" in text
    assert ("created if missing" in text) is creates


@pytest.mark.parametrize("args, command", [
    (["compare", "--align-anyway=true", "a.txt", "b.txt"], "compare"),
    (["ingest", "--silent=1", "a.txt"], "ingest"),
])
def test_a_flag_given_a_value_names_the_commands_help(args, command):
    """newuser67: click raises "does not take a value" without a context, and the line said 'storylens --help'."""
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert result.output.strip() == (f"storylens {command}: error: Option '--{args[1][2:].split('=')[0]}' does not "
                                     f"take a value; see 'storylens {command} --help'")
