"""Environment variables set for one block and restored after it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["environment"]


@contextmanager
def environment(**values: str | None) -> Iterator[None]:
    """Set each variable to its value (``None``: unset it) for the block, then restore what was there
    (a library reading them as it loads, or a builder pointed elsewhere, leaves the process as it was)."""
    saved = {key: os.environ.get(key) for key in values}
    for key, value in values.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
