"""Tables derived from shipped data, kept on disk under the hash of their inputs."""

from __future__ import annotations

from storylens._cache import derived


def test_derived_builds_once_and_again_when_an_input_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "table.txt"
    source.write_text("a b c")
    calls = []

    def build():
        calls.append(1)
        return source.read_text().split()

    assert derived("t", build, files=[source], libraries=("numpy",)) == ["a", "b", "c"]
    assert derived("t", build, files=[source], libraries=("numpy",)) == ["a", "b", "c"]
    assert len(calls) == 1
    source.write_text("a b")
    assert derived("t", build, files=[source], libraries=("numpy",)) == ["a", "b"]
    assert len(calls) == 2
    assert len(list((tmp_path / "cache" / "derived").glob("t-*.pickle"))) == 1  # the stale table is gone
    monkeypatch.setenv("STORYLENS_NO_DERIVED_CACHE", "1")
    derived("t", build, files=[source])
    assert len(calls) == 3


def test_a_damaged_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "x"
    source.write_text("x")
    derived("t", lambda: 1, files=[source])
    for f in (tmp_path / "cache" / "derived").glob("*.pickle"):
        f.write_bytes(b"not a pickle")
    assert derived("t", lambda: 2, files=[source]) == 2


def test_a_pickle_whose_length_bytes_were_damaged_is_rebuilt_not_raised(tmp_path, monkeypatch):
    # break66s: one flipped bit in a bytearray's length made pickle.load raise OverflowError (or MemoryError),
    # which the read did not catch: a traceback from every command until the cache was cleared
    import pickle

    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "x"
    source.write_text("x")
    derived("t", lambda: 1, files=[source])
    for f in (tmp_path / "cache" / "derived").glob("*.pickle"):
        f.write_bytes(pickle.PROTO + bytes([5]) + pickle.BYTEARRAY8 + (2**63 - 1).to_bytes(8, "little") + b"x")
    assert derived("t", lambda: 2, files=[source]) == 2


def test_lemmas_come_back_from_disk_as_simplemma_gave_them(tmp_path, monkeypatch):
    import simplemma

    from storylens import _cache

    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path))
    words = [("houses", "en"), ("claimed", "en"), ("Soldaten", "de"), ("протестующих", "ru")]
    first = _cache._Lemmas()
    assert [first.lemma(w, lang) for w, lang in words] == [simplemma.lemmatize(w, lang=lang) for w, lang in words]
    first.flush()

    def no_lemmatiser(*args, **kwargs):
        raise AssertionError("a lemma seen before comes from the cache")

    monkeypatch.setattr(simplemma, "lemmatize", no_lemmatiser)
    second = _cache._Lemmas()
    assert [second.lemma(w, lang) for w, lang in words] == [first.lemma(w, lang) for w, lang in words]


def test_is_known_answers_come_back_from_the_cache_file(tmp_path, monkeypatch):
    import simplemma

    from storylens import _cache

    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path))
    words = [("Küste", "de"), ("Ferretti", "de"), ("protección", "es"), ("xqzt", "it")]
    first = _cache._Lemmas()
    expected = [simplemma.is_known(w, lang=lang) for w, lang in words]
    assert True in expected and False in expected
    assert [first.lemma(w, lang + _cache._KNOWN) == "1" for w, lang in words] == expected
    first.flush()

    def no_lexicon(*args, **kwargs):
        raise AssertionError("an answer seen before comes from the cache")

    monkeypatch.setattr(simplemma, "is_known", no_lexicon)
    second = _cache._Lemmas()
    assert [second.lemma(w, lang + _cache._KNOWN) == "1" for w, lang in words] == expected


def test_sentence_spans_come_back_from_the_cache_file(tmp_path):
    from storylens.report.compare import _CachedSegmenter
    from storylens.text.segment import Segmenter

    text = ("Kazakhstan's president asked the CSTO for help. Protesters stormed the airport in Almaty.\n\n"
            "„Wir sind besorgt“, sagte Baerbock. Dr. Müller blieb.")
    path = tmp_path / "cache.sqlite"
    first = _CachedSegmenter(Segmenter(), path).split(text, "en")
    assert first == Segmenter().split(text, "en")

    class Refuses:
        def split(self, text, language=None):
            raise AssertionError("a text split before comes from the cache")

    assert _CachedSegmenter(Refuses(), path).split(text, "en") == first
    other = _CachedSegmenter(Segmenter(), path).split(text, "de")  # the language is part of the key
    assert other == Segmenter().split(text, "de")


