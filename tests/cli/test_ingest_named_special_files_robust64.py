"""Trial M5: ``storylens ingest`` given a named pipe or a device by name (``ingest good.txt /dev/null``) said
``skipped`` and exited 0, while ``compare`` and ``similarity`` exit 2 for the same input. An input named and
not read is a failed input, as a missing file is: one error line, the other inputs stored, exit 1. One met in
a directory stays a ``skipped`` line, as a README there does."""

from __future__ import annotations

import os

from typer.testing import CliRunner

from storylens.cli import app
from storylens.embed import HashingEmbedder

_FIX = "not opened; save what it gives to a file and ingest that"
TEXT = "Flood title\n\nHeavy rain flooded Valencia on Tuesday, and 12 people died, officials said.\n"


def _ingest(tmp_path, monkeypatch, *inputs):
    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: HashingEmbedder())
    return CliRunner().invoke(app, ["ingest", *map(str, inputs), "--db", str(tmp_path / "s.db"), "--silent"])


def test_a_named_fifo_or_device_is_a_failed_input_and_the_others_are_stored(tmp_path, monkeypatch):
    good, fifo, tree = tmp_path / "a.txt", tmp_path / "pipe", tmp_path / "news"
    good.write_text(TEXT, encoding="utf-8")
    os.mkfifo(fifo)
    tree.mkdir()
    (tree / "b.txt").write_text(TEXT.replace("12", "13"), encoding="utf-8")
    os.mkfifo(tree / "pipe")  # in a directory given: skipped, as a README there is
    result = _ingest(tmp_path, monkeypatch, good, fifo, "/dev/null", tree)
    assert result.exit_code == 1, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("storylens: added 2 articles (")
    assert "; skipped 1 (1 not regular files); failed 2 in " in lines[0]
    assert lines[1:] == [f"storylens: error: {fifo}: not a regular file (a named pipe (FIFO)), {_FIX}",
                         f"storylens: error: /dev/null: not a regular file (a device), {_FIX}",
                         f"  skipped {tree / 'pipe'}: not a regular file (a named pipe (FIFO)), {_FIX}"]
