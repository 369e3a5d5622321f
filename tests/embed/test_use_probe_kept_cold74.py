"""USE's grouping probe (storylens.embed._use_grouped.probe) is run once per machine and libraries, not once per
process: an outcome that groups is kept in ``derived/`` and read back (cold74, issue 16: 0.11-0.17 of the ~3.4
CPU-s of an empty-cache ``storylens compare`` of the seeds on an AVX2-only machine)."""

from __future__ import annotations

import pytest

from storylens import _threads
from storylens.embed import _use_grouped


@pytest.fixture()
def probes(monkeypatch, tmp_path):
    """An empty cache directory, no install directory, and the two probes counted (their outcome settable)."""
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("STORYLENS_DATA_DIR", "")
    monkeypatch.delenv("STORYLENS_NO_DERIVED_CACHE", raising=False)
    state = {"holds": False, "align": 12, "calls": 0}

    def holds(model):
        state["calls"] += 1
        return state["holds"]

    def align(model):
        state["calls"] += 1
        return state["align"]

    monkeypatch.setattr(_use_grouped, "grouping_holds", holds)
    monkeypatch.setattr(_use_grouped, "rows_align", align)
    return state


def _kept(tmp_path) -> list[str]:
    return sorted(p.name for p in (tmp_path / "cache" / "derived").glob("use-probe-*"))


def test_an_outcome_that_groups_is_kept_and_read_back(probes, tmp_path):
    assert _use_grouped.probe(None) == (True, 12)
    assert probes["calls"] == 2 and len(_kept(tmp_path)) == 1
    probes["align"] = 16  # were it probed again, the answer would differ: it is read instead
    assert _use_grouped.probe(None) == (True, 12)
    assert probes["calls"] == 2


def test_plain_grouping_is_kept_too(probes, tmp_path):
    probes["holds"] = True
    assert _use_grouped.probe(None) == (True, None)
    probes["holds"] = False
    assert _use_grouped.probe(None) == (True, None)
    assert probes["calls"] == 1


def test_a_failed_probe_is_not_kept(probes, tmp_path):
    probes["align"] = None
    assert _use_grouped.probe(None) == (False, None)
    assert _kept(tmp_path) == []
    probes["align"] = 12
    assert _use_grouped.probe(None) == (True, 12)  # probed again, not read as a failure
    assert probes["calls"] == 4


def test_other_blas_libraries_read_another_file(probes, tmp_path, monkeypatch):
    assert _use_grouped.probe(None) == (True, 12)
    blas = _threads.blas_libraries()
    assert blas and all(len(lib) == 5 for lib in blas)
    # the same OpenBLAS on a CPU of another kernel family (this machine's own may be SkylakeX: stop 76's is)
    other = tuple((*lib[:4], "Haswell" if lib[4] == "SkylakeX" else "SkylakeX") for lib in blas)
    monkeypatch.setattr(_threads, "blas_libraries", lambda: other)
    probes["align"] = 16
    assert _use_grouped.probe(None) == (True, 16)
    assert probes["calls"] == 4 and len(_kept(tmp_path)) == 2


@pytest.mark.parametrize("damage", [b"", b"not a table", None])
def test_a_damaged_or_foreign_file_is_probed_again(probes, tmp_path, damage):
    assert _use_grouped.probe(None) == (True, 12)
    (path,) = (tmp_path / "cache" / "derived").glob("use-probe-*")
    if damage is None:  # a well-formed table holding something else than an outcome
        from storylens._cache import _write

        _write(path, (True, 7))
    else:
        path.write_bytes(damage)
    probes["align"] = 16
    assert _use_grouped.probe(None) == (True, 16)


def test_no_derived_cache_always_probes(probes, tmp_path, monkeypatch):
    monkeypatch.setenv("STORYLENS_NO_DERIVED_CACHE", "1")
    assert _use_grouped.probe(None) == (True, 12)
    assert _use_grouped.probe(None) == (True, 12)
    assert probes["calls"] == 4 and not (tmp_path / "cache" / "derived").exists()


def test_the_install_directory_is_read_first(probes, tmp_path, monkeypatch):
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path / "setup"))
    assert _use_grouped.probe(None) == (True, 12)  # as `storylens setup` keeps it
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("STORYLENS_DATA_DIR", str(tmp_path / "setup"))
    probes["align"] = 16
    assert _use_grouped.probe(None) == (True, 12)
    assert probes["calls"] == 2 and _kept(tmp_path) == []
