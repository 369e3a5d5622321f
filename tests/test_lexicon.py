"""simplemma's dictionaries kept on disk (storylens._lexicon): the same answers, without a language's load."""

from __future__ import annotations

import os
from importlib import metadata
from pathlib import Path

import pytest
import simplemma

from storylens import _cache

# Words of several languages and scripts: inflected forms, headwords, names no lexicon knows, capitals
# (simplemma tries the other case), a first and a last key of a dictionary's order.
WORDS = {
    "en": ["inflation", "Reserves", "governors", "ran", "Montaner", "aardvark", "zygote", "xyzzy"],
    "cs": ["sazby", "Montanerová", "guvernérka", "centrální", "inflaci", "Calverská", "žádný"],
    "ru": ["выборах", "выборы", "ставку", "Монтанер", "песо", "обвалилось", "Кальверы"],
}


@pytest.fixture
def lexicons(monkeypatch):
    """The session's lexicon folder (tests/conftest.py: written once per user) and a process that has
    asked nothing yet (no answer in memory; the lemma cache is the test's own)."""
    monkeypatch.setattr(_cache, "_READERS", {}, raising=False)
    monkeypatch.setattr(_cache, "_LEMMAS", _cache._Lemmas())
    return Path(os.environ["STORYLENS_LEXICON_DIR"]) / metadata.version("simplemma")


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_disk_dictionaries_answer_as_simplemma(lexicons, lang):
    for word in WORDS[lang]:
        assert _cache.is_known(word, lang) == simplemma.is_known(word, lang=lang), word
        assert _cache.lemmatize(word, lang) == simplemma.lemmatize(word, lang=lang), word
    assert any(lexicons.rglob(f"{lang}/offsets.npy"))


def test_a_new_word_is_read_from_disk_not_from_a_loaded_dictionary(lexicons, monkeypatch):
    """The dictionary thrash (stop 32 #16): each new word of a one-word search asked every language's
    lexicon, and a process loaded each whole dictionary for it (~7 CPU-s, 1.3 GB on a store of nine
    languages). Once a language is on disk, a new process answers new words without loading it."""
    from simplemma.strategies.dictionaries import dictionary_factory

    words = ("guvernérky", "Montanerové", "sazbami")
    expected = [(simplemma.is_known(w, lang="cs"), simplemma.lemmatize(w, lang="cs")) for w in words]
    _cache.is_known("warm", "cs")  # writes the Czech dictionary to disk (the first process does)
    loads = []
    real = dictionary_factory.pickle.load
    monkeypatch.setattr(dictionary_factory, "pickle", type("P", (), {"load": staticmethod(
        lambda fh: loads.append(1) or real(fh))}))
    # a new process: nothing in memory, simplemma's own dictionaries dropped
    monkeypatch.setattr(_cache, "_READERS", {}, raising=False)
    monkeypatch.setattr(_cache, "_LEMMAS", _cache._Lemmas())
    simplemma.lemmatizer._legacy_dictionary_factory._load_dictionary_from_disk.cache_clear()
    assert [(_cache.is_known(w, "cs"), _cache.lemmatize(w, "cs")) for w in words] == expected
    assert loads == []


@pytest.mark.parametrize("asks", [
    [("inflation", "en"), ("governors", "en"), ("Reserves", "en"), ("xyzzy", "en")],
    [("sazby", "cs"), ("выборах", "ru"), ("Montanerová", "cs"), ("ставку", "ru"), ("zygote", "en")],
])
def test_the_library_version_is_read_once_per_process_not_per_word(lexicons, monkeypatch, asks):
    """issue 16 (perf24): every new word asked ``importlib.metadata.version('simplemma')`` again to name
    the lexicon folder, a scan of every installed distribution (~0.6 ms): 470 words of the seeds'
    empty-cache compare, ~0.3 CPU-s. The version is read once per process, whatever the words and
    languages, and the answers are simplemma's."""
    calls = []
    real = metadata.version
    monkeypatch.setattr(metadata, "version", lambda name: calls.append(name) or real(name))
    fresh = getattr(_cache, "library_version", None)
    clear = fresh.cache_clear if fresh is not None else (lambda: None)
    clear()  # a process that has read no version yet
    try:
        answers = [(_cache.lemmatize(w, lang), _cache.is_known(w, lang)) for w, lang in asks]
    finally:
        clear()  # keep no answer read through the patched function
    assert answers == [(simplemma.lemmatize(w, lang=lang), simplemma.is_known(w, lang=lang)) for w, lang in asks]
    assert calls.count("simplemma") <= 1, calls


