"""The off-topic test's stop words (every language's, folded) are one of the derived tables: read once per
installation, not rebuilt from spaCy's 14 lists in every fresh comparison (issue 16, ~16 CPU-ms)."""

from __future__ import annotations

from storylens.prepare import _topic
from storylens.text import LANGUAGES, folded, stop_words


def test_the_stop_words_are_kept_as_a_derived_table_equal_to_a_fresh_build(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("STORYLENS_DATA_DIR", "")
    _topic._stop_words.cache_clear()
    try:
        built = _topic._stop_words()  # builds and writes
        assert len(list((tmp_path / "derived").glob("topic-stop-words-*.pickle"))) == 1
        _topic._stop_words.cache_clear()
        read = _topic._stop_words()  # read back
    finally:
        _topic._stop_words.cache_clear()
    fresh = frozenset(folded(w) for lang in LANGUAGES for w in stop_words(lang))
    assert read == built == fresh and "über" not in read and "uber" in read
    assert _topic.headline_keys("Über die Grenze: Flut in Köln") == ["gren", "flut", "koln"]