def test_languages_come_back_from_the_cache_file_without_the_model(tmp_path):
    from storylens.prepare._lead import FastLanguageDetector
    from storylens.report.compare import _CachedLanguageDetector

    texts = ["Kazakhstan's president asked the CSTO for help after protesters stormed the airport.",
             "Die Demonstranten stürmten den Flughafen von Almaty, sagte die Polizei am Mittwoch.",
             "ok 12", "Almaty airport"]  # too few letters: None; few words: 'en' at 0.70
    path = tmp_path / "cache.sqlite"
    reference = FastLanguageDetector()
    first = _CachedLanguageDetector(FastLanguageDetector(), path)
    assert [first.detect(t) for t in texts] == [reference.detect(t) for t in texts]

    class Refuses(FastLanguageDetector):
        def _model(self):
            raise AssertionError("a text detected before comes from the cache")

    second = _CachedLanguageDetector(Refuses(), path)
    assert [second.detect(t) for t in texts] == [reference.detect(t) for t in texts]
    assert second.language(texts[1]) == "de"
    other = _CachedLanguageDetector(FastLanguageDetector(min_confidence=0.99), path)  # parameters are in the key
    assert other.detect(texts[3]) == FastLanguageDetector(min_confidence=0.99).detect(texts[3])


def test_a_lazy_pattern_compiles_on_first_use_and_then_acts_as_the_pattern():
    import re

    from storylens._imports import LazyPattern, lazy_pattern

    built = []
    rx = LazyPattern(lambda: built.append(1) or re.compile(r"\d+"))
    assert built == []
    assert rx.findall("12 and 345") == ["12", "345"] and rx.pattern == r"\d+"
    assert built == [1]
    assert lazy_pattern(r"[\u4e00-\u9fff]+", re.IGNORECASE).search("王丽说").group() == "王丽说"


def test_repaired_texts_come_back_from_the_cache_file_without_ftfy(tmp_path, monkeypatch):
    from storylens.ingest import files
    from storylens.report.compare import _CachedRepair

    texts = ["Plain text, nothing to repair.\n", "The â€œquoteâ€\ufffd and cafÃ© were mojibake.\r\nNext line.",
             "Kein Schaden: „Wir sind besorgt“, sagte Baerbock."]
    path = tmp_path / "cache.sqlite"
    expected = [files.repair_text(t) for t in texts]
    assert expected[1] != texts[1]  # the case the cache keeps in full
    assert [_CachedRepair(path)(t) for t in texts] == expected

    def no_ftfy(text):
        raise AssertionError("a text repaired before comes from the cache")

    monkeypatch.setattr(files, "repair_text", no_ftfy)
    assert [_CachedRepair(path)(t) for t in texts] == expected


def test_a_table_setup_installed_is_read_and_nothing_is_written_to_the_cache(tmp_path, monkeypatch):
    """`storylens setup` builds the tables into the install directory once; every later process
    reads them there (issue 16: a first run on an empty cache paid their build)."""
    source = tmp_path / "table.txt"
    source.write_text("a b c")
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path / "installed"))  # as storylens setup builds
    monkeypatch.setenv("STORYLENS_DATA_DIR", "")
    assert derived("t", lambda: source.read_text().split(), files=[source]) == ["a", "b", "c"]
    monkeypatch.setenv("STORYLENS_DATA_DIR", str(tmp_path / "installed"))
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path / "cache"))

    def no_build():
        raise AssertionError("the installed table is read, not built")

    assert derived("t", no_build, files=[source]) == ["a", "b", "c"]
    assert not (tmp_path / "cache").exists()
    source.write_text("a b")  # a changed input: the installed table is not this one, so the cache builds it
    assert derived("t", lambda: source.read_text().split(), files=[source]) == ["a", "b"]
    assert len(list((tmp_path / "cache" / "derived").glob("t-*.pickle"))) == 1
    assert len(list((tmp_path / "installed" / "derived").glob("t-*.pickle"))) == 1  # never touched at run time


def test_install_dir_defaults_to_the_environment_and_can_be_switched_off(monkeypatch):
    import sys
    from pathlib import Path

    from storylens._cache import install_dir

    monkeypatch.delenv("STORYLENS_DATA_DIR", raising=False)
    assert install_dir() == Path(sys.prefix) / "share" / "storylens"
    monkeypatch.setenv("STORYLENS_DATA_DIR", "")
    assert install_dir() is None
