"""Outlet names as StoryLens compares them (shared by every layer; imports nothing).

Apart from :mod:`storylens.models` so that the store and the story list (``storylens stories``)
need not build the pipeline's 22 dataclasses to fold an outlet's name.
"""

from __future__ import annotations

__all__ = ["outlet_key"]


def outlet_key(outlet: str | None) -> str | None:
    """An outlet's name as two documents or records are compared: case and spacing folded ("AFP" =
    "afp "). A near-duplicate whose outlet has its original's key is a version of it, not another
    outlet's copy (the store's versions and ``report.pipeline.version_pairs`` both read it)."""
    return " ".join(outlet.casefold().split()) if outlet else None
