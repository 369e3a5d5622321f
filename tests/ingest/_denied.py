"""A directory that cannot be listed, for tests that run as root (where mode 000 still lists)."""

from __future__ import annotations

import errno
import os
from pathlib import Path


def deny_listing(monkeypatch, directory: Path) -> None:
    """Make ``os.listdir`` and ``os.scandir`` fail for ``directory`` with EACCES, as they would for a user without
    read permission on it; every other path lists as before (undone with ``monkeypatch``)."""
    def denied(real):
        def call(path=".", *args, **kwargs):
            if Path(os.fspath(path)).resolve() == directory.resolve():
                raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
            return real(path, *args, **kwargs)
        return call

    monkeypatch.setattr(os, "listdir", denied(os.listdir))
    monkeypatch.setattr(os, "scandir", denied(os.scandir))
