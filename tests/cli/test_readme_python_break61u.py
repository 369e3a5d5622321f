"""Trial break61u L8: the README's Python tour reaches storylens.stream, .store, .similarity and .cluster from a
bare `import storylens`; they raised AttributeError unless an earlier import had loaded them. Each check runs in a
fresh interpreter, where nothing else has imported the subpackages."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _names_in_the_python_tour() -> list[str]:
    tour = README.split("**From Python**", 1)[1].split("**Errors.**", 1)[0]
    return sorted(set(re.findall(r"`(storylens(?:\.\w+)+)(?:\(|`)", tour)))


def test_every_name_the_python_tour_gives_resolves_after_a_bare_import():
    names = _names_in_the_python_tour()
    assert "storylens.stream.ingest_paths" in names and "storylens.cluster.StoryClusterer" in names, names
    code = "import storylens\n" + "".join(f"assert {n} is not None, {n!r}\n" for n in names)
    import storylens

    env = {**os.environ, "PYTHONPATH": str(Path(storylens.__file__).parents[1])}  # the code under test
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=240,
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]


def test_an_unknown_name_is_still_an_attribute_error():
    import storylens

    assert not hasattr(storylens, "no_such_part")
    assert not hasattr(storylens.stream, "no_such_part")
