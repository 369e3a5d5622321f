"""A copy of USE's arrays that cannot be read is passed over (final42 C1: an emptied ``table.npy`` raised
EOFError from every command, "storylens: aborted"), as a missing one is."""

from __future__ import annotations

import json

import numpy as np
import pytest

from storylens.embed import _read_use_arrays


class _Backend:
    pass


def _copy(folder, table: bytes | None = None):
    folder.mkdir()
    np.save(folder / "table.npy", np.arange(12, dtype=np.float32).reshape(3, 4))
    (folder / "manifest.json").write_text(json.dumps({"attributes": {"table": "array"}, "lengths": {}, "values": {}}))
    if table is not None:
        (folder / "table.npy").write_bytes(table)
    return folder


def test_a_whole_copy_is_read(tmp_path):
    backend = _read_use_arrays(_Backend, _copy(tmp_path / "c"), None, 1)
    assert backend is not None and backend.table.shape == (3, 4)


@pytest.mark.parametrize("damage", ["emptied", "cut", "garbage"])
def test_a_damaged_copy_reads_as_none(tmp_path, damage):
    whole = (_copy(tmp_path / "w") / "table.npy").read_bytes()
    table = {"emptied": b"", "cut": whole[:140], "garbage": b"\x00" * 64}[damage]
    assert _read_use_arrays(_Backend, _copy(tmp_path / "c", table), None, 1) is None
