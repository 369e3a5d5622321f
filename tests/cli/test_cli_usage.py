"""Usage errors and process-level failures: one line naming the input and the fix, non-zero exit."""

import subprocess
import sys

import pytest
from typer.testing import CliRunner

from storylens.cli import app

runner = CliRunner()


@pytest.mark.parametrize("args, names", [
    (["compare", "--fromat", "json", "a.txt", "b.txt"], "--fromat"),
    (["compare"], "inputs"),
    (["search", "q", "--limit", "x"], "--limit"),
    (["similarity", "--format", "xml"], "xml"),
    (["story", "merge", "A"], "'b'"),
    (["serve", "--port", "99999"], "--port"),
    (["nosuch"], "nosuch"),
])
def test_a_usage_error_is_one_line_with_the_fix(args, names):
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert names in lines[0] and "--help'" in lines[0] and "Usage:" not in lines[0]


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
