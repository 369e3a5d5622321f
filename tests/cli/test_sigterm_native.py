"""A SIGTERM that a native library turns into its own RuntimeError (usearch's index add checks for signals:
"Operation has been terminated") is still the SIGTERM: exit 143 with the resume hint, not a traceback
(seen once in `make test`: tests/stream/test_processes.py's SIGTERM test got exit 1)."""

from __future__ import annotations

from typer.testing import CliRunner

from storylens import cli, stream

from ..conftest import CNN_SEED


def _raise(*args, **kwargs):
    raise RuntimeError("Operation has been terminated")


def test_a_native_runtime_error_after_sigterm_exits_143(tmp_path, monkeypatch):
    monkeypatch.setattr(stream, "ingest_paths", _raise)
    monkeypatch.setattr(cli._sigterm_as_interrupt, "arrived", True, raising=False)
    result = CliRunner().invoke(cli.app, ["ingest", str(CNN_SEED), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 143, result.output
    assert "terminated (SIGTERM)" in result.output and "run the same command again to resume" in result.output


def test_a_runtime_error_without_sigterm_is_not_hidden(tmp_path, monkeypatch):
    monkeypatch.setattr(stream, "ingest_paths", _raise)
    monkeypatch.setattr(cli._sigterm_as_interrupt, "arrived", False, raising=False)
    result = CliRunner().invoke(cli.app, ["ingest", str(CNN_SEED), "--db", str(tmp_path / "s.db")])
    assert result.exit_code != 143
    assert isinstance(result.exception, RuntimeError)
