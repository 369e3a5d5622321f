"""Schema migrations: one :class:`Migrations` object per backend.

Each backend registers its numbered steps on its own object
(``SQLITE = Migrations("sqlite")``, ``@SQLITE.step(2, "story aliases")``) and
applies the pending ones in order, each in one transaction, recording it in
its ``migrations`` table. A database newer than the code is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ..errors import StoreError

__all__ = ["Migration", "Migrations"]


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Any], None]  # gets the backend's connection, inside a transaction


class Migrations:
    """The ordered schema steps of one backend."""

    def __init__(self, backend: str):
        self.backend = backend
        self.steps: list[Migration] = []

    def step(self, version: int, name: str) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
        """Register ``fn(connection)`` as schema version ``version``."""

        def register(fn: Callable[[Any], None]) -> Callable[[Any], None]:
            if any(m.version == version for m in self.steps):
                raise ValueError(f"{self.backend}: migration {version} registered twice")
            self.steps.append(Migration(version, name, fn))
            self.steps.sort(key=lambda m: m.version)
            return fn

        return register

    @property
    def latest(self) -> int:
        return max((m.version for m in self.steps), default=0)

    def pending(self, done: Iterable[int], where: str) -> list[Migration]:
        """Steps not yet applied; raises :class:`StoreError` if the database is newer than this code."""
        done = set(done)
        if done and max(done) > self.latest:
            raise StoreError(
                f"{where}: the database has schema version {max(done)} but this StoryLens knows "
                f"only up to {self.latest}; upgrade StoryLens or pass another --db"
            )
        return [m for m in self.steps if m.version not in done]
