"""review34a #9: ``_cache.library_version`` (perf24) reads a library's version once per process, but the cache
keys beside it still read ``importlib.metadata.version`` (a scan of every installed distribution, ~0.6 ms) on
every call: ``source_digest`` (each compare's sentence-split, fixed-text and language caches),
``embed.spacy_model_info`` and the shipped romance-noun check of quotes. Each now reads it through
``library_version``: asked again and again, the version is read once."""

from __future__ import annotations

from importlib import metadata

import pytest

from storylens import _cache


@pytest.fixture
def version_reads(monkeypatch):
    """The libraries whose version was read (from its METADATA, warm72, or by ``importlib.metadata.version`` when that
    finds none), in a process that has read none."""
    calls: list[str] = []
    real = _cache._dist_info_version
    monkeypatch.setattr(_cache, "_dist_info_version", lambda name: calls.append(name) or real(name))
    _cache.library_version.cache_clear()
    yield calls
    _cache.library_version.cache_clear()  # keep no answer read through the patched function


def test_a_source_digest_reads_each_library_version_once(version_reads, tmp_path):
    (tmp_path / "a.py").write_text("x = 1\n")
    digests = {_cache.source_digest([tmp_path / "a.py"], ("pysbd", "ftfy", "no-such-library-x")) for _ in range(5)}
    assert len(digests) == 1
    assert sorted(version_reads) == ["ftfy", "no-such-library-x", "no-such-library-x", "no-such-library-x",
                                     "no-such-library-x", "no-such-library-x", "pysbd"]


def test_a_missing_library_is_still_a_digest_of_its_own(version_reads, tmp_path):
    assert _cache.source_digest([], ("no-such-library-x",)) != _cache.source_digest([], ())


def test_the_spacy_model_key_reads_the_spacy_version_once(version_reads, tmp_path, monkeypatch):
    from storylens.embed import spacy_model_info

    model = tmp_path / "m34_fake_model"  # an installed model package: a folder with its meta.json
    model.mkdir()
    (model / "__init__.py").write_text("")
    (model / "meta.json").write_text('{"version": "3.8.0", "pipeline": ["tok2vec", "ner"]}')
    monkeypatch.syspath_prepend(str(tmp_path))
    keys = {spacy_model_info("m34_fake_model", ("tok2vec",)) for _ in range(4)}
    assert keys == {(f"m34_fake_model-3.8.0-spacy-{metadata.version('spacy')}", ("ner",))}
    assert version_reads.count("spacy") == 1  # once by the four calls (the assertion above asks importlib.metadata)


def test_the_shipped_romance_nouns_check_reads_the_simplemma_version_once(version_reads):
    from storylens.analysis.quotes import _subjects

    try:
        answers = []
        for _ in range(3):
            _subjects._romance_known_shipped.cache_clear()  # asked afresh, as a new comparison's first word would
            answers.append(_subjects._romance_known_shipped())
    finally:
        _subjects._romance_known_shipped.cache_clear()
    assert answers[0] is not None and answers.count(answers[0]) == 3
    assert version_reads.count("simplemma") <= 1


def test_the_version_read_from_metadata_is_importlib_metadata_s():
    """warm72: library_version reads a library's .dist-info/METADATA itself (importing importlib.metadata cost ~40
    CPU-ms of a warm compare); every installed distribution's version is the one importlib.metadata gives."""
    names = sorted({d.metadata["Name"] for d in metadata.distributions()})
    assert len(names) > 20
    for name in names:
        found = _cache._dist_info_version(name)
        assert found is None or found == metadata.version(name), name
    assert all(_cache._dist_info_version(n) is not None for n in ("simplemma", "babel", "anyascii", "numpy"))


def test_the_first_directory_on_the_path_decides(tmp_path, monkeypatch):
    def dist(folder, name, version, headers="Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n\nbody\n"):
        info = folder / f"{name}-{version}.dist-info"
        info.mkdir(parents=True)
        (info / "METADATA").write_text(headers.format(name=name, version=version))

    first, second = tmp_path / "a", tmp_path / "b"
    dist(first, "m72_fake.lib", "1.0.post1")
    dist(second, "m72_fake_lib", "2.0")
    monkeypatch.syspath_prepend(str(second))
    monkeypatch.syspath_prepend(str(first))
    assert _cache._dist_info_version("M72-Fake-Lib") == "1.0.post1" == metadata.version("M72-Fake-Lib")
    dist(first, "m72_fake_lib", "1.1")  # two in one directory: importlib.metadata decides
    assert _cache._dist_info_version("m72_fake_lib") is None
    dist(second, "m72_noversion", "3.0", headers="Name: m72_noversion\n\nVersion: 9\n")  # none in the headers
    assert _cache._dist_info_version("m72_noversion") is None
    assert _cache._dist_info_version("m72-not-installed") is None


def test_a_zip_or_egg_first_on_the_path_leaves_the_version_to_importlib(tmp_path, monkeypatch):
    # break72w: a zip (or an .egg) earlier on sys.path may hold the distribution importlib.metadata answers from;
    # reading a later directory's METADATA instead gave another version
    import sys
    import zipfile

    later = tmp_path / "site"
    (later / "fakepkg72-3.0.dist-info").mkdir(parents=True)
    (later / "fakepkg72-3.0.dist-info" / "METADATA").write_text("Name: fakepkg72\nVersion: 3.0\n\n")
    archive = tmp_path / "first.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("fakepkg72-4.0.dist-info/METADATA", "Name: fakepkg72\nVersion: 4.0\n\n")
    monkeypatch.setattr(sys, "path", [str(later)])
    assert _cache._dist_info_version("fakepkg72") == "3.0"
    for first in (str(archive), str(tmp_path / "x-1.0-py3.11.egg")):
        monkeypatch.setattr(sys, "path", [first, str(later)])
        assert _cache._dist_info_version("fakepkg72") is None
    monkeypatch.setattr(sys, "path", [str(archive), str(later)])
    assert _cache.library_version("fakepkg72") == "4.0"  # importlib.metadata reads the zip first
