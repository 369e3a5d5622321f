"""Every tuned threshold in one frozen object, each with where it was tuned.

``Settings`` is a frozen dataclass: defaults live here in code, a caller
overrides with ``dataclasses.replace(DEFAULT, field=value)`` (or
``Settings.from_toml(path)``), and the object is validated once when built.
Each field's comment says what it controls and on which data it was chosen;
a figure tuned on a benchmark names the split (never the held-out set).

Sections belong to the stages, in the order data flows; keep a field in its
stage's section so the file reads like the pipeline.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError

__all__ = ["Settings", "DEFAULT"]


@dataclass(frozen=True)
class Settings:
    """Tuned thresholds and limits; see each field's comment for its source."""

    # --- ingest -------------------------------------------------------------

    # --- text / segmentation ------------------------------------------------

    # --- claims / ledger ----------------------------------------------------

    # --- quotes -------------------------------------------------------------

    # --- entities -----------------------------------------------------------

    # --- similarity ---------------------------------------------------------

    # --- clustering / stream ------------------------------------------------

    # --- web ----------------------------------------------------------------

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, float) and value != value:  # NaN
                raise ConfigError(f"setting {f.name} is NaN; give a number")

    @classmethod
    def from_toml(cls, path: str | Path) -> "Settings":
        """Defaults overridden by the keys of a TOML file (unknown keys raise ``ConfigError``)."""
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read settings ({exc}); fix the file or drop --settings") from exc
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"{path}: unknown setting(s) {', '.join(unknown)}; see storylens/settings.py")
        return dataclasses.replace(cls(), **data)


DEFAULT = Settings()
