"""Load a script of benchmarks/ as a module, for the tests of its logic (the gate, similarity_cv,
refine_similarity): the scripts are not a package, and each puts benchmarks/ on its own path."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"


def load_benchmark(script: str) -> ModuleType:
    """benchmarks/``script`` (e.g. "gate.py") imported under the name ``storylens_<stem>``, with
    benchmarks/ on ``sys.path`` for its ``_lib`` imports."""
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    spec = importlib.util.spec_from_file_location(f"storylens_{Path(script).stem}", BENCH / script)
    assert spec is not None and spec.loader is not None, script
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
