"""Heavy third-party imports, done the cheap way.

``import spacy`` runs ``from .cli.info import info``, and ``spacy.cli`` imports
every spaCy command: weasel, httpx, typer's adapters, the model downloader. On
this 2-core machine that was 0.4-1.0 of spaCy's 1.1-2.1 CPU-s import (measured
with ``python -X importtime``), and StoryLens only ever loads an installed
model. :func:`import_spacy` imports spaCy with a placeholder for ``spacy.cli``
during the import and removes it afterwards, so a later ``import spacy.cli``
(by anyone in the process) still gets the real package; ``spacy.info`` then
imports the real one on first call.
"""

from __future__ import annotations

import sys
import types
from typing import Any

__all__ = ["import_spacy"]


def import_spacy() -> Any:
    """The ``spacy`` module, imported without ``spacy.cli`` when it is not loaded yet.

    Raises ImportError as ``import spacy`` does.
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    placeholders = {"spacy.cli": types.ModuleType("spacy.cli"), "spacy.cli.info": types.ModuleType("spacy.cli.info")}
    placeholders["spacy.cli"].__path__ = []  # a package, so "spacy.cli.info" can sit below it
    placeholders["spacy.cli.info"].info = _info  # type: ignore[attr-defined]
    for name, module in placeholders.items():
        sys.modules.setdefault(name, module)
    try:
        import spacy
    finally:
        for name, module in placeholders.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]
    if getattr(spacy, "cli", None) is placeholders["spacy.cli"]:
        del spacy.cli  # type: ignore[attr-defined]
    return spacy


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: imports the real ``spacy.cli`` when someone asks for it."""
    from spacy.cli.info import info

    return info(*args, **kwargs)
