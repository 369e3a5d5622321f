"""`storylens setup`: the tables derived from shipped data, built once per installation and read from there."""

from __future__ import annotations

from importlib import metadata

import pytest
from typer.testing import CliRunner

from storylens.cli import app

runner = CliRunner()


def test_setup_refuses_an_unknown_language_and_an_unwritable_place_in_one_line(tmp_path):
    result = runner.invoke(app, ["setup", "--languages", "en,xx", "--dir", str(tmp_path / "data")])
    assert result.exit_code == 2 and "xx" in result.output and len(result.output.strip().splitlines()) == 1
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = runner.invoke(app, ["setup", "--dir", str(blocker / "data")])
    assert result.exit_code == 2 and "cannot write" in result.output


def test_setup_fails_when_a_table_cannot_be_written(tmp_path):
    # review36a M1: a file where the `derived` folder goes (or a full disk) gave exit 0 and no tables
    data = tmp_path / "data"
    data.mkdir()
    (data / "derived").write_text("")
    result = runner.invoke(app, ["setup", "--languages", "en", "--dir", str(data)])
    assert result.exit_code == 2 and "cannot write" in result.output and str(data) in result.output
    assert not (data / "lexicons").exists()  # stopped at the first table, not reported done


@pytest.mark.parametrize("child", ["/bin/false", "/nonexistent/python"])
def test_a_failed_patterns_table_is_one_warning_and_no_error(tmp_path, monkeypatch, capsys, child):
    # cold71's tester: a failed child read "cannot write there ... free some space" and stopped setup; the table is
    # only a speed-up
    import sys

    from storylens.report import install

    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(sys, "executable", child)
    install._pattern_table()  # no exception
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("warning: the compiled patterns' table (a speed-up only) was not")
    assert not list(tmp_path.rglob("patterns-*.pickle"))


@pytest.fixture(scope="module")
def set_up(tmp_path_factory):
    """A data folder `storylens setup --languages en` built (~2-3 CPU-s), and its result: read by one test, copied
    and damaged by the other."""
    data = tmp_path_factory.mktemp("install") / "data"
    return data, runner.invoke(app, ["setup", "--languages", "en", "--dir", str(data)])


@pytest.mark.slow
@pytest.mark.xdist_group("install")  # the two tests of one setup run on one worker
def test_setup_builds_the_tables_a_first_run_then_reads_instead_of_building(tmp_path, monkeypatch, set_up):
    import numpy as np

    from storylens import embed
    from storylens.report import pipeline

    (data, result), cache = set_up, tmp_path / "cache"
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(data)
    # STORYLENS_DATA_DIR= here (tests/conftest.py): tables built where nothing reads them get a note
    assert f"set STORYLENS_DATA_DIR={data}" in result.stderr
    names = {p.name.rsplit("-", 1)[0] for p in (data / "derived").glob("*.pickle") if not p.name.startswith("use-probe-")}
    assert names == {"alias-tables", "gazetteer", "language-profiles", "patterns", "similarity-full", "similarity-fast",
                     "topic-stop-words"}
    # how USE groups texts with this machine's BLAS (cold74): kept where the probe found a way to group
    from storylens.embed import _use_grouped

    probes = list((data / "derived").glob("use-probe-*.pickle"))
    assert len(probes) <= 1 and all(_use_grouped._read_probe(p) is not None for p in probes)
    assert [p.name for p in (data / "lexicons" / metadata.version("simplemma")).iterdir()] == ["en"]
    copies = list((data / "derived").glob("use-arrays-*/manifest.json"))
    assert len(copies) == 1
    e5_copies = list((data / "derived").glob("e5-engine-*/manifest.json"))
    assert len(e5_copies) == (1 if _e5_served() else 0)
    built = {p: p.stat().st_mtime_ns for p in data.rglob("*") if p.is_file()}
    again = runner.invoke(app, ["setup", "--languages", "en", "--dir", str(data)])
    assert again.exit_code == 0, again.output
    assert {p: p.stat().st_mtime_ns for p in data.rglob("*") if p.is_file()} == built  # kept, not rebuilt

    monkeypatch.setenv("STORYLENS_DATA_DIR", str(data))
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(cache))
    backend = embed._use_backend(None, 1)
    assert isinstance(backend.table, np.memmap) and str(copies[0].parent) in str(backend.table.filename)
    assert pipeline._shipped_gazetteer() is not None and pipeline._shipped_similarity("full") is not None
    from storylens.text import _lang

    _lang._shipped_profiles.cache_clear()  # read anew from where this process now looks (warm75)
    assert _lang._shipped_profiles()["en"] == _lang._read_profile("en")
    if e5_copies:
        assert embed.E5Embedder(engine="numkong").model.copy == e5_copies[0].parent
    assert not (cache / "derived").exists()  # read from the install directory, nothing built


def _e5_served() -> bool:
    """Whether the numkong e5 engine serves here (else setup has no e5 copy to write)."""
    from storylens.embed._e5engine import engine_usable

    return engine_usable()


@pytest.mark.slow
@pytest.mark.xdist_group("install")
def test_a_damaged_table_is_built_again_at_run_time_and_rewritten_by_setup(tmp_path, monkeypatch, set_up):
    # final42 C1: an emptied table.npy of USE's arrays made every command print "storylens: aborted", and
    # setup kept it as "already there"; the same for an emptied lexicon offsets.npy. A cut pickle too.
    import shutil

    import numpy as np

    from storylens import _cache, embed
    from storylens.report import pipeline

    data, cache = tmp_path / "data", tmp_path / "cache"
    assert set_up[1].exit_code == 0
    shutil.copytree(set_up[0], data)  # a whole copy of what setup built: damaged below in place
    arrays = sorted((data / "derived").glob("use-arrays-*/*.npy"))
    offsets = data / "lexicons" / metadata.version("simplemma") / "en" / "offsets.npy"
    gazetteer = next((data / "derived").glob("gazetteer-*.pickle"))
    arrays[0].write_bytes(b"")
    offsets.write_bytes(b"")
    gazetteer.write_bytes(gazetteer.read_bytes()[:100])

    monkeypatch.setenv("STORYLENS_DATA_DIR", str(data))
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(cache))
    monkeypatch.setattr(_cache, "_READERS", {}, raising=False)
    monkeypatch.setattr(_cache, "_LEMMAS", _cache._Lemmas())
    backend = embed._use_backend(None, 1)  # read from the data dir it would raise EOFError
    assert backend is not None and isinstance(backend.table, np.ndarray)
    assert _cache.lemmatize("governors", "en") == "governor"
    assert pipeline._shipped_gazetteer(reread=True) is not None  # from disk, not this process's copy
    for thread in __import__("threading").enumerate():
        if thread.name == "storylens-use-copy":
            thread.join()

    again = runner.invoke(app, ["setup", "--languages", "en", "--dir", str(data)])
    assert again.exit_code == 0, again.output
    assert all(p.stat().st_size > 0 for p in (data / "derived").glob("use-arrays-*/*.npy"))
    assert offsets.stat().st_size > 0 and np.load(offsets).ndim == 2
    assert all(p.stat().st_size > 100 for p in (data / "derived").glob("gazetteer-*.pickle"))