def test_a_much_asked_language_is_loaded_into_memory(lexicons, monkeypatch):
    from storylens import _lexicon

    monkeypatch.setattr(_lexicon, "IN_MEMORY_AFTER", 3)
    factory = _lexicon.DiskDictionaries(lexicons)
    first = factory.get_dictionary("en")
    assert isinstance(first, _lexicon._DiskDictionary)
    for word in ("a", "b", "c"):
        first.get(word)
    assert not isinstance(factory.get_dictionary("en"), _lexicon._DiskDictionary)
    with pytest.raises(ValueError, match="Unsupported"):
        factory.get_dictionary("xx")


TABLE = {f"k{i:06d}".encode(): f"v{i}".encode() for i in range(500)}


@pytest.mark.parametrize("failure", [OSError(28, "No space left on device"), KeyboardInterrupt()])
def test_a_failed_write_leaves_no_temporary_folder(tmp_path, monkeypatch, failure):
    """review33a #3: a write that fails part-way (a full disk, a Ctrl-C) left its ``<lang>.tmp-*`` folder,
    one more per process that tried again."""
    from storylens import _lexicon

    def fail(*args, **kwargs):
        raise failure

    monkeypatch.setattr(_lexicon.np, "save", fail)
    with pytest.raises(type(failure)):
        _lexicon._write(tmp_path / "en", TABLE)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["keys.bin", "values.bin"])
def test_a_file_cut_short_is_refused_and_simplemma_serves(tmp_path, name):
    """review33a #4: keys.bin cut to 1,000 bytes answered every word as unknown with no error, for good."""
    from storylens import _lexicon

    folder = tmp_path / "en"
    _lexicon._write(folder, TABLE)
    assert _lexicon._DiskDictionary(folder).get("k000123") == "v123"
    path = folder / name
    path.write_bytes(path.read_bytes()[:1000])
    with pytest.raises(ValueError, match="offsets"):
        _lexicon._DiskDictionary(folder)
    factory = _lexicon.DiskDictionaries(tmp_path)
    served = factory.get_dictionary("en")
    assert not isinstance(served, _lexicon._DiskDictionary)
    assert served.get("governors") == "governor"  # simplemma's own English dictionary


@pytest.mark.parametrize("change", ["renamed", "module moved", "str table", "new signature"])
def test_a_simplemma_without_its_private_loader_writes_through_the_public_factory(tmp_path, monkeypatch, change):
    """rv34 (review33a #5): the disk copy was built from simplemma's private ``_load_dictionary_from_disk``;
    a release without it (or with another one) raised ImportError, which nothing caught, so every lemma call
    crashed. The public factory (whatever simplemma now loads with) builds the same table."""
    import sys

    from simplemma.strategies.dictionaries import DefaultDictionaryFactory, dictionary_factory

    from storylens import _lexicon

    real = dictionary_factory._load_dictionary_from_disk
    # simplemma's own factory, as a release that changed its loader would have it
    monkeypatch.setattr(DefaultDictionaryFactory, "__init__",
                        lambda self, cache_max_size=8: setattr(self, "_load_dictionary_from_disk", real))
    if change == "renamed":
        monkeypatch.delattr(dictionary_factory, "_load_dictionary_from_disk")
    elif change == "module moved":
        monkeypatch.setitem(sys.modules, "simplemma.strategies.dictionaries.dictionary_factory", None)
    elif change == "str table":
        monkeypatch.setattr(dictionary_factory, "_load_dictionary_from_disk",
                            lambda lang: {k.decode(): v.decode() for k, v in real(lang).items()})
    else:
        monkeypatch.setattr(dictionary_factory, "_load_dictionary_from_disk", lambda lang, folder: real(lang))
    disk = _lexicon.DiskDictionaries(tmp_path)._open("en")
    assert isinstance(disk, _lexicon._DiskDictionary)
    expected = real("en")
    for word in WORDS["en"] + ["governors", "was", "children"]:
        want = expected.get(word.encode())
        assert disk.get(word) == (want.decode() if want is not None else None), word


