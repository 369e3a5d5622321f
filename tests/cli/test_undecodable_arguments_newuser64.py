"""Trial newuser64 H1: a word typed in a terminal that is not UTF-8 (a Latin-1 one) reaches Python with lone
surrogates (os.fsdecode). A file name is read as given (storylens._paths), but a search query or a story id is
text: ``search "caf\\xe9"`` raised UnicodeEncodeError at the embedding cache's key and ``story "S-\\xe9"`` at the
store's query, both with a traceback. Each is now one line naming the argument and the fix, exit 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import storylens

SEED = Path(__file__).resolve().parents[2] / "examples" / "seeds" / "000_f41a21d6102af561.txt"


def _storylens(*args: str | bytes, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(Path(storylens.__file__).parents[1])}
    return subprocess.run([sys.executable, "-m", "storylens", *args], cwd=cwd, env=env, capture_output=True,
                          check=False, timeout=300)


@pytest.mark.slow
def test_a_query_or_story_id_that_is_not_utf8_is_one_line(tmp_path):
    assert _storylens("ingest", str(SEED), "--db", "s.db", "-q", cwd=tmp_path).returncode == 0
    fix = "type the words in UTF-8 (set the terminal's encoding to UTF-8, e.g. LANG=C.UTF-8)"
    for args, line in (
            ((b"search", b"caf\xe9", b"--db", b"s.db"), f"search: the query caf\\xe9 is not UTF-8 text; {fix}"),
            # the keyword search dropped the byte and searched for the rest, exit 0 (trial break64w L1)
            ((b"search", b"--no-semantic", b"flood\xe9", b"--db", b"s.db"),
             f"search: the query flood\\xe9 is not UTF-8 text; {fix}"),
            ((b"story", b"S-\xe9", b"--db", b"s.db"), f"S-\\xe9: not UTF-8 text (surrogates not allowed); {fix}")):
        done = _storylens(*args, cwd=tmp_path)
        err = done.stderr.decode("utf-8")
        assert done.returncode == 2, err
        assert err.splitlines() == [f"storylens: error: {line}"], err