def test_a_language_setup_wrote_is_read_from_there_and_another_is_written_to_the_cache(tmp_path, monkeypatch):
    """`storylens setup` writes simplemma's dictionaries into the install directory; a process reads
    a language found there without writing it again, and writes any other to its own folder."""
    from storylens import _lexicon

    shipped, own = tmp_path / "installed", tmp_path / "cache"
    assert _lexicon.build_languages(shipped, ["en"]) == ["en"]
    assert _lexicon.build_languages(shipped, ["en"]) == []  # kept: nothing to write
    lemmatizer, lookup = _lexicon.lemmatizer_for(own, shipped)
    for word in WORDS["en"]:
        assert lemmatizer.lemmatize(word, "en") == simplemma.lemmatize(word, lang="en"), word
    assert not (own / "en").exists()
    assert (lookup.get_lemma("выборах", "ru") is not None) == simplemma.is_known("выборах", lang="ru")
    assert (own / "ru" / "offsets.npy").exists() and not (shipped / "ru").exists()
    with pytest.raises(ValueError, match="xx"):
        _lexicon.build_languages(shipped, ["xx"])


def test_an_emptied_offsets_file_is_passed_over_at_run_time_and_written_again_by_setup(tmp_path):
    """final42 C1: an emptied ``offsets.npy`` in the install directory raised EOFError from every lemma
    call, and ``build_languages`` (``storylens setup``) kept it as already there."""
    from storylens import _lexicon

    shipped, own = tmp_path / "installed", tmp_path / "cache"
    assert _lexicon.build_languages(shipped, ["en"]) == ["en"]
    (shipped / "en" / "offsets.npy").write_bytes(b"")
    lemmatizer, _ = _lexicon.lemmatizer_for(own, shipped)
    assert lemmatizer.lemmatize("governors", "en") == "governor"
    assert (own / "en" / "offsets.npy").exists()  # the cache's own copy serves instead
    assert _lexicon.build_languages(shipped, ["en"]) == ["en"]  # written again
    assert _lexicon._DiskDictionary(shipped / "en").get("governors") == "governor"
    assert _lexicon.build_languages(shipped, ["en"]) == []


def test_a_language_another_process_is_writing_is_waited_for_not_written_again(tmp_path, monkeypatch):
    """The test suite's two workers, started on an empty lexicon folder, each wrote the Finnish dictionary
    (~7 CPU-s each; stop 50): a process that finds the language's lock held waits for that write and reads it."""
    import threading

    from storylens import _filelock, _lexicon

    tables: list[str] = []
    monkeypatch.setattr(_lexicon, "_simplemma_table", lambda lang: tables.append(lang) or TABLE)
    waiting = threading.Event()

    def build_lock(path, wait_s=_filelock.BUILD_WAIT_S):
        waiting.set()
        return _filelock.build_lock(path, wait_s)

    monkeypatch.setattr(_lexicon, "build_lock", build_lock)
    held = _filelock.build_lock(tmp_path / "en.lock")  # another process writing English
    assert held is not None
    served = []
    reader = threading.Thread(target=lambda: served.append(_lexicon.DiskDictionaries(tmp_path).get_dictionary("en")))
    reader.start()
    assert waiting.wait(30)
    _lexicon._write(tmp_path / "en", TABLE)  # the other process's write, then its lock released
    held.close()
    reader.join(30)
    assert tables == [] and isinstance(served[0], _lexicon._DiskDictionary)
    assert served[0].get("k000123") == "v123"
    # alone, a process writes the language once and reads it after
    assert isinstance(_lexicon.DiskDictionaries(tmp_path).get_dictionary("fa"), _lexicon._DiskDictionary)
    assert tables == ["fa"] and (tmp_path / "fa" / "offsets.npy").exists()
